"""Helpers of the reviewer UI tests: an application ingested through the real pipeline, and accounts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import Engine
from sqlmodel import Session, select

from certledger.blobs import FolderBlobStore
from certledger.db import make_engine, migrate, session_scope
from certledger.pipeline import submit_bundles, wait_for_batch
from certledger.settings import Settings
from certledger.tables import Application
from certledger.users import create_user
from classify.catalog import load_catalog
from ingest.sources import discover
from ingest.types import IngestLimits
from tests.api_server import LiveServer as ApiLiveServer
from tests.applicants import Applicant, write_applicant
from workers.embedded import EmbeddedWorker

PASSWORD = "correct horse battery"


def ingest_applicants(
    settings: Settings, engine: Engine, root: Path, applicants: list[Applicant]
) -> list[int]:
    """Draw the applicants' documents, ingest them (embedded worker) and return the application ids."""
    for applicant in applicants:
        write_applicant(root, applicant)
    discovery = discover(root, IngestLimits())
    assert discovery.problems == ()
    store = FolderBlobStore(settings.data_dir / "blobs")
    with EmbeddedWorker(settings, engine=engine):
        batch = submit_bundles(engine, discovery.bundles, store, load_catalog(settings.catalog_path))
        wait_for_batch(engine, batch, timeout_s=300)
    with Session(engine) as session:
        ids = {a.applicant_id: a.id for a in session.exec(select(Application))}
    return [i for a in applicants if (i := ids[a.applicant_id]) is not None]


@dataclass
class Site:
    """A migrated SQLite database under ``root`` with ingested applications and accounts."""

    settings: Settings
    engine: Engine
    application_ids: list[int]


@contextmanager
def site(root: Path, applicants: list[Applicant], users: dict[str, str]) -> Iterator[Site]:
    """Ingest ``applicants`` and create ``users`` (email -> role, password PASSWORD); disposed after."""
    # Plain HTTP on loopback, and webhook receivers there too.
    settings = Settings(data_dir=root / "data", workers=1, cookie_secure=False, webhook_allow_private=True)
    engine = make_engine(settings.sqlalchemy_url())
    try:
        migrate(engine)
        ids = ingest_applicants(settings, engine, root / "applications", applicants)
        for email, role in users.items():
            add_user(engine, email, role)
        yield Site(settings, engine, ids)
    finally:
        engine.dispose()


def add_user(engine: Engine, email: str, role: str, password: str = PASSWORD) -> None:
    with session_scope(engine) as session:
        create_user(session, email, role, password, actor="test")


class LiveServer:
    """``create_app(settings, engine)`` on ``tests.api_server.LiveServer``, keeping both at hand."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        from certledger.api.app import create_app

        self.settings, self.engine = settings, engine
        self._server = ApiLiveServer(create_app(settings, engine=engine))
        self.url = self._server.url

    def __enter__(self) -> LiveServer:
        self._server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.__exit__(None, None, None)


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


def sign_in(client: httpx.Client, email: str, password: str = PASSWORD) -> str:
    """Sign in through the form; returns the CSRF token of the session's pages."""
    page = client.get("/signin")
    data = {"email": email, "password": password, "csrf_token": csrf_of(page.text), "next": "/"}
    response = client.post("/signin", data=data)
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/").text)
