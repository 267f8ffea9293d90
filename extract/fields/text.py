"""Small text normalisations shared by the parsers and the matcher."""

from __future__ import annotations

import unicodedata


def fold_accents(text: str) -> str:
    """Drop diacritics: OCR invents them on English text ("dáy of Jüly", "Qualificațion")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
