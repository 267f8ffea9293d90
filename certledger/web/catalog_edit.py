"""Staff edit the course catalog: courses, aliases, providers, hours, categories; versions; re-match."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlmodel import Session, col, select

from certledger.api.deps import SessionDep, SettingsDep
from certledger.catalogs import affected_documents, current_catalog, rematch, save_course
from certledger.tables import CatalogVersion
from certledger.web.common import back_to
from certledger.web.deps import CatalogPost, ViewerDep, require
from certledger.web.errors import PageRoute
from certledger.web.templating import render
from classify.catalog import CATEGORIES, Catalog, CatalogError, Course, load_catalog, parse_catalog

router = APIRouter(route_class=PageRoute)


def _previous(session: Session, versions: list[CatalogVersion], catalog_path: Path | None) -> Catalog:
    """The catalog before the newest version (the file when there is one version or none)."""
    if len(versions) < 2:
        return load_catalog(catalog_path)
    return parse_catalog(versions[1].csv_text.encode("utf-8"), f"catalog version {versions[1].id}")


@router.get("/catalog", response_class=HTMLResponse)
def catalog_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    viewer: ViewerDep,
    edit: str = "",
    message: str = "",
) -> HTMLResponse:
    require(viewer, "catalog")
    catalog = current_catalog(session, settings.catalog_path)
    versions = list(session.exec(select(CatalogVersion).order_by(col(CatalogVersion.id).desc())))
    affected = (
        affected_documents(session, _previous(session, versions, settings.catalog_path), catalog)
        if versions
        else []
    )
    return render(
        request,
        "catalog.html",
        viewer,
        catalog=catalog,
        course=catalog.get(edit),
        categories=sorted(CATEGORIES),
        versions=versions,
        affected=affected,
        message=message,
    )


def _back(message: str) -> RedirectResponse:
    return back_to("/catalog", message)


@router.post("/catalog/courses")
def save(
    session: SessionDep,
    settings: SettingsDep,
    viewer: CatalogPost,
    id: Annotated[str, Form()],
    title: Annotated[str, Form()],
    category: Annotated[str, Form()],
    aliases: Annotated[str, Form()] = "",
    provider: Annotated[str, Form()] = "",
    hours: Annotated[str, Form()] = "",
    hours_verified: Annotated[str, Form()] = "",
) -> Response:
    """Add or replace a course (by id): a new catalog version."""
    try:
        course = Course.model_validate(
            {
                "id": id.strip(),
                "title": title.strip(),
                "aliases": tuple(a.strip() for a in aliases.replace("\n", "|").split("|") if a.strip()),
                "provider": provider.strip() or None,
                "hours": float(hours) if hours.strip() else None,
                "category": category,
                "hours_verified": hours_verified == "yes",
            }
        )
        version = save_course(session, course, viewer.email, settings.catalog_path)
    except ValidationError as exc:
        return _back("not saved: " + "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in exc.errors()))
    except (CatalogError, ValueError) as exc:
        session.rollback()
        return _back(f"not saved: {exc}")
    session.commit()
    return _back(f"saved as catalog version {version.id}: {version.note}")


@router.post("/catalog/rematch")
def rematch_documents(
    session: SessionDep, viewer: CatalogPost, document_ids: Annotated[list[int], Form()]
) -> Response:
    """Queue the listed documents to be read again against the current catalog."""
    n = rematch(session, document_ids, viewer.email)
    session.commit()
    return _back(f"{n} document(s) queued to be matched again; reviewer decisions are kept")
