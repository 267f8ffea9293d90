"""Packets of documents in one file, round 2 (``tests/packets_2.py``): each packet read as a text PDF and as
a light scan, as the CLI reads it, against its truth per document.

    python bench/packets_2.py [--kinds pdf scan_light] [--only KEY ...] [--data /tmp/packets2]

Per packet: documents split right (each certificate, record and letter of the truth a part of its kind
holding its pages; no part more), items right (each of the truth's courses read with its dates and hours),
wrong ``auto`` (an ``auto`` item that is no course of the holder's, or a holder misread), and double credit
(one completion ``auto`` twice under keys the ledger's duplicate rule does not join: hours counted twice).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from certledger.pipeline import process_file
from certledger.samples import to_scan
from classify.catalog import load_catalog
from classify.types import ClassifiedDocument, ClassifiedItem
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.packets_2 import PACKETS, Course, Packet
from verify.lines import course_key


def same(item: ClassifiedItem, c: Course) -> bool:
    """The item reads course ``c``: its dates and hours (and catalog course when it has one)."""
    facts = (item.start_date, item.end_date, item.hours) == (c.start, c.end, c.hours)
    return facts and (c.catalog_id is None or item.catalog_id == c.catalog_id)


def split_right(doc: ClassifiedDocument, p: Packet) -> bool:
    """Each document of the truth is a part of its kind holding its pages, and there is no part more.
    A file of certificates alone (no parts: read as a stack) is right when its items are."""
    docs = [d for d in p.parts if d.kind != "other"]
    if not doc.parts:
        return all(d.kind == "certificate" for d in docs)
    parts = [q for q in doc.parts if q.kind != "other"]
    matched = [any(q.kind == d.kind and set(d.pages) <= set(q.pages) for q in parts) for d in docs]
    # A page of two certificates side by side is one part: count the truth's pages, not documents.
    pages_of_docs = {(d.kind, d.pages) for d in docs}
    return all(matched) and len(parts) == len(pages_of_docs)


def score(doc: ClassifiedDocument, p: Packet) -> dict[str, object]:
    credits, others = p.credits(), p.others()
    holder_ok = doc.participant_name is not None and name_tokens(doc.participant_name.text) == name_tokens(
        p.holder
    )
    found = {c for c in credits | others if any(same(i, c) for i in doc.items)}
    # No holder read (the file names different people): its lines wait for a person to say whose it
    # is, so only an auto item of someone else's course is wrong; a holder misread makes every one wrong.
    misread = doc.participant_name is not None and not holder_ok
    wrong = [i for i in doc.items if i.status == "auto" and (misread or not any(same(i, c) for c in credits))]
    # One completion auto twice: the ledger joins copies whose course key and dates agree.
    twice: dict[Course, list[ClassifiedItem]] = defaultdict(list)
    for i in doc.items:
        for c in credits:
            if i.status == "auto" and same(i, c):
                twice[c].append(i)
    double = sum(
        c.hours * (len({(course_key(i), i.start_date, i.end_date) for i in items}) - 1)
        for c, items in twice.items()
    )
    return {
        "split": split_right(doc, p),
        "found": len(found),
        "truth": len(credits | others),
        "auto_right": sum(1 for i in doc.items if i.status == "auto" and i not in wrong),
        "wrong": wrong,
        "double": double,
        "holder": doc.participant_name.text if doc.participant_name else None,
        "holder_ok": holder_ok,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kinds", nargs="*", default=["pdf", "scan_light"])
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--data", type=Path, default=Path("/tmp/packets2"), help="files and OCR cache kept here")
    args = ap.parse_args()
    cfg = ExtractConfig(ocr_cache_dir=args.data / "ocr-cache", page_workers=1)
    catalog = load_catalog()
    args.data.mkdir(parents=True, exist_ok=True)
    keys = args.only or list(PACKETS)
    totals: dict[str, list[float]] = {}
    for kind in args.kinds:
        t = totals.setdefault(kind, [0, 0, 0, 0, 0, 0])
        for seed, key in enumerate(keys, start=7):
            p = PACKETS[key]
            pdf = args.data / f"{key}.pdf"
            p.render(pdf)
            path = (
                pdf
                if kind == "pdf"
                else to_scan(pdf, args.data / f"{key}-{kind}.pdf", kind, "pdf", seed=seed)
            )
            doc = process_file(path, cfg, catalog, date(2025, 6, 1))
            s = score(doc, p)
            wrong = s["wrong"]
            assert isinstance(wrong, list)
            print(
                f"{kind:10} {key:30} split {'ok ' if s['split'] else 'BAD'} items {s['found']}/{s['truth']} "
                f"auto-right {s['auto_right']} wrong-auto {len(wrong)} double {s['double']} "
                f"holder {'ok' if s['holder_ok'] else s['holder']!r} parts "
                f"{[(q.kind, q.pages) for q in doc.parts]}"
            )
            for i in wrong:
                print(
                    "     WRONG AUTO:",
                    i.page,
                    i.course_title,
                    i.start_date,
                    i.end_date,
                    i.hours,
                    i.catalog_id,
                )
            for i in doc.items:
                if i.status != "auto":
                    print("     review:", i.page, i.course_title, i.start_date, i.hours, i.review_reasons[:1])
            for n, v in enumerate(
                (s["split"], s["found"], s["truth"], s["auto_right"], len(wrong), s["double"])
            ):
                t[n] += float(v)  # type: ignore[arg-type]
    for kind, t in totals.items():
        print(
            f"TOTAL {kind}: split right {int(t[0])}/{len(keys)}; items {int(t[1])}/{int(t[2])}; "
            f"auto right {int(t[3])}; wrong auto {int(t[4])}; double-credited hours {t[5]:g}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
