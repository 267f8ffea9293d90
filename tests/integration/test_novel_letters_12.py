"""Letters and conference evidence, round 12 (``tests/novel_letters_12.py``), through the whole read path. As
text PDFs no letter is read with a wrong start, employment or R1/R2 verdict, and every letter gives every
fact (an HR table whose SRO row runs to "Current", or closes before a patrol row running to "Present", a
memo, an MOU excerpt, a letter in Spanish naming the end ...); no conference document credits hours R5 may
not take, meets R6 without NASRO's proven attendance (an agenda page, a state association's conference: not
met) or misses it for NASRO's letter of attendance. Two light scans (the HR table closing the SRO row, the
agenda page) are never concluded wrongly: the degraded forms of the rest are
``bench/bench_novel_letters_12.py``'s.
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
from tests.novel_letters_12 import CONFERENCES_12, LETTERS_12, conference_marks, marks, render_conference

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _render(key: str, out: Path) -> Path:
    if key in LETTERS_12:
        return render_letter(LETTERS_12[key], out / f"{key}.pdf")
    return render_conference(CONFERENCES_12[key], out / f"{key}.pdf")


def _wrong(doc: ClassifiedDocument, key: str) -> list[str]:
    if key in LETTERS_12:
        m = marks(doc, LETTERS_12[key])
        return [f"{k} {v}" for k, v in m.items() if k in ("start", "employment", "R1/R2") and v == "WRONG"]
    m = conference_marks(doc, CONFERENCES_12[key])
    return [f"{k} {v}" for k, v in m.items() if k in ("R6", "R5") and v.startswith(("WRONG", "miss"))]


@pytest.mark.parametrize("key", sorted(LETTERS_12))
def test_text_pdf_letter(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    assert set(marks(doc, LETTERS_12[key]).values()) == {"ok"}, doc.to_contract()


@pytest.mark.parametrize("key", sorted(CONFERENCES_12))
def test_text_pdf_conference_evidence(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    assert conference_marks(doc, CONFERENCES_12[key])["doc_type"] == "ok", doc.doc_type


@pytest.mark.tesseract
@pytest.mark.parametrize("key", ["hr_history_sro_then_patrol", "agenda_at_a_glance"])
def test_light_scan_is_never_concluded_wrongly(key: str, tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    scan = to_scan(_render(key, tmp_path), tmp_path / f"{key}.png", "scan_light", "png", seed=12)
    doc = process_file(scan, CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
