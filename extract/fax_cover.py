"""A fax cover sheet: the page a fax machine's sender puts first ("FAX", "To:", "From:", "Pages:", "Re:"),
saying who sends what to whom. It proves no course; read as a certificate, its heading becomes a course
title and the fax's date the course's, an item a person only dismisses.

Pure: a page's lines in, a yes or no out. A certificate faxed with a transmission header is no cover: the
header is one line ("FROM: ... TO: ... PAGE 2/4"), and the page keeps its certificate's own wording."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.types import Line

FAX_WORD_RE = re.compile(r"\b(?:fax|facsimile|telecopy|telefax)\b", re.I)
# A label starting its line, its colon as a scan may read it (";" or "."): the cover's form fields.
COVER_LABEL_RE = re.compile(
    r"\s*(?P<label>to|from|attn|attention|re|subject|pages?|no\.?\s*of\s*pages|number\s+of\s+pages|"
    r"total\s+pages)\b[^:;.\n]{0,20}[:;.]",
    re.I,
)
_KIND = {"attn": "to", "attention": "to", "subject": "re"}
# Anything a certificate says of a course done: kept for a person, however cover-like the page.
CERTIFYING_RE = re.compile(
    r"certif(?:y|ies|ied)\b|successful|satisfactorily|\bcomplet(?:ed|ion|ing)\b|\battended\b|participated|"
    r"graduated|awarded|presented\s+to|in\s+recognition|"
    r"\b\d+(?:\.\d+)?\s*(?:hours?|hrs?\.?|contact\s+hours|ceus?)\b|\bceus?\b|credit\s+hours?",
    re.I,
)


def label_kind(text: str) -> str | None:
    """The cover field a line starts with ("to", "from", "pages", "re"), else None."""
    m = COVER_LABEL_RE.match(text)
    if m is None:
        return None
    word = m.group("label").lower()
    return _KIND.get(word, "pages" if "page" in word else word)


def is_fax_cover(lines: Sequence[Line]) -> bool:
    """The page is a fax cover sheet: it says "fax", three lines start with its "To:", "From:" and
    "Pages:" or "Re:" fields, and nothing on it certifies a course or counts hours."""
    text = "\n".join(ln.text for ln in lines)
    if not FAX_WORD_RE.search(text) or CERTIFYING_RE.search(text):
        return False
    kinds = {k for ln in lines if (k := label_kind(ln.text)) is not None}
    return {"to", "from"} <= kinds and bool(kinds & {"pages", "re"})
