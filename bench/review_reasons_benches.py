"""Why right items go to review on recent rounds' benches: every `review` item, right or not, and its reasons.

    python bench/review_reasons_benches.py WORKDIR [--cache DIR] [--json F] [--only BENCH,...] [--scan KIND]

The documents of certificate wordings rounds 12 to 15 (text PDF and a scan, heavy unless --scan names
scan_light or fax), training records rounds 10 to 14 and no-completion documents round 5 (the same) and
real-world captures round 6, read as the
CLI reads them (two processes),
each item scored as its own bench scores it: a certificate's one item right when its facts (dates, hours,
catalog course, category) and holder are the truth's and the document need not be seen by a person; a
record's row when ``matching_truth`` finds it; a capture's item when ``exact`` holds for one expected item
and the holder was read. Prints each review reason's kind (``bench.review_reasons.reason_kind``) by the items
it holds, split into all right / something wrong, with the "sole reason" columns of ``review_reasons.py``;
``--json`` writes every item (bench, case, status, right, reasons, the item on one line) to compare runs.
Renders and OCR results stay in WORKDIR / --cache, so a rerun after a change re-reads only the fields.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.review_reasons import reason_kind
from certledger.samples import to_scan
from classify.catalog import load_catalog
from classify.types import ClassifiedDocument, ClassifiedItem
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.harsh_captures import exact
from tests.harsh_captures_6 import CAPTURES, write_capture
from tests.issuer_formats import matching_truth
from tests.nonproof_documents_5 import NONPROOF5
from tests.novel_certificates import facts, read_in_two_processes, render_novel, show, truth
from tests.novel_certificates_10 import holder_right
from tests.novel_certificates_12 import NOVELS_12
from tests.novel_certificates_13 import NOVELS_13
from tests.novel_certificates_14 import NOVELS_14
from tests.novel_certificates_15 import NOVELS_15
from tests.records_round3 import render_kind
from tests.records_round10 import RECORDS10
from tests.records_round11 import RECORDS11
from tests.records_round12 import RECORDS12
from tests.records_round13 import RECORDS13
from tests.records_round14 import RECORDS14

TODAY = date(2025, 6, 1)
CERT_BENCHES = {"cert12": NOVELS_12, "cert13": NOVELS_13, "cert14": NOVELS_14, "cert15": NOVELS_15}
# the benches whose documents are records (an item right when ``matching_truth`` finds its row; a document
# proving no completion has none, so each of its items is wrong)
RECORD_BENCHES = {"rec10": RECORDS10, "rec11": RECORDS11, "rec12": RECORDS12, "rec13": RECORDS13,
                  "rec14": RECORDS14, "np5": NONPROOF5}  # fmt: skip
BENCHES = (*CERT_BENCHES, *RECORD_BENCHES, "harsh6")


def jobs(workdir: Path, only: set[str], scan: str = "scan_heavy") -> dict[str, tuple[Path, Any]]:
    """Every file to read, keyed "bench|case|kind", with its truth; ``scan`` the degraded render."""
    out: dict[str, tuple[Path, Any]] = {}
    for bench, novels in CERT_BENCHES.items():
        if bench not in only:
            continue
        for seed, (key, n) in enumerate(sorted(novels.items()), start=5):  # the bench's seeds
            pdf = render_novel(n, workdir / f"{bench}-{key}.pdf")
            out[f"{bench}|{key}|pdf"] = (pdf, n)
            img = workdir / f"{bench}-{key}-{scan}.png"
            if not img.exists():
                to_scan(pdf, img, scan, "png", seed=seed)  # type: ignore[arg-type]
            out[f"{bench}|{key}|{scan}"] = (img, n)
    for bench, records in RECORD_BENCHES.items():
        if bench not in only:
            continue
        for key, d in records.items():
            for kind in ("text", scan):
                out[f"{bench}|{key}|{kind}"] = (render_kind(key, kind, 0, workdir / bench, records), d)
    if "harsh6" in only:
        (workdir / "harsh6").mkdir(parents=True, exist_ok=True)
        for key, c in CAPTURES.items():
            out[f"harsh6|{key}|{c.kind}"] = (write_capture(c, workdir / "harsh6"), c)
    return out


def scored(bench: str, doc: ClassifiedDocument, src: Any) -> Iterator[tuple[ClassifiedItem, bool]]:
    """Each item of ``doc`` and whether every fact that makes an ``auto`` item wrong is right."""
    if bench.startswith("cert"):
        for item in doc.items:
            one = len(doc.items) == 1 and not src.must_review
            yield item, one and holder_right(doc, src) and facts(item) == truth(src)
    elif bench in RECORD_BENCHES:
        for item in doc.items:
            yield item, matching_truth(item, src) is not None
    else:
        name = doc.participant_name.text if doc.participant_name is not None else ""
        named = bool(name) and name_tokens(name) == name_tokens(src.drawn.source.name)
        for item in doc.items:
            yield item, named and any(exact(item, e) for e in src.drawn.source.items)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("workdir", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--only", default=",".join(BENCHES))
    ap.add_argument("--text-only", action="store_true", help="the text PDFs alone (no OCR)")
    ap.add_argument("--scan", default="scan_heavy", help="the degraded render: scan_heavy, scan_light, fax")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    todo = jobs(args.workdir, set(args.only.split(",")), args.scan)
    if args.text_only:
        todo = {k: v for k, v in todo.items() if k.endswith(("|pdf", "|text"))}
    rows: list[dict[str, Any]] = []
    cfg = ExtractConfig(ocr_cache_dir=args.cache)
    with read_in_two_processes({k: p for k, (p, _) in todo.items()}, cfg, load_catalog(), TODAY) as futures:
        for job, fut in futures.items():
            bench, case, kind = job.split("|")
            doc = fut.result(timeout=1800)
            for item, right in scored(bench, doc, todo[job][1]):
                rows.append(
                    {"bench": bench, "case": case, "kind": kind, "status": item.status, "right": right,
                     "reasons": list(item.review_reasons), "item": show(item)}
                )  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    auto = [r for r in rows if r["status"] == "auto"]
    review = [r for r in rows if r["status"] != "auto"]
    print(
        f"items {len(rows)}: auto {len(auto)} (right {sum(r['right'] for r in auto)}, "
        f"WRONG {sum(not r['right'] for r in auto)}); review {len(review)} "
        f"(all right {sum(r['right'] for r in review)})"
    )
    kinds: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in review:
        ks = {reason_kind(x) for x in r["reasons"]} or {"(no reason)"}
        for k in ks:
            kinds[k][0 if r["right"] else 1] += 1
            if len(ks) == 1:
                kinds[k][2 if r["right"] else 3] += 1
    print("\n| reason | all right | something wrong | sole: right | sole: wrong |")
    print("|---|---:|---:|---:|---:|")
    for k, (a, b, c, d) in sorted(kinds.items(), key=lambda kv: (-kv[1][0], -kv[1][1])):
        print(f"| {k} | {a} | {b} | {c} | {d} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
