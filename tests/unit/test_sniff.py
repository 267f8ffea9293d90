"""Media types come from magic bytes only."""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from PIL import Image

from extract.errors import EmptyDocument, UnsupportedFileType
from extract.sniff import sniff_media_type


def _image_bytes(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (8, 8), 255).save(buf, format=fmt)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("fmt", "media_type"), [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("TIFF", "image/tiff")]
)
def test_images_by_magic(fmt: str, media_type: str) -> None:
    assert sniff_media_type(_image_bytes(fmt)[:512]) == media_type


def test_big_endian_tiff() -> None:
    assert sniff_media_type(b"MM\x00*\x00\x00\x00\x08") == "image/tiff"


def test_pdf_even_after_leading_junk() -> None:
    assert sniff_media_type(b"%PDF-1.7\n%\xe2\xe3") == "application/pdf"
    assert sniff_media_type(b"\r\n\x00junk%PDF-1.4\n") == "application/pdf"


def test_empty_is_empty_document() -> None:
    with pytest.raises(EmptyDocument):
        sniff_media_type(b"")


def test_docx_is_named_as_zip() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UnsupportedFileType, match="zip"):
        sniff_media_type(buf.getvalue()[:512])


@pytest.mark.parametrize(
    ("head", "named"),
    [
        (b"<!DOCTYPE html><html><body>cert</body></html>", "HTML"),
        (b"Certificate of completion\n40 hours\n", "plain text"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"\x00\x00\x00\x18ftypheic", "HEIC"),
    ],
)
def test_unsupported_types_say_what_they_look_like(head: bytes, named: str) -> None:
    with pytest.raises(UnsupportedFileType, match=named):
        sniff_media_type(head)


def test_random_bytes_are_unsupported() -> None:
    head = b"\x00\x9f\x92\x96" + os.urandom(508)
    with pytest.raises(UnsupportedFileType, match="unrecognised binary"):
        sniff_media_type(head)
