"""Jinja2 templates of the reviewer's pages, and the one way routes render them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from certledger.users import can
from certledger.web.sessions import Viewer

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")  # autoescapes .html


# Pages are never framed (clickjacking) and run only this site's own script; inline styles place crops.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",  # reviewers' pages hold personal data: not kept by shared caches
}


def _hours(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"


templates.env.filters["hours"] = _hours


def render(
    request: Request, name: str, viewer: Viewer | None, *, status_code: int = 200, **context: Any
) -> HTMLResponse:
    """The page ``name`` for ``viewer`` (None on the sign-in page); every form gets their CSRF token."""
    context |= {
        "viewer": viewer,
        "csrf_token": viewer.csrf_token if viewer else context.get("csrf_token", ""),
        "can": (lambda p: can(viewer.role, p)) if viewer else (lambda _p: False),
    }
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    return response
