"""The real certificates as scans: each file degraded, read through the CLI and scored against the truth.

    python bench/real_degraded.py [FOLDER] --out /tmp/real-degraded --data /tmp/real-degraded-data \\
        [--kinds scan_light,fax,photo] [--seed 14] [--jobs 1] [--clean CLEAN_OUT]

Each file of FOLDER (default ``/work/shared/corpus/real/files``; read, never written) becomes a degraded
copy per kind with ``certledger.samples.to_scan`` (an image-only PDF; a PNG/JPG source is first put on a
PDF page of letter size, so the scanner renders it as it would a printed sheet). The seed is fixed, so
the copies are the same on every run. The copies go through the command line as ``bench/check_real.py``
drives it (its ``run_one``; ``--data`` keeps the OCR cache between runs) and each is scored with
``bench/score_real.py``'s ``field_checks`` (first item of each file, ``bench/data/real_truth.json``).

Per kind it prints fields right (doc_type, participant, title, date, hours) of the files, the ``auto``
items and the WRONG ``auto`` items (an ``auto`` item whose fields are not all right, or that the truth
says a careful person would not sign). With ``--clean DIR`` (a ``check_real.py --out`` folder of the
clean files) it also prints which fields the clean reading has right and each kind loses.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))  # check_real, score_real
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # certledger

from check_real import DEFAULT_FOLDER, run_one
from score_real import FIELDS, field_checks

from certledger.samples import to_scan

KINDS = ("scan_light", "fax", "photo")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
PAGE_LONG_IN = 11.0  # an image source is printed on a letter sheet: its long side 11 in


def image_to_pdf(src: Path, out: Path) -> Path:
    """Put an image on one PDF page, its long side 11 in (a screenshot printed to be scanned)."""
    with Image.open(src) as im:
        img = im.convert("RGB")
    dpi = max(img.size) / PAGE_LONG_IN
    img.save(out, "PDF", resolution=dpi)
    return out


def make_copies(
    files: list[Path], out: Path, kinds: tuple[str, ...], seed: int
) -> list[tuple[str, str, Path]]:
    """(kind, source name, degraded PDF) for every file and kind; existing copies are kept."""
    (out / "source").mkdir(parents=True, exist_ok=True)
    jobs: list[tuple[str, str, Path]] = []
    for f in files:
        src = f
        if f.suffix.lower() in IMAGE_SUFFIXES:
            src = out / "source" / f"{f.name}.pdf"
            if not src.exists():
                image_to_pdf(f, src)
        for kind in kinds:
            dst = out / "scans" / kind / f"{f.name}.pdf"
            if not dst.exists():
                to_scan(src, dst, kind, "pdf", seed)  # type: ignore[arg-type]
            jobs.append((kind, f.name, dst))
    return jobs


def score(docs: dict[str, dict[str, Any] | None], truth: dict[str, Any]) -> dict[str, Any]:
    """Fields right, checks per file, auto items and wrong auto items of one reading of the files."""
    right = dict.fromkeys(FIELDS, 0)
    checks: dict[str, dict[str, bool]] = {}
    autos: list[str] = []
    wrong: list[str] = []
    for name, expected in truth.items():
        doc = docs.get(name) or {"doc_type": None, "participant_name": None, "items": []}
        c = field_checks(doc, expected)
        checks[name] = c
        for k in FIELDS:
            right[k] += c[k]
        signable = all(c[k] for k in FIELDS[1:]) and expected["signable"]
        for item in doc["items"]:
            if item["status"] == "auto":
                autos.append(name)
                if not signable:
                    wrong.append(name)
    return {"right": right, "checks": checks, "autos": autos, "wrong": wrong}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--out", type=Path, default=Path("/tmp/real-degraded"))
    ap.add_argument(
        "--data", type=Path, default=Path("/tmp/real-degraded-data"), help="kept data dir (OCR cache)"
    )
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument(
        "--jobs", type=int, default=1, help="CLI processes at once (2 at most on a shared machine)"
    )
    ap.add_argument("--timeout", type=float, default=900.0)
    ap.add_argument("--clean", type=Path, default=None, help="check_real.py --out folder of the clean files")
    ap.add_argument("--resume", action="store_true", help="keep the readings already in OUT/json")
    ap.add_argument("--truth", type=Path, default=Path(__file__).parent / "data" / "real_truth.json")
    args = ap.parse_args()
    kinds = tuple(k for k in args.kinds.split(",") if k)
    truth = {k: v for k, v in json.loads(args.truth.read_text()).items() if not k.startswith("_")}
    files = sorted(p for p in args.folder.iterdir() if p.is_file() and p.name in truth)
    if args.out.resolve().is_relative_to(Path("/work/shared")):
        print("--out must not be under /work/shared", file=sys.stderr)
        return 2
    jobs = make_copies(files, args.out, kinds, args.seed)
    args.data.mkdir(parents=True, exist_ok=True)

    def read(job: tuple[str, str, Path]) -> tuple[str, str, dict[str, Any]]:
        kind, name, path = job
        folder = args.out / "json" / kind  # written as each reading ends: a long run can be looked at
        kept = folder / f"{name}.json"
        if args.resume and kept.exists():  # a run stopped half-way goes on where it was
            return kind, name, {"doc": json.loads(kept.read_text()), "stderr": "", "seconds": 0.0}
        r = run_one(path, args.data, args.timeout)
        folder.mkdir(parents=True, exist_ok=True)
        if r["doc"] is None:
            (folder / f"{name}.err").write_text(r["stderr"] + "\n")
        else:
            (folder / f"{name}.json").write_text(json.dumps(r["doc"], indent=2) + "\n")
        return kind, name, r

    with ThreadPoolExecutor(max_workers=max(1, min(args.jobs, 2))) as pool:
        results = list(pool.map(read, jobs))
    docs: dict[str, dict[str, dict[str, Any] | None]] = {k: {} for k in kinds}
    errors = []
    for kind, name, r in results:
        docs[kind][name] = r["doc"]
        if r["doc"] is None:
            errors.append(f"{kind}/{name}: {(r['stderr'].splitlines() or [''])[-1]}")
    readings: dict[str, dict[str, Any]] = {}
    if args.clean:
        clean_docs = {n: json.loads(p.read_text()) for n in truth if (p := args.clean / f"{n}.json").exists()}
        readings["clean"] = score(clean_docs, truth)
    for kind in kinds:
        readings[kind] = score(docs[kind], truth)
    n = len(truth)
    print(f"| reading ({n} files) | " + " | ".join(FIELDS) + " | `auto` | wrong `auto` |")
    print("|---|" + "---|" * (len(FIELDS) + 2))
    for label, s in readings.items():
        cells = " | ".join(str(s["right"][k]) for k in FIELDS)
        print(f"| {label} | {cells} | {len(s['autos'])} | {len(s['wrong'])} |")
    for label, s in readings.items():
        if s["wrong"]:
            print(f"WRONG auto ({label}): {s['wrong']}")
    if "clean" in readings:
        clean = readings["clean"]["checks"]
        for kind in kinds:
            print(f"\n{kind}: fields the clean reading has right and this one loses / gains")
            for name in truth:
                c, d = clean[name], readings[kind]["checks"][name]
                lost = [k for k in FIELDS if c[k] and not d[k]]
                gained = [k for k in FIELDS if d[k] and not c[k]]
                if lost or gained:
                    print(f"  {name:38s} lost {lost or '-'}  gained {gained or '-'}")
    for e in errors:
        print(f"error: {e}")
    print(
        f"\n{len(results)} readings, {len(errors)} errors; "
        f"{sum(r['seconds'] for _, _, r in results):.0f} s of CLI time"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
