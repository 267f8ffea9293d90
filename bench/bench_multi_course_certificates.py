"""One certificate page listing several courses (``tests/multi_course_certificates.py``), as a table.

    python bench/bench_multi_course_certificates.py [KIND ...]   # pdf scan_light (default: both)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on pages listing 2-5 courses (lines, a
bulleted list, "Course 1:" fields, a conference's sessions, a CE certificate with a total) and on distractors
that are one course (modules, a day-by-day agenda, "the 40-hour <Title>"). Six fields per document; on a page
listing courses the title, catalog, dates and hours are right only when every course is its own item, read
right (the items' count is the courses'). ``WRONG AUTO`` flags an ``auto`` item that is none of the page's
courses read right, or any ``auto`` item of a page whose holder was misread (round 10's rule).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import row, run
from bench.bench_novel_certificates_11 import row_of_courses
from classify.types import ClassifiedDocument
from tests.multi_course_certificates import MORE_COURSES, MULTI, courses_of
from tests.novel_certificates import Novel, render_novel, show
from tests.novel_certificates_10 import holder_right
from tests.novel_certificates_11 import item_matches


def row_multi(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    """Round 2's row; a page of several courses is right field by field only when each is its own item."""
    return row_of_courses(doc, n, courses_of(n)) if n.key in MORE_COURSES else row(doc, n)


def wrong_for(courses: Callable[[Novel], list[Novel]]) -> Callable[[ClassifiedDocument, Novel], list[str]]:
    """An ``auto`` item is wrong unless it is one of the page's ``courses``, read right, on a page whose
    holder was read right and that a person need not see."""

    def wrong(doc: ClassifiedDocument, n: Novel) -> list[str]:
        holder = holder_right(doc, n)
        return [
            show(i)
            for i in doc.items
            if i.status == "auto"
            and (n.must_review or not (holder and any(item_matches(i, t) for t in courses(n))))
        ]

    return wrong


wrong_multi = wrong_for(courses_of)


if __name__ == "__main__":
    sys.exit(
        run(
            sys.argv[1:] or ["pdf", "scan_light"], MULTI, render_novel, row_of=row_multi, wrong_of=wrong_multi
        )
    )
