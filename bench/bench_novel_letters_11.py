"""Round 11 of the letter and conference-evidence audit (``tests/novel_letters_11.py``), as a table.

    python bench/bench_novel_letters_11.py [KIND ...]   # kinds: pdf scan_light fax scan_heavy (default: all)

Read as rounds 9 and 10 are, through round 8's ``run_round``; a letter a person must decide (a part-time or
relief SRO post, a letter its officer signs) is marked by round 11's ``marks`` (its R1 and R2 must be left
to a person).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_letters_8 import run_round
from bench.bench_novel_letters_9 import KINDS
from tests import novel_letters_11 as round11

run = partial(
    run_round,
    formats=KINDS,
    letters=round11.LETTERS_11,
    conferences=round11.CONFERENCES_11,
    render_conference=round11.render_conference,
    conference_marks=round11.conference_marks,
    first_seed=11,
    letter_marks=round11.marks,
)

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS)))
