"""Real-world captures, round 8 (fixtures ``tests/harsh_captures_7.py``): a photo from the side, a page
curled at its binding, a paper over a corner, a stamp over the hours, a highlighter over the name, the
hours struck out and corrected by hand, a yellowed old certificate, a guilloche colour certificate, a
receipt-printer print, a photo sent through a messenger twice, a wide-angle close-up, a taped tear.

    python bench/harsh_captures_7.py [WORKDIR] [--cache DIR] [--verbose] [--only SUBSTRING]

Writes every capture into WORKDIR and reads and scores them as round 3's bench does
(``bench/harsh_captures_3.py``: its columns, its runner), with one rule more: an item the capture makes
unsure (``Expect.sure`` False: printed hours struck out and others written) is a WRONG ``auto`` whatever
it reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.harsh_captures_3 as runner
from bench.harsh_captures_3 import Round, Tally, run_round
from classify.types import ClassifiedDocument
from tests.harsh_captures import exact
from tests.harsh_captures_7 import CAPTURES, KINDS, write_capture

_plain_tally = runner.tally


def tally(doc: ClassifiedDocument, c: Round) -> Tally:
    """Round 3's tally; an ``auto`` item matching an unsure expectation moves from right to WRONG."""
    t = _plain_tally(doc, c)
    unsure = [e for e in c.drawn.source.items if not e.sure]
    for item in doc.items:
        if item.status == "auto" and any(exact(item, e) for e in unsure):
            t.WRONG_auto += 1
            t.auto -= 1
    return t


def main() -> int:
    runner.tally = tally  # run_round looks the tally up in its module
    return run_round(CAPTURES, KINDS, write_capture, "harsh7-")


if __name__ == "__main__":
    raise SystemExit(main())
