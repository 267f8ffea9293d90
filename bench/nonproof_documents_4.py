"""Documents that prove no completion, round four, and controls, read as the CLI reads them.

    python bench/nonproof_documents_4.py OUTDIR [--cache DIR] [-v] [--kinds text,scan_light,fax]

Round four (``tests/nonproof_documents_4.py``): a bill whose only money column is a price, a registration
laid out as lines inside a packet, a list of courses all dated after the page's own date, a lesson plan, a
teaching record, an evaluation form, certificate templates and voided copies, a needs assessment, a
development plan, cancellations, a travel request, a Zoom-link e-mail, a class roster, an acceptance letter,
a reminder, a memo of training to attend; and controls worded near them. The table of
``bench/nonproof_documents_2.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.nonproof_documents_2 import main
from tests.nonproof_documents_4 import NO_PROOF, NONPROOF4

if __name__ == "__main__":
    raise SystemExit(main(NONPROOF4, NO_PROOF))
