"""Unit tests for extract.fields.hours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.fields.hours import HoursMatch, find_hours, parse_hours_cell


def _only(text: str) -> HoursMatch:
    found = find_hours(text)
    assert len(found) == 1, found
    return found[0]


FORMS = [
    pytest.param("40 hours", 40.0, "hours", id="plain"),
    pytest.param("40 Hours of instruction", 40.0, "hours", id="of-instruction"),
    pytest.param("Forty (40) Hours", 40.0, "hours", id="written-and-digits"),
    pytest.param("(16) hours", 16.0, "hours", id="digits-in-brackets"),
    pytest.param("completed (7.5) Contact Hours", 7.5, "hours", id="digits-in-brackets-qualified"),
    pytest.param("Twenty-Four (24) Hours", 24.0, "hours", id="hyphenated-written"),
    pytest.param("24 Contact Hours", 24.0, "hours", id="contact"),
    pytest.param("24 Training Hours", 24.0, "hours", id="training"),
    pytest.param("16 POST hours", 16.0, "hours", id="agency-acronym"),
    pytest.param("8.0 hrs", 8.0, "hours", id="hrs"),
    pytest.param("8 Hrs.", 8.0, "hours", id="hrs-dot"),
    pytest.param("4 hour(s)", 4.0, "hours", id="hour-s"),
    pytest.param("Credit Hours: 16", 16.0, "hours", id="credit-label"),
    pytest.param("Hours Completed: 80.0", 80.0, "hours", id="completed-label"),
    pytest.param("Total Hours = 12.5", 12.5, "hours", id="equals-label"),
    pytest.param("Training Hours: 4.0 CEU", 40.0, "ceu", id="label-with-ceu-unit"),
    # An accreditor's acronym between the amount and the unit after an hours label: still CEUs (it was
    # read as 2.6 hours, auto, on a form-style certificate).
    pytest.param("Training Hours: 2.6 IACET CEU", 26.0, "ceu", id="label-with-acronym-ceu-unit"),
    pytest.param("Credit Hours: 16 Contact Hours", 16.0, "hours", id="label-with-qualified-hours-unit"),
    pytest.param("0.3 CEU", 3.0, "ceu", id="ceu"),
    pytest.param("0.3 IACET CEU", 3.0, "ceu", id="iacet-ceu"),
    pytest.param("2.4 CEUs", 24.0, "ceu", id="ceus"),
    pytest.param("1 CEU", 10.0, "ceu", id="one-ceu"),
    pytest.param("CEUs Awarded: 1.2", 12.0, "ceu", id="ceu-label"),
    pytest.param("1.5 Continuing Education Units", 15.0, "ceu", id="ceu-spelled-out"),
    pytest.param("8 CEU hours", 8.0, "hours", id="ceu-as-qualifier"),
    pytest.param("2 hours 27 min", 2.45, "hours", id="hours-minutes"),
    pytest.param("1 HOUR , 20 MIN", 1.3333, "hours", id="hour-comma-min"),
    pytest.param("1 hr 30 min 30 sec", 1.5083, "hours", id="with-seconds"),
    pytest.param("1:30 hrs", 1.5, "hours", id="colon-hours"),
    pytest.param("30 minutos", 0.5, "minutes", id="minutos"),
    pytest.param("45 minutes", 0.75, "minutes", id="minutes"),
    pytest.param("20 horas", 20.0, "hours", id="horas"),
    pytest.param("com carga de 20 horas.", 20.0, "hours", id="sentence-final-stop"),
    pytest.param("carga horária de 20 horas", 20.0, "hours", id="carga-horaria"),
    pytest.param("Carga horária: 8", 8.0, "hours", id="carga-horaria-label"),
    pytest.param("02 (duas) horas", 2.0, "hours", id="digits-then-portuguese-words"),
    pytest.param("4,5 horas", 4.5, "hours", id="decimal-comma"),
    pytest.param("1,040 hours", 1040.0, "hours", id="thousands"),
    pytest.param("Forty Hours", 40.0, "hours", id="written-only"),
    pytest.param("Sixteen hours", 16.0, "hours", id="written-sixteen"),
    pytest.param("one hour", 1.0, "hours", id="one-hour"),
]


@pytest.mark.parametrize(("text", "hours", "unit"), FORMS)
def test_hours_forms(text: str, hours: float, unit: str) -> None:
    """Each supported wording gives one amount, converted to hours, with its unit."""
    found = _only(text)
    assert found.hours == pytest.approx(hours, abs=1e-4)
    assert found.unit == unit
    assert found.labelled
    assert text[found.span[0] : found.span[1]] == found.text


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # a word before it: "Session 1h 26m" may number something ("1h 26m" alone is vouched for)
        pytest.param("Session 1h 26m", 1.4333, id="h-m"),
        pytest.param("1.5 h", 1.5, id="h"),
        pytest.param("2h30", 2.5, id="h-digits"),
    ],
)
def test_letter_abbreviations_are_unlabelled(text: str, hours: float) -> None:
    """Single-letter units are read but flagged as unlabelled (weaker evidence)."""
    found = _only(text)
    assert found.hours == pytest.approx(hours, abs=1e-4)
    assert not found.labelled


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the 40-Hour Basic School Resource Officer Course", id="hyphen"),
        pytest.param("40 Hour Basic SRO Course", id="singular-before-noun"),
        pytest.param("an 8-hr class", id="hyphen-hr"),
        pytest.param("Forty-Hour Course", id="written-hyphen"),
    ],
)
def test_adjectival_form_is_flagged(text: str) -> None:
    """'40-Hour Course' wording is returned but flagged as title form."""
    assert _only(text).in_title_form


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("40 hours", id="plural"),
        pytest.param("1 hour course", id="one-hour"),
        pytest.param("Forty (40) Hours", id="written"),
    ],
)
def test_plain_amount_is_not_title_form(text: str) -> None:
    """Plain amounts are not flagged as title form."""
    assert not _only(text).in_title_form


NOT_HOURS = [
    pytest.param("Time to complete: 1.50 - 2.00 h", id="range-decimal"),
    pytest.param("8-10 hours", id="range-dash"),
    pytest.param("8 to 10 hours", id="range-to"),
    pytest.param("Hours: 8-10", id="label-range"),
    pytest.param("Forty (48) Hours", id="written-digits-disagree"),
    pytest.param("Eight (80) hours", id="written-digits-disagree-bracket-alone-not-read"),
    pytest.param("1.5 days", id="days"),
    pytest.param("(205) 555-0140", id="phone"),
    pytest.param("IS-362.a", id="fema-code"),
    pytest.param("TCOLE 4064", id="tcole-code"),
    pytest.param("Rev. 2019", id="year"),
    pytest.param("Session 2 of 3", id="session"),
    pytest.param("Page 1 of 2", id="page"),
    pytest.param("Certificate 17-1650", id="certificate-number"),
    pytest.param("Class 2019-08", id="class-number"),
    pytest.param("01:29AM", id="time"),
    pytest.param("05:14:51", id="duration-without-unit"),
    pytest.param("24/7", id="24-7"),
    pytest.param("LE-483 hours", id="code-before-unit"),
    pytest.param("2019 Hours Report", id="year-before-hours"),
    pytest.param("open 24 hours a day", id="rate-a-day"),  # a rate, not an amount of training
]


@pytest.mark.parametrize("text", NOT_HOURS)
def test_not_hours(text: str) -> None:
    """Codes, counters, ranges and conflicting numbers give no hour amount."""
    assert find_hours(text) == []


def test_year_before_amount_is_not_a_range() -> None:
    """'2021 - 40 hours' is a year then an amount, not a 2021..40 range."""
    assert [m.hours for m in find_hours("June 7-11, 2021 - 40 hours")] == [40.0]


def test_several_amounts_in_order() -> None:
    """Amounts in running text come back in reading order."""
    text = "40-Hour Basic SRO Course. Credit Hours: 24. Also 0.5 CEU and 30 minutes."
    assert [(m.hours, m.in_title_form) for m in find_hours(text)] == [
        (40.0, True),
        (24.0, False),
        (5.0, False),
        (0.5, False),
    ]


CELLS = [
    pytest.param("4.00", 4.0, id="decimal"),
    pytest.param("4", 4.0, id="integer"),
    pytest.param("8.0", 8.0, id="one-decimal"),
    pytest.param(" 16 hrs ", 16.0, id="hrs"),
    pytest.param("0.3 CEU", 3.0, id="ceu"),
    pytest.param("4,00", 4.0, id="comma-decimal"),
    pytest.param("4.0O", 4.0, id="ocr-letter-o"),
    pytest.param("l6", 16.0, id="ocr-letter-l"),
    pytest.param("1h 26m", 1.4333, id="compound"),
    pytest.param("03/03/2021", None, id="date"),
    pytest.param("2021-05-04", None, id="iso-date"),
    pytest.param("IS-362.a", None, id="code"),
    pytest.param("LE-483", None, id="code-dash"),
    pytest.param("2019", None, id="year"),
    pytest.param("", None, id="empty"),
    pytest.param("N/A", None, id="na"),
    pytest.param("8 hours 03/03/2021", None, id="amount-and-date"),
    pytest.param("1.50 - 2.00", None, id="range"),
]


@pytest.mark.parametrize(("cell", "expected"), CELLS)
def test_parse_hours_cell(cell: str, expected: float | None) -> None:
    """A table cell is an hour amount only when it holds nothing else."""
    result = parse_hours_cell(cell)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected, abs=1e-4)


# --- properties ---------------------------------------------------------------------------------------

amounts = st.one_of(
    st.integers(min_value=1, max_value=999).map(float),
    st.integers(min_value=1, max_value=9999).map(lambda n: n / 10),
    st.integers(min_value=1, max_value=99999).map(lambda n: n / 100),
).filter(lambda v: v <= 999)


def _show(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}" if decimals else f"{value:g}"


@given(
    amounts,
    st.sampled_from(["{} hours", "{} hrs", "{} Hours", "Credit Hours: {}", "{} Contact Hours", "{} horas"]),
    st.sampled_from([0, 1, 2]),
)
def test_hours_round_trip(value: float, template: str, decimals: int) -> None:
    """Any amount printed with an hours word or label parses back to itself."""
    if decimals == 0 and value != int(value):
        decimals = 2
    found = _only("Awarded " + template.format(_show(value, decimals)) + " for attendance")
    assert found.hours == pytest.approx(round(value, decimals or 2), abs=1e-4)
    assert found.unit == "hours"


@given(
    st.integers(min_value=1, max_value=999).map(lambda n: n / 10),
    st.sampled_from(["CEU", "CEUs", "IACET CEU"]),
)
def test_ceu_round_trip(value: float, word: str) -> None:
    """Any CEU amount parses back as ten hours per CEU."""
    found = _only(f"{value:.1f} {word}")
    assert found.hours == pytest.approx(value * 10, abs=1e-4)
    assert found.unit == "ceu"


@given(st.integers(min_value=1, max_value=999).map(lambda n: n / 100))
def test_cell_round_trip(value: float) -> None:
    """Any two-decimal number in a table cell parses back to itself."""
    assert parse_hours_cell(f"{value:.2f}") == pytest.approx(value)


@given(st.integers(min_value=200, max_value=999), st.integers(min_value=0, max_value=9999))
def test_phone_numbers_are_never_hours(area: int, line: int) -> None:
    """Phone numbers never give hour amounts."""
    assert find_hours(f"Phone: ({area}) 555-{line:04d}") == []
    assert parse_hours_cell(f"({area}) 555-{line:04d}") is None


@given(
    st.sampled_from(["IS", "LE", "ICS", "G"]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["", ".a", ".b"]),
)
def test_course_codes_are_never_hours(prefix: str, number: int, suffix: str) -> None:
    """Course codes such as 'IS-362.a' never give hour amounts."""
    code = f"{prefix}-{number}{suffix}"
    assert find_hours(f"Course {code} completed") == []
    assert parse_hours_cell(code) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        pytest.param("January 22-24, 2018 Hours Completed: 24.0", 24.0, id="year-before-the-label"),
        pytest.param("Dates: 05/06/2019 Hours: 8", 8.0, id="numeric-date-before-the-label"),
    ],
)
def test_a_year_before_an_hours_label_does_not_hide_the_amount(text: str, hours: float) -> None:
    """A year read with "Hours" after it is no amount and must not swallow the label that follows."""
    assert [h.hours for h in find_hours(text)] == [hours]


@pytest.mark.parametrize(
    "text",
    [
        "4 hours per day for 5 days",
        "open 24 hours a day",
        "8 hrs/week",
        "Hours: 8 per day",
        "2 hours daily",
        "Forty (40) Hours each session",
    ],
)
def test_a_rate_is_not_the_courses_length(text: str) -> None:
    """'4 hours per day for 5 days' is 20 hours, not 4: no value is read, a person works it out."""
    assert find_hours(text) == []


def test_a_total_beside_a_rate_is_read() -> None:
    assert [h.hours for h in find_hours("8 hours a day, 40 hours in all")] == [40.0]


def test_hours_and_a_ceu_label_of_its_own_are_one_length_twice() -> None:
    """'Contact Hours: 8.0  IACET CEUs: 0.8': the CEU word labels its own value, not the 8.0 (80 h)."""
    found = [(m.hours, m.unit) for m in find_hours("Contact Hours: 8.0     IACET CEUs: 0.8")]
    assert found == [(8.0, "hours"), (8.0, "ceu")]
