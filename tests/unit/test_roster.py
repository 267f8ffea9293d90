"""Attendance rosters (extract.roster): doc type `other`, their course kept for a person, never `auto`; a
certificate naming its participant and its instructor stays a certificate."""

from __future__ import annotations

from datetime import date

import pytest

from classify.catalog import Catalog, load_catalog
from classify.document import classify_document
from extract.document import parse_document
from extract.roster import roster_attendees, row_person
from extract.types import Line, Page, Word

CHAR_W = 6.0  # points per character at 11 pt
TODAY = date(2025, 6, 1)


def words_at(text: str, x: float, y: float, size: float = 11.0) -> list[Word]:
    out = []
    for token in text.split(" "):
        if token:
            out.append(Word(text=token, bbox=(x, y, x + len(token) * CHAR_W * size / 11, y + size), conf=1.0))
        x += (len(token) + 1) * CHAR_W * size / 11
    return out


def page_of(rows: list[tuple[str, float, float]]) -> Page:
    """One text-layer page; each row is (text, x, y), cells of a table row as separate rows at one y."""
    words = [w for text, x, y in rows for w in words_at(text, x, y)]
    return Page(
        number=1, width=612, height=792, source="text_layer", engines=("text_layer",), words=tuple(words)
    )


def lines_of(texts: list[str]) -> list[Line]:
    return [Line(words=tuple(words_at(t, 40, 30 + 20 * i)), page=1) for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def roster_rows(title: str, people: list[str]) -> list[tuple[str, float, float]]:
    rows = [
        (title, 40, 40),
        ("Course: Juvenile Law Update", 40, 64),
        ("Date: 01/16/2024", 40, 78),
        ("Hours: 4", 200, 78),
        ("Instructor: Sgt. R. Hale", 40, 92),
        ("Name", 40, 130),
        ("Badge #", 220, 130),
        ("Hours", 480, 130),
    ]
    for i, person in enumerate(people):
        y = 154 + 22 * i
        rows += [(person, 40, y), (str(7731 + 13 * i), 220, y), ("4", 480, y)]
    return rows


PEOPLE = ["Gregory P. Santos", "Renee A. Castillo", "Marcus D. Webb", "Hannah K. Olsen"]


@pytest.mark.parametrize(
    "title",
    [
        "Marion County Sheriff's Office - In-Service Sign-In Roster",
        "Class Attendance Sheet",
        "Training Roster",
    ],
)
def test_a_roster_is_other_with_its_course_for_review(title: str, catalog: Catalog) -> None:
    doc = parse_document("r.pdf", "0" * 64, "application/pdf", (page_of(roster_rows(title, PEOPLE)),))
    assert doc.attendees == tuple(PEOPLE)
    out = classify_document(doc, catalog, TODAY)
    assert out.doc_type == "other"
    assert [i.course_title for i in out.items] == ["Juvenile Law Update"]  # a person sees the course
    (item,) = out.items
    assert item.status == "review" and item.unsure == ()  # no rule takes any reading of it as settled
    assert "attendance roster" in item.review_reasons[0]
    assert any("attendance roster" in w for w in out.warnings)


def test_a_certificate_naming_its_instructor_stays_a_certificate(catalog: Catalog) -> None:
    """Two people (the participant and the instructor who signed) are no roster."""
    rows = [
        ("Certificate of Completion", 200, 60),
        ("This certifies that", 230, 110),
        ("Gregory P. Santos", 220, 140),
        ("has completed Juvenile Law Update", 180, 170),
        ("Date: 01/16/2024", 200, 200),
        ("Hours: 4", 200, 214),
        ("Renee A. Castillo", 60, 300),
        ("Instructor", 60, 314),
    ]
    doc = parse_document("c.pdf", "0" * 64, "application/pdf", (page_of(rows),))
    assert doc.attendees == ()
    out = classify_document(doc, catalog, TODAY)
    assert out.doc_type == "certificate"
    assert [i.course_title for i in out.items] == ["Juvenile Law Update"]


def test_a_list_of_names_that_calls_itself_nothing_is_no_roster() -> None:
    """Names alone (a stacked signature block) do not make a roster: the document must say it is one."""
    assert roster_attendees(lines_of(["Certificate of Completion", *PEOPLE])) == ()


def test_a_certificate_citing_its_roster_with_names_here_and_there_is_no_roster(catalog: Catalog) -> None:
    """ "Roster ID 209" in a certificate's footer is a reference to the class's record; the participant,
    the place and the two signers are names scattered over the page, not a column of attendees."""
    rows = [
        ("Certificate of Completion", 200, 60),
        ("This certifies that", 230, 110),
        ("Robert Diaz", 240, 140),
        ("has completed Juvenile Law Update", 180, 170),
        ("Orlando, Florida", 250, 200),
        ("Date: 01/16/2024", 200, 230),
        ("Hours: 4", 200, 244),
        ("Tyler Cook", 90, 420),
        ("Robert Williams", 400, 420),
        ("Executive Director No. 2014155695 Roster ID 209 Director of Training", 60, 440),
    ]
    doc = parse_document("c.pdf", "0" * 64, "application/pdf", (page_of(rows),))
    assert doc.attendees == ()
    assert classify_document(doc, catalog, TODAY).doc_type == "certificate"


def test_names_out_of_a_column_make_no_roster() -> None:
    """A sign-in sheet's word with three names that are not one under the other, in one column."""
    lines = [
        Line(words=tuple(words_at(t, x, y)), page=1)
        for t, x, y in [
            ("Sign-In Sheet", 40, 30),
            (PEOPLE[0], 40, 60),
            (PEOPLE[1], 260, 300),
            (PEOPLE[2], 120, 500),
        ]
    ]
    assert roster_attendees(lines) == ()


def test_two_people_on_a_sign_in_sheet_are_too_few_to_tell() -> None:
    assert roster_attendees(lines_of(["Sign-In Sheet", *PEOPLE[:2]])) == ()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param("Gregory P. Santos 7731 4", "Gregory P. Santos", id="name-badge-hours"),
        pytest.param("12. Renee A. Castillo | 6620", "Renee A. Castillo", id="numbered-piped"),
        pytest.param("SANTOS, GREGORY P.  7731", "SANTOS, GREGORY P.", id="last-first"),
        pytest.param("Course: Juvenile Law Update", None, id="a-field"),
        pytest.param("Name Badge # Signature Hours", None, id="the-header"),
        pytest.param("Juvenile Law Update", None, id="a-title"),
    ],
)
def test_the_person_a_row_starts_with(text: str, person: str | None) -> None:
    assert row_person(text) == person
