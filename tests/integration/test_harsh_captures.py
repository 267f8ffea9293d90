"""Phone photos and scans unlike ``to_scan``'s, through the whole read path (``tests/harsh_captures.py``).

A handful of the audit's captures (``bench/harsh_captures.py`` reads them all): photos held at 5-12
degrees over a wooden or dark desk with a shadow across the page, JPEG quality 25-40, under a coloured
light, EXIF-rotated, a scan with a dark lid border, punched holes and a staple, a stack with its middle
page upside down, and two certificates scanned on one page. No item may be ``auto`` with a wrong fact;
the photos that flattening the page (``extract/flatten.py``) fixed stay fully read and ``auto``, and so
do the two-up pages split into their sheets.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from datetime import date

import pytest

from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.harsh_captures import CAPTURES, exact, score, write_capture, wrong_autos
from tests.novel_certificates import read_in_two_processes, show

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Read wrongly or not at all before the page was found and flattened; every fact and `auto` now.
FIXED = (
    "phone_wood-basic_landscape",  # 12 degrees: the title's confidence fell below the bar
    "phone_wood-novel_table_row",  # 12 degrees and keystone: the hours cell of a table row was lost
    "phone_dark-novel_dates_two_lines",  # the participant and the course were lost under the shadow
    "phone_dark-issuer_fema_is907",  # 10 degrees: the course code was lost, the match left unsure
)
# Two certificates scanned onto one page, each read on its own once the page is split at the gutter
# between them (``extract/gutters.py``): every item right and auto; different holders name nobody.
TWO_UP = (
    "two_up-basic_landscape+juvenile_form",
    "two_up-advanced_sidebar+issuer_ncjtc",
    "two_up_side-ymhfa_form+juvenile_form",
    "two_up_side-is362_letter+ymhfa_form",
)
# Must never be auto: a month-only date.
OTHERS = (
    "phone_cast-novel_month_only",
    "exif_rotated-advanced_sidebar",
    "scan_marks-issuer_fema_is907",
    "upside_down-basic_landscape+ymhfa_form+juvenile_form",
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def read(
    tmp_path_factory: pytest.TempPathFactory, catalog: Catalog
) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    work = tmp_path_factory.mktemp("harsh")
    files = {key: write_capture(CAPTURES[key], work) for key in FIXED + TWO_UP + OTHERS}
    with read_in_two_processes(files, CFG, catalog, TODAY) as futures:
        yield futures


@pytest.mark.parametrize("key", FIXED + TWO_UP + OTHERS)
def test_no_wrong_auto(key: str, read: dict[str, Future[ClassifiedDocument]]) -> None:
    doc = read[key].result()
    assert wrong_autos(doc, CAPTURES[key]) == []


@pytest.mark.parametrize("key", FIXED)
def test_flattened_photo_is_read_right(key: str, read: dict[str, Future[ClassifiedDocument]]) -> None:
    c = CAPTURES[key]
    doc = read[key].result()
    s = score(doc, c)
    assert (s.doc_type_right, s.name_right) == (True, True), doc.participant_name
    assert len(doc.items) == 1, [show(i) for i in doc.items]
    (item,) = doc.items
    (expected,) = c.items
    assert exact(item, expected) and item.status == "auto", show(item)


def test_upside_down_page_in_a_stack(read: dict[str, Future[ClassifiedDocument]]) -> None:
    """The middle page, fed upside down, is turned and read like the others."""
    key = "upside_down-basic_landscape+ymhfa_form+juvenile_form"
    s = score(read[key].result(), CAPTURES[key])
    assert (s.title, s.dates, s.hours) == (3, 3, 3)


@pytest.mark.parametrize("key", TWO_UP)
def test_two_up_sheets_are_read_right(key: str, read: dict[str, Future[ClassifiedDocument]]) -> None:
    c = CAPTURES[key]
    doc = read[key].result()
    s = score(doc, c)
    assert len(doc.items) == len(c.items) and s.auto == len(c.items), [show(i) for i in doc.items]
    assert s.name_right, doc.participant_name
    if doc.participant_name is None:
        assert any("different people" in w for w in doc.warnings), doc.warnings


def test_unsure_captures_go_to_a_person(read: dict[str, Future[ClassifiedDocument]]) -> None:
    for key in ("phone_cast-novel_month_only",):
        doc = read[key].result()
        assert doc.items and all(i.status == "review" for i in doc.items), [show(i) for i in doc.items]
