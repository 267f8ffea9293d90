"""Round nine of training records: "thru <date>" / "through <date>" lines under a row giving its last day,
status columns of codes or Yes/No (with a legend at the foot, or without), hours printed ".75", and a
CSV export printed with plain commas."""

from __future__ import annotations

from datetime import date

import pytest

from extract.credit_units import cell_hours, is_amount
from extract.delimited import delimited_as_columns
from extract.lines import group_lines
from extract.transcript import status_code_meaning
from tests.unit.test_record_columns import _line_words, items_of, table
from tests.unit.test_records_round8_rules import TITLES, _printed, _reasons


def _spans(items: list) -> list[tuple[date | None, date | None]]:
    return [(it.start_date, it.end_date) for it in items]


@pytest.mark.parametrize(
    ("under", "end"),
    [("thru 06/16/2022", date(2022, 6, 16)), ("through June 16, 2022", date(2022, 6, 16)),
     ("to 06/17/2022", date(2022, 6, 17))],
)  # fmt: skip
def test_a_through_line_under_a_rows_date_is_its_last_day(under: str, end: date) -> None:
    words = _line_words([(40, "Date(s)"), (140, "Course"), (420, "Hours")], 100)
    words += _line_words([(40, "06/14/2022"), (140, TITLES[0]), (420, "24.0")], 118)
    words += _line_words([(40, under)], 129)
    words += _line_words([(40, "10/04/2022"), (140, TITLES[1]), (420, "4.0")], 147)
    items = items_of(group_lines(words, page=1))
    assert _spans(items) == [(date(2022, 6, 14), end), (date(2022, 10, 4), date(2022, 10, 4))]
    assert [it.course_title for it in items] == TITLES[:2]


@pytest.mark.parametrize(
    "under",
    ["thru 06/10/2022",  # before the row's date: not its end
     "to Schools 06/16/2022"],  # a wrapped title's words with a date: no through line
)  # fmt: skip
def test_a_through_line_that_is_no_rows_end_is_not_read_as_one(under: str) -> None:
    words = _line_words([(40, "Date(s)"), (140, "Course"), (420, "Hours")], 100)
    words += _line_words([(40, "06/14/2022"), (140, TITLES[0]), (420, "24.0")], 118)
    words += _line_words([(40 if under.startswith("thru") else 140, under)], 129)
    items = items_of(group_lines(words, page=1))
    assert [it.end_date for it in items if it.course_title == TITLES[0]] in ([date(2022, 6, 14)], [])


def test_a_through_line_beside_a_start_and_an_end_column_is_left_alone() -> None:
    words = _line_words([(40, "Start"), (110, "End"), (180, "Course"), (420, "Hours")], 100)
    words += _line_words([(40, "06/14/2022"), (110, "06/14/2022"), (180, TITLES[0]), (420, "8.0")], 118)
    words += _line_words([(40, "thru 06/16/2022")], 129)
    items = items_of(group_lines(words, page=1))
    assert all(it.end_date != date(2022, 6, 16) for it in items)


@pytest.mark.parametrize(
    ("code", "legend", "done"),
    [("C", {}, True), ("Y", {}, True), ("Yes", {}, True), ("N", {}, False), ("No", {}, False),
     ("CMP", {}, True), ("I", {}, None), ("I", {"I": "Incomplete"}, False), ("W", {"W": "Withdrawn"}, False),
     ("NS", {"NS": "No Show"}, False), ("C", {"C": "Completed"}, True), ("R", {"R": "Registered"}, False)],
)  # fmt: skip
def test_a_status_code_means_what_its_legend_says(
    code: str, legend: dict[str, str], done: bool | None
) -> None:
    assert status_code_meaning(code, legend) is done


def _coded(heading: str, codes: list[str], legend: str = "") -> list:
    rows = [[(40, t), (290, f"0{k + 1}/14/2023"), (430, "8.0"), (470, c)]
            for k, (t, c) in enumerate(zip(TITLES, codes, strict=True))]  # fmt: skip
    lines = table([(40, "Course"), (290, "Date"), (430, "Hrs"), (470, heading)], rows)
    if legend:
        lines += group_lines(_line_words([(40, legend)], 200), page=1)
    return items_of(lines)


def test_codes_a_legend_explains_keep_not_completed_rows_out() -> None:
    items = _coded("Sts", ["C", "I", "NS"], "Status: C = Completed   I = Incomplete   NS = No Show")
    assert [it.course_title for it in items] == TITLES[:1]


@pytest.mark.parametrize("heading", ["Completed", "Credit", "Status"])
def test_yes_no_under_a_completion_heading(heading: str) -> None:
    items = _coded(heading, ["Yes", "No", "Y"])
    assert [it.course_title for it in items] == [TITLES[0], TITLES[2]]


def test_codes_nobody_explains_go_to_a_person_when_they_differ() -> None:
    items = _coded("Sts", ["C", "X", "C"])
    flagged = [any("explained nowhere" in r for r in _reasons(it)) for it in items]
    assert flagged == [False, True, False]
    same = _coded("Sts", ["A", "A", "A"])  # one code for every row says nothing of any
    assert len(same) == 3 and not any(any("explained" in r for r in _reasons(it)) for it in same)


@pytest.mark.parametrize(("cell", "hours"), [(".75", 0.75), (".5", 0.5), ("0.75", 0.75), (".", None)])
def test_an_amount_without_its_leading_zero(cell: str, hours: float | None) -> None:
    assert cell_hours(cell, "hours", False) == hours
    assert is_amount(cell) is (hours is not None)


def test_a_leading_point_amount_goes_to_a_person() -> None:
    rows = [[(40, "01/11/2023"), (120, TITLES[0]), (400, ".75")], [(40, "02/11/2023"), (120, TITLES[1]),
                                                                     (400, "1.25")]]  # fmt: skip
    items = items_of(table([(40, "Completed"), (120, "Module"), (400, "Credit Hrs")], rows))
    assert [it.hours for it in items] == [0.75, 1.25]
    assert [any("no digit before its point" in r for r in _reasons(it)) for it in items] == [True, False]


PLAIN = [
    "EmpID,CourseName,StartDate,EndDate,CreditHours",
    "40977,Youth Mental Health First Aid,01/25/2022,01/25/2022,8.0",
    "40977,Firearms Qualification,09/27/2022,09/27/2022,4.0",
    "40977,Juvenile Law for Law Enforcement,05/17/2022,05/18/2022,16.0",
]


def test_a_plain_comma_export_is_read_as_a_table() -> None:
    items = items_of(delimited_as_columns(_printed(PLAIN)))
    assert [(it.course_title, it.start_date, it.end_date, it.hours) for it in items] == [
        ("Youth Mental Health First Aid", date(2022, 1, 25), date(2022, 1, 25), 8.0),
        ("Firearms Qualification", date(2022, 9, 27), date(2022, 9, 27), 4.0),
        ("Juvenile Law for Law Enforcement", date(2022, 5, 17), date(2022, 5, 18), 16.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        ["Smith, John, Sgt., Unit 4", "Jones, Mary, Lt., Unit 5", "Brown, Al, Cpl., Unit 6"],  # no dates
        ["Held May 3, 2022, at HQ, room 4, by staff", "Held June 1, 2022, at HQ, room 5, by staff",
         "Held July 9, 2022, at HQ, room 6, by staff"],  # prose with spelled dates
        ["a,b,,d", "1,2,,01/02/2022", "3,4,,01/03/2022"],  # empty cells
    ],
)  # fmt: skip
def test_comma_lines_that_are_no_export_stay_as_they_are(text: list[str]) -> None:
    lines = _printed(text)
    assert [ln.text for ln in delimited_as_columns(lines)] == [ln.text for ln in lines]


FAXED = [
    "Course;Start:End;Hours;Completed",
    "Active Shooter Response for Schools:04/05/2022:04/05/2022;8;Yes",
    "Trauma-Informed Policing with Youth/10/18/2022:10/18/2022:8:Yes",
    "Crisis Intervention Teams for Youth;01/09/2023;01/13/2023;40;No",
    "40977.Juvenile Law for Law Enforcement.05/17/2022,05/17/2022.8.0:Yes",
]


def test_a_faxed_export_whose_delimiters_ocr_misread_is_read_as_a_table() -> None:
    items = items_of(delimited_as_columns(_printed(FAXED[:4])))
    assert [(it.course_title, it.start_date, it.end_date, it.hours) for it in items] == [
        ("Active Shooter Response for Schools", date(2022, 4, 5), date(2022, 4, 5), 8.0),
        ("Trauma-Informed Policing with Youth", date(2022, 10, 18), date(2022, 10, 18), 8.0),
    ]  # the "No" row is no item


def test_a_speck_beside_a_faxed_delimiter_is_no_empty_cell() -> None:
    # A fax's speck read beside the ";" ("Schools/:04/05/2022"): two marks in a row are one delimiter.
    specked = [FAXED[0], FAXED[1].replace("Schools:", "Schools/:"), *FAXED[2:4]]
    items = items_of(delimited_as_columns(_printed(specked)))
    assert [(it.course_title, it.start_date, it.hours) for it in items] == [
        ("Active Shooter Response for Schools", date(2022, 4, 5), 8.0),
        ("Trauma-Informed Policing with Youth", date(2022, 10, 18), 8.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        ["Course Start End Hours", "Active Shooter:04/05/2022:8", "Youth:10/18/2022:8"],  # a heading of words
        ["Name;Unit;Badge", "Officer A. Lee", "Officer B. Kim"],  # no dates under it
        FAXED[4:] + FAXED[1:3],  # its first line holds figures: no field names
    ],
)
def test_lines_that_are_no_faxed_export_stay_as_they_are(text: list[str]) -> None:
    lines = _printed(text)
    assert [ln.text for ln in delimited_as_columns(lines)] == [ln.text for ln in lines]
