"""Tesseract, the only place it runs, plus the page-image OCR cache both engines share.

Engines work in pixels; results are cached in pixels (keyed by the page image's own bytes and the
engine settings) and converted to PDF points on the way out, so one cached reading serves any scale.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytesseract
from PIL import Image

from extract.errors import OcrTimeout, OcrUnavailable
from extract.types import Engine, Word

TESSERACT_LANG = "eng"
TESSERACT_CONFIG = "--oem 1 --psm 3"
OSD_CONFIG = "--psm 0"
INSTALL_HINT = "install it with: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd"

# (text, left, top, right, bottom, conf 0..1) in pixels of the image the engine saw.
PixelWord = tuple[str, float, float, float, float, float]
# One cache entry as handed between processes: (key, engine, words, True when the engine ran for it).
CacheEntry = tuple[str, str, list[PixelWord], bool]

_MEMORY_LIMIT = 512  # page readings kept in memory; one is a few KiB
_memory: OrderedDict[str, list[PixelWord]] = OrderedDict()
_lock = threading.Lock()
_runs: Counter[str] = Counter()
_recorder = threading.local()  # .entries: list[CacheEntry] while ``recording()`` is active


def engine_runs(engine: str) -> int:
    """How many times ``engine`` really ran (cache misses) in this process: for tests and benchmarks."""
    return _runs[engine]


def clear_memory_cache() -> None:
    with _lock:
        _memory.clear()


def seed_memory_cache(entries: Iterable[CacheEntry], *, count_runs: bool = False) -> None:
    """Put readings made elsewhere (a page worker process) into this process's memory cache.

    ``count_runs``: add the entries' real engine runs to ``engine_runs`` here, so the count stays
    true for a document whose pages were read by worker processes.
    """
    with _lock:
        for key, engine, words, ran in entries:
            _memory[key] = words
            _memory.move_to_end(key)
            if count_runs and ran:
                _runs[engine] += 1
        while len(_memory) > _MEMORY_LIMIT:
            _memory.popitem(last=False)


@contextmanager
def recording() -> Iterator[list[CacheEntry]]:
    """Collect every cache entry this thread reads or makes inside the block (to send them on)."""
    entries: list[CacheEntry] = []
    outer = getattr(_recorder, "entries", None)
    _recorder.entries = entries
    try:
        yield entries
    finally:
        _recorder.entries = outer
        if outer is not None:
            outer.extend(entries)


def _record(key: str, engine: str, words: list[PixelWord], ran: bool) -> None:
    entries: list[CacheEntry] | None = getattr(_recorder, "entries", None)
    if entries is not None:
        entries.append((key, engine, words, ran))


def image_key(image: Image.Image, engine: str, settings: str, pixels: bytes | None = None) -> str:
    """sha256 over the raw pixels, their geometry and the engine settings.

    ``pixels``: ``image.tobytes()`` when the caller has taken them out already.
    """
    digest = hashlib.sha256()
    digest.update(f"{engine}\0{settings}\0{image.mode}\0{image.size[0]}x{image.size[1]}\0".encode())
    digest.update(image.tobytes() if pixels is None else pixels)
    return digest.hexdigest()


def cached_read(
    image: Image.Image,
    engine: str,
    settings: str,
    cache_dir: Path | None,
    run: Callable[[Image.Image, bytes], list[PixelWord]],
) -> list[PixelWord]:
    """``run(image, pixels)`` once per (pixels, engine, settings); later calls come from memory or the cache.

    ``pixels`` (``image.tobytes()``, taken out once for the key) is handed on, so tesseract's image file
    is written from them rather than from a second copy of the image (a few ms on a 300-dpi page).
    """
    pixels = image.tobytes()
    key = image_key(image, engine, settings, pixels)
    with _lock:
        hit = _memory.get(key)
        if hit is not None:
            _memory.move_to_end(key)
    if hit is not None:
        _record(key, engine, hit, False)
        return hit
    path = cache_dir / f"{key}.json" if cache_dir is not None else None
    words = _load(path) if path is not None else None
    ran = words is None
    if words is None:
        words = run(image, pixels)
        _runs[engine] += 1
        if path is not None:
            _store(path, words)
    _record(key, engine, words, ran)
    with _lock:
        _memory[key] = words
        while len(_memory) > _MEMORY_LIMIT:
            _memory.popitem(last=False)
    return words


def _load(path: Path) -> list[PixelWord] | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [(str(r[0]), float(r[1]), float(r[2]), float(r[3]), float(r[4]), float(r[5])) for r in rows]
    except (OSError, ValueError, TypeError, IndexError):
        return None  # missing or damaged entry: read the page again


def _store(path: Path, words: list[PixelWord]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(words), encoding="utf-8")
    tmp.replace(path)  # atomic: a concurrent reader never sees half a file


def to_points(words: list[PixelWord], scale_x: float, scale_y: float, engine: Engine) -> list[Word]:
    """Pixel boxes to PDF points (``scale`` = points per pixel = 72 / dpi)."""
    return [
        Word(text=t, bbox=(x0 * scale_x, y0 * scale_y, x1 * scale_x, y1 * scale_y), conf=c, engine=engine)
        for t, x0, y0, x1, y1, c in words
    ]


def ocr_tesseract(
    image: Image.Image,
    scale_x: float,
    scale_y: float,
    *,
    timeout_s: float = 120.0,
    cache_dir: Path | None = None,
) -> list[Word]:
    """Words with boxes in points and conf 0..1. ``scale_*`` are points per pixel."""
    words = cached_read(
        image,
        "tesseract",
        f"{TESSERACT_LANG} {TESSERACT_CONFIG}",
        cache_dir,
        lambda im, px: _run(im, px, timeout_s),
    )
    return to_points(words, scale_x, scale_y, "tesseract")


def _run(
    image: Image.Image, pixels: bytes | None, timeout_s: float, config: str = TESSERACT_CONFIG
) -> list[PixelWord]:
    try:
        data = _call(
            pytesseract.image_to_data,
            image,
            pixels,
            lang=TESSERACT_LANG,
            config=config,
            output_type=pytesseract.Output.DICT,
            timeout=timeout_s,
        )
    except pytesseract.TesseractError as exc:
        # Missing language data or a crash: the installation, not the page.
        raise OcrUnavailable(
            f"tesseract failed (status {exc.status}): {exc.message}; {INSTALL_HINT}"
        ) from exc
    words: list[PixelWord] = []
    for text, left, top, width, height, conf in zip(
        data["text"], data["left"], data["top"], data["width"], data["height"], data["conf"], strict=True
    ):
        text = str(text).strip()
        conf_f = float(conf)
        if not text or conf_f < 0:  # conf -1 marks block/line rows, not words
            continue
        words.append(
            (text, float(left), float(top), float(left + width), float(top + height), conf_f / 100.0)
        )
    return words


# One table cell read alone: a single line of text (psm 7), no page layout analysis to drop a lone token
# as a speck.
CELL_CONFIG = "--oem 1 --psm 7"


def ocr_cell(
    image: Image.Image, *, timeout_s: float = 30.0, cache_dir: Path | None = None
) -> list[PixelWord]:
    """Words of one cropped cell, in the crop's pixels; cached by the crop's own pixels like a page."""
    return cached_read(
        image,
        "tesseract_cell",
        f"{TESSERACT_LANG} {CELL_CONFIG}",
        cache_dir,
        lambda im, px: _run(im, px, timeout_s, CELL_CONFIG),
    )


@dataclass(frozen=True)
class Orientation:
    rotate: int  # degrees to turn the image clockwise so its text is upright
    confidence: float  # tesseract's orientation confidence (not 0..1; ~2+ is trustworthy)


def detect_orientation(
    image: Image.Image, *, timeout_s: float = 120.0, cache_dir: Path | None = None
) -> Orientation | None:
    """Tesseract OSD; None when it cannot tell (too little text on the page). Cached like a reading."""
    found = cached_read(image, "osd", OSD_CONFIG, cache_dir, lambda im, px: _osd(im, px, timeout_s))
    if not found:
        return None
    return Orientation(rotate=int(found[0][1]) % 360, confidence=found[0][2])


def _osd(image: Image.Image, pixels: bytes | None, timeout_s: float) -> list[PixelWord]:
    # Stored in the reading cache's shape: one row ("osd", rotate, confidence, 0, 0, 0).
    try:
        osd = _call(
            pytesseract.image_to_osd,
            image,
            pixels,
            config=OSD_CONFIG,
            output_type=pytesseract.Output.DICT,
            timeout=timeout_s,
        )
    except pytesseract.TesseractError:
        return []  # "Too few characters": a blank or picture-only page
    return [("osd", float(int(osd["rotate"]) % 360), float(osd["orientation_conf"]), 0.0, 0.0, 0.0)]


_PNM_MAGIC = {"L": b"P5", "RGB": b"P6"}  # 8 bits a sample, rows top to bottom: the PNM layout of tobytes()


@contextmanager
def _image_file(image: Image.Image, pixels: bytes | None = None) -> Iterator[str]:
    """The image as an uncompressed PGM/PPM file for tesseract.

    pytesseract would write a PNG: zlib on a noisy 300-dpi page took longer than tesseract itself
    (2.1 s vs 1.9 s on a 3300x2550 scan); a raw PNM is written in ~10 ms and read by leptonica as fast.
    ``pixels``: ``image.tobytes()`` when the caller has them; a grey or RGB image's file is then that
    header and those bytes, the very file Pillow's PPM writer makes (without copying the pixels again).
    """
    if image.mode not in ("1", "L", "RGB"):
        image, pixels = image.convert("RGB"), None
    fd, name = tempfile.mkstemp(prefix="certledger-tess-", suffix=".pnm")
    try:
        with os.fdopen(fd, "wb") as f:
            if pixels is not None and image.mode in _PNM_MAGIC:
                f.write(b"%s\n%d %d\n255\n" % (_PNM_MAGIC[image.mode], *image.size))
                f.write(pixels)
            else:
                image.save(f, format="PPM")
        yield name
    finally:
        os.unlink(name)


def _call(fn: Callable[..., Any], image: Image.Image, pixels: bytes | None, **kwargs: Any) -> Any:
    # OpenMP threads inside tesseract make it slower on small machines (17.2 s vs 3.7 s on 14 pages)
    # and fight with our own page-level parallelism; the child process inherits this.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        with _image_file(image, pixels) as path:
            return fn(path, **kwargs)
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable(f"tesseract binary not found; {INSTALL_HINT}") from exc
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OcrTimeout(f"tesseract took longer than {kwargs.get('timeout')} s on one page") from exc
        raise
