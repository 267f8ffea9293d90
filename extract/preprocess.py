"""Clean-up of a page image before OCR: small pure functions on PIL images.

Deliberately absent: blanket upscaling and autocontrast. Both were measured to hurt heavy scans and
faxes; only images under ``LOW_DPI`` are enlarged.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PIL import Image

LOW_DPI = 150.0  # below this effective resolution tesseract misses small print: enlarge to TARGET_DPI
TARGET_DPI = 200.0
MAX_SKEW_DEG = 5.0
MIN_SKEW_DEG = 0.3  # smaller angles are not worth a resample
# No document page is longer than this: an image whose page box implies a lower resolution (a scan
# placed on a poster-sized PDF page) has its text drawn as large as the page, and is not small print.
MAX_PAGE_LONG_SIDE_IN = 17.0
MAX_UPSCALED_PIXELS = 20_000_000  # an enlarged page never exceeds this (a tabloid page at 300 dpi)
_SKEW_WORK_PX = 1000  # the skew search runs on a copy this long on its long side


def to_gray(image: Image.Image) -> Image.Image:
    """8-bit grayscale for tesseract; transparency is laid over white (not black)."""
    if image.mode == "L":
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(image, dtype=np.float64)
        top = float(arr.max()) or 1.0
        return Image.fromarray((arr * (255.0 / top)).astype(np.uint8), mode="L")
    if image.mode == "P":
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA"):
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image.convert("RGBA"))
    return image.convert("L")


def square_pixels(image: Image.Image, scale_x: float, scale_y: float) -> tuple[Image.Image, float, float]:
    """Resample the coarser axis so pixels are square (a 200x100 dpi fax gets twice the rows).

    ``scale_*`` are points per pixel; the new ones are returned with the image.
    """
    if abs(scale_x - scale_y) <= 0.02 * max(scale_x, scale_y):
        return image, scale_x, scale_y
    if scale_y > scale_x:
        height = max(1, round(image.height * scale_y / scale_x))
        out = image.resize((image.width, height), Image.Resampling.BICUBIC)
        return out, scale_x, scale_y * image.height / height
    width = max(1, round(image.width * scale_x / scale_y))
    out = image.resize((width, image.height), Image.Resampling.BICUBIC)
    return out, scale_x * image.width / width, scale_y


def upscale_low_res(image: Image.Image, scale: float) -> tuple[Image.Image, float]:
    """Enlarge images under ``LOW_DPI`` to ``TARGET_DPI``; ``scale`` is points per (square) pixel.

    The resolution judged is at least what the image would have as a page ``MAX_PAGE_LONG_SIDE_IN``
    long, and the result stays under ``MAX_UPSCALED_PIXELS``: a 200-dpi scan on a page box ten times
    letter size is not enlarged tenfold.
    """
    dpi = max(72.0 / scale, max(image.size) / MAX_PAGE_LONG_SIDE_IN)
    if dpi >= LOW_DPI:
        return image, scale
    factor = min(TARGET_DPI / dpi, (MAX_UPSCALED_PIXELS / max(image.width * image.height, 1)) ** 0.5)
    if factor <= 1.0:
        return image, scale
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, Image.Resampling.LANCZOS), scale * image.width / size[0]


def rotate_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    """Exact quarter turns (no resampling)."""
    turns = {
        0: None,
        90: Image.Transpose.ROTATE_270,  # PIL's ROTATE_n is counter-clockwise
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }
    op = turns[degrees % 360]
    return image if op is None else image.transpose(op)


def skew_angle(image: Image.Image, *, limit: float = MAX_SKEW_DEG) -> float:
    """Degrees to turn the image counter-clockwise to level its text lines (projection profile).

    Rotating the ink by the right angle makes the row sums most peaked (lines and gaps alternate).
    Runs on a binarised copy about ``_SKEW_WORK_PX`` long: the ink pixels' coordinates are projected
    at each trial angle (no image is rotated), a few tens of ms on a 300-dpi page.
    """
    gray = to_gray(image)
    factor = _SKEW_WORK_PX / max(gray.size)
    if factor < 1:
        step = max(1, round(1 / factor))
        gray = gray.reduce(step) if step > 1 else gray
    arr = np.asarray(gray)
    threshold = min(128.0, float(arr.mean()) - 2 * float(arr.std()) + 60.0)
    ys, xs = np.nonzero(arr < threshold)
    if len(ys) < 200:
        return 0.0  # blank page
    # Centred coordinates; y grows downwards. Turning the picture counter-clockwise by ``angle``
    # (as PIL's rotate does) takes a point's row to y*cos - x*sin.
    y = ys.astype(np.float32) - arr.shape[0] / 2
    x = xs.astype(np.float32) - arr.shape[1] / 2
    reach = float(np.hypot(arr.shape[0], arr.shape[1])) / 2 + 2

    def score(angle: float) -> float:
        rad = np.deg2rad(angle)
        rows = np.rint(y * np.float32(np.cos(rad)) - x * np.float32(np.sin(rad)) + reach).astype(np.intp)
        profile = np.bincount(rows, minlength=int(2 * reach) + 1).astype(np.float64)
        return float(np.square(np.diff(profile)).sum())

    coarse = max(np.arange(-limit, limit + 1e-9, 0.5), key=score)
    fine = max(np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, 0.1), key=score)
    return round(float(fine), 2)


def deskew(image: Image.Image, angle: float) -> Image.Image:
    """Undo a tilt of ``angle`` degrees (from ``skew_angle``); white fills the corners."""
    if abs(angle) < MIN_SKEW_DEG:
        return image
    fill = 255 if image.mode == "L" else (255, 255, 255)
    # Bilinear: half bicubic's time on a 300-dpi page (~0.3 s vs ~0.6 s, a third of tesseract's time
    # per page) and as good a reading there (bench/profile_page.py; tesseract binarises anyway).
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=fill)


_BAND_WORK_PX = 600  # dark bands are found on a copy about this long on its long side
BAND_MIN_DARK = 0.5  # share of a row's (column's) pixels that are dark for it to be band
BAND_MIN_FILL = 0.7  # share of a band's pixels that are dark (a line of bold print has well under half)
BAND_MIN_LIGHT = 0.01  # share of a band's pixels that are light: something printed on it to read
BAND_MIN_SPAN = 0.4  # of the page's width (height, for a vertical band): a band, not a dark logo
BAND_MIN_THICK = 0.04  # of the page's height (width): thicker than a line of large print
BAND_ROW_GAP = 0.025  # of the page's height: rows through the band's own light print may dip below


def invert_dark_bands(image: Image.Image, pixels: np.ndarray | None = None) -> Image.Image:
    """Light print on a dark band (a navy header, a black banner) turned dark-on-light.

    Tesseract binarises the whole page at one threshold, so a dark band reads as one black block
    and the issuer printed in it is lost. Bands are found on a small copy: runs of rows (columns, for
    a vertical band) mostly dark, wide enough, mostly dark inside and holding some light pixels.
    ``pixels``: the grey image's pixels as an array, when the caller has them (not copied out again).
    """
    gray = to_gray(image)
    arr = np.asarray(gray) if pixels is None else pixels
    step = max(1, round(max(arr.shape) / _BAND_WORK_PX))
    small = arr[::step, ::step]
    bright = percentile_u8(small, 95)
    dark = small < min(110.0, 0.5 * bright)
    light = small > max(140.0, 0.75 * bright)
    bands = _dark_bands(dark, light) + [(x0, x1, y0, y1) for y0, y1, x0, x1 in _dark_bands(dark.T, light.T)]
    if not bands:
        return gray
    out = arr.copy()
    # Where a header and a side band cross, or a whole dark page is found both ways, each pixel is turned
    # once, not twice (back to dark): ``done`` marks the pixels turned (needed only with two bands or more).
    done = np.zeros(arr.shape, dtype=bool) if len(bands) > 1 else None
    for band in bands:
        y0, y1, x0, x1 = _full_extent(arr, min(110.0, 0.5 * bright), tuple(v * step for v in band), step)
        region = out[y0:y1, x0:x1]
        todo = None if done is None or not done[y0:y1, x0:x1].any() else ~done[y0:y1, x0:x1]
        values = region if todo is None else region[todo]
        if values.size == 0:
            continue
        # Inverted, the band's background becomes its brightest part; stretched to the page's white so
        # no grey block (or a dark rim left around it) reads as a picture to tesseract's layout analysis.
        # The 90th percentile of the inverted grey (255 - value, in float32) and the new grey of each of
        # the 256 levels are worked out once, from the band's histogram, by numpy's own arithmetic.
        counts = np.bincount(values.ravel(), minlength=256)
        paper = max(_percentile_of_counts(counts[::-1], 90, np.float32), 1.0)
        levels = 255.0 - np.arange(256, dtype=np.float32)
        turned = np.clip(levels * (bright / paper), 0, 255).astype(np.uint8)
        if todo is None:
            region[...] = turned[region]
        else:
            region[todo] = turned[values]
        if done is not None:
            done[y0:y1, x0:x1] = True
    return Image.fromarray(out, mode="L")


def percentile_u8(values: np.ndarray, q: float) -> float:
    """``float(np.percentile(values, q))`` of uint8 pixels, from their histogram instead of a partition
    of a copy of them."""
    if values.dtype != np.uint8 or values.size == 0:
        return float(np.percentile(values, q))
    return _percentile_of_counts(np.bincount(values.ravel(), minlength=256), q, np.uint8)


def _percentile_of_counts(counts: np.ndarray, q: float, dtype: type[np.uint8] | type[np.float32]) -> float:
    """numpy's ``percentile(a, q)`` (its default, linear method) of an array ``a`` of ``dtype`` holding
    ``counts[k]`` times the value k: the same two order statistics, weighed by the same arithmetic
    (numpy's ``_lerp`` on two scalars of ``a``'s type), so the same float to the bit."""
    n = int(counts.sum())
    position = (n - 1) * (q / 100)  # numpy's virtual index
    if position >= n - 1:  # numpy takes the last value twice, its weight counted from index -1
        below, above = n - 1, n - 1
        weight = position + 1
    else:
        below = math.floor(position)
        above = below + 1
        weight = position - below
    cumulative = np.cumsum(counts)
    low, high = (dtype(np.searchsorted(cumulative, k, side="right")) for k in (below, above))
    step = high - low
    if weight >= 0.5:
        return float(high - step * (1 - weight))
    return float(low + step * weight)


def _full_extent(
    arr: np.ndarray, dark_below: float, box: tuple[int, ...], step: int
) -> tuple[int, int, int, int]:
    """A band found on the small copy, its edges moved to where the dark (grey under ``dark_below``)
    ends on the full image ``arr``.

    A row (column) is dark when at least ``BAND_MIN_DARK`` of its pixels across the band's columns (rows)
    are; only the rows and columns the walks from the band's edges reach are judged, a block at a time,
    not the whole page (each row's share is the same sum over the same pixels, so the same flags)."""
    y0, y1, x0, x1 = box
    height, width = arr.shape
    y1, x1 = min(y1, height), min(x1, width)

    def rows(lo: int, hi: int) -> np.ndarray:
        return np.asarray((arr[lo:hi, x0:x1] < dark_below).mean(axis=1) >= BAND_MIN_DARK)

    def cols(lo: int, hi: int) -> np.ndarray:
        return np.asarray((arr[y0:y1, lo:hi] < dark_below).mean(axis=0) >= BAND_MIN_DARK)

    return (
        _edge(rows, height, min(y0 + step, y1 - 1), -1),
        _edge(rows, height, max(y1 - 1 - step, y0), 1) + 1,
        _edge(cols, width, min(x0 + step, x1 - 1), -1),
        _edge(cols, width, max(x1 - 1 - step, x0), 1) + 1,
    )


_EDGE_BLOCK = 64  # rows (columns) judged at a time by a walk to a band's edge


def _edge(flags: Callable[[int, int], np.ndarray], size: int, start: int, direction: int) -> int:
    """The last index, walking from ``start`` in ``direction``, before the flags turn False (or the
    index leaves ``range(size)``); ``flags(lo, hi)`` gives those of indices lo..hi-1."""
    i = start
    while 0 <= i + direction < size:
        lo, hi = (i + 1, min(i + 1 + _EDGE_BLOCK, size)) if direction > 0 else (max(i - _EDGE_BLOCK, 0), i)
        block = flags(lo, hi)
        ahead = block if direction > 0 else block[::-1]
        stops = np.flatnonzero(~ahead)
        if stops.size:
            return i + direction * int(stops[0])
        i += direction * (hi - lo)
    return i


def _dark_bands(dark: np.ndarray, light: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(top, bottom, left, right) of horizontal dark bands, in the copy's pixels (end exclusive)."""
    height, width = dark.shape
    band_rows = dark.mean(axis=1) >= BAND_MIN_DARK
    bands = []
    for y0, y1 in _runs(band_rows, gap=max(2, round(BAND_ROW_GAP * height))):
        if y1 - y0 < max(3, BAND_MIN_THICK * height):
            continue
        band_cols = dark[y0:y1].mean(axis=0) >= BAND_MIN_DARK
        x0, x1 = max(_runs(band_cols, gap=max(2, width // 12)), key=lambda r: r[1] - r[0], default=(0, 0))
        if x1 - x0 < BAND_MIN_SPAN * width:
            continue
        if dark[y0:y1, x0:x1].mean() >= BAND_MIN_FILL and light[y0:y1, x0:x1].mean() >= BAND_MIN_LIGHT:
            bands.append((y0, y1, x0, x1))
    return bands


def _runs(flags: np.ndarray, gap: int = 1) -> list[tuple[int, int]]:
    """(start, end) of runs of True, joining runs separated by fewer than ``gap`` False values."""
    idx = np.flatnonzero(flags)
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > gap)
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]])) + 1
    return [(int(s), int(e)) for s, e in zip(starts, ends, strict=True)]


STREAK_DARK = 110  # a streak's pixels are darker than this (print's ink too)
STREAK_MIN_SPAN = 0.3  # of the page's height: a streak runs at least this far down the page...
STREAK_EDGE = (
    0.005  # ...from the top or bottom edge (a scan head's dirt runs the feed; no printer inks there)
)
STREAK_MAX_WIDTH = 0.007  # of the page's width: a streak (or a few side by side) is this thin at most
STREAK_SIDE_DARK = 0.2  # share of the rows dark just beside it: more and it is a band's or a photo's edge
STREAK_SIDE_MARGIN = 0.02  # of the page's width: no streak is looked for this near the left or right edge
_STREAK_SHARE_STEP = 8  # rows sampled when looking for columns dark down much of the page
_STREAK_ROW_STEP = 2  # rows sampled when following a streak
STREAK_CORNER = 0.02  # of the page's width: a line this long meeting a streak's end makes it a frame's side
_STREAK_ROW_GAP = 6  # sampled rows: a streak's ink may break for this long and run on


def remove_streaks(image: Image.Image, pixels: np.ndarray | None = None) -> Image.Image:
    """Vertical streaks (a fax's or a sheet feeder's dirty scan head) painted out, else ``image`` itself.

    A streak is a thin column of dark pixels (``STREAK_MAX_WIDTH``) running from the top or bottom edge
    of the image a long way down it (``STREAK_MIN_SPAN``), with the columns just beside it mostly light
    (a band's edge has dark beside it). Tesseract reads a streak through a word as part of a letter
    ("Villanueva" read "Villanueya" at 0.99 where one crossed the "v"). Each streak pixel takes the
    mean of the pixels just left and right of it: a stroke crossing it (dark on both sides) stays
    joined, paper under it turns light, a letter's edge touching it on one side leaves grey (measured
    on two faxes: the lighter of the two erased a stroke, the darker thickened letters; the mean read
    best). A page's rules and frames stand inside its margins; a frame's side joined to a dark corner
    piece or a header at the edge ends in a corner (``_streak_runs``). ``pixels``: ``image``'s pixels
    as an array, when the caller has them.
    """
    arr = np.asarray(image) if pixels is None else pixels
    if arr.ndim != 2 or arr.shape[1] < 100 or arr.shape[0] < 100:
        return image
    width = arr.shape[1]
    share = (arr[::_STREAK_SHARE_STEP] < STREAK_DARK).mean(axis=0)
    margin = max(3, round(STREAK_SIDE_MARGIN * width))
    candidates = share >= STREAK_MIN_SPAN * 0.75  # broken ink: a quarter of its rows may be light
    candidates[:margin] = candidates[-margin:] = False
    if not candidates.any():
        return image
    widest = max(2, round(STREAK_MAX_WIDTH * width))
    out: np.ndarray | None = None
    for x0, x1 in _runs(candidates, gap=4):
        # the streak's own grey rim (anti-aliasing, JPEG) goes with it
        while x0 > margin and share[x0 - 1] >= STREAK_SIDE_DARK and x1 - x0 <= widest:
            x0 -= 1
        while x1 < width - margin and share[x1] >= STREAK_SIDE_DARK and x1 - x0 <= widest:
            x1 += 1
        left, right = x0 - 1, x1
        if x1 - x0 > widest or share[left] >= STREAK_SIDE_DARK or share[right] >= STREAK_SIDE_DARK:
            continue
        for y0, y1 in _streak_runs(arr, x0, x1):
            if out is None:
                out = arr.copy()
            beside = (arr[y0:y1, left].astype(np.uint16) + arr[y0:y1, right]) // 2
            out[y0:y1, x0:x1] = beside.astype(np.uint8)[:, None]
    return image if out is None else Image.fromarray(out, mode="L")


def _streak_runs(arr: np.ndarray, x0: int, x1: int) -> list[tuple[int, int]]:
    """The rows (start, end) of a streak in columns ``x0:x1``: runs of dark at least ``STREAK_MIN_SPAN``
    of the height, when one starts at the top edge or ends at the bottom edge; none when a run's other
    end meets a horizontal line (a frame's corner: its side, joined to a dark corner piece or a header
    at the edge, is print)."""
    height, width = arr.shape
    rows = len(range(0, height, _STREAK_ROW_STEP))
    edge = max(1, round(STREAK_EDGE * rows))
    near = edge * _STREAK_ROW_STEP  # no dark at the top or bottom edge: no streak (the cheap test first)
    if not (arr[:near, x0:x1] < STREAK_DARK).any() and not (arr[height - near :, x0:x1] < STREAK_DARK).any():
        return []
    inked: np.ndarray = np.any(arr[::_STREAK_ROW_STEP, x0:x1] < STREAK_DARK, axis=1)
    runs = [
        (a * _STREAK_ROW_STEP, min(height, b * _STREAK_ROW_STEP))
        for a, b in _runs(inked, gap=_STREAK_ROW_GAP)
        if b - a >= STREAK_MIN_SPAN * rows
    ]
    if not any(a < edge * _STREAK_ROW_STEP or b > height - edge * _STREAK_ROW_STEP for a, b in runs):
        return []
    reach = max(4, round(STREAK_CORNER * width))
    for a, b in runs:
        for end in (a, b - 1):
            if end < 4 or end > height - 5:
                continue
            rows_at = arr[end - 4 : end + 5]
            sides = (rows_at[:, max(0, x0 - reach) : x0], rows_at[:, x1 : x1 + reach])
            if any(side.size and float((side < STREAK_DARK).mean(axis=1).max()) >= 0.9 for side in sides):
                return []
    return runs
