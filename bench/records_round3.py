"""The third round of department training records, read as the CLI reads them.

    python bench/records_round3.py OUTDIR [--cache DIR] [-v] [--only KEY,KEY] [--round 4]

Renders every record of ``tests/records_round3.py`` (``--round 4``: ``tests/records_round4.py``) to
OUTDIR as a text PDF, two heavy scans and a fax, reads them in two processes (tesseract, then the second
engine where the reading is poor; ``--cache`` keeps OCR readings between runs) and prints per record and
kind: truth rows, rows read right (dates, hours and title), ``auto`` items and wrong ``auto`` items, then
every wrong ``auto`` in full.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from classify.catalog import load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.issuer_formats import IssuerDoc
from tests.novel_certificates import read_in_two_processes, show
from tests.records_round3 import RECORDS, RecordScore, render_kind, score_record
from tests.records_round4 import RECORDS4

TODAY = date(2025, 6, 1)
RENDERS = (("text", 0), ("scan_heavy", 0), ("scan_heavy", 1), ("fax", 0))


def read_records(
    records: dict[str, IssuerDoc],
    keys: Sequence[str],
    renders: Sequence[tuple[str, int]],
    outdir: Path,
    cache: Path | None,
) -> Iterator[tuple[str, str, str, ClassifiedDocument]]:
    """Each record of ``keys`` rendered as each (kind, seed) and read as the CLI reads it, in two
    processes: (key, kind, seed, document) in submission order."""
    files = {
        f"{k}|{kind}|{seed}": render_kind(k, kind, seed, outdir, records)
        for k in keys
        for kind, seed in renders
    }
    with read_in_two_processes(files, ExtractConfig(ocr_cache_dir=cache), load_catalog(), TODAY) as futures:
        for job, future in futures.items():
            key, kind, seed = job.split("|")
            yield key, kind, seed, future.result()


def report_wrong(wrong: Sequence[str]) -> int:
    """Prints every wrong ``auto`` in full; the script's exit status (0: the figures are the result)."""
    print(f"\nwrong auto: {len(wrong)}")
    for w in wrong:
        print("  WRONG", w)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--only", default="", help="comma-separated record keys")
    ap.add_argument("--round", type=int, choices=(3, 4), default=3, help="which round's records")
    ap.add_argument("-v", "--verbose", action="store_true", help="every item of every render")
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    records = RECORDS4 if args.round == 4 else RECORDS
    keys = [k for k in records if not args.only or k in args.only.split(",")]
    started = time.perf_counter()
    by_kind: dict[str, list[RecordScore]] = defaultdict(list)
    wrong: list[str] = []
    print(f"{'record':<16} {'kind':<11} seed  rows right  auto  wrong")
    for key, kind, seed, doc in read_records(records, keys, RENDERS, args.outdir, args.cache):
        s = score_record(doc, records[key])
        by_kind[kind].append(s)
        print(f"{key:<16} {kind:<11} {seed:>4}  {s.rows:>4} {s.right:>5} {s.auto:>5} {len(s.wrong):>6}")
        wrong += [f"{key} {kind} {seed}: {w}" for w in s.wrong]
        if args.verbose:
            for item in doc.items:
                print("      ", show(item))
    n = len(keys) * len(RENDERS)
    print(f"\n{n} renders read in {time.perf_counter() - started:.0f} s (2 processes)\n")
    print("| kind | rows | rows right | auto | wrong auto |")
    print("|---|---:|---:|---:|---:|")
    total: list[RecordScore] = []
    for kind, scores in [*by_kind.items(), ("**all**", total)]:
        if kind != "**all**":
            total += scores
        rows, right = sum(s.rows for s in scores), sum(s.right for s in scores)
        auto, bad = sum(s.auto for s in scores), sum(len(s.wrong) for s in scores)
        print(f"| {kind} | {rows} | {right} | {auto} | {bad} |")
    return report_wrong(wrong)


if __name__ == "__main__":
    raise SystemExit(main())
