"""The fourteenth unseen round (bench/unseen_applicants_14.py): a course whose subject is taught for schools
and the young as for any other setting ("threat assessment", "gang", "active shooter") but whose title names
another setting or an adult group ("in the Workplace", "Prison", "for Hospitals") is no sure school-safety or
juvenile course: a person decides, it is never credited unseen."""

from __future__ import annotations

import pytest

from classify.category import SETTING_ONLY_MAX_CONF, category_from_title

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
