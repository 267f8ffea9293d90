"""A PDF's embedded grey scan is taken out once, into an array its image is made on: the same pixels as
pdfium's own image of it (the old copy), read-only, and the page the reader prepares for tesseract is the
same with the shared array as without it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

from extract import read
from extract.config import ExtractConfig
from extract.raster import pdf_page_image


def _scan(mode: str, size: tuple[int, int]) -> Image.Image:
    image = Image.new("L", size, 238)
    pen = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=28)
    pen.rectangle((0, 0, size[0], size[1] // 9), fill=35)  # a dark header: the band check turns it
    pen.text((40, 12), "SCHOOL SAFETY INSTITUTE", fill=245, font=font)
    for n, y in enumerate(range(size[1] // 5, size[1] - 60, 48)):
        pen.text((60, y), f"Certificate of Completion line {n} 8.0 hours 06/17/2022", fill=25, font=font)
    noise = np.random.default_rng(7).integers(-12, 12, (size[1], size[0]))
    noisy = np.clip(np.asarray(image).astype(int) + noise, 0, 255).astype(np.uint8)
    image = Image.fromarray(noisy, mode="L").rotate(1.2, fillcolor=238)
    return image.convert(mode)


def _pdf(tmp_path: Path, image: Image.Image, name: str) -> Path:
    path = tmp_path / name
    image.save(path, "PDF", resolution=150.0)
    return path


def _old_image(path: Path) -> Image.Image:
    """What the reader took before: pdfium's image of the embedded bitmap, copied."""
    doc = pdfium.PdfDocument(path)
    try:
        page = doc[0]
        (obj,) = list(page.get_objects(max_depth=1))
        return obj.get_bitmap(render=False).to_pil().copy()
    finally:
        doc.close()


@pytest.mark.parametrize("size", [(1275, 1650), (1277, 1651), (1650, 1275)])  # widths with row padding
def test_grey_scan_pixels_are_pdfiums_and_shared(tmp_path: Path, size: tuple[int, int]) -> None:
    path = _pdf(tmp_path, _scan("L", size), "grey.pdf")
    doc = pdfium.PdfDocument(path)
    try:
        page = pdf_page_image(doc, 0, ExtractConfig())
    finally:
        doc.close()
    old = _old_image(path)
    assert page.image.mode == "L" and page.image.size == old.size
    assert page.image.tobytes() == old.tobytes()
    assert page.pixels is not None and not page.pixels.flags.writeable
    assert page.pixels.shape == (old.height, old.width)
    assert np.array_equal(page.pixels, np.asarray(old))
    # The page prepared for tesseract is the same whether the checks take the shared array or copy it.
    prepared = read._prepare(page).image.tobytes()
    assert prepared == read._prepare(replace(page, pixels=None)).image.tobytes()
    assert prepared == read._prepare(replace(page, image=old, pixels=None)).image.tobytes()


def test_colour_scan_keeps_its_own_image(tmp_path: Path) -> None:
    path = _pdf(tmp_path, _scan("RGB", (1275, 1650)), "colour.pdf")
    doc = pdfium.PdfDocument(path)
    try:
        page = pdf_page_image(doc, 0, ExtractConfig())
    finally:
        doc.close()
    assert page.pixels is None
    assert page.image.tobytes() == _old_image(path).tobytes()
