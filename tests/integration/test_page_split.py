"""A large PDF read in page ranges by separate jobs, then merged: the same document as read in one go."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from certledger.blobs import FolderBlobStore
from certledger.pages import page_ranges
from certledger.pipeline import process_file, submit_bundles, wait_for_batch
from certledger.settings import Settings
from certledger.tables import Document, OutboxMessage, PageReading
from classify.catalog import Catalog
from ingest.sources import discover
from ingest.types import IngestLimits
from tests import db_fixtures
from tests.applicants import Applicant, write_applicant
from tests.factories import render_transcript_pdf, transcript_spec
from workers.embedded import EmbeddedWorker

engine = db_fixtures.engine  # fixtures shared with other database tests
catalog = db_fixtures.catalog


def _transcript(root: Path) -> Path:
    pdf = render_transcript_pdf(transcript_spec(n_rows=90, seed=2), "grid", root / "t.pdf")
    write_applicant(root / "apps", Applicant("L001", docs=[("01-transcript.pdf", pdf.read_bytes())]))
    return pdf


def test_page_ranges_cover_every_page_once(tmp_path: Path) -> None:
    """Ranges of 2 over a 5-page PDF: 1-2, 3-4, 5; a PDF within the size, or not a PDF: no split."""
    pdf = _transcript(tmp_path)
    ranges = page_ranges(pdf, 2)
    covered = [n for first, last in ranges for n in range(first, last + 1)]
    assert (covered == list(range(1, covered[-1] + 1)), len(covered) > 2) == (True, True)
    assert (page_ranges(pdf, 100), page_ranges(pdf, 0)) == ([], [])


def test_split_reading_equals_the_whole_reading(tmp_path: Path, engine: Engine, catalog: Catalog) -> None:
    """Read in ranges of two pages by the workers, merged: the items of the one-go reading."""
    pdf = _transcript(tmp_path)
    settings = Settings(data_dir=tmp_path / "data", workers=2, split_pages=2, second_engine=False)
    store = FolderBlobStore(settings.data_dir / "blobs")
    with EmbeddedWorker(settings, engine=engine) as worker:
        batch = submit_bundles(engine, discover(tmp_path / "apps", IngestLimits()).bundles, store, catalog)
        worker.wake()
        wait_for_batch(engine, batch, timeout_s=300)
    whole = process_file(pdf, settings.extract_config(), catalog, date.today()).to_contract()
    with Session(engine) as session:
        doc = session.get_one(Document, batch.document_ids[0])
        actors = [m.actor for m in session.exec(select(OutboxMessage).order_by(col(OutboxMessage.id)))]
        leftovers = session.exec(select(PageReading)).all()
    assert doc.extraction is not None
    assert (doc.state, doc.pages, doc.extraction["items"]) == ("done", whole["pages"], whole["items"])
    assert (actors.count("read_page_range"), actors.count("merge_document"), leftovers) == (
        len(page_ranges(pdf, 2)),
        1,
        [],
    )
