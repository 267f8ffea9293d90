"""Prometheus metrics: messages processed and failed, page OCR time, queue depth, documents by state.

Counters live in each worker process; ``certledger worker`` points its dramatiq processes at one
multiprocess directory (``PROMETHEUS_MULTIPROC_DIR``) and serves them all, plus gauges read from
the database and the broker at scrape time, on ``CERTLEDGER_METRICS_PORT``.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import Engine
from sqlmodel import Session, func, select

from certledger.outbox import unsent_count
from certledger.pipeline import DocumentOutcome
from certledger.tables import DeadLetter, Document

MESSAGES = Counter("certledger_messages_processed_total", "Worker messages processed", ["actor"])
ERRORS = Counter(
    "certledger_message_errors_total", "Worker messages that raised (retried or dead)", ["actor"]
)
DOCUMENTS_READ = Counter("certledger_documents_read_total", "Documents read by this worker", ["result"])
PAGE_SECONDS = Histogram(
    "certledger_page_ocr_seconds",
    "Reading time per page of a document (OCR where the page needed it)",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64),
)


def message_done(actor: str) -> None:
    MESSAGES.labels(actor).inc()


def message_error(actor: str) -> None:
    ERRORS.labels(actor).inc()


def document_read(outcome: DocumentOutcome) -> None:
    DOCUMENTS_READ.labels("done" if outcome.doc is not None else "failed").inc()
    if outcome.doc is not None and outcome.doc.pages:
        per_page = outcome.seconds / outcome.doc.pages
        for _ in range(outcome.doc.pages):
            PAGE_SECONDS.observe(per_page)


class StateCollector(Collector):
    """Gauges read at scrape time: they hold for the whole cluster, not one process."""

    def __init__(self, engine: Engine, queue_depth: QueueDepth | None = None) -> None:
        self.engine = engine
        self.queue_depth = queue_depth

    def collect(self) -> Iterator[Metric]:
        with Session(self.engine) as session:
            docs = GaugeMetricFamily("certledger_documents", "Documents by state", labels=["state"])
            query = select(Document.state, func.count()).group_by(Document.state)
            for state, n in session.exec(query):
                docs.add_metric([state], n)
            yield docs
            yield GaugeMetricFamily(
                "certledger_outbox_unsent",
                "Outbox messages not yet sent to the broker",
                value=unsent_count(session),
            )
            dead = session.exec(select(func.count()).select_from(DeadLetter)).one()
            yield GaugeMetricFamily("certledger_dead_letters", "Messages that failed for good", value=dead)
        if self.queue_depth is not None:
            yield GaugeMetricFamily(
                "certledger_queue_depth", "Messages waiting in the broker's queue", value=self.queue_depth()
            )


class QueueDepth:
    """Messages waiting in a Redis broker's default queue."""

    def __init__(self, client: object, namespace: str, queue: str = "default") -> None:
        self.client = client
        self.key = f"{namespace}:{queue}.msgs"

    def __call__(self) -> float:
        return float(self.client.hlen(self.key))  # type: ignore[attr-defined]
