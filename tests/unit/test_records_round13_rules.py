"""Round thirteen of training records: a row's hours split over two columns ("Instructor-Led" / "Online",
"Classroom" / "Online" with a row "Total", "Contact Hrs" / "Credit Hrs" that may differ), and titles wrapping
upward over rows whose cells sit on the title's last line (a spreadsheet's bottom-aligned cells)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.hours_columns import complementary, disagreeing_note, sums_the_parts
from extract.lines import group_lines
from extract.transcript import read_table
from extract.types import RawItem
from tests.unit.test_record_columns import _line_words


def _read(
    header: list[tuple[float, str]], rows: list[list[tuple[float, str]]], right: set[int]
) -> list[RawItem]:
    words = _line_words(header, 100)
    for k, row in enumerate(rows):
        words += _line_words(row, 118 + 16 * k, frozenset(right))
    return read_table(group_lines(words, page=1))[0]


@pytest.mark.parametrize(
    ("total", "parts", "sums"),
    [
        ([8.0, 8.0], [[8.0, 6.0], [None, 2.0]], True),
        ([8.0, 4.0], [[None, 4.0], [8.0, None]], True),
        ([8.0, 16.0], [[8.0, 6.0], [None, 2.0]], False),  # a running total: 8, then 8 + 8
        ([8.0, None], [[8.0, 6.0], [None, 2.0]], False),  # a row with parts and no total
        ([None, None], [[8.0, 6.0], [None, 2.0]], False),
    ],
)
def test_a_total_column_sums_each_rows_parts(
    total: list[float | None], parts: list[list[float | None]], sums: bool
) -> None:
    assert sums_the_parts(total, parts) is sums


@pytest.mark.parametrize(
    ("columns", "split"),
    [
        ([[8.0, None, 8.0], [None, 1.5, None]], True),
        ([[8.0, None, 8.0], [None, 1.5, 2.0]], False),  # one row fills both
        ([[8.0, 4.0], [None, None]], False),  # a column nobody fills
        ([[8.0, 4.0]], False),
    ],
)
def test_complementary_columns(columns: list[list[float | None]], split: bool) -> None:
    assert complementary(columns) is split


def test_the_disagreement_names_both_cells() -> None:
    note = disagreeing_note(("8.0", "credit hrs"), ("7.5", "contact hrs"))
    assert "'7.5' under 'contact hrs'" in note and "'8.0' under 'credit hrs'" in note


DELIVERY = [(40, "Date"), (110, "Course"), (340, "Instructor-Led Hrs"), (480, "Online Hrs")]


def test_hours_stand_in_whichever_delivery_column_the_row_fills() -> None:
    items = _read(DELIVERY, [
        [(40, "03/15/2022"), (110, "Active Shooter Response for Schools"), (430, "8.0")],
        [(40, "06/28/2022"), (110, "Bullying and Cyberbullying Prevention"), (530, "1.5")],
        [(40, "12/06/2022"), (110, "Interviewing and Interrogating Juveniles"), (430, "8.0")],
    ], {2})  # fmt: skip
    assert [(it.hours, it.hours_notes) for it in items] == [(8.0, ()), (1.5, ()), (8.0, ())]


def test_a_total_column_summing_classroom_and_online_is_the_rows_hours() -> None:
    head = [(40, "Date"), (110, "Course"), (340, "Classroom"), (420, "Online"), (490, "Total")]
    items = _read(head, [
        [(40, "04/12/2022"), (110, "Juvenile Law for Law Enforcement"), (370, "8.0"), (520, "8.0")],
        [(40, "10/18/2022"), (110, "Youth Mental Health First Aid"), (370, "6.0"), (450, "2.0"),
         (520, "8.0")],
    ], {2})  # fmt: skip
    assert [(it.hours, it.hours_notes) for it in items] == [(8.0, ()), (8.0, ())]


def test_contact_and_credit_hours_that_differ_go_to_a_person() -> None:
    head = [(40, "Date"), (110, "Course"), (360, "Contact Hrs"), (450, "Credit Hrs")]
    items = _read(head, [
        [(40, "03/01/2022"), (110, "Juvenile Law for Law Enforcement"), (390, "8.0"), (480, "8.0")],
        [(40, "09/13/2022"), (110, "Trauma-Informed Policing with Youth"), (390, "7.5"), (480, "8.0")],
    ], {2, 3})  # fmt: skip
    assert items[0].hours_notes == ()
    assert items[1].hours == 8.0
    assert any("'7.5' under 'contact hrs'" in n for n in items[1].hours_notes), items[1].hours_notes


def test_a_blank_earned_cell_is_not_filled_from_the_course_hours() -> None:
    """Both columns filled on most rows: a blank "Hrs Earned" is no hours, never the course's."""
    head = [(40, "Date"), (110, "Course"), (360, "Course Hrs"), (450, "Hrs Earned")]
    items = _read(head, [
        [(40, "03/01/2022"), (110, "Juvenile Law for Law Enforcement"), (390, "8.0"), (480, "8.0")],
        [(40, "09/13/2022"), (110, "Trauma-Informed Policing with Youth"), (390, "8.0")],
    ], {2, 3})  # fmt: skip
    assert items[1].hours is None


def _sheet(rows: list[tuple[list[str], str, str]], gap: float, bottom: bool) -> list[RawItem]:
    """Rows of (title lines, date, hours) 11 points a line, ``gap`` between rows; the cells on each title's
    last line (``bottom``) or its first."""
    words = _line_words([(40, "Date"), (110, "Course"), (400, "Hours")], 100)
    y = 118.0
    for title, d, hrs in rows:
        for k, part in enumerate(title):
            words += _line_words([(110, part)], y + 11 * k)
        at = y + 11 * (len(title) - 1) if bottom else y
        words += _line_words([(40, d), (430, hrs)], at, frozenset({1}))
        y += 11 * (len(title) - 1) + gap
    return read_table(group_lines(words, page=1))[0]


ROWS = [
    (["Crisis Intervention Teams", "for Youth: Forty-Hour", "Certification Course"], "03/14/2022", "40.0"),
    (["Child Abuse and", "Neglect Investigations"], "09/27/2022", "16.0"),
    (["Youth Mental Health First Aid"], "04/11/2023", "8.0"),
    (["Youth Mental Health", "First Aid"], "06/11/2023", "8.0"),
]
TITLES = [
    "Crisis Intervention Teams for Youth: Forty-Hour Certification Course",
    "Child Abuse and Neglect Investigations",
    "Youth Mental Health First Aid",
    "Youth Mental Health First Aid",
]


@pytest.mark.parametrize("gap", [20.0, 24.0])
def test_titles_wrapping_upward_over_bottom_aligned_cells(gap: float) -> None:
    items = _sheet(ROWS, gap, bottom=True)
    assert [it.course_title for it in items] == TITLES
    assert items[0].start_date == date(2022, 3, 14) and items[0].hours == 40.0


@pytest.mark.parametrize("gap", [20.0, 24.0])
def test_titles_wrapping_downward_stay_with_the_row_above(gap: float) -> None:
    assert [it.course_title for it in _sheet(ROWS, gap, bottom=False)] == TITLES


def test_a_band_heading_over_the_first_row_only_is_no_title() -> None:
    """A bottom-aligned reading needs most rows to have title lines above them: a lone band heading over
    the first row is not glued to its title as a wrapped line is."""
    words = _line_words([(40, "Date"), (110, "Course"), (400, "Hours")], 100)
    words += _line_words([(110, "JUVENILE")], 118)
    for k, (d, title) in enumerate([("02/16/2022", "Juvenile Law for Law Enforcement"),
                                    ("08/09/2022", "Interviewing and Interrogating Juveniles"),
                                    ("01/24/2023", "Child Abuse and Neglect Investigations")]):  # fmt: skip
        words += _line_words([(40, d), (110, title), (430, "8.0")], 130 + 14 * k, frozenset({2}))
    titles = [it.course_title for it in read_table(group_lines(words, page=1))[0]]
    assert titles[1:] == [
        "Interviewing and Interrogating Juveniles",
        "Child Abuse and Neglect Investigations",
    ]
