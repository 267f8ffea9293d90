"""The ninth round of department training records, read as the CLI reads them.

    python bench/records_round9.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round9.py`` (a row's title on page 1 and its cells on page 2, a wrapped title
continued on the next page, "thru"/"through" end dates on the line under, comma and Yes/No semicolon exports
printed then faxed, database field names as headings, year bands with subtotals, a Credit Y/N column,
status codes with a legend, three-line titles, quarter hours, an instructor column beside the title, hours
required beside completed, a ten-column landscape export, a header repeated with "Continued on next page")
through round five's bench: the same renders, figures and columns.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round5 import main
from tests.records_round9 import RECORDS9

if __name__ == "__main__":
    raise SystemExit(main(RECORDS9))
