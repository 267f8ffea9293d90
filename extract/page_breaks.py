"""A table row split by a page break, put back together before the pages are read (pure: no OCR here).

A report writer may set a row's title before it tests the page's room: the one-line title then ends page 1
alone and the row's date and hours open page 2 under the repeated headings, their title cell empty
(``title_at_foot``). Or the row's cells and its title's first line end page 1 and the title's last words
open page 2, above the next row (``title_over_break``). Each page read alone loses the row (a date and an
amount are no row) or cuts its title ("Crisis Intervention for"). Here the two pieces are made one line on
the page holding the row's date: the title's words are set level with it (their x kept, so they fall in the
same columns), and the item read from it says, where the join is not sure, that its row runs over a page
break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.transcript import (
    RULING_RE,
    WRAPPING_ROLES,
    Section,
    _has_title,
    _is_row,
    _without_specks,
    row_dates,
    table_sections,
)
from extract.types import Line, RawItem, Word

# A page's foot under its table: "Page 1 of 2", "Printed 04/02/2024 09:14", "Run date ...", "Continued ...",
# "Confidential", a form number. Nothing under the lone title but such lines.
FOOTER_RE = re.compile(
    r"(?i)\bpage\s*\d+|\b(?:printed|run\s+date|run\s+on|report\s+date|generated|confidential|continued|"
    r"cont'd)\b|^\W*\d{1,3}\W*$"
)
SURE_CONF = 0.8  # every moved word read at least this surely: the join needs no person
AT_FOOT_NOTE = (
    "the row continues over a page break: its title ends page {a}, its date and hours open page {b}"
)
OVER_BREAK_NOTE = (
    "the row continues over a page break: its title's last words {words!r} open page {b} above the next "
    "row, and the table shows no other wrapped title to tell whose they are"
)
FOOT_OPENS_NOTE = (
    "the row may continue over a page break: the line {words!r} alone ends page {a} and was read as the "
    "start of its title (the next page's first row prints the rest); it might be a heading instead"
)
UNSURE_OVER_BREAK_NOTE = (
    "the row continues over a page break: its title's last words {words!r} open page {b}, read unsurely"
)


@dataclass(frozen=True)
class Join:
    """A row put back together: the page its item is read on, the moved words' text, and the note its
    item carries ("" where the join is sure)."""

    page: int
    moved: str
    note: str
    # Words opening the item's title that its row did not print (its title's first line ending the page
    # before): set before the title read on the row.
    prefix: str = ""


def stitch_page_breaks(lines_per_page: Sequence[Sequence[Line]]) -> tuple[list[list[Line]], list[Join]]:
    """The pages with every row split by a page break made whole, and the joins made."""
    # Cleaned as the table reader cleans them, so that its sections hold these very lines.
    pages = [[ln for ln in map(_without_specks, lines) if ln.words] for lines in lines_per_page]
    joins: list[Join] = []
    if len(pages) < 2:
        return pages, joins
    header: Line | None = None
    for k in range(len(pages) - 1):
        sections_a, _, header_a = table_sections(pages[k], header)
        header = header_a
        if not sections_a or not pages[k + 1]:
            continue
        sections_b, _, _ = table_sections(pages[k + 1], header_a)
        a = sections_a[-1]
        if not sections_b:
            # The next page holds no row: perhaps the record's last row's date and hours alone.
            join = _cells_alone(pages, k, a)
        else:
            b = sections_b[0]
            join = _title_at_foot(pages, k, a, b) or _title_over_break(pages, k, a, b)
        if join is not None:
            joins.append(join)
            # The next pair reads page k + 1 as it now stands.
    return pages, joins


def noted(items: Sequence[RawItem], joins: Sequence[Join]) -> list[RawItem]:
    """``items`` with each unsure join's note on the item read from the joined row."""
    out = list(items)
    for join in joins:
        if not join.note:
            continue
        for n, item in enumerate(out):
            if item.page == join.page and join.moved in (item.course_title or ""):
                title = f"{join.prefix} {item.course_title}" if join.prefix else item.course_title
                out[n] = item.model_copy(update={"notes": (*item.notes, join.note), "course_title": title})
                break
    return out


def _words(line: Line) -> list[Word]:
    return [w for w in line.words if not RULING_RE.fullmatch(w.text)]


def _title_only(line: Line, section: Section) -> bool:
    """A line of words in the title (or provider) column alone, no date or figure among them."""
    words = _words(line)
    if not words or row_dates(line.text) or FOOTER_RE.search(line.text):
        return False
    if any(re.fullmatch(r"[\d.,:]+", w.text) for w in words):
        return False
    cols = section.cols
    return all(cols[section.place(w)].role in WRAPPING_ROLES for w in words) and any(
        cols[section.place(w)].role == "title" for w in words
    )


def _foot_only(lines: Sequence[Line]) -> bool:
    """Lines that are a page's foot (page number, print date) and nothing of the table's."""
    return all(FOOTER_RE.search(ln.text) or (row_dates(ln.text) and not _is_row(ln)) for ln in lines)


def _after_last_row(page: Sequence[Line], section: Section, far: bool = False) -> list[Line] | None:
    """The page's lines under its last table's last row and that row's wrapped lines (None: the table is
    not the page's own lines, as a half of two tables side by side). ``far``: the last wrapped line stays
    among them where it stands a whole row's pitch below (``Row.far_wrap``): a row's own line, perhaps."""
    last = section.row_idx[-1]
    if last >= len(page) or page[last] is not section.lines[last]:
        return None
    rest = list(page[last + 1 :])
    wrapped: list[Line] = []
    while rest and id(rest[0]) in section.attached:
        wrapped.append(rest.pop(0))
    if far and wrapped and section.rows[-1].far_wrap:
        rest.insert(0, wrapped[-1])
    return rest


def _head_lines(page: Sequence[Line], section: Section) -> tuple[list[Line], int]:
    """The lines between the table's headings (or the page's top) and its first row, and that row's index."""
    first = section.row_idx[0]
    start = page.index(section.header) + 1 if section.header is not None and section.header in page else 0
    return list(page[start:first]), first


def _level_with(words: Sequence[Word], line: Line) -> list[Word]:
    """``words`` moved onto ``line``'s level (x kept)."""
    y0, y1 = line.bbox[1], line.bbox[3]
    return [w.model_copy(update={"bbox": (w.bbox[0], y0, w.bbox[2], y1)}) for w in words]


def _below(words: Sequence[Word], line: Line) -> list[Word]:
    """``words`` set on the line right under ``line`` (x kept), as a wrapped title's next line stands."""
    height = line.height
    y0 = line.bbox[3] + 0.1 * height
    return [w.model_copy(update={"bbox": (w.bbox[0], y0, w.bbox[2], y0 + height)}) for w in words]


def _sure(words: Sequence[Word]) -> bool:
    return all(w.conf >= SURE_CONF for w in words)


def _title_at_foot(pages: list[list[Line]], k: int, a: Section, b: Section) -> Join | None:
    """A lone title line ending page ``k``'s table, the next page's first cells line printing a date and
    no title: one row, on the next page."""
    tail = _after_last_row(pages[k], a, far=True)
    if not tail or b.header is None or not _title_only(tail[0], a) or not _foot_only(tail[1:]):
        return None
    head, _ = _head_lines(pages[k + 1], b)
    # The cells line: either no row (a date and the hours only) right under the headings, or the first row
    # printing no title.
    cells: Line | None = None
    if len(head) == 1 and row_dates(head[0].text) and not _title_words(head[0], b):
        cells = head[0]
    elif not head and not _has_title(b.rows[0], b.cols):
        cells = b.rows[0].line
    elif not head and _title_words(b.rows[0].line, b) and _hours_in(b.rows[0].line, b):
        if not _reads_as_a_title_start(tail[0], _title_words(b.rows[0].line, b)):
            return None
        return _foot_opens_title(pages, k, tail[0], b)
    if cells is None or not _hours_in(cells, b):
        return None
    return _join_at_foot(pages, k, tail, cells, a)


def _hours_in(line: Line, section: Section) -> bool:
    return any(section.cols[section.place(w)].role == "hours" for w in _words(line))


# Words a title's first line ends on when its title goes on ("Interviewing and ...", "Training for ...").
_LINK_WORDS = frozenset(
    {"a", "an", "and", "&", "for", "of", "the", "to", "with", "in", "on", "at", "by", "or"}
)
MAX_TITLE_TAIL_WORDS = 2


def _reads_as_a_title_start(foot: Line, own: Sequence[Word]) -> bool:
    """Page ``k``'s lone foot line opens the next row's title: it ends on a joining word, or the row's own
    title is a title's short tail ("Juveniles", "Investigations"). A whole title over a row printing a
    whole title of its own ("Juvenile Law for Law Enforcement" / "Defensive Tactics Refresher") is a row
    whose cells a page lost, not one title."""
    words = _words(foot)
    ends_on_a_link = bool(words) and words[-1].text.lower() in _LINK_WORDS
    return ends_on_a_link or len(own) <= MAX_TITLE_TAIL_WORDS


def _foot_opens_title(pages: list[list[Line]], k: int, title: Line, b: Section) -> Join:
    """Page ``k``'s lone title line over the next page's first row, which prints its own title line with
    its date and hours (cells set on a title's last line): that line opens the row's title. Always for a
    person to confirm: a heading left at a page's foot reads the same."""
    own = _title_words(b.rows[0].line, b)
    pages[k] = [ln for ln in pages[k] if ln is not title]
    note = FOOT_OPENS_NOTE.format(words=_text_of(title), a=title.page)
    return Join(b.rows[0].line.page, own[0].text, note, prefix=_text_of(title))


def _text_of(line: Line) -> str:
    return " ".join(w.text for w in _words(line))


def _join_at_foot(pages: list[list[Line]], k: int, tail: list[Line], cells: Line, a: Section) -> Join | None:
    """Page ``k``'s lone title (``tail[0]``, all of ``tail`` else a page's foot) set on the next page's
    ``cells`` line."""
    if not _title_only(tail[0], a) or not _foot_only(tail[1:]):
        return None
    title = tail[0]
    words = sorted([*_level_with(title.words, cells), *cells.words], key=lambda w: w.bbox[0])
    merged = Line(words=tuple(words), page=cells.page)
    pages[k] = [ln for ln in pages[k] if ln is not title]
    pages[k + 1] = [merged if ln is cells else ln for ln in pages[k + 1]]
    sure = _sure([*title.words, *cells.words])
    note = "" if sure else AT_FOOT_NOTE.format(a=title.page, b=cells.page)
    return Join(cells.page, _words(title)[0].text, note)


def _cells_alone(pages: list[list[Line]], k: int, a: Section) -> Join | None:
    """A lone title line ending page ``k``'s table and a next page holding, under the same headings, one
    line of a date and the hours (the record's last row) and its foot: placed by page ``k``'s columns."""
    tail = _after_last_row(pages[k], a, far=True)
    if not tail or a.header is None:
        return None
    # The page's headings repeated word for word (a page of no row is no table of its own to find them by).
    heads = [n for n, ln in enumerate(pages[k + 1]) if ln.text == a.header.text]
    if len(heads) != 1:
        return None
    rest = pages[k + 1][heads[0] + 1 :]
    if not rest or not _foot_only(rest[1:]) or not row_dates(rest[0].text) or _title_words(rest[0], a):
        return None
    if not any(a.cols[a.place(w)].role == "hours" for w in _words(rest[0])):
        return None
    return _join_at_foot(pages, k, tail, rest[0], a)


def _title_words(line: Line, section: Section) -> list[Word]:
    return [w for w in _words(line) if section.cols[section.place(w)].role == "title"]


def _title_over_break(pages: list[list[Line]], k: int, a: Section, b: Section) -> Join | None:
    """Page ``k``'s last row (a title and its cells) and, under the next page's headings, a line of title
    words alone above a row printing its own title: the rest of the last row's title."""
    tail = _after_last_row(pages[k], a)
    if tail is None or b.header is None or not _foot_only(tail) or not _has_title(a.rows[-1], a.cols):
        return None
    head, _ = _head_lines(pages[k + 1], b)
    if len(head) != 1 or not _title_only(head[0], b) or not _has_title(b.rows[0], b.cols):
        return None
    rest = head[0]
    last = a.rows[-1].line
    anchor = last
    for ln in pages[k][pages[k].index(last) + 1 :]:
        if id(ln) not in a.attached:
            break
        anchor = ln
    moved = Line(words=tuple(_below(rest.words, anchor)), page=last.page)
    at = pages[k].index(anchor) + 1
    pages[k] = [*pages[k][:at], moved, *pages[k][at:]]
    pages[k + 1] = [ln for ln in pages[k + 1] if ln is not rest]
    # Whose line it is is settled where the table wraps other titles under their cells (a row's wrapped
    # line below it); else it might open the next page's first title, its cells set on its last line.
    wraps_below = any(r.wrapped for r in [*a.rows, *b.rows])
    if not wraps_below:
        note = OVER_BREAK_NOTE.format(words=rest.text, b=rest.page)
    elif not _sure(rest.words):
        note = UNSURE_OVER_BREAK_NOTE.format(words=rest.text, b=rest.page)
    else:
        note = ""
    return Join(last.page, _words(rest)[0].text, note)
