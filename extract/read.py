"""The read path: a file's bytes to pages of words with boxes (points) and confidences.

Per page: a usable PDF text layer is taken as is; every other page is turned into an image, cleaned
up and OCRed (tesseract; orientation fixed when the first reading is poor; RapidOCR pooled in when
the reading stays poor). Page images are made one at a time and dropped once read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pdfplumber.pdf import PDF as PlumberPDF
from PIL import Image

from extract.config import ExtractConfig
from extract.errors import CorruptDocument, ExtractError, FileTooLarge, TooManyPages
from extract.ocr import detect_orientation, ocr_tesseract
from extract.ocr_rapid import needs_second_engine, ocr_rapid, pool_readings
from extract.pdf_text import image_area, open_pdf, page_words, text_layer_is_usable
from extract.preprocess import (
    deskew,
    rotate_clockwise,
    skew_angle,
    square_pixels,
    to_gray,
    upscale_low_res,
)
from extract.raster import PageImage, iter_image_file, open_pdfium, pdf_page_image
from extract.sniff import SNIFF_BYTES, sniff_media_type
from extract.types import Engine, Page, Word

log = logging.getLogger(__name__)

PDF = "application/pdf"
MIN_PLAUSIBLE_WORDS = 5  # fewer word-like tokens than this and the page may be sideways
SIDEWAYS_SHARE = 0.5  # this share of 3+ letter words standing taller than wide: text runs vertically
_WORDLIKE = re.compile(r"[A-Za-z]{3,}|\d[\d/.,:-]*")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")


def read_pages(path: Path, cfg: ExtractConfig) -> tuple[str, tuple[Page, ...]]:
    """(media type, pages) of the file at ``path``; ExtractError subclasses for unreadable input."""
    try:
        data = _read_bytes(path, cfg)
        media_type = sniff_media_type(data[:SNIFF_BYTES])
        if media_type == PDF:
            return media_type, tuple(_pdf_pages(data, cfg))
        return media_type, tuple(ocr_page(image, cfg) for image in iter_image_file(data, cfg))
    except ExtractError as exc:
        if exc.file is not None:
            raise
        raise type(exc)(str(exc), file=path.name) from exc


def second_reading(path: Path, page: Page, cfg: ExtractConfig) -> Page:
    """Hook for callers that found no hours/date on ``page``: read it again with both engines pooled.

    The page image is rebuilt identically, so tesseract's reading comes from the cache; the
    orientation found the first time is reused. Text-layer pages are returned unchanged.
    """
    if page.source == "text_layer" or "rapidocr" in page.engines:
        return page
    data = _read_bytes(path, cfg)
    image = _page_image(data, sniff_media_type(data[:SNIFF_BYTES]), page.number, cfg)
    turn = (page.rotation - image.rotation) % 360
    return ocr_page(image, cfg, force_second_engine=True, turn=turn)


def _read_bytes(path: Path, cfg: ExtractConfig) -> bytes:
    size = path.stat().st_size
    if size > cfg.max_bytes:
        raise FileTooLarge(f"{size} bytes; the limit is {cfg.max_bytes}")
    return path.read_bytes()


def _page_image(data: bytes, media_type: str, number: int, cfg: ExtractConfig) -> PageImage:
    if media_type == PDF:
        doc = open_pdfium(data)
        try:
            return replace(pdf_page_image(doc, number - 1, cfg), number=number)
        finally:
            doc.close()
    for image in iter_image_file(data, cfg):
        if image.number == number:
            return image
    raise CorruptDocument(f"page {number} not found")


# --------------------------------------------------------------------------------------------- PDF


def _pdf_pages(data: bytes, cfg: ExtractConfig) -> Iterator[Page]:
    doc = open_pdfium(data)  # typed errors for encrypted and broken files come from here first
    try:
        count = len(doc)
        if count > cfg.max_pages:
            raise TooManyPages(f"{count} pages; the limit is {cfg.max_pages}")
        try:
            pdf = open_pdf(data)
        except CorruptDocument as exc:
            # pdfium copes with damage pdfminer does not: OCR every page rather than fail.
            log.warning("no text layer readable (%s); OCR of all pages", exc)
            pdf = None
        try:
            for index in range(count):
                page = _text_layer_page(pdf, index, cfg) if pdf is not None else None
                if page is None:
                    image = replace(pdf_page_image(doc, index, cfg), number=index + 1)
                    page = ocr_page(image, cfg)
                yield page
        finally:
            if pdf is not None:
                pdf.close()
    finally:
        doc.close()


def _text_layer_page(pdf: PlumberPDF, index: int, cfg: ExtractConfig) -> Page | None:
    """The page from its text layer, or None when it must be OCRed."""
    if index >= len(pdf.pages):
        return None  # pdfminer found fewer pages than pdfium: OCR the rest
    plumber_page = pdf.pages[index]
    try:
        words = page_words(plumber_page)
        width, height = float(plumber_page.width), float(plumber_page.height)
        usable = text_layer_is_usable(
            words, width * height, image_area(plumber_page), min_words=cfg.min_text_layer_words
        )
    finally:
        plumber_page.close()  # drop pdfplumber's per-page caches as we go
    if not usable:
        return None
    return Page(
        number=index + 1,
        width=width,
        height=height,
        source="text_layer",
        engines=("text_layer",),
        words=reading_order(words),
    )


# --------------------------------------------------------------------------------------------- OCR


@dataclass(frozen=True)
class _Prepared:
    image: Image.Image  # grayscale, square pixels
    scale: float  # points per pixel, both axes


def ocr_page(
    page_image: PageImage, cfg: ExtractConfig, *, force_second_engine: bool = False, turn: int | None = None
) -> Page:
    """Clean up, OCR, fix orientation when the reading is poor, pool a second engine when still poor.

    ``turn`` (clockwise degrees) skips orientation detection when already known.
    """
    base = _prepare(page_image)
    chosen = turn or 0
    image = _level(rotate_clockwise(base.image, chosen), cfg)
    words = _tesseract(image, base.scale, cfg)
    if turn is None and _orientation_suspect(words, cfg):
        found = detect_orientation(base.image, timeout_s=cfg.tesseract_timeout_s)
        if found is not None and found.rotate and found.confidence >= cfg.osd_min_conf:
            turned = _level(rotate_clockwise(base.image, found.rotate), cfg)
            turned_words = _tesseract(turned, base.scale, cfg)
            if reading_score(turned_words) > reading_score(words):
                chosen, image, words = found.rotate, turned, turned_words
    engines: tuple[Engine, ...] = ("tesseract",)
    if force_second_engine or needs_second_engine(words, cfg):
        rapid = ocr_rapid(image, base.scale, base.scale, cache_dir=cfg.ocr_cache_dir)
        words = pool_readings(words, rapid)
        engines = ("tesseract", "rapidocr")
    return Page(
        number=page_image.number,
        width=image.width * base.scale,
        height=image.height * base.scale,
        source="ocr",
        engines=engines,
        rotation=(page_image.rotation + chosen) % 360,
        words=reading_order(words),
    )


def _prepare(page_image: PageImage) -> _Prepared:
    gray = to_gray(page_image.image)
    square, scale_x, _ = square_pixels(gray, page_image.scale_x, page_image.scale_y)
    image, scale = upscale_low_res(square, scale_x)
    return _Prepared(image=image, scale=scale)


def _level(image: Image.Image, cfg: ExtractConfig) -> Image.Image:
    return deskew(image, skew_angle(image)) if cfg.deskew else image


def _tesseract(image: Image.Image, scale: float, cfg: ExtractConfig) -> list[Word]:
    return ocr_tesseract(image, scale, scale, timeout_s=cfg.tesseract_timeout_s, cache_dir=cfg.ocr_cache_dir)


def _orientation_suspect(words: list[Word], cfg: ExtractConfig) -> bool:
    """A reading worth an orientation check: poor, or made of upright-standing (sideways) words.

    Tesseract reads some sideways pages well enough, with boxes taller than wide; downstream line
    grouping needs the page upright, so those are checked too.
    """
    if not words:
        return True
    mean = sum(w.conf for w in words) / len(words)
    plausible = sum(1 for w in words if _plausible(w))
    long_words = [w for w in words if len(w.text) >= 3]
    standing = sum(1 for w in long_words if _standing(w))
    sideways = bool(long_words) and standing >= SIDEWAYS_SHARE * len(long_words)
    return mean < cfg.orientation_check_below_conf or plausible < MIN_PLAUSIBLE_WORDS or sideways


def _plausible(word: Word) -> bool:
    text = word.text.strip(".,;:()'\"")
    if not _WORDLIKE.fullmatch(text):
        return False
    return text[0].isdigit() or bool(_VOWEL.search(text))


def _standing(word: Word) -> bool:
    """A word of 3+ characters whose box is taller than wide was read from vertical text."""
    return len(word.text) >= 3 and word.bbox[3] - word.bbox[1] > word.bbox[2] - word.bbox[0]


def reading_score(words: list[Word]) -> float:
    """Confidence-weighted characters of word-like, upright tokens: higher is a better reading."""
    return sum(w.conf * len(w.text) for w in words if _plausible(w) and not _standing(w))


def reading_order(words: list[Word]) -> tuple[Word, ...]:
    """Top to bottom by line, left to right within a line (a line: words overlapping vertically)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.bbox[1], w.bbox[0])):
        if lines:
            last = lines[-1]
            top = min(w.bbox[1] for w in last)
            bottom = max(w.bbox[3] for w in last)
            middle = (word.bbox[1] + word.bbox[3]) / 2
            if top <= middle <= bottom:
                last.append(word)
                continue
        lines.append([word])
    return tuple(w for line in lines for w in sorted(line, key=lambda w: w.bbox[0]))
