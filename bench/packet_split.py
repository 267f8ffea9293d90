"""A packet scanned into one file: items found, wrong auto items, pages read twice.

The read-path bench's bundle (``scan_inputs.build_scanned_pdf``) is certificates with a transcript
page every fourth page: one packet. Each item is compared with the spec its page was drawn from
(``scan_inputs.page_specs``): a certificate's item with its certificate, a table row with the rows
of the transcript its page belongs to.

    python bench/packet_split.py --pages 30 --data /tmp/packet-data
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scan_inputs import build_scanned_pdf, page_specs

from certledger.samples import CertificateSpec, TranscriptSpec
from classify.catalog import load_catalog
from classify.document import classify_document
from classify.types import ClassifiedItem
from extract.config import ExtractConfig
from extract.document import pages_worth_a_second_look, parse_document
from extract.read import read_pages, second_readings


def _right(item: ClassifiedItem, spec: CertificateSpec | TranscriptSpec) -> bool:
    """The item's dates and hours are those the spec printed (a row: one of its transcript's rows)."""
    got = (item.start_date, item.end_date, item.hours)
    if isinstance(spec, CertificateSpec):
        return got == (spec.start_date, spec.end_date, spec.hours) and item.catalog_id == spec.catalog_id
    # A row prints its start and end; a row dated by its end only reads start == end.
    return any(
        item.end_date == r.end and item.hours == r.hours and item.start_date in (r.start, r.end)
        for r in spec.rows
    )


def _person(spec: CertificateSpec | TranscriptSpec) -> str:
    return spec.participant_name if isinstance(spec, CertificateSpec) else spec.employee_name


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in name.lower().replace(",", " ").replace(".", " ").split() if len(w) > 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--folder", type=Path, default=Path("/tmp/packet-bench"))
    ap.add_argument("--data", type=Path, default=Path("/tmp/packet-data"), help="its ocr-cache is reused")
    args = ap.parse_args()
    scan = build_scanned_pdf(args.folder, args.pages)
    specs = page_specs(args.folder, args.pages)
    cfg = ExtractConfig(ocr_cache_dir=args.data / "ocr-cache", page_workers=2)
    media, pages = read_pages(scan.pdf, cfg.model_copy(update={"second_engine": False}))
    first = parse_document(scan.pdf.name, "-", media, pages)
    again = pages_worth_a_second_look(first, cfg.second_engine_below_conf, cfg.second_engine_page_below_conf)
    doc = (
        parse_document(scan.pdf.name, "-", media, second_readings(scan.pdf, pages, again, cfg))
        if again
        else first
    )
    out = classify_document(doc, load_catalog(), date(2025, 6, 1))
    kinds = Counter(type(s).__name__ for s in specs)
    print(f"pages: {len(pages)} ({dict(kinds)}); layout {doc.layout}; doc_type {out.doc_type}")
    print(f"second look: {len(again)} pages {sorted(again)}")
    print(f"participant: {out.participant_name.text if out.participant_name else None}")
    for w in out.warnings:
        print("warning:", w)
    wrong_auto = [i for i in out.items if i.status == "auto" and not _right(i, specs[i.page - 1])]
    certs = [n for n, s in enumerate(specs, 1) if isinstance(s, CertificateSpec)]
    found = {i.page for i in out.items if isinstance(specs[i.page - 1], CertificateSpec)}
    print(f"items: {len(out.items)} ({Counter(i.status for i in out.items)})")
    print(
        f"certificate pages with an item: {len(found)} of {len(certs)}; missing {sorted(set(certs) - found)}"
    )
    rows = [i for i in out.items if isinstance(specs[i.page - 1], TranscriptSpec)]
    print(f"table rows: {len(rows)}; right {sum(_right(i, specs[i.page - 1]) for i in rows)}")
    print(f"wrong auto: {len(wrong_auto)}")
    # The file's holder is every item's: an item of another person's page held by it goes to the wrong ledger.
    holder = _words(out.participant_name.text) if out.participant_name else None
    others = [i for i in out.items if holder is not None and holder != _words(_person(specs[i.page - 1]))]
    print(
        f"items of another person's page given this file's holder: {len(others)} "
        f"({sum(i.status == 'auto' for i in others)} auto)"
    )
    for i in wrong_auto:
        print("  ", i.page, i.course_title, i.start_date, i.end_date, i.hours, i.catalog_id)
    for i in out.items:
        if isinstance(specs[i.page - 1], CertificateSpec) and not _right(i, specs[i.page - 1]):
            print(
                "  review/wrong:",
                i.page,
                i.status,
                i.course_title,
                i.start_date,
                i.hours,
                i.review_reasons[:2],
            )


if __name__ == "__main__":
    main()
