"""The thirteenth round of department training records, read as the CLI reads them.

    python bench/records_round13.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round13.py`` (three-line titles with their cells on the last line, a "Sponsor"
column left of the title, bare "2022-23" headings, "Enrolled"/"Withdrawn"/"Incomplete" statuses, "Credits"
hours beside a "CEU" column, newest first under "Calendar Year 2023", the officer named on page 1 only with a
running header after, category totals mid-table, "Instructor-Led"/"Online" hours columns, a wrapped title
broken by the page with its date on page 2, five pages, "From"/"To" columns, contact and credit hours that
differ, hours first), rendered and read as round ten's bench does, with the same columns.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round10 import main
from tests.records_round13 import RECORDS13

if __name__ == "__main__":
    raise SystemExit(main(RECORDS13))
