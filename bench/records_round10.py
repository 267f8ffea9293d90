"""The tenth round of department training records, read as the CLI reads them.

    python bench/records_round10.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--kinds text,fax,...]

The records of ``tests/records_round10.py`` (rows under a bare year heading, an instructor column of names,
"3h 30m" and "210 min" hours, a "Credits (CEU)" column, "14-Mar-21" and "3/4/21" dates, newest first, a
wrapping provider column, a remarks column of "Cancelled"/"No show", "Hours this page" lines, a
certification block, a landscape export, another officer's record stapled in, a row's title at page 1's
foot with its cells on page 2, a wrapped title broken by the page), rendered and read as round five's bench
does. Columns as round five's, and: whether the record's person was read (``verify.names``: a name of
someone else makes every ``auto`` item of the render wrong; no name read is the applicant check's flag),
and the share of truth rows read right and ``auto``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round3 import read_records, report_wrong
from bench.records_round5 import KINDS
from classify.types import ClassifiedDocument
from tests.issuer_formats import IssuerDoc, matching_truth
from tests.novel_certificates import show
from tests.records_round5 import score
from tests.records_round10 import RECORDS10
from verify.names import names_match


def _named(doc: ClassifiedDocument, d: IssuerDoc) -> str:
    """ "yes" (the record's person, as the applicant check matches names), "none" (no name read: the check
    flags the file) or "NO" (someone else named: every ``auto`` item of the render is wrong)."""
    printed = doc.participant_name.text if doc.participant_name is not None else None
    same = names_match(d.participant_name, printed).same_person
    return "yes" if same else "none" if printed is None else "NO"


def main(records: dict[str, IssuerDoc] = RECORDS10) -> int:
    """Reads ``records`` (a later round's bench passes its own)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--only", default="", help="comma-separated record keys")
    ap.add_argument("--kinds", default="text,scan_light,fax,scan_heavy", help="comma-separated render kinds")
    ap.add_argument("-v", "--verbose", action="store_true", help="every item of every render")
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    keys = [k for k in records if not args.only or k in args.only.split(",")]
    renders = [KINDS[k] for k in args.kinds.split(",")]
    started = time.perf_counter()
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * 8)
    wrong: list[str] = []
    print(f"{'record':<26} {'kind':<10} rows right hours dates kept-out name auto auto-right wrong")
    for key, kind, _, doc in read_records(records, keys, renders, args.outdir, args.cache):
        d = records[key]
        s = score(doc, d)
        named = _named(doc, d) != "NO"
        bad = [*s.wrong] if named else [show(i) for i in doc.items if i.status == "auto"]
        auto_right = (
            sum(i.status == "auto" and matching_truth(i, d) is not None for i in doc.items) if named else 0
        )
        print(
            f"{key:<26} {kind:<10} {s.rows:>4} {s.right:>5} {s.hours:>5} {s.dates:>5} "
            f"{s.kept_out:>4}/{s.skipped:<4} {_named(doc, d):>4} {s.auto:>4} {auto_right:>9} "
            f"{len(bad):>5}"
        )
        wrong += [f"{key} {kind}: {w}" for w in bad]
        for t in (totals[kind], totals["**all**"]):
            for n, v in enumerate(
                (s.rows, s.right, s.hours, s.dates, s.kept_out, s.skipped, auto_right, len(bad))
            ):
                t[n] += v
        if args.verbose:
            print("       name:", doc.participant_name.text if doc.participant_name else None)
            for item in doc.items:
                print("      ", show(item))
    print(
        f"\n{len(keys) * len(renders)} renders read in {time.perf_counter() - started:.0f} s (2 processes)\n"
    )
    print(
        "| kind | rows | rows right | hours right | dates right | not-completed kept out | auto right "
        "(share of rows) | wrong auto |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind, (rows, right, hrs, dts, kept, skipped, auto, bad_n) in totals.items():
        if kind != "**all**":
            print(
                f"| {kind} | {rows} | {right} | {hrs} | {dts} | {kept}/{skipped} | {auto} "
                f"({100 * auto / max(rows, 1):.0f} %) | {bad_n} |"
            )
    rows, right, hrs, dts, kept, skipped, auto, bad_n = totals["**all**"]
    print(
        f"| **all** | {rows} | **{right}** | {hrs} | {dts} | {kept}/{skipped} | {auto} "
        f"({100 * auto / max(rows, 1):.0f} %) | **{bad_n}** |"
    )
    return report_wrong(wrong)


if __name__ == "__main__":
    raise SystemExit(main())
