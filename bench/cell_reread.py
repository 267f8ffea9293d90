"""How well a table cell read alone (``extract.cell_reread``) reads, on cells whose value is known.

    python bench/cell_reread.py FILE.pdf ... [--cache DIR]

Every scanned page's table rows whose amount (or date) cell the page reading read surely (confidence >=
0.90) are taken as blank: their cell is cut out where ``extract.cell_gaps`` would cut it and read alone
(``read_cell``, both opinions). Printed per kind: how many readings would be pooled at each confidence
band and how many of those disagree with the page's value; the time per cell. The page reading is the
reference, so a disagreement is an error of the cell reading (or, rarely, of both).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import extract.cell_gaps
from extract.cell_gaps import (
    AMOUNT_ROLES,
    DATE_ROLES,
    CellGap,
    CellKind,
    _cell_box,
    _column_span,
    _slope,
    _usual_decimals,
    cell_reach,
)
from extract.cell_reread import read_cell
from extract.config import ExtractConfig
from extract.credit_units import cell_hours
from extract.document import extract_document, page_lines
from extract.fields.dates import find_dates
from extract.read import ocr_image
from extract.transcript import Section, table_sections
from extract.types import Line

SURE = 0.90
BANDS = (0.0, 0.45, 0.6, 0.75, 0.9)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path, default=None)
    args = ap.parse_args()
    cfg = ExtractConfig(ocr_cache_dir=args.cache, reread_blank_cells=False)
    # Every reading counted, by its confidence band: the floors are what this measures.
    extract.cell_gaps.MIN_AMOUNT_CONF = extract.cell_gaps.MIN_DATE_CONF = 0.0
    tally = {kind: Tally() for kind in KINDS}
    for path in args.files:
        doc = extract_document(path, cfg)
        if doc.layout != "table":
            continue
        header = None
        for page, lines in zip(doc.pages, page_lines(doc.pages), strict=True):
            sections, _, header = table_sections(lines, header)
            if page.source != "ocr" or not sections:
                continue
            image, scale = ocr_image(path, page, cfg)
            for s in sections:
                for kind, roles in KINDS.items():
                    cells = _known_cells(s, roles, kind, page.number)
                    for value, gap in cells:
                        _read_one(tally[kind], path.name, image, scale, gap, value, cfg)
    for kind, t in tally.items():
        pooled, wrong = sum(t.pooled.values()), sum(t.wrong.values())
        print(f"\n{kind}: {t.cells} cells read alone; pooled {pooled}, wrong {wrong}")
        for band in BANDS:
            print(f"  conf >= {band:.2f}: pooled {t.pooled[band]:>4}  wrong {t.wrong[band]:>3}")
        if t.times:
            median, worst = 1000 * statistics.median(t.times), 1000 * max(t.times)
            print(f"  ms per cell: median {median:.0f}, worst {worst:.0f}")
    return 0


KINDS: dict[CellKind, frozenset[str]] = {"amount": AMOUNT_ROLES, "date": DATE_ROLES}


@dataclass
class Tally:
    cells: int = 0
    pooled: Counter[float] = field(default_factory=Counter)
    wrong: Counter[float] = field(default_factory=Counter)
    times: list[float] = field(default_factory=list)


def _value(text: str, kind: CellKind) -> object:
    if kind == "amount":
        return cell_hours(text, "hours", False)
    found = find_dates(text)
    return (found[0].start, found[-1].end) if found else None


def _known_cells(
    s: Section, roles: frozenset[str], kind: CellKind, page: int
) -> list[tuple[object, CellGap]]:
    """Each row's cell of ``roles`` read surely by the page, as a blank cell to read, with its value."""
    cols = {i for i, c in enumerate(s.cols) if c.role in roles}
    rows = [r.line for r in s.rows]
    height = statistics.median(ln.height for ln in rows)
    span = _column_span(s, cols, height)
    if span is None:
        return []
    slope = _slope(rows, height)
    decimals = _usual_decimals([w.text for r in s.rows for i in cols for w in r.cells.get(i, [])])
    out: list[tuple[object, CellGap]] = []
    for row in s.rows:
        own = [w for i in sorted(cols) for w in row.cells.get(i, [])]
        value = _value(" ".join(w.text for w in own), kind)
        if not own or value is None or min(w.conf for w in own) < SURE:
            continue
        blank = Line(words=tuple(w for w in row.line.words if w not in own), page=row.line.page)
        box = _cell_box(blank, span, cell_reach(s, cols, span, height), height, slope)
        if box is not None:
            out.append((value, CellGap(page, box, kind, decimals if kind == "amount" else None)))
    return out


def _read_one(
    t: Tally, name: str, image: Image.Image, scale: float, gap: CellGap, value: object, cfg: ExtractConfig
) -> None:
    t.cells += 1
    started = time.perf_counter()
    read = read_cell(image, scale, gap, cfg)
    t.times.append(time.perf_counter() - started)
    if not read:
        return
    conf = min(w.conf for w in read)
    band = max(b for b in BANDS if conf >= b)
    t.pooled[band] += 1
    text = " ".join(w.text for w in read)
    if _value(text, gap.kind) != value:
        t.wrong[band] += 1
        print(f"  {name} p{gap.page} {gap.kind}: page {value}, alone {text!r} at {conf:.2f}")


if __name__ == "__main__":
    sys.exit(main())
