"""Round 15 of the certificate wording audit (tests/novel_certificates_15.py): the hours, date and title forms
it found misread or unread, each in several wordings, with the look-alikes that must read as before."""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import COURSE_NUMBER_RE, GENERIC_COURSE_WORD_RE, find_course_title, sums_up
from extract.fields.dates import find_dates
from extract.fields.hours import find_hours
from extract.fields.names import name_before_next_label
from tests.unit.test_layout_parsers import page_of


def _hours(text: str) -> list[tuple[float, str]]:
    return [(m.hours, m.unit) for m in find_hours(text)]


def _days(text: str) -> list[tuple[date, date]]:
    return [(d.start, d.end) for d in find_dates(text) if d.precision == "day"]


# --- hours: a number before an hours label that has its own amount ----------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Course No. JL-204   Session 3   Hours: 8", 8.0),
        ("Course Control No. 2290-30415   Presentation 003   Hours Certified: 16", 16.0),
        ("Class 07 Hours: 8", 8.0),
        ("Module 2  Total Hours: 4.5", 4.5),
        ("Cohort 12   Hours Awarded: 24", 24.0),
        ("Roster 5 Hours ........ 6", 6.0),
    ],
)
def test_a_number_before_a_label_with_its_own_amount_is_another_field(text: str, hours: float) -> None:
    assert _hours(text) == [(hours, "hours")]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("8 Hours: Juvenile Law for Law Enforcement", 8.0),  # a heading's colon, no amount after it
        ("8 Hours   Date: 05/02/2023", 8.0),  # another field's label after the unit
        ("16 Contact Hours", 16.0),
    ],
)
def test_an_amount_before_its_unit_stays_when_no_amount_follows_the_unit(text: str, hours: float) -> None:
    assert _hours(text) == [(hours, "hours")]


def test_hours_certified_is_an_hours_label() -> None:
    assert _hours("Hours Certified: 16") == [(16.0, "hours")]


# --- hours: what one unit of another measure is worth -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Awarded 2 Training Units (1 Training Unit = 4 Hours)", 8.0),
        ("3 credits; one credit equals 3 hours", 9.0),
        ("1.5 Training Units (1 training unit = 8 contact hours)", 12.0),
        ("(1 Unit = 2 hours)  4 Units", 8.0),
    ],
)
def test_a_rate_per_unit_times_the_units_printed_is_the_hours(text: str, hours: float) -> None:
    assert _hours(text) == [(hours, "hours")]


@pytest.mark.parametrize(
    "text",
    [
        "1 Training Unit = 4 Hours",  # no count of the unit: the award or a definition, a person's
        "2 units and 3 units (1 unit = 4 hours)",  # two counts
    ],
)
def test_a_rate_without_a_single_count_reads_no_hours(text: str) -> None:
    assert _hours(text) == []


def test_a_ceu_rate_alone_is_the_award_and_beside_ceus_agrees_with_them() -> None:
    assert _hours("1 CEU = 10 contact hours") == [(10.0, "hours")]
    assert _hours("1.6 CEUs (1 CEU = 10 contact hours)") == [(16.0, "ceu"), (16.0, "hours")]


def test_an_amount_stated_two_ways_is_no_rate() -> None:
    assert _hours("0.8 CEU = 8 PDH") == [(8.0, "ceu"), (8.0, "hours")]
    assert _hours("Day 1 = 8 hours") == [(8.0, "hours")]


# --- dates: an ISO interval and a year in words after a day in figures -------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Dates: 2023-07-10/2023-07-11      Hours: 16", [(date(2023, 7, 10), date(2023, 7, 11))]),
        ("2023-7-1/2023-7-3", [(date(2023, 7, 1), date(2023, 7, 3))]),
        # backwards: two dates, no interval
        ("2023-07-10/2023-07-09", [(date(2023, 7, 10),) * 2, (date(2023, 7, 9),) * 2]),
    ],
)
def test_an_iso_interval_is_one_range(text: str, days: list[tuple[date, date]]) -> None:
    assert _days(text) == days


def test_an_iso_interval_is_no_month() -> None:
    assert all(d.precision == "day" for d in find_dates("2023-07-10/2023-07-11"))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Done this 21st day of September, Two Thousand Twenty-Three", date(2023, 9, 21)),
        ("on 3 March two thousand and twenty", date(2020, 3, 3)),
        ("the 5th of June, two thousand twenty-one", date(2021, 6, 5)),
    ],
)
def test_a_day_in_figures_with_the_year_in_words(text: str, day: date) -> None:
    assert _days(text) == [(day, day)]


def test_an_impossible_day_with_a_year_in_words_reads_nothing() -> None:
    assert _days("31st day of February, two thousand twenty") == []


# --- titles: an approved course is no title ---------------------------------------------------------


@pytest.mark.parametrize(
    "rest", ["POST-certified course", "NASRO-approved training", "IACET-accredited program", "online course"]
)
def test_a_body_approved_course_is_a_generic_word(rest: str) -> None:
    assert GENERIC_COURSE_WORD_RE.fullmatch(rest)


@pytest.mark.parametrize("rest", ["Juvenile Law course", "POST Certified Instructor Course"])
def test_a_named_course_is_no_generic_word(rest: str) -> None:
    assert not GENERIC_COURSE_WORD_RE.fullmatch(rest)


def test_the_course_below_a_body_approved_course_cue_is_the_title() -> None:
    lines = page_of(
        [
            ("This certifies that", 200, 160, 13),
            ("Officer Esperanza V. Lindqvist", 160, 196, 24),
            ("has completed the POST-certified course", 180, 230, 13),
            ("Child Abuse and Neglect Investigations", 150, 262, 17),
            ("01/09/2023 - 01/11/2023", 220, 296, 12),
        ]
    )
    found = find_course_title(lines)
    assert found is not None and found[0] == "Child Abuse and Neglect Investigations"


# --- names: one digit glued to the name before the next label (a scan's speck) -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officer Dashiell M. Okafor1 Instructor: Sgt. Winifred Amsel", "Officer Dashiell M. Okafor"),
        ("Deputy Mara Lindqvist7", "Deputy Mara Lindqvist"),
        ("Oscar Knapp Badge/ID: 90921", "Oscar Knapp"),
    ],
)
def test_a_digit_glued_to_the_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name_before_next_label(text) == name


@pytest.mark.parametrize("text", ["jsmith1", "Oscar Knapp2023", "Unit 12 Patrol"])
def test_a_number_or_a_user_name_stays_no_name(text: str) -> None:
    assert name_before_next_label(text) is None


# --- titles: a control number or a table's total under the course is no second line -----------------


@pytest.mark.parametrize("below", ["CCN 4120-18822", "CCN: 1850-21690", "Total hours  16", "Grand Total"])
def test_a_control_number_or_a_total_below_the_course_does_not_join_it(below: str) -> None:
    lines = page_of(
        [
            ("This certifies that", 200, 160, 13),
            ("Officer Lucian D. Farquharson", 160, 196, 24),
            ("has completed", 240, 230, 13),
            ("Interviewing and Interrogating Juveniles", 150, 262, 17),
            (below, 150, 282, 17),
        ]
    )
    found = find_course_title(lines)
    assert found is not None and found[0] == "Interviewing and Interrogating Juveniles"


@pytest.mark.parametrize("text", ["CCN", "CCN Training", "Total Quality Policing", "Hours"])
def test_other_lines_are_no_control_number_or_total(text: str) -> None:
    assert not COURSE_NUMBER_RE.fullmatch(text)
    assert not sums_up(text)
