"""Figures touched by a solid graphic (a QR label, a logo) are capped; text, rules, barcodes after a
gap, a banner's own text and a signature are not."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from extract.occlusion import HIDDEN_CONF, mark_hidden_words
from extract.types import Word
from tests.harsh_captures_8 import qr_label

_FONT = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 40)


def _page(lines: list[str]) -> tuple[Image.Image, list[Word]]:
    """``lines`` printed from (100, 100) down, 70 px apart, each word with its tight box (scale 1)."""
    img = Image.new("L", (1400, 600), 255)
    d = ImageDraw.Draw(img)
    words = []
    for i, line in enumerate(lines):
        x, y = 100.0, 100.0 + 70 * i
        for token in line.split():
            box = d.textbbox((x, y), token, font=_FONT)
            d.text((x, y), token, fill=0, font=_FONT)
            words.append(Word(text=token, bbox=box, conf=0.95, engine="tesseract"))
            x = box[2] + 12
    return img, words


def _qr(img: Image.Image, left: int, top: int, seed: int = 1) -> None:
    """A QR code's label (white margin, finder squares, random 5-px modules) pasted at (left, top)."""
    img.paste(qr_label(np.random.default_rng(seed), 21, 5), (left, top))


def _conf(words: list[Word], text: str) -> float:
    return next(w.conf for w in words if w.text == text)


def test_a_date_whose_foot_a_qr_label_covers_is_capped() -> None:
    img, words = _page(["held 11/08/2023", "3 Hours"])
    date = next(w for w in words if w.text == "11/08/2023")
    _qr(img, round(date.bbox[2]) - 40, round(date.bbox[3]) - 10)
    out = mark_hidden_words(words, img, 1.0)
    assert _conf(out, "11/08/2023") == HIDDEN_CONF
    assert _conf(out, "3") == 0.95  # the hours a line lower do not touch it
    assert _conf(out, "held") == 0.95  # words without a digit are left alone


def test_a_qr_label_after_a_gap_and_a_barcode_leave_figures_alone() -> None:
    img, words = _page(["3 Hours", "", "", "Dates: 04/17/2023"])
    hours = next(w for w in words if w.text == "Hours")
    _qr(img, round(hours.bbox[2]) + 25, round(hours.bbox[1]) - 40)
    d = ImageDraw.Draw(img)
    date = next(w for w in words if w.text == "04/17/2023")
    for k in range(30):  # barcode bars right against the date: thin, each its own shape
        x = date.bbox[2] + 2 + k * 8
        d.rectangle((x, date.bbox[1] - 30, x + 3, date.bbox[3] + 30), fill=0)
    out = mark_hidden_words(words, img, 1.0)
    assert all(w.conf == 0.95 for w in out)


def test_rules_a_grid_a_banner_and_a_signature_are_not_graphics() -> None:
    img, words = _page(["Total: 24.00", "2021-06-14 40.0", "Signed 2024"])
    d = ImageDraw.Draw(img)
    for w in words:  # each word boxed in a grid's cell, the rules touching it
        d.rectangle((w.bbox[0] - 3, w.bbox[1] - 3, w.bbox[2] + 3, w.bbox[3] + 3), outline=0, width=2)
    banner = Image.new("L", (600, 80), 20)
    ImageDraw.Draw(banner).text((20, 15), "Issued 2023", fill=255, font=_FONT)
    img.paste(banner, (700, 450))
    words.append(Word(text="2023", bbox=(849.0, 474.0, 935.0, 504.0), conf=0.95, engine="tesseract"))
    sig = next(w for w in words if w.text == "2024")
    t = np.linspace(0, 12, 400)
    pts = [(sig.bbox[0] + 20 * s, sig.bbox[3] - 20 + 35 * np.sin(s * 2.1)) for s in t]
    d.line(pts, fill=0, width=3)
    out = mark_hidden_words(words, img, 1.0)
    assert all(w.conf == 0.95 for w in out), [(w.text, w.conf) for w in out]
