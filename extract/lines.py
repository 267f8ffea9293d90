"""Rebuild text lines and cells from positioned words (text layer or OCR alike)."""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from itertools import pairwise

from extract.types import Line, Word

GIANT_WORD_FACTOR = 6.0


def _center_y(w: Word) -> float:
    return (w.bbox[1] + w.bbox[3]) / 2


def _height(w: Word) -> float:
    return max(w.bbox[3] - w.bbox[1], 1.0)


def _speck(w: Word) -> bool:
    """A dot or dash OCR made of dirt: no letters or digits and read with little confidence.

    Left in, its odd box breaks the chain of a line in two.
    """
    return w.conf < 0.5 and not any(c.isalnum() for c in w.text)


def is_vertical(w: Word) -> bool:
    """Text set top to bottom (a decorative band): not part of any line we read."""
    return len(w.text) >= 3 and (w.bbox[3] - w.bbox[1]) > 1.6 * (w.bbox[2] - w.bbox[0])


def group_lines(words: Iterable[Word], page: int) -> list[Line]:
    """Chain words left to right into lines.

    Each word joins the line whose *last* word sits level with it, not the line's mean
    height, so a row of a skewed scan (17 pt of drift across a page at 1.5 degrees)
    stays one line. On a page whose lines slope (a phone photo's perspective, 3 degrees or
    more), "level" follows the slope read from neighbouring words: across a wide gap between
    two cells of a table row, the drift is more than half a line, and a cell would join the
    row above or below.
    """
    kept = [w for w in words if w.text.strip() and not is_vertical(w) and not _speck(w)]
    if kept:
        # OCR of a border or seal yields "words" many lines tall; they belong to no line.
        typical = statistics.median(_height(w) for w in kept)
        kept = [w for w in kept if _height(w) <= GIANT_WORD_FACTOR * typical]
    ordered = sorted(kept, key=lambda w: (w.bbox[0], w.bbox[1]))
    chains = _chain(ordered, 0.0)
    slope = _slope(chains)
    if abs(slope) >= MIN_SLOPE:
        chains = _chain(ordered, slope)
    lines = [Line(words=tuple(c), page=page) for c in chains]
    lines.sort(key=lambda ln: (round(ln.bbox[1], 0), ln.bbox[0]))
    return _merge_reading_order(lines)


MIN_SLOPE = 0.02  # about 1.1 degrees: below it, chaining level with the last word is exact enough
MIN_SLOPE_PAIRS = 8


def _chain(ordered: Sequence[Word], slope: float) -> list[list[Word]]:
    """Words (sorted by left edge) chained into lines; a word is level with a line's last word when it
    overlaps it once the last word is moved along ``slope`` to the word's position."""
    chains: list[list[Word]] = []
    for word in ordered:
        best: list[Word] | None = None
        best_dy = 0.0
        for chain in chains:
            last = chain[-1]
            if word.bbox[0] < last.bbox[2] - 0.5 * _height(last) and not _runs_on_from(last, word):
                continue  # overlaps horizontally: a different line
            drift = slope * (word.bbox[0] - last.bbox[2])
            overlap = min(word.bbox[3], last.bbox[3] + drift) - max(word.bbox[1], last.bbox[1] + drift)
            if overlap < 0.5 * min(_height(word), _height(last)):
                continue
            dy = abs(_center_y(word) - _center_y(last) - drift)
            if best is None or dy < best_dy:
                best, best_dy = chain, dy
        if best is None:
            chains.append([word])
        else:
            best.append(word)
    return chains


LEVEL_CENTRE = 0.2  # of a line's height: two words' centres this close are on one baseline
MAX_RUN_ON_OVERLAP = 0.75  # of the shorter word's width: more is the same word read twice


def _runs_on_from(last: Word, word: Word) -> bool:
    """``word`` continues ``last``'s line though their boxes overlap: OCR drew an italic or
    decorative word's box past its ink ("PHILIP" over the "J." of "PHILIP J. SMITH"). The two sit
    on one baseline at one size, ``word`` reaches past ``last``, and they share less than most of
    the shorter one's width (a word read twice, by two engines, overlaps whole)."""
    h = min(_height(last), _height(word))
    if (
        abs(_center_y(word) - _center_y(last)) > LEVEL_CENTRE * h
        or not 0.75 <= _height(last) / _height(word) <= 1.33
    ):
        return False
    shared = last.bbox[2] - word.bbox[0]
    shorter = min(word.bbox[2] - word.bbox[0], last.bbox[2] - last.bbox[0])
    return word.bbox[2] > last.bbox[2] and shared < MAX_RUN_ON_OVERLAP * shorter


def _slope(chains: Sequence[Sequence[Word]]) -> float:
    """The median slope of the lines: from neighbouring words of like height set close together."""
    slopes = []
    for chain in chains:
        for a, b in pairwise(chain):
            ha, hb = _height(a), _height(b)
            gap = b.bbox[0] - a.bbox[2]
            if 0 <= gap <= 1.5 * max(ha, hb) and 0.75 <= ha / hb <= 1.33:
                run = (b.bbox[0] + b.bbox[2]) / 2 - (a.bbox[0] + a.bbox[2]) / 2
                if run > 0:
                    slopes.append((b.bbox[3] - a.bbox[3]) / run)  # baselines: descenders aside
    return statistics.median(slopes) if len(slopes) >= MIN_SLOPE_PAIRS else 0.0


def _merge_reading_order(lines: list[Line]) -> list[Line]:
    """Sort lines top to bottom; lines whose tops differ by less than half a line read left to right."""
    out = sorted(lines, key=lambda ln: ln.bbox[1])
    result: list[Line] = []
    i = 0
    while i < len(out):
        band = [out[i]]
        j = i + 1
        while j < len(out) and out[j].bbox[1] - band[0].bbox[1] < 0.5 * band[0].height:
            band.append(out[j])
            j += 1
        result.extend(sorted(band, key=lambda ln: ln.bbox[0]))
        i = j
    return result


JOINING_MARK_RE = re.compile(r"[-–—&]")


def split_cells(line: Line, gap_factor: float = 2.2) -> list[Line]:
    """Split a line where the space between two words is wider than ``gap_factor`` line heights."""
    cells: list[list[Word]] = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:], strict=False):
        gap = word.bbox[0] - prev.bbox[2]
        # A dash is as tall as its ink (two points): it says nothing of the type size, so the letters
        # beside it set the gap ("Procedures - 2022 Update" is one cell). Other marks alone ("»", ".")
        # are more often debris, kept apart as before.
        sized = [_height(w) for w in (prev, word) if not JOINING_MARK_RE.fullmatch(w.text)]
        if gap > gap_factor * min(sized or [max(_height(prev), _height(word))]):
            cells.append([word])
        else:
            cells[-1].append(word)
    return [Line(words=tuple(c), page=line.page) for c in cells]


def page_cells(lines: Sequence[Line]) -> list[Line]:
    """Every line split into its cells, in reading order."""
    return [cell for line in lines for cell in split_cells(line)]
