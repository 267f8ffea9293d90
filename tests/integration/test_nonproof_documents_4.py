"""Bills with a price column only, plans and lesson plans, a teaching record, forms, templates and voided
copies, cancellations, sign-up e-mails, a schedule dated before its courses, listings as lines in a packet,
and records and certificates worded near them (``tests/nonproof_documents_4.py``), read whole as text PDFs.

No item of a no-completion document is ``auto`` and each carries a reason a person reads; a control's
completed rows are read right and ``auto``. ``bench/nonproof_documents_4.py`` reads them as light scans and
faxes too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from classify.types import ClassifiedDocument
from tests.integration.test_records_round8 import check, read_all
from tests.issuer_formats import matching_truth
from tests.nonproof_documents_4 import NO_PROOF, NONPROOF4
from tests.novel_certificates import show

# A control's row whose title the catalog matches only loosely ("uncertain catalog match"): in review.
LOOSE: dict[str, int] = {}  # certificate_same_day: its Bullying row is auto and right since between_names
# the pages behind a packet's certificate: their courses are for a person (the certificate's stays auto)
PACKETS = {"packet_certificate_registration_lines", "packet_certificate_notice_lines"}
# a page naming a course and nothing a person could credit: no item read at all is as good as one in review
ANY_REASON = ("a person decides", "hours taught", "may not have been completed", "roster")


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(NONPROOF4, {}, tmp_path_factory.mktemp("nonproof4"))


@pytest.mark.parametrize("key", sorted(NO_PROOF))
def test_no_completion_document_credits_nothing(
    key: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"{key}|text"].result()
    check(doc, NONPROOF4[key], False)
    assert doc.items and all(i.status != "auto" for i in doc.items), [show(i) for i in doc.items]
    said = [i for i in doc.items if any(w in r for r in i.review_reasons for w in ANY_REASON)]
    assert len(said) == len(doc.items), [i.review_reasons for i in doc.items]


@pytest.mark.parametrize("key", sorted(set(NONPROOF4) - NO_PROOF))
def test_control_keeps_its_auto_rows(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    d = NONPROOF4[key]
    check(doc, d, True)
    auto_right = sum(i.status == "auto" and matching_truth(i, d) is not None for i in doc.items)
    assert auto_right == len(d.items) - LOOSE.get(key, 0), [show(i) for i in doc.items]
    others = [i for i in doc.items if matching_truth(i, d) is None]
    assert all(i.status != "auto" for i in others), [show(i) for i in others]
    if key in PACKETS:
        assert others and all(any("a person decides" in r for r in i.review_reasons) for i in others)
