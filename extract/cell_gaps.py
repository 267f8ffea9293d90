"""Table cells a scan left blank, worth reading again on their own (pure: no OCR here).

Whole-page OCR drops a short lone token, above all a one- or two-digit hours amount set flush right in its
cell: layout analysis takes it for a speck. The row then has a title and a date but no hours (review), or a
title but no date (the row is lost). The table's other rows say where the cell lies: its column's extent
where the other rows' cells were read, and the row's own line at that x. ``cell_value_words`` keeps of a
cell's second reading only a clear value.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from extract.credit_units import names_no_course
from extract.fields.dates import find_dates
from extract.transcript import (
    DATE_ROLES,
    HOURS_HEADING_RE,
    MAX_ROW_HOURS,
    NOT_COMPLETED,
    NOT_ROW_HOURS_BESIDE_RE,
    NOT_ROW_HOURS_RE,
    TOTAL_RE,
    Row,
    Section,
    table_sections,
)
from extract.types import BBox, Line, Word

CellKind = Literal["amount", "date"]
AMOUNT_ROLES = frozenset({"hours"})
MAX_GAPS_PER_PAGE = 8  # a page this broken is a person's to read; the cost stays bounded
BAND_HALF_HEIGHT = 0.75  # the row's band: its centre line +- this many line heights
SIDE_PAD = 0.8  # line heights (two digits) the cell may reach beyond where its column's other cells were read
MIN_CELL_WIDTH = 0.6  # line heights: a narrower cell left between the row's other words holds nothing
WIDE_CELL = 1.5  # a word this many times its column's usual width holds more than its cell
MIN_SLOPE_RUN = 5.0  # line heights between a row's first and last word to measure its slope on
# A second reading is pooled only when clearly a value: read with at least this confidence (by the surer
# of its two opinions, ``extract.cell_reread``). Measured (``bench/cell_reread.py``, 286 amount and 304
# date cells of records rounds 3 and 4 the page read surely, read again as if blank): at 0.75 and above,
# 115 amounts and 123 dates pooled, none wrong; below it, 2 of 5 amounts wrong. Those cells were easier
# than the ones a page drops, so a row completed this way still goes to a person (``transcript``).
MIN_AMOUNT_CONF = 0.75
MIN_DATE_CONF = 0.75
# ... and "8", "24", "7.5", "4.00", a speck read as a dot or a quote beside it aside ("'8", ".24.00").
# No leading zero: "08" is a point lost from "0.8".
_AMOUNT_RE = re.compile(r"[.,'`‘’]?((?!0\d)\d{1,3}(?:\.\d{1,2})?)[.,'`‘’]?")


@dataclass(frozen=True)
class CellGap:
    """A blank cell of a table row: where to read it again (points, margin included) and what it holds."""

    page: int
    bbox: BBox
    kind: CellKind
    # How many decimals the column's other amounts mostly print ("8.0": 1, "8": 0; None: none read). Read
    # alone, a cell loses its point more often than anything ("8.0" as "80"): a reading printed otherwise
    # than its column is not pooled.
    decimals: int | None = None


def table_gaps(lines_per_page: Sequence[Sequence[Line]]) -> list[CellGap]:
    """The blank amount and date cells of every page's table rows (a page's tables as ``read_table``
    lays them out: the same sections, columns and rows)."""
    gaps: list[CellGap] = []
    header: Line | None = None
    for lines in lines_per_page:
        sections, _, header = table_sections(lines, header)
        gaps += [g for s in sections for g in section_gaps(s)][:MAX_GAPS_PER_PAGE]
    return gaps


def section_gaps(section: Section) -> list[CellGap]:
    """Blank cells of one table: an amount cell of a dated row; the date cell of a row printing an amount
    but no date; both cells of a line that prints a title (and a code or provider) but neither."""
    amount_cols = {i for i, c in enumerate(section.cols) if c.role in AMOUNT_ROLES} or _unread_hours(section)
    date_cols = {i for i, c in enumerate(section.cols) if c.role in DATE_ROLES}
    lines = [r.line for r in section.rows]
    height = statistics.median(ln.height for ln in lines)
    amount_span = _column_span(section, amount_cols, height)
    date_span = _column_span(section, date_cols, height)
    slope = _slope(lines, height)
    decimals = _usual_decimals(
        [w.text for r in section.rows for i in amount_cols for w in r.cells.get(i, ())]
    )
    gaps: list[CellGap] = []

    def add(line: Line, cols: set[int], span: tuple[float, float] | None, kind: CellKind) -> None:
        if span is None:
            return
        box = _cell_box(line, span, cell_reach(section, cols, span, height), height, slope)
        if box is not None:
            gaps.append(CellGap(line.page, box, kind, decimals if kind == "amount" else None))

    for row in section.rows:
        if not _filled(row, amount_cols) and not NOT_COMPLETED.search(row.line.text):
            add(row.line, amount_cols, amount_span, "amount")
    for row in section.dateless:
        add(row.line, date_cols, date_span, "date")
    for line in _undated_lines(section, height):
        add(line, date_cols, date_span, "date")
        add(line, amount_cols, amount_span, "amount")
    return gaps


def _usual_decimals(amounts: Sequence[str]) -> int | None:
    """The count of decimals most of ``amounts`` print (0: whole numbers); None when none is an amount."""
    counts = Counter(_decimals(m.group(1)) for a in amounts if (m := _AMOUNT_RE.fullmatch(a)) is not None)
    return counts.most_common(1)[0][0] if counts else None


def _decimals(amount: str) -> int:
    return len(amount.partition(".")[2])


def _filled(row: Row, cols: set[int]) -> bool:
    return any(row.cells.get(i) for i in cols)


def _unread_hours(section: Section) -> set[int]:
    """A column headed as the rows' hours with nothing read under it in any row: the page's reading
    dropped every amount (lone flush-right numbers, every one of them)."""
    if section.header is None:
        return set()
    return {
        i
        for i, c in enumerate(section.cols)
        if HOURS_HEADING_RE.search(c.header)
        and not NOT_ROW_HOURS_RE.search(c.header)
        and not NOT_ROW_HOURS_BESIDE_RE.search(c.header)
        and not any(r.cells.get(i) for r in [*section.rows, *section.dateless])
    }


def _column_span(section: Section, cols: set[int], height: float) -> tuple[float, float] | None:
    """Where the columns' cells were read in this table's rows; where their heading labels print when
    no row's were (None: neither, nothing to go by)."""
    boxes = [w.bbox for r in [*section.rows, *section.dateless] for i in cols for w in r.cells.get(i, [])]
    if not boxes:
        if section.header is None or not cols:
            return None
        return min(section.cols[i].x0 for i in cols), max(section.cols[i].x1 for i in cols)
    # A cell glued to its neighbour ("10/25/2019..40.00") reaches into the next column: left out. An
    # amount of two digits beside amounts of one is not that: the excess is more than a cell's slack.
    usual = statistics.median(b[2] - b[0] for b in boxes)
    boxes = [b for b in boxes if b[2] - b[0] <= max(WIDE_CELL * usual, usual + 2 * height)]
    return min(b[0] for b in boxes), max(b[2] for b in boxes)


def cell_reach(
    section: Section, cols: set[int], span: tuple[float, float], height: float
) -> tuple[float, float]:
    """How far a blank cell of ``cols`` may reach: its column's ``span`` and a margin (a longer amount than
    the others), short of where the columns either side print in other rows."""
    x0, x1 = span[0] - SIDE_PAD * height, span[1] + SIDE_PAD * height
    for i in range(len(section.cols)):
        if i in cols or (other := _column_span(section, {i}, height)) is None:
            continue
        if (other[0] + other[1]) / 2 < (span[0] + span[1]) / 2:
            x0 = max(x0, min(other[1] + 1.0, span[0]))
        else:
            x1 = min(x1, max(other[0] - 1.0, span[1]))
    return x0, x1


def _undated_lines(section: Section, height: float) -> list[Line]:
    """Lines among the rows printing a course title but no date and no amount, and not a row's wrapped
    cells: a row whose date and amount a scan lost (its code or provider cell kept it apart)."""
    first = section.row_idx[0]
    bottom = section.lines[section.row_idx[-1]].bbox[3] + 2.0 * height
    rows = set(section.row_idx)
    dateless = {id(r.line) for r in section.dateless}
    found: list[Line] = []
    for i in range(first + 1, len(section.lines)):
        line = section.lines[i]
        if line.bbox[1] > bottom:
            break
        if i in rows or id(line) in section.attached or id(line) in dateless or len(line.words) < 3:
            continue
        text = line.text
        if find_dates(text) or TOTAL_RE.search(text) or NOT_COMPLETED.search(text):
            continue
        roles = [section.cols[section.place(w)].role for w in line.words]
        title = " ".join(w.text for w, role in zip(line.words, roles, strict=True) if role == "title")
        if any(r in AMOUNT_ROLES | DATE_ROLES for r in roles) or names_no_course(title):
            continue
        if len(re.findall(r"[^\W\d_]{2,}", title)) >= 2:
            found.append(line)
    return found


def _slope(lines: Sequence[Line], height: float) -> float:
    """How far a row's line drops per point across the page (a scan's leftover skew): the median over
    rows wide enough to say."""
    slopes = []
    for line in lines:
        a, b = line.words[0].bbox, line.words[-1].bbox
        run = (b[0] + b[2]) / 2 - (a[0] + a[2]) / 2
        if run >= MIN_SLOPE_RUN * height:
            slopes.append(((b[1] + b[3]) / 2 - (a[1] + a[3]) / 2) / run)
    return statistics.median(slopes) if slopes else 0.0


def _cell_box(
    line: Line, span: tuple[float, float], reach: tuple[float, float], height: float, slope: float
) -> BBox | None:
    """The cell of ``line`` under ``span`` as far as ``reach``, narrowed to the white between the row's own
    words either side; None when a word of the row lies in it (the cell is not blank)."""
    x0, x1 = reach
    for w in line.words:
        centre = (w.bbox[0] + w.bbox[2]) / 2
        if span[0] <= centre <= span[1]:
            return None
        if centre < span[0]:
            x0 = max(x0, w.bbox[2] + 1.0)
        else:
            x1 = min(x1, w.bbox[0] - 1.0)
    if x1 - x0 < MIN_CELL_WIDTH * height:
        return None
    # The row's centre line, carried along the slope to the cell.
    base = statistics.fmean(
        (w.bbox[1] + w.bbox[3]) / 2 - slope * (w.bbox[0] + w.bbox[2]) / 2 for w in line.words
    )
    middle = base + slope * (x0 + x1) / 2
    half = BAND_HALF_HEIGHT * height
    return (x0, middle - half, x1, middle + half)


def value_floor(kind: CellKind) -> float:
    """The confidence a cell's value must be read with to be pooled."""
    return MIN_AMOUNT_CONF if kind == "amount" else MIN_DATE_CONF


def cell_value_words(words: Sequence[Word], gap: CellGap, min_conf: float | None = None) -> list[Word]:
    """Of a blank cell's second reading, the words of a clear value, else none: one amount from 0 to 400
    hours printed as its column prints them, or the words of the dates read; each read at least
    ``min_conf`` surely (default: ``value_floor``)."""
    floor = value_floor(gap.kind) if min_conf is None else min_conf
    if gap.kind == "amount":
        amounts = [w for w in words if _AMOUNT_RE.fullmatch(w.text)]
        if len(amounts) != 1 or amounts[0].conf < floor:
            return []
        word = amounts[0]
        text = _AMOUNT_RE.fullmatch(word.text).group(1)  # type: ignore[union-attr]
        if not 0 < float(text) <= MAX_ROW_HOURS:
            return []
        if gap.decimals is not None and _decimals(text) != gap.decimals:
            return []
        return [word.model_copy(update={"text": text})]
    kept = _date_words(words)
    if not kept or min(w.conf for w in kept) < floor:
        return []
    return kept


def _date_words(words: Sequence[Word]) -> list[Word]:
    """The words a date read in them covers ("03/01/2021", "March 3, 2021"); debris around them aside."""
    spans = [d.span for d in find_dates(" ".join(w.text for w in words))]
    kept: list[Word] = []
    start = 0
    for w in words:
        end = start + len(w.text)
        if any(s < end and start < e for s, e in spans):
            kept.append(w)
        start = end + 1
    return kept
