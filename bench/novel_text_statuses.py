"""Every certificate wording round's text PDFs (``tests/novel_certificates*.py``, rounds 1-14) read once: per
round the items `auto` and right, `auto` and wrong, and in review; ``--json`` writes each item's status, facts
and reasons, ``--compare`` another run's JSON lists the items whose status or facts differ.

    PYTHONPATH=. python bench/novel_text_statuses.py WORKDIR --json after.json [--compare before.json]

Run it with PYTHONPATH at another tree to read that tree's code (the fixtures are then that tree's too).
A right item: dates, hours, catalog course and category the truth's, and the document not one that must be
reviewed (``tests.novel_certificates.wrong_autos``).
"""

from __future__ import annotations

import argparse
import importlib
import json
from datetime import date
from pathlib import Path
from typing import Any

from certledger.pipeline import process_file
from classify.catalog import load_catalog
from extract.config import ExtractConfig
from tests.novel_certificates import facts, render_novel, truth

TODAY = date(2025, 6, 1)
ROUNDS = ("", *(f"_{k}" for k in range(2, 15)))


def read_all(workdir: Path) -> list[dict[str, Any]]:
    cfg = ExtractConfig(ocr_cache_dir=None)
    catalog = load_catalog()
    rows: list[dict[str, Any]] = []
    for suffix in ROUNDS:
        mod = importlib.import_module(f"tests.novel_certificates{suffix}")
        novels = getattr(mod, f"NOVELS{suffix}")
        render = getattr(mod, f"render_novel{suffix}", render_novel)
        for key, n in sorted(novels.items()):
            pdf = render(n, workdir / f"r{suffix or '_1'}-{key}.pdf")
            doc = process_file(pdf, cfg, catalog, TODAY)
            for i, item in enumerate(doc.items):
                right = not n.must_review and facts(item) == truth(n)
                rows.append(
                    {
                        "round": suffix or "_1",
                        "case": f"{key}#{i}",
                        "status": item.status,
                        "right": right,
                        "facts": [str(f) for f in facts(item)],
                        "reasons": list(item.review_reasons),
                    }
                )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("workdir", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    rows = read_all(args.workdir)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    auto_right = sum(r["status"] == "auto" and r["right"] for r in rows)
    auto_wrong = sum(r["status"] == "auto" and not r["right"] for r in rows)
    review = len(rows) - auto_right - auto_wrong
    print(f"{len(rows)} items: {auto_right} auto right, {auto_wrong} auto wrong, {review} review")
    for r in rows:
        if r["status"] == "auto" and not r["right"]:
            print("  WRONG AUTO", r["round"], r["case"], r["facts"])
    if args.compare:
        before = {(r["round"], r["case"]): r for r in json.loads(args.compare.read_text())}
        for r in rows:
            b = before.get((r["round"], r["case"]))
            if b is None or (b["status"], b["facts"]) != (r["status"], r["facts"]):
                was = "new" if b is None else f"{b['status']} {b['facts']} {b['reasons']}"
                print(f"  {r['round']} {r['case']}: {was} -> {r['status']} {r['facts']} {r['reasons']}")


if __name__ == "__main__":
    main()
