"""Letters and conference evidence, round 8 (``tests/novel_letters_8.py``), through the whole read path.

As text PDFs every letter is read without a wrong start, employment or R1/R2 verdict, and the letters this
round reads fully give every fact; no conference document credits hours R5 may not take or meets R6
without NASRO's attendance. Two light scans (the record of a conference's sessions and the letter
announcing an assignment still to come) are never concluded wrongly: the degraded forms of the rest are
``bench/bench_novel_letters_8.py``'s.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.factories import to_scan
from tests.novel_letters import render_letter
from tests.novel_letters_8 import CONFERENCES_8, LETTERS_8, conference_marks, marks, render_conference

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Read fully as text PDFs: doc type, name, start, employment and R1/R2 all the truth.
FULLY_READ = {
    "voe_form_positions", "beginning_school_year_short", "many_dates_promotion_after",
    "former_now_patrol_sergeant", "district_safety_officer", "sheriff_school_resource_deputy",
    "email_headers", "future_assignment",
}  # fmt: skip
# Left: the badge's title is read from its "FULL CONFERENCE" band and its person is not found.
CONFERENCE_LEFT = {"lanyard_badge"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _render(key: str, out: Path) -> Path:
    if key in LETTERS_8:
        return render_letter(LETTERS_8[key], out / f"{key}.pdf")
    return render_conference(CONFERENCES_8[key], out / f"{key}.pdf")


def _wrong(doc: ClassifiedDocument, key: str) -> list[str]:
    if key in LETTERS_8:
        m = marks(doc, LETTERS_8[key])
        return [f"{k} {v}" for k, v in m.items() if k in ("start", "employment", "R1/R2") and v == "WRONG"]
    m = conference_marks(doc, CONFERENCES_8[key])
    return [f"{k} {v}" for k, v in m.items() if k in ("R6", "R5") and v.startswith("WRONG")]


@pytest.mark.parametrize("key", sorted(LETTERS_8))
def test_text_pdf_letter(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    if key in FULLY_READ:
        assert set(marks(doc, LETTERS_8[key]).values()) == {"ok"}, doc.to_contract()


@pytest.mark.parametrize("key", sorted(set(CONFERENCES_8) - CONFERENCE_LEFT))
def test_text_pdf_conference_evidence(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    assert conference_marks(doc, CONFERENCES_8[key])["doc_type"] == "ok", doc.doc_type


@pytest.mark.tesseract
@pytest.mark.parametrize("key", ["session_transcript", "future_assignment"])
def test_light_scan_is_never_concluded_wrongly(key: str, tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    scan = to_scan(_render(key, tmp_path), tmp_path / f"{key}.png", "scan_light", "png", seed=8)
    doc = process_file(scan, CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
