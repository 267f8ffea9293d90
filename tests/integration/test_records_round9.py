"""The ninth round of training records (``tests/records_round9.py``), read whole.

Every record as a text PDF (its text layer: no OCR); the "thru <date>" record and the Yes/No semicolon export
as faxes, the status codes explained by a legend as a light scan: no item is ``auto`` unless it is a
completed, attended row with every fact right. ``bench/records_round9.py`` reads them all as faxes and
scans too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from classify.types import ClassifiedDocument
from tests.integration.test_records_round8 import check, read_all
from tests.records_round9 import RECORDS9

SCANNED = {"thru_date_column": "fax", "semicolon_yes_no": "fax", "status_code_legend": "scan_light"}
# Every record read whole (round 10 joined the row whose title ends page 1 and whose cells open page 2).
PARTLY_READ: tuple[str, ...] = ()


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(RECORDS9, SCANNED, tmp_path_factory.mktemp("records9"))


@pytest.mark.parametrize("key", list(RECORDS9))
def test_text_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|text"].result(), RECORDS9[key], key not in PARTLY_READ)


@pytest.mark.parametrize("key", list(SCANNED))
def test_scanned_records(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|scan"].result(), RECORDS9[key], True)
