"""The dark-band check takes its percentiles from the pixels' histogram, and turns a band's grey levels
through a 256-entry table: the same floats as numpy's percentile, the same pixels as the old code (kept
here as the reference), so the pages tesseract is given are unchanged."""

from __future__ import annotations

import warnings

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from PIL import Image, ImageDraw

from extract import preprocess
from extract.preprocess import _dark_bands, _full_extent, _percentile_of_counts, percentile_u8


def _old_full_extent(dark: np.ndarray, box: tuple[int, ...], step: int) -> tuple[int, int, int, int]:
    y0, y1, x0, x1 = box
    height, width = dark.shape
    y1, x1 = min(y1, height), min(x1, width)
    rows = dark[:, x0:x1].mean(axis=1) >= preprocess.BAND_MIN_DARK
    cols = dark[y0:y1].mean(axis=0) >= preprocess.BAND_MIN_DARK
    return (
        _old_edge(rows, min(y0 + step, y1 - 1), -1),
        _old_edge(rows, max(y1 - 1 - step, y0), 1) + 1,
        _old_edge(cols, min(x0 + step, x1 - 1), -1),
        _old_edge(cols, max(x1 - 1 - step, x0), 1) + 1,
    )


def _old_edge(flags: np.ndarray, start: int, direction: int) -> int:
    i = start
    while 0 <= i + direction < len(flags) and flags[i + direction]:
        i += direction
    return i


def _old_invert_dark_bands(image: Image.Image) -> Image.Image:
    arr = np.asarray(image)
    step = max(1, round(max(arr.shape) / preprocess._BAND_WORK_PX))
    small = arr[::step, ::step]
    bright = float(np.percentile(small, 95))
    dark = small < min(110.0, 0.5 * bright)
    light = small > max(140.0, 0.75 * bright)
    bands = _dark_bands(dark, light) + [(x0, x1, y0, y1) for y0, y1, x0, x1 in _dark_bands(dark.T, light.T)]
    if not bands:
        return image
    out = arr.copy()
    dark_full = arr < min(110.0, 0.5 * bright)
    done = np.zeros(arr.shape, dtype=bool)
    for band in bands:
        y0, y1, x0, x1 = _old_full_extent(dark_full, tuple(v * step for v in band), step)
        todo = ~done[y0:y1, x0:x1]
        if not todo.any():
            continue
        region = out[y0:y1, x0:x1]
        flipped = 255.0 - region[todo].astype(np.float32)
        paper = max(float(np.percentile(flipped, 90)), 1.0)
        region[todo] = np.clip(flipped * (bright / paper), 0, 255).astype(np.uint8)
        done[y0:y1, x0:x1] = True
    return Image.fromarray(out, mode="L")


_pixels = arrays(
    np.uint8,
    st.tuples(st.integers(1, 60), st.integers(1, 60)),
    elements=st.integers(0, 255),
)


@st.composite
def _grey_pages(draw: st.DrawFn) -> np.ndarray:
    """Pages of a few grey levels (paper, print, a band), noise or a flat colour, also strided views."""
    h, w = draw(st.integers(1, 120)), draw(st.integers(1, 120))
    kind = draw(st.sampled_from(["levels", "noise", "flat"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if kind == "flat":
        arr = np.full((h, w), draw(st.integers(0, 255)), dtype=np.uint8)
    elif kind == "noise":
        arr = rng.integers(0, 256, (h, w), dtype=np.uint8)
    else:
        levels = np.array(draw(st.lists(st.integers(0, 255), min_size=1, max_size=4)), dtype=np.uint8)
        arr = levels[rng.integers(0, len(levels), (h, w))]
    step = draw(st.integers(1, 3))
    return arr[::step, ::step]


@settings(max_examples=400, deadline=None)
@given(arr=st.one_of(_pixels, _grey_pages()), q=st.sampled_from([95.0, 90.0, 50.0, 0.0, 100.0, 99.9, 12.5]))
def test_percentile_from_the_histogram_is_numpys(arr: np.ndarray, q: float) -> None:
    got = percentile_u8(arr, q)
    want = float(np.percentile(arr, q))
    assert got == want and type(got) is float, (got, want)


@st.composite
def _tilted_pages(draw: st.DrawFn) -> Image.Image:
    width, height = draw(st.integers(300, 1300)), draw(st.integers(300, 1300))
    paper = draw(st.integers(150, 255))
    image = Image.new("L", (width, height), paper)
    pen = ImageDraw.Draw(image)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    ink = draw(st.integers(0, 120))
    for top in range(20, height - 20, draw(st.integers(18, 60))):
        left = int(rng.integers(10, max(11, width // 4)))
        right = left + int(rng.integers(40, max(41, width - left - 10)))
        pen.rectangle((left, top, right, top + 8), fill=ink)
    if draw(st.booleans()):
        pen.rectangle((0, 0, width, height // 8), fill=draw(st.integers(0, 90)))  # a dark header band
    return image.rotate(draw(st.floats(-4.5, 4.5)), resample=Image.Resampling.BILINEAR, fillcolor=paper)


@settings(max_examples=400, deadline=None)
@given(arr=st.one_of(_pixels, _grey_pages()), q=st.sampled_from([90, 95, 50, 0, 100]))
def test_inverted_percentile_from_the_histogram_is_numpys_float32(arr: np.ndarray, q: int) -> None:
    """The band's paper: the percentile of 255 - grey taken in float32, as the old code took it."""
    counts = np.bincount(arr.ravel(), minlength=256)[::-1]
    want = float(np.percentile(255.0 - arr.astype(np.float32), q))
    assert _percentile_of_counts(counts, q, np.float32) == want


@st.composite
def _banded_pages(draw: st.DrawFn) -> Image.Image:
    """A page with a dark header, and maybe a dark side band crossing it or a page dark all over."""
    image = draw(_tilted_pages())
    pen = ImageDraw.Draw(image)
    w, h = image.size
    band = draw(st.integers(0, 120))
    pen.rectangle((0, 0, w, h // draw(st.integers(4, 9))), fill=band)
    if draw(st.booleans()):
        pen.rectangle((0, 0, w // draw(st.integers(3, 8)), h), fill=draw(st.integers(0, 120)))
    if draw(st.booleans()):
        pen.rectangle((0, 0, w, h), fill=draw(st.integers(0, 100)))
        pen.rectangle((w // 4, h // 3, w // 2, h // 3 + 40), fill=draw(st.integers(150, 255)))
    light = draw(st.integers(140, 255))
    for y in range(10, h // 4, 30):
        pen.text((30, y), "SCHOOL SAFETY INSTITUTE 2022", fill=light)
        pen.text((8, y + h // 2), "SAFETY", fill=light)
    return image


@settings(max_examples=60, deadline=None)
@given(image=_banded_pages())
def test_dark_bands_turned_as_before(image: Image.Image) -> None:
    new = preprocess.invert_dark_bands(image)
    old = _old_invert_dark_bands(image)
    assert new.size == old.size and new.tobytes() == old.tobytes()


def test_dark_bands_found_on_the_drawn_pages() -> None:
    """The property above is not vacuous: the drawn pages have bands, crossing ones among them."""
    image = Image.new("L", (900, 1200), 235)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, 0, 900, 200), fill=30)
    pen.rectangle((0, 0, 150, 1200), fill=40)
    for y in range(20, 180, 30):
        pen.text((200, y), "SCHOOL SAFETY INSTITUTE", fill=250)
    for y in range(300, 1100, 40):
        pen.text((20, y), "SAFETY", fill=250)
        pen.text((200, y), "Certificate of completion 8 hours", fill=20)
    new = preprocess.invert_dark_bands(image)
    assert new is not image and np.asarray(new)[100, 600] > 200  # the header turned light
    assert new.tobytes() == _old_invert_dark_bands(image).tobytes()


@st.composite
def _dark_blocks(draw: st.DrawFn) -> tuple[np.ndarray, tuple[int, int, int, int], int]:
    """A page of dark blocks (some reaching its edges, some taller than a walk's block) and a box."""
    h, w = draw(st.integers(1, 400)), draw(st.integers(1, 400))
    arr = np.full((h, w), draw(st.integers(120, 255)), dtype=np.uint8)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(0, 5))):
        top, left = int(rng.integers(0, h)), int(rng.integers(0, w))
        arr[top : top + int(rng.integers(1, h + 1)), left : left + int(rng.integers(1, w + 1))] = (
            rng.integers(0, 110)
        )
    if draw(st.booleans()):
        arr[rng.random((h, w)) < draw(st.floats(0, 0.6))] = 250  # light print through the dark
    y0, x0 = draw(st.integers(-2, h + 2)), draw(st.integers(-2, w + 2))
    box = (y0, y0 + draw(st.integers(0, h + 4)), x0, x0 + draw(st.integers(0, w + 4)))
    return arr, box, draw(st.integers(1, 8))


@settings(max_examples=150, deadline=None)
@given(case=_dark_blocks())
def test_band_edges_found_where_the_old_walk_found_them(
    case: tuple[np.ndarray, tuple[int, int, int, int], int],
) -> None:
    arr, box, step = case
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # an empty box: mean of nothing, both ways
        assert _full_extent(arr, 100.0, box, step) == _old_full_extent(arr < 100.0, box, step)
