"""Figures struck through by a pen line are capped under the confidence gates; printed ones are not."""

from __future__ import annotations

from functools import cache

import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.strikes import STRUCK_CONF, mark_struck_words
from extract.types import Word

_FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONT, size)


def _page(text: str, size: int = 40) -> tuple[Image.Image, list[Word]]:
    """``text`` printed at (100, 100) on a white page, each word with its tight box (scale 1)."""
    img = Image.new("L", (1400, 400), 255)
    d = ImageDraw.Draw(img)
    words, x = [], 100.0
    for token in text.split():
        left, top, right, bottom = d.textbbox((x, 100), token, font=_font(size))
        d.text((x, 100), token, fill=0, font=_font(size))
        words.append(Word(text=token, bbox=(left, top, right, bottom), conf=0.95, engine="tesseract"))
        x = right + size * 0.3
    return img, words


def _strike(
    img: Image.Image, box: tuple[float, float, float, float], colour: int, slant: float, width: int
) -> None:
    y = (box[1] + box[3]) / 2
    ImageDraw.Draw(img).line((box[0] - 4, y + slant / 2, box[2] + 4, y - slant / 2), fill=colour, width=width)


@pytest.mark.parametrize(
    ("text", "struck_span", "colour", "slant", "width"),
    [
        ("4 Hours", (0, 2), 70, 5.0, 3),  # a red pen (grey ~70) through "4 Hours"
        ("Training hours: 16.0", (2, 4), 40, 0.0, 2),  # a blue ballpoint through the figure only
        ("Hours: 24 (twenty-four)", (1, 2), 20, 3.0, 4),  # a marker through the figure, just past it
        ("03/21/2023", (0, 1), 60, 6.0, 3),  # a date struck out
    ],
)
def test_a_struck_figure_is_capped(
    text: str, struck_span: tuple[int, int], colour: int, slant: float, width: int
) -> None:
    img, words = _page(text)
    span = words[struck_span[0] : struck_span[1]]
    box = (span[0].bbox[0], min(w.bbox[1] for w in span), span[-1].bbox[2], max(w.bbox[3] for w in span))
    _strike(img, box, colour, slant, width)
    out = mark_struck_words(words, img, 1.0)
    for i, (before, after) in enumerate(zip(words, out, strict=True)):
        inside = struck_span[0] <= i < struck_span[1] and any(c.isdigit() for c in before.text)
        assert after.conf == (STRUCK_CONF if inside else before.conf), (before.text, after.conf)
        assert after.text == before.text


@pytest.mark.parametrize(
    "text",
    ["4 Hours", "Completed 03/21/2023 - 16 contact hours", "Hours: 44.0", "CEU 1.6 = 16 hrs", "7-11 2024"],
)
def test_printed_figures_are_left_alone(text: str) -> None:
    img, words = _page(text)
    assert mark_struck_words(words, img, 1.0) == words


def test_underline_and_leader_dots_are_not_strikes() -> None:
    img, words = _page("Hours: 8 ........")
    d = ImageDraw.Draw(img)
    for w in words:  # a form's rule under the figures, touching the baseline
        d.line((w.bbox[0] - 10, w.bbox[3] + 1, w.bbox[2] + 40, w.bbox[3] + 1), fill=0, width=3)
    assert mark_struck_words(words, img, 1.0) == words


def test_a_shaded_page_is_not_all_ink() -> None:
    """Paper at grey 120 (a dim photo not evened out): only what is far darker than it is ink."""
    img, words = _page("12 hours", 44)
    img = img.point(lambda v: 120 if v > 128 else 10)
    assert mark_struck_words(words, img, 1.0) == words
    _strike(img, words[0].bbox, 10, 2.0, 3)
    assert mark_struck_words(words, img, 1.0)[0].conf == STRUCK_CONF


def test_boxes_in_points_are_scaled() -> None:
    img, words = _page("16 hours")
    _strike(img, (words[0].bbox[0], words[0].bbox[1], words[1].bbox[2], words[1].bbox[3]), 50, 2.0, 3)
    in_points = [w.model_copy(update={"bbox": tuple(v * 0.5 for v in w.bbox)}) for w in words]
    assert mark_struck_words(in_points, img, 0.5)[0].conf == STRUCK_CONF
