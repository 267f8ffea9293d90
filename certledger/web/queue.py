"""The reviewer's queue: applications by state, oldest first, searchable."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from certledger.api.deps import SessionDep
from certledger.web.deps import ViewerDep, require
from certledger.web.errors import PageRoute
from certledger.web.templating import render
from certledger.web.views import QUEUE_STATES, queue_rows

router = APIRouter(route_class=PageRoute)


@router.get("/", response_class=HTMLResponse)
def queue(request: Request, session: SessionDep, viewer: ViewerDep, q: str = "") -> HTMLResponse:
    require(viewer, "review")
    rows = queue_rows(session, q)
    sections = [(state, title, [r for r in rows if r.state == state]) for state, title in QUEUE_STATES]
    return render(request, "queue.html", viewer, sections=sections, q=q, total=len(rows))
