"""Documents listing several courses that prove no completion, and records that do, read as the CLI reads
them.

    python bench/nonproof_documents_2.py OUTDIR [--cache DIR] [-v] [--kinds text,scan_light,fax]

The documents of ``tests/nonproof_documents_2.py`` (invoices, receipts, a quote, an order, registration
confirmations, a waitlist notice, enrolment, schedules, a calendar, a catalogue, a syllabus, an agenda, a
sign-up sheet, a request form, a transcript of registered rows) and its controls (records and a
certificate proving completion). Per render: the items read, how many ``auto``, how many of those wrong
(any ``auto`` on a no-completion document; on a control an ``auto`` not matching a truth row), and on a
control its truth rows read right and ``auto``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.records_round3 import read_records, report_wrong
from bench.records_round5 import KINDS
from tests.issuer_formats import IssuerDoc, matching_truth
from tests.nonproof_documents_2 import NO_PROOF, NONPROOF2
from tests.novel_certificates import show
from tests.records_round5 import score


def main(
    docs: dict[str, IssuerDoc] = NONPROOF2, no_proof: set[str] = NO_PROOF, grids: frozenset[str] = frozenset()
) -> int:
    """Reads ``docs`` (``no_proof``: those proving no completion; ``grids``: certificates printing a grid,
    counted when typed ``certificate``) as the command line asks and prints the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--only", default="", help="comma-separated document keys")
    ap.add_argument("--kinds", default="text,scan_light,fax", help="comma-separated render kinds")
    ap.add_argument("-v", "--verbose", action="store_true", help="every item of every render")
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    keys = [k for k in docs if not args.only or k in args.only.split(",")]
    renders = [KINDS[k] for k in args.kinds.split(",")]
    started = time.perf_counter()
    # per kind: no-proof docs, their items, their auto (all wrong); controls' rows, right, auto right, wrong
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
    wrong: list[str] = []
    typed: dict[str, int] = defaultdict(int)  # certificates printing a grid typed as certificates
    print(f"{'document':<28} {'kind':<10} proof items auto wrong | rows right auto-right | doc_type")
    for key, kind, _, doc in read_records(docs, keys, renders, args.outdir, args.cache):
        d = docs[key]
        s = score(doc, d)
        proof = key not in no_proof
        bad = list(s.wrong)
        auto_right = sum(i.status == "auto" and matching_truth(i, d) is not None for i in doc.items)
        print(
            f"{key:<28} {kind:<10} {'yes' if proof else 'no':>5} {len(doc.items):>5} {s.auto:>4} "
            f"{len(bad):>5} |"
            + (f" {s.rows:>4} {s.right:>5} {auto_right:>10}" if proof else " " * 22)
            + f" | {doc.doc_type}"
        )
        wrong += [f"{key} {kind}: {w}" for w in bad]
        typed[kind] += key in grids and doc.doc_type == "certificate"
        for t in (totals[kind], totals["all"]):
            if proof:
                t[3], t[4], t[5] = t[3] + s.rows, t[4] + s.right, t[5] + auto_right
            else:
                t[0], t[1], t[2] = t[0] + 1, t[1] + len(doc.items), t[2] + s.auto
            t[6] += len(bad)
        if args.verbose:
            print("       name:", doc.participant_name.text if doc.participant_name else None, doc.doc_type)
            for item in doc.items:
                print("      ", show(item), item.review_reasons[:1])
    print(
        f"\n{len(keys) * len(renders)} renders read in {time.perf_counter() - started:.0f} s (2 processes)\n"
    )
    print(
        "| kind | no-proof docs | their items | their auto (wrong) | control rows | read right | auto right "
        "| wrong auto |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind, (docs, items, auto, rows, right, auto_right, bad_n) in sorted(
        totals.items(), key=lambda t: t[0] == "all"
    ):
        print(f"| {kind} | {docs} | {items} | {auto} | {rows} | {right} | {auto_right} | **{bad_n}** |")
    if grids:
        print(f"\ncertificates with a grid typed `certificate` (of {len(grids)}):", dict(typed))
    return report_wrong(wrong)


if __name__ == "__main__":
    raise SystemExit(main())
