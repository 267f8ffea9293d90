"""The reviewer's application page with 200 ledger lines: server HTML time and browser load time.

Run: .venv/bin/python bench/bench_web_page.py [--lines 200] [--runs 20]

Draws one applicant with 8 department transcripts (text PDFs, 25 rows each), ingests it with
`certledger ingest --wait` into a fresh data dir, creates a reviewer with `certledger user create`,
starts `uvicorn certledger.api.app:create_app --factory` on loopback, then times:

- server: GET /applications/{id} (signed in) with httpx, first request (page sizes read from the
  files) and the median of ``--runs`` more;
- browser: Chromium (/usr/bin/chromium, Playwright) navigation to the page until the load event,
  first visit (page images rendered and cached) and the median of 5 more.

Target: under a second. Prints a table; writes JSON to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from certledger.samples import TranscriptRow, TranscriptSpec, render_transcript_pdf

ROOT = Path(__file__).resolve().parents[1]
EXE = ROOT / ".venv" / "bin" / "certledger"
CHROMIUM = "/usr/bin/chromium"
EMAIL, PASSWORD = "bench@example.org", "bench password 1"
TOPICS = (
    "Youth Crisis Intervention",
    "School Threat Assessment",
    "Juvenile Law Update",
    "Active Shooter Response",
    "Adolescent Mental Health",
    "Bullying Prevention",
    "De-escalation with Students",
    "Campus Emergency Drills",
    "Restorative Practices",
    "Trauma-Informed Policing",
    "Gang Awareness for Schools",
    "Child Abuse Reporting",
)


def draw_applicant(root: Path, lines: int) -> Path:
    """One applicant folder: ``lines`` transcript rows over 8 transcripts, and its manifest."""
    folder = root / "B200"
    folder.mkdir(parents=True)
    per_doc = -(-lines // 8)
    files = []
    for d in range(8):
        rows = []
        for r in range(per_doc):
            n = d * per_doc + r
            if n >= lines:
                break
            day = date(2015, 1, 5) + timedelta(days=17 * n)
            title = f"{TOPICS[n % len(TOPICS)]} Module {n + 1}"
            rows.append(
                TranscriptRow(title, f"C{n:03d}", "State School Safety Center", day, day, 4, "Juvenile")
            )
        spec = TranscriptSpec(
            agency="Riverside County Sheriff's Office", employee_name="DOE, JANE Q.", rows=tuple(rows)
        )
        name = f"{d + 1:02d}-transcript.pdf"
        render_transcript_pdf(spec, "grid", folder / name)
        files.append(name)
    manifest = {
        "applicant_id": "B200",
        "name": "Jane Q. Doe",
        "agency": "Riverside County Sheriff's Office",
        "sro_start_date": "2012-08-01",
        "currently_employed": True,
        "application_date": "2024-03-15",
        "documents": files,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


def cli(env: dict[str, str], *args: str, stdin: str = "") -> None:
    subprocess.run([str(EXE), *args], env=env, input=stdin, text=True, check=True, capture_output=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def sign_in(client: httpx.Client) -> None:
    page = client.get("/signin")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    data = {"email": EMAIL, "password": PASSWORD, "csrf_token": token.group(1)}
    assert client.post("/signin", data=data).status_code == 303


def time_server(base: str, path: str, runs: int) -> tuple[float, float, int]:
    """(first, median of ``runs``) seconds of GET ``path``, and the HTML's size."""
    with httpx.Client(base_url=base, follow_redirects=False, timeout=60) as client:
        sign_in(client)
        started = time.perf_counter()
        first = client.get(path)
        first_s = time.perf_counter() - started
        assert first.status_code == 200, first.status_code
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            client.get(path).raise_for_status()
            times.append(time.perf_counter() - started)
    return first_s, statistics.median(times), len(first.content)


def time_browser(base: str, path: str) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/signin")
        page.get_by_label("Email").fill(EMAIL)
        page.get_by_label("Password").fill(PASSWORD)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()
        loads, dom = [], []
        for _ in range(6):
            started = time.perf_counter()
            page.goto(base + path, wait_until="load")
            loads.append(time.perf_counter() - started)
            nav = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")
            dom.append(json.loads(nav)["domContentLoadedEventEnd"] / 1000)
        lines = page.locator("article[data-line]").count()
        browser.close()
    return {
        "first_s": loads[0],
        "median_s": statistics.median(loads[1:]),
        "dom_ready_median_s": statistics.median(dom[1:]),
        "lines_on_page": lines,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        root = Path(tmp)
        draw_applicant(root / "applications", args.lines)
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CERTLEDGER_DATABASE_URL")}
        env |= {"CERTLEDGER_DATA_DIR": str(root / "data"), "CERTLEDGER_COOKIE_SECURE": "false"}
        cli(env, "ingest", str(root / "applications"), "--wait")
        cli(env, "user", "create", "--email", EMAIL, "--role", "reviewer", "--password-stdin", stdin=PASSWORD)
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "certledger.api.app:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(base + "/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise
                time.sleep(0.2)
            first, median, size = time_server(base, "/applications/1", args.runs)
            browser = time_browser(base, "/applications/1")
        finally:
            server.terminate()
            server.wait(timeout=10)
    result = {
        "lines": browser["lines_on_page"],
        "html_bytes": size,
        "server_first_s": round(first, 3),
        "server_median_s": round(median, 3),
        "browser_first_s": round(browser["first_s"], 3),
        "browser_median_s": round(browser["median_s"], 3),
        "browser_dom_ready_median_s": round(browser["dom_ready_median_s"], 3),
        "load_average": os.getloadavg()[0],
    }
    print("| lines | HTML | server first | server median | browser first | browser median | DOM ready |")
    print("|---|---|---|---|---|---|---|")
    print(
        f"| {result['lines']} | {size / 1024:.0f} KiB | {first * 1000:.0f} ms | {median * 1000:.0f} ms "
        f"| {browser['first_s'] * 1000:.0f} ms | {browser['median_s'] * 1000:.0f} ms "
        f"| {browser['dom_ready_median_s'] * 1000:.0f} ms |"
    )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_web_page.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
