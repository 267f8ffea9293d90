"""What looking for two certificates on one page costs: ``extract.document.page_sheets`` per page, cold.

    python bench/page_sheets_cost.py [WORKDIR] [--cache DIR] [--repeat 5] [--files DIR]

Reads every harsh capture (``tests/harsh_captures.py``: photos, scans, two-up pages), or every PDF and
image under ``--files`` (OCR from ``--cache`` when its images are there), and times ``page_sheets`` on
each page's lines with the per-line caches cleared, so every page pays as it does in a pipeline run.
Prints the mean and the worst per page, and the pages split into sheets; ``--tables`` times the pages
of transcripts too, which the pipeline never splits (their rows are read as a table first).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from extract import certificate
from extract.config import ExtractConfig
from extract.document import _table_items as table_items
from extract.document import page_lines, page_sheets
from extract.read import read_pages
from tests.harsh_captures import CAPTURES, write_capture

CACHED = (certificate._dated, certificate._names_someone, certificate._names_a_course)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("workdir", nargs="?", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--verbose", action="store_true", help="every page's cost")
    ap.add_argument("--files", type=Path, default=None, help="time these documents instead")
    ap.add_argument("--tables", action="store_true", help="time transcripts' pages too")
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="sheets-"))
    cfg = ExtractConfig(ocr_cache_dir=args.cache, second_engine=False)
    costs: list[tuple[float, str]] = []
    if args.files is not None:
        files = {str(p.relative_to(args.files)): p for p in sorted(args.files.rglob("*")) if _document(p)}
    else:
        files = {key: write_capture(capture, workdir) for key, capture in CAPTURES.items()}
    for key, path in files.items():
        _, pages = read_pages(path, cfg)
        lines_per_page = page_lines(pages)
        if not args.tables and len(table_items(lines_per_page)) >= 2:
            continue
        for lines in lines_per_page:
            page_sheets(lines)  # loads the name lists once
            started = time.perf_counter()
            for _ in range(args.repeat):
                for cached in CACHED:
                    cached.cache_clear()
                sheets = page_sheets(lines)
            costs.append(((time.perf_counter() - started) * 1000 / args.repeat, key))
            if len(sheets) > 1 or args.verbose:
                print(f"{key}: {len(sheets)} sheet(s), {costs[-1][0]:.1f} ms")
    worst, mean = max(costs), statistics.mean(c for c, _ in costs)
    print(f"{len(costs)} pages: mean {mean:.1f} ms, worst {worst[0]:.1f} ms ({worst[1]})")
    return 0


def _document(path: Path) -> bool:
    return path.suffix.lower() in {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".heic"}


if __name__ == "__main__":
    raise SystemExit(main())
