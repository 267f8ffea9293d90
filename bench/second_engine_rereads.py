"""Which of the second engine's re-reads change what a document says, and why each page was re-read.

    .venv/bin/python bench/second_engine_rereads.py CORPUS --cache OCR_CACHE [--out rows.json]

Per document of CORPUS (every file, as ``extract_document`` reads it, from a warm OCR cache: the
second engine's readings must be in it, or this run makes them): the pages
``pages_worth_a_second_look`` sends to the second engine, why (the page read poorly overall, nobody
surely named, an item missing a field, weak, or with notes, a letter in a packet, no item at all), and
whether re-reading them changed the classified document (doc type, person, letter dates, and every item's
fields, category, status and reasons, after the blank cells as in ``extract_document``). Then the same
for each re-read page alone: which single pages changed the outcome. A trigger that leaves out a kind
of reason whose re-reads never changed anything is the candidate to measure with certledger ingest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from classify.catalog import load_catalog
from classify.document import classify_document
from classify.types import ClassifiedItem
from extract.config import ExtractConfig
from extract.document import pages_worth_a_second_look, parse_document, with_blank_cells_read
from extract.read import read_pages, second_readings

TODAY = date(2025, 6, 1)


def _reasons(doc: Any, number: int, min_conf: float, page_min_conf: float) -> list[str]:
    """Why ``pages_worth_a_second_look`` picked page ``number`` (mirrors its rules)."""
    out = []
    page = next(p for p in doc.pages if p.number == number)
    if not doc.items:
        return ["no item"]
    if page.mean_conf < page_min_conf:
        out.append("page poor overall")
    if doc.layout == "packet":
        if any(part.kind == "letter" and number in part.pages for part in doc.parts):
            out.append("letter in a packet")
    elif doc.participant_name is None or doc.participant_name.conf < min_conf:
        out.append("nobody surely named")
    for item in doc.items:
        if item.page != number:
            continue
        if item.hours is None or item.start_date is None or not item.course_title:
            out.append("item missing a field")
        elif min(item.title_conf, item.date_conf, item.hours_conf) < min_conf:
            out.append("item field weak")
        elif item.notes or item.date_notes or item.hours_notes:
            out.append("item with notes")
    return sorted(set(out)) or ["?"]  # one page may hold several items of one reason


# An item's outcome: all its fields but how sure the reading was, where it lies, and the words as printed.
_NOT_OUTCOME = {"confidence", "page", "bbox", "match_score", "hours_text", "date_text", "nominal_hours"}
_ITEM_OUTCOME = tuple(name for name in ClassifiedItem.model_fields if name not in _NOT_OUTCOME)


def _outcome(path: Path, doc: Any, cfg: ExtractConfig, catalog: Any) -> str:
    """What a reviewer or the ledger sees of the document: its type, person, letter dates and every item's
    fields, status and reasons (not confidences, boxes or the words' own text)."""
    classified = classify_document(with_blank_cells_read(path, doc, cfg), catalog, TODAY)
    dump = classified.model_dump(mode="json")
    kept = {
        "doc_type": dump["doc_type"],
        "person": (dump["participant_name"] or {}).get("text"),
        "letter": [dump[k] for k in ("sro_start_date", "sro_start_range", "employment", "sro_end_range")],
        "items": [{k: item[k] for k in _ITEM_OUTCOME} for item in dump["items"]],
    }
    return json.dumps(kept, sort_keys=True, default=str)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    cfg = ExtractConfig(ocr_cache_dir=args.cache, page_workers=1)
    catalog = load_catalog()
    limits = (cfg.second_engine_below_conf, cfg.second_engine_page_below_conf)
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and not p.name.endswith(".json"))
    rows = []
    for path in files:
        try:
            media_type, pages = read_pages(path, cfg.model_copy(update={"second_engine": False}))
        except Exception as exc:  # an unreadable file is part of the corpus
            rows.append({"file": str(path.relative_to(args.corpus)), "error": type(exc).__name__})
            continue
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        doc = parse_document(path.name, sha, media_type, pages)
        again = pages_worth_a_second_look(doc, *limits)
        if not again:
            continue
        before = _outcome(path, doc, cfg, catalog)
        both = parse_document(path.name, sha, media_type, second_readings(path, pages, again, cfg))
        after = _outcome(path, both, cfg, catalog)
        singles = {}
        for n in sorted(again):
            alone = parse_document(path.name, sha, media_type, second_readings(path, pages, {n}, cfg))
            singles[n] = _outcome(path, alone, cfg, catalog) != before
        rows.append(
            {
                "file": str(path.relative_to(args.corpus)),
                "ocr_pages": sum(1 for p in pages if p.source == "ocr"),
                "again": {
                    str(n): {
                        "reasons": _reasons(doc, n, *limits),
                        "changes_alone": singles[n],
                    }
                    for n in sorted(again)
                },
                "changed": after != before,
            }
        )
        print(rows[-1]["file"], len(again), "changed" if rows[-1]["changed"] else "same", flush=True)
    reread = [r for r in rows if "again" in r]
    pages_by_reason: Counter[str] = Counter()
    changing_by_reason: Counter[str] = Counter()
    for r in reread:
        for page in r["again"].values():
            for reason in page["reasons"]:
                pages_by_reason[reason] += 1
                changing_by_reason[reason] += page["changes_alone"]
    print(f"documents re-read: {len(reread)}, outcome changed: {sum(r['changed'] for r in reread)}")
    changing = sum(p["changes_alone"] for r in reread for p in r["again"].values())
    print(f"pages re-read: {sum(len(r['again']) for r in reread)}, changing the outcome alone: {changing}")
    for reason, count in pages_by_reason.most_common():
        print(f"  {reason:28s} {count:4d} pages, {changing_by_reason[reason]:4d} change the outcome alone")
    combos: Counter[str] = Counter()
    changing_combos: Counter[str] = Counter()
    for r in reread:
        for page in r["again"].values():
            combos[" + ".join(page["reasons"])] += 1
            changing_combos[" + ".join(page["reasons"])] += page["changes_alone"]
    print("by the page's whole set of reasons:")
    for combo, count in combos.most_common():
        print(f"  {count:4d} pages, {changing_combos[combo]:4d} change the outcome alone: {combo}")
    if args.out is not None:
        args.out.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
