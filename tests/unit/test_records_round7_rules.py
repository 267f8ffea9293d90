"""Round seven of training records: two tables side by side, statuses granting hours without a class
attended ("Equivalency", "Transfer Credit", "Waived", "Exempt"), hours printed per day, a score column
beside the hours."""

from __future__ import annotations

from datetime import date

import pytest

from extract.lines import group_lines
from extract.side_tables import says_pending
from extract.transcript import NOT_ATTENDED_RE, _hours_of_days
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
