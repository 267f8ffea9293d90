"""``extract.preprocess.remove_streaks``: a fax's vertical streaks painted out, print left alone.

Pages drawn with Pillow (a few lines of text, rules, a frame); the streaks are what a dirty scan head
leaves: thin dark columns from the top (or bottom) edge a long way down the page.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from extract.preprocess import remove_streaks
from tests.harsh_captures_3 import _font

W, H = 1700, 2200


def _page() -> Image.Image:
    page = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(page)
    for i, text in enumerate(("Student Name:  Marisol E. Villanueva", "Dates Attended:  03/09/2021")):
        d.text((200, 500 + i * 120), text, fill=0, font=_font(44))
    return page


def _streak(page: Image.Image, x: int, width: int, y0: int, y1: int) -> Image.Image:
    out = page.copy()
    ImageDraw.Draw(out).rectangle((x, y0, x + width - 1, y1 - 1), fill=10)
    return out


def test_a_clean_page_is_returned_as_it_is() -> None:
    page = _page()
    assert remove_streaks(page) is page


def test_a_streak_from_the_top_edge_is_painted_out_and_nothing_else_changes() -> None:
    page = _page()
    x = 700  # through the name
    streaked = _streak(page, x, 3, 0, round(H * 0.8))
    out = np.asarray(remove_streaks(streaked))
    before, after = np.asarray(streaked), out
    changed = np.argwhere(before != after)
    assert changed.size > 0
    assert changed[:, 1].min() >= x - 1 and changed[:, 1].max() <= x + 3  # only the streak's columns
    assert (after[: H // 5, x : x + 3] == 255).all()  # over bare paper it is paper again
    assert (after[round(H * 0.8) + 5 :, :] == before[round(H * 0.8) + 5 :, :]).all()
    # beyond the streak's columns the page is the one drawn before the streak
    mask = np.ones(after.shape, dtype=bool)
    mask[:, x - 1 : x + 4] = False
    assert (after[mask] == np.asarray(page)[mask]).all()


def test_a_streak_rising_from_the_bottom_edge_is_found_too() -> None:
    streaked = _streak(_page(), 1200, 2, round(H * 0.4), H)
    out = np.asarray(remove_streaks(streaked))
    assert (out[round(H * 0.9) :, 1200:1202] == 255).all()


def test_print_standing_inside_the_margins_is_not_a_streak() -> None:
    page = _page()
    d = ImageDraw.Draw(page)
    d.rectangle((100, 100, W - 100, H - 100), outline=0, width=3)  # a frame
    d.line((850, 400, 850, 1900), fill=0, width=2)  # a table's column rule, two thirds of the page
    assert remove_streaks(page) is page


def test_a_frame_side_joined_to_a_header_at_the_edge_is_print() -> None:
    page = _page()
    d = ImageDraw.Draw(page)
    d.rectangle((0, 0, W, 180), fill=20)  # a dark header printed to the page's edge
    d.line((120, 0, 120, H - 150), fill=0, width=3)  # the frame's left side, from the header down...
    d.line((120, H - 150, W - 120, H - 150), fill=0, width=3)  # ...to its bottom corner
    assert remove_streaks(page) is page


def test_a_dark_band_down_the_side_is_not_a_streak() -> None:
    page = _page()
    ImageDraw.Draw(page).rectangle((0, 0, 300, H), fill=30)  # a sidebar printed full height
    assert remove_streaks(page) is page
