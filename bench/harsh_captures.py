"""The harsh-capture audit: phone photos and scans unlike ``to_scan``'s, read as the CLI reads them.

    python bench/harsh_captures.py [WORKDIR] [--cache DIR] [--only KIND,KIND]

Writes every fixture of ``tests/harsh_captures.py`` to WORKDIR (default a temporary folder), reads
them in two processes (tesseract, then the second engine where the reading is poor) and prints per
capture kind: documents, doc_type right, name right, then over the expected items: course (catalog or
title) right, dates right, hours right, items right and ``auto``, items sent to review, and wrong
``auto`` items, followed by every wrong ``auto`` in full. ``--cache`` keeps OCR readings between runs
(only unchanged page images hit it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from classify.catalog import load_catalog
from extract.config import ExtractConfig
from tests.harsh_captures import CAPTURES, Score, score, write_capture, wrong_autos
from tests.novel_certificates import read_in_two_processes, show

TODAY = date(2025, 6, 1)
COLUMNS = ("docs", "doc_type", "name", "items", "course", "dates", "hours", "auto", "review", "WRONG")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("workdir", nargs="?", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--only", default="", help="comma-separated capture kinds")
    ap.add_argument("--verbose", action="store_true", help="every item of every capture")
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="harsh-"))
    kinds = {k for k in args.only.split(",") if k}
    captures = {k: c for k, c in CAPTURES.items() if not kinds or c.kind in kinds}
    files = {k: write_capture(c, workdir) for k, c in captures.items()}
    cfg = ExtractConfig(ocr_cache_dir=args.cache)
    started = time.perf_counter()
    rows: dict[str, list[Score]] = defaultdict(list)
    wrong: list[str] = []
    with read_in_two_processes(files, cfg, load_catalog(), TODAY) as futures:
        for key, future in futures.items():
            c = captures[key]
            doc = future.result()
            s = score(doc, c)
            rows[c.kind].append(s)
            wrong += [f"{key}: {w}" for w in wrong_autos(doc, c)]
            if args.verbose:
                name = doc.participant_name.text if doc.participant_name else None
                print(f"--- {key}: {doc.doc_type} name={name!r}")
                for item in doc.items:
                    print("   ", show(item))
    elapsed = time.perf_counter() - started
    print(f"| capture | {' | '.join(COLUMNS)} |")
    print("|---|" + "---:|" * len(COLUMNS))
    total: list[Score] = []
    for kind, scores in [*rows.items(), ("**all**", total)]:
        if kind != "**all**":
            total += scores
        cells = _cells(scores)
        print(f"| {kind} | {' | '.join(cells)} |")
    print(f"\n{len(files)} files read in {elapsed:.0f} s (2 processes)")
    print(f"wrong auto: {len(wrong)}")
    for w in wrong:
        print("  WRONG", w)
    return 0


def _cells(scores: list[Score]) -> list[str]:
    items = sum(s.items for s in scores)
    return [
        str(len(scores)),
        f"{sum(s.doc_type_right for s in scores)}/{len(scores)}",
        f"{sum(s.name_right for s in scores)}/{len(scores)}",
        str(items),
        f"{sum(s.title for s in scores)}",
        f"{sum(s.dates for s in scores)}",
        f"{sum(s.hours for s in scores)}",
        f"{sum(s.auto for s in scores)}",
        f"{sum(s.review for s in scores)}",
        f"{sum(s.wrong_auto for s in scores)}",
    ]


if __name__ == "__main__":
    raise SystemExit(main())
