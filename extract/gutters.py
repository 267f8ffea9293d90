"""Gutters: wide empty bands across a page, between two sheets scanned onto it ("two-up").

Pure geometry on word boxes (never pixels): a band no word crosses, running across the whole page,
either between rows (sheets one above the other) or between columns (sheets side by side). A sheet
laid crooked on the platen leaves a band that is a little tilted, so bands are looked for at a few
small tilts as well as level. Whether each side of a band reads as a certificate of its own is for
the caller to judge: a single certificate has wide white bands too.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from extract.types import BBox

# Tilts tried (rise over run): level, and about 1 and 2 degrees either way. The page is levelled before
# it is read; a sheet laid crooked beside a straight one is left tilted by half their difference.
SLOPES = (0.0, 0.0175, -0.0175, 0.035, -0.035)
MIN_WIDTH_LINES = 1.2  # a gutter is at least this many text heights wide (line spacing is less)
MIN_SIDE_SHARE = 0.15  # each side spans at least this share of the text's extent across the band
MIN_SIDE_WORDS = 6

Axis = Literal["rows", "columns"]
AXES: tuple[Axis, ...] = ("rows", "columns")


@dataclass(frozen=True)
class Gutter:
    """An empty band: ``rows`` runs across the page (sheets stacked), ``columns`` down it (side by side).

    Positions are along the axis the band cuts, measured after shearing by ``slope``: a point
    (x, y) lies at ``y - slope * x`` for rows and ``x + slope * y`` for columns.
    """

    axis: Axis
    slope: float
    start: float
    end: float

    @property
    def width(self) -> float:
        return self.end - self.start

    def position(self, box: BBox) -> float:
        """Where the centre of ``box`` lies along the cut axis (sheared)."""
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        return cy - self.slope * cx if self.axis == "rows" else cx + self.slope * cy

    def before(self, box: BBox) -> bool:
        """``box`` lies on the first side: above a row gutter, left of a column gutter."""
        return self.position(box) < (self.start + self.end) / 2


def _interval(box: BBox, axis: Axis, slope: float) -> tuple[float, float]:
    """The span of ``box`` along the cut axis once sheared by ``slope``."""
    x0, y0, x1, y1 = box
    if axis == "rows":
        ends = (y0 - slope * x0, y0 - slope * x1, y1 - slope * x0, y1 - slope * x1)
    else:
        ends = (x0 + slope * y0, x0 + slope * y1, x1 + slope * y0, x1 + slope * y1)
    return min(ends), max(ends)


def _gaps(spans: Sequence[tuple[float, float]], min_width: float) -> Iterator[tuple[int, float, float]]:
    """(spans before it, start, end) of every gap at least ``min_width`` wide between sorted ``spans``."""
    reach = spans[0][1]
    for i in range(1, len(spans)):
        start = spans[i][0]
        if start - reach >= min_width:
            yield i, reach, start
        reach = max(reach, spans[i][1])


def _bands(boxes: Sequence[BBox], axis: Axis, slope: float, min_width: float) -> list[Gutter]:
    """Empty bands at least ``min_width`` wide between the boxes' spans, with enough on both sides."""
    spans = sorted(_interval(b, axis, slope) for b in boxes)
    lo, hi = spans[0][0], max(s[1] for s in spans)
    found: list[Gutter] = []
    for i, reach, start in _gaps(spans, min_width):
        side_a, side_b = reach - lo, hi - start
        enough = i >= MIN_SIDE_WORDS and len(spans) - i >= MIN_SIDE_WORDS
        if enough and min(side_a, side_b) >= MIN_SIDE_SHARE * (hi - lo):
            found.append(Gutter(axis, slope, reach, start))
    return found


def level_column_bands(boxes: Sequence[BBox], min_width: float) -> list[tuple[float, float]]:
    """(start, end) of every level band at least ``min_width`` wide running down the page between
    ``boxes``, left to right, however few boxes stand on either side (a logo block down one side)."""
    spans = sorted(_interval(b, "columns", 0.0) for b in boxes)
    return [(reach, start) for _, reach, start in _gaps(spans, min_width)]


def find_gutters(boxes: Sequence[BBox]) -> list[Gutter]:
    """Every gutter splitting ``boxes`` (the words of a page) into two substantial parts, widest first.

    A split found at several tilts is kept once, at its widest.
    """
    if len(boxes) < 2 * MIN_SIDE_WORDS:
        return []
    text_height = statistics.median(b[3] - b[1] for b in boxes)
    min_width = MIN_WIDTH_LINES * max(text_height, 1.0)
    best: dict[tuple[Axis, frozenset[int]], Gutter] = {}
    for axis in AXES:
        for slope in SLOPES:
            for gutter in _bands(boxes, axis, slope, min_width):
                key = (gutter.axis, frozenset(i for i, b in enumerate(boxes) if gutter.before(b)))
                if key not in best or gutter.width > best[key].width:
                    best[key] = gutter
    return sorted(best.values(), key=lambda g: -g.width)


def split_at(boxes: Sequence[BBox], gutter: Gutter) -> tuple[list[int], list[int]]:
    """Indexes of ``boxes`` on either side of ``gutter``."""
    first = [i for i, b in enumerate(boxes) if gutter.before(b)]
    taken = set(first)
    return first, [i for i in range(len(boxes)) if i not in taken]
