"""Table columns that lean on a photographed page: each column's drift across, fitted down the page.

A phone held at an angle shrinks the page's far end: a record's columns then lean, the left ones one way and
the right ones the other (a keystone), and a row far below the header prints its hours left of where the
"Hrs" label stands, under the column before. Rows are lines already (``extract.lines`` fits the rows' tilt);
this fits the columns' lean from the cells the header placed, so every word can be placed against its
column's label moved to the word's height on the page.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from extract.types import Word

MIN_CELLS = 4  # cells a column needs before its lean is fitted
MIN_ROWS = 6  # rows a table needs before any lean is fitted
MAX_SLOPE = 0.2  # points across per point down: a column leaning more is no photographed table's
SPREAD = 0.35  # of a row's height: how far a column's cells may stray from its fitted lean


@dataclass(frozen=True)
class Lean:
    """How far a column's anchor moves across per point down the page, as a line over the page's width:
    ``slope(x) = at_left + per_point * x``, measured from the header's height ``top``."""

    top: float
    at_left: float
    per_point: float

    def shift(self, x: float, y: float) -> float:
        return (self.at_left + self.per_point * x) * (y - self.top)


def _median_slope(points: Sequence[tuple[float, float]]) -> float:
    """Theil-Sen: the median of the slopes between pairs of points, so a few stray cells do not tilt it."""
    slopes = [
        (b[1] - a[1]) / (b[0] - a[0])
        for i, a in enumerate(points)
        for b in points[i + 1 :]
        if abs(b[0] - a[0]) > 1e-6
    ]
    return statistics.median(slopes) if slopes else 0.0


def _edge_lean(points: Sequence[tuple[float, float]], height: float) -> float | None:
    """The slope of one edge of a column's cells (x against y), when its cells follow one line."""
    slope = _median_slope(points)
    offsets = [x - slope * y for y, x in points]
    centre = statistics.median(offsets)
    near = sum(abs(o - centre) <= SPREAD * height for o in offsets)
    return slope if near >= max(MIN_CELLS, 0.75 * len(points)) else None


def _column_lean(cells: Sequence[Sequence[Word]], height: float) -> float | None:
    """A column's lean from its cells: their left edges (text set flush left) or their right edges (amounts
    set flush right), whichever the cells follow."""
    if len(cells) < MIN_CELLS:
        return None
    lefts = [((c[0].bbox[1] + c[0].bbox[3]) / 2, c[0].bbox[0]) for c in cells]
    rights = [((c[-1].bbox[1] + c[-1].bbox[3]) / 2, c[-1].bbox[2]) for c in cells]
    fitted = [s for s in (_edge_lean(lefts, height), _edge_lean(rights, height)) if s is not None]
    return min(fitted, key=abs) if fitted else None


def fit_lean(
    anchors: Sequence[float], cells_by_column: Sequence[Sequence[Sequence[Word]]], top: float, height: float
) -> Lean | None:
    """The table's lean from the cells placed under each label (``anchors``: the labels' left edges), or
    None when its columns stand upright (within a row's height over the table) or lean no one way."""
    leans = [
        (x, s)
        for x, cells in zip(anchors, cells_by_column, strict=True)
        if (s := _column_lean(cells, height)) is not None and abs(s) <= MAX_SLOPE
    ]
    rows = max((len(c) for c in cells_by_column), default=0)
    if rows < MIN_ROWS or not leans:
        return None
    if len(leans) == 1:
        lean = Lean(top, leans[0][1], 0.0)
    else:
        per_point = _median_slope(leans)
        lean = Lean(top, statistics.median(s - per_point * x for x, s in leans), per_point)
    bottom = max(w.bbox[3] for cells in cells_by_column for c in cells for w in c)
    drift = max(abs(lean.shift(x, bottom)) for x in anchors)
    return lean if drift > 0.5 * height else None
