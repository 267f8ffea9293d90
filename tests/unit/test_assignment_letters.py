"""An officer's posts in a letter's table, and a personnel form's dated fields, are no training record.

A records unit may answer with a letter holding a table of assignments (Assignment | From | To), and a
department may send its personnel action notice ("Previous Assignment:", "New Assignment:", "Effective
Date:"). Read as a training record, each post or dated field became a course row in review. Each rule is
tried on positioned words, with records that must stay records beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from classify.catalog import load_catalog
from classify.document import classify_document
from classify.types import ClassifiedDocument
from extract.document import parse_document
from extract.letter import names_a_post
from extract.types import ExtractedDocument, Page
from tests.unit.test_layout_parsers import words_at

Row = tuple[str, float, float, float]


def _document(rows: Sequence[Row]) -> ExtractedDocument:
    words = tuple(w for text, x, y, size in rows for w in words_at(text, x, y, size))
    page = Page(number=1, width=612, height=792, source="ocr", engines=("tesseract",), words=words)
    return parse_document("letter.pdf", "0" * 64, "application/pdf", (page,))


def _classified(rows: Sequence[Row]) -> ClassifiedDocument:
    return classify_document(_document(rows), load_catalog(), date(2026, 12, 7))


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], top: float) -> list[Row]:
    cols = (72, 340, 440, 520)
    out: list[Row] = [(cell, x, top, 11) for x, cell in zip(cols, header, strict=False)]
    for k, row in enumerate(rows, start=1):
        out += [(cell, x, top + 20 * k, 11) for x, cell in zip(cols, row, strict=False)]
    return out


def _letter(table: list[Row], intro: str, closing: str = "Sincerely,") -> list[Row]:
    return [
        ("Jefferson County Sheriff's Office", 180, 60, 16),
        ("February 10, 2025", 72, 140, 12),
        ("To Whom It May Concern:", 72, 170, 12),
        (intro, 72, 200, 12),
        *table,
        ("Please contact the Records Unit with any questions.", 72, 340, 12),
        (closing, 72, 380, 12),
        ("Ruth A. Kessler", 72, 440, 12),
        ("Records Supervisor", 72, 456, 11),
    ]


POSTS = (
    ("Detention Deputy", "06/01/2011", "07/31/2013"),
    ("Patrol Division", "08/01/2013", "07/31/2016"),
    ("School Resource Officer", "08/01/2016", "Present"),
)


@pytest.mark.parametrize(
    "title",
    ["Patrol Division", "Detention Deputy", "School Resource Officer", "Criminal Investigations Unit", "SRO"],
)
def test_a_post_is_named(title: str) -> None:
    assert names_a_post(title)


@pytest.mark.parametrize(
    "title",
    [
        "School Resource Officer Training",
        "Patrol Procedures Course",
        "Crisis Intervention",
        "Basic SRO Course",
        "Juvenile Law Update",
    ],
)
def test_a_course_is_no_post(title: str) -> None:
    assert not names_a_post(title)


@pytest.mark.parametrize(
    ("header", "intro"),
    [
        (("Assignment", "From", "To"), "The assignment history of Deputy Omar F. Haddad is as follows:"),
        (("Position", "Start Date", "End Date"), "Deputy Omar F. Haddad has held the positions below:"),
    ],
)
def test_a_letters_table_of_posts_is_the_letter_not_a_record(header: tuple[str, ...], intro: str) -> None:
    """Before, each post was a course row in review, "School Resource Officer" matched to the Basic SRO
    course with its 40 hours proposed: a reviewer's trap."""
    rows = _letter(_table(header, POSTS, 240), intro)
    doc = _document(rows)
    assert doc.layout == "single"
    assert doc.sro_start_date is not None
    assert doc.sro_start_date.isoformat() == "2016-08-01"
    classified = _classified(rows)
    assert classified.doc_type == "employment_letter"
    assert classified.items == ()


def test_a_table_of_posts_with_hours_stays_a_table() -> None:
    rows = [(*post, "40") for post in POSTS]
    doc = _document(
        _letter(_table(("Assignment", "From", "To", "Hours"), rows, 240), "Records of Omar F. Haddad:")
    )
    assert doc.layout == "table"
    assert len(doc.items) == 3


def test_a_letters_table_of_courses_without_hours_stays_a_record() -> None:
    """A letter listing courses (no hours printed) keeps them: they are training, for a person to complete."""
    courses = (
        ("Crisis Intervention for Youth", "03/04/2019", "03/05/2019"),
        ("Juvenile Law Update", "06/10/2020", "06/10/2020"),
        ("Threat Assessment in Schools", "09/14/2021", "09/15/2021"),
    )
    table = _table(("Course", "From", "To"), courses, 240)
    doc = _document(
        _letter(table, "Deputy Omar F. Haddad, our School Resource Officer since 2016, completed:")
    )
    assert doc.layout == "table"
    assert [it.course_title for it in doc.items] == [c[0] for c in courses]


def test_a_table_of_posts_without_a_letters_form_stays_a_table() -> None:
    """An HR printout of posts with no salutation or closing is left as it reads (a person decides)."""
    rows = [
        ("Assignment History: Omar F. Haddad", 72, 120, 14),
        *_table(("Assignment", "From", "To"), POSTS, 240),
    ]
    doc = _document(rows)
    assert doc.layout == "table"


def test_a_personnel_forms_dated_fields_are_no_rows() -> None:
    """ "Notice Date: September 2, 2024" and "Effective Date: 08/01/2020" are labelled fields of a form."""
    fields = [
        ("Notice Date:", "September 2, 2024"),
        ("Employee:", "Officer Dwayne A. Porter"),
        ("Action:", "Transfer"),
        ("Previous Assignment:", "Patrol Division, B Shift"),
        ("New Assignment:", "School Resource Officer, Hillcrest High School"),
        ("Effective Date:", "08/01/2020"),
    ]
    rows: list[Row] = [
        ("City of Hillcrest Police Department", 150, 60, 16),
        ("PERSONNEL ACTION NOTICE", 72, 120, 15),
    ]
    for k, (label, value) in enumerate(fields):
        rows += [(label, 72, 160 + 24 * k, 11), (value, 230, 160 + 24 * k, 11)]
    rows.append(("Officer Porter continues in this assignment as of the date of this notice.", 72, 320, 11))
    doc = _document(rows)
    assert doc.layout != "table"
    assert not any(it.course_title.endswith("Date:") for it in doc.items)
    assert doc.sro_start_date is not None
    assert doc.sro_start_date.isoformat() == "2020-08-01"
    classified = _classified(rows)
    assert classified.doc_type == "employment_letter"
    assert classified.items == ()
