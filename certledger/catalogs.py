"""The course catalog in force: the newest version edited in the browser, else the configured file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from certledger.tables import CatalogVersion
from classify.catalog import Catalog, load_catalog, parse_catalog


def current_catalog(source: Session | Engine, catalog_path: Path | None) -> Catalog:
    """The newest ``catalog_version`` row, or (none yet) the CSV at ``catalog_path`` / the packaged one."""
    if isinstance(source, Session):
        return _current(source, catalog_path)
    with Session(source) as session:
        return _current(session, catalog_path)


def _current(session: Session, catalog_path: Path | None) -> Catalog:
    row = session.exec(select(CatalogVersion).order_by(col(CatalogVersion.id).desc())).first()
    if row is None:
        return load_catalog(catalog_path)
    return parse_catalog(row.csv_text.encode("utf-8"), f"catalog version {row.id}")
