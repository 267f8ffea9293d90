"""Unit tests for extract.fields.dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.fields.dates import DateMatch, date_label, find_dates

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
D = date


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _only(text: str) -> DateMatch:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


SINGLE = [
    pytest.param("March 3, 2021", D(2021, 3, 3), id="month-day-year"),
    pytest.param("Mar. 3, 2021", D(2021, 3, 3), id="abbrev-dot"),
    pytest.param("MARCH 3, 2021", D(2021, 3, 3), id="upper-case"),
    pytest.param("Sept. 14, 2019", D(2019, 9, 14), id="sept"),
    pytest.param("3 March 2021", D(2021, 3, 3), id="day-month-year"),
    pytest.param("03/03/2021", D(2021, 3, 3), id="mm/dd/yyyy"),
    pytest.param("3/3/2021", D(2021, 3, 3), id="m/d/yyyy"),
    pytest.param("04/05/2021", D(2021, 4, 5), id="ambiguous-is-us"),
    pytest.param("26/09/2025", D(2025, 9, 26), id="day-first-when-first-over-12"),
    pytest.param("3/3/21", D(2021, 3, 3), id="two-digit-year"),
    pytest.param("2021-03-03", D(2021, 3, 3), id="iso"),
    pytest.param("3rd day of March, 2021", D(2021, 3, 3), id="day-of-month"),
    pytest.param("Issued this 27th Day of October, 2022", D(2022, 10, 27), id="issued-this-day-of"),
    pytest.param("on Wednesday 12 February, 2025", D(2025, 2, 12), id="weekday-day-month"),
    pytest.param("Oct 03, 2020", D(2020, 10, 3), id="abbrev-zero-padded"),
    pytest.param("16-Jan-2026", D(2026, 1, 16), id="dd-mon-yyyy"),
    pytest.param("28 de abril de 2026", D(2026, 4, 28), id="portuguese"),
    pytest.param("5 de marzo de 2024", D(2024, 3, 5), id="spanish"),
    pytest.param("1º de março de 2023", D(2023, 3, 1), id="portuguese-ordinal"),
    pytest.param("12 set 2025", D(2025, 9, 12), id="portuguese-abbrev"),
    pytest.param("Completed on March 3rd 2021.", D(2021, 3, 3), id="ordinal-no-comma"),
    pytest.param("Date: 12.31.2020", D(2020, 12, 31), id="dotted"),
    pytest.param("Completed Mar-03-2021", D(2021, 3, 3), id="month-name-dashed"),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE)
def test_single_date(text: str, expected: date) -> None:
    """A single printed date gives one match whose start equals its end."""
    found = _only(text)
    assert (found.start, found.end, found.precision) == (expected, expected, "day")
    assert text[found.span[0] : found.span[1]] == found.text


RANGES = [
    pytest.param("June 7-11, 2021", D(2021, 6, 7), D(2021, 6, 11), id="same-month"),
    pytest.param("June 28 - July 2, 2021", D(2021, 6, 28), D(2021, 7, 2), id="two-months"),
    pytest.param("December 21-25, 2015", D(2015, 12, 21), D(2015, 12, 25), id="december"),
    pytest.param("December 28 - January 3, 2021", D(2020, 12, 28), D(2021, 1, 3), id="over-new-year"),
    pytest.param(
        "July 19, 2015 through July 24, 2015", D(2015, 7, 19), D(2015, 7, 24), id="through-full-dates"
    ),
    pytest.param("03/13/2017 - 03/15/2017", D(2017, 3, 13), D(2017, 3, 15), id="numeric-dash"),
    pytest.param("03/13 - 03/15/2017", D(2017, 3, 13), D(2017, 3, 15), id="numeric-shared-year"),
    pytest.param("2018-12-31 to 2019-01-13", D(2018, 12, 31), D(2019, 1, 13), id="iso-to"),
    pytest.param("2021-05-04 | 2021-05-04", D(2021, 5, 4), D(2021, 5, 4), id="pipe-cell"),
    pytest.param("from March 3, 2021 to March 5, 2021", D(2021, 3, 3), D(2021, 3, 5), id="from-to"),
    pytest.param("March 3, 2021 thru March 5, 2021", D(2021, 3, 3), D(2021, 3, 5), id="thru"),
    pytest.param("7-11 June 2021", D(2021, 6, 7), D(2021, 6, 11), id="day-range-first"),
    pytest.param("28 June - 2 July 2021", D(2021, 6, 28), D(2021, 7, 2), id="day-month-range"),
    pytest.param("21 a 25 de abril de 2026", D(2026, 4, 21), D(2026, 4, 25), id="portuguese-range"),
    pytest.param(
        "28 de abril a 2 de maio de 2026", D(2026, 4, 28), D(2026, 5, 2), id="portuguese-two-months"
    ),
    pytest.param("June 7--11, 2021", D(2021, 6, 7), D(2021, 6, 11), id="double-dash"),
    pytest.param("November 28 - - December 11, 2016", D(2016, 11, 28), D(2016, 12, 11), id="dash-read-twice"),
    pytest.param("June 7 & 8, 2021", D(2021, 6, 7), D(2021, 6, 8), id="ampersand-days"),
    pytest.param("Sept 30-Oct 2, 2019", D(2019, 9, 30), D(2019, 10, 2), id="abbrev-two-months"),
    pytest.param("Jan. 5th - 9th, 2020", D(2020, 1, 5), D(2020, 1, 9), id="ordinal-days"),
    pytest.param("5/5/2019-5/7/2019", D(2019, 5, 5), D(2019, 5, 7), id="numeric-no-spaces"),
    pytest.param("from 1/6/20 to 1/10/20", D(2020, 1, 6), D(2020, 1, 10), id="two-digit-years"),
    pytest.param(
        "Monday, January 6, 2020 - Friday, January 10, 2020",
        D(2020, 1, 6),
        D(2020, 1, 10),
        id="weekdays",
    ),
    pytest.param(
        "Held 202 3-10-02 through 2023-10-04", D(2023, 10, 2), D(2023, 10, 4), id="year-split-by-ocr"
    ),
    pytest.param("March 3, 4 and 5, 2021", D(2021, 3, 3), D(2021, 3, 5), id="days-listed-with-and"),
    pytest.param(
        "held June 7, 8, and 9th, 2021", D(2021, 6, 7), D(2021, 6, 9), id="days-listed-oxford-comma"
    ),
    pytest.param("Oct. 2, 9 & 16, 2019", D(2019, 10, 2), D(2019, 10, 16), id="weekly-days-listed"),
    pytest.param("held 08/03/202008/05/2020 Credit", D(2020, 8, 3), D(2020, 8, 5), id="range-glued-by-ocr"),
    pytest.param("12/30/202001/02/2021", D(2020, 12, 30), D(2021, 1, 2), id="glued-range-over-new-year"),
]


@pytest.mark.parametrize(("text", "start", "end"), RANGES)
def test_range(text: str, start: date, end: date) -> None:
    """A printed range gives one match from its first to its last day."""
    found = _only(text)
    assert (found.start, found.end) == (start, end)


MONTH_ONLY = [
    pytest.param("Completed: 03/2019", D(2019, 3, 1), D(2019, 3, 31), id="mm/yyyy"),
    pytest.param("Enero de 2023", D(2023, 1, 1), D(2023, 1, 31), id="spanish-month"),
    pytest.param("February 2024", D(2024, 2, 1), D(2024, 2, 29), id="leap-february"),
    pytest.param("March 2021 - May 2021", D(2021, 3, 1), D(2021, 5, 31), id="month-range"),
]


@pytest.mark.parametrize(("text", "start", "end"), MONTH_ONLY)
def test_month_precision(text: str, start: date, end: date) -> None:
    """Month-only dates span the whole month and are flagged as month precision."""
    found = _only(text)
    assert (found.start, found.end, found.precision) == (start, end, "month")


DISTRACTORS = [
    pytest.param("(205) 555-0140", id="phone"),
    pytest.param("Call 555-0140 today", id="short-phone"),
    pytest.param("205-555-0140", id="dashed-phone"),
    pytest.param("IS-362.a", id="fema-code"),
    pytest.param("LE-483", id="course-code"),
    pytest.param("Class 2019-08", id="class-number"),
    pytest.param("Rev. 2018", id="bare-year"),
    pytest.param("2015-09", id="year-month-dash"),
    pytest.param("Certificate 17-1650", id="certificate-number"),
    pytest.param("No. 2017659267", id="long-number"),
    pytest.param("Session 2 of 3", id="session"),
    pytest.param("Page 1 of 3", id="page"),
    pytest.param("01:29AM", id="time"),
    pytest.param("05:14:51", id="duration"),
    pytest.param("February 30, 2021", id="feb-30"),
    pytest.param("13/13/2021", id="month-13"),
    pytest.param("2021-13-01", id="iso-month-13"),
    pytest.param("March 3, 1949", id="year-too-early"),
    pytest.param("01/02/2101", id="year-too-late"),
    pytest.param("24/7 support", id="24-7"),
    pytest.param("version 1.2.17", id="version-number"),
    pytest.param("March 9, 3 and 4, 2021", id="days-listed-out-of-order"),
    pytest.param("08/05/202008/03/2020", id="glued-dates-backwards"),
    pytest.param("08/03/201908/05/2020", id="glued-dates-a-year-apart"),
]


@pytest.mark.parametrize("text", DISTRACTORS)
def test_distractor_is_not_a_date(text: str) -> None:
    """Numbers that only resemble dates, and impossible dates, give no match."""
    assert find_dates(text) == []


def test_several_dates_in_order() -> None:
    """Dates in running text come back in reading order with their spans."""
    text = "Held June 7-11, 2021 at Room 12-4. Printed 06/20/2021, call (205) 555-0140."
    found = find_dates(text)
    assert [(m.start, m.end) for m in found] == [
        (D(2021, 6, 7), D(2021, 6, 11)),
        (D(2021, 6, 20), D(2021, 6, 20)),
    ]
    assert [text[a:b] for a, b in (m.span for m in found)] == ["June 7-11, 2021", "06/20/2021"]


def test_backwards_pair_stays_two_dates() -> None:
    """Two dates joined by a dash but in reverse order are not merged into a range."""
    found = find_dates("03/15/2017 - 03/13/2017")
    assert [(m.start, m.end) for m in found] == [(D(2017, 3, 15), D(2017, 3, 15)), (D(2017, 3, 13),) * 2]


def test_and_between_full_dates_lists_sessions() -> None:
    """'X and Y' with two full dates lists two sessions rather than one range."""
    assert len(find_dates("March 3, 2021 and March 10, 2021")) == 2


LABELS = [
    pytest.param("Date(s) Attended:", "course", id="dates-attended"),
    pytest.param("Dates:", "course", id="dates"),
    pytest.param("This training was held", "course", id="held"),
    pytest.param("has successfully completed the course on", "course", id="completed-on"),
    pytest.param("Date of Completion:", "course", id="date-of-completion"),
    pytest.param("Conducted", "course", id="conducted"),
    pytest.param("on", "course", id="on"),
    pytest.param("Class Start Date", "course", id="class-start"),
    pytest.param("realizado em", "course", id="portuguese-held"),
    pytest.param("Issued", "issue", id="issued"),
    pytest.param("Issue Date:", "issue", id="issue-date"),
    pytest.param("Date Issued", "issue", id="date-issued"),
    pytest.param("Printed:", "issue", id="printed"),
    pytest.param("Report generated on", "issue", id="generated-on"),
    pytest.param("Given under my hand this", "issue", id="given-this"),
    pytest.param("Report Period:", "report", id="report-period"),
    pytest.param("Records from", "report", id="records-from"),
    pytest.param("Period:", "report", id="period"),
    pytest.param("DOB:", "birth", id="dob"),
    pytest.param("Date of Birth", "birth", id="date-of-birth"),
    pytest.param("Expires", "not_course", id="expires"),
    pytest.param("Date:", "other", id="bare-date"),
    pytest.param("Name: Oscar Knapp", None, id="no-label"),
    pytest.param("", None, id="empty"),
    pytest.param("DOB: 01/02/1980   Issued:", "issue", id="previous-value-cut"),
    pytest.param("Completed on\n", None, id="label-on-previous-line"),
    pytest.param("Records as of", "report", id="records-as-of"),
    pytest.param("Date Range:", "report", id="date-range"),
    pytest.param("Report Date:", "issue", id="report-date"),
    pytest.param("Effective Date:", "other", id="effective-date"),
    pytest.param("Report Writing", None, id="course-title-report"),
    pytest.param("Records Management", None, id="course-title-records"),
    pytest.param("Statement Analysis", None, id="course-title-statement"),
    pytest.param("Effective Communication", None, id="course-title-effective"),
    pytest.param("Latent Print Examination", None, id="course-title-print"),
    pytest.param("Search and Seizure", None, id="course-title-search"),
]


@pytest.mark.parametrize(("before", "expected"), LABELS)
def test_date_label(before: str, expected: str | None) -> None:
    """The words right before a date name its role; words before an earlier value do not."""
    assert date_label(before) == expected


# --- properties ---------------------------------------------------------------------------------------

dates = st.dates(min_value=D(1950, 1, 1), max_value=D(2100, 12, 31))


def _render(d: date, style: int) -> str:
    month, abbr = MONTHS[d.month - 1], ABBR[d.month - 1]
    forms = (
        f"{month} {d.day}, {d.year}",
        f"{abbr}. {d.day:02d}, {d.year}",
        f"{month.upper()} {d.day}, {d.year}",
        f"{d.day} {month} {d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year}",
        d.isoformat(),
        f"{_ordinal(d.day)} day of {month}, {d.year}",
        f"{d.day:02d}-{abbr}-{d.year}",
        f"{d.day}/{d.month}/{d.year}" if d.day > 12 else d.isoformat(),
    )
    return forms[style % len(forms)]


@given(dates, st.integers(min_value=0, max_value=9), st.sampled_from(["", "Date: ", "Held on "]))
def test_rendered_date_round_trips(d: date, style: int, prefix: str) -> None:
    """Any valid date in any supported format parses back to itself."""
    found = _only(f"{prefix}{_render(d, style)} at the academy")
    assert (found.start, found.end) == (d, d)


@given(
    dates,
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([" - ", " through ", " to ", " | ", " thru ", "-"]),
)
def test_rendered_range_round_trips(first: date, days: int, style: int, joiner: str) -> None:
    """Two ordered dates joined by a range word parse back as one range with start <= end."""
    last = min(first + timedelta(days=days), D(2100, 12, 31))
    found = _only(f"{_render(first, style)}{joiner}{_render(last, style)}")
    assert (found.start, found.end) == (first, last)
    assert found.start <= found.end


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2100, 12, 20)),
    st.integers(min_value=1, max_value=20),
)
def test_same_month_range_round_trips(first: date, length: int) -> None:
    """'June 7-11, 2021' style ranges inside one month round-trip."""
    last = first + timedelta(days=length)
    if last.month != first.month:
        last = first
    text = f"{MONTHS[first.month - 1]} {first.day}-{last.day}, {first.year}"
    found = _only(text)
    assert (found.start, found.end) == (first, last)


@given(st.integers(min_value=200, max_value=999), st.integers(min_value=0, max_value=9999))
def test_phone_numbers_are_never_dates(area: int, line: int) -> None:
    """Phone numbers in '(ddd) 555-dddd' and 'ddd-555-dddd' form never give dates."""
    assert find_dates(f"Phone: ({area}) 555-{line:04d}") == []
    assert find_dates(f"Fax {area}-555-{line:04d}") == []


@given(
    st.sampled_from(["IS", "LE", "ICS", "G", "E", "L"]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["", ".a", ".b", ".c"]),
)
def test_course_codes_are_never_dates(prefix: str, number: int, suffix: str) -> None:
    """Course codes such as 'IS-362.a' never give dates."""
    assert find_dates(f"Course {prefix}-{number}{suffix} completed") == []


@pytest.mark.parametrize("text", ["Room 201 1-3", "Session 201 of 3", "ext. 202 3/4/5"])
def test_a_split_year_is_read_only_in_the_iso_form(text: str) -> None:
    """Three digits, a space and one more make a year only where a full ISO date follows."""
    assert find_dates(text) == []
