"""The intake API on a real uvicorn server over loopback: auth, bad inputs, idempotency, happy path."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from certledger.api.app import create_app
from certledger.apikeys import create_key, revoke_key
from certledger.db import session_scope
from tests import api_fixtures
from tests.api_fixtures import Api
from tests.api_server import LiveServer
from tests.conftest import require_tesseract
from tests.factories import (
    certificate_spec,
    decompression_bomb_png,
    encrypted_pdf,
    random_bytes,
    render_certificate_pdf,
    truncated_copy,
)
from workers.embedded import EmbeddedWorker

api = api_fixtures.api
PROBLEM = "application/problem+json"
NEW_APP = {
    "applicant_name": "Maria L. Gonzalez",
    "agency": "Hoover Police Department",
    "sro_start_date": "2018-08-01",
    "application_date": "2024-03-01",
    "currently_employed": True,
    "external_id": "INTAKE-0001",
}


def _certificate(tmp_path: Path, name: str = "basic.pdf", **overrides: object) -> bytes:
    return render_certificate_pdf(
        certificate_spec(**overrides), "centered_landscape", tmp_path / name
    ).read_bytes()


def _create(client: httpx.Client, **changes: Any) -> dict[str, Any]:
    response = client.post("/api/v1/applications", json=NEW_APP | changes)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def _upload(
    client: httpx.Client, app_id: int, files: list[tuple[str, bytes]], **headers: str
) -> httpx.Response:
    parts = [("files", (name, data, "application/octet-stream")) for name, data in files]
    return client.post(f"/api/v1/applications/{app_id}/documents", files=parts, headers=headers)


def _problem(response: httpx.Response) -> tuple[int, str, str]:
    """(status, media type, code) of a problem answer; the type URI must end in the code."""
    body = response.json()
    assert body["type"] == f"urn:certledger:problem:{body['code']}"
    return response.status_code, response.headers["content-type"], body["code"]


def _endpoints(app_id: int, doc_id: int, hook_id: int) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(method, path, scope needed, request arguments) of every /api/v1 endpoint."""
    upload = {"files": [("files", ("a.pdf", b"%PDF-1.4 x", "application/pdf"))]}
    return [
        ("POST", "/api/v1/applications", "ingest", {"json": NEW_APP | {"external_id": "X-2"}}),
        ("GET", "/api/v1/applications", "read", {}),
        ("GET", f"/api/v1/applications/{app_id}", "read", {}),
        ("GET", f"/api/v1/applications/{app_id}/status", "read", {}),
        ("GET", f"/api/v1/applications/{app_id}/documents", "read", {}),
        ("POST", f"/api/v1/applications/{app_id}/documents", "ingest", upload),
        ("GET", f"/api/v1/documents/{doc_id}", "read", {}),
        ("GET", f"/api/v1/documents/{doc_id}/pages/1.png", "read", {}),
        ("GET", f"/api/v1/applications/{app_id}/ledger", "read", {}),
        ("GET", f"/api/v1/applications/{app_id}/ledger.csv", "read", {}),
        ("POST", "/api/v1/webhooks", "ingest", {"json": {"url": "http://127.0.0.1:9/hook"}}),
        ("GET", "/api/v1/webhooks", "ingest", {}),
        ("GET", f"/api/v1/webhooks/{hook_id}/deliveries", "ingest", {}),
        ("DELETE", f"/api/v1/webhooks/{hook_id}", "ingest", {}),
    ]


def test_every_endpoint_refuses_a_missing_bad_or_revoked_key_and_a_wrong_scope(
    api: Api, tmp_path: Path
) -> None:
    """401 without a live key, 403 without the scope: a problem with no data, and nothing created."""
    with api.client() as admin:
        app_id = _create(admin)["id"]
        doc_id = _upload(admin, app_id, [("basic.pdf", _certificate(tmp_path))]).json()["documents"][0]["id"]
        hook_id = admin.post("/api/v1/webhooks", json={"url": "http://127.0.0.1:9/hook"}).json()["id"]
    wrong_scope = {"ingest": "read", "read": "ingest"}
    headers = {
        "none": {},
        "bad": {"Authorization": "Bearer cl_not-a-key"},
        "not bearer": {"Authorization": f"Basic {api.keys['admin']}"},
        "revoked": {"Authorization": f"Bearer {api.keys['revoked']}"},
    }
    expected, actual = [], []
    with httpx.Client(base_url=api.url, timeout=30) as client:
        for method, path, scope, kwargs in _endpoints(app_id, doc_id, hook_id):
            for name, header in [
                *headers.items(),
                ("wrong scope", {"Authorization": f"Bearer {api.keys[wrong_scope[scope]]}"}),
            ]:
                response = client.request(method, path, headers=header, **kwargs)
                status = 403 if name == "wrong scope" else 401
                expected.append(
                    (
                        method,
                        path,
                        name,
                        status,
                        PROBLEM,
                        {"type", "title", "status", "detail", "instance", "code"},
                    )
                )
                actual.append(
                    (
                        method,
                        path,
                        name,
                        response.status_code,
                        response.headers["content-type"],
                        set(response.json()),
                    )
                )
    assert expected == actual
    with api.client("read") as reader:
        page = reader.get("/api/v1/applications").json()
        docs = reader.get(f"/api/v1/applications/{app_id}/documents").json()
    assert (page["total"], len(docs)) == (1, 1)


def test_each_scope_reaches_its_endpoints_and_admin_reaches_all(api: Api, tmp_path: Path) -> None:
    """ingest creates and uploads, read reads, admin does both."""
    with api.client("ingest") as ingest, api.client("read") as read, api.client("admin") as admin:
        app_id = _create(ingest)["id"]
        uploaded = _upload(ingest, app_id, [("basic.pdf", _certificate(tmp_path))])
        statuses = [
            uploaded.status_code,
            read.get(f"/api/v1/applications/{app_id}").status_code,
            read.get(f"/api/v1/applications/{app_id}/status").status_code,
            admin.get(f"/api/v1/applications/{app_id}/documents").status_code,
            _create(admin, external_id="INTAKE-0002") and 201,
        ]
    assert statuses == [202, 200, 200, 200, 201]


def test_create_read_list_with_filters_and_pages(api: Api) -> None:
    """An application reads back as created; the list filters by agency and pages by limit/offset."""
    with api.client() as client:
        first = _create(client)
        for n in range(2, 6):
            _create(client, external_id=f"INTAKE-000{n}", agency="Other PD" if n % 2 else NEW_APP["agency"])
        read = client.get(f"/api/v1/applications/{first['id']}").json()
        page = client.get(
            "/api/v1/applications", params={"agency": "Other PD", "limit": 1, "offset": 1}
        ).json()
        by_external = client.get("/api/v1/applications", params={"external_id": "INTAKE-0001"}).json()
        since = client.get("/api/v1/applications", params={"created_after": "2000-01-01T00:00:00Z"}).json()
        until = client.get(
            "/api/v1/applications", params={"created_before": "2000-01-01T00:00:00+02:00"}
        ).json()
        conflict = client.post("/api/v1/applications", json=NEW_APP)
    assert (read, read["applicant_name"], read["applicant_id"]) == (
        first,
        NEW_APP["applicant_name"],
        "INTAKE-0001",
    )
    assert (page["total"], len(page["items"]), page["items"][0]["agency"]) == (2, 1, "Other PD")
    assert [a["id"] for a in by_external["items"]] == [first["id"]]
    assert (since["total"], until["total"]) == (5, 0)
    assert _problem(conflict) == (409, PROBLEM, "application_exists")


@pytest.mark.parametrize(
    ("request_args", "expected"),
    [
        pytest.param(
            {"method": "GET", "url": "/api/v1/applications/999999"}, (404, "application_not_found"), id="404"
        ),
        pytest.param({"method": "GET", "url": "/api/v1/nothing-here"}, (404, "not_found"), id="no route"),
        pytest.param({"method": "PUT", "url": "/api/v1/applications"}, (405, "method_not_allowed"), id="405"),
        pytest.param(
            {"method": "GET", "url": "/api/v1/applications/abc"}, (422, "validation_error"), id="bad id"
        ),
        pytest.param(
            {"method": "GET", "url": "/api/v1/applications/99999999999999"},
            (422, "validation_error"),
            id="huge id",
        ),
        pytest.param(
            {"method": "POST", "url": "/api/v1/applications", "json": NEW_APP | {"application_date": "soon"}},
            (422, "validation_error"),
            id="bad date",
        ),
        pytest.param(
            {"method": "POST", "url": "/api/v1/applications", "json": NEW_APP | {"agency": "a\x00b"}},
            (422, "validation_error"),
            id="NUL in text",
        ),
        pytest.param(  # the schema admits it; the application's own checks refuse it (was a 500)
            {"method": "POST", "url": "/api/v1/applications", "json": NEW_APP | {"applicant_name": "   "}},
            (422, "invalid_application"),
            id="blank name",
        ),
        pytest.param(
            {
                "method": "POST",
                "url": "/api/v1/applications",
                "content": b"{not json",
                "headers": {"content-type": "application/json"},
            },
            (422, "validation_error"),
            id="not JSON",
        ),
        pytest.param(
            {
                "method": "GET",
                "url": "/api/v1/applications",
                "params": {"created_after": "2024-01-01T00:00:00"},
            },
            (422, "validation_error"),
            id="naive time",
        ),
        pytest.param(
            {"method": "GET", "url": "/api/v1/documents/1/pages/1.png"},
            (404, "document_not_found"),
            id="no document",
        ),
        pytest.param(
            {"method": "GET", "url": "/api/v1/applications/1/ledger"},
            (404, "application_not_found"),
            id="no ledger app",
        ),
    ],
)
def test_errors_are_problems_with_a_stable_type(
    api: Api, request_args: dict[str, Any], expected: tuple[int, str]
) -> None:
    """404, 405 and 422 answers are RFC 9457 problems whose type names the error."""
    with api.client() as client:
        response = client.request(**request_args)
    assert _problem(response) == (expected[0], PROBLEM, expected[1])


def _bad_inputs(tmp_path: Path) -> list[tuple[str, bytes, tuple[int, str]]]:
    good = tmp_path / "good.pdf"
    good.write_bytes(_certificate(tmp_path))
    return [
        ("empty.pdf", b"", (422, "empty_document")),
        (
            "truncated.pdf",
            truncated_copy(good, tmp_path / "t.pdf", 0.3).read_bytes(),
            (422, "corrupt_document"),
        ),
        (
            "noise.pdf",
            random_bytes(tmp_path / "n.pdf", 4000, prefix=b"%PDF-1.7\n").read_bytes(),
            (422, "corrupt_document"),
        ),
        ("locked.pdf", encrypted_pdf(tmp_path / "e.pdf").read_bytes(), (422, "encrypted_document")),
        ("notes.docx", b"PK\x03\x04" + b"\x00" * 100, (415, "unsupported_file_type")),
        ("page.html", b"<html><body>hi</body></html>", (415, "unsupported_file_type")),
        ("bomb.png", decompression_bomb_png(tmp_path / "b.png").read_bytes(), (413, "image_too_large")),
        ("big.pdf", b"%PDF-1.4\n" + b"0" * 3000, (413, "file_too_large")),
    ]


def test_every_bad_input_gets_a_clear_4xx_and_stores_nothing(api: Api, tmp_path: Path) -> None:
    """Empty, corrupt, encrypted, unsupported, image bomb, too large: refused with the error's code."""
    cases = _bad_inputs(tmp_path)
    default = api.settings.max_upload_bytes
    with api.client() as client:
        app_id = _create(client)["id"]
        got = []
        for name, data, _ in cases:
            # The app reads these settings on each request: only "big.pdf" meets a small limit.
            api.settings.max_upload_bytes = 2500 if name == "big.pdf" else default
            got.append(_problem(_upload(client, app_id, [(name, data)]))[::2])
        docs = client.get(f"/api/v1/applications/{app_id}/documents").json()
    assert ([expected for _, _, expected in cases], []) == (got, docs)


def test_one_bad_file_refuses_the_request_and_lists_each_refusal(api: Api, tmp_path: Path) -> None:
    """A good and a bad file together: nothing is stored; errors name the bad file by position."""
    with api.client() as client:
        app_id = _create(client)["id"]
        response = _upload(client, app_id, [("good.pdf", _certificate(tmp_path)), ("empty.pdf", b"")])
        docs = client.get(f"/api/v1/applications/{app_id}/documents").json()
    errors = [(e["loc"], e["code"]) for e in response.json()["errors"]]
    assert (_problem(response), errors, docs) == (
        (422, PROBLEM, "empty_document"),
        [(["files", 1], "empty_document")],
        [],
    )


def test_request_limits(api: Api, tmp_path: Path) -> None:
    """More files than allowed, too many pages, no files, a text part: 4xx problems."""
    pdf = _certificate(tmp_path)
    with api.client() as client:
        app_id = _create(client)["id"]
        too_many = _upload(client, app_id, [(f"{n}.pdf", pdf) for n in range(4)])  # the test limit is 3
        api.settings.max_pages = 0
        pages = _upload(client, app_id, [("one.pdf", pdf)])
        api.settings.max_pages = 300
        none = client.post(f"/api/v1/applications/{app_id}/documents", data={"x": "1"})
        text = client.post(f"/api/v1/applications/{app_id}/documents", data={"files": "not a file"})
    assert [_problem(r)[::2] for r in (too_many, pages, none, text)] == [
        (413, "too_many_files"),
        (413, "too_many_pages"),
        (422, "no_files"),
        (422, "not_a_file"),
    ]


def test_a_body_over_the_limit_is_refused_with_or_without_content_length(api: Api, tmp_path: Path) -> None:
    """Over files x bytes (+64 KiB): 413 from the Content-Length, and while reading a chunked body."""
    api.settings.max_upload_bytes = 10_000  # x 3 files + 64 KiB: about 94 KB
    # A well-formed start (one file part), so that only the size can stop the read, not the parser.
    part = b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.pdf"\r\n'
    body = part + b"Content-Type: application/pdf\r\n\r\n%PDF-1.7\n" + b"x" * 200_000

    def chunks() -> Iterator[bytes]:
        yield from (body[i : i + 8192] for i in range(0, len(body), 8192))

    url_headers = {"content-type": "multipart/form-data; boundary=b"}
    with api.client() as client:
        app_id = _create(client)["id"]
        url = f"/api/v1/applications/{app_id}/documents"
        stated = client.post(url, content=body, headers=url_headers)
        chunked = client.post(url, content=chunks(), headers=url_headers)
    assert [_problem(r)[::2] for r in (stated, chunked)] == [(413, "content_too_large")] * 2
    assert "content-length" not in chunked.request.headers


def test_an_idempotent_retry_gets_the_same_answer_and_no_second_document(api: Api, tmp_path: Path) -> None:
    """The same Idempotency-Key twice: one document, the same 202 body; another request under it: 422."""
    first_pdf = _certificate(tmp_path)
    other_pdf = _certificate(tmp_path, "adv.pdf", course_title="Advanced School Resource Officer Course")
    with api.client("ingest") as client:
        app_id = _create(client)["id"]
        first = _upload(client, app_id, [("basic.pdf", first_pdf)], **{"Idempotency-Key": "k-1"})
        retry = _upload(client, app_id, [("basic.pdf", first_pdf)], **{"Idempotency-Key": "k-1"})
        reused = _upload(client, app_id, [("adv.pdf", other_pdf)], **{"Idempotency-Key": "k-1"})
        docs = client.get(
            f"/api/v1/applications/{app_id}/documents",
            headers={"Authorization": f"Bearer {api.keys['read']}"},
        ).json()
    assert (first.status_code, retry.status_code, retry.headers.get("idempotent-replayed")) == (
        202,
        202,
        "true",
    )
    assert (retry.json(), len(docs)) == (first.json(), 1)
    assert _problem(reused) == (422, PROBLEM, "idempotency_key_reused")


def test_concurrent_identical_uploads_make_one_document(api: Api, tmp_path: Path) -> None:
    """Six at once with one Idempotency-Key, six at once without: all 202, one document each."""
    keyed, plain = _certificate(tmp_path), _certificate(tmp_path, "b.pdf", certificate_number="X-2")
    with api.client() as client:
        app_id = _create(client)["id"]

        def send(args: tuple[bytes, str | None]) -> httpx.Response:
            data, key = args
            headers = {"Idempotency-Key": key} if key else {}
            return _upload(client, app_id, [("same.pdf" if key else "plain.pdf", data)], **headers)

        with ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(send, [(keyed, "k-once")] * 6 + [(plain, None)] * 6))
        docs = client.get(f"/api/v1/applications/{app_id}/documents").json()
    keyed_ids = {r.json()["documents"][0]["id"] for r in answers[:6]}
    plain_ids = {r.json()["documents"][0]["id"] for r in answers[6:]}
    assert ({r.status_code for r in answers}, len(keyed_ids), len(plain_ids), len(docs)) == ({202}, 1, 1, 2)


def test_logs_carry_ids_not_names(api: Api, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Creating and uploading logs the ids; the applicant's name never reaches a log record."""
    caplog.set_level(logging.DEBUG)
    with api.client() as client:
        app_id = _create(client)["id"]
        _upload(client, app_id, [("basic.pdf", _certificate(tmp_path))])
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert (f"application {app_id}" in text, "Gonzalez" in text, "Maria" in text) == (True, False, False)


def _wait_done(client: httpx.Client, app_id: int, n: int, timeout_s: float = 180) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        status: dict[str, Any] = client.get(f"/api/v1/applications/{app_id}/status").json()
        docs = status["documents"]
        if docs["done"] + docs["failed"] == n and status["ledger_built_at"] is not None:
            return status
        time.sleep(0.3)
    raise TimeoutError(f"application {app_id} not processed in {timeout_s} s")


def test_happy_path_upload_process_and_read_everything(api: Api, tmp_path: Path) -> None:
    """Create, upload two certificates, wait; read status, extraction, a page image, ledger JSON and CSV."""
    require_tesseract()
    basic = _certificate(tmp_path)
    advanced = _certificate(
        tmp_path,
        "adv.pdf",
        course_title="Advanced School Resource Officer Course",
        catalog_id="nasro-advanced",
        category="advanced",
        hours=24.0,
        hours_as_printed="24 Hours",
        start_date=date(2022, 4, 4),
        end_date=date(2022, 4, 6),
        date_as_printed="April 4-6, 2022",
    )
    with EmbeddedWorker(api.settings, engine=api.engine), api.client() as client:
        app_id = _create(client)["id"]
        accepted = _upload(client, app_id, [("basic.pdf", basic), ("advanced.pdf", advanced)])
        status = _wait_done(client, app_id, 2)
        doc_id = accepted.json()["documents"][0]["id"]
        doc = client.get(f"/api/v1/documents/{doc_id}").json()
        image = client.get(doc["page_sizes"][0]["image_url"], params={"dpi": 50})
        ledger = client.get(f"/api/v1/applications/{app_id}/ledger").json()
        csv = client.get(f"/api/v1/applications/{app_id}/ledger.csv")
    item = doc["extraction"]["items"][0]
    assert (accepted.status_code, [d["file_name"] for d in accepted.json()["documents"]]) == (
        202,
        ["basic.pdf", "advanced.pdf"],
    )
    assert (status["documents"], status["requirements"]["basic"]["verdict"]) == (
        {"queued": 0, "processing": 0, "done": 2, "failed": 0},
        "met",
    )
    assert (doc["state"], item["catalog_id"], item["page"], len(item["bbox"])) == (
        "done",
        "nasro-basic",
        1,
        4,
    )
    assert (image.status_code, image.headers["content-type"], image.content[:8]) == (
        200,
        "image/png",
        b"\x89PNG\r\n\x1a\n",
    )
    assert (
        ledger["applicant_id"],
        ledger["requirements"]["basic"],
        {ln["document"] for ln in ledger["lines"]},
    ) == ("INTAKE-0001", "met", {"basic.pdf", "advanced.pdf"})
    assert (
        csv.headers["content-type"],
        csv.text.splitlines()[0].split(",")[:3],
        len(csv.text.splitlines()),
    ) == ("text/csv; charset=utf-8", ["document", "page", "course_title"], 1 + len(ledger["lines"]))


@dataclass(frozen=True)
class _Refusal:
    """A key cached by one request, then revoked, then used until refused (times from ``time.monotonic``)."""

    cached_sent: float  # the request that cached the key: sent
    cached_back: float  # ... and answered
    answers: list[tuple[float, float, int]]  # every later request: (sent, answered, status)

    @property
    def first(self) -> int:
        return self.answers[0][2]


def _revoke_and_watch_refusal(api: Api, url: str) -> _Refusal:
    """A new key used once (so it is cached), then revoked and used until a 401."""
    with session_scope(api.engine) as session:
        new = create_key(session, "soon-revoked", ["read"])
    headers = {"Authorization": f"Bearer {new.secret}"}
    answers: list[tuple[float, float, int]] = []
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        cached_sent = time.monotonic()
        assert client.get("/api/v1/applications").status_code == 200
        cached_back = time.monotonic()
        with session_scope(api.engine) as session:
            assert new.row.id is not None
            revoke_key(session, new.row.id)
        while not answers or answers[-1][2] != 401:
            assert time.monotonic() - cached_back < 60, "the revoked key is still let in"
            if answers:
                time.sleep(0.05)
            sent = time.monotonic()
            status = client.get("/api/v1/applications").status_code
            answers.append((sent, time.monotonic(), status))
    return _Refusal(cached_sent, cached_back, answers)


def test_a_revoked_key_is_refused_within_the_key_cache_time(api: Api) -> None:
    """Live keys are remembered for CERTLEDGER_API_KEY_CACHE_S: a revoked one is let in no longer.

    The server caches the key at some moment between the first request's sending and its answer, which
    gives bounds that hold however loaded the machine is: a request let in was sent before that answer plus
    the cache time, and the refusal came back no sooner than that sending plus the cache time."""
    cache_s = 3.0
    settings = api.settings.model_copy(update={"api_key_cache_s": cache_s})
    with LiveServer(create_app(settings, engine=api.engine)) as url:
        watch = _revoke_and_watch_refusal(api, url)
    if watch.answers[0][1] < watch.cached_sent + cache_s:  # answered while the key was surely cached
        assert watch.first == 200  # remembered: the database was not asked
    for sent, _, _ in watch.answers[:-1]:  # each let in
        assert sent < watch.cached_back + cache_s, watch
    refused_back = watch.answers[-1][1]
    assert refused_back >= watch.cached_sent + cache_s, watch


def test_with_no_key_cache_a_revoked_key_is_refused_on_the_next_request(api: Api) -> None:
    settings = api.settings.model_copy(update={"api_key_cache_s": 0.0})
    with LiveServer(create_app(settings, engine=api.engine)) as url:
        watch = _revoke_and_watch_refusal(api, url)
    assert watch.first == 401
