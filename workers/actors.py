"""The actors: one per stage hand-off, each a thin call into ``certledger.pipeline``.

Idempotent (a message delivered twice leaves one set of items, one ledger). Transient errors
(database or broker hiccups, OCR timeouts, a reader process that died) raise and are retried with
backoff up to ``max_retries``; permanent ones are declared in ``throws`` and fail at once.
"""

from __future__ import annotations

from typing import Any

import dramatiq
from dramatiq.middleware import CurrentMessage

import workers.broker  # noqa: F401  (sets the broker before the actors below are declared)
from certledger.blobs import BlobCorrupt, BlobNotFound
from certledger.outbox import MERGE_DOCUMENT, PROCESS_DOCUMENT, READ_PAGE_RANGE, REBUILD_LEDGER
from certledger.pages import page_ranges
from certledger.pipeline import (
    DocumentOutcome,
    finish_document,
    merge_in_pool,
    range_job,
    read_in_pool,
    read_range_in_pool,
    rebuild_requested,
    save_page_range,
    split_document,
    start_document,
    stored_pages,
)
from workers import metrics
from workers.runtime import current

PERMANENT = (BlobNotFound, BlobCorrupt)
HOUR_MS = 3_600_000


def _final_attempt() -> bool:
    message = CurrentMessage.get_current_message()
    if message is None:  # called directly, not by a worker
        return True
    return int(message.options.get("retries", 0)) >= current().settings.max_retries


def _finish(outcome: DocumentOutcome) -> None:
    rt = current()
    metrics.document_read(outcome)
    finish_document(rt.engine, outcome, rt.current_catalog().sha256, final=_final_attempt())


@dramatiq.actor(actor_name=PROCESS_DOCUMENT, throws=PERMANENT, time_limit=HOUR_MS)
def process_document(document_id: int) -> None:
    """Read one document and save it (a large PDF: split into page-range jobs instead)."""
    rt = current()
    job = start_document(rt.engine, document_id, rt.store, rt.current_catalog())
    if job is None:
        return  # already current: a second delivery
    ranges = page_ranges(job.path, rt.settings.split_pages)
    if ranges:
        split_document(rt.engine, document_id, ranges)
        return
    _finish(rt.run(read_in_pool, job))


@dramatiq.actor(actor_name=READ_PAGE_RANGE, throws=PERMANENT, time_limit=HOUR_MS)
def read_page_range(document_id: int, first: int, last: int, total: int) -> None:
    """Read pages ``first..last`` of a large PDF; the last range to finish queues the merge."""
    rt = current()
    job = range_job(rt.engine, document_id, rt.store)
    if job is None:
        return  # failed or done meanwhile
    pages = rt.run(read_range_in_pool, job, first, last)
    if isinstance(pages, DocumentOutcome):
        _finish(pages)  # unreadable: the whole document fails with the reason
        return
    save_page_range(rt.engine, document_id, pages, total)


@dramatiq.actor(actor_name=MERGE_DOCUMENT, throws=PERMANENT, time_limit=HOUR_MS)
def merge_document(document_id: int) -> None:
    """Parse a large PDF from its pages read in ranges, and save it like any document."""
    rt = current()
    job = range_job(rt.engine, document_id, rt.store)
    if job is None:
        return
    _finish(rt.run(merge_in_pool, job, stored_pages(rt.engine, document_id)))


@dramatiq.actor(actor_name=REBUILD_LEDGER, time_limit=600_000)
def rebuild_ledger(application_id: int) -> None:
    """Rebuild one application's ledger when a rebuild is outstanding (coalesced, serialised)."""
    rt = current()
    rebuild_requested(rt.engine, application_id, rt.policy)


ACTORS: list[dramatiq.Actor[..., Any]] = [process_document, read_page_range, merge_document, rebuild_ledger]
