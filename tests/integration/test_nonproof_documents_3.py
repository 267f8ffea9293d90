"""Listings titled under their table or by their columns, an invoice and a registration inside packets,
certificates printing a grid, and records worded near them (``tests/nonproof_documents_3.py``), read whole.

Every document as a text PDF, and two pale-titled listings and a control as faxes (the fax drops the pale
title): no item of a no-completion document is ``auto`` and each carries a reason; a control's completed rows
are read right and ``auto``; a certificate printing a grid is typed ``certificate``.
``bench/nonproof_documents_3.py`` reads them all as light scans and faxes too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from classify.types import ClassifiedDocument
from tests.integration.test_records_round8 import check, read_all
from tests.issuer_formats import matching_truth
from tests.nonproof_documents_3 import CERTIFICATE_GRIDS, NO_PROOF, NONPROOF3
from tests.novel_certificates import show

SCANNED = {"schedule_seats_available": "fax", "classes_openings": "fax", "record_fee_paid_status": "fax"}
# A control's row whose title the catalog matches only loosely ("uncertain catalog match"): in review. None
# left: "Bullying and Cyberbullying Prevention", once 85, lies between two names of its course (a sure match).
LOOSE: dict[str, int] = {}


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(NONPROOF3, SCANNED, tmp_path_factory.mktemp("nonproof3"))


@pytest.mark.parametrize("key", sorted(NO_PROOF))
def test_no_completion_document_credits_nothing(
    key: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"{key}|text"].result()
    check(doc, NONPROOF3[key], False)
    assert doc.items and all(i.status != "auto" for i in doc.items), [show(i) for i in doc.items]
    listed = [i for i in doc.items if any("a person decides" in r for r in i.review_reasons)]
    assert len(listed) == len(doc.items), [i.review_reasons for i in doc.items]


@pytest.mark.parametrize("key", sorted(set(NONPROOF3) - NO_PROOF))
def test_control_keeps_its_auto_rows(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    d = NONPROOF3[key]
    check(doc, d, True)
    auto_right = sum(i.status == "auto" and matching_truth(i, d) is not None for i in doc.items)
    assert auto_right == len(d.items) - LOOSE.get(key, 0), [show(i) for i in doc.items]
    assert doc.doc_type == ("certificate" if key in CERTIFICATE_GRIDS else "transcript")


@pytest.mark.parametrize("key", list(SCANNED))
def test_faxed(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|scan"].result()
    check(doc, NONPROOF3[key], False)
    if key in NO_PROOF:
        assert doc.items and not any(i.status == "auto" for i in doc.items), [show(i) for i in doc.items]
    else:
        assert sum(i.status == "auto" for i in doc.items) == len(NONPROOF3[key].items), [
            show(i) for i in doc.items
        ]
