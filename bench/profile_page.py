"""Where one scanned page's time goes beyond tesseract: cProfile of read_pages, COLD then WARM OCR cache.

    .venv/bin/python bench/profile_page.py [--page 1] [--pages 30] [--top 25]

Cold: no OCR cache (tesseract runs). Warm: the in-memory cache holds the readings, so what is left is
our own overhead (decode, preprocessing, hashing, parsing). Also times skew_angle and deskew alone.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_inputs import build_scanned_pdf

from extract import ocr
from extract.config import ExtractConfig
from extract.preprocess import deskew, skew_angle
from extract.raster import open_pdfium, pdf_page_image
from extract.read import _prepare, read_pages

WORK = Path("/tmp/certledger-bench")


def one_page_pdf(source: Path, page: int, out: Path) -> Path:
    src = pdfium.PdfDocument(str(source))
    dst = pdfium.PdfDocument.new()
    dst.import_pages(src, [page - 1])
    dst.save(str(out))
    dst.close()
    src.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--page", type=int, default=1)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    scans = build_scanned_pdf(WORK, args.pages)
    path = one_page_pdf(scans.pdf, args.page, WORK / f"one-page-{args.page}.pdf")
    cfg = ExtractConfig(second_engine=False, ocr_cache_dir=None)

    doc = open_pdfium(path.read_bytes())
    base = _prepare(pdf_page_image(doc, 0, cfg)).image
    doc.close()
    t0 = time.perf_counter()
    angle = skew_angle(base)
    t1 = time.perf_counter()
    deskew(base, angle)
    t2 = time.perf_counter()
    print(
        f"page {args.page}: {base.size} skew_angle {1000 * (t1 - t0):.0f} ms (angle {angle}), "
        f"deskew {1000 * (t2 - t1):.0f} ms"
    )

    for label in ("COLD", "WARM"):
        if label == "COLD":
            ocr.clear_memory_cache()
        runs = ocr.engine_runs("tesseract")
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.enable()
        read_pages(path, cfg)
        prof.disable()
        dt = time.perf_counter() - t0
        print(f"\n=== {label}: {1000 * dt:.0f} ms, tesseract runs {ocr.engine_runs('tesseract') - runs}")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
