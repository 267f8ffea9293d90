"""Run ``certledger extract FILE --json`` over a folder of real documents and print what came back.

Usage: .venv/bin/python bench/check_real.py [FOLDER] [--jobs N] [--out DIR]
       (FOLDER defaults to /work/shared/corpus/real/files; files are read, never written)

Each file goes through the command line exactly as the acceptance scorer drives it (a subprocess,
no database). Per file it prints the exit status (and the error line when it failed), doc_type,
participant, and every item: title, dates, hours, status, confidence, reasons. ``--out`` keeps each
file's JSON (or stderr) for a closer look. The real corpus has no labels: judging the ``auto`` items
is a person's job; this script only lays them out (``auto`` items are marked with ``>>``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = Path("/work/shared/corpus/real/files")


def _cli() -> list[str]:
    exe = ROOT / ".venv" / "bin" / "certledger"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "certledger.cli"]


def run_one(path: Path, data_dir: Path, timeout_s: float) -> dict[str, Any]:
    """One file through the CLI: returncode, stdout JSON (when any), stderr, seconds."""
    env = {**os.environ, "CERTLEDGER_DATA_DIR": str(data_dir)}
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            [*_cli(), "extract", str(path), "--json"],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            env=env,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {
            "file": path.name,
            "rc": None,
            "stderr": f"timed out after {timeout_s:.0f} s",
            "doc": None,
            "seconds": time.perf_counter() - t0,
        }
    doc: dict[str, Any] | None = None
    stderr = proc.stderr.strip()
    if proc.returncode == 0:
        try:
            doc = json.loads(proc.stdout)
        except json.JSONDecodeError as exc:
            stderr = f"exit 0 but stdout is not JSON ({exc}); {stderr}"
    return {
        "file": path.name,
        "rc": proc.returncode,
        "stderr": stderr,
        "doc": doc,
        "seconds": time.perf_counter() - t0,
    }


def describe(result: dict[str, Any]) -> str:
    lines = [f"== {result['file']}  ({result['seconds']:.1f} s)"]
    doc = result["doc"]
    if result["rc"] != 0 or doc is None:
        last = result["stderr"].splitlines()[-1] if result["stderr"] else ""
        lines.append(f"   ERROR exit={result['rc']}: {last}")
        return "\n".join(lines)
    lines.append(
        f"   doc_type={doc['doc_type']}  pages={doc['pages']}  participant={doc['participant_name']!r}  "
        f"issuer={doc['issuer']!r}"
    )
    if doc.get("sro_start_date"):
        lines.append(f"   sro_start_date={doc['sro_start_date']}")
    if doc.get("warnings"):
        lines.append(f"   warnings: {'; '.join(doc['warnings'])}")
    if not doc["items"]:
        lines.append("   (no items)")
    for it in doc["items"]:
        mark = ">>" if it["status"] == "auto" else "  "
        lines.append(
            f" {mark} [{it['status']}] {it['course_title']!r} | {it['catalog_id'] or '-'} | "
            f"{it['category']} | {it['start_date']}..{it['end_date']} | {it['hours']} h | "
            f"conf {it['confidence']} | p{it['page']}"
        )
        printed = [
            f"hours as printed {it.get('hours_as_printed')!r}",
            f"date as printed {it.get('date_as_printed')!r}",
        ]
        lines.append(f"        {'; '.join(printed)}")
        if it.get("review_reasons"):
            lines.append(f"        reasons: {'; '.join(it['review_reasons'])}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--jobs", type=int, default=2, help="files run at once (each is one CLI process)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per file")
    ap.add_argument("--out", type=Path, default=None, help="keep each file's JSON / stderr here")
    ap.add_argument(
        "--data",
        type=Path,
        default=None,
        help="a data folder kept between runs (its OCR cache saves rereads)",
    )
    args = ap.parse_args()
    files = sorted(p for p in args.folder.iterdir() if p.is_file())
    if not files:
        print(f"no files in {args.folder}", file=sys.stderr)
        return 2
    with (
        tempfile.TemporaryDirectory(prefix="check-real-") as tmp,
        ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool,
    ):
        data_dir = args.data or Path(tmp)
        results = list(pool.map(lambda p: run_one(p, data_dir, args.timeout), files))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for r in results:
            if r["doc"] is not None:
                (args.out / f"{r['file']}.json").write_text(json.dumps(r["doc"], indent=2) + "\n")
            else:
                (args.out / f"{r['file']}.err").write_text(r["stderr"] + "\n")
    for r in results:
        print(describe(r))
    errors = [r for r in results if r["rc"] != 0 or r["doc"] is None]
    autos = sum(1 for r in results if r["doc"] for it in r["doc"]["items"] if it["status"] == "auto")
    items = sum(len(r["doc"]["items"]) for r in results if r["doc"])
    total_s = sum(r["seconds"] for r in results)
    print(
        f"\n{len(files)} files: {len(files) - len(errors)} read, {len(errors)} errors; "
        f"{items} items, {autos} auto; {total_s:.0f} s of CLI time"
    )
    for r in errors:
        print(f"  error: {r['file']}: {(r['stderr'].splitlines() or [''])[-1]}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
