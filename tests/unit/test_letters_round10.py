"""Letters and conference evidence, round 10 (``tests/novel_letters_10.py``): the faults it found, each on
several wordings, with controls that must read as before.

- a leaving announced for later ("will retire June 30, 2027", "planned retirement date", "is scheduled to
  be reassigned") ends nothing now;
- service given as a list of school years starts in the first one; a list is no span that ended;
- an OCR full stop inside a school's name ("Pine Hollow Elementary. School since ...") ends no sentence;
  a school called an Academy is no police academy;
- an agreement's term ("the MOU runs from ... through June 30, 2025") is no end of the officer's service;
- "stationed on our campus" is the SRO post; a table cell "School Resource Officer, Fairhaven HS";
- a form's hire date is not its own date; its field rows are no courses; a heading in capitals names no
  officer;
- a letter's page-2 assignment history reads on as the letter;
- "hosted by the National Association of School Resource Officers" under a conference's name is who held
  it, not the rest of its title.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import find_course_title
from extract.document import _letter_facts, page_lines, parse_document
from extract.letter import _employment, _flat, read_letter, read_sro_start
from extract.letter_end import read_sro_end
from extract.packet import split_packet
from tests.unit.test_packet_pages import Text, _pages
from tests.unit.test_prose_title import lines_of

# ------------------------------------------------------------------ leaving later


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Raymond L. Osei has been the School Resource Deputy at Coldwater High School since September "
        "6, 2017. He will retire June 30, 2027.",
        "Officer Janelle P. Whitfield has served as the School Resource Officer at Elm Grove Middle School "
        "since January 10, 2018. Her planned retirement date is June 30, 2027, and until then she remains "
        "assigned to Elm Grove Middle School.",
        "Officer Kendall B. Rourke has been the School Resource Officer at North Ridge High School since "
        "August 3, 2020. He is scheduled to be reassigned to the Patrol Division effective July 1, 2025.",
        "Officer Lin has served as our SRO since 2016 and is eligible for retirement in 2026.",
    ],
)
def test_a_leaving_announced_for_later_ends_nothing_now(text: str) -> None:
    assert _employment(_flat(text))[0] == "current"
    assert read_sro_end(text).range is None


@pytest.mark.parametrize(
    "text",
    [
        "Officer Kim served as the SRO at Lee Middle School from 2015. He retired on July 1, 2024.",
        "Deputy Ross was the School Resource Deputy at Oak High School until he was reassigned to Patrol in "
        "2023.",
    ],
)
def test_a_past_leaving_still_ends(text: str) -> None:
    assert _employment(_flat(text))[0] == "ended"


# ------------------------------------------------------------------ school years listed


@pytest.mark.parametrize(
    ("text", "span", "employment"),
    [
        ("Officer Adrienne M. Kowalczyk served as the School Resource Officer at Ridgecrest Middle School "
         "for the 2020-21, 2021-22, 2022-23, 2023-24 and 2024-25 school years. She is currently in that "
         "assignment.", (date(2020, 7, 1), date(2021, 6, 30)), "current"),
        ("Officer Felix R. Amundsen has been the SRO at Granger Elementary throughout the 2022-23, 2023-24 "
         "and 2024-25 school years and remains our SRO.", (date(2022, 7, 1), date(2023, 6, 30)), "current"),
        ("Officer Julian T. Mercer served as our School Resource Officer during the 2016-17, 2017-18 and "
         "2018-19 school years. He transferred to the Detective Bureau in July 2019.",
         (date(2016, 7, 1), date(2017, 6, 30)), "ended"),
    ],
)  # fmt: skip
def test_school_years_listed_start_in_the_first(text: str, span: tuple[date, date], employment: str) -> None:
    reading = read_sro_start(text)
    assert reading.start is None
    assert reading.range == span
    assert reading.notes
    assert _employment(_flat(text))[0] == employment


@pytest.mark.parametrize(
    "text",
    [
        # a gap: two services, for a person
        "Officer Ann Poe served as the SRO at Elm School during the 2015-16, 2016-17 and 2020-21 school "
        "years.",
        # another post in those years
        "Officer Ann Poe worked in the Patrol Division during the 2015-16 and 2016-17 school years.",
    ],
)
def test_school_years_that_start_nothing(text: str) -> None:
    assert read_sro_start(text).range is None


# ------------------------------------------------------------------ a full stop inside a school's name


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Officer Ann Lee has been the SRO at Cedar Creek Middle. School since JANUARY 23, 2016.",
         date(2016, 1, 23)),
        ("Deputy Hector V. Alvarado has served as School Resource Deputy at Pine Hollow Elementary. School "
         "since MARCH 4, 2019. He continues in that assignment today.", date(2019, 3, 4)),
        ("Officer Leah W. Sandoval has been employed by the Harbor City Police Department since June 2, "
         "2011. She has been the School Resource Officer at Harbor City Preparatory. Academy since "
         "September 12, 2018, and she is presently assigned there.", date(2018, 9, 12)),
        # no dot: a school named an Academy is where the role is, no police academy
        ("She has been the School Resource Officer at Harbor City Preparatory Academy since September 12, "
         "2018.", date(2018, 9, 12)),
    ],
)  # fmt: skip
def test_a_dot_inside_a_school_name_ends_no_sentence(text: str, start: date) -> None:
    assert read_sro_start(text).start == start


def test_a_sentence_after_a_school_name_with_its_own_verb_still_ends_there() -> None:
    text = "He works at Lincoln High. School started on August 5, 2019 for him."
    assert read_sro_start(text).start is None


def test_a_police_academy_is_still_a_hire() -> None:
    text = "Officer Brooks graduated from the State Police Academy on December 15, 2014."
    reading = read_sro_start(text)
    assert reading.range is None
    assert "December 15, 2014" in reading.hires


# ------------------------------------------------------------------ the post, the agreement


def test_stationed_on_campus_is_the_post() -> None:
    text = (
        "Deputy Tomas E. Whitcomb serves as the School Resource Deputy at Fairview Intermediate School. He "
        "has been stationed on our campus since October 1, 2019."
    )
    assert read_sro_start(text).start == date(2019, 10, 1)


def test_an_agreement_term_is_no_end_of_service() -> None:
    text = (
        "The current Memorandum of Understanding with the Lincoln County Sheriff's Office runs from July 1, "
        "2024 through June 30, 2025. Deputy Simone A. Hargreaves has been assigned to Lincoln High School "
        "under successive agreements since August 14, 2019, and she remains assigned to our campus."
    )
    assert _employment(_flat(text))[0] == "current"
    assert read_sro_start(text).start == date(2019, 8, 14)


def test_a_table_cell_naming_the_school_by_its_abbreviation() -> None:
    text = (
        "Patrol Officer, Second Watch 07/07/2010 08/09/2016\n"
        "School Resource Officer, Fairhaven HS 08/10/2016 Present"
    )
    assert read_sro_start(text).start == date(2016, 8, 10)


# ------------------------------------------------------------------ forms


FORM = [
    "Clearwater County Sheriff's Office",
    "VERIFICATION OF EMPLOYMENT",
    "Name of Employee: Deputy Marisol K. Abernathy",
    "Original Hire Date: 03/02/2012",
    "Current Assignment: School Resource Deputy",
    "Assignment Start Date: 08/17/2020",
    "Currently Employed: Yes",
    "Lorraine P. Egan Date: 05/06/2025",
    "Personnel Manager",
]


def test_a_form_dated_at_its_foot_is_dated_there_not_by_the_hire() -> None:
    from extract.certificate import read_certificate
    from extract.letter_end import read_sro_end as end_of

    lines = lines_of(FORM)
    letter = read_letter(lines)
    assert letter.sro_start == date(2020, 8, 17)
    assert letter.hire_texts == ("03/02/2012",)
    facts = _letter_facts(letter, read_certificate(lines), end_of("\n".join(FORM)))
    assert facts["issue_date"] == date(2025, 5, 6)


def test_a_heading_in_capitals_names_no_officer() -> None:
    lines = lines_of(
        [
            "SCHOOL RESOURCE OFFICER SERVICE VERIFICATION",
            "Officer: Officer Quentin A. Ballard",
            "SRO Assignment Began: August 21, 2017",
        ]
    )
    participant = read_letter(lines).participant
    assert participant is not None and participant.text == "Quentin A. Ballard"


# ------------------------------------------------------------------ a letter's attachment


LETTER_PAGE: Text = [
    ("March 18, 2025", 72, 100, 11),
    ("To the National Association of School Resource Officers:", 72, 130, 11),
    ("Officer Dominic S. Farrow has been a sworn member of this department since July 7, 2010", 72, 160, 11),
    ("and is currently serving in a school assignment. His history is set out in Attachment A.", 72, 175, 11),
    ("Respectfully,", 72, 220, 11),
    ("Chief Sylvia N. Carden", 72, 280, 11),
    ("Chief of Police", 72, 295, 11),
]
ATTACHMENT_PAGE: Text = [
    ("Attachment A: Assignment History", 72, 60, 14),
    ("Officer Dominic S. Farrow, Badge 2291", 72, 85, 11),
    ("Assignment", 72, 120, 11), ("Start", 340, 120, 11), ("End", 450, 120, 11),
    ("Patrol Officer, Second Watch", 72, 140, 11), ("07/07/2010", 340, 140, 11), ("08/09/2016", 450, 140, 11),
    ("School Resource Officer, Fairhaven HS", 72, 160, 11), ("08/10/2016", 340, 160, 11),
    ("Present", 450, 160, 11),
]  # fmt: skip


def test_an_assignment_history_attached_reads_on_as_the_letter() -> None:
    pages = _pages(LETTER_PAGE, ATTACHMENT_PAGE)
    assert split_packet(page_lines(pages)) is None  # one letter, not a letter and a transcript
    doc = parse_document("a.pdf", "0" * 64, "application/pdf", pages)
    assert doc.sro_start_date == date(2016, 8, 10)
    assert doc.layout == "single"  # its table of posts lists no courses


# ------------------------------------------------------------------ a conference's organiser


def test_hosted_by_is_who_held_the_conference_not_its_title() -> None:
    found = find_course_title(
        lines_of(
            [
                "Certificate of Attendance",
                "This acknowledges that",
                "Gabriela T. Okafor",
                "was in attendance at the",
                "34th Annual National School Safety Conference",
                "hosted by the National Association of School Resource Officers",
                "July 14-19, 2024 - Grapevine, Texas",
            ]
        )
    )
    assert found is not None
    assert found[0] == "34th Annual National School Safety Conference"


def test_a_table_row_of_a_closed_term_is_a_start_too() -> None:
    """A "To" cell right after the "From" cell closes the term: both SRO rows start a term, so the letter
    states two starts (a person decides), never the later one alone as sure. (Rows back to back, one
    ending the day before the next begins, are one service: tests/unit/test_letters_round11.py.)"""
    text = (
        "Assignment Start End\n"
        "Patrol Division - Day Shift 02/06/2012 08/13/2017\n"
        "School Resource Officer - Hollister MS 08/14/2017 07/31/2020\n"
        "Patrol Division - Night Shift 08/01/2020 08/15/2021\n"
        "School Resource Officer - Hollister HS 08/16/2021 Present"
    )
    reading = read_sro_start(text)
    assert reading.start is None
    assert [a for a, _ in reading.several] == [date(2017, 8, 14), date(2021, 8, 16)]
