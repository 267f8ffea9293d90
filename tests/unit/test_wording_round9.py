"""Wordings from round 9 of the certificate audit (``tests/novel_certificates_9.py``), on strings and
positioned words.

Each case is a fault the audit found, tried on several wordings (none of them the fixture's lines alone):
a 24-hour clock time read as hours, an hours caption with an acronym in brackets, the issuer's policy in
a genuine certificate's small print read as the holder's failure, a seat confirmation, a title's
translation stacked under it, parts on one line above their total, and a signature's date under a
signer's title read as a hire date (which made the certificate a letter and its signer the holder).
"""

from __future__ import annotations

import pytest

from classify.completion import no_completion_reason
from extract.certificate import read_certificate
from extract.fields.hours import find_hours
from extract.letter import read_letter, read_sro_start
from extract.types import RawItem
from tests.unit.test_layout_parsers import page_of


def _hours(text: str) -> list[float]:
    return [m.hours for m in find_hours(text)]


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    "text",
    [
        "Time: 0830 hrs",
        "Class convened 0800 hrs, adjourned 1200 hrs",
        "Duration: 2 days  ·  0900-1700 hrs",
        "from 1300 to 1600 hours",
        "0800 hrs - 1200 hrs",
        "Report at 0745 hours to the range",
        "Session began 1330 hrs",
        "Start time 08:00",
        "Time of session: 1:00 - 4:00 PM",
    ],
)
def test_a_time_of_day_is_no_amount_of_hours(text: str) -> None:
    assert _hours(text) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("0800 hrs - 1200 hrs  (4 hours)", [4.0]),
        ("Basic Law Enforcement Academy 1040 hours", [1040.0]),  # a length, no clock word before it
        ("08 hours", [8.0]),
        ("Total time: 3.5 hours", [3.5]),
        ("7.5 clock hours", [7.5]),
        ("Instructional time: 420 minutes", [7.0]),
        ("0.8 IACET CEU", [8.0]),
    ],
)
def test_amounts_beside_clock_times_are_still_read(text: str, hours: list[float]) -> None:
    assert _hours(text) == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Professional Development Hours (PDH): 6.0", [6.0]),
        ("Contact Hours (CE): 3", [3.0]),
        ("Training Hours (POST): 16", [16.0]),
        ("Hours (s): 4", [4.0]),
        ("Training Hours (CEU): 0.8", []),  # CEUs, not hours: not read as 0.8 hours
        ("1.5 CLE credits", []),
        ("CE credit: 3.0", []),
    ],
)
def test_hours_captions_with_an_acronym_in_brackets(text: str, hours: list[float]) -> None:
    assert _hours(text) == hours


# ------------------------------------------------------------------------------------ completion


POLICIES = [
    "Child Abuse Investigations 16 hours. Participants who did not complete the full course receive no "
    "credit.",
    "Credit will not be awarded to anyone who did not complete all modules.",
    "Students who have not completed all modules must re-enroll.",
    "Attendees that did not pass the written test are not listed.",
    "No partial credit is awarded.",
    "Credit is not granted for partial attendance.",
    "Partial credit will not be given.",
    "Partial attendance cannot be credited; certificates are issued on completion only.",
]

STILL_NO_COMPLETION = [
    "Officer K. Dunn did not complete the course requirements.",
    "PARTIAL CREDIT: 12 of 24 hours",
    "Partial attendance - 3.5 hours",
    "Corey A. Whitfield has not met the passing standard",
    "This confirms your seat in the Advanced School Resource Officer Course, July 24-26, 2023",
    "Your seat has been reserved for Juvenile Law Update.",
    "Your spot is confirmed. See you on March 3.",
    "The participant did not complete the course.",
]


@pytest.mark.parametrize("text", POLICIES)
def test_the_issuers_policy_in_small_print_is_no_failure(text: str) -> None:
    assert no_completion_reason(text) is None


@pytest.mark.parametrize("text", STILL_NO_COMPLETION)
def test_the_holders_own_failure_or_registration_still_goes_to_a_person(text: str) -> None:
    assert no_completion_reason(text) is not None


# ------------------------------------------------------------------------------------ titles and parts


def _item(rows: list[tuple[str, float, float, float]]) -> RawItem:
    item = read_certificate(page_of(rows)).item
    assert item is not None
    return item


def _stacked(title: str, translation: str, tail: str) -> list[tuple[str, float, float, float]]:
    return [
        ("Certificate of Completion", 170, 100, 24),
        ("This certifies that", 220, 150, 11),
        ("Jordan K. Ellery", 200, 180, 20),
        ("has completed", 230, 215, 11),
        (title, 160, 250, 16),
        (translation, 160, 270, 13),  # flush left with the title, a size smaller
        (tail, 200, 305, 11),
    ]


@pytest.mark.parametrize(
    ("title", "translation"),
    [
        ("Youth Mental Health First Aid", "Premiers soins en santé mentale pour les jeunes"),
        ("Youth Mental Health First Aid", "Primeros Auxilios de Salud Mental para Jóvenes"),
        ("Crisis Intervention for Youth", "Intervención en Crisis para Jóvenes"),
        ("School Emergency Planning", "Planificación de Emergencias Escolares"),
    ],
)
def test_a_translation_stacked_under_the_title_is_not_its_second_line(title: str, translation: str) -> None:
    assert _item(_stacked(title, translation, "May 9, 2023  ·  8 hours")).course_title == title


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        ("Threat Assessment Teams for", "Schools and Campuses", None),
        ("Juvenile Law and Procedure", "for School Resource Officers", None),
    ],
)
def test_a_title_over_two_lines_still_joins(first: str, second: str, title: str | None) -> None:
    rows = _stacked(first, second, "May 9, 2023  ·  8 hours")
    rows[-2] = (second, 160, 270, 16)
    assert _item(rows).course_title == (title or f"{first} {second}")


def _parts_page(parts: str, total: str) -> list[tuple[str, float, float, float]]:
    """A certificate whose course's parts are listed on one line above their total."""
    return [
        ("Certificate of Completion", 170, 100, 24),
        ("This certifies that", 220, 150, 11),
        ("Jordan K. Ellery", 200, 180, 20),
        ("has successfully completed the", 200, 215, 11),
        ("School Threat Assessment Workshop", 160, 250, 16),
        (parts, 90, 280, 10),
        (total, 220, 300, 11),
        ("February 9, 2023", 220, 320, 11),
    ]


@pytest.mark.parametrize(
    ("parts", "total"),
    [
        ("Module 1 Behavioral Indicators (4 hrs); Module 2 Case Management (4 hrs)", "Total: 8 hours"),
        ("Part A 3 hours  ·  Part B 3 hours  ·  Part C 2 hours", "Total training time: 8 hours"),
        ("Day 1: 6 hrs   Day 2: 6 hrs", "Total of 12 hours"),
    ],
)
def test_parts_side_by_side_above_their_total_give_the_total(parts: str, total: str) -> None:
    item = _item(_parts_page(parts, total))
    assert item.hours == float(total.split()[-2])
    assert not any("several hour values" in n for n in item.hours_notes), item.hours_notes


def test_parts_that_do_not_add_up_still_go_to_a_person() -> None:
    item = _item(_parts_page("Module 1 (4 hrs); Module 2 (4 hrs)", "Total: 6 hours"))
    assert any("several hour values" in n for n in item.hours_notes)


# ------------------------------------------------------------------------------------ signatures' dates


SIGNED = [
    ("Valley Law Enforcement Academy", 150, 60, 14),
    ("Certificate of Completion", 170, 100, 24),
    ("This certifies that", 220, 150, 11),
    ("Officer Monica J. Reyes", 190, 180, 20),
    ("has successfully completed", 210, 215, 11),
    ("Trauma-Informed Policing with Youth", 160, 250, 16),
    ("November 2-3, 2023  ·  12 hours", 200, 280, 11),
    ("Lt. Paul Ortiz", 70, 600, 11),
    ("Dr. Ivy Chen", 360, 600, 11),
    ("Lead Instructor", 70, 615, 10),
    ("Academy Director", 360, 615, 10),
    ("Date: 01/15/2024", 70, 640, 10),
    ("Date: 01/15/2024", 360, 640, 10),
]


def test_a_signature_date_under_a_signers_title_is_no_hire_date() -> None:
    """ "Academy Director" over "Date: 01/15/2024": the label is the line's own "Date", not a hire date
    (which made the certificate a letter, and a signer its holder)."""
    letter = read_letter(page_of(SIGNED))
    assert not letter.states_sro_start, letter.sro_start_notes


@pytest.mark.parametrize(
    "text",
    [
        "Date of Hire: 01/15/2015",
        "Employment Verification\nOriginal Hire Date: 01/15/2015",
        "Academy Graduation Date: 01/15/2015",
    ],
)
def test_a_hire_label_on_its_own_line_still_dates_the_hire(text: str) -> None:
    assert any("hire" in n for n in read_sro_start(text).notes)


def test_a_letter_naming_two_people_as_often_picks_the_first_on_every_run() -> None:
    rows = [
        ("To whom it may concern:", 60, 60, 11),
        ("Officer Dana Whitlock has served as a School Resource Officer since August 1, 2016.", 60, 90, 11),
        ("Sgt. Amir Haddad supervises the unit.", 60, 110, 11),
        ("Chief R. Lomax", 60, 200, 11),
    ]
    letter = read_letter(page_of(rows))
    assert letter.participant is not None and "Whitlock" in letter.participant.text


@pytest.mark.parametrize("total", ["Total: 16 hours", "Total hours: 16", "Total training hours: 16"])
def test_courses_listed_over_their_total_go_to_a_person(total: str) -> None:
    """Three courses each with its hours over a total: the title read is one of them, so the total is no
    course's length (main credited "Total hours: 16" to the first course without a note)."""
    rows = [
        ("Tri-County Regional Police Academy", 150, 80, 14),
        ("In-Service Training Certificate", 150, 130, 26),
        ("This certifies that", 220, 166, 13),
        ("Malcolm J. Whitfield", 200, 202, 24),
        ("has completed the following courses, May 3-5, 2022:", 140, 234, 13),
        ("Juvenile Law for Law Enforcement - 8 hours", 140, 266, 14),
        ("Firearms Qualification - 4 hours", 140, 288, 14),
        ("Active Shooter Response for Schools - 4 hours", 140, 310, 14),
        (total, 200, 340, 13),
    ]
    assert any("several hour values printed" in n for n in _item(rows).hours_notes)
