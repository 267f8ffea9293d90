"""Group commit of uploads: concurrent upload requests are stored together, one commit for many.

An upload is answered 202 only once its blobs are on disk (fsynced, and their folder) and its
document, audit, outbox and idempotency rows are committed. Request by request, every upload paid a
commit of its own (a WAL fsync on SQLite; a round trip and an fsync on PostgreSQL), queued for
SQLite's one writer turn, and ran its statements one by one through the ORM. Here:

- a request's files go to a pool of threads, which checks them and writes their blobs as requests
  come (their fsyncs overlap, so the file system commits them together), then queues the upload;
- one writer thread per app takes every upload queued (up to ``upload_batch_max``) and writes the
  rows of the whole batch in one transaction under one writer turn: a query or two per upload, the
  lookups and the audit, outbox and idempotency rows one statement each for the batch; then it
  answers each request. While it commits, the pool prepares the next batch.

Under load the commit and the turn are paid once per batch; a lone upload is a batch of one and
waits for nothing. Each request keeps its own outcome: a refused file (4xx), an unknown application
or a reused Idempotency-Key answers that request only (found before the request writes anything).
A batch whose transaction fails (on PostgreSQL a concurrent writer can win a unique constraint) is
tried again, its rows then found; if it still fails, its requests are written one per transaction,
so that only the request at fault gets the error. Nothing is answered before the commit: a crash
mid-batch loses only requests that had no answer yet (a client retries them, with its
Idempotency-Key; their blobs are found stored).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Engine, bindparam, insert, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from certledger.api.problems import FieldError, ProblemError
from certledger.blobs import BlobStore
from certledger.db import core_table, session_scope, sqlite_writer
from certledger.submission import NewRows, submit_stored
from certledger.tables import Application, IdempotentRequest, utcnow
from certledger.uploads import CheckedUpload, ExtractError, check_upload
from classify.catalog import Catalog
from extract.config import ExtractConfig

log = logging.getLogger(__name__)
ATTEMPTS = 3  # of a batch's transaction, when a concurrent writer wins a unique constraint
PREPARING_THREADS = 16  # check files and write blobs: fsyncs are waits, not CPU


class AcceptedDocument(BaseModel):
    id: int
    file_name: str
    media_type: str
    pages: int
    duplicate_of: str | None  # these bytes are already this application's document of that name
    already_done: bool  # read before with this extractor and catalog: not read again


class UploadAccepted(BaseModel):
    application_id: int
    documents: list[AcceptedDocument]


@dataclass(frozen=True)
class Accepted:
    """The 202's body (``UploadAccepted`` as JSON) and whether it replays an earlier answer."""

    body: bytes
    replayed: bool


@dataclass(eq=False)
class Upload:
    """One upload request's files, as received, and where its answer goes."""

    application_id: int
    api_key_id: int
    idempotency_key: str | None
    files: list[tuple[str, bytes]]  # (safe file name, bytes)
    cfg: ExtractConfig
    store: BlobStore
    catalog: Catalog
    future: Future[Accepted] = field(default_factory=Future)
    checked: list[CheckedUpload] = field(default_factory=list)
    shas: list[str] = field(default_factory=list)
    request_sha256: str = ""


class IntakeWriter:
    """The app's upload writer: ``await writer.submit(upload)`` returns once the upload is committed."""

    def __init__(self, engine: Engine, max_batch: int = 64) -> None:
        self.engine, self.max_batch = engine, max(1, max_batch)
        self.commits = 0  # transactions committed: fewer than uploads under concurrency (tests)
        self._queue: queue.SimpleQueue[Upload | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        # Files are checked and their blobs written on a pool of threads as requests come, while the
        # writer commits the batch before: their fsyncs overlap, and the file system commits them
        # together (one after the other, each would wait for a journal commit of its own).
        self._pool = ThreadPoolExecutor(PREPARING_THREADS, thread_name_prefix="certledger-blobs")

    async def submit(self, upload: Upload) -> Accepted:
        """The upload's answer once stored; raises its ``ProblemError`` (4xx) or the storing error."""
        self._start()
        self._pool.submit(self._prepare, upload)
        return await asyncio.wrap_future(upload.future)

    def close(self, timeout_s: float = 60) -> None:
        """Finish what was submitted, then stop the threads."""
        self._pool.shutdown()  # every upload submitted is now queued for the writer, or settled
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout_s)
            self._thread = None

    def _prepare(self, upload: Upload) -> None:
        # Running from here on: the request can no longer cancel the future under the writer.
        if upload.future.set_running_or_notify_cancel() and prepared(upload):
            self._queue.put(upload)

    def _start(self) -> None:
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    thread = threading.Thread(target=self._run, name="certledger-intake", daemon=True)
                    thread.start()
                    self._thread = thread

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch, stop = [first], False
            while len(batch) < self.max_batch:
                try:
                    upload = self._queue.get_nowait()
                except queue.Empty:
                    break
                if upload is None:
                    stop = True
                    break
                batch.append(upload)
            self.write(batch)
            if stop:
                return

    def write(self, batch: list[Upload]) -> None:
        """Commit the rows of a batch of prepared uploads and settle each one's future; never raises."""
        try:
            self._commit(batch)
        except Exception as exc:  # a bug: the thread must go on answering the next batches
            log.exception("upload batch not stored")
            for upload in batch:
                if not upload.future.done():
                    upload.future.set_exception(exc)

    def _commit(self, uploads: list[Upload]) -> None:
        error: Exception | None = None
        for _attempt in range(ATTEMPTS):
            try:
                outcomes = self._transaction(uploads)
            except IntegrityError as exc:  # a concurrent writer (PostgreSQL) committed these first
                error = exc
                continue
            except Exception as exc:
                error = exc
                break
            for upload, outcome in outcomes:
                if isinstance(outcome, Accepted):
                    upload.future.set_result(outcome)
                else:
                    upload.future.set_exception(outcome)
            return
        if len(uploads) > 1:  # one per transaction: only the request at fault gets the error
            for upload in uploads:
                self._commit([upload])
        else:
            assert error is not None
            log.error("application %s: upload not stored", uploads[0].application_id, exc_info=error)
            uploads[0].future.set_exception(error)

    def _transaction(self, uploads: list[Upload]) -> list[tuple[Upload, Accepted | ProblemError]]:
        outcomes: list[tuple[Upload, Accepted | ProblemError]] = []
        with _writing(self.engine), session_scope(self.engine) as session:
            batch = _Batch.of(session, uploads)
            for upload in uploads:
                try:
                    outcomes.append((upload, _store(session, upload, batch)))
                except ProblemError as exc:  # raised before the upload wrote anything
                    outcomes.append((upload, exc))
            batch.insert(session)
        self.commits += 1
        return outcomes


def prepared(upload: Upload) -> bool:
    """Check every file of the upload, then put its blobs (fsynced); on failure settle it and say no."""
    try:
        upload.checked = check_all(upload.files, upload.cfg)
        upload.request_sha256 = request_sha256(upload.application_id, upload.checked)
        upload.shas = [upload.store.put(f.data) for f in upload.checked]
    except Exception as exc:
        upload.future.set_exception(exc)
        return False
    return True


def check_all(files: list[tuple[str, bytes]], cfg: ExtractConfig) -> list[CheckedUpload]:
    """Every file checked; the first refusal decides the status, every refusal is listed."""
    checked: list[CheckedUpload] = []
    refused: list[tuple[int, str, ExtractError]] = []
    for index, (name, data) in enumerate(files):
        try:
            checked.append(check_upload(name, data, cfg))
        except ExtractError as exc:
            refused.append((index, name, exc))
    if refused:
        first = refused[0][2]
        errors = [FieldError(loc=["files", i], code=e.code, detail=f"{n}: {e}") for i, n, e in refused]
        raise ProblemError(first.http_status, first.code, f"{refused[0][1]}: {first}", errors=errors)
    return checked


def request_sha256(application_id: int, files: list[CheckedUpload]) -> str:
    """What a request asks for: an Idempotency-Key reused for another request is told apart by this."""
    text = "\n".join(
        [str(application_id), *(f"{f.file_name}\0{hashlib.sha256(f.data).hexdigest()}" for f in files)]
    )
    return hashlib.sha256(text.encode()).hexdigest()


_IDEMPOTENT = core_table(IdempotentRequest)
_EARLIER_ANSWERS = select(
    _IDEMPOTENT.c.api_key_id, _IDEMPOTENT.c.key, _IDEMPOTENT.c.request_sha256, _IDEMPOTENT.c.response
).where(_IDEMPOTENT.c.key.in_(bindparam("keys", expanding=True)))
_NEW_ANSWER = insert(_IDEMPOTENT)
_APPLICATION = core_table(Application)
_APPLICATIONS = select(_APPLICATION.c.id).where(_APPLICATION.c.id.in_(bindparam("ids", expanding=True)))


@dataclass
class _Batch:
    """What a batch's uploads look up, read in one query each, and the rows they add, inserted in one
    statement per table at the end (instead of a few statements per upload)."""

    applications: set[int]  # those of the batch's that exist
    answers: dict[tuple[int, str], tuple[str, dict[str, Any]]]  # (key id, Idempotency-Key) -> sha, answer
    new_answers: list[dict[str, Any]] = field(default_factory=list)
    rows: NewRows = field(default_factory=NewRows)

    @classmethod
    def of(cls, session: Session, uploads: list[Upload]) -> _Batch:
        connection = session.connection()
        ids = {"ids": sorted({u.application_id for u in uploads})}
        applications = set(connection.execute(_APPLICATIONS, ids).scalars())
        answers = {}
        keys = sorted({u.idempotency_key for u in uploads if u.idempotency_key is not None})
        if keys:
            for row in connection.execute(_EARLIER_ANSWERS, {"keys": keys}):
                answers[(row.api_key_id, row.key)] = (row.request_sha256, row.response)
        return cls(applications, answers)

    def insert(self, session: Session) -> None:
        self.rows.insert(session)
        if self.new_answers:
            session.connection().execute(_NEW_ANSWER, self.new_answers)


def _store(session: Session, upload: Upload, batch: _Batch) -> Accepted:
    """The upload's rows in the batch's transaction: its earlier answer, a 4xx before any write, or
    its documents (their audit and outbox rows added to the batch's) and its idempotency row."""
    keyed = (upload.api_key_id, upload.idempotency_key or "")
    earlier = batch.answers.get(keyed) if upload.idempotency_key is not None else None
    if earlier is not None:
        if earlier[0] != upload.request_sha256:
            detail = "this Idempotency-Key was used for a different request"
            raise ProblemError(422, "idempotency_key_reused", detail)
        # Validated again: PostgreSQL's JSONB keeps no key order, the answer's JSON does.
        replay = UploadAccepted.model_validate(earlier[1])
        return Accepted(replay.model_dump_json().encode(), True)
    if upload.application_id not in batch.applications:
        raise ProblemError(404, "application_not_found", f"no application {upload.application_id}")
    accepted = []
    for f, sha in zip(upload.checked, upload.shas, strict=True):
        app_id, catalog = upload.application_id, upload.catalog
        sub = submit_stored(session, app_id, f.file_name, sha, f.media_type, catalog, batch.rows)
        assert sub.document_id is not None
        accepted.append(
            AcceptedDocument(
                id=sub.document_id,
                file_name=f.file_name,
                media_type=f.media_type,
                pages=f.pages,
                duplicate_of=sub.duplicate_of,
                already_done=sub.already_done,
            )
        )
    answer = UploadAccepted(application_id=upload.application_id, documents=accepted)
    if upload.idempotency_key is not None:
        response = answer.model_dump(mode="json")
        batch.answers[keyed] = (upload.request_sha256, response)  # a retry in this batch replays it
        batch.new_answers.append(
            {
                "api_key_id": upload.api_key_id,
                "key": upload.idempotency_key,
                "request_sha256": upload.request_sha256,
                "status_code": 202,
                "response": response,
                "created_at": utcnow(),
            }
        )
    return Accepted(answer.model_dump_json().encode(), False)


def _writing(engine: Engine) -> AbstractContextManager[object]:
    return sqlite_writer(engine) if engine.dialect.name == "sqlite" else nullcontext()
