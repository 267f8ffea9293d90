"""The sixth round of training records (``tests/records_round6.py``), read whole.

Every record as a text PDF (its text layer: no OCR), and the one whose "Role" column says who taught as a
light scan: no item is ``auto`` unless it is a completed, attended row with every fact right; no row the
officer taught, no audit, exempt or waived row is ``auto``. ``bench/records_round6.py`` reads them all as
faxes and scans too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from datetime import date
from pathlib import Path

import pytest

from classify.catalog import load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.novel_certificates import read_in_two_processes, show
from tests.records_round3 import render_kind
from tests.records_round5 import score
from tests.records_round6 import RECORDS6

TODAY = date(2025, 6, 1)
SCANNED = ("role_column",)
# Rows a person settles whole: rows dated by a fiscal year or a quarter have no day (review, or no item).
PARTLY_READ = ("fiscal_quarters",)


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    out: Path = tmp_path_factory.mktemp("records6")
    files = {f"{k}|text": render_kind(k, "text", 0, out, RECORDS6) for k in RECORDS6}
    files |= {f"{k}|scan": render_kind(k, "scan_light", 0, out, RECORDS6) for k in SCANNED}
    with read_in_two_processes(files, ExtractConfig(ocr_cache_dir=None), load_catalog(), TODAY) as futures:
        yield futures


@pytest.mark.parametrize("key", list(RECORDS6))
def test_text_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    s = score(doc, RECORDS6[key])
    assert not s.wrong, s.wrong
    assert s.kept_out == s.skipped, [show(i) for i in doc.items]
    if key not in PARTLY_READ:
        assert s.right == s.rows, [show(i) for i in doc.items]


@pytest.mark.parametrize("key", SCANNED)
def test_scanned_record_keeps_taught_rows_out_of_auto(
    key: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"{key}|scan"].result()
    s = score(doc, RECORDS6[key])
    assert not s.wrong, s.wrong
    assert s.kept_out == s.skipped, [show(i) for i in doc.items]
