"""Round 8 of the certificate wording audit (``tests/novel_certificates_8.py``), as a table.

    python bench/bench_novel_certificates_8.py [KIND ...]     # kinds: pdf scan_light fax (default: all three)

The round-2 bench (:func:`bench.bench_novel_certificates_2.run`) on round 8's documents, each read as a
text PDF, a light scan and a fax. A completion (a control) is scored as in round 2 (six fields and its
status); a document that proves no completion (``NO_COMPLETION_8``) on two fields: its holder's name (when
it names one) and "nothing credited without a person" (no item, or every item in review with a reason).
``WRONG AUTO`` flags an ``auto`` item on such a document, or an ``auto`` item with a wrong fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import KINDS, row, run
from classify.types import ClassifiedDocument
from extract.fields.names import name_tokens
from tests.novel_certificates import Novel, render_novel
from tests.novel_certificates_8 import NO_COMPLETION_8, NOVELS_8


def no_completion_row(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    """The holder's name (when printed) and nothing credited without a person."""
    name = doc.participant_name.text if doc.participant_name else None
    right: dict[str, bool] = {}
    if n.participant_name:
        right["name"] = name is not None and name_tokens(name) == name_tokens(n.participant_name)
    right["no_credit"] = all(i.status == "review" and i.review_reasons for i in doc.items)
    status = ", ".join(i.status for i in doc.items) or "no item"
    titles = "; ".join(repr(i.course_title) for i in doc.items) or "-"
    name_cell = "ok" if right.get("name", True) else repr(name)
    held = "" if right["no_credit"] else " (must not credit)"
    return [doc.doc_type, name_cell, titles, "-", "-", "-", status + held], right


def row_8(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    return (no_completion_row if n.key in NO_COMPLETION_8 else row)(doc, n)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS), NOVELS_8, render_novel, row_8))
