"""Letters and conference evidence, round 9 (``tests/novel_letters_9.py``), through the whole read path. As
text PDFs every letter is read without a wrong start, employment or R1/R2 verdict, and the letters this
round reads fully give every fact; no conference document credits hours R5 may not take or meets R6 without
NASRO's proven attendance (a badge goes to a person). Two light scans (a detective's letter whose unit
"handles school referrals", a travel authorization for NASRO's conference) are never concluded wrongly: the
degraded forms of the rest are ``bench/bench_novel_letters_9.py``'s.
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
from tests.novel_letters_9 import CONFERENCES_9, LETTERS_9, conference_marks, marks, render_conference

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Read fully as text PDFs: doc type, name, start, employment and R1/R2 all the truth.
FULLY_READ = {
    "approximately_four_years", "detective_school_referrals", "district_pd_campus_officer", "fall_semester",
    "first_day_of_school", "mid_june", "on_or_about", "school_liaison_officer", "school_resource_unit_deputy",
    "since_early_2020", "sometime_in_year", "two_page_start_on_page_2", "youth_services_officer",
}  # fmt: skip
# Left: none (every conference document reads as its doc type; R6 is its truth or a person's).
CONFERENCE_LEFT: set[str] = set()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _render(key: str, out: Path) -> Path:
    if key in LETTERS_9:
        return render_letter(LETTERS_9[key], out / f"{key}.pdf")
    return render_conference(CONFERENCES_9[key], out / f"{key}.pdf")


def _wrong(doc: ClassifiedDocument, key: str) -> list[str]:
    if key in LETTERS_9:
        m = marks(doc, LETTERS_9[key])
        return [f"{k} {v}" for k, v in m.items() if k in ("start", "employment", "R1/R2") and v == "WRONG"]
    m = conference_marks(doc, CONFERENCES_9[key])
    return [f"{k} {v}" for k, v in m.items() if k in ("R6", "R5") and v.startswith(("WRONG", "miss"))]


@pytest.mark.parametrize("key", sorted(LETTERS_9))
def test_text_pdf_letter(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    if key in FULLY_READ:
        assert set(marks(doc, LETTERS_9[key]).values()) == {"ok"}, doc.to_contract()


@pytest.mark.parametrize("key", sorted(set(CONFERENCES_9) - CONFERENCE_LEFT))
def test_text_pdf_conference_evidence(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    assert conference_marks(doc, CONFERENCES_9[key])["doc_type"] == "ok", doc.doc_type


@pytest.mark.tesseract
@pytest.mark.parametrize("key", ["detective_school_referrals", "travel_authorization"])
def test_light_scan_is_never_concluded_wrongly(key: str, tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    scan = to_scan(_render(key, tmp_path), tmp_path / f"{key}.png", "scan_light", "png", seed=9)
    doc = process_file(scan, CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
