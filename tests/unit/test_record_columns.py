"""What a training table's columns count: CEUs, h:mm durations, running totals, month-only dates,
misprinted headings, dot leaders, year-end lines (extract.credit_units and extract.transcript)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.credit_units import (
    cell_hours,
    h_mm,
    heading_unit,
    is_running_total,
    is_speck,
    is_tenth_of,
    names_no_course,
    reads_h_mm,
    strip_leaders,
)
from extract.lines import group_lines
from extract.transcript import MONTH_ONLY, read_table
from extract.types import Line, RawItem, Word

CHAR_W = 5.0  # points per character at the 10 pt size of these tables


def _line_words(cells: list[tuple[float, str]], y: float, right: frozenset[int] = frozenset()) -> list[Word]:
    """Words of each (x, text) cell; cells whose index is in ``right`` end at x (set flush right)."""
    out = []
    for i, (x, text) in enumerate(cells):
        width = len(text) * CHAR_W
        left = x - width if i in right else x
        for token in text.split(" "):
            if token:
                out.append(Word(text=token, bbox=(left, y, left + len(token) * CHAR_W, y + 10), conf=1.0))
            left += (len(token) + 1) * CHAR_W
    return out


def table(
    header: list[tuple[float, str]], rows: list[list[tuple[float, str]]], right: frozenset[int] = frozenset()
) -> list[Line]:
    words = _line_words(header, 100)
    for k, row in enumerate(rows):
        words += _line_words(row, 118 + 16 * k, right)
    return group_lines(words, page=1)


def items_of(lines: list[Line]) -> list[RawItem]:
    return read_table(lines)[0]


# ------------------------------------------------------------------------------------ pure functions


@pytest.mark.parametrize(
    ("heading", "unit"),
    [
        ("ceus", "ceu"),
        ("ceu", "ceu"),
        ("c.e.u.", "ceu"),
        ("continuing education units", "ceu"),
        ("geus", "ceu"),  # a scan's C read as G
        ("ceu hours", "hours"),
        ("contact hrs", "hours"),
        ("credit", "hours"),
        ("cat", "hours"),
    ],
)
def test_heading_unit(heading: str, unit: str) -> None:
    assert heading_unit(heading) == unit


def test_cell_hours_converts_bare_ceus_only() -> None:
    assert cell_hours("1.6", "ceu", False) == 16.0
    assert cell_hours("0.8 CEU", "ceu", False) == 8.0  # the unit in the cell, not converted twice
    assert cell_hours("8 hrs", "ceu", False) == 8.0
    assert cell_hours("1.6", "hours", False) == 1.6
    assert cell_hours("1:30", "hours", True) == 1.5
    assert cell_hours("1:30", "hours", False) is None
    assert cell_hours("....8.0", "hours", False) == 8.0
    assert cell_hours(".8.0", "hours", False) == 8.0


def test_h_mm_and_when_a_column_reads_it() -> None:
    assert h_mm("0:45") == 0.75
    assert h_mm("1:75") is None
    assert h_mm("12/01") is None
    assert reads_h_mm(["8.0 hrs", "1:30", "4 h", "8:00"], "duration")
    assert not reads_h_mm(["1:30", "2.50", "8:00"], "hours")  # "1.30" misread as "1:30" is as likely
    assert not reads_h_mm(["1:30", "2.5"], "hours")
    assert reads_h_mm(["1:30"], "duration (h:mm)")


def test_leaders_and_specks() -> None:
    assert strip_leaders("Enforcement......") == "Enforcement"
    assert strip_leaders("8.") == "8."
    assert strip_leaders("St.") == "St."
    assert is_speck(".") and is_speck("',") and not is_speck("8") and not is_speck("*")


def test_running_total_forgives_one_lost_or_misread_cell() -> None:
    own = [8.0, 4.0, 8.0, None, 8.0, 6.0]
    total = [8.0, 12.0, 20.0, 28.0, 36.0, 42.0]
    assert is_running_total(own, total)
    assert is_running_total([8.0, 4.0, 8.0, 8.0], [8.0, 12.0, 26.0, 34.0])  # one misread
    assert not is_running_total(total, own)
    assert not is_running_total([8.0, 4.0, 8.0], [8.0, 4.0, 8.0][::-1])
    assert not is_running_total([8.0, 4.0, 8.0, 2.0], [1.0, 5.0, 9.0, 11.0])


def test_tenth_of() -> None:
    assert is_tenth_of([0.8, 0.4, 1.6, None], [8.0, 4.0, 16.0, 40.0])
    assert is_tenth_of([0.8, 0.8], [7.5, 8.0])  # a rounded CEU
    assert not is_tenth_of([8.0, 4.0], [0.8, 0.4])
    assert not is_tenth_of([0.8], [8.0])


def test_names_no_course() -> None:
    assert names_no_course("Year-End Hours Earned")
    assert names_no_course("Hours for Calendar Year 2023")
    assert not names_no_course("Firearms Qualification")
    assert not names_no_course("")


# --------------------------------------------------------------------------------- tables, read whole

HEAD = [(40, "Date"), (120, "Course Title")]


def test_a_ceu_column_counts_ten_hours_a_ceu() -> None:
    lines = table(
        [*HEAD, (400, "CEUs")],
        [
            [(40, "02/16/2022"), (120, "Interviewing Juveniles"), (400, "1.6")],
            [(40, "06/08/2022"), (120, "Child Abuse Investigations"), (400, "2.4")],
            [(40, "11/02/2022"), (120, "Youth Mental Health First Aid"), (400, "0.8")],
        ],
    )
    assert [it.hours for it in items_of(lines)] == [16.0, 24.0, 8.0]


def test_hours_beside_their_ceus_are_the_hours_whatever_the_ceu_heading_reads() -> None:
    for ceu_heading in ("CEU", "Units"):
        lines = table(
            [*HEAD, (400, "Contact Hrs"), (480, ceu_heading)],
            [
                [(40, "03/15/2021"), (120, "Active Shooter Response"), (400, "8.0"), (480, "0.8")],
                [(40, "07/21/2021"), (120, "Bullying Prevention"), (400, "4.0"), (480, "0.4")],
                [(40, "05/11/2022"), (120, "Emergency Vehicle Operations"), (400, "16.0"), (480, "1.6")],
            ],
        )
        assert [it.hours for it in items_of(lines)] == [8.0, 4.0, 16.0], ceu_heading


def test_a_running_total_is_not_the_rows_hours_even_with_a_cell_lost() -> None:
    rows = [
        ("02/09/2021", "8.0", "8.0"),
        ("04/14/2021", "4.0", "12.0"),
        ("09/22/2021", "", "20.0"),
        ("01/18/2022", "8.0", "28.0"),
        ("05/03/2022", "8.0", "36.0"),
    ]
    lines = table(
        [*HEAD, (380, "Hrs"), (440, "Sum")],
        [[(40, d), (120, "Course Number Title"), (380, a), (440, b)] for d, a, b in rows],
    )
    assert [it.hours for it in items_of(lines)] == [8.0, 4.0, None, 8.0, 8.0]


def test_hours_to_date_heading_names_a_running_total() -> None:
    lines = table(
        [*HEAD, (380, "Hrs"), (440, "Hours to Date")],
        [
            [(40, "02/09/2021"), (120, "Youth Mental Health First Aid"), (380, "8.0"), (440, "8.0")],
            [(40, "04/14/2021"), (120, "Firearms Qualification"), (380, "4.0"), (440, "18.0")],
        ],
    )
    assert [it.hours for it in items_of(lines)] == [8.0, 4.0]


def test_month_only_dates_are_sent_to_a_person() -> None:
    lines = table(
        [(40, "Month"), (140, "Training"), (400, "Hours")],
        [
            [(40, "03/2021"), (140, "Juvenile Law Update"), (400, "8")],
            [(40, "February 2022"), (140, "Youth Mental Health First Aid"), (400, "8")],
            [(40, "04/12/2023"), (140, "Trauma-Informed Policing"), (400, "8")],
        ],
    )
    items = items_of(lines)
    assert [it.date_notes for it in items] == [(MONTH_ONLY,), (MONTH_ONLY,), ()]
    assert (items[1].start_date, items[1].end_date) == (date(2022, 2, 1), date(2022, 2, 28))


def test_a_misprinted_end_heading_right_of_the_start_is_the_end() -> None:
    lines = table(
        [(40, "Course Name"), (290, "Start Date"), (370, "Emd Dafe"), (450, "Hours")],
        [
            [(40, "Crisis Intervention for Youth"), (290, "04/05/2021"), (370, "04/09/2021"), (450, "40")],
            [(40, "Field Sobriety Testing"), (290, "10/13/2021"), (370, "10/15/2021"), (450, "24")],
        ],
    )
    assert [(it.start_date, it.end_date) for it in items_of(lines)] == [
        (date(2021, 4, 5), date(2021, 4, 9)),
        (date(2021, 10, 13), date(2021, 10, 15)),
    ]


def test_a_title_line_above_the_heading_does_not_hide_it() -> None:
    words = _line_words([(40, "Officer Course Completion Report")], 70)
    lines = table(
        [(40, "Course Name"), (290, "Strt Dte"), (370, "Emd Dafe"), (430, "Crdt Hrs"), (480, "Result")],
        [
            [(40, "Crisis Intervention for Youth"), (290, "04/05/2021"), (370, "04/09/2021"), (470, "40"),
             (476, "Complete")],
            [(40, "Field Sobriety Testing"), (290, "10/13/2021"), (370, "10/15/2021"), (470, "24"),
             (476, "Complete")],
        ],
        right=frozenset({3}),  # the hours set flush right, close to the result: only the heading parts them
    )  # fmt: skip
    lines = group_lines(words + [w for ln in lines for w in ln.words], page=1)
    assert [it.hours for it in items_of(lines)] == [40.0, 24.0]


def test_h_mm_durations() -> None:
    lines = table(
        [*HEAD, (400, "Duration")],
        [
            [(40, "02/02/2022"), (120, "Active Shooter Response"), (400, "8.0 hrs")],
            [(40, "04/27/2022"), (120, "Bullying Prevention"), (400, "1:30")],
            [(40, "07/19/2022"), (120, "Firearms Qualification"), (400, "4 h")],
            [(40, "08/29/2022"), (120, "Standard Response Protocol"), (400, "0:45")],
        ],
    )
    assert [it.hours for it in items_of(lines)] == [8.0, 1.5, 4.0, 0.75]


def test_dot_leaders_and_specks_between_columns() -> None:
    lines = table(
        [(40, "Course"), (370, "Date"), (470, "Hours")],
        [
            [(40, "Juvenile Law Update ........................"), (300, "."), (370, "01/26/2021"),
             (470, ". . 8.0")],
            [(40, "Firearms Qualification ....................."), (370, "05/04/2021"), (440, "'"),
             (470, "....4.0")],
            [(40, "Youth Mental Health First Aid .............."), (370, "10/20/2021"), (470, ".8.0")],
        ],
    )  # fmt: skip
    items = items_of(lines)
    assert [(it.course_title, it.hours) for it in items] == [
        ("Juvenile Law Update", 8.0),
        ("Firearms Qualification", 4.0),
        ("Youth Mental Health First Aid", 8.0),
    ]


def test_an_amount_flush_right_against_the_next_label_is_the_label_befores() -> None:
    lines = table(
        [(40, "Month"), (140, "Training"), (420, "Hours"), (470, "Type")],
        [
            [(40, "03/12/2021"), (140, "Juvenile Law Update"), (466, "8"), (470, "Classroom")],
            [(40, "06/14/2021"), (140, "Firearms Qualification"), (466, "4"), (470, "Range")],
        ],
        right=frozenset({2}),
    )
    assert [it.hours for it in items_of(lines)] == [8.0, 4.0]


def test_year_end_lines_and_not_credited_rows_are_no_items() -> None:
    lines = table(
        [*HEAD, (400, "Hours"), (460, "Status")],
        [
            [(40, "01/31/2023"), (120, "Active Shooter Response"), (400, "8.00"), (460, "Completed")],
            [(40, "06/07/2023"), (120, "Interviewing Juveniles"), (400, "16.00"), (460, "No Credit")],
            [(40, "08/17/2023"), (120, "Trauma-Informed Policing"), (400, "8.00"), (460, "Audit")],
            [(40, "12/31/2023"), (120, "Year-End Hours Earned"), (400, "32.00"), (460, "")],
        ],
    )
    assert [it.course_title for it in items_of(lines)] == ["Active Shooter Response"]


def test_a_certificate_number_column_is_no_course_code() -> None:
    lines = table(
        [(40, "Course Code"), (120, "Course Title"), (360, "Date"), (430, "Hours"), (480, "Cert No.")],
        [
            [(40, "1850-20540"), (120, "Defensive Tactics Refresher"), (360, "01/30/2024"), (430, "8"),
             (480, "D-00914")],
            [(40, "1850-20112"), (120, "Firearms Qualification"), (360, "03/09/2021"), (430, "4"),
             (480, "A-90177")],
        ],
    )  # fmt: skip
    assert [it.course_code for it in items_of(lines)] == ["1850-20540", "1850-20112"]
