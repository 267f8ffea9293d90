"""A table row's blank cell read again alone with real tesseract (``extract.cell_reread``).

A record is drawn (reportlab) and scanned (``to_scan``), its hours set flush right alone in their cells;
tesseract's page reading drops most of them (the second engine is off here: the rows stand for those both
engines drop). Read again from the scan's pixels, a row gets its amount back, and goes to a person. A row
printed with no amount at all gets none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from classify.catalog import load_catalog
from classify.document import classify_document
from extract import ocr
from extract.config import ExtractConfig
from extract.document import blank_cells, extract_document, with_blank_cells_read
from extract.transcript import REREAD_HOURS
from extract.types import CELL_ENGINE, ExtractedDocument, RawItem
from tests.conftest import require_tesseract
from tests.factories import to_scan

ROWS = (
    ("Juvenile Law Update", "02/06/2024", "4"),
    ("Active Shooter Response for Schools", "03/11/2024", "8"),
    ("Firearms Qualification", "04/09/2024", "24"),
    ("Youth Mental Health First Aid", "05/14/2024", "8"),
    ("Crisis Intervention for Youth", "06/18/2024", ""),  # printed with no amount
)
HOURS_RIGHT = 470.0  # the hours are set flush right here


def _record(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    _, h = letter
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - 60, "Lakeside Police Department - Training History")
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 80, "Employee: Dana Reyes      Badge: 4471")
    y = h - 120
    c.setFont("Helvetica-Bold", 10)
    for x, label in ((50, "Course Title"), (300, "Date Completed"), (440, "Hours"), (500, "Status")):
        c.drawString(x, y, label)
    c.setFont("Helvetica", 10)
    for title, day, hours in ROWS:
        y -= 20
        c.drawString(50, y, title)
        c.drawString(300, y, day)
        c.drawRightString(HOURS_RIGHT, y, hours)
        c.drawString(500, y, "Completed")
    c.save()
    return path


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ExtractedDocument, ExtractConfig]:
    require_tesseract()
    out = tmp_path_factory.mktemp("cellread")
    scanned = to_scan(_record(out / "record.pdf"), out / "record-scan.png", "scan_light", "png", 3)
    cfg = ExtractConfig(ocr_cache_dir=out / "ocr-cache", second_engine=False, reread_blank_cells=False)
    return scanned, extract_document(scanned, cfg), cfg.model_copy(update={"reread_blank_cells": True})


def _row(doc: ExtractedDocument, title: str) -> RawItem:
    return next(it for it in doc.items if it.course_title == title)


def test_whole_page_reading_drops_lone_amounts(scan: tuple[Path, ExtractedDocument, ExtractConfig]) -> None:
    """The premise: tesseract's page reading takes a lone flush-right amount for a speck."""
    _, doc, _ = scan
    assert [it.course_title for it in doc.items] == [title for title, _, _ in ROWS]
    assert sum(it.hours is None for it in doc.items[:-1]) >= 2
    assert {g.kind for g in blank_cells(doc)} == {"amount"}


def test_dropped_amounts_are_read_again_from_their_cells(
    scan: tuple[Path, ExtractedDocument, ExtractConfig],
) -> None:
    path, doc, cfg = scan
    again = with_blank_cells_read(path, doc, cfg)
    recovered = 0
    for (title, _, printed), before in zip(ROWS, doc.items, strict=True):
        row = _row(again, title)
        if not printed:
            assert row.hours is None  # nothing is made up for a cell printed blank
        elif before.hours is None and row.hours is not None:
            assert row.hours == float(printed)
            assert REREAD_HOURS in row.hours_notes
            recovered += 1
        else:
            assert row.hours == before.hours  # a row read already is left as it was
    assert recovered >= 2
    assert sum(w.engine == CELL_ENGINE for w in again.pages[0].words) == recovered
    # A person confirms an amount read this way.
    classified = classify_document(again, load_catalog(), date(2025, 6, 1))
    for item in classified.items:
        if any(REREAD_HOURS in r for r in item.review_reasons):
            assert item.status == "review"
    assert sum(any(REREAD_HOURS in r for r in i.review_reasons) for i in classified.items) == recovered


@pytest.mark.tesseract
def test_cells_read_on_several_threads_give_what_one_gives(
    scan: tuple[Path, ExtractedDocument, ExtractConfig],
) -> None:
    """The page workers' cores read cells side by side: the same words, in the same places."""
    path, doc, cfg = scan
    one = with_blank_cells_read(path, doc, cfg.model_copy(update={"page_workers": 1, "ocr_cache_dir": None}))
    ocr.clear_memory_cache()
    two = with_blank_cells_read(path, doc, cfg.model_copy(update={"page_workers": 2, "ocr_cache_dir": None}))
    assert [(w.text, w.bbox) for w in two.pages[0].words] == [(w.text, w.bbox) for w in one.pages[0].words]
    assert sum(w.engine == CELL_ENGINE for w in two.pages[0].words) >= 2
