"""The reviewer's pages (server-rendered templates): mounted by ``certledger.api.app.create_app``."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from certledger.web import (
    admin,
    application,
    auth,
    catalog_edit,
    catalog_search,
    documents,
    queue,
    upload,
)

router = APIRouter(include_in_schema=False)
STATIC = Path(__file__).resolve().parent / "static"
_STATIC_FILES = {"app.css": "text/css", "app.js": "text/javascript"}


@router.get("/static/{name}")
def static(name: str) -> FileResponse:
    """The UI's few static files (served here: no build step, no mount in the app factory)."""
    if name not in _STATIC_FILES:
        raise HTTPException(404, "no such file")
    return FileResponse(
        STATIC / name, media_type=_STATIC_FILES[name], headers={"Cache-Control": "max-age=3600"}
    )


for module in (auth, queue, application, documents, catalog_search, catalog_edit, admin, upload):
    router.include_router(module.router)
