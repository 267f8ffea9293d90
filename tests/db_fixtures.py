"""Fixtures for tests on a migrated database; import them into a test module to use them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from certledger.db import make_engine, migrate
from classify.catalog import Catalog, load_catalog


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated engine on each of ``database_url``'s databases (SQLite, PostgreSQL)."""
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The packaged course catalog."""
    return load_catalog(None)
