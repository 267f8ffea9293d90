"""The fourteenth round of training records (``tests/records_round14.py``), read whole.

Every record as a text PDF (its text layer: no OCR): no item is ``auto`` unless it is a completed, attended
row of the record's own officer with every fact right. ``bench/records_round14.py`` reads them as faxes too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from classify.types import ClassifiedDocument
from extract.transcript import TITLE_DOUBT_NOTE
from tests.integration.test_records_round8 import check, read_all
from tests.novel_certificates import show
from tests.records_round14 import RECORDS14

# Rows dated "Mar 3" (a month's name and a one-digit day: no year to read a row by, so no row is found): left
# for a later round.
PARTLY_READ = ("calendar_year_month_names",)


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(RECORDS14, {}, tmp_path_factory.mktemp("records14"))


@pytest.mark.parametrize("key", list(RECORDS14))
def test_text_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|text"].result(), RECORDS14[key], key not in PARTLY_READ)


def test_a_title_alone_wrapping_upward_goes_to_a_person(reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads["one_title_wraps_upward|text"].result()
    doubted = [i for i in doc.items if any(TITLE_DOUBT_NOTE in r for r in i.review_reasons)]
    assert doubted and all(i.status == "review" for i in doubted), [show(i) for i in doc.items]


def test_a_title_broken_by_the_page_is_read_whole_for_a_person(
    reads: dict[str, Future[ClassifiedDocument]],
) -> None:
    doc = reads["page_break_wrap_date_first|text"].result()
    joined = [i for i in doc.items if i.course_title == "Interviewing and Interrogating Juveniles"]
    assert len(joined) == 1 and joined[0].status == "review", [show(i) for i in doc.items]
