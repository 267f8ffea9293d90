"""Real-world captures, round 5: fingers over a corner, a parquet floor, a two-page spread, a streaked fax,
JPEG quality 10, a viewer at 50 % zoom, a coffee ring over the title, reflections in a frame,
a 100-dpi scan, a tungsten cast, an upside-down photo with EXIF, a page folded in thirds.

    python bench/harsh_captures_5.py [WORKDIR] [--cache DIR] [--verbose] [--only SUBSTRING]

Writes every capture of ``tests/harsh_captures_5.py`` into WORKDIR and reads and scores them as round 3's
bench does (``bench/harsh_captures_3.py``: its columns, its runner).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.harsh_captures_3 import run_round
from tests.harsh_captures_5 import CAPTURES, KINDS, write_capture


def main() -> int:
    return run_round(CAPTURES, KINDS, write_capture, "harsh5-")


if __name__ == "__main__":
    raise SystemExit(main())
