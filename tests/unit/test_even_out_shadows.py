"""``even_out_shadows``: shade over the page evened out; printed bands and clean pages untouched."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from extract.flatten import even_out_shadows


def _page() -> Image.Image:
    page = Image.new("L", (800, 1000), 245)
    d = ImageDraw.Draw(page)
    for y in range(100, 900, 40):
        d.rectangle((80, y, 700, y + 12), fill=30)  # lines of dark print
    return page


def test_a_clean_page_keeps_its_pixels() -> None:
    page = _page()
    assert even_out_shadows(page) is page


def test_a_shadow_over_the_lower_third_is_evened_out() -> None:
    arr = np.asarray(_page(), dtype=np.float32)
    arr[650:] *= 0.5  # a fold's panel facing away from the lamp
    shaded = Image.fromarray(arr.astype(np.uint8), mode="L")
    out = np.asarray(even_out_shadows(shaded))
    assert out[820, 750] > 200  # the shaded paper is paper again
    assert out[822, 300] < 100  # the print in it stays dark
    assert np.array_equal(out[:400], np.asarray(shaded)[:400])  # far from the shadow: untouched


def test_a_grey_band_with_light_print_is_left_to_the_band_inversion() -> None:
    page = _page()
    d = ImageDraw.Draw(page)
    d.rectangle((0, 0, 800, 300), fill=110)  # a printed grey header
    for x in range(60, 740, 50):
        d.rectangle((x, 120, x + 25, 150), fill=250)  # its light print
    assert even_out_shadows(page) is page
