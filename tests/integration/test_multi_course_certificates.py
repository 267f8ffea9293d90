"""One certificate page listing several courses (``tests/multi_course_certificates.py``) through the whole
read path, as text PDFs: every listed course is its own item with its own facts (lines, bullets, the date
first, "Course 1:" fields, a CE total that is no course), a conference's listed sessions are its attendance
(for a person), and a course's modules or its agenda day by day stay one item.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.multi_course_certificates import MULTI, courses_of
from tests.novel_certificates import render_novel, show
from tests.novel_certificates_10 import holder_right
from tests.novel_certificates_11 import item_matches

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# one course's agenda, each day dated: the course's dates are a person's to settle (one item, review)
ONE_ITEM_REVIEW = {"one_course_agenda"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _read(key: str, folder: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(MULTI[key], folder / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(MULTI))
def test_each_listed_course_is_its_own_item(key: str, tmp_path: Path, catalog: Catalog) -> None:
    n = MULTI[key]
    doc = _read(key, tmp_path, catalog)
    assert holder_right(doc, n), doc.participant_name
    assert doc.doc_type == n.doc_type
    items = [show(i) for i in doc.items]
    assert len(doc.items) == len(courses_of(n)), items
    if key in ONE_ITEM_REVIEW:
        assert doc.items[0].status == "review", items
        return
    assert all(any(item_matches(i, t) for i in doc.items) for t in courses_of(n)), items
    wanted = "review" if n.must_review else "auto"
    assert all(i.status == wanted for i in doc.items), items
