"""The only orchestrator: load -> pure stages -> save. I/O stays at these edges.

``ingest_bundles`` runs a batch in three steps: register (applications, blobs, document rows),
extract (``process_file`` in a process pool; only ids and paths cross the process boundary,
results are saved here in the parent), then rebuild each touched application's ledger once.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from certledger.blobs import BlobStore, blob_store_from_url
from certledger.db import append_audit, make_engine, session_scope
from certledger.records import evidence_from_contract, load_decisions, store_extraction
from certledger.settings import Settings
from certledger.submission import (  # the submission interface, re-exported
    DocumentFailure,
    Submission,
    request_processing,
    request_rebuild,
    submit_file,
    upsert_application,
)
from certledger.tables import Application, Document, LedgerLine, LedgerSummary, utcnow
from classify.catalog import Catalog, load_catalog
from classify.document import classify_document
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.document import extract_document
from extract.errors import ExtractError
from extract.types import EXTRACTOR_VERSION
from ingest.sources import Bundle, BundleFile, Discovery
from ingest.types import IngestError
from verify.ledger import build_ledger
from verify.policy import Policy, default_policy
from verify.types import ApplicationFacts, DocumentFacts, Ledger, ReviewDecision

__all__ = [
    "DocumentFailure",
    "Submission",
    "request_processing",
    "request_rebuild",
    "submit_file",
    "upsert_application",
]

ACTOR = "pipeline"


def process_file(path: Path, cfg: ExtractConfig, catalog: Catalog, today: date) -> ClassifiedDocument:
    """Extract and classify one document file."""
    return classify_document(extract_document(path, cfg), catalog, today)


# --------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class Duplicate:
    """A listed file whose bytes are already another document of the same application."""

    applicant_id: str
    file: str
    same_as: str


@dataclass(frozen=True)
class ApplicantSummary:
    applicant_id: str
    documents: int
    failed: int
    requirements: dict[str, str]  # contract key -> verdict
    additional_hours_credited: float
    eligible: bool

    @property
    def requirements_met(self) -> int:
        return sum(v == "met" for v in self.requirements.values())


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
    processed: int  # documents extracted in this run
    skipped: int  # documents already done with this extractor and catalog
    pages: int
    elapsed_s: float

    @property
    def ok(self) -> bool:
        return not self.failures


ProgressFn = Callable[[BatchProgress], None]


@dataclass(frozen=True)
class _Job:
    """What a worker process receives: ids and a path, never file bodies."""

    document_id: int
    file_name: str
    path: Path


@dataclass(frozen=True)
class _Outcome:
    document_id: int
    doc: ClassifiedDocument | None
    error_code: str | None = None
    error_message: str | None = None


# --------------------------------------------------------------------------------------------
# The batch


def ingest_bundles(
    discovery: Discovery,
    settings: Settings,
    progress: ProgressFn | None = None,
    *,
    today: date | None = None,
    engine: Engine | None = None,
) -> BatchResult:
    """Register, extract and rebuild the ledgers of every bundle found. The database must be migrated."""
    started = time.monotonic()
    own_engine = engine is None
    db = engine or make_engine(settings.sqlalchemy_url())
    try:
        catalog = load_catalog(settings.catalog_path)
        store = blob_store_from_url(
            settings.blob_url, settings.data_dir, s3_endpoint_url=settings.s3_endpoint_url
        )
        app_ids, jobs, failures, duplicates, skipped = _register_all(db, discovery.bundles, store, catalog)
        pages = _extract_all(db, jobs, settings, catalog, today or date.today(), progress, started)
        summaries = _rebuild_all(db, app_ids, default_policy())
        stored_failures = _failed_documents(db, app_ids)
    finally:
        if own_engine:
            db.dispose()
    return BatchResult(
        applications=summaries,
        failures=(*failures, *stored_failures),
        duplicates=tuple(duplicates),
        processed=len(jobs),
        skipped=skipped,
        pages=pages,
        elapsed_s=time.monotonic() - started,
    )


# --------------------------------------------------------------------------------------------
# Register: applications, blobs, document rows


def _register_all(
    engine: Engine, bundles: Sequence[Bundle], store: BlobStore, catalog: Catalog
) -> tuple[list[int], list[_Job], list[DocumentFailure], list[Duplicate], int]:
    app_ids: list[int] = []
    queued: list[int] = []
    failures: list[DocumentFailure] = []
    duplicates: list[Duplicate] = []
    skipped = 0
    for bundle in bundles:
        with session_scope(engine) as session:  # one transaction per application
            app = upsert_application(session, bundle.manifest)
            assert app.id is not None
            app_ids.append(app.id)
            seen: dict[str, str] = {}
            for file in bundle.files:
                outcome = _register_file(session, app, file, store, catalog, seen)
                if isinstance(outcome, DocumentFailure):
                    failures.append(outcome)
                elif isinstance(outcome, Duplicate):
                    duplicates.append(outcome)
                elif outcome is None:
                    skipped += 1
                else:
                    queued.append(outcome)
    return app_ids, _jobs(engine, queued, store), failures, duplicates, skipped


def _register_file(
    session: Session,
    app: Application,
    file: BundleFile,
    store: BlobStore,
    catalog: Catalog,
    seen: dict[str, str],
) -> int | DocumentFailure | Duplicate | None:
    """A queued document id; None when already done; a failure or a duplicate to report."""
    try:
        data = file.read_bytes()
    except IngestError as exc:
        return DocumentFailure(app.applicant_id, file.name, "unreadable_upload", str(exc))
    sub = submit_file(session, app, file.name, data, store, catalog)
    if sub.duplicate_of is not None:
        return Duplicate(app.applicant_id, file.name, sub.duplicate_of)
    return None if sub.already_done else sub.document_id


def _jobs(engine: Engine, document_ids: Sequence[int], store: BlobStore) -> list[_Job]:
    if not document_ids:
        return []
    with Session(engine) as session:
        docs = session.exec(select(Document).where(col(Document.id).in_(document_ids))).all()
        return [_Job(d.id, d.file_name, store.open_path(d.blob_sha256)) for d in docs if d.id is not None]


# --------------------------------------------------------------------------------------------
# Extract: a process pool, results saved here


_WORKER: tuple[ExtractConfig, Catalog, date] | None = None


def _init_worker(cfg: ExtractConfig, catalog_path: Path | None, today: date) -> None:
    global _WORKER
    _WORKER = (cfg, load_catalog(catalog_path), today)  # once per process, not per document


def _run_job(job: _Job) -> _Outcome:
    """In a worker: read one document; expected failures come back as values."""
    assert _WORKER is not None, "_init_worker did not run"
    cfg, catalog, today = _WORKER
    try:
        doc = process_file(job.path, cfg, catalog, today)
    except ExtractError as exc:
        return _Outcome(job.document_id, None, exc.code, _error_text(exc))
    except Exception as exc:  # a bug met on one document must not sink the batch
        return _Outcome(job.document_id, None, "internal_error", f"{type(exc).__name__}: {exc}")
    # The blob is named by its hash; the contract names the document by its uploaded name.
    return _Outcome(job.document_id, doc.model_copy(update={"file": job.file_name}))


def _error_text(exc: ExtractError) -> str:
    text = str(exc)
    prefix = f"{exc.file}: " if exc.file else ""
    return text.removeprefix(prefix)  # the file named there is the blob's hash


def worker_count(settings: Settings, jobs: int) -> int:
    wanted = settings.workers if settings.workers > 0 else os.cpu_count() or 1
    return max(1, min(wanted, jobs))


def _extract_all(
    engine: Engine,
    jobs: Sequence[_Job],
    settings: Settings,
    catalog: Catalog,
    today: date,
    progress: ProgressFn | None,
    started: float,
) -> int:
    """Run every job; returns the pages read."""
    if not jobs:
        return 0
    _mark_processing(engine, [j.document_id for j in jobs])
    pages = failed = done = 0
    report = progress or (lambda _p: None)
    report(BatchProgress(0, len(jobs), 0, 0, time.monotonic() - started))
    # spawn: children start clean (no inherited database connections or locks).
    with ProcessPoolExecutor(
        max_workers=worker_count(settings, len(jobs)),
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(settings.extract_config(), settings.catalog_path, today),
    ) as pool:
        futures = {pool.submit(_run_job, job): job for job in jobs}
        for future in as_completed(futures):
            outcome = _outcome(future, futures[future])
            _save_outcome(engine, outcome, catalog.sha256)
            done += 1
            pages += outcome.doc.pages if outcome.doc else 0
            failed += outcome.doc is None
            report(BatchProgress(done, len(jobs), pages, failed, time.monotonic() - started))
    return pages


def _outcome(future: Future[_Outcome], job: _Job) -> _Outcome:
    try:
        return future.result()
    except Exception as exc:  # the worker process died (killed, out of memory, a crash in a C library)
        return _Outcome(job.document_id, None, "worker_crashed", f"{type(exc).__name__}: {exc}")


def _mark_processing(engine: Engine, document_ids: Sequence[int]) -> None:
    with session_scope(engine) as session:
        for doc in session.exec(select(Document).where(col(Document.id).in_(document_ids))):
            doc.state = "processing"
            session.add(doc)


def _save_outcome(engine: Engine, outcome: _Outcome, catalog_sha256: str) -> None:
    """One transaction per document: a crash later in the batch keeps what was read."""
    with session_scope(engine) as session:
        doc = session.get_one(Document, outcome.document_id)
        if outcome.doc is not None:
            store_extraction(session, doc, outcome.doc, actor=ACTOR)
            doc.state, doc.error_code, doc.error_message = "done", None, None
        else:
            doc.state, doc.error_code, doc.error_message = "failed", outcome.error_code, outcome.error_message
            # Versions recorded on failure too: a new extractor retries it, the same one does not.
            doc.extractor_version, doc.updated_at = EXTRACTOR_VERSION, utcnow()
            doc.catalog_sha256 = catalog_sha256
            append_audit(
                session,
                actor=ACTOR,
                entity="document",
                entity_id=outcome.document_id,
                action="extraction_failed",
                after={"code": outcome.error_code, "message": outcome.error_message},
                application_id=doc.application_id,
            )
        session.add(doc)


# --------------------------------------------------------------------------------------------
# Ledgers


def _rebuild_all(engine: Engine, app_ids: Iterable[int], policy: Policy) -> tuple[ApplicantSummary, ...]:
    out = []
    for app_id in dict.fromkeys(app_ids):  # once per application, in bundle order
        with session_scope(engine) as session:
            out.append(rebuild_ledger(session, session.get_one(Application, app_id), policy))
    return tuple(out)


def rebuild_ledger(session: Session, app: Application, policy: Policy) -> ApplicantSummary:
    """Build the application's ledger from what is stored; write it only when it changed."""
    assert app.id is not None
    docs = session.exec(
        select(Document).where(Document.application_id == app.id).order_by(col(Document.id))
    ).all()
    facts = [document_facts(d) for d in docs if d.state in ("done", "failed")]
    decisions = load_decisions(session, app.id)
    app_facts = application_facts(app)
    ledger = build_ledger(app_facts, facts, decisions, policy)
    contract = ledger.to_contract_dict()
    inputs = inputs_sha256(app_facts, facts, decisions, policy)
    summary = session.exec(select(LedgerSummary).where(LedgerSummary.application_id == app.id)).first()
    if summary is None or summary.inputs_sha256 != inputs or summary.contract != contract:
        _store_ledger(session, app, ledger, contract, inputs, policy, summary)
    return ApplicantSummary(
        applicant_id=app.applicant_id,
        documents=len(docs),
        failed=sum(d.state == "failed" for d in docs),
        requirements=contract["requirements"],
        additional_hours_credited=ledger.additional_hours_credited,
        eligible=ledger.eligible,
    )


def _store_ledger(
    session: Session,
    app: Application,
    ledger: Ledger,
    contract: dict[str, Any],
    inputs: str,
    policy: Policy,
    summary: LedgerSummary | None,
) -> None:
    assert app.id is not None
    row = summary or LedgerSummary(
        application_id=app.id,
        requirements={},
        additional_hours_credited=0.0,
        additional_hours_pending=0.0,
        eligible=False,
        contract={},
        policy=policy.name,
        inputs_sha256=inputs,
    )
    row.requirements = {k: r.model_dump(mode="json") for k, r in ledger.requirements.items()}
    row.additional_hours_credited = ledger.additional_hours_credited
    row.additional_hours_pending = ledger.additional_hours_pending
    row.eligible, row.contract, row.policy = ledger.eligible, contract, policy.name
    row.inputs_sha256, row.built_at = inputs, utcnow()
    session.add(row)
    _store_lines(session, app.id, ledger)
    after = {"inputs_sha256": inputs, "eligible": ledger.eligible, "requirements": contract["requirements"]}
    _audit(session, app, "ledger", app.id, "built", None, after)


def _store_lines(session: Session, application_id: int, ledger: Ledger) -> None:
    """Upsert the reviewer-queue rows by line key; lines gone from the ledger go."""
    old = {
        r.key: r for r in session.exec(select(LedgerLine).where(LedgerLine.application_id == application_id))
    }
    for line in ledger.lines:
        row = old.pop(line.key, None) or LedgerLine(
            application_id=application_id, key=line.key, status="", line={}
        )
        row.status, row.line = line.status, line.model_dump(mode="json")
        session.add(row)
    for row in old.values():
        session.delete(row)


def application_facts(app: Application) -> ApplicationFacts:
    return ApplicationFacts(
        applicant_id=app.applicant_id,
        name=app.name,
        agency=app.agency,
        sro_start_date=app.sro_start_date,
        currently_employed=app.currently_employed,
        application_date=app.application_date,
    )


def document_facts(doc: Document) -> DocumentFacts:
    """What verify needs of a stored document; a failed one is illegible (flagged, credits nothing)."""
    ex = doc.extraction
    if doc.state != "done" or ex is None:
        return DocumentFacts(
            file=doc.file_name, doc_type="other", participant_name=None, issuer=None, legible=False
        )
    items = tuple(evidence_from_contract(doc.file_name, ex, it) for it in ex["items"])
    return DocumentFacts(
        file=doc.file_name,
        doc_type=ex["doc_type"],
        participant_name=ex["participant_name"],
        issuer=ex["issuer"],
        sro_start_date=ex.get("sro_start_date"),
        document_date=ex.get("document_date"),
        items=items,
    )


def inputs_sha256(
    app: ApplicationFacts, docs: Sequence[DocumentFacts], decisions: Sequence[ReviewDecision], policy: Policy
) -> str:
    """A stable hash of a ledger's inputs (sets sorted: their order varies between processes)."""
    payload = [
        app.model_dump(),
        [d.model_dump() for d in docs],
        [d.model_dump() for d in decisions],
        policy.model_dump(),
    ]
    text = json.dumps(payload, sort_keys=True, default=_json_default)
    return hashlib.sha256(text.encode()).hexdigest()


def _json_default(value: object) -> object:
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    return str(value)  # dates and datetimes: ISO text


def _failed_documents(engine: Engine, app_ids: Sequence[int]) -> list[DocumentFailure]:
    if not app_ids:
        return []
    with Session(engine) as session:
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
# Helpers


def _audit(
    session: Session,
    app: Application,
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
        application_id=app.id,
    )
