"""The reviewer UI's doors, through the real app on SQLite: sign-in, sessions, roles and CSRF.

HTTP with httpx against a real uvicorn on loopback (no browser); tests/e2e/test_web_review.py drives Chromium.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from certledger.db import session_scope
from certledger.settings import Settings
from certledger.tables import AuditLog, WebSession
from certledger.users import set_disabled
from tests.applicants import eligible_applicant, write_applicant
from tests.web_support import PASSWORD, LiveServer, csrf_of, sign_in
from tests.web_support import site as web_site
from workers.embedded import EmbeddedWorker


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, Engine, int]]:
    users = {"rita@example.org": "reviewer", "ada@example.org": "admin", "sam@example.org": "staff"}
    with web_site(tmp_path_factory.mktemp("web"), [eligible_applicant("W001")], users) as s:
        yield s.settings, s.engine, s.application_ids[0]


@pytest.fixture(scope="module")
def server(site: tuple[Settings, Engine, int]) -> Iterator[LiveServer]:
    settings, engine, _ = site
    with LiveServer(settings, engine) as live:
        yield live


@pytest.fixture
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, follow_redirects=False) as c:
        yield c


def test_signed_out_browser_is_sent_to_sign_in_and_sees_no_data(
    client: httpx.Client, site: tuple[Settings, Engine, int]
) -> None:
    """Every page redirects to sign-in without showing an applicant's name or a page image."""
    _, _, app_id = site
    for path in (
        "/",
        f"/applications/{app_id}",
        f"/applications/{app_id}/audit",
        "/admin/users",
        "/documents/1",
        "/documents/1/pages/1.png",
        "/catalog",
        "/upload",
        "/upload/1/status",
        "/catalog/search?q=basic",
    ):
        response = client.get(path)
        assert (response.status_code, response.headers["location"].startswith("/signin")) == (303, True)
        assert "Gonzalez" not in response.text


def test_wrong_password_is_refused(client: httpx.Client) -> None:
    """A wrong password shows the form again (401) and sets no session cookie."""
    page = client.get("/signin")
    response = client.post(
        "/signin",
        data={"email": "rita@example.org", "password": "wrong password", "csrf_token": csrf_of(page.text)},
    )
    assert (response.status_code, response.cookies.get("certledger_session")) == (401, None)


def test_sign_in_without_csrf_token_is_refused(client: httpx.Client) -> None:
    """The sign-in form is CSRF-protected too (login CSRF)."""
    client.get("/signin")
    response = client.post("/signin", data={"email": "rita@example.org", "password": PASSWORD})
    assert response.status_code == 403


def test_reviewer_sees_the_queue_and_application_but_not_admin_pages(
    client: httpx.Client, site: tuple[Settings, Engine, int]
) -> None:
    """A reviewer reaches the queue and the application; admin pages answer 403."""
    _, _, app_id = site
    sign_in(client, "rita@example.org")
    queue = client.get("/")
    page = client.get(f"/applications/{app_id}")
    assert (queue.status_code, page.status_code) == (200, 200)
    assert (
        page.headers["x-frame-options"],
        "frame-ancestors 'none'" in page.headers["content-security-policy"],
    ) == (
        "DENY",
        True,
    )
    assert "Maria L. Gonzalez" in queue.text and "R5" in page.text
    admin = client.get("/admin/users")
    missing = client.get("/applications/999")
    assert (admin.status_code, "Not allowed" in admin.text, "rita@example.org" in admin.text) == (
        403,
        True,
        False,
    )
    assert (missing.status_code, "Not found" in missing.text) == (404, True)
    assert client.get("/upload").status_code == 403


def test_form_post_without_csrf_token_is_refused(
    client: httpx.Client, site: tuple[Settings, Engine, int]
) -> None:
    """A decision posted without (or with a wrong) CSRF token is refused and records nothing."""
    _, engine, app_id = site
    token = sign_in(client, "rita@example.org")
    with Session(engine) as session:
        before = len(session.exec(select(AuditLog)).all())
    data = {"key": "anything", "action": "confirm"}
    missing = client.post(f"/applications/{app_id}/lines", data=data)
    wrong = client.post(f"/applications/{app_id}/lines", data=data | {"csrf_token": token[::-1]})
    with Session(engine) as session:
        after = len(session.exec(select(AuditLog)).all())
    assert (403, 403, before) == (missing.status_code, wrong.status_code, after)


def test_admin_reaches_admin_pages(client: httpx.Client) -> None:
    """An admin may open the users page."""
    sign_in(client, "ada@example.org")
    response = client.get("/admin/users")
    assert (response.status_code, "rita@example.org" in response.text) == (200, True)


def test_sign_out_ends_the_session_and_disabling_an_account_ends_its_sessions(
    client: httpx.Client, site: tuple[Settings, Engine, int]
) -> None:
    """After sign-out the old cookie opens nothing; a disabled account's live session stops working."""
    _, engine, _ = site
    token = sign_in(client, "rita@example.org")
    cookie = client.cookies.get("certledger_session")
    assert client.post("/signout", data={"csrf_token": token}).status_code == 303
    client.cookies.set("certledger_session", cookie or "")
    assert client.get("/").status_code == 303
    client.cookies.clear()
    sign_in(client, "rita@example.org")
    with session_scope(engine) as session:
        set_disabled(session, "rita@example.org", True, actor="test")
    try:
        assert client.get("/").status_code == 303
    finally:
        with session_scope(engine) as session:
            set_disabled(session, "rita@example.org", False, actor="test")
    with Session(engine) as session:
        assert all(len(s.id) == 64 for s in session.exec(select(WebSession)))  # hashes, never the token


def test_staff_uploads_a_zip_and_follows_its_progress(
    client: httpx.Client, site: tuple[Settings, Engine, int], tmp_path: Path
) -> None:
    """A zip of an applicant folder is registered and queued; the status counts documents as workers read."""
    settings, engine, _ = site
    write_applicant(tmp_path / "apps", eligible_applicant("U001"))
    archive = tmp_path / "apps.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted((tmp_path / "apps").rglob("*")):
            z.write(path, path.relative_to(tmp_path / "apps"))
    token = sign_in(client, "sam@example.org")
    response = client.post(
        "/upload", data={"csrf_token": token}, files={"files": ("apps.zip", archive.read_bytes())}
    )
    assert response.status_code == 303, response.text
    batch_url = response.headers["location"]
    queued = client.get(batch_url + "/status").json()
    with EmbeddedWorker(settings, engine=engine):
        deadline = time.monotonic() + 120
        while (status := client.get(batch_url + "/status").json())["done"] < status["total"]:
            assert time.monotonic() < deadline
            time.sleep(0.2)
    page = client.get(batch_url)
    assert (queued["total"], queued["done"], status["done"], status["failed"]) == (4, 0, 4, 0)
    assert "U001" in page.text


def test_upload_refuses_a_path_leaving_the_folder(client: httpx.Client) -> None:
    """A folder upload naming ../ is refused before anything is written."""
    token = sign_in(client, "sam@example.org")
    response = client.post(
        "/upload", data={"csrf_token": token}, files={"files": ("../../etc/manifest.json", b"{}")}
    )
    assert (response.status_code, "refused" in response.headers["location"]) == (303, True)


def test_staff_uploads_a_folder_as_the_browser_sends_it(client: httpx.Client, tmp_path: Path) -> None:
    """A chosen folder arrives as files named by their path inside it; its applicant is registered."""
    folder = write_applicant(tmp_path / "chosen", eligible_applicant("U002"))
    files = [
        ("files", (f"chosen/U002/{p.name}", p.read_bytes())) for p in sorted(folder.iterdir()) if p.is_file()
    ]
    token = sign_in(client, "sam@example.org")
    response = client.post("/upload", data={"csrf_token": token}, files=files)
    status = client.get(response.headers["location"] + "/status").json()
    assert (response.status_code, status["total"], status["problems"]) == (303, 4, [])
    assert "U002" in client.get(response.headers["location"]).text


def test_repeated_wrong_passwords_lock_the_account_for_a_while(client: httpx.Client) -> None:
    """After 10 failed sign-ins even the right password is refused (429) until the window passes."""
    page = client.get("/signin")
    data = {"email": "locked@example.org", "password": "wrong password", "csrf_token": csrf_of(page.text)}
    codes = [client.post("/signin", data=data).status_code for _ in range(11)]
    assert codes == [401] * 10 + [429]
