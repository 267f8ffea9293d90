"""Two tables side by side on one page ("Completed" beside "In Progress", or one table's rows set in two
half-width columns): one heading line repeats its column labels, and every line across holds a row of
each. Read as one table, each line would join two rows into one item; split at the repetition, each half
is a table of its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from extract.types import Line

MIN_REPEATED = 2  # labels the right half must repeat, in the left half's order ("Course", "Hrs")
TITLE_REACH = 1.8  # a table's title sits within this many heading heights above its column headings
MAX_STRADDLING = 1  # lines of the table whose words cross the split (a scan's run-together pair at most)


def _label(text: str) -> str:
    return re.sub(r"[^a-z]+", "", text.lower())


def split_x(
    lines: Sequence[Line], head: int, labels_of: Callable[[Line], Sequence[tuple[float, str]]]
) -> float | None:
    """Where the heading line ``lines[head]`` starts repeating its labels (a second table beside the first),
    when no line below it crosses that place; else None. ``labels_of`` gives a heading's (x0, label)."""
    cols = list(labels_of(lines[head]))
    labels = [_label(t) for _, t in cols]
    n = len(labels)
    for p in range(2, n // 2 + 1):
        pairs = [(labels[k], labels[k + p]) for k in range(p) if k + p < n]
        same = sum(a == b and a != "" for a, b in pairs)
        if same < max(MIN_REPEATED, p - 1) or n > 2 * p + 1:
            continue
        x0 = cols[p][0]
        height = lines[head].bbox[3] - lines[head].bbox[1]
        x = x0 - 0.5 * height
        below = lines[head + 1 :]
        straddling = sum(any(w.bbox[0] < x < w.bbox[2] for w in ln.words) for ln in below)
        right_rows = sum(any(w.bbox[0] >= x for w in ln.words) for ln in below)
        if straddling <= MAX_STRADDLING and right_rows >= 1:
            return x
    return None


def halves(lines: Sequence[Line], start: int, x: float) -> tuple[list[Line], list[Line]]:
    """The page's lines as the left table's and the right table's: lines above ``start`` stay whole on the
    left; from ``start`` on, each line's words left of ``x`` go left, the others right."""
    left, right = list(lines[:start]), []
    for ln in lines[start:]:
        lw = tuple(w for w in ln.words if w.bbox[0] < x)
        rw = tuple(w for w in ln.words if w.bbox[0] >= x)
        if lw:
            left.append(ln.model_copy(update={"words": lw}))
        if rw:
            right.append(ln.model_copy(update={"words": rw}))
    return left, right


# Words titling a table of classes not completed, matched fuzzily: a scan reads "IN PROGRE5S".
PENDING_WORDS = ("in progress", "enrolled", "scheduled", "registered", "incomplete", "pending", "upcoming",
                 "not completed", "withdrawn", "assigned", "enrollments", "in process")  # fmt: skip
PENDING_MIN_RATIO = 85


def pending_words(text: str) -> set[str]:
    """The words of ``PENDING_WORDS`` a table title says, however a scan spelt them."""
    words = re.findall(r"[^\W_]+", text.lower())
    grams = [*words, *(" ".join(words[k : k + 2]) for k in range(len(words) - 1))]
    return {p for p in PENDING_WORDS if any(fuzz.ratio(g, p) >= PENDING_MIN_RATIO for g in grams)}


def says_pending(text: str) -> bool:
    """A table title naming classes not completed, however a scan spelt it."""
    return bool(pending_words(text))


def says_only_assigned(text: str) -> bool:
    """A table title whose one pending word is "assigned" ("Assigned Training - Completion Record"): the
    classes were required of the officer, which says nothing of whether each was done."""
    return pending_words(text) == {"assigned"}


def titled(half: Sequence[Line], x: float) -> bool:
    """A half of a split page has a title line right above its column headings: a line of words, no
    date, set on its own side of ``x`` above the first heading line of that half."""
    from extract.transcript import _is_row, find_headers  # the table reader imports this module

    heads = find_headers(half)
    if not heads:
        return False
    header = half[heads[0]]
    reach = TITLE_REACH * (header.bbox[3] - header.bbox[1])
    return any(
        not _is_row(ln) and re.search(r"[^\W\d_]{3,}", ln.text) and header.bbox[1] - ln.bbox[3] <= reach
        for ln in half[max(heads[0] - 2, 0) : heads[0]]
    )
