"""Events for webhooks, recorded in the caller's transaction: an event exists only if its cause does.

    emit(session, event_type, application_id, data) -> Event

``event_type`` is one of ``EVENT_TYPES`` (anything else raises ``UnknownEventType``); ``data`` is a
JSON-able dict of ids and values, never personal data. Each registered webhook gets a pending
``WebhookDelivery`` in the same transaction; ``certledger.webhooks.Deliverer`` POSTs them after
commit. Emitted by ``certledger.pipeline``:

- ``document.failed``: ``{"document_id", "error_code", "error_message"}``
- ``ledger.ready``: ``{"eligible", "additional_hours_credited", "requirements"}`` after every rebuild
- ``review.completed``: emitted by the reviewer UI when a reviewer finishes an application, e.g.
  ``emit(session, "review.completed", app_id, {"reviewer_id": ..., "decisions": n})``.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from certledger.tables import Event, Webhook, WebhookDelivery

EVENT_TYPES: tuple[str, ...] = ("ledger.ready", "document.failed", "review.completed")


class UnknownEventType(ValueError):
    """An event type outside ``EVENT_TYPES``."""


def emit(session: Session, event_type: str, application_id: int | None, data: dict[str, Any]) -> Event:
    """Record the event and a pending delivery to every webhook; the caller commits."""
    if event_type not in EVENT_TYPES:
        raise UnknownEventType(f"unknown event type {event_type!r}; known: {', '.join(EVENT_TYPES)}")
    event = Event(type=event_type, application_id=application_id, data=data)
    session.add(event)
    session.flush()
    assert event.id is not None
    for hook_id in session.exec(select(Webhook.id)).all():
        assert hook_id is not None
        session.add(WebhookDelivery(webhook_id=hook_id, event_id=event.id))
    return event
