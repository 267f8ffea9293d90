"""The only orchestrator: load -> pure stages -> save. I/O stays at these edges.

Work reaches the workers through the submission interface (``submit_file`` and friends, from
``certledger.submission``): rows and outbox messages in the caller's transaction. The workers'
actors then call the stage functions here, each one idempotent:

- a document: ``start_document`` (claim it, or None when it is already current) -> ``read_document``
  (CPU only: ids and a path in, a value out; runs in a process pool or inline) -> ``finish_document``
  (save it and request a ledger rebuild, in one transaction);
- a ledger: ``rebuild_requested`` (coalesced and serialised per application).

A bulk ingest is ``submit_bundles`` then ``wait_for_batch``, which polls the database.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from certledger import events
from certledger.blobs import BlobStore
from certledger.db import append_audit, locked_row, session_scope
from certledger.ledgers import ApplicantSummary, rebuild_ledger
from certledger.outbox import MERGE_DOCUMENT, READ_PAGE_RANGE, add_message
from certledger.pages import merge_pages, read_page_range
from certledger.records import store_extraction, store_pages
from certledger.submission import (
    RETRYABLE_CODES,
    DocumentFailure,
    Submission,
    is_current,
    request_processing,
    request_rebuild,
    requeue_unfinished,
    submit_file,
    upsert_application,
)
from certledger.tables import Application, Document, LedgerRequest, PageReading, utcnow
from classify.catalog import Catalog, load_catalog
from classify.document import classify_document
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.document import extract_document
from extract.errors import ExtractError
from extract.types import EXTRACTOR_VERSION
from extract.types import Page as ReadPage
from ingest.sources import Bundle
from ingest.types import IngestError
from verify.policy import Policy

__all__ = [
    "ApplicantSummary",
    "BatchProgress",
    "BatchResult",
    "DocumentFailure",
    "DocumentJob",
    "DocumentOutcome",
    "Duplicate",
    "RetryableFailure",
    "Submission",
    "SubmittedBatch",
    "fail_document",
    "finish_document",
    "init_reader_process",
    "merge_in_pool",
    "process_file",
    "range_job",
    "read_document",
    "read_in_pool",
    "read_range_in_pool",
    "rebuild_ledger",
    "rebuild_requested",
    "request_processing",
    "request_rebuild",
    "requeue_unfinished",
    "save_page_range",
    "split_document",
    "start_document",
    "stored_pages",
    "submit_bundles",
    "submit_file",
    "upsert_application",
    "wait_for_batch",
]

ACTOR = "pipeline"


def process_file(path: Path, cfg: ExtractConfig, catalog: Catalog, today: date) -> ClassifiedDocument:
    """Extract and classify one document file."""
    return read_file(path, cfg, catalog, today)[0]


def read_file(
    path: Path, cfg: ExtractConfig, catalog: Catalog, today: date
) -> tuple[ClassifiedDocument, tuple[ReadPage, ...]]:
    """Extract and classify one document file; also its pages as read (words, boxes, engines)."""
    extracted = extract_document(path, cfg)
    return classify_document(extracted, catalog, today), extracted.pages


# --------------------------------------------------------------------------------------------
# Values


class RetryableFailure(RuntimeError):
    """A failure a later attempt may cure (OCR timed out, a worker process died)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


@dataclass(frozen=True)
class Duplicate:
    """A listed file whose bytes are already another document of the same application."""

    applicant_id: str
    file: str
    same_as: str


@dataclass(frozen=True)
class DocumentJob:
    """What reading a document needs: ids and a local path, never file bodies (it crosses processes)."""

    document_id: int
    file_name: str
    path: Path
    catalog: Catalog | None = None  # the catalog in force when claimed (edited in the UI); None: the reader's


@dataclass(frozen=True)
class DocumentOutcome:
    document_id: int
    doc: ClassifiedDocument | None
    error_code: str | None = None
    error_message: str | None = None
    seconds: float = 0.0
    pages: tuple[ReadPage, ...] = ()  # as read, for the reviewer's page view


@dataclass(frozen=True)
class SubmittedBatch:
    """What ``submit_bundles`` registered: the ids to wait for and what to report."""

    application_ids: tuple[int, ...]
    document_ids: tuple[int, ...]  # queued for reading in this run
    failures: tuple[DocumentFailure, ...]  # files that could not even be taken in
    duplicates: tuple[Duplicate, ...]
    skipped: int  # documents already current


@dataclass(frozen=True)
class BatchProgress:
    done: int
    total: int
    pages: int
    failed: int
    elapsed_s: float

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.elapsed_s if self.elapsed_s > 0 else 0.0


@dataclass(frozen=True)
class BatchResult:
    applications: tuple[ApplicantSummary, ...]
    failures: tuple[DocumentFailure, ...]  # every failed document of the touched applications
    duplicates: tuple[Duplicate, ...]
    processed: int  # documents read in this run
    skipped: int  # documents already done with this extractor and catalog
    pages: int
    elapsed_s: float

    @property
    def ok(self) -> bool:
        return not self.failures


ProgressFn = Callable[[BatchProgress], None]


# --------------------------------------------------------------------------------------------
# A batch: submit, then wait


def submit_bundles(
    engine: Engine, bundles: Sequence[Bundle], store: BlobStore, catalog: Catalog
) -> SubmittedBatch:
    """Register every bundle (one transaction per application) and queue what needs reading."""
    app_ids: list[int] = []
    queued: list[int] = []
    failures: list[DocumentFailure] = []
    duplicates: list[Duplicate] = []
    skipped = 0
    for bundle in bundles:
        with session_scope(engine) as session:
            app = upsert_application(session, bundle.manifest)
            assert app.id is not None
            app_ids.append(app.id)
            for file in bundle.files:
                try:
                    data = file.read_bytes()
                except IngestError as exc:
                    failures.append(
                        DocumentFailure(app.applicant_id, file.name, "unreadable_upload", str(exc))
                    )
                    continue
                sub = submit_file(session, app, file.name, data, store, catalog)
                if sub.duplicate_of is not None:
                    duplicates.append(Duplicate(app.applicant_id, file.name, sub.duplicate_of))
                elif sub.already_done:
                    skipped += 1
                elif sub.document_id is not None and sub.document_id not in queued:
                    queued.append(sub.document_id)
            # The manifest may have changed the facts; an unchanged ledger is not rewritten.
            request_rebuild(session, app.id)
    return SubmittedBatch(
        tuple(dict.fromkeys(app_ids)), tuple(queued), tuple(failures), tuple(duplicates), skipped
    )


def wait_for_batch(
    engine: Engine,
    batch: SubmittedBatch,
    progress: ProgressFn | None = None,
    *,
    started: float | None = None,
    poll_s: float = 0.2,
    timeout_s: float | None = None,
) -> BatchResult:
    """Poll the database until every document of ``batch`` is read and every ledger rebuilt."""
    started = time.monotonic() if started is None else started
    report = progress or (lambda _p: None)
    last: BatchProgress | None = None
    while True:
        with Session(engine) as session:
            # Documents first, then ledgers: a document's last save requests its rebuild atomically.
            done, failed, pages = _document_progress(session, batch.document_ids)
            ledgers_built = _ledgers_built(session, batch.application_ids)
        now = BatchProgress(done, len(batch.document_ids), pages, failed, time.monotonic() - started)
        if last is None or (now.done, now.pages) != (last.done, last.pages):
            report(now)
            last = now
        if done == len(batch.document_ids) and ledgers_built:
            break
        if timeout_s is not None and time.monotonic() - started > timeout_s:
            raise TimeoutError(f"batch not done after {timeout_s:g} s: {done}/{len(batch.document_ids)}")
        time.sleep(poll_s)
    with Session(engine) as session:
        summaries = tuple(_summary(session, app_id) for app_id in batch.application_ids)
        stored_failures = _failed_documents(session, batch.application_ids)
    return BatchResult(
        applications=summaries,
        failures=(*batch.failures, *stored_failures),
        duplicates=batch.duplicates,
        processed=len(batch.document_ids),
        skipped=batch.skipped,
        pages=last.pages if last else 0,
        elapsed_s=time.monotonic() - started,
    )


def _document_progress(session: Session, document_ids: Sequence[int]) -> tuple[int, int, int]:
    """(finished, failed, pages read) of these documents."""
    if not document_ids:
        return 0, 0, 0
    query = select(Document.state, func.count(), func.coalesce(func.sum(Document.pages), 0)).where(
        col(Document.id).in_(document_ids), col(Document.state).in_(("done", "failed"))
    )
    rows = session.exec(query.group_by(Document.state)).all()
    by_state = {state: (int(n), int(p or 0)) for state, n, p in rows}
    done, pages = by_state.get("done", (0, 0))
    failed, _ = by_state.get("failed", (0, 0))
    return done + failed, failed, pages


def _ledgers_built(session: Session, application_ids: Sequence[int]) -> bool:
    query = select(LedgerRequest).where(col(LedgerRequest.application_id).in_(application_ids))
    return all(r.built >= r.requested for r in session.exec(query))


def _summary(session: Session, application_id: int) -> ApplicantSummary:
    from certledger.export import stored_ledger  # export imports the tables only; kept lazy for cycles

    app = session.get_one(Application, application_id)
    docs = session.exec(select(Document.state).where(Document.application_id == application_id)).all()
    ledger = stored_ledger(session, app) or {}
    return ApplicantSummary(
        applicant_id=app.applicant_id,
        documents=len(docs),
        failed=sum(s == "failed" for s in docs),
        requirements=ledger.get("requirements", {}),
        additional_hours_credited=ledger.get("additional_hours_credited", 0.0),
        eligible=bool(ledger.get("eligible", False)),
    )


def _failed_documents(session: Session, app_ids: Sequence[int]) -> list[DocumentFailure]:
    if not app_ids:
        return []
    query = (
        select(Document, Application)
        .join(Application, col(Application.id) == col(Document.application_id))
        .where(col(Document.application_id).in_(app_ids), Document.state == "failed")
        .order_by(col(Document.application_id), col(Document.id))
    )
    return [
        DocumentFailure(a.applicant_id, d.file_name, d.error_code or "failed", d.error_message or "")
        for d, a in session.exec(query)
    ]


# --------------------------------------------------------------------------------------------
# A document: start, read, finish


def start_document(
    engine: Engine, document_id: int, store: BlobStore, catalog: Catalog
) -> DocumentJob | None:
    """Claim a queued document for reading; None when it is current (a message delivered twice) or gone."""
    with session_scope(engine) as session:
        doc = session.get(Document, document_id)
        if doc is None:  # replaced by a newer upload of the same name: nothing to read
            return None
        if doc.state in ("done", "failed") and is_current(doc, catalog):
            return None
        doc.state, doc.updated_at = "processing", utcnow()
        session.add(doc)
        file_name, sha = doc.file_name, doc.blob_sha256
    return DocumentJob(document_id, file_name, store.open_path(sha), catalog)


def read_document(job: DocumentJob, cfg: ExtractConfig, catalog: Catalog, today: date) -> DocumentOutcome:
    """Read one document (CPU only, no database); expected failures come back as values."""
    return _reading(job, lambda: read_file(job.path, cfg, catalog, today))


def _reading(
    job: DocumentJob, read: Callable[[], tuple[ClassifiedDocument, tuple[ReadPage, ...]]]
) -> DocumentOutcome:
    started = time.monotonic()
    try:
        doc, pages = read()
    except ExtractError as exc:
        return DocumentOutcome(job.document_id, None, exc.code, _error_text(exc), time.monotonic() - started)
    except Exception as exc:  # a bug met on one document must not sink the others
        text = f"{type(exc).__name__}: {exc}"
        return DocumentOutcome(job.document_id, None, "internal_error", text, time.monotonic() - started)
    # The blob is named by its hash; the contract names the document by its uploaded name.
    named = doc.model_copy(update={"file": job.file_name})
    return DocumentOutcome(job.document_id, named, seconds=time.monotonic() - started, pages=pages)


# Set once per reading process (a pool process, or a Redis worker process): the catalog is loaded
# once, not per document.
_READER: tuple[ExtractConfig, Catalog] | None = None


def init_reader_process(cfg: ExtractConfig, catalog_path: Path | None) -> None:
    global _READER
    _READER = (cfg, load_catalog(catalog_path))


def _reader() -> tuple[ExtractConfig, Catalog]:
    assert _READER is not None, "init_reader_process did not run in this process"
    return _READER


def read_in_pool(job: DocumentJob) -> DocumentOutcome:
    """``read_document`` in a process set up by ``init_reader_process``."""
    cfg, catalog = _reader()
    return read_document(job, cfg, job.catalog or catalog, date.today())


def read_range_in_pool(job: DocumentJob, first: int, last: int) -> tuple[ReadPage, ...] | DocumentOutcome:
    """Pages ``first..last`` of a large PDF, or the failure that fails the whole document."""
    cfg, _ = _reader()
    try:
        return read_page_range(job.path, first, last, cfg)
    except ExtractError as exc:
        return DocumentOutcome(job.document_id, None, exc.code, _error_text(exc))


def merge_in_pool(job: DocumentJob, pages: tuple[ReadPage, ...]) -> DocumentOutcome:
    """The document from its pages read in ranges (see ``certledger.pages``)."""
    cfg, own = _reader()
    catalog = job.catalog or own
    return _reading(job, lambda: merge_pages(job.path, job.file_name, pages, cfg, catalog, date.today()))


def _error_text(exc: ExtractError) -> str:
    text = str(exc)
    prefix = f"{exc.file}: " if exc.file else ""
    return text.removeprefix(prefix)  # the file named there is the blob's hash


def finish_document(engine: Engine, outcome: DocumentOutcome, catalog_sha256: str, *, final: bool) -> None:
    """Save what was read and request the ledger rebuild, in one transaction.

    A retryable failure raises ``RetryableFailure`` unless this was the ``final`` attempt, when it is
    saved as the document's failure like any other.
    """
    if outcome.doc is None and outcome.error_code in RETRYABLE_CODES and not final:
        raise RetryableFailure(outcome.error_code or "", outcome.error_message or "")
    with session_scope(engine) as session:
        # The row lock keeps two deliveries of one message from writing items side by side.
        doc = locked_row(session, Document, col(Document.id) == outcome.document_id)
        if doc is None:  # replaced while it was read
            return
        _drop_page_readings(session, outcome.document_id)
        if outcome.doc is not None:
            store_extraction(session, doc, outcome.doc, actor=ACTOR)
            store_pages(session, doc, outcome.pages)
            doc.state, doc.error_code, doc.error_message = "done", None, None
            session.add(doc)
        else:
            _record_failure(
                session, doc, outcome.error_code or "failed", outcome.error_message or "", catalog_sha256
            )
        request_rebuild(session, doc.application_id)


def fail_document(engine: Engine, document_id: int, code: str, message: str, catalog_sha256: str) -> None:
    """Fail a document for good (its message is dead); its ledger is rebuilt. Gone or done: nothing."""
    with session_scope(engine) as session:
        doc = session.get(Document, document_id)
        if doc is None or doc.state == "done":
            return
        _record_failure(session, doc, code, message, catalog_sha256)
        request_rebuild(session, doc.application_id)


def _record_failure(session: Session, doc: Document, code: str, message: str, catalog_sha256: str) -> None:
    doc.state, doc.error_code, doc.error_message = "failed", code, message
    # Versions recorded on failure too: a new extractor retries it, the same one does not.
    doc.extractor_version, doc.catalog_sha256, doc.updated_at = EXTRACTOR_VERSION, catalog_sha256, utcnow()
    session.add(doc)
    append_audit(
        session,
        actor=ACTOR,
        entity="document",
        entity_id=str(doc.id),
        action="extraction_failed",
        after={"code": code, "message": message},
        application_id=doc.application_id,
    )
    events.emit(
        session,
        "document.failed",
        doc.application_id,
        {"document_id": doc.id, "error_code": code, "error_message": message},
    )


# --------------------------------------------------------------------------------------------
# A large PDF: page ranges read by several workers, then merged


def split_document(engine: Engine, document_id: int, ranges: Sequence[tuple[int, int]]) -> None:
    """Queue one page-range job per range of a document being read (see ``certledger.pages``)."""
    with session_scope(engine) as session:
        doc = locked_row(session, Document, col(Document.id) == document_id)
        if doc is None or doc.state != "processing":
            return
        _drop_page_readings(session, document_id)
        total = ranges[-1][1]
        for first, last in ranges:
            add_message(
                session, READ_PAGE_RANGE, document_id=document_id, first=first, last=last, total=total
            )


def range_job(engine: Engine, document_id: int, store: BlobStore) -> DocumentJob | None:
    """The job of a document whose pages are being read in ranges; None when it is no longer so."""
    with Session(engine) as session:
        doc = session.get(Document, document_id)
        if doc is None or doc.state != "processing":
            return None
        file_name, sha = doc.file_name, doc.blob_sha256
    return DocumentJob(document_id, file_name, store.open_path(sha))


def save_page_range(engine: Engine, document_id: int, pages: Sequence[ReadPage], total: int) -> None:
    """Keep a range's pages; the range that completes the document queues its merge."""
    with session_scope(engine) as session:
        doc = locked_row(session, Document, col(Document.id) == document_id)
        if doc is None or doc.state != "processing":
            return
        for page in pages:
            row = session.get(PageReading, (document_id, page.number)) or PageReading(
                document_id=document_id, number=page.number, page={}
            )
            row.page = page.model_dump(mode="json")
            session.add(row)
        session.flush()
        query = select(func.count()).select_from(PageReading).where(PageReading.document_id == document_id)
        if session.exec(query).one() >= total:
            add_message(session, MERGE_DOCUMENT, document_id=document_id)


def stored_pages(engine: Engine, document_id: int) -> tuple[ReadPage, ...]:
    with Session(engine) as session:
        rows = session.exec(select(PageReading).where(PageReading.document_id == document_id))
        return tuple(sorted((ReadPage.model_validate(r.page) for r in rows), key=lambda p: p.number))


def _drop_page_readings(session: Session, document_id: int) -> None:
    for row in session.exec(select(PageReading).where(PageReading.document_id == document_id)):
        session.delete(row)


# --------------------------------------------------------------------------------------------
# A ledger: coalesced and serialised rebuilds


def rebuild_requested(engine: Engine, application_id: int, policy: Policy) -> ApplicantSummary | None:
    """Build the ledger if a rebuild is outstanding and no document of the application is still unread.

    Serialised per application: the request row is locked first (``SELECT ... FOR UPDATE`` on
    PostgreSQL; on SQLite the first write takes the database's write lock), so a second rebuild of
    the same application waits and then finds nothing left to do. Skipped while documents are
    queued or being read: each of those requests a rebuild when it finishes, so 40 documents
    finishing together cause a handful of rebuilds.
    """
    with session_scope(engine) as session:
        request = locked_row(session, LedgerRequest, col(LedgerRequest.application_id) == application_id)
        if request is None or request.built >= request.requested:
            return None  # built already: this message was coalesced into an earlier rebuild
        target = request.requested
        request.built, request.updated_at = target, utcnow()
        session.add(request)
        pending = session.exec(
            select(func.count())
            .select_from(Document)
            .where(
                Document.application_id == application_id, col(Document.state).in_(("queued", "processing"))
            )
        ).one()
        if pending:
            return None
        app = session.get(Application, application_id)
        if app is None:
            return None
        summary = rebuild_ledger(session, app, policy)
        ready = {
            "eligible": summary.eligible,
            "additional_hours_credited": summary.additional_hours_credited,
            "requirements": summary.requirements,
        }
        events.emit(session, "ledger.ready", application_id, ready)
        return summary
