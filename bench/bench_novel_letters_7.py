"""Round 7 of the employment letter audit (``tests/novel_letters_7.py``), as a table.

    python bench/bench_novel_letters_7.py [KIND ...]     # kinds: pdf scan_light fax (default: all three)

Every letter is rendered as a text PDF and degraded with ``to_scan``, read as the CLI reads it (two
processes), and compared with its truth, per document: doc type, participant, SRO start, employment.

The start is ``ok`` when the reading is the truth (the day, or the span a letter printing no day leaves),
``review`` when the letter's start is left to a person (no start, or a span holding the truth where the
truth is a day or the letter is ambiguous by design) and ``WRONG`` when a sure start is not the truth or a
span misses it. Employment is ``ok`` when it is what the letter says, ``none`` when nothing is read where
the letter says something, and ``WRONG`` when "current" is read for a letter that does not say so or
"ended" for one that says the officer serves. The totals line is what BENCHMARKS.md records.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from certledger.samples import to_scan
from classify.catalog import load_catalog
from extract.config import ExtractConfig
from tests.novel_certificates import read_in_two_processes
from tests.novel_letters import render_letter
from tests.novel_letters_7 import LETTERS_7, marks

TODAY = date(2025, 6, 1)
KINDS = {"pdf": None, "scan_light": "png", "fax": "tiff"}


def run(kinds: list[str]) -> int:
    catalog = load_catalog()
    cfg = ExtractConfig(ocr_cache_dir=None)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        jobs: dict[str, Path] = {}
        for seed, key in enumerate(sorted(LETTERS_7), start=7):
            pdf = render_letter(LETTERS_7[key], out / f"{key}.pdf")
            for kind in kinds:
                fmt = KINDS[kind]
                if fmt is None:
                    jobs[f"{key}/{kind}"] = pdf
                else:
                    ext = "tif" if fmt == "tiff" else fmt
                    jobs[f"{key}/{kind}"] = to_scan(pdf, out / f"{key}-{kind}.{ext}", kind, fmt, seed=seed)  # type: ignore[arg-type]
        totals: dict[str, Counter[str]] = {k: Counter() for k in kinds}
        print(f"{'letter / form':44} {'doc_type':18} {'start':8} {'employment':10} {'R1/R2':7} name")
        with read_in_two_processes(jobs, cfg, catalog, TODAY) as futures:
            for case, future in futures.items():
                key, kind = case.split("/")
                doc = future.result(timeout=900)
                m = marks(doc, LETTERS_7[key])
                cells = (
                    m["doc_type"].ljust(18),
                    m["start"].ljust(8),
                    m["employment"].ljust(10),
                    m["R1/R2"].ljust(7),
                )
                print(f"{case:44} {' '.join(cells)} {m['name']}")
                c = totals[kind]
                c["n"] += 1
                c["doc_type"] += m["doc_type"] == "ok"
                c["name"] += m["name"] == "ok"
                c[f"start {m['start']}"] += 1
                c[f"employment {m['employment']}"] += 1
                c[f"verdicts {m['R1/R2']}"] += 1
    for kind, c in totals.items():
        n = c["n"]
        print(
            f"TOTAL {kind}: doc_type {c['doc_type']}/{n}, name {c['name']}/{n}, start ok {c['start ok']} "
            f"review {c['start review']} WRONG {c['start WRONG']}, employment ok {c['employment ok']} "
            f"none {c['employment none']} WRONG {c['employment WRONG']}, R1/R2 ok {c['verdicts ok']} "
            f"review {c['verdicts review']} WRONG {c['verdicts WRONG']}"
        )
    wrong = sum(c["start WRONG"] + c["employment WRONG"] + c["verdicts WRONG"] for c in totals.values())
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS)))
