"""Real-world captures, round 8 (``tests/harsh_captures_7.py``) through the whole read path.

The printed hours struck through by one thin red line, another number written above: the printed
figures stay legible under the line and were credited ``auto`` as printed. A figure crossed from end
to end at mid-height by a line running on past it is now capped under the confidence gates
(``extract.strikes``), so the item goes to review. A record photographed from the side (keystone in
x) keeps every row right and ``auto``. ``bench/harsh_captures_7.py`` reads every capture of the round.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import load_catalog
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.harsh_captures import exact
from tests.harsh_captures_7 import CAPTURES, write_capture
from tests.novel_certificates import show


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("key", ["red_strike_hours-srp_form", "hours_corrected-ymhfa_form"])
def test_struck_and_corrected_hours_are_never_auto(tmp_path: Path, key: str) -> None:
    require_tesseract()
    path = write_capture(CAPTURES[key], tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    seen = [show(i) for i in doc.items]
    assert doc.items, seen
    assert all(i.status == "review" for i in doc.items), seen


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_record_photographed_from_the_side_keeps_its_rows(tmp_path: Path) -> None:
    require_tesseract()
    capture = CAPTURES["side_keystone-record_grid"]
    path = write_capture(capture, tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    seen = [show(i) for i in doc.items]
    expects = capture.drawn.source.items
    for item in doc.items:  # never an auto item with a fact wrong
        assert item.status != "auto" or any(exact(item, e) for e in expects), seen
    right_auto = sum(item.status == "auto" and any(exact(item, e) for e in expects) for item in doc.items)
    assert right_auto == len(expects), seen
