"""Documents listing several courses that prove no completion, and records that do
(``tests/nonproof_documents_2.py``), read whole.

Every document as a text PDF, and an invoice, a calendar and a control record as light scans: no item of a
no-completion document is ``auto`` and each one the table lists carries a reason; a control's completed
rows are read right, and ``auto`` where its text PDF settles them. ``bench/nonproof_documents_2.py`` reads
them all as light scans and faxes too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from classify.types import ClassifiedDocument
from tests.integration.test_records_round8 import check, read_all
from tests.issuer_formats import matching_truth
from tests.nonproof_documents_2 import NO_PROOF, NONPROOF2
from tests.novel_certificates import show

SCANNED = {"invoice_lines": "scan_light", "training_calendar": "scan_light",
           "completed_status_column": "scan_light"}  # fmt: skip
# A control's row whose title the catalog matches only loosely ("uncertain catalog match"): in review. None
# left: "Bullying and Cyberbullying Prevention", once 85, lies between two names of its course (a sure match).
LOOSE: dict[str, int] = {}


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(NONPROOF2, SCANNED, tmp_path_factory.mktemp("nonproof2"))


@pytest.mark.parametrize("key", sorted(NO_PROOF))
def test_no_completion_document_credits_nothing(
    key: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"{key}|text"].result()
    check(doc, NONPROOF2[key], False)
    assert all(i.status != "auto" and i.review_reasons for i in doc.items), [show(i) for i in doc.items]


@pytest.mark.parametrize("key", sorted(set(NONPROOF2) - NO_PROOF))
def test_control_keeps_its_auto_rows(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    d = NONPROOF2[key]
    check(doc, d, True)
    auto_right = sum(i.status == "auto" and matching_truth(i, d) is not None for i in doc.items)
    assert auto_right == len(d.items) - LOOSE.get(key, 0), [show(i) for i in doc.items]
    assert not any("heading reads as" in r for i in doc.items for r in i.review_reasons)


@pytest.mark.parametrize("key", list(SCANNED))
def test_scanned(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|scan"].result()
    check(doc, NONPROOF2[key], False)
    if key in NO_PROOF:
        assert not any(i.status == "auto" for i in doc.items), [show(i) for i in doc.items]
