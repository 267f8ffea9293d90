"""Wordings from round 2 of the certificate audit (``tests/novel_certificates_2.py``), on positioned words.

Each case is a fault the audit found: the strings are what such certificates print (or what OCR made of
them on a fax), and the assertion is the reading a person would sign, or a review note where the page
cannot settle a fact.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import COURSE_DATE_UNREAD, read_certificate
from extract.fields.dates import date_label, find_dates
from extract.fields.hours import find_hours
from extract.fields.names import tidy_read_name
from extract.lines import split_cells
from extract.types import Line, Word
from tests.unit.test_layout_parsers import page_of

# ------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("completed on the twelfth day of May, 2021, given by", date(2021, 5, 12)),
        ("Signed this Twenty-First Day of June, 2019", date(2019, 6, 21)),
        ("on the thirty first day of March 2020", date(2020, 3, 31)),
        ("the 3rd day of March, 2021", date(2021, 3, 3)),
    ],
)
def test_day_written_as_an_ordinal_word(text: str, day: date) -> None:
    (m,) = find_dates(text)
    assert (m.start, m.end) == (day, day)


def test_ordinal_word_without_day_of_is_no_day() -> None:
    """ "the second of May 2021": without "day of" a word like "second" is not read as a day."""
    (m,) = find_dates("the second of May 2021")
    assert m.precision == "month"


def test_semicolon_read_for_a_labels_colon_keeps_the_label() -> None:
    assert date_label("Issued; ") == "issue"
    assert date_label("Expires; ") == "not_course"
    assert date_label("Course; x; ") is None  # a real list separator still cuts


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize("text", ["Duration hr 30 min", "Duration 1 hr 30 miņ", "Duration l hr 30 rnin"])
def test_minutes_beside_an_unread_hours_amount_are_no_total(text: str) -> None:
    """A fax lost the "1" of "1 hr 30 min", or the second engine misread "min": neither 0.5 nor 1 hour."""
    assert find_hours(text) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Duration 1 hr 30 min", 1.5),
        ("8 hrs 12 March 2021", 8.0),
        ("2 hrs 15 m", 2.25),
        ("Time: 45 minutes", 0.75),
    ],
)
def test_hours_and_minutes_still_read(text: str, hours: float) -> None:
    assert [h.hours for h in find_hours(text)] == [hours]


# ------------------------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("read", "name"),
    [
        ("MarcusAnthonyBellIII", "Marcus Anthony Bell III"),
        ("JessicaMcDonald", "Jessica McDonald"),
        ("McDonald", "McDonald"),
        ("ZoomMeeting", "ZoomMeeting"),  # no given name: left as read
    ],
)
def test_name_in_a_script_face_read_without_spaces(read: str, name: str) -> None:
    assert tidy_read_name(read) == name


def test_script_name_without_spaces_above_the_course_cue() -> None:
    rows = [
        ("NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS", 120, 50, 13),
        ("Certificate", 300, 90, 30),
        ("MarcusAnthonyBellIII", 220, 150, 36),
        (
            "has satisfactorily completed the forty (40) hour Basic School Resource Officer Course",
            60,
            220,
            14,
        ),
        ("held June 13 through June 17, 2022 in Hoover, Alabama", 150, 240, 14),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Marcus Anthony Bell III"
    item = reading.item
    assert item is not None
    # The sentence's length is the course's, not part of its name.
    assert (item.course_title, item.start_date, item.end_date, item.hours) == (
        "Basic School Resource Officer Course",
        date(2022, 6, 13),
        date(2022, 6, 17),
        40.0,
    )


# ------------------------------------------------------------------------------------ titles


def test_prose_with_the_length_before_the_course_and_an_ordinal_date() -> None:
    """The name printed above "certifies that the above-named deputy", the signer's below: the person is
    the one above; the course follows "eight hours of instruction in"."""
    rows = [
        ("Calhoun County Sheriff's Office", 190, 60, 16),
        ("Certificate of Training", 170, 120, 28),
        ("Robert James Miller Jr.", 180, 170, 24),
        ("This certifies that the above-named deputy completed eight hours of", 90, 230, 14),
        ("instruction in Gang Awareness and Intervention on the twelfth day of May,", 90, 250, 14),
        ("2021, given by the Training Division of this office.", 90, 270, 14),
        ("Sheriff Bobbie Vickery", 90, 640, 9),
        ("Sheriff", 90, 652, 8),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Robert James Miller Jr."
    item = reading.item
    assert item is not None
    assert (item.course_title, item.start_date, item.hours) == (
        "Gang Awareness and Intervention",
        date(2021, 5, 12),
        8.0,
    )


def test_sentence_going_on_under_a_title_is_not_its_second_line() -> None:
    rows = [
        ("Mental Health First Aid USA", 200, 60, 14),
        ("This certifies that", 250, 150, 13),
        ("Corey J. Whitaker", 220, 180, 24),
        ("has completed the", 250, 220, 13),
        ("Youth Mental Health First Aid", 200, 250, 18),
        ("course and is certified as a Youth Mental Health First Aider", 130, 272, 13),
        ("Course Date: 04/08/2023     Hours: 6.5", 110, 330, 11),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.course_title == "Youth Mental Health First Aid"


def test_presenters_line_is_no_part_of_the_title() -> None:
    rows = [
        ("Certificate of Attendance", 200, 80, 28),
        ("This certificate is awarded to", 230, 130, 14),
        ("Trevor J. Lindgren", 250, 160, 26),
        ("for attending the webinar", 240, 195, 14),
        ("Reunification After a School Crisis: Planning and Practice", 140, 222, 18),
        ("presented by", 300, 240, 18),
        ("Michele L. Gay", 290, 270, 18),
        ("September 8, 2022   1.5 hours", 250, 300, 13),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert item.course_title == "Reunification After a School Crisis: Planning and Practice"


# ------------------------------------------------------------------------------------ date choice


def test_issue_date_standing_in_for_an_unread_course_date_is_noted() -> None:
    """A fax glued the completion date to the hours beside it ("April 27, 20227.5"): the issue date is
    all that parses, and it is not the course's."""
    rows = [
        ("Certificate of Completion", 200, 90, 28),
        ("presented to", 280, 140, 14),
        ("Gabriel S. Montoya", 250, 170, 26),
        ("for completing", 280, 205, 14),
        ("Adolescent Brain Development and Juvenile Behavior", 150, 235, 19),
        ("Completion Date: April 27, 20227.5 clock hours", 230, 275, 13),
        ("Issued; May 3, 2022", 330, 300, 11),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert COURSE_DATE_UNREAD in item.date_notes, item.date_notes


# ------------------------------------------------------------------------------------ cells


def test_a_dash_inside_a_title_does_not_split_its_cell() -> None:
    """OCR boxes a dash by its ink (two points high): the letters beside it set the gap that splits cells."""
    words = [
        Word(text="Procedures", bbox=(274, 273, 371, 286), conf=0.92),
        Word(text="-", bbox=(377, 280, 382, 282), conf=0.92),
        Word(text="2022", bbox=(388, 273, 427, 286), conf=0.96),
        Word(text="Update", bbox=(434, 273, 493, 290), conf=0.96),
    ]
    assert [c.text for c in split_cells(Line(words=tuple(words), page=1))] == ["Procedures - 2022 Update"]
    # Debris ("»") boxed as small stays a cell of its own beside a name.
    debris = [
        Word(text="»", bbox=(100, 280, 104, 283), conf=0.5),
        Word(text="William", bbox=(112, 273, 170, 286), conf=0.9),
    ]
    assert [c.text for c in split_cells(Line(words=tuple(debris), page=1))] == ["»", "William"]
