"""Round 12 of the certificate wording audit (``tests/novel_certificates_12.py``), as a table.

    python bench/bench_novel_certificates_12.py [KIND ...]   # pdf scan_light fax scan_heavy (default: all)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on round 12's documents (POST-like boards'
course control numbers and instructional hours, continuing-education units, names in capitals with
suffixes, a date only beside a signature, expiry dates, hours in a seal or a stamp, instructors and
directors named on the page, verification codes and certificate numbers, Spanish and French certificates),
each read as a text PDF, a light scan, a fax and a heavy scan. Six fields per document (doc type,
participant, title, catalog course and category, dates, hours); ``WRONG AUTO`` flags an ``auto`` item with
a wrong fact, on a document a person must see, or on a document whose holder was misread (round 10's rule).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import KINDS, run
from bench.bench_novel_certificates_10 import KINDS_10, wrong_10
from tests.novel_certificates import render_novel
from tests.novel_certificates_12 import NOVELS_12

if __name__ == "__main__":
    KINDS.update(KINDS_10)
    sys.exit(run(sys.argv[1:] or list(KINDS_10), NOVELS_12, render_novel, wrong_of=wrong_10))
