"""build_ledger: extractions plus reviewer decisions in, a freshly computed ledger out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from verify.lines import Candidate, latest_decisions, prepare_candidates
from verify.names import former_name_forms, match_with_former_names, names_match, roster_names_match
from verify.policy import Policy
from verify.rules import (
    Credit,
    Letter,
    find_duplicates,
    hold_after_application,
    r1_sro_years,
    r2_employed,
    r3_basic,
    r4_advanced,
    r5_additional,
    r5_credits,
    r6_conference,
    r7_documents,
)
from verify.types import ApplicationFacts, DocumentFacts, Flag, Ledger, LedgerLine, ReviewDecision


def build_ledger(
    app: ApplicationFacts, docs: Sequence[DocumentFacts], decisions: Sequence[ReviewDecision], policy: Policy
) -> Ledger:
    """Apply R1..R7 to one application. Pure: same inputs, same ledger."""
    names = {
        d.file: roster_names_match(app.name, d.attendees)
        if d.attendees
        else names_match(app.name, d.participant_name)
        for d in docs
    }
    # A letter about the applicant that gives their earlier name ("Officer Jessica Hartwell (formerly
    # Moreno)") makes the certificates printed in it theirs.
    earlier = former_name_forms(
        app.name,
        [
            name
            for d in docs
            if (d.doc_type == "employment_letter" or d.holds_letter) and names[d.file].same_person is True
            for name in d.former_names
        ],
    )
    if earlier:
        names |= {
            d.file: match_with_former_names(app.name, d.participant_name, earlier)
            for d in docs
            if not d.attendees and names[d.file].same_person is not True
        }
    latest = latest_decisions(decisions)
    cands, flags = prepare_candidates(docs, latest, names)
    cands = hold_after_application(cands, app)
    flags += _stale(latest, {c.key for c in cands})
    letter_docs = [d for d in docs if d.doc_type == "employment_letter" or d.holds_letter]
    letters = [_letter(d, names[d.file].same_person) for d in letter_docs]
    flags += tuple(
        Flag(
            document=d.file,
            flag=f"employment letter names {d.participant_name!r}, not the applicant: ignored",
        )
        for d in letter_docs
        if names[d.file].same_person is False
    )

    duplicates = find_duplicates(cands)
    not_dup = [c for c in cands if c.key not in duplicates]
    basic, basic_key = r3_basic(not_dup, app, policy)
    advanced, advanced_key = r4_advanced(not_dup, policy)
    used = {k: r for k, r in ((basic_key, "R3"), (advanced_key, "R4")) if k is not None}
    credits = r5_credits(cands, used, duplicates, app, policy)
    additional, credited, pending = r5_additional(credits, policy)

    lines = tuple(_line(c, credits[c.key]) for c in sorted(cands, key=_line_order))
    requirements = {
        "sro_3_years": r1_sro_years(app, letters, policy),
        "employed": r2_employed(app, letters, policy),
        "basic": basic,
        "advanced": advanced,
        "additional_160": additional,
        "conference": r6_conference(not_dup, policy),
        "documents": r7_documents(lines),
    }
    return Ledger(
        applicant_id=app.applicant_id,
        requirements=requirements,
        additional_hours_credited=credited,
        additional_hours_pending=pending,
        eligible=all(r.verdict == "met" for r in requirements.values()),
        lines=lines,
        flags=flags,
    )


def _stale(decisions: dict[str, ReviewDecision], keys: set[str]) -> tuple[Flag, ...]:
    # A re-extraction that changed a line's course or dates orphans its decision: say so, never drop it.
    return tuple(
        Flag(
            document=key.split("#", 1)[0],
            flag=f"decision by {d.reviewer} at {d.at.isoformat()} matches no current line ({key})",
        )
        for key, d in decisions.items()
        if key not in keys
    )


def _letter(doc: DocumentFacts, names_applicant: bool | None) -> Letter:
    return Letter(
        document=doc.file,
        sro_start_date=doc.sro_start_date,
        document_date=doc.document_date,
        names_applicant=names_applicant,
        sro_start_range=doc.sro_start_range,
        sro_start_notes=doc.sro_start_notes,
        sro_start_ranges=doc.sro_start_ranges,
        employment=doc.employment,
        sro_end_range=doc.sro_end_range,
    )


def _line_order(c: Candidate) -> tuple[date, int]:
    return (c.item.end_date or date.max, c.order)


def _line(c: Candidate, credit: Credit) -> LedgerLine:
    item = c.item
    return LedgerLine(
        key=c.key,
        document=item.document,
        page=item.page,
        bbox=item.bbox,
        course_title=item.course_title,
        catalog_id=item.catalog_id,
        category=item.category,
        start_date=item.start_date,
        end_date=item.end_date,
        hours=item.hours,
        credited_hours=credit.credited,
        rule=credit.rule,
        reason=credit.reason,
        status="review" if credit.pending or c.pending is not None else "auto",
        confidence=item.confidence,
        decision=c.decision,
    )
