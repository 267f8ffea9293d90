"""The fifth round of training records (``tests/records_round5.py``: LMS and POST exports), read whole.

Every record as a text PDF (its text layer: no OCR), and the one whose lines a scan regroups (titles
wrapped around their row, its date and hours set between the title's lines) as a light scan: no item
is ``auto`` unless it is a completed row with every fact right; no failed, withdrawn, registered or
in-progress row is ``auto``; a month printed with a two-digit year is never ``auto``.
``bench/records_round5.py`` reads them all as faxes and scans too.
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
from tests.records_round5 import RECORDS5, score

TODAY = date(2025, 6, 1)
SCANNED = ("wrapped_middle",)


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    out: Path = tmp_path_factory.mktemp("records5")
    files = {f"{k}|text": render_kind(k, "text", 0, out, RECORDS5) for k in RECORDS5}
    files |= {f"{k}|scan": render_kind(k, "scan_light", 0, out, RECORDS5) for k in SCANNED}
    with read_in_two_processes(files, ExtractConfig(ocr_cache_dir=None), load_catalog(), TODAY) as futures:
        yield futures


@pytest.mark.parametrize("key", list(RECORDS5))
def test_text_record_is_read_row_by_row(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    s = score(doc, RECORDS5[key])
    assert not s.wrong, s.wrong
    assert s.kept_out == s.skipped, [show(i) for i in doc.items]
    assert s.right == s.rows, [show(i) for i in doc.items]


@pytest.mark.parametrize("key", SCANNED)
def test_scanned_record_is_read_without_a_wrong_auto(
    key: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"{key}|scan"].result()
    s = score(doc, RECORDS5[key])
    assert not s.wrong, s.wrong
    assert s.right >= s.rows - 1, [show(i) for i in doc.items]
