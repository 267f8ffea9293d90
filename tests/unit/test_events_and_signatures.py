"""Webhook signatures and event types, without a server."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from sqlmodel import Session, SQLModel, create_engine

from certledger.events import UnknownEventType, emit
from certledger.settings import Settings
from certledger.webhooks import backoff_s, sign, verify


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    """t=<unix>,v1=<hex of HMAC-SHA256(secret, "<t>.<body>")>."""
    expected = hmac.new(b"k", b"1700000000.{}", hashlib.sha256).hexdigest()
    assert sign("k", 1700000000, b"{}") == f"t=1700000000,v1={expected}"


@pytest.mark.parametrize(
    ("secret", "body", "now", "ok"),
    [
        pytest.param("k", b"{}", 1700000100, True, id="good"),
        pytest.param("x", b"{}", 1700000100, False, id="wrong secret"),
        pytest.param("k", b"{ }", 1700000100, False, id="changed body"),
        pytest.param("k", b"{}", 1700001000, False, id="too old"),
    ],
)
def test_verify(secret: str, body: bytes, now: float, ok: bool) -> None:
    """verify accepts only the same secret, the same body and a recent timestamp."""
    assert verify(secret, sign("k", 1700000000, b"{}"), body, now=now) == ok


def test_backoff_doubles_up_to_the_cap() -> None:
    """5, 10, 20, ... seconds, never more than the maximum."""
    s = Settings(webhook_min_backoff_s=5, webhook_max_backoff_s=30)
    assert [backoff_s(n, s) for n in range(1, 6)] == [5, 10, 20, 30, 30]


def test_an_unknown_event_type_raises() -> None:
    """Only ledger.ready, document.failed and review.completed exist."""
    engine = create_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session, pytest.raises(UnknownEventType):
        emit(session, "ledger.rebuilt", 1, {})
