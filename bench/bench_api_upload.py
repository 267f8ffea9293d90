"""Intake API under load: 50 concurrent clients uploading certificates to `certledger serve` on loopback.

The server is `certledger serve` in its own process (fresh data dir, SQLite unless --database-url);
the clients run in another process (asyncio + httpx), each with its own application, uploading one
generated certificate per request with an Idempotency-Key. Reported: p50/p95/max latency of the 202,
uploads per second; then every uploaded document is checked present exactly once (API listing).

By default the server runs intake only: REDIS_URL is set and no `certledger worker` runs, so the
uploads wait in the outbox and the CPU is the API's (reading them is the workers' job, on other
machines in production). `--with-worker` leaves REDIS_URL unset: the embedded worker reads the
uploads on the same 2 cores while they arrive.

`--pause S`: each client waits S seconds after each 202 (think time; the first upload starts at a
random offset within S), as an intake system with 50 connections that each send a file now and
then; 0 (default) is a closed loop, every client uploading back to back: the server's saturation.

`--load wrk`: the clients are wrk (C, one thread, `--clients` connections, closed loop, for
`--duration` seconds) with bench/wrk_upload.lua building each multipart body, instead of Python's
asyncio + httpx: a load generator that leaves the server the CPU (Debian package `wrk`). Its
latencies are wrk's histogram; every upload answered is checked present exactly once, and the few
cut off when the time is up (sent, no answer read) present at most once.

Run: .venv/bin/python bench/bench_api_upload.py --clients 50 --uploads 10 --processes 1 [--pause 1]
     .venv/bin/python bench/bench_api_upload.py --clients 50 --load wrk --duration 15
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The interpreter running the bench, so that a worktree's code (PYTHONPATH) is the server's too.
CLI = [sys.executable, "-m", "certledger.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) of a process and its descendants, from /proc (Linux)."""
    total = 0.0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def _certificates(folder: Path, n: int) -> list[bytes]:
    """``n`` distinct certificate PDFs (layouts and courses vary)."""
    from tests.factories import CERTIFICATE_LAYOUTS, certificate_spec, render_certificate_pdf

    titles = [
        "Basic School Resource Officer Course",
        "Advanced School Resource Officer Course",
        "Active Shooter Response",
        "Youth Mental Health First Aid",
        "Crisis Intervention Team Training",
    ]
    pdfs = []
    for i in range(n):
        spec = certificate_spec(course_title=titles[i % len(titles)], certificate_number=f"BENCH-{i:04d}")
        path = render_certificate_pdf(
            spec, CERTIFICATE_LAYOUTS[i % len(CERTIFICATE_LAYOUTS)], folder / f"{i}.pdf"
        )
        pdfs.append(path.read_bytes())
    return pdfs


def _unique(pdf: bytes, tag: str) -> bytes:
    """The same PDF with a comment after %%EOF: other bytes (a new document), same pages."""
    return pdf + f"\n% upload {tag}\n".encode()


async def _client(
    url: str, key: str, index: int, uploads: int, pdfs: list[bytes], latencies: list[float], pause: float
) -> list[tuple[int, str, int]]:
    """One client: its application, then ``uploads`` uploads in a row; (app id, file name, doc id) of each."""
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120) as client:
        new = {
            "applicant_name": f"Bench Applicant {index}",
            "agency": "Bench PD",
            "application_date": "2024-03-01",
            "external_id": f"BENCH-{index:03d}",
        }
        response = await client.post("/api/v1/applications", json=new)
        response.raise_for_status()
        app_id = response.json()["id"]
        done = []
        await asyncio.sleep(random.Random(index).uniform(0, pause))
        for n in range(uploads):
            name = f"c{index:03d}-u{n:03d}.pdf"
            body = _unique(pdfs[(index + n) % len(pdfs)], name)
            started = time.perf_counter()
            response = await client.post(
                f"/api/v1/applications/{app_id}/documents",
                files=[("files", (name, body, "application/pdf"))],
                headers={"Idempotency-Key": name},
            )
            latencies.append(time.perf_counter() - started)
            if response.status_code != 202:
                raise RuntimeError(f"{name}: {response.status_code} {response.text[:200]}")
            done.append((app_id, name, response.json()["documents"][0]["id"]))
            await asyncio.sleep(pause)
        return done


async def _load(
    url: str, key: str, clients: int, uploads: int, pdfs: list[bytes], pause: float
) -> tuple[list[float], list[tuple[int, str, int]], float]:
    latencies: list[float] = []
    started = time.perf_counter()
    results = await asyncio.gather(
        *(_client(url, key, i, uploads, pdfs, latencies, pause) for i in range(clients))
    )
    return latencies, [r for rs in results for r in rs], time.perf_counter() - started


def _run_clients(
    url: str,
    key: str,
    clients: int,
    uploads: int,
    pdf_dir: str,
    pause: float,
    out: multiprocessing.Queue,  # type: ignore[type-arg]
) -> None:
    pdfs = [p.read_bytes() for p in sorted(Path(pdf_dir).glob("*.pdf"))]
    out.put(asyncio.run(_load(url, key, clients, uploads, pdfs, pause)))


def _check_present(url: str, key: str, uploaded: list[tuple[int, str, int]]) -> tuple[int, int]:
    """(documents expected, documents found exactly once by name and id) via the API's listings."""
    found: dict[tuple[int, str], list[int]] = {}
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=60) as client:
        for app_id in sorted({a for a, _, _ in uploaded}):
            for doc in client.get(f"/api/v1/applications/{app_id}/documents").json():
                found.setdefault((app_id, doc["file_name"]), []).append(doc["id"])
    exact = sum(found.get((a, n)) == [d] for a, n, d in uploaded)
    extra = sum(len(v) for v in found.values()) - exact
    return len(uploaded), exact - extra


async def _applications(url: str, key: str, n: int) -> list[int]:
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {key}"}) as client:
        ids = []
        for index in range(n):
            new = {
                "applicant_name": f"Bench Applicant {index}",
                "agency": "Bench PD",
                "application_date": "2024-03-01",
                "external_id": f"BENCH-{index:03d}",
            }
            response = await client.post("/api/v1/applications", json=new)
            response.raise_for_status()
            ids.append(response.json()["id"])
        return ids


def _run_wrk(url: str, key: str, clients: int, duration: int, pdf_dir: Path, out: Path) -> list[str]:
    """wrk's result lines (bench/wrk_upload.lua's done()) after ``duration`` seconds of closed loop."""
    if shutil.which("wrk") is None:
        sys.exit("bench_api_upload: --load wrk needs the wrk binary (Debian/Ubuntu: apt-get install wrk)")
    apps = asyncio.run(_applications(url, key, clients))
    env = os.environ | {
        "WRK_KEY": key,
        "WRK_APPS": ",".join(map(str, apps)),
        "WRK_PDF_DIR": str(pdf_dir),
        "WRK_OUT": str(out),
    }
    script = ROOT / "bench" / "wrk_upload.lua"
    command = ["wrk", "-t1", f"-c{clients}", f"-d{duration}s", "--timeout", "60s", "-s", str(script), url]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return out.read_text().splitlines()


def _check_wrk(url: str, key: str, lines: list[str]) -> tuple[int, int, int, int]:
    """(answered 202, present exactly once with the answered id, cut off, cut off present at most once)."""
    sent = {tuple(line.split()[1:3]) for line in lines if line.startswith("sent ")}
    answered: dict[tuple[str, str], str] = {}
    for line in lines:
        if line.startswith("answer "):
            status, app, name, doc = line.split()[1:5]
            if status != "202":
                raise RuntimeError(f"{name}: answered {status}")
            answered[(app, name)] = doc
    found: dict[tuple[str, str], list[str]] = {}
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=60) as client:
        for app_id in sorted({a for a, _ in sent}):
            for doc in client.get(f"/api/v1/applications/{app_id}/documents").json():
                found.setdefault((app_id, doc["file_name"]), []).append(str(doc["id"]))
    strays = set(found) - sent
    if strays:
        raise RuntimeError(f"documents nobody sent: {sorted(strays)[:5]}")
    exact = sum(found.get(k) == [d] for k, d in answered.items())
    cut = sent - set(answered)
    return len(answered), exact, len(cut), sum(len(found.get(k, [])) <= 1 for k in cut)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--uploads", type=int, default=10, help="uploads per client")
    parser.add_argument("--processes", type=int, default=1, help="uvicorn worker processes of the server")
    parser.add_argument("--database-url", default=None, help="default: SQLite in a fresh data dir")
    parser.add_argument("--with-worker", action="store_true", help="embedded worker reads uploads meanwhile")
    parser.add_argument("--pause", type=float, default=0.0, help="seconds each client waits after a 202")
    parser.add_argument("--load", choices=("httpx", "wrk"), default="httpx", help="the load generator")
    parser.add_argument("--duration", type=int, default=15, help="seconds of load (--load wrk)")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="a server setting (A/B runs)"
    )
    parser.add_argument(
        "--py-spy", metavar="FILE", help="profile the server meanwhile: py-spy record --gil, collapsed stacks"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="certledger-bench-api-"))
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CERTLEDGER_") and k not in ("REDIS_URL", "DATABASE_URL")
    }
    env |= {"CERTLEDGER_DATA_DIR": str(work / "data"), "CERTLEDGER_MAX_FILES_PER_REQUEST": "5"}
    env |= dict(item.split("=", 1) for item in args.set)  # e.g. CERTLEDGER_API_KEY_CACHE_S=0
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    if not args.with_worker:
        env["REDIS_URL"] = "redis://127.0.0.1:6379/14"  # intake only: nothing sends the outbox (no worker)
    code = subprocess.run(
        [sys.executable, "-c", "import certledger; print(certledger.__file__)"],
        env=env,
        cwd=work,  # not this folder: `python -c`/`-m` put the working directory first on sys.path
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(f"server code: {code}")
    key = subprocess.run(
        [*CLI, "apikeys", "create", "--name", "bench", "--scope", "ingest,read"],
        env=env,
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[-1]
    pdf_dir = work / "pdfs"
    pdf_dir.mkdir()
    _certificates(pdf_dir, 20)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [*CLI, "serve", "--port", str(port), "--processes", str(args.processes)],
        env=env,
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    profiler: subprocess.Popen[bytes] | None = None
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        if args.processes > 1:  # /readyz answered from one process; let the others finish importing
            time.sleep(5)
        if args.py_spy:
            spy = [shutil.which("py-spy") or "py-spy", "record", "--gil", "--subprocesses", "--nonblocking"]
            spy += ["--format", "raw", "-o", args.py_spy, "--pid", str(server.pid)]
            profiler = subprocess.Popen(spy, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
        if args.load == "wrk":
            return _report_wrk(args, url, key, server, pdf_dir, work / "wrk.out")
        cpu_before = _cpu_s(server.pid)
        ctx = multiprocessing.get_context("spawn")
        out = ctx.Queue()
        clients = ctx.Process(
            target=_run_clients, args=(url, key, args.clients, args.uploads, str(pdf_dir), args.pause, out)
        )
        clients.start()
        latencies, uploaded, elapsed = out.get()
        clients.join()
        server_cpu = _cpu_s(server.pid) - cpu_before
        expected, exact = _check_present(url, key, uploaded)
    finally:
        if profiler is not None:
            profiler.send_signal(signal.SIGINT)  # writes its file and exits
            profiler.wait(timeout=60)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    database = "PostgreSQL" if args.database_url else "SQLite"
    reading = "embedded worker reading" if args.with_worker else "intake only"
    print(
        f"server: certledger serve --processes {args.processes}, {database}, {reading}; pause {args.pause} s"
    )
    print(
        f"{args.clients} clients x {args.uploads} uploads = {len(ms)} uploads in {elapsed:.1f} s: "
        f"{len(ms) / elapsed:.1f} uploads/s"
    )
    print(f"202 latency ms: p50 {statistics.median(ms):.0f}, p95 {p95:.0f}, max {ms[-1]:.0f}")
    print(f"server CPU: {server_cpu / len(ms) * 1000:.1f} ms per upload (all its processes)")
    print(f"present exactly once: {exact} of {expected}")
    return 0 if exact == expected else 1


def _report_wrk(
    args: argparse.Namespace, url: str, key: str, server: subprocess.Popen[bytes], pdf_dir: Path, out: Path
) -> int:
    cpu_before = _cpu_s(server.pid)
    lines = _run_wrk(url, key, args.clients, args.duration, pdf_dir, out)
    server_cpu = _cpu_s(server.pid) - cpu_before
    answered, exact, cut, cut_ok = _check_wrk(url, key, lines)
    fields = dict(line.split(" ", 1) for line in lines if not line.startswith(("sent ", "answer ")))
    duration_us, requests, *errors = map(int, fields["summary"].split())
    p50, p95, p99, top = (int(v) / 1000 for v in fields["latency_us"].split())
    database = "PostgreSQL" if args.database_url else "SQLite"
    print(f"server: certledger serve --processes {args.processes}, {database}, intake only; load: wrk")
    print(
        f"{args.clients} connections for {duration_us / 1e6:.1f} s: {requests} uploads answered, "
        f"{requests / (duration_us / 1e6):.1f} uploads/s; errors (connect read write status timeout) {errors}"
    )
    print(f"202 latency ms: p50 {p50:.0f}, p95 {p95:.0f}, p99 {p99:.0f}, max {top:.0f}")
    print(f"server CPU: {server_cpu / max(1, answered + cut) * 1000:.1f} ms per upload (all its processes)")
    print(f"present exactly once: {exact} of {answered}; cut off at the end: {cut}, at most once: {cut_ok}")
    return 0 if exact == answered and cut_ok == cut and not any(errors) else 1


if __name__ == "__main__":
    sys.exit(main())
