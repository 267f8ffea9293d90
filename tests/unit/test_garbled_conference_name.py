"""A conference's certificate whose holder's name a scan garbled: still R6's evidence, for a person."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from classify.catalog import load_catalog
from classify.document import classify_document
from tests.factories import read_drawn_lines


def test_a_conference_certificate_naming_nobody_legibly_stays_one(tmp_path: Path) -> None:
    """A photo glued "OFC.KELLYBAILEY" into one word: nobody named, no hours (a conference's certificate
    seldom prints any). Not an `other` page whose conference is lost (R6 `not_met`): the conference stays,
    for a person to match the holder."""
    doc = read_drawn_lines(
        tmp_path,
        [
            "National Association of School Resource Officers",
            "Certificate of Attendance",
            "Presented to",
            "OFC.KELLYBAILEY",
            "has attended and participated in",
            "NASRO School Safety Conference 2015",
            "Orlando, Florida",
            "July 26 - 31, 2015",
        ],
    )
    assert doc.participant_name is None
    out = classify_document(doc, load_catalog(), date(2021, 6, 2))
    assert out.doc_type == "conference_attendance"
    assert [(i.catalog_id, i.end_date) for i in out.items] == [("nasro-conference", date(2015, 7, 31))]


def test_a_page_naming_nobody_with_a_course_and_no_hours_is_still_no_record(tmp_path: Path) -> None:
    """The rule the conference is kept from: a course's page naming nobody and printing no hours (a
    class schedule) records no training."""
    doc = read_drawn_lines(
        tmp_path,
        [
            "Spring Training Calendar",
            "Juvenile Law Update",
            "March 14, 2024",
            "Room 204, Training Center",
        ],
    )
    out = classify_document(doc, load_catalog(), date(2024, 6, 2))
    assert (out.doc_type, out.items) == ("other", ())


def test_an_event_in_another_language_naming_nobody_stays_an_event(tmp_path: Path) -> None:
    """A paper presented at a congress, its authors listed (nobody is the holder), no hours: the page reads as
    an event, though its title's words ("Congresso") are no English conference term. Its event and dates stay
    for a person, not an `other` page with no item."""
    doc = read_drawn_lines(
        tmp_path,
        [
            "Certificamos que o trabalho",
            "VIOLENCIA NAS ESCOLAS ESTADUAIS",
            "dos autores: ANA GIL; LUIS MORA, foi apresentado na modalidade Comunicacao Oral no",
            "9o Congresso Nacional de Seguranca Escolar ocorrido de 3 a 5 de maio de 2022.",
        ],
    )
    out = classify_document(doc, load_catalog(), date(2024, 6, 2))
    assert out.doc_type == "conference_attendance"
    assert [(i.status, i.end_date) for i in out.items] == [("review", date(2022, 5, 5))]
