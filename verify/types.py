"""Typed values the verify stage reads and writes. All frozen: the ledger is rebuilt, never edited."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from extract.types import BBox, Frozen

Category = Literal["basic", "advanced", "supervisor", "conference", "school_safety", "juvenile", "unrelated"]
DocType = Literal["certificate", "transcript", "conference_attendance", "employment_letter", "other"]
ItemStatus = Literal["auto", "review"]
Verdict = Literal["met", "not_met", "needs_review"]
Action = Literal["confirm", "correct", "reject"]

# Contract keys of the requirements, in the order the rules document lists them.
REQUIREMENT_KEYS = ("sro_3_years", "employed", "basic", "advanced", "additional_160", "conference")


class ApplicationFacts(Frozen):
    """What the application (intake system or bulk manifest) states."""

    applicant_id: str
    name: str
    agency: str
    sro_start_date: date | None
    currently_employed: bool | None
    application_date: date


class EvidenceItem(Frozen):
    """One training record as the machine read it (or as a truth file states it)."""

    document: str
    doc_type: DocType
    participant_name: str | None
    issuer: str | None
    page: int
    bbox: BBox | None = None
    course_title: str
    catalog_id: str | None
    category: Category | None  # None: the classifier could not tell
    start_date: date | None
    end_date: date | None
    hours: float | None  # CEUs already converted; None when no legible hours
    proposed_hours: float | None = None  # catalog's nominal hours: a proposal for the reviewer only
    status: ItemStatus
    confidence: float
    review_reasons: tuple[str, ...] = ()
    unsure: tuple[str, ...] = ()  # which readings the review is about: course, dates, hours


class DocumentFacts(Frozen):
    """One uploaded document: its items, or (employment letters) the facts for R1/R2."""

    file: str
    doc_type: DocType
    participant_name: str | None
    issuer: str | None
    sro_start_date: date | None = None
    document_date: date | None = None
    # Employment letters: the earliest and latest day the stated SRO start can be (a month or a year
    # printed without its day), why it is not sure, and what the letter says of the present:
    # "current", "ended", or None (it does not say).
    sro_start_range: tuple[date, date] | None = None
    sro_start_notes: tuple[str, ...] = ()
    sro_start_ranges: tuple[tuple[date, date], ...] = ()  # several SRO starts stated (two terms), each's span
    employment: Literal["current", "ended"] | None = None
    sro_end_range: tuple[date, date] | None = None  # a former SRO's: when the service ended
    former_names: tuple[str, ...] = ()  # a letter's earlier names of its person ("Moreno")
    legible: bool = True  # False: the reader could make nothing of it (flagged, re-upload requested)
    # A packet (several documents in one file) holding an employment letter: its facts above are the
    # letter's, for R1 and R2, whatever the file's doc type.
    holds_letter: bool = False
    # An attendance roster's people: the applicant must be among them for its course to be theirs.
    attendees: tuple[str, ...] = ()
    items: tuple[EvidenceItem, ...] = ()


class ReviewDecision(Frozen):
    """A reviewer's append-only decision about one ledger line, found again by its key."""

    line_key: str
    action: Action
    reviewer: str
    at: datetime
    reason: str = ""
    # Fields a `correct` decision may set; None keeps the machine's value.
    hours: float | None = None
    category: Category | None = None
    catalog_id: str | None = None
    course_title: str | None = None
    start_date: date | None = None
    end_date: date | None = None


class LedgerLine(Frozen):
    """One item as credited: where it came from, what was credited and which rule decided."""

    key: str
    document: str
    page: int
    bbox: BBox | None
    course_title: str
    catalog_id: str | None
    category: Category | None
    start_date: date | None
    end_date: date | None
    hours: float | None
    credited_hours: float
    rule: str
    reason: str
    status: ItemStatus  # review: a human still has to decide this line
    confidence: float
    decision: ReviewDecision | None = None


class RequirementResult(Frozen):
    verdict: Verdict
    reason: str
    line_keys: tuple[str, ...] = ()


class Flag(Frozen):
    """Something about a document a reviewer should see (other person, unsure name...)."""

    document: str
    flag: str


class Ledger(Frozen):
    applicant_id: str
    requirements: dict[str, RequirementResult]
    additional_hours_credited: float
    additional_hours_pending: float  # known hours on R5 lines still awaiting a human
    eligible: bool
    lines: tuple[LedgerLine, ...]
    flags: tuple[Flag, ...] = ()

    def to_contract_dict(self) -> dict[str, Any]:
        """The ledger.json of the output contract (plus reasons, keys and flags)."""
        return {
            "applicant_id": self.applicant_id,
            "requirements": {k: r.verdict for k, r in self.requirements.items()},
            "reasons": {k: r.reason for k, r in self.requirements.items()},
            "additional_hours_credited": self.additional_hours_credited,
            "additional_hours_pending": self.additional_hours_pending,
            "eligible": self.eligible,
            "flags": [f.model_dump() for f in self.flags],
            "lines": [_line_dict(line) for line in self.lines],
        }


def _line_dict(line: LedgerLine) -> dict[str, Any]:
    out: dict[str, Any] = {
        "document": line.document,
        "page": line.page,
        "bbox": list(line.bbox) if line.bbox else None,
        "course_title": line.course_title,
        "catalog_id": line.catalog_id,
        "category": line.category,
        "start_date": line.start_date.isoformat() if line.start_date else None,
        "end_date": line.end_date.isoformat() if line.end_date else None,
        "hours": line.hours,
        "credited_hours": line.credited_hours,
        "rule": line.rule,
        "reason": line.reason,
        "status": line.status,
        "confidence": line.confidence,
        "key": line.key,
    }
    if line.decision is not None:
        out["decision"] = line.decision.model_dump(mode="json")
    return out
