"""The actors, the relay and the embedded worker on real databases (SQLite and PostgreSQL) and Redis.

Text PDFs only (no OCR), so each variant takes seconds.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import redis
from dramatiq import Worker
from dramatiq.brokers.redis import RedisBroker
from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from certledger.blobs import FolderBlobStore
from certledger.db import locked_row, session_scope
from certledger.failures import dead_letters, failed_documents, requeue
from certledger.pipeline import (
    DocumentOutcome,
    RetryableFailure,
    SubmittedBatch,
    finish_document,
    request_rebuild,
    submit_bundles,
    submit_file,
    upsert_application,
    wait_for_batch,
)
from certledger.settings import Settings
from certledger.tables import AuditLog, Document, ExtractedItem, LedgerRequest, LedgerSummary, OutboxMessage
from classify.catalog import Catalog
from ingest.manifest import ApplicationManifest
from ingest.sources import discover
from ingest.types import IngestLimits
from tests import db_fixtures
from tests.applicants import Applicant, basic, write_applicant
from tests.conftest import unavailable
from tests.factories import certificate_spec
from tests.redis_server import RedisServer, free_port
from workers import runtime
from workers.actors import ACTORS, process_document
from workers.broker import bind, make_broker
from workers.embedded import EmbeddedWorker
from workers.relay import Relay, relay_once

REDIS_DB = 11  # this module's own index on the shared Redis; flushdb, never flushall

engine = db_fixtures.engine  # fixtures shared with other database tests
catalog = db_fixtures.catalog


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", workers=2, retry_min_backoff_ms=10, retry_max_backoff_ms=50)


def _many_certificates(root: Path, n: int) -> Path:
    docs: list[tuple[str, object]] = [
        (f"{i:02d}-cert.pdf", certificate_spec(certificate_number=f"B21-0611-{i:04d}")) for i in range(n)
    ]
    write_applicant(root, Applicant("W001", docs=docs))  # type: ignore[arg-type]
    return root


def _run_batch(root: Path, settings: Settings, engine: Engine, catalog: Catalog) -> SubmittedBatch:
    store = FolderBlobStore(settings.data_dir / "blobs")
    with EmbeddedWorker(settings, engine=engine) as worker:
        batch = submit_bundles(engine, discover(root, IngestLimits()).bundles, store, catalog)
        worker.wake()
        wait_for_batch(engine, batch, timeout_s=300)
    return batch


def _count(engine: Engine, query: object) -> int:
    with Session(engine) as session:
        return int(session.exec(query).one())  # type: ignore[call-overload]


def test_documents_finishing_together_cause_a_handful_of_rebuilds(
    tmp_path: Path, settings: Settings, engine: Engine, catalog: Catalog
) -> None:
    """Sixteen documents of one applicant: every one read, at most four rebuild messages, one ledger."""
    batch = _run_batch(_many_certificates(tmp_path / "apps", 16), settings, engine, catalog)
    rebuilds = _count(
        engine, select(func.count()).select_from(OutboxMessage).where(OutboxMessage.actor == "rebuild_ledger")
    )
    done = _count(engine, select(func.count()).select_from(Document).where(Document.state == "done"))
    ledgers = _count(engine, select(func.count()).select_from(LedgerSummary))
    assert (len(batch.document_ids), done, ledgers) == (16, 16, 1)
    assert 1 <= rebuilds <= 4, rebuilds


def test_a_request_racing_a_rebuild_is_never_left_unserved(
    tmp_path: Path, settings: Settings, engine: Engine, catalog: Catalog
) -> None:
    """A document's save asks for a rebuild while the outstanding rebuild holds the request row.

    The save must wait for the rebuild and then write a message for what it asks, else its request
    counts up with no message to serve it and the ledger is never built (CI saw 16 of 16 documents
    read and no ledger after 300 s).
    """
    root = _many_certificates(tmp_path / "apps", 1)
    store = FolderBlobStore(settings.data_dir / "blobs")
    app_id = submit_bundles(engine, discover(root, IngestLimits()).bundles, store, catalog).application_ids[0]
    with session_scope(engine) as session:
        request_rebuild(session, app_id)  # the outstanding request, with its message

    def save_asking_for_a_rebuild() -> None:
        with session_scope(engine) as session:
            request_rebuild(session, app_id)

    saver = threading.Thread(target=save_asking_for_a_rebuild)
    with session_scope(engine) as rebuild:  # what rebuild_requested does first, held open
        row = locked_row(rebuild, LedgerRequest, col(LedgerRequest.application_id) == app_id)
        assert row is not None
        row.built = row.requested
        rebuild.add(row)
        rebuild.flush()
        saver.start()
        saver.join(timeout=1.0)  # the save reaches the request row and waits there
    saver.join(timeout=30)
    with Session(engine) as session:
        row = session.get_one(LedgerRequest, app_id)
        messages = session.exec(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.actor == "rebuild_ledger")
        ).one()
    assert not saver.is_alive()
    # Served: built, or a second message was written for what is still outstanding.
    assert row.built == row.requested or messages == 2, (row.requested, row.built, messages)


def test_a_message_delivered_twice_at_once_leaves_one_set_of_items(
    tmp_path: Path, settings: Settings, engine: Engine, catalog: Catalog
) -> None:
    """Two deliveries of one document's message, side by side: the items of one reading, once."""
    store = FolderBlobStore(settings.data_dir / "blobs")
    path = write_applicant(tmp_path / "apps", Applicant("W002", docs=[("01-basic.pdf", basic())]))
    with session_scope(engine) as session:
        app = upsert_application(
            session, ApplicationManifest.model_validate_json((path / "manifest.json").read_text())
        )
        doc_id = submit_file(
            session, app, "01-basic.pdf", (path / "01-basic.pdf").read_bytes(), store, catalog
        ).document_id
    runtime.install(runtime.build_runtime(settings, engine=engine))
    try:
        threads = [threading.Thread(target=process_document.fn, args=(doc_id,)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        process_document.fn(doc_id)  # a third, late delivery: the document is current, nothing happens
    finally:
        runtime.install(None)
    with Session(engine) as session:
        keys = session.exec(select(ExtractedItem.line_key).where(ExtractedItem.document_id == doc_id)).all()
        doc = session.get_one(Document, doc_id)
        stored = session.exec(
            select(func.count()).select_from(AuditLog).where(AuditLog.action == "extraction_stored")
        ).one()
    assert (doc.state, len(keys), len(set(keys))) == ("done", len(doc.extraction["items"]), len(keys))  # type: ignore[index]
    assert len(keys) >= 1 and stored in (1, 2)


def test_a_missing_blob_fails_its_document_at_once_and_can_be_requeued(
    tmp_path: Path, settings: Settings, engine: Engine, catalog: Catalog
) -> None:
    """A permanent error: no retry, a dead letter, the document failed with its reason; requeue reads it."""
    root = _many_certificates(tmp_path / "apps", 1)
    store = FolderBlobStore(settings.data_dir / "blobs")
    batch = submit_bundles(engine, discover(root, IngestLimits()).bundles, store, catalog)
    with Session(engine) as session:
        sha = session.get_one(Document, batch.document_ids[0]).blob_sha256
    blob = store.path(sha)
    data = blob.read_bytes()
    blob.unlink()
    with EmbeddedWorker(settings, engine=engine):
        wait_for_batch(engine, batch, timeout_s=120)
    with Session(engine) as session:
        failed = [(f.file, f.code) for f in failed_documents(session)]
        dead = [(m.actor, m.payload) for m in dead_letters(session)]
    assert (
        [("00-cert.pdf", "blob_missing")],
        [("process_document", {"document_id": batch.document_ids[0]})],
    ) == (
        failed,
        dead,
    )
    store.put(data)
    with session_scope(engine) as session:
        assert requeue(session) == list(batch.document_ids)
    with EmbeddedWorker(settings, engine=engine):
        wait_for_batch(engine, batch, timeout_s=120)
    with Session(engine) as session:
        assert (failed_documents(session), dead_letters(session)) == ([], [])


def test_a_retryable_failure_raises_until_the_last_attempt(
    tmp_path: Path, settings: Settings, engine: Engine, catalog: Catalog
) -> None:
    """OCR timing out is retried (raises) while attempts are left; on the last one the document fails."""
    root = _many_certificates(tmp_path / "apps", 1)
    store = FolderBlobStore(settings.data_dir / "blobs")
    batch = submit_bundles(engine, discover(root, IngestLimits()).bundles, store, catalog)
    outcome = DocumentOutcome(batch.document_ids[0], None, "ocr_timeout", "tesseract took over 120 s")
    with pytest.raises(RetryableFailure):
        finish_document(engine, outcome, catalog.sha256, final=False)
    finish_document(engine, outcome, catalog.sha256, final=True)
    with Session(engine) as session:
        doc = session.get_one(Document, batch.document_ids[0])
    assert (doc.state, doc.error_code) == ("failed", "ocr_timeout")


def test_the_relay_keeps_messages_while_redis_is_down_and_sends_them_after(
    tmp_path: Path, settings: Settings, engine: Engine, catalog: Catalog
) -> None:
    """Submitted with Redis down: the outbox row waits (error noted); Redis up: sent, and in the queue."""
    server = RedisServer(tmp_path / "redis", free_port())
    broker = make_broker(settings.model_copy(update={"redis_url": server.url}))
    bind(broker, ACTORS)
    try:
        batch = submit_bundles(
            engine,
            discover(_many_certificates(tmp_path / "apps", 1), IngestLimits()).bundles,
            FolderBlobStore(settings.data_dir / "blobs"),
            catalog,
        )
        with pytest.raises(redis.exceptions.ConnectionError):
            relay_once(engine, broker)
        with Session(engine) as session:
            rows = session.exec(select(OutboxMessage).order_by(col(OutboxMessage.id))).all()
            assert [(r.sent_at is None, r.attempts) for r in rows] == [(True, 1), (True, 0)]
        server.start()
        assert relay_once(engine, broker) == 2
        assert redis.Redis.from_url(server.url).hlen("certledger:default.msgs") == 2
        assert batch.document_ids
    finally:
        broker.close()
        server.stop()


def test_actors_on_redis_read_a_batch(
    tmp_path: Path, settings: Settings, engine: Engine, catalog: Catalog
) -> None:
    """The same actors on the shared Redis (own db index), with an in-thread dramatiq Worker."""
    url = f"redis://127.0.0.1:6379/{REDIS_DB}"
    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as e:
        unavailable(f"Redis unreachable at 127.0.0.1:6379: {e}")
    client.flushdb()
    redis_settings = settings.model_copy(update={"redis_url": url})
    broker = make_broker(redis_settings)
    assert isinstance(broker, RedisBroker)
    bind(broker, ACTORS)
    runtime.install(runtime.build_runtime(redis_settings, engine=engine))
    worker = Worker(broker, worker_threads=2, worker_timeout=100)
    worker.start()
    relay = Relay(engine, broker, 0.1)
    try:
        root = _many_certificates(tmp_path / "apps", 3)
        batch = submit_bundles(
            engine,
            discover(root, IngestLimits()).bundles,
            FolderBlobStore(settings.data_dir / "blobs"),
            catalog,
        )
        assert relay_once(engine, broker) == 4  # three documents, one rebuild
        relay.start()  # the rebuilds the documents request as they finish
        result = wait_for_batch(engine, batch, timeout_s=120)
    finally:
        relay.stop()
        worker.stop()
        runtime.install(None)
        broker.close()
        client.flushdb()
    assert (result.processed, result.failures, len(result.applications)) == (3, (), 1)
