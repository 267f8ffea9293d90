"""Line chaining (``lines._chain``) tries a word only against the lines near its height; the lines it makes
are the very ones of trying every line (the reference below: the chaining as it was before), on random
pages: level, turned, fanned (a photo's perspective), with tables' wide gaps, dots and dashes read apart,
words read twice, run-on boxes and whole-pixel boxes."""

from __future__ import annotations

import random
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import lines
from extract.lines import LEVEL, Tilt, _center_y, _height, _level_word, _runs_on_from
from extract.types import Word


def _chain_every_line(ordered: Sequence[Word], tilt: Tilt) -> list[list[Word]]:
    """The reference: every word tried against every line so far."""
    chains: list[list[Word]] = []
    for word in ordered:
        best: list[Word] | None = None
        best_dy = 0.0
        for chain in chains:
            last = chain[-1]
            if word.bbox[0] < last.bbox[2] - 0.5 * _height(last) and not _runs_on_from(last, word):
                continue
            last = _level_word(chain, word)
            drift = tilt.at(_center_y(last)) * (word.bbox[0] - last.bbox[2])
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


_TEXTS = ["Certificate", "of", "Completion", "40", "hours", "SRO", "2024", "J.", "Smith", "Basic", "Course"]
_MARKS = [".", ":", "-", "|", "»", "—", "'", ",", "_"]


def _random_page(rng: random.Random) -> list[Word]:
    """Rows of words on a page that may be turned (one slope) or fanned (slopes changing down the page)."""
    words: list[Word] = []
    slope = rng.choice([0.0, 0.0, rng.uniform(-0.06, 0.06)])
    fan = rng.choice([0.0, rng.uniform(-1e-4, 1e-4)])
    whole = rng.random() < 0.5  # boxes in whole pixels (OCR at 300 dpi: 0.24 pt)
    y = rng.uniform(20, 80)
    for _ in range(rng.randint(1, 45)):
        size = rng.uniform(4, 30)
        x = rng.uniform(10, 120)
        row_slope = slope + fan * y
        for _ in range(rng.randint(1, 14)):
            mark = rng.random() < 0.15
            text = rng.choice(_MARKS if mark else _TEXTS)
            height = size * (rng.uniform(0.1, 0.5) if mark else rng.uniform(0.8, 1.25))
            width = max(1.0, (rng.uniform(0.2, 0.5) if mark else 0.55) * size * len(text))
            top = y + row_slope * x + rng.uniform(-0.3, 0.3) * size + (size - height) * rng.random()
            box = [x, top, x + width, top + height]
            if whole:
                box = [round(v / 0.24) * 0.24 for v in box]
            words.append(Word(text=text, bbox=(box[0], box[1], box[2], box[3]), conf=rng.random()))
            if rng.random() < 0.05:  # read twice (two engines), or a box run on over the next word
                shift = rng.uniform(-0.3, 1.2) * width
                words.append(
                    Word(text=text, bbox=(box[0] + shift, box[1], box[2] + shift, box[3]), conf=rng.random())
                )
            x += width + size * rng.choice([0.2, 0.3, 0.5, 1.0, 3.0, 8.0, rng.uniform(-0.5, 2.0)])
        y += size * rng.uniform(0.6, 2.5)
    return words


def _tilts(rng: random.Random, ordered: list[Word]) -> list[Tilt]:
    fitted = lines._tilt(_chain_every_line(ordered, LEVEL))
    low, high = sorted((rng.uniform(0, 800), rng.uniform(0, 800)))
    drawn = Tilt(rng.uniform(-0.08, 0.08), rng.uniform(-2e-4, 2e-4), low, high)
    return [LEVEL, fitted, Tilt(at_top=rng.uniform(-0.05, 0.05)), drawn]


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_chaining_near_lines_only_makes_the_same_lines(seed: int) -> None:
    rng = random.Random(seed)
    ordered = sorted(_random_page(rng), key=lambda w: (w.bbox[0], w.bbox[1]))
    for tilt in _tilts(rng, ordered):
        expected = _chain_every_line(ordered, tilt)
        got = lines._chain(ordered, tilt)
        assert [[id(w) for w in c] for c in got] == [[id(w) for w in c] for c in expected], tilt


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_grouped_lines_are_those_of_chaining_every_line(seed: int) -> None:
    words = _random_page(random.Random(seed))
    got = lines.group_lines(words, page=1)
    original = lines._chain
    lines._chain = _chain_every_line  # type: ignore[assignment]
    try:
        expected = lines.group_lines(words, page=1)
    finally:
        lines._chain = original  # type: ignore[assignment]
    assert got == expected


def test_a_turned_table_row_still_joins_across_its_wide_gap() -> None:
    """A row of a page turned 2 degrees: its last cell, 400 pt on, sits 14 pt lower than its first, more than
    a line's height, yet is tried against (and joins) the row: the reach covers the drift."""
    slope = 0.035
    rows = []
    for row in range(6):
        y = 100 + 30 * row
        rows.append(Word(text=f"Course{row}", bbox=(72, y, 150, y + 10), conf=0.9))
        rows.append(Word(text="8.0", bbox=(472, y + 400 * slope, 490, y + 10 + 400 * slope), conf=0.9))
    ordered = sorted(rows, key=lambda w: (w.bbox[0], w.bbox[1]))
    chains = lines._chain(ordered, Tilt(at_top=slope))
    assert [[w.text for w in c] for c in chains] == [[f"Course{r}", "8.0"] for r in range(6)]
    assert lines._drift_reach(ordered, Tilt(at_top=slope)) > 400 * slope
