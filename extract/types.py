"""Typed values the extract stage hands on. Boxes are PDF points, top-left origin."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

# Raised whenever the reader reads differently: a document read by another version is read again on
# the next ingest instead of being skipped as current.
EXTRACTOR_VERSION = "0.15.0"
# The hours note of a document that names no hours anywhere (a conference attendance often does not).
NO_HOURS_PRINTED = "no hours printed"
# The start of the note of a letter its officer signs about themself (extract.letter.self_signed_name):
# R1 and R2 read it (verify.rules.person_decides).
SELF_SIGNED_NOTE = "signed by the officer it is about"
# The start of the note of a letter naming a part-time or relief SRO post (extract.letter.PART_POST_RE):
# whether it is service as an SRO is a person's call (verify.rules).
PART_POST_NOTE = "the letter names a part-time or relief SRO post"

# x0, top, x1, bottom in PDF points (1/72 inch), origin at the page's top-left corner.
BBox = tuple[float, float, float, float]
# "tesseract_cell": tesseract reading one table cell alone, after the page reading left it blank.
Engine = Literal["text_layer", "tesseract", "rapidocr", "tesseract_cell"]
CELL_ENGINE: Engine = "tesseract_cell"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def union_box(boxes: list[BBox] | tuple[BBox, ...]) -> BBox:
    """Smallest box holding all of ``boxes``."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


class Word(Frozen):
    text: str
    bbox: BBox
    conf: float  # 0..1; 1.0 for a text layer
    engine: Engine = "text_layer"


class Line(Frozen):
    """Words on one baseline, left to right."""

    words: tuple[Word, ...]
    page: int

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        return union_box([w.bbox for w in self.words])

    @property
    def height(self) -> float:
        tops = sorted(w.bbox[3] - w.bbox[1] for w in self.words)
        return tops[len(tops) // 2]

    @property
    def conf(self) -> float:
        return min(w.conf for w in self.words)

    @property
    def mean_conf(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words)


def char_weighted_conf(words: Sequence[Word]) -> float:
    """Mean confidence of ``words``, each weighing as many characters as it has (0 when there are none)."""
    chars = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / chars if chars else 0.0


class Page(Frozen):
    number: int  # 1-based
    width: float  # points
    height: float  # points
    source: Literal["text_layer", "ocr"]
    engines: tuple[Engine, ...]
    rotation: int = 0  # degrees the page image was turned (clockwise) before reading
    words: tuple[Word, ...]
    # x (points) of the desk between papers photographed side by side (``extract.flatten.paper_gaps``)
    paper_gaps: tuple[float, ...] = ()

    @property
    def mean_conf(self) -> float:
        if not self.words:
            return 0.0
        return sum(w.conf for w in self.words) / len(self.words)


class Evidence(Frozen):
    """Where a value was read: page, region and the text as printed."""

    page: int
    bbox: BBox
    text: str
    conf: float  # 0..1, reading confidence of the words involved


# How a certificate's course title was found when no label or cue named it: "loose", the page's largest line
# (its confidence capped); "placed", that line standing where a course stands with no rival line
# (`extract.certificate.guess_in_title_place`): its own confidence, which `classify` caps unless the title
# prints a catalog course's name word for word.
TitleGuess = Literal["loose", "placed"]
# The confidence of a title guessed as the page's largest line, with no label or cue naming it: it marks the
# guess (`extract.certificate.read_certificate` flags the item) and keeps it under the bar of `auto`.
GUESSED_TITLE_CONF = 0.6


class RawItem(Frozen):
    """One training record as read from a document, before catalog matching."""

    course_title: str | None
    start_date: date | None
    end_date: date | None
    hours: float | None
    hours_text: str | None
    date_text: str | None
    page: int
    bbox: BBox
    title_conf: float
    date_conf: float
    hours_conf: float
    source: Literal["certificate", "table_row"]
    provider: str | None = None  # a transcript's provider column, when it has one
    category_hint: str | None = None  # a transcript's own category column (e.g. "Juvenile")
    course_code: str | None = None
    # A table row printing its start and its end in columns of their own: its dates span the course,
    # rather than dating its completion only.
    span_printed: bool = False
    title_guess: TitleGuess | None = None  # None: a label or cue named the title
    notes: tuple[str, ...] = ()  # why the course reading is uncertain, for the reviewer
    date_notes: tuple[str, ...] = ()  # ... the dates
    hours_notes: tuple[str, ...] = ()  # ... the hours
    # A certificate in a stack of several scanned into one file speaks for itself: its own page's
    # issuer and text, never the other certificates' (None: the document's issuer and text hold).
    own_issuer: Evidence | None = None
    own_text: str | None = None


PartKind = Literal["transcript", "certificate", "letter", "other"]


class DocumentPart(Frozen):
    """One document of a packet scanned into one file (``extract.packet``): its kind and pages."""

    kind: PartKind
    pages: tuple[int, ...]


class ExtractedDocument(Frozen):
    file: str
    sha256: str
    media_type: str
    pages: tuple[Page, ...]
    # stack: several certificates, one per page; packet: documents of several kinds (``parts``)
    layout: Literal["single", "table", "stack", "packet"]
    participant_name: Evidence | None
    issuer: Evidence | None
    certificate_number: str | None
    issue_date: date | None
    sro_start_date: date | None  # employment letters: the SRO start date the letter states, to the day
    # Employment letters: the earliest and latest day the stated SRO start can be ("August 2015": the
    # month), as printed, and why a person must confirm it; what the letter says of the present.
    sro_start_range: tuple[date, date] | None = None
    sro_start_text: str | None = None
    sro_start_notes: tuple[str, ...] = ()
    sro_start_ranges: tuple[tuple[date, date], ...] = ()  # several starts stated (two terms): each one's span
    employment: Literal["current", "ended"] | None = None
    employment_text: str | None = None
    # Employment letters about a former SRO: the span the stated end of the service lies in, as printed.
    sro_end_range: tuple[date, date] | None = None
    sro_end_text: str | None = None
    former_names: tuple[str, ...] = ()  # a letter's earlier names of its person ("(formerly Moreno)")
    items: tuple[RawItem, ...]
    attendees: tuple[str, ...] = ()  # an attendance roster's people (extract.roster): no certificate
    parts: tuple[DocumentPart, ...] = ()  # a packet's documents, in page order (other layouts: none)
    extractor_version: str = EXTRACTOR_VERSION
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(" ".join(w.text for w in p.words) for p in self.pages)

    @property
    def holds_a_letter(self) -> bool:
        """A packet with an employment letter among its documents: the letter's facts are the file's."""
        return any(p.kind == "letter" for p in self.parts)

    @property
    def states_sro_start(self) -> bool:
        """A letter read here states when the SRO service began (to the day, as a span, or unreadably)."""
        return self.sro_start_range is not None or bool(self.sro_start_notes)
