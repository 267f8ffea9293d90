"""Round 10 of the certificate wording audit (``tests/novel_certificates_10.py``), as a table.

    python bench/bench_novel_certificates_10.py [KIND ...]   # pdf scan_light fax scan_heavy (default: all)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on round 10's documents (other languages,
unusual durations, online platforms, unusual participant lines), each read as a text PDF, a light scan, a
fax and a heavy scan. Six fields per document (doc type, participant, title, catalog course and category,
dates, hours), each right or what was read; the totals line per kind gives fields right, ``auto`` items
and wrong ``auto``. ``WRONG AUTO`` flags an ``auto`` item with a wrong fact, on a document a person must
see, or (this round's participant lines) on a document whose holder was read wrong: hours credited to a
signer are a wrong credit too.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import KINDS, run
from classify.types import ClassifiedDocument
from tests.novel_certificates import Novel, render_novel, show, wrong_autos
from tests.novel_certificates_10 import NOVELS_10, holder_right

KINDS_10 = {**KINDS, "scan_heavy": "png"}


def wrong_10(doc: ClassifiedDocument, n: Novel) -> list[str]:
    """Round 2's wrong ``auto`` items, and every ``auto`` item of a document whose holder was misread."""
    wrong = wrong_autos(doc, n)
    if not holder_right(doc, n):
        name = doc.participant_name.text if doc.participant_name else None
        wrong += [
            f"holder {name!r}: {show(i)}" for i in doc.items if i.status == "auto" and show(i) not in wrong
        ]
    return wrong


def run_10(kinds: list[str], novels: dict[str, Novel]) -> int:
    """A later round's documents read and scored as this round's: every kind (heavy scans too) by default,
    and a misread holder makes every ``auto`` item wrong."""
    KINDS.update(KINDS_10)
    return run(kinds or list(KINDS_10), novels, render_novel, wrong_of=wrong_10)


if __name__ == "__main__":
    KINDS.update(KINDS_10)
    sys.exit(run(sys.argv[1:] or list(KINDS_10), NOVELS_10, render_novel, wrong_of=wrong_10))
