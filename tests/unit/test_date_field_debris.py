"""A date field whose value holds broken numbers before the one date read: a stamp, seal or pen stroke
over the field broke its first date, so the date read may be only a range's end (harsh captures round 4)."""

from __future__ import annotations

import pytest

from extract.certificate import choose_dates, date_candidates
from tests.unit.test_layout_parsers import page_of


def _single(line: str) -> list[bool]:
    return [c.dangling for c in date_candidates(page_of([(line, 100, 100, 12)])) if c.start == c.end]


@pytest.mark.parametrize(
    "line",
    [
        "Dates Attended: 06/0 (2082 } 06/17/2022",
        "Course Date; 1 4/ 06/17/2022",
        "Training Dates: 0§/0 2O22 - June 17, 2022",
        "Date of Training: 1 06/17/2022",
    ],
)
def test_numbers_left_of_the_date_in_a_date_field_leave_it_unsure(line: str) -> None:
    assert _single(line) == [True]
    best, _, notes = choose_dates(date_candidates(page_of([(line, 100, 100, 12)])))
    assert best is not None and "one end of the date range is unreadable" in notes


@pytest.mark.parametrize(
    "line",
    [
        "Date: 06/17/2022",
        "Dates Attended: Friday, June 17, 2022",
        "Course No: 3270 Date: 06/17/2022",  # the number belongs to another field
        "Certificate No.: 2211 06/17/2022",  # no date field: the number is the certificate's
        "Training Hours: 8 06/17/2022",
    ],
)
def test_a_date_field_holding_only_its_date_or_other_fields_numbers_is_sure(line: str) -> None:
    assert _single(line) == [False]
