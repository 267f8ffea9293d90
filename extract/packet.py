"""A file that is a packet of several documents: its pages split into the documents they are.

Staff scan an applicant's whole packet into one PDF: a department's training record over several
pages, certificates, an employment letter, in any order. Read as one document, the file is either a
table (every certificate lost) or one certificate made of several pages' fields. Each page is asked
here what it is on its own:

- a transcript page holds table rows (under its own heading, or a heading-less continuation of the
  table of an earlier transcript page);
- a letter page states when its officer's SRO service began;
- a certificate page reads as one certificate: a course, a date or hours, and a person;
- any other page (a cover, an outline, a signature page) reads on as the part before it.

The file is a packet when it holds two kinds of these (a stack of certificates alone, a transcript
alone or a letter alone are read as they always were).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.certificate import CertificateReading, opens_a_certificate, read_certificate
from extract.letter import LetterReading, names_a_post, read_letter
from extract.transcript import read_table
from extract.types import DocumentPart, Line, PartKind, RawItem


@dataclass(frozen=True)
class PageKind:
    """What one page of a file is on its own, and what was read of it to tell."""

    number: int
    kind: PartKind
    lines: Sequence[Line]
    rows: tuple[RawItem, ...]  # table rows (transcript pages only)
    certificate: CertificateReading | None  # read when the page could be a certificate
    letter: LetterReading | None  # read when the page could be a letter
    header: Line | None = None  # a transcript page's table heading, for the pages continuing it


@dataclass(frozen=True)
class PacketPart:
    """Consecutive pages that make one document of a packet: a kind page and the pages reading on."""

    kind: PartKind
    pages: tuple[PageKind, ...]

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.pages)

    @property
    def lines(self) -> list[Line]:
        return [ln for p in self.pages for ln in p.lines]

    def summary(self) -> DocumentPart:
        return DocumentPart(kind=self.kind, pages=self.numbers)


def reads_as_one_certificate(reading: CertificateReading) -> bool:
    """A course with a date or hours, and the person it was given to."""
    item = reading.item
    return (
        item is not None
        and bool(item.course_title)
        and (item.hours is not None or item.start_date is not None)
        and reading.participant_name is not None
    )


def classify_pages(lines_per_page: Sequence[Sequence[Line]]) -> list[PageKind]:
    """Each page's kind, in page order. A table's heading carries over to later pages (a transcript's
    continuation pages have none of their own) only from a page that is a transcript page."""
    out: list[PageKind] = []
    header: Line | None = None
    previous: PartKind | None = None
    for lines in lines_per_page:
        number = lines[0].page if lines else len(out) + 1
        page = _page_kind(number, lines, header, previous)
        if page.kind == "transcript":
            header = page.header
        out.append(page)
        previous = page.kind if page.kind != "other" else previous
    return out


def _page_kind(
    number: int, lines: Sequence[Line], header: Line | None, previous: PartKind | None
) -> PageKind:
    if not lines:
        return PageKind(number, "other", lines, (), None, None)
    rows, own_header = read_table(lines, header)
    has_own_header = own_header is not None and own_header is not header
    if (
        previous == "letter"
        and rows
        and all(not r.hours_text and names_a_post(r.course_title or "") for r in rows)
    ):
        # The letter's enclosure: its officer's assignment history ("Attachment A: Assignment History",
        # Assignment | Start | End), no courses. It reads on as the letter, which then states its start.
        return PageKind(number, "other", lines, (), None, None)
    if len(rows) >= 2 and has_own_header:
        return PageKind(number, "transcript", lines, tuple(rows), None, None, own_header)
    certificate = read_certificate(lines)
    opens = opens_a_certificate(lines)
    one_certificate = reads_as_one_certificate(certificate)
    if rows and has_own_header and not (one_certificate and opens):
        # A table's heading and its one row (a transcript's last page): no letter, whatever its
        # header's "Assignment: SRO" and report dates say.
        return PageKind(number, "transcript", lines, tuple(rows), certificate, None, own_header)
    letter = read_letter(lines)
    if letter.states_sro_start:
        return PageKind(number, "letter", lines, (), certificate, letter)
    # A letter's later page names its officer and may name a course and a date: it reads on as the
    # letter unless it opens a certificate of its own. Rows read under another page's heading from a
    # page that opens a certificate are its fields.
    fields_not_rows = not rows or (opens and not has_own_header)
    if one_certificate and (opens or previous != "letter") and fields_not_rows:
        return PageKind(number, "certificate", lines, (), certificate, letter)
    # A table reading on from a transcript page, or one whose columns its rows show.
    continues = previous == "transcript" and header is not None
    if rows and (continues or len(rows) >= 2):
        return PageKind(number, "transcript", lines, tuple(rows), certificate, letter, own_header)
    return PageKind(number, "other", lines, (), certificate, letter)


def split_packet(lines_per_page: Sequence[Sequence[Line]]) -> list[PacketPart] | None:
    """The parts of a file that is a packet of documents of two kinds or more; None otherwise."""
    if len(lines_per_page) < 2:
        return None
    pages = classify_pages(lines_per_page)
    rows = sum(len(p.rows) for p in pages if p.kind == "transcript")
    kinds = {p.kind for p in pages} - {"other"}
    if rows < 2:
        kinds.discard("transcript")  # one row is no table: the page is another part's
    if len(kinds) < 2:
        return None
    parts: list[PacketPart] = []
    for page in pages:
        kind = "other" if page.kind == "transcript" and rows < 2 else page.kind
        continues = bool(parts) and kind == parts[-1].kind == "transcript"
        if parts and (kind == "other" or continues):
            # A page that is no document of its own reads on as the part before it (an outline,
            # a signature page, a transcript's closing totals), and a table goes on over pages.
            last = parts[-1]
            parts[-1] = PacketPart(last.kind, (*last.pages, page))
        else:
            parts.append(PacketPart(kind, (page,)))
    return parts
