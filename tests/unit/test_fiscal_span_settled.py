"""Rows dated month and day only under a written fiscal or school year span ("FY 2022-23"): October to
March need no person for their year (every fiscal or school year in use begins between April and October),
April to September do; the look-alikes that keep the reason: the end form "FY 2023", a bare year on a page
saying "Fiscal", a span heading beside a bare year, a day that is the heading's two-digit year, a row with
one date in doubt."""

from __future__ import annotations

from datetime import date

import pytest

from extract.year_headings import settled_rows, written_span
from tests.unit.test_records_round11_rules import _grouped

YMHFA = "Youth Mental Health First Aid"
JLAW = "Juvenile Law for Law Enforcement"


@pytest.mark.parametrize("month", range(1, 13))
def test_only_october_to_march_is_settled_under_a_span(month: int) -> None:
    rows = [(0, f"{month:02d}/14", "FY 2022-23")]
    assert (settled_rows(rows) == {0}) == (month >= 10 or month <= 3)


@pytest.mark.parametrize(
    ("heading", "span"),
    [
        ("FY 2022-23", True),
        ("2022-2023", True),
        ("Fiscal Year 2023-2024", True),
        ("SY 21-22", True),
        ("FY 2023", False),  # the year it ends, or (as Japan's) the one it begins: in doubt
        ("Fiscal Year 2023", False),
        ("2023", False),
        ("2021-2023", False),  # two years apart
    ],
)
def test_written_span(heading: str, span: bool) -> None:
    assert written_span(heading) is span


@pytest.mark.parametrize(
    "rows",
    [
        [(0, "01/16", "FY 2023")],  # the end form
        [(0, "11/02", "2022")],  # a bare year
        [(0, "11/02", "FY 2022-23"), (1, "02/15", "2023")],  # a span beside a bare year: none settled
        [(0, "10/22", "FY 2022-23")],  # "10/22" may be October 2022, a month and its year
        [(0, "03/23", "FY 2022-23")],
        [(0, "03/28 - 04/02", "FY 2022-23")],  # one of its dates in doubt
        [(0, "", "FY 2022-23")],  # no date
    ],
)
def test_look_alikes_stay_for_a_person(rows: list[tuple[int, str, str]]) -> None:
    assert settled_rows(rows) == set()


def test_a_settled_row_beside_one_in_doubt() -> None:
    rows = [(0, "11/02", "2021-2022"), (1, "08/23", "2021-2022"), (2, "02/15 - 03/01", "2021-2022")]
    assert settled_rows(rows) == {0, 2}


def test_a_table_under_spans_drops_the_reason_only_where_no_year_in_use_disagrees() -> None:
    items = _grouped(
        "Training Record",
        [
            ("FY 2022-23", [("09/14", JLAW, "8.0"), ("03/07", YMHFA, "8.0")]),
            ("FY 2023-24", [("10/10", "Active Shooter Response for Schools", "8.0"),
                            ("04/16", "Standard Response Protocol Training", "4.0")]),
        ],
    )  # fmt: skip
    assert [it.start_date for it in items] == [
        date(2022, 9, 14), date(2023, 3, 7), date(2023, 10, 10), date(2024, 4, 16)
    ]  # fmt: skip
    doubt = [any("fiscal-year heading" in n for n in it.date_notes) for it in items]
    assert doubt == [True, False, False, True]


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Training Record", "FY 2023"),  # the end form
        ("Fiscal Year Training Record", "2023"),  # a bare year, the page says "Fiscal"
    ],
)
def test_a_table_under_a_year_in_doubt_keeps_every_rows_reason(title: str, heading: str) -> None:
    items = _grouped(title, [(heading, [("11/02", JLAW, "8.0"), ("02/15", YMHFA, "8.0")])])
    assert len(items) == 2
    assert all(any("confirm it" in n for n in it.date_notes) for it in items), [it.date_notes for it in items]
