"""Round six of training records: hours the officer taught (a role cell saying "Instructor", a table
titled as instruction delivered) and footnote marks on amounts ("8.0*", "4.0\u2020")."""

from __future__ import annotations

import pytest

from extract.credit_units import cell_hours, footnote_mark, is_amount
from extract.lines import group_lines
from extract.transcript import read_table
from tests.unit.test_record_columns import _line_words, items_of, table

ROWS = [
    ("02/15/2022", "Youth Mental Health First Aid", "8.0"),
    ("05/10/2022", "Active Shooter Response for Schools", "8.0"),
    ("09/20/2022", "Juvenile Law for Law Enforcement", "4.0"),
]


def _taught(item: object) -> bool:
    return any("hours taught" in n for n in getattr(item, "notes", ()) + getattr(item, "hours_notes", ()))


@pytest.mark.parametrize(
    ("heading", "word"),
    [
        ("Role", "Instructor"),
        ("Role", "Co-Instructor"),
        ("Capacity", "Presenter"),
        ("Participation", "Lead Instructor"),
        ("Type", "Facilitator"),
        ("Role", "Taught"),
    ],
)
def test_a_row_whose_role_cell_says_the_officer_taught_goes_to_a_person(heading: str, word: str) -> None:
    roles = ["Student", word, "Attendee"]
    lines = table(
        [(40, "Date"), (105, "Course"), (340, heading), (420, "Hours")],
        [[(40, d), (105, t), (340, r), (420, h)] for (d, t, h), r in zip(ROWS, roles, strict=True)],
    )
    items = items_of(lines)
    assert [it.course_title for it in items] == [t for _, t, _ in ROWS]
    assert [_taught(it) for it in items] == [False, True, False]
    assert [it.hours for it in items] == [8.0, 8.0, 4.0]


@pytest.mark.parametrize(
    "cell", ["Sgt. R. Molina #4471", "L. Ferris (County MH)", "Instructor Kwan", "In-house trainer staff"]
)
def test_an_instructor_column_naming_who_taught_says_nothing_of_the_officer(cell: str) -> None:
    lines = table(
        [(40, "Date"), (105, "Course"), (315, "Instructor"), (470, "Hours")],
        [[(40, d), (105, t), (315, cell), (470, h)] for d, t, h in ROWS],
    )
    items = items_of(lines)
    assert len(items) == 3
    assert not any(_taught(it) for it in items)


def _two_tables(title: str, second_header: str = "Hours") -> list:
    head = [(40, "Course"), (290, "Date"), (430, second_header)]
    words = _line_words([(40, "TRAINING ATTENDED")], 80) + _line_words(head, 100)
    y = 118.0
    for d, t, h in ROWS[:2]:
        words += _line_words([(40, t), (290, d), (430, h)], y)
        y += 16
    words += _line_words([(40, title)], y + 20) if title else []
    words += _line_words(head, y + 40)
    row = [(40, "Interviewing and Interrogating Juveniles"), (290, "02/21/2023"), (430, "16.0")]
    words += _line_words(row, y + 58)
    words += _line_words(
        [(40, "Standard Response Protocol Training"), (290, "08/08/2023"), (430, "4.0")], y + 74
    )
    return group_lines(words, page=1)


@pytest.mark.parametrize(
    "title",
    [
        "INSTRUCTION DELIVERED (INSTRUCTOR HOURS)",
        "Courses Taught",
        "Instructor Activity",
        "Classes Presented as Instructor",
        "Teaching Assignments",
    ],
)
def test_a_table_titled_as_classes_taught_goes_to_a_person(title: str) -> None:
    items = read_table(_two_tables(title))[0]
    assert len(items) == 4
    assert [_taught(it) for it in items] == [False, False, True, True]


@pytest.mark.parametrize("title", ["", "SPECIALIZED TRAINING", "Instructor-Led Courses"])
def test_a_second_table_titled_otherwise_reads_as_ever(title: str) -> None:
    items = read_table(_two_tables(title))[0]
    assert len(items) == 4
    assert not any(_taught(it) for it in items)


def test_an_hours_heading_naming_hours_taught_goes_to_a_person() -> None:
    items = read_table(_two_tables("", "Hours Taught"))[0]
    assert [_taught(it) for it in items] == [True, True, True, True]


@pytest.mark.parametrize(
    ("cell", "hours", "mark"),
    [("8.0*", 8.0, "*"), ("4.0\u2020", 4.0, "\u2020"), ("8.0**", 8.0, "**"), ("16 \u2021", 16.0, "\u2021")],
)
def test_a_footnote_mark_after_an_amount_is_no_part_of_it(cell: str, hours: float, mark: str) -> None:
    assert is_amount(cell)
    assert cell_hours(cell, "hours", False) == hours
    assert footnote_mark(cell) == mark


@pytest.mark.parametrize("cell", ["8.0", "*", "Note*", "4 hrs"])
def test_cells_without_a_mark_after_an_amount_print_none(cell: str) -> None:
    assert footnote_mark(cell) is None


def test_marked_amounts_are_read_and_go_to_a_person() -> None:
    lines = table(
        [(40, "Date"), (110, "Course Title"), (420, "Hours")],
        [
            [(40, "05/03/2022"), (110, "Youth Mental Health First Aid"), (420, "8.0")],
            [(40, "09/13/2022"), (110, "Standard Response Protocol Training"), (420, "4.0*")],
            [(40, "08/22/2023"), (110, "Trauma-Informed Policing with Youth"), (420, "8.0**")],
            [(40, "03/19/2024"), (110, "School Emergency Operations Planning"), (420, "4.0\u2020")],
        ],
    )
    items = items_of(lines)
    assert [it.hours for it in items] == [8.0, 4.0, 8.0, 4.0]
    assert [any("footnote" in n for n in it.hours_notes) for it in items] == [False, True, True, True]


@pytest.mark.parametrize(
    ("title", "amount"),
    [
        # An adjustment naming one row ("Adjustment - Juvenile Law (partial attendance)") sends only that
        # row to a person: tests/unit/test_records_round7_rules.py.
        ("Correction: YMHFA entry, hours were 4.0", "(4.0)"),
        ("Hours adjusted per audit", "-2"),
        ("Reversal of duplicate entry", "8.0"),
        ("Juvenile Law make-up session", "-4.0"),
    ],
)
def test_a_table_holding_an_adjustment_row_goes_to_a_person(title: str, amount: str) -> None:
    lines = table(
        [(40, "Date"), (105, "Entry"), (400, "Hours")],
        [
            [(40, "02/08/2022"), (105, "Active Shooter Response for Schools"), (400, "8.0")],
            [(40, "07/12/2022"), (105, "Juvenile Law for Law Enforcement"), (400, "8.0")],
            [(40, "10/03/2022"), (105, title), (400, amount)],
            [(40, "01/24/2023"), (105, "Youth Mental Health First Aid"), (400, "8.0")],
        ],
    )
    items = items_of(lines)
    assert [it.hours for it in items][:2] == [8.0, 8.0]
    assert len(items) == 4
    assert all(any("adjustment" in n for n in it.notes) for it in items)


@pytest.mark.parametrize("title", ["Adjusting to Adolescent Development", "Youth Mental Health First Aid"])
def test_a_table_without_an_adjustment_reads_as_ever(title: str) -> None:
    lines = table(
        [(40, "Date"), (105, "Course"), (400, "Hours")],
        [
            [(40, "02/08/2022"), (105, "Active Shooter Response for Schools"), (400, "8.0")],
            [(40, "10/03/2022"), (105, title), (400, "4.0")],
        ],
    )
    items = items_of(lines)
    assert [it.hours for it in items] == [8.0, 4.0]
    assert not any(any("adjustment" in n for n in it.notes) for it in items)
