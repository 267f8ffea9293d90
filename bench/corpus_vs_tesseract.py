"""Whole-corpus wall time of `certledger ingest`, next to the tesseract time of the same pages.

    .venv/bin/python bench/corpus_vs_tesseract.py ../shared/corpus/dev [--work DIR] [--workers N]
                                                  [--second-engine on|off] [--export OUT]

1. `certledger ingest CORPUS --wait` in a fresh data folder (its OCR cache starts empty, so every
   page is read): wall time (everything: interpreter start, registration, reading, matching,
   ledgers; with --export also the export, which `eval/score.py` can then score).
2. Every page the ingest OCRed (the `page` table, source = ocr) is decoded again as the read
   path decodes it (its own scan at its own resolution, else a 300 dpi rendering) and saved as
   PNG; the `tesseract` CLI then reads each one, OMP_THREAD_LIMIT=1: the summed time of one
   process at a time, and the wall time with --workers processes side by side (the ingest's
   own parallelism).

Prints the figures; BENCHMARKS.md quotes them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlmodel import Session, col, select

from certledger.blobs import blob_store_from_url
from certledger.db import make_engine
from certledger.settings import Settings
from certledger.tables import Document, Page
from extract.config import ExtractConfig
from extract.ocr import TESSERACT_CONFIG, TESSERACT_LANG
from extract.read import page_image

ROOT = Path(__file__).resolve().parents[1]


def run_ingest(corpus: Path, data_dir: Path, workers: int, second_engine: bool, export: Path | None) -> float:
    env = {
        **os.environ,
        "CERTLEDGER_DATA_DIR": str(data_dir),
        "CERTLEDGER_WORKERS": str(workers),
        "CERTLEDGER_SECOND_ENGINE": str(second_engine).lower(),
    }
    env.pop("DATABASE_URL", None)
    env.pop("CERTLEDGER_DATABASE_URL", None)
    cli = Path(sys.executable).with_name("certledger")
    t0 = time.perf_counter()
    subprocess.run(
        [str(cli), "ingest", str(corpus), "--wait", *(["--export", str(export)] if export else [])],
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def ocr_page_pngs(data_dir: Path, out: Path) -> list[Path]:
    """The page images the ingest OCRed, decoded again and saved losslessly."""
    settings = Settings(data_dir=data_dir)
    store = blob_store_from_url(None, data_dir)
    engine = make_engine(settings.sqlalchemy_url())
    cfg = ExtractConfig()
    pngs: list[Path] = []
    with Session(engine) as session:
        rows = session.exec(
            select(Document, Page)
            .join(Page, col(Page.document_id) == col(Document.id))
            .where(Page.source == "ocr")
        ).all()
        for doc, page in rows:
            image = page_image(store.get(doc.blob_sha256), doc.media_type, page.number, cfg)
            png = out / f"{doc.id:04d}-{page.number:03d}.png"
            image.image.save(png)
            pngs.append(png)
    engine.dispose()
    return pngs


def tesseract_times(pngs: list[Path], workers: int) -> tuple[float, float]:
    """(summed seconds, one at a time; wall seconds with ``workers`` side by side)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = ["tesseract", "{}", "stdout", "-l", TESSERACT_LANG, *TESSERACT_CONFIG.split(), "tsv"]

    def one(png: Path) -> float:
        args = [str(png) if a == "{}" else a for a in cmd]
        t0 = time.perf_counter()
        subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - t0

    summed = sum(one(p) for p in pngs)
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, pngs))
    return summed, time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--work", type=Path, help="keep the data folder and PNGs here")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--second-engine", choices=("on", "off"), default="on")
    parser.add_argument("--export", type=Path, help="also export the ingest's JSON here, for scoring")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="certledger-corpus-"))
    shutil.rmtree(work / "data", ignore_errors=True)
    (work / "pngs").mkdir(parents=True, exist_ok=True)
    wall = run_ingest(
        args.corpus.resolve(), work / "data", args.workers, args.second_engine == "on", args.export
    )
    pngs = ocr_page_pngs(work / "data", work / "pngs")
    summed, side_by_side = tesseract_times(pngs, args.workers)
    print(f"ingest wall time ({args.workers} workers, second engine {args.second_engine}): {wall:.1f} s")
    print(
        f"OCR pages: {len(pngs)}; tesseract alone: {summed:.1f} s summed, "
        f"{side_by_side:.1f} s wall with {args.workers} side by side"
    )
    print(f"ratio ingest wall / tesseract-alone wall: {wall / side_by_side:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
