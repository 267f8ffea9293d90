"""Media types come from magic bytes only."""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from PIL import Image

from extract import sniff
from extract.errors import EmptyDocument, UnsupportedFileType
from extract.sniff import sniff_media_type


def _image_bytes(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (8, 8), 255).save(buf, format=fmt)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [
        ("PNG", "image/png"),
        ("JPEG", "image/jpeg"),
        ("TIFF", "image/tiff"),
        # What e-mail, phones and office scanners also hand staff: Pillow reads them all.
        ("GIF", "image/gif"),
        ("BMP", "image/bmp"),
        ("WEBP", "image/webp"),
        ("JPEG2000", "image/jp2"),
    ],
)
def test_images_by_magic(fmt: str, media_type: str) -> None:
    assert sniff_media_type(_image_bytes(fmt)[:512]) == media_type


def test_bare_jpeg2000_codestream() -> None:
    buf = io.BytesIO()
    Image.new("L", (8, 8), 255).save(buf, format="JPEG2000", no_jp2=True)
    assert sniff_media_type(buf.getvalue()[:512]) == "image/jp2"


def test_text_starting_bm_is_not_a_bmp() -> None:
    with pytest.raises(UnsupportedFileType, match="plain text"):
        sniff_media_type(b"BMW training record: Basic SRO course, 40 hours\n")


def test_heic_photo_is_read_where_pillow_heif_is_installed() -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    assert sniff_media_type(_image_bytes("HEIF")[:512]) == "image/heic"


def test_heic_without_pillow_heif_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sniff, "heif_available", lambda: False)
    with pytest.raises(UnsupportedFileType, match=r"HEIC.*pillow-heif.*export the photo as JPEG"):
        sniff_media_type(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")


def test_video_in_the_same_box_format_is_refused() -> None:
    with pytest.raises(UnsupportedFileType, match="video"):
        sniff_media_type(b"\x00\x00\x00\x18ftypqt  \x00\x00\x00\x00qt  ")


def test_big_endian_tiff() -> None:
    assert sniff_media_type(b"MM\x00*\x00\x00\x00\x08") == "image/tiff"


def test_pdf_even_after_leading_junk() -> None:
    assert sniff_media_type(b"%PDF-1.7\n%\xe2\xe3") == "application/pdf"
    assert sniff_media_type(b"\r\n\x00junk%PDF-1.4\n") == "application/pdf"


def test_empty_is_empty_document() -> None:
    with pytest.raises(EmptyDocument, match=r"empty.*upload it again"):
        sniff_media_type(b"")


def _zip_head(*members: tuple[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in members:
            zf.writestr(name, text)
    return buf.getvalue()[:512]


@pytest.mark.parametrize(
    ("members", "named"),
    [
        ((("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")), "Word document"),
        ((("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), "Excel"),
        ((("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")), "OpenDocument"),
        ((("scan.pdf", "%PDF-1.4"),), "zip archive"),
    ],
)
def test_zip_based_files_are_named_with_what_to_do(members: tuple[tuple[str, str], ...], named: str) -> None:
    with pytest.raises(UnsupportedFileType, match=named) as refused:
        sniff_media_type(_zip_head(*members))
    assert "upload" in str(refused.value)


@pytest.mark.parametrize(
    ("head", "named"),
    [
        (b"<!DOCTYPE html><html><body>cert</body></html>", "HTML"),
        (b"Certificate of completion\n40 hours\n", "plain text"),
        (
            b"Return-Path: <t@example.org>\nReceived: from mx\nFrom: Training <t@example.org>\n"
            b"Subject: Your certificate\nMIME-Version: 1.0\n\nAttached.\n",
            "e-mail message",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Microsoft Office"),
    ],
)
def test_unsupported_types_say_what_they_look_like(head: bytes, named: str) -> None:
    with pytest.raises(UnsupportedFileType, match=named) as refused:
        sniff_media_type(head)
    assert "upload" in str(refused.value)  # and what to upload instead


def test_random_bytes_are_unsupported() -> None:
    head = b"\x00\x9f\x92\x96" + os.urandom(508)
    with pytest.raises(UnsupportedFileType, match="unrecognised binary"):
        sniff_media_type(head)
