"""Checks an upload passes before it is stored: size, real type (sniffed), pages, pixels, readability.

Cheap checks only (headers, page counts), so an API answer stays fast; reading the content is the
workers' job. Each failure is an ``extract.errors.ExtractError`` with its stable code and HTTP status.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from extract.config import ExtractConfig
from extract.errors import CorruptDocument, ExtractError, FileTooLarge, ImageTooLarge, TooManyPages
from extract.raster import PDFIUM_LOCK, open_pdfium
from extract.sniff import SNIFF_BYTES, sniff_media_type

UNSAFE_NAME_CHARS = ("/", "\\", "\x00")


@dataclass(frozen=True)
class CheckedUpload:
    file_name: str
    data: bytes
    media_type: str
    pages: int


def safe_file_name(name: str | None, index: int) -> str:
    """The client's file name without any folder part; ``upload-<n>`` when nothing usable is left."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].replace("\x00", "").strip()
    return base[:200] if base not in ("", ".", "..") else f"upload-{index + 1}"


def check_upload(file_name: str, data: bytes, cfg: ExtractConfig) -> CheckedUpload:
    """The upload with its media type and page count, or the ``ExtractError`` that refuses it."""
    if len(data) > cfg.max_bytes:
        raise FileTooLarge(f"{len(data)} bytes; the limit is {cfg.max_bytes}")
    media_type = sniff_media_type(data[:SNIFF_BYTES])
    pages = _pdf_pages(data) if media_type == "application/pdf" else _image_pages(data, cfg)
    if pages > cfg.max_pages:
        raise TooManyPages(f"{pages} pages; the limit is {cfg.max_pages}")
    return CheckedUpload(file_name, data, media_type, pages)


def _pdf_pages(data: bytes) -> int:
    with PDFIUM_LOCK:  # uploads are checked on the server's thread pool
        doc = open_pdfium(data)  # encrypted and damaged PDFs raise here
        try:
            return len(doc)
        finally:
            doc.close()


def _image_pages(data: bytes, cfg: ExtractConfig) -> int:
    """Frames of an image, each checked against the pixel limit from its header (nothing decoded)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise ImageTooLarge(f"image too large; the limit is {cfg.max_pixels} pixels") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptDocument("the image cannot be decoded (damaged or not really an image)") from exc
    with im:
        frames = int(getattr(im, "n_frames", 1))
        if frames > cfg.max_pages:
            raise TooManyPages(f"{frames} pages; the limit is {cfg.max_pages}")
        for index in range(frames):
            im.seek(index)
            if im.width * im.height > cfg.max_pixels:
                raise ImageTooLarge(
                    f"image page {index + 1} is {im.width}x{im.height} pixels; the limit is {cfg.max_pixels}"
                )
        if frames == 1:
            try:
                im.verify()  # PNG chunk checksums: a truncated file shows here
            except Exception as exc:  # Pillow's verify raises assorted types for broken data
                raise CorruptDocument(f"the image is damaged: {exc}") from exc
        return frames


__all__ = ["CheckedUpload", "ExtractError", "check_upload", "safe_file_name"]
