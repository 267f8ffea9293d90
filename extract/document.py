"""The extract stage: a file in, an ExtractedDocument (words, fields, raw items) out."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from itertools import combinations
from pathlib import Path

from extract.certificate import CertificateReading, DateCandidate, opens_a_certificate, read_certificate
from extract.config import ExtractConfig
from extract.fields.names import person_name_score
from extract.fields.text import fold_accents
from extract.gutters import Gutter, find_gutters, split_at
from extract.letter import read_letter, start_from_service_years
from extract.letter_end import read_sro_end
from extract.lines import group_lines, split_cells
from extract.read import read_pages, second_readings
from extract.roster import roster_attendees, roster_event, roster_heading
from extract.transcript import read_table
from extract.types import Evidence, ExtractedDocument, Line, Page, RawItem, Word

NAME_LABEL_RE = re.compile(
    r"\b(?:name|employee|officer|deputy|trooper|student|member|participant|trainee|attendee|learner|personnel)"
    r"\s*:\s*(.+)$"
    # "Training Record for: ...", "Transcript of Dana Reyes": the report names whose it is.
    r"|\b(?:record|transcript|history|report|summary)\s+(?:for|of)\s*:?\s*(.+)$",
    re.I,
)


FIELD_LABEL_WORDS = {
    "employee",
    "badge",
    "rank",
    "report",
    "hire",
    "date",
    "agency",
    "unit",
    "assignment",
    "id",
    "department",
    "dept",
    "division",
    "position",
    "title",
    "status",
    "printed",
    "officer",
    "serial",
    "personnel",
    "emp",
}


def page_lines(pages: Sequence[Page]) -> list[list[Line]]:
    return [group_lines(p.words, p.number) for p in pages]


def _table_items(lines_per_page: Sequence[Sequence[Line]]) -> list[RawItem]:
    items: list[RawItem] = []
    header: Line | None = None
    for lines in lines_per_page:
        page_items, header = read_table(lines, header)
        items.extend(page_items)
    return items


def _table_participant(lines_per_page: Sequence[Sequence[Line]]) -> Evidence | None:
    """A transcript names its person in a labelled field ("Name: ...", "Employee: ...")."""
    for lines in lines_per_page:
        for line in lines[:12]:
            m = NAME_LABEL_RE.search(line.text)
            if m is None:
                continue
            value = _name_before_next_label(_to_cell_end(line, m.start(1) if m.group(1) else m.start(2)))
            if value:
                return Evidence(page=line.page, bbox=line.bbox, text=value, conf=line.mean_conf)
    return None


def _to_cell_end(line: Line, at: int) -> str:
    """``line``'s text from ``at`` to the end of the cell holding it: a field's value stops at the wide gap
    before the next field ("OFFICER: DESMOND K. ACHEBE      POST ID: 7720" -> "DESMOND K. ACHEBE")."""
    end = -1
    for cell in split_cells(line):
        end += 1 + len(cell.text)  # the cells' texts, joined by one space, are the line's text
        if end > at:
            break
    return line.text[at : max(end, at)]


def _name_before_next_label(text: str) -> str | None:
    """ "Oscar Knapp Badge/ID: 90921" -> "Oscar Knapp": the name-like words before the next label."""
    tokens: list[str] = []
    for token in text.split():
        # A label with a colon ends the name; so does one without, past a rank and a name ("... Badge 4471").
        if token.endswith(":") or (len(tokens) >= 2 and token.lower().strip(".") in FIELD_LABEL_WORDS):
            if token.endswith(":") and len(tokens) > 2 and _opens_label(tokens[-1], tokens[:-1]):
                tokens.pop()  # "User ID:", "POST Number:": the word before the colon's is the label's
            break
        tokens.append(token)
    while tokens and tokens[-1].lower().strip(".") in FIELD_LABEL_WORDS:  # "Employee ID:" starts a label
        tokens.pop()
    best = max(
        (" ".join(tokens[:n]) for n in range(len(tokens), 1, -1)),
        key=person_name_score,
        default="",
    )
    return best if best and person_name_score(best) >= 0.5 else None


LABEL_OPENERS = {
    "user",
    "member",
    "learner",
    "student",
    "account",
    "license",
    "licence",
    "certificate",
    "cert",
}


def _opens_label(token: str, name: Sequence[str]) -> bool:
    """``token`` begins a two-word label: a label word ("User"), or an acronym set in capitals after a
    whole name that is not ("Jane Doe POST Number:"; in "Kevin J. OBRIEN ID:" it is the surname)."""
    if token.lower().strip(".") in FIELD_LABEL_WORDS | LABEL_OPENERS:
        return True
    acronym = len(token) >= 2 and token.isalpha() and token.isupper()
    words = [t.strip(".,") for t in name if len(t.strip(".,")) > 1]
    return acronym and len(words) >= 2 and not any(t.isupper() for t in words)


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
    readings = [(r, lines) for r, lines in ((read_certificate(s), s) for s in sheets) if _has_course(r)]
    complete = [r for r, _ in readings if r.participant_name is not None]
    if len(complete) < 2:
        return None
    if any(_same_course(a.item, b.item) for a, b in combinations(complete, 2) if a.item and b.item):
        return None
    return [
        (r, lines)
        for r, lines in readings
        if r.participant_name is not None
        or not any(_same_course(r.item, c.item) for c in complete if r.item and c.item)
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


def _stack_participant(readings: Sequence[CertificateReading]) -> tuple[Evidence | None, list[str]]:
    """The stack's one holder, or None (and why) when its certificates name different people."""
    names = [r.participant_name for r in readings if r.participant_name is not None]
    if all(_same_person(names[0], n) for n in names[1:]):
        return max(names, key=lambda n: (len(_name_tokens(n.text)), n.conf)), []
    listed = "; ".join(dict.fromkeys(n.text for n in names))
    return None, [
        f"the certificates in this file name different people ({listed}): a person checks whose each is"
    ]


def parse_document(file: str, sha256: str, media_type: str, pages: tuple[Page, ...]) -> ExtractedDocument:
    """Fields and items of a document whose pages are read (pure: no OCR here)."""
    lines_per_page = page_lines(pages)
    all_lines = [ln for lines in lines_per_page for ln in lines]
    table_items = _table_items(lines_per_page)
    letter = read_letter(all_lines)
    end = read_sro_end("\n".join(ln.text for ln in all_lines))
    # A letter stating an SRO start date is one letter, whatever its pages look like.
    one_letter = letter.states_sro_start
    stack: list[StackedCertificate] | None = None
    sheets: list[Sequence[Line]] = list(lines_per_page)
    if len(table_items) < 2 and not one_letter:
        sheets = [sheet for lines in lines_per_page for sheet in page_sheets(lines)]
        stack = certificate_stack(sheets)
        if stack is None and len(sheets) > len(lines_per_page):
            sheets = list(lines_per_page)
            stack = certificate_stack(sheets)
    cert = stack[0][0] if stack else read_certificate(all_lines)
    warnings: list[str] = []
    issuer = cert.issuer
    if len(table_items) >= 2:
        layout = "table"
        items: tuple[RawItem, ...] = tuple(table_items)
        name = _table_participant(lines_per_page)
    elif stack:
        layout = "stack"
        items = tuple(_stack_item(r, lines) for r, lines in stack)
        name, warnings = _stack_participant([r for r, _ in stack])
        if len(sheets) > len(lines_per_page):
            warnings.append(
                f"{len(stack)} certificates in one file, some scanned together on a page: each read alone"
            )
        else:
            warnings.append(f"{len(stack)} certificates in one file: each read from its own page")
        if len({_name_tokens(r.issuer.text) if r.issuer else None for r, _ in stack}) > 1:
            issuer = None  # the file has no one issuer; each item keeps its own
    else:
        layout = "single"
        items = (cert.item,) if cert.item is not None else ()
        # A letter names its officer in prose, beside its signer and maybe a supervisor: the officer
        # its SRO start sentence names is the one it is about.
        name = (letter.participant or cert.participant_name) if one_letter else cert.participant_name
        name = name or letter.participant
    issue_date = cert.issue_date or _letter_date(cert.dates, (letter.sro_start_text, end.text))
    start_range, start_text = letter.sro_start_range, letter.sro_start_text
    start_notes = letter.sro_start_notes
    if letter.service_years is not None and issue_date is not None:
        # "has served as the SRO ... for five years", as of the letter's date: the start is a span.
        years, start_text = letter.service_years
        start_range = start_from_service_years(years, issue_date)
        start_notes = (f"the letter states {years} years as an SRO as of its date, {issue_date.isoformat()}",)
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
        issue_date=issue_date,
        sro_start_date=letter.sro_start,
        sro_start_range=start_range,
        sro_start_text=start_text,
        sro_start_notes=start_notes,
        employment=letter.employment,
        employment_text=letter.employment_text,
        sro_end_range=end.range,
        sro_end_text=end.text,
        items=items,
        attendees=attendees,
        # Why a letter's end of service is unsure is for the person reading it; other documents' noise.
        warnings=tuple(warnings) + (end.notes if one_letter else ()),
    )


def _letter_date(dates: Sequence[DateCandidate], service: Sequence[str | None]) -> date | None:
    """A letter's own date: its first date that is not when the SRO service it states began or ended (a
    form prints the start in its fields above the date it is signed: "Date of Assignment: 08/16/2018 ...
    Date: 04/02/2025"); the first date when every date is one of those."""
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
    if doc.participant_name is None or doc.participant_name.conf < min_conf:
        return ocr_pages  # nobody named, or a guessed name: the person matters as much as the hours
    weak = {p.number for p in doc.pages if p.mean_conf < page_min_conf}
    for item in doc.items:
        missing = item.hours is None or item.start_date is None or not item.course_title
        low = min(item.title_conf, item.date_conf, item.hours_conf) < min_conf
        if missing or low or item.notes or item.date_notes or item.hours_notes:
            weak.add(item.page)
    return weak & ocr_pages


def extract_document(path: Path, cfg: ExtractConfig) -> ExtractedDocument:
    """Read ``path`` (PDF or image, any mix of text layer and scans) and parse its fields.

    Tesseract reads every scanned page; the second engine (about four times tesseract's cost)
    reads again only the pages where a course field came out missing or unsure, or that read
    poorly overall (``pages_worth_a_second_look``), and the document is parsed again from both
    readings pooled.
    """
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    # Tesseract first on every page (the page workers never load the second engine) ...
    media_type, pages = read_pages(path, cfg.model_copy(update={"second_engine": False}))
    doc = parse_document(path.name, sha, media_type, pages)
    if not cfg.second_engine:
        return doc
    # ... then the second engine here, in one process, on the weak pages only.
    again = pages_worth_a_second_look(doc, cfg.second_engine_below_conf, cfg.second_engine_page_below_conf)
    if not again:
        return doc
    return parse_document(path.name, sha, media_type, second_readings(path, pages, again, cfg))
