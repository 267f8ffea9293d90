"""Round 6 of the certificate wording audit (``tests/novel_certificates_6.py``) through the whole read path.

UK, Irish, Australian and Canadian issuers ("7th June 2021", "07-Jun-2021", "Tuesday 8th and Wednesday 9th
June 2021", "CPD hours: 6", "Duration: 1 day (6 CPD hours)", "6 h 30 min", an enrolment date); hours in a
ribbon, "4 PDH", "1.5 hours of continuing education credit for", a number over a "CE HOURS" caption, a
schedule with its lunch break, two disagreeing lengths; registration and print dates, a form's revision
month, "Session: Jun 2021"; "Conferred upon" a name in capitals with "III", a name in quotes' sentence, a
participant's name in a row of captioned rules, "Ofc." and "Jr."; course numbers, certificate numbers, a
QR code's URL.

As text PDFs every fact but the known judgment calls is read right, nothing is credited wrongly, and every
document a person need not see is ``auto``; light scans of the documents whose fixes depend on the parsers
are never credited wrongly and keep the facts the fixes restored.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
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
    show,
    truth,
    wrong_autos,
)
from tests.novel_certificates_6 import NOVELS_6

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Right in every fact, yet sent to a person, each for its reason.
KNOWN_REVIEWS = {
    # no cue before the course, which stands under the heading: a title found by type size is a guess
    "three_captioned_rules": "course title read with low confidence",
    # more hours than a day holds on the one date printed (a completion date; a one-line "date · hours")
    "aus_enrolment_completion": "hours in 1 day",
    "recognition_quoted": "hours in 1 day",
}
# What a person is left to settle, as read: the facts the page does not settle are no reading's.
AS_READ = {
    # "a 6-hour course" and "Total hours: 7.5": the labelled total is read, and the other length is noted
    "hours_disagree": (date(2021, 8, 17), date(2021, 8, 17), 7.5, "juvenile-law", "juvenile"),
    # "Session: Jun 2021" beside "Issued: 07/15/2021": no day is the course's
    "month_abbrev_only": (None, None, 8.0, "school-active-shooter", "school_safety"),
    # "Working with Families in Crisis": no category term
    "category_unsure_families": (date(2021, 4, 13), date(2021, 4, 13), 6.0, None, None),
}
# Light scans whose readings the audit's fixes changed, with what must hold of them.
SCANS = ("uk_two_weekdays", "pdh_sentence", "hours_box_caption", "ofc_hyphen_jr", "ce_credit_sentence")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel6")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_6[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(NOVELS_6))
def test_text_pdf_reads_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_6[key]
    expected = AS_READ.get(key, truth(n))
    assert_reads_every_fact(_read(key, docs_dir, catalog), n, expected, KNOWN_REVIEWS.get(key))


def test_disagreeing_lengths_are_noted(docs_dir: Path, catalog: Catalog) -> None:
    (item,) = _read("hours_disagree", docs_dir, catalog).items
    assert any("another length" in r for r in item.review_reasons), show(item)


def test_a_month_beside_the_issue_day_is_noted(docs_dir: Path, catalog: Catalog) -> None:
    (item,) = _read("month_abbrev_only", docs_dir, catalog).items
    assert any("only the month" in r for r in item.review_reasons), show(item)


@pytest.fixture(scope="module")
def scans(docs_dir: Path, catalog: Catalog) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    with read_light_scans(NOVELS_6, SCANS, docs_dir, CFG, catalog, TODAY) as futures:  # the bench's seeds
        yield futures


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("key", SCANS)
def test_light_scan_keeps_the_fixed_reading(key: str, scans: dict[str, Future[ClassifiedDocument]]) -> None:
    """Never credited wrongly, one item, and the facts the text PDF gives."""
    n, doc = NOVELS_6[key], scans[key].result(timeout=600)
    assert wrong_autos(doc, n) == [] and len(doc.items) == 1, [show(i) for i in doc.items]
    assert_scan_keeps_the_facts(doc, n)
