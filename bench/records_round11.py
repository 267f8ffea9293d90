"""The eleventh round of department training records, read as the CLI reads them.

    python bench/records_round11.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round11.py`` (category groups with subtotals, "CE" and "Cr." hours columns,
"2021-03" month-only dates, a "Course #" column of numbers like hours, start and end columns, a "Status"
column of "Incomplete"/"No Show"/"Withdrawn", a landscape page, headers repeated on each page, a signature
block, the name only in a running page header, year headings newest first, fiscal-year headings, "03/21"
cells under a "2021" heading, "13-APR-21" start and end columns), rendered and read as round ten's bench
does, with the same columns.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round10 import main
from tests.records_round11 import RECORDS11

if __name__ == "__main__":
    raise SystemExit(main(RECORDS11))
