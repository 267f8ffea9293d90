"""Wordings from round 6 of the certificate audit (``tests/novel_certificates_6.py``), on positioned words.

Each case is a fault the audit found: the strings are what such certificates print, with the distractors
beside them, and the assertion is the reading a person would sign, or a review note where the page cannot
settle a fact. Every rule is tried on several wordings, none of them the fixture's own line alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import choose_hours, date_candidates, hours_candidates, read_certificate
from extract.fields.dates import MONTH_ONLY, find_dates
from extract.fields.hours import find_hours
from extract.types import RawItem
from tests.unit.test_layout_parsers import page_of

# ------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("held on Tuesday 8th and Wednesday 9th June 2021", date(2021, 6, 8), date(2021, 6, 9)),
        ("Mon 7 - Fri 11 June 2021", date(2021, 6, 7), date(2021, 6, 11)),
        ("Sat. 5 & Sun. 6 June 2021", date(2021, 6, 5), date(2021, 6, 6)),
        ("Thursday 2 to Friday 3 December 2021", date(2021, 12, 2), date(2021, 12, 3)),
    ],
)
def test_two_days_each_with_its_weekday_before_one_month(text: str, start: date, end: date) -> None:
    (found,) = find_dates(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Day 1 - Tuesday 3 May 2022", 3),
        ("Module 2 to Wednesday 4 May 2022", 4),
        ("Part 2 and Friday 6 May 2022", 6),
    ],
)
def test_a_counter_before_a_weekday_is_no_first_day(text: str, day: int) -> None:
    """Only a weekday before the first number makes it a day of the range; a bare number is a counter."""
    assert [(d.start, d.end) for d in find_dates(text)] == [(date(2022, 5, day), date(2022, 5, day))]


@pytest.mark.parametrize(
    "line",
    [
        "held on 8th and Wednesday 9th June 2021",  # the first weekday lost
        "on 14 & 15th March 2022",
        "attended 3rd and 4 May 2021",
    ],
)
def test_a_day_joined_by_and_before_the_date_read_leaves_the_range_unsure(line: str) -> None:
    """Whatever reading of "D and D Month YYYY" is taken, a day joined by "and" before the date read means
    two days were printed: the one read is no sure course date."""
    cands = [c for c in date_candidates(page_of([(line, 100, 100, 12)])) if c.start == c.end]
    assert cands == [] or all(c.dangling for c in cands)


def _read(rows: list[tuple[str, float, float, float]]) -> RawItem:
    item = read_certificate(page_of(rows)).item
    assert item is not None
    return item


def _dated(date_line: str, hours_line: str, footer: str) -> RawItem:
    """A certificate whose course line prints ``date_line`` and ``hours_line``, ``footer`` in small print."""
    return _read(
        [
            ("Certificate of Completion", 200, 100, 28),
            ("This certifies that", 270, 140, 12),
            ("Percival D. Ashworth", 230, 180, 22),
            ("has completed", 270, 214, 12),
            ("Active Shooter Response for Schools", 200, 246, 18),
            (date_line, 270, 280, 12),
            (hours_line, 270, 300, 12),
            (footer, 60, 700, 8),
        ]
    )


@pytest.mark.parametrize(
    ("month_line", "day_line"),
    [
        ("Session: Jun 2021", "Issued: 07/15/2021"),
        ("Completed: June 2021", "Date printed: July 15, 2021"),
        ("June 2021", "Issue date: 07/15/2021"),
    ],
)
def test_a_course_month_beside_the_issue_day_is_no_course_day(month_line: str, day_line: str) -> None:
    """The page prints the course's month only and the day it was issued: the issue day is not the course's,
    so no date is taken and the item goes to a person with the month-only note."""
    item = _dated(month_line, "Hours: 8", day_line)
    assert (item.start_date, item.end_date) == (None, None)
    assert MONTH_ONLY in item.date_notes


@pytest.mark.parametrize(
    ("day_line", "footer"),
    [
        ("Training date: May 3, 2022", "Form TR-12 rev. 03/2019"),  # a form's revision: no course's month
        ("May 3, 2022", "Spring 2022 Cohort"),
    ],
)
def test_a_month_that_is_not_the_courses_leaves_the_day(day_line: str, footer: str) -> None:
    item = _dated(day_line, "Clock hours: 24", footer)
    assert (item.start_date, item.end_date) == (date(2022, 5, 3), date(2022, 5, 3))
    assert MONTH_ONLY not in item.date_notes


def test_an_unlabelled_day_beside_a_course_month_goes_to_a_person() -> None:
    assert MONTH_ONLY in _dated("Course date: June 2021", "Hours: 6", "07/15/2021").date_notes


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("This course qualifies for 4 PDH.", 4.0),
        ("Awarded 6 PDHs", 6.0),
        ("PDH: 2.5", 2.5),
        ("Hours of instruction: 4", 4.0),
        ("Hours of training: 16", 16.0),
        ("Total hours of classroom instruction: 24", 24.0),
        ("Duration: 6 h 30 min", 6.5),
        ("Duration: 1 day (6 CPD hours)", 6.0),
    ],
)
def test_pdh_and_what_the_hours_were_of(text: str, hours: float) -> None:
    assert [h.hours for h in find_hours(text)] == [hours]


@pytest.mark.parametrize("text", ["PDH 101: Introduction", "hours of instruction in 2021", "Course #4471"])
def test_no_hours_without_an_amount_of_them(text: str) -> None:
    assert find_hours(text) == []


@pytest.mark.parametrize(("caption", "value"), [("CE HOURS", "7.5"), ("CPD Hours", "6"), ("PDH", "3")])
def test_a_number_over_a_caption_naming_a_kind_of_hours(caption: str, value: str) -> None:
    """Boxes at the foot of a certificate: each value over its caption ("November 2, 2021" over "DATE",
    "7.5" over "CE HOURS"): the caption is the number's unit."""
    rows = [
        ("November 2, 2021", 150, 300, 14),
        (value, 440, 300, 14),
        ("DATE", 190, 324, 8),
        (caption, 430, 324, 8),
    ]
    best, notes = choose_hours(hours_candidates(page_of(rows)))
    assert best is not None and best.hours == float(value)
    assert notes == []


# ------------------------------------------------------------------------------------ titles and names


@pytest.mark.parametrize(
    "sentence",
    [
        "is awarded 1.5 hours of continuing education credit for",
        "for",
        "in recognition of outstanding participation for",
    ],
)
def test_a_sentence_ending_on_for_leads_to_the_title(sentence: str) -> None:
    item = _read(
        [
            ("Certificate of Completion", 200, 100, 28),
            ("Winston J. Abernathy", 230, 150, 22),
            (sentence, 160, 184, 12),
            ("Standard Response Protocol Training", 200, 216, 18),
            ("Completed 10/05/2021", 260, 250, 12),
        ]
    )
    assert (item.course_title, item.title_conf) == ("Standard Response Protocol Training", 0.9)


def test_an_organisation_wrapped_after_for_is_no_sentence() -> None:
    """ "National Center for" / "School Safety": capitalised, so no prose; the course is found by its cue."""
    item = _read(
        [
            ("National Center for", 230, 60, 13),
            ("School Safety", 260, 76, 13),
            ("Certificate of Completion", 200, 120, 28),
            ("This certifies that", 270, 150, 12),
            ("Winston J. Abernathy", 230, 180, 22),
            ("has completed", 270, 214, 12),
            ("Threat Assessment Teams in K-12 Schools", 190, 246, 18),
            ("May 3, 2022 | 6 hours", 260, 280, 12),
        ]
    )
    assert item.course_title == "Threat Assessment Teams in K-12 Schools"


@pytest.mark.parametrize("where", [0, 1, 2])
def test_a_name_over_its_caption_in_a_row_of_captions(where: int) -> None:
    """Three names on rules in a row, each over its caption; the participant's may be any of them."""
    names = ["Sgt. Roland E. Pike", "Dr. Elaine M. Soto", "Lt. Mara Quinn"]
    captions = ["Lead Instructor", "Program Director", "Training Officer"]
    names.insert(where, "Kwame Obadiah Mensah")
    captions.insert(where, "Participant")
    rows = [
        ("Certificate of Completion", 250, 108, 30),
        ("Advanced School Resource Officer Course", 212, 150, 18),
        ("July 12-14, 2021 | 24 hours", 322, 180, 13),
    ]
    for k, (name, caption) in enumerate(zip(names, captions, strict=True)):
        rows += [(name, 40 + 200 * k, 287, 15), (caption, 60 + 200 * k, 305, 9)]
    name = read_certificate(page_of(rows)).participant_name
    assert name is not None and name.text == "Kwame Obadiah Mensah"
