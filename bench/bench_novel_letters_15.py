"""Round 15 of the letter audit: school-safety posts other than the SRO's, past terms up to a dated end, self-
signed letters and NASRO registration evidence (``tests/novel_letters_15.py``).

    python bench/bench_novel_letters_15.py [KIND ...]   # pdf scan_light fax scan_heavy; no KIND: every one

Each letter carries its own R1 and R2 truth (``r1`` / ``r2``; "needs_review" where only a person may decide),
marked by round 13's ``marks``; the table and totals are round 8's ``run_round``'s.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_letters_8 import run_round
from bench.bench_novel_letters_9 import KINDS
from tests import novel_letters_15 as fifteen


def main(kinds: list[str]) -> int:
    return run_round(
        kinds, KINDS, fifteen.LETTERS_15, fifteen.CONFERENCES_15, fifteen.render_conference,
        fifteen.conference_marks, 15, letter_marks=fifteen.marks,
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(KINDS)))
