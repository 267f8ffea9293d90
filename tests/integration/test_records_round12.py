"""The twelfth round of training records (``tests/records_round12.py``), read whole.

Every record as a text PDF (its text layer: no OCR): no item is ``auto`` unless it is a completed, attended
row of the record's own officer with every fact right, and the not-completed rows are never ``auto``.
``bench/records_round12.py`` reads them as light scans and faxes too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from classify.types import ClassifiedDocument
from tests.integration.test_records_round8 import check, read_all
from tests.novel_certificates import show
from tests.records_round12 import RECORDS12

# None left: titles wrapped over three lines with the row's cells on the last one
# ("three_line_bottom_aligned") are read whole since round 13 (``transcript._bottom_aligned``).
PARTLY_READ: tuple[str, ...] = ()
FISCAL = ("fy_span_headings", "bare_year_span_headings", "fy_long_heading_rows_mixed")


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(RECORDS12, {}, tmp_path_factory.mktemp("records12"))


@pytest.mark.parametrize("key", list(RECORDS12))
def test_text_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|text"].result(), RECORDS12[key], key not in PARTLY_READ)


@pytest.mark.parametrize("key", FISCAL)
def test_fiscal_spans_date_april_to_september_rows_for_a_person(
    key: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"{key}|text"].result()
    doubt = [i for i in doc.items if i.start_date is not None and 4 <= i.start_date.month <= 9]
    assert doubt and all(i.status == "review" for i in doubt), [show(i) for i in doc.items]
    assert all(any("fiscal-year heading" in r for r in i.review_reasons) for i in doubt)
    # October to March: the same year in every fiscal or school year in use, auto
    settled = [i for i in doc.items if i not in doubt]
    assert settled and all(i.status == "auto" for i in settled), [show(i) for i in doc.items]


def test_a_day_no_month_has_is_named(reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads["garbled_day_cell|text"].result()
    bad = [i for i in doc.items if i.status == "review"]
    assert len(bad) == 1 and any("'41-Jan-23'" in r for r in bad[0].review_reasons), [show(i) for i in bad]


def test_the_second_officers_rows_wait_for_a_person(reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads["two_officer_sections|text"].result()
    theirs = [
        i for i in doc.items if i.start_date is not None and i.start_date.year == 2023 and i.hours != 8.0
    ]
    assert len(theirs) == 2 and all(i.status == "review" for i in theirs), [show(i) for i in doc.items]
