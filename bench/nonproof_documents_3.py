"""Documents listing several courses that prove no completion, and records that do, read as the CLI reads
them.

    python bench/nonproof_documents_3.py OUTDIR [--cache DIR] [-v] [--kinds text,scan_light,fax]

Round three (``tests/nonproof_documents_3.py``): receipts, invoices and statements titled only by the totals
under their table, an order, a schedule and a class list whose pale title a fax drops (their "Qty", "Unit
Price", "Seats Available", "Openings" columns), an invoice and a registration inside packets; and controls
(records with costs, "Fee Paid" and "Registered" date columns, certificates printing a grid, a packet of a
letter and a record). The table of ``bench/nonproof_documents_2.py``, and how many grid certificates are
typed ``certificate``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.nonproof_documents_2 import main
from tests.nonproof_documents_3 import CERTIFICATE_GRIDS, NO_PROOF, NONPROOF3

if __name__ == "__main__":
    raise SystemExit(main(NONPROOF3, NO_PROOF, frozenset(CERTIFICATE_GRIDS)))
