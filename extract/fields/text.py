"""Small text normalisations shared by the parsers and the matcher."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Protocol, TypeVar


def fold_accents(text: str) -> str:
    """Drop diacritics: OCR invents them on English text ("dáy of Jüly", "Qualificațion")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
