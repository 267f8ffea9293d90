"""Wordings from round 11 of the certificate audit (``tests/novel_certificates_11.py``), on strings and
positioned words.

Each case is a fault the audit found, tried on several wordings (none of them the fixture's lines alone).
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extract.certificate import find_participant, person_after_cue, read_certificate
from extract.fields.hours import find_hours
from extract.lines import page_cells, split_cells
from extract.pdf_text import page_words
from extract.types import Line, Word
from tests.unit.test_layout_parsers import page_of


def _line(*words: tuple[str, float, float, float, float]) -> Line:
    return Line(
        words=tuple(
            Word(text=t, bbox=(x0, y0, x1, y1), conf=0.93, engine="tesseract") for t, x0, y0, x1, y1 in words
        ),
        page=1,
    )


# ------------------------------------------------------------------------------------ a stop boxed alone


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # tesseract boxed only the stop of "N.": a box four points square between twenty-point words
        (
            [
                ("Officer", 184, 188, 256, 204),
                ("Priya", 263, 187, 318, 209),
                ("N.", 343, 200, 347, 204),
                ("Raman", 354, 188, 428, 204),
            ],
            "Officer Priya N. Raman",
        ),
        (
            [
                ("Deputy", 90, 300, 155, 320),
                ("Maria", 162, 300, 215, 320),
                ("J.", 246, 316, 250, 320),
                ("Alvarez", 258, 300, 330, 320),
            ],
            "Deputy Maria J. Alvarez",
        ),
    ],
)
def test_a_word_boxed_around_its_stop_does_not_split_the_name(
    words: list[tuple[str, float, float, float, float]], name: str
) -> None:
    line = _line(*words)
    assert [c.text for c in split_cells(line)] == [name]
    cue = _line(("This", 250, 150, 270, 160), ("certifies", 274, 150, 320, 160), ("that", 324, 150, 345, 160))
    found = find_participant(page_cells([cue, line]))
    assert found is not None and found.text == name


@pytest.mark.parametrize(
    "words",
    [
        # two cells far apart in one row: still two cells
        [
            ("Officer", 80, 300, 150, 316),
            ("Kim", 155, 300, 190, 316),
            ("Sgt.", 340, 300, 375, 316),
            ("Lyle", 380, 300, 420, 316),
        ],
        # a small footnote mark with letters, wide enough to be read at its own size, stays apart
        [("Hours:", 80, 300, 130, 312), ("8", 135, 300, 142, 312), ("ID", 200, 306, 208, 312)],
    ],
)
def test_cells_apart_stay_apart(words: list[tuple[str, float, float, float, float]]) -> None:
    assert len(split_cells(_line(*words))) > 1


# ------------------------------------------------------------------------------------ a slanted watermark


def test_a_slanted_watermark_is_no_text_of_the_page(tmp_path: Path) -> None:
    """'OFFICIAL' set diagonally across the page: its letters no longer fall into the name they cross
    ("HCeather"); text set level or a quarter turn (a side label) stays."""
    path = tmp_path / "watermark.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 24)
    c.drawString(180, 590, "Officer Heather L. Sloan")
    c.saveState()
    c.setFont("Helvetica-Bold", 90)
    c.translate(300, 520)
    c.rotate(25)
    c.drawCentredString(0, 0, "OFFICIAL")
    c.restoreState()
    c.saveState()
    c.setFont("Helvetica", 10)
    c.translate(40, 300)
    c.rotate(90)
    c.drawString(0, 0, "SIDEWAYS")
    c.restoreState()
    c.save()
    with pdfplumber.open(path) as pdf:
        words = [w.text for w in page_words(pdf.pages[0])]
    assert words[:4] == ["Officer", "Heather", "L.", "Sloan"]
    assert "".join(words[4:]) in ("SIDEWAYS", "SYAWEDIS")


# ------------------------------------------------------------------------------------ units and numbers


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Certificate # 16-HR-0042      Class 8H-2291", []),
        ("Roster 12-hrs-2023 Hours: 4", [4.0]),
        ("participated in the live 90-minute webinar", [1.5]),
        ("a 45-min briefing", [0.75]),
        ("Hours Reported: 16", [16.0]),
        ("Course Dates: 08/15/2022 - 08/16/2022      Hours Reported: 16", [16.0]),
        ("a 4-hour workshop held on October 3, 2022", [4.0]),
        ("6 PDH", [6.0]),
    ],
)
def test_numbers_and_units(text: str, hours: list[float]) -> None:
    assert [m.hours for m in find_hours(text)] == hours


# ------------------------------------------------------------------------------------ course cues


@pytest.mark.parametrize(
    "cue", ["is certified in", "viewed the webinar", "viewed the recorded webinar", "has been certified in"]
)
def test_course_cues_of_certifications_and_webinars(cue: str) -> None:
    rows: list[tuple[str, float, float, float]] = [
        ("Regional Training Academy", 150, 60, 14),
        ("Certificate of Completion", 170, 100, 24),
        ("This certifies that", 220, 140, 12),
        ("Officer Celeste N. Ward", 190, 170, 20),
        (cue, 230, 205, 12),
        ("Youth Mental Health First Aid", 170, 235, 16),
        ("March 10, 2023      Hours: 8", 200, 265, 12),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.course_title == "Youth Mental Health First Aid"
    assert item.title_conf >= 0.8


# ------------------------------------------------------------------------------------ a table's holder


def test_a_table_of_courses_names_its_holder_after_the_cue() -> None:
    rows: list[tuple[str, float, float, float]] = [
        ("Hill Country Training Academy", 150, 60, 14),
        ("Certificate of Training", 170, 100, 24),
        ("Presented to", 230, 140, 12),
        ("Deputy Omar F. Saleh", 190, 170, 20),
        ("for completing the courses below", 200, 200, 12),
        ("Course                                     Date                Hours", 80, 240, 10),
        ("Juvenile Law for Law Enforcement         04/05/2022            8", 80, 258, 10),
        ("Interviewing and Interrogating Juveniles   04/06/2022           16", 80, 276, 10),
    ]
    found = person_after_cue(page_of(rows))
    assert found is not None and found.text == "Deputy Omar F. Saleh"
    # no cue, no holder: a table's column of names is never read as one
    assert person_after_cue(page_of(rows[:2] + rows[3:4] + rows[5:])) is None


@pytest.mark.parametrize("number", ["Course No. 3270", "Course No, 3270", "Course Control No, 2214"])
def test_a_course_number_after_the_cue_is_no_title(number: str) -> None:
    """ "has completed Course No, 3270" (a scan's comma for the stop): the title is the line under it."""
    rows: list[tuple[str, float, float, float]] = [
        ("State Commission on Law Enforcement Standards", 120, 60, 14),
        ("Certificate of Training", 170, 100, 24),
        ("This is to certify that", 220, 140, 12),
        ("Officer Leticia M. Garza", 190, 170, 20),
        (f"has completed {number}", 220, 205, 12),
        ("Juvenile Law for Law Enforcement", 170, 235, 16),
        ("Date of Course: 06/14/2022      Credit Hours: 8", 150, 265, 12),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.course_title == "Juvenile Law for Law Enforcement"
