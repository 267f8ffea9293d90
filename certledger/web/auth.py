"""Sign-in and sign-out pages."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session, col, func, select

from certledger.api.deps import SessionDep, SettingsDep
from certledger.db import append_audit
from certledger.tables import AuditLog, utcnow
from certledger.users import authenticate, normal_email
from certledger.web.deps import PostingViewer
from certledger.web.errors import PageRoute
from certledger.web.sessions import COOKIE, SIGNIN_COOKIE, end_session, same_token, start_session
from certledger.web.templating import render

router = APIRouter(route_class=PageRoute)
MAX_FAILURES = 10  # failed sign-ins per account within the window before it is refused (guessing)
FAILURE_WINDOW_MIN = 15


def recent_failures(session: Session, email: str) -> int:
    """Failed sign-ins for ``email`` in the last FAILURE_WINDOW_MIN minutes (from the audit log)."""
    since = utcnow() - timedelta(minutes=FAILURE_WINDOW_MIN)
    query = (
        select(func.count())
        .select_from(AuditLog)
        .where(
            AuditLog.action == "signin_failed",
            AuditLog.entity_id == normal_email(email),
            col(AuditLog.at) >= since,
        )
    )
    return int(session.exec(query).one())


def _safe_next(target: str) -> str:
    # Only paths on this site: "//evil.example" or "https://..." would make sign-in an open redirect.
    return target if target.startswith("/") and not target.startswith("//") else "/"


@router.get("/signin", response_class=HTMLResponse)
def signin_page(request: Request, settings: SettingsDep, next: str = "/") -> Response:
    token = secrets.token_urlsafe(32)
    response = render(request, "signin.html", None, csrf_token=token, next=_safe_next(next))
    response.set_cookie(
        SIGNIN_COOKIE, token, httponly=True, samesite="strict", secure=settings.cookie_secure, max_age=3600
    )
    return response


@router.post("/signin", response_class=HTMLResponse)
def signin(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    email: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    if not same_token(csrf_token, request.cookies.get(SIGNIN_COOKIE, "")) or not csrf_token:
        raise HTTPException(403, "missing or wrong CSRF token: reload the sign-in page")
    if recent_failures(session, email) >= MAX_FAILURES:
        return render(
            request,
            "signin.html",
            None,
            status_code=429,
            csrf_token=csrf_token,
            next=_safe_next(next),
            error=f"Too many failed sign-ins for this account: wait {FAILURE_WINDOW_MIN} minutes.",
        )
    user = authenticate(session, email, password)
    if user is None:
        append_audit(
            session,
            actor="anonymous",
            entity="web_user",
            entity_id=normal_email(email),
            action="signin_failed",
        )
        session.commit()
        return render(
            request,
            "signin.html",
            None,
            status_code=401,
            csrf_token=csrf_token,
            next=_safe_next(next),
            error="Wrong email or password, or the account is disabled.",
        )
    token = start_session(session, user, settings.session_hours)
    append_audit(session, actor=user.email, entity="web_user", entity_id=user.id, action="signed_in")
    session.commit()
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=settings.cookie_secure,
        max_age=int(settings.session_hours * 3600),
    )
    response.delete_cookie(SIGNIN_COOKIE)
    return response


@router.post("/signout")
def signout(session: SessionDep, viewer: PostingViewer) -> Response:
    end_session(session, viewer.session_id)
    session.commit()
    response = RedirectResponse("/signin", status_code=303)
    response.delete_cookie(COOKIE)
    return response
