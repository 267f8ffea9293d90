"""Faults the real certificates showed once scanned, faxed or photographed (``bench/real_degraded.py``).

A scan changes how lines fall and which letters are read: a heading's word can land alone on the line
under "presented to:", and "m" comes back as "rn". Each rule is tried on several wordings on positioned
words; the last test draws a certificate with Pillow and reads it with tesseract.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.certificate import COURSE_CUES, NAME_CUES, _find_cue, read_certificate
from extract.fields.hours import find_hours, states_an_approximate_amount
from extract.fields.names import boilerplate_run, form_wording_only
from tests.unit.test_layout_parsers import page_of

# ------------------------------------------------------------------------------------ names


@pytest.mark.parametrize(
    "text", ["CERTIFICATE", "Certificate", "OFACHIEVEMENT", "CertificateofCompletion", "APPRECIATION"]
)
def test_certificate_wording_with_its_spaces_lost_is_boilerplate(text: str) -> None:
    assert boilerplate_run(text)


@pytest.mark.parametrize("text", ["JESSICAMARTINEZ", "MARCUSBELL", "THEODORE", "Christopher", "ANTONIOROSSI"])
def test_a_name_with_its_spaces_lost_is_no_boilerplate(text: str) -> None:
    assert not boilerplate_run(text)


@pytest.mark.parametrize(
    ("cue", "heading"),
    [
        ("THIS CERTIFICATE IS PRESENTED TO:", "CERTIFICATE"),
        ("This certificate is awarded to", "COMPLETION"),
        ("We hereby certify that", "CertificateofAchievement"),
    ],
)
def test_a_heading_word_under_the_name_cue_is_not_the_person(cue: str, heading: str) -> None:
    """A scan may put a heading's word alone on the line under the cue (the heading set beside it): the
    person is the name below it, not the word taken for a name whose spaces were lost."""
    reading = read_certificate(
        page_of(
            [
                ("OPEN SCIENCE 101", 60, 100, 12),
                (cue, 260, 100, 12),
                (heading, 260, 130, 26),
                ("OF ACHIEVEMENT", 260, 165, 14),
                ("Rosalind Okafor", 260, 200, 22),
                ("for completion of", 260, 240, 12),
                ("Introduction to Open Data Practices", 260, 260, 14),
                ("Mar 17, 2025", 260, 300, 12),
            ]
        )
    )
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Rosalind Okafor"


def test_a_name_whose_spaces_were_lost_is_still_kept_under_the_cue() -> None:
    reading = read_certificate(
        page_of(
            [
                ("This certificate is presented to", 200, 100, 12),
                ("JESSICAMARTINEZ", 200, 130, 24),
                ("for completing", 200, 170, 12),
                ("Crisis Intervention for School Staff", 200, 190, 14),
            ]
        )
    )
    assert reading.participant_name is not None
    assert reading.participant_name.text.replace(" ", "") == "JESSICAMARTINEZ"  # split again by the tidy
    assert reading.participant_name.conf <= 0.5  # kept, never trusted


# ------------------------------------------------------------------------------------ cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("This certificate is awarded for cornpletion of", COURSE_CUES),
        ("has successfully cornpleted", COURSE_CUES),
        ("awarded on cornpletion of", COURSE_CUES),
        ("This is to certify that the above has cornpleted", COURSE_CUES),
    ],
)
def test_a_cue_with_m_read_as_rn_is_found(text: str, cues: tuple[str, ...]) -> None:
    found = _find_cue(text, cues)
    assert found is not None
    assert "rnplet" in text[found[0] : found[1]]


@pytest.mark.parametrize("text", ["Foundation of Learning", "Cornerstone Academy", "Internal Affairs Unit"])
def test_rn_in_other_words_makes_no_cue(text: str) -> None:
    assert _find_cue(text, COURSE_CUES) is None
    assert _find_cue(text, NAME_CUES) is None


@pytest.mark.parametrize(
    ("prose", "title"),
    [
        ("This certificate is awarded for cornpletion of", "Threat Assessment in Schools"),
        ("in recognition of the cornpletion of", "Youth Mental Health First Aid"),
        ("has successfully cornpleted", "Active Shooter Response for Educators"),
    ],
)
def test_the_title_after_a_misread_cue_is_the_course(prose: str, title: str) -> None:
    reading = read_certificate(
        page_of(
            [
                ("Certificate of Achievement", 200, 60, 26),
                ("presented to", 240, 110, 12),
                ("Marguerite Ellison", 220, 140, 22),
                (prose, 180, 180, 12),
                (title, 180, 200, 14),
                ("June 14, 2023", 240, 240, 12),
            ]
        )
    )
    assert reading.item is not None
    assert reading.item.course_title == title


# ------------------------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    "text", ["COMPLETION'", "COURSE COMPLETION", "CertificateofAttendance", "Certificate of Participation"]
)
def test_a_line_of_only_the_forms_words_is_form_wording(text: str) -> None:
    assert form_wording_only(text)


@pytest.mark.parametrize(
    "text", ["IS-700", "Threat Assessment", "In-Service Training", "Crisis Intervention Team", "To"]
)
def test_a_course_or_code_is_no_form_wording(text: str) -> None:
    assert not form_wording_only(text)


@pytest.mark.parametrize(
    ("greeting", "badge", "title"),
    [
        ("Congratulations, C. E. Dallas Hoffman", "COMPLETION'", "Learning ArcGIS Python Scripting"),
        ("Congratulations, Priya Raman", "COURSE COMPLETION", "Restorative Practices in Schools"),
        ("Well done, Tomas Ferreira", "CertificateofAchievement", "Juvenile Law Update"),
    ],
)
def test_a_badge_word_between_the_greeting_and_the_course_is_skipped(
    greeting: str, badge: str, title: str
) -> None:
    """A photo reads a side badge's word on its own line between an online course's greeting and the
    course: the course is the line after it, never the badge's word."""
    reading = read_certificate(
        page_of(
            [
                ("Certificate of Completion", 230, 60, 16),
                (greeting, 250, 90, 14),
                (badge, 110, 115, 30),
                (title, 250, 120, 18),
                ("Course completed on Oct 03, 2020 at 01:29AM UTC - 2 hours 27 min", 260, 150, 11),
            ]
        )
    )
    assert reading.item is not None
    assert reading.item.course_title == title


# ------------------------------------------------------------------------------------ drawn and read


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


def test_drawn_heading_beside_the_cue_is_not_read_as_the_person(tmp_path: Path) -> None:
    """A certificate drawn with its cue and a heading side by side, read by tesseract: the person is the
    name, whatever line the heading's word falls on."""
    from extract.config import ExtractConfig
    from extract.document import extract_document

    img = Image.new("RGB", (1700, 1100), "white")
    d = ImageDraw.Draw(img)
    d.text((120, 200), "OPEN DATA 101", font=_font(34), fill="black")
    d.text((700, 200), "THIS CERTIFICATE IS PRESENTED TO:", font=_font(30), fill="black")
    d.text((700, 270), "CERTIFICATE", font=_font(64), fill="black")
    d.text((700, 360), "OF ACHIEVEMENT", font=_font(36), fill="black")
    d.text((700, 450), "Rosalind Okafor", font=_font(56), fill="black")
    d.text((700, 560), "This certificate is awarded for completion of", font=_font(30), fill="black")
    d.text((700, 610), "Introduction to Open Data Practices", font=_font(34), fill="black")
    d.text((700, 700), "Mar 17, 2025", font=_font(30), fill="black")
    path = tmp_path / "drawn.png"
    img.save(path, dpi=(200, 200))
    doc = extract_document(path, ExtractConfig(second_engine=False))
    assert doc.participant_name is not None
    assert "Okafor" in doc.participant_name.text


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    "text",
    [
        "representing approximately. 300 hours of work",
        "a program of about, 40 hours of training",
        "requiring roughly. 12 hours of study",
        "more than. 20 hours of coursework",
    ],
)
def test_a_bound_with_a_speck_after_its_word_is_still_no_credit(text: str) -> None:
    """A fax's speck read as a stop or comma after "approximately" keeps the amount a round figure."""
    assert find_hours(text) == []
    assert states_an_approximate_amount(text)


@pytest.mark.parametrize(("text", "hours"), [("Total: 8 hours", 8.0), ("Course length. 6 hours", 6.0)])
def test_an_amount_after_no_bound_word_is_read(text: str, hours: float) -> None:
    assert [h.hours for h in find_hours(text)] == [hours]
