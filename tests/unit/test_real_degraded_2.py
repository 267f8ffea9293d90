"""Faults of the real certificates' scans, round 2 (``bench/real_degraded.py``; helper realdeg2).

A scan reads what a text layer had as a picture (a wordmark over the heading or in the footer), and a
faxed page can lose a pale course line outright. Each rule is tried on positioned words in several
wordings and languages; the last test draws a certificate with Pillow and reads it with tesseract.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from extract.certificate import find_course_title, read_certificate
from tests.unit.test_layout_parsers import page_of
from tests.unit.test_real_degraded import _font

# ------------------------------------------------------------------ a course line lost under its cue


@pytest.mark.parametrize(
    "cue",
    [
        "has successfully completed every module within",
        "has completed the requirements of",
        "ha completado satisfactoriamente el curso",
    ],
)
def test_a_signatory_block_far_below_the_cue_is_no_course(cue: str) -> None:
    """The course's line under the cue was lost (a fax washed out its pale type); the next line read is a
    signatory's title far down the page: it is no course named with a cue's confidence."""
    reading = read_certificate(
        page_of(
            [
                ("Certificate of Excellence", 260, 120, 26),
                ("This certifies that", 260, 185, 14),
                ("Rosalind Okafor", 260, 212, 26),
                (cue, 260, 252, 18),
                ("Managing Director, Science,", 430, 495, 14),
                ("Technology & Medical Journals,", 430, 512, 14),
                ("Elsevier", 430, 531, 10),
            ]
        )
    )
    item = reading.item
    assert item is None or item.course_title is None or item.title_conf <= 0.6


@pytest.mark.parametrize(
    ("cue", "title"),
    [
        ("has successfully completed every module within", "Certified Peer Reviewer Course"),
        ("has completed the requirements of", "Threat Assessment for School Teams"),
    ],
)
def test_the_course_close_under_its_cue_is_still_read(cue: str, title: str) -> None:
    found = find_course_title(
        page_of(
            [
                ("Certificate of Excellence", 260, 120, 26),
                ("This certifies that", 260, 185, 14),
                ("Rosalind Okafor", 260, 212, 26),
                (cue, 260, 252, 18),
                (title, 260, 286, 18),
                ("Managing Director, Science,", 430, 495, 14),
            ]
        )
    )
    assert found is not None
    assert found[0] == title
    assert found[2] >= 0.9


def test_a_course_set_with_air_under_a_small_cue_is_still_read() -> None:
    """Large type set with air under a small cue line is within reach: the gap is measured in the larger
    line's height."""
    found = find_course_title(
        page_of(
            [
                ("Rosalind Okafor", 260, 212, 26),
                ("has completed", 260, 260, 10),
                ("Crisis Intervention for School Staff", 200, 330, 34),
            ]
        )
    )
    assert found is not None
    assert found[0] == "Crisis Intervention for School Staff"


# ------------------------------------------------------------------ a wordmark read from the picture

SENTENCES = [
    "por ter participado com êxito da trilha de aprendizagem",
    "por haber participado con éxito en el itinerario formativo",
    "for taking part with success in the learning path",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_logo_over_the_heading_is_not_the_course(sentence: str) -> None:
    """No cue leads to the course (the sentence is not one the reader knows); the wordmark over the heading,
    in larger type than the course's line, is the issuer's logo, not the course."""
    found = find_course_title(
        page_of(
            [
                ("acme | learn BRASIL", 312, 14, 36),
                ("Reconhecimento de participação", 178, 114, 36),
                ("Este reconhecimento pertence a:", 265, 193, 22),
                ("Rosalind Okafor", 297, 228, 40),
                (sentence, 172, 282, 26),
                ("Preparação para a Certificação - Cloud Practitioner - Semana 1", 127, 321, 28),
                ("Duração: 05:14:51", 328, 415, 22),
                ("Data: 16-Jan-2026", 325, 438, 20),
            ]
        )
    )
    assert found is not None
    assert found[0].startswith("Preparação para a Certificação")
    assert found[2] <= 0.6  # still a guess: a person confirms it


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_footer_wordmark_larger_than_the_course_is_not_the_course(sentence: str) -> None:
    found = find_course_title(
        page_of(
            [
                ("Reconhecimento de participação", 254, 195, 38),
                ("Este reconhecimento pertence a:", 345, 272, 23),
                ("Rosalind Okafor", 385, 306, 42),
                (sentence, 249, 361, 28),
                ("Preparação para a Certificação - Cloud Practitioner - Semana 1", 203, 403, 27),
                ("Data: 16-Jan-2026", 408, 524, 23),
                ("acmelearn BRASIL on TIDWIT", 313, 622, 42),
            ]
        )
    )
    assert found is not None
    assert found[0].startswith("Preparação para a Certificação")


def test_with_no_sentence_or_heading_the_largest_line_is_still_taken() -> None:
    """Control: nothing leads to a line and no heading stands over the wordmark: the largest line is the
    guess, as before."""
    found = find_course_title(
        page_of(
            [
                ("Rosalind Okafor", 297, 228, 40),
                ("Advanced Threat Assessment", 127, 321, 34),
                ("Regional Training Partners", 127, 380, 20),
            ]
        )
    )
    assert found is not None
    assert found[0] == "Advanced Threat Assessment"


# ------------------------------------------------------------------ drawn and read by tesseract


def test_drawn_wordmarks_over_and_under_are_not_the_course(tmp_path: Path) -> None:
    """A certificate drawn with a large wordmark over its heading and in its footer, read by tesseract:
    the course is the line the sentence leads to."""
    from extract.config import ExtractConfig
    from extract.document import extract_document

    img = Image.new("RGB", (1700, 1300), "white")
    d = ImageDraw.Draw(img)
    d.text((640, 40), "acme | learn NORTE", font=_font(70), fill="black")
    d.text((380, 230), "Reconhecimento de participação", font=_font(60), fill="black")
    d.text((560, 380), "Este reconhecimento pertence a:", font=_font(36), fill="black")
    d.text((600, 450), "Rosalind Okafor", font=_font(64), fill="black")
    sentence = "por ter participado com êxito da trilha de aprendizagem"
    d.text((370, 570), sentence, font=_font(38), fill="black")
    d.text((330, 640), "Preparação para a Certificação - Nuvem - Semana 1", font=_font(44), fill="black")
    d.text((640, 800), "Data: 16-Jan-2026", font=_font(34), fill="black")
    d.text((560, 1050), "acmelearn NORTE", font=_font(80), fill="black")
    path = tmp_path / "drawn.png"
    img.save(path, dpi=(200, 200))
    doc = extract_document(path, ExtractConfig(second_engine=False))
    assert doc.items
    title = doc.items[0].course_title or ""
    assert "Semana 1" in title
    assert doc.items[0].title_conf <= 0.6
