"""Round 13 of the certificate wording audit (``tests/novel_certificates_13.py``), as a table.

    python bench/bench_novel_certificates_13.py [KIND ...]   # pdf scan_light fax scan_heavy (default: all)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on round 13's documents (hours spelled out,
in sentences, as CEUs, days and hours, hours and minutes; ordinal dates, "thru", a season with no month,
issue and expiry dates beside the course's; certificates of attendance, participation and achievement;
hyphenated and apostrophised names; two-line titles; sheriffs' academies, state school-safety centres,
universities, online platforms and FEMA EMI), each read as a text PDF, a light scan, a fax and a heavy scan.
Six fields per document (doc type, participant, title, catalog course and category, dates, hours);
``WRONG AUTO`` flags an ``auto`` item with a wrong fact, on a document a person must see, or on a document
whose holder was misread (round 10's rule).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import KINDS, run
from bench.bench_novel_certificates_10 import KINDS_10, wrong_10
from tests.novel_certificates import render_novel
from tests.novel_certificates_13 import NOVELS_13

if __name__ == "__main__":
    KINDS.update(KINDS_10)
    sys.exit(run(sys.argv[1:] or list(KINDS_10), NOVELS_13, render_novel, wrong_of=wrong_10))
