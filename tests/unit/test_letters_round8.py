"""Letters and conference evidence, round 8 (``tests/novel_letters_8.py``): the faults it found, each on
several wordings, with controls that must read as before.

- an SRO assignment announced for later ("will be assigned ... effective August 11, 2025") is no start;
- a grade within a rank ("Deputy First Class Ramon E. Arce") is no part of the name;
- "for the past four school years" counts school years (July to June);
- "She began in this position on ..." after a sentence naming a school-safety post starts it;
- "until his promotion to Sergeant on March 4, 2023" ends the service;
- a status field's last choice ("X Active Inactive Separated Employment Type:") is the field's, not prose;
- a verification-of-employment form's table of positions is no training record;
- a record whose heading names a conference lists that conference's sessions: never credited as training.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from classify.catalog import load_catalog
from classify.document import classify_document
from classify.types import ClassifiedDocument
from extract.document import parse_document
from extract.fields.names import name_tokens, strip_honorifics
from extract.letter import _employment, _flat, read_service_years, read_sro_start, start_from_service_years
from extract.letter_end import read_sro_end
from extract.status_field import read_status_field
from extract.types import Page
from tests.unit.test_layout_parsers import words_at

Row = tuple[str, float, float, float]


# ------------------------------------------------------------------ an assignment still to come


@pytest.mark.parametrize(
    "text",
    [
        "Officer Naomi R. Castellanos is currently assigned to the Patrol Division. She will be assigned as "
        "the School Resource Officer at Elm Grove Middle School effective August 11, 2025.",
        "Deputy Paul Ng is scheduled to begin as the School Resource Officer at Oak High School on "
        "August 4, 2025.",
        "Effective July 1, 2025, Officer Ana Ruiz shall be assigned as School Resource Officer at Lee "
        "Middle School.",
    ],
)
def test_an_assignment_still_to_come_is_no_start(text: str) -> None:
    reading = read_sro_start(text)
    assert reading.start is None and reading.range is None
    assert reading.notes and "still to begin" in reading.notes[0]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Officer Ana Ruiz was assigned as the School Resource Officer at Lee Middle School effective "
         "August 11, 2020. She will remain in that assignment next year.", date(2020, 8, 11)),
        ("Deputy Paul Ng has served as the School Resource Officer at Oak High School since August 4, 2019 "
         "and will continue to do so.", date(2019, 8, 4)),
    ],
)  # fmt: skip
def test_a_past_start_beside_future_words_stays(text: str, start: date) -> None:
    assert read_sro_start(text).start == start


# ------------------------------------------------------------------ a grade within a rank


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Deputy First Class Ramon E. Arce", "Ramon E. Arce"),
        ("Officer Second Class Ann M. Lee", "Ann M. Lee"),
        ("Deputy Ramon E. Arce", "Ramon E. Arce"),
    ],
)
def test_a_grade_within_a_rank_is_no_name(printed: str, name: str) -> None:
    assert strip_honorifics(printed) == name
    assert name_tokens(printed) == name_tokens(name)


def test_a_letter_names_its_graded_deputy() -> None:
    doc = _classified(
        _prose(
            "Deputy First Class Ramon E. Arce has served as a School Resource Deputy at Tillman County "
            "High School since August 8, 2017."
        )
    )
    assert doc.participant_name is not None and doc.participant_name.text == "Ramon E. Arce"
    assert doc.sro_start_date == date(2017, 8, 8)


# ------------------------------------------------------------------ school years of service


def test_school_years_of_service_are_a_span_of_school_years() -> None:
    text = (
        "Officer Brianna S. Whitfield has served as the School Resource Officer at Lakeview Middle School "
        "for the past four school years."
    )
    found = read_service_years(text)
    assert found is not None and found[0] == 4
    assert start_from_service_years(4, date(2025, 3, 3), found[1]) == (date(2020, 7, 1), date(2022, 6, 30))
    # In the fall the school year is the one that began in July of the letter's year.
    assert start_from_service_years(3, date(2024, 10, 1), found[1]) == (date(2021, 7, 1), date(2023, 6, 30))
    # Never later than the letter itself.
    assert start_from_service_years(1, date(2025, 3, 3), found[1])[1] == date(2025, 3, 3)


def test_plain_years_of_service_are_unchanged() -> None:
    found = read_service_years("Officer Li has served as our School Resource Officer for five years.")
    assert found is not None
    assert start_from_service_years(5, date(2025, 3, 3), found[1]) == (date(2019, 3, 4), date(2020, 3, 3))


# ------------------------------------------------------------------ "this position"


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Keandra L. Holloway is employed by Northgate ISD as a School Safety Officer. She began in this "
        "position on November 1, 2020 and currently serves at Northgate High School.",
        "Officer Dale Ruiz serves the district as its School Resource Officer. He was placed in that role "
        "effective November 1, 2020.",
    ],
)
def test_a_start_in_the_post_just_named(text: str) -> None:
    assert read_sro_start(text).start == date(2020, 11, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Officer Dale Ruiz is assigned to the Patrol Division. He began in this position on November 1, "
        "2020.",
        "Officer Dale Ruiz joined the Traffic Unit. He began in this position on November 1, 2020.",
    ],
)
def test_this_position_naming_another_post_starts_no_sro_service(text: str) -> None:
    assert read_sro_start(text).start is None


# ------------------------------------------------------------------ an end at a promotion


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Sergeant Colin F. Mahoney was a School Resource Officer at Pinecrest Middle School from September "
         "6, 2016 until his promotion to Sergeant on March 4, 2023. He is now a patrol sergeant.",
         date(2023, 3, 4)),
        ("Officer Kim served as the SRO at Oak High School from 2015 until her transfer to the "
         "Investigations Bureau effective July 1, 2021.", date(2021, 7, 1)),
    ],
)  # fmt: skip
def test_a_service_ended_by_a_promotion_or_transfer(text: str, end: date) -> None:
    assert read_sro_end(text).range == (end, end)
    assert _employment(_flat(text))[0] == "ended"


def test_until_a_promotion_that_kept_the_role_is_not_misread_as_current() -> None:
    # "until" with no event of leaving keeps its former reading: the plain end.
    text = "Officer Kim served as the SRO at Oak High School from August 1, 2015 until June 30, 2021."
    assert read_sro_end(text).range == (date(2021, 6, 30), date(2021, 6, 30))


# ------------------------------------------------------------------ a status field's last choice


@pytest.mark.parametrize(
    ("flat", "status"),
    [
        ("Employment Status: X Active Inactive Separated Employment Type: X Full-time Part-time", "current"),
        ("Employment Status: [ ] Active [X] Separated Employment Type: [X] Full-time", "ended"),
        ("Status: Active Assignment: School Resource Officer", "current"),
    ],
)
def test_a_status_fields_last_choice_is_its_own(flat: str, status: str) -> None:
    found = read_status_field(flat)
    assert found is not None and found[0] == status
    assert _employment(flat)[0] == status  # "Separated", unticked, is no prose saying the person left


# ------------------------------------------------------------------ documents on positioned words


def _classified(rows: Sequence[Row]) -> ClassifiedDocument:
    words = tuple(w for text, x, y, size in rows for w in words_at(text, x, y, size))
    page = Page(number=1, width=612, height=792, source="ocr", engines=("tesseract",), words=words)
    doc = parse_document("doc.pdf", "0" * 64, "application/pdf", (page,))
    return classify_document(doc, load_catalog(), date(2025, 6, 1))


def _prose(sentence: str) -> list[Row]:
    return [
        ("Tillman County Sheriff's Office", 160, 60, 16),
        ("December 2, 2024", 72, 140, 12),
        ("To Whom It May Concern:", 72, 170, 12),
        (sentence, 72, 200, 9),
        ("Sincerely,", 72, 260, 12),
        ("Sheriff Dale K. Pruett", 72, 320, 12),
    ]


def _table(
    header: Sequence[str], rows: Sequence[Sequence[str]], top: float, cols: Sequence[float]
) -> list[Row]:
    out: list[Row] = [(cell, x, top, 11) for x, cell in zip(cols, header, strict=False)]
    for k, row in enumerate(rows, start=1):
        out += [(cell, x, top + 20 * k, 11) for x, cell in zip(cols, row, strict=False)]
    return out


def _voe(heading: str) -> list[Row]:
    return [
        ("City of Oakhaven", 140, 60, 16),
        (heading, 72, 140, 14),
        ("Date Completed: 03/18/2025", 72, 170, 11),
        ("Employee Name: Reginald T. Okafor", 72, 190, 11),
        *_table(("Position / Title", "From", "To"), POSITIONS, 240, (72, 290, 390)),
    ]


POSITIONS = (
    ("Police Officer - Patrol", "06/02/2011", "07/31/2016"),
    ("School Resource Officer", "08/01/2016", "Current"),
)


@pytest.mark.parametrize("heading", ["VERIFICATION OF EMPLOYMENT", "Employment Verification Form"])
def test_a_verification_forms_positions_are_no_record(heading: str) -> None:
    doc = _classified(_voe(heading))
    assert doc.doc_type == "employment_letter"
    assert doc.items == ()
    assert doc.sro_start_date == date(2016, 8, 1)


def test_a_table_of_posts_without_a_letters_form_stays_a_record() -> None:
    doc = _classified(_voe("Personnel Roster"))
    assert doc.doc_type == "transcript"


def _sessions(heading: str, rows: Sequence[tuple[str, str, str]]) -> list[Row]:
    return [
        ("National Association of School Resource Officers", 140, 60, 14),
        (heading, 72, 140, 13),
        ("Attendee: Gerald P. Whitmore", 72, 165, 11),
        *_table(("Date", "Session", "Hours"), rows, 200, (72, 160, 470)),
    ]


SESSIONS = (
    ("06/27/2022", "Adolescent Brain Development", "4.0"),
    ("06/28/2022", "Behavioral Threat Assessment", "4.0"),
    ("06/30/2022", "Legal Issues for SROs", "3.0"),
)


@pytest.mark.parametrize(
    "heading",
    [
        "2022 NASRO School Safety Conference - Session Transcript",
        "Annual Conference: Sessions Attended",
        "2022 NASRO School SafetyConference - SessionTranscript",  # glued on a heavy scan
    ],
)
def test_a_conferences_sessions_are_never_credited_as_training(heading: str) -> None:
    doc = _classified(_sessions(heading, SESSIONS))
    assert doc.doc_type == "conference_attendance"
    # NASRO's conference named over its sessions: its own line too, for R6 (round 11), in review
    event = [i for i in doc.items if i.catalog_id == "nasro-conference"]
    assert len(event) == (1 if "NASRO" in heading else 0)
    assert len(doc.items) == 3 + len(event)
    assert all(i.status == "review" and i.category == "conference" for i in doc.items)


@pytest.mark.parametrize("heading", ["Training Transcript", "Course/Conference Title Report"])
def test_a_record_not_headed_by_a_conference_keeps_its_courses(heading: str) -> None:
    doc = _classified(_sessions(heading, SESSIONS))
    assert doc.doc_type == "transcript"
    assert any(i.status == "auto" and i.category != "conference" for i in doc.items)
