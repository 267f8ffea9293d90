"""Round eight of training records: clock durations ("08:00:00") and clock times ("Time In 13:30"), a
"Period" column of each row's dates, a "Date" column beside "Ends", a date left in a wrapped title, and a
CSV export printed as text (semicolons or quoted commas between the cells)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.credit_units import h_mm, is_amount
from extract.delimited import delimited_as_columns
from extract.lines import group_lines
from tests.unit.test_record_columns import _line_words, items_of, table

TITLES = ["Youth Mental Health First Aid", "Juvenile Law for Law Enforcement", "Firearms Qualification"]


def _reasons(item: object) -> tuple[str, ...]:
    return (*getattr(item, "notes", ()), *getattr(item, "hours_notes", ()), *getattr(item, "date_notes", ()))


@pytest.mark.parametrize(
    ("cell", "hours"),
    [("08:00:00", 8.0), ("01:30:00", 1.5), ("00:45:00", 0.75), ("0:45", 0.75), ("16:00:00", 16.0),
     ("1:30:61", None), ("8.0", None)],
)  # fmt: skip
def test_clock_durations_with_seconds_read_as_hours(cell: str, hours: float | None) -> None:
    assert h_mm(cell) == hours
    assert is_amount(cell) or hours is None


@pytest.mark.parametrize("heading", ["Duration", "Time Spent", "Hours"])
def test_a_duration_column_of_hh_mm_ss_is_the_hours(heading: str) -> None:
    cells = ["08:00:00", "01:30:00", "00:45:00"]
    rows = [
        [(40, t), (300, f"0{k + 1}/1{k}/2023"), (460, d)]
        for k, (t, d) in enumerate(zip(TITLES, cells, strict=True))
    ]
    items = items_of(table([(40, "Course"), (300, "Completed"), (460, heading)], rows))
    assert [it.hours for it in items] == [8.0, 1.5, 0.75]


@pytest.mark.parametrize("clock", ["Time In", "Start Time", "Clock In", "Time Out"])
def test_a_column_of_clock_times_is_never_the_hours(clock: str) -> None:
    """The hours cells glued to their neighbour ("8:00A-101") on a heavy scan: the start times ("13:30")
    were taken for hours, 13.5 h for a 2.5-hour class."""
    rows = [[(40, f"0{k + 1}/12/2022"), (110, t0), (170, t), (440, f"{h}Room")]
            for k, (t0, t, h) in enumerate(zip(["08:00", "13:30", "09:00"], TITLES, ["8:00", "2:30", "6:00"],
                                               strict=True))]  # fmt: skip
    items = items_of(table([(40, "Date"), (110, clock), (170, "Course"), (440, "Hours")], rows))
    assert len(items) == 3
    assert all(it.hours != h for it, h in zip(items, [8.0, 13.5, 9.0], strict=True) if h != 8.0)
    assert all(it.hours is None or it.hours in (8.0, 2.5, 6.0) for it in items)


@pytest.mark.parametrize("heading", ["Period", "Range"])
def test_a_period_column_of_each_rows_dates_is_the_date_column(heading: str) -> None:
    cells = ["04/26/2022", "09/13/2022 - 09/14/2022", "02/07/2023"]
    rows = [[(40, t), (290, d), (460, "8.0")] for t, d in zip(TITLES, cells, strict=True)]
    items = items_of(table([(40, "Course"), (290, heading), (460, "Hrs")], rows))
    assert [(it.start_date, it.end_date) for it in items] == [
        (date(2022, 4, 26), date(2022, 4, 26)),
        (date(2022, 9, 13), date(2022, 9, 14)),
        (date(2023, 2, 7), date(2023, 2, 7)),
    ]


def test_a_report_period_column_stays_no_rows_date() -> None:
    rows = [[(40, t), (290, "01/01/2023 - 12/31/2023"), (400, f"06/0{k + 1}/2023"), (500, "8.0")]
            for k, t in enumerate(TITLES)]  # fmt: skip
    items = items_of(table([(40, "Course"), (290, "Report Period"), (400, "Date"), (500, "Hrs")], rows))
    assert [it.start_date for it in items] == [date(2023, 6, k) for k in (1, 2, 3)]


def test_a_date_column_beside_an_ends_column_is_the_start() -> None:
    rows = [[(40, "07/25/2023"), (110, TITLES[0]), (400, "24"), (440, "07/27/2023")],
            [(40, "08/16/2022"), (110, TITLES[1]), (400, "3"), (440, "08/16/2022")]]  # fmt: skip
    items = items_of(table([(40, "Date"), (110, "Course Name"), (400, "Hrs"), (440, "Ends")], rows))
    assert [(it.start_date, it.end_date) for it in items] == [
        (date(2023, 7, 25), date(2023, 7, 27)),
        (date(2022, 8, 16), date(2022, 8, 16)),
    ]


def test_a_date_in_a_title_goes_to_a_person() -> None:
    words = _line_words([(40, "Date"), (110, "Course"), (400, "Hrs")], 100)
    words += _line_words(
        [(40, "10/10/2023"), (110, "Interviewing and Interrogating Juveniles"), (400, "16.0")], 118
    )
    words += _line_words([(110, "(ended 10/11/2023)")], 130)  # (a "thru" line is the row's end: round 9)
    words += _line_words([(40, "11/09/2023"), (110, TITLES[0]), (400, "8.0")], 148)
    items = items_of(group_lines(words, page=1))
    flagged = {it.course_title: any("title holds a date" in r for r in _reasons(it)) for it in items}
    assert flagged == {TITLES[0]: False, "Interviewing and Interrogating Juveniles (ended 10/11/2023)": True}


def _printed(lines: list[str], x: float = 40) -> list:
    words = []
    for k, text in enumerate(lines):
        words += _line_words([(x, text)], 100 + 14 * k)
    return group_lines(words, page=1)


SEMICOLONS = [
    "EmployeeID;CourseTitle;StartDate;EndDate;Hours;Status",
    "66104;Youth Mental Health First Aid;2022-05-03;2022-05-03;8;Completed",
    "66104;Child Abuse and Neglect Investigations;2023-08-22;2023-08-24;24;Completed",
    "66104;Juvenile Law for Law Enforcement;2024-06-11;;8;Enrolled",
]
QUOTED = [
    '"Completion Date","Course","Credit Hours","Provider"',
    '"02/01/2022","Juvenile Law for Law Enforcement","8.0","State AG"',
    '"06/21/2022","Standard Response Protocol Training","4.0","I Love U Guys"',
]


@pytest.mark.parametrize("export", [SEMICOLONS, QUOTED])
def test_a_csv_export_printed_as_text_is_read_as_a_table(export: list[str]) -> None:
    items = items_of(delimited_as_columns(_printed(export)))
    got = [(it.course_title, it.start_date, it.end_date, it.hours) for it in items]
    if export is SEMICOLONS:  # the enrolled row is no item
        assert got == [
            ("Youth Mental Health First Aid", date(2022, 5, 3), date(2022, 5, 3), 8.0),
            ("Child Abuse and Neglect Investigations", date(2023, 8, 22), date(2023, 8, 24), 24.0),
        ]
    else:
        assert got == [
            ("Juvenile Law for Law Enforcement", date(2022, 2, 1), date(2022, 2, 1), 8.0),
            ("Standard Response Protocol Training", date(2022, 6, 21), date(2022, 6, 21), 4.0),
        ]


@pytest.mark.parametrize(
    "text",
    [
        ["Issued; May 3, 2022", "Hours: 8", "Course: Juvenile Law"],  # a certificate's colon read as ';'
        ["Date,Course,Hours", "2022-05-03,Youth Mental Health First Aid,8", "2022-06-01,Firearms,4"],
        ["a;b;c", "d;e"],  # two lines only, and unequal
    ],
)
def test_lines_that_are_no_export_stay_as_they_are(text: list[str]) -> None:
    lines = _printed(text)
    assert [ln.text for ln in delimited_as_columns(lines)] == [ln.text for ln in lines]


def _year_pages(hours_2023: str, grand: str = "Total Training Hours 54.0") -> list[list]:
    """Three pages, a year each, "Total for <year>" under each year's rows, a grand total at the end."""
    years = [
        ("2021", ["8.0", "4.0", "8.0"]),
        ("2022", ["8.0", "4.0", "2.0"]),
        ("2023", [hours_2023, "8.0", "4.0"]),
    ]
    pages = []
    for page, (year, hours) in enumerate(years, start=1):
        words = _line_words([(40, "Date"), (110, "Course"), (450, "Hours")], 100)
        for k, (t, h) in enumerate(zip(TITLES, hours, strict=True)):
            words += _line_words([(40, f"0{k + 1}/09/{year}"), (110, t), (450, h)], 118 + 16 * k)
        total = (
            "20.0" if year == "2023" else f"{sum(map(float, hours)):.1f}"
        )  # 2023's as printed, not as read
        words += _line_words([(110, f"Total for {year}"), (450, total)], 170)
        if page == 3:
            words += _line_words([(110, grand)], 200)
        pages.append(group_lines(words, page=page))
    return pages


def _subtotal_flags(pages: list[list]) -> list[bool]:
    from extract.document import _table_items

    return [any("may be misread" in r for r in _reasons(it)) for it in _table_items(pages)[0]]


def test_a_subtotal_its_rows_do_not_sum_to_sends_them_to_a_person() -> None:
    """A fax read "8.0" as "0.8": 0.8 + 8 + 4 under "Total for 2023 20.0", the other years agreeing."""
    assert _subtotal_flags(_year_pages("0.8")) == [False] * 6 + [True] * 3


@pytest.mark.parametrize("grand", ["Total Training Hours 54.0", "Total Training Hours 60.0", "Grand Total 8"])
def test_subtotals_that_agree_and_a_grand_total_flag_nothing(grand: str) -> None:
    # "Grand Total 8" / "60.0": a total under no rows of its own (the year's total right above it) is
    # checked against nothing.
    assert not any(_subtotal_flags(_year_pages("8.0", grand)))


def test_one_total_line_alone_settles_nothing() -> None:
    """ "Total Earned: 26.5 Required: 40.0": one total line may be a grand total or a requirement."""
    words = _line_words([(40, "Date"), (110, "Course"), (450, "Hours")], 100)
    for k, (t, h) in enumerate(zip(TITLES, ["8.0", "4.0", "8.0"], strict=True)):
        words += _line_words([(40, f"0{k + 1}/09/2023"), (110, t), (450, h)], 118 + 16 * k)
    words += _line_words([(110, "Total Earned: 20.0 Required for year: 40.0")], 170)
    assert not any(_subtotal_flags([group_lines(words, page=1)]))


@pytest.mark.parametrize(
    ("glued", "pieces"),
    [("8:00Pass", ["8:00", "Pass"]), ("8.0D.", ["8.0", "D."]), ("4:00Range", ["4:00", "Range"]),
     ("8.0HQ", ["8.0", "HQ"]), ("8.0", ["8.0"]), ("10:22", ["10:22"]), ("2022D.", ["2022", "D."])],
)  # fmt: skip
def test_an_amount_glued_to_the_next_cell_is_split(glued: str, pieces: list[str]) -> None:
    """A fax drops the space between the hours and the next cell: "8:00Pass" (h:mm), "8.0D. Hale" (an
    instructor's initial); the hours column then read no hours at all."""
    from extract.transcript import unglue
    from extract.types import Word

    assert [w.text for w in unglue(Word(text=glued, bbox=(0, 0, 50, 10), conf=0.9))] == pieces


@pytest.mark.parametrize("next_label", ["Status", "Instructor"])
def test_amounts_left_under_the_next_label_by_a_glued_heading_are_the_hours(next_label: str) -> None:
    """A heavy scan glued "Hrs" and "Status" ("HrsStatus"); cut by letters, the hours cells ("8.00",
    flush right) fell under "Status" beside its word ("8.00 Complete"): no hours read at all."""
    header = [(40, "Completed"), (124, "Title"), (424, "Credit"), (452, f"Hrs{next_label}")]
    cells = (
        ["Complete", "Complete", "Complete"] if next_label == "Status" else ["J. Ortega", "ALERRT", "D. Hale"]
    )
    amounts = ["8.00", "4.00", "16.00"]
    rows = [[(40, f"0{k + 1}/26/2022"), (124, t), (470, f"{h} {c}")]
            for k, (t, h, c) in enumerate(zip(TITLES, amounts, cells, strict=True))]  # fmt: skip
    assert [it.hours for it in items_of(table(header, rows))] == [8.0, 4.0, 16.0]


def test_a_ceu_beside_blank_hours_stays_a_ceu() -> None:
    """An amount alone in the next cell (a CEU column) is no glued hours cell."""
    rows = [[(40, f"0{k + 1}/26/2022"), (124, t), (470, "0.8")] for k, t in enumerate(TITLES)]
    items = items_of(table([(40, "Date"), (124, "Course"), (424, "Hours"), (470, "CEUs")], rows))
    assert all(it.hours != 0.8 for it in items)


@pytest.mark.parametrize("speck", ["‘", "’", "“", "„"])
def test_a_curly_quote_speck_before_an_amount_is_dropped(speck: str) -> None:
    rows = [[(40, f"0{k + 1}/17/2023"), (110, t), (420, f"{speck} 8:00" if k == 1 else "8:00"), (480, "Pass")]
            for k, t in enumerate(TITLES)]  # fmt: skip
    items = items_of(table([(40, "Date"), (110, "Course"), (420, "Duration"), (480, "Result")], rows))
    assert [it.hours for it in items] == [8.0, 8.0, 8.0]
