"""Catalog editing in the browser: a versioned change, the documents it alters, a re-match by the workers."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import unquote

import httpx
import pytest
from sqlmodel import Session, col, select

from certledger.reviews import decide_lines
from certledger.tables import CatalogVersion, ExtractedItem, LedgerLine, ReviewDecision
from tests.applicants import eligible_applicant
from tests.web_support import LiveServer, Site, sign_in
from tests.web_support import site as web_site
from verify.policy import default_policy
from workers.embedded import EmbeddedWorker

STAFF = "sam@example.org"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, LiveServer]]:
    users = {STAFF: "staff", "rita@example.org": "reviewer"}
    with (
        web_site(tmp_path_factory.mktemp("catalog"), [eligible_applicant("C001")], users) as s,
        LiveServer(s.settings, s.engine) as server,
    ):
        yield s, server


@contextmanager
def signed_in(server: LiveServer, email: str) -> Iterator[tuple[httpx.Client, str]]:
    with httpx.Client(base_url=server.url, follow_redirects=False) as client:
        yield client, sign_in(client, email)


def test_reviewer_may_not_edit_the_catalog(live: tuple[Site, LiveServer]) -> None:
    """The catalog pages are staff's: a reviewer gets 403."""
    with signed_in(live[1], "rita@example.org") as (client, token):
        assert client.get("/catalog").status_code == 403
        assert client.post("/catalog/courses", data={"csrf_token": token}).status_code == 403


def test_catalog_edit_is_versioned_lists_affected_documents_and_rematch_keeps_decisions(
    live: tuple[Site, LiveServer],
) -> None:
    """Recategorising a course makes a version, lists the transcript, and the workers re-read it with it."""
    site, server = live
    app_id = site.application_ids[0]
    with Session(site.engine) as session:
        ymhfa = session.exec(
            select(LedgerLine).where(col(LedgerLine.key).contains("youth mental health first aid"))
        ).one()
    decide_lines(site.engine, app_id, [ymhfa.key], "confirm", "rita@example.org", policy=default_policy())
    with signed_in(server, STAFF) as (client, token):
        form = {
            "csrf_token": token,
            "id": "firearms-qual",
            "title": "Firearms Qualification",
            "aliases": "Annual Firearms Qualification\nHandgun Qualification",
            "provider": "",
            "hours": "4",
            "category": "school_safety",
            "hours_verified": "no",
        }
        saved = client.post("/catalog/courses", data=form)
        page = client.get("/catalog").text
        ids = re.findall(r'name="document_ids" value="(\d+)"', page)
        rematched = client.post("/catalog/rematch", data={"csrf_token": token, "document_ids": ids})
        bad = client.post("/catalog/courses", data=form | {"category": "cooking"})
    with EmbeddedWorker(site.settings, engine=site.engine):
        deadline = time.monotonic() + 120
        while True:
            with Session(site.engine) as session:
                items = session.exec(
                    select(ExtractedItem).where(col(ExtractedItem.line_key).contains("firearms"))
                ).all()
            if all(i.fields["category"] == "school_safety" for i in items) or time.monotonic() > deadline:
                break
            time.sleep(0.3)
    with signed_in(server, STAFF) as (client, _):
        after = client.get("/catalog").text
    with Session(site.engine) as session:
        versions = session.exec(select(CatalogVersion)).all()
        decision = session.exec(select(ReviewDecision).where(ReviewDecision.line_key == ymhfa.key)).one()
    assert (saved.status_code, rematched.status_code, bad.status_code) == (303, 303, 303)
    assert "not saved: category" in unquote(bad.headers["location"])
    assert [(v.author, v.note) for v in versions] == [
        (STAFF, "firearms-qual: category 'unrelated' -> 'school_safety'")
    ]
    assert "04-transcript.pdf" in page and "Firearms Qualification" in page and len(ids) == 1
    assert {i.fields["category"] for i in items} == {"school_safety"}
    assert 'name="document_ids"' not in after  # re-matched: nothing left to list
    assert (decision.action, decision.stale) == ("confirm", False)
