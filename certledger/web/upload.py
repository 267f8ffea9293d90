"""Staff upload: a folder of applicant folders, or a .zip, from the browser; then its progress."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from certledger.api.deps import EngineDep, SessionDep, SettingsDep
from certledger.batch_uploads import UploadedFile, UploadError, batch_status, submit_upload
from certledger.catalogs import current_catalog
from certledger.tables import Application, UploadBatch
from certledger.web.common import back_to, blob_store
from certledger.web.deps import UploadPost, ViewerDep, require
from certledger.web.errors import PageRoute
from certledger.web.templating import render
from ingest.types import IngestLimits

router = APIRouter(route_class=PageRoute)


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request, viewer: ViewerDep, message: str = "") -> HTMLResponse:
    require(viewer, "upload")
    return render(request, "upload.html", viewer, message=message)


@router.post("/upload")
async def upload(
    engine: EngineDep,
    settings: SettingsDep,
    viewer: UploadPost,
    files: Annotated[list[UploadFile], File()],
) -> Response:
    limits = IngestLimits(max_file_bytes=settings.max_upload_bytes)
    received = []
    total = 0
    for f in files:
        if not f.filename:
            continue
        data = await f.read()
        total += len(data)
        if total > limits.max_total_bytes:
            raise HTTPException(413, "the upload is larger than an ingest may bring in")
        received.append(UploadedFile(f.filename, data))
    try:
        catalog = current_catalog(engine, settings.catalog_path)
        # Blocking work (files, database) off the event loop.
        batch_id = await run_in_threadpool(
            submit_upload, engine, received, blob_store(settings), catalog, limits, viewer.email
        )
    except UploadError as exc:
        return back_to("/upload", str(exc))
    return RedirectResponse(f"/upload/{batch_id}", status_code=303)


def _batch(session: SessionDep, batch_id: int) -> UploadBatch:
    batch = session.get(UploadBatch, batch_id)
    if batch is None:
        raise HTTPException(404, "no such upload")
    return batch


@router.get("/upload/{batch_id}", response_class=HTMLResponse)
def batch_page(request: Request, batch_id: int, session: SessionDep, viewer: ViewerDep) -> HTMLResponse:
    require(viewer, "upload")
    batch = _batch(session, batch_id)
    apps = [a for i in batch.application_ids if (a := session.get(Application, i)) is not None]
    status = batch_status(session, batch)
    return render(request, "upload_batch.html", viewer, batch=batch, apps=apps, status=status)


@router.get("/upload/{batch_id}/status")
def batch_progress(batch_id: int, session: SessionDep, viewer: ViewerDep) -> dict[str, Any]:
    """Documents read of the batch so far (the upload page polls this)."""
    require(viewer, "upload")
    return asdict(batch_status(session, _batch(session, batch_id)))
