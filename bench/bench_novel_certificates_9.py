"""Round 9 of the certificate wording audit (``tests/novel_certificates_9.py``), as a table.

    python bench/bench_novel_certificates_9.py [KIND ...]   # pdf scan_light fax scan_heavy (default: all)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on round 9's documents, each read as a
text PDF, a light scan, a fax and a heavy scan. A completion is scored on its six fields as in round 2; a
document that proves no completion (``NO_COMPLETION_9``) as in round 8 (its holder's name and nothing
credited without a person). ``WRONG AUTO`` flags an ``auto`` item with a wrong fact, on a document a
person must see, or on one that proves no completion.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import KINDS, row, run
from bench.bench_novel_certificates_8 import no_completion_row
from classify.types import ClassifiedDocument
from tests.novel_certificates import Novel, render_novel
from tests.novel_certificates_9 import NO_COMPLETION_9, NOVELS_9

KINDS_9 = {**KINDS, "scan_heavy": "png"}


def row_9(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    return (no_completion_row if n.key in NO_COMPLETION_9 else row)(doc, n)


if __name__ == "__main__":
    KINDS.update(KINDS_9)
    sys.exit(run(sys.argv[1:] or list(KINDS_9), NOVELS_9, render_novel, row_9))
