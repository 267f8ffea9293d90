"""Round 7 of the certificate wording audit (``tests/novel_certificates_7.py``), as a table.

    python bench/bench_novel_certificates_7.py [KIND ...]     # kinds: pdf scan_light fax (default: all three)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on round 7's documents: each is read as a
text PDF, a light scan and a fax, in two processes as the CLI reads it, and compared with its truth.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import KINDS, run
from tests.novel_certificates import render_novel
from tests.novel_certificates_7 import NOVELS_7

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS), NOVELS_7, render_novel))
