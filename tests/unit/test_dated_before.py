"""The page's own date against its courses' (:mod:`classify.dated_before`): a slashed date read in the
order the page prints its dates, and no plan written more than a year before its courses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from classify.dated_before import SCHEDULE_LEAD_DAYS, dated_before_reason, page_dates

D = date.fromisoformat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no day-first date printed anywhere: month first, as a US page
        ("Date: 05/10/2022", ["2022-05-10"]),
        # "22/09/2022" has no month 22: the page prints day first, so its issue date does too
        ("Course completed 22/09/2022 Date of issue: 05/10/2022", ["2022-10-05"]),
        ("Issued 03.11.2023 Training 14.10.2023", ["2023-11-03"]),
        # a date no order can swap stays as read
        ("Course 22/09/2022 Date: 25/09/2022", ["2022-09-25"]),
        ("Course 22/09/2022 Date: October 5, 2022", ["2022-10-05"]),
    ],
)
def test_a_slashed_date_is_read_in_the_pages_order(text: str, expected: list[str]) -> None:
    assert page_dates(text) == [D(d) for d in expected], text


def test_a_day_first_certificate_issued_after_its_course_is_no_plan() -> None:
    text = "Certificate of Completion Course completed 22/09/2022 Date of issue: 05/10/2022"
    assert dated_before_reason(text, [D("2022-09-22")]) is None


def test_the_same_figures_month_first_would_read_as_a_plan() -> None:
    """Without the day-first cue "05/10/2022" is May 10th, before a course on September 22nd."""
    reason = dated_before_reason("Training Plan Date: 05/10/2022", [D("2022-09-22")])
    assert reason is not None and "2022-05-10" in reason


@pytest.mark.parametrize(
    ("lead", "is_plan"), [(1, True), (SCHEDULE_LEAD_DAYS, True), (SCHEDULE_LEAD_DAYS + 1, False)]
)
def test_a_plan_is_written_within_a_year_of_its_courses(lead: int, is_plan: bool) -> None:
    written = D("2023-01-16")
    text = f"Training Assignments Date: {written:%m/%d/%Y}"
    reason = dated_before_reason(text, [written + timedelta(days=lead)])
    assert (reason is not None) is is_plan, lead
