"""Extract every document of a corpus into OUT/<applicant>/<file>.json (until `ingest --export` exists).

    python bench/extract_corpus.py ../shared/corpus/dev OUT [--jobs N] [--only A001,A002]

Reads each applicant's manifest for its document list only (never `expected`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import date
from pathlib import Path

from certledger.pipeline import process_file
from certledger.settings import load_settings
from classify.catalog import load_catalog
from extract.errors import ExtractError


def _one(path: Path, out: Path) -> tuple[str, float, str | None]:
    settings = load_settings()
    t0 = time.perf_counter()
    try:
        doc = process_file(path, settings.extract_config(), load_catalog(settings.catalog_path), date.today())
        payload = doc.to_contract()
        err = None
    except ExtractError as exc:
        payload = {"file": path.name, "doc_type": "other", "items": [], "error": f"{exc.code}: {exc}"}
        err = str(exc)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=1))
    return str(path), time.perf_counter() - t0, err


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    only = {x for x in a.only.split(",") if x}
    jobs: list[tuple[Path, Path]] = []
    for folder in sorted(p for p in a.corpus.iterdir() if (p / "manifest.json").is_file()):
        if only and folder.name not in only:
            continue
        manifest = json.loads((folder / "manifest.json").read_text())
        for name in manifest["documents"]:
            jobs.append((folder / name, a.out / folder.name / f"{name}.json"))
    t0 = time.perf_counter()
    total = 0.0
    with ProcessPoolExecutor(a.jobs) as pool:
        futures = [pool.submit(_one, src, dst) for src, dst in jobs]
        for n, fut in enumerate(as_completed(futures), 1):
            path, secs, err = fut.result()
            total += secs
            if err:
                print(f"FAILED {path}: {err}", file=sys.stderr)
            print(f"\r{n}/{len(jobs)} documents", end="", file=sys.stderr)
    print(
        f"\n{len(jobs)} documents in {time.perf_counter() - t0:.1f} s wall, {total:.1f} s summed",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
