"""Round 14 of the certificate wording audit (``tests/novel_certificates_14.py``), as a table.

    python bench/bench_novel_certificates_14.py [KIND ...]   # pdf scan_light fax scan_heavy (default: all)

Round 10's bench (:func:`bench.bench_novel_certificates_10.run_10`) on round 14's documents: a standards
commission's certificate of training, a university's certificate of attendance whose CEUs and contact hours
disagree, federal programmes with grant numbers and course codes, LMS printouts with times and time zones, a
webinar's minutes attended; "in the year 2021", a spelled ordinal day, "the week of", an academic year,
two-digit years, ranges across months and years; days with no hours, dot leaders, fractions in words,
military time spans, minutes labels; particles, badge numbers and suffixes in names, instructors and second
signers. Six fields per document; ``WRONG AUTO`` flags an ``auto`` item with a wrong fact, on a document a
person must see, or on a document whose holder was misread.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_10 import run_10
from tests.novel_certificates_14 import NOVELS_14

if __name__ == "__main__":
    sys.exit(run_10(sys.argv[1:], NOVELS_14))
