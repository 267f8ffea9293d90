"""The submission interface: what the CLI, the API and the UI call to put work in front of the workers.

Each function only writes rows in the caller's session (the caller commits): document rows, blobs,
and outbox messages. Nothing reaches the broker before the transaction commits; the relay sends it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, insert, or_
from sqlmodel import Session, col, select

from certledger.blobs import BlobStore
from certledger.db import NEW_AUDIT, append_audit, audit_values, core_table, insert_if_absent, locked_row
from certledger.outbox import NEW_MESSAGE, PROCESS_DOCUMENT, REBUILD_LEDGER, add_message, message_values
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
    return submit_stored(session, app.id, file_name, sha, media_type_of(data), catalog)


def submit_stored(
    session: Session,
    application_id: int,
    file_name: str,
    sha: str,
    media_type: str,
    catalog: Catalog,
    later: NewRows | None = None,
) -> Submission:
    """``submit_file`` for bytes already in the blob store under ``sha`` (the API stores a batch's
    blobs first, then writes all their rows in one transaction). With ``later``, a new document's
    audit and outbox rows are added there, for the caller to insert before it commits."""
    # One query tells the usual case (new bytes, new name) from a duplicate or a replacement; the
    # usual case is then three plain INSERTs on the session's connection: no ORM objects, flushes or
    # ORM statement handling (most of an upload's CPU). The statements are built once (compiled once).
    connection = session.connection()
    same = {"application_id": application_id, "sha": sha, "file_name": file_name}
    known = connection.execute(_SAME_BYTES_OR_NAME, same).all()
    duplicate = next((row_id for row_id, row_sha in known if row_sha == sha), None)
    if duplicate is not None:
        doc = session.get_one(Document, duplicate)
        duplicate_of = doc.file_name if doc.file_name != file_name else None
        if is_current(doc, catalog):
            app = session.get_one(Application, application_id)
            return Submission(doc.id, duplicate_of, True, _failure(app, doc))
        if doc.state not in ("queued", "processing"):  # stale: read again
            _queue(session, doc)
        return Submission(doc.id, duplicate_of)
    if known:
        _drop_replaced(session, application_id, file_name, sha)
    now = utcnow()
    new = {
        "application_id": application_id,
        "file_name": file_name,
        "blob_sha256": sha,
        "media_type": media_type,
        "state": "queued",
        "created_at": now,
        "updated_at": now,
    }
    doc_id: int = connection.execute(_NEW_DOCUMENT, new).scalar_one()
    after = {"file": file_name, "sha256": sha}
    rows = NewRows() if later is None else later
    rows.audit.append(audit_values(ACTOR, "document", doc_id, "added", None, after, application_id, None))
    rows.outbox.append(message_values(PROCESS_DOCUMENT, document_id=doc_id))
    if later is None:
        rows.insert(session)
    return Submission(doc_id)


@dataclass
class NewRows:
    """Audit and outbox rows of new documents, inserted together by ``insert``: one statement for
    all of a batch's rows of each table instead of two per document (the API's upload writer)."""

    audit: list[dict[str, Any]] = field(default_factory=list)
    outbox: list[dict[str, Any]] = field(default_factory=list)

    def insert(self, session: Session) -> None:
        connection = session.connection()
        if self.audit:
            connection.execute(NEW_AUDIT, self.audit)
        if self.outbox:
            connection.execute(NEW_MESSAGE, self.outbox)
        self.audit, self.outbox = [], []


_DOCUMENT = core_table(Document)
_SAME_BYTES_OR_NAME = select(_DOCUMENT.c.id, _DOCUMENT.c.blob_sha256).where(
    _DOCUMENT.c.application_id == bindparam("application_id"),
    or_(_DOCUMENT.c.blob_sha256 == bindparam("sha"), _DOCUMENT.c.file_name == bindparam("file_name")),
)
_NEW_DOCUMENT = insert(_DOCUMENT).returning(_DOCUMENT.c.id)


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


def _drop_replaced(session: Session, application_id: int, file_name: str, sha: str) -> None:
    """A file uploaded again under its name with other bytes replaces the old document."""
    old = _document_by(session, application_id, Document.file_name == file_name)
    # The same bytes under the name are a concurrent upload of this very file, committed since the
    # lookup by hash (PostgreSQL reads each statement afresh): inserting then fails on the unique
    # hash, and the caller's retry finds it. Deleting it would answer two ids for one file.
    if old is not None and old.blob_sha256 != sha:
        audit(session, application_id, "document", old.id, "replaced", {"sha256": old.blob_sha256}, None)
        session.delete(old)
        session.flush()


def media_type_of(data: bytes) -> str:
    """The sniffed media type of a file's bytes; a type nothing reads yet fails in extraction."""
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
