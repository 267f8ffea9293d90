"""A document parsed again (after second readings, after blank cells) does not group a page's lines again
when the page is the very same object; the lines are the same as grouping afresh, and callers get lists of
their own. The page clean-up's shared pixel array hands tesseract the same image as before."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from extract import document
from extract.flatten import even_out_shadows, flatten_photo
from extract.preprocess import invert_dark_bands
from extract.raster import PageImage
from extract.read import _prepare
from extract.types import Page, Word


def _page(number: int = 1) -> Page:
    words = []
    for row, text in enumerate(("Certificate of Completion", "Dana Reyes", "Basic SRO Course 40 hours")):
        x = 72.0
        for token in text.split():
            box = (x, 100 + 20 * row, x + 8 * len(token), 112 + 20 * row)
            words.append(Word(text=token, bbox=box, conf=0.9))
            x += 8 * len(token) + 6
    return Page(
        number=number, width=612, height=792, source="ocr", engines=("tesseract",), words=tuple(words)
    )


def test_same_page_object_reuses_its_lines() -> None:
    page = _page()
    first = document.page_lines([page])
    calls = []
    original = document._lines_of
    document._lines_of = lambda p: calls.append(p) or original(p)  # type: ignore[assignment,func-returns-value]
    try:
        again = document.page_lines([page])
        twin = document.page_lines([page.model_copy()])  # an equal page, another object: grouped again
    finally:
        document._lines_of = original  # type: ignore[assignment]
    assert again == first == twin
    assert len(calls) == 1
    assert [[ln.text for ln in lines] for lines in again] == [
        ["Certificate of Completion", "Dana Reyes", "Basic SRO Course 40 hours"]
    ]


def test_callers_get_lists_of_their_own() -> None:
    page = _page(2)
    lines = document.page_lines([page])[0]
    lines.clear()
    assert len(document.page_lines([page])[0]) == 3


def test_memo_is_bounded() -> None:
    for n in range(document._LINES_MEMO_PAGES + 10):
        document.page_lines([_page(n + 1)])
    assert len(document._lines_memo) <= document._LINES_MEMO_PAGES


def _banded_page() -> Image.Image:
    im = Image.new("L", (1200, 1600), 235)
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, 1199, 160), fill=30)  # a dark header band with light print on it
    for x in range(100, 1000, 40):  # light print on it: letter-sized strokes
        draw.rectangle((x, 60, x + 12, 100), fill=240)
    for y in range(300, 1400, 40):
        draw.text((100, y), "Officer Dana Reyes completed 40 hours of training", fill=20)
    return im


def test_shared_pixels_change_no_step() -> None:
    gray = _banded_page()
    pixels = np.asarray(gray)
    assert flatten_photo(gray, pixels) is None and flatten_photo(gray) is None
    assert even_out_shadows(gray, pixels).tobytes() == even_out_shadows(gray).tobytes()
    banded = invert_dark_bands(gray, pixels)
    assert banded.tobytes() == invert_dark_bands(gray).tobytes()
    assert banded.tobytes() != gray.tobytes()  # the band was found and turned


def test_prepare_hands_on_the_same_pixels() -> None:
    gray = _banded_page()
    page = PageImage(number=1, image=gray, scale_x=72 / 200, scale_y=72 / 200)
    expected = invert_dark_bands(even_out_shadows(gray))
    assert _prepare(page).image.tobytes() == expected.tobytes()
