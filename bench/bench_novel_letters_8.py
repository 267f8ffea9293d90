"""Round 8 of the letter and conference-evidence audit (``tests/novel_letters_8.py``), as a table.

    python bench/bench_novel_letters_8.py [KIND ...]   # kinds: pdf scan_light fax scan_heavy (default: all)

Every document is rendered as a text PDF and degraded with ``to_scan``, read as the CLI reads it (two
processes). Letters are marked as round 7's are (``tests/novel_letters_7.marks``: doc type, participant,
SRO start ok / review / WRONG, employment ok / none / WRONG, R1/R2 on the letter alone). Conference evidence
is marked on its doc type, R6 on the document alone (``ok`` the truth, ``review`` left to a person,
``miss`` not met where only a person may say, ``WRONG`` met for no NASRO attendance or not met for one)
and the hours R5 credits from it without a person (``WRONG`` more than it may: a NASRO conference's
sessions are credited 0). The totals lines are what
BENCHMARKS.md records; the exit status is 1 when anything is concluded wrongly. Round 9's bench runs its
documents through ``run_round``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from certledger.samples import to_scan
from classify.catalog import load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.novel_certificates import read_in_two_processes
from tests.novel_letters import render_letter
from tests.novel_letters_8 import CONFERENCES_8, LETTERS_8, conference_marks, marks, render_conference

TODAY = date(2025, 6, 1)
KINDS = {"pdf": None, "scan_light": "png", "fax": "tiff", "scan_heavy": "png"}


def run_round(
    kinds: list[str],
    formats: dict[str, str | None],
    letters: dict[str, Any],
    conferences: dict[str, Any],
    render_conference: Callable[[Any, Path], Path],
    conference_marks: Callable[[ClassifiedDocument, Any], dict[str, str]],
    first_seed: int,
    letter_marks: Callable[[ClassifiedDocument, Any], dict[str, str]] = marks,
) -> int:
    """Read a round's letters and conference documents in ``kinds``, print each and the totals; 1 when
    anything is concluded wrongly."""
    catalog = load_catalog()
    # BENCH_WORKDIR: renders and OCR results kept there and reused (as the certificate benches do), so a
    # run after a change of the readers re-reads only the fields.
    keep = os.environ.get("BENCH_WORKDIR")
    cfg = ExtractConfig(ocr_cache_dir=Path(keep) / "ocr-cache" if keep else None)
    with tempfile.TemporaryDirectory() if keep is None else contextlib.nullcontext(keep) as tmp:
        out = Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        jobs: dict[str, Path] = {}
        keys = sorted(letters) + sorted(conferences)
        for seed, key in enumerate(keys, start=first_seed):
            if key in letters:
                pdf = render_letter(letters[key], out / f"{key}.pdf")
            else:
                pdf = render_conference(conferences[key], out / f"{key}.pdf")
            for kind in kinds:
                fmt = formats[kind]
                if fmt is None:
                    jobs[f"{key}/{kind}"] = pdf
                else:
                    ext = "tif" if fmt == "tiff" else fmt
                    scan = out / f"{key}-{kind}.{ext}"
                    if keep is None or not scan.exists():
                        to_scan(pdf, scan, kind, fmt, seed=seed)  # type: ignore[arg-type]
                    jobs[f"{key}/{kind}"] = scan
        lt: dict[str, Counter[str]] = {k: Counter() for k in kinds}
        ct: dict[str, Counter[str]] = {k: Counter() for k in kinds}
        with read_in_two_processes(jobs, cfg, catalog, TODAY) as futures:
            for case, future in futures.items():
                key, kind = case.split("/")
                doc = future.result(timeout=900)
                if key in letters:
                    m = letter_marks(doc, letters[key])
                    c = lt[kind]
                    c["n"] += 1
                    c["doc_type"] += m["doc_type"] == "ok"
                    c["name"] += m["name"] == "ok"
                    c[f"start {m['start']}"] += 1
                    c[f"employment {m['employment']}"] += 1
                    c[f"verdicts {m['R1/R2']}"] += 1
                    extra = f"start={doc.sro_start_date} span={doc.sro_start_range} emp={doc.employment}"
                    cells = [m["doc_type"], m["start"], m["employment"], m["R1/R2"], m["name"], extra]
                else:
                    m = conference_marks(doc, conferences[key])
                    c = ct[kind]
                    c["n"] += 1
                    c["doc_type"] += m["doc_type"] == "ok"
                    c["name"] += m["name"] == "ok"
                    c[f"R6 {m['R6']}"] += 1
                    c[f"R5 {m['R5'].split('(')[0]}"] += 1
                    items = "; ".join(
                        f"{i.status} {i.course_title!r} {i.catalog_id}/{i.category} {i.hours}"
                        for i in doc.items
                    )
                    cells = [m["doc_type"], "R6 " + m["R6"], "R5 " + m["R5"], m["name"], items]
                print(f"{case:42} " + "  ".join(cells), flush=True)
    wrong = 0
    for kind in kinds:
        c = lt[kind]
        n = c["n"]
        print(
            f"LETTERS {kind}: doc_type {c['doc_type']}/{n}, name {c['name']}/{n}, start ok {c['start ok']} "
            f"review {c['start review']} WRONG {c['start WRONG']}, employment ok {c['employment ok']} "
            f"none {c['employment none']} WRONG {c['employment WRONG']}, R1/R2 ok {c['verdicts ok']} "
            f"review {c['verdicts review']} WRONG {c['verdicts WRONG']}"
        )
        wrong += c["start WRONG"] + c["employment WRONG"] + c["verdicts WRONG"]
    for kind in kinds:
        c = ct[kind]
        n = c["n"]
        print(
            f"CONFERENCE {kind}: doc_type {c['doc_type']}/{n}, name {c['name']}/{n}, R6 ok {c['R6 ok']} "
            f"review {c['R6 review']} miss {c['R6 miss']} WRONG {c['R6 WRONG']}, R5 hours ok {c['R5 ok']} "
            f"review {c['R5 review']} WRONG {c['R5 WRONG']}"
        )
        wrong += c["R6 WRONG"] + c["R5 WRONG"]
    return 1 if wrong else 0


def run(kinds: list[str]) -> int:
    return run_round(kinds, KINDS, LETTERS_8, CONFERENCES_8, render_conference, conference_marks, 8)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or list(KINDS)))
