"""SQLite connections commit durably: WAL with synchronous=FULL (an answered upload survives a power loss)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from certledger.db import make_engine


def test_sqlite_connections_use_wal_and_fsync_every_commit(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'd.db'}")
    with engine.connect() as connection:
        mode = connection.execute(text("PRAGMA journal_mode")).scalar_one()
        synchronous = connection.execute(text("PRAGMA synchronous")).scalar_one()
    engine.dispose()
    assert (mode, synchronous) == ("wal", 2)  # 2 = FULL
