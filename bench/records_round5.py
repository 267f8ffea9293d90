"""The fifth round of department training records (LMS and POST exports), read as the CLI reads them.

    python bench/records_round5.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

Renders every record of ``tests/records_round5.py`` to OUTDIR as a text PDF, a light scan and a fax,
reads them in two processes (tesseract, then the second engine where the reading is poor; ``--cache``
keeps OCR readings between runs) and prints per record and kind: truth rows; rows read right (dates,
hours and title); rows whose hours are right; rows whose dates are right; not-completed rows ("Failed",
"Withdrawn", "Registered"...) kept out of ``auto``; ``auto`` items; wrong ``auto`` items. Then the
totals per kind and every wrong ``auto`` in full.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round3 import read_records, report_wrong
from tests.issuer_formats import IssuerDoc
from tests.novel_certificates import show
from tests.records_round5 import RECORDS5, Score, score

KINDS = {
    "text": ("text", 0),
    "scan_light": ("scan_light", 0),
    "fax": ("fax", 0),
    "scan_heavy": ("scan_heavy", 0),
}


def main(records: dict[str, IssuerDoc] = RECORDS5) -> int:
    """The bench over ``records`` (a later round passes its own records, scored the same way)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--only", default="", help="comma-separated record keys")
    ap.add_argument(
        "--kinds", default="text,scan_light,fax", help="comma-separated: text, scan_light, fax, scan_heavy"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="every item of every render")
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    keys = [k for k in records if not args.only or k in args.only.split(",")]
    renders = [KINDS[k] for k in args.kinds.split(",")]
    started = time.perf_counter()
    by_kind: dict[str, list[Score]] = defaultdict(list)
    wrong: list[str] = []
    print(f"{'record':<22} {'kind':<10} rows right hours dates kept-out  auto wrong")
    for key, kind, _, doc in read_records(records, keys, renders, args.outdir, args.cache):
        s = score(doc, records[key])
        by_kind[kind].append(s)
        print(
            f"{key:<22} {kind:<10} {s.rows:>4} {s.right:>5} {s.hours:>5} {s.dates:>5} "
            f"{s.kept_out:>4}/{s.skipped:<4} {s.auto:>4} {len(s.wrong):>5}"
        )
        wrong += [f"{key} {kind}: {w}" for w in s.wrong]
        if args.verbose:
            for item in doc.items:
                print("      ", show(item))
    took = time.perf_counter() - started
    print(f"\n{len(keys) * len(renders)} renders read in {took:.0f} s (2 processes)\n")
    heads = ["kind", "rows", "rows right", "hours right", "dates right", "not-completed kept out", "auto"]
    print("| " + " | ".join([*heads, "wrong auto"]) + " |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    total: list[Score] = []
    for kind, scores in [*by_kind.items(), ("**all**", total)]:
        if kind != "**all**":
            total += scores
        rows, right = sum(s.rows for s in scores), sum(s.right for s in scores)
        hrs, dts = sum(s.hours for s in scores), sum(s.dates for s in scores)
        kept, skipped = sum(s.kept_out for s in scores), sum(s.skipped for s in scores)
        auto, bad = sum(s.auto for s in scores), sum(len(s.wrong) for s in scores)
        print(f"| {kind} | {rows} | {right} | {hrs} | {dts} | {kept}/{skipped} | {auto} | {bad} |")
    return report_wrong(wrong)


if __name__ == "__main__":
    raise SystemExit(main())
