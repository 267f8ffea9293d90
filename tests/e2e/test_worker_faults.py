"""Faults on the real services: `certledger worker` processes on a Redis of their own, killed and cut off.

Each test starts its own redis-server on a free port (append-only file on, as in docker-compose.yml),
never the machine's shared one, and uses a SQLite database in tmp shared by the processes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from certledger.db import make_engine
from tests.applicants import Applicant, basic, write_applicant
from tests.conftest import require_tesseract
from tests.e2e.test_cli_extract import CLI, ROOT
from tests.factories import certificate_spec, render_certificate_pdf, to_scan
from tests.postgres_server import PostgresServer
from tests.redis_server import RedisServer, free_port

pytestmark = pytest.mark.slow


class Cluster:
    """A data dir, a Redis and the `certledger` commands that share them."""

    def __init__(self, root: Path, redis_server: RedisServer, database_url: str | None = None) -> None:
        self.root = root
        self.redis = redis_server
        self.data = root / "data"
        self.database_url = database_url or f"sqlite:///{self.data / 'certledger.db'}"
        self.workers: list[subprocess.Popen[bytes]] = []
        self.metrics_port = free_port()

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CERTLEDGER_DATABASE_URL")}
        return env | {
            "CERTLEDGER_DATA_DIR": str(self.data),
            "CERTLEDGER_DATABASE_URL": self.database_url,
            "CERTLEDGER_RETRY_MAX_BACKOFF_MS": "3000",
            "REDIS_URL": self.redis.url,
            "CERTLEDGER_HEARTBEAT_TIMEOUT_MS": "3000",
            "CERTLEDGER_REDIS_MAINTENANCE_CHANCE": "1000000",  # look for dead workers on every command
            "CERTLEDGER_OCR_CACHE": "false",
            "CERTLEDGER_RETRY_MIN_BACKOFF_MS": "200",
            "CERTLEDGER_METRICS_PORT": str(self.metrics_port),
        }

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CLI, *args], capture_output=True, text=True, env=self.env(), cwd=ROOT, timeout=300
        )

    def start_worker(self) -> subprocess.Popen[bytes]:
        with (self.root / f"worker-{len(self.workers)}.log").open("wb") as log:  # the child keeps its copy
            worker = subprocess.Popen(
                [*CLI, "worker", "--processes", "1", "--threads", "1"],
                env=self.env(),
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: killpg reaches the dramatiq children too
            )
        self.workers.append(worker)
        return worker

    def kill(self, worker: subprocess.Popen[bytes], sig: int = signal.SIGKILL) -> None:
        try:
            os.killpg(worker.pid, sig)
        except ProcessLookupError:
            return
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(timeout=30)

    def stop(self) -> None:
        for worker in self.workers:
            self.kill(worker, signal.SIGTERM)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        engine = make_engine(self.database_url)
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(sql))]
        finally:
            engine.dispose()

    def wait_until(self, check: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return
            time.sleep(0.2)
        logs = "\n".join(
            p.read_text(errors="replace")[-3000:] for p in sorted(self.root.glob("worker-*.log"))
        )
        raise AssertionError(f"{what} not within {timeout:g} s\n{logs}")

    def all_done(self) -> bool:
        states = self.rows("SELECT state FROM document")
        dirty = self.rows("SELECT count(*) FROM ledger_request WHERE built < requested")
        return bool(states) and all(s == "done" for (s,) in states) and dirty == [(0,)]


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    server = RedisServer(tmp_path / "redis").start()
    cluster = Cluster(tmp_path, server)
    try:
        yield cluster
    finally:
        cluster.stop()
        server.stop()


def _scanned_applicant(root: Path, applicant_id: str) -> Path:
    drawn = render_certificate_pdf(basic(), "centered_landscape", root / f"{applicant_id}.pdf")
    scan = to_scan(drawn, root / f"{applicant_id}.png", "scan_heavy", "png", seed=5)
    return write_applicant(
        root / "apps", Applicant(applicant_id, docs=[("01-basic-scan.png", scan.read_bytes())])
    )


def test_a_worker_killed_mid_document_leaves_it_to_another_which_completes_it_once(cluster: Cluster) -> None:
    """SIGKILL while a scan is being read: after the heartbeat timeout a second worker reads it, once."""
    require_tesseract()
    _scanned_applicant(cluster.root, "K001")
    first = cluster.start_worker()
    submitted = cluster.run("ingest", str(cluster.root / "apps"))
    assert submitted.returncode == 0, submitted.stderr
    cluster.wait_until(
        lambda: cluster.rows("SELECT state FROM document") == [("processing",)], 120, "reading"
    )
    cluster.kill(first)
    assert cluster.rows("SELECT state FROM document") == [("processing",)]
    cluster.start_worker()
    cluster.wait_until(cluster.all_done, 240, "every document done")
    stored = cluster.rows("SELECT count(*) FROM audit_log WHERE action = 'extraction_stored'")
    keys = cluster.rows("SELECT line_key FROM extracted_item")
    assert (stored, len(keys) >= 1, len(keys) == len(set(keys))) == ([(1,)], True, True)


def test_redis_stopped_during_a_bulk_ingest_and_started_again_loses_nothing(cluster: Cluster) -> None:
    """Redis goes away mid-batch, a second batch is submitted meanwhile: once it is back, all complete."""
    for n, applicant_id in enumerate(("R001", "R002")):
        docs = [(f"{i:02d}.pdf", certificate_spec(certificate_number=f"R{n}-{i:04d}")) for i in range(5)]
        write_applicant(cluster.root / f"batch{n}", Applicant(applicant_id, docs=docs))  # type: ignore[arg-type]
    cluster.start_worker()
    assert cluster.run("ingest", str(cluster.root / "batch0")).returncode == 0
    cluster.wait_until(
        lambda: bool(cluster.rows("SELECT 1 FROM document WHERE state = 'done'")), 120, "a read"
    )
    cluster.redis.stop()
    second = cluster.run("ingest", str(cluster.root / "batch1"))  # committed while Redis is down
    assert second.returncode == 0, second.stderr
    time.sleep(3)
    unsent = cluster.rows("SELECT count(*) FROM outbox_message WHERE sent_at IS NULL")
    cluster.redis.start()
    cluster.wait_until(cluster.all_done, 240, "every document done")
    states = cluster.rows("SELECT state, count(*) FROM document GROUP BY state")
    ledgers = cluster.rows("SELECT count(*) FROM ledger")
    assert (states, ledgers, unsent[0][0] > 0) == ([("done", 10)], [(2,)], True)
    metrics = _scrape(cluster.metrics_port)
    expected = {
        'certledger_documents{state="done"}': 10.0,
        "certledger_outbox_unsent": 0.0,
        "certledger_queue_depth": 0.0,
        'certledger_documents_read_total{result="done"}': 10.0,
    }
    assert expected == {k: metrics.get(k) for k in expected}
    assert metrics['certledger_messages_processed_total{actor="process_document"}'] >= 10
    assert metrics["certledger_page_ocr_seconds_count"] == 10


def _scrape(port: int) -> dict[str, float]:
    """The worker's Prometheus metrics, by name and labels (multiprocess samples summed)."""
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    out: dict[str, float] = {}
    for line in body.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            out[name] = out.get(name, 0.0) + float(value)
    return out


def _text_batch(root: Path, applicant_id: str, n: int) -> Path:
    docs = [
        (f"{i:02d}.pdf", certificate_spec(certificate_number=f"{applicant_id}-{i:04d}")) for i in range(n)
    ]
    return write_applicant(root, Applicant(applicant_id, docs=docs))  # type: ignore[arg-type]


def test_postgresql_restarted_under_load_loses_nothing(tmp_path: Path) -> None:
    """A throwaway PostgreSQL cluster restarted while workers read and save: every document completes."""
    server = RedisServer(tmp_path / "redis").start()
    pg = PostgresServer.create()
    try:
        cluster = Cluster(tmp_path, server, pg.url)
        assert cluster.run("db", "upgrade").returncode == 0
        for applicant_id in ("P001", "P002"):
            _text_batch(cluster.root / "apps", applicant_id, 6)
        cluster.start_worker()
        assert cluster.run("ingest", str(cluster.root / "apps")).returncode == 0
        cluster.wait_until(
            lambda: bool(cluster.rows("SELECT 1 FROM document WHERE state = 'done'")), 120, "a read"
        )
        before = cluster.rows("SELECT count(*) FROM document WHERE state = 'done'")[0][0]
        pg.restart()
        cluster.wait_until(cluster.all_done, 240, "every document done")
        states = cluster.rows("SELECT state, count(*) FROM document GROUP BY state")
        ledgers = cluster.rows("SELECT count(*) FROM ledger")
        assert (states, ledgers, before < 12) == ([("done", 12)], [(2,)], True)
    finally:
        for worker in cluster.workers:
            cluster.kill(worker, signal.SIGTERM)
        server.stop()
        pg.destroy()
