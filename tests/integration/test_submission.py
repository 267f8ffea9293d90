"""The submission interface on real databases: documents, blobs and outbox rows in one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from certledger.blobs import FolderBlobStore
from certledger.db import session_scope
from certledger.pipeline import request_processing, request_rebuild, submit_file, upsert_application
from certledger.tables import Application, Document, LedgerRequest, OutboxMessage
from classify.catalog import Catalog
from ingest.manifest import ApplicationManifest
from tests import db_fixtures

engine = db_fixtures.engine  # fixtures shared with other database tests
catalog = db_fixtures.catalog


def _manifest() -> ApplicationManifest:
    return ApplicationManifest.model_validate(
        {
            "applicant_id": "S001",
            "name": "Maria L. Gonzalez",
            "agency": "Riverside County Sheriff's Office",
            "sro_start_date": date(2015, 8, 1),
            "currently_employed": True,
            "application_date": date(2024, 3, 15),
            "documents": ["a.pdf"],
        }
    )


def _outbox(engine: Engine) -> list[tuple[str, dict[str, object]]]:
    with Session(engine) as session:
        rows = session.exec(select(OutboxMessage).order_by(col(OutboxMessage.id)))
        return [(r.actor, r.payload) for r in rows]


def test_same_bytes_twice_are_one_document_queued_once(
    engine: Engine, tmp_path: Path, catalog: Catalog
) -> None:
    """Two names, one body: one document row, one outbox message, the second names the first."""
    store = FolderBlobStore(tmp_path / "blobs")
    with session_scope(engine) as session:
        app = upsert_application(session, _manifest())
        first = submit_file(session, app, "a.pdf", b"%PDF-1.4 body", store, catalog)
        second = submit_file(session, app, "b.pdf", b"%PDF-1.4 body", store, catalog)
    assert (second.document_id, second.duplicate_of, second.already_done) == (
        first.document_id,
        "a.pdf",
        False,
    )
    assert [("process_document", {"document_id": first.document_id})] == _outbox(engine)


def test_nothing_is_written_when_the_caller_rolls_back(
    engine: Engine, tmp_path: Path, catalog: Catalog
) -> None:
    """The outbox row lives and dies with the caller's transaction."""
    store = FolderBlobStore(tmp_path / "blobs")
    with Session(engine) as session:
        app = upsert_application(session, _manifest())
        submit_file(session, app, "a.pdf", b"%PDF-1.4 body", store, catalog)
        session.rollback()
    with Session(engine) as session:
        assert (session.exec(select(Document)).all(), _outbox(engine)) == ([], [])


def test_rebuild_requests_coalesce_into_one_message(engine: Engine) -> None:
    """Forty requests before a rebuild runs write one outbox message and count forty."""
    with session_scope(engine) as session:
        app = upsert_application(session, _manifest())
        assert app.id is not None
        app_id = app.id
        for _ in range(40):
            request_rebuild(session, app_id)
    with Session(engine) as session:
        row = session.get_one(LedgerRequest, app_id)
        assert (row.requested, row.built) == (40, 0)
    assert [("rebuild_ledger", {"application_id": app_id})] == _outbox(engine)


def test_request_processing_queues_a_done_document_again(
    engine: Engine, tmp_path: Path, catalog: Catalog
) -> None:
    """After a catalog change, a done document goes back to queued with a new message."""
    store = FolderBlobStore(tmp_path / "blobs")
    with session_scope(engine) as session:
        app = upsert_application(session, _manifest())
        doc_id = submit_file(session, app, "a.pdf", b"%PDF-1.4 body", store, catalog).document_id
        assert doc_id is not None
        doc = session.get_one(Document, doc_id)
        doc.state = "done"
        session.add(doc)
    with session_scope(engine) as session:
        request_processing(session, doc_id)
    with Session(engine) as session:
        assert session.get_one(Document, doc_id).state == "queued"
        assert len(session.exec(select(Application)).all()) == 1
    assert [("process_document", {"document_id": doc_id})] * 2 == _outbox(engine)
