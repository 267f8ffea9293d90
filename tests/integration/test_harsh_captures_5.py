"""Real-world captures, round 5 (``tests/harsh_captures_5.py``) through the whole read path.

A fax with vertical streaks (a dirty scan head): one crossed the "v" of the holder's surname and
tesseract read "Villanueya" at 0.99, credited ``auto`` under the wrong name. The streaks are now
painted out before OCR (``extract.preprocess.remove_streaks``). A certificate photographed beside a
roster took the roster's course as its own; the desk between the papers is now found in the pixels
(``extract.flatten.paper_gaps``). ``bench/harsh_captures_5.py`` reads every capture of the round.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from certledger.pipeline import process_file
from classify.catalog import load_catalog
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.conftest import require_tesseract
from tests.harsh_captures import exact
from tests.harsh_captures_5 import CAPTURES, write_capture
from tests.novel_certificates import show


def _read_with_its_holder(key: str, tmp_path: Path) -> tuple[Any, list[Any], list[str]]:
    """The capture ``key`` read through the whole path: its drawn truth's one item, the items read (shown),
    after checking the holder's name was read right."""
    require_tesseract()
    capture = CAPTURES[key]
    path = write_capture(capture, tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    seen = [show(i) for i in doc.items]
    (expect,) = capture.drawn.source.items
    assert doc.participant_name is not None
    assert name_tokens(doc.participant_name.text) == name_tokens(capture.drawn.source.name), seen
    return expect, list(doc.items), seen


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_streaked_fax_reads_the_holders_name_and_course(tmp_path: Path) -> None:
    expect, items, seen = _read_with_its_holder("fax_streaks-is100c_form", tmp_path)
    assert [exact(i, expect) and i.status == "auto" for i in items] == [True], seen


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("key", ["two_page_spread-ncja_form", "two_page_spread-crase_letter"])
def test_a_certificate_beside_another_paper_is_read_from_its_own(tmp_path: Path, key: str) -> None:
    """Two papers side by side on a desk: the certificate's own course is its item (``auto``, right), and
    the roster's course beside it waits for a person, never the certificate's (``flatten.paper_gaps``)."""
    expect, items, seen = _read_with_its_holder(key, tmp_path)
    assert [exact(i, expect) and i.status == "auto" for i in items] == [True, False], seen
    assert items[1].status == "review" and "Firearms" in (items[1].course_title or ""), seen
