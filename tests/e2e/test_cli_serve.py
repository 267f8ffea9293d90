"""`certledger serve` as a subprocess: embedded worker and webhook deliverer included; keys from the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import require_tesseract
from tests.factories import certificate_spec, render_certificate_pdf
from tests.redis_server import free_port
from tests.webhook_receiver import WebhookReceiver

CLI = [sys.executable, "-m", "certledger.cli"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CERTLEDGER_") and k not in ("REDIS_URL", "DATABASE_URL")
    }
    return env | {
        "CERTLEDGER_DATA_DIR": str(tmp_path / "data"),
        "CERTLEDGER_WORKERS": "1",
        "CERTLEDGER_SECOND_ENGINE": "false",
        "CERTLEDGER_WEBHOOK_POLL_S": "0.1",
        "CERTLEDGER_WEBHOOK_ALLOW_PRIVATE": "true",  # the receiver is on loopback
    }


def _cli(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [*CLI, *args], env=env, check=True, capture_output=True, text=True, timeout=120
    ).stdout


@pytest.mark.slow
def test_serve_reads_uploads_posts_webhooks_and_honours_revocation(tmp_path: Path) -> None:
    """A key from `apikeys create` uploads; the app reads it, POSTs ledger.ready; `revoke` locks it out
    (within the 2 s a live key is remembered)."""
    require_tesseract()
    env = _env(tmp_path)
    key = _cli(env, "apikeys", "create", "--name", "intake", "--scope", "ingest,read").splitlines()[-1]
    port = free_port()
    server = subprocess.Popen(
        [*CLI, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    pdf = render_certificate_pdf(certificate_spec(), "form_fields", tmp_path / "basic.pdf").read_bytes()
    try:
        with (
            WebhookReceiver() as receiver,
            httpx.Client(
                base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"}
            ) as client,
        ):
            deadline = time.monotonic() + 60
            while True:
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline and server.poll() is None, "serve did not come up"
                time.sleep(0.2)
            client.post("/api/v1/webhooks", json={"url": receiver.url})
            new = {"applicant_name": "Maria L. Gonzalez", "agency": "PD", "application_date": "2024-03-01"}
            app_id = client.post("/api/v1/applications", json=new).json()["id"]
            upload = client.post(
                f"/api/v1/applications/{app_id}/documents", files=[("files", ("basic.pdf", pdf))]
            )
            deadline = time.monotonic() + 180
            while not any(b"ledger.ready" in r.body for r in receiver.received):
                assert time.monotonic() < deadline, "no ledger.ready"
                time.sleep(0.2)
            status = client.get(f"/api/v1/applications/{app_id}/status").json()
            key_id = _cli(env, "apikeys", "list").splitlines()[1].split()[0]
            _cli(env, "apikeys", "revoke", key_id)
            refused_by = time.monotonic() + 2.0 + 1.0  # CERTLEDGER_API_KEY_CACHE_S, and a margin
            after = client.get(f"/api/v1/applications/{app_id}").status_code
            while after != 401 and time.monotonic() < refused_by:
                time.sleep(0.1)
                after = client.get(f"/api/v1/applications/{app_id}").status_code
        event = json.loads(next(r.body for r in receiver.received if b"ledger.ready" in r.body))
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=60)
    assert (upload.status_code, status["documents"]["done"], event["application_id"], after, code) == (
        202,
        1,
        app_id,
        401,
        0,
    )
