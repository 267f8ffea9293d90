"""Round 14 of the certificate wording audit (``tests/novel_certificates_14.py``), as a table.

    python bench/bench_novel_certificates_14.py [KIND ...]   # pdf scan_light fax scan_heavy (default: all)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on round 14's documents (a standards
commission's certificate of training, a university's certificate of attendance whose CEUs and contact hours
disagree, federal programmes with grant and course codes, LMS printouts with times and time zones, a
webinar's minutes attended; "in the year 2021", a spelled ordinal day, "the week of", an academic year,
two-digit years, ranges across months and years; days with no hours, dot leaders, fractions in words,
military time spans; particles, badge numbers and suffixes in names, instructors and second signers).
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
from tests.novel_certificates_14 import NOVELS_14

if __name__ == "__main__":
    KINDS.update(KINDS_10)
    sys.exit(run(sys.argv[1:] or list(KINDS_10), NOVELS_14, render_novel, wrong_of=wrong_10))
