"""Real-world captures, round 6 (``tests/harsh_captures_6.py``) through the whole read path.

A record copied three times over: one row's hours cell came out as "G.ven" and the record's whole
hours column was read as no hours column (every row "no hours in this row"). Under an hours heading a
garbled cell now costs its own row alone (``extract.transcript.assign_roles``). A hole punched beside
the holder's name, read "@", joined it ("@ Philippa N. Runcorn": no name read); a blob at a line's
end is now a cell of its own (``extract.lines.split_cells``).
``bench/harsh_captures_6.py`` reads every capture of the round.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import load_catalog
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.conftest import require_tesseract
from tests.harsh_captures import exact
from tests.harsh_captures_6 import CAPTURES, write_capture
from tests.novel_certificates import show


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_copy_of_a_copy_keeps_the_hours_of_the_rows_it_did_not_garble(tmp_path: Path) -> None:
    require_tesseract()
    capture = CAPTURES["copy_of_copy-record_plain"]
    path = write_capture(capture, tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    seen = [show(i) for i in doc.items]
    expects = capture.drawn.source.items
    assert len(doc.items) == len(expects), seen
    for item in doc.items:  # never an auto item with a fact wrong
        assert item.status != "auto" or any(exact(item, e) for e in expects), seen
    right_auto = sum(item.status == "auto" and any(exact(item, e) for e in expects) for item in doc.items)
    assert right_auto >= 2, seen


@pytest.mark.tesseract
@pytest.mark.slow
def test_holes_punched_beside_the_name_leave_the_holders_name(tmp_path: Path) -> None:
    require_tesseract()
    capture = CAPTURES["holes_through_print-juvint_side"]
    path = write_capture(capture, tmp_path)
    doc = process_file(path, ExtractConfig(ocr_cache_dir=None), load_catalog(), date(2025, 6, 1))
    seen = [show(i) for i in doc.items]
    (expect,) = capture.drawn.source.items
    assert doc.participant_name is not None, seen
    assert name_tokens(doc.participant_name.text) == name_tokens(capture.drawn.source.name), seen
    assert [exact(i, expect) and i.status == "auto" for i in doc.items] == [True], seen
