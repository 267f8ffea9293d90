"""The transactional outbox: messages to workers written in the caller's transaction, sent after commit.

Writers only add rows (``add_message``); the relay (``workers.relay``) reads the unsent ones
(``unsent``), hands them to the broker and marks them sent (``mark_sent``) or notes why not
(``mark_failed``). A row sent twice is harmless: every actor is idempotent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, func, select

from certledger.db import core_table
from certledger.tables import OutboxMessage, utcnow

PROCESS_DOCUMENT = "process_document"
REBUILD_LEDGER = "rebuild_ledger"
READ_PAGE_RANGE = "read_page_range"
MERGE_DOCUMENT = "merge_document"


def add_message(session: Session, actor: str, **payload: Any) -> OutboxMessage:
    """Add a message for ``actor`` (keyword arguments: ids only) to the caller's transaction."""
    row = OutboxMessage(actor=actor, payload=payload)
    session.add(row)
    return row


def message_values(actor: str, **payload: Any) -> dict[str, Any]:
    """An outbox row for ``NEW_MESSAGE``: ``add_message`` without an ORM object (the upload path)."""
    return {"actor": actor, "payload": payload, "created_at": utcnow(), "attempts": 0}


NEW_MESSAGE = insert(core_table(OutboxMessage))


def unsent(session: Session, limit: int = 100) -> Sequence[OutboxMessage]:
    """The oldest unsent rows, locked so that a second relay skips them (PostgreSQL; no-op on SQLite)."""
    query = (
        select(OutboxMessage)
        .where(col(OutboxMessage.sent_at).is_(None))
        .order_by(col(OutboxMessage.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return session.exec(query).all()


def unsent_count(session: Session) -> int:
    query = select(func.count()).select_from(OutboxMessage).where(col(OutboxMessage.sent_at).is_(None))
    return int(session.exec(query).one())


def mark_sent(session: Session, row: OutboxMessage) -> None:
    row.sent_at = utcnow()
    session.add(row)


def mark_failed(session: Session, row: OutboxMessage, error: str) -> None:
    row.attempts += 1
    row.last_error = error[:500]
    session.add(row)
