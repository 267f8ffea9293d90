"""Reviewer decisions and the queue on both databases: lines, the application decision, states, search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from certledger.blobs import FolderBlobStore
from certledger.db import make_engine, migrate, session_scope
from certledger.reviews import LineChange, ReviewError, decide_application, decide_lines
from certledger.settings import Settings
from certledger.tables import Application, AuditLog, LedgerLine
from certledger.web.page_images import PageImages
from certledger.web.views import application_view, queue_rows
from tests.applicants import ELIGIBLE_HOURS, eligible_applicant
from tests.web_support import ingest_applicants
from verify.policy import default_policy


@pytest.fixture
def built(database_url: str, tmp_path: Path) -> Iterator[tuple[Engine, int, PageImages]]:
    settings = Settings(data_dir=tmp_path / "data", workers=1)
    engine = make_engine(database_url)
    migrate(engine)
    (app_id,) = ingest_applicants(settings, engine, tmp_path / "apps", [eligible_applicant("R001")])
    images = PageImages(tmp_path / "page-images", FolderBlobStore(settings.data_dir / "blobs"), 72)
    yield engine, app_id, images
    engine.dispose()


def _key(engine: Engine, title: str) -> str:
    with Session(engine) as session:
        lines = session.exec(select(LedgerLine)).all()
    return next(r.key for r in lines if r.line["course_title"] == title)


def test_decisions_rebuild_the_ledger_and_move_the_application_through_the_queue(
    built: tuple[Engine, int, PageImages],
) -> None:
    """Correct, reject, confirm the rest: ready to decide; approve: decided; every step audited."""
    engine, app_id, images = built
    policy = default_policy()
    alerrt = _key(engine, "ALERRT Active Attack Integrated Response")
    decide_lines(engine, app_id, [alerrt], "correct", "rita", change=LineChange(hours=20.0), policy=policy)
    with pytest.raises(ReviewError):
        decide_lines(
            engine, app_id, [_key(engine, "Firearms Qualification")], "reject", "rita", policy=policy
        )
    firearms = _key(engine, "Firearms Qualification")
    decide_lines(engine, app_id, [firearms], "reject", "rita", reason="not school safety", policy=policy)
    with Session(engine) as session:
        rest = [r.key for r in session.exec(select(LedgerLine)) if r.line.get("decision") is None]
    decide_lines(engine, app_id, rest, "confirm", "rita", policy=policy)
    with session_scope(engine) as session:
        app = session.get_one(Application, app_id)
        view = application_view(session, app, images)
        ready = queue_rows(session, "gonz")[0].state
        decide_application(session, app, "approve", "rita", "", ready=view.can_decide)
    with Session(engine) as session:
        after = application_view(session, session.get_one(Application, app_id), images)
        row = queue_rows(session, "R001")[0]
        decided = (row.state, row.verdict)
        nobody = queue_rows(session, "nobody-like-this")
        actions = {row.action for row in session.exec(select(AuditLog).where(AuditLog.actor == "rita"))}
    corrected = next(ln for ln in after.lines if ln.key == alerrt)
    assert (ready, decided, nobody) == ("ready", ("decided", "approve"), [])
    assert (corrected.hours, corrected.credited_hours, after.credited_hours) == (
        20.0,
        20.0,
        ELIGIBLE_HOURS + 4,
    )
    assert (after.review, after.unconfirmed_auto, after.state) == ([], 0, "decided")
    assert [ln.crop is not None for ln in after.lines] == [True] * len(after.lines)
    assert {"correct", "reject", "confirm", "approve"} <= actions


def test_approval_needs_every_line_decided(built: tuple[Engine, int, PageImages]) -> None:
    """An application with a line still awaiting a reviewer cannot be decided."""
    engine, app_id, _ = built
    with session_scope(engine) as session:
        app = session.get_one(Application, app_id)
        with pytest.raises(ReviewError):
            decide_application(session, app, "approve", "rita", "", ready=False)
