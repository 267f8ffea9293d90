"""The fourteenth unseen round (bench/unseen_applicants_14.py): a course whose subject is taught for schools
and the young as for any other setting ("threat assessment", "gang", "active shooter") but whose title names
another setting or an adult group ("in the Workplace", "Prison", "for Hospitals") is no sure school-safety or
juvenile course: a person decides, it is never credited unseen. A letter's SRO service in months ("for the
past 35 months") or "almost three years" gives the whole years it guarantees, as "two years and eleven
months" does."""

from __future__ import annotations

from datetime import date

import pytest

from classify.category import SETTING_ONLY_MAX_CONF, category_from_title
from extract.letter import read_service_years, service_note, start_from_service_years

AUTO = 0.8  # the confidence an item needs to be `auto`


@pytest.mark.parametrize(
    "title",
    [
        "Threat Assessment in the Workplace",
        "Behavioral Threat Assessment for Corporate Security Teams",
        "Prison Gang Intelligence and Investigations",
        "Gang Recognition for Corrections Officers",
        "Active Shooter Response for Hospitals",
        "Active Shooter Response in Houses of Worship",
        "Targeted Violence Prevention at Airports",
        "Lockdown Procedures for Courthouses",
        "Human Trafficking of Adults and Minors",
    ],
)
def test_a_subject_applied_to_another_setting_or_group_is_a_person_s(title: str) -> None:
    guess = category_from_title(title)
    assert guess.category in ("school_safety", "juvenile")
    assert guess.confidence <= SETTING_ONLY_MAX_CONF < AUTO
    assert "names another setting or group" in guess.reason


@pytest.mark.parametrize(
    "title",
    [
        "Threat Assessment in Schools",
        "Gang Trends and Youth Violence",
        "Active Shooter Response for Schools",
        "Adolescent Mental Health Awareness",
        "Juvenile Gang Awareness",
        "Child Abuse and Neglect Investigations",
        # Given for schools among other settings: the school setting is the course's own.
        "Multi-Hazard Emergency Planning for Schools and Houses of Worship",
        "Mass Casualty Incidents: A Guide for Schools, Higher Education, and Houses of Worship",
    ],
)
def test_school_and_juvenile_subjects_stay_sure(title: str) -> None:
    guess = category_from_title(title)
    assert guess.category in ("school_safety", "juvenile")
    assert guess.confidence >= AUTO, guess.reason


def test_the_department_s_own_column_is_a_second_source() -> None:
    # A record filing the course under "Juvenile" says what the title leaves open.
    guess = category_from_title("Gang Intelligence for Correctional Settings", "Juvenile")
    assert (guess.category, guess.confidence >= AUTO) == ("juvenile", True)


# ------------------------------------------------------------------------------- service in months


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Officer Quintero has served as a School Resource Officer here for the past 35 months.", 2),
        ("She has been our SRO for 36 months and remains in that assignment.", 3),
        ("Deputy Hale has worked as the school resource officer for 14 months.", 1),
        ("He has served as the School Resource Officer at Pell Creek High School for almost three years.", 2),
        ("Officer Diaz has been the SRO at Elm Middle School for nearly 4 years.", 3),
        ("Officer Diaz has served as School Resource Officer for just under three years.", 2),
    ],
)
def test_months_and_almost_give_the_whole_years_they_guarantee(text: str, years: int) -> None:
    found = read_service_years(text)
    assert found is not None and found[0] == years


@pytest.mark.parametrize(
    "text",
    [
        "Officer Ames has served as the School Resource Officer for over 30 months.",  # 2 1/2 years, or 4
        "Officer Ames has served as the School Resource Officer for 8 months.",  # no whole year
        "Officer Ames has served as the School Resource Officer for almost one year.",
        "Officer Ames has served as the School Resource Officer for about three years.",  # may be more
    ],
)
def test_spans_that_guarantee_no_whole_year_are_not_read(text: str) -> None:
    assert read_service_years(text) is None


def test_a_span_of_35_months_never_reaches_three_years_at_the_letter_s_date() -> None:
    letter_date = date(2025, 6, 2)
    years, printed = read_service_years("Officer Ames has served as our SRO for the past 35 months.") or (
        0,
        "",
    )
    first, last = start_from_service_years(years, letter_date, printed)
    assert first > date(2022, 6, 2)  # every day of the span is under three years before the letter
    assert first <= date(2022, 7, 2) <= last  # the 35 months' own start is inside the span
    assert "fewer than 3" in service_note(years, printed, letter_date)
    assert service_note(5, "for five years", letter_date).startswith("the letter states 5 years")
