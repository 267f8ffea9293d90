"""Media type from a file's first bytes. File names and extensions are never trusted."""

from __future__ import annotations

from extract.errors import EmptyDocument, UnsupportedFileType

# How many leading bytes callers should pass: enough for every signature below.
SNIFF_BYTES = 512

_SUPPORTED: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)

# Recognised but refused: named in the error so the uploader knows what went wrong.
_KNOWN_UNSUPPORTED: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a zip archive (docx/xlsx/odt are zip files)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (doc/xls)"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"%!PS", "a PostScript file"),
)


def sniff_media_type(head: bytes) -> str:
    """'application/pdf', 'image/png', 'image/jpeg' or 'image/tiff' from magic bytes; else raise."""
    if not head:
        raise EmptyDocument("the file is empty")
    # PDF readers accept the header anywhere in the first KiB (some generators prepend junk).
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    for magic, media_type in _SUPPORTED:
        if head.startswith(magic):
            return media_type
    if head[4:8] == b"ftyp":
        kind = (
            "a HEIC/HEIF photo"
            if head[8:12] in (b"heic", b"heix", b"mif1", b"msf1")
            else "an MP4/QuickTime file"
        )
        raise UnsupportedFileType(f"unsupported file type: looks like {kind}")
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        raise UnsupportedFileType("unsupported file type: looks like a WebP image")
    for magic, what in _KNOWN_UNSUPPORTED:
        if head.startswith(magic):
            raise UnsupportedFileType(f"unsupported file type: looks like {what}")
    raise UnsupportedFileType(f"unsupported file type: looks like {_describe_unknown(head)}")


def _describe_unknown(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text[:256]:
        return "an HTML page"
    if text.startswith(b"<?xml") or text.startswith(b"<svg"):
        return "an XML/SVG file"
    if _is_text(head):
        return "plain text"
    return "unrecognised binary data"


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
