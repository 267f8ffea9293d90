"""The document viewer (every page with every extracted box) and the page images behind it and the crops."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse
from sqlmodel import select

from certledger.api.deps import SessionDep, SettingsDep
from certledger.tables import Document, ExtractedItem
from certledger.web.common import application_or_404, page_images
from certledger.web.deps import ViewerDep, require
from certledger.web.errors import PageRoute
from certledger.web.templating import render
from certledger.web.views import application_view, document_geometry

router = APIRouter(route_class=PageRoute)


@dataclass(frozen=True)
class BoxView:
    """An extracted region, in percent of the page so it scales with the page image."""

    x: float
    y: float
    w: float
    h: float
    status: str
    title: str
    href: str


@dataclass(frozen=True)
class PageView:
    number: int
    image_url: str
    aspect: float  # height / width
    boxes: list[BoxView]


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(
    request: Request, document_id: int, session: SessionDep, settings: SettingsDep, viewer: ViewerDep
) -> HTMLResponse:
    require(viewer, "review")
    doc = session.get(Document, document_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    app = application_or_404(session, doc.application_id)
    images = page_images(settings)
    anchors = {ln.key: ln.anchor for ln in application_view(session, app, images).lines}
    items = session.exec(select(ExtractedItem).where(ExtractedItem.document_id == document_id)).all()
    geometry = document_geometry(session, doc, images) if doc.state == "done" else {}
    pages = sorted(geometry.values(), key=lambda p: p.number)
    views = []
    for page in pages:
        boxes = []
        for item in items:
            bbox = item.fields.get("bbox")
            if item.fields.get("page") != page.number or not bbox:
                continue
            x0, y0, x1, y1 = bbox
            anchor = anchors.get(item.line_key)
            boxes.append(
                BoxView(
                    x=round(100 * x0 / page.width, 3),
                    y=round(100 * y0 / page.height, 3),
                    w=round(100 * (x1 - x0) / page.width, 3),
                    h=round(100 * (y1 - y0) / page.height, 3),
                    status=item.status,
                    title=f"{item.fields.get('course_title') or '(no title)'} ({item.status})",
                    href=f"/applications/{app.id}#{anchor}" if anchor else f"/applications/{app.id}",
                )
            )
        views.append(
            PageView(
                page.number,
                f"/documents/{document_id}/pages/{page.number}.png",
                page.height / max(page.width, 1.0),
                boxes,
            )
        )
    return render(request, "document.html", viewer, doc=doc, pages=views)


@router.get("/documents/{document_id}/pages/{number}.png")
def page_image(
    document_id: int, number: int, session: SessionDep, settings: SettingsDep, viewer: ViewerDep
) -> FileResponse:
    """A page as PNG, rendered once and cached; the browser may keep it (uploads never change)."""
    require(viewer, "review")
    doc = session.get(Document, document_id)
    images = page_images(settings)
    page = document_geometry(session, doc, images).get(number) if doc is not None else None
    if doc is None or page is None:
        raise HTTPException(404, "no such page")
    path = images.png(doc, page)
    return FileResponse(path, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})
