"""The seventh round of department training records, read as the CLI reads them.

    python bench/records_round7.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round7.py`` (two tables side by side, half-width columns, fiscal-year and
school-year dates, an adjustment naming its row, equivalency and transfer-credit statuses, hours per day,
year subtotals, headings repeated on every page, a landscape export of narrow columns) through round five's
bench: the same renders, figures and columns.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round5 import main
from tests.records_round7 import RECORDS7

if __name__ == "__main__":
    raise SystemExit(main(RECORDS7))
