"""Errors for broken input or infrastructure. Expected outcomes (low confidence, missing hours) are values."""

from __future__ import annotations


class ExtractError(Exception):
    """A document that cannot be read. ``code`` is stable; ``http_status`` and ``retryable`` guide callers."""

    code = "unreadable_document"
    http_status = 422
    retryable = False

    def __init__(self, message: str, *, file: str | None = None) -> None:
        self.file = file
        super().__init__(f"{file}: {message}" if file else message)


class EmptyDocument(ExtractError):
    code = "empty_document"


class UnsupportedFileType(ExtractError):
    code = "unsupported_file_type"
    http_status = 415


class CorruptDocument(ExtractError):
    code = "corrupt_document"


class EncryptedDocument(ExtractError):
    code = "encrypted_document"


class ImageTooLarge(ExtractError):
    """Pixel count over the limit: a decompression bomb or an absurd scan."""

    code = "image_too_large"
    http_status = 413


class TooManyPages(ExtractError):
    code = "too_many_pages"
    http_status = 413


class OcrUnavailable(ExtractError):
    """The tesseract binary is missing or broken: an installation problem, not the document's."""

    code = "ocr_unavailable"
    http_status = 503
    retryable = True


class OcrTimeout(ExtractError):
    code = "ocr_timeout"
    http_status = 503
    retryable = True


class FileTooLarge(ExtractError):
    """More bytes than ``ExtractConfig.max_bytes``: refused before reading it."""

    code = "file_too_large"
    http_status = 413
