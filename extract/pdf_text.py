"""Words of a PDF's text layer (pdfplumber), and whether that layer is worth trusting over OCR."""

from __future__ import annotations

import io
import logging
import math
import unicodedata
from collections.abc import Sequence
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.page import Page as PlumberPage
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import CorruptDocument, EncryptedDocument
from extract.types import Word

log = logging.getLogger(__name__)
# pdfminer warns on every glyph of some real PDFs ("Could not get FontBBox ..."): nothing a user can act on.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

MIN_REAL_TEXT_RATIO = 0.75  # share of letters/digits among non-space characters of real text
MAX_BAD_CHAR_RATIO = 0.05  # U+FFFD, control and private-use characters, unmapped "(cid:N)" glyphs
IMAGE_PAGE_SHARE = 0.5  # a page this much covered by images is a scan, unless its text layer is substantial
SCAN_OVERLAY_MIN_WORDS_FACTOR = 3  # ... i.e. has this many times the minimum word count
# A font without a (right) ToUnicode map gives letters that are not the printed ones ("Fhuwlilfdwh",
# "ÀÁÂÃ"): every alphanumeric, so the ratios above pass. Real text, even a table of course titles, has
# some of these common words (English, and the Spanish, Portuguese and French that real certificates
# come in: without them a Brazilian congress certificate was OCRed for nothing and its title lost);
# and its letters are mostly ASCII.
GARBLE_MIN_WORDS = 12  # judged only on pages with this many alphabetic words
MIN_COMMON_WORD_SHARE = 0.03
MIN_ASCII_LETTER_SHARE = 0.7
_WORD_LIST = (
    "a an the of and or for in on at to by with from is was has have this that as be who are it its "
    "certificate certifies certify completion completed complete course training hours hour date "
    "school officer officers resource police department sheriff county state law enforcement "
    "awarded presented successfully participant name title total credit credits program student "
    "academy center association national institute instructor director signature "
    "de da do das dos del la las el los le les en em no na nos nas que con com por para pelo pela se su "
    "sua seu un una um uma et du des pour avec sur curso horas certificado certificamos certifica "
    "participou concluiu participación formación"
)
_COMMON_WORDS = frozenset(_WORD_LIST.split())


def open_pdf(data: bytes) -> PDF:
    """pdfplumber over ``data``; password-protected or broken files raise typed errors."""
    try:
        return pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise _typed(exc) from exc
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedDocument("the PDF is password-protected") from exc


def _typed(exc: PdfminerException) -> CorruptDocument | EncryptedDocument:
    cause = exc.args[0] if exc.args else exc.__cause__
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or isinstance(
        exc.__cause__, PDFPasswordIncorrect | PDFEncryptionError
    ):
        return EncryptedDocument("the PDF is password-protected")
    return CorruptDocument(f"the PDF cannot be parsed ({exc or type(cause).__name__})")


def page_words(page: PlumberPage) -> list[Word]:
    """Text-layer words in points, top-left origin; [] when the page's content cannot be parsed."""
    try:
        # Some generators fake bold by drawing each glyph twice ("JJaavvaa"): drop the copies.
        # A watermark or stamp set on a slant ("OFFICIAL" across the page) is no text of the page: its
        # letters fall into the lines they cross ("HCeather").
        level = page.filter(lambda obj: obj.get("object_type") != "char" or not _slanted(obj))
        raw = level.dedupe_chars().extract_words(keep_blank_chars=False, use_text_flow=False)
    except Exception as exc:  # pdfminer raises many unrelated types on damaged content streams
        log.warning("page %s: text layer unreadable, will OCR it: %s", page.page_number, exc)
        return []
    x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
    return [
        Word(
            text=str(w["text"]),
            bbox=(
                float(w["x0"]) - x_off,
                float(w["top"]) - y_off,
                float(w["x1"]) - x_off,
                float(w["bottom"]) - y_off,
            ),
            conf=1.0,
            engine="text_layer",
        )
        for w in raw
        if str(w["text"]).strip()
    ]


SLANT_MIN_SINE = 0.1  # a glyph turned by more than ~6 degrees off the page's axes is set on a slant


def _slanted(char: dict[str, Any]) -> bool:
    """The glyph is turned off the page's axes (neither level nor a quarter turn): a diagonal watermark's
    or a tilted stamp's letter."""
    a, b = (float(v) for v in char.get("matrix", (1.0, 0.0))[:2])
    norm = math.hypot(a, b)
    if norm == 0:
        return False
    sine, cosine = abs(b) / norm, abs(a) / norm
    return min(sine, cosine) > SLANT_MIN_SINE


TURNED_TEXT_SHARE = 0.5  # a page this much of whose text runs other than left to right is turned


def text_runs_turned(chars: Sequence[dict[str, Any]]) -> bool:
    """Most of the page's glyphs, as the page is shown, run down, up or right to left: a page of a
    packet turned a quarter or a half (its /Rotate set on upright content). Read as laid out, its
    words come out of order; OCR finds the page's orientation and reads it upright. A certificate's
    sideways margin note or a vertical seal caption is a few glyphs, not most."""
    if not chars:
        return False
    turned = 0
    for char in chars:
        a, b = (float(v) for v in char.get("matrix", (1.0, 0.0))[:2])
        turned += a <= abs(b)  # the glyph's baseline points anywhere but rightward
    return turned > TURNED_TEXT_SHARE * len(chars)


def image_area(page: PlumberPage) -> float:
    """Points² of the page covered by images (clipped to the page, capped at the page area)."""
    x0, top, x1, bottom = (float(v) for v in page.bbox)
    total = 0.0
    for im in page.images:
        w = min(float(im["x1"]), x1) - max(float(im["x0"]), x0)
        h = min(float(im["bottom"]), bottom) - max(float(im["top"]), top)
        if w > 0 and h > 0:
            total += w * h
    return min(total, (x1 - x0) * (bottom - top))


def text_layer_is_usable(
    words: Sequence[Word], page_area: float, image_area: float, *, min_words: int = 8
) -> bool:
    """True when the text layer can stand in for OCR of the page.

    It needs ``min_words`` words of real text (not mojibake), and when images cover most of the page
    (a scan with a typed-in name, say) it must carry far more than a few words, else the scan is read.
    """
    if len(words) < min_words or not _looks_like_real_text(words):
        return False
    mostly_image = page_area > 0 and image_area / page_area >= IMAGE_PAGE_SHARE
    return not (mostly_image and len(words) < SCAN_OVERLAY_MIN_WORDS_FACTOR * min_words)


def _looks_like_real_text(words: Sequence[Word]) -> bool:
    text = "".join(w.text for w in words)
    cid_chars = sum(len(w.text) for w in words if "(cid:" in w.text)
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return False
    real = sum(ch.isalnum() for ch in chars)
    bad = cid_chars + sum(_is_bad_char(ch) for ch in chars)
    if real / len(chars) < MIN_REAL_TEXT_RATIO or bad / len(chars) > MAX_BAD_CHAR_RATIO:
        return False
    return not _garbled_letters(words)


def _garbled_letters(words: Sequence[Word]) -> bool:
    """Letters that are not the printed ones: no common English word, or mostly non-ASCII letters."""
    letters = [ch for w in words for ch in w.text if ch.isalpha()]
    if letters and sum(ch.isascii() for ch in letters) < MIN_ASCII_LETTER_SHARE * len(letters):
        return True
    alpha = [t for w in words if (t := w.text.strip(".,;:()'\"").lower()).isalpha()]
    if len(alpha) < GARBLE_MIN_WORDS:
        return False
    return sum(t in _COMMON_WORDS for t in alpha) < MIN_COMMON_WORD_SHARE * len(alpha)


def _is_bad_char(ch: str) -> bool:
    # Cc control, Co private use, Cn unassigned, Cs surrogate; U+FFFD is "unmappable glyph".
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")
