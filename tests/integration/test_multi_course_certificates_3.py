"""Round 3 of one certificate listing several courses (``tests/multi_course_certificates_3.py``) through the
whole read path, as text PDFs: every course credited is its own item read right; a course the list marks
not completed, an undated line or a total is never an ``auto`` item; the ``auto`` hours never count a course
twice (a total, a translation, a course with its parts).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench.bench_multi_course_certificates_3 import double_counted, row_multi_3, wrong_multi_3
from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from extract.config import ExtractConfig
from tests.multi_course_certificates_3 import MULTI_3
from tests.novel_certificates import render_novel, show

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Left as found (see BENCHMARKS): hours as bare numbers at the right of dot leaders, no unit on the line.
UNDER_CREDITED = {"total_hours_leaders"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.mark.parametrize("key", sorted(MULTI_3))
def test_each_credited_course_is_its_own_item(key: str, tmp_path: Path, catalog: Catalog) -> None:
    n = MULTI_3[key]
    doc = process_file(render_novel(n, tmp_path / f"{key}.pdf"), CFG, catalog, TODAY)
    items = [show(i) for i in doc.items]
    assert wrong_multi_3(doc, n) == [], items
    assert not double_counted(doc, n), items
    if key not in UNDER_CREDITED:
        _, right = row_multi_3(doc, n)
        assert all(right.values()), (right, items)
