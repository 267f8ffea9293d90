"""Round 7 of the certificate wording audit (``tests/novel_certificates_7.py``) through the whole read path.

Online platforms' timestamps with a time of day and a zone, "Duration: 01:30:00", "Credits: 1.50" alone;
"valid until" and recertification dates, "Day 2 of 3" under an event's range, "Module 3 of 5" over a
module's title; two amounts of hours, "instructor-led 6 h + online 2 h", TCOLE, Georgia POST and CLEET
credit lines, hours in a seal, modules with their hours and a total; English/Spanish pages, a title in two
type sizes, a script name beside "Awarded to", certificate numbers and a QR code's URL.

As text PDFs every fact but the known judgment calls is read right, nothing is credited wrongly, and every
document a person need not see is ``auto``; the light scan of the one-day-of-an-event certificate (the
audit's wrong ``auto``) keeps its day.
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
from tests.novel_certificates import (
    assert_reads_every_fact,
    assert_scan_keeps_the_facts,
    read_light_scans,
    render_novel,
    wrong_autos,
)
from tests.novel_certificates_7 import NOVELS_7

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Right in every fact, yet sent to a person, each for its reason.
KNOWN_REVIEWS = {
    # "has met the standard of": no cue before the course, a title found by type size is a guess
    "requalification_grid": "course title read with low confidence",
}
# What a person is left to settle, as read: the facts the page does not settle are no reading's.
AS_READ = {
    # "Course hours: 8" and "Credit hours awarded: 4": both are noted, the larger read
    "course_vs_credit_hours": (
        date(2022, 7, 12),
        date(2022, 7, 12),
        8.0,
        "school-active-shooter",
        "school_safety",
    ),
    # the "8" in the seal is set among the ring's letters in the text layer: no hours read (a person's)
    "hours_in_seal": (date(2022, 11, 8), date(2022, 11, 8), None, "trauma-informed-youth", "juvenile"),
    # the title's two lines in two type sizes: the larger alone, a guess
    "title_two_sizes": (date(2022, 5, 17), date(2022, 5, 17), 8.0, None, "school_safety"),
}
KNOWN_REVIEWS |= {
    "hours_in_seal": "no legible hours",
    "title_two_sizes": "course title read with low confidence",
}
# Light scans whose readings the audit's fixes changed, with what must hold of them.
SCANS = ("day_2_of_3",)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel7")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_7[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(NOVELS_7))
def test_text_pdf_reads_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_7[key]
    expected = AS_READ.get(key, (n.start_date, n.end_date, n.hours, n.catalog_id, n.category))
    assert_reads_every_fact(_read(key, docs_dir, catalog), n, expected, KNOWN_REVIEWS.get(key))


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("key", SCANS)
def test_light_scan_keeps_the_fixed_reading(key: str, docs_dir: Path, catalog: Catalog) -> None:
    """Never credited wrongly, one item, and the facts the text PDF gives."""
    require_tesseract()
    with read_light_scans(NOVELS_7, [key], docs_dir, CFG, catalog, TODAY) as futures:
        doc = futures[key].result(timeout=600)
    assert wrong_autos(doc, NOVELS_7[key]) == [] and len(doc.items) == 1
    assert_scan_keeps_the_facts(doc, NOVELS_7[key])
