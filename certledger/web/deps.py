"""Dependencies of the reviewer's pages: who is signed in, what they may do, and the CSRF check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request

from certledger.api.deps import SessionDep
from certledger.users import Permission, can
from certledger.web.sessions import COOKIE, Viewer, same_token, viewer_for


def optional_viewer(request: Request, session: SessionDep) -> Viewer | None:
    return viewer_for(session, request.cookies.get(COOKIE))


def signed_in(request: Request, viewer: Annotated[Viewer | None, Depends(optional_viewer)]) -> Viewer:
    """The viewer; a signed-out browser is sent to the sign-in page and shown nothing else."""
    if viewer is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(303, "sign in first", headers={"Location": f"/signin?next={quote(target)}"})
    return viewer


def require(viewer: Viewer, permission: Permission) -> None:
    """403 unless the viewer's role has ``permission``."""
    if not can(viewer.role, permission):
        raise HTTPException(403, f"your role ({viewer.role}) may not do this")


async def csrf_checked(request: Request, viewer: Annotated[Viewer, Depends(signed_in)]) -> Viewer:
    """The viewer of a form post carrying their session's CSRF token (field or header); else 403."""
    given = request.headers.get("x-csrf-token")
    if given is None:
        form = await request.form()  # Starlette caches it: the route's Form() fields read it again
        value = form.get("csrf_token")
        given = value if isinstance(value, str) else None
    if not same_token(given, viewer.csrf_token):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    return viewer


ViewerDep = Annotated[Viewer, Depends(signed_in)]
PostingViewer = Annotated[Viewer, Depends(csrf_checked)]


def posting_as(permission: Permission) -> Callable[[Viewer], Viewer]:
    """A dependency: the CSRF-checked viewer of a form post, 403 before the form is validated."""

    def check(viewer: PostingViewer) -> Viewer:
        require(viewer, permission)
        return viewer

    return check


ReviewPost = Annotated[Viewer, Depends(posting_as("review"))]
UploadPost = Annotated[Viewer, Depends(posting_as("upload"))]
CatalogPost = Annotated[Viewer, Depends(posting_as("catalog"))]
UsersPost = Annotated[Viewer, Depends(posting_as("users"))]
