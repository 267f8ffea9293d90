"""Map character spans of a line's text back to the words (and boxes) that printed them."""

from __future__ import annotations

from extract.types import BBox, Line, Word, union_box


def words_in_span(line: Line, span: tuple[int, int]) -> list[Word]:
    """Words of ``line`` overlapping ``span`` of ``line.text`` (words joined by one space)."""
    out: list[Word] = []
    pos = 0
    for word in line.words:
        start, end = pos, pos + len(word.text)
        if start < span[1] and end > span[0]:
            out.append(word)
        pos = end + 1
    return out or list(line.words)


def span_box(line: Line, span: tuple[int, int]) -> BBox:
    return union_box([w.bbox for w in words_in_span(line, span)])


def span_conf(line: Line, span: tuple[int, int]) -> float:
    return min(w.conf for w in words_in_span(line, span))
