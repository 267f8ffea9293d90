"""Real-world captures, round 3: steep angles, bulges, hard shadows, dim rooms, crushed JPEGs, shaken
photos, viewer screenshots, framed glass, a neighbour document, punches, highlighter, stamps, scribbles.

    python bench/harsh_captures_3.py [WORKDIR] [--cache DIR] [--verbose] [--only SUBSTRING]

Writes every capture of ``tests/harsh_captures_3.py`` into WORKDIR, reads them as the CLI reads them
(tesseract, then the second engine where the reading is poor; two processes) and prints per capture
kind and in all: doc_type right; the holder's name right / wrong (a name read that is not the holder's);
of the expected items: course found, dates right / wrong, hours right / wrong, right and ``auto``, sent to
review; and WRONG ``auto`` (an ``auto`` item with any fact wrong, or under someone else's name).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from classify.catalog import load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.harsh_captures import Capture as Scored
from tests.harsh_captures import exact, same_title
from tests.harsh_captures_3 import CAPTURES, KINDS, Drawn, write_capture
from tests.novel_certificates import read_in_two_processes, show

TODAY = date(2025, 6, 1)
COLUMNS = (
    "docs", "doc_type", "name", "name_wrong", "items", "title", "dates", "dates_wrong",
    "hours", "hours_wrong", "auto", "review", "WRONG_auto",
)  # fmt: skip


@dataclass
class Tally:
    docs: int = 0
    doc_type: int = 0
    name: int = 0
    name_wrong: int = 0
    items: int = 0
    title: int = 0
    dates: int = 0
    dates_wrong: int = 0
    hours: int = 0
    hours_wrong: int = 0
    auto: int = 0
    review: int = 0
    WRONG_auto: int = 0

    def add(self, o: Tally) -> None:
        for f in COLUMNS:
            setattr(self, f, getattr(self, f) + getattr(o, f))


def tally(doc: ClassifiedDocument, c: Round) -> Tally:
    src = c.drawn.source
    t = Tally(docs=1, doc_type=int(doc.doc_type == src.doc_type), items=len(src.items))
    name = doc.participant_name.text if doc.participant_name is not None else ""
    name_right = bool(name) and name_tokens(name) == name_tokens(src.name)
    t.name, t.name_wrong = int(name_right), int(bool(name) and not name_right)
    for e in src.items:
        found = [i for i in doc.items if same_title(i, e)]
        best = max(
            found,
            key=lambda i: int((i.start_date, i.end_date) == (e.start, e.end)) + int(i.hours == e.hours),
            default=None,
        )
        if best is None:
            continue
        t.title += 1
        dates_ok = (best.start_date, best.end_date) == (e.start, e.end)
        t.dates += dates_ok
        t.dates_wrong += not dates_ok and best.start_date is not None
        t.hours += best.hours == e.hours
        t.hours_wrong += best.hours is not None and best.hours != e.hours
        t.auto += best.status == "auto" and exact(best, e) and name_right
        t.review += best.status == "review"
    t.WRONG_auto = sum(
        1
        for i in doc.items
        if i.status == "auto" and not (any(exact(i, e) for e in src.items) and (name_right or not name))
    )
    return t


class Round(Protocol):
    """A round's capture: its key, kind and drawn source (rounds 3 and 4 share this runner)."""

    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def drawn(self) -> Drawn: ...


def run_round(
    captures: Mapping[str, Round], kinds: Iterable[str], write: Callable[[Any, Path], Path], prefix: str
) -> int:
    """Write ``captures``, read them as the CLI does and print the table per kind and in all."""
    ap = argparse.ArgumentParser()
    ap.add_argument("workdir", nargs="?", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", default="", help="only the captures whose key contains this")
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix=prefix))
    caps = {k: c for k, c in captures.items() if args.only in k}
    files = {k: write(c, workdir) for k, c in caps.items()}
    started = time.perf_counter()
    per_kind: dict[str, Tally] = {kind: Tally() for kind in kinds}
    total = Tally()
    with read_in_two_processes(
        files, ExtractConfig(ocr_cache_dir=args.cache), load_catalog(), TODAY
    ) as futures:
        for key, future in futures.items():
            doc = future.result()
            c = caps[key]
            t = tally(doc, c)
            per_kind[c.kind].add(t)
            total.add(t)
            if args.verbose or t.WRONG_auto:
                name = doc.participant_name.text if doc.participant_name else None
                flag = "WRONG AUTO" if t.WRONG_auto else ""
                print(f"--- {key}: {doc.doc_type} name={name!r} {flag}")
                for item in doc.items:
                    print("   ", show(item))
    elapsed = time.perf_counter() - started
    print(f"\n| capture | {' | '.join(COLUMNS)} |")
    print("|---|" + "---:|" * len(COLUMNS))
    for kind, t in [*per_kind.items(), ("**all**", total)]:
        if t.docs:
            print(f"| {kind} | {' | '.join(str(getattr(t, f)) for f in COLUMNS)} |")
    print(f"\n{len(files)} files read in {elapsed:.0f} s (2 processes)")
    _ = Scored  # the round-1 capture type, for readers comparing the scorers
    return 0


def main() -> int:
    return run_round(CAPTURES, KINDS, write_capture, "harsh3-")


if __name__ == "__main__":
    raise SystemExit(main())
