"""Which pages the second OCR engine reads again (pure: no OCR here)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from extract.document import pages_worth_a_second_look
from extract.types import Evidence, ExtractedDocument, Page, RawItem, Word


def page(number: int, conf: float = 0.95, source: Literal["ocr", "text_layer"] = "ocr") -> Page:
    word = Word(text="Training", bbox=(72, 72, 140, 84), conf=conf, engine="tesseract")
    return Page(number=number, width=612, height=792, source=source, engines=("tesseract",), words=(word,))


def item(page_no: int, hours: float | None = 8.0, conf: float = 0.95) -> RawItem:
    return RawItem(
        course_title="Active Shooter Response",
        start_date=date(2021, 8, 1),
        end_date=date(2021, 8, 1),
        hours=hours,
        hours_text=None if hours is None else str(hours),
        date_text="08/01/2021",
        page=page_no,
        bbox=(40.0, 300.0, 570.0, 312.0),
        title_conf=conf,
        date_conf=0.95,
        hours_conf=0.95,
        source="table_row",
    )


def doc(pages: tuple[Page, ...], items: tuple[RawItem, ...], name: float = 0.95) -> ExtractedDocument:
    who = Evidence(page=1, bbox=(72, 100, 200, 112), text="Maria Gonzalez", conf=name)
    return ExtractedDocument(
        file="t.pdf",
        sha256="0" * 64,
        media_type="application/pdf",
        pages=pages,
        layout="table",
        participant_name=who,
        issuer=None,
        certificate_number=None,
        issue_date=None,
        sro_start_date=None,
        items=items,
    )


def test_pages_with_a_weak_field_are_read_again() -> None:
    found = doc((page(1), page(2), page(3)), (item(1), item(2, hours=None), item(3, conf=0.5)))
    assert pages_worth_a_second_look(found, 0.8, 0.55) == {2, 3}


def test_a_page_read_poorly_overall_is_read_again() -> None:
    # The page workers read tesseract only; the poor-page check moved here from the first reading.
    assert pages_worth_a_second_look(doc((page(1, conf=0.4), page(2)), (item(2),)), 0.8, 0.55) == {1}


def test_nobody_surely_named_reads_every_ocr_page_again() -> None:
    unsure = doc((page(1), page(2), page(3, source="text_layer")), (item(1), item(2)), name=0.5)
    assert pages_worth_a_second_look(unsure, 0.8, 0.55) == {1, 2}
