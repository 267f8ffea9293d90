"""The seventh round of training records (``tests/records_round7.py``), read whole.

Every record as a text PDF (its text layer: no OCR), and the page of two tables side by side ("Completed"
beside "In Progress") as a light scan: no item is ``auto`` unless it is a completed, attended row with
every fact right; no in-progress, equivalency, transfer-credit, waived, exempt or incomplete row is
``auto``. ``bench/records_round7.py`` reads them all as faxes and scans too.
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
from tests.records_round7 import RECORDS7

TODAY = date(2025, 6, 1)
SCANNED = ("completed_beside_progress",)
# Rows dated only by a fiscal year, a school year or a quarter have no day: review with no date, not read.
PARTLY_READ = ("fiscal_school_years",)


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    out: Path = tmp_path_factory.mktemp("records7")
    files = {f"{k}|text": render_kind(k, "text", 0, out, RECORDS7) for k in RECORDS7}
    files |= {f"{k}|scan": render_kind(k, "scan_light", 0, out, RECORDS7) for k in SCANNED}
    with read_in_two_processes(files, ExtractConfig(ocr_cache_dir=None), load_catalog(), TODAY) as futures:
        yield futures


@pytest.mark.parametrize("key", list(RECORDS7))
def test_text_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    s = score(doc, RECORDS7[key])
    assert not s.wrong, s.wrong
    assert s.kept_out == s.skipped, [show(i) for i in doc.items]
    if key not in PARTLY_READ:
        assert s.right == s.rows, [show(i) for i in doc.items]


@pytest.mark.parametrize("key", SCANNED)
def test_scanned_side_by_side_tables_are_read_apart(
    key: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"{key}|scan"].result()
    s = score(doc, RECORDS7[key])
    assert not s.wrong, s.wrong
    assert s.kept_out == s.skipped, [show(i) for i in doc.items]
    assert s.right == s.rows, [show(i) for i in doc.items]
