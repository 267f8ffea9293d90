"""The admin's users page: list accounts, add one, disable or enable one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from certledger.api.deps import SessionDep
from certledger.users import USER_ROLES_TEXT, UserError, UserInfo, create_user, list_users, set_disabled
from certledger.web.common import back_to
from certledger.web.deps import UsersPost, ViewerDep, require
from certledger.web.errors import PageRoute
from certledger.web.templating import render

router = APIRouter(route_class=PageRoute)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, session: SessionDep, viewer: ViewerDep, message: str = "") -> HTMLResponse:
    require(viewer, "users")
    return render(
        request, "users.html", viewer, users=list_users(session), roles=USER_ROLES_TEXT, message=message
    )


def _back(message: str) -> RedirectResponse:
    return back_to("/admin/users", message)


def _change(session: Session, change: Callable[[], UserInfo], done: Callable[[UserInfo], str]) -> Response:
    """Commit one account change and say what was done; a refused change says why."""
    try:
        user = change()
    except UserError as exc:
        session.rollback()
        return _back(str(exc))
    session.commit()
    return _back(done(user))


@router.post("/admin/users")
def add_user(
    session: SessionDep,
    viewer: UsersPost,
    email: Annotated[str, Form()],
    role: Annotated[str, Form()],
    password: Annotated[str, Form()],
) -> Response:
    return _change(
        session,
        lambda: create_user(session, email, role, password, actor=viewer.email),
        lambda u: f"created {u.role} {u.email}",
    )


@router.post("/admin/users/disabled")
def disable_user(
    session: SessionDep,
    viewer: UsersPost,
    email: Annotated[str, Form()],
    disabled: Annotated[str, Form()],
) -> Response:
    if email.strip().lower() == viewer.email:
        return _back("you cannot disable your own account")
    return _change(
        session,
        lambda: set_disabled(session, email, disabled == "yes", actor=viewer.email),
        lambda u: f"{u.email} {'disabled' if u.disabled else 'enabled'}",
    )
