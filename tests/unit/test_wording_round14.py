"""Round 14 of the certificate wording audit (tests/novel_certificates_14.py): the hours and date forms it
found unread or read too surely, each in several wordings, with the look-alikes that must stay unread."""

from __future__ import annotations

import pytest

from extract.certificate import choose_dates, date_candidates, find_course_title
from extract.fields.dates import WEEK_ONLY, names_a_week
from extract.fields.hours import find_hours
from tests.unit.test_layout_parsers import page_of


def _hours(text: str) -> list[tuple[float, str]]:
    return [(m.hours, m.unit) for m in find_hours(text)]


# --- hours: a written whole number and a fraction in words ------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Twelve and One-Half Hours", 12.5),
        ("seven and one-half hours", 7.5),
        ("for six and a half hours of instruction", 6.5),
        ("three and three-quarters hours", 3.75),
        ("Four and One Quarter Contact Hours", 4.25),
    ],
)
def test_a_written_number_and_a_fraction_in_words_is_one_amount(text: str, hours: float) -> None:
    assert _hours(text) == [(hours, "hours")]


def test_a_written_fraction_beside_figures_keeps_the_figures() -> None:
    assert _hours("six and one-half (6.5) hours") == [(6.5, "hours")]


# --- hours: dot leaders between a label and its amount ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours", "unit"),
    [
        ("TOTAL CREDIT HRS ........ 24.00", 24.0, "hours"),
        ("Credit Hours . . . . . . 16", 16.0, "hours"),
        ("Contact Hours\u2026\u2026 7.5", 7.5, "hours"),
        ("CEUs ........ 2.4", 24.0, "ceu"),
    ],
)
def test_dot_leaders_close_a_label_as_a_colon_does(text: str, hours: float, unit: str) -> None:
    assert _hours(text) == [(hours, unit)]


def test_a_sentence_ending_in_a_stop_is_no_leader() -> None:
    assert _hours("Hours. 2022 was the year") == []


# --- hours: a length label stating its unit in brackets ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours", "unit"),
    [
        ("Duration (hrs): 3.0", 3.0, "hours"),
        ("Time Spent (hours): 2", 2.0, "hours"),
        ("Length (h): 1.5", 1.5, "hours"),
        ("Duration (min): 90", 1.5, "minutes"),
        ("Duration (MIN): 90", 1.5, "minutes"),  # no acronym of hours: it was read as 90 hours
        ("Length (minutes): 45", 0.75, "minutes"),
        ("Instructional minutes: 480", 8.0, "minutes"),
        ("Total Minutes: 90", 1.5, "minutes"),
    ],
)
def test_a_label_stating_its_unit_reads_the_amount_in_that_unit(text: str, hours: float, unit: str) -> None:
    assert _hours(text) == [(hours, unit)]


@pytest.mark.parametrize("text", ["Duration (days): 3", "Minutes: 12/05/2021", "Duration (wks): 2"])
def test_a_label_of_another_unit_or_a_date_reads_no_hours(text: str) -> None:
    assert _hours(text) == []


# --- hours: a bare label and its amount set apart as a field ----------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("CEUs 0.8 / Hours 8", [(8.0, "ceu"), (8.0, "hours")]),
        ("April 12, 2022      CEUs 0.8 / Hours 8", [(8.0, "ceu"), (8.0, "hours")]),
        ("Hrs 4 | Date 03/04/2021", [(4.0, "hours")]),
        ("Hours 8    Location: Room 12", [(8.0, "hours")]),
        ("Hours 6", [(6.0, "hours")]),
    ],
)
def test_a_bare_label_set_apart_labels_its_amount(text: str, found: list[tuple[float, str]]) -> None:
    assert _hours(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "the Golden Hours 2 course",  # inside a sentence or a title
        "Office Hours 9 - 5",
        "Hours 8 / 12",  # a part of a whole
        "Hours 8/12",
        "Hours 2022",  # a year, no length
    ],
)
def test_a_bare_label_inside_prose_or_before_another_number_is_no_field(text: str) -> None:
    assert _hours(text) == []


# --- dates: the week of a date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    ["during the week of ", "Week beginning: ", "Presented the week of", "Wk. of ", "w/o ", "week ending "],
)
def test_a_week_phrase_before_a_date_makes_it_the_week(before: str) -> None:
    assert names_a_week(before)


@pytest.mark.parametrize("before", ["Date: ", "This week we met on ", "weekly on ", "Week 3 - "])
def test_other_words_before_a_date_do_not(before: str) -> None:
    assert not names_a_week(before)


@pytest.mark.parametrize(
    "line",
    [
        "during the week of June 7, 2021      40 Hours",
        "Presented the week of March 14, 2022      Hours: 4",
        "Week beginning: 06/07/2021",
    ],
)
def test_a_course_dated_by_its_week_goes_to_a_person(line: str) -> None:
    best, _, notes = choose_dates(date_candidates(page_of([(line, 100, 100, 12)])))
    assert best is not None and WEEK_ONLY in notes


@pytest.mark.parametrize("line", ["June 7-11, 2021", "the week of June 7-11, 2021", "Date: 06/07/2021"])
def test_a_day_or_a_range_of_days_is_no_week(line: str) -> None:
    best, _, notes = choose_dates(date_candidates(page_of([(line, 100, 100, 12)])))
    assert best is not None and WEEK_ONLY not in notes


# --- titles: a learning system's "Module:" label ----------------------------------------------------


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Module:", "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Module Title:", "Recognizing Signs of Child Trafficking"),
        ("MODULE NAME:", "Youth Mental Health First Aid"),
    ],
)
def test_a_module_label_names_the_course(label: str, title: str) -> None:
    lines = page_of([("User: Officer Juniper A. Stavros", 60, 100, 11), (f"{label} {title}", 60, 122, 11)])
    found = find_course_title(lines)
    assert found is not None and found[0] == title and found[2] >= 0.9


# --- hours: an amount glued to the unit word before it (a scan's lost space) ------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1.2 CEUs10 contact hours", [(12.0, "ceu"), (10.0, "hours")]),
        ("0.8 CEU8 Contact Hours", [(8.0, "ceu"), (8.0, "hours")]),
        ("8 hours16 CEUs", [(8.0, "hours"), (160.0, "ceu")]),
        ("16 hrs2 days", [(16.0, "hours")]),
    ],
)
def test_an_amount_glued_to_the_unit_before_it_is_read(text: str, found: list[tuple[float, str]]) -> None:
    assert _hours(text) == found


@pytest.mark.parametrize("text", ["Room10 hours", "Hours10", "Form HR10 hours"])
def test_digits_glued_to_other_words_are_no_amount(text: str) -> None:
    assert _hours(text) == []
