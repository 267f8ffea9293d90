"""Round 7 of the employment letter audit (``tests/novel_letters_7.py``), as a table.

    python bench/bench_novel_letters_7.py [KIND ...]     # kinds: pdf scan_light fax (default: all three)

Every letter is rendered as a text PDF and degraded with ``to_scan``, read as the CLI reads it (two
processes), and compared with its truth, per document: doc type, participant, SRO start, employment.

The start is ``ok`` when the reading is the truth (the day, or the span a letter printing no day leaves),
``review`` when the letter's start is left to a person (no start, or a span holding the truth where the
truth is a day or the letter is ambiguous by design) and ``WRONG`` when a sure start is not the truth or a
span misses it. Employment is ``ok`` when it is what the letter says, ``none`` when nothing is read where
the letter says something, and ``WRONG`` when "current" is read for a letter that does not say so or
"ended" for one that says the officer serves. The totals line is what BENCHMARKS.md records.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from certledger.samples import to_scan
from classify.catalog import load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.integration.test_novel_letters import expected_r1, expected_r2, ledger_of
from tests.novel_certificates import read_in_two_processes
from tests.novel_letters import render_letter
from tests.novel_letters_7 import LETTERS_7, NovelLetter7

TODAY = date(2025, 6, 1)
KINDS = {"pdf": None, "scan_light": "png", "fax": "tiff"}
EMPLOYMENT = {True: "current", False: "ended", None: None}


def start_mark(doc: ClassifiedDocument, n: NovelLetter7) -> str:
    """ok | review | WRONG: the SRO start read against the truth."""
    sure, span = doc.sro_start_date, doc.sro_start_range
    if sure is not None:
        return "ok" if sure == n.start else "WRONG"
    if span is None:
        return "ok" if n.start_bounds is None else "review"
    if n.start_bounds is None:
        return "review"  # a span for a letter whose start is a person's call: never sure, R1 may decide
    lo, hi = n.start_bounds
    if not (span[0] <= lo and hi <= span[1]):
        return "WRONG"  # the span misses a day the start can be
    return "ok" if span == n.start_bounds else "review"


def employment_mark(doc: ClassifiedDocument, n: NovelLetter7) -> str:
    want = EMPLOYMENT[n.employed]
    if doc.employment == want:
        return "ok"
    if doc.employment is None:
        return "none"
    return "WRONG"


def verdicts_mark(doc: ClassifiedDocument, n: NovelLetter7) -> str:
    """ok | review | WRONG: R1 and R2 on this letter alone (an application stating neither), against what
    the letter allows (``tests/integration/test_novel_letters.expected_r1``/``_r2``)."""
    ledger = ledger_of(doc, n.participant_name)
    got = [ledger.requirements[k].verdict for k in ("sro_3_years", "employed")]
    want = [expected_r1(n), expected_r2(n)]
    if any(g not in ("needs_review", w) for g, w in zip(got, want, strict=True)):
        return "WRONG"
    return "ok" if got == want else "review"


def marks(doc: ClassifiedDocument, n: NovelLetter7) -> dict[str, str]:
    name = doc.participant_name.text if doc.participant_name else None
    return {
        "R1/R2": verdicts_mark(doc, n),
        "doc_type": "ok" if doc.doc_type == "employment_letter" else doc.doc_type,
        "name": "ok" if name and name_tokens(name) == name_tokens(n.participant_name) else f"{name!r}",
        "start": start_mark(doc, n),
        "employment": employment_mark(doc, n),
    }


def run(kinds: list[str]) -> int:
    catalog = load_catalog()
    cfg = ExtractConfig(ocr_cache_dir=None)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        jobs: dict[str, Path] = {}
        for seed, key in enumerate(sorted(LETTERS_7), start=7):
            pdf = render_letter(LETTERS_7[key], out / f"{key}.pdf")
            for kind in kinds:
                fmt = KINDS[kind]
                if fmt is None:
                    jobs[f"{key}/{kind}"] = pdf
                else:
                    ext = "tif" if fmt == "tiff" else fmt
                    jobs[f"{key}/{kind}"] = to_scan(pdf, out / f"{key}-{kind}.{ext}", kind, fmt, seed=seed)  # type: ignore[arg-type]
        totals: dict[str, Counter[str]] = {k: Counter() for k in kinds}
        print(f"{'letter / form':44} {'doc_type':18} {'start':8} {'employment':10} {'R1/R2':7} name")
        with read_in_two_processes(jobs, cfg, catalog, TODAY) as futures:
            for case, future in futures.items():
                key, kind = case.split("/")
                doc = future.result(timeout=900)
                m = marks(doc, LETTERS_7[key])
                cells = (
                    m["doc_type"].ljust(18),
                    m["start"].ljust(8),
                    m["employment"].ljust(10),
                    m["R1/R2"].ljust(7),
                )
                print(f"{case:44} {' '.join(cells)} {m['name']}")
                c = totals[kind]
                c["n"] += 1
                c["doc_type"] += m["doc_type"] == "ok"
                c["name"] += m["name"] == "ok"
                c[f"start {m['start']}"] += 1
                c[f"employment {m['employment']}"] += 1
                c[f"verdicts {m['R1/R2']}"] += 1
    for kind, c in totals.items():
        n = c["n"]
        print(
            f"TOTAL {kind}: doc_type {c['doc_type']}/{n}, name {c['name']}/{n}, start ok {c['start ok']} "
            f"review {c['start review']} WRONG {c['start WRONG']}, employment ok {c['employment ok']} "
            f"none {c['employment none']} WRONG {c['employment WRONG']}, R1/R2 ok {c['verdicts ok']} "
            f"review {c['verdicts review']} WRONG {c['verdicts WRONG']}"
        )
    wrong = sum(c["start WRONG"] + c["employment WRONG"] + c["verdicts WRONG"] for c in totals.values())
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS)))
