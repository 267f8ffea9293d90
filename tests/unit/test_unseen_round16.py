"""The sixteenth unseen round's fixes (bench/unseen_applicants_16.py).

Two copies of one completion a day apart (a record's row and its certificate) whose days fall either side
of a day the rules read (the 10-year window's first day, the application date): the first-uploaded copy
decided unseen whether the course counted (V02 wrongly eligible, V01 silently dropped). Both now go to a
person, the course's hours pending once. A record listing a course by the initials its certificate prints
in parentheses ("CIT-Y") is that certificate's duplicate."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tests.unit.test_rules import APPLIED, advanced, basic, build, conference, line, make_item
from tests.unit.test_unseen_round15 import _settled
from verify.abbreviations import one_course_abbreviated
from verify.rules import edge_between
from verify.types import EvidenceItem

CUTOFF = date(2014, 6, 1)  # APPLIED 2024-06-01 less ten years
EOP = "School Emergency Operations Planning"


def _copy(end: date, document: str, hours: float = 24.0, title: str = EOP, **kw: Any) -> EvidenceItem:
    return make_item(title, end, hours, start_date=end - timedelta(days=2), document=document, **kw)


def _row(end: date, **kw: Any) -> EvidenceItem:
    return _copy(end, "record.pdf", doc_type="transcript", **kw)


# ------------------------------------------------------------------------------------ edges


def test_an_edge_between_two_days_is_the_window_s_first_day_or_the_application_date() -> None:
    assert edge_between(date(2014, 5, 31), CUTOFF, CUTOFF, APPLIED) is not None
    assert edge_between(CUTOFF, date(2014, 5, 31), CUTOFF, APPLIED) is not None
    assert edge_between(APPLIED, APPLIED + timedelta(days=1), CUTOFF, APPLIED) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (CUTOFF, CUTOFF + timedelta(days=1)),  # both inside: the boundary day counts as inside
        (date(2014, 5, 30), date(2014, 5, 31)),  # both older
        (APPLIED - timedelta(days=1), APPLIED),  # both completed by the application date
        (date(2020, 3, 1), date(2020, 3, 2)),
    ],
)
def test_no_edge_when_both_days_sit_on_one_side(a: date, b: date) -> None:
    assert edge_between(a, b, CUTOFF, APPLIED) is None
    assert edge_between(a, None, CUTOFF, APPLIED) is None


# ------------------------------------------------------------------------------------ ledgers


@pytest.mark.parametrize("row_first", [True, False])
def test_copies_either_side_of_the_window_s_first_day_go_to_a_person(row_first: bool) -> None:
    """V01/V02: the row completed the day before the window opens, the certificate on its first day. The
    certificate first was credited (136 + 24 = 160: wrongly eligible); the row first dropped the course as
    older than 10 years. Either upload order now leaves both to a person."""
    row = _row(CUTOFF - timedelta(days=1))
    cert = _copy(CUTOFF, "eop.pdf")
    copies = [row, cert] if row_first else [cert, row]
    ledger = build([basic(), advanced(), conference(), *_settled(136), *copies])
    for x in (row, cert):
        ln = line(ledger, x)
        assert (ln.rule, ln.credited_hours, ln.status) == ("needs_review", 0.0, "review")
        assert "window's first day" in ln.reason and "a person's call" in ln.reason
    assert ledger.additional_hours_credited == 136.0
    assert ledger.additional_hours_pending == 24.0  # the course's hours once, not each copy's
    assert ledger.requirements["additional_160"].verdict == "needs_review"
    assert ledger.eligible is False


def test_copies_either_side_of_the_window_that_cannot_reach_160_leave_r5_not_met() -> None:
    """128 + 24 once is 152: whichever copy a person picks, R5 is not met."""
    row, cert = _row(CUTOFF - timedelta(days=1)), _copy(CUTOFF, "eop.pdf")
    ledger = build([basic(), advanced(), conference(), *_settled(128), cert, row])
    assert ledger.requirements["additional_160"].verdict == "not_met"


def test_copies_either_side_of_the_application_date_go_to_a_person() -> None:
    """The certificate completes the course on the application day, the record's row a day later."""
    cert, row = _copy(APPLIED, "eop.pdf"), _row(APPLIED + timedelta(days=1))
    ledger = build([basic(), advanced(), conference(), *_settled(136), cert, row])
    assert [line(ledger, x).rule for x in (cert, row)] == ["needs_review", "needs_review"]
    assert "application date" in line(ledger, cert).reason
    assert ledger.eligible is False


def test_copies_a_day_apart_inside_the_window_stay_one_credit_and_a_duplicate() -> None:
    """Round 15's rule where no edge lies between the days: one copy counts, the other is a duplicate."""
    row, cert = _row(CUTOFF + timedelta(days=1)), _copy(CUTOFF + timedelta(days=2), "eop.pdf")
    ledger = build([basic(), advanced(), conference(), *_settled(136), cert, row])
    assert sorted(line(ledger, x).rule for x in (cert, row)) == ["credited", "duplicate"]
    assert ledger.additional_hours_credited == 160.0
    assert ledger.eligible is True


def test_copies_a_day_apart_both_older_stay_older_and_a_duplicate() -> None:
    row, cert = _row(CUTOFF - timedelta(days=2)), _copy(CUTOFF - timedelta(days=1), "eop.pdf")
    ledger = build([basic(), advanced(), conference(), *_settled(136), cert, row])
    assert sorted(line(ledger, x).rule for x in (cert, row)) == ["duplicate", "older_than_window"]
    assert ledger.requirements["additional_160"].verdict == "not_met"


def test_another_category_s_copies_across_the_edge_stay_auto() -> None:
    """A firearms course counts 0 whichever day is right: nobody needs to choose."""
    row = _row(CUTOFF - timedelta(days=1), title="Firearms Qualification", category="unrelated")
    cert = _copy(CUTOFF, "rifle.pdf", title="Firearms Qualification", category="unrelated")
    ledger = build([basic(), advanced(), conference(), *_settled(160), cert, row])
    assert all(line(ledger, x).status == "auto" for x in (cert, row))
    assert ledger.eligible is True


# ------------------------------------------------------------------------------------ own initials


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Crisis Intervention Teams for Youth (CIT-Y)", "CIT-Y"),
        ("Youth Mental Health First Aid (YMHFA)", "YMHFA"),
        ("School-Based Law Enforcement (SBLE)", "SBLE"),
    ],
)
def test_a_title_s_own_initials_alone_are_one_course(full: str, short: str) -> None:
    assert one_course_abbreviated(full, short)
    assert one_course_abbreviated(short, full)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Advanced School Resource Officer Course (NASRO)", "NASRO"),  # a provider, not initials
        ("Advanced SRO Course (Part 1 of 2)", "Part 1 of 2"),
        ("Youth Mental Health First Aid (YMHFA)", "YMHFA Instructor"),
        ("Youth Mental Health First Aid", "YMHFA"),  # no parenthesis prints them: not settled here
    ],
)
def test_a_parenthesis_that_is_no_short_name_joins_nothing(full: str, short: str) -> None:
    assert not one_course_abbreviated(full, short)


def test_a_record_row_listing_a_certificate_s_initials_is_its_duplicate() -> None:
    """V10: the record's "CIT-Y" (40 h, the same days) beside the certificate of "Crisis Intervention Teams
    for Youth (CIT-Y)": counted once; the row's own unsure category no longer keeps R5 waiting."""
    cert = _copy(date(2019, 10, 25), "cit.pdf", 40.0, "Crisis Intervention Teams for Youth (CIT-Y)",
                 catalog_id="cit-youth", category="juvenile")  # fmt: skip
    row = _row(date(2019, 10, 25), hours=40.0, title="CIT-Y", category=None)
    ledger = build([basic(), advanced(), conference(), *_settled(96), cert, row])
    assert [line(ledger, x).rule for x in (cert, row)] == ["credited", "duplicate"]
    assert ledger.additional_hours_credited == 136.0
    assert ledger.requirements["additional_160"].verdict == "not_met"


# ------------------------------------------------------------------------------------ a letter's person

_LETTER = [
    "Cedar Hollow Unified School District",
    "Human Resources Department | 210 Civic Plaza | (555) 555-0177",
    "April 28, 2025",
    "RE: Verification of Employment",
    "To Whom It May Concern:",
    "{opening} served as a School Resource Officer assigned to Cedar Hollow Unified School District from",
    "August 15, 2016 to June 30, 2023. Since July 1, 2023 she has been employed by the District as its",
    "School Safety Coordinator, a full-time position she currently holds.",
    "Respectfully,",
    "Janelle S. Ortiz",
    "Human Resources Manager",
]


def _letter_person(opening: str) -> str | None:
    from extract.letter import read_letter
    from tests.unit.test_prose_title import lines_of

    found = read_letter(lines_of([ln.replace("{opening}", opening) for ln in _LETTER])).participant
    return found.text if found else None


def test_a_letter_s_start_sentence_opening_on_a_name_names_its_officer() -> None:
    """V07: a district's letter names its officer only as the start sentence's subject, no rank, no cue."""
    assert _letter_person("Ursula D. Penhaligon") == "Ursula D. Penhaligon"


@pytest.mark.parametrize(
    "opening",
    [
        "Janelle S. Ortiz",  # the signer speaking of her own service
        "The District",  # no person
        "Cedar Hollow",  # a place, no given name
    ],
)
def test_a_start_sentence_opening_on_no_officer_names_nobody(opening: str) -> None:
    assert _letter_person(opening) is None
