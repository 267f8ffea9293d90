"""A data export printed as text: cells between semicolons or (quoted) commas, laid out as columns.

A training history saved as CSV and printed (or faxed) as it is, one record a line
("66104;Youth Mental Health First Aid;2022-05-03;2022-05-03;8;Completed"), aligns nothing: each line's
cells start wherever the previous one ended, so no column of white space separates them and the table
reader (which finds columns by x) reads nothing. Three lines or more running on, each split into the same
number of cells (three or more) by the same delimiter, are such an export: each line's cells are set
again as words in columns shared by the whole block, inside the block's own width, so the table reader
reads them as it reads any table (its headings from the first line). Pipes are left alone: a fixed-width
query print aligns its cells already. A plain comma counts under stricter terms (four cells, dates), and a
faxed export whose delimiters OCR misread (";" as ":", "," as "." or "/") is known by its field names run
together in one word on its first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.types import Line, Word

MIN_LINES = 3  # a field-names line and two records, at least
MIN_FIELDS = 3
# ';' between cells, or '","' between quoted cells; a plain comma last, under stricter terms (it also sits
# in dates, names and prose): four cells or more, none empty or "Month D" of a spelled date cut at its
# comma, and two lines or more holding a cell that is a date alone.
_PLAIN = re.compile(r"\s*,\s*")
_SPLITTERS = (re.compile(r"\s*;\s*"), re.compile(r'"\s*,\s*"'), _PLAIN)
PLAIN_MIN_FIELDS = 4
_DATE_CELL_RE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_SPELLED_DAY_RE = re.compile(r"(?i).*\b[a-z]{3,9}\.?\s+\d{1,2}")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "CourseTitle", "StartDate": a field name's words
GAP = 3.0  # character widths between two columns


def _fields(line: Line, splitter: re.Pattern[str]) -> list[str] | None:
    text = line.text.strip()
    if splitter.pattern.startswith('"'):
        if not (text.startswith('"') and text.endswith('"')):
            return None
        text = text[1:-1]
    parts = splitter.split(text)
    if splitter is _PLAIN and (
        len(parts) < PLAIN_MIN_FIELDS or not all(parts) or any(_SPELLED_DAY_RE.fullmatch(p) for p in parts)
    ):
        return None
    return parts if len(parts) >= MIN_FIELDS else None


def _block_end(lines: Sequence[Line], start: int, splitter: re.Pattern[str]) -> int:
    first = _fields(lines[start], splitter)
    end = start + 1
    while first is not None and end < len(lines):
        more = _fields(lines[end], splitter)
        if more is None or len(more) != len(first):
            break
        end += 1
    return end if first is not None else start


def _as_columns(block: Sequence[Line], rows: list[list[str]]) -> list[Line]:
    rows[0] = [_CAMEL_RE.sub(" ", f) if not re.search(r"\d", f) else f for f in rows[0]]
    widths = [max(len(r[k]) for r in rows) + GAP for k in range(len(rows[0]))]
    x0 = min(ln.bbox[0] for ln in block)
    x1 = max(ln.bbox[2] for ln in block)
    per_char = (x1 - x0) / sum(widths)
    out = []
    for line, cells in zip(block, rows, strict=True):
        _, top, _, bottom = line.bbox
        conf = min(w.conf for w in line.words)
        engine = line.words[0].engine
        words: list[Word] = []
        at = 0.0
        for cell, width in zip(cells, widths, strict=True):
            pos = at
            for m in re.finditer(r"\S+", cell.strip().strip('"')):
                left = x0 + per_char * (pos + m.start())
                box = (left, top, left + per_char * len(m.group(0)), bottom)
                words.append(Word(text=m.group(0), bbox=box, conf=conf, engine=engine))
            at += width
        out.append(Line(words=tuple(words), page=line.page) if words else line)
    return out


def _dated(block: Sequence[Line]) -> bool:
    """Two lines or more of a plain-comma block hold a cell that is a date alone: an export's records."""
    dated = [ln for ln in block if any(_DATE_CELL_RE.fullmatch(f) for f in _fields(ln, _PLAIN) or [])]
    return len(dated) >= 2


def delimited_as_columns(lines: Sequence[Line]) -> list[Line]:
    """The page's lines, any block of delimited export lines set as columns; other lines as they were."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        for splitter in _SPLITTERS:
            end = _block_end(lines, i, splitter)
            if end - i >= MIN_LINES and (splitter is not _PLAIN or _dated(lines[i:end])):
                out += _as_columns(lines[i:end], [_fields(ln, splitter) or [] for ln in lines[i:end]])
                i = end
                break
        else:
            if (end := _faxed_block_end(lines, i)) > i:
                out += _as_columns(lines[i:end], [_loose_fields(ln.text) for ln in lines[i:end]])
                i = end
            else:
                out.append(lines[i])
                i += 1
    return out


# A faxed or scanned export: OCR reads its delimiters as any mark (";" as ":", "," as "." or "/"). Such a
# block is known by its first line, the field names run together in one word ("Course;Start:End;Hours"),
# and the lines under it splitting, once their dates and decimals are set aside, into as many cells.
_KEEP_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d+\.\d+")
# A run of marks is one delimiter: a fax's speck beside its ";" ("Schoo1s/:04/05/2022") is no empty cell.
_LOOSE_SEP_RE = re.compile(r"\s*[;:,/|]+\s*|(?<=[A-Za-z0-9\x00])\.(?=[A-Za-z0-9\x00])")


def _loose_fields(text: str) -> list[str]:
    """A faxed export line's cells: split at any delimiter-like mark outside its dates and decimals."""
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    masked = _KEEP_RE.sub(keep, text.strip().rstrip(".,;:"))
    return [re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], p) for p in _LOOSE_SEP_RE.split(masked)]


def _faxed_block_end(lines: Sequence[Line], start: int) -> int:
    """Where a faxed export's block starting at ``start`` ends (``start``: no such block)."""
    head = lines[start].text.strip()
    n = len(_loose_fields(head))
    if " " in head or re.search(r"\d", head) or n < PLAIN_MIN_FIELDS:
        return start  # (a plain comma's terms: the marks read may be commas)
    end = start + 1
    while (
        end < len(lines)
        and len(cells := _loose_fields(lines[end].text)) == n
        and all(cells)
        and any(_DATE_CELL_RE.fullmatch(c) for c in cells)
    ):
        end += 1
    return end if end - start >= MIN_LINES else start
