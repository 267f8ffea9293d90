"""Round 14 of the certificate wording audit (``tests/novel_certificates_14.py``) through the whole read path.

A standards commission's certificate of training, a university's certificate of attendance whose CEUs and
contact hours disagree, federal programmes with grant numbers and course codes, LMS printouts with times and
time zones, a webinar's minutes attended; "in the year 2021", a spelled ordinal day, "the week of", an
academic year, two-digit years, ranges across months and years; days with no hours, dot leaders, fractions in
words, military time spans, minutes labels; particles, badge numbers and suffixes in names, instructors and
second signers.

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
from extract.fields.dates import WEEK_ONLY
from tests.novel_certificates import assert_reads_every_fact, render_novel, show, wrong_autos
from tests.novel_certificates_10 import holder_right
from tests.novel_certificates_14 import NOVELS_14

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# "Academic Year 2021-2022": no month, no day
NO_DAY = {"academic_year"}
# "during the week of June 7, 2021" for a 40-hour course: the week's first day is no course day
WEEK = {"week_of"}
# "Two days, 8 hours each": a rate, no total printed
NO_TOTAL = {"hours_per_day_two_days"}
CALLS = NO_DAY | WEEK | NO_TOTAL


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel14")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_14[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(set(NOVELS_14) - CALLS))
def test_round14_text_pdfs_read_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_14[key]
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    assert_reads_every_fact(doc, n, (n.start_date, n.end_date, n.hours, n.catalog_id, n.category), None)


@pytest.mark.parametrize("key", sorted(CALLS))
def test_round14_a_persons_call_goes_to_a_person(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_14[key]
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    assert wrong_autos(doc, n) == []
    (item,) = doc.items
    assert item.status == "review" and item.review_reasons, show(item)
    if key in NO_DAY:
        assert item.start_date is None and item.hours == n.hours, show(item)
    if key in WEEK:
        assert WEEK_ONLY in item.review_reasons and item.hours == n.hours, show(item)
    if key in NO_TOTAL:
        dates = (item.start_date, item.end_date)
        assert item.hours is None and dates == (n.start_date, n.end_date), show(item)
