"""Second OCR engine (RapidOCR, ONNX models shipped in its wheel) and pooling with tesseract's reading.

RapidOCR reads text lines; each word is boxed where the recogniser placed its characters (its
CTC columns), or, where those cannot be aligned with the line's text, by character offsets.
It runs only on pages tesseract read poorly (see ``needs_second_engine``).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import importlib.util
import logging
import statistics
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
from PIL import Image

from extract.config import ExtractConfig
from extract.ocr import PixelWord, cached_read, to_points
from extract.types import Word, char_weighted_conf

RAPID_SETTINGS = "rapidocr3 default-models ctc-words"  # bump when the word split changes
SAME_LINE_OVERLAP = 0.5  # share of the shorter box's height two boxes must share to be one line
MAX_WORD_GAP_HEIGHTS = 3.0  # a wider gap (in text heights) starts a new line: another column
LONE_NOISE_CONF = 0.5  # a tesseract-only region below this, where RapidOCR saw no text: dropped
GAP_WORD_MIN_CONF = 0.6  # the losing engine's word in a gap of the winner's line, this sure: kept
# A figure read under DISPUTE_SURE_CONF that the other engine read with other digits (that one at least
# DISPUTE_MIN_CONF) is capped at DISPUTED_CONF: under classify's min_word_conf (0.80), so a field resting on
# it is a person's, above debris (0.5). A winner this sure (a clean print's 0.95-1.0) stands.
DISPUTE_SURE_CONF = 0.9
DISPUTE_MIN_CONF = 0.5
DISPUTED_CONF = 0.6

# A box this much taller than the page's usual text, with characters this narrow for its height,
# holds two printed lines read as one (see distrust_stacked).
STACKED_HEIGHT = 1.6
STACKED_CHAR_ASPECT = 0.3
STACKED_CONF = 0.3
STACK_REFERENCE_CHARS = 3  # words this long set the page's usual text height ...
STACK_REFERENCE_MIN_WORDS = 5  # ... when there are this many

log = logging.getLogger(__name__)

Runtime = Literal["openvino", "onnxruntime"]


@dataclass
class _Engine:
    """A loaded RapidOCR and the lock its readings take (an OpenVINO infer request serves one at a time)."""

    ocr: Any
    runtime: Runtime
    lock: threading.Lock = field(default_factory=threading.Lock)


_engines: dict[tuple[int, int, Runtime], _Engine] = {}
_engine_lock = threading.Lock()


def runtime_in_use(wanted: Runtime) -> Runtime:
    """``wanted`` when it is installed, else onnxruntime (which rapidocr itself needs)."""
    return "onnxruntime" if wanted == "openvino" and not _openvino_installed() else wanted


@functools.cache
def _openvino_installed() -> bool:
    if importlib.util.find_spec("openvino") is None:
        log.warning("openvino is not installed: the second engine runs on onnxruntime (about 3x slower)")
        return False
    return True


def _get_engine(det_side: int, threads: int, runtime: Runtime) -> _Engine:
    """One RapidOCR instance per process, line-finding size, thread count and runtime (loading costs seconds).

    ``threads``: the runtime's threads for one reading; the caller gives the cores it may use, so
    two processes never run two RapidOCR thread pools on the same cores.
    """
    key = (det_side, threads, runtime)
    with _engine_lock:
        if key not in _engines:
            from rapidocr import RapidOCR  # heavy import (onnxruntime, cv2): only when needed

            params: dict[str, Any] = {"Global.log_level": "error"}
            if runtime == "openvino":
                params |= _openvino_params(threads)
            else:
                params |= {
                    "EngineConfig.onnxruntime.intra_op_num_threads": max(threads, 1),
                    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                }
            if det_side > 0:
                params |= {"Det.limit_type": "max", "Det.limit_side_len": det_side}
            engine = RapidOCR(params=params)
            if runtime == "openvino":
                _lean_openvino(engine, threads)
            _engines[key] = _Engine(engine, runtime)
        return _engines[key]


def _stages(engine: Any) -> list[Any]:
    """The three models' sessions (line finder, angle classifier, recogniser), loaded."""
    return [engine._load_det_model(), engine._load_cls_model(), engine._load_rec_model()]


def _lean_openvino(engine: Any, threads: int) -> None:
    """Each model compiled again without OpenVINO's per-input-shape cache; line finding compiled for each
    page size it meets (``_LineFinderPerShape``).

    The cache keeps working memory for every shape seen (the recogniser sees a new width per batch
    of lines: +20-50 MB each, held for the process's life); without it five dense pages peaked
    ~85 MB lower, in no more time, to the same words and boxes (confidences within 0.05, so the
    readings are cached under their own key). RapidOCR does not pass this setting.
    """
    import openvino  # type: ignore[import-untyped]

    core = openvino.Core()
    config = {"INFERENCE_NUM_THREADS": str(max(threads, 1)), "CPU_RUNTIME_CACHE_CAPACITY": "0"}
    for stage in _stages(engine)[1:]:
        stage.session.session = core.compile_model(stage.session.model, "CPU", config).create_infer_request()
    detector = engine._load_det_model()
    detector.session.session = None  # RapidOCR's own compilation, for any size: never called again
    detector.session = _LineFinderPerShape(detector.session, core, config)


class _LineFinderPerShape:
    """Line finding compiled for the exact size of the page it reads, its working memory freed after each
    call.

    Compiled for any size (as shipped), OpenVINO plans line finding's memory for no size in particular:
    on the read-path bench's pages a reading peaked at 1.38 GB; compiled for the page's size, at 0.92 GB,
    in the same CPU time, to the same words (one box of ~1800 moved 3 px). A new page size costs a
    compilation (~0.5 CPU-s, against ~9 for the page's reading); only the last size stays compiled, as
    each compiled size holds ~70 MB even with its working memory freed, and scans come in few sizes (a
    page's longest side is scaled to 2000 px). Freed after each call, a page peaks at the larger of line
    finding and recognition, not their sum.
    """

    def __init__(self, inner: Any, core: Any, config: dict[str, str]) -> None:
        self.inner = inner  # RapidOCR's session: its model, and what the rest of RapidOCR asks of it
        self._core = core
        self._config = config
        self._shape: tuple[int, ...] | None = None
        self._request: Any = None

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        shape = tuple(batch.shape)
        if shape != self._shape:
            self._request = None  # the last size's compiled model goes before the next is built
            model = self.inner.model.clone()
            model.reshape({model.inputs[0]: list(shape)})
            self._request = self._core.compile_model(model, "CPU", self._config).create_infer_request()
            self._shape = shape
        self._request.infer(inputs=[batch])
        out = np.array(self._request.get_output_tensor().data)  # a copy: the tensor's memory is freed below
        self._request.get_compiled_model().release_memory()
        _trim_heap()
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _release(engine: _Engine) -> None:
    """Working memory back to the system after a page: a worker keeps ~0.5 GB less between pages."""
    if engine.runtime != "openvino":
        return  # onnxruntime's arena is off in RapidOCR's defaults
    for stage in _stages(engine.ocr)[1:]:  # line finding freed its own (_LineFinderPerShape)
        stage.session.session.get_compiled_model().release_memory()
    _trim_heap()


def _trim_heap() -> None:
    """glibc keeps freed memory for reuse; hand it back (elsewhere than glibc: nothing to do)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _openvino_params(threads: int) -> dict[str, Any]:
    """RapidOCR on OpenVINO, reading the very ONNX files its wheel ships for onnxruntime.

    RapidOCR's own OpenVINO setting would download other model files; the ONNX ones are on disk and
    OpenVINO reads ONNX, so the models (and so the readings) stay those of the onnxruntime path.
    """
    from rapidocr import EngineType, RapidOCR
    from rapidocr.inference_engine.base import FileInfo, InferSession

    defaults = RapidOCR(params={"Global.log_level": "error"}).cfg  # loads no model: they load on first use
    params: dict[str, Any] = {"EngineConfig.openvino.inference_num_threads": max(threads, 1)}
    for stage in ("Det", "Cls", "Rec"):
        part = defaults[stage]
        shipped = InferSession.get_model_url(
            FileInfo(
                engine_type=EngineType.ONNXRUNTIME,
                ocr_version=part.ocr_version,
                task_type=part.task_type,
                lang_type=part.lang_type,
                model_type=part.model_type,
            )
        )
        params[f"{stage}.engine_type"] = EngineType.OPENVINO
        on_disk = Path(defaults.Global.model_root_dir) / Path(shipped["model_dir"]).name
        params[f"{stage}.model_path"] = str(on_disk)
    return params


def needs_second_engine(words: Sequence[Word], cfg: ExtractConfig) -> bool:
    """True when a tesseract reading is poor enough to be worth a second engine."""
    if not cfg.second_engine:
        return False
    if not words:
        return True
    return sum(w.conf for w in words) / len(words) < cfg.second_engine_page_below_conf


def ocr_rapid(
    image: Image.Image,
    scale_x: float,
    scale_y: float,
    *,
    cache_dir: Path | None = None,
    det_side: int = 0,
    threads: int = 1,
    runtime: Runtime = "openvino",
) -> list[Word]:
    """Words (approximate boxes, in points) from RapidOCR; ``scale_*`` are points per pixel.

    ``det_side``: the longest side lines are found at (0: RapidOCR's default); see ExtractConfig.
    ``threads``: the runtime's threads (not part of the cache key: the reading is the same).
    ``runtime``: what runs the models (part of the key: two runtimes' readings can differ in a letter).
    """
    used = runtime_in_use(runtime)
    settings = RAPID_SETTINGS if det_side == 0 else f"{RAPID_SETTINGS} det{det_side}"
    if used != "onnxruntime":  # onnxruntime's readings keep the key they were cached under
        settings = f"{settings} {used} no-shape-cache per-shape-det"
    words = cached_read(
        image, "rapidocr", settings, cache_dir, lambda im, _px: _run(im, det_side, threads, used)
    )
    words = [(ascii_forms(t), x0, y0, x1, y1, c) for t, x0, y0, x1, y1, c in words]
    return to_points(distrust_stacked(words), scale_x, scale_y, "rapidocr")


# The recogniser's alphabet is Chinese and Latin: it may print a comma or a colon in its full-width form
# ("18，2024", "Hours：8"), which no date or hours pattern reads.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3002: ord("."), 0x3001: ord(",")}


def ascii_forms(text: str) -> str:
    """``text`` with full-width ASCII forms and ideographic stops as the ASCII characters they stand for."""
    return text.translate(_FULL_WIDTH)


def distrust_stacked(words: list[PixelWord]) -> list[PixelWord]:
    """Numbers whose box spans two printed lines lose their confidence.

    RapidOCR's line finder can join text stacked in a column ("8" over "8" in two table rows) into
    one tall box and read it as "88": a confident reading of a number nobody printed. Such a box is
    much taller than the page's usual text, yet its characters are as narrow as one line's.
    """
    heights = [w[4] - w[2] for w in words if len(w[0]) >= STACK_REFERENCE_CHARS]
    if len(heights) < STACK_REFERENCE_MIN_WORDS:
        return words
    usual = statistics.median(heights)
    out: list[PixelWord] = []
    for text, x0, y0, x1, y1, conf in words:
        height = y1 - y0
        per_char = (x1 - x0) / max(len(text), 1)
        numeric = sum(c.isdigit() for c in text) * 2 >= len(text)  # a made-up number is the harm
        if numeric and height > STACKED_HEIGHT * usual and per_char < STACKED_CHAR_ASPECT * height:
            conf = min(conf, STACKED_CONF)
        out.append((text, x0, y0, x1, y1, conf))
    return out


def _run(image: Image.Image, det_side: int, threads: int, runtime: Runtime) -> list[PixelWord]:
    rgb = np.asarray(image.convert("RGB"))
    engine = _get_engine(det_side, threads, runtime)
    with engine.lock:
        try:
            result = engine.ocr(rgb, return_word_box=True)
        finally:
            _release(engine)
    boxes = getattr(result, "boxes", None)
    if boxes is None:
        return []  # nothing detected
    placed = getattr(result, "word_results", None) or ()
    if len(placed) != len(boxes):
        placed = [None] * len(boxes)  # a line without words was dropped: the rest no longer align
    words: list[PixelWord] = []
    for quad, text, score, line_words in zip(boxes, result.txts, result.scores, placed, strict=True):
        corners = [(float(p[0]), float(p[1])) for p in quad]
        token_boxes = boxes_of_tokens(str(text), line_words)
        if token_boxes is None:
            words.extend(split_line(str(text), corners, float(score)))
        else:
            words.extend((t, *b, float(score)) for t, b in zip(str(text).split(), token_boxes, strict=True))
    return words


Box = tuple[float, float, float, float]


def boxes_of_tokens(text: str, line_words: Any) -> list[Box] | None:
    """One box per space-separated token of ``text``, from the recogniser's placed words.

    RapidOCR places each word at the columns its characters were decoded from, so a label inside
    a heading phrase ("Hours" in "Begin Date End Date Hours Result") lands over its column, where
    a share by character count can drift by a column width. Its words split the line's tokens
    further ("#Course" -> "#", "Course"): a token's box is the union of the words it is made of.
    None when the words do not spell the text or one word spans two tokens: the caller estimates.
    """
    if not line_words:
        return None
    spans: list[tuple[int, int, Box]] = []
    at = 0
    squeezed = text.replace(" ", "")
    for entry in line_words:
        try:
            word, _conf, quad = entry
            xs = [float(p[0]) for p in quad]
            ys = [float(p[1]) for p in quad]
        except (TypeError, ValueError, IndexError):
            return None
        word = str(word).replace(" ", "")
        if not word or squeezed[at : at + len(word)] != word or not xs:
            return None
        spans.append((at, at + len(word), (min(xs), min(ys), max(xs), max(ys))))
        at += len(word)
    if at != len(squeezed):
        return None
    out: list[Box] = []
    start = 0
    for token in text.split():
        end = start + len(token)
        inside = [b for s, e, b in spans if s < end and e > start]
        if any(s < start or e > end for s, e, _ in spans if s < end and e > start):
            return None  # a placed word runs across a space
        out.append((min(b[0] for b in inside), min(b[1] for b in inside), max(b[2] for b in inside),
                    max(b[3] for b in inside)))  # fmt: skip
        start = end
    return out


Point = tuple[float, float]


def _along(a: Point, b: Point, f: float) -> Point:
    return (a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]))


def split_line(text: str, quad: list[Point], conf: float) -> list[PixelWord]:
    """Words of one detected line, each boxed by its share of the line's quadrilateral.

    The quad (top-left, top-right, bottom-right, bottom-left) follows a tilted or photographed
    line; slicing it by character offsets keeps every word at its own height, where one
    upright box around the whole line would span two printed lines.
    """
    n = len(text)
    if n == 0 or len(quad) != 4:
        return []
    tl, tr, br, bl = quad
    words: list[PixelWord] = []
    start = 0
    for token in text.split(" "):
        if token:
            f0, f1 = start / n, (start + len(token)) / n
            pts = [_along(tl, tr, f0), _along(tl, tr, f1), _along(bl, br, f1), _along(bl, br, f0)]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            words.append((token, min(xs), min(ys), max(xs), max(ys), conf))
        start += len(token) + 1
    return words


# ------------------------------------------------------------------------------------------ pooling


def pool_readings(tess: list[Word], rapid: list[Word]) -> list[Word]:
    """One reading from two engines, decided per line region.

    Words are grouped into lines per engine; lines of either engine that overlap form a region.
    In a region both engines read, the engine with the higher character-weighted mean confidence
    wins the region (mixing words inside one line would garble it); the other engine's sure words
    that fall in gaps between the winner's words are added (a table cell one engine skipped).
    Regions only one engine found are kept, except tesseract's unsure ones where RapidOCR found
    no text at all (specks and borders).
    """
    lines = [(w, 0) for w in _group_lines(tess)] + [(w, 1) for w in _group_lines(rapid)]
    parent = list(range(len(lines)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    boxes = [_box(line) for line, _ in lines]
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            if lines[i][1] != lines[j][1] and _same_region(boxes[i], boxes[j]):
                parent[find(i)] = find(j)

    regions: dict[int, tuple[list[Word], list[Word]]] = {}
    for i, (line, engine) in enumerate(lines):
        region = regions.setdefault(find(i), ([], []))
        region[engine].extend(line)
    pooled: list[Word] = []
    for t_words, r_words in regions.values():
        if not t_words or not r_words:
            if t_words and rapid and char_weighted_conf(t_words) < LONE_NOISE_CONF:
                continue  # RapidOCR found no text here and tesseract is unsure: a speck, a border
            pooled.extend(t_words or r_words)
            continue
        tess_wins = char_weighted_conf(t_words) >= char_weighted_conf(r_words)
        win, lose = (t_words, r_words) if tess_wins else (r_words, t_words)
        pooled.extend(disputed_figures(win, lose))
        # A cell the winner skipped ("4.0" between a row's dates and its category) stays, if read surely.
        pooled.extend(
            w
            for w in lose
            if w.conf >= GAP_WORD_MIN_CONF and not any(_x_overlap(w.bbox, v.bbox) for v in win)
        )
    return sorted(pooled, key=lambda w: (w.bbox[1], w.bbox[0]))


def disputed_figures(win: list[Word], lose: list[Word]) -> list[Word]:
    """``win`` with each figure the other engine read with other digits made unsure.

    A heavy scan's "8.0" read "0.8" by one engine (0.83) and "80" by the other: the region goes to the
    surer engine, but two readings whose digits differ (neither's digits inside the other's: a lost point
    or a word glued on agrees) leave a figure not read surely in doubt. Its confidence is capped, never
    raised.
    """
    out = []
    for w in win:
        if not DISPUTED_CONF < w.conf < DISPUTE_SURE_CONF:
            out.append(w)
            continue
        mine = _digits(w.text)
        theirs = "".join(
            _digits(v.text)
            for v in sorted(lose, key=lambda v: v.bbox[0])
            if v.conf >= DISPUTE_MIN_CONF
            and _x_overlap(w.bbox, v.bbox)
            and _vertical_overlap(w.bbox, v.bbox) >= SAME_LINE_OVERLAP
        )
        if mine and theirs and mine not in theirs and theirs not in mine:
            w = w.model_copy(update={"conf": DISPUTED_CONF})
        out.append(w)
    return out


def _digits(text: str) -> str:
    return "".join(c for c in text if "0" <= c <= "9")


def _x_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0])


def _group_lines(words: list[Word]) -> list[list[Word]]:
    """Words sharing a baseline band and close enough horizontally (columns stay apart)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.bbox[0]):
        height = word.bbox[3] - word.bbox[1]
        for line in lines:
            box = _box(line)
            near = word.bbox[0] - box[2] <= MAX_WORD_GAP_HEIGHTS * height
            if near and _vertical_overlap(box, word.bbox) >= SAME_LINE_OVERLAP:
                line.append(word)
                break
        else:
            lines.append([word])
    return lines


def _box(words: list[Word]) -> tuple[float, float, float, float]:
    return (
        min(w.bbox[0] for w in words),
        min(w.bbox[1] for w in words),
        max(w.bbox[2] for w in words),
        max(w.bbox[3] for w in words),
    )


def _vertical_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    shared = min(a[3], b[3]) - max(a[1], b[1])
    shorter = min(a[3] - a[1], b[3] - b[1])
    return shared / shorter if shorter > 0 else 0.0


def _same_region(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return _vertical_overlap(a, b) >= SAME_LINE_OVERLAP and min(a[2], b[2]) > max(a[0], b[0])
