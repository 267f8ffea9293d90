"""A bulk ingest of a folder of applicants as the CLI does it, for the verdict audits' tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from certledger.blobs import FolderBlobStore
from certledger.db import make_engine, migrate
from certledger.export import export_application
from certledger.pipeline import BatchResult, submit_bundles, wait_for_batch
from certledger.settings import Settings
from certledger.tables import Application
from classify.catalog import load_catalog
from ingest.sources import discover
from ingest.types import IngestLimits
from workers.embedded import EmbeddedWorker


def ingest_folder(corpus: Path, root: Path, export_to: Path | None = None) -> BatchResult:
    """Ingest every applicant under ``corpus`` with the embedded worker and the default read path (a
    database and data folder under ``root``); export each application to ``export_to`` when given."""
    settings = Settings(data_dir=root / "data", workers=2)
    engine: Engine = make_engine(f"sqlite:///{root / 'certledger.db'}")
    migrate(engine)
    discovery = discover(corpus, IngestLimits())
    # The truth files beside the documents are not in the manifests: warned about, never read.
    assert [p for p in discovery.problems if p.level != "warning"] == []
    store = FolderBlobStore(settings.data_dir / "blobs")
    try:
        with EmbeddedWorker(settings, engine=engine):
            batch = submit_bundles(engine, discovery.bundles, store, load_catalog(None))
            result = wait_for_batch(engine, batch, lambda _: None, timeout_s=300)
        assert result.failures == ()
        if export_to is not None:
            with Session(engine) as session:
                for app in session.exec(select(Application)):
                    export_application(session, app, export_to)
    finally:
        engine.dispose()
    return result


def write_and_ingest(
    root: Path, write: Callable[[Path, tuple[str, ...]], object], applicants: tuple[str, ...]
) -> tuple[Path, Path]:
    """(corpus, export) of an audit round's ``applicants``, written by its ``write`` under ``root`` and
    ingested as the CLI does it."""
    corpus, out = root / "applications", root / "out"
    write(corpus, applicants)
    ingest_folder(corpus, root, export_to=out)
    return corpus, out


def assert_as_set_by_hand(
    compare: Callable[[Path, Path], list[str]], corpus: Path, out: Path, applicant: str
) -> None:
    """``applicant``'s verdicts and expected ledger lines in the export ``out`` are the ones its round set by
    hand (``compare`` of the round's script), and so is whether it is eligible."""
    assert [d for d in compare(corpus, out) if d.startswith(applicant + " ")] == []
    ledger = json.loads((out / applicant / "ledger.json").read_text())
    manifest = json.loads((corpus / applicant / "manifest.json").read_text())
    assert ledger["eligible"] == manifest["expected"]["eligible"]
