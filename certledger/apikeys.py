"""API keys: created and revoked by the CLI, stored as SHA-256 only, scoped (ingest, read, admin).

A key is ``cl_`` + 43 random URL-safe characters (256 bits): a plain SHA-256 is enough to store it,
as nobody can guess it from the hash (a slow password hash is for low-entropy secrets).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from certledger.tables import API_SCOPES, ApiKey, utcnow

KEY_PREFIX = "cl_"


class UnknownScope(ValueError):
    """A scope outside ``API_SCOPES``."""


@dataclass(frozen=True)
class NewKey:
    """A key just created: ``secret`` is shown once and never stored."""

    row: ApiKey
    secret: str


def key_sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def parse_scopes(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"ingest,read"`` or an iterable -> validated scopes, in ``API_SCOPES`` order."""
    names = {s.strip() for s in (text.split(",") if isinstance(text, str) else text) if s.strip()}
    unknown = sorted(names - set(API_SCOPES))
    if unknown or not names:
        raise UnknownScope(
            f"scopes must be among {', '.join(API_SCOPES)}; got {', '.join(unknown) or 'none'}"
        )
    return tuple(s for s in API_SCOPES if s in names)


def create_key(session: Session, name: str, scopes: Sequence[str]) -> NewKey:
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(
        name=name, key_sha256=key_sha256(secret), prefix=secret[:8], scopes=list(parse_scopes(scopes))
    )
    session.add(row)
    session.flush()
    return NewKey(row, secret)


def revoke_key(session: Session, key_id: int) -> ApiKey | None:
    """Revoke key ``key_id``; None when there is no such key. Revoking twice keeps the first time."""
    row = session.get(ApiKey, key_id)
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
    return row


def list_keys(session: Session) -> Sequence[ApiKey]:
    return session.exec(select(ApiKey).order_by(col(ApiKey.id))).all()


def authenticate(session: Session, secret: str) -> ApiKey | None:
    """The live key whose secret this is; None for an unknown or revoked one."""
    row = session.exec(select(ApiKey).where(ApiKey.key_sha256 == key_sha256(secret))).first()
    if row is None or row.revoked_at is not None:
        return None
    return row


def allows(key: ApiKey, scope: str) -> bool:
    """admin holds every scope."""
    return scope in key.scopes or "admin" in key.scopes
