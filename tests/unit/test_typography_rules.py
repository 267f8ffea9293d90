"""Rules the typography and capture audit (round 2, ``tests/harsh_captures_2.py``) found missing.

The second engine's full-width punctuation ("18，2024") is read as ASCII; the person's own line, however
its spaces and stops were read, is never the course title by type size; a name on the line right under
the document's heading, with no "this certifies that", is the person. None of the strings below is a
real certificate's.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import find_participant, read_certificate
from extract.fields.dates import find_dates
from extract.ocr_rapid import ascii_forms
from tests.unit.test_layout_parsers import page_of


@pytest.mark.parametrize(
    ("read", "text"),
    [
        ("18，2024", "18,2024"),
        ("Hours：8", "Hours:8"),
        ("（16）", "(16)"),
        ("２０２４", "2024"),
        ("Completed。", "Completed."),
        ("Crisis Response", "Crisis Response"),
        ("Gestão", "Gestão"),
    ],
)
def test_full_width_forms_are_read_as_ascii(read: str, text: str) -> None:
    assert ascii_forms(read) == text


def test_a_date_with_a_full_width_comma_is_a_date_once_folded() -> None:
    assert find_dates("APRIL 18，2024") == []
    (m,) = find_dates(ascii_forms(".APRIL 18，2024"))
    assert (m.start, m.end) == (date(2024, 4, 18), date(2024, 4, 18))


@pytest.mark.parametrize(
    ("name_line", "person"),
    [
        ("MARCUS D.ELLINGTON", "MARCUS D. ELLINGTON"),
        ("Marcus D.Ellington", "Marcus D. Ellington"),
        ("CPL.ROBERTA DIAZ", "CPL. ROBERTA DIAZ"),
    ],
)
def test_the_persons_own_line_is_never_the_title_by_size(name_line: str, person: str) -> None:
    """No cue led to a course: the largest line is not the person's, however its spaces were read."""
    page = page_of(
        [
            ("CERTIFICATE OF COMPLETION", 60, 60, 16),
            ("This is awarded to", 60, 90, 12),
            (name_line, 60, 115, 28),
            ("For completing the course |igt={ere) (15%", 60, 160, 12),
            ("Contact hours: 12", 60, 180, 12),
            ("Course completion date: 28th May 2024", 60, 330, 11),
        ]
    )
    reading = read_certificate(page)
    assert reading.participant_name is not None
    assert reading.participant_name.text == person
    title = reading.item.course_title if reading.item is not None else None
    assert title is None or ("ELLINGTON" not in title.upper() and "DIAZ" not in title.upper())


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Training Certificate", "LATOYA R. BENNETT"),
        ("YAT Certificate Transcript", "KHALED MOHAMED FATHALLA"),
        ("Record of Training", "Officer Dana Whitfield"),
        ("CERTIFICATE OF COMPLETION", "Marcus Reyes"),
    ],
)
def test_a_name_under_the_heading_with_no_cue_is_the_person(heading: str, name: str) -> None:
    page = page_of(
        [
            ("Regional Training Consortium", 120, 40, 14),
            (heading, 60, 80, 20),
            (name, 60, 115, 14),
            ("Certificate No: 20418", 60, 150, 12),
            ("Program: Crisis Intervention Teams for Youth", 60, 172, 12),
            ("Start Date: 09-10-2023", 60, 194, 12),
            ("End Date: 09-14-2023", 60, 216, 12),
            ("Duration: 40 Hours", 60, 238, 12),
            ("Harold Winston", 400, 400, 10),
            ("Executive Director", 400, 414, 10),
        ]
    )
    found = find_participant(page)
    assert found is not None and found.text == name


@pytest.mark.parametrize(
    "below",
    [
        "Crisis Intervention Teams",  # a course set under the heading is no person
        "Certificate No: 20418",
        "Austin, Texas",
        "School Safety Alliance",
    ],
)
def test_a_line_under_the_heading_that_is_no_person_names_nobody(below: str) -> None:
    page = page_of(
        [
            ("Training Certificate", 60, 80, 20),
            (below, 60, 115, 14),
            ("Duration: 40 Hours", 60, 150, 12),
        ]
    )
    assert find_participant(page) is None


def test_a_signer_under_the_heading_is_no_person() -> None:
    """A name standing over a job title signs the page."""
    page = page_of(
        [
            ("Training Certificate", 60, 80, 20),
            ("Harold Winston", 60, 115, 14),
            ("Executive Director", 60, 133, 12),
            ("Duration: 40 Hours", 60, 170, 12),
        ]
    )
    assert find_participant(page) is None
