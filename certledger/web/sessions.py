"""Server-side sign-in sessions: a random token in an HttpOnly cookie; its hash and CSRF token in the DB."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, col, delete, select

from certledger.tables import WebSession, WebUser, utcnow
from certledger.users import UserInfo, info

COOKIE = "certledger_session"
SIGNIN_COOKIE = "certledger_signin"  # CSRF token of the sign-in form, before there is a session


@dataclass(frozen=True)
class Viewer:
    """The signed-in person of a request, with the CSRF token every form of theirs must carry."""

    user: UserInfo
    csrf_token: str
    session_id: str

    @property
    def email(self) -> str:
        return self.user.email

    @property
    def role(self) -> str:
        return self.user.role


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, user: UserInfo, hours: float) -> str:
    """A new session for ``user``; returns the cookie's token (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    # Expired sessions go as new ones start: no sweeper process needed.
    session.exec(delete(WebSession).where(col(WebSession.expires_at) < now))
    session.add(
        WebSession(
            id=token_hash(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    return token


def viewer_for(session: Session, token: str | None) -> Viewer | None:
    """The viewer of a cookie token: None when unknown, expired, or the account is disabled."""
    if not token:
        return None
    row = session.exec(
        select(WebSession, WebUser)
        .join(WebUser, col(WebUser.id) == col(WebSession.user_id))
        .where(WebSession.id == token_hash(token))
    ).first()
    if row is None:
        return None
    web_session, user = row
    if web_session.expires_at <= utcnow() or user.disabled:
        return None
    return Viewer(info(user), web_session.csrf_token, web_session.id)


def end_session(session: Session, session_id: str) -> None:
    session.exec(delete(WebSession).where(col(WebSession.id) == session_id))


def same_token(given: str | None, expected: str) -> bool:
    return given is not None and secrets.compare_digest(given.encode(), expected.encode())
