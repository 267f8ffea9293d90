"""Small helpers shared by the page modules: loading an application, the policy, the blob store."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import HTTPException
from fastapi.responses import RedirectResponse
from sqlmodel import Session

from certledger.blobs import BlobStore, blob_store_from_url
from certledger.settings import Settings
from certledger.tables import Application
from certledger.web.page_images import PageImages


def application_or_404(session: Session, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise HTTPException(404, "no such application")
    return app


def blob_store(settings: Settings) -> BlobStore:
    return blob_store_from_url(settings.blob_url, settings.data_dir, s3_endpoint_url=settings.s3_endpoint_url)


def page_images(settings: Settings) -> PageImages:
    return PageImages(settings.data_dir / "page-images", blob_store(settings), settings.page_image_dpi)


def back_to(path: str, message: str = "", anchor: str = "") -> RedirectResponse:
    """After a form post: see-other to ``path``, with a message shown once and an optional #anchor."""
    query = f"?message={quote(message)}" if message else ""
    return RedirectResponse(f"{path}{query}{anchor}", status_code=303)
