"""Page-image clean-up functions."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extract.preprocess import (
    deskew,
    invert_dark_bands,
    rotate_clockwise,
    skew_angle,
    square_pixels,
    to_gray,
    upscale_low_res,
)
from extract.raster import image_dpi


def _lines_image(width: int = 900, height: int = 700) -> Image.Image:
    """Dark horizontal bars standing in for lines of text."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for top in range(80, height - 80, 40):
        for left in range(100, width - 150, 70):
            draw.rectangle((left, top, left + 55, top + 12), fill=0)
    return image


def test_fax_pixels_are_squared() -> None:
    fax = Image.new("L", (1700, 1100), 255)  # 200 x 100 dpi letter page
    out, sx, sy = square_pixels(fax, 72 / 200, 72 / 100)
    assert out.size == (1700, 2200)
    assert sx == pytest.approx(72 / 200)
    assert sy == pytest.approx(72 / 200)
    assert out.height * sy == pytest.approx(792)


def test_square_pixels_leave_square_images_alone() -> None:
    image = Image.new("L", (10, 10))
    assert square_pixels(image, 0.36, 0.36)[0] is image


def test_rotate_clockwise_moves_top_left_to_top_right() -> None:
    image = Image.new("L", (4, 2), 255)
    image.putpixel((0, 0), 0)
    turned = rotate_clockwise(image, 90)
    assert turned.size == (2, 4)
    assert turned.getpixel((1, 0)) == 0
    assert rotate_clockwise(image, 360) is image


def test_transparency_becomes_white_not_black() -> None:
    image = Image.new("RGBA", (4, 4), (0, 0, 0, 0))
    assert to_gray(image).getpixel((0, 0)) == 255


def test_sixteen_bit_gray_is_scaled_not_clipped() -> None:
    image = Image.fromarray(np.array([[0, 32768], [65535, 1000]], dtype=np.uint16))
    gray = to_gray(image)
    assert gray.mode == "L"
    assert gray.getpixel((0, 1)) == 255


@pytest.mark.parametrize("tilt", [-3.0, 2.0, 4.5])
def test_skew_angle_finds_the_tilt(tilt: float) -> None:
    tilted = _lines_image().rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    angle = skew_angle(tilted)
    assert angle == pytest.approx(-tilt, abs=0.3)
    assert abs(skew_angle(deskew(tilted, angle))) <= 0.3


def test_skew_angle_of_blank_page_is_zero() -> None:
    assert skew_angle(Image.new("L", (500, 500), 255)) == 0.0


@pytest.mark.parametrize("tilt", [-1.2, 0.7])
def test_skew_angle_on_a_300_dpi_page_works_on_a_small_copy(tilt: float) -> None:
    """A letter page at 300 dpi is measured on a ~1000 px copy: the angle still comes out right."""
    page = _lines_image(2550, 3300).rotate(tilt, resample=Image.Resampling.BILINEAR, fillcolor=255)
    assert skew_angle(page) == pytest.approx(-tilt, abs=0.2)


def test_small_tilts_are_not_resampled() -> None:
    image = _lines_image()
    assert deskew(image, 0.2) is image
    assert deskew(image, -0.29) is image
    assert deskew(image, 0.5) is not image


def test_only_low_resolution_images_are_upscaled() -> None:
    image = Image.new("L", (850, 1100))  # 100 dpi letter
    bigger, scale = upscale_low_res(image, 72 / 100)
    assert bigger.width > image.width
    assert bigger.width * scale == pytest.approx(612, abs=1)
    same, same_scale = upscale_low_res(image, 72 / 200)
    assert same is image
    assert same_scale == 72 / 200


def test_image_dpi_uses_sane_tags_and_keeps_fax_axes() -> None:
    assert image_dpi((200.0, 100.0), (1700, 1100)) == (200.0, 100.0)
    assert image_dpi((300, 300), (2550, 3300)) == (300.0, 300.0)


def test_image_dpi_defaults_and_fits_photos_to_letter() -> None:
    assert image_dpi(None, (1275, 1650)) == (150.0, 150.0)
    # A 4032 px phone photo with a 72 dpi tag would be a 56-inch page: taken as 11 inches instead.
    dpi_x, dpi_y = image_dpi((72, 72), (4032, 3024))
    assert dpi_x == dpi_y == pytest.approx(4032 / 11)
    assert image_dpi((1, 1), (1275, 1650)) == (150.0, 150.0)  # absurd tag ignored


def _banded_page(*, vertical: bool = False, band_gray: int = 40) -> Image.Image:
    """A white page with a dark band (across the top, or down the left) holding light text bars."""
    page = _lines_image()
    draw = ImageDraw.Draw(page)
    band = (0, 0, 180, page.height) if vertical else (0, 0, page.width, 110)
    draw.rectangle(band, fill=band_gray)
    for i in range(8):  # "words" of light print, with dark space between them as in real lines
        if vertical:
            draw.rectangle((40, 100 + 70 * i, 140, 120 + 70 * i), fill=245)
        else:
            draw.rectangle((60 + 100 * i, 40, 110 + 100 * i, 70), fill=245)
    return page


@pytest.mark.parametrize("vertical", [False, True], ids=["header-band", "side-band"])
def test_a_dark_band_is_turned_dark_on_light(vertical: bool) -> None:
    """The band's background becomes paper white and its light print dark; the rest stays as it was."""
    page = _banded_page(vertical=vertical)
    out = np.asarray(invert_dark_bands(page))
    before = np.asarray(page)
    background = (5, 5) if not vertical else (5, 20)
    print_at = (55, 80) if not vertical else (110, 60)
    assert out[background] >= 200 and before[background] < 60
    assert out[print_at] < 60 and before[print_at] > 200
    assert np.array_equal(out[300:, 300:], before[300:, 300:])


def test_pages_without_a_band_are_left_alone() -> None:
    """Ordinary dark print, a small dark logo, or a solid bar with nothing on it are no band."""
    page = _lines_image()
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 20, 140, 140), fill=30)  # a logo: narrower than the band span
    draw.rectangle((0, 650, page.width, 690), fill=30)  # a rule: no light print on it
    assert np.array_equal(np.asarray(invert_dark_bands(page)), np.asarray(page))


def test_a_page_printed_light_on_dark_is_turned_once() -> None:
    """A whole dark page is a band both ways; turned twice it would be dark again."""
    page = _banded_page()
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, page.width, page.height), fill=30)
    for top in range(60, page.height - 60, 50):
        for left in range(60, page.width - 100, 90):
            draw.rectangle((left, top, left + 50, top + 15), fill=240)
    out = np.asarray(invert_dark_bands(page))
    assert out[5, 5] >= 200  # the dark paper is white now
    assert out[65, 80] < 60  # and its light print dark
