"""Typed values the classify stage hands on; they serialise straight to the contract's document JSON."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from extract.types import BBox, DocumentPart, Evidence, Frozen

DocType = Literal["certificate", "transcript", "conference_attendance", "employment_letter", "other"]
Category = Literal["basic", "advanced", "supervisor", "conference", "school_safety", "juvenile", "unrelated"]
Status = Literal["auto", "review"]
# The end of the reason of a conference's registration, receipt or invoice (classify.completion): R6 reads
# its line as no attendance (verify.rules.r6_conference), until a person accepts it.
NOT_ATTENDANCE = "registration/payment is not proof of attendance"
# The same of a page of the conference's programme or agenda: it lists sessions, not who attended them.
PROGRAMME_NOT_ATTENDANCE = "a programme is not proof of attendance"
NOT_ATTENDANCE_REASONS = (NOT_ATTENDANCE, PROGRAMME_NOT_ATTENDANCE)


class ClassifiedItem(Frozen):
    course_title: str | None
    catalog_id: str | None
    category: Category | None
    start_date: date | None
    end_date: date | None
    hours: float | None
    confidence: float
    status: Status
    page: int
    bbox: BBox
    review_reasons: tuple[str, ...] = ()
    unsure: tuple[Literal["course", "dates", "hours"], ...] = ()  # which readings a reviewer must check
    match_score: float = 0.0
    hours_text: str | None = None
    date_text: str | None = None
    nominal_hours: float | None = None  # the catalog's length: a proposal for a reviewer, never credited

    def to_contract(self) -> dict[str, Any]:
        return {
            "course_title": self.course_title,
            "catalog_id": self.catalog_id,
            "category": self.category,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "hours": self.hours,
            "confidence": round(self.confidence, 3),
            "status": self.status,
            "page": self.page,
            "bbox": [round(v, 1) for v in self.bbox],
            "review_reasons": list(self.review_reasons),
            "unsure": list(self.unsure),
            "hours_as_printed": self.hours_text,
            "date_as_printed": self.date_text,
            "nominal_hours": self.nominal_hours,
        }


class ClassifiedDocument(Frozen):
    file: str
    sha256: str
    doc_type: DocType
    doc_type_confidence: float
    participant_name: Evidence | None
    issuer: Evidence | None
    pages: int
    sro_start_date: date | None
    document_date: date | None
    # Employment letters (see ExtractedDocument): the span the stated SRO start lies in, why it is not
    # sure, and what the letter says of the present ("current", "ended", None: it does not say).
    sro_start_range: tuple[date, date] | None = None
    sro_start_text: str | None = None
    sro_start_notes: tuple[str, ...] = ()
    sro_start_ranges: tuple[tuple[date, date], ...] = ()  # several starts stated (two terms): each one's span
    employment: Literal["current", "ended"] | None = None
    employment_text: str | None = None
    sro_end_range: tuple[date, date] | None = None  # a former SRO's: when the service ended
    sro_end_text: str | None = None
    former_names: tuple[str, ...] = ()  # a letter's earlier names of its person (see ExtractedDocument)
    certificate_number: str | None
    items: tuple[ClassifiedItem, ...]
    catalog_sha256: str
    extractor_version: str
    warnings: tuple[str, ...] = ()
    parts: tuple[DocumentPart, ...] = ()  # a packet's documents (extract.packet); other files: none

    @property
    def holds_a_letter(self) -> bool:
        return any(p.kind == "letter" for p in self.parts)

    attendees: tuple[str, ...] = ()  # an attendance roster's people, as printed (extract.roster)

    def to_contract(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "doc_type": self.doc_type,
            "participant_name": self.participant_name.text if self.participant_name else None,
            "issuer": self.issuer.text if self.issuer else None,
            "pages": self.pages,
            "sro_start_date": self.sro_start_date.isoformat() if self.sro_start_date else None,
            "document_date": self.document_date.isoformat() if self.document_date else None,
            "sro_start_range": [d.isoformat() for d in self.sro_start_range or ()] or None,
            "sro_start_as_printed": self.sro_start_text,
            "sro_start_notes": list(self.sro_start_notes),
            "sro_start_ranges": [[a.isoformat(), b.isoformat()] for a, b in self.sro_start_ranges],
            "employment": self.employment,
            "employment_as_printed": self.employment_text,
            "sro_end_range": [d.isoformat() for d in self.sro_end_range or ()] or None,
            "sro_end_as_printed": self.sro_end_text,
            "former_names": list(self.former_names),
            "certificate_number": self.certificate_number,
            "items": [i.to_contract() for i in self.items],
            "sha256": self.sha256,
            "extractor_version": self.extractor_version,
            "catalog_sha256": self.catalog_sha256,
            "warnings": list(self.warnings),
            # A packet's documents, each with its pages: its letter's facts above are the ledger's.
            "parts": [{"kind": p.kind, "pages": list(p.pages)} for p in self.parts],
            "attendees": list(self.attendees),
        }
