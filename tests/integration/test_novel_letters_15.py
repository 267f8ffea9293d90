"""Letters and conference evidence, round 15 (``tests/novel_letters_15.py``), through the whole read path. As
text PDFs no letter is read with a wrong start, employment or R1/R2 verdict (an SRO now in a post titled for
school safety is still employed in school safety, R1 counted to the SRO term's end; a school district's
police officer, a juvenile detective "assigned to the schools" and a detective handling school-safety
referrals are never R2 met; a past term's years up to a dated end give R1; self-signed letters and a memo
from the officer decide nothing alone), and the letters listed in ``FULL`` give every fact; NASRO's
registration confirmation and its paid receipt never meet R6. One light scan (the coordinator) is never
concluded wrongly: the degraded forms of the rest are ``bench/bench_novel_letters_15.py``'s.
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
from tests.novel_letters_15 import CONFERENCES_15, LETTERS_15, conference_marks, marks, render_conference

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _read(
    key: str, out: Path, catalog: Catalog, scan: str | None = None
) -> tuple[ClassifiedDocument, list[str]]:
    """The document ``key`` read (as a text PDF, or degraded to ``scan``) and what it concluded wrongly."""
    letter = LETTERS_15.get(key)
    pdf = out / f"{key}.pdf"
    path = render_letter(letter, pdf) if letter else render_conference(CONFERENCES_15[key], pdf)
    if scan is not None:
        path = to_scan(path, out / f"{key}.png", scan, "png", seed=15)
    doc = process_file(path, CFG, catalog, TODAY)
    if letter is not None:
        got = marks(doc, letter)
        return doc, [
            f"{k} {v}" for k, v in got.items() if k in ("start", "employment", "R1/R2") and v == "WRONG"
        ]
    seen = conference_marks(doc, CONFERENCES_15[key])
    return doc, [f"{k} {v}" for k, v in seen.items() if k in ("R6", "R5") and v.startswith(("WRONG", "miss"))]


# Left out: the self-signed letters (no participant: a reviewer confirms the person), the undated promotion
# to Patrol Sergeant (five years, no date: R1 a person's, R2 without an end's date a person's too).
FULL = sorted(
    set(LETTERS_15)
    - {"coordinator_self_signed", "memo_from_the_officer", "sro_years_then_patrol_sergeant_undated"}
)


@pytest.mark.parametrize("key", sorted(LETTERS_15))
def test_text_pdf_letter(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc, wrong = _read(key, tmp_path, catalog)
    assert wrong == [], doc.to_contract()
    if key in FULL:
        assert set(marks(doc, LETTERS_15[key]).values()) == {"ok"}, doc.to_contract()


@pytest.mark.parametrize("key", sorted(CONFERENCES_15))
def test_text_pdf_conference_evidence(key: str, tmp_path: Path, catalog: Catalog) -> None:
    doc, wrong = _read(key, tmp_path, catalog)
    assert wrong == [], doc.to_contract()


@pytest.mark.tesseract
@pytest.mark.parametrize("key", ["sro_then_safety_coordinator"])
def test_light_scan_is_never_concluded_wrongly(key: str, tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    doc, wrong = _read(key, tmp_path, catalog, scan="scan_light")
    assert wrong == [], doc.to_contract()
