"""Round 15 of the certificate wording audit (``tests/novel_certificates_15.py``) through the whole read path.

Landscape certificates with a script-like name and the course in small capitals, two dated signature blocks,
POST certificates with course control numbers, course and session numbers beside the hours, tables with a
"Total hours" footer, LMS pages; hours as credit hours, training units (with and without a conversion), PDH,
clock hours with a CEU equivalent, printed twice (agreeing and not); "in the year 2023", a year in words,
ranges across months and years, ISO dates and an ISO interval.

As text PDFs every fact is read right, the holder is the truth's, nothing is credited wrongly, and every
document a person need not see is ``auto``; the documents left in review say why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.novel_certificates import assert_reads_every_fact, render_novel, show, wrong_autos
from tests.novel_certificates_10 import holder_right
from tests.novel_certificates_15 import NOVELS_15

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# "Time spent: 5h 12m" beside "Credit hours: 4": two lengths, a person's
TWO_LENGTHS = {"lms_time_spent_vs_credit"}
# one course's days as the rows of a table: read as two items, both in review
DAY_ROWS = {"table_course_days_total"}
# the course in capitals under the holder, the cue above the holder: a title guessed, review
KNOWN_REVIEW = {"landscape_year_in_words": "course title read with low confidence"}
CALLS = TWO_LENGTHS | DAY_ROWS


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel15")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_15[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(set(NOVELS_15) - CALLS))
def test_round15_text_pdfs_read_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_15[key]
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    expected = (n.start_date, n.end_date, n.hours, n.catalog_id, n.category)
    assert_reads_every_fact(doc, n, expected, KNOWN_REVIEW.get(key))


@pytest.mark.parametrize("key", sorted(CALLS))
def test_round15_a_persons_call_goes_to_a_person(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_15[key]
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    assert wrong_autos(doc, n) == []
    assert doc.items and all(i.status == "review" and i.review_reasons for i in doc.items), [
        show(i) for i in doc.items
    ]
    if key in TWO_LENGTHS:
        (item,) = doc.items
        assert any("several hour values" in r for r in item.review_reasons), show(item)
