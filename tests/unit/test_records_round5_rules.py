"""Round five of training records (LMS and POST exports): a row whose last cell before its date ends in
a weak label word ("Dept. Range"), durations counted in minutes, months printed with a two-digit year
("03/21", "Mar-21"), and titles wrapped around a row set midway between their lines."""

from __future__ import annotations

from datetime import date

import pytest

from extract.credit_units import cell_hours, heading_unit, names_unit
from extract.lines import group_lines
from extract.transcript import MONTH_ONLY, UNSURE_SCHEDULED, _is_row, row_dates
from tests.unit.test_record_columns import _line_words, items_of, table


def _one_line(text: str) -> list:
    return group_lines(_line_words([(40, text)], 100), page=1)


@pytest.mark.parametrize(
    "text",
    [
        "21-0440 Firearms Qualification Dept. Range 05/18/2021 4.0",
        "Firearms Qualification County Pistol Range 05/18/2021 4.0",
        "Long Range Planning for Schools Regional Academy 03/02/2022 8.0",
        "Tactical Rifle Transition Practice Period 09/14/2021 8.0",
    ],
)
def test_a_weak_label_word_closing_a_rows_cells_keeps_the_row(text: str) -> None:
    (line,) = _one_line(text)
    assert _is_row(line)


@pytest.mark.parametrize(
    "text",
    [
        "Date Range: 01/01/2023 - 12/31/2023 all courses",
        "Reporting Period 01/01/2023 - 12/31/2023 all courses",
        "Period 01/01/2023 - 06/30/2023 all courses",
        "Expires 05/17/2025 Youth Mental Health First Aid",
    ],
)
def test_a_labelled_period_is_still_no_row(text: str) -> None:
    (line,) = _one_line(text)
    assert not _is_row(line)


@pytest.mark.parametrize(
    ("heading", "unit"),
    [("minutes", "minutes"), ("time (min)", "minutes"), ("mins", "minutes"), ("duration (min.)", "minutes"),
     ("hours:minutes", "hours"), ("hours", "hours"), ("ceus", "ceu"), ("administrator", "hours")],
)  # fmt: skip
def test_a_heading_naming_minutes_counts_minutes(heading: str, unit: str) -> None:
    assert heading_unit(heading) == unit
    if unit == "minutes":
        assert names_unit(heading)


def test_minutes_cells_are_sixtieths_of_an_hour_unless_the_cell_names_its_unit() -> None:
    assert cell_hours("90", "minutes", False) == 1.5
    assert cell_hours("480", "minutes", False) == 8.0
    assert cell_hours("45", "minutes", False) == 0.75
    assert cell_hours("2 hrs", "minutes", False) == 2.0


@pytest.mark.parametrize("heading", ["Minutes", "Time (min)", "Mins"])
def test_a_minutes_column_is_read_as_hours(heading: str) -> None:
    lines = table(
        [(40, "Course Title"), (300, "Completed On"), (420, heading)],
        [
            [(40, "Youth Mental Health First Aid"), (300, "11/08/2022"), (420, "480")],
            [(40, "Bullying Prevention"), (300, "02/14/2023"), (420, "90")],
            [(40, "Juvenile Law Update"), (300, "10/17/2023"), (420, "120")],
        ],
    )
    assert [it.hours for it in items_of(lines)] == [8.0, 1.5, 2.0]


@pytest.mark.parametrize(
    ("text", "month"),
    [("03/21", date(2021, 3, 1)), ("Mar-21", date(2021, 3, 1)), ("Sept-22", date(2022, 9, 1)),
     ("Mar '21", date(2021, 3, 1)), ("12/24", date(2024, 12, 1)), ("June-23", date(2023, 6, 1))],
)  # fmt: skip
def test_a_month_with_a_two_digit_year_is_that_month(text: str, month: date) -> None:
    (m,) = row_dates(text)
    assert (m.start, m.precision) == (month, "month")


@pytest.mark.parametrize(
    "text", ["24-0113", "IS-0100.c", "13/21", "3/2", "03/21/", "1:30", "Page 1/12", "Page 01/12", "3/21"]
)
def test_codes_and_fractions_are_no_month(text: str) -> None:
    assert row_dates(text) == []


def test_a_full_date_is_read_as_ever() -> None:
    (m,) = row_dates("03/21/2022")
    assert (m.start, m.precision) == (date(2022, 3, 21), "day")


def test_month_and_two_digit_year_rows_go_to_a_person() -> None:
    lines = table(
        [(40, "Mo/Yr"), (110, "Course"), (400, "Hrs")],
        [
            [(40, "03/21"), (110, "Youth Mental Health First Aid"), (400, "8")],
            [(40, "Jun-22"), (110, "Juvenile Law for Law Enforcement"), (400, "8")],
            [(40, "Feb-24"), (110, "Standard Response Protocol Training"), (400, "4")],
        ],
    )
    items = items_of(lines)
    assert [(it.start_date, it.end_date) for it in items] == [
        (date(2021, 3, 1), date(2021, 3, 31)),
        (date(2022, 6, 1), date(2022, 6, 30)),
        (date(2024, 2, 1), date(2024, 2, 29)),
    ]
    assert all(it.date_notes == (MONTH_ONLY,) for it in items)


def _wrapped_around(rows: list[tuple[list[str], str, str]]) -> list:
    """Titles wrapped over lines 11 points apart, the row's date and hours midway between them."""
    words = _line_words([(40, "Course Title"), (230, "Date"), (330, "Hours"), (400, "Result")], 100)
    y = 120.0
    for title, day, hours in rows:
        for k, part in enumerate(title):
            words += _line_words([(40, part)], y + 11 * k)
        words += _line_words([(230, day), (330, hours), (400, "Passed")], y + 5.5 * (len(title) - 1))
        y += 11 * len(title) + 9
    return group_lines(words, page=1)


def test_a_title_wrapped_around_its_row_is_read_whole() -> None:
    lines = _wrapped_around(
        [
            (["Bullying and Cyberbullying", "Prevention for Law Enforcement"], "02/08/2022", "4.0"),
            (["Firearms Qualification"], "06/21/2022", "4.0"),
            (["Child Abuse and Neglect", "Investigations"], "11/15/2022", "24.0"),
            (["Interviewing and", "Interrogating Juveniles"], "12/05/2023", "16.0"),
        ]
    )
    assert [it.course_title for it in items_of(lines)] == [
        "Bullying and Cyberbullying Prevention for Law Enforcement",
        "Firearms Qualification",
        "Child Abuse and Neglect Investigations",
        "Interviewing and Interrogating Juveniles",
    ]


def test_a_title_above_a_titled_row_is_not_taken() -> None:
    """A row printing its own title keeps it: the lines above belong to the row before."""
    lines = table(
        [(40, "Date"), (120, "Course Title"), (400, "Hours")],
        [
            [(40, "05/12/2021"), (120, "Bullying and Cyberbullying"), (400, "4.00")],
            [(120, "Prevention for Law Enforcement")],
            [(40, "08/03/2021"), (120, "Firearms Qualification"), (400, "4.00")],
        ],
    )
    assert [it.course_title for it in items_of(lines)] == [
        "Bullying and Cyberbullying Prevention for Law Enforcement",
        "Firearms Qualification",
    ]


@pytest.mark.parametrize(
    ("scheduled", "earned"),
    [("Hours Scheduled", "Hours Earned"), ("Hrs Req.", "Hrs Earned"), ("Sched. Hrs", "Credit Hours"),
     ("Required Hours", "Hours")],
)  # fmt: skip
def test_the_earned_hours_are_read_beside_the_scheduled(scheduled: str, earned: str) -> None:
    lines = table(
        [(40, "Date"), (110, "Course"), (350, scheduled), (450, earned)],
        [
            [(40, "02/07/2023"), (110, "Active Shooter Response for Schools"), (350, "8.0"), (450, "8.0")],
            [(40, "08/09/2022"), (110, "Child Abuse Investigations"), (350, "24.0"), (450, "16.0")],
            [(40, "03/05/2024"), (110, "Juvenile Law for Law Enforcement"), (350, "8.0"), (450, "6.5")],
        ],
    )
    items = items_of(lines)
    assert [it.hours for it in items] == [8.0, 16.0, 6.5]
    assert not any(it.notes + it.hours_notes for it in items)


@pytest.mark.parametrize("heading", ["Hours Scheduled", "Hrs Req.", "Required Hrs", "Planned Hours"])
def test_a_lone_scheduled_hours_column_goes_to_a_person(heading: str) -> None:
    lines = table(
        [(40, "Date"), (110, "Course"), (350, heading), (420, "Result")],
        [
            [
                (40, "02/07/2023"),
                (110, "Active Shooter Response for Schools"),
                (350, "8.0"),
                (420, "Complete"),
            ],
            [(40, "03/05/2024"), (110, "Juvenile Law for Law Enforcement"), (350, "8.0"), (420, "Complete")],
        ],
    )
    assert all(UNSURE_SCHEDULED in it.hours_notes for it in items_of(lines))


@pytest.mark.parametrize("said", ["No Show", "Withdrawn", "Did not complete", "Incomplete"])
def test_a_status_word_in_an_unnamed_column_goes_to_a_person(said: str) -> None:
    lines = table(
        [(40, "Date"), (110, "Course"), (350, "Hours"), (420, "Remarks")],
        [
            [
                (40, "02/07/2023"),
                (110, "Active Shooter Response for Schools"),
                (350, "8.0"),
                (420, "On time"),
            ],
            [(40, "12/12/2023"), (110, "Trauma-Informed Policing"), (350, "8.0"), (420, f"0.0 {said}")],
        ],
    )
    first, second = items_of(lines)
    assert not first.notes + first.hours_notes
    assert any("may not have been completed" in n for n in second.notes + second.hours_notes)
