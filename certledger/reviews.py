"""Reviewer decisions through the one decision path: lines (confirm, correct, reject) and applications.

Line decisions are appended with ``records.record_decision`` and the ledger is rebuilt by the
pipeline's serialised rebuild, as a worker would; nothing edits a ledger by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from certledger import events
from certledger.db import append_audit, session_scope
from certledger.pipeline import rebuild_requested, request_rebuild
from certledger.records import record_decision
from certledger.tables import Application, ApplicationDecision, LedgerLine, LedgerSummary, utcnow
from verify.policy import Policy
from verify.types import Action, Category, ReviewDecision


class ReviewError(ValueError):
    """A decision that cannot be taken (unknown line, a reject without reason, not ready...)."""


@dataclass(frozen=True)
class LineChange:
    """What a reviewer sets on a line; None keeps the machine's value."""

    hours: float | None = None
    catalog_id: str | None = None
    course_title: str | None = None
    category: Category | None = None
    start_date: date | None = None
    end_date: date | None = None

    def differs_from(self, line: dict[str, Any]) -> dict[str, Any]:
        """The fields that change ``line`` (contract JSON), as ReviewDecision takes them."""
        out: dict[str, Any] = {}
        for name in ("hours", "catalog_id", "course_title", "category", "start_date", "end_date"):
            value = getattr(self, name)
            current = line.get(name)
            shown = value.isoformat() if isinstance(value, date) else value
            if value is not None and shown != current:
                out[name] = value
        return out


def decide_lines(
    engine: Engine,
    application_id: int,
    keys: Sequence[str],
    action: Action,
    reviewer: str,
    *,
    reason: str = "",
    change: LineChange | None = None,
    policy: Policy,
) -> int:
    """Record one decision per line key and rebuild the ledger; returns how many were recorded.

    ``correct`` with nothing different from the machine's reading is recorded as ``confirm``.
    """
    if action == "reject" and not reason.strip():
        raise ReviewError("a rejection needs a reason")
    with session_scope(engine) as session:
        lines = {
            r.key: r.line
            for r in session.exec(
                select(LedgerLine).where(
                    LedgerLine.application_id == application_id, col(LedgerLine.key).in_(keys)
                )
            )
        }
        missing = [k for k in keys if k not in lines]
        if missing:
            raise ReviewError(f"no such line (the ledger changed?): {missing[0]}")
        at = utcnow()
        for key in keys:
            fields = (change or LineChange()).differs_from(lines[key]) if action == "correct" else {}
            effective: Action = "confirm" if action == "correct" and not fields else action
            record_decision(
                session,
                application_id,
                ReviewDecision(
                    line_key=key, action=effective, reviewer=reviewer, at=at, reason=reason.strip(), **fields
                ),
            )
        request_rebuild(session, application_id)
    # Built now (serialised with the workers' rebuilds), so the reviewer sees the result at once;
    # the outbox message written above then finds nothing left to do.
    rebuild_requested(engine, application_id, policy)
    return len(keys)


def decide_application(
    session: Session, app: Application, verdict: str, reviewer: str, reason: str, *, ready: bool
) -> ApplicationDecision:
    """Approve or deny ``app`` on its current ledger. Approval needs an eligible ledger."""
    assert app.id is not None
    summary = session.exec(select(LedgerSummary).where(LedgerSummary.application_id == app.id)).first()
    if summary is None or not ready:
        raise ReviewError("every line and requirement must be decided first")
    if verdict not in ("approve", "deny"):
        raise ReviewError(f"unknown verdict {verdict!r}")
    if verdict == "approve" and not summary.eligible:
        raise ReviewError("the ledger does not meet every requirement: deny, or correct the lines")
    if verdict == "deny" and not reason.strip():
        raise ReviewError("a denial needs a reason")
    row = ApplicationDecision(
        application_id=app.id,
        verdict=verdict,
        reviewer=reviewer,
        reason=reason.strip(),
        ledger_sha256=summary.inputs_sha256,
    )
    session.add(row)
    session.flush()
    append_audit(
        session,
        actor=reviewer,
        entity="application",
        entity_id=app.id,
        action=verdict,
        after={
            "verdict": verdict,
            "reason": row.reason,
            "eligible": summary.eligible,
            "additional_hours_credited": summary.additional_hours_credited,
            "requirements": summary.contract.get("requirements", {}),
        },
        application_id=app.id,
    )
    # The intake system's webhook: ids and verdicts only (the reviewer's email stays in the audit log).
    events.emit(
        session,
        "review.completed",
        app.id,
        {
            "decision_id": row.id,
            "verdict": verdict,
            "eligible": summary.eligible,
            "additional_hours_credited": summary.additional_hours_credited,
            "requirements": summary.contract.get("requirements", {}),
        },
    )
    return row
