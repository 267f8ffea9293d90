"""``create_app(settings)``: one FastAPI application serving the intake API and the reviewer's pages.

Tests build as many apps as they need, each with its own settings and database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import Engine

from certledger.api import problems
from certledger.api.auth import ApiKeyMiddleware
from certledger.api.intake import IntakeWriter
from certledger.api.routes import applications, documents, health, ledger, webhooks
from certledger.api.routes.documents import UploadFastPath
from certledger.db import make_engine
from certledger.settings import Settings, load_settings
from certledger.web import router as web_router


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The application for ``settings``; the database must be migrated (``certledger db upgrade``)."""
    settings = settings or load_settings()
    own_engine = engine is None
    db = engine or make_engine(settings.sqlalchemy_url())

    writer = IntakeWriter(db, settings.upload_batch_max)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        writer.close()  # what was queued is committed and answered first
        if own_engine:
            db.dispose()

    app = FastAPI(
        title="certledger",
        version="1",
        summary="Credited-hours ledgers for NASRO National SRO Practitioner applications.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = db
    app.state.intake = writer
    app.include_router(health.router)
    for router in (applications.router, documents.router, ledger.router, webhooks.router):
        app.include_router(router)
    problems.install(app)
    app.add_middleware(UploadFastPath)  # inside the key check: it sees the request's key
    app.add_middleware(ApiKeyMiddleware, engine=db, cache_s=settings.api_key_cache_s)
    app.include_router(web_router)
    return app
