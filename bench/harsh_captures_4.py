"""Real-world captures, round 4: a hand's, a phone's, a diagonal and a fold's shadow over the page, a seal
or a pen stroke over the date, glare over the hours, a very steep shot, a crumpled page, a checked
tablecloth, a monitor's moire, a very dim room.

    python bench/harsh_captures_4.py [WORKDIR] [--cache DIR] [--verbose] [--only SUBSTRING]

Writes every capture of ``tests/harsh_captures_4.py`` into WORKDIR and reads and scores them as round 3's
bench does (``bench/harsh_captures_3.py``: its columns, its runner).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.harsh_captures_3 import run_round
from tests.harsh_captures_4 import CAPTURES, KINDS, write_capture


def main() -> int:
    return run_round(CAPTURES, KINDS, write_capture, "harsh4-")


if __name__ == "__main__":
    raise SystemExit(main())
