"""A bulk ingest on real databases (SQLite and PostgreSQL): submit, the embedded worker reads, rebuild.

Text PDFs only (no OCR), so each database variant takes seconds. PostgreSQL: see tests/conftest.py.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from certledger.blobs import FolderBlobStore
from certledger.db import make_engine, migrate
from certledger.export import stored_ledger
from certledger.pipeline import BatchProgress, BatchResult, Duplicate, submit_bundles, wait_for_batch
from certledger.settings import Settings
from certledger.tables import Application, AuditLog, Document, LedgerLine, LedgerSummary, Page
from classify.catalog import load_catalog
from ingest.sources import discover
from ingest.types import IngestLimits
from tests.applicants import ELIGIBLE_HOURS, ELIGIBLE_VERDICTS, eligible_applicant, write_applicant
from tests.factories import truncated_copy
from workers.embedded import EmbeddedWorker


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def applications(tmp_path: Path) -> Path:
    """T001 (eligible) plus a corrupt file and a copy of its basic certificate under another name."""
    root = tmp_path / "applications"
    applicant = eligible_applicant("T001")
    folder = write_applicant(root, applicant)
    truncated_copy(folder / "01-basic.pdf", folder / "05-damaged.pdf", 0.4)
    shutil.copy(folder / "01-basic.pdf", folder / "06-basic-copy.pdf")
    manifest = (folder / "manifest.json").read_text()
    listed = '"04-transcript.pdf"'
    (folder / "manifest.json").write_text(
        manifest.replace(listed, f'{listed}, "05-damaged.pdf", "06-basic-copy.pdf"')
    )
    return root


def _ingest(root: Path, tmp_path: Path, engine: Engine, seen: list[BatchProgress]) -> BatchResult:
    settings = Settings(data_dir=tmp_path / "data", workers=2)
    discovery = discover(root, IngestLimits())
    assert discovery.problems == ()
    store = FolderBlobStore(settings.data_dir / "blobs")
    with EmbeddedWorker(settings, engine=engine):
        batch = submit_bundles(engine, discovery.bundles, store, load_catalog(None))
        return wait_for_batch(engine, batch, seen.append, timeout_s=300)


def _documents(engine: Engine) -> list[tuple[str, str, str | None]]:
    with Session(engine) as session:
        rows = session.exec(select(Document).order_by(col(Document.file_name)))
        return [(d.file_name, d.state, d.error_code) for d in rows]


def test_round_trip_credits_once_fails_one_and_is_idempotent(
    applications: Path, tmp_path: Path, engine: Engine
) -> None:
    """One batch: the ledger the rules give, a corrupt file failing alone, a copy credited once; a re-run
    changes nothing."""
    seen: list[BatchProgress] = []
    first = _ingest(applications, tmp_path, engine, seen)

    summary = first.applications[0]
    expected_summary = ("T001", 5, 1, ELIGIBLE_VERDICTS, ELIGIBLE_HOURS, True)
    actual_summary = (
        summary.applicant_id,
        summary.documents,
        summary.failed,
        {k: summary.requirements[k] for k in ELIGIBLE_VERDICTS},
        summary.additional_hours_credited,
        summary.eligible,
    )
    assert expected_summary == actual_summary
    assert [(f.applicant_id, f.file, f.code) for f in first.failures] == [
        ("T001", "05-damaged.pdf", "corrupt_document")
    ]
    assert (Duplicate("T001", "06-basic-copy.pdf", "01-basic.pdf"),) == first.duplicates
    assert (first.processed, first.skipped, seen[-1].done) == (5, 0, 5)
    expected_docs = [
        ("01-basic.pdf", "done", None),
        ("02-advanced.pdf", "done", None),
        ("03-conference.pdf", "done", None),
        ("04-transcript.pdf", "done", None),
        ("05-damaged.pdf", "failed", "corrupt_document"),
    ]
    assert expected_docs == _documents(engine)
    assert _stored_pages(engine) == [
        ("01-basic.pdf", 1, "text_layer", True),
        ("02-advanced.pdf", 1, "text_layer", True),
        ("03-conference.pdf", 1, "text_layer", True),
        ("04-transcript.pdf", 1, "text_layer", True),
    ]

    with Session(engine) as session:
        app = session.exec(select(Application)).one()
        ledger = stored_ledger(session, app)
        assert ledger is not None
        basic_lines = [line for line in ledger["lines"] if "Basic" in line["course_title"]]
        assert [(line["document"], line["rule"]) for line in basic_lines] == [
            ("01-basic.pdf", "satisfies_r3")
        ]
        queue = session.exec(select(LedgerLine)).all()
        assert len(ledger["lines"]) == len(queue)
        before = _snapshot(session)

    second = _ingest(applications, tmp_path, engine, [])
    with Session(engine) as session:
        after = _snapshot(session)
    assert (0, 5, before) == (second.processed, second.skipped, after)


def _stored_pages(engine: Engine) -> list[tuple[str, int, str, bool]]:
    """(file, page number, source, has words with boxes) of every stored page."""
    with Session(engine) as session:
        rows = session.exec(
            select(Document, Page)
            .join(Page, col(Page.document_id) == col(Document.id))
            .order_by(col(Document.file_name), col(Page.number))
        )
        return [(d.file_name, p.number, p.source, bool(p.words) and "bbox" in p.words[0]) for d, p in rows]


def _snapshot(session: Session) -> tuple[object, ...]:
    """Everything a re-run must leave alone: document rows, the ledger row, the audit trail's length."""
    docs = [(d.id, d.state, d.updated_at, d.extraction) for d in session.exec(select(Document))]
    ledgers = [(row.built_at, row.inputs_sha256) for row in session.exec(select(LedgerSummary))]
    audit = len(session.exec(select(AuditLog)).all())
    return docs, ledgers, audit
