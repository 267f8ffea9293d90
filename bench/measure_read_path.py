"""Time read_pages over dev-corpus files and check orientation and word recall against the truth.

Usage: .venv/bin/python bench/measure_read_path.py [--degradation fax,rotated] [--format tiff] [--limit N]
       [--no-deskew] [--no-second] [--always-osd]
Reads /work/shared/corpus/dev (measurement only; product code never reads it).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from extract import ocr
from extract.config import ExtractConfig
from extract.read import read_pages

CORPUS = Path("/work/shared/corpus/dev")


def truth_tokens(truth: dict[str, object]) -> set[str]:
    text = " ".join(
        str(v)
        for v in [truth.get("participant_name")]
        + [i.get("course_title") for i in truth.get("items", [])[:3]]  # type: ignore[union-attr]
        + [i.get("hours_as_printed") for i in truth.get("items", [])[:3]]  # type: ignore[union-attr]
        if v
    )
    return {t.lower() for t in re.findall(r"[A-Za-z0-9]{3,}", text)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--degradation", default="")
    ap.add_argument("--format", default="")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--no-deskew", action="store_true")
    ap.add_argument("--no-second", action="store_true")
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args()
    cfg = ExtractConfig(deskew=not args.no_deskew, second_engine=not args.no_second)
    if args.threshold is not None:
        cfg = cfg.model_copy(update={"orientation_check_below_conf": args.threshold})
    docs = json.loads((CORPUS / "index.json").read_text())["documents"]
    if args.degradation:
        docs = [d for d in docs if d["degradation"] in args.degradation.split(",")]
    if args.format:
        docs = [d for d in docs if d["format"] in args.format.split(",")]
    if args.limit:
        docs = docs[: args.limit]
    total_t = total_pages = 0.0
    hits = want = upright_ok = 0
    for d in docs:
        path = CORPUS / d["applicant_id"] / d["file"]
        truth = json.loads(path.with_name(path.name + ".truth.json").read_text())
        runs = (ocr.engine_runs("tesseract"), ocr.engine_runs("rapidocr"))
        t0 = time.perf_counter()
        _media, pages = read_pages(path, cfg)
        dt = time.perf_counter() - t0
        total_t += dt
        total_pages += len(pages)
        words = {t.lower() for p in pages for w in p.words for t in re.findall(r"[A-Za-z0-9]{3,}", w.text)}
        tokens = truth_tokens(truth)
        found = len(tokens & words)
        hits += found
        want += len(tokens)
        expect = round(float(truth["rotation_deg"]) / 90.0) * 90 % 360
        got = pages[0].rotation
        upright_ok += got == expect
        print(
            f"{d['applicant_id']}/{d['file'][:38]:38} {d['format']:8} {d['degradation']:10} "
            f"p={len(pages)} {dt:5.1f}s src={pages[0].source:10} rot={got:3}/{truth['rotation_deg']:>5} "
            f"conf={sum(p.mean_conf for p in pages) / len(pages):.2f} eng={'+'.join(pages[0].engines)} "
            f"tess={ocr.engine_runs('tesseract') - runs[0]} rapid={ocr.engine_runs('rapidocr') - runs[1]} "
            f"recall={found}/{len(tokens)}",
            flush=True,
        )
    n = len(docs)
    print(
        f"\n{n} files, {int(total_pages)} pages, {total_t:.1f}s "
        f"({total_t / max(total_pages, 1):.2f} s/page), "
        f"orientation right {upright_ok}/{n}, truth-token recall {hits}/{want} = {hits / max(want, 1):.3f}"
    )


if __name__ == "__main__":
    main()
