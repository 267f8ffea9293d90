"""Round 2 of one certificate page listing several courses (``tests/multi_course_certificates_2.py``).

    python bench/bench_multi_course_certificates_2.py [KIND ...]   # pdf scan_light scan_heavy (default: all)

Round 1's bench (``bench/bench_multi_course_certificates.py``) on this round's pages: two columns, lines
carrying only dates, sentence-case titles, a grid, "1)" numbering, a conference's sessions and total, a list
continued on page 2; and distractors that are one course (an academy's modules with their hours, a CEU
paragraph). The scans are image-only PDFs (a two-page certificate stays one file). Six fields per document;
on a page listing courses the title, catalog, dates and hours are right only when every course is its own
item, read right. ``WRONG AUTO``: an ``auto`` item that is none of the page's courses read right, any
``auto`` item of a page whose holder was misread or that a person must see.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench import bench_novel_certificates_2 as round_2
from bench.bench_multi_course_certificates import wrong_for
from bench.bench_novel_certificates_11 import row_of_courses
from classify.types import ClassifiedDocument
from tests.multi_course_certificates_2 import MORE_COURSES_2, MULTI_2, courses_of_2
from tests.novel_certificates import Novel, render_novel

KINDS = ["pdf", "scan_light", "scan_heavy"]


def row_multi_2(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    """Round 2's row; a page of several courses is right field by field only when each is its own item."""
    return row_of_courses(doc, n, courses_of_2(n)) if n.key in MORE_COURSES_2 else round_2.row(doc, n)


wrong_multi_2 = wrong_for(courses_of_2)


if __name__ == "__main__":
    # The scans as image-only PDFs: a two-page certificate is one file.
    round_2.KINDS.update({"scan_light": "pdf", "scan_heavy": "pdf"})
    sys.exit(
        round_2.run(sys.argv[1:] or KINDS, MULTI_2, render_novel, row_of=row_multi_2, wrong_of=wrong_multi_2)
    )
