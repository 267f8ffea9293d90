"""Blank table cells read again, each alone (``extract.cell_gaps`` says which and where).

The page image is rebuilt as the engines read it, so a cell's box in points is a box in its pixels; the
cell is cut out and read by tesseract as one line. Only a clear value
(``cell_value_words``) joins the page's words, marked as read this way (``types.CELL_ENGINE``): the
parsers then read the page as before, and the row it completes goes to a person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageFilter

from extract.cell_gaps import BAND_HALF_HEIGHT, CellGap, cell_value_words, value_floor
from extract.config import ExtractConfig
from extract.ocr import ocr_cell, to_points
from extract.read import ocr_image, reading_order
from extract.types import CELL_ENGINE, Page, Word

OVERLAP_SHARE = 0.3  # a new word covering this share of a word already read is that word read twice


def reread_cells(
    path: Path, pages: Sequence[Page], gaps: Sequence[CellGap], cfg: ExtractConfig
) -> tuple[Page, ...]:
    """``pages`` with the clear values of their blank cells added (OCR pages only; others unchanged)."""
    by_page: dict[int, list[CellGap]] = defaultdict(list)
    for gap in gaps:
        by_page[gap.page].append(gap)
    wanted = [p for p in pages if p.source == "ocr" and p.number in by_page]
    if not wanted:
        return tuple(pages)
    # Tesseract runs as a process of its own: threads keep the page workers' cores busy, one cell each.
    with ThreadPoolExecutor(max_workers=max(1, cfg.page_workers)) as pool:
        images = dict(
            zip((p.number for p in wanted), pool.map(lambda p: ocr_image(path, p, cfg), wanted), strict=True)
        )
        reads = [
            (number, pool.submit(read_cell, *images[number], gap, cfg))
            for number, page_gaps in by_page.items()
            if number in images
            for gap in page_gaps
        ]
        found: dict[int, list[Word]] = defaultdict(list)
        for number, future in reads:
            found[number] += future.result()
    out: list[Page] = []
    for page in pages:
        added = [w for w in found.get(page.number, ()) if not _read_already(w, page.words)]
        out.append(page.model_copy(update={"words": reading_order([*page.words, *added])}) if added else page)
    return tuple(out)


def read_cell(image: Image.Image, scale: float, gap: CellGap, cfg: ExtractConfig) -> list[Word]:
    """The clear value in one cell of ``image`` (points per pixel ``scale``), as words in points."""
    left, top, right, bottom = (round(v / scale) for v in gap.bbox)
    left, top = max(left, 0), max(top, 0)
    right, bottom = min(right, image.width), min(bottom, image.height)
    if right - left < 2 or bottom - top < 2:
        return []
    crop = image.crop((left, top, right, bottom))
    first = _value_in(crop, left, top, scale, gap, cfg)
    if not first:
        return []
    # A second opinion, the cell's speckle smoothed away: the same value, or none is pooled. The surer of
    # the two readings must be sure enough (``value_floor``).
    again = _value_in(crop.filter(ImageFilter.MedianFilter(3)), left, top, scale, gap, cfg)
    if [w.text for w in again] != [w.text for w in first]:
        return []
    surer = max(first, again, key=lambda ws: min(w.conf for w in ws))
    if min(w.conf for w in surer) < value_floor(gap.kind):
        return []
    return [_level_with_row(w, gap) for w in surer]


def _level_with_row(word: Word, gap: CellGap) -> Word:
    """``word`` with its box no taller than its row's line about the band's middle: read as a single line,
    a box may span the whole cut, and reach the rows above and below."""
    middle = (gap.bbox[1] + gap.bbox[3]) / 2
    half = (gap.bbox[3] - gap.bbox[1]) / (4 * BAND_HALF_HEIGHT)  # half a line height
    x0, y0, x1, y1 = word.bbox
    y0, y1 = max(y0, middle - half), min(y1, middle + half)
    if y1 <= y0:  # read wholly above or below the middle: the row's line it is
        y0, y1 = middle - half, middle + half
    return word.model_copy(update={"bbox": (x0, y0, x1, y1)})


def _value_in(
    crop: Image.Image, left: int, top: int, scale: float, gap: CellGap, cfg: ExtractConfig
) -> list[Word]:
    """A clear value read in ``crop`` (cut from the page at ``left``, ``top``), however surely."""
    # Neither enlarged nor restricted to digits: on noisy scans both cost tesseract its confidence
    # ("24.00" read at 0.78 as it is, at 0.0 either way).
    pixel_words = ocr_cell(crop, timeout_s=cfg.tesseract_timeout_s, cache_dir=cfg.ocr_cache_dir)
    on_page = [(t, left + x0, top + y0, left + x1, top + y1, c) for t, x0, y0, x1, y1, c in pixel_words]
    return cell_value_words(to_points(on_page, scale, scale, CELL_ENGINE), gap, min_conf=0.0)


def _read_already(word: Word, words: Sequence[Word]) -> bool:
    """A word the page reading holds already where ``word`` was read (a mark it kept, a glued cell)."""
    x0, y0, x1, y1 = word.bbox
    area = max((x1 - x0) * (y1 - y0), 1e-6)
    for other in words:
        ox0, oy0, ox1, oy1 = other.bbox
        overlap = max(0.0, min(x1, ox1) - max(x0, ox0)) * max(0.0, min(y1, oy1) - max(y0, oy0))
        if overlap >= OVERLAP_SHARE * area and any(c.isalnum() for c in other.text):
            return True
    return False
