"""Page images for the reviewer: each page's size in points, and its PNG rendered once and cached.

Sizes come from the file itself (pdfium's page size; an image frame's pixels at the dpi the extractor
assumed), so evidence boxes (points, top-left origin) map onto the image by one scale factor.
Both are cached under the data dir by content hash: an uploaded file never changes.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from certledger.blobs import BlobStore
from certledger.tables import Document
from extract.config import ExtractConfig
from extract.preprocess import rotate_clockwise
from extract.raster import PDFIUM_LOCK, iter_image_file, open_pdfium


@dataclass(frozen=True)
class PageGeometry:
    number: int
    width: float  # PDF points, of the page as read (upright)
    height: float
    rotation: int = 0  # degrees the reader turned the page clockwise (EXIF and OSD included)


@dataclass(frozen=True)
class PageImages:
    """Where page images and sizes are cached, and the blobs they are made from."""

    cache_dir: Path
    store: BlobStore
    dpi: int

    def geometry(self, doc: Document) -> dict[int, PageGeometry]:
        """Every page's size, read from the file once."""
        target = self.cache_dir / f"{doc.blob_sha256}.pages.json"
        if target.is_file():
            raw = json.loads(target.read_text())
        else:
            raw = _measure(self.store.get(doc.blob_sha256))
            _write_atomic(target, json.dumps(raw).encode())
        return {int(n): PageGeometry(int(n), w, h) for n, (w, h) in raw.items()}

    def png(self, doc: Document, page: PageGeometry) -> Path:
        """The PNG of one page, rendered on first use."""
        turned = f"-r{page.rotation}" if page.rotation else ""
        target = self.cache_dir / f"{doc.blob_sha256}-p{page.number}-{self.dpi}{turned}.png"
        if not target.is_file():
            _write_atomic(target, render_page_png(self.store.get(doc.blob_sha256), page, self.dpi))
        return target


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(target)  # two requests rendering the same page both succeed


def _measure(data: bytes) -> dict[str, tuple[float, float]]:
    if data[:5] == b"%PDF-":
        with PDFIUM_LOCK:  # page requests are served on a thread pool
            return _pdf_sizes(data)
    return {str(f.number): (f.width_pt, f.height_pt) for f in iter_image_file(data, ExtractConfig())}


def _pdf_sizes(data: bytes) -> dict[str, tuple[float, float]]:
    pdf = open_pdfium(data)
    try:
        return {str(i + 1): tuple(pdf.get_page_size(i)) for i in range(len(pdf))}
    finally:
        pdf.close()


def render_page_png(data: bytes, page: PageGeometry, dpi: int) -> bytes:
    size = (max(1, round(page.width * dpi / 72)), max(1, round(page.height * dpi / 72)))
    if data[:5] == b"%PDF-":
        with PDFIUM_LOCK:  # page requests are served on a thread pool
            image = _pdf_page_image(data, page.number, dpi)
        already = 0  # pdfium applies the page's /Rotate, as the reader's rendering does
    else:
        image, already = _image_frame(data, page.number)
    # The rest of the reader's turn (OSD on a sideways scan): its boxes are on the turned page.
    image = rotate_clockwise(image, (page.rotation - already) % 360).convert("L")
    if image.size != size:
        image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=3)
    return out.getvalue()


def _pdf_page_image(data: bytes, number: int, dpi: int) -> Image.Image:
    pdf = open_pdfium(data)
    try:
        pdf_page = pdf[number - 1]
        image: Image.Image = pdf_page.render(scale=dpi / 72, grayscale=True).to_pil().copy()  # own pixels
        pdf_page.close()
    finally:
        pdf.close()
    return image


def _image_frame(data: bytes, number: int) -> tuple[Image.Image, int]:
    """The frame as the extractor decodes it (EXIF orientation applied), and that turn in degrees."""
    for frame in iter_image_file(data, ExtractConfig()):
        if frame.number == number:
            return frame.image.copy(), frame.rotation
    raise LookupError(f"no page {number} in this image")
