"""``certledger worker``: dramatiq worker processes on Redis, sized to the cores, plus the outbox relay.

The dramatiq processes are a child command (``python -m dramatiq workers.actors``), started with
PROMETHEUS_MULTIPROC_DIR set so that this process can serve their counters with its own gauges.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from types import FrameType

from certledger.db import make_engine
from certledger.settings import Settings


def dramatiq_command(processes: int, threads: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "dramatiq",
        "workers.actors",
        "--processes",
        str(processes),
        "--threads",
        str(threads),
    ]


def run_worker(settings: Settings, processes: int, threads: int) -> int:
    """Run until the dramatiq processes exit (SIGTERM or SIGINT stops them gracefully)."""
    metrics_dir = tempfile.mkdtemp(prefix="certledger-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir  # before prometheus_client is imported
    from workers.actors import ACTORS
    from workers.broker import bind, make_broker
    from workers.relay import Relay

    engine = make_engine(settings.sqlalchemy_url())
    broker = make_broker(settings)
    bind(broker, ACTORS)  # the relay looks up each message's actor (its queue) on this broker
    if settings.metrics_port:
        _serve_metrics(settings, engine, broker, metrics_dir)
    relay = Relay(engine, broker, settings.relay_interval_s)
    relay.start()
    child = subprocess.Popen(dramatiq_command(processes, threads), env=os.environ.copy())

    def forward(signum: int, _frame: FrameType | None) -> None:
        child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    try:
        return child.wait()
    finally:
        relay.stop()
        engine.dispose()


def _serve_metrics(settings: Settings, engine: object, broker: object, metrics_dir: str) -> None:
    from prometheus_client import CollectorRegistry, start_http_server
    from prometheus_client.multiprocess import MultiProcessCollector

    from workers.metrics import QueueDepth, StateCollector

    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=metrics_dir)  # type: ignore[no-untyped-call]
    client = getattr(broker, "client", None)
    depth = QueueDepth(client, settings.redis_namespace) if client is not None else None
    registry.register(StateCollector(engine, depth))  # type: ignore[arg-type]
    start_http_server(settings.metrics_port, registry=registry)
