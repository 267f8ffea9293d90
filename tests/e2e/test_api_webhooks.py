"""Webhooks end to end: registered over the API, POSTed by the deliverer to a real loopback receiver."""

from __future__ import annotations

import io
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from certledger.db import session_scope
from certledger.events import emit
from certledger.webhooks import SIGNATURE_HEADER, Deliverer, non_public_address, verify
from tests import api_fixtures
from tests.api_fixtures import Api
from tests.conftest import require_tesseract
from tests.factories import certificate_spec, render_certificate_pdf
from tests.webhook_receiver import WebhookReceiver
from workers.embedded import EmbeddedWorker

api = api_fixtures.api
SECRET = "s3cret-s3cret-s3cret"
NEW_APP = {"applicant_name": "Maria L. Gonzalez", "agency": "Some PD", "application_date": "2024-03-01"}


def _until(check: Callable[[], Any], timeout_s: float = 60) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError("condition not met")


def _register(client: httpx.Client, url: str, **extra: Any) -> dict[str, Any]:
    response = client.post("/api/v1/webhooks", json={"url": url, "secret": SECRET, **extra})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def _deliveries(client: httpx.Client, hook_id: int, done: Callable[[list[dict[str, Any]]], bool]) -> Any:
    def check() -> list[dict[str, Any]] | None:
        log: list[dict[str, Any]] = client.get(f"/api/v1/webhooks/{hook_id}/deliveries").json()
        return log if log and done(log) else None

    return _until(check)


def test_an_event_is_posted_signed_and_logged(api: Api) -> None:
    """The receiver gets the event JSON with a valid HMAC-SHA256 signature; the log shows one 200."""
    with WebhookReceiver() as receiver, api.client("ingest") as client:
        hook = _register(client, receiver.url)
        app_id = client.post("/api/v1/applications", json=NEW_APP).json()["id"]
        with session_scope(api.engine) as session:
            event = emit(session, "ledger.ready", app_id, {"eligible": False})
        with Deliverer(api.engine, api.settings):
            log = _deliveries(client, hook["id"], lambda log: log[0]["state"] != "pending")
    got = receiver.received[0]
    body = json.loads(got.body)
    assert verify(SECRET, got.headers[SIGNATURE_HEADER.lower()], got.body, now=time.time())
    assert not verify("another-secret-xxxx", got.headers[SIGNATURE_HEADER.lower()], got.body, now=time.time())
    assert (body["id"], body["type"], body["application_id"], body["data"]) == (
        event.id,
        "ledger.ready",
        app_id,
        {"eligible": False},
    )
    assert (got.headers["certledger-event"], len(receiver.received)) == ("ledger.ready", 1)
    assert [(d["state"], [a["status_code"] for a in d["attempts"]]) for d in log] == [("delivered", [200])]


@pytest.mark.parametrize(
    ("fail_first", "state", "codes"), [(2, "delivered", [500, 500, 200]), (9, "failed", [500] * 3)]
)
def test_a_failing_receiver_is_retried_with_backoff_up_to_the_limit(
    api: Api, fail_first: int, state: str, codes: list[int]
) -> None:
    """500s are retried (backoff doubling from 0.2 s) until a 2xx, or until 3 attempts: all logged."""
    with WebhookReceiver(fail_first=fail_first) as receiver, api.client("ingest") as client:
        hook = _register(client, receiver.url)
        with session_scope(api.engine) as session:
            emit(session, "document.failed", None, {"document_id": 1})
        with Deliverer(api.engine, api.settings):
            log = _deliveries(client, hook["id"], lambda log: log[0]["state"] != "pending")
    attempts = log[0]["attempts"]
    gaps = [(_ts(b["at"]) - _ts(a["at"])) for a, b in itertools.pairwise(attempts)]
    assert (log[0]["state"], [a["status_code"] for a in attempts], len(receiver.received)) == (
        state,
        codes,
        3,
    )
    assert [g >= 0.2 for g in gaps] == [True, True]


def _ts(text: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(text).timestamp()


def test_an_unreachable_receiver_is_logged_as_an_error(api: Api) -> None:
    """Nothing listening: each attempt logs the connection error, then the delivery fails."""
    with api.client("ingest") as client:
        hook = _register(client, "http://127.0.0.1:9/nothing")  # the discard port: refused
        with session_scope(api.engine) as session:
            emit(session, "ledger.ready", None, {})
        with Deliverer(api.engine, api.settings):
            log = _deliveries(client, hook["id"], lambda log: log[0]["state"] == "failed")
    assert [(a["status_code"], "ConnectError" in (a["error"] or "")) for a in log[0]["attempts"]] == [
        (None, True)
    ] * 3


def test_webhooks_belong_to_their_key_and_global_ones_need_admin(api: Api) -> None:
    """ingest registers its own, not global ones; another key neither sees nor deletes them; admin does."""
    with api.client("ingest") as ingest, api.client("admin") as admin:
        own = _register(ingest, "http://127.0.0.1:9/own")
        refused = ingest.post("/api/v1/webhooks", json={"url": "http://127.0.0.1:9/g", "global": True})
        shared = _register(admin, "http://127.0.0.1:9/g", **{"global": True})
        seen_by_ingest = [h["id"] for h in ingest.get("/api/v1/webhooks").json()]
        ingest_deletes_global = ingest.delete(f"/api/v1/webhooks/{shared['id']}").status_code
        admin_deletes_own = admin.delete(f"/api/v1/webhooks/{own['id']}").status_code
        again = admin.delete(f"/api/v1/webhooks/{own['id']}").status_code
        bad_url = ingest.post("/api/v1/webhooks", json={"url": "ftp://example.org/x"}).status_code
    assert (refused.status_code, refused.json()["code"]) == (403, "forbidden")
    assert (shared["global"], own["global"], sorted(seen_by_ingest)) == (
        True,
        False,
        [own["id"], shared["id"]],
    )
    assert (ingest_deletes_global, admin_deletes_own, again, bad_url) == (404, 204, 404, 422)


def test_the_pipeline_emits_ledger_ready_and_document_failed(api: Api, tmp_path: Path) -> None:
    """Uploads read by the embedded worker: the ledger POSTs ledger.ready, a broken JPEG document.failed."""
    require_tesseract()
    pdf = render_certificate_pdf(certificate_spec(), "sidebar", tmp_path / "basic.pdf").read_bytes()
    jpeg = io.BytesIO()
    Image.effect_noise((800, 1000), 60).convert("RGB").save(jpeg, format="JPEG", quality=90)
    broken = jpeg.getvalue()[: len(jpeg.getvalue()) // 3]  # passes the upload check (header), fails reading
    with (
        WebhookReceiver() as receiver,
        EmbeddedWorker(api.settings, engine=api.engine),
        Deliverer(api.engine, api.settings),
        api.client() as client,
    ):
        _register(client, receiver.url)
        app_id = client.post("/api/v1/applications", json=NEW_APP).json()["id"]
        files = [
            ("files", ("basic.pdf", pdf, "application/pdf")),
            ("files", ("scan.jpg", broken, "image/jpeg")),
        ]
        docs = client.post(f"/api/v1/applications/{app_id}/documents", files=files).json()["documents"]
        ready = _until(
            lambda: [json.loads(r.body) for r in receiver.received if b"ledger.ready" in r.body], 180
        )
        failed = _until(
            lambda: [json.loads(r.body) for r in receiver.received if b"document.failed" in r.body]
        )
    assert (ready[-1]["application_id"], ready[-1]["data"]["requirements"]["basic"]) == (app_id, "met")
    assert set(ready[0]["data"]) == {"eligible", "additional_hours_credited", "requirements"}
    failed[0]["data"].pop("error_message")
    assert (failed[0]["application_id"], failed[0]["data"]) == (
        app_id,
        {"document_id": docs[1]["id"], "error_code": "corrupt_document"},
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data",  # a cloud's instance metadata
        "http://[::1]:8080/hook",
    ],
)
def test_webhooks_to_non_public_addresses_are_refused_by_default(api: Api, url: str) -> None:
    """Unless CERTLEDGER_WEBHOOK_ALLOW_PRIVATE is set, a key cannot make the server POST inward."""
    api.settings.webhook_allow_private = False
    with api.client("ingest") as client:
        response = client.post("/api/v1/webhooks", json={"url": url, "secret": SECRET})
        listed = client.get("/api/v1/webhooks").json()
    assert (response.status_code, response.json()["type"], listed) == (
        422,
        "urn:certledger:problem:webhook_url_not_public",
        [],
    )


def test_a_hook_that_turns_non_public_is_not_posted_to(api: Api) -> None:
    """Checked again at delivery (a name may resolve elsewhere later): the attempt is logged, refused."""
    with WebhookReceiver() as receiver, api.client("ingest") as client:
        hook = _register(client, receiver.url)  # allowed while the setting is on
        app_id = client.post("/api/v1/applications", json=NEW_APP).json()["id"]
        with session_scope(api.engine) as session:
            emit(session, "ledger.ready", app_id, {"eligible": False})
        api.settings.webhook_allow_private = False
        with Deliverer(api.engine, api.settings):
            log = _deliveries(client, hook["id"], lambda log: bool(log[0]["attempts"]))
    error = log[0]["attempts"][0]["error"]
    assert (receiver.received, error.startswith("refused: 127.0.0.1 is 127.0.0.1")) == ([], True)


def test_a_public_address_passes_the_check() -> None:
    assert (non_public_address("https://93.184.216.34/hook"), non_public_address("http://8.8.8.8:8080/")) == (
        None,
        None,
    )
