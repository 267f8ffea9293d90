"""The fourteenth round of department training records, read as the CLI reads them.

    python bench/records_round14.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round14.py`` (round thirteen's leftovers in other layouts: titles wrapping
upward over cells on their last line, one title alone wrapping upward, "Mar 3" under "Calendar Year 2022",
a wrapped title broken by the page, "Officer: LAST-LAST, FIRST M."), rendered and read as round ten's bench
does, with the same columns.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round10 import main
from tests.records_round14 import RECORDS14

if __name__ == "__main__":
    raise SystemExit(main(RECORDS14))
