"""A title guessed as a certificate's largest line (no label or cue names the course) keeps its own confidence
only when it stands where a course stands with no rival line on the page (`extract.certificate:
guess_in_title_place`) and prints a catalog course's name word for word (`classify.match:
prints_name_word_for_word`). Every look-alike here names a catalog course word for word on a line the guess
may take, yet that line is not (or may not be) the course: each stays `review`, "course title read with low
confidence".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from classify.catalog import Catalog, load_catalog
from classify.document import AutoPolicy, classify_document
from classify.match import prints_name_word_for_word
from classify.types import ClassifiedItem
from extract.config import ExtractConfig
from extract.document import parse_document
from extract.read import read_pages

TODAY = date(2025, 6, 1)
GUESSED = "course title read with low confidence"
# (font size, distance of the baseline below the top, text, x or None for centred)
Row = tuple[float, float, str, float | None]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _read(tmp_path: Path, rows: list[Row], catalog: Catalog) -> list[ClassifiedItem]:
    path = tmp_path / "cert.pdf"
    w, h = landscape(letter)
    c = Canvas(str(path), pagesize=(w, h))
    for size, below, text, x in rows:
        c.setFont("Helvetica-Bold" if size >= 16 else "Helvetica", size)
        if x is None:
            c.drawCentredString(w / 2, h - below, text)
        else:
            c.drawString(x, h - below, text)
    c.showPage()
    c.save()
    media, pages = read_pages(path, ExtractConfig(ocr_cache_dir=None))
    doc = classify_document(parse_document(path.name, "0" * 64, media, pages), catalog, TODAY, AutoPolicy())
    return list(doc.items)


def _signed(name: str, caption: str = "Participant") -> list[Row]:
    """The person over a caption at the left, a signer over a job title at the right: no name cue."""
    return [
        (16, 330, name, 90.0),
        (10, 346, caption, 90.0),
        (16, 330, "Dana K. Whitfield", 470.0),
        (10, 346, "Director", 470.0),
    ]


def _one(items: list[ClassifiedItem]) -> ClassifiedItem:
    assert len(items) == 1, [(i.course_title, i.status) for i in items]
    return items[0]


# ---------------------------------------------------------------- the rule gains: the course's own place


@pytest.mark.parametrize(
    ("title", "catalog_id"),
    [
        ("Active Shooter Response for Schools", "school-active-shooter"),
        ("Trauma-Informed Policing with Youth", "trauma-informed-youth"),
        ("Standard Response Protocol Training", "srp-training"),
    ],
)
def test_catalog_name_under_heading_over_date_keeps_its_confidence(
    tmp_path: Path, catalog: Catalog, title: str, catalog_id: str
) -> None:
    rows: list[Row] = [
        (13, 70, "MAPLE VALLEY REGIONAL TRAINING CENTER", None),
        (28, 120, "Certificate of Completion", None),
        (20, 170, title, None),
        (12, 200, "October 4, 2023  |  8 Contact Hours", None),
        *_signed("Renata J. Okafor"),
    ]
    item = _one(_read(tmp_path, rows, catalog))
    assert (item.catalog_id, item.status, item.review_reasons) == (catalog_id, "auto", ()), item


def test_catalog_name_under_the_person_over_a_label_grid(tmp_path: Path, catalog: Catalog) -> None:
    rows: list[Row] = [
        (13, 64, "HARBOR COUNTY SHERIFF'S OFFICE", None),
        (26, 110, "Certificate of Completion", None),
        (22, 160, "Lucinda M. Farrow", None),
        (16, 205, "Interviewing and Interrogating Juveniles", None),
        (11, 255, "Date:", 300.0),
        (11, 255, "09/19/2022", 400.0),
        (11, 273, "Hours:", 300.0),
        (11, 273, "8", 400.0),
        (9, 560, "Capt. Irene Solberg", 300.0),
        (8, 572, "Executive Director", 300.0),
    ]
    item = _one(_read(tmp_path, rows, catalog))
    assert (item.catalog_id, item.status) == ("juvenile-interview", "auto"), item


# ---------------------------------------------------------------- look-alikes: a catalog name, not the course


def _must_stay_guessed(items: list[ClassifiedItem]) -> None:
    assert items
    for item in items:
        assert item.status == "review", item
        assert any(r.startswith(GUESSED) for r in item.review_reasons), item


def test_title_in_two_sizes_whose_first_line_is_a_catalog_name(tmp_path: Path, catalog: Catalog) -> None:
    # "Youth Mental Health First Aid" / "Instructor Certification": the instructor course, not the course.
    rows: list[Row] = [
        (28, 110, "Certificate of Completion", None),
        (24, 160, "Youth Mental Health First Aid", None),
        (15, 188, "Instructor Certification", None),
        (12, 220, "March 3, 2023  |  24 hours", None),
        *_signed("Corwin T. Abernathy"),
    ]
    _must_stay_guessed(_read(tmp_path, rows, catalog))


def test_prerequisite_named_under_a_course_set_with_its_length(tmp_path: Path, catalog: Catalog) -> None:
    # The course opens on its length (no guess takes it); the prerequisite names a catalog course whole.
    rows: list[Row] = [
        (28, 110, "Certificate of Completion", None),
        (22, 158, "16-Hour Advanced Threat Assessment for School Teams", None),
        (11, 186, "Prerequisite:", None),
        (16, 210, "Youth Mental Health First Aid", None),
        (12, 240, "May 9-10, 2023", None),
        *_signed("Ingrid P. Halvorsen"),
    ]
    _must_stay_guessed(_read(tmp_path, rows, catalog))


@pytest.mark.parametrize("rest", ["Instructor", "Part II", "(Module 2)"])
def test_title_run_on_to_a_short_line(tmp_path: Path, catalog: Catalog, rest: str) -> None:
    # The course's name over a word of its own on the next line ("Youth Mental Health First Aid" /
    # "Instructor"): the line right under the guess is no date, hours or person.
    rows: list[Row] = [
        (28, 110, "Certificate of Completion", None),
        (22, 160, "Youth Mental Health First Aid", None),
        (16, 186, rest, None),
        (12, 220, "March 3, 2023  |  8 hours", None),
        *_signed("Corwin T. Abernathy"),
    ]
    _must_stay_guessed(_read(tmp_path, rows, catalog))


def test_a_module_of_the_program_printed_between_heading_and_guess(tmp_path: Path, catalog: Catalog) -> None:
    # "Module 4 of 6" over the program's name: the certificate is for one module of it.
    rows: list[Row] = [
        (28, 110, "Certificate of Completion", None),
        (14, 145, "Module 4 of 6", None),
        (22, 180, "Crisis Intervention Teams for Youth", None),
        (12, 210, "March 3, 2023  |  4 hours", None),
        *_signed("Corwin T. Abernathy"),
    ]
    _must_stay_guessed(_read(tmp_path, rows, catalog))


def test_program_line_under_heading_with_the_session_elsewhere(tmp_path: Path, catalog: Catalog) -> None:
    # An academy's program printed as a heading, the session attended printed under the person, opening on
    # its length: the program is a catalog course's name, the session is not it.
    rows: list[Row] = [
        (28, 110, "Certificate of Completion", None),
        (22, 160, "Standard Response Protocol Training", None),
        (12, 190, "August 14, 2023", None),
        (16, 240, "Maribel C. Oyelaran", None),
        (12, 268, "2-Hour Reunification Drill Workshop", None),
        (9, 560, "Ellen Marsh", 300.0),
        (8, 572, "Program Director", 300.0),
    ]
    _must_stay_guessed(_read(tmp_path, rows, catalog))


def test_banner_over_the_heading_names_a_catalog_course(tmp_path: Path, catalog: Catalog) -> None:
    # A program banner over the heading; the course under it set small beside the person's name row.
    rows: list[Row] = [
        (22, 60, "Crisis Intervention Teams for Youth", None),
        (26, 110, "Certificate of Completion", None),
        (12, 150, "July 18, 2023  |  8 hours", None),
        *_signed("Anselm R. Whitacre"),
    ]
    _must_stay_guessed(_read(tmp_path, rows, catalog))


def test_sponsor_line_in_the_footer_names_a_catalog_course(tmp_path: Path, catalog: Catalog) -> None:
    # A summit's certificate: its name opens on the year (no guess takes it); the footer's sponsor line
    # names a catalog course whole.
    rows: list[Row] = [
        (26, 110, "Certificate of Attendance", None),
        (20, 160, "Theodora V. Lindqvist", None),
        (16, 200, "2024 Lone Star School Safety Summit", None),
        (12, 228, "April 8-10, 2024", None),
        (10, 520, "Sponsored by", None),
        (14, 540, "Youth Mental Health First Aid", None),
    ]
    _must_stay_guessed(_read(tmp_path, rows, catalog))


@pytest.mark.parametrize(
    "title",
    [
        "Advanced School Resource Officer Course",  # provider-bound (R4): its name is the rule's point
        "Youth Mental Health First Aid Facilitator",  # a word of its own
        "Mental Health First Aid",  # lacks a word of the course: a broader course
        "Active Shooter Response f0r Schools",  # a word read from a digit
    ],
)
def test_placed_guess_that_is_no_exact_catalog_name(tmp_path: Path, catalog: Catalog, title: str) -> None:
    rows: list[Row] = [
        (28, 120, "Certificate of Completion", None),
        (20, 170, title, None),
        (12, 200, "October 4, 2023  |  8 Contact Hours", None),
        *_signed("Renata J. Okafor"),
    ]
    _must_stay_guessed(_read(tmp_path, rows, catalog))


# ---------------------------------------------------------------- the catalog check alone


@pytest.mark.parametrize(
    ("title", "course_id", "exact"),
    [
        ("Youth Mental Health First Aid", "ymhfa", True),
        ("YOUTH MENTAL HEALTH FIRST AID", "ymhfa", True),
        ("Annual Firearms Qualification", "firearms-qual", True),  # an alias, "Annual" filler
        ("Firearms Qualification Training", "firearms-qual", True),
        ("Youth Mental Health First Aid Instructor", "ymhfa", False),
        ("Mental Health First Aid", "ymhfa", False),
        ("First Aid Youth Mental Health", "ymhfa", False),  # the words out of order
        ("Y0uth Mental Health First Aid", "ymhfa", False),
        ("Advanced School Resource Officer Course", "nasro-advanced", False),
        ("Basic School Resource Officer Course", "nasro-basic", False),
        ("Active Shooter Level 1", "alerrt-asl1", False),  # a number printed: not told apart here
    ],
)
def test_prints_name_word_for_word(catalog: Catalog, title: str, course_id: str, exact: bool) -> None:
    course = next(c for c in catalog.courses if c.id == course_id)
    assert prints_name_word_for_word(title, course, catalog) is exact
