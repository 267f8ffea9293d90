"""Round 5 of the certificate wording audit (``tests/novel_certificates_5.py``) through the whole read path.

Dates beside the course date that are not it ("Recertify by", an "Expires" column, "Date printed", dated
signature lines, certificate numbers holding a date); "May 3rd–5th, 2022", "3rd–5th May 2022", "05/03/22",
German "am 3. Mai 2022" and "vom 3. bis 5. Mai 2022"; hours only in a ruled table, "CE credits: 1.6 CEUs
(16 hours)", "sixteen (16) clock hours", "3½ hours", "4.5 hrs", "½ day", "Stunden", "Horas lectivas",
check-in and check-out times; a name over its "Participant" caption, a calligraphic name in a two-column
page, "Herrn" before a name; a programme's modules with a total, three courses with a total, an issuer in
a seal's ring only.

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
from tests.novel_certificates_5 import NOVELS_5

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Right in every fact, yet sent to a person, each for its reason. ("caption_under_line", no cue before the
# course, is `auto`: its title, guessed by type size, stands alone under the heading over its date and hours
# and prints a catalog course's name word for word.)
KNOWN_REVIEWS = {
    # a setting word alone ("Students ...", "an Schulen", "Menores") leaves the category to a person
    "ce_credits_both": "category unsure",
    "german_am": "category unsure",
    "spanish_horas_label": "category unsure",
    # "½ day" states no hours
    "half_day": "no legible hours",
}
NO_CATEGORY = {"german_am", "spanish_horas_label"}
# Read wrongly in one fact, and so reviewed: the card's header band is taken for the course.
MISREAD = {"card_recert"}
# Light scans whose readings the audit's fixes changed, with what must hold of them.
SCANS = ("german_vom_bis", "three_and_half", "modules_with_total", "caption_under_line")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel5")


def _expected(key: str) -> tuple[object, ...]:
    want = truth(NOVELS_5[key])
    return (*want[:4], None) if key in NO_CATEGORY else want


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_5[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(set(NOVELS_5) - MISREAD - {"three_courses_total"}))
def test_text_pdf_reads_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_5[key]
    assert_reads_every_fact(_read(key, docs_dir, catalog), n, _expected(key), KNOWN_REVIEWS.get(key))


def test_three_courses_with_a_total_go_to_a_person(docs_dir: Path, catalog: Catalog) -> None:
    doc = _read("three_courses_total", docs_dir, catalog)
    assert wrong_autos(doc, NOVELS_5["three_courses_total"]) == []
    assert all(i.status == "review" for i in doc.items)
    # each course its own item (extract/course_list.py), dated only by the page's span of days: a person's
    assert [i.hours for i in doc.items] == [8.0, 4.0, 4.0]
    assert all(any("one span of days" in r for r in i.review_reasons) for i in doc.items)


def test_check_in_and_out_times_give_no_hours(docs_dir: Path, catalog: Catalog) -> None:
    (item,) = _read("attendance_times", docs_dir, catalog).items
    assert item.status == "review" and item.hours is None, show(item)


def test_a_misread_card_is_never_credited(docs_dir: Path, catalog: Catalog) -> None:
    for key in MISREAD:
        doc = _read(key, docs_dir, catalog)
        assert wrong_autos(doc, NOVELS_5[key]) == []
        assert all(i.status == "review" for i in doc.items), [show(i) for i in doc.items]


@pytest.fixture(scope="module")
def scans(docs_dir: Path, catalog: Catalog) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    with read_light_scans(NOVELS_5, SCANS, docs_dir, CFG, catalog, TODAY) as futures:  # the bench's seeds
        yield futures


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("key", SCANS)
def test_light_scan_is_never_credited_wrongly(key: str, scans: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = scans[key].result(timeout=600)
    assert wrong_autos(doc, NOVELS_5[key]) == [], key
    assert len(doc.items) == 1, [show(i) for i in doc.items]


@pytest.mark.tesseract
@pytest.mark.slow
def test_light_scans_keep_the_fixed_readings(scans: dict[str, Future[ClassifiedDocument]]) -> None:
    for key, fut in scans.items():
        n, doc = NOVELS_5[key], fut.result(timeout=600)
        assert_scan_keeps_the_facts(doc, n)
