"""The embedded default: the same actors, a StubBroker and a dramatiq Worker in this process.

No Redis, no second command: ``certledger ingest`` and ``certledger serve`` start one when no
``REDIS_URL`` is set. Documents are read in a process pool (one process per worker thread), so
the in-process threads use every core. On start it re-queues what an earlier embedded run left
unfinished (its in-memory queue died with it).
"""

from __future__ import annotations

import os
from types import TracebackType

from dramatiq import Worker
from sqlalchemy import Engine

from certledger.db import session_scope
from certledger.pipeline import requeue_unfinished
from certledger.settings import Settings
from workers.actors import ACTORS
from workers.broker import bind, make_broker
from workers.relay import Relay
from workers.runtime import PoolRunner, build_runtime, install


def embedded_threads(settings: Settings) -> int:
    return settings.workers if settings.workers > 0 else os.cpu_count() or 1


class EmbeddedWorker:
    """Relay and actors in-process: ``with EmbeddedWorker(settings): ...`` or ``start()`` / ``stop()``."""

    def __init__(
        self, settings: Settings, *, engine: Engine | None = None, threads: int | None = None
    ) -> None:
        self.settings = settings
        self.threads = threads or embedded_threads(settings)
        self.broker = make_broker(settings, embedded=True)
        self.pool = PoolRunner(settings, self.threads)
        self.own_engine = engine is None
        self.runtime = build_runtime(settings, engine=engine, run=self.pool)
        self.relay = Relay(self.runtime.engine, self.broker, settings.relay_interval_s)
        self.worker: Worker | None = None

    def start(self) -> EmbeddedWorker:
        install(self.runtime)
        bind(self.broker, ACTORS)
        with session_scope(self.runtime.engine) as session:
            requeue_unfinished(session)
        self.worker = Worker(self.broker, worker_threads=self.threads, worker_timeout=100)
        self.worker.start()
        self.relay.start()
        return self

    def wake(self) -> None:
        """A transaction just committed outbox rows: send them now."""
        self.relay.wake()

    def stop(self) -> None:
        self.relay.stop()
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        self.pool.close()
        install(None)
        if self.own_engine:
            self.runtime.engine.dispose()

    def __enter__(self) -> EmbeddedWorker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
