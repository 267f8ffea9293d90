"""Letters and conference evidence, round 11 (``tests/novel_letters_11.py``), through the whole read path. As
text PDFs no letter is read with a wrong start, employment or R1/R2 verdict (a self-signed letter and a
part-time or relief SRO's leave R1 and R2 to a person, with the reason), and the letters this round reads
fully give every fact; no conference document credits hours R5 may not take, meets R6 without NASRO's
proven attendance (a registration, a receipt: not met, with the reason) or misses it for a certificate of
attendance. Two light scans (an HR table of back-to-back SRO rows, NASRO's payment receipt) are never
concluded wrongly: the degraded forms of the rest are ``bench/bench_novel_letters_11.py``'s.
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
from tests.novel_letters_11 import CONFERENCES_11, LETTERS_11, conference_marks, marks, render_conference

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Read fully as text PDFs: doc type, name, start, employment and R1/R2 all the truth.
FULLY_READ = {
    "chief_shares_surname", "dated_at_foot_label", "dated_at_foot_line", "district_police_department",
    "hr_table_back_to_back", "left_post_from_until", "left_post_resigned", "part_time_sro",
    "past_four_years_words", "past_seven_years_words", "relief_sro",
    # round 12: the SRO row's "Present" cell, a letter in Spanish
    "hr_positions_table", "spanish_letter",
}  # fmt: skip
# Left: none (R6 is each conference document's truth or a person's; the programme page's, not met with its
# own reason since round 12).
CONFERENCE_LEFT: set[str] = set()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _render(key: str, out: Path) -> Path:
    if key in LETTERS_11:
        return render_letter(LETTERS_11[key], out / f"{key}.pdf")
    return render_conference(CONFERENCES_11[key], out / f"{key}.pdf")


def _wrong(doc: ClassifiedDocument, key: str) -> list[str]:
    if key in LETTERS_11:
        m = marks(doc, LETTERS_11[key])
        return [f"{k} {v}" for k, v in m.items() if k in ("start", "employment", "R1/R2") and v == "WRONG"]
    m = conference_marks(doc, CONFERENCES_11[key])
    return [f"{k} {v}" for k, v in m.items() if k in ("R6", "R5") and v.startswith(("WRONG", "miss"))]


@pytest.mark.parametrize("key", sorted(LETTERS_11))
def test_text_pdf_letter(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    if key in FULLY_READ:
        assert set(marks(doc, LETTERS_11[key]).values()) == {"ok"}, doc.to_contract()


@pytest.mark.parametrize("key", sorted(set(CONFERENCES_11) - CONFERENCE_LEFT))
def test_text_pdf_conference_evidence(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    assert conference_marks(doc, CONFERENCES_11[key])["doc_type"] == "ok", doc.doc_type


@pytest.mark.tesseract
@pytest.mark.parametrize("key", ["hr_table_back_to_back", "nasro_payment_receipt"])
def test_light_scan_is_never_concluded_wrongly(key: str, tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    scan = to_scan(_render(key, tmp_path), tmp_path / f"{key}.png", "scan_light", "png", seed=11)
    doc = process_file(scan, CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
