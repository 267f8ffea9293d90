"""Round 2 of one certificate listing several courses (``tests/multi_course_certificates_2.py``) through the
whole read path, as text PDFs: courses in two columns, dated lines under a stated length or a total,
sentence-case titles, a grid, "1)" numbering, a conference's sessions and total, a list continued on page 2
are one item per course; an academy's modules with their hours and a CEU paragraph stay one item.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.multi_course_certificates_2 import MULTI_2, courses_of_2
from tests.novel_certificates import render_novel, show
from tests.novel_certificates_10 import holder_right
from tests.novel_certificates_11 import item_matches

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# one course whose modules print their hours: one item, "several hour values printed" (review)
ONE_ITEM_REVIEW = {"academy_modules_with_hours"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _read(key: str, folder: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(MULTI_2[key], folder / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(MULTI_2))
def test_each_listed_course_is_its_own_item(key: str, tmp_path: Path, catalog: Catalog) -> None:
    n = MULTI_2[key]
    doc = _read(key, tmp_path, catalog)
    assert holder_right(doc, n), doc.participant_name
    # a certificate with a ruled grid of courses is read as a table, and typed by its words: a certificate
    assert doc.doc_type == n.doc_type
    items = [show(i) for i in doc.items]
    assert len(doc.items) == len(courses_of_2(n)), items
    if key in ONE_ITEM_REVIEW:
        assert doc.items[0].status == "review", items
        return
    assert all(any(item_matches(i, t) for i in doc.items) for t in courses_of_2(n)), items
    wanted = "review" if n.must_review else "auto"
    assert all(i.status == wanted for i in doc.items), items
