"""The tenth round of training records (``tests/records_round10.py``), read whole.

Every record as a text PDF (its text layer: no OCR); the two rows split by a page break (round 10's, and
round 9's two) and the record stapled to another officer's as light scans: no item is ``auto`` unless it
is a completed, attended row with every fact right, and each split row is one item, ``auto`` only with
every fact right, else with a reason naming the page break. ``bench/records_round10.py`` reads them all as
faxes and heavy scans too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from datetime import date

import pytest

from classify.types import ClassifiedDocument, ClassifiedItem
from tests.integration.test_records_round8 import check, read_all
from tests.issuer_formats import IssuerDoc
from tests.novel_certificates import show
from tests.records_round9 import RECORDS9
from tests.records_round10 import RECORDS10

SCANNED = {"title_at_page_foot": "scan_light", "crisis_title_over_break": "scan_light",
           "stapled_other_officer": "scan_light"}  # fmt: skip
SCANNED9 = {"title_foot_cells_next": "scan_light", "wrap_continues_next_page": "scan_light"}
# Every record read whole (round 11: rows under a bare year heading take its year, "03/16" in "2021").
PARTLY_READ: tuple[str, ...] = ()
BOTH: dict[str, IssuerDoc] = {**RECORDS10, **{k: RECORDS9[k] for k in SCANNED9}}


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(BOTH, SCANNED | SCANNED9, tmp_path_factory.mktemp("records10"))


@pytest.mark.parametrize("key", list(RECORDS10))
def test_text_record_has_no_wrong_auto(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|text"].result(), RECORDS10[key], key not in PARTLY_READ)


@pytest.mark.parametrize("key", list(SCANNED | SCANNED9))
def test_scanned_records_read_whole(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    check(reads[f"{key}|scan"].result(), BOTH[key], True)


def _one(doc: ClassifiedDocument, words: str, start: date) -> ClassifiedItem:
    found = [i for i in doc.items if words in (i.course_title or "") and i.start_date == start]
    assert len(found) == 1, [show(i) for i in doc.items]
    return found[0]


def _over_break(item: ClassifiedItem) -> bool:
    return any("page break" in r for r in item.review_reasons)


@pytest.mark.parametrize("kind", ["text", "scan"])
def test_a_title_at_page_ones_foot_is_one_item_with_its_cells(
    kind: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"title_at_page_foot|{kind}"].result()
    item = _one(doc, "Juvenile Law for Law Enforcement", date(2019, 4, 19))
    assert item.hours == 8.0
    assert item.status == "auto" or _over_break(item), show(item)
    doc9 = reads[f"title_foot_cells_next|{kind}"].result()
    item = _one(doc9, "Trauma-Informed Policing with Youth", date(2023, 4, 4))
    assert item.hours == 8.0
    assert item.status == "auto" or _over_break(item), show(item)


@pytest.mark.parametrize("kind", ["text", "scan"])
def test_a_title_continued_on_page_two_is_joined(
    kind: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"crisis_title_over_break|{kind}"].result()
    item = _one(doc, "Crisis Intervention for", date(2022, 8, 23))
    assert item.course_title == "Crisis Intervention for School Resource Officers", show(item)
    assert item.status == "review"  # no catalog course: a person settles the category
    doc9 = reads[f"wrap_continues_next_page|{kind}"].result()
    item = _one(doc9, "Interviewing and Interrogating", date(2023, 3, 21))
    assert item.course_title == "Interviewing and Interrogating Juveniles", show(item)
    assert item.status == "review" and _over_break(item), show(item)


@pytest.mark.parametrize("kind", ["text", "scan"])
def test_another_officers_pages_are_not_credited(
    kind: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"stapled_other_officer|{kind}"].result()
    theirs = [i for i in doc.items if i.page == 2]
    assert len(theirs) == 3 and all(i.status == "review" for i in theirs), [show(i) for i in doc.items]
    assert all("Desmond T. Harrowgate" in " ".join(i.review_reasons) for i in theirs)
