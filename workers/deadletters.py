"""Dead letters: a message that failed for good is recorded in the database, its document failed.

``certledger failed`` lists them; ``certledger requeue`` puts them back through the outbox.
"""

from __future__ import annotations

import logging
from typing import Any

import dramatiq
from dramatiq.middleware import Middleware

from certledger.blobs import BlobNotFound
from certledger.db import session_scope
from certledger.outbox import MERGE_DOCUMENT, PROCESS_DOCUMENT, READ_PAGE_RANGE
from certledger.pipeline import RetryableFailure, fail_document
from certledger.tables import DeadLetter
from workers import metrics
from workers.runtime import current

log = logging.getLogger(__name__)


def failure_code(exception: BaseException) -> str:
    if isinstance(exception, RetryableFailure):
        return exception.code
    if isinstance(exception, BlobNotFound):
        return "blob_missing"
    return "retries_exhausted"


class DeadLetters(Middleware):
    """Its after-hook runs after Retries': ``message.failed`` then means no attempt is left."""

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        if exception is None:
            metrics.message_done(message.actor_name)
            return
        metrics.message_error(message.actor_name)
        if not message.failed:
            return
        error = f"{type(exception).__name__}: {exception}"
        try:
            record(message.actor_name, dict(message.kwargs), failure_code(exception), error)
        except Exception:  # the database is down too: dramatiq's own dead-letter queue keeps the message
            log.exception("could not record dead letter %s", message.message_id)


def record(actor: str, payload: dict[str, Any], code: str, error: str) -> None:
    rt = current()
    with session_scope(rt.engine) as session:
        session.add(DeadLetter(actor=actor, payload=payload, error=error[:2000]))
    if actor in (PROCESS_DOCUMENT, READ_PAGE_RANGE, MERGE_DOCUMENT):
        fail_document(rt.engine, int(payload["document_id"]), code, error, rt.current_catalog().sha256)
