"""Round 14 of the letter and conference-evidence audit (``tests/novel_letters_14.py``), as a table.

    python bench/bench_novel_letters_14.py [KIND ...]   # kinds: pdf scan_light fax scan_heavy (default: all)

Read as rounds 9 to 11 are, through round 8's ``run_round``; round 11's ``marks`` marks a letter a person
must decide (its R1 and R2 must be left to a person).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_letters_8 import run_round
from bench.bench_novel_letters_9 import KINDS
from tests import novel_letters_14 as round14

run = partial(
    run_round,
    formats=KINDS,
    letters=round14.LETTERS_14,
    conferences=round14.CONFERENCES_14,
    render_conference=round14.render_conference,
    conference_marks=round14.conference_marks,
    first_seed=14,
    letter_marks=round14.marks,
)

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS)))
