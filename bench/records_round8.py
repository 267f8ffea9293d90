"""The eighth round of department training records, read as the CLI reads them.

    python bench/records_round8.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round8.py`` (clock durations beside clock times, a row broken over a page,
page footers and year totals, wrapped titles newest first, a certification block, spreadsheet printouts
with gridlines, row numbers or shaded bands, semicolon/pipe/quoted-comma exports, a narrow landscape
export, dates under "Period") through round five's bench: the same renders, figures and columns (rows,
rows right, hours right, dates right, not-completed kept out, ``auto``, wrong ``auto``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round5 import main
from tests.records_round8 import RECORDS8

if __name__ == "__main__":
    raise SystemExit(main(RECORDS8))
