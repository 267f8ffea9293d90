"""Knobs of the read path, passed in as a value (never read from the environment here)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from extract.types import Frozen


class ExtractConfig(Frozen):
    render_dpi: int = 300  # pages that are not one scanned image are rendered at this resolution for OCR
    max_pixels: int = 60_000_000  # per page image; above this a file is refused as a decompression bomb
    max_pages: int = 300
    max_bytes: int = 100 * 1024 * 1024
    tesseract_timeout_s: float = 120.0
    second_engine: bool = True  # RapidOCR where tesseract's reading is poor (see extract_document)
    second_engine_page_below_conf: float = 0.55  # a page this poor overall is read by both engines at once
    second_engine_below_conf: float = 0.80  # a course field read below this confidence: that page again
    # RapidOCR finds text lines on the page scaled down to this longest side; 0: its own default (up
    # to 2000 px). Measured on the dev corpus: 960 is 4x faster but cost 24 wrong auto items. Keep 0.
    second_engine_det_side: int = 0
    # Which runtime runs RapidOCR's ONNX models. OpenVINO reads the same lines as onnxruntime (the same
    # text on 796 of 800 lines of the read-path bench) in about a third of the CPU time (line finding
    # about a fifth); onnxruntime stays as the fallback where openvino is not installed.
    second_engine_runtime: Literal["openvino", "onnxruntime"] = "openvino"
    # A table row's amount or date cell both engines left blank is cut out and read again alone (a lone
    # "8" set flush right is what whole-page reading drops most).
    reread_blank_cells: bool = True
    ocr_cache_dir: Path | None = None  # OCR results cached by page-image hash; None keeps them in memory
    min_text_layer_words: int = 8  # fewer usable words than this and a PDF page is OCRed instead
    # Orientation: OSD runs only on pages whose first reading is poor (below this mean confidence or
    # with few plausible words) and not plainly upright (extract.read._surely_upright), or sideways; it
    # is obeyed only above osd_min_conf (tesseract's own scale).
    orientation_check_below_conf: float = 0.70
    osd_min_conf: float = 2.0
    deskew: bool = True  # level text tilted by up to 5 degrees before OCR
    # Worker processes that OCR the pages of one multi-page document side by side (1: all in this
    # process, one page at a time). The CLI reading one file can use os.cpu_count(); a bulk ingest
    # that already runs one document per core keeps 1.
    page_workers: int = 1
