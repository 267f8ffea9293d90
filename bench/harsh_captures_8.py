"""Real-world captures, round 9 (fixtures ``tests/harsh_captures_8.py``): a photo smeared up and down, a
fax with lost scan lines, coloured paper scanned in grey, a barcode or QR after the hours, black-and-white
scans thresholded too dark and too light, dust on the glass (a speck inside the hours' figure), the hours
circled in pen, a sheet slipped in the feeder, a laser printer's ghost, a dot-matrix record, a microfilm
print.

    python bench/harsh_captures_8.py [WORKDIR] [--cache DIR] [--verbose] [--only SUBSTRING]

Writes every capture into WORKDIR and reads and scores them as round 3's bench does
(``bench/harsh_captures_3.py``: its columns, its runner).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.harsh_captures_3 import run_round
from tests.harsh_captures_8 import CAPTURES, KINDS, write_capture


def main() -> int:
    return run_round(CAPTURES, KINDS, write_capture, "harsh8-")


if __name__ == "__main__":
    raise SystemExit(main())
