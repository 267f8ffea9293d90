"""Figures touched by a solid graphic: part of a digit may be hidden under it.

A label stuck on the page (a barcode's or a QR code's), a logo or an inked block pasted against a
line covers whatever of the glyphs it lies on; tesseract reads what is left of a figure as another
figure at a good confidence (the lower half of a "3" hidden under a QR label's white margin read as
"2": a wrong year, believed). A word with a digit whose box is touched by a large, solid dark shape
that does not hold the word (the word is not printed inside it, as in a dark banner) is capped
under the confidence gates, so the item it makes goes to review with its reading shown. Text,
rules, underlines and signatures are no such shape: glyphs are under the word's height, rules and
lattices are thin or hollow, a signature's strokes fill little of their box, and a hard shadow over
the page (dark enough to count as ink) is not black on average: its shade is a third of the paper.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from extract.types import Word

HIDDEN_CONF = 0.3  # under classify's min_word_conf (0.80): a figure partly hidden is never auto
_INK = 0.5  # ink: darker than half the page's paper (a shadow's shade is lighter than print)
_BLACK = 0.25  # a graphic's ink is this dark on average (a hard shadow with its text is 0.3-0.4)
_TALL = 1.5  # a graphic is this many times the word's height tall ...
_WIDE = 0.5  # ... and this share of it wide (barcode bars and rules are thinner)
_SOLID = 0.3  # ... and fills this share of its box (lattices, signatures and text lines fill less)
_TOUCH = 0.1  # touching: within this share of the word's height of its box
_HOLDS = 0.6  # a shape whose box covers this share of the word's box holds it (a banner's text)


def mark_hidden_words(words: list[Word], image: Image.Image, scale: float) -> list[Word]:
    """``words`` (boxes in points, ``scale`` points per pixel of the grey ``image``) with the figures
    touched by a solid graphic capped at ``HIDDEN_CONF``."""
    asked = [w for w in words if w.conf > HIDDEN_CONF and any(c.isdigit() for c in w.text)]
    if not asked:
        return words
    shapes = _solid_shapes(image, min((w.bbox[3] - w.bbox[1]) / scale for w in asked) * _TALL)
    if not shapes.size:
        return words
    hidden = {id(w) for w in asked if _touched(tuple(v / scale for v in w.bbox), shapes)}
    return [w.model_copy(update={"conf": HIDDEN_CONF}) if id(w) in hidden else w for w in words]


def _solid_shapes(image: Image.Image, least: float) -> np.ndarray:
    """The boxes (left, top, right, bottom in pixels) of the ink's connected shapes at least ``least``
    pixels tall and filling ``_SOLID`` of their box, as rows of an array. Looked for at half size (the
    shapes sought are large; a quarter of the pixels to label)."""
    gray = np.asarray(image if image.mode == "L" else image.convert("L"))
    half = cv2.resize(
        gray, (max(1, gray.shape[1] // 2), max(1, gray.shape[0] // 2)), interpolation=cv2.INTER_AREA
    )
    paper = float(np.percentile(half[::2, ::2], 90))
    ink = (half < paper * _INK).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    x, y, w, h, area = stats[1:].T
    # how dark each shape is on average: print's black, not a shadow's shade with text in it
    tone = np.bincount(labels.ravel(), weights=half.ravel(), minlength=n)[1:] / np.maximum(area, 1)
    keep = (h * 2 >= least) & (area >= _SOLID * w * h) & (tone < paper * _BLACK)
    boxes: np.ndarray = np.stack([x, y, x + w, y + h], axis=1)[keep].astype(float) * 2
    return boxes


def _touched(box: tuple[float, ...], shapes: np.ndarray) -> bool:
    """Whether a shape of ``shapes`` tall and wide for the word at ``box`` touches it without holding it."""
    height = box[3] - box[1]
    pad = _TOUCH * height
    lft, t, r, b = shapes.T
    near = (lft <= box[2] + pad) & (r >= box[0] - pad) & (t <= box[3] + pad) & (b >= box[1] - pad)
    big = (b - t >= _TALL * height) & (r - lft >= _WIDE * height)
    dx = np.clip(np.minimum(r, box[2]) - np.maximum(lft, box[0]), 0, None)
    dy = np.clip(np.minimum(b, box[3]) - np.maximum(t, box[1]), 0, None)
    holds = dx * dy >= _HOLDS * (box[2] - box[0]) * height
    return bool((near & big & ~holds).any())
