"""The fourth round of department training records (``tests/records_round4.py``), read whole.

A CEU column whose heading names no unit is read as CEUs when the page says so and sent to a person when
it does not; a running total as the only amount column is turned into each row's hours when a totals line
prints its last amount, and sent to a person otherwise; a row whose date was lost becomes an item for a
person, and no subtotal, footer or signature line does. ``bench/records_round3.py --round 4`` reads them
with heavy scans too.
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
from extract.transcript import NO_DATE_READ, UNSURE_RUNNING, UNSURE_UNIT
from tests.conftest import require_tesseract
from tests.novel_certificates import read_in_two_processes, show
from tests.records_round3 import render_kind, score_record
from tests.records_round4 import RECORDS4

TODAY = date(2025, 6, 1)
FAXED = ("ceu_headless", "running_with_total", "dateless_row")
SETTLED = ("ceu_units_total", "ceu_headless", "ceu_titles_say", "running_with_total")
UNSETTLED = {"ceu_unsettled": UNSURE_UNIT, "running_unsettled": UNSURE_RUNNING}


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    out: Path = tmp_path_factory.mktemp("records4")
    files = {f"{k}|text": render_kind(k, "text", 0, out, RECORDS4) for k in RECORDS4}
    files |= {f"{k}|fax": render_kind(k, "fax", 0, out, RECORDS4) for k in FAXED}
    with read_in_two_processes(files, ExtractConfig(ocr_cache_dir=None), load_catalog(), TODAY) as futures:
        yield futures


@pytest.mark.parametrize("key", [*RECORDS4])
def test_no_wrong_auto_in_text_record(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    s = score_record(reads[f"{key}|text"].result(), RECORDS4[key])
    assert not s.wrong, s.wrong


@pytest.mark.parametrize("key", SETTLED)
def test_settled_amounts_are_read_row_by_row(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    s = score_record(doc, RECORDS4[key])
    assert s.right == s.rows == s.auto, [show(i) for i in doc.items]


@pytest.mark.parametrize("key", list(UNSETTLED))
def test_unsettled_amounts_go_to_a_person(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    assert len(doc.items) == len(RECORDS4[key].items)
    for item in doc.items:
        assert item.status != "auto" and UNSETTLED[key] in item.review_reasons, show(item)


def test_row_without_a_date_is_kept_for_a_person(reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads["dateless_row|text"].result()
    titles = [i.course_title or "" for i in doc.items]
    dateless = [i for i in doc.items if i.start_date is None]
    assert [i.course_title for i in dateless] == ["Juvenile Law for Law Enforcement"], titles
    assert dateless[0].status != "auto" and NO_DATE_READ in dateless[0].review_reasons
    assert dateless[0].hours == 8.0
    # the subtotal line, the signature and the footer are no rows; the exempt row is for a person
    assert len(doc.items) == 6, titles
    exempt = [i for i in doc.items if "Protocol" in (i.course_title or "")]
    assert len(exempt) == 1 and exempt[0].status != "auto" and exempt[0].review_reasons


@pytest.mark.parametrize("key", FAXED)
def test_faxed_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    s = score_record(reads[f"{key}|fax"].result(), RECORDS4[key])
    assert not s.wrong, s.wrong
