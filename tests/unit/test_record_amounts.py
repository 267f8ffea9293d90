"""An amount column whose heading does not say what it counts, one that rises at every row, amounts a
scan garbled, and rows whose date a scan lost (extract.credit_units, extract.transcript)."""

from __future__ import annotations

import pytest

from extract.credit_units import (
    cell_hours,
    ceu_like,
    decimal_read_as_colon,
    differences,
    is_amount,
    names_unit,
    prints_decimals,
    read_rising_column,
    repair_amount,
    rising,
    sums_rows_above,
    total_line_amount,
    unheaded_unit,
)
from extract.transcript import NO_DATE_READ, UNSURE_RUNNING, UNSURE_UNIT, unglue
from extract.types import Word
from tests.unit.test_record_columns import items_of, table

CEUS = [1.6, 2.4, 0.8, 0.4]
HEAD = [(40, "Date"), (120, "Course Title")]
ROWS = [
    ("02/16/2022", "Interviewing Juveniles"),
    ("06/08/2022", "Child Abuse Investigations"),
    ("11/02/2022", "Youth Mental Health First Aid"),
    ("04/19/2023", "Field Sobriety Testing"),
]


def _rows(amounts: list[str], x: float = 400) -> list[list[tuple[float, str]]]:
    return [[(40, d), (120, t), (x, a)] for (d, t), a in zip(ROWS, amounts, strict=False)]


# ------------------------------------------------------------------------------------ pure functions


def test_repair_amount() -> None:
    assert repair_amount("0.4:") == "0.4"
    assert repair_amount("2:4") == "2.4"
    assert repair_amount("1:30") == "1:30"  # hours and minutes stay
    assert decimal_read_as_colon("2:4") and not decimal_read_as_colon("1:30")
    assert not decimal_read_as_colon("2.4")
    assert is_amount("2:4") and is_amount("0.4:")
    assert cell_hours("2:4", "hours", False) == 2.4
    # "8:00" among "4.00"s: eight hours whichever way the colon is read, and a guess a person confirms
    assert repair_amount("8:00") == "8.00" and decimal_read_as_colon("16:00")
    assert cell_hours("8:00", "hours", False) == 8.0 and cell_hours("1:30", "hours", False) is None
    assert cell_hours("1:3", "hours", True) is None  # in an h:mm column "1:3" is no decimal


@pytest.mark.parametrize(
    ("heading", "names"),
    [("hours", True), ("crdt hrs", True), ("duration", True), ("ceus", True), ("contact", True),
     ("units", False), ("credit", False), ("", False), ("~ gfl", False)],
)  # fmt: skip
def test_names_unit(heading: str, names: bool) -> None:
    assert names_unit(heading) is names


def test_ceu_like() -> None:
    assert ceu_like(CEUS)
    assert not ceu_like([1.0, 1.5, 2.0])  # whole and half hours: hours as often as CEUs
    assert not ceu_like([8.0, 1.6])  # eight CEUs is eighty hours in one course
    assert not ceu_like([])


def test_total_line_amount() -> None:
    assert total_line_amount("Total CEUs Earned: 9.2") == 9.2
    assert total_line_amount("Total Hours 54") == 54.0
    assert total_line_amount("Total") is None


def test_unheaded_unit_from_a_totals_line() -> None:
    assert unheaded_unit(CEUS, [], "", [("Total CEUs: 5.2", 5.2)]) == "ceu"
    assert unheaded_unit(CEUS, [], "", [("Total Hours: 52", 52.0)]) == "ceu"  # ten times their sum
    assert unheaded_unit(CEUS, [], "", [("Total Hours: 5.2", 5.2)]) == "hours"


def test_unheaded_unit_from_titles() -> None:
    assert unheaded_unit([0.8, 0.4], ["YMHFA 8-Hour", "Firearms 4 hr"], "", []) == "ceu"
    assert unheaded_unit([0.8, 0.4], ["YMHFA 0.8 hours", "Firearms"], "", []) == "hours"


def test_unheaded_unit_from_the_page() -> None:
    assert unheaded_unit(CEUS, [], "1 CEU = 10 contact hours", []) == "ceu"
    # CEUs spoken of beside amounts no CEU column prints: a person decides
    assert unheaded_unit([8.0, 16.0, 24.0], [], "CEUs available on request", []) is None


def test_unheaded_unit_without_evidence() -> None:
    assert unheaded_unit(CEUS, [], "Training Summary", []) is None  # could be CEUs: a person decides
    assert unheaded_unit([8.0, 4.0, 16.0], [], "Training Summary", []) == "hours"
    assert unheaded_unit([1.0, 1.5], [], "", []) == "hours"


def test_rising_and_how_it_is_read() -> None:
    running = [8.0, 12.0, 20.0, 28.0]
    assert rising(running) and not rising([8.0, 8.0, 16.0]) and not rising([4.0, 8.0])
    assert read_rising_column([8.0, 4.0, 8.0], []) == "own"
    assert read_rising_column(running, [28.0]) == "running"  # the totals line prints the last amount
    assert read_rising_column(running, [68.0]) == "own"  # ... or their sum
    assert read_rising_column(running, []) == "unsure"
    assert read_rising_column([8.0, None, 20.0, 28.0], [28.0]) == "unsure"  # a lost cell: no differences
    assert differences(running) == [8.0, 4.0, 8.0, 8.0]


def test_sums_rows_above() -> None:
    assert sums_rows_above([8.0, 4.0, 8.0, 12.0], 3)
    assert sums_rows_above([8.0, 4.0, 8.0, 20.0], 3)
    assert not sums_rows_above([8.0, 4.0, 8.0, 8.0], 3)  # one row's amount: a row like the others
    assert not sums_rows_above([8.0, 4.0, None], 2)
    assert not sums_rows_above([8.0, None, 8.0, 16.0], 3)  # a lost cell: no sum to check


# ------------------------------------------------------------------------------------------ tables


def test_an_unheaded_amount_column_of_ceus_goes_to_a_person() -> None:
    items = items_of(table([*HEAD, (400, "Units")], _rows(["1.6", "2.4", "0.8", "0.4"])))
    assert [it.hours for it in items] == [1.6, 2.4, 0.8, 0.4]
    assert all(UNSURE_UNIT in it.hours_notes for it in items)


def test_an_unheaded_amount_column_is_read_as_ceus_when_a_totals_line_says_so() -> None:
    lines = table([*HEAD, (400, "Units")], [*_rows(["1.6", "2.4", "0.8", "0.4"]), [(120, "Total CEUs 5.2")]])
    items = items_of(lines)
    assert [it.hours for it in items] == [16.0, 24.0, 8.0, 4.0]
    assert not any(it.hours_notes for it in items)


def test_a_running_total_alone_is_read_as_differences_when_the_totals_line_prints_its_last() -> None:
    rows = _rows(["8.0", "12.0", "20.0", "28.0"])
    items = items_of(table([*HEAD, (400, "Hours")], [*rows, [(120, "Total Hours"), (400, "28.0")]]))
    assert [it.hours for it in items] == [8.0, 4.0, 8.0, 8.0]
    assert not any(it.hours_notes for it in items)
    unsure = items_of(table([*HEAD, (400, "Hours")], rows))
    assert [it.hours for it in unsure] == [8.0, 12.0, 20.0, 28.0]
    assert all(UNSURE_RUNNING in it.hours_notes for it in unsure)


def test_a_row_whose_date_was_lost_is_kept_for_a_person() -> None:
    rows = _rows(["8.0", "4.0", "8.0", "4.0"])
    rows[1] = [(120, "Child Abuse Investigations"), (400, "4.0")]
    rows.append([(120, "Hours This Period"), (400, "24.0")])  # sums the rows: no course
    items = items_of(table([*HEAD, (400, "Hours")], rows))
    assert [(it.course_title, it.start_date, it.hours) for it in items if it.start_date is None] == [
        ("Child Abuse Investigations", None, 4.0)
    ]
    assert len(items) == 4
    assert NO_DATE_READ in next(it for it in items if it.start_date is None).date_notes


def test_a_decimal_point_read_as_a_colon_is_read_for_a_person() -> None:
    items = items_of(table([*HEAD, (400, "Hours")], _rows(["8", "2:5", "8", "4"])))
    assert [it.hours for it in items] == [8.0, 2.5, 8.0, 4.0]
    assert [bool(it.hours_notes) for it in items] == [False, True, False, False]  # "2:45" cut short?


def test_prints_decimals() -> None:
    assert prints_decimals(["8.0", "1.6", "2:4"])
    assert not prints_decimals(["8.0", "1:30", "2.5"])  # an h:mm cell: "2:4" may be "2:45" cut short
    assert not prints_decimals(["8", "4", "2:4"])


def test_a_decimal_point_read_as_a_colon_in_a_decimal_column_is_the_point() -> None:
    items = items_of(table([*HEAD, (400, "Hours")], _rows(["8.0", "2:5", "8.0", "4.0"])))
    assert [it.hours for it in items] == [8.0, 2.5, 8.0, 4.0]
    assert not any(it.hours_notes for it in items)


def test_one_misread_amount_does_not_hide_ceus() -> None:
    assert ceu_like([1.6, 24.0, 0.8, 2.4])  # "2.4" read "24"
    assert not ceu_like([1.6, 24.0])
    assert unheaded_unit([1.6, 24.0, 0.8, 2.4], [], "Training Summary", []) is None


def test_a_running_total_with_one_misread_cell_is_unsure() -> None:
    assert read_rising_column([8.0, 12.0, 29.0, 28.0, 36.0, 42.0], []) == "unsure"
    assert read_rising_column([8.0, 4.0, 8.0, 16.0, 8.0, 4.0], []) == "own"
    assert read_rising_column([4.0, 8.0, 4.0, 8.0, 16.0], []) == "own"  # no misread makes it rise


def test_a_number_glued_to_an_abbreviation() -> None:
    assert [w.text for w in unglue(Word(text="12.0Lt.", bbox=(0, 0, 40, 10), conf=1.0))] == ["12.0", "Lt."]
