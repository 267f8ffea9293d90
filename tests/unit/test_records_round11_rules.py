"""Round eleven of training records: rows dated "03/16" under a year heading ("2021"), months printed
"2021-03", a far-right hours column on a tilted scan, an officer named only in a running header, and a
row's own "Completed" status under a title saying "Enrollment"."""

from __future__ import annotations

from datetime import date

from extract.document import _level_across, _person_in_running_header, _table_items
from extract.fields.dates import MONTH_ONLY
from extract.lines import group_lines
from extract.transcript import read_table, row_dates
from extract.types import Line, RawItem, Word
from extract.year_headings import heading_year, read_under_headings
from tests.unit.test_record_columns import _line_words

HEAD = [(40, "Date"), (110, "Course"), (400, "Hours")]


def _lines(
    rows: list[tuple[float, list[tuple[float, str]]]], head: list[tuple[float, str]] = HEAD
) -> list[Line]:
    words = _line_words(head, 100)
    for y, cells in rows:
        words += _line_words(cells, y, frozenset({2}))
    return group_lines(words, page=1)


def _grouped(title: str, groups: list[tuple[str, list[tuple[str, str, str]]]]) -> list[RawItem]:
    rows: list[tuple[float, list[tuple[float, str]]]] = [(60, [(40, title)])]
    y = 118.0
    for heading, cells in groups:
        rows.append((y, [(40, heading)]))
        y += 16
        for d, course, hours in cells:
            rows.append((y, [(40, d), (110, course), (430, hours)]))
            y += 16
    return read_table(_lines(rows))[0]


CALENDAR = [
    ("2021", [("03/16", "Youth Mental Health First Aid", "8.0"), ("11/02", "Firearms Qualification", "4.0")]),
    ("2022", [("02/15", "Juvenile Law for Law Enforcement", "8.0")]),
]


def test_a_year_heading_gives_month_and_day_rows_their_year() -> None:
    items = _grouped("Annual Training Log", CALENDAR)
    assert [(it.start_date, it.end_date) for it in items] == [
        (date(2021, 3, 16), date(2021, 3, 16)),
        (date(2021, 11, 2), date(2021, 11, 2)),
        (date(2022, 2, 15), date(2022, 2, 15)),
    ]
    assert all(not it.date_notes for it in items)


def test_newest_first_under_year_headings_is_in_order() -> None:
    groups = [("Year 2022", [("09/20", "Trauma-Informed Policing with Youth", "8.0")]),
              ("Year 2021", [("10/17", "Defensive Tactics Refresher", "4.0"),
                             ("04/11", "Active Shooter Response for Schools", "8.0")])]  # fmt: skip
    items = _grouped("Training Log", groups)
    assert [it.start_date for it in items] == [date(2022, 9, 20), date(2021, 10, 17), date(2021, 4, 11)]
    assert all(not it.date_notes for it in items)


def test_a_fiscal_record_leaves_the_heading_year_to_a_person() -> None:
    items = _grouped("Training by Fiscal Year", CALENDAR)
    assert items[0].start_date == date(2021, 3, 16)
    assert all(any("heading" in n and "Fiscal" in n for n in it.date_notes) for it in items)


def test_rows_out_of_order_under_their_headings_go_to_a_person() -> None:
    groups = [("2021", [("11/02", "Firearms Qualification", "4.0"),
                        ("03/16", "Youth Mental Health First Aid", "8.0"),
                        ("08/10", "Juvenile Law for Law Enforcement", "8.0")])]  # fmt: skip
    items = _grouped("Training Log", groups)
    assert all(any("do not run in order" in n for n in it.date_notes) for it in items)


def test_month_and_two_digit_year_cells_under_their_years_heading_stay_months() -> None:
    groups = [("2021", [("03/21", "Youth Mental Health First Aid", "8.0"),
                        ("09/21", "School Emergency Operations Planning", "8.0")])]  # fmt: skip
    items = _grouped("Training Summary", groups)
    assert [(it.start_date, it.end_date) for it in items] == [
        (date(2021, 3, 1), date(2021, 3, 31)),
        (date(2021, 9, 1), date(2021, 9, 30)),
    ]
    assert all(MONTH_ONLY in it.date_notes for it in items)


def test_heading_years_and_spans() -> None:
    assert heading_year("2021") == 2021
    assert heading_year("- Calendar Year 2023 -") == 2023
    assert heading_year("FY 2021") is None and heading_year("2020-2021") is None
    assert heading_year("2021 Annual Report") is None
    # "03/45" is no day: the rows read as they did (month and year).
    assert read_under_headings([(0, "03/45", "2021")], "") == ({}, "")
    _, reason = read_under_headings([(0, "03/16", "2021")], "School Year 2020-21")
    assert "School Year" in reason


def test_year_and_month_cells_are_a_month() -> None:
    (found,) = row_dates("2021-03 Youth Mental Health First Aid 8.0")
    assert (found.start, found.end, found.precision) == (date(2021, 3, 1), date(2021, 3, 31), "month")
    assert row_dates("2021-13 Youth Mental Health First Aid") == []
    # Mid-line it is more often a number than a month: "Class 2018-05" under a certificate's course.
    assert row_dates("Rev. 2013 POST Course Control No. 83113 Class 2018-05") == []
    assert row_dates("03/14/2021 Juvenile Law 2021-03")[0].precision == "day"


def _w(text: str, x0: float, y0: float, x1: float, y1: float) -> Word:
    return Word(text=text, bbox=(x0, y0, x1, y1), conf=0.95)


def test_a_tilted_rows_far_right_amount_stands_level_with_it() -> None:
    # A heavy scan at about one degree: the row's words drift 7 points down to its dates, the amount 3 more.
    row = [_w("Standard", 45, 156, 81, 164), _w("Response", 84, 157, 124, 166),
           _w("Protocol", 126, 158, 159, 166), _w("Training", 162, 157, 194, 170),
           _w("11-Jan-23", 305, 162, 345, 169), _w("11-Jan-23", 375, 163, 415, 170),
           _w("4.0", 564, 166, 576, 173)]  # fmt: skip
    line = Line(words=tuple(row), page=1)
    assert _level_across(line, [row[-1]])
    # A logo's word beside a line of text, larger and higher: not level.
    band = _w("Safety", 20, 140, 90, 170)
    text = [
        _w("for", 150, 160, 170, 170),
        _w("participating", 175, 160, 260, 170),
        _w("in", 265, 160, 275, 170),
    ]
    assert not _level_across(Line(words=(band, *text), page=1), [band])


def test_an_officer_named_only_in_the_running_header() -> None:
    words = _line_words([(40, "Ofc. Marisol T. Quintanilla   #4471"), (480, "Training History")], 30)
    words += _line_words([(40, "Red Rock Police Department")], 56)
    found = _person_in_running_header(group_lines(words, page=1))
    assert found is not None and found.text == "Marisol T. Quintanilla"
    for header in ("Deputy Chief Robert D. Hale", "Officer Training Detail", "Training Coordinator"):
        lines = group_lines(_line_words([(40, header)], 30), page=1)
        assert _person_in_running_header(lines) is None, header


def test_a_rows_completed_status_outranks_an_enrollment_title() -> None:
    head = [(40, "Date"), (110, "Course"), (400, "Hours"), (460, "Status")]
    words = _line_words([(40, "Training Enrollment History")], 60) + _line_words(head, 100)
    rows = [("01/25/2022", "Child Abuse and Neglect Investigations", "Completed"),
            ("03/07/2022", "Defensive Tactics Refresher", "Enrolled")]  # fmt: skip
    for k, (d, course, status) in enumerate(rows):
        words += _line_words(
            [(40, d), (110, course), (430, "8.0"), (460, status)], 118 + 16 * k, frozenset({2})
        )
    items = _table_items([group_lines(words, page=1)])[0]
    notes = {it.course_title: it.notes for it in items}
    assert notes.get("Child Abuse and Neglect Investigations") == ()
    assert all("Enrollment" not in n for n in notes.get("Child Abuse and Neglect Investigations", ()))
