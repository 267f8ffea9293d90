"""The eighth round of training records (``tests/records_round8.py``), read whole.

Every record as a text PDF (its text layer: no OCR), a spreadsheet printed with gridlines as a light scan
and the report whose "Time In" clock times sit beside h:mm hours as a heavy scan: no item is ``auto``
unless it is a completed, attended row with every fact right. ``bench/records_round8.py`` reads them all
as faxes and scans too.
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
from tests.issuer_formats import IssuerDoc
from tests.novel_certificates import read_in_two_processes, show
from tests.records_round3 import render_kind
from tests.records_round5 import score
from tests.records_round8 import RECORDS8

TODAY = date(2025, 6, 1)
SCANNED = {"excel_gridlines": "scan_light", "hmm_beside_clock": "scan_heavy"}
# Read right on the scan: every row (the heavy scan glues the hours to the room: review, never 13.5 h).
SCANNED_WHOLE = ("excel_gridlines",)
# The query print's "thru 10/11/2023" under a title stays in the title (review: "the title holds a date").
# (The row broken over the page boundary, "row_across_pages", is read whole since round 14: for a person.)
PARTLY_READ = ("pipe_export",)


def read_all(
    records: dict[str, IssuerDoc], scanned: dict[str, str], out: Path
) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    """Every record as a text PDF (``key|text``) and the ``scanned`` ones as their kind (``key|scan``)."""
    require_tesseract()
    files = {f"{k}|text": render_kind(k, "text", 0, out, records) for k in records}
    files |= {f"{k}|scan": render_kind(k, kind, 0, out, records) for k, kind in scanned.items()}
    with read_in_two_processes(files, ExtractConfig(ocr_cache_dir=None), load_catalog(), TODAY) as futures:
        yield futures


def check(doc: ClassifiedDocument, d: IssuerDoc, whole: bool) -> None:
    """No wrong ``auto``, every not-completed row kept out, and (``whole``) every row read right."""
    s = score(doc, d)
    assert not s.wrong, s.wrong
    assert s.kept_out == s.skipped, [show(i) for i in doc.items]
    if whole:
        assert s.right == s.rows, [show(i) for i in doc.items]


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(RECORDS8, SCANNED, tmp_path_factory.mktemp("records8"))


@pytest.mark.parametrize("key", list(RECORDS8))
def test_text_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|text"].result(), RECORDS8[key], key not in PARTLY_READ)


@pytest.mark.parametrize("key", list(SCANNED))
def test_scanned_records(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|scan"].result()
    s = score(doc, RECORDS8[key])
    assert not s.wrong, s.wrong
    if key in SCANNED_WHOLE:
        assert s.right == s.rows, [show(i) for i in doc.items]
