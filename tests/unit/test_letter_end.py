"""When a letter says a former SRO's service ended (extract.letter_end); where a range of months starts."""

from __future__ import annotations

from datetime import date

import pytest

from extract.letter import read_sro_start
from extract.letter_end import read_sro_end

D = date


@pytest.mark.parametrize(
    ("text", "end"),
    [
        pytest.param(
            "Officer Gregory P. Santos served as a School Resource Officer from August 20, 2012 until "
            "June 30, 2019, when he transferred to the Investigations Bureau.",
            (D(2019, 6, 30), D(2019, 6, 30)),
            id="from-until-full-dates",
        ),
        pytest.param(
            "Officer Ann Lee served as School Resource Officer from June 2015 to August 2020.",
            (D(2020, 8, 1), D(2020, 8, 31)),
            id="from-to-months",
        ),
        pytest.param(
            "Deputy Ruiz was assigned as School Resource Officer at Lincoln High School 06/01/2015 - "
            "08/15/2020.",
            (D(2020, 8, 15), D(2020, 8, 15)),
            id="numeric-dash-range",
        ),
        pytest.param(
            "Deputy Ruiz was assigned as an SRO on June 1, 2015 and remained there until August 14, 2020.",
            (D(2020, 8, 14), D(2020, 8, 14)),
            id="until",
        ),
        pytest.param(
            "Officer Ann Lee served as a School Resource Officer from 6/1/2015 through 8/14/2020.",
            (D(2020, 8, 14), D(2020, 8, 14)),
            id="through-numeric",
        ),
        pytest.param(
            "Her assignment as SRO, beginning August 1, 2015 and ending June 30, 2020, was exemplary.",
            (D(2020, 6, 30), D(2020, 6, 30)),
            id="ending",
        ),
        pytest.param(
            "Officer Lee is no longer assigned as an SRO as of August 2020.",
            (D(2020, 8, 1), D(2020, 8, 31)),
            id="no-longer-as-of-month",
        ),
        pytest.param(
            "Deputy Crawford served as the School Resource Officer at Oakdale High School from 2012 until "
            "2019. She retired from the Sheriff's Office in 2023.",
            (D(2019, 1, 1), D(2019, 12, 31)),
            id="years-retired-later-is-not-the-end",
        ),
        pytest.param(
            "Officer Lee served as a School Resource Officer from 2015 through 2020.",
            (D(2020, 1, 1), D(2020, 12, 31)),
            id="through-year",
        ),
        pytest.param(
            "Officer Lee served as an SRO from June 2015 to August 14, 2020.",
            (D(2020, 8, 14), D(2020, 8, 14)),
            id="month-then-day",
        ),
    ],
)
def test_the_end_of_the_sro_service(text: str, end: tuple[date, date]) -> None:
    """The end of the service, to the day or as the month or year it lies in."""
    reading = read_sro_end(text)
    assert reading.range == end, reading
    assert bool(reading.notes) == (end[0] != end[1])  # a person is told the day is not printed


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Officer Lee has served as a School Resource Officer since August 2015 and is currently "
            "assigned to Maple Grove High School.",
            id="current",
        ),
        pytest.param(
            "Officer Lee was promoted to Sergeant on May 1, 2019 and has served as an SRO since 2015.",
            id="promoted-to-is-no-end",
        ),
        pytest.param("Officer Lee has worked as our SRO from 2016 to present.", id="to-present"),
        pytest.param(
            "Officer Lee attended the Basic School Resource Officer Course from June 1 to June 5, 2016.",
            id="a-course-named-after-the-role",
        ),
        pytest.param(
            "Officer Lee worked in Patrol until June 30, 2016. She has been our School Resource Officer "
            "since July 1, 2016.",
            id="another-post-ended",
        ),
    ],
)
def test_no_end_where_none_is_stated(text: str) -> None:
    assert read_sro_end(text).range is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Officer Lee served as SRO from 03.04.2015 to 05.06.2019.", id="day-month-either-way"),
        pytest.param(
            "Officer Lee served as SRO at Oak Middle School from 2012 until 2015, and as SRO at Oak High "
            "School from 2016 until 2019.",
            id="two-ends",
        ),
    ],
)
def test_an_unsure_end_is_none_with_a_note(text: str) -> None:
    reading = read_sro_end(text)
    assert reading.range is None and reading.notes, reading


def test_a_range_of_months_starts_in_its_first_month() -> None:
    """ "from June 2015 to August 2020": the start lies in June 2015, not anywhere up to August 2020."""
    start = read_sro_start("Officer Ann Lee served as School Resource Officer from June 2015 to August 2020.")
    assert (start.start, start.range) == (None, (D(2015, 6, 1), D(2015, 6, 30)))


def test_no_longer_as_of_is_no_start() -> None:
    """ "no longer assigned as an SRO as of August 2020" ends the service: the start is the other date."""
    start = read_sro_start(
        "Officer Lee is no longer assigned as an SRO as of August 2020. She began as SRO on June 1, 2015."
    )
    assert start.start == D(2015, 6, 1)


def test_a_range_printed_after_the_role_starts_the_service() -> None:
    start = read_sro_start("Deputy Ruiz was assigned as School Resource Officer 06/01/2015 - 08/15/2020.")
    assert start.start == D(2015, 6, 1)
