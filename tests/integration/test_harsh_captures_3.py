"""Real-world captures, round 3 (``tests/harsh_captures_3.py``) through the whole read path.

Two phone photos of a certificate with another paper (an overtime memo naming another officer, its own
dates and "12 hours") showing along one side: its words joined the certificate's lines ("has
successfully completed the Spring Festival det") and its hours were credited ``auto`` to a letter
whose own line of dates and hours tesseract had lost. Both are now read as the certificate alone;
``bench/harsh_captures_3.py`` reads every capture of the round.
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
from tests.harsh_captures_3 import CAPTURES, write_capture
from tests.novel_certificates import show


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("key", ["neighbour_doc-ymhfa_land", "neighbour_doc-advanced_letter"])
def test_another_paper_in_the_photo_gives_the_certificate_nothing(key: str, tmp_path: Path) -> None:
    require_tesseract()
    capture = CAPTURES[key]
    path = write_capture(capture, tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    seen = [show(i) for i in doc.items]
    (expect,) = capture.drawn.source.items
    assert all(exact(i, expect) for i in doc.items if i.status == "auto"), seen
    assert not any(i.hours == 12.0 for i in doc.items), seen  # the memo's hours
    assert any(exact(i, expect) for i in doc.items), seen
    assert doc.participant_name is not None and doc.participant_name.text == capture.drawn.source.name
