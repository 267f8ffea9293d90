"""Figures struck through by a pen: their reading is not the document's word any more.

Someone crossing out the printed hours (or a date) with a pen line and writing another value beside
it leaves the printed digits legible under a thin line: tesseract reads them at a good confidence,
and without this they would be credited as printed. A word whose middle band is crossed by a dark
line (a connected path, a row per column at most) running across the whole word and on past one of
its ends is such a strike: printed glyphs leave white gaps between letters at mid-height, a hyphen
stops inside its word, and leader
dots and underlines sit at the baseline, below the band looked at. Only words with a digit are
checked: a correction changes hours and dates. A fax's streak through a figure is a strike here too,
and rightly: it may hide the stroke that tells a 3 from an 8.

When two engines' readings were pooled, both readings are checked: one engine may read the struck
figure with the words after it as one word ("20-Hours:", a line under the pen's ink) and the other the
figure alone, with a box the line does not visibly cross end to end; a pooled figure inside a word of
either reading found struck is struck.

The struck word keeps its text and gets ``STRUCK_CONF``, under every confidence gate, so the item
it makes goes to review with its reading shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from extract.types import Word

STRUCK_CONF = 0.3  # under classify's min_word_conf (0.80): a struck figure is never auto
_INK = 0.65  # ink: darker than this share of the paper around the word. A thin red or blue pen line,
# lightened by anti-aliasing and JPEG, is ~0.5-0.65 of white paper in grey (harsh8's red line: 125-160);
# lighter, blur and JPEG ringing around small or bold figures join up (0.72 took three printed ones)
_BAND = (0.25, 0.72)  # the share of the word's height looked at, from its top: above the baseline
_THICK = 0.18  # rows of slack (share of the height) of the quick test past the word's ends
_ACROSS = 0.95  # share of the word's width the line covers
_BEYOND = 0.12  # the line runs on past one end of the word for this share of its height (a pen starts
# and stops a little outside what it strikes; the gap to the next word is wider) ...
_BEYOND_COVER = 0.8  # ... covering this much of that stretch
_FILL = 0.6  # past the word, more than this share of its height inked is a fill (a highlighter, a
# shaded cell), not a line
_HOLDS = 0.5  # a pooled word lies in another reading's word: this share of its width and height


def mark_struck_words(
    words: list[Word], image: Image.Image, scale: float, readings: Sequence[Word] = ()
) -> list[Word]:
    """``words`` (boxes in points, ``scale`` points per pixel of the grey ``image``) with the figures
    struck through by a line capped at ``STRUCK_CONF``. ``readings``: the engines' own words before
    they were pooled into ``words``, checked too (a figure one of them read with its neighbours)."""
    candidates = [w for w in words if _has_digit(w) and w.conf > STRUCK_CONF]
    if not candidates:
        return words
    seen = {(w.text, w.bbox) for w in words}
    others = [w for w in readings if _has_digit(w) and (w.text, w.bbox) not in seen]
    checked = candidates + others
    gray, boxes = _pixels(image, [tuple(v / scale for v in w.bbox) for w in checked])
    hit = {
        id(w)
        for w, box, maybe in zip(checked, boxes, _ink_past_an_end(gray, boxes), strict=True)
        if maybe and struck(gray, box)
    }
    struck_boxes = [w.bbox for w in others if id(w) in hit]
    asked = {id(w) for w in candidates}
    return [
        w.model_copy(update={"conf": STRUCK_CONF})
        if id(w) in asked and (id(w) in hit or any(_holds(b, w.bbox) for b in struck_boxes))
        else w
        for w in words
    ]


def _pixels(image: Image.Image, boxes: list[tuple[float, ...]]) -> tuple[np.ndarray, list[tuple[float, ...]]]:
    """The grey pixels around ``boxes`` (pixels) and the boxes in them: only the part of the page the
    figures are on is copied out of the image (a word is looked at within its height around it), at
    even offsets so that rounding a box's edges (half to even) is unchanged."""
    reach = max(b[3] - b[1] for b in boxes) + 4
    left = max(0, int(min(b[0] for b in boxes) - reach) // 2 * 2)
    top = max(0, int(min(b[1] for b in boxes) - reach) // 2 * 2)
    right = min(image.width, int(max(b[2] for b in boxes) + reach) + 1)
    bottom = min(image.height, int(max(b[3] for b in boxes) + reach) + 1)
    part = image.crop((left, top, right, bottom))
    gray = np.asarray(part if part.mode == "L" else part.convert("L"))
    return gray, [(b[0] - left, b[1] - top, b[2] - left, b[3] - top) for b in boxes]


@dataclass(frozen=True)
class _Span:
    """Where a word is looked at, in pixels (rows ``ya:yb`` of its band; columns ``xa:x0`` and
    ``x1:xb`` past its ends)."""

    x0: int
    top: int
    x1: int
    bottom: int
    ya: int
    yb: int
    xa: int
    xb: int


def _span(box: tuple[float, ...], shape: tuple[int, ...]) -> _Span | None:
    h_img, w_img = shape
    x0, top, x1, bottom = (round(v) for v in box)
    x0, x1 = max(0, x0), min(w_img, x1)
    height = bottom - top
    if height < 6 or x1 - x0 < 3:
        return None
    beyond = max(3, round(height * _BEYOND))
    ya, yb = top + round(height * _BAND[0]), top + round(height * _BAND[1])
    xa, xb = max(0, x0 - beyond), min(w_img, x1 + beyond)
    if ya < 0 or yb > h_img or xb - xa <= x1 - x0:
        return None
    return _Span(x0, top, x1, bottom, ya, yb, xa, xb)


def _ink_past_an_end(gray: np.ndarray, boxes: Sequence[tuple[float, ...]]) -> list[bool]:
    """Per box, whether a row of its band, with the slack of ``_THICK`` rows, is inked over
    ``_BEYOND_COVER`` of the stretch past one of its ends at the loosest ink threshold (white paper):
    a necessary condition of ``struck``, looked up for all the words at once with ``_span``'s
    geometry (a dense transcript has hundreds of figures, nearly all with white past them)."""
    if not boxes:
        return []
    h_img, w_img = gray.shape
    x0, top, x1, bottom = np.round(np.array(boxes, dtype=float)).astype(int).T
    x0, x1 = np.maximum(0, x0), np.minimum(w_img, x1)
    height = bottom - top
    beyond = np.maximum(3, np.round(height * _BEYOND).astype(int))
    ya = top + np.round(height * _BAND[0]).astype(int)
    nrow = top + np.round(height * _BAND[1]).astype(int) - ya
    xa, xb = np.maximum(0, x0 - beyond), np.minimum(w_img, x1 + beyond)
    ok = (height >= 6) & (x1 - x0 >= 3) & (ya >= 0) & (ya + nrow <= h_img) & (nrow > 0)
    found = np.zeros(len(boxes), dtype=bool)
    for ca, cb in ((xa, x0), (x1, xb)):
        looked = np.flatnonzero(ok & (cb - ca >= 2))
        if not looked.size:
            continue
        r0, nr, c0, nc = ya[looked], nrow[looked], ca[looked], (cb - ca)[looked]
        rows = r0[:, None] + np.minimum(np.arange(nr.max())[None, :], nr[:, None] - 1)
        cols = c0[:, None] + np.minimum(np.arange(nc.max())[None, :], nc[:, None] - 1)
        real = np.arange(nc.max())[None, None, :] < nc[:, None, None]  # clamped repeats counted once
        inked = (gray[rows[:, :, None], cols[:, None, :]] < 255 * _INK) & real
        slack = inked.copy()
        # a line over the stretch moves at most a row per column: within as many rows as columns
        for dy in range(1, max(round(float(height[looked].max()) * _THICK), int(nc.max()))):
            slack[:, :-dy] |= inked[:, dy:]
        found[looked] |= (slack.sum(axis=2) >= _BEYOND_COVER * nc[:, None]).any(axis=1)
    return [bool(v) for v in found]


def _has_digit(w: Word) -> bool:
    return any(c.isdigit() for c in w.text)


def _holds(outer: tuple[float, ...], box: tuple[float, ...]) -> bool:
    """Whether ``box`` lies in ``outer`` for most of its width and height."""
    dx = min(outer[2], box[2]) - max(outer[0], box[0])
    dy = min(outer[3], box[3]) - max(outer[1], box[1])
    return dx >= _HOLDS * (box[2] - box[0]) and dy >= _HOLDS * min(box[3] - box[1], outer[3] - outer[1])


def struck(gray: np.ndarray, box: tuple[float, ...]) -> bool:
    """Whether a line crosses the word at ``box`` (pixels: left, top, right, bottom) of the grey page
    ``gray`` at mid-height from end to end and runs on past one end. A line over only part of a
    number is not looked for: from one end over half a word, a bold or blurred figure's own strokes
    join up too (tried: three printed figures of the dev corpus and round 6 taken for struck)."""
    sp = _span(box, gray.shape)
    if sp is None:
        return False
    top, bottom = sp.top, sp.bottom
    h_img, height = gray.shape[0], bottom - top
    # ink: well under the paper around the word (a shaded page's paper may itself be dark)
    paper = float(np.percentile(gray[max(0, top - height) : min(h_img, bottom + height), sp.xa : sp.xb], 90))
    ink = gray[max(0, top) : bottom, sp.xa : sp.xb] < paper * _INK  # the word's rows, and past its ends
    band = ink[sp.ya - max(0, top) : sp.yb - max(0, top)]
    n = sp.x1 - sp.x0
    left, right = sp.x0 - sp.xa, sp.xb - sp.x1
    for past, line, stretch in (
        (left, band, ink[:, :left]),  # a line coming from the left ...
        (right, band[:, ::-1], ink[:, ink.shape[1] - right :]),  # ... or from the right, mirrored
    ):
        if past < 2 or stretch.mean() > _FILL:
            continue  # no room past this end, or a fill there rather than a line
        if _line_runs_in(line, past, n):
            return True
    return False


def _line_runs_in(band: np.ndarray, past: int, least: int) -> bool:
    """Whether a line (a path stepping at most one row per column, so aslant up to 45 degrees, and
    connected: stray specks and JPEG ringing at scattered rows do not join up) is inked over
    ``_BEYOND_COVER`` of the first ``past`` columns of ``band`` and then over ``_ACROSS`` of at least
    the next ``least`` columns."""
    rows, cols = band.shape
    score = np.zeros(rows, dtype=np.int32)
    for c in range(past):
        score = _step(score) + band[:, c]
    # only a line that ran over the stretch past the word goes on, counting afresh inside it
    score = np.where(score >= _BEYOND_COVER * past, 0, -cols).astype(np.int32)
    if score.max() < 0:
        return False
    for i, c in enumerate(range(past, cols)):
        score = _step(score) + band[:, c]
        if i + 1 >= least and score.max() >= _ACROSS * (i + 1):
            return True
    return False


def _step(score: np.ndarray) -> np.ndarray:
    """The best score reaching each row from the previous column, a row up, level or down."""
    best = score.copy()
    best[1:] = np.maximum(best[1:], score[:-1])
    best[:-1] = np.maximum(best[:-1], score[1:])
    return best
