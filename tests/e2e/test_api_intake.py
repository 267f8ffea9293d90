"""Group commit of uploads (``certledger.api.intake``): concurrent uploads share a transaction, each
is answered only after its commit, and a failure or a crash mid-batch loses nothing answered 202."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, event, select
from sqlmodel import Session

from certledger.api import intake
from certledger.api.app import create_app
from certledger.api.intake import IntakeWriter
from certledger.blobs import FolderBlobStore
from certledger.db import make_engine, migrate
from certledger.tables import Document, OutboxMessage
from tests.api_fixtures import api_settings, make_keys
from tests.api_server import LiveServer
from tests.e2e.test_cli_serve import CLI, _cli
from tests.factories import certificate_spec, render_certificate_pdf
from tests.redis_server import free_port


@dataclass
class Served:
    url: str
    app: FastAPI
    engine: Engine
    keys: dict[str, str]
    commits: list[int]  # one entry per transaction committed on the app's engine

    def client(self) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.keys['admin']}"}
        return httpx.Client(base_url=self.url, headers=headers, timeout=120)

    @property
    def writer(self) -> IntakeWriter:
        writer: IntakeWriter = self.app.state.intake
        return writer


@pytest.fixture
def served(tmp_path: Path, database_url: str) -> Iterator[Served]:
    engine = make_engine(database_url)
    migrate(engine)
    keys = make_keys(engine)
    commits: list[int] = []
    event.listen(engine, "commit", lambda _connection: commits.append(1))
    app = create_app(api_settings(tmp_path, database_url), engine=engine)
    with LiveServer(app) as url:
        yield Served(url, app, engine, keys, commits)
    engine.dispose()


def _pdf(tmp_path: Path) -> bytes:
    return render_certificate_pdf(certificate_spec(), "centered_landscape", tmp_path / "c.pdf").read_bytes()


def _application(client: httpx.Client, n: int = 1) -> int:
    new = {"applicant_name": "Pat Doe", "agency": "Test PD", "application_date": "2024-03-01"}
    response = client.post("/api/v1/applications", json=new | {"external_id": f"GC-{n}"})
    assert response.status_code == 201, response.text
    app_id: int = response.json()["id"]
    return app_id


def _upload(client: httpx.Client, app_id: int, name: str, data: bytes) -> httpx.Response:
    files = [("files", (name, data, "application/pdf"))]
    return client.post(f"/api/v1/applications/{app_id}/documents", files=files)


@dataclass
class Hold:
    """The writer's first transaction, held until ``release`` is set; ``sizes``: each one's uploads."""

    release: threading.Event
    sizes: list[int]


def _held_first_batch(monkeypatch: pytest.MonkeyPatch) -> Hold:
    """The writer's first transaction waits for the hold's release, so that uploads queue meanwhile."""
    hold = Hold(threading.Event(), [])
    transaction = IntakeWriter._transaction

    def held(self: IntakeWriter, uploads: list[intake.Upload]) -> Any:
        hold.sizes.append(len(uploads))
        if len(hold.sizes) == 1:
            assert hold.release.wait(60)
        return transaction(self, uploads)

    monkeypatch.setattr(IntakeWriter, "_transaction", held)
    return hold


def _send_while_held(
    served: Served, hold: Hold, sends: list[Callable[[], httpx.Response]]
) -> list[httpx.Response]:
    """Every send at once; the writer's first batch (the first upload, or the first few if they came
    together) is released once all the others are queued behind it."""

    def waiting() -> int:
        return (hold.sizes[0] if hold.sizes else 0) + served.writer._queue.qsize()

    with ThreadPoolExecutor(len(sends)) as pool:
        answers = [pool.submit(send) for send in sends]
        try:
            deadline = time.monotonic() + 60
            while waiting() < len(sends) and time.monotonic() < deadline:
                time.sleep(0.02)
            held_and_queued = waiting()
        finally:
            hold.release.set()
        assert held_and_queued == len(sends), f"only {held_and_queued} uploads reached the writer"
        return [a.result() for a in answers]


def _documents(client: httpx.Client, app_id: int) -> list[tuple[str, int]]:
    docs = client.get(f"/api/v1/applications/{app_id}/documents").json()
    return sorted((d["file_name"], d["id"]) for d in docs)


def test_concurrent_uploads_are_committed_together(
    served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """20 uploads at once: every one 202 and stored once, in 2 commits (the first batch's, held,
    and one for all the uploads that queued meanwhile), not 20."""
    pdf = _pdf(tmp_path)
    hold = _held_first_batch(monkeypatch)
    with served.client() as client:
        app_id = _application(client)
        served.commits.clear()
        sends = [
            (lambda n=n: _upload(client, app_id, f"u{n:02d}.pdf", pdf + f"\n% {n}\n".encode()))
            for n in range(20)
        ]
        answers = _send_while_held(served, hold, sends)
        commits = len(served.commits)
        docs = _documents(client, app_id)
    answered = sorted(
        (r.json()["documents"][0]["file_name"], r.json()["documents"][0]["id"]) for r in answers
    )
    assert ({r.status_code for r in answers}, commits, served.writer.commits) == ({202}, 2, 2)
    assert docs == answered and len({doc_id for _, doc_id in docs}) == 20


def test_a_failure_mid_batch_fails_only_its_upload_and_stores_the_others_once(
    served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upload that breaks while its batch is written: the batch is rolled back (nobody has an
    answer yet), then each upload is written alone: that one gets a 500 problem and stores nothing,
    the others their 202, each document stored once."""
    pdf = _pdf(tmp_path)
    submit = intake.submit_stored

    def breaking(session: Session, application_id: int, file_name: str, *args: Any) -> Any:
        if file_name == "boom.pdf":
            raise RuntimeError("the disk said no")
        return submit(session, application_id, file_name, *args)

    monkeypatch.setattr(intake, "submit_stored", breaking)
    hold = _held_first_batch(monkeypatch)
    names = ["first.pdf", "a.pdf", "b.pdf", "boom.pdf", "c.pdf", "d.pdf"]
    with served.client() as client:
        app_id = _application(client)
        sends = [
            (lambda n=n, name=name: _upload(client, app_id, name, pdf + f"\n% {n}\n".encode()))
            for n, name in enumerate(names)
        ]
        answers = dict(zip(names, _send_while_held(served, hold, sends), strict=True))
        docs = _documents(client, app_id)
    boom = answers.pop("boom.pdf")
    assert (boom.status_code, boom.json()["code"]) == (500, "internal_error")
    stored = sorted((n, r.json()["documents"][0]["id"]) for n, r in answers.items())
    assert ({r.status_code for r in answers.values()}, docs) == ({202}, stored)


def test_batch_max_one_commits_each_upload_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CERTLEDGER_UPLOAD_BATCH_MAX=1: the writer takes one upload per transaction."""
    engine = make_engine(f"sqlite:///{tmp_path / 'one.db'}")
    migrate(engine)
    keys = make_keys(engine)
    settings = api_settings(tmp_path, str(engine.url)).model_copy(update={"upload_batch_max": 1})
    app = create_app(settings, engine=engine)
    pdf = _pdf(tmp_path)
    with LiveServer(app) as url:
        served = Served(url, app, engine, keys, [])
        hold = _held_first_batch(monkeypatch)
        with served.client() as client:
            app_id = _application(client)
            sends = [
                (lambda n=n: _upload(client, app_id, f"u{n}.pdf", pdf + f"\n% {n}\n".encode()))
                for n in range(5)
            ]
            answers = _send_while_held(served, hold, sends)
    engine.dispose()
    assert ({r.status_code for r in answers}, served.writer.commits) == ({202}, 5)


def test_uploads_the_fast_path_leaves_to_fastapi_are_refused_as_before(
    served: Served, tmp_path: Path
) -> None:
    """``UploadFastPath`` takes only what FastAPI would accept as it is; the rest gets FastAPI's own
    problems: a malformed Idempotency-Key or id (422), a key without the ingest scope (403). The
    OpenAPI of the route is unchanged: 202 with UploadAccepted."""
    pdf = _pdf(tmp_path)
    with served.client() as client:
        app_id = _application(client)
        url = f"/api/v1/applications/{app_id}/documents"
        files = [("files", ("a.pdf", pdf, "application/pdf"))]
        bad_keys = [client.post(url, files=files, headers={"Idempotency-Key": k}) for k in ("a b", "k" * 256)]
        bad_ids = [client.post(f"/api/v1/applications/{i}/documents", files=files) for i in (0, 2**31)]
        read_only = {"Authorization": f"Bearer {served.keys['read']}"}
        forbidden = client.post(url, files=files, headers=read_only)
        missing = client.post("/api/v1/applications/999999/documents", files=files)
        ok = client.post(url, files=files, headers={"Idempotency-Key": "k" * 255})
        spec = client.get("/openapi.json").json()["paths"]["/api/v1/applications/{application_id}/documents"]
        docs = _documents(client, app_id)
    codes = [(r.status_code, r.json()["code"]) for r in [*bad_keys, *bad_ids, forbidden, missing]]
    assert codes == [(422, "validation_error")] * 4 + [(403, "forbidden"), (404, "application_not_found")]
    assert missing.json()["instance"] == "/api/v1/applications/999999/documents"
    assert (ok.status_code, docs) == (202, [("a.pdf", ok.json()["documents"][0]["id"])])
    schema = spec["post"]["responses"]["202"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/UploadAccepted"}


def _serve_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CERTLEDGER_") and k not in ("REDIS_URL", "DATABASE_URL")
    }
    # Intake only: with a Redis URL `serve` runs no embedded worker (and nothing here sends the outbox).
    return env | {"CERTLEDGER_DATA_DIR": str(tmp_path / "data"), "REDIS_URL": "redis://127.0.0.1:1/0"}


@pytest.mark.slow
def test_a_server_killed_mid_batch_loses_nothing_it_answered(tmp_path: Path) -> None:
    """`certledger serve` SIGKILLed while 16 clients upload back to back (batches in flight): every
    upload answered 202 is in the database once, with the answered id, its blob and its outbox
    message; an upload without an answer is there at most once."""
    env = _serve_env(tmp_path)
    key = _cli(env, "apikeys", "create", "--name", "crash", "--scope", "ingest,read").splitlines()[-1]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [*CLI, "serve", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pdf = _pdf(tmp_path)
    answered: dict[str, int] = {}
    sent: dict[str, bytes] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def client(n: int, app_id: int) -> None:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as c:
            for i in range(10_000):
                name = f"c{n:02d}-{i:05d}.pdf"
                data = pdf + f"\n% {name}\n".encode()
                with lock:
                    sent[name] = data
                try:
                    response = _upload(c, app_id, name, data)
                except httpx.TransportError:
                    return  # the server is gone
                assert response.status_code == 202, response.text
                with lock:
                    answered[name] = response.json()["documents"][0]["id"]
                if stop.is_set():
                    return

    try:
        _wait_ready(url, server)
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as c:
            app_id = _application(c)
        with ThreadPoolExecutor(16) as pool:
            clients = [pool.submit(client, n, app_id) for n in range(16)]
            deadline = time.monotonic() + 60
            while len(answered) < 200 and time.monotonic() < deadline:
                time.sleep(0.01)
            server.send_signal(signal.SIGKILL)  # no shutdown: batches in flight die with the process
            server.wait(30)
            stop.set()
            for done in clients:
                done.result()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(30)
    in_flight = set(sent) - set(answered)
    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'certledger.db'}")
    with Session(engine) as session:
        docs = session.execute(select(Document.file_name, Document.id, Document.blob_sha256)).all()
        queued = {m.payload["document_id"] for m in session.execute(select(OutboxMessage)).scalars()}
    engine.dispose()
    by_name: dict[str, list[tuple[int, str]]] = {}
    for name, doc_id, sha in docs:
        by_name.setdefault(name, []).append((doc_id, sha))
    blobs = FolderBlobStore(tmp_path / "data" / "blobs")
    assert len(answered) >= 200 and in_flight, "the kill did not land under load"
    for name, doc_id in answered.items():
        assert by_name.get(name) == [(doc_id, hashlib.sha256(sent[name]).hexdigest())], name
        assert blobs.get(by_name[name][0][1]) == sent[name] and doc_id in queued, name
    assert all(len(by_name.get(name, [])) <= 1 for name in in_flight)
    assert set(by_name) <= set(sent)


def _wait_ready(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "certledger serve exited"
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise TimeoutError("certledger serve did not get ready")
