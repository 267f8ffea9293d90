"""The eleventh round of training records (``tests/records_round11.py``), read whole.

Every record as a text PDF (its text layer: no OCR), and two as scans (rows under "Year 2023" headings as a
light scan, "13-APR-21" start and end columns as a heavy scan): no item is ``auto`` unless it is a
completed, attended row with every fact right, and the not-completed rows are never ``auto``.
``bench/records_round11.py`` reads them all as light scans, faxes and heavy scans too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from classify.types import ClassifiedDocument
from tests.integration.test_records_round8 import check, read_all
from tests.novel_certificates import show
from tests.records_round11 import RECORDS11

SCANNED = {"year_headings_newest_first": "scan_light", "dd_mon_yy_start_end": "scan_heavy"}
# Fiscal years over bare year headings: the rows' years are a person's to settle (calendar years read).
PARTLY_READ = ("year_headings_fiscal",)


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(RECORDS11, SCANNED, tmp_path_factory.mktemp("records11"))


@pytest.mark.parametrize("key", list(RECORDS11))
def test_text_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|text"].result(), RECORDS11[key], key not in PARTLY_READ)


@pytest.mark.parametrize("key", list(SCANNED))
def test_scanned_records_read_whole(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|scan"].result(), RECORDS11[key], True)


def test_fiscal_headings_leave_the_year_to_a_person(
    reads: dict[str, Future[ClassifiedDocument]],
) -> None:
    doc = reads["year_headings_fiscal|text"].result()
    assert doc.items and all(i.status == "review" for i in doc.items), [show(i) for i in doc.items]
    assert all(any("fiscal" in r.lower() for r in i.review_reasons) for i in doc.items)


def test_the_officer_named_only_in_the_running_header(reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads["name_in_page_header|text"].result()
    assert doc.participant_name is not None and doc.participant_name.text == "Marisol T. Quintanilla"
