"""Round 8 of the certificate wording audit (``tests/novel_certificates_8.py``), as a table.

    python bench/bench_novel_certificates_8.py [KIND ...]     # kinds: pdf scan_light fax (default: all three)

Each document is read as a text PDF, a light scan and a fax (two processes, as the CLI reads it). A
completion (a control) is scored as in round 2 (six fields and its status); a document that proves no
completion (``NO_COMPLETION_8``) on two fields: its holder's name (when it names one) and "nothing
credited without a person" (no item, or every item in review with a reason). ``WRONG AUTO`` flags an
``auto`` item on such a document, or an ``auto`` item with a wrong fact on a control.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.bench_novel_certificates_2 import KINDS, TODAY, row
from certledger.samples import to_scan
from classify.catalog import load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.novel_certificates import Novel, read_in_two_processes, render_novel, show, wrong_autos
from tests.novel_certificates_8 import NO_COMPLETION_8, NOVELS_8


def no_completion_row(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    """The holder's name (when printed) and nothing credited without a person."""
    name = doc.participant_name.text if doc.participant_name else None
    right: dict[str, bool] = {}
    if n.participant_name:
        right["name"] = name is not None and name_tokens(name) == name_tokens(n.participant_name)
    right["no_credit"] = all(i.status == "review" and i.review_reasons for i in doc.items)
    status = ", ".join(i.status for i in doc.items) or "no item"
    cells = [
        doc.doc_type,
        "ok" if right.get("name", True) else repr(name),
        "; ".join(repr(i.course_title) for i in doc.items) or "-",
        "-",
        "-",
        "-",
        status + ("" if right["no_credit"] else " (must not credit)"),
    ]
    return cells, right


def run(kinds: list[str]) -> int:
    catalog = load_catalog()
    cfg = ExtractConfig(ocr_cache_dir=None)
    with tempfile.TemporaryDirectory() as tmp:
        jobs: dict[str, Path] = {}
        for seed, (key, n) in enumerate(sorted(NOVELS_8.items()), start=5):
            pdf = render_novel(n, Path(tmp) / f"{key}.pdf")
            for kind in kinds:
                fmt = KINDS[kind]
                out = Path(tmp) / f"{key}-{kind}.{fmt}"
                jobs[f"{key}/{kind}"] = pdf if fmt is None else to_scan(pdf, out, kind, fmt, seed=seed)  # type: ignore[arg-type]
        head = ["document", "doc_type", "name", "title", "catalog", "dates", "hours", "status"]
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        totals = {k: dict.fromkeys(("fields", "right", "auto", "wrong", "held"), 0) for k in kinds}
        wrong_lines = []
        with read_in_two_processes(jobs, cfg, catalog, TODAY) as futures:
            for case, fut in futures.items():
                key, kind = case.split("/")
                n = NOVELS_8[key]
                doc = fut.result(timeout=900)
                none = key in NO_COMPLETION_8
                cells, right = (no_completion_row if none else row)(doc, n)
                wrong = wrong_autos(doc, n)
                t = totals[kind]
                t["fields"] += len(right)
                t["right"] += sum(right.values())
                t["auto"] += sum(i.status == "auto" for i in doc.items)
                t["wrong"] += len(wrong)
                t["held"] += none and right["no_credit"]
                flag = " **WRONG AUTO**" if wrong else ""
                print(f"| {case} | " + " | ".join(cells) + flag + " |")
                wrong_lines += [f"{case}: {w}" for w in wrong]
                print(f"<!-- {case}: {[show(i) for i in doc.items]} -->", file=sys.stderr)
    print()
    for kind, t in totals.items():
        print(
            f"{kind}: fields right {t['right']}/{t['fields']}, no-completion documents held "
            f"{t['held']}/{len(NO_COMPLETION_8)}, auto items {t['auto']}, wrong auto {t['wrong']}"
        )
    for line in wrong_lines:
        print("WRONG AUTO", line)
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS)))
