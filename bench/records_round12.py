"""The twelfth round of department training records, read as the CLI reads them.

    python bench/records_round12.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round12.py`` (fiscal-year span headings "FY 2022-23" / "2022-2023" over
"09/14" dates, a "Sponsor" column left of the title, a "41-Jan-23" day, learning-management exports with
"Completion Status"/"Credits"/"Assigned" columns and a "CEUs" column, a "Hours" column of "1:30", a
"Waived"/"Exempt"/"Failed"/"Incomplete" result column, rows sorted by title, shaded category bands with
"Category Total" rows, three-line titles with bottom-aligned cells, two officers' sections on one page, a
landscape academy export), rendered and read as round ten's bench does, with the same columns.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round10 import main
from tests.records_round12 import RECORDS12

if __name__ == "__main__":
    raise SystemExit(main(RECORDS12))
