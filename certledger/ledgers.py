"""Building and storing an application's ledger from what is stored: pure verify in, rows out."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from certledger.records import evidence_from_contract, load_decisions
from certledger.submission import audit
from certledger.tables import Application, Document, LedgerLine, LedgerSummary, utcnow
from verify.ledger import build_ledger
from verify.policy import Policy
from verify.types import ApplicationFacts, DocumentFacts, Ledger, ReviewDecision


@dataclass(frozen=True)
class ApplicantSummary:
    applicant_id: str
    documents: int
    failed: int
    requirements: dict[str, str]  # contract key -> verdict
    additional_hours_credited: float
    eligible: bool

    @property
    def requirements_met(self) -> int:
        return sum(v == "met" for v in self.requirements.values())


def rebuild_ledger(session: Session, app: Application, policy: Policy) -> ApplicantSummary:
    """Build the application's ledger from what is stored; write it only when it changed."""
    assert app.id is not None
    docs = session.exec(
        select(Document).where(Document.application_id == app.id).order_by(col(Document.id))
    ).all()
    facts = [document_facts(d) for d in docs if d.state in ("done", "failed")]
    decisions = load_decisions(session, app.id)
    app_facts = application_facts(app)
    ledger = build_ledger(app_facts, facts, decisions, policy)
    contract = ledger.to_contract_dict()
    inputs = inputs_sha256(app_facts, facts, decisions, policy)
    summary = session.exec(select(LedgerSummary).where(LedgerSummary.application_id == app.id)).first()
    if summary is None or summary.inputs_sha256 != inputs or summary.contract != contract:
        _store_ledger(session, app, ledger, contract, inputs, policy, summary)
    return ApplicantSummary(
        applicant_id=app.applicant_id,
        documents=len(docs),
        failed=sum(d.state == "failed" for d in docs),
        requirements=contract["requirements"],
        additional_hours_credited=ledger.additional_hours_credited,
        eligible=ledger.eligible,
    )


def _store_ledger(
    session: Session,
    app: Application,
    ledger: Ledger,
    contract: dict[str, Any],
    inputs: str,
    policy: Policy,
    summary: LedgerSummary | None,
) -> None:
    assert app.id is not None
    row = summary or LedgerSummary(
        application_id=app.id,
        requirements={},
        additional_hours_credited=0.0,
        additional_hours_pending=0.0,
        eligible=False,
        contract={},
        policy=policy.name,
        inputs_sha256=inputs,
    )
    row.requirements = {k: r.model_dump(mode="json") for k, r in ledger.requirements.items()}
    row.additional_hours_credited = ledger.additional_hours_credited
    row.additional_hours_pending = ledger.additional_hours_pending
    row.eligible, row.contract, row.policy = ledger.eligible, contract, policy.name
    row.inputs_sha256, row.built_at = inputs, utcnow()
    session.add(row)
    _store_lines(session, app.id, ledger)
    after = {"inputs_sha256": inputs, "eligible": ledger.eligible, "requirements": contract["requirements"]}
    audit(session, app.id, "ledger", app.id, "built", None, after)


def _store_lines(session: Session, application_id: int, ledger: Ledger) -> None:
    """Upsert the reviewer-queue rows by line key; lines gone from the ledger go."""
    old = {
        r.key: r for r in session.exec(select(LedgerLine).where(LedgerLine.application_id == application_id))
    }
    for line in ledger.lines:
        row = old.pop(line.key, None) or LedgerLine(
            application_id=application_id, key=line.key, status="", line={}
        )
        row.status, row.line = line.status, line.model_dump(mode="json")
        session.add(row)
    for row in old.values():
        session.delete(row)


def application_facts(app: Application) -> ApplicationFacts:
    return ApplicationFacts(
        applicant_id=app.applicant_id,
        name=app.name,
        agency=app.agency,
        sro_start_date=app.sro_start_date,
        currently_employed=app.currently_employed,
        application_date=app.application_date,
    )


def document_facts(doc: Document) -> DocumentFacts:
    """What verify needs of a stored document; a failed one is illegible (flagged, credits nothing)."""
    ex = doc.extraction
    if doc.state != "done" or ex is None:
        return DocumentFacts(
            file=doc.file_name, doc_type="other", participant_name=None, issuer=None, legible=False
        )
    return document_facts_from_contract(doc.file_name, ex)


def document_facts_from_contract(file_name: str, ex: dict[str, Any]) -> DocumentFacts:
    """What verify needs of a document's contract JSON (extractions stored before a field existed
    lack it: its default holds)."""
    items = tuple(evidence_from_contract(file_name, ex, it) for it in ex["items"])
    return DocumentFacts(
        file=file_name,
        doc_type=ex["doc_type"],
        participant_name=ex["participant_name"],
        issuer=ex["issuer"],
        sro_start_date=ex.get("sro_start_date"),
        document_date=ex.get("document_date"),
        sro_start_range=ex.get("sro_start_range"),
        sro_start_notes=tuple(ex.get("sro_start_notes") or ()),
        sro_start_ranges=ex.get("sro_start_ranges") or (),
        employment=ex.get("employment"),
        sro_end_range=ex.get("sro_end_range"),
        former_names=tuple(ex.get("former_names") or ()),
        holds_letter=any(part["kind"] == "letter" for part in ex.get("parts") or ()),
        attendees=tuple(ex.get("attendees") or ()),
        items=items,
    )


def inputs_sha256(
    app: ApplicationFacts, docs: Sequence[DocumentFacts], decisions: Sequence[ReviewDecision], policy: Policy
) -> str:
    """A stable hash of a ledger's inputs (sets sorted: their order varies between processes)."""
    payload = [
        app.model_dump(),
        [d.model_dump() for d in docs],
        [d.model_dump() for d in decisions],
        policy.model_dump(),
    ]
    text = json.dumps(payload, sort_keys=True, default=_json_default)
    return hashlib.sha256(text.encode()).hexdigest()


def _json_default(value: object) -> object:
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    return str(value)  # dates and datetimes: ISO text
