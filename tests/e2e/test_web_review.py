"""A reviewer's whole review in Chromium (Playwright, Debian's /usr/bin/chromium) against a real uvicorn.

Sign in, open the queue, open an application ingested from generated certificates through the real
pipeline, correct one line's hours, reject one line, confirm the rest, approve; then the ledger
(contract JSON), the audit log, the pages and the intake API (status, ledger, the signed
review.completed webhook) show it. Screenshots at 1280 and 800 px go to
tests/artifacts/web/.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from certledger.apikeys import create_key
from certledger.db import session_scope
from certledger.export import stored_ledger
from certledger.tables import Application, ApplicationDecision, AuditLog
from certledger.webhooks import SIGNATURE_HEADER, Deliverer, verify
from tests.applicants import ELIGIBLE_HOURS, Applicant, eligible_applicant
from tests.conftest import unavailable
from tests.factories import certificate_spec
from tests.web_support import PASSWORD, LiveServer
from tests.web_support import site as web_site
from tests.webhook_receiver import Received, WebhookReceiver

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "web"
REVIEWER = "rita@example.org"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if shutil.which(CHROMIUM) is None:
        unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium; scripts/setup.sh does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield chromium
        chromium.close()


WORKSHOP = "Campus Threat Assessment Workshop"


def applicant() -> Applicant:
    """T001's eligible application plus a workshop certificate that prints no hours (a review line)."""
    spec = certificate_spec(
        course_title=WORKSHOP,
        issuer="State School Safety Center",
        issuer_short="SSSC",
        start_date=date(2023, 4, 3),
        end_date=date(2023, 4, 3),
        hours=None,
        hours_as_printed="",
        date_as_printed="April 3, 2023",
        certificate_number="W-23-77",
        category="school_safety",
        catalog_id=None,
    )
    out = eligible_applicant("E001")
    out.docs.append(("05-workshop.pdf", spec))
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Engine, int]]:
    tmp = tmp_path_factory.mktemp("web-e2e")
    with (
        web_site(tmp, [applicant()], {REVIEWER: "reviewer"}) as s,
        LiveServer(s.settings, s.engine) as live,
    ):
        yield live, s.engine, s.application_ids[0]


def shot(page: Any, name: str) -> None:
    """Screenshots of the page at both widths the UI is made for."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # A full-page picture: load the lazy crops below the fold too, and wait for them.
    page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')")
    page.wait_for_load_state("networkidle")
    for width in (1280, 800):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


UNLABELLED = """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
  .map(el => el.outerHTML.slice(0, 80))"""


def check_layout(page: Any) -> None:
    """Every control has a label, and nothing is wider than an 800 px window."""
    assert page.evaluate(UNLABELLED) == []
    page.set_viewport_size({"width": 800, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth") <= 800
    page.set_viewport_size({"width": 1280, "height": 900})


def submit(page: Any, button: Any) -> None:
    with page.expect_navigation():
        button.click()


def _intake_system(live: LiveServer, hook_url: str) -> tuple[str, str]:
    """An API key for the intake system, and its webhook registered through the API: (key, secret)."""
    with session_scope(live.engine) as session:
        key = create_key(session, "intake", ["ingest", "read"]).secret
    with httpx.Client(base_url=live.url, headers={"Authorization": f"Bearer {key}"}) as api:
        created = api.post("/api/v1/webhooks", json={"url": hook_url})
    assert created.status_code == 201, created.text
    return key, created.json()["secret"]


def _wait_for_event(hook: WebhookReceiver, event_type: str, timeout_s: float = 30) -> Received:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with hook.lock:
            found = [r for r in hook.received if json.loads(r.body)["type"] == event_type]
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no {event_type} webhook within {timeout_s} s")


def test_reviewer_corrects_rejects_confirms_and_approves(
    browser: Any, site: tuple[LiveServer, Engine, int]
) -> None:
    """The decisions made in the browser are in the ledger, the audit log and on the pages."""
    live, engine, app_id = site
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live.url + "/")
    assert "/signin" in page.url  # signed out: the sign-in page, nothing else
    shot(page, "signin")
    check_layout(page)
    page.get_by_label("Email").fill(REVIEWER)
    page.get_by_label("Password").fill(PASSWORD)
    submit(page, page.get_by_role("button", name="Sign in"))

    shot(page, "queue")
    check_layout(page)
    submit(page, page.get_by_role("link", name="Maria L. Gonzalez"))
    assert page.url.endswith(f"/applications/{app_id}")
    shot(page, "application")
    check_layout(page)
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("e")
    current = page.locator("article.line.current")
    focused = page.evaluate("document.activeElement.name")
    assert (current.count(), current.get_attribute("id"), focused) == (
        1,
        page.locator("article[data-line]").nth(1).get_attribute("id"),
        "hours",
    )

    workshop = page.locator("section.review-first article[data-line]", has_text=WORKSHOP)
    workshop.get_by_label("Hours").fill("6")
    submit(page, workshop.get_by_role("button", name="Save correction"))
    firearms = page.locator("article[data-line]", has_text="Firearms Qualification").first
    firearms.get_by_label("Reason").fill("firearms qualification is not school safety training")
    submit(page, firearms.get_by_role("button", name="Reject"))
    bulk = page.locator("#confirm-auto")
    if bulk.count():
        submit(page, bulk)
    while page.locator("section.review-first article[data-line]").count():
        line = page.locator("section.review-first article[data-line]").first
        submit(page, line.get_by_role("button", name="Confirm"))
    page.get_by_label("Reason (required to deny)").fill("all requirements met")
    with WebhookReceiver() as hook, Deliverer(engine, live.settings):
        key, secret = _intake_system(live, hook.url)
        submit(page, page.get_by_role("button", name="Approve"))
        completed = _wait_for_event(hook, "review.completed")
    assert "Approved by rita@example.org" in page.locator("#decision").inner_text()
    assert page.locator("[data-state]").get_attribute("data-state") == "decided"
    shot(page, "application-decided")

    with Session(engine) as session:
        app = session.get_one(Application, app_id)
        ledger = stored_ledger(session, app)
        decision = session.exec(select(ApplicationDecision)).one()
        audit = session.exec(
            select(AuditLog).where(AuditLog.actor == REVIEWER).order_by(col(AuditLog.id))
        ).all()
    assert ledger is not None
    lines = {ln["course_title"]: ln for ln in ledger["lines"]}
    workshop_line = lines[WORKSHOP]
    rejected = [ln for ln in ledger["lines"] if ln.get("decision", {}).get("action") == "reject"]
    undecided = [ln["course_title"] for ln in ledger["lines"] if "decision" not in ln]
    expected = {
        "corrected": ("correct", 6.0, 6.0),
        "rejected": [("Firearms Qualification", REVIEWER)],
        "undecided": [],
        "credited": ELIGIBLE_HOURS + 6,
        "eligible": True,
        "decision": ("approve", REVIEWER),
    }
    actual = {
        "corrected": (
            workshop_line["decision"]["action"],
            workshop_line["hours"],
            workshop_line["credited_hours"],
        ),
        "rejected": [(ln["course_title"], ln["decision"]["reviewer"]) for ln in rejected],
        "undecided": undecided,
        "credited": ledger["additional_hours_credited"],
        "eligible": ledger["eligible"],
        "decision": (decision.verdict, decision.reviewer),
    }
    assert expected == actual
    assert {"correct", "reject", "confirm", "approve"} <= {row.action for row in audit}

    # The intake system sees it too: the status and ledger through the API, and the signed webhook.
    with httpx.Client(base_url=live.url, headers={"Authorization": f"Bearer {key}"}) as api:
        status = api.get(f"/api/v1/applications/{app_id}/status").json()
        api_ledger = api.get(f"/api/v1/applications/{app_id}/ledger").json()
    signature = completed.headers[SIGNATURE_HEADER.lower()]
    event = json.loads(completed.body)
    assert {
        "status": (status["review"]["verdict"], status["review"]["verdict_current"], status["eligible"]),
        "api ledger": (api_ledger["additional_hours_credited"], api_ledger["eligible"]),
        "webhook": (event["application_id"], event["data"]["verdict"], event["data"]["eligible"]),
        "signed": verify(secret, signature, completed.body, now=time.time()),
    } == {
        "status": ("approve", True, True),
        "api ledger": (ELIGIBLE_HOURS + 6, True),
        "webhook": (app_id, "approve", True),
        "signed": True,
    }

    page.goto(f"{live.url}/applications/{app_id}/audit")
    audit_text = page.locator("table.audit").inner_text()
    assert "approve" in audit_text and "reject" in audit_text and REVIEWER in audit_text
    shot(page, "audit")
    check_layout(page)
    page.goto(f"{live.url}/applications/{app_id}/summary")
    assert "APPROVED" in page.inner_text("body")
    assert WORKSHOP in page.inner_text("table.credited-lines")
    shot(page, "summary")
    check_layout(page)
    page.goto(f"{live.url}/applications/{app_id}")
    submit(page, page.get_by_role("link", name="04-transcript.pdf", exact=True))
    assert page.locator(".page-frame a.box").count() >= 10
    shot(page, "document")
    check_layout(page)
    submit(page, page.locator(".page-frame a.box").first)
    anchor = page.url.split("#")[1]
    assert page.locator(f"article#{anchor}").count() == 1  # the box opened its ledger line
    page.close()
