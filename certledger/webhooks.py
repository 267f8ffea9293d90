"""Webhook delivery: signed POSTs of recorded events, retried with exponential backoff, every attempt logged.

Signature: header ``Certledger-Signature: t=<unix seconds>,v1=<hex>`` where ``hex`` is
HMAC-SHA256(secret, f"{t}.{body}"). A receiver recomputes it over the raw body (``verify``) and
refuses old timestamps (replays).

``Deliverer`` runs in ``certledger serve`` and ``certledger worker``: it claims due deliveries
(``FOR UPDATE SKIP LOCKED`` on PostgreSQL, and a lease: several deliverers never send one at once),
POSTs them and records the attempt.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import TracebackType
from urllib.parse import urlsplit

import httpx
from sqlalchemy import Engine
from sqlmodel import col, select

from certledger.db import session_scope
from certledger.settings import Settings
from certledger.tables import DeliveryAttempt, Event, Webhook, WebhookDelivery, utcnow

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "Certledger-Signature"
LEASE_S = 120.0  # a claimed delivery is not claimed again for this long (its sender died?)


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The ``Certledger-Signature`` header value of ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(secret: str, header: str, body: bytes, *, now: float, tolerance_s: float = 300.0) -> bool:
    """True when ``header`` signs ``body`` with ``secret`` and its timestamp is within the tolerance."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    expected = sign(secret, timestamp, body).split("v1=", 1)[1]
    return abs(now - timestamp) <= tolerance_s and hmac.compare_digest(expected, parts.get("v1", ""))


def backoff_s(attempts: int, settings: Settings) -> float:
    """Delay after the ``attempts``-th failed POST: the minimum, doubled each time, capped."""
    return float(
        min(settings.webhook_min_backoff_s * 2 ** max(attempts - 1, 0), settings.webhook_max_backoff_s)
    )


@dataclass(frozen=True)
class DeliveryJob:
    delivery_id: int
    url: str
    secret: str
    event_type: str
    body: bytes


@dataclass(frozen=True)
class AttemptResult:
    status_code: int | None
    error: str | None
    duration_ms: float

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def event_body(event: Event) -> bytes:
    payload = {
        "id": event.id,
        "type": event.type,
        "created_at": event.created_at.isoformat(),
        "application_id": event.application_id,
        "data": event.data,
    }
    return json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()


def claim_due(engine: Engine, now: datetime, limit: int = 20) -> list[DeliveryJob]:
    """Due pending deliveries, leased to this caller (their next attempt moved past the lease)."""
    query = (
        select(WebhookDelivery, Webhook, Event)
        .join(Webhook, col(Webhook.id) == col(WebhookDelivery.webhook_id))
        .join(Event, col(Event.id) == col(WebhookDelivery.event_id))
        .where(WebhookDelivery.state == "pending", col(WebhookDelivery.next_attempt_at) <= now)
        .order_by(col(WebhookDelivery.next_attempt_at))
        .limit(limit)
        .with_for_update(skip_locked=True, of=WebhookDelivery)
    )
    jobs = []
    with session_scope(engine) as session:
        for delivery, hook, event in session.exec(query).all():
            assert delivery.id is not None
            delivery.next_attempt_at = now + timedelta(seconds=LEASE_S)
            session.add(delivery)
            jobs.append(DeliveryJob(delivery.id, hook.url, hook.secret, event.type, event_body(event)))
    return jobs


def post(client: httpx.Client, job: DeliveryJob) -> AttemptResult:
    started = time.monotonic()
    headers = {
        "Content-Type": "application/json",
        "Certledger-Event": job.event_type,
        "Certledger-Delivery": str(job.delivery_id),
        SIGNATURE_HEADER: sign(job.secret, int(time.time()), job.body),
    }
    try:
        response = client.post(job.url, content=job.body, headers=headers)
    except httpx.HTTPError as exc:
        return AttemptResult(None, f"{type(exc).__name__}: {exc}"[:500], _ms(started))
    return AttemptResult(response.status_code, None, _ms(started))


def record(engine: Engine, job: DeliveryJob, result: AttemptResult, settings: Settings) -> str:
    """Log the attempt; the delivery is delivered, failed for good, or due again after the backoff."""
    with session_scope(engine) as session:
        delivery = session.get(WebhookDelivery, job.delivery_id)
        if delivery is None:  # its webhook was deleted meanwhile
            return "gone"
        now = utcnow()
        session.add(
            DeliveryAttempt(
                delivery_id=job.delivery_id,
                at=now,
                status_code=result.status_code,
                error=result.error,
                duration_ms=result.duration_ms,
            )
        )
        delivery.attempts += 1
        if result.ok:
            delivery.state, delivery.delivered_at = "delivered", now
        elif delivery.attempts >= settings.webhook_max_attempts:
            delivery.state = "failed"
        else:
            delivery.next_attempt_at = now + timedelta(seconds=backoff_s(delivery.attempts, settings))
        session.add(delivery)
        state = delivery.state
    log.info("webhook delivery %s attempt: %s -> %s", job.delivery_id, result.status_code or "error", state)
    return state


def non_public_address(url: str) -> str | None:
    """Why ``url``'s host is not a public address (loopback, private, link-local...), else None.

    A host name is resolved and every address it gives is checked; one that does not resolve is
    left to fail at delivery.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or 443, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return None
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    for address in addresses:
        if not address.is_global:
            return f"{host} is {address}, not a public address"
    return None


def deliver_due(engine: Engine, client: httpx.Client, settings: Settings) -> int:
    """One round: POST every due delivery once; returns how many were attempted."""
    jobs = claim_due(engine, utcnow())
    for job in jobs:
        # Checked again at each delivery: a name may resolve elsewhere than when it was registered.
        refused = None if settings.webhook_allow_private else non_public_address(job.url)
        result = AttemptResult(None, f"refused: {refused}", 0.0) if refused else post(client, job)
        record(engine, job, result, settings)
    return len(jobs)


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)


class Deliverer:
    """``deliver_due`` in a thread every ``webhook_poll_s``: ``with Deliverer(engine, settings): ...``."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="webhook-deliverer", daemon=True)

    def _run(self) -> None:
        with httpx.Client(timeout=self.settings.webhook_timeout_s, follow_redirects=False) as client:
            while not self._stop.is_set():
                try:
                    busy = deliver_due(self.engine, client, self.settings)
                except Exception:  # the database went away: try again next round
                    log.exception("webhook delivery round failed")
                    busy = 0
                if not busy:
                    self._stop.wait(self.settings.webhook_poll_s)

    def start(self) -> Deliverer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.settings.webhook_timeout_s + 5)

    def __enter__(self) -> Deliverer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
