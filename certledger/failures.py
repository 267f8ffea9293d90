"""Failed documents and dead letters: listed for ``certledger failed``, put back by ``certledger requeue``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from certledger.outbox import PROCESS_DOCUMENT, REBUILD_LEDGER, add_message
from certledger.submission import request_processing
from certledger.tables import Application, DeadLetter, Document, utcnow


@dataclass(frozen=True)
class FailedDocument:
    document_id: int
    applicant_id: str
    file: str
    code: str
    message: str


@dataclass(frozen=True)
class DeadMessage:
    id: int
    actor: str
    payload: dict[str, object]
    error: str


def failed_documents(session: Session) -> list[FailedDocument]:
    query = (
        select(Document, Application)
        .join(Application, col(Application.id) == col(Document.application_id))
        .where(Document.state == "failed")
        .order_by(col(Application.applicant_id), col(Document.file_name))
    )
    return [
        FailedDocument(
            d.id or 0, a.applicant_id, d.file_name, d.error_code or "failed", d.error_message or ""
        )
        for d, a in session.exec(query)
    ]


def dead_letters(session: Session) -> list[DeadMessage]:
    """Messages that failed for good and were not requeued since."""
    query = select(DeadLetter).where(col(DeadLetter.requeued_at).is_(None)).order_by(col(DeadLetter.id))
    return [DeadMessage(r.id or 0, r.actor, dict(r.payload), r.error) for r in session.exec(query)]


def requeue(session: Session, document_ids: Sequence[int] | None = None) -> list[int]:
    """Queue failed documents again (these, or all of them) and dead letters; returns the documents queued."""
    docs = failed_documents(session)
    wanted = {d.document_id for d in docs} if document_ids is None else set(document_ids)
    queued: set[int] = set()
    for row in session.exec(select(DeadLetter).where(col(DeadLetter.requeued_at).is_(None))).all():
        doc_id = row.payload.get("document_id")
        if row.actor == PROCESS_DOCUMENT and isinstance(doc_id, int):
            if document_ids is not None and doc_id not in wanted:
                continue
            wanted.add(doc_id)
        elif row.actor == REBUILD_LEDGER and document_ids is None:
            app_id = row.payload.get("application_id")
            if isinstance(app_id, int) and session.get(Application, app_id) is not None:
                # Its request is still outstanding, so request_rebuild would not write a message.
                add_message(session, REBUILD_LEDGER, application_id=app_id)
        row.requeued_at = utcnow()
        session.add(row)
    for doc_id in sorted(wanted):
        if session.get(Document, doc_id) is not None:
            request_processing(session, doc_id)
            queued.add(doc_id)
    return sorted(queued)
