"""Figures struck through by a pen: their reading is not the document's word any more.

Someone crossing out the printed hours (or a date) with a single pen line and writing another value
beside it leaves the printed digits legible under a thin line: tesseract reads them at a good
confidence, and without this they would be credited as printed. A word whose middle band is
crossed by a dark line running across the whole word and on past one of its ends is such a strike:
printed glyphs leave white gaps between letters at mid-height, and leader dots and underlines sit
at the baseline, below the band looked at. Only words with a digit are checked: a correction
changes hours and dates.

The struck word keeps its text and gets ``STRUCK_CONF``, under every confidence gate, so the item
it makes goes to review with its reading shown.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from extract.types import Word

STRUCK_CONF = 0.3  # under classify's min_word_conf (0.80): a struck figure is never auto
_DARK = 140  # grey level under which a pixel is ink (a red or blue pen is ~50-90 in grey)
_BAND = (0.25, 0.72)  # the share of the word's height looked at, from its top: above the baseline
_THICK = 0.18  # vertical slack (share of the height): a strike drawn a little aslant
_ACROSS = 0.95  # share of the word's width the line covers
_BEYOND = 0.12  # the line runs on past one end of the word for this share of its height (a pen starts
# and stops a little outside what it strikes; the gap to the next word is wider) ...
_BEYOND_COVER = 0.8  # ... covering this much of that stretch


def mark_struck_words(words: list[Word], image: Image.Image, scale: float) -> list[Word]:
    """``words`` (boxes in points, ``scale`` points per pixel of the grey ``image``) with the figures
    struck through by a line capped at ``STRUCK_CONF``."""
    candidates = [i for i, w in enumerate(words) if any(c.isdigit() for c in w.text)]
    if not candidates:
        return words
    gray = np.asarray(image.convert("L"))
    out = list(words)
    for i in candidates:
        w = words[i]
        if w.conf > STRUCK_CONF and struck(gray, tuple(v / scale for v in w.bbox)):
            out[i] = w.model_copy(update={"conf": STRUCK_CONF})
    return out


def struck(gray: np.ndarray, box: tuple[float, ...]) -> bool:
    """Whether a line crosses the word at ``box`` (pixels: left, top, right, bottom) of the grey page
    ``gray`` from end to end at mid-height and runs on past one end."""
    h_img, w_img = gray.shape
    x0, top, x1, bottom = (round(v) for v in box)
    height = bottom - top
    if height < 6 or x1 - x0 < 3:
        return False
    beyond = max(3, round(height * _BEYOND))
    ya, yb = top + round(height * _BAND[0]), top + round(height * _BAND[1])
    xa, xb = max(0, x0 - beyond), min(w_img, x1 + beyond)
    if ya < 0 or yb > h_img or xb - xa <= x1 - x0:
        return False
    region = gray[ya:yb, xa:xb]
    # ink: well under the paper around the word (a shaded page's paper may itself be under _DARK)
    paper = float(np.percentile(gray[max(0, top - height) : min(h_img, bottom + height), xa:xb], 90))
    band = region < min(_DARK, paper * 0.6)
    k = max(1, round(height * _THICK))
    # a row "covered" at a column when ink lies within k rows below it: a slanted stroke still counts
    rows = band.shape[0] - k + 1
    if rows <= 0:
        return False
    windows = np.zeros((rows, band.shape[1]), dtype=bool)
    for dy in range(k):
        windows |= band[dy : dy + rows]
    inner = windows[:, x0 - xa : x1 - xa]
    left, right = windows[:, : x0 - xa], windows[:, x1 - xa :]
    across = inner.mean(axis=1) >= _ACROSS
    on_left = left.mean(axis=1) >= _BEYOND_COVER if left.shape[1] >= 2 else np.zeros(rows, bool)
    on_right = right.mean(axis=1) >= _BEYOND_COVER if right.shape[1] >= 2 else np.zeros(rows, bool)
    return bool(np.any(across & (on_left | on_right)))
