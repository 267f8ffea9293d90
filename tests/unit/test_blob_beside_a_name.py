"""A round blob read as a mark ("@", "©": a punched hole, a toner speck) a word space or more from a
line's first or last word is a cell of its own: a hole beside the holder's name left "@ Philippa N.
Runcorn", no name (round 6's capture punched through the print). Marks within a word's spacing, and
marks inside a line, stay where they are."""

from __future__ import annotations

from extract.lines import split_cells
from extract.types import Line, Word


def _line(*words: tuple[str, float, float, float]) -> Line:
    """(text, x0, x1, height) each; baselines level."""
    return Line(
        words=tuple(Word(text=t, bbox=(x0, 100 - h, x1, 100), conf=0.95) for t, x0, x1, h in words), page=1
    )


def test_a_hole_before_and_after_a_name_is_apart() -> None:
    hole, tail = ("@", 252, 276, 25), ("©", 780, 804, 24)
    line = _line(hole, ("Philippa", 324, 462, 49), ("N.", 484, 518, 48), ("Runcorn", 532, 677, 49), tail)
    assert [c.text for c in split_cells(line)] == ["@", "Philippa N. Runcorn", "©"]


def test_a_mark_at_a_word_space_stays() -> None:
    line = _line(("*", 90, 100, 10), ("Denotes", 104, 160, 20), ("required", 166, 230, 20))
    assert [c.text for c in split_cells(line)] == ["* Denotes required"]


def test_a_mark_inside_a_line_stays() -> None:
    line = _line(("Training", 100, 170, 20), ("@", 190, 205, 14), ("Dallas", 215, 270, 20))
    assert [c.text for c in split_cells(line)] == ["Training @ Dallas"]
