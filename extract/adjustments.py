"""Which row an adjustment or correction row of a training ledger corrects, when it names it.

"Adjustment - Juvenile Law (partial attendance) -4.0", "Correction: Interviewing entry, hours were 12.0",
"Adjustment to 07/12/2022 entry": the words after the keyword (up to a bracket, a comma or a dash) or a
date name one row of the table. Only when every adjustment names exactly one row can the others keep their
reading; otherwise a person settles the whole table."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from rapidfuzz import fuzz

from extract.fields.dates import find_dates

# Words an adjustment uses of the row it corrects that name no course.
GENERIC = frozenset(
    {"entry", "entries", "record", "row", "line", "item", "hours", "hrs", "hour", "credit", "credits", "for",
     "the", "of", "to", "on", "in", "class", "course", "session", "was", "were", "should", "be", "see", "per",
     "and", "from", "re", "adj", "dated"}
)  # fmt: skip
TOKEN_MIN_RATIO = 85
MIN_NAMING_LETTERS = 6  # the naming words' letters, all told  # a scan's dropped letter still names the word
_CUT_RE = re.compile(r"[(\[,;]|\s[-–—]\s|\s[-–—]$")


def _tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[^\W\d_]{3,}", text.lower()) if t not in GENERIC]


def _naming_part(title: str, keyword_end: int) -> str:
    """The words after the keyword, up to the first bracket, comma or dash that follows a word."""
    rest = re.sub(r"^[\s:.\-–—]+", "", title[keyword_end:])
    cut = _CUT_RE.search(rest)
    return rest[: cut.start()] if cut else rest


def named_row(
    title: str, keyword_end: int, titles: Sequence[str], dates: Sequence[date | None], own: int
) -> int | None:
    """The index (into ``titles``) of the one row the adjustment row ``own``, titled ``title`` (its keyword
    ending at ``keyword_end``; 0 when it has none), names by its words or by a date; None when it names
    none or several."""
    part = _naming_part(title, keyword_end)
    words = _tokens(part)
    if sum(map(len, words)) < MIN_NAMING_LETTERS:
        words = []  # "Law" alone names too little
    named = {m.start for m in find_dates(part)}
    found = []
    for k, (other, day) in enumerate(zip(titles, dates, strict=True)):
        if k == own:
            continue
        theirs = _tokens(other)
        by_words = bool(words) and all(
            any(fuzz.ratio(w, t) >= TOKEN_MIN_RATIO for t in theirs) for w in words
        )
        by_date = bool(named) and day in named
        if by_words or (by_date and not words):
            found.append(k)
    return found[0] if len(found) == 1 else None
