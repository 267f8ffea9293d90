"""Records on real databases (SQLite and PostgreSQL) and real blob stores (a folder and an S3 server).

PostgreSQL: ``CERTLEDGER_TEST_POSTGRES_URL`` (default: postgres on 127.0.0.1:5432, trust auth, database
``test``); each test gets its own ``certledger_test_<random>`` database, dropped afterwards. S3: moto's
standalone server as a subprocess on a free loopback port. Either service missing: skipped locally,
a failure when ``CI`` is set.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import boto3
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, SQLModel, col, select

from certledger import blobs
from certledger.blobs import BlobCorrupt, BlobNotFound, FolderBlobStore, S3BlobStore, blob_store_from_url
from certledger.db import alembic_config, append_audit, make_engine, migrate, session_scope
from certledger.records import (
    ExtractionChange,
    item_keys,
    load_decisions,
    record_decision,
    store_extraction,
    store_pages,
)
from certledger.settings import Settings
from certledger.tables import (
    Application,
    AuditLog,
    AuditLogIsAppendOnly,
    Document,
    ExtractedItem,
    LedgerLine,
    Page,
    ReviewDecision,
    metadata,
)
from classify.types import ClassifiedDocument, ClassifiedItem
from extract.types import Evidence, Word
from extract.types import Page as ReadPage
from tests.conftest import unavailable as _unavailable
from verify.types import ReviewDecision as Decision

AT = datetime(2026, 3, 4, 5, 6, 7, 123456, tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# Databases (the database_url and pg_admin fixtures are in tests/conftest.py)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated database."""
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


def _application(**kw: Any) -> Application:
    fields: dict[str, Any] = {
        "applicant_id": "A017",
        "name": "Maria L. Gonzalez",
        "agency": "Springfield PD",
        "sro_start_date": date(2019, 8, 1),
        "currently_employed": True,
        "application_date": date(2026, 2, 1),
        "created_at": AT,
    }
    return Application(**(fields | kw))


def _document(application_id: int, **kw: Any) -> Document:
    fields: dict[str, Any] = {
        "application_id": application_id,
        "file_name": "01-basic.pdf",
        "blob_sha256": "ab" * 32,
        "media_type": "application/pdf",
        "created_at": AT,
        "updated_at": AT,
    }
    return Document(**(fields | kw))


def _with_application(engine: Engine, **kw: Any) -> tuple[int, int]:
    with session_scope(engine) as session:
        app = _application()
        session.add(app)
        session.flush()
        assert app.id is not None
        doc = _document(app.id, **kw)
        session.add(doc)
        session.flush()
        assert doc.id is not None
        return app.id, doc.id


def test_migrations_run_from_empty_to_head_and_match_the_models(database_url: str) -> None:
    """Upgrading an empty database reaches head, matches the models exactly, and downgrades cleanly."""
    migrate(database_url)  # the URL form: migrate makes and disposes its own engine
    engine = make_engine(database_url)
    try:
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert (head, []) == (context.get_current_revision(), compare_metadata(context, metadata))
        migrate(engine)  # a second run is a no-op
        cfg = alembic_config()
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "base")
        expected = ["alembic_version"]  # the empty schema, with alembic's bookkeeping
        assert expected == inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_processes_starting_together_migrate_one_after_the_other(database_url: str) -> None:
    """Four processes migrating one empty database at once all succeed (none sees "already exists")."""
    code = "import sys; from certledger.db import migrate; migrate(sys.argv[1])"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, database_url], stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors


def test_every_table_round_trips(engine: Engine) -> None:
    """A row of every table reads back equal, JSON columns, dates and aware datetimes included."""
    with session_scope(engine) as session:
        app = _application(external_id="intake-42")
        session.add(app)
        session.flush()
        assert app.id is not None
        doc = _document(
            app.id,
            pages=1,
            state="done",
            doc_type="certificate",
            extraction={
                "file": "01-basic.pdf",
                "items": [{"hours": 40.0, "bbox": [72.0, 310.5, 540.2, 338.0]}],
            },
            extractor_version="0.1.0",
            catalog_sha256="cd" * 32,
        )
        session.add(doc)
        session.flush()
        assert doc.id is not None
        written: list[SQLModel] = [
            app,
            doc,
            Page(
                document_id=doc.id,
                number=1,
                width=612.0,
                height=792.0,
                source="ocr",
                engines=["tesseract", "rapidocr"],
                words=[{"text": "Certificate", "bbox": [72.0, 90.0, 200.0, 110.0], "conf": 0.97}],
            ),
            ExtractedItem(
                document_id=doc.id,
                line_key="01-basic.pdf#p1#basic sro course#2021-06-07#2021-06-11",
                catalog_id="nasro-basic",
                status="auto",
                fields={"course_title": "Basic SRO Course", "hours": 40.0, "start_date": "2021-06-07"},
            ),
            LedgerLine(
                application_id=app.id, key="k1", status="review", line={"credited_hours": 0.0, "rule": "r"}
            ),
            ReviewDecision(
                application_id=app.id,
                line_key="k1",
                action="correct",
                fields={"hours": 8.0},
                reviewer="j.doe",
                at=AT,
                reason="hours on page 2",
            ),
            AuditLog(
                at=AT, actor="j.doe", application_id=app.id, entity="document", entity_id="1", action="x"
            ),
        ]
        session.add_all(written[2:])
    expected = [(type(row), row.model_dump()) for row in written]
    with Session(engine) as session:
        actual = [
            (type(row), session.get_one(type(row), row.model_dump()["id"]).model_dump()) for row in written
        ]
    assert expected == actual


def test_unique_application_and_sha_refuses_the_same_bytes_twice(engine: Engine) -> None:
    """The same bytes uploaded twice to one application are refused; to another application they are not."""
    app_id, _ = _with_application(engine)
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(_document(app_id, file_name="copy-of-01-basic.pdf"))
    with session_scope(engine) as session:
        other = _application(applicant_id="A018")
        session.add(other)
        session.flush()
        assert other.id is not None
        session.add(_document(other.id))
    with Session(engine) as session:
        expected = 2
        assert expected == len(session.exec(select(Document)).all())


def test_deleting_an_application_cascades_but_keeps_its_audit_rows(engine: Engine) -> None:
    """Documents go with their application (foreign keys are on in SQLite too); the audit log stays."""
    app_id, doc_id = _with_application(engine)
    with session_scope(engine) as session:
        session.add(Page(document_id=doc_id, number=1, width=1, height=1, source="ocr"))
        append_audit(
            session, actor="t", entity="application", entity_id=app_id, action="x", application_id=app_id
        )
    with session_scope(engine) as session:
        session.delete(session.get_one(Application, app_id))
    with Session(engine) as session:
        counts = [len(session.exec(select(t)).all()) for t in (Application, Document, Page, AuditLog)]
    expected = [0, 0, 0, 1]
    assert expected == counts


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("UPDATE audit_log SET actor = 'mallory'", id="update"),
        pytest.param("DELETE FROM audit_log", id="delete"),
    ],
)
def test_database_refuses_changing_the_audit_log(engine: Engine, statement: str) -> None:
    """A trigger refuses UPDATE and DELETE of audit rows, even from raw SQL."""
    with session_scope(engine) as session:
        append_audit(session, actor="t", entity="document", entity_id=1, action="created", after={"a": 1})
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.execute(text(statement))
    with Session(engine) as session:
        expected = ["t"]
        assert expected == [row.actor for row in session.exec(select(AuditLog))]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)  # SQLite has no TRUNCATE
def test_postgresql_refuses_truncating_the_audit_log(engine: Engine) -> None:
    """On PostgreSQL, TRUNCATE (which fires no row trigger) is refused too."""
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_log"))


@pytest.mark.parametrize("change", ["update", "delete"])
def test_orm_refuses_changing_an_audit_row(engine: Engine, change: str) -> None:
    """The ORM raises before it would send an UPDATE or DELETE for an audit row."""
    with session_scope(engine) as session:
        row = append_audit(session, actor="t", entity="document", entity_id=1, action="created")
    with pytest.raises(AuditLogIsAppendOnly), session_scope(engine) as session:
        fetched = session.get_one(AuditLog, row.id)
        if change == "update":
            fetched.actor = "mallory"
        else:
            session.delete(fetched)


def test_make_engine_picks_psycopg_for_plain_postgresql_urls() -> None:
    """postgres:// and postgresql:// URLs get the psycopg 3 driver, the one installed."""
    drivers = [make_engine(u).url.drivername for u in ("postgres://h/db", "postgresql://h/db")]
    expected = ["postgresql+psycopg", "postgresql+psycopg"]
    assert expected == drivers


def test_settings_name_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a URL the database is SQLite in data_dir; DATABASE_URL is read, the prefixed name wins."""
    monkeypatch.delenv("CERTLEDGER_DATABASE_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    default = Settings(data_dir=tmp_path).sqlalchemy_url()
    monkeypatch.setenv("DATABASE_URL", "postgresql://a/x")
    plain = Settings().sqlalchemy_url()
    monkeypatch.setenv("CERTLEDGER_DATABASE_URL", "postgresql://b/y")
    prefixed = Settings().sqlalchemy_url()
    assert [f"sqlite:///{tmp_path}/certledger.db", "postgresql://a/x", "postgresql://b/y"] == [
        default,
        plain,
        prefixed,
    ]


# --------------------------------------------------------------------------------------------
# Re-extraction and reviewer decisions


def _item(title: str, hours: float | None, start: date, **kw: Any) -> ClassifiedItem:
    fields: dict[str, Any] = {
        "course_title": title,
        "catalog_id": None,
        "category": "juvenile",
        "start_date": start,
        "end_date": start,
        "hours": hours,
        "confidence": 0.95,
        "status": "auto",
        "page": 1,
        "bbox": (72.0, 300.0, 540.0, 320.0),
    }
    return ClassifiedItem(**(fields | kw))


def _classified(*items: ClassifiedItem, version: str = "0.1.0") -> ClassifiedDocument:
    return ClassifiedDocument(
        file="01-basic.pdf",
        sha256="ab" * 32,
        doc_type="transcript",
        doc_type_confidence=0.9,
        participant_name=Evidence(
            page=1, bbox=(72.0, 100.0, 300.0, 120.0), text="Maria L. Gonzalez", conf=0.9
        ),
        issuer=None,
        pages=1,
        sro_start_date=None,
        document_date=None,
        certificate_number=None,
        items=items,
        catalog_sha256="cd" * 32,
        extractor_version=version,
    )


BASIC = _item("Basic SRO Course", 40.0, date(2021, 6, 7), catalog_id="nasro-basic", category="basic")
JUVENILE = _item("Juvenile Law Update", 8.0, date(2022, 3, 1))
CONFERENCE = _item("NASRO Conference", 16.0, date(2023, 7, 10), category="conference")
THREAT = _item("Threat Assessment", 8.0, date(2024, 1, 15), category="school_safety")


def _decide(key: str, action: str, **fields: Any) -> Decision:
    return Decision.model_validate(
        {"line_key": key, "action": action, "reviewer": "j.doe", "at": AT} | fields
    )


def test_reextraction_keeps_decisions_and_marks_moved_lines_stale(engine: Engine) -> None:
    """Decisions on lines that vanished or were read differently turn stale; the others still apply."""
    app_id, doc_id = _with_application(engine)
    first = _classified(BASIC, JUVENILE, CONFERENCE)
    basic, juvenile, conference = item_keys("01-basic.pdf", first)
    with session_scope(engine) as session:
        store_extraction(session, session.get_one(Document, doc_id), first, at=AT)
        ids = [
            record_decision(session, app_id, d).id
            for d in (
                _decide(basic, "confirm"),
                _decide(juvenile, "correct", hours=6.0),
                _decide(conference, "reject"),
            )
        ]
    # The re-run reads the basic course with another confidence (not a change a reviewer judged),
    # juvenile law with other hours, misses the conference and finds one more course.
    second = _classified(
        BASIC.model_copy(update={"confidence": 0.99}),
        JUVENILE.model_copy(update={"hours": 6.0}),
        THREAT,
        version="0.2.0",
    )
    (threat,) = set(item_keys("01-basic.pdf", second)) - {basic, juvenile}
    stale_ids = tuple(i for i in ids[1:] if i is not None)
    expected = {
        "change": ExtractionChange(
            added=(threat,), changed=(juvenile,), removed=(conference,), stale_decision_ids=stale_ids
        ),
        "decisions": [(basic, False), (juvenile, True), (conference, True)],  # all kept
        "applied": [basic],
        "items": {basic: 40.0, juvenile: 6.0, threat: 8.0},
        "document": ("0.2.0", 3),
        "audit": ("extraction_stored", list(stale_ids)),
    }
    with session_scope(engine) as session:
        change = store_extraction(session, session.get_one(Document, doc_id), second, actor="worker")
    with Session(engine) as session:
        doc = session.get_one(Document, doc_id)
        audit = session.exec(select(AuditLog).where(AuditLog.actor == "worker")).one()
        actual = {
            "change": change,
            "decisions": [
                (d.line_key, d.stale)
                for d in session.exec(select(ReviewDecision).order_by(col(ReviewDecision.id)))
            ],
            "applied": [d.line_key for d in load_decisions(session, app_id)],
            "items": {row.line_key: row.fields["hours"] for row in session.exec(select(ExtractedItem))},
            "document": (doc.extractor_version, len((doc.extraction or {})["items"])),
            "audit": (audit.action, (audit.after or {})["stale_decision_ids"]),
        }
    assert expected == actual


def test_storing_the_same_extraction_again_changes_nothing(engine: Engine) -> None:
    """Re-storing an identical extraction adds, removes and invalidates nothing."""
    app_id, doc_id = _with_application(engine)
    doc = _classified(BASIC, JUVENILE)
    with session_scope(engine) as session:
        store_extraction(session, session.get_one(Document, doc_id), doc)
        record_decision(session, app_id, _decide(item_keys("01-basic.pdf", doc)[1], "confirm"))
    with session_scope(engine) as session:
        change = store_extraction(session, session.get_one(Document, doc_id), doc)
    with Session(engine) as session:
        assert (ExtractionChange((), (), (), ()), 1) == (change, len(load_decisions(session, app_id)))


def test_repeated_rows_get_distinct_keys(engine: Engine) -> None:
    """The same course twice on one page is two items, keyed ``...`` and ``...#2``."""
    _, doc_id = _with_application(engine)
    with session_scope(engine) as session:
        store_extraction(session, session.get_one(Document, doc_id), _classified(JUVENILE, JUVENILE))
    with Session(engine) as session:
        keys = sorted(row.line_key for row in session.exec(select(ExtractedItem)))
    assert [keys[0], keys[0] + "#2"] == keys


def test_store_pages_replaces_earlier_pages(engine: Engine) -> None:
    """Pages are stored by number; a re-read with fewer pages leaves no old page behind."""
    _, doc_id = _with_application(engine)
    word = Word(text="Certificate", bbox=(72.0, 90.0, 200.0, 110.0), conf=0.97, engine="tesseract")

    def page(number: int) -> ReadPage:
        return ReadPage(
            number=number, width=612.0, height=792.0, source="ocr", engines=("tesseract",), words=(word,)
        )

    with session_scope(engine) as session:
        store_pages(session, session.get_one(Document, doc_id), [page(1), page(2)])
    with session_scope(engine) as session:
        store_pages(session, session.get_one(Document, doc_id), [page(1)])
    with Session(engine) as session:
        rows = session.exec(select(Page)).all()
    assert [(1, [word.model_dump(mode="json")])] == [(r.number, r.words) for r in rows]


# --------------------------------------------------------------------------------------------
# Blob stores


def test_folder_store_keeps_the_same_bytes_once(tmp_path: Path) -> None:
    """Putting the same bytes twice stores one file at root/ab/cd/<sha>, readable by hash and path."""
    store = FolderBlobStore(tmp_path)
    sha = store.put(b"%PDF-1.7 certificate")
    again = store.put(b"%PDF-1.7 certificate")
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert (sha, [f"{sha[:2]}/{sha[2:4]}/{sha}"], b"%PDF-1.7 certificate", True) == (
        again,
        files,
        store.open_path(sha).read_bytes(),
        store.exists(sha),
    )


def test_folder_store_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails before its rename leaves neither a partial blob nor a temp file."""
    store = FolderBlobStore(tmp_path)

    def crash(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"):
        store.put(b"half a scan")
    monkeypatch.undo()
    sha = blobs.sha256_hex(b"half a scan")
    expected: tuple[bool, list[Path]] = (False, [])
    assert expected == (store.exists(sha), [p for p in tmp_path.rglob("*") if p.is_file()])


@pytest.mark.parametrize(
    ("name", "error"),
    [
        pytest.param("0" * 64, BlobNotFound, id="missing"),
        pytest.param("../../etc/passwd", ValueError, id="not-a-hash"),
    ],
)
def test_folder_store_refuses_unknown_names(tmp_path: Path, name: str, error: type[Exception]) -> None:
    """An unknown hash is BlobNotFound; anything not a hash never becomes a path."""
    with pytest.raises(error):
        FolderBlobStore(tmp_path).get(name)


def test_blob_store_from_url_defaults_to_a_folder_in_data_dir(tmp_path: Path) -> None:
    """No blob URL: blobs live in data_dir/blobs; a folder or file:// URL names another folder."""
    stores = [blob_store_from_url(u, tmp_path) for u in (None, str(tmp_path / "b"), f"file://{tmp_path}/c")]
    assert [tmp_path / "blobs", tmp_path / "b", tmp_path / "c"] == [
        s.root for s in stores if isinstance(s, FolderBlobStore)
    ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """moto's standalone S3 server, a real HTTP server on loopback, with test credentials in the env."""
    if importlib.util.find_spec("moto") is None:
        _unavailable("moto is not installed (pip install 'moto[server]')")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"moto server did not start on port {port}")
                time.sleep(0.1)
        with pytest.MonkeyPatch.context() as env:
            # Fake credentials, and no developer's ~/.aws config leaking into the test.
            for name, value in {
                "AWS_ACCESS_KEY_ID": "testing",
                "AWS_SECRET_ACCESS_KEY": "testing",
                "AWS_DEFAULT_REGION": "us-east-1",
                "AWS_CONFIG_FILE": os.devnull,
                "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
            }.items():
                env.setenv(name, value)
            env.delenv("AWS_PROFILE", raising=False)
            env.delenv("AWS_SESSION_TOKEN", raising=False)
            yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def s3_bucket(s3_endpoint: str) -> Iterator[str]:
    name = f"certledger-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    client.create_bucket(Bucket=name)
    yield name
    client.close()


def test_s3_store_keeps_the_same_bytes_once(s3_endpoint: str, s3_bucket: str, tmp_path: Path) -> None:
    """On a real S3 server, the same bytes put twice are one object under prefix/ab/cd/<sha>."""
    store = blob_store_from_url(f"s3://{s3_bucket}/blobs/", tmp_path, s3_endpoint_url=s3_endpoint)
    assert isinstance(store, S3BlobStore)
    sha = store.put(b"%PDF-1.7 transcript")
    again = store.put(b"%PDF-1.7 transcript")
    listed = store.client.list_objects_v2(Bucket=s3_bucket)
    keys = [o["Key"] for o in listed.get("Contents", [])]
    store.client.close()
    assert (sha, [f"blobs/{sha[:2]}/{sha[2:4]}/{sha}"], b"%PDF-1.7 transcript", True, False) == (
        again,
        keys,
        store.get(sha),
        store.exists(sha),
        store.exists("0" * 64),
    )


def test_s3_store_open_path_downloads_into_the_cache(
    s3_endpoint: str, s3_bucket: str, tmp_path: Path
) -> None:
    """open_path gives a local copy under data_dir/blob-cache; a missing blob is BlobNotFound."""
    store = blob_store_from_url(f"s3://{s3_bucket}", tmp_path, s3_endpoint_url=s3_endpoint)
    assert isinstance(store, S3BlobStore)
    sha = store.put(b"scan bytes")
    path = store.open_path(sha)
    with pytest.raises(BlobNotFound):
        store.get("0" * 64)
    store.client.close()
    assert (tmp_path / "blob-cache" / sha[:2] / sha[2:4] / sha, b"scan bytes") == (path, path.read_bytes())


def test_s3_store_refuses_bytes_that_do_not_match_their_name(
    s3_endpoint: str, s3_bucket: str, tmp_path: Path
) -> None:
    """An object whose bytes do not hash to its key is BlobCorrupt, not silently returned."""
    store = blob_store_from_url(f"s3://{s3_bucket}", tmp_path, s3_endpoint_url=s3_endpoint)
    assert isinstance(store, S3BlobStore)
    sha = blobs.sha256_hex(b"original")
    store.client.put_object(Bucket=s3_bucket, Key=store.key(sha), Body=b"tampered")
    with pytest.raises(BlobCorrupt):
        store.get(sha)
    store.client.close()
