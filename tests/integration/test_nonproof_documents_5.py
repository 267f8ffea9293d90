"""Flyers, a course's outline by day, a learning plan, an attendance sheet, seat and waitlist e-mails, forms,
a survey, certificate templates, part of a day attended, a letter of the certificate to come, a conference
workshop receipt; and certificates and records worded near them (``tests/nonproof_documents_5.py``), read
whole as text PDFs.

No item of a no-completion document is ``auto``; a control's completed rows are read right and ``auto``
(but those printing no hours, or hours per day beside the total). ``bench/nonproof_documents_5.py`` reads
them as light scans too.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from classify.types import ClassifiedDocument
from tests.integration.test_records_round8 import check, read_all
from tests.issuer_formats import matching_truth
from tests.nonproof_documents_5 import NO_PROOF, NONPROOF5
from tests.novel_certificates import show

# controls whose one row is in review for a reason of its own: no hours printed; "8" per day beside "40"
NOT_AUTO = {"webinar_participation_no_hours", "certificate_40_hour_days"}
# no-completion pages in review for what they lack, not for a wording (a blank certificate: no date read; a
# catalogue page: its course's title read with low confidence; a table of assigned courses with their due
# dates and no completion date, read as one page of several dates and no hours)
UNSAID = {"certificate_blank_lines", "assigned_training_due_dates"}
ANY_REASON = ("a person decides", "may not have been completed", "roster")


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    yield from read_all(NONPROOF5, {}, tmp_path_factory.mktemp("nonproof5"))


@pytest.mark.parametrize("key", sorted(NO_PROOF))
def test_no_completion_document_credits_nothing(
    key: str, reads: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = reads[f"{key}|text"].result()
    check(doc, NONPROOF5[key], False)
    assert doc.items and all(i.status != "auto" for i in doc.items), [show(i) for i in doc.items]
    if key not in UNSAID:
        said = [i for i in doc.items if any(w in r for r in i.review_reasons for w in ANY_REASON)]
        assert len(said) == len(doc.items), [i.review_reasons for i in doc.items]


@pytest.mark.parametrize("key", sorted(set(NONPROOF5) - NO_PROOF))
def test_control_keeps_its_auto_rows(key: str, reads: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = reads[f"{key}|text"].result()
    d = NONPROOF5[key]
    check(doc, d, True)
    auto_right = sum(i.status == "auto" and matching_truth(i, d) is not None for i in doc.items)
    assert auto_right == (0 if key in NOT_AUTO else len(d.items)), [show(i) for i in doc.items]
    others = [i for i in doc.items if matching_truth(i, d) is None]
    assert all(i.status != "auto" for i in others), [show(i) for i in others]
