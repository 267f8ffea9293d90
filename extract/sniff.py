"""Media type from a file's first bytes. File names and extensions are never trusted.

Every image format Pillow decodes here is read (staff upload what phones, scanners, fax servers and
e-mail hand them: GIF, BMP, WebP, JPEG 2000, HEIC, AVIF as well as PNG, JPEG and TIFF). Anything else
is refused with what it looks like and what to upload instead.
"""

from __future__ import annotations

import re
import struct

from extract.errors import EmptyDocument, UnsupportedFileType
from extract.heif import avif_available, heif_available

# How many leading bytes callers should pass: enough for every signature below.
SNIFF_BYTES = 512

_SUPPORTED: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "image/jp2"),  # JPEG 2000 (JP2 file)
    (b"\xffO\xffQ", "image/jp2"),  # JPEG 2000 bare codestream (.j2k)
)
# BMP's magic is only "BM": its info header's size (one of a few values) tells it from text starting "BM".
_BMP_INFO_SIZES = frozenset((12, 40, 52, 56, 64, 108, 124))
_HEIF_BRANDS = frozenset(
    (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1")
)
_AVIF_BRANDS = frozenset((b"avif", b"avis"))

PDF_OR_IMAGE = "upload the certificate as a PDF or an image (PNG, JPEG, TIFF)"
_AS_PDF = "save or print it as PDF and upload the PDF"

# Recognised but refused: named in the error, with what the uploader can do instead.
_KNOWN_UNSUPPORTED: tuple[tuple[bytes, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        f"an old Microsoft Office file (doc/xls) or an Outlook message: {_AS_PDF}",
    ),
    (b"{\\rtf", f"an RTF document: {_AS_PDF}"),
    (b"\x1f\x8b", f"a gzip archive: {PDF_OR_IMAGE}"),
    (b"Rar!", f"a RAR archive: {PDF_OR_IMAGE}"),
    (b"7z\xbc\xaf\x27\x1c", f"a 7-Zip archive: {PDF_OR_IMAGE}"),
    (b"%!PS", f"a PostScript file: {_AS_PDF}"),
)
_MAIL_HEADER = re.compile(
    rb"^(return-path|received|from|to|subject|date|mime-version|message-id|delivered-to|x-[\w-]+"
    rb"|content-type|reply-to|cc):",
    re.IGNORECASE | re.MULTILINE,
)


def sniff_media_type(head: bytes) -> str:
    """'application/pdf' or an 'image/...' type from magic bytes; else raise UnsupportedFileType."""
    if not head:
        raise EmptyDocument("the file is empty (0 bytes; the upload or copy failed?): upload it again")
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    # Signatures at the start come first: a zip holding a stored PDF, or a JPEG whose comment
    # quotes "%PDF-", is not a PDF.
    for magic, media_type in _SUPPORTED:
        if head.startswith(magic):
            return media_type
    if head.startswith(b"BM") and len(head) >= 18 and struct.unpack("<I", head[14:18])[0] in _BMP_INFO_SIZES:
        return "image/bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return _iso_media(head)
    if head.startswith(b"PK\x03\x04"):
        raise UnsupportedFileType(f"unsupported file type: looks like {_zip_kind(head)}")
    for magic, what in _KNOWN_UNSUPPORTED:
        if head.startswith(magic):
            raise UnsupportedFileType(f"unsupported file type: looks like {what}")
    # PDF readers accept the header anywhere in the first KiB (some generators prepend junk).
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    raise UnsupportedFileType(f"unsupported file type: looks like {_describe_unknown(head)}")


def _iso_media(head: bytes) -> str:
    """HEIC/HEIF (iPhone photos) and AVIF, or a refusal for video in the same ISO box format."""
    size = struct.unpack(">I", head[:4])[0]
    brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(size, len(head)) - 3, 4)}
    if brands & _AVIF_BRANDS:
        if avif_available():
            return "image/avif"
        raise UnsupportedFileType(
            "unsupported file type: looks like an AVIF image, which this installation cannot decode: "
            "export it as JPEG or PNG"
        )
    if brands & _HEIF_BRANDS:
        if heif_available():
            return "image/heic"
        raise UnsupportedFileType(
            "unsupported file type: looks like a HEIC/HEIF photo (iPhone), which this installation cannot "
            "decode (the pillow-heif package is missing; scripts/setup.sh installs it): "
            "or export the photo as JPEG (iPhone: Settings > Camera > Formats > Most Compatible)"
        )
    raise UnsupportedFileType(f"unsupported file type: looks like an MP4/QuickTime video: {PDF_OR_IMAGE}")


def _zip_kind(head: bytes) -> str:
    """What a zip-based file is, from the member names in its first bytes."""
    if b"mimetypeapplication/vnd.oasis.opendocument" in head:
        return f"an OpenDocument file (odt/ods): {_AS_PDF}"
    if b"word/" in head:
        return f"a Word document (docx): {_AS_PDF}"
    if b"xl/" in head:
        return f"an Excel workbook (xlsx): {_AS_PDF}"
    if b"ppt/" in head:
        return f"a PowerPoint file (pptx): {_AS_PDF}"
    if b"[Content_Types].xml" in head:
        return f"a Microsoft Office document (docx/xlsx/pptx): {_AS_PDF}"
    return f"a zip archive: upload the documents inside it ({PDF_OR_IMAGE}), or ingest the zip itself"


def _describe_unknown(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text[:256]:
        return f"an HTML page: {_AS_PDF}"
    if text.startswith(b"<?xml") or text.startswith(b"<svg"):
        return f"an XML/SVG file: {PDF_OR_IMAGE}"
    if _is_text(head):
        if len(_MAIL_HEADER.findall(head)) >= 2:
            return "an e-mail message (eml): save the certificate attached to it and upload that"
        return f"plain text: {PDF_OR_IMAGE}"
    return f"unrecognised binary data: {PDF_OR_IMAGE}"


def _is_text(head: bytes) -> bool:
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        # A multi-byte character cut at the sniff boundary is still text.
        try:
            decoded = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in decoded)
    return printable >= 0.95 * max(len(decoded), 1)
