"""Why items go to review: every predicted `review` item, right or wrong against the truth, and its reasons.

    python bench/review_reasons.py CORPUS OUTDIR [--scorer /work/shared/eval/score.py] [--list] [--json F]

CORPUS holds <applicant>/manifest.json and <applicant>/<file>.truth.json beside each document (the dev
corpus, or the redegraded one); OUTDIR is what `certledger ingest CORPUS --export OUTDIR` wrote (e.g.
/tmp/devcheck-NAME/out after `/work/devcheck.sh TREE NAME`). Items are paired with the truth by the
scorer's own `match_items` (loaded from --scorer at run time), so "right" here is what the scorer would
call right: an item in review is "all right" when it is paired and its hours, start and end dates,
catalog_id and category all equal the truth's (the fields that make an `auto` item wrong).

Prints the automation figure, then each review reason's kind (its text before the first ':' with
numbers and quoted words blanked, so "uncertain catalog match (84): ..." and "(86): ..." count as one)
by the number of items it holds in review, split into "all right" and "something wrong"; an item with
several reasons counts under each, and the "sole reason" columns count the items held by that reason
alone (what a rule lifting that reason alone would automate). --list prints every review item.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

FIELDS = ("hours", "start_date", "end_date", "catalog_id", "category")


def reason_kind(reason: str) -> str:
    """A review reason without its particulars: the text before its first ': ', quotes and numbers
    blanked."""
    head = reason.split(": ", 1)[0]
    head = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", head)
    head = re.sub(r"\d+(?:\.\d+)?", "N", head)
    return head.strip()


def wrong_fields(pred: dict[str, Any], truth: dict[str, Any] | None, hours_eq: Any) -> list[str]:
    """The fields of ``pred`` that differ from its paired truth item (["unpaired"] without one)."""
    if truth is None:
        return ["unpaired"]
    bad = []
    for f in FIELDS:
        same = hours_eq(pred.get(f), truth.get(f)) if f == "hours" else pred.get(f) == truth.get(f)
        if not same:
            bad.append(f)
    return bad


def load_scorer(path: str) -> Any:
    spec = importlib.util.spec_from_file_location("certledger_eval_score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def review_items(corpus: Path, outdir: Path, scorer: Any) -> tuple[list[dict[str, Any]], int]:
    """Every predicted review item with its truth verdict, and the number of predicted items."""
    rows: list[dict[str, Any]] = []
    predicted = 0
    for manifest in sorted(corpus.glob("*/manifest.json")):
        m = json.loads(manifest.read_text())
        for name in m["documents"]:
            truth = json.loads((manifest.parent / f"{name}.truth.json").read_text())
            pp = outdir / m["applicant_id"] / f"{name}.json"
            pred = json.loads(pp.read_text()) if pp.is_file() else {"items": []}
            pl = pred.get("items") or []
            predicted += len(pl)
            paired = {j: i for i, j in scorer.match_items(truth["items"], pl)}
            for j, p in enumerate(pl):
                if p.get("status") == "auto":
                    continue
                t = truth["items"][paired[j]] if j in paired else None
                bad = wrong_fields(p, t, scorer.hours_eq)
                rows.append(
                    {
                        "file": f"{m['applicant_id']}/{name}",
                        "doc_type": truth["doc_type"],
                        "degradation": truth["degradation"],
                        "title": p.get("course_title"),
                        "wrong": bad,
                        "reasons": list(p.get("review_reasons") or []),
                        "pred": {f: p.get(f) for f in FIELDS},
                        "truth": {f: t.get(f) for f in FIELDS} if t else None,
                    }
                )
    return rows, predicted


def tabulate(rows: list[dict[str, Any]]) -> list[tuple[str, int, int, int, int]]:
    """(reason kind, all-right items, wrong items, all-right items held by it alone, wrong alone)."""
    tab: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        kinds = list(dict.fromkeys(reason_kind(x) for x in r["reasons"])) or ["(no reason given)"]
        col = 1 if r["wrong"] else 0
        for k in kinds:
            tab[k][col] += 1
            if len(kinds) == 1:
                tab[k][2 + col] += 1
    return sorted(((k, *v) for k, v in tab.items()), key=lambda x: (-(x[1] + x[2]), x[0]))  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--scorer", default="/work/shared/eval/score.py", help="the scorer, for its item pairing")
    ap.add_argument("--list", action="store_true", help="print every review item")
    ap.add_argument("--json", type=Path, help="write the items and the table here")
    a = ap.parse_args(argv)
    rows, predicted = review_items(a.corpus, a.outdir, load_scorer(a.scorer))
    right = sum(not r["wrong"] for r in rows)
    automation = 100 * (1 - len(rows) / max(predicted, 1))
    print(
        f"predicted items {predicted}, in review {len(rows)} (automation {automation:.1f} %): "
        f"all fields right {right}, something wrong {len(rows) - right}"
    )
    by_type = collections.Counter((r["doc_type"], not r["wrong"]) for r in rows)
    print(
        "by doc type (right/wrong): "
        + ", ".join(
            f"{d} {by_type[(d, True)]}/{by_type[(d, False)]}" for d in sorted({d for d, _ in by_type})
        )
    )
    table = tabulate(rows)
    print("\n| reason | all right | something wrong | sole: right | sole: wrong |\n|---|---:|---:|---:|---:|")
    for k, r_, w, sr, sw in table:
        print(f"| {k} | {r_} | {w} | {sr} | {sw} |")
    if a.list:
        print()
        for r in sorted(rows, key=lambda r: (bool(r["wrong"]), r["file"])):
            verdict = "RIGHT" if not r["wrong"] else "WRONG " + ",".join(r["wrong"])
            print(f"{verdict:28} {r['degradation']:12} {r['file']}  {r['title']!r}")
            for x in r["reasons"]:
                print(f"{'':41}- {x}")
            if r["wrong"] and r["truth"]:
                diff = {f: (r["pred"][f], r["truth"][f]) for f in r["wrong"]}
                print(f"{'':41}  pred/truth: {diff}")
    if a.json:
        a.json.write_text(json.dumps({"items": rows, "table": table}, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
