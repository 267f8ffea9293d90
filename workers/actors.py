"""The actors: one per stage hand-off, each a thin call into ``certledger.pipeline``.

Idempotent (a message delivered twice leaves one set of items, one ledger). Transient errors
(database or broker hiccups, OCR timeouts) raise and are retried with backoff up to
``max_retries``; permanent ones are declared in ``throws`` and fail at once.
"""

from __future__ import annotations

from typing import Any

import dramatiq
from dramatiq.middleware import CurrentMessage

import workers.broker  # noqa: F401  (sets the broker before the actors below are declared)
from certledger.blobs import BlobCorrupt, BlobNotFound
from certledger.outbox import PROCESS_DOCUMENT, REBUILD_LEDGER
from certledger.pipeline import finish_document, rebuild_requested, start_document
from workers import metrics
from workers.runtime import current

PERMANENT = (BlobNotFound, BlobCorrupt)


def _final_attempt() -> bool:
    message = CurrentMessage.get_current_message()
    if message is None:  # called directly, not by a worker
        return True
    return int(message.options.get("retries", 0)) >= current().settings.max_retries


@dramatiq.actor(actor_name=PROCESS_DOCUMENT, throws=PERMANENT, time_limit=3_600_000)
def process_document(document_id: int) -> None:
    """Read one document and save it; its ledger rebuild is requested in the same transaction."""
    rt = current()
    job = start_document(rt.engine, document_id, rt.store, rt.catalog)
    if job is None:
        return  # already current: a second delivery
    outcome = rt.read(job)
    metrics.document_read(outcome)
    finish_document(rt.engine, outcome, rt.catalog.sha256, final=_final_attempt())


@dramatiq.actor(actor_name=REBUILD_LEDGER, time_limit=600_000)
def rebuild_ledger(application_id: int) -> None:
    """Rebuild one application's ledger when a rebuild is outstanding (coalesced, serialised)."""
    rt = current()
    rebuild_requested(rt.engine, application_id, rt.policy)


ACTORS: list[dramatiq.Actor[..., Any]] = [process_document, rebuild_ledger]
