"""Round twelve of training records: rows dated "09/14" under fiscal-year span headings ("FY 2022-23",
"2022-2023"), a date cell printing a day no month has ("41-Jan-23"), two officers' sections on one page, a
whole hour's "8:00" in a column of h:mm, a "Graduated" result, and a class ID with a section letter
("23-0425A") that names no catalog course."""

from __future__ import annotations

from datetime import date

import pytest

from classify.document import _title_for_matching
from extract.document import _rows_of_others
from extract.garbled_dates import garbled_day
from extract.lines import group_lines
from extract.transcript import read_table, row_dates
from extract.types import Evidence, Line, RawItem
from extract.year_headings import heading_years, read_under_headings
from tests.unit.test_record_columns import _line_words
from tests.unit.test_records_round11_rules import _grouped as round11_grouped
from tests.unit.test_records_round11_rules import _lines

HEAD = [(40, "Date"), (110, "Course"), (400, "Hours")]


def _grouped(groups: list[tuple[str, list[tuple[str, str, str]]]]) -> list[RawItem]:
    return round11_grouped("Training Record", groups)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2021", (2021, 2021)),
        ("FY 2022-23", (2022, 2023)),
        ("FY22-23", (2022, 2023)),
        ("2022-2023", (2022, 2023)),
        ("Fiscal Year 2023-2024", (2023, 2024)),
        ("School Year: 2021-2022", (2021, 2022)),
        ("SY 21-22", (2021, 2022)),
        ("2019/20", (2019, 2020)),
        ("FY 2023", (2022, 2023)),
        ("Fiscal Year 2023", (2022, 2023)),
        ("2021-2023", None),  # two years apart: no one fiscal year
        ("2022-2023 Totals", None),
        ("Class 2018-05", None),
    ],
)
def test_fiscal_year_headings(text: str, years: tuple[int, int] | None) -> None:
    assert heading_years(text) == years


@pytest.mark.parametrize("heading", ["FY 2022-23", "2022-2023", "Fiscal Year 2022-2023", "SY 22-23"])
def test_a_fiscal_span_dates_july_to_december_in_its_first_year_and_april_to_september_for_a_person(
    heading: str,
) -> None:
    items = _grouped([
        (heading, [("09/14", "Juvenile Law for Law Enforcement", "8.0"),
                   ("03/07", "Youth Mental Health First Aid", "8.0")]),
    ])  # fmt: skip
    assert [(it.start_date, it.end_date) for it in items] == [
        (date(2022, 9, 14), date(2022, 9, 14)),
        (date(2023, 3, 7), date(2023, 3, 7)),
    ]
    # a year from October would put September in 2023: a person confirms; March is 2023 in any year in use
    assert any(heading in n and "fiscal-year heading" in n for n in items[0].date_notes), items[0].date_notes
    assert items[1].date_notes == ()


def test_two_fiscal_spans_each_give_their_own_rows_years() -> None:
    items = _grouped([
        ("FY 2022-23", [("10/11", "Active Shooter Response for Schools", "8.0")]),
        ("FY 2023-24", [("08/08", "Standard Response Protocol Training", "4.0"),
                        ("01/16", "Defensive Tactics Refresher", "4.0")]),
    ])  # fmt: skip
    assert [it.start_date for it in items] == [date(2022, 10, 11), date(2023, 8, 8), date(2024, 1, 16)]
    assert [bool(it.date_notes) for it in items] == [False, True, False]  # only August is in doubt


def test_month_and_two_digit_year_cells_under_a_span_stay_months() -> None:
    read, reason = read_under_headings([(0, "09/22", "FY 2022-23"), (1, "03/23", "FY 2022-23")], "")
    assert read == {} and reason == ""


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("41-Jan-23", (2023, 1)),
        ("41 Jan-23", (2023, 1)),  # a scan's reading with the hyphen lost
        ("01/41/2023", (2023, 1)),
        ("Jan 41, 2023", (2023, 1)),
        ("30-Feb-22", (2022, 2)),
    ],
)
def test_a_day_no_month_has_gives_the_month_and_a_reason_naming_the_cell(
    text: str, month: tuple[int, int]
) -> None:
    found = garbled_day(text)
    assert found is not None
    match, reason = found
    assert (match.start, match.precision) == (date(*month, 1), "month")
    assert repr(text) in reason and "a person settles the day" in reason
    assert row_dates(text) == [match]


def test_a_day_no_month_has_mid_line_makes_no_row() -> None:
    assert row_dates("Class 12/45/2023 Firearms Qualification") == []


@pytest.mark.parametrize("text", ["11-Jan-23", "01/31/2023", "21-0440 Firearms", "28-Feb-22", "Jan 11, 2023"])
def test_real_days_are_not_garbled(text: str) -> None:
    assert garbled_day(text) is None


def test_a_row_dated_with_a_day_no_month_has_is_kept_with_its_reason() -> None:
    rows = [
        (118.0, [(40, "15-Nov-22"), (110, "Juvenile Law for Law Enforcement"), (430, "8.0")]),
        (134.0, [(40, "41-Jan-23"), (110, "Standard Response Protocol Training"), (430, "4.0")]),
        (150.0, [(40, "20-Jun-23"), (110, "Trauma-Informed Policing with Youth"), (430, "8.0")]),
    ]
    items = {it.course_title: it for it in read_table(_lines(rows))[0]}
    bad = items["Standard Response Protocol Training"]
    assert (bad.start_date, bad.end_date, bad.hours) == (date(2023, 1, 1), date(2023, 1, 31), 4.0)
    assert len(bad.date_notes) == 1 and "'41-Jan-23'" in bad.date_notes[0]
    assert not items["Juvenile Law for Law Enforcement"].date_notes


def _item(y: float, page: int = 1) -> RawItem:
    day = date(2022, 2, 15)
    return RawItem(course_title="Firearms Qualification", start_date=day, end_date=day, hours=4.0,
                   hours_text="4.0", date_text="02/15/2022", page=page, bbox=(40, y, 470, y + 10),
                   title_conf=1, date_conf=1, hours_conf=1, source="table_row")  # fmt: skip


def _sections(labels: list[tuple[float, str]], page: int = 1) -> list[Line]:
    words = []
    for y, label in labels:
        words += _line_words([(40, label), (330, "Badge: 2231")], y)
    return group_lines(words + _line_words(HEAD, 100), page=page)


ME = Evidence(page=1, bbox=(40, 60, 200, 70), text="Marguerite S. Fonseca-Hale", conf=1.0)


def test_a_second_officers_section_on_the_page_goes_to_a_person() -> None:
    lines = _sections(
        [(60, "Officer: Marguerite S. Fonseca-Hale"), (200, "Officer: Desmond A. Whitlock-Nair")]
    )
    items, warnings = _rows_of_others((_item(120), _item(140), _item(220), _item(240)), [lines], ME)
    assert [bool(it.notes) for it in items] == [False, False, True, True]
    assert "Desmond A. Whitlock-Nair" in items[2].notes[0] and warnings


def test_the_same_officer_named_again_or_a_name_under_the_rows_changes_nothing() -> None:
    again = _sections([(60, "Officer: Marguerite S. Fonseca-Hale"), (200, "Name: FONSECA-HALE, MARGUERITE")])
    items, warnings = _rows_of_others((_item(120), _item(220)), [again], ME)
    assert not any(it.notes for it in items) and not warnings
    # A certifying officer's name below every row ("Name: Lt. Jerome Whitaker") heads no row.
    signer = _sections([(60, "Officer: Marguerite S. Fonseca-Hale"), (300, "Name: Jerome K. Whitaker")])
    items, warnings = _rows_of_others((_item(120), _item(140)), [signer], ME)
    assert not any(it.notes for it in items) and not warnings


def _hours_items(cells: list[str], status: list[str] | None = None) -> list[RawItem]:
    head = [*HEAD, (460, "Result")] if status else HEAD
    rows = []
    for k, hours in enumerate(cells):
        row = [(40, f"0{k + 1}/1{k}/2023"), (110, f"Course Number {k + 1} for Juveniles"), (430, hours)]
        rows.append((118.0 + 16 * k, row + ([(460, status[k])] if status else [])))
    return read_table(_lines(rows, head))[0]


def test_a_whole_hour_in_a_column_of_h_mm_is_no_decimal_point_read_as_a_colon() -> None:
    items = _hours_items(["1:30", "2:15", "8:00", "0:45"])
    assert [it.hours for it in items] == [1.5, 2.25, 8.0, 0.75]
    assert not any("colon" in n for it in items for n in (*it.notes, *it.hours_notes))


def test_a_colon_in_a_column_of_whole_numbers_is_still_a_persons() -> None:
    items = _hours_items(["8", "2:4", "4"])
    assert any("colon" in n for n in items[1].hours_notes)
    assert any("colon" in n for n in _hours_items(["8", "8:00", "4"])[1].hours_notes)  # no h:mm column


def test_graduated_is_a_completed_result() -> None:
    items = _hours_items(["8.0", "8.0"], status=["Graduated", "Dropped"])
    graduated = items[0]
    assert not any("neither completed" in n for n in (*graduated.notes, *graduated.hours_notes))


@pytest.mark.parametrize(
    ("code", "used"),
    [("23-0425A", False), ("2150-21990", False), ("IS-907", True), ("(IS-907)", True), ("TCOLE 4064", True)],
)
def test_only_a_code_opening_with_letters_names_a_catalog_course(code: str, used: bool) -> None:
    assert (_title_for_matching("Bullying Prevention", code) != "Bullying Prevention") is used
