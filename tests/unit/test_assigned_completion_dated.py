"""A record of assigned training whose rows print the day each class was completed: the title's
"Assigned" says the classes were required, the completion date that each was done. Look-alikes that stay in
doubt: a learning plan's rows (an "Assigned" and a "Due" date, nothing completed), a title saying "Enrolled"
or "In Progress" too, a completion heading that is a due date ("Complete By", "Target Completion"), a second
course-date column beside the completion one."""

from __future__ import annotations

import pytest

from extract.lines import group_lines
from extract.side_tables import pending_words, says_only_assigned, says_pending
from extract.transcript import COMPLETION_DATE_HEADING_RE
from tests.unit.test_record_columns import _line_words, items_of

PENDING = "may not have been completed"
ROWS = [
    ("Youth Mental Health First Aid", "03/31/2024", "02/20/2024", "8"),
    ("Juvenile Law for Law Enforcement", "06/30/2024", "05/14/2024", "8"),
    ("Standard Response Protocol Training", "09/30/2024", "08/27/2024", "4"),
]


def _doubted(title: str, labels: tuple[str, str], rows: list[tuple[str, str, str, str]] = ROWS) -> list[bool]:
    """Whether each row's item is held for the title: a title line, then Course | labels | Hours."""
    words = _line_words([(40, title)], 82)
    words += _line_words([(40, "Course"), (300, labels[0]), (380, labels[1]), (470, "Hours")], 100)
    for k, (t, a, b, h) in enumerate(rows):
        words += _line_words([(40, t), (300, a), (380, b), (470, h)], 118 + 16 * k)
    items = items_of(group_lines(words, page=1))
    return [any(PENDING in n for n in it.notes) for it in items]


@pytest.mark.parametrize(
    ("title", "labels"),
    [("Assigned Training - Completion Record", ("Due", "Completed")),
     ("ASSIGNED TRAINING", ("Due Date", "Date Completed")),
     ("Assigned Courses", ("Date Assigned", "Completion Date")),
     ("Assiqned Training", ("Due", "Completed On"))],  # a scan's g read as q
)  # fmt: skip
def test_assigned_rows_with_a_completion_date_are_settled(title: str, labels: tuple[str, str]) -> None:
    assert _doubted(title, labels) == [False, False, False]


@pytest.mark.parametrize(
    ("title", "labels"),
    [("Assigned Training", ("Assigned", "Due")),  # a learning plan: nothing completed
     ("Assigned Training - Enrolled", ("Due", "Completed")),  # another pending word
     ("Assigned Training In Progress", ("Due", "Completed")),
     ("Enrolled Training", ("Due", "Completed")),  # not "assigned"
     ("Assigned Training", ("Complete By", "Hours Due")),  # a due date headed "complete by"
     ("Assigned Training", ("Due", "Target Completion")),
     ("Assigned Training", ("Start", "Completed")),  # two course-date columns
     ("Assigned Training - Not Completed", ("Due", "Completed"))],
)  # fmt: skip
def test_look_alikes_stay_in_doubt(title: str, labels: tuple[str, str]) -> None:
    assert all(_doubted(title, labels))


def test_a_row_without_its_completion_date_is_not_settled_by_the_others() -> None:
    rows = [*ROWS[:2], ("Standard Response Protocol Training", "09/30/2024", "", "4")]
    words = _line_words([(40, "Assigned Training - Completion Record")], 82)
    words += _line_words([(40, "Course"), (300, "Due"), (380, "Completed"), (470, "Hours")], 100)
    for k, (t, a, b, h) in enumerate(rows):
        words += _line_words([(40, t), (300, a), (380, b), (470, h)], 118 + 16 * k)
    items = items_of(group_lines(words, page=1))
    # the row still due is not read as done on its due date: no item of it, or one in doubt
    settled = [it.course_title for it in items if not any(PENDING in n for n in it.notes)]
    assert settled == [t for t, *_ in ROWS[:2]]


@pytest.mark.parametrize(
    ("text", "words"),
    [("Assigned Training", {"assigned"}), ("Enrolled / Assigned", {"enrolled", "assigned"}),
     ("Training Completed", set()), ("IN PROGRE5S", {"in progress"})],
)  # fmt: skip
def test_pending_words(text: str, words: set[str]) -> None:
    assert pending_words(text) == words
    assert says_pending(text) is bool(words)
    assert says_only_assigned(text) is (words == {"assigned"})


@pytest.mark.parametrize(
    ("heading", "match"),
    [("completed", True), ("date completed", True), ("completion date", True), ("completed on", True),
     ("complete by", False), ("target completion", False), ("completion deadline", False),
     ("expected completion date", False), ("completion %", False)],
)  # fmt: skip
def test_completion_headings(heading: str, match: bool) -> None:
    assert (COMPLETION_DATE_HEADING_RE.fullmatch(heading) is not None) is match
