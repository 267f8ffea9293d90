"""Reviewer UI accounts: argon2id password hashes, roles, and what each role may do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from certledger.db import append_audit
from certledger.tables import USER_ROLES, UserRole, WebUser

Permission = Literal["review", "upload", "catalog", "users"]
# Staff take applications in and keep the catalog; admins manage accounts. Everyone may review.
PERMISSIONS: dict[str, frozenset[Permission]] = {
    "reviewer": frozenset({"review"}),
    "staff": frozenset({"review", "upload", "catalog"}),
    "admin": frozenset({"review", "upload", "catalog", "users"}),
}
MIN_PASSWORD = 10
USER_ROLES_TEXT = USER_ROLES

_hasher = PasswordHasher()  # argon2id with argon2-cffi's current recommended parameters
# Verified when the email is unknown, so a wrong email costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("certledger-no-such-user")


class UserError(ValueError):
    """A user command that cannot be done (duplicate email, weak password, unknown role...)."""


@dataclass(frozen=True)
class UserInfo:
    id: int
    email: str
    role: UserRole
    disabled: bool


def info(user: WebUser) -> UserInfo:
    assert user.id is not None
    role: UserRole = next(r for r in USER_ROLES if r == user.role)
    return UserInfo(user.id, user.email, role, user.disabled)


def can(role: str, permission: Permission) -> bool:
    return permission in PERMISSIONS.get(role, frozenset())


def normal_email(email: str) -> str:
    return email.strip().lower()


def create_user(session: Session, email: str, role: str, password: str, *, actor: str = "cli") -> UserInfo:
    """Add an account; the password is kept only as an argon2id hash."""
    email = normal_email(email)
    if "@" not in email:
        raise UserError(f"not an email address: {email!r}")
    if role not in USER_ROLES:
        raise UserError(f"unknown role {role!r} (expected one of {', '.join(USER_ROLES)})")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"password too short: at least {MIN_PASSWORD} characters")
    if session.exec(select(WebUser).where(WebUser.email == email)).first() is not None:
        raise UserError(f"a user {email} exists already")
    user = WebUser(email=email, password_hash=_hasher.hash(password), role=role)
    session.add(user)
    session.flush()
    append_audit(
        session,
        actor=actor,
        entity="web_user",
        entity_id=str(user.id),
        action="created",
        after={"email": email, "role": role},
    )
    return info(user)


def list_users(session: Session) -> Sequence[UserInfo]:
    return [info(u) for u in session.exec(select(WebUser).order_by(col(WebUser.email)))]


def set_disabled(session: Session, email: str, disabled: bool, *, actor: str = "cli") -> UserInfo:
    """Disable (or enable again) an account; a disabled account's sessions stop working at once."""
    user = session.exec(select(WebUser).where(WebUser.email == normal_email(email))).first()
    if user is None:
        raise UserError(f"no user {email}")
    before = user.disabled
    user.disabled = disabled
    session.add(user)
    append_audit(
        session,
        actor=actor,
        entity="web_user",
        entity_id=str(user.id),
        action="disabled" if disabled else "enabled",
        before={"disabled": before},
        after={"disabled": disabled},
    )
    return info(user)


def authenticate(session: Session, email: str, password: str) -> UserInfo | None:
    """The enabled account with this email and password, else None (same time either way)."""
    user = session.exec(select(WebUser).where(WebUser.email == normal_email(email))).first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.add(user)
    return info(user)
