"""The third round of department training records (``tests/records_round3.py``), read whole.

Every record as a text PDF, and the records whose traps a scan makes worse (a running total, CEUs
beside hours, month-only dates, a misprinted "End" heading, h:mm hours, dot leaders and specks) as a
fax: no item is ``auto`` unless it is a row the record credits, every fact right; a month-only date
is never ``auto``. ``bench/records_round3.py`` reads them all, with heavy scans too.
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
from tests.records_round3 import RECORDS, render_kind, score_record

TODAY = date(2025, 6, 1)
FAXED = ("running_total", "ceu_and_hours", "month_only", "garbled_end", "hours_units", "dotted_leaders")
# A fax loses a cell or a heading now and then: those rows go to a person, not read wrong.
FAX_ROWS_RIGHT = 0.8


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    out: Path = tmp_path_factory.mktemp("records3")
    files = {f"{k}|text": render_kind(k, "text", 0, out) for k in RECORDS}
    files |= {f"{k}|fax": render_kind(k, "fax", 0, out) for k in FAXED}
    with read_in_two_processes(files, ExtractConfig(ocr_cache_dir=None), load_catalog(), TODAY) as futures:
        yield futures


@pytest.mark.parametrize("key", list(RECORDS))
def test_text_record_is_read_row_by_row(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    s = score_record(doc, RECORDS[key])
    assert not s.wrong, s.wrong
    assert s.right == s.rows, [show(i) for i in doc.items]
    unsure = {(t.start, t.title) for t in RECORDS[key].items if not t.sure}
    assert not any(i.status == "auto" for i in doc.items if (i.start_date, i.course_title) in unsure)


@pytest.mark.parametrize("key", FAXED)
def test_faxed_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|fax"].result()
    s = score_record(doc, RECORDS[key])
    assert not s.wrong, s.wrong


def test_faxed_records_are_mostly_read_right(reads: dict[str, Future[ClassifiedDocument]]) -> None:
    scores = [score_record(reads[f"{k}|fax"].result(), RECORDS[k]) for k in FAXED]
    right, rows = sum(s.right for s in scores), sum(s.rows for s in scores)
    assert right >= FAX_ROWS_RIGHT * rows, f"{right} of {rows} rows read right"
