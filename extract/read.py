"""The read path: a file's bytes to pages of words with boxes (points) and confidences.

Per page: a usable PDF text layer is taken as is; every other page is turned into an image, cleaned
up and OCRed (tesseract; orientation fixed when the first reading is poor; RapidOCR pooled in when
the reading stays poor). Page images are made one at a time and dropped once read.

With ``ExtractConfig.page_workers`` > 1 the OCR pages of a multi-page document are read side by side
by a pool of worker processes (one per process, kept for later documents). A worker is handed only
(file, page number, config): it decodes or renders, cleans up and OCRs that page itself and sends
back the words, so page images never cross processes and each process holds one page image at a
time. Text-layer pages are read here meanwhile; pages come back in order.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from pdfplumber.pdf import PDF as PlumberPDF
from PIL import Image

from extract.config import ExtractConfig
from extract.errors import CorruptDocument, ExtractError, FileTooLarge, TooManyPages
from extract.flatten import even_out_shadows, flatten_photo, paper_gaps
from extract.occlusion import mark_hidden_words
from extract.ocr import CacheEntry, detect_orientation, ocr_tesseract, recording, seed_memory_cache
from extract.ocr_rapid import needs_second_engine, ocr_rapid, pool_readings
from extract.pdf_text import (
    IMAGE_PAGE_SHARE,
    image_area,
    open_pdf,
    page_words,
    text_layer_is_usable,
    text_runs_turned,
)
from extract.preprocess import (
    deskew,
    invert_dark_bands,
    remove_streaks,
    rotate_clockwise,
    skew_angle,
    square_pixels,
    to_gray,
    upscale_low_res,
)
from extract.raster import (
    PDFIUM_LOCK,
    PageImage,
    _frame_page,  # ask: a public raster.image_file_page(data, number, cfg) would be cleaner
    _open_image,
    iter_image_file,
    open_pdfium,
    open_pdfium_file,
    pdf_page_image,
    text_is_all_invisible,
)
from extract.sniff import SNIFF_BYTES, sniff_media_type
from extract.strikes import mark_struck_words
from extract.types import Engine, Page, Word

log = logging.getLogger(__name__)

PDF = "application/pdf"
MIN_PLAUSIBLE_WORDS = 5  # fewer word-like tokens than this and the page may be sideways
SIDEWAYS_SHARE = 0.5  # this share of 3+ letter words standing taller than wide: text runs vertically
_WORDLIKE = re.compile(r"[A-Za-z]{3,}|\d[\d/.,:-]*")
# A poor reading with this many words of 3+ letters read at SURE_WORD_CONF or better, and this share of
# its 3+ character tokens, is of upright text: no orientation check (``_surely_upright``).
SURE_WORD_CONF = 0.85
SURE_UPRIGHT_WORDS = 12
SURE_UPRIGHT_SHARE = 0.10
_LETTERS = re.compile(r"[A-Za-z]{3,}")
_EDGE = ".,;:()'\""
_VOWEL = re.compile(r"[aeiouyAEIOUY]")


def read_pages(path: Path, cfg: ExtractConfig) -> tuple[str, tuple[Page, ...]]:
    """(media type, pages) of the file at ``path``; ExtractError subclasses for unreadable input."""
    with _named(path):
        data = _read_bytes(path, cfg)
        media_type = sniff_media_type(data[:SNIFF_BYTES])
        if media_type == PDF:
            return media_type, tuple(_pdf_pages(path, data, cfg))
        return media_type, tuple(_image_pages(path, data, cfg))


def second_reading(path: Path, page: Page, cfg: ExtractConfig) -> Page:
    """``page`` read again with both engines pooled.

    The page image is rebuilt identically, so tesseract's reading comes from the cache; the
    orientation found the first time is reused. Text-layer pages are returned unchanged.
    """
    if page.source == "text_layer" or "rapidocr" in page.engines:
        return page
    with _named(path):
        image = file_page_image(path, page.number, cfg)
        turn = (page.rotation - image.rotation) % 360
        return ocr_page(image, cfg, force_second_engine=True, turn=turn)


def ocr_image(path: Path, page: Page, cfg: ExtractConfig) -> tuple[Image.Image, float]:
    """The image the engines read for OCR page ``page`` of the file at ``path``, rebuilt identically
    (cleaned up, turned and levelled as then), and its points per pixel: a word's box divided by it is
    in pixels. Safe on several threads at once."""
    image = file_page_image(path, page.number, cfg)
    base = _prepare(image)
    turn = (page.rotation - image.rotation) % 360
    return _level(rotate_clockwise(base.image, turn), cfg), base.scale


def second_readings(
    path: Path, pages: Sequence[Page], again: Collection[int], cfg: ExtractConfig
) -> tuple[Page, ...]:
    """``pages`` with those numbered in ``again`` read a second time (``second_reading``).

    All in this process, one page after another, with RapidOCR on as many threads as the document
    may use cores (``page_workers``): one copy of its models and working memory instead of one per
    page worker, and never two RapidOCR thread pools on the same cores.
    """
    return tuple(second_reading(path, p, cfg) if p.number in again else p for p in pages)


@contextmanager
def _named(path: Path) -> Iterator[None]:
    """ExtractError subclasses leave here naming the file."""
    try:
        yield
    except ExtractError as exc:
        if exc.file is not None:
            raise
        raise type(exc)(str(exc), file=path.name) from exc


def _read_bytes(path: Path, cfg: ExtractConfig) -> bytes:
    _read_bytes_allowed(path, cfg)
    return path.read_bytes()


def _read_bytes_allowed(path: Path, cfg: ExtractConfig) -> None:
    size = path.stat().st_size
    if size > cfg.max_bytes:
        raise FileTooLarge(f"{size} bytes; the limit is {cfg.max_bytes}")


def page_image(data: bytes, media_type: str, number: int, cfg: ExtractConfig) -> PageImage:
    """Page ``number`` (1-based) of a file's bytes as the read path decodes it, before any clean-up."""
    if media_type == PDF:
        return _pdf_page_image(open_pdfium(data), number, cfg)
    im = _open_image(data, cfg)  # straight to the frame: earlier frames are not decoded
    try:
        if not 1 <= number <= getattr(im, "n_frames", 1):
            raise CorruptDocument(f"page {number} not found")
        try:
            im.seek(number - 1)
        except (EOFError, OSError) as exc:
            raise CorruptDocument(f"image page {number} cannot be read: {exc}") from exc
        return _frame_page(im, number, cfg)
    finally:
        im.close()


def file_page_image(path: Path, number: int, cfg: ExtractConfig) -> PageImage:
    """``page_image`` of the file at ``path``; a PDF's page is read from the file by pdfium without
    holding the whole file in memory (each page worker would hold a 20 MB scan's bytes otherwise).
    Safe on several threads at once."""
    with path.open("rb") as f:
        media_type = sniff_media_type(f.read(SNIFF_BYTES))
    if media_type == PDF:
        _read_bytes_allowed(path, cfg)
        with PDFIUM_LOCK:  # pdfium is not thread-safe, and the blank cells' pages are rebuilt on threads
            return _pdf_page_image(open_pdfium_file(path), number, cfg)
    return page_image(_read_bytes(path, cfg), media_type, number, cfg)


def _pdf_page_image(doc: pdfium.PdfDocument, number: int, cfg: ExtractConfig) -> PageImage:
    """Page ``number`` of an open PDF, which is closed after."""
    try:
        if not 1 <= number <= len(doc):
            raise CorruptDocument(f"page {number} not found")
        return replace(pdf_page_image(doc, number - 1, cfg), number=number)
    finally:
        doc.close()


def _image_pages(path: Path, data: bytes, cfg: ExtractConfig) -> Iterator[Page]:
    workers = _workers(cfg)
    if workers > 1:
        im = _open_image(data, cfg)
        try:
            frames = int(getattr(im, "n_frames", 1))
        finally:
            im.close()
        if frames > cfg.max_pages:
            raise TooManyPages(f"{frames} pages; the limit is {cfg.max_pages}")
        if frames > 1:
            with _PageSlots(path, cfg, workers, inline=lambda n: _ocr_here(data, n, cfg)) as slots:
                for number in range(1, frames + 1):
                    slots.add_ocr(number)
                yield from slots.pages()
            return
    for image in iter_image_file(data, cfg):
        yield ocr_page(image, cfg)


def _ocr_here(data: bytes, number: int, cfg: ExtractConfig) -> Page:
    """``ocr_page`` here (its readings stay in this process's memory cache for a second reading)."""
    return ocr_page(page_image(data, sniff_media_type(data[:SNIFF_BYTES]), number, cfg), cfg)


# --------------------------------------------------------------------------------------------- PDF


def _pdf_pages(path: Path, data: bytes, cfg: ExtractConfig) -> Iterator[Page]:
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
            workers = _workers(cfg)
            if workers > 1 and count > 1:

                def inline(n: int) -> Page:
                    return ocr_page(replace(pdf_page_image(doc, n - 1, cfg), number=n), cfg)

                with _PageSlots(path, cfg, workers, inline) as slots:
                    for index in range(count):
                        page = _text_layer_page(pdf, doc, index, cfg) if pdf is not None else None
                        if page is None:
                            slots.add_ocr(index + 1)
                        else:
                            slots.add(page)
                    yield from slots.pages()
                return
            for index in range(count):
                page = _text_layer_page(pdf, doc, index, cfg) if pdf is not None else None
                if page is None:
                    page = ocr_page(replace(pdf_page_image(doc, index, cfg), number=index + 1), cfg)
                yield page
        finally:
            if pdf is not None:
                pdf.close()
    finally:
        doc.close()


def _text_layer_page(pdf: PlumberPDF, doc: pdfium.PdfDocument, index: int, cfg: ExtractConfig) -> Page | None:
    """The page from its text layer, or None when it must be OCRed.

    A scan whose only text is an invisible OCR layer (a scanner's "searchable PDF") is OCRed here:
    the other tool's words have no confidences, and ``auto`` items need ours.
    """
    if index >= len(pdf.pages):
        return None  # pdfminer found fewer pages than pdfium: OCR the rest
    plumber_page = pdf.pages[index]
    try:
        words = page_words(plumber_page)
        width, height = float(plumber_page.width), float(plumber_page.height)
        covered = image_area(plumber_page)
        usable = text_layer_is_usable(words, width * height, covered, min_words=cfg.min_text_layer_words)
        usable = usable and not text_runs_turned(plumber_page.chars)
        if usable and covered >= IMAGE_PAGE_SHARE * width * height and text_is_all_invisible(doc, index):
            usable = False
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
    paper_gaps: tuple[float, ...] = ()  # points: the desk between papers photographed side by side


def ocr_page(
    page_image: PageImage,
    cfg: ExtractConfig,
    *,
    force_second_engine: bool = False,
    turn: int | None = None,
) -> Page:
    """Clean up, OCR, fix orientation when the reading is poor, pool a second engine when still poor.

    ``turn`` (clockwise degrees) skips orientation detection when already known.
    """
    base = _prepare(page_image)
    chosen = turn or 0
    image = _level(rotate_clockwise(base.image, chosen), cfg)
    words = _tesseract(image, base.scale, cfg)
    if turn is None and _orientation_suspect(words, cfg):
        found = detect_orientation(base.image, timeout_s=cfg.tesseract_timeout_s, cache_dir=cfg.ocr_cache_dir)
        if found is not None and found.rotate and found.confidence >= cfg.osd_min_conf:
            turned = _level(rotate_clockwise(base.image, found.rotate), cfg)
            turned_words = _tesseract(turned, base.scale, cfg)
            if reading_score(turned_words) > reading_score(words):
                chosen, image, words = found.rotate, turned, turned_words
    engines: tuple[Engine, ...] = ("tesseract",)
    readings: list[Word] = []  # each engine's own words, when pooled: a strike is looked for in both
    if force_second_engine or needs_second_engine(words, cfg):
        rapid = ocr_rapid(
            image,
            base.scale,
            base.scale,
            cache_dir=cfg.ocr_cache_dir,
            det_side=cfg.second_engine_det_side,
            runtime=cfg.second_engine_runtime,
            threads=_workers(cfg),
        )
        readings = [*words, *rapid]
        words = pool_readings(words, rapid)
        engines = ("tesseract", "rapidocr")
    words = mark_hidden_words(mark_struck_words(words, image, base.scale, readings), image, base.scale)
    return Page(
        number=page_image.number,
        width=image.width * base.scale,
        height=image.height * base.scale,
        source="ocr",
        engines=engines,
        rotation=(page_image.rotation + chosen) % 360,
        words=reading_order(words),
        paper_gaps=() if chosen else base.paper_gaps,
    )


def _prepare(page_image: PageImage) -> _Prepared:
    # The grey page's pixels are copied out of the image once for the three checks below (each a copy of
    # a whole page otherwise), and again only when a step hands on a new image.
    gray = to_gray(page_image.image)
    shared = page_image.pixels is not None and gray is page_image.image
    pixels = page_image.pixels if shared else np.asarray(gray)
    clean = remove_streaks(gray, pixels)
    if clean is not gray:
        gray, pixels = clean, np.asarray(clean)
    flat = flattened_photo(page_image, gray, pixels)
    gaps: tuple[float, ...] = ()
    if flat is not None:
        gray, pixels = flat, np.asarray(flat)
    elif _square(page_image):  # a photo not warped: two papers side by side on the desk?
        gaps = tuple(x * page_image.scale_x for x in paper_gaps(gray, pixels))
    evened = even_out_shadows(gray, pixels)
    gray = invert_dark_bands(evened, pixels if evened is gray else None)
    square, scale_x, _ = square_pixels(gray, page_image.scale_x, page_image.scale_y)
    image, scale = upscale_low_res(square, scale_x)
    return _Prepared(image=image, scale=scale, paper_gaps=gaps)


def flattened_photo(
    page_image: PageImage, gray: Image.Image, pixels: np.ndarray | None = None
) -> Image.Image | None:
    """``gray`` (the page's pixels in grey) warped flat when the page is a photo of a page on a desk.

    The reader and the page viewer both call this, so evidence boxes (read on the flat page) land on
    their words in the viewer. Pixels keep their size, so the page's scale holds. ``pixels``: ``gray``
    as an array, when the caller has it.
    """
    if not _square(page_image):  # a camera's pixels are square; a fax's (200x100 dpi) never a photo
        return None
    return flatten_photo(gray, pixels)


def _square(page_image: PageImage) -> bool:
    return abs(page_image.scale_x - page_image.scale_y) <= 0.02 * max(page_image.scale_x, page_image.scale_y)


def _level(image: Image.Image, cfg: ExtractConfig) -> Image.Image:
    return deskew(image, skew_angle(image)) if cfg.deskew else image


def _tesseract(image: Image.Image, scale: float, cfg: ExtractConfig) -> list[Word]:
    return ocr_tesseract(image, scale, scale, timeout_s=cfg.tesseract_timeout_s, cache_dir=cfg.ocr_cache_dir)


def _orientation_suspect(words: list[Word], cfg: ExtractConfig) -> bool:
    """A reading worth an orientation check: poor (unless plainly upright, ``_surely_upright``), or
    made of upright-standing (sideways) words.

    Tesseract reads some sideways pages well enough, with boxes taller than wide; downstream line
    grouping needs the page upright, so those are checked too.
    """
    if not words:
        return True
    mean = sum(w.conf for w in words) / len(words)
    plausible = sum(1 for w in words if _plausible(w))
    long_words = [w for w in words if len(w.text) >= 3]
    standing = sum(1 for w in long_words if _standing(w))
    if bool(long_words) and standing >= SIDEWAYS_SHARE * len(long_words):
        return True  # sideways
    poor = mean < cfg.orientation_check_below_conf or plausible < MIN_PLAUSIBLE_WORDS
    return poor and not _surely_upright(words, len(long_words))


def _surely_upright(words: list[Word], long_words: int) -> bool:
    """A poor reading that is still plainly of upright text: many words of letters read surely.

    A heavy scan or fax read upright is poor on average but reads dozens of words surely (16 or more
    on every such page of the read-path bench, 8 or more on the dev corpus's); the same pages turned
    90/180/270 degrees gave at most 4 (upside-down "and", "has", "HOURS" read as "pue", "sey",
    "SINOH"), and the dev corpus's turned pages 0 or 1. Orientation detection costs as much as a
    reading (~1 s a page), so such pages skip it; below the bar, OSD runs as before.
    """
    sure = sum(
        1
        for w in words
        if w.conf >= SURE_WORD_CONF
        and _LETTERS.fullmatch(w.text.strip(_EDGE))
        and _plausible(w)
        and not _standing(w)
    )
    return sure >= SURE_UPRIGHT_WORDS and sure >= SURE_UPRIGHT_SHARE * long_words


def _plausible(word: Word) -> bool:
    text = word.text.strip(_EDGE)
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


# ------------------------------------------------------------------------------------ page workers


@dataclass(frozen=True)
class _PageJob:
    """What a page worker is handed: no pixels, only where to find the page."""

    path: Path
    number: int
    cfg: ExtractConfig


def _read_page_job(job: _PageJob) -> tuple[Page, list[CacheEntry]]:
    """In a page worker: decode or render, clean up and OCR one page; the words and cache entries back."""
    with recording() as entries:
        page = ocr_page(file_page_image(job.path, job.number, job.cfg), job.cfg)
    return page, entries


def _job_page(path: Path, future: Future[tuple[Page, list[CacheEntry]]]) -> Page:
    page, entries = future.result()  # a worker's exception is raised here, type and message kept
    seed_memory_cache(entries, count_runs=True)  # a second reading here hits; engine_runs stays true
    return page


class _PageSlots:
    """The pages of one document in order: text-layer pages as read here, OCR pages on the pool.

    The pool is only taken from the second OCR page on: a document with one page to OCR reads it
    here (``inline``) and never starts a pool.
    """

    def __init__(self, path: Path, cfg: ExtractConfig, workers: int, inline: Callable[[int], Page]) -> None:
        self._path = path
        self._cfg = cfg
        self._workers = workers
        self._inline = inline
        self._slots: list[Page | int | Future[tuple[Page, list[CacheEntry]]]] = []
        self._pool: ProcessPoolExecutor | None = None
        self._stack = ExitStack()  # holds the pool (when one is taken) until the pages are out

    def add(self, page: Page) -> None:
        self._slots.append(page)

    def add_ocr(self, number: int) -> None:
        if self._pool is not None:
            self._slots.append(self._submit(self._pool, number))
            return
        self._slots.append(number)
        waiting = [i for i, slot in enumerate(self._slots) if isinstance(slot, int)]
        if len(waiting) >= 2:
            pool = self._pool = self._stack.enter_context(_page_pool(self._workers))
            for i in waiting:
                slot = self._slots[i]
                assert isinstance(slot, int)
                self._slots[i] = self._submit(pool, slot)

    def _submit(self, pool: ProcessPoolExecutor, number: int) -> Future[tuple[Page, list[CacheEntry]]]:
        return pool.submit(_read_page_job, _PageJob(self._path, number, self._cfg))

    def pages(self) -> Iterator[Page]:
        for slot in self._slots:
            if isinstance(slot, Page):
                yield slot
            elif isinstance(slot, int):
                yield self._inline(slot)
            else:
                yield _job_page(self._path, slot)

    def __enter__(self) -> _PageSlots:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        """Always: give the pool back; on an error: drop this document's pages not started yet."""
        try:
            if exc is not None:
                _drop_pending([s for s in self._slots if isinstance(s, Future)], exc)
        finally:
            self._stack.close()


def _drop_pending(futures: Sequence[Future[tuple[Page, list[CacheEntry]]]], exc: BaseException) -> None:
    for future in futures:
        future.cancel()
    if isinstance(exc, BrokenProcessPool):
        shutdown_page_pool()  # a worker died (killed, out of memory): the next call starts afresh


def _workers(cfg: ExtractConfig) -> int:
    if cfg.page_workers <= 1:
        return 1
    if multiprocessing.current_process().daemon:
        # A multiprocessing.Pool worker may not start processes of its own: read its pages here.
        log.debug("page_workers=%d ignored in a daemonic process", cfg.page_workers)
        return 1
    return cfg.page_workers


_pool_lock = threading.Lock()
_pool: tuple[int, int, ProcessPoolExecutor] | None = None  # (owner pid, workers, pool)


@contextmanager
def _page_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` page workers for one document.

    forkserver: workers are forked from a clean single-threaded server that has imported the read
    path once, so they start in milliseconds and inherit no threads, locks or connections of ours.

    In a main process the pool is kept for later documents (RapidOCR's models, once loaded in a
    worker, stay loaded). In a child process (a document worker of a bulk ingest) it is stopped
    when the document is done: at a child's exit multiprocessing joins its children before
    anything could stop idle page workers, and the child would never exit.
    """
    global _pool
    if multiprocessing.parent_process() is not None:
        pool = _new_pool(workers)
        try:
            yield pool
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return
    with _pool_lock:
        if _pool is None or _pool[0] != os.getpid() or _pool[1] != workers:
            if _pool is not None and _pool[0] == os.getpid():
                _pool[2].shutdown(wait=False, cancel_futures=True)
            _pool = (os.getpid(), workers, _new_pool(workers))
        pool = _pool[2]
    yield pool


def _new_pool(workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["extract.read"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_page_worker)


def shutdown_page_pool() -> None:
    """Stop this process's page workers (they are otherwise kept until the interpreter exits)."""
    global _pool
    with _pool_lock:
        if _pool is not None and _pool[0] == os.getpid():
            _pool[2].shutdown(wait=False, cancel_futures=True)
        _pool = None


def _init_page_worker() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker: the pool is the parallelism
