"""Real-world typography and captures, round 2: script names, colour, screenshots, phone photos.

    python bench/harsh_captures_2.py [WORKDIR] [--cache DIR] [--verbose]

Draws every design of ``tests/harsh_captures_2.py`` (school-safety certificates in the faces, colours
and layouts real certificates use) and captures each three ways (the issuer's 200-dpi PNG, an 800-px
JPEG q40 screenshot, a phone photo), reads them as the CLI reads them (tesseract, then the second
engine where the reading is poor; two processes) and prints per capture kind and per design: doc_type,
holder's name, course, dates, hours right, items right and ``auto``, sent to review, and wrong ``auto``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from classify.catalog import load_catalog
from extract.config import ExtractConfig
from tests.harsh_captures_2 import CAPTURE_KINDS, DESIGNS, Marks, marks, write_design
from tests.novel_certificates import read_in_two_processes, show

TODAY = date(2025, 6, 1)
FIELDS = ("doc_type", "name", "title", "dates", "hours", "auto", "review")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("workdir", nargs="?", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="harsh2-"))
    workdir.mkdir(parents=True, exist_ok=True)
    files = {(k, kind): write_design(d, kind, workdir) for k, d in DESIGNS.items() for kind in CAPTURE_KINDS}
    started = time.perf_counter()
    got: dict[tuple[str, str], Marks] = {}
    with read_in_two_processes(
        files, ExtractConfig(ocr_cache_dir=args.cache), load_catalog(), TODAY
    ) as futures:
        for (key, kind), future in futures.items():
            doc = future.result()
            got[(key, kind)] = m = marks(doc, DESIGNS[key])
            if args.verbose or m.wrong_auto:
                name = doc.participant_name.text if doc.participant_name else None
                print(
                    f"--- {key}/{kind}: {doc.doc_type} name={name!r} {'WRONG AUTO' if m.wrong_auto else ''}"
                )
                for item in doc.items:
                    print("   ", show(item))
    elapsed = time.perf_counter() - started
    print(f"\n| design | {' | '.join(CAPTURE_KINDS)} |")
    print("|---|" + "---|" * len(CAPTURE_KINDS))
    for key in DESIGNS:
        cells = [_cell(got[(key, kind)]) for kind in CAPTURE_KINDS]
        print(f"| {key} | {' | '.join(cells)} |")
    print(
        "\n(cell: fields right of doc_type, name, title, dates, hours;"
        " A = right and auto, R = review, W = wrong auto)"
    )
    print(f"\n| capture | docs | {' | '.join(FIELDS)} | WRONG auto |")
    print("|---|---:|" + "---:|" * (len(FIELDS) + 1))
    rows = [(kind, [got[(k, kind)] for k in DESIGNS]) for kind in CAPTURE_KINDS]
    rows.append(("**all**", list(got.values())))
    for kind, ms in rows:
        counts = [str(sum(bool(getattr(m, f)) for m in ms)) for f in FIELDS]
        print(f"| {kind} | {len(ms)} | {' | '.join(counts)} | {sum(m.wrong_auto for m in ms)} |")
    print(f"\n{len(files)} files read in {elapsed:.0f} s (2 processes)")
    return 0


def _cell(m: Marks) -> str:
    right = sum((m.doc_type, m.name, m.title, m.dates, m.hours))
    status = "W" if m.wrong_auto else "A" if m.auto else "R" if m.review else "-"
    return f"{right}/5 {status}"


if __name__ == "__main__":
    raise SystemExit(main())
