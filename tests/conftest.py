"""Shared test helpers."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import OperationalError

# Each test gets its own ``certledger_test_<random>`` database on this server, dropped afterwards.
PG_URL = os.environ.get("CERTLEDGER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def unavailable(reason: str) -> None:
    """Skip for a missing service; when ``CI`` is set, fail instead."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (required when CI is set)")
    pytest.skip(reason)


def require_tesseract() -> None:
    """Skip when the tesseract binary is absent; on CI (env ``CI`` set) its absence is a failure."""
    if shutil.which("tesseract") is not None:
        return
    if os.environ.get("CI"):
        pytest.fail("tesseract is not installed on CI: apt-get install tesseract-ocr tesseract-ocr-osd")
    pytest.skip("tesseract binary not found (apt-get install tesseract-ocr tesseract-ocr-osd)")


@pytest.fixture
def tesseract() -> None:
    """Fixture form of ``require_tesseract``."""
    require_tesseract()


@pytest.fixture(scope="module")
def pg_admin() -> Iterator[Engine]:
    """An autocommit engine on the PostgreSQL server, to create and drop test databases."""
    engine = create_engine(
        make_url(PG_URL).set(drivername="postgresql+psycopg"),
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 3},
    )
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as e:
        engine.dispose()
        unavailable(f"PostgreSQL unreachable at {make_url(PG_URL)}: {str(e.orig).splitlines()[0]}")
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, or a fresh PostgreSQL database dropped after the test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'certledger.db'}"
        return
    admin: Engine = request.getfixturevalue("pg_admin")
    name = f"certledger_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(drivername="postgresql+psycopg", database=name).render_as_string(False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
