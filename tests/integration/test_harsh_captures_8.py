"""Real-world captures, round 9 (``tests/harsh_captures_8.py``) through the whole read path.

A QR label stuck just after the hours covers the foot of the date line's last figure above them:
tesseract read "11/08/2023" as "11/08/2022" at 0.91 and the item was ``auto`` with a wrong year. A
figure touched by a solid graphic is now capped under the confidence gates (``extract.occlusion``),
so the item goes to review. A grid record with a laser printer's ghost over its rows, and one that
slipped in the feeder, keep every row right and ``auto`` (its rules and ghost are no graphic).
``bench/harsh_captures_8.py`` reads every capture of the round.
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
from tests.harsh_captures_8 import CAPTURES, write_capture
from tests.novel_certificates import show


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_date_half_under_a_qr_label_is_never_auto(tmp_path: Path) -> None:
    require_tesseract()
    capture = CAPTURES["code_by_hours-is360_land"]
    path = write_capture(capture, tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    seen = [show(i) for i in doc.items]
    assert doc.items, seen
    expects = capture.drawn.source.items
    for item in doc.items:  # never an auto item with a fact wrong
        assert item.status != "auto" or any(exact(item, e) for e in expects), seen


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("key", ["laser_ghost-record_grid", "feeder_slip-record_grid"])
def test_a_ruled_record_keeps_its_rows(tmp_path: Path, key: str) -> None:
    require_tesseract()
    capture = CAPTURES[key]
    path = write_capture(capture, tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    seen = [show(i) for i in doc.items]
    expects = capture.drawn.source.items
    for item in doc.items:
        assert item.status != "auto" or any(exact(item, e) for e in expects), seen
    right_auto = sum(item.status == "auto" and any(exact(item, e) for e in expects) for item in doc.items)
    assert right_auto == len(expects), seen
