"""Round 12 of the certificate wording audit (``tests/novel_certificates_12.py``) through the whole read path.

POST-like boards ("Course Control Number", "Total Instructional Hours 24.0", "has satisfactorily fulfilled
the requirements of"), continuing-education units ("0.8 CEUs", "16 PDHs", "Continuing Education Units:
2.4"), names in capitals with suffixes, a date only beside a signature, two dates joined by "&" or "and",
expiry dates, hours in a seal or a stamp, instructors and directors named on the page, verification codes
and certificate numbers like dates, Spanish and French certificates.

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
from tests.novel_certificates_12 import NOVELS_12

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
KNOWN_REVIEWS = {
    # the title heads the page with no cue; "has completed the eight-hour course named above"
    "instructor_above_name": "course title read with low confidence",
    # "Social Media Threats and Students": students are a setting, the subject may be another
    "webinar_time_range": "category unsure",
}
# "Sessions: 09/12/2023 and 09/19/2023 (4 hours each)": two sessions a week apart, a person's
SESSIONS = {"sessions_two_half_days"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel12")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_12[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(set(NOVELS_12) - SESSIONS))
def test_round12_text_pdfs_read_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_12[key]
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    assert_reads_every_fact(
        doc, n, (n.start_date, n.end_date, n.hours, n.catalog_id, n.category), KNOWN_REVIEWS.get(key)
    )


@pytest.mark.parametrize("key", sorted(SESSIONS))
def test_round12_sessions_apart_go_to_a_person(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_12[key]
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    assert wrong_autos(doc, n) == []
    (item,) = doc.items
    assert item.status == "review" and item.hours == n.hours, show(item)
    assert any(r.startswith("several dates printed") for r in item.review_reasons), show(item)
