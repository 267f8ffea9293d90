"""Whether two printed titles are one course's, one of them abbreviated.

A department's training record prints its own short form of a certificate's title ("Threat Assmt. in
Schools", "Child Abuse & Neglect Inv.", "Adv. SRO Course"): the catalog may know neither form, so the two
lines get different course keys and the same completion would count twice. The duplicate rule asks this
module whether the titles can be one course's; it alone never decides: the dates and hours must agree too.
"""

from __future__ import annotations

import re
from functools import cache

# Words joining a title's others: an abbreviated title drops or keeps them ("w/" for "with", "&" for "and").
_LINK_WORDS = frozenset({"a", "an", "the", "of", "for", "to", "and", "in", "on", "with", "w", "at", "by"})
_ROMAN = re.compile(r"[ivx]+")
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")


def title_words(title: str) -> tuple[str, ...]:
    """The title's lower-case words without the joining ones; "&" reads "and", a hyphen splits words."""
    text = title.lower().replace("&", " and ").replace(".", " ")
    return tuple(w for w in re.findall(r"[a-z0-9]+", text) if w not in _LINK_WORDS)


def _shortens(short: str, full: str) -> bool:
    """``short`` is an abbreviation of the word ``full``: its first letter, then letters of it in order
    ("inv" of "investigations", "assmt" of "assessment", "hlth" of "health"). Numbers and Roman numerals
    never are: "Part 1" and "Part 2", "Level I" and "Level II" stay two courses."""
    if not short.isalpha() or not full.isalpha() or len(short) >= len(full) or short[0] != full[0]:
        return False
    if len(short) < 2 or _ROMAN.fullmatch(short):
        return False  # "I" of "II", "II" of "III": levels, not abbreviations
    rest = iter(full[1:])
    return all(ch in rest for ch in short[1:])


def _initials(word: str, words: tuple[str, ...]) -> bool:
    """``word`` is the initials of ``words`` ("sro" of "school resource officer"), two words at least."""
    return len(words) >= 2 and word.isalpha() and word == "".join(w[0] for w in words)


def _align(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every word of ``a`` pairs in order with a word of ``b`` (or a run of them, for initials) and none is
    left over; at least one pair is the same word."""

    @cache
    def go(i: int, j: int, exact: bool) -> bool:
        if i == len(a) or j == len(b):
            return i == len(a) and j == len(b) and exact
        x, y = a[i], b[j]
        if x == y and go(i + 1, j + 1, True):
            return True
        if (_shortens(x, y) or _shortens(y, x)) and go(i + 1, j + 1, exact):
            return True
        for k in range(2, 6):
            if j + k <= len(b) and _initials(x, b[j : j + k]) and go(i + 1, j + k, exact):
                return True
            if i + k <= len(a) and _initials(y, a[i : i + k]) and go(i + k, j + 1, exact):
                return True
        return False

    return go(0, 0, False)


def one_course_abbreviated(first: str, second: str) -> bool:
    """The two titles can name one course, one abbreviating the other's words ("Threat Assmt. in Schools"
    and "Threat Assessment in Schools"; "Adv. SRO Course (NASRO)" and "Advanced School Resource Officer
    Course"). A trailing parenthesis (a provider's name, an acronym) may be on one title only; one holding a
    number ("(Part 1 of 2)") is part of the title."""
    a, b = title_words(first), title_words(second)
    pairs = [(a, b), (title_words(_without_parens(first)), b), (a, title_words(_without_parens(second)))]
    if _own_acronym(first, b) or _own_acronym(second, a):
        return True
    return any(x and y and _align(x, y) for x, y in pairs)


def _own_acronym(title: str, other: tuple[str, ...]) -> bool:
    """``title`` ends on a parenthesis printing its own initials ("Crisis Intervention Teams for Youth
    (CIT-Y)") and the other title is those initials alone, as a record lists it ("CIT-Y"). A provider's
    name ("(NASRO)") or a part ("(Part 1 of 2)") in the parenthesis is no short name of the title."""
    m = _TRAILING_PARENS.search(title)
    if m is None or not other or title_words(m.group().strip(" ()")) != other:
        return False
    initials = "".join(w[0] for w in title_words(title[: m.start()]))
    return len(initials) >= 2 and "".join(other) == initials


def _without_parens(title: str) -> str:
    """The title without a trailing parenthesis naming no number ("(NASRO)", not "(Part 1 of 2)")."""
    m = _TRAILING_PARENS.search(title)
    return title if m is None or re.search(r"\d", m.group()) else title[: m.start()]
