"""Letters and conference evidence, round 13 (``tests/novel_letters_13.py``), through the whole read path. As
text PDFs no letter is read with a wrong start, employment or R1/R2 verdict (service in months or "nearly
three years" never read as more, letters dated after the application, a letter about another officer of the
same surname, checkbox forms ...), and the letters listed in ``FULL`` give every fact; no conference document
credits hours R5 may not take, meets R6 without NASRO's proven attendance (a presenter's acceptance, a thanks
naming no one) or misses it for NASRO's thanks to a named attendee. Two light scans (the formerly-assigned
checkbox form, the service in months) are never concluded wrongly: the degraded forms of the rest are
``bench/bench_novel_letters_13.py``'s.
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
from tests.novel_letters_13 import CONFERENCES_13, LETTERS_13, conference_marks, marks, render_conference

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _render(key: str, out: Path) -> Path:
    if key in LETTERS_13:
        return render_letter(LETTERS_13[key], out / f"{key}.pdf")
    return render_conference(CONFERENCES_13[key], out / f"{key}.pdf")


def _wrong(doc: ClassifiedDocument, key: str) -> list[str]:
    if key in LETTERS_13:
        m = marks(doc, LETTERS_13[key])
        return [f"{k} {v}" for k, v in m.items() if k in ("start", "employment", "R1/R2") and v == "WRONG"]
    m = conference_marks(doc, CONFERENCES_13[key])
    return [f"{k} {v}" for k, v in m.items() if k in ("R6", "R5") and v.startswith(("WRONG", "miss"))]


# What a person must still read on the letters left out: two SRO terms ("from August of 2016 through June
# of 2019, and ... from August of 2019 through the present"), an SRO since after the application date (R2
# review), "will have served ... for three years" (no start), "nearly three years" (none by design), academic
# years with no dated end (R1 review).
FULL = sorted(
    set(LETTERS_13)
    - {
        "prose_assignments_of_year",
        "dated_after_application_assigned_after",
        "will_have_served_three_years",
        "words_nearly_three_years",
        "prose_academic_years_ended",
    }
)


@pytest.mark.parametrize("key", sorted(LETTERS_13))
def test_text_pdf_letter(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    if key in FULL:
        assert set(marks(doc, LETTERS_13[key]).values()) == {"ok"}, doc.to_contract()


@pytest.mark.parametrize("key", sorted(CONFERENCES_13))
def test_text_pdf_conference_evidence(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = process_file(_render(key, tmp_path), CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
    assert conference_marks(doc, CONFERENCES_13[key])["doc_type"] == "ok", doc.doc_type


@pytest.mark.tesseract
@pytest.mark.parametrize("key", ["checkbox_formerly_assigned", "words_two_years_eleven_months"])
def test_light_scan_is_never_concluded_wrongly(key: str, tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    scan = to_scan(_render(key, tmp_path), tmp_path / f"{key}.png", "scan_light", "png", seed=13)
    doc = process_file(scan, CFG, catalog, TODAY)
    assert _wrong(doc, key) == [], doc.to_contract()
