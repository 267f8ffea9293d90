"""First-use set-up of the parsers, done while the pages are being OCRed instead of after.

A process's first parse pays for lazy loads (the name-gender table, compiled patterns, date parsing's
locale data): about 0.5 s on this machine, which a one-file CLI run or a worker's first document would
otherwise add after OCR. While tesseract reads pages (in page workers or a subprocess) this process waits
with the GIL free, so a thread can parse a small made-up certificate and leave those loads warm.
"""

from __future__ import annotations

import logging
import threading

from extract.types import Page, Word

log = logging.getLogger(__name__)

_LINES = (
    "CERTIFICATE OF COMPLETION",
    "This certifies that",
    "Jordan A. Lee",
    "has completed",
    "Youth Crisis Intervention Training",
    "16 hours March 3-5, 2021",
    "Springfield Police Academy",
)
_started = threading.Event()


def warm_up_in_background() -> threading.Thread | None:
    """Start the warm-up once per process; the thread to join before parsing, or None once done."""
    if _started.is_set():
        return None
    _started.set()
    thread = threading.Thread(target=_warm_up, name="certledger-parse-warm-up", daemon=True)
    thread.start()
    return thread


def _warm_up() -> None:
    from extract.document import parse_document  # here: document imports this module

    try:
        parse_document("warm-up", "", "image/png", (_made_up_page(),))
    except Exception:  # a warm-up that fails costs only the time it was meant to save
        log.debug("parser warm-up failed", exc_info=True)


def _made_up_page() -> Page:
    words = []
    for row, line in enumerate(_LINES):
        x = 72.0
        for text in line.split():
            width = 7.0 * len(text)
            words.append(Word(text=text, bbox=(x, 72.0 + 28 * row, x + width, 84.0 + 28 * row), conf=0.95))
            x += width + 5.0
    return Page(number=1, width=612, height=792, source="ocr", engines=("tesseract",), words=tuple(words))
