"""Fixtures for API tests: a migrated database, keys of every scope, and a live server over them.

Import them into a test module (``api = api_fixtures.api``), like ``tests.db_fixtures``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from certledger.api.app import create_app
from certledger.apikeys import create_key, revoke_key
from certledger.db import make_engine, migrate, session_scope
from certledger.settings import Settings
from tests.api_server import LiveServer


@dataclass
class Api:
    url: str
    settings: Settings
    engine: Engine
    keys: dict[str, str]  # admin, ingest, read, revoked -> the key's secret

    def client(self, key: str | None = "admin") -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.keys[key]}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)


def api_settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        workers=1,
        second_engine=False,
        max_files_per_request=3,
        webhook_min_backoff_s=0.2,
        webhook_max_backoff_s=0.5,
        webhook_max_attempts=3,
        webhook_poll_s=0.05,
        webhook_timeout_s=5,
        webhook_allow_private=True,  # the receivers are on loopback
    )


def make_keys(engine: Engine) -> dict[str, str]:
    keys = {}
    with session_scope(engine) as session:
        for scope in ("admin", "ingest", "read"):
            keys[scope] = create_key(session, f"test-{scope}", [scope]).secret
        revoked = create_key(session, "test-revoked", ["admin"])
        assert revoked.row.id is not None
        revoke_key(session, revoked.row.id)
        keys["revoked"] = revoked.secret
    return keys


@pytest.fixture
def api(tmp_path: Path, database_url: str) -> Iterator[Api]:
    """A live server on a fresh database (SQLite and PostgreSQL), without workers."""
    settings = api_settings(tmp_path, database_url)
    engine = make_engine(database_url)
    migrate(engine)
    keys = make_keys(engine)
    with LiveServer(create_app(settings, engine=engine)) as url:
        yield Api(url, settings, engine, keys)
    engine.dispose()
