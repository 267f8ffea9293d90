"""The outbox relay: sends committed, unsent outbox rows to the broker; survives the broker being down.

A row is marked sent only after the broker took it. When the broker is down the row stays unsent
(its error and attempt count noted) and the relay backs off, then tries again: an upload committed
while Redis was down is enqueued once Redis is back.
"""

from __future__ import annotations

import logging
import threading

import dramatiq
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from certledger.outbox import mark_failed, mark_sent, unsent

log = logging.getLogger(__name__)
MAX_BACKOFF_S = 5.0


def relay_once(engine: Engine, broker: dramatiq.Broker, limit: int = 100) -> int:
    """Send up to ``limit`` unsent rows; returns how many were sent. Raises when the broker is down."""
    sent = 0
    with Session(engine, expire_on_commit=False) as session:
        rows = unsent(session, limit)
        try:
            for row in rows:
                actor = broker.get_actor(row.actor)
                broker.enqueue(actor.message_with_options(kwargs=row.payload))
                mark_sent(session, row)
                sent += 1
        except Exception as exc:
            failed = rows[sent] if sent < len(rows) else None
            if failed is not None and not isinstance(exc, SQLAlchemyError):
                mark_failed(session, failed, f"{type(exc).__name__}: {exc}")
            session.commit()  # what was sent stays sent
            raise
        session.commit()
    return sent


class Relay:
    """``relay_once`` in a loop on a thread, every ``interval_s``, backing off while sends fail."""

    def __init__(self, engine: Engine, broker: dramatiq.Broker, interval_s: float = 0.2) -> None:
        self.engine = engine
        self.broker = broker
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self.run, name="outbox-relay", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Look now (a request just committed a message) rather than at the next tick."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def run(self) -> None:
        delay = self.interval_s
        while not self._stop.is_set():
            try:
                while relay_once(self.engine, self.broker) and not self._stop.is_set():
                    pass  # a full batch: there may be more
                delay = self.interval_s
            except Exception as exc:  # the broker or the database is down: keep the rows, try again
                delay = min(max(delay * 2, 0.5), MAX_BACKOFF_S)
                log.warning("outbox relay: %s: %s (next try in %.1f s)", type(exc).__name__, exc, delay)
            self._wake.wait(delay)
            self._wake.clear()
