"""Round 9 of the letter and conference-evidence audit (``tests/novel_letters_9.py``), as a table.

    python bench/bench_novel_letters_9.py [KIND ...]   # kinds: pdf scan_light fax scan_heavy (default: all)

Every document is rendered as a text PDF and degraded with ``to_scan``, read as the CLI reads it (two
processes). Letters are marked as round 7's are (``tests/novel_letters_7.marks``: doc type, participant,
SRO start ok / review / WRONG, employment ok / none / WRONG, R1/R2 on the letter alone). Conference evidence
is marked on its doc type, R6 on the document alone (``ok`` the truth, ``review`` left to a person,
``miss`` not met where only a person may say (a badge), ``WRONG`` met for no proven NASRO attendance or not
met for one) and the hours R5 credits from it without a person
(``WRONG`` more than it may: a NASRO conference's sessions are credited 0). The totals lines are what
BENCHMARKS.md records; the exit status is 1 when anything is concluded wrongly.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_letters_8 import run_round
from tests.novel_letters_9 import CONFERENCES_9, LETTERS_9, conference_marks, render_conference

# Scans as image-only PDFs: a two-page letter is one file, as it is sent.
KINDS: dict[str, str | None] = {"pdf": None, "scan_light": "pdf", "fax": "tiff", "scan_heavy": "pdf"}


def run(kinds: list[str]) -> int:
    return run_round(kinds, KINDS, LETTERS_9, CONFERENCES_9, render_conference, conference_marks, 9)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS)))
