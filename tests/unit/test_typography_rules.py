"""Rules the typography and capture audit (round 2, ``tests/harsh_captures_2.py``) found missing.

The second engine's full-width punctuation ("18，2024") is read as ASCII; the person's own line, however
its spaces and stops were read, is never the course title by type size; a name on the line right under
the document's heading, with no "this certifies that", is the person. None of the strings below is a
real certificate's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from extract.certificate import URL_RE, find_participant, read_certificate
from extract.document import _beside_a_side_block
from extract.fields.dates import find_dates
from extract.lines import group_lines
from extract.ocr_rapid import ascii_forms
from extract.types import Line
from tests.unit.test_layout_parsers import CHAR_W, page_of, words_at


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


# ------------------------------------------------------------------------------------ a side block


def _side_block_page(side: Sequence[str], size: float) -> tuple[list[Line], list[Line]]:
    """A band down the left holding ``side`` stacked, the certificate at the right: the band's words
    stand at other heights and sizes than the lines beside them. The page's lines before and after."""
    words = [w for k, t in enumerate(side) for w in words_at(t, 40, 213 + 36 * k, size)]
    main = [
        ("CERTIFICATE", 380, 80, 24),
        ("OF PARTICIPATION", 420, 120, 13),
        ("presented to", 460, 176, 15),
        ("Alicia Fernandez", 394, 208, 21),
        ("for participating in", 441, 248, 15),
        ("Bullying and Cyberbullying", 376, 290, 20),
        ("Prevention for Law Enforcement", 352, 314, 20),
        ("January 24, 2024 - 4.0 hours", 411, 367, 14),
        ("Executive Director", 455, 503, 9),
    ]
    words += [w for text, x, y, sz in main for w in words_at(text, x, y, sz, 0.95, 0.0)]
    lines = group_lines(words, page=1)
    return lines, _beside_a_side_block(lines, 1)


def test_a_side_block_is_read_apart_from_the_certificate_beside_it() -> None:
    before, lines = _side_block_page(["School", "Safety", "Alliance"], 30)
    assert any("Safety" in ln.text and "participating" in ln.text for ln in before)  # joined across
    assert [ln.text for ln in lines[:3]] == ["School", "Safety", "Alliance"]
    reading = read_certificate(lines)
    assert reading.item is not None
    assert reading.item.course_title == "Bullying and Cyberbullying Prevention for Law Enforcement"
    assert reading.participant_name is not None and reading.participant_name.text == "Alicia Fernandez"


def test_a_column_of_labels_stays_beside_its_values() -> None:
    """Labels down the left are no side block: their lines keep their values."""
    before, lines = _side_block_page(["Name:", "Course:", "Date:"], 30)
    assert [ln.text for ln in lines] == [ln.text for ln in before]


def test_a_form_level_across_the_band_is_not_split() -> None:
    rows = [
        ("Participant", 40, 100, 12),
        ("Course", 40, 130, 12),
        ("Completed", 40, 160, 12),
        ("Hours", 40, 190, 12),
    ]
    values = [
        ("Dana R. Whitfield", 400, 100, 12),
        ("Threat Assessment in Schools", 400, 130, 12),
        ("March 3, 2024", 400, 160, 12),
        ("8", 400, 190, 12),
        ("Lakeview Regional Training Center", 400, 40, 16),
    ]
    page = page_of(rows + values)
    assert [ln.text for ln in _beside_a_side_block(page, 1)] == [ln.text for ln in page]


# ------------------------------------------------------------------------------------ programme and track


def _centred(text: str, size: float, axis: float = 400.0) -> float:
    return axis - len(text) * CHAR_W * size / 11 / 2


@pytest.mark.parametrize(
    ("programme", "track", "after"),
    [
        ("Safe Schools Leadership Academy", "Emergency Operations Planning for Schools", "April 8-12, 2024"),
        ("Regional Crisis Response Program", "Threat Assessment and Management Training", "32 hours"),
        ("Digital Skills Pioneers", "Software Development - Full stack .Net Web Developer", "June 3-7, 2024"),
    ],
)
def test_a_programme_over_its_track_a_rule_apart_keeps_both(programme: str, track: str, after: str) -> None:
    page = page_of(
        [
            ("This is to certify that", 200, 150, 14),
            ("TERRENCE J. NOLAN", 190, 180, 18),
            ("has successfully attended the", 190, 220, 14),
            (programme, _centred(programme, 18), 255, 18),
            (track, _centred(track, 18), 300, 18),  # a rule drawn between: twice the usual line spacing
            (after, 200, 335, 14),
        ]
    )
    reading = read_certificate(page)
    assert reading.item is not None and reading.item.course_title == f"{programme}: {track}"


@pytest.mark.parametrize(
    "below",
    ["Lakeview Police Department", "Officer Dana Whitfield", "Class of 2023", "Instructor: Paul Ortiz"],
)
def test_a_line_set_apart_under_a_title_that_is_no_track_is_left(below: str) -> None:
    page = page_of(
        [
            ("This is to certify that", 200, 150, 14),
            ("TERRENCE J. NOLAN", 190, 180, 18),
            ("has successfully completed the", 190, 220, 14),
            ("Crisis Response Academy", _centred("Crisis Response Academy", 18), 255, 18),
            (below, _centred(below, 18), 300, 18),
            ("April 8-12, 2024", 200, 335, 14),
        ]
    )
    reading = read_certificate(page)
    assert reading.item is not None and reading.item.course_title == "Crisis Response Academy"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (".Net Web Developer", False),
        ("Full stack .NET Developer", False),
        ("www.nasro.org", True),
        ("nasro.org/training", True),
        ("intranet.alxswe.com/certificates", True),
    ],
)
def test_a_platform_named_dot_net_is_no_web_address(text: str, url: bool) -> None:
    assert bool(URL_RE.search(text)) is url
