"""Wordings from round 13 of the certificate audit (``tests/novel_certificates_13.py``), on strings and
positioned words.

Each case is a fault the audit found, tried on several wordings (none of them the fixture's lines alone).
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import read_certificate
from extract.fields.dates import find_dates
from extract.fields.hours import find_hours
from extract.types import RawItem
from tests.unit.test_layout_parsers import page_of


def _hours(text: str) -> list[float]:
    return [m.hours for m in find_hours(text)]


# ------------------------------------------------------------------------------------ a dash for the colon


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Hours of Credit Earned \u2014 Eight (8.0)", [8.0]),
        ("Hours of Credit Earned \u2014 Four (4.0)", [4.0]),
        ("Credit Hours \u2013 Sixteen (16)", [16.0]),
        ("Total Hours - Twenty-Four (24)", [24.0]),
        ("Hours: Eight (8)", [8.0]),
        ("Clock Hours \u2014 Thirty-Two (32.0)", [32.0]),
    ],
)
def test_an_hours_label_with_a_dash_and_a_number_in_words_and_figures(text: str, hours: list[float]) -> None:
    assert _hours(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "Hours of Credit Earned \u2014 Eight (9.0)",  # the words and the figures disagree: no amount
        "Juvenile Law \u2014 Eight (8) Modules",  # no hours label
        "Hours \u2014 Eight (8) sessions",  # another unit after the figures
    ],
)
def test_a_dash_label_reads_nothing_unsure(text: str) -> None:
    assert _hours(text) == []


# ------------------------------------------------------------------------------------ a time label, no unit


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Training time: 7.5", [7.5]),
        ("Date: 11/02/2022      Training time: 7.5", [7.5]),
        ("Seat time: 2", [2.0]),
        ("Total training time: 8 hours", [8.0]),  # the unit's own pattern, as before
        ("Training time: 3\u00bd hours", [3.5]),
        ("Training time: 7 1/2", [7.5]),
        ("Training time: 30 minutes", [0.5]),
        ("Seat time: 2 CEUs", [20.0]),
    ],
)
def test_a_time_label_with_a_bare_amount_is_hours(text: str, hours: list[float]) -> None:
    assert _hours(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "Seat time: 45",  # as likely minutes: a person reads it
        "Training time: 90",
        "Training time: 3 days",
        "Training time: 2 of 3",
    ],
)
def test_a_time_label_reads_no_unsure_amount(text: str) -> None:
    assert _hours(text) == []


# ---------------------------------------------------------------------- the course above "is awarded to"


def _item(rows: list[tuple[str, float, float, float]]) -> RawItem:
    item = read_certificate(page_of(rows)).item
    assert item is not None
    return item


def _course_first(heading: str, title: str, cue: str) -> list[tuple[str, float, float, float]]:
    return [
        ("COUNTY SHERIFF'S TRAINING UNIT", 160, 60, 13),
        (heading, 170, 110, 24),
        (title, 160, 150, 16),
        (cue, 230, 185, 12),
        ("Deputy Rosalind Q. Vanterpool", 180, 220, 20),
        ("February 9, 2022      8 hours", 200, 255, 11),
    ]


@pytest.mark.parametrize(
    ("heading", "title", "cue"),
    [
        ("Certificate of Completion", "Youth Mental Health First Aid", "is awarded to"),
        ("Certificate of Training", "Juvenile Law for Law Enforcement", "is hereby presented to"),
        ("Certificate of Achievement", "School Emergency Operations Planning", "is proudly awarded to"),
    ],
)
def test_the_course_between_the_heading_and_a_passive_name_cue(heading: str, title: str, cue: str) -> None:
    item = _item(_course_first(heading, title, cue))
    assert item.course_title == title
    assert item.title_conf >= 0.9


def test_an_active_cue_or_no_heading_keeps_the_guess() -> None:
    # "awarded to" with no "is": the line above may be anything (an issuer's motto): no sure title
    rows = _course_first("Certificate of Completion", "Youth Mental Health First Aid", "awarded to")
    assert _item(rows).title_conf < 0.9
    # no heading right above the line: no sure title either
    rows = _course_first("Excellence in Service", "Youth Mental Health First Aid", "is awarded to")
    assert _item(rows).title_conf < 0.9


# ---------------------------------------------------------------------- "the 6th to the 8th of April"


@pytest.mark.parametrize(
    "text",
    [
        "from the 6th to the 8th of April, 2022",
        "between the 6th and the 8th of April 2022",
        "held the 6th through the 8th day of April, 2022",
        "6th - the 8th of April 2022",
    ],
)
def test_a_day_span_with_the_before_its_second_day(text: str) -> None:
    (found,) = find_dates(text)
    assert (found.start, found.end) == (date(2022, 4, 6), date(2022, 4, 8))


def test_one_ordinal_day_of_a_month_is_still_one_day() -> None:
    (found,) = find_dates("on the 14th of June 2022")
    assert (found.start, found.end) == (date(2022, 6, 14), date(2022, 6, 14))
