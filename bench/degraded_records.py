"""Rows read right on state training records degraded to heavy scans and faxes.

    .venv/bin/python bench/degraded_records.py [OUTDIR]

The Georgia-, Ohio- and FDLE-style records of ``tests/issuer_formats.py``, each as a heavy scan and
a fax with two seeds (12 renders, 60 rows). A row is read right when an item has its start date and
its hours; every ``auto`` item that is not a truth row is listed (there must be none).
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from certledger.pipeline import process_file
from classify.catalog import load_catalog
from extract.config import ExtractConfig
from tests.factories import to_scan
from tests.issuer_formats import DOCS, render_doc, wrong_autos

RECORDS = ("georgia_post", "ohio_opota", "fdle_atms")
KINDS = ("scan_heavy", "fax")
SEEDS = (0, 1)


def read_one(job: tuple[str, str, int, Path]) -> tuple[str, str, int, int, int, list[str]]:
    key, kind, seed, out = job
    d = DOCS[key]
    scan = to_scan(render_doc(d, out / f"{key}.pdf"), out / f"{key}-{kind}-{seed}.pdf", kind, "pdf", seed)
    doc = process_file(scan, ExtractConfig(ocr_cache_dir=out / "ocr-cache"), load_catalog(), date(2025, 6, 1))
    right = sum(any(i.start_date == t.start and i.hours == t.hours for i in doc.items) for t in d.items)
    return key, kind, seed, right, len(d.items), wrong_autos(doc, d)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/certledger-degraded-records")
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(k, kind, s, out) for k in RECORDS for kind in KINDS for s in SEEDS]
    right = rows = wrong = 0
    print(f"{'record':<14} {'kind':<11} seed  rows right  wrong auto")
    with ProcessPoolExecutor(2) as pool:
        for key, kind, seed, ok, n, bad in pool.map(read_one, jobs):
            print(f"{key:<14} {kind:<11} {seed:>4}  {ok:>4}/{n:<4}  {bad or ''}")
            right, rows, wrong = right + ok, rows + n, wrong + len(bad)
    print(f"rows with date and hours read right: {right} of {rows}; wrong auto items: {wrong}")


if __name__ == "__main__":
    main()
