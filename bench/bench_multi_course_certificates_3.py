"""Round 3 of one certificate listing several courses (``tests/multi_course_certificates_3.py``).

    python bench/bench_multi_course_certificates_3.py [KIND ...]   # pdf scan_light fax photo (default: all)

Round 2's bench on this round's pages (breakouts with a total, an academy's modules summing to its hours, a
course audited or incomplete, dot leaders, wrapped numbering, a bilingual list, an undated line, totals, a
table with grades, a list across a fold). The light scans are image-only PDFs, the faxes multi-page TIFFs;
``photo`` reads only the folded pages (``FOLDED_3``), one PNG each. A page is right field by field only when
each course it credits is its own item read right and any other item is a ``review`` item for a listed line
that is no course to credit (``NOT_CREDITED_3``). ``WRONG AUTO``: an ``auto`` item that is none of the
page's courses read right, or on a page whose holder was misread or that a person must see. ``DOUBLE``: the
``auto`` items' hours add up to more than the courses' (a total or the course credited on top of its parts).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench import bench_novel_certificates_2 as round_2
from bench.bench_multi_course_certificates import wrong_for
from bench.bench_novel_certificates_11 import row_of_courses
from classify.types import ClassifiedDocument
from tests.multi_course_certificates_3 import FOLDED_3, MULTI_3, NOT_CREDITED_3, courses_of_3
from tests.novel_certificates import Novel, render_novel, show
from tests.novel_certificates_11 import item_matches

KINDS = ["pdf", "scan_light", "fax", "photo"]
TOLERANCE = 0.01


def credited_items(doc: ClassifiedDocument, n: Novel) -> ClassifiedDocument:
    """``doc`` without the ``review`` items of lines that are no course to credit (an audited course)."""
    skip = {t.lower() for t in NOT_CREDITED_3.get(n.key, [])}
    kept = [
        i
        for i in doc.items
        if not (i.status != "auto" and (i.course_title or "").lower() in skip)
        or any(item_matches(i, t) for t in courses_of_3(n))
    ]
    return doc.model_copy(update={"items": kept})


def row_multi_3(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    """Round 2's row on the credited items; right field by field only when each course is its own item."""
    return row_of_courses(credited_items(doc, n), n, courses_of_3(n))


def double_counted(doc: ClassifiedDocument, n: Novel) -> bool:
    """The ``auto`` items credit more hours than the page's courses hold."""
    truth = sum(t.hours or 0.0 for t in courses_of_3(n))
    return sum(i.hours or 0.0 for i in doc.items if i.status == "auto") > truth + TOLERANCE


_wrong = wrong_for(courses_of_3)


def wrong_multi_3(doc: ClassifiedDocument, n: Novel) -> list[str]:
    """Round 1's wrong ``auto`` items, and a page whose ``auto`` hours count a course twice."""
    wrong = _wrong(doc, n)
    if double_counted(doc, n):
        wrong.append("DOUBLE: " + "; ".join(show(i) for i in doc.items if i.status == "auto"))
    return wrong


if __name__ == "__main__":
    kinds = sys.argv[1:] or KINDS
    round_2.KINDS.update({"scan_light": "pdf", "photo": "png"})
    flat = [k for k in kinds if k != "photo"]
    if flat:
        round_2.run(flat, MULTI_3, render_novel, row_of=row_multi_3, wrong_of=wrong_multi_3)
    if "photo" in kinds:
        folded = {k: n for k, n in MULTI_3.items() if k in FOLDED_3}
        round_2.run(["photo"], folded, render_novel, row_of=row_multi_3, wrong_of=wrong_multi_3)
    sys.exit(0)
