"""Round 9 of the certificate wording audit (``tests/novel_certificates_9.py``) through the whole read path.

Hours in other units and captions ("7.5 clock hours", "0.8 IACET CEU", "420 minutes", "Professional
Development Hours (PDH): 6.0"), credits with no hour, durations and clock times that are no hours ("a
three-day course", "0900-1700 hrs", "Class convened 0800 hrs, adjourned 1200 hrs", "Time of session: 1:00 -
4:00 PM"), modules side by side over their total, policy small print on genuine certificates, a seat
confirmation, a French title stacked under the English one, a seal holding "CE 2024", signatures dated
after the course, "Issued" / "Completed on" / "Valid through" and "Expires" beside the course date.

As text PDFs every fact is read right, nothing is credited wrongly, every document a person need not see
is ``auto``; the seat confirmation is held with its reason. The light scan of the certificate signed
later (whose signer was read as its holder, some runs) keeps the holder.
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
from tests.novel_certificates import (
    assert_reads_every_fact,
    assert_scan_keeps_the_facts,
    read_light_scans,
    render_novel,
    show,
    wrong_autos,
)
from tests.novel_certificates_9 import NO_COMPLETION_9, NOVELS_9

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
KNOWN_REVIEWS = {
    # "Issued:" / "Completed on:" / "Valid through:" in a grid, no cue before the course: a type-size guess
    "issued_completed_valid": "course title read with low confidence",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel9")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_9[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(set(NOVELS_9) - NO_COMPLETION_9))
def test_round9_text_pdfs_read_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_9[key]
    expected = (n.start_date, n.end_date, n.hours, n.catalog_id, n.category)
    assert_reads_every_fact(_read(key, docs_dir, catalog), n, expected, KNOWN_REVIEWS.get(key))


@pytest.mark.parametrize("key", sorted(NO_COMPLETION_9))
def test_round9_no_completion_is_held(key: str, docs_dir: Path, catalog: Catalog) -> None:
    doc = _read(key, docs_dir, catalog)
    assert wrong_autos(doc, NOVELS_9[key]) == []
    for item in doc.items:
        assert item.status == "review", show(item)
        assert any(r.startswith("the page reads as") for r in item.review_reasons), show(item)


@pytest.mark.slow
def test_round9_light_scan_keeps_the_holder_past_dated_signatures(tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    key = "signature_dated_later"
    with read_light_scans(NOVELS_9, [key], tmp_path, CFG, catalog, TODAY) as futures:
        doc = futures[key].result(timeout=900)
    assert wrong_autos(doc, NOVELS_9[key]) == []
    assert_scan_keeps_the_facts(doc, NOVELS_9[key])
