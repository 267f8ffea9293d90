"""One page of a stored document as a PNG, for a viewer drawing evidence boxes over it."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from extract.config import ExtractConfig
from extract.errors import CorruptDocument
from extract.preprocess import rotate_clockwise, to_gray
from extract.raster import PDFIUM_LOCK, iter_image_file, open_pdfium
from extract.read import flattened_photo

MAX_SIDE_PX = 4000  # a viewer needs no more; keeps one answer's size and time bounded


class NoSuchPage(LookupError):
    pass


@dataclass(frozen=True)
class PageGeometry:
    number: int
    width: float  # PDF points, of the page as read (upright)
    height: float
    rotation: int = 0  # degrees the reader turned the page clockwise (EXIF and OSD included)


def page_png(
    data: bytes, media_type: str, number: int, dpi: int, cfg: ExtractConfig, rotation: int = 0
) -> bytes:
    """Page ``number`` (1-based) at ``dpi`` as PNG bytes (see ``page_image``)."""
    image = page_image(data, media_type, number, dpi, cfg, rotation)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def page_image(
    data: bytes, media_type: str, number: int, dpi: int, cfg: ExtractConfig, rotation: int = 0
) -> Image.Image:
    """Page ``number`` (1-based) at ``dpi``; raises ``NoSuchPage`` or an ExtractError.

    ``rotation``: degrees the reader turned the page clockwise (a stored page's): the image is
    turned the same way, so the evidence boxes, read upright, land on their words.
    """
    if media_type == "application/pdf":
        image, already = _pdf_page(data, number, dpi), 0  # pdfium applies /Rotate, as the reader does
    else:
        image, already = _image_page(data, number, dpi, cfg)
    return rotate_clockwise(image, (rotation - already) % 360)


def page_sizes(data: bytes, media_type: str, cfg: ExtractConfig) -> list[tuple[float, float]]:
    """(width, height) of every page in PDF points, upright: the space evidence boxes are drawn in."""
    if media_type != "application/pdf":
        return [(p.width_pt, p.height_pt) for p in iter_image_file(data, cfg)]
    with PDFIUM_LOCK:
        return _pdf_sizes(data)


def _pdf_sizes(data: bytes) -> list[tuple[float, float]]:
    doc = open_pdfium(data)
    try:
        sizes = []
        for index in range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            sizes.append((height, width) if page.get_rotation() in (90, 270) else (width, height))
            page.close()
        return sizes
    finally:
        doc.close()


def _pdf_page(data: bytes, number: int, dpi: int) -> Image.Image:
    with PDFIUM_LOCK:
        return _render(data, number, dpi)


def _render(data: bytes, number: int, dpi: int) -> Image.Image:
    doc = open_pdfium(data)
    try:
        if not 1 <= number <= len(doc):
            raise NoSuchPage(f"the document has {len(doc)} page(s)")
        page = doc[number - 1]
        try:
            width, height = page.get_size()
            scale = min(dpi / 72.0, MAX_SIDE_PX / max(width, height, 1.0))
            image: Image.Image = page.render(scale=scale).to_pil().copy()
            return image
        finally:
            page.close()
    finally:
        doc.close()


def _image_page(data: bytes, number: int, dpi: int, cfg: ExtractConfig) -> tuple[Image.Image, int]:
    """The frame as the reader decodes it (EXIF orientation applied) at ``dpi``, and that turn."""
    for page in iter_image_file(data, cfg):
        if page.number == number:
            # The image's own resolution is 72 / scale dpi: scale it to the dpi asked for.
            # A photo is shown flattened as the reader read it (its evidence boxes are on the flat page).
            source = flattened_photo(page, to_gray(page.image)) or page.image
            factor = min(dpi * page.scale_x / 72.0, MAX_SIDE_PX / max(source.size))
            size = (max(1, round(source.width * factor)), max(1, round(source.height * factor)))
            image = source.convert("RGB").resize(size) if factor < 1 else source.copy()
            return image, page.rotation
    if number < 1:
        raise NoSuchPage("pages are numbered from 1")
    raise NoSuchPage(f"the document has fewer than {number} page(s)")


__all__ = ["CorruptDocument", "NoSuchPage", "PageGeometry", "page_image", "page_png", "page_sizes"]
