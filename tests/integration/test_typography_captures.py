"""Designed certificates through the whole read path (``tests/harsh_captures_2.py``).

Two of the round's designs as the issuer's 200-dpi image, read by tesseract: a logo block down the left
beside the certificate (its stacked words were joined to the lines beside them, the course read from the
block), and a name under the heading with no "this certifies that" (nobody was named). Both are now read
whole and ``auto``; ``bench/harsh_captures_2.py`` reads every design, screenshot and photo.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import load_catalog
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.harsh_captures_2 import DESIGNS, marks, write_design
from tests.novel_certificates import show


@pytest.mark.parametrize("key", ["two_column", "heading_then_name"])
def test_a_designed_certificate_is_read_whole(key: str, tmp_path: Path) -> None:
    require_tesseract()
    path = write_design(DESIGNS[key], "png", tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    m = marks(doc, DESIGNS[key])
    seen = [show(i) for i in doc.items]
    assert m.wrong_auto == 0, seen
    assert (m.doc_type, m.name, m.title, m.dates, m.hours, m.auto) == (True,) * 6, seen
