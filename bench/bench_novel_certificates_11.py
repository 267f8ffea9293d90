"""Round 11 of the certificate wording audit (``tests/novel_certificates_11.py``), as a table.

    python bench/bench_novel_certificates_11.py [KIND ...]   # pdf scan_light fax scan_heavy (default: all)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on round 11's documents (standards
commissions' certificates, other units, two courses on one page, month-only dates, participant lines,
watermarks and seals, dates in words, expiry dates, numbers like dates or hours), each read as a text PDF,
a light scan, a fax and a heavy scan. Six fields per document (doc type, participant, title, catalog course
and category, dates, hours); a document listing two courses (``SECOND_COURSES``) is right only when both
are read as two items. ``WRONG AUTO`` flags an ``auto`` item with a wrong fact, on a document a person must
see, or on a document whose holder was misread (round 10's rule).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import KINDS, row, run
from bench.bench_novel_certificates_10 import KINDS_10, wrong_10
from classify.types import ClassifiedDocument
from tests.novel_certificates import Novel, render_novel, show
from tests.novel_certificates_10 import holder_right
from tests.novel_certificates_11 import NOVELS_11, SECOND_COURSES, item_matches


def row_11(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    """Round 2's row; a page of two courses is right field by field only when each course is its own item."""
    second = SECOND_COURSES.get(n.key)
    return row(doc, n) if second is None else row_of_courses(doc, n, [n, second])


def row_of_courses(
    doc: ClassifiedDocument, n: Novel, courses: list[Novel]
) -> tuple[list[str], dict[str, bool]]:
    """Round 2's row of a page listing ``courses``: right field by field only when each is its own item,
    read right, and there is no other item."""
    cells, right = row(doc.model_copy(update={"items": doc.items[:1]}), n)
    both = len(doc.items) == len(courses) and all(any(item_matches(i, t) for i in doc.items) for t in courses)
    for field in ("title", "catalog", "dates", "hours"):
        right[field] = both
    cells[2:6] = (
        ["ok"] * 4 if both else [f"{len(doc.items)} items: " + "; ".join(map(show, doc.items)), "-", "-", "-"]
    )
    cells[6] = ",".join(i.status for i in doc.items)
    return cells, right


def wrong_11(doc: ClassifiedDocument, n: Novel) -> list[str]:
    """Round 10's wrong ``auto`` items; on a page of two courses an ``auto`` item is wrong unless it is
    one of them, read right, on a page whose holder was read right."""
    second = SECOND_COURSES.get(n.key)
    if second is None:
        return wrong_10(doc, n)
    holder = holder_right(doc, n)
    return [
        show(i)
        for i in doc.items
        if i.status == "auto" and not (holder and any(item_matches(i, t) for t in (n, second)))
    ]


if __name__ == "__main__":
    KINDS.update(KINDS_10)
    sys.exit(run(sys.argv[1:] or list(KINDS_10), NOVELS_11, render_novel, row_of=row_11, wrong_of=wrong_11))
