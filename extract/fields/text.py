"""Small text normalisations shared by the parsers and the matcher."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol, TypeVar


def fold_accents(text: str) -> str:
    """Drop diacritics: OCR invents them on English text ("dáy of Jüly", "Qualificațion")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_ENGLISH_SMALL_WORDS = frozenset({"for", "and", "the", "of", "with", "in", "to", "on"})
_ROMANCE_SMALL_WORDS = frozenset(
    {
        "de",
        "la",
        "le",
        "les",
        "el",
        "los",
        "las",
        "en",
        "du",
        "des",
        "del",
        "para",
        "y",
        "et",
        "e",
        "do",
        "da",
    }
)


def english_title_unaccented(title: str) -> str:
    """An OCR'd title in English with no accent but the ones OCR invented ("Activé Shooter Response for
    Schools"): folded. A title with a small word of French, Spanish or Portuguese keeps its accents
    ("Prévention de la violence"); so does one with no small English word to tell."""
    words = {w.casefold() for w in title.split()}
    if title.isascii() or not words & _ENGLISH_SMALL_WORDS or words & _ROMANCE_SMALL_WORDS:
        return title
    return fold_accents(title)


class Spanned(Protocol):
    @property
    def span(self) -> tuple[int, int]: ...


S = TypeVar("S", bound=Spanned)


def leftmost_longest(hits: Iterable[S]) -> list[S]:
    """Non-overlapping matches, as a regex alternation would take them: leftmost first, then longest."""
    chosen: list[S] = []
    for hit in sorted(hits, key=lambda h: (h.span[0], -h.span[1])):
        if not chosen or hit.span[0] >= chosen[-1].span[1]:
            chosen.append(hit)
    return chosen


# Letter shapes OCR takes for one another in print ("Ollicer", "Scbool", "Anpual"), as (read, meant).
OCR_CONFUSIONS = (
    ("ll", "ff"), ("ff", "ll"), ("li", "h"), ("h", "li"), ("rn", "m"), ("m", "rn"), ("cl", "d"),
    ("vv", "w"), ("b", "h"), ("h", "b"), ("p", "n"), ("n", "p"), ("c", "e"), ("e", "c"), ("l", "i"),
    ("i", "l"), ("l", "t"), ("t", "l"), ("f", "t"), ("t", "f"), ("u", "n"), ("n", "u"), ("a", "o"),
    ("o", "a"), ("ii", "u"), ("in", "m"),
)  # fmt: skip
MAX_RESPELL_SWAPS = 2


def m_for_rn(text: str) -> str:
    """``text`` with every "rn" read back as the "m" a scan split into two letters ("cornpletion")."""
    return text.replace("rn", "m")


@lru_cache(maxsize=8192)
def ocr_respellings(word: str) -> frozenset[str]:
    """Spellings a lower-case ``word`` turns into when up to two of OCR's confusions are undone."""
    seen = {word}
    frontier = {word}
    for _ in range(MAX_RESPELL_SWAPS):
        step = set()
        for w in frontier:
            for read, meant in OCR_CONFUSIONS:
                start = w.find(read)
                while start >= 0:
                    step.add(w[:start] + meant + w[start + len(read) :])
                    start = w.find(read, start + 1)
        frontier = step - seen
        seen |= step
    return frozenset(seen - {word})
