"""Round 11 of the certificate wording audit (``tests/novel_certificates_11.py``) through the whole read path.

Standards commissions' certificates ("Course No. 3270", "CPE Credit Hours", "Hours Reported: 16" beside a
reporting date, a POST control number), other units ("6 PDH", "clock hours", "contact hours" in a sentence,
"1.6 CEUs (16 clock hours)", "a 90-minute webinar", "1.5 hrs"), hours in a sentence, two courses in one
table, month-only dates held, participants ("AWARDED TO", a name on its own line, the instructor level with
the participant), a slanted watermark across the name, dates in words, expiry dates, certificate numbers
like dates or hours ("16-HR-0042").

As text PDFs every fact is read right, the holder is the truth's, nothing is credited wrongly, and every
document a person need not see is ``auto``; round 10's light scan of "Officer Priya N. Raman" (a stop boxed
alone split the name) keeps the holder's given name, and the two courses' table names its holder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.novel_certificates import assert_reads_every_fact, read_light_scans, render_novel, wrong_autos
from tests.novel_certificates_10 import NOVELS_10, holder_right
from tests.novel_certificates_11 import NOVELS_11, SECOND_COURSES, item_matches

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
KNOWN_REVIEWS = {
    # no cue before the title (it heads the page), the instructor's name level with the holder's
    "instructor_level_with_name": "course title read with low confidence",
}
# a month only ("Completed: 05/2022", "Date of training: 2022-05"): no day read, a person's
MONTH_ONLY = {"completed_month_slash", "training_month_iso"}
LEFT_AS_READ = {
    # "has completed the following POST-certified course:" read as the title over the one-row table
    "post_control_table",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel11")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_11[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(set(NOVELS_11) - set(SECOND_COURSES) - LEFT_AS_READ))
def test_round11_text_pdfs_read_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_11[key]
    dates = (None, None) if key in MONTH_ONLY else (n.start_date, n.end_date)
    expected = (*dates, n.hours, n.catalog_id, n.category)
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    assert_reads_every_fact(doc, n, expected, KNOWN_REVIEWS.get(key))


@pytest.mark.parametrize("key", sorted(LEFT_AS_READ | set(SECOND_COURSES)))
def test_round11_pages_of_several_courses_never_credit_wrongly(
    key: str, docs_dir: Path, catalog: Catalog
) -> None:
    n = NOVELS_11[key]
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    truths = [n, SECOND_COURSES[key]] if key in SECOND_COURSES else [n]
    assert all(i.status == "review" or any(item_matches(i, t) for t in truths) for i in doc.items)


@pytest.mark.parametrize("key", sorted(SECOND_COURSES))
def test_round11_a_page_of_two_courses_is_two_items(key: str, docs_dir: Path, catalog: Catalog) -> None:
    """A table of two courses, and two lines "Title - date - N hours" (``extract/course_list.py``)."""
    doc = _read(key, docs_dir, catalog)
    assert len(doc.items) == 2
    assert all(any(item_matches(i, t) for i in doc.items) for t in (NOVELS_11[key], SECOND_COURSES[key]))


@pytest.mark.slow
def test_round11_light_scans_keep_the_holder(tmp_path: Path, catalog: Catalog) -> None:
    """Scanned, round 10's "Officer Priya N. Raman" keeps its given name (tesseract boxed the stop of "N."
    alone and the line was cut before it), and the two courses' table names its holder."""
    require_tesseract()
    with read_light_scans(NOVELS_10, ["minutes_150"], tmp_path, CFG, catalog, TODAY) as futures:
        raman = futures["minutes_150"].result(timeout=900)
    assert holder_right(raman, NOVELS_10["minutes_150"]), raman.participant_name
    assert wrong_autos(raman, NOVELS_10["minutes_150"]) == []
    with read_light_scans(NOVELS_11, ["two_courses_table"], tmp_path, CFG, catalog, TODAY) as futures:
        table = futures["two_courses_table"].result(timeout=900)
    assert holder_right(table, NOVELS_11["two_courses_table"]), table.participant_name
