"""Measure catalog matching and title categories against the dev corpus truth (read-only).

Usage: .venv/bin/python bench/measure_matching.py [CORPUS_DIR] [--blank-transcript-context]

Each truth item is matched with ``match_course(course_title, issuer)``; its category is the matched
course's, else the category the catalog kept, else ``category_from_title``. Prints both accuracies and
the misses (grouped, with counts). ``--blank-transcript-context`` passes an empty context for transcript
rows: a department's name is not the course's provider (the truth does not keep the provider column).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from classify.catalog import load_catalog
from classify.category import category_from_title
from classify.match import match_course

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def _items(corpus: Path) -> list[tuple[str, str, dict[str, object]]]:
    out = []
    for path in sorted(corpus.glob("*/*.truth.json")):
        doc = json.loads(path.read_text())
        for item in doc.get("items") or []:
            out.append((str(doc.get("doc_type")), str(doc.get("issuer") or ""), item))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--blank-transcript-context", action="store_true")
    args = parser.parse_args()
    catalog = load_catalog()
    items = _items(args.corpus)
    id_ok = cat_ok = 0
    id_miss: Counter[str] = Counter()
    cat_miss: Counter[str] = Counter()
    for doc_type, issuer, item in items:
        title = str(item["course_title"])
        context = "" if args.blank_transcript_context and doc_type == "transcript" else issuer
        m = match_course(title, context, catalog)
        got_id = m.catalog_id
        category = m.category or category_from_title(title).category
        if got_id == item["catalog_id"]:
            id_ok += 1
        else:
            id_miss[f"{title!r} [{issuer}] want {item['catalog_id']} got {got_id}: {m.reason}"] += 1
        if category == item["category"]:
            cat_ok += 1
        else:
            cat_miss[f"{title!r} [{issuer}] want {item['category']} got {category}"] += 1
    n = len(items)
    print(f"items: {n}")
    print(f"catalog_id accuracy: {id_ok}/{n} = {id_ok / n:.1%}")
    print(f"category accuracy:   {cat_ok}/{n} = {cat_ok / n:.1%}")
    for label, misses in (("catalog_id misses", id_miss), ("category misses", cat_miss)):
        print(f"\n{label} ({sum(misses.values())}):")
        for line, count in misses.most_common():
            print(f"  {count:3d}x {line}")


if __name__ == "__main__":
    main()
