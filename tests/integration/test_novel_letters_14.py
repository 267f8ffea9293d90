"""Letters and conference evidence, round 14 (``tests/novel_letters_14.py``), through the whole read path. As
text PDFs no letter is read with a wrong start, employment or R1/R2 verdict (two SRO terms with a break added,
never spanned; a letter about another officer signed by the applicant; self-signed letters ...), and the
letters listed in ``FULL`` give every fact; no conference document credits hours R5 may not take, meets R6
without NASRO's proven attendance (a registration, a speaker's selection, a blank name line, an agenda) or
misses it for NASRO's letter saying a named officer attended. Two light scans (two terms adding to under
three years, NASRO's letter on a named attendee) are never concluded wrongly: the degraded forms of the rest
are ``bench/bench_novel_letters_14.py``'s.
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
from tests.novel_letters_14 import CONFERENCES_14, LETTERS_14, conference_marks, marks, render_conference

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _render(key: str, out: Path) -> Path:
    if key in LETTERS_14:
        return render_letter(LETTERS_14[key], out / f"{key}.pdf")
    return render_conference(CONFERENCES_14[key], out / f"{key}.pdf")


def _wrong(doc: ClassifiedDocument, key: str) -> list[str]:
    if key in LETTERS_14:
        m = marks(doc, LETTERS_14[key])
        return [f"{k} {v}" for k, v in m.items() if k in ("start", "employment", "R1/R2") and v == "WRONG"]
    m = conference_marks(doc, CONFERENCES_14[key])
    return [f"{k} {v}" for k, v in m.items() if k in ("R6", "R5") and v.startswith(("WRONG", "miss"))]


# What a person must still read on the letters left out: two SRO terms (no one start: the terms' spans), a
# service "for four years, until her promotion" (no start printed: R1 review), letters their officer signs
# (the person is a reviewer's to confirm).
FULL = sorted(
    set(LETTERS_14)
    - {
        "two_terms_short_in_all",
        "two_terms_add_to_more",
        "two_terms_months_present_long",
        "two_terms_months_present_short",
        "four_years_until_promotion",
        "own_words_self_signed",
        "third_person_self_signed",
    }
)
# NASRO's confirmation of a registration reads as a certificate: R6 not met either way.
OTHER_TYPE = {"nasro_annual_registration_confirmed"}


@pytest.mark.parametrize("key", sorted(LETTERS_14))
def test_text_pdf_letter(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    if key in FULL:
        assert set(marks(doc, LETTERS_14[key]).values()) == {"ok"}, doc.to_contract()


@pytest.mark.parametrize("key", sorted(CONFERENCES_14))
def test_text_pdf_conference_evidence(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    if key not in OTHER_TYPE:
        assert conference_marks(doc, CONFERENCES_14[key])["doc_type"] == "ok", doc.doc_type


@pytest.mark.tesseract
@pytest.mark.parametrize("key", ["two_terms_months_present_short", "nasro_records_show_attended"])
def test_light_scan_is_never_concluded_wrongly(key: str, tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    scan = to_scan(_render(key, tmp_path), tmp_path / f"{key}.png", "scan_light", "png", seed=14)
    doc = process_file(scan, CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
