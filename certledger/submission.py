"""The submission interface: what the CLI, the API and the UI call to put work in front of the workers.

Each function only writes rows in the caller's session (the caller commits): document rows, blobs,
and outbox messages. Nothing reaches the broker before the transaction commits; the relay sends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, or_
from sqlmodel import Session, col, select

from certledger.blobs import BlobStore
from certledger.db import append_audit, insert_audit, insert_if_absent, locked_row
from certledger.outbox import PROCESS_DOCUMENT, REBUILD_LEDGER, add_message, insert_message
from certledger.tables import Application, Document, LedgerRequest, OutboxMessage, utcnow
from classify.catalog import Catalog
from extract.errors import ExtractError
from extract.sniff import SNIFF_BYTES, sniff_media_type
from extract.types import EXTRACTOR_VERSION
from ingest.manifest import ApplicationManifest

ACTOR = "pipeline"
# Failures a second attempt can cure (an infrastructure hiccup, not the document): re-queued on re-run.
RETRYABLE_CODES = frozenset({"ocr_unavailable", "ocr_timeout", "worker_crashed"})


@dataclass(frozen=True)
class DocumentFailure:
    """One document that could not be read, and why."""

    applicant_id: str
    file: str
    code: str
    message: str


@dataclass(frozen=True)
class Submission:
    """What became of one submitted file."""

    document_id: int | None
    duplicate_of: str | None = None  # the file name of the document these bytes already are
    already_done: bool = False  # current with this extractor and catalog: not processed again
    failure: DocumentFailure | None = None  # the stored failure of an already-done document


def upsert_application(session: Session, manifest: ApplicationManifest) -> Application:
    """The application of ``manifest``, created or updated (the newest manifest holds); audited."""
    fields: dict[str, Any] = {
        "name": manifest.name,
        "agency": manifest.agency,
        "sro_start_date": manifest.sro_start_date,
        "currently_employed": manifest.currently_employed,
        "application_date": manifest.application_date,
    }
    app = session.exec(select(Application).where(Application.applicant_id == manifest.applicant_id)).first()
    if app is None:
        app = Application.model_validate({"applicant_id": manifest.applicant_id, **fields})
        session.add(app)
        session.flush()
        audit(session, app.id, "application", app.id, "created", None, _jsonable(fields))
        return app
    before = {k: getattr(app, k) for k in fields}
    if before != fields:  # the manifest is the application's statement: the newest one holds
        for key, value in fields.items():
            setattr(app, key, value)
        session.add(app)
        audit(session, app.id, "application", app.id, "updated", _jsonable(before), _jsonable(fields))
    return app


def submit_file(
    session: Session, app: Application, file_name: str, data: bytes, store: BlobStore, catalog: Catalog
) -> Submission:
    """Store the blob, create or reuse the document row, and queue it (outbox) when it needs reading.

    The same bytes twice are one document (``duplicate_of`` names the first); a file already read by
    this extractor against this catalog is not read again (``already_done``); other bytes under a
    known name replace the old document.
    """
    assert app.id is not None
    sha = store.put(data)
    # One query tells the usual case (new bytes, new name) from a duplicate or a replacement; the
    # usual case is then three plain INSERTs: no ORM objects or flushes (most of an upload's CPU).
    same = select(col(Document.id), col(Document.blob_sha256)).where(
        Document.application_id == app.id,
        or_(col(Document.blob_sha256) == sha, col(Document.file_name) == file_name),
    )
    known = session.exec(same).all()
    duplicate = next((row_id for row_id, row_sha in known if row_sha == sha), None)
    if duplicate is not None:
        doc = session.get_one(Document, duplicate)
        duplicate_of = doc.file_name if doc.file_name != file_name else None
        if is_current(doc, catalog):
            return Submission(doc.id, duplicate_of, True, _failure(app, doc))
        if doc.state not in ("queued", "processing"):  # stale: read again
            _queue(session, doc)
        return Submission(doc.id, duplicate_of)
    if known:
        _drop_replaced(session, app, file_name, sha)
    now = utcnow()
    new = insert(Document).values(
        application_id=app.id,
        file_name=file_name,
        blob_sha256=sha,
        media_type=_media_type(data),
        state="queued",
        created_at=now,
        updated_at=now,
    )
    doc_id: int = session.exec(new.returning(col(Document.id))).scalar_one()
    after = {"file": file_name, "sha256": sha}
    insert_audit(session, ACTOR, "document", doc_id, "added", after, app.id)
    insert_message(session, PROCESS_DOCUMENT, document_id=doc_id)
    return Submission(doc_id)


def request_processing(session: Session, document_id: int) -> None:
    """Queue a document to be read again (after a catalog change, or a requeue of a failure)."""
    _queue(session, session.get_one(Document, document_id))


def request_rebuild(session: Session, application_id: int) -> None:
    """Ask for a rebuild of the application's ledger (e.g. after a reviewer decision).

    Coalesced: a message is written only when no rebuild is outstanding; the one outstanding builds
    whatever was requested by the time it runs. The request row is locked first: a rebuild marking
    it built while this transaction decided against a message would leave the request unserved.
    """
    insert_if_absent(session, LedgerRequest, application_id=application_id)
    row = locked_row(session, LedgerRequest, col(LedgerRequest.application_id) == application_id)
    if row is None:  # inserted above, so only a concurrent delete of the application gets here
        raise LookupError(f"application {application_id} is gone")
    if row.requested == row.built:
        add_message(session, REBUILD_LEDGER, application_id=application_id)
    row.requested += 1
    row.updated_at = utcnow()
    session.add(row)
    session.flush()


def is_current(doc: Document, catalog: Catalog) -> bool:
    """Read by this extractor against this catalog, and not a failure worth retrying."""
    same = doc.extractor_version == EXTRACTOR_VERSION and doc.catalog_sha256 == catalog.sha256
    if doc.state == "done":
        return same
    return doc.state == "failed" and same and doc.error_code not in RETRYABLE_CODES


def audit(
    session: Session,
    application_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    append_audit(
        session,
        actor=ACTOR,
        entity=entity,
        entity_id=str(entity_id),
        action=action,
        before=before,
        after=after,
        application_id=application_id,
    )


def _queue(session: Session, doc: Document) -> None:
    assert doc.id is not None
    doc.state = "queued"
    doc.updated_at = utcnow()
    session.add(doc)
    add_message(session, PROCESS_DOCUMENT, document_id=doc.id)
    session.flush()


def _failure(app: Application, doc: Document) -> DocumentFailure | None:
    if doc.state != "failed":
        return None
    return DocumentFailure(
        app.applicant_id, doc.file_name, doc.error_code or "failed", doc.error_message or ""
    )


def _document_by(session: Session, application_id: int, condition: Any) -> Document | None:
    query = select(Document).where(Document.application_id == application_id, condition)
    return session.exec(query).first()


def _drop_replaced(session: Session, app: Application, file_name: str, sha: str) -> None:
    """A file uploaded again under its name with other bytes replaces the old document."""
    assert app.id is not None
    old = _document_by(session, app.id, Document.file_name == file_name)
    # The same bytes under the name are a concurrent upload of this very file, committed since the
    # lookup by hash (PostgreSQL reads each statement afresh): inserting then fails on the unique
    # hash, and the caller's retry finds it. Deleting it would answer two ids for one file.
    if old is not None and old.blob_sha256 != sha:
        audit(session, app.id, "document", old.id, "replaced", {"sha256": old.blob_sha256}, None)
        session.delete(old)
        session.flush()


def _media_type(data: bytes) -> str:
    try:
        return sniff_media_type(data[:SNIFF_BYTES])
    except ExtractError:
        return "application/octet-stream"  # extraction fails it with the reason


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}


def requeue_unfinished(session: Session) -> int:
    """Queue again what no unsent message covers: documents left queued or being read, ledgers left
    dirty. For an embedded worker starting up, whose in-memory queue died with its process."""
    pending = list(session.exec(select(OutboxMessage).where(col(OutboxMessage.sent_at).is_(None))))
    covered_docs = {m.payload.get("document_id") for m in pending if m.actor == PROCESS_DOCUMENT}
    covered_apps = {m.payload.get("application_id") for m in pending if m.actor == REBUILD_LEDGER}
    n = 0
    unfinished = select(Document).where(col(Document.state).in_(("queued", "processing")))
    for doc in session.exec(unfinished).all():
        if doc.id not in covered_docs:
            _queue(session, doc)
            n += 1
    dirty = select(LedgerRequest).where(col(LedgerRequest.built) < col(LedgerRequest.requested))
    for row in session.exec(dirty).all():
        if row.application_id not in covered_apps:
            add_message(session, REBUILD_LEDGER, application_id=row.application_id)
            n += 1
    return n
