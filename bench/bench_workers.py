"""Worker throughput: a corpus read by `certledger worker` with 1 and with 2 processes, pages per minute.

Each run gets a fresh data dir (SQLite, blobs), its own redis-server on a free port and the OCR cache
off, so every page is really read. Timed: `certledger ingest CORPUS --wait` from start to the last
ledger, with the worker already started (its model loading counts only as it happens per process).

Run: .venv/bin/python bench/bench_workers.py ../shared/corpus/dev --processes 1,2
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [str(ROOT / ".venv" / "bin" / "certledger")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait_port(port: int) -> None:
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on {port}")


def run(corpus: Path, processes: int, extra_env: dict[str, str]) -> tuple[int, int, float]:
    """(documents, pages, seconds) of one run."""
    with tempfile.TemporaryDirectory(prefix="certledger-bench-") as tmp:
        port = _free_port()
        redis = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", tmp],
            stdout=subprocess.DEVNULL,
        )
        _wait_port(port)
        env = (
            os.environ
            | extra_env
            | {"CERTLEDGER_DATA_DIR": f"{tmp}/data", "REDIS_URL": f"redis://127.0.0.1:{port}/0"}
        )
        env.pop("DATABASE_URL", None)
        env.pop("CERTLEDGER_DATABASE_URL", None)
        subprocess.run([*CLI, "db", "upgrade"], env=env, check=True, capture_output=True)
        worker = subprocess.Popen(
            [*CLI, "worker", "--processes", str(processes), "--threads", "1"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            started = time.monotonic()
            subprocess.run([*CLI, "ingest", str(corpus), "--wait"], env=env, capture_output=True, check=False)
            seconds = time.monotonic() - started
            with sqlite3.connect(f"{tmp}/data/certledger.db") as conn:
                docs, pages = conn.execute(
                    "SELECT count(*), coalesce(sum(pages), 0) FROM document"
                ).fetchone()
        finally:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=120)
            redis.terminate()
            redis.wait(timeout=30)
    return int(docs), int(pages), seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--processes", default="1,2", help="comma-separated worker process counts")
    parser.add_argument("--second-engine", default="true", help="CERTLEDGER_SECOND_ENGINE for the run")
    args = parser.parse_args()
    extra = {"CERTLEDGER_OCR_CACHE": "false", "CERTLEDGER_SECOND_ENGINE": args.second_engine}
    rates: dict[int, float] = {}
    for n in (int(x) for x in args.processes.split(",")):
        docs, pages, seconds = run(args.corpus, n, extra)
        rates[n] = pages / seconds * 60
        print(
            f"{n} process(es): {docs} documents, {pages} pages in {seconds:.1f} s = {rates[n]:.1f} pages/min"
        )
        sys.stdout.flush()
    if 1 in rates and len(rates) > 1:
        for n, rate in rates.items():
            if n != 1:
                print(f"{n} processes / 1 process: {rate / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
