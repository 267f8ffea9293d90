"""Real-world captures, round 6: perspective and shake together, a plastic sleeve, a phone's screen, a
carbonless copy, an embossed seal over the date, holes through the print, a night flash, a scan with the
lid open, a faded thermal fax, two certificates to a sheet, a copy of a copy, the back showing through.

    python bench/harsh_captures_6.py [WORKDIR] [--cache DIR] [--verbose] [--only SUBSTRING]

Writes every capture of ``tests/harsh_captures_6.py`` into WORKDIR and reads and scores them as round 3's
bench does (``bench/harsh_captures_3.py``: its columns, its runner).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.harsh_captures_3 import run_round
from tests.harsh_captures_6 import CAPTURES, KINDS, write_capture


def main() -> int:
    return run_round(CAPTURES, KINDS, write_capture, "harsh6-")


if __name__ == "__main__":
    raise SystemExit(main())
