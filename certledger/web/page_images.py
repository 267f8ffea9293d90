"""Page images for the reviewer: each page's size in points, and its PNG rendered once and cached.

Sizes and images come from ``certledger.page_images`` (the API's too): sizes upright in points, so
evidence boxes (points, top-left origin) map onto the image by one scale factor. Both are cached
under the data dir by content hash: an uploaded file never changes.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from certledger.blobs import BlobStore
from certledger.page_images import PageGeometry, page_image, page_sizes
from certledger.tables import Document
from extract.config import ExtractConfig

__all__ = ["PageGeometry", "PageImages", "render_page_png"]


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
            sizes = page_sizes(self.store.get(doc.blob_sha256), doc.media_type, ExtractConfig())
            raw = {str(n): size for n, size in enumerate(sizes, start=1)}
            _write_atomic(target, json.dumps(raw).encode())
        return {int(n): PageGeometry(int(n), w, h) for n, (w, h) in raw.items()}

    def png(self, doc: Document, page: PageGeometry) -> Path:
        """The PNG of one page, rendered on first use."""
        turned = f"-r{page.rotation}" if page.rotation else ""
        target = self.cache_dir / f"{doc.blob_sha256}-p{page.number}-{self.dpi}{turned}.png"
        if not target.is_file():
            data = self.store.get(doc.blob_sha256)
            _write_atomic(target, render_page_png(data, doc.media_type, page, self.dpi))
        return target


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(target)  # two requests rendering the same page both succeed


def render_page_png(data: bytes, media_type: str, page: PageGeometry, dpi: int) -> bytes:
    """The page as read (turned as the reader turned it), grey, at exactly its size at ``dpi``."""
    size = (max(1, round(page.width * dpi / 72)), max(1, round(page.height * dpi / 72)))
    image = page_image(data, media_type, page.number, dpi, ExtractConfig(), page.rotation).convert("L")
    if image.size != size:
        image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=3)
    return out.getvalue()
