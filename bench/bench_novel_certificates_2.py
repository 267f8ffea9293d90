"""Round 2 of the certificate wording audit (``tests/novel_certificates_2.py``), as a table.

    python bench/bench_novel_certificates_2.py [KIND ...]     # kinds: pdf scan_light fax (default: all three)

Every document is rendered as a text PDF and degraded with ``to_scan``, read as the CLI reads it (two
processes), and compared with its truth. One row per reading: doc type, name, title and catalog course,
dates, hours and status, each field marked right (``ok``) or with what was read; ``WRONG AUTO`` flags an
item credited without a person with a wrong fact (or on a document a person must see). The totals line
is what bench/NOVEL_CERTIFICATES_2.md records.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from certledger.samples import to_scan
from classify.catalog import load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.novel_certificates import Novel, read_in_two_processes, show, wrong_autos
from tests.novel_certificates_2 import NOVELS_2, render_novel_2

TODAY = date(2025, 6, 1)
KINDS = {"pdf": None, "scan_light": "png", "fax": "tiff"}


def title_right(title: str | None, n: Novel) -> bool:
    """The title as printed, but for case, spacing and punctuation around it."""

    def norm(t: str) -> str:
        return " ".join(re.findall(r"[\w&'-]+", t.lower()))

    return norm(title or "") == norm(n.course_title)


def row(doc: ClassifiedDocument, n: Novel) -> tuple[list[str], dict[str, bool]]:
    name = doc.participant_name.text if doc.participant_name else None
    right = {
        "doc_type": doc.doc_type == n.doc_type,
        "name": name is not None and name_tokens(name) == name_tokens(n.participant_name),
    }
    item = doc.items[0] if len(doc.items) == 1 else None
    if item is None:
        right |= dict.fromkeys(("title", "dates", "hours", "catalog"), False)
        status = f"{len(doc.items)} items"
    else:
        right["title"] = title_right(item.course_title, n)
        right["catalog"] = (item.catalog_id, item.category) == (n.catalog_id, n.category)
        right["dates"] = (item.start_date, item.end_date) == (n.start_date, n.end_date)
        right["hours"] = item.hours == n.hours
        status = item.status
    cells = [
        "ok" if right["doc_type"] else doc.doc_type,
        "ok" if right["name"] else repr(name),
        "ok" if right["title"] else repr(item.course_title if item else None),
        "ok" if right["catalog"] else (f"{item.catalog_id}/{item.category}" if item else "-"),
        "ok" if right["dates"] else (f"{item.start_date}..{item.end_date}" if item else "-"),
        "ok" if right["hours"] else (str(item.hours) if item else "-"),
        status + (" (must review)" if n.must_review else ""),
    ]
    return cells, right


Row = Callable[[ClassifiedDocument, Novel], tuple[list[str], dict[str, bool]]]


def run(
    kinds: list[str],
    novels: dict[str, Novel],
    render: Callable[[Novel, Path], Path],
    row_of: Row = row,
    wrong_of: Callable[[ClassifiedDocument, Novel], list[str]] = wrong_autos,
) -> int:
    """Every document of ``novels`` in every kind, as a markdown table and a totals line per kind;
    ``row_of`` scores a reading against its truth (default: the six fields of :func:`row`), ``wrong_of``
    lists its wrong ``auto`` items (default: :func:`tests.novel_certificates.wrong_autos`)."""
    catalog = load_catalog()
    # BENCH_WORKDIR: renders and OCR results kept there and reused (scans are drawn with fixed seeds and
    # OCR is cached by page image), so a run after a change of the readers re-reads only the fields.
    keep = os.environ.get("BENCH_WORKDIR")
    cfg = ExtractConfig(ocr_cache_dir=Path(keep) / "ocr-cache" if keep else None)
    with tempfile.TemporaryDirectory() if keep is None else contextlib.nullcontext(keep) as tmp:
        Path(tmp).mkdir(parents=True, exist_ok=True)
        jobs: dict[str, Path] = {}
        for seed, (key, n) in enumerate(sorted(novels.items()), start=5):
            pdf = render(n, Path(tmp) / f"{key}.pdf")
            for kind in kinds:
                fmt = KINDS[kind]
                if fmt is None:
                    jobs[f"{key}/{kind}"] = pdf
                    continue
                out = Path(tmp) / f"{key}-{kind}.{fmt}"
                if keep is None or not out.exists():
                    to_scan(pdf, out, kind, fmt, seed=seed)  # type: ignore[arg-type]
                jobs[f"{key}/{kind}"] = out
        head = ["document", "doc_type", "name", "title", "catalog", "dates", "hours", "status"]
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        totals = {k: dict.fromkeys(("fields", "right", "auto", "wrong"), 0) for k in kinds}
        wrong_lines = []
        with read_in_two_processes(jobs, cfg, catalog, TODAY) as futures:
            for case, fut in futures.items():
                key, kind = case.split("/")
                n = novels[key]
                doc = fut.result(timeout=900)
                cells, right = row_of(doc, n)
                wrong = wrong_of(doc, n)
                t = totals[kind]
                t["fields"] += len(right)
                t["right"] += sum(right.values())
                t["auto"] += sum(i.status == "auto" for i in doc.items)
                t["wrong"] += len(wrong)
                flag = " **WRONG AUTO**" if wrong else ""
                print(f"| {case} | " + " | ".join(cells) + flag + " |")
                wrong_lines += [f"{case}: {w}" for w in wrong]
                if not all(right.values()):
                    print(f"<!-- {case}: {[show(i) for i in doc.items]} -->", file=sys.stderr)
    print()
    for kind, t in totals.items():
        print(
            f"{kind}: fields right {t['right']}/{t['fields']}, auto items {t['auto']}/{len(novels)}, "
            f"wrong auto {t['wrong']}"
        )
    for line in wrong_lines:
        print("WRONG AUTO", line)
    return 0


def main(kinds: list[str]) -> int:
    return run(kinds, NOVELS_2, render_novel_2)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(KINDS)))
