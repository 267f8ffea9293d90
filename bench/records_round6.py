"""The sixth round of department training records, read as the CLI reads them.

    python bench/records_round6.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round6.py`` (taught hours beside hours attended, CEUs and credits, footnote
marks, adjustments, retakes, audit/exempt rows, side-by-side tables, instructor badges, running totals,
fiscal-year and quarter dates) through round five's bench: the same renders, figures and columns.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round5 import main
from tests.records_round6 import RECORDS6

if __name__ == "__main__":
    raise SystemExit(main(RECORDS6))
