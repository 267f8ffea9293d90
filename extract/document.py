"""The extract stage: a file in, an ExtractedDocument (words, fields, raw items) out."""

from __future__ import annotations

import hashlib
import logging
import re
import statistics
import threading
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

from extract.cell_gaps import CellGap, table_gaps
from extract.cell_reread import reread_cells
from extract.certificate import (
    CLOSING_RE,
    CertificateReading,
    DateCandidate,
    is_field_label,
    opens_a_certificate,
    person_after_cue,
    read_certificate,
)
from extract.config import ExtractConfig
from extract.course_list import listed_courses
from extract.delimited import delimited_as_columns
from extract.errors import ExtractError
from extract.fax_cover import is_fax_cover
from extract.fields.names import is_salutation, name_before_next_label, person_name_score, tidy_read_name
from extract.fields.text import fold_accents
from extract.gutters import Gutter, find_gutters, level_column_bands, split_at
from extract.letter import (
    LetterReading,
    names_a_post,
    part_post_note,
    read_letter,
    self_signed_note,
    service_note,
    start_from_service_months,
    start_from_service_years,
)
from extract.letter_end import EndReading, ended_by, read_sro_end
from extract.lines import group_lines, split_cells
from extract.packet import PacketPart, split_packet
from extract.page_breaks import noted, stitch_page_breaks
from extract.read import read_pages, second_readings
from extract.roster import roster_attendees, roster_event, roster_heading
from extract.subtotals import check_subtotals
from extract.transcript import read_table
from extract.types import Evidence, ExtractedDocument, Line, Page, RawItem, Word
from extract.warm_up import warm_up_in_background

log = logging.getLogger(__name__)

NAME_LABEL_RE = re.compile(
    r"\b(?:name|employee|officer|deputy|trooper|student|member|participant|trainee|attendee|learner|personnel)"
    r"\s*:\s*(.+)$"
    # "Training Record for: ...", "Transcript of Dana Reyes": the report names whose it is.
    r"|\b(?:record|transcript|history|report|summary)\s+(?:for|of)\s*:?\s*(.+)$",
    re.I,
)


def page_lines(pages: Sequence[Page]) -> list[list[Line]]:
    """Each page's lines (``_lines_of``); a page object seen lately (a document is parsed again after its
    second readings and its blank cells: most pages are the same objects) is not grouped again."""
    return [_remembered_lines(p) for p in pages]


def _lines_of(p: Page) -> list[Line]:
    if p.paper_gaps:  # papers photographed side by side: no line runs from one onto the other
        return [ln for paper in _papers(p) for ln in paper]
    return _grouped_lines(p.words, p.number, p.width if p.source == "ocr" else None)


def _grouped_lines(words: Sequence[Word], page: int, frame_width: float | None = None) -> list[Line]:
    """``words`` of one page (or one paper of it) as lines, a side block read apart."""
    # A CSV export printed as text aligns no column: its cells are set in columns first (extract.delimited).
    return _beside_a_side_block(delimited_as_columns(group_lines(words, page)), page, frame_width)


def _papers(p: Page) -> list[list[Line]]:
    """The lines of each paper of a photo of papers lying side by side (``Page.paper_gaps``), left first;
    a paper no word lies on is left out."""
    edges = [-float("inf"), *sorted(p.paper_gaps), float("inf")]
    papers = []
    for left, right in pairwise(edges):
        words = [w for w in p.words if left <= (w.bbox[0] + w.bbox[2]) / 2 < right]
        if words:
            papers.append(_grouped_lines(words, p.number))
    return papers


def _certificate_beside_papers(pages: Sequence[Page]) -> tuple[CertificateReading, list[RawItem]] | None:
    """A photo of a certificate lying beside another paper that is none (a roster, a memo, a letter naming
    no course of a person): the certificate read from its own paper's lines alone, and the course each other
    paper names as an item for a person (``ANOTHER_PAPER_NOTE``). None unless the file is that one photo and
    exactly one of its papers reads as a certificate of its own (a course with a date or hours, and its
    holder); two such papers are two certificates (``certificate_stack``).

    Read as one page, the papers' words mix: the other paper's labelled "Course:" was taken for the course
    and the certificate's own course was lost. Which paper is the applicant's evidence is the certificate's
    to say; whether the other is too is a person's call, so its course is kept, never credited unseen.
    """
    if len(pages) != 1 or not pages[0].paper_gaps:
        return None
    papers = _papers(pages[0])
    readings = [read_certificate(paper) for paper in papers]
    complete = [i for i, r in enumerate(readings) if _has_course(r) and r.participant_name is not None]
    if len(papers) < 2 or len(complete) != 1:
        return None
    own = complete[0]
    others = [
        r.item.model_copy(update={"notes": (*r.item.notes, ANOTHER_PAPER_NOTE)})
        for i, r in enumerate(readings)
        if i != own and r.item is not None and r.item.course_title
    ]
    return readings[own], others


ANOTHER_PAPER_NOTE = (
    "read from another paper photographed beside the certificate, which is not a certificate of its own:"
    " a person checks whose it is and what it proves"
)


_LINES_MEMO_PAGES = 64  # pages whose lines are kept (a few KiB each: the words are the page's own)
_lines_memo: OrderedDict[int, tuple[Page, tuple[Line, ...]]] = OrderedDict()
_lines_memo_lock = threading.Lock()


def _remembered_lines(page: Page) -> list[Line]:
    """``_lines_of(page)``, from memory when this very page object (frozen) was grouped lately.

    Keyed by identity and holding the page, so a key is never another page's; a new list each time."""
    with _lines_memo_lock:
        hit = _lines_memo.get(id(page))
        if hit is not None and hit[0] is page:
            _lines_memo.move_to_end(id(page))
            return list(hit[1])
    lines = _lines_of(page)
    with _lines_memo_lock:
        _lines_memo[id(page)] = (page, tuple(lines))
        while len(_lines_memo) > _LINES_MEMO_PAGES:
            _lines_memo.popitem(last=False)
    return lines


SIDE_GAP_LINES = 3.0  # a side block stands this many text heights clear of the page's main text
SIDE_MAX_WORD_SHARE = 0.25  # ... holds at most this share of the page's words
SIDE_MAX_WIDTH_SHARE = 0.4  # ... and spans at most this share of the text's width
LEVEL_CENTRES = 0.25  # of the taller text's height: two parts of a line this close in centre are level
LEVEL_SIZES = 1.25  # ... and this close in size
FRAME_EDGE = 0.01  # of the frame's width: a word this near its left or right edge is cut off by it
OTHER_PAPER_MAX_WORD_SHARE = 0.5  # another paper at the frame's edge holds fewer words than the page


def _beside_a_side_block(lines: list[Line], page: int, frame_width: float | None = None) -> list[Line]:
    """The page's lines, a logo or name block down one side read apart from the main text beside it.

    A certificate with a coloured band down its left ("School" / "Safety" / "Alliance" stacked in it)
    leaves lines joining a word of the band to the main text's line at its height ("Safety for
    participating in"): the course after that cue was read from the band ("Alliance"). Where a band of
    white at least ``SIDE_GAP_LINES`` text heights wide runs down the whole page, the narrower side
    holds few words, is no field's label, and the lines crossing the band are not level there (other
    sizes, other baselines: a form's label and value are level), each side's words are chained into
    lines of their own, the left side first.
    """
    crossing_lines = [ln for ln in lines if len(ln.words) > 1]
    words = [w for ln in lines for w in ln.words]
    if not crossing_lines or len(words) < 12:
        return lines
    heights = sorted(w.bbox[3] - w.bbox[1] for w in words)
    min_gap = SIDE_GAP_LINES * max(heights[len(heights) // 2], 1.0)
    extent = max(w.bbox[2] for w in words) - min(w.bbox[0] for w in words)
    for reach, start in level_column_bands([w.bbox for w in words], min_gap):
        cut = (reach + start) / 2
        if frame_width is not None:
            kept = _another_paper(words, cut, frame_width, page)
            if kept is not None:
                return kept
        split = _split_off_side_block(lines, words, cut, extent, page)
        if split is not None:
            return split
    return lines


def _split_off_side_block(
    lines: Sequence[Line], words: Sequence[Word], cut: float, extent: float, page: int
) -> list[Line] | None:
    left = [w for w in words if (w.bbox[0] + w.bbox[2]) / 2 < cut]
    right = [w for w in words if (w.bbox[0] + w.bbox[2]) / 2 >= cut]
    side = min(left, right, key=len)
    if len(side) > SIDE_MAX_WORD_SHARE * len(words):
        return None
    if max(w.bbox[2] for w in side) - min(w.bbox[0] for w in side) > SIDE_MAX_WIDTH_SHARE * extent:
        return None
    crossing = [ln for ln in lines if {w in side for w in ln.words} == {True, False}]
    if not crossing or any(_level_across(ln, side) for ln in crossing):
        return None
    side_lines = group_lines(side, page)
    if any(is_field_label(ln.text) or ":" in ln.text for ln in side_lines):
        return None  # a column of labels ("Name", "Course:") beside their values
    left_lines = group_lines(left, page) if side is not left else side_lines
    right_lines = group_lines(right, page) if side is not right else side_lines
    return [*left_lines, *right_lines]


def _another_paper(words: Sequence[Word], cut: float, frame_width: float, page: int) -> list[Line] | None:
    """The lines of the page alone when the words beyond the band at ``cut`` are another paper partly in
    view: the smaller side (under half the words), whose lines, two or more, mostly run out of the frame
    (a word of each within ``FRAME_EDGE`` of the frame's edge on its side), while the other side's lines
    never run out of the frame at theirs (the page itself is whole in the photo).

    A photo of a certificate with a memo showing under it along one side read the memo's words into the
    certificate's lines ("has successfully completed the Spring Festival det") and its "12 hours" as the
    course's hours. A page's own text stands inside its margins: print cut off by the frame's edge is a
    paper the photo did not mean, whatever it says (a logo block or a column of the page itself ends
    inside the frame, and is kept by ``_split_off_side_block``).
    """
    left = [w for w in words if (w.bbox[0] + w.bbox[2]) / 2 < cut]
    right = [w for w in words if (w.bbox[0] + w.bbox[2]) / 2 >= cut]
    if not left or not right:
        return None
    edge = FRAME_EDGE * frame_width

    def out_of_frame(ln: Line, at_left: bool) -> bool:
        return ln.bbox[0] <= edge if at_left else ln.bbox[2] >= frame_width - edge

    for side, rest, at_left in ((left, right, True), (right, left, False)):
        if len(side) >= OTHER_PAPER_MAX_WORD_SHARE * len(words):
            continue
        side_lines = group_lines(side, page)
        cut_off = sum(out_of_frame(ln, at_left) for ln in side_lines)
        if cut_off < 2 or 2 * cut_off < len(side_lines):
            continue
        rest_lines = group_lines(rest, page)
        if not any(out_of_frame(ln, not at_left) for ln in rest_lines):
            return rest_lines
    return None


def _level_across(line: Line, side: Sequence[Word]) -> bool:
    """The two parts of ``line`` either side of a band stand level: one baseline, one size. The outer part
    is measured by its words' median height and by the line through their centres, carried to the inner
    part: on a tilted scan a table row's words drift down across the page, and the whole row, title to
    dates, stands taller than the amount across the band and its middle higher (a far-right hours column
    was read as a block of its own, every row losing its hours)."""
    inside = [w for w in line.words if w in side]
    outside = [w for w in line.words if w not in side]
    a0, a1 = min(w.bbox[1] for w in inside), max(w.bbox[3] for w in inside)
    ha, hb = a1 - a0, statistics.median(w.bbox[3] - w.bbox[1] for w in outside)
    if max(ha, hb) > LEVEL_SIZES * max(min(ha, hb), 1e-6):
        return False
    xs = [(w.bbox[0] + w.bbox[2]) / 2 for w in outside]
    ys = [(w.bbox[1] + w.bbox[3]) / 2 for w in outside]
    x_in = statistics.fmean((w.bbox[0] + w.bbox[2]) / 2 for w in inside)
    centre = statistics.median(ys)
    if len(outside) >= 3 and max(xs) - min(xs) > 0:
        slope, intercept = statistics.linear_regression(xs, ys)
        centre = slope * x_in + intercept
    return abs((a0 + a1) / 2 - centre) <= LEVEL_CENTRES * max(ha, hb)


def _table_items(lines_per_page: Sequence[Sequence[Line]]) -> tuple[list[RawItem], Line | None]:
    """The rows of the file's table, and its heading (None when it has none of its own)."""
    items: list[RawItem] = []
    header: Line | None = None
    pages, joins = stitch_page_breaks(lines_per_page)
    for lines in pages:
        page_items, header = read_table(lines, header)
        items.extend(page_items)
    return check_subtotals(noted(items, joins), pages), header


def _one_row_record(rows: Sequence[RawItem], header: Line | None, cert: CertificateReading) -> bool:
    """A record listing one course: a table's heading ("Date Completed | Course Title | Hours") and its one
    row with its hours, where the page read as a certificate finds no hours or takes the heading's own
    words for its course ("Course Title"). Read as the table (as a packet's last transcript page is), the
    course is the row."""
    if len(rows) != 1 or header is None or rows[0].hours is None:
        return False
    item = cert.item
    if item is None or item.hours is None:
        return True
    return _name_tokens(item.course_title or "") <= _name_tokens(header.text)


# A form verifying employment names itself so: its table of positions is the officer's posts, not courses.
EMPLOYMENT_FORM_RE = re.compile(
    r"\b(?:verification\s+of\s+(?:employment|service|assignment)|(?:employment|service|assignment)\s+"
    r"verification|personnel\s+(?:action|order))\b",
    re.I,
)


def _post_or_field(title: str) -> bool:
    """A row of a letter's table names a post held, or is a field of its form ("Sworn Since:", "SRO
    Assignment Began:": a label over nothing but its date)."""
    return names_a_post(title) or bool(re.fullmatch(r"[A-Za-z][A-Za-z .'/-]{2,40}:", title.strip()))


def _assignment_history(rows: Sequence[RawItem], lines: Sequence[Line]) -> bool:
    """A letter's table of the posts its officer held: a salutation or a closing on the page (or a heading
    naming an employment verification form), and rows that print no hours and each name a post ("Patrol
    Division", "School Resource Officer"), never a course."""
    return (
        bool(rows)
        and all(not row.hours_text and _post_or_field(row.course_title or "") for row in rows)
        and any(
            is_salutation(ln.text) or CLOSING_RE.search(ln.text) or EMPLOYMENT_FORM_RE.search(ln.text)
            for ln in lines
        )
    )


def _hire_read_on_a_certificate(letter: LetterReading, lines: Sequence[Line]) -> bool:
    """What the letter reader took for a hire date alone ("completed the following courses on April 12,
    2023" under a police academy's name) on a page with no salutation and no closing: a certificate's
    sentence, so its list of courses is still read (a letter stating an SRO start never is)."""
    return (
        letter.sro_start_range is None
        and bool(letter.hire_texts)
        and len(letter.sro_start_notes) == 1
        and not any(is_salutation(ln.text) or CLOSING_RE.search(ln.text) for ln in lines)
    )


def _courses_listed_with_hours(rows: Sequence[RawItem], lines: Sequence[Line]) -> bool:
    """Rows read as a table that found no hours in them, where each is a listed course whose own words
    print its hours ("01/10/2023   School Emergency Operations Planning   8 hrs": the amount set right after
    a title of any length is no column): the page's list of courses, not a table. So are rows that are
    only some of the courses the page lists (a list's undated line breaks the columns the table reader
    found: the rows are the lines after it)."""
    if not rows:
        return False
    listed = listed_courses(lines, None)
    if listed is None:
        return False
    if len(rows) >= 2 and all(row.hours is None for row in rows) and len(listed) == len(rows):
        return True
    # A row's title may be cut short where the table reader put a column's edge.
    titles = [set(re.findall(r"\w+", (c.course_title or "").lower())) for c in listed]
    return len(listed) > len(rows) and all(
        (words := set(re.findall(r"\w+", (row.course_title or "").lower())))
        and any(words <= t for t in titles)
        for row in rows
    )


def _table_participant(lines_per_page: Sequence[Sequence[Line]]) -> Evidence | None:
    """A transcript names its person in a labelled field ("Name: ...", "Employee: ...")."""
    for lines in lines_per_page:
        for line in lines[:12]:
            if (person := _labelled_person(line)) is not None:
                return person
    return None


def _labelled_person(line: Line) -> Evidence | None:
    """The person a line names in a labelled field ("Officer: Dana Reyes   Badge: 2231"), else None."""
    m = NAME_LABEL_RE.search(line.text)
    if m is None:
        return None
    value = name_before_next_label(_to_cell_end(line, m.start(1) if m.group(1) else m.start(2)))
    if not value:
        return None
    # OCR's damage undone as on a certificate ("Bailey, KellyE", "Jeremiah Adams Il")
    return Evidence(page=line.page, bbox=line.bbox, text=tidy_read_name(value), conf=line.mean_conf)


# A running header's cell naming the record's officer and nothing else: a rank, the name, perhaps a badge
# or ID number ("Ofc. Marisol T. Quintanilla   #4471").
# Only an officer's rank: a chief's, sheriff's or captain's name over a page is the agency's letterhead.
HEADER_RANK_RE = re.compile(
    r"(?:Officer|Ofc\.?|Deputy|Dep\.?|Sergeant|Sgt\.?|Corporal|Cpl\.?|Detective|Det\.?|Trooper|Tpr\.?|"
    r"SRO|School\s+Resource\s+Officer)\s+(?!(?:Chief|Sheriff|Director|Commander|Superintendent)\b)(?=[A-Z])"
)
HEADER_PERSON_RE = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})"
    r"(?:\s+(?:#|(?:Badge|ID|Employee)\s*(?:No\.?|#)?:?)\s*\d{2,7})?"
)
RUNNING_HEADER_LINES = 2  # the page's first lines that may be its running header


def _person_in_running_header(lines: Sequence[Line]) -> Evidence | None:
    """A record naming its officer only in a running header over the page: one of the page's first lines
    opening with a cell of a rank and a person's name alone ("Ofc. Marisol T. Quintanilla  #4471" beside
    "Training History"). A rank is required: a bare name at a page's top may be its signer's or agency's."""
    for line in sorted(lines, key=lambda ln: ln.bbox[1])[:RUNNING_HEADER_LINES]:
        cell = split_cells(line)[0]
        rank = HEADER_RANK_RE.match(cell.text)
        if rank is None or (m := HEADER_PERSON_RE.fullmatch(cell.text[rank.end() :].strip())) is None:
            continue
        name = tidy_read_name(m["name"])
        if person_name_score(name) >= 0.8:
            return Evidence(page=line.page, bbox=cell.bbox, text=name, conf=cell.mean_conf)
    return None


def _rows_of_others(
    items: tuple[RawItem, ...], lines_per_page: Sequence[Sequence[Line]], name: Evidence | None
) -> tuple[tuple[RawItem, ...], list[str]]:
    """A record's pages each heading their person ("Name: ..."): the rows of a page naming someone else
    than the record's person (another officer's record scanned behind it; a page naming nobody continues
    the page before) go to a person, with why; and the warning saying so."""
    if name is None:
        return items, []
    person: Evidence | None = name
    whose: dict[int, Evidence] = {}
    # Every labelled person of a page, top to bottom: a unit's report may hold several officers' sections
    # on one page ("Officer: ..." over each one's rows), so a row is whose section it stands in.
    sections: dict[int, list[Evidence]] = {}
    for lines in lines_per_page:
        if not lines:
            continue
        if len(lines_per_page) > 1:
            person = _table_participant([lines]) or person
            if person is not None and not _same_person(person, name):
                whose[lines[0].page] = person
        sections[lines[0].page] = sorted(
            (p for ln in lines if (p := _labelled_person(ln)) is not None), key=lambda e: e.bbox[1]
        )
    notes: dict[int, str] = {}
    others: list[str] = []
    for k, it in enumerate(items):
        above = [e for e in sections.get(it.page, []) if e.bbox[3] <= it.bbox[1] + 1]
        if above and not _same_person(above[-1], name) and any(_same_person(e, name) for e in above[:-1]):
            # The record's person heads the page and another officer's section follows: that one's rows
            notes[k] = (
                f"the rows under {above[-1].text!r}'s heading are the record of another person, not "
                f"{name.text}'s: a person checks whose they are"
            )
            others.append(above[-1].text)
        elif (other := whose.get(it.page)) is not None:
            notes[k] = (
                f"page {it.page} is the record of another person ({other.text}), not {name.text}'s: a person "
                "checks whose its rows are"
            )
            others.append(other.text)
    if not notes:
        return items, []
    out = tuple(
        it.model_copy(update={"notes": (*it.notes, notes[k])}) if k in notes else it
        for k, it in enumerate(items)
    )
    listed = ", ".join(dict.fromkeys(others))
    return out, [f"this record names another person ({listed}): their rows are not credited unchecked"]


def _to_cell_end(line: Line, at: int) -> str:
    """``line``'s text from ``at`` to the end of the cell holding it: a field's value stops at the wide gap
    before the next field ("OFFICER: DESMOND K. ACHEBE      POST ID: 7720" -> "DESMOND K. ACHEBE")."""
    end = -1
    for cell in split_cells(line):
        end += 1 + len(cell.text)  # the cells' texts, joined by one space, are the line's text
        if end > at:
            break
    return line.text[at : max(end, at)]


def _same_course(a: RawItem, b: RawItem) -> bool:
    """Two pages about one course (a certificate and its outline, or a copy): same dates, and the
    same title or hours. An annual course certified in different years is two courses."""
    if a.start_date is None or a.start_date != b.start_date or a.end_date != b.end_date:
        return False
    same_title = _name_tokens(a.course_title or "") == _name_tokens(b.course_title or "")
    return same_title or (a.hours is not None and a.hours == b.hours)


def _name_tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in re.findall(r"[a-z]+", fold_accents(text).lower()) if len(t) > 1)


def _same_person(a: Evidence, b: Evidence) -> bool:
    """ "Maria L. Gonzalez" and "MARIA GONZALEZ": one name's words all in the other's."""
    ta, tb = _name_tokens(a.text), _name_tokens(b.text)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def _has_course(reading: CertificateReading) -> bool:
    item = reading.item
    return (
        item is not None
        and bool(item.course_title)
        and (item.hours is not None or item.start_date is not None)
    )


def _names_a_course(reading: CertificateReading) -> bool:
    """A course read with a date or hours, or with the person it was given to: a page of a packet
    that may be a certificate read poorly (its date lost), for a person to place."""
    return _has_course(reading) or (
        reading.item is not None and bool(reading.item.course_title) and reading.participant_name is not None
    )


StackedCertificate = tuple[CertificateReading, Sequence[Line]]  # a reading and the lines it was read from


def certificate_stack(sheets: Sequence[Sequence[Line]]) -> list[StackedCertificate] | None:
    """The certificates of a file that is several of them scanned together, one per page (or per
    sheet of a page: ``page_sheets``); None when the file is one document (one certificate, or a
    certificate and its continuation pages).

    Read as one certificate, such a stack gives one item made of several pages' fields (the title
    of one, the hours of another). It is a stack when two pages each name a course, a date or
    hours, and a person, and are not about the same course. Then every page naming a course is an
    item of its own, but a page about the course of another (its outline) adds nothing.
    """
    if len(sheets) < 2:
        return None
    readings = [
        (r, lines)
        for r, lines in ((read_certificate(s), s) for s in sheets)
        if _has_course(r) and not is_fax_cover(lines)  # a fax's cover sheet is no certificate
    ]
    complete = [r for r, _ in readings if r.participant_name is not None]
    if len(complete) < 2:
        return None
    if all(_same_course(a.item, b.item) for a, b in combinations(complete, 2) if a.item and b.item):
        return None  # one course on every page: a certificate and its copy, wallet card or outline
    return [
        (r, lines)
        for r, lines in readings
        if r.participant_name is not None
        or not any(_same_course(r.item, c.item) for c in complete if r.item and c.item)
    ]


def note_copies(items: Sequence[RawItem]) -> list[RawItem]:
    """A certificate in the file twice (copied into a packet twice, or with its reprint): the ledger
    joins the two only when they read alike, so a later copy read otherwise (another title or hours)
    goes to a person rather than be credited a second time."""
    out: list[RawItem] = []
    for k, item in enumerate(items):
        first = next((e for e in items[:k] if _same_course(e, item)), None)
        alike = (
            first is not None
            and first.hours == item.hours
            and _name_tokens(first.course_title or "") == _name_tokens(item.course_title or "")
        )
        if first is not None and not alike:
            page = first.page
            item = _noted(
                item, f"the same course and dates as the certificate on page {page}, read otherwise"
            )
        out.append(item)
    return out


def _noted(item: RawItem, note: str) -> RawItem:
    return item.model_copy(update={"notes": (*item.notes, note)})


ANOTHER_PERSON = "this certificate names "  # a note on whose it is, no doubt of what was read


def note_other_people(
    pairs: Sequence[tuple[RawItem, Evidence | None]], names: Sequence[Evidence]
) -> list[RawItem]:
    """Items of a file whose documents (``names``: every name its parts print) name different people:
    each whose own page names someone other than the person the file names most goes to a person, saying
    whom it names. The file then has no holder, so a reviewer settles its lines one by one: this line
    says it is not the others'. When no one is named most (two officers' certificates scanned two-up),
    no line stands out and each keeps its status: the file's missing holder holds them all."""
    groups: list[list[Evidence]] = []
    for name in names:
        group = next((g for g in groups if _same_person(g[0], name)), None)
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    if len(groups) < 2:
        return [item for item, _ in pairs]
    sizes = sorted((len(g) for g in groups), reverse=True)
    if sizes[0] == sizes[1]:
        return [item for item, _ in pairs]
    most = max(groups, key=len)[0]
    return [
        _noted(item, f"{ANOTHER_PERSON}{name.text}; the file's other documents name someone else")
        if name is not None and not _same_person(most, name)
        else item
        for item, name in pairs
    ]


def _stack_item(reading: CertificateReading, lines: Sequence[Line]) -> RawItem:
    item = reading.item
    assert item is not None  # certificate_stack keeps pages with a course only
    notes = item.notes
    if reading.participant_name is None:
        notes += ("a certificate in a stack of several with no name read on its page: whose is it?",)
    own_text = "\n".join(ln.text for ln in lines)
    return item.model_copy(update={"own_issuer": reading.issuer, "own_text": own_text, "notes": notes})


MAX_GUTTERS_TRIED = 6  # the widest few bands; a page's gutter is never narrower than all its line gaps
MAX_SPLITS = 2  # a sheet split off may split again once: up to four on a page (two by two, cards)


def page_sheets(lines: Sequence[Line], splits: int = MAX_SPLITS) -> list[Sequence[Line]]:
    """The certificates scanned together on one page ("two-up": one above the other, or side by side;
    up to four), each sheet's lines regrouped on their own; ``[lines]`` for a page that is one document.

    A page splits at a gutter (``extract.gutters``) only when each side opens a certificate of its own
    and reads as one: a course with a date or hours and a person, and the two not about one course (a
    certificate and its wallet card). A single certificate's white bands leave one side without a
    heading, a person or a course.
    """
    if not lines or splits == 0:
        return [lines]
    words = [w for ln in lines for w in ln.words]
    boxes = [w.bbox for w in words]
    # A border's or a shadow's debris read as a letter or two may lie in the gutter: it closes no band.
    solid = [w.bbox for w in words if not _debris(w)]
    for gutter in find_gutters(solid)[:MAX_GUTTERS_TRIED]:
        side_words = [[words[i] for i in side] for side in split_at(boxes, gutter)]
        # Lines above and below a band are the page's own: cut at it, they say cheaply whether both sides
        # open a certificate, and only then are the sides' words chained into lines anew.
        if gutter.axis == "rows" and not all(
            opens_a_certificate(_cut(lines, gutter, f)) for f in (True, False)
        ):
            continue
        parts: list[Sequence[Line]] = [group_lines(part, lines[0].page) for part in side_words]
        # Side by side, a row of the page ran across both sheets, a crooked sheet's row broken onto
        # the other's: each side's words are chained anew before they are asked.
        if gutter.axis == "columns" and not all(opens_a_certificate(p) for p in parts):
            continue
        a, b = (read_certificate(p) for p in parts)
        complete = all(_has_course(r) and r.participant_name is not None for r in (a, b))
        if complete and a.item and b.item and not _one_course(a.item, b.item):
            # Three cards stacked split first between one and the other two, read as one at first.
            return [sheet for p in parts for sheet in page_sheets(p, splits - 1)]
    return [lines]


DEBRIS_CONF = 0.5


def _debris(word: Word) -> bool:
    """Two characters or fewer read unsurely: more likely a mark than a word."""
    return len(word.text) <= 2 and word.conf < DEBRIS_CONF


def _cut(lines: Sequence[Line], gutter: Gutter, first: bool) -> list[Line]:
    """The parts of ``lines`` on one side of ``gutter``."""
    cut = [tuple(w for w in ln.words if gutter.before(w.bbox) == first) for ln in lines]
    return [Line(words=words, page=ln.page) for words, ln in zip(cut, lines, strict=True) if words]


def _one_course(a: RawItem, b: RawItem) -> bool:
    """``_same_course``, or one title over overlapping dates: a wallet card beside its certificate
    dates the course by its last day."""
    if _same_course(a, b):
        return True
    if a.start_date is None or b.start_date is None or a.end_date is None or b.end_date is None:
        return False
    overlap = a.start_date <= b.end_date and b.start_date <= a.end_date
    return overlap and _name_tokens(a.course_title or "") == _name_tokens(b.course_title or "")


def _one_holder(names: Sequence[Evidence], parts: str) -> tuple[Evidence | None, list[str]]:
    """The file's one holder, or None (and why) when its ``parts`` ("certificates", "documents") name
    different people."""
    if not names:
        return None, []
    if all(_same_person(names[0], n) for n in names[1:]):
        # The fullest name, as a person writes it ("Maria L. Gonzalez", not "GONZALEZ, MARIA L.").
        return max(names, key=lambda n: (len(_name_tokens(n.text)), "," not in n.text, n.conf)), []
    listed = "; ".join(dict.fromkeys(n.text for n in names))
    return None, [f"the {parts} in this file name different people ({listed}): a person checks whose each is"]


def parse_document(file: str, sha256: str, media_type: str, pages: tuple[Page, ...]) -> ExtractedDocument:
    """Fields and items of a document whose pages are read (pure: no OCR here)."""
    lines_per_page = page_lines(pages)
    parts = split_packet(lines_per_page)
    if parts is not None:
        return _packet_document(file, sha256, media_type, pages, parts)
    all_lines = [ln for lines in lines_per_page for ln in lines]
    table_items, header = _table_items(lines_per_page)
    letter = read_letter(all_lines)
    end = read_sro_end("\n".join(ln.text for ln in all_lines))
    # A letter stating an SRO start date is one letter, whatever its pages look like.
    one_letter = letter.states_sro_start
    if one_letter and _assignment_history(table_items, all_lines):
        table_items = []  # the letter's table of posts held (Assignment | From | To) lists no courses
    if _courses_listed_with_hours(table_items, all_lines) and not one_letter:
        table_items = []  # a certificate's lines of courses, each printing its hours in its own words
    # The whole file read as a certificate, once: a lone table row is weighed against it, and it is the
    # document's reading when no stack of certificates is found.
    whole = read_certificate(all_lines) if not one_letter and len(table_items) == 1 else None
    one_row = whole is not None and _one_row_record(table_items, header, whole)
    stack: list[StackedCertificate] | None = None
    sheets: list[Sequence[Line]] = list(lines_per_page)
    if len(table_items) < 2 and not one_letter and not one_row:
        sheets = [sheet for lines in lines_per_page for sheet in page_sheets(lines)]
        stack = certificate_stack(sheets)
        if stack is None and len(sheets) > len(lines_per_page):
            sheets = list(lines_per_page)
            stack = certificate_stack(sheets)
    beside = None if stack or table_items or one_letter else _certificate_beside_papers(pages)
    if beside is not None:
        cert = beside[0]
    else:
        cert = stack[0][0] if stack else whole if whole is not None else read_certificate(all_lines)
    warnings: list[str] = []
    issuer = cert.issuer
    if len(table_items) >= 2 or one_row:
        layout = "table"
        items: tuple[RawItem, ...] = tuple(table_items)
        # A certificate listing its courses in a table names its holder as certificates do ("Presented to").
        name = (
            _table_participant(lines_per_page)
            or person_after_cue(lines_per_page[0])
            or _person_in_running_header(lines_per_page[0])
        )
        items, others = _rows_of_others(items, lines_per_page, name)
        warnings += others
    elif stack:
        layout = "stack"
        named = [r.participant_name for r, _ in stack if r.participant_name]
        name, warnings = _one_holder(named, "certificates")
        pairs = [(_stack_item(r, lines), r.participant_name) for r, lines in stack]
        items = tuple(note_copies(note_other_people(pairs, named)))
        if len(sheets) > len(lines_per_page):
            warnings.append(
                f"{len(stack)} certificates in one file, some scanned together on a page: each read alone"
            )
        else:
            warnings.append(f"{len(stack)} certificates in one file: each read from its own page")
        if len({_name_tokens(r.issuer.text) if r.issuer else None for r, _ in stack}) > 1:
            issuer = None  # the file has no one issuer; each item keeps its own
    elif beside is not None:
        layout = "stack"  # papers read each alone, as a stack's
        items = (*((cert.item,) if cert.item is not None else ()), *beside[1])
        name = cert.participant_name
        warnings.append("a certificate photographed beside another paper: each paper read alone")
    else:
        layout = "single"
        items = (cert.item,) if cert.item is not None else ()
        letter_page = one_letter and not _hire_read_on_a_certificate(letter, all_lines)
        listed = None if letter_page else listed_courses(all_lines, cert.item)
        if listed:
            items = tuple(listed)  # a page listing several courses, each with its hours: one item each
        # A letter names its officer in prose, beside its signer and maybe a supervisor: the officer
        # its SRO start sentence names is the one it is about.
        name = (letter.participant or cert.participant_name) if one_letter else cert.participant_name
        name = name or letter.participant
    attendees = roster_attendees(all_lines) if layout == "single" and not one_letter else ()
    if attendees:
        items = _roster_items(items, all_lines, attendees)
    return ExtractedDocument(
        file=file,
        sha256=sha256,
        media_type=media_type,
        pages=pages,
        layout=layout,
        participant_name=name,
        issuer=issuer,
        certificate_number=cert.certificate_number,
        items=items,
        attendees=attendees,
        # Why a letter's end of service is unsure is for the person reading it; other documents' noise.
        warnings=tuple(warnings) + (end.notes if one_letter else ()),
        **_letter_facts(letter, cert, end),
    )


NO_LETTER_FACTS: dict[str, Any] = {"issue_date": None, "sro_start_date": None}
PacketItem = tuple[RawItem, Evidence | None]  # an item and the person its own pages name


def _packet_document(
    file: str, sha256: str, media_type: str, pages: tuple[Page, ...], parts: Sequence[PacketPart]
) -> ExtractedDocument:
    """A packet's documents each read from its own pages: the table rows of its transcript pages,
    one item per certificate (``_packet_certificates``), the facts of its letter."""
    transcript = [p for part in parts if part.kind == "transcript" for p in part.pages if p.rows]
    certificates = _packet_certificates(parts)
    rows = [
        _row_beside_certificates(row, [it for it, _ in certificates]) for p in transcript for row in p.rows
    ]
    # Each transcript page heading its person: two records of two people are not one person's.
    record_names = [_table_participant([p.lines]) for p in transcript]
    letters = [part for part in parts if part.kind == "letter"]
    letter_lines = [ln for part in letters for ln in part.lines]
    letter = read_letter(letter_lines) if letters else None
    names = [n for n in (*record_names, *(n for _, n in certificates)) if n is not None]
    if letter is not None and letter.participant is not None:
        names.append(letter.participant)
    name, warnings = _one_holder(names, "documents")
    warnings.insert(0, _packet_summary(parts, len(certificates)))
    certificates = list(
        zip(note_copies(note_other_people(certificates, names)), (n for _, n in certificates), strict=True)
    )
    issuers = [it.own_issuer for it, _ in certificates if it.own_issuer is not None]
    one_issuer = not transcript and not letters and len({_name_tokens(i.text) for i in issuers}) == 1
    facts = NO_LETTER_FACTS
    if letter is not None:
        end = read_sro_end("\n".join(ln.text for ln in letter_lines))
        facts = _letter_facts(letter, read_certificate(letter_lines), end)
        warnings.extend(end.notes)
    return ExtractedDocument(
        file=file,
        sha256=sha256,
        media_type=media_type,
        pages=pages,
        layout="packet",
        participant_name=name,
        issuer=issuers[0] if one_issuer and len(issuers) == len(certificates) else None,
        certificate_number=None,  # each certificate has its own
        items=(*rows, *(it for it, _ in certificates)),
        parts=tuple(part.summary() for part in parts),
        warnings=tuple(warnings),
        **facts,
    )


LOOSE_PAGE = (
    "a page of a packet that names a course but reads as no certificate of its own: whose, and which?"
)


def _packet_certificates(parts: Sequence[PacketPart]) -> list[PacketItem]:
    """One item per certificate of a packet, read from its own page (or its own sheet of a page
    scanned two-up), and the person it names. A page reading on from a certificate (its outline)
    adds nothing when it is about that course; one that names another course is kept, for a person
    to place (a certificate read too poorly to be sure of), and so is a sign-in sheet's course. A copy
    of a certificate is an item of its own page: the ledger counts a course and its dates once."""
    out: list[PacketItem] = []
    loose: list[tuple[RawItem, Sequence[Line], str]] = []  # an item for a person, its page, and why
    for part in parts:
        if part.kind == "letter":
            continue  # a letter's later pages name its officer and the courses it mentions
        for page in part.pages:
            reading = page.certificate
            if reading is None or reading.item is None or is_fax_cover(page.lines):
                continue  # a fax's cover sheet: its heading and the fax's date are no course
            attendees = roster_attendees(page.lines) if page.kind == "certificate" else ()
            if attendees:
                # A sign-in sheet names a course and people: no certificate of the applicant's.
                why = f"an attendance roster listing {len(attendees)} people: confirm the applicant attended"
                loose.append((reading.item, page.lines, why))
            elif page.kind == "certificate":
                for sheet in page_sheets(page.lines):
                    one = reading if sheet is page.lines else read_certificate(sheet)
                    if one.item is not None and _has_course(one):
                        out.append((_stack_item(one, sheet), one.participant_name))
            elif page.kind == "other" and _names_a_course(reading):
                loose.append((reading.item, page.lines, LOOSE_PAGE))
    kept = list(out)
    for item, lines, why in loose:
        if any(_same_course(item, k) or _one_course(item, k) for k, _ in kept):
            continue
        own = "\n".join(ln.text for ln in lines)
        kept.append((item.model_copy(update={"notes": (*item.notes, why), "own_text": own}), None))
    return sorted(kept, key=lambda pair: (pair[0].page, pair[0].bbox[1]))


def _row_beside_certificates(row: RawItem, certificates: Sequence[RawItem]) -> RawItem:
    """A table row dated within the course of a certificate of the same file, for a person: the
    certificate's own agenda or session list (its hours already the certificate's), or the record's
    line for that course; either way not a second course to credit unseen."""
    day = row.end_date or row.start_date
    if day is None:
        return row
    for cert in certificates:
        if cert.start_date is not None and cert.start_date <= day <= (cert.end_date or cert.start_date):
            note = (
                f"dated within the course of the certificate on page {cert.page}: a part of it, or the same?"
            )
            return row.model_copy(update={"notes": (*row.notes, note)})
    return row


def _packet_summary(parts: Sequence[PacketPart], certificates: int) -> str:
    """ "24 documents in one file: a training record (pages 4, 8), 22 certificates (pages 1-3, ...)" """
    record = [p.number for part in parts if part.kind == "transcript" for p in part.pages if p.rows]
    letters = [part for part in parts if part.kind == "letter"]
    cert_pages = [p.number for part in parts for p in part.pages if p.kind == "certificate"]
    other = [part.numbers[0] for part in parts if part.kind == "other"]
    said: list[str] = []
    if record:
        said.append(f"a training record ({_page_list(record)})")
    if certificates:
        said.append(f"{certificates} certificate{'s' if certificates > 1 else ''} ({_page_list(cert_pages)})")
    if letters:
        letter_pages = [n for part in letters for n in part.numbers]
        said.append(f"{len(letters)} letter{'s' if len(letters) > 1 else ''} ({_page_list(letter_pages)})")
    if other:
        said.append(f"{len(other)} other page{'s' if len(other) > 1 else ''} ({_page_list(other)})")
    count = bool(record) + certificates + len(letters)
    return f"{count} documents in one file: {', '.join(said)}; each read from its own pages"


def _page_list(numbers: Sequence[int]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(map(str, numbers))


def _letter_facts(letter: LetterReading, reading: CertificateReading, end: EndReading) -> dict[str, Any]:
    """What a letter says for R1 and R2, as the document's fields, dated by the letter's own date (any
    document's date where it states no SRO service)."""
    service = (letter.sro_start_text, end.text, *letter.hire_texts)
    letter_date = reading.issue_date or _letter_date(reading.dates, service)
    start_range, start_text, start_notes = (
        letter.sro_start_range,
        letter.sro_start_text,
        letter.sro_start_notes,
    )
    if letter.service_years is not None and letter_date is not None:
        # "has served as the SRO ... for five years", as of the letter's date: the start is a span.
        years, start_text = letter.service_years
        start_range = start_from_service_years(years, letter_date, start_text)
        start_notes = (service_note(years, start_text, letter_date),)
    if letter.service_months is not None and letter_date is not None:
        # "for two years and eleven months" as of the letter's date: 35 months, never read as the years alone.
        months, start_text = letter.service_months
        start_range = start_from_service_months(months, letter_date)
        start_notes = (
            f"the letter states {months} months as an SRO as of its date, {letter_date.isoformat()}",
        )
    if letter.self_signed is not None and (letter.states_sro_start or letter.employment is not None):
        # The officer's own word on their service, or on their present post: R1 and R2 are a person's
        # (verify.rules), never R2 met on it alone.
        start_notes = (*start_notes, self_signed_note(letter.self_signed))
    if letter.part_post is not None and letter.states_sro_start:
        start_notes = (*start_notes, part_post_note(letter.part_post))
    end_range, end_text = end.range, end.text
    if (
        end_range is None
        and end.over_by_its_date
        and letter.employment == "ended"
        and letter_date is not None
    ):
        # "is no longer employed by the City", in a letter dated 2025-04-15: ended by then.
        end_range, end_text = ended_by(letter_date, start_range), end.over_by_its_date
    return {
        "issue_date": letter_date,
        "sro_start_date": letter.sro_start,
        "sro_start_range": start_range,
        "sro_start_text": start_text,
        "sro_start_notes": start_notes,
        "sro_start_ranges": letter.sro_start_ranges,
        "employment": letter.employment,
        "employment_text": letter.employment_text,
        "sro_end_range": end_range,
        "sro_end_text": end_text,
        "former_names": letter.former_names,
    }


def _letter_date(dates: Sequence[DateCandidate], service: Sequence[str | None]) -> date | None:
    """A letter's own date: its first date that is not when the SRO service it states began or ended, nor
    a hire date (a form prints them in its fields above the date it is signed: "Original Hire Date:
    03/02/2012 ... Date of Assignment: 08/16/2018 ... Date: 04/02/2025"); the first date when every date
    is one of those."""
    own = [d for d in dates if d.text not in service] or list(dates)
    return own[0].start if own else None


def _roster_items(
    items: tuple[RawItem, ...], lines: Sequence[Line], attendees: Sequence[str]
) -> tuple[RawItem, ...]:
    """A roster's course: the event it names above its table where the course read is the roster's own
    heading ("SESSION SIGN-IN SHEET") or its table's header ("State Signature")."""
    if not items or not roster_heading(items[0].course_title or ""):
        return items
    event = roster_event(lines, attendees)
    if event is None:
        return items
    update = {"course_title": event.text, "title_conf": event.mean_conf, "page": event.page}
    return (items[0].model_copy(update=update), *items[1:])


def pages_worth_a_second_look(doc: ExtractedDocument, min_conf: float, page_min_conf: float) -> set[int]:
    """OCR pages where a second engine can pay: read poorly overall, or a course field left missing
    or weak, or (every OCR page) no item found or nobody surely named."""
    ocr_pages = {p.number for p in doc.pages if p.source == "ocr" and "rapidocr" not in p.engines}
    if not ocr_pages:
        return set()
    if not doc.items:
        return ocr_pages
    weak = {p.number for p in doc.pages if p.mean_conf < page_min_conf}
    if doc.layout == "packet":
        # Each certificate of a packet names its person on its own page, and a packet naming several
        # people names nobody: its pages are judged by their own items; a letter's, always (a letter
        # alone, having no items, is always read again).
        weak |= {n for part in doc.parts if part.kind == "letter" for n in part.pages}
    elif doc.participant_name is None or doc.participant_name.conf < min_conf:
        return ocr_pages  # nobody named, or a guessed name: the person matters as much as the hours
    for item in doc.items:
        missing = item.hours is None or item.start_date is None or not item.course_title
        # A guessed title is weak whatever its line's confidence: the second engine may read its cue.
        low = min(item.title_conf, item.date_conf, item.hours_conf) < min_conf or item.title_guess is not None
        doubts = [n for n in item.notes if not n.startswith(ANOTHER_PERSON)]
        if missing or low or doubts or item.date_notes or item.hours_notes:
            weak.add(item.page)
    return weak & ocr_pages


def blank_cells(doc: ExtractedDocument) -> list[CellGap]:
    """The blank amount and date cells of a table document's scanned pages, or of a packet's training
    records (``extract.cell_gaps``), on the pages as ``_table_items`` reads them: a row whose title a page
    break split off is one row with its cells (``extract.page_breaks``), so its blank cell is read again as
    any other row's."""
    if not any(p.source == "ocr" for p in doc.pages):
        return []
    ocr_pages = {p.number for p in doc.pages if p.source == "ocr"}
    return [
        g
        for run in _table_runs(doc)
        for g in table_gaps(stitch_page_breaks(page_lines(run))[0])
        if g.page in ocr_pages
    ]


def _table_runs(doc: ExtractedDocument) -> list[tuple[Page, ...]]:
    """The runs of pages that are one table each: the whole of a table document, a packet's records."""
    if doc.layout == "table":
        return [doc.pages]
    if doc.layout == "packet":
        return [
            tuple(p for p in doc.pages if p.number in part.pages)
            for part in doc.parts
            if part.kind == "transcript"
        ]
    return []


def with_blank_cells_read(path: Path, doc: ExtractedDocument, cfg: ExtractConfig) -> ExtractedDocument:
    """``doc`` parsed again once its table rows' blank cells are read again alone, when any gave a value."""
    gaps = blank_cells(doc) if cfg.reread_blank_cells else []
    if not gaps:
        return doc
    try:
        pages = reread_cells(path, doc.pages, gaps, cfg)
    except ExtractError as exc:  # the document is read already: a cell that cannot be read again stays blank
        log.warning("%s: blank cells not read again: %s", path.name, exc)
        return doc
    if pages == doc.pages:
        return doc
    return parse_document(doc.file, doc.sha256, doc.media_type, pages)


def extract_document(path: Path, cfg: ExtractConfig) -> ExtractedDocument:
    """Read ``path`` (PDF or image, any mix of text layer and scans) and parse its fields.

    Tesseract reads every scanned page; the second engine (about four times tesseract's cost)
    reads again only the pages where a course field came out missing or unsure, or that read
    poorly overall (``pages_worth_a_second_look``), and the document is parsed again from both
    readings pooled. Last, a table row's cells both engines left blank are read again one by one.
    """
    with path.open("rb") as f:  # streamed: a 20 MB scan's bytes are not held through the read
        sha = hashlib.file_digest(f, "sha256").hexdigest()
    warming = warm_up_in_background()
    # Tesseract first on every page (the page workers never load the second engine) ...
    media_type, pages = read_pages(path, cfg.model_copy(update={"second_engine": False}))
    if warming is not None:
        warming.join()
    doc = parse_document(path.name, sha, media_type, pages)
    if cfg.second_engine:
        # ... then the second engine here, in one process, on the weak pages only.
        again = pages_worth_a_second_look(
            doc, cfg.second_engine_below_conf, cfg.second_engine_page_below_conf
        )
        if again:
            doc = parse_document(path.name, sha, media_type, second_readings(path, pages, again, cfg))
    return with_blank_cells_read(path, doc, cfg)
