"""Engines, migrations, sessions and the append-only audit log: the only code that opens the database."""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import ColumnElement, Engine, Table, create_engine, event, insert, make_url, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL
from sqlmodel import Session, SQLModel, select

from certledger.tables import AuditLog, utcnow

_Row = TypeVar("_Row", bound=SQLModel)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str | URL) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys and WAL, PostgreSQL the psycopg 3 driver."""
    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        # Hosts hand out postgres:// URLs; SQLAlchemy would pick psycopg2, which is not installed.
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)  # workers outlive server restarts
    if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, connect_args={"timeout": 30})  # wait out a worker's write lock
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # off by default in SQLite: ON DELETE CASCADE needs it
    cursor.execute("PRAGMA journal_mode=WAL")  # the API reads while a worker writes
    # Every commit fsyncs the WAL (SQLite's usual default, said here so no build's default changes
    # it): an answered upload survives a power loss. NORMAL would lose the last commits.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def alembic_config() -> Config:
    """Alembic's config, built in code so migrations run from an installed package (no alembic.ini)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


# Any constant: every certledger process that migrates PostgreSQL takes this advisory lock.
_MIGRATION_LOCK_KEY = 0x6365727466


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    """Hold an exclusive lock file beside a SQLite database (none for in-memory ones)."""
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    with open(f"{database}.migrate-lock", "a+b") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)  # released when the file closes
        yield


_WRITER_THREADS = threading.Lock()
_WRITER_FILES: dict[str, int] = {}  # database path -> this process's open lock file


@contextmanager
def sqlite_writer(engine: Engine) -> Iterator[None]:
    """Hold the one-writer-at-a-time turn of a SQLite database, across threads and processes.

    SQLite has one writer at a time, and a waiting one polls with growing sleeps (up to 100 ms): under
    concurrent uploads that made the tail of latencies. Writers queue here instead: the threads of a
    process on a lock, the processes (``serve --processes N``) on an ``flock`` of a file beside the
    database, which the kernel hands on without polling. In-memory databases need the lock only.
    """
    database = engine.url.database or ""
    with _WRITER_THREADS:
        if not database or database == ":memory:" or database.startswith("file:"):
            yield
            return
        fd = _WRITER_FILES.get(database)
        if fd is None:
            fd = _WRITER_FILES[database] = os.open(f"{database}.write-lock", os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)


def migrate(target: Engine | str | URL, revision: str = "heads") -> None:
    """Upgrade the database to ``revision`` (default: every head, so side branches run too).

    Processes starting together (a worker and ``ingest``) migrate one after the other: the
    second finds the tables made and does nothing, instead of failing on "table already exists".
    """
    engine = target if isinstance(target, Engine) else make_engine(target)
    try:
        cfg = alembic_config()
        sqlite = engine.dialect.name == "sqlite"
        with _sqlite_file_lock(engine) if sqlite else nullcontext(), engine.begin() as connection:
            if not sqlite:  # released when this transaction ends
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    finally:
        if engine is not target:
            engine.dispose()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit when the block ends, roll back if it raises."""
    # expire_on_commit=False: rows stay readable after the block, without a new round trip.
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def append_audit(
    session: Session,
    *,
    actor: str,
    entity: str,
    entity_id: str | int,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    application_id: int | None = None,
    at: datetime | None = None,
) -> AuditLog:
    """Add one audit row to the session. There is deliberately no way to change or remove one."""
    row = AuditLog(**audit_values(actor, entity, entity_id, action, before, after, application_id, at))
    session.add(row)
    return row


def audit_values(
    actor: str,
    entity: str,
    entity_id: str | int,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    application_id: int | None,
    at: datetime | None,
) -> dict[str, Any]:
    return {
        "at": at or utcnow(),
        "actor": actor,
        "application_id": application_id,
        "entity": entity,
        "entity_id": str(entity_id),
        "action": action,
        "before": before,
        "after": after,
    }


def core_table(model: type[SQLModel]) -> Table:
    """A model's Core table: statements on it, built once, skip the ORM's statement handling."""
    table: Table = model.__table__  # type: ignore[attr-defined]  # set by SQLModel for table=True
    return table


# ``append_audit`` without ORM objects, for rows of ``audit_values`` (one or many): the upload path.
NEW_AUDIT = insert(core_table(AuditLog))


def locked_row(session: Session, table: type[_Row], condition: ColumnElement[bool]) -> _Row | None:
    """The row, locked until the transaction ends: ``SELECT ... FOR UPDATE`` on PostgreSQL. SQLite has
    no row locks: a first write takes the database's write lock, so that what is read next is not
    changed by another writer before this transaction commits. ``table`` needs an ``updated_at``."""
    if session.get_bind().dialect.name == "sqlite":
        session.exec(update(table).where(condition).values(updated_at=utcnow()))
    return session.exec(select(table).where(condition).with_for_update()).first()


def insert_if_absent(session: Session, table: type[SQLModel], **values: Any) -> None:
    """Insert a row unless one with the same key exists, without failing a concurrent inserter."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.exec(dialect.insert(table).values(**values).on_conflict_do_nothing())
