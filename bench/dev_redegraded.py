"""The dev corpus's text PDFs as new scans: the same documents and truth, read through OCR instead.

    python bench/dev_redegraded.py --out /tmp/redeg [--kinds scan_heavy,fax,photo] [--seed 16]
    CERTLEDGER_DATA_DIR=/tmp/redeg/data certledger ingest /tmp/redeg/corpus --wait --export /tmp/redeg/out
    python /work/shared/corpus/../eval/score.py /tmp/redeg/corpus /tmp/redeg/out

Writes a copy of the corpus (default ``/work/shared/corpus/dev``; read, never written) to ``OUT/corpus`` in
which every born-digital PDF (truth ``format`` ``pdf_text``) is replaced, under its own name, by an
image-only PDF degraded with ``certledger.samples.to_scan``: the kinds taken in turn over the sorted
files, the seed fixed, so the copy is the same on every run. Everything else (the scans, manifests,
truth) is copied as it is, with each replaced file's truth relabelled (``format`` ``pdf_scan``, its
``degradation``), so the scorer's breakdown rows say what each document now is and the applicants'
verdicts still have all their evidence. The product never sees the truth files: the ingest reads the
corpus folder as staff would, and only the scorer reads ``*.truth.json`` and the expected verdicts.

What it measures: the same 66 documents' exact truth, through OCR at the heaviest degradations, next
to their text-layer reading: a wrong ``auto`` here is a reading fault no labelling effort hid.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # certledger

from certledger.samples import to_scan

DEV = Path("/work/shared/corpus/dev")
KINDS = ("scan_heavy", "fax", "photo")


def text_pdfs(corpus: Path) -> list[Path]:
    """The corpus's born-digital PDFs, by their truth, sorted."""
    found = []
    for truth in sorted(corpus.glob("*/*.truth.json")):
        if json.loads(truth.read_text())["format"] == "pdf_text":
            found.append(truth.with_name(truth.name.removesuffix(".truth.json")))
    return found


def redegrade(corpus: Path, out: Path, kinds: tuple[str, ...], seed: int) -> dict[str, int]:
    """Copy ``corpus`` to ``out`` with its text PDFs degraded; the count of files per kind."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(corpus, out, ignore=shutil.ignore_patterns("index.json"))
    counts = dict.fromkeys(kinds, 0)
    for n, source in enumerate(text_pdfs(corpus)):
        kind = kinds[n % len(kinds)]
        target = out / source.relative_to(corpus)
        to_scan(source, target, kind, "pdf", seed + n)  # type: ignore[arg-type]
        truth_path = target.with_name(target.name + ".truth.json")
        truth = json.loads(truth_path.read_text())
        truth.update(format="pdf_scan", degradation=kind)
        truth_path.write_text(json.dumps(truth, indent=2))
        counts[kind] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--out", type=Path, required=True, help="OUT/corpus is written")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    kinds = tuple(k for k in args.kinds.split(",") if k)
    counts = redegrade(args.corpus, args.out / "corpus", kinds, args.seed)
    print(f"{sum(counts.values())} text PDFs degraded into {args.out / 'corpus'}: {counts}")


if __name__ == "__main__":
    main()
