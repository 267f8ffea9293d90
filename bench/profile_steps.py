"""The scanned-page read path's own CPU time, step by step, and the hash of every image tesseract is given.

    .venv/bin/python bench/profile_steps.py [--pages 30] [--dev DIR] [--hashes out.txt] [--table out.json]

Per OCR page (the read-path bench's scanned PDF, and every file under ``--dev`` when given): the steps of
``read.ocr_page`` and ``read._prepare`` timed with ``time.thread_time`` (CPU of this thread: valid on a busy
machine, and tesseract's own process is not counted), one page worker, second engine off. Tesseract's
readings come from an OCR cache folder (filled on the first run), so a run is quick; every key asked of the
cache for tesseract or OSD (sha256 of the image's pixels and geometry: ``ocr.image_key``) is written to
``--hashes``: two checkouts hand tesseract pixel-identical images when these files are identical.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_inputs import build_scanned_pdf

from extract import ocr, read
from extract.config import ExtractConfig

WORK = Path("/tmp/certledger-bench")
_spent: dict[str, float] = defaultdict(float)
_keys: list[str] = []


def _timed(module: Any, name: str, label: str | None = None) -> None:
    fn: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _spent[label or name] += time.thread_time() - t0

    setattr(module, name, wrapper)


def _instrument() -> None:
    for name in (
        "to_gray",
        "flattened_photo",
        "even_out_shadows",
        "invert_dark_bands",
        "square_pixels",
        "upscale_low_res",
        "skew_angle",
        "deskew",
        "file_page_image",
        "reading_order",
        "_orientation_suspect",
        "needs_second_engine",
        "ocr_page",
        "pdf_page_image",
    ):
        _timed(read, name)
    _timed(ocr, "image_key")
    _timed(ocr, "_run", "tesseract call: PNM write, TSV parse (our side)")
    _timed(ocr, "_osd", "osd call (our side)")
    key = ocr.image_key

    def recording_key(image: Any, engine: str, settings: str, pixels: bytes | None = None) -> str:
        k = key(image, engine, settings, pixels)
        if engine in ("tesseract", "osd"):
            _keys.append(f"{engine} {k}")
        return k

    ocr.image_key = recording_key  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--dev", type=Path)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/speed18/ocr-cache"))
    ap.add_argument("--hashes", type=Path, required=True)
    ap.add_argument("--table", type=Path)
    args = ap.parse_args()
    _instrument()
    cfg = ExtractConfig(second_engine=False, ocr_cache_dir=args.cache, page_workers=1)
    files = [build_scanned_pdf(WORK, args.pages).pdf]
    if args.dev is not None:
        files += sorted(p for p in args.dev.rglob("*") if p.is_file() and not p.name.endswith(".json"))
    pages = 0
    t0 = time.thread_time()
    for path in files:
        ocr.clear_memory_cache()
        _keys.append(f"# {path.name}")
        try:
            _, got = read.read_pages(path, cfg)
        except Exception as exc:  # an unreadable file is part of the corpus
            _keys.append(f"! {type(exc).__name__}")
            continue
        pages += sum(1 for p in got if p.source == "ocr")
        if path == files[0]:
            bench_spent = dict(_spent)
            bench_pages = pages
            bench_total = time.thread_time() - t0
    args.hashes.write_text("\n".join(_keys) + "\n")
    out = {
        "bench": {"pages": bench_pages, "read_pages_cpu_s": bench_total, "steps": bench_spent},
        "all": {"pages": pages, "read_pages_cpu_s": time.thread_time() - t0, "steps": dict(_spent)},
    }
    for name, part in out.items():
        per_page = 1000 * part["read_pages_cpu_s"] / max(part["pages"], 1)
        print(f"== {name}: {part['pages']} OCR pages, read_pages {per_page:.1f} ms/page CPU")
        for step, s in sorted(part["steps"].items(), key=lambda kv: -kv[1]):
            print(f"  {step:45s} {1000 * s / max(part['pages'], 1):7.1f} ms/page")
    if args.table is not None:
        args.table.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
