"""Round seven of training records: two tables side by side, statuses granting hours without a class
attended ("Equivalency", "Transfer Credit", "Waived", "Exempt"), hours printed per day, a score column
beside the hours."""

from __future__ import annotations

from datetime import date

import pytest

from extract.adjustments import named_row
from extract.credit_units import cell_hours, is_amount, per_day_cell
from extract.lines import group_lines
from extract.side_tables import says_pending
from extract.transcript import ADJUSTMENT_RE, NOT_ATTENDED_RE, PERIOD_RE, _hours_of_days
from tests.unit.test_record_columns import _line_words, items_of, table

ROWS = [
    ("02/15/2022", "Youth Mental Health First Aid", "8.0"),
    ("05/10/2022", "Active Shooter Response for Schools", "8.0"),
    ("09/20/2022", "Juvenile Law for Law Enforcement", "4.0"),
]
RIGHT = [
    ("01/08/2024", "Child Abuse Investigations", "24.0"),
    ("02/12/2024", "Interviewing Juveniles", "16.0"),
    ("03/04/2024", "School Emergency Planning", "8.0"),
]


def _reasons(item: object) -> tuple[str, ...]:
    return (*getattr(item, "notes", ()), *getattr(item, "hours_notes", ()), *getattr(item, "date_notes", ()))


def _side_by_side(left_title: str, right_title: str, right_labels: tuple[str, str, str]) -> list:
    words = []
    if left_title or right_title:
        words += _line_words(
            [(40, left_title), (420, right_title)] if left_title else [(420, right_title)], 84
        )
    words += _line_words([(40, "Date"), (110, "Course"), (330, "Hrs"), (420, right_labels[0]),
                          (490, right_labels[1]), (710, right_labels[2])], 100)  # fmt: skip
    for k, ((d, t, h), (d2, t2, h2)) in enumerate(zip(ROWS, RIGHT, strict=True)):
        words += _line_words([(40, d), (110, t), (330, h), (420, d2), (490, t2), (710, h2)], 118 + 16 * k)
    return group_lines(words, page=1)


@pytest.mark.parametrize("labels", [("Date", "Course", "Hrs"), ("Enrolled", "Course", "Hrs")])
def test_two_tables_side_by_side_are_read_apart(labels: tuple[str, str, str]) -> None:
    items = items_of(_side_by_side("", "", labels))
    titles = [it.course_title for it in items]
    assert titles == [t for _, t, _ in ROWS] + [t for _, t, _ in RIGHT]
    assert [it.hours for it in items] == [8.0, 8.0, 4.0, 24.0, 16.0, 8.0]
    assert all(it.start_date == it.end_date for it in items)


@pytest.mark.parametrize("right_title", ["IN PROGRESS", "IN PROGRE5S", "Enrolled Courses", "Scheduled"])
def test_the_table_beside_titled_as_not_completed_goes_to_a_person(right_title: str) -> None:
    items = items_of(_side_by_side("COMPLETED", right_title, ("Enrolled", "Course", "Hrs")))
    flagged = [any("may not have been completed" in r for r in _reasons(it)) for it in items]
    assert flagged == [False] * 3 + [True] * 3


def test_the_table_beside_whose_title_was_not_read_goes_to_a_person() -> None:
    items = items_of(_side_by_side("COMPLETED", "", ("Enrolled", "Course", "Hrs")))
    flagged = [any("may not have been completed" in r for r in _reasons(it)) for it in items]
    assert flagged == [False] * 3 + [True] * 3


def test_one_table_with_a_start_and_an_end_date_is_not_split() -> None:
    lines = table(
        [(40, "Start Date"), (110, "End Date"), (180, "Course"), (420, "Hours")],
        [[(40, d), (110, d), (180, t), (420, h)] for d, t, h in ROWS],
    )
    assert [it.course_title for it in items_of(lines)] == [t for _, t, _ in ROWS]


@pytest.mark.parametrize(
    ("status", "granted"),
    [("Completed", False), ("Equivalency", True), ("Transfer Credit", True), ("Waived", True),
     ("Exempt", True), ("Exemption", True), ("Credit by Exam", True), ("Pass", False), ("Online", False)],
)  # fmt: skip
def test_a_status_granting_hours_without_the_class_is_no_attendance(status: str, granted: bool) -> None:
    assert bool(NOT_ATTENDED_RE.search(status)) is granted


def test_status_words_beside_completed_send_their_rows_to_a_person() -> None:
    statuses = ["Completed", "Equivalency", "Transfer Credit"]
    lines = table(
        [(40, "Course"), (290, "Date"), (360, "Hours"), (420, "Status")],
        [[(40, t), (290, d), (360, h), (420, s)] for (d, t, h), s in zip(ROWS, statuses, strict=True)],
    )
    items = items_of(lines)
    assert [any("not a class attended" in r for r in _reasons(it)) for it in items] == [False, True, True]


def test_hours_a_day_times_days() -> None:
    lines = table(
        [(40, "Course"), (270, "Start"), (335, "End"), (410, "Days"), (460, "Hrs/Day")],
        [[(40, t), (270, d), (335, e), (410, n), (460, "8.0")]
         for t, d, e, n in [("Child Abuse Investigations", "02/14/2022", "02/18/2022", "5"),
                            ("Youth Mental Health First Aid", "09/07/2022", "09/07/2022", "1")]],
    )  # fmt: skip
    items = items_of(lines)
    assert [it.hours for it in items] == [40.0, 8.0]
    assert any("per day" in r for r in _reasons(items[0]))
    assert not any("per day" in r for r in _reasons(items[1]))


def test_hours_a_day_without_a_days_column_count_the_span() -> None:
    notes: list[str] = []
    assert _hours_of_days(8.0, "", date(2022, 3, 1), date(2022, 3, 1), notes) == 8.0 and not notes
    assert _hours_of_days(8.0, "", date(2022, 3, 1), date(2022, 3, 3), notes) == 24.0 and notes
    notes.clear()
    assert _hours_of_days(8.0, "", None, None, notes) == 8.0 and notes


@pytest.mark.parametrize("heading", ["Scr", "Score", "Grade", "Pct"])
def test_a_score_column_right_of_the_hours_is_no_hours(heading: str) -> None:
    lines = table(
        [(40, "Course"), (290, "Date"), (370, "Hrs"), (420, "Sts"), (470, heading)],
        [
            [(40, t), (290, d), (370, h), (420, "C"), (470, s)]
            for (d, t, h), s in zip(ROWS, ["92", "247", "100"], strict=True)
        ],
    )  # fmt: skip
    assert [it.hours for it in items_of(lines)] == [8.0, 8.0, 4.0]


@pytest.mark.parametrize(
    ("text", "pending"),
    [("IN PROGRESS", True), ("Enrolled", True), ("COMPLETED", False), ("Training Completed", False),
     ("SPECIALIZED TRAINING", False), ("Assigned Training", True)],
)  # fmt: skip
def test_pending_titles(text: str, pending: bool) -> None:
    assert says_pending(text) is pending


TITLES = [
    "Juvenile Law for Law Enforcement",
    "Interviewing and Interrogating Juveniles",
    "Youth Mental Health First Aid",
    "Juvenile Law Update",
    "",
]
DAYS = [date(2022, 7, 12), date(2023, 9, 12), date(2023, 1, 24), date(2024, 2, 6), None]


@pytest.mark.parametrize(
    ("title", "row"),
    [
        ("Adjustment - Interviewing (partial attendance)", 1),
        ("Correction: Interviewing entry, hours were 12.0", 1),
        ("Adjustment to Youth Mentl Helth First Aid", 2),  # a scan's dropped letters
        ("Adjustment to 01/24/2023 entry", 2),
        ("Adjustment - Juvenile Law (left early)", None),  # two rows say "Juvenile Law"
        ("Adjustment - per audit", None),
        ("Hours adjusted", None),
        ("Reversal - Firearms Qualification", None),  # no such row
    ],
)
def test_an_adjustment_names_one_row_or_none(title: str, row: int | None) -> None:
    keyword = ADJUSTMENT_RE.search(title)
    assert keyword is not None
    assert named_row(title, keyword.end(), [*TITLES, title], [*DAYS, None], len(TITLES)) == row


def _adjustment_table(entry: str) -> list:
    rows = [
        ("02/08/2022", "Active Shooter Response for Schools", "8.0"),
        ("07/12/2022", "Juvenile Law for Law Enforcement", "8.0"),
        ("10/03/2022", entry, "-4.0"),
        ("01/24/2023", "Youth Mental Health First Aid", "8.0"),
    ]
    return table(
        [(40, "Date"), (105, "Entry"), (400, "Hours")], [[(40, d), (105, t), (400, h)] for d, t, h in rows]
    )


def test_an_adjustment_naming_its_row_sends_only_that_row_to_a_person() -> None:
    items = items_of(_adjustment_table("Adjustment - Juvenile Law (partial attendance)"))
    flagged = {it.course_title: any("adjust" in r for r in _reasons(it)) for it in items}
    assert flagged["Active Shooter Response for Schools"] is False
    assert flagged["Youth Mental Health First Aid"] is False
    assert flagged["Juvenile Law for Law Enforcement"] is True
    assert all(v for k, v in flagged.items() if k.startswith("Adjustment"))


@pytest.mark.parametrize(
    "entry", ["Adjustment - per audit 2023", "Adjustment - Law (partial)", "Prior hours"]
)
def test_an_adjustment_naming_no_single_row_sends_every_row_to_a_person(entry: str) -> None:
    items = items_of(_adjustment_table(entry))
    assert items and all(any("adjust" in r for r in _reasons(it)) for it in items)


@pytest.mark.parametrize(
    ("cell", "reading"),
    [
        ("8 hrs/day x 5 days", (8.0, 5)),
        ("8 hours per day x 3 days", (8.0, 3)),
        ("7.5 hrs a day × 2 days", (7.5, 2)),
        ("5 days x 8 hrs", (8.0, 5)),
        ("3 days @ 8 hrs/day", (8.0, 3)),
        ("8 hrs", None),
        ("40", None),
        ("2 days", None),
    ],
)
def test_a_length_printed_per_day(cell: str, reading: tuple[float, int] | None) -> None:
    assert per_day_cell(cell) == reading
    if reading is not None:
        assert is_amount(cell) and cell_hours(cell, "hours", False) == reading[0] * reading[1]


def test_a_length_column_of_hours_per_day_reads_the_product_for_a_person() -> None:
    lines = table(
        [(40, "Dates"), (160, "Course"), (400, "Length")],
        [
            [(40, "05/02/2022-05/06/2022"), (160, "Child Abuse Investigations"), (400, "8 hrs/day x 5 days")],
            [(40, "11/08/2022"), (160, "Juvenile Law for Law Enforcement"), (400, "8 hrs")],
        ],
    )
    items = items_of(lines)
    assert [it.hours for it in items] == [40.0, 8.0]
    assert [any("per day" in r for r in _reasons(it)) for it in items] == [True, False]


@pytest.mark.parametrize("cell", ["Transfer", "Equiv.", "XFER"])
def test_a_credit_type_cell_saying_transfer_is_no_attendance(cell: str) -> None:
    kinds = ["Attended", cell, "Attended"]
    lines = table(
        [(40, "Date"), (110, "Course"), (350, "Credit Type"), (440, "Hours")],
        [[(40, d), (110, t), (350, k), (440, h)] for (d, t, h), k in zip(ROWS, kinds, strict=True)],
    )
    items = items_of(lines)
    assert [any("not a class attended" in r for r in _reasons(it)) for it in items] == [False, True, False]


def test_a_table_titled_as_assigned_below_the_completed_one_goes_to_a_person() -> None:
    words = _line_words([(40, "COMPLETED TRAINING")], 80)
    words += _line_words([(40, "Date"), (110, "Course"), (400, "Hours")], 100)
    words += _line_words([(40, ROWS[0][0]), (110, ROWS[0][1]), (400, ROWS[0][2])], 118)
    words += _line_words([(40, ROWS[1][0]), (110, ROWS[1][1]), (400, ROWS[1][2])], 134)
    words += _line_words([(40, "UPCOMING ASSIGNED TRAINING")], 170)
    words += _line_words([(40, "Date"), (110, "Course"), (400, "Hours")], 190)
    words += _line_words([(40, ROWS[2][0]), (110, ROWS[2][1]), (400, ROWS[2][2])], 208)
    items = items_of(group_lines(words, page=1))
    assert [any("may not have been completed" in r for r in _reasons(it)) for it in items] == [
        False,
        False,
        True,
    ]


@pytest.mark.parametrize(
    "period", ["FY2021", "FY 2021-22", "2022-23", "Q3 2022", "1st Qtr 2023", "Spring 2022"]
)
def test_a_row_dated_by_a_period_beside_dated_rows_goes_to_a_person_and_its_neighbours_are_read(
    period: str,
) -> None:
    days = ["02/15/2022", period, "09/20/2022"]
    lines = table(
        [(40, "Completed"), (130, "Course"), (400, "Hours")],
        [[(40, d), (130, t), (400, h)] for d, (_, t, h) in zip(days, ROWS, strict=True)],
    )
    items = {it.course_title: it for it in items_of(lines)}
    assert items[ROWS[0][1]].start_date == date(2022, 2, 15)
    assert items[ROWS[2][1]].start_date == date(2022, 9, 20)
    dated_by_period = items.get(ROWS[1][1])
    if dated_by_period is not None:  # kept for a person, never with an invented day
        assert dated_by_period.start_date is None
        assert any("period" in r for r in _reasons(dated_by_period))


@pytest.mark.parametrize("cell", ["2150-21875", "IS-0100.c", "24-0113", "03/15/2022", "8.0", "1234-56"])
def test_codes_and_dates_are_no_periods(cell: str) -> None:
    assert not PERIOD_RE.fullmatch(cell)


@pytest.mark.parametrize(
    ("cell", "flagged"), [("Transter", True), ("", True), ("Atended", True), ("Attended", False)]
)
def test_a_misread_or_blank_cell_in_a_column_of_grants_goes_to_a_person(cell: str, flagged: bool) -> None:
    rows = [*ROWS, ("11/14/2023", "Trauma-Informed Policing with Youth", "8.0")]
    kinds = ["Attended", cell, "Equiv.", "Attended"]
    lines = table(
        [(40, "Date"), (110, "Course"), (350, "Credit Type"), (440, "Hours")],
        [[(40, d), (110, t), (350, k), (440, h)] for (d, t, h), k in zip(rows, kinds, strict=True)],
    )
    items = {it.course_title: it for it in items_of(lines)}
    assert bool(_reasons(items[rows[1][1]])) is flagged
    assert not _reasons(items[rows[0][1]]) and not _reasons(items[rows[3][1]])
