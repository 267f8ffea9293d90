"""Why right rows went to review, round 2 (bench/review_reasons.py on the redegraded corpus): a whole
hour's "8:00" in a column of "4.00"s (a decimal point read as a colon) is eight hours whichever way its
colon is read, so it neither asks a person to confirm the colon nor lacks its column's point. Only ":00",
and only among amounts printing two decimals: "1:30" (1.5 or 1.3), "8:00" after "4.0"s (one glyph from
"8.0"? "80.0"?) and a column of h:mm or clock times keep their reasons.
"""

from __future__ import annotations

import pytest

from classify.category import as_printed_elsewhere, category_from_title
from extract.credit_units import colon_for_point, prints_decimals
from tests.unit.test_record_columns import items_of, table

HEADER = [(40, "Course"), (300, "Date"), (420, "Hours")]


def _rows(hours: list[str]) -> list[list[tuple[float, str]]]:
    return [[(40, f"Course {k}"), (300, f"02/{k + 1:02d}/2019"), (420, h)] for k, h in enumerate(hours)]


def _reasons(hours: list[str]) -> list[tuple[float | None, tuple[str, ...]]]:
    return [(it.hours, it.hours_notes) for it in items_of(table(HEADER, _rows(hours)))]


@pytest.mark.parametrize(
    ("cell", "cells", "point"),
    [
        ("8:00", ["4.00", "8:00", "4.00", "16.00"], True),
        ("16:00.", ["4.00", "16:00.", "8.00"], False),  # a trailing dot is no colon's misread: not ":00"
        ("16:00:", ["4.00", "16:00:", "8.00", "4.00"], True),
        ("1:30", ["4.00", "1:30", "4.00", "8.00"], False),  # 1.5 h as h:mm, 1.3 h as a decimal
        ("8:00", ["4.0", "8:00", "4.0", "16.0"], False),  # one decimal: "8:00" is not "8.0" by one glyph
        ("8:00", ["4.00", "8:00"], False),  # one two-decimal amount is no column's form
        ("8:00", ["4.00", "8:00", "13:30", "4.00", "12:00"], False),  # a third of the column has colons
        ("8:00", ["8:00", "4:00", "1:30"], False),  # an h:mm column
    ],
)
def test_a_whole_hour_colon_among_two_decimals_is_a_point(cell: str, cells: list[str], point: bool) -> None:
    assert colon_for_point(cell, cells) is point


def test_the_column_still_prints_decimals_with_its_whole_hour_colon() -> None:
    assert prints_decimals(["4.00", "8:00", "4.00", "16.00"])
    assert not prints_decimals(["4.00", "1:30", "4.00", "16.00"])  # a real h:mm: the column is unsure
    assert not prints_decimals(["4.0", "8:00", "4.0", "16.0"])


def test_a_whole_hour_colon_among_two_decimals_has_no_reason() -> None:
    assert _reasons(["4.00", "4.00", "8:00", "4.00", "16.00"]) == [
        (4.0, ()), (4.0, ()), (8.0, ()), (4.0, ()), (16.0, ()),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "hours", [["4.0", "4.0", "8:00", "4.0", "16.0"], ["4.00", "4.00", "12:00", "13:00", "4.00"]]
)
def test_other_colons_keep_their_reasons(hours: list[str]) -> None:
    read = dict(zip(hours, _reasons(hours), strict=True))
    colon = next(h for h in hours if ":" in h)
    assert read[colon][1], read  # "8:00" after "4.0"s, clock-like "12:00"s: a person confirms


def test_a_whole_hour_in_an_h_mm_column_is_those_hours_either_way() -> None:
    # "8:00" among "4:00"s is eight hours as h:mm and as a decimal: nothing for a person to settle
    assert _reasons(["8:00", "4:00"]) == [(8.0, ()), (4.0, ())]


def test_a_lost_point_is_still_flagged_beside_a_whole_hour_colon() -> None:
    read = _reasons(["4.00", "4.00", "8:00", "40", "16.00", "4.00", "8.00", "4.00", "4.00", "2.00"])
    assert read[2] == (8.0, ())
    assert "hours cell lacks the decimal point of its column" in read[3][1]


# ----------------------------------------------------------------------------------------- category

LEGAL = "Annual Legal Update"


def test_a_repaired_title_another_row_prints_takes_that_rows_category() -> None:
    guess = category_from_title("Annual Lega! Update")
    assert guess.category == "unrelated" and guess.confidence < 0.8  # one source: the repair's guess
    lifted = as_printed_elsewhere("Annual Lega! Update", guess, ["CPR/AED Recertification", LEGAL])
    assert lifted == category_from_title(LEGAL).model_copy(
        update={"reason": category_from_title(LEGAL).reason + "; printed so on another row"}
    )
    assert lifted.confidence >= 0.8
    # two letters misread, the whole title printed cleanly on another row
    title = "Anpual Scbool Threat Drill Training"
    got = as_printed_elsewhere(title, category_from_title(title), ["Annual School Threat Drill Training"])
    assert got.category == "school_safety" and got.confidence >= 0.8


@pytest.mark.parametrize(
    "others",
    [
        [],  # no other row prints it
        ["Annual Legal Update 2019"],  # not the whole title
        ["Annual Lega! Update"],  # the same misread again: no second source
        ["Legal Update"],  # normalising drops "Annual": as many words are asked for
        ["Annual Legal Update II"],
    ],
)
def test_a_repaired_title_alone_stays_a_guess(others: list[str]) -> None:
    guess = category_from_title("Annual Lega! Update")
    assert as_printed_elsewhere("Annual Lega! Update", guess, others) == guess


def test_a_clean_guess_or_a_column_reading_is_left_alone() -> None:
    clean = category_from_title(LEGAL)
    assert as_printed_elsewhere(LEGAL, clean, [LEGAL]) == clean
    column = category_from_title("Annual Lega! Update", "Juvenile")  # the column disagrees: its reason stays
    assert as_printed_elsewhere("Annual Lega! Update", column, [LEGAL]) == column


def test_numbers_must_agree() -> None:
    title = "Schoo! Safety Leve! 1"
    guess = category_from_title(title)
    assert as_printed_elsewhere(title, guess, ["School Safety Level 2"]) == guess
