"""Employment and conference letters in the third unseen round's wordings (bench/unseen_applicants_3.py):
a start verb "placed ... on", a start dated only by a school year, a form's bare "Start date:" beside its
SRO position, a memo in a single letter word, a letter verifying a conference's CEUs."""

from __future__ import annotations

from datetime import date

import pytest

from classify.doctype import classify_doctype
from extract.letter import read_sro_start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param(
            "Deputy Kendra L. Osei was placed in the School Resource Unit on September 3, 2018 and remains.",
            date(2018, 9, 3),
            id="placed-in-the-unit-on",
        ),
        pytest.param(
            "Officer Ray Dunn was designated as the campus officer at Hill High School on 08/14/2017.",
            date(2017, 8, 14),
            id="designated-on",
        ),
        pytest.param(
            "Officer Ray Dunn was placed on administrative leave on 08/14/2017.", None, id="placed-on-leave"
        ),
    ],
)
def test_start_verbs(text: str, start: date | None) -> None:
    assert read_sro_start(text).start == start


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Officer Luis F. Montoya has served as the School Resource Officer at Riverside Elementary since "
            "the 2019-2020 school year.",
            (date(2019, 7, 1), date(2020, 6, 30)),
            id="since-the-school-year",
        ),
        pytest.param(
            "She has been our SRO beginning with the 2016/17 academic year.",
            (date(2016, 7, 1), date(2017, 6, 30)),
            id="two-digit-second-year",
        ),
        pytest.param(
            "He has been employed by the department since the 2012-2013 school year.", None, id="a-hire"
        ),
        pytest.param(
            "He completed the Basic School Resource Officer course in the 2019-2020 school year.",
            None,
            id="a-course",
        ),
        pytest.param("He has served as our SRO since the 2019-2021 school year.", None, id="not-a-year"),
    ],
)
def test_a_school_year_is_a_span_never_a_day(text: str, span: tuple[date, date] | None) -> None:
    reading = read_sro_start(text)
    assert (reading.start, reading.range) == (None, span)
    if span:
        assert reading.notes and "year" in reading.notes[0]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param(
            "Employee name: Priya S. Raman Employee ID: 00871 Position: School Resource Officer "
            "Start date: 08/19/2019 Work location: Eastbrook Middle School Status: X Active",
            date(2019, 8, 19),
            id="sro-position",
        ),
        pytest.param(
            "Employee name: Priya S. Raman Position: Patrol Officer Start date: 08/19/2019 Status: Active",
            None,
            id="another-position",
        ),
        pytest.param(
            "Employee: Priya Raman Start date: 08/19/2019 Position: School Resource Officer",
            None,
            id="position-after-the-date",
        ),
    ],
)
def test_a_forms_bare_start_date_is_its_positions(text: str, start: date | None) -> None:
    assert read_sro_start(text).start == start


MEMO = (
    "HARMON COUNTY SHERIFF'S OFFICE Inter-Office Memorandum TO: Human Resources FROM: Capt. Leon W. Barrett "
    "DATE: 03/11/2025 RE: Deputy Kendra L. Osei - School Resource Unit Please accept this memorandum as "
    "confirmation that Deputy Kendra L. Osei was placed in the School Resource Unit on September 3, 2018 "
    "and remains in that assignment at Harmon Middle School."
)
CEU_LETTER = (
    "National Association of School Resource Officers Professional Development August 19, 2022 RE: "
    "Continuing Education Units To Whom It May Concern: This letter verifies that Kendra L. Osei attended "
    "the 2022 NASRO School Safety Conference held July 10-15, 2022 in Anaheim, California, and earned 2.4 "
    "Continuing Education Units (CEUs), the equivalent of 24 contact hours. Sincerely, Melissa R. Tran"
)


def test_a_memo_stating_an_sro_start_is_a_letter() -> None:
    """One letter word ("memorandum"), an SRO start, no certificate's wording: a letter, whatever prose
    line was read as a course."""
    guess = classify_doctype(MEMO, "single", 1, True)
    assert guess.doc_type == "employment_letter", guess.reason
    certified = MEMO.replace("Please accept", "This certifies that he completed training. Please accept")
    assert classify_doctype(certified, "single", 1, True).doc_type == "certificate"


def test_a_letter_verifying_conference_attendance_is_conference_attendance() -> None:
    guess = classify_doctype(CEU_LETTER, "single", 1, False)
    assert guess.doc_type == "conference_attendance", guess.reason
    # No course read from it: nothing to show as attendance; a letter it stays.
    assert classify_doctype(CEU_LETTER, "single", 0, False).doc_type == "employment_letter"


def test_an_employment_letter_naming_a_conference_stays_a_letter() -> None:
    text = CEU_LETTER.replace("This letter verifies that", "This letter verifies that, employed by us,")
    assert classify_doctype(text, "single", 1, False).doc_type == "employment_letter"
