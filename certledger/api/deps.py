"""Typed FastAPI dependencies: the settings, the engine and a database session of the running app.

The cheap ones are ``async``: FastAPI runs a sync dependency in its thread pool, a hop per call.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlmodel import Session

from certledger.api.problems import ProblemError
from certledger.blobs import BlobStore, blob_store_from_url
from certledger.settings import Settings
from certledger.tables import Application, Document
from classify.catalog import Catalog, load_catalog


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_session(engine: Annotated[Engine, Depends(get_engine)]) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]
SessionDep = Annotated[Session, Depends(get_session)]


async def get_blobs(request: Request) -> BlobStore:
    """The blob store of the running app, made on first use."""
    state = request.app.state
    if getattr(state, "blobs", None) is None:
        s: Settings = state.settings
        state.blobs = blob_store_from_url(s.blob_url, s.data_dir, s3_endpoint_url=s.s3_endpoint_url)
    store: BlobStore = state.blobs
    return store


async def get_catalog(request: Request) -> Catalog:
    """The course catalog, loaded once per app (uploads compare it to what a document was read with)."""
    state = request.app.state
    if getattr(state, "catalog", None) is None:
        state.catalog = load_catalog(state.settings.catalog_path)
    catalog: Catalog = state.catalog
    return catalog


BlobsDep = Annotated[BlobStore, Depends(get_blobs)]
CatalogDep = Annotated[Catalog, Depends(get_catalog)]


_Row = TypeVar("_Row", Application, Document)


def get_or_404(session: Session, table: type[_Row], row_id: int) -> _Row:
    """The row with this id, or a 404 problem coded ``<table>_not_found``."""
    row = session.get(table, row_id)
    if row is None:
        name = table.__tablename__
        raise ProblemError(404, f"{name}_not_found", f"no {name} {row_id}")
    return row
