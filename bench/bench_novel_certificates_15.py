"""Round 15 of the certificate wording audit (``tests/novel_certificates_15.py``), as a table.

    python bench/bench_novel_certificates_15.py [KIND ...]   # pdf scan_light fax scan_heavy (default: all)

Round 10's bench (:func:`bench.bench_novel_certificates_10.run_10`) on round 15's documents: landscape
certificates with a script-like name and the course in small capitals, two dated signature blocks, POST
certificates with course control numbers, course and session numbers beside the hours, tables with a "Total
hours" footer, LMS pages ("Completed on", "Time spent: 3h 45m"); hours as credit hours, training units, PDH,
clock hours with a CEU equivalent, printed twice (agreeing, and disagreeing: a person's); "this 14th day of
March, in the year 2023", a year in words, ranges across months and years, ISO dates and an ISO interval.
Six fields per document; ``WRONG AUTO`` flags an ``auto`` item with a wrong fact, on a document a person
must see, or on a document whose holder was misread.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_10 import run_10
from tests.novel_certificates_15 import NOVELS_15

if __name__ == "__main__":
    sys.exit(run_10(sys.argv[1:], NOVELS_15))
