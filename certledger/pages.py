"""Large PDFs read in page ranges by several workers, then merged into one document.

A range job reads pages ``first..last`` from a PDF holding only those pages (pypdfium2 copies
them, text layers and scans alike), so that the extract stage reads them exactly as it reads a
whole file; the merge parses all pages together and gives the weak ones their second reading,
as ``extract_document`` does for a file read in one go.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Sequence
from datetime import date as date_type
from pathlib import Path

import pypdfium2 as pdfium

from classify.catalog import Catalog
from classify.document import classify_document
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.document import pages_worth_a_second_look, parse_document, with_blank_cells_read
from extract.errors import ExtractError
from extract.raster import open_pdfium
from extract.read import read_pages, second_readings
from extract.sniff import SNIFF_BYTES, sniff_media_type
from extract.types import Page

PDF = "application/pdf"


def page_ranges(path: Path, size: int) -> list[tuple[int, int]]:
    """(first, last) page ranges of a PDF longer than ``size`` pages; [] when it is read whole."""
    if size <= 0:
        return []
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
    try:
        if sniff_media_type(head) != PDF:
            return []
        doc = open_pdfium(path.read_bytes())
    except ExtractError:
        return []  # read whole: the one-go path reports the error with its reason
    try:
        count = len(doc)
    finally:
        doc.close()
    if count <= size:
        return []
    return [(first, min(first + size - 1, count)) for first in range(1, count + 1, size)]


def read_page_range(path: Path, first: int, last: int, cfg: ExtractConfig) -> tuple[Page, ...]:
    """Pages ``first..last`` (1-based) of the PDF at ``path``, numbered as in the whole file."""
    src = open_pdfium(path.read_bytes())
    part = pdfium.PdfDocument.new()
    try:
        part.import_pages(src, list(range(first - 1, last)))
        with tempfile.TemporaryDirectory(prefix="certledger-range-") as tmp:
            piece = Path(tmp) / path.name
            part.save(piece)
            # tesseract only: the merge gives weak pages their second engine, as a one-go read does
            _, pages = read_pages(piece, cfg.model_copy(update={"second_engine": False}))
    finally:
        part.close()
        src.close()
    return tuple(p.model_copy(update={"number": p.number + first - 1}) for p in pages)


def merge_pages(
    path: Path, file_name: str, pages: Sequence[Page], cfg: ExtractConfig, catalog: Catalog, today: date_type
) -> tuple[ClassifiedDocument, tuple[Page, ...]]:
    """The document from its pages read in ranges (parsed whole, weak pages read a second time),
    and its pages as finally read."""
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    ordered = tuple(sorted(pages, key=lambda p: p.number))
    doc = parse_document(path.name, sha, PDF, ordered)
    if cfg.second_engine:
        again = pages_worth_a_second_look(
            doc, cfg.second_engine_below_conf, cfg.second_engine_page_below_conf
        )
        if again:
            ordered = second_readings(path, ordered, again, cfg)
            doc = parse_document(path.name, sha, PDF, ordered)
    doc = with_blank_cells_read(path, doc, cfg)
    return classify_document(doc, catalog, today).model_copy(update={"file": file_name}), doc.pages
