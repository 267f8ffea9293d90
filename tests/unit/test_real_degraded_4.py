"""Faults of the real certificates' scans, round 4 (``bench/real_degraded.py``; helper realdeg4).

Each rule is tried on look-alike pages in several wordings (``page_of`` sets words as a page would; one
fax header beside a sentence whose space a fax read wide), never on the real files' words.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import find_course_title
from extract.fields.hours import find_hours
from extract.transcript import read_table
from tests.unit.test_layout_parsers import CHAR_W, page_of

# ------------------------------------------------------------- a fax's header is no row of a table

STAMP = "02/24/2024 14:21 FROM: TRAINING DIV TO:5550199 PAGE 01"


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("20 horas, início em 26/09/2025, término em 12/10/2025 e", "nota final 91.67."),
        ("8 hours, from 03/09/2023 to 04/09/2023, with a", "final grade 88.5."),
        ("16 horas, del 05/06/2024 al 07/06/2024 con", "calificación 9.1."),
    ],
)
def test_a_fax_header_and_one_dated_sentence_make_no_table(head: str, tail: str) -> None:
    """A heading-less page holding one dated sentence of a certificate, a space in it read wide: a fax's
    header dated too (month first, "02/24/2024") in small type made the two a table (the small type
    making the wide space a column's gap), its one row the sentence's tail ("nota final 91.67."), its
    dates read month first as the header's, and the certificate read as a transcript."""
    size = 13.0
    tail_x = 170 + len(head) * CHAR_W * size / 11 + 0.8 * size
    lines = page_of(
        [
            (STAMP, 15, 8, 7),
            ("Instituto Federal de Formação certifica que", 170, 200, size),
            ("MARIA SOUZA LIMA", 170, 235, 18),
            ("concluiu o curso Mediação de Conflitos (Turma 3), com carga horária de", 170, 275, size),
            (head, 170, 305, size),
            (tail, tail_x, 305, size),
        ]
    )
    rows, _header = read_table(lines)
    assert rows == []


def test_a_fax_header_over_a_real_table_is_no_row_of_it() -> None:
    """A record's rows stay rows; the header over them is none of them."""
    lines = page_of(
        [
            (STAMP, 10, 8, 7),
            ("Training History", 80, 60, 16),
            ("Date Course Title Hours", 80, 100, 11),
            ("03/14/2022 Crisis Intervention Basics 8", 80, 120, 11),
            ("05/02/2022 Juvenile Law Update 4", 80, 140, 11),
        ]
    )
    rows, _header = read_table(lines)
    assert [r.end_date for r in rows] == [date(2022, 3, 14), date(2022, 5, 2)]


# ------------------------------------------------ the course over "Course completed by ..." under a logo


AXIS = 396.0  # the page's middle: an online certificate centres every line on it


def _centred(text: str, y: float, size: float) -> tuple[str, float, float, float]:
    return text, AXIS - len(text) * CHAR_W * size / 11 / 2, y, size


@pytest.mark.parametrize(
    ("first", "second", "cue"),
    [
        ("Python: desarrollo guiado por", "pruebas", "Curso completado por Lucía Fernández Ortega"),
        ("Kubernetes for Data Platform", "Engineers", "Course completed by Oliver J. Barnes"),
        ("Gestão de projetos ágeis com", "Scrum", "Curso concluído por Renata Alves Moreira"),
    ],
)
def test_the_course_over_completed_by_beats_a_larger_wordmark(first: str, second: str, cue: str) -> None:
    """An online course's certificate: the platform's logo read as a word ("Linked [fJ Learning") in type
    a little larger than the course's, the course on two lines, then who completed it. The course is the
    block right over the cue, not the larger wordmark."""
    lines = page_of(
        [
            _centred("Skillnet [fJ Academy", 70, 28),
            _centred(first, 155, 27),
            _centred(second, 190, 27),
            _centred(cue, 265, 13),
            _centred("feb 05, 2026 at 06:00p. m. UTC 2 horas 12 minutos", 289, 12),
            _centred("Aptitudes que se tratan", 339, 12),
            _centred("( Desarrollo guiado por pruebas ) ( Python ) ( Prueba unitaria )", 374, 12),
        ]
    )
    found = find_course_title(lines)
    assert found is not None
    assert found[0] == f"{first} {second}"


def test_completed_by_under_a_heading_takes_no_heading_for_its_course() -> None:
    """Over the cue stands the certificate's heading, no course: that is no title."""
    lines = page_of(
        [
            _centred("Skillnet Academy", 70, 20),
            _centred("Certificate of Completion", 155, 27),
            _centred("Course completed by Oliver J. Barnes", 205, 13),
        ]
    )
    found = find_course_title(lines)
    assert found is None or (found[0] != "Certificate of Completion" and found[2] < 0.9)


# ---------------------------------------------- the course over a heading that names whom it awards


@pytest.mark.parametrize(
    "course",
    [
        "Shelter Operations and Mass Care",
        "Flood Mapping for Local Planners",
        "Radio Communications in Severe Weather",
    ],
)
@pytest.mark.parametrize(
    "heading",
    [
        [("Certificate of Completion is awarded to", 170, 160, 16)],
        [("Certificate of Achievement is hereby presented to", 150, 160, 16)],
        [("Certificate of Completion", 200, 160, 16), ("is awarded to", 230, 185, 12)],
    ],
)
def test_the_course_over_a_passive_heading_is_the_title(
    course: str, heading: list[tuple[str, float, float, float]]
) -> None:
    """The course set large over the heading, the heading (then or on its line) "is awarded to", then the
    person: no cue names the course, and the size guess had passed over it (a line over the heading is
    taken for a letterhead) for a line under the heading ("Chief of Operations")."""
    lines = page_of(
        [
            ("Harbor County Emergency Services", 150, 40, 12),
            (course, 130, 110, 26),
            *heading,
            ("Dana K. Whitfield", 200, 215, 22),
            ("Issued March 4, 2023", 220, 260, 11),
            ("Director of Training Operations", 220, 300, 10),
        ]
    )
    found = find_course_title(lines)
    assert found is not None
    assert found[0] == course


def test_a_letterhead_over_a_passive_heading_is_no_course() -> None:
    """Over the heading only the issuer's letterhead: an organisation is not taken as the course (the size
    guess may still offer it, capped, for a person to correct)."""
    lines = page_of(
        [
            ("Harbor County Emergency Services Department", 130, 110, 20),
            ("Certificate of Completion is awarded to", 170, 145, 16),
            ("Dana K. Whitfield", 200, 190, 22),
        ]
    )
    found = find_course_title(lines)
    assert found is None or found[2] < 0.9


# ----------------------------------------------------- a lost hours figure before the minutes, any language


@pytest.mark.parametrize(
    "text",
    [
        "feb 05, 2026 at 06:00p. m: UTC 2: horas 12 minutos",  # a fax's speck glued to the "2"
        "Duración: horas 45 minutos",
        "Carga horária: horas e 30 minutos",
        "Durée : heures 20 minutes",
    ],
)
def test_minutes_after_an_hours_word_without_its_number_are_no_total(text: str) -> None:
    """ "2 horas 12 minutos" read "2: horas 12 minutos": the hours word lost its number, and the minutes
    alone (0.2 h) are no total, as "hr 30 min" is not in English: nothing is read, a person reads it."""
    assert all(m.hours is None or m.hours >= 1 for m in find_hours(text))


def test_minutes_after_hours_with_their_number_still_add_up() -> None:
    assert [m.hours for m in find_hours("UTC 2 horas 12 minutos")] == [2.2]
