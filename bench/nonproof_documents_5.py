"""Documents that prove no completion, round five, and controls, read as the CLI reads them.

    python bench/nonproof_documents_5.py OUTDIR [--cache DIR] [-v] [--kinds text,scan_light,fax]

Round five (``tests/nonproof_documents_5.py``): a one-course flyer, a course description page, the
day-by-day outline of a 40-hour course, an LMS learning plan with due dates, an attendance sheet of ten
officers, a seat confirmation and a waitlist e-mail, a registration form, a post-course survey, certificate
templates (merge fields, blank name lines), a certificate of attendance for part of a day, a letter of the
certificate to come, a conference workshop receipt; and controls worded near them. The table of
``bench/nonproof_documents_2.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.nonproof_documents_2 import main
from tests.nonproof_documents_5 import NO_PROOF, NONPROOF5

if __name__ == "__main__":
    raise SystemExit(main(NONPROOF5, NO_PROOF))
