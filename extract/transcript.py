"""Rows of a training-history table, rebuilt from word boxes.

One code path for text PDFs and OCR alike: a row is a line that prints a date; columns are
the vertical strips of white space shared by every row; a column's role comes from its
header words when the page has a header, else from what its cells hold (dates, small
numbers, text). Header, totals and not-completed rows are not items.
"""

from __future__ import annotations

import calendar
import dataclasses
import itertools
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extract import adjustments, side_tables, year_headings
from extract.certificate import is_transmission_stamp
from extract.column_drift import Lean, fit_lean
from extract.credit_units import (
    CreditUnit,
    cell_hours,
    colon_for_point,
    decimal_read_as_colon,
    differences,
    footnote_mark,
    heading_unit,
    is_amount,
    is_running_total,
    is_speck,
    is_tenth_of,
    names_no_course,
    names_unit,
    no_leading_zero,
    per_day_cell,
    prints_decimals,
    read_rising_column,
    reads_h_mm,
    strip_leaders,
    sums_rows_above,
    total_line_amount,
    unheaded_unit,
    unit_hours,
)
from extract.fields.dates import MONTH_ONLY, DateMatch, date_label, find_dates
from extract.garbled_dates import garbled_day
from extract.hours_columns import complementary, disagreeing_note, sums_the_parts
from extract.types import CELL_ENGINE, Line, RawItem, Word, union_box

HEADER_WORDS = {
    "course",
    "title",
    "description",
    "class",
    "training",
    "date",
    "dates",
    "start",
    "end",
    "begin",
    "completed",
    "completion",
    "hours",
    "hrs",
    "hr",
    "earned",
    "scheduled",
    "required",
    "req.",
    "minutes",
    "credit",
    "credits",
    "provider",
    "vendor",
    "category",
    "type",
    "status",
    "code",
    "#",
    "no.",
    "location",
    "instructor",
    "ceu",
    "ceus",
    "result",
    "from",
    "to",
    "duration",
    "notes",
}
NOT_COMPLETED = re.compile(
    r"\b(registered|in\s*progress|enrolled|scheduled|incomplete|withdrawn|cancell?ed|no[\s-]*show|fail(?:ed)?|"
    r"pending|waitlist(?:ed)?|dropped|not\s*(?:started|completed?|passed|attempted)|unsatisfactory|"
    r"did\s*not\s*(?:complete|finish|attend|pass)|no[\s-]*credit|non[\s-]*credit|not\s*credited|audit(?:ed)?)\b",
    re.I,
)
# A cell saying the officer taught the class ("Instructor", "Co-Instructor", "Presenter" under a "Role"
# heading): hours taught are no training attended. The whole cell only: an instructor's name is no role.
TAUGHT_ROLE_RE = re.compile(
    r"(?:(?:lead|co|assistant|asst\.?|guest|adjunct)[\s-]*)?(?:instructor|presenter|facilitator|trainer|"
    r"teacher|speaker|lecturer)|taught|teaching|instructed|instructing|presented",
    re.I,
)
# A table's heading line saying its rows are classes the officer taught ("Courses Taught", "Instruction
# Delivered", "Instructor Hours", "Teaching Assignments").
TAUGHT_SECTION_RE = re.compile(
    r"\b(?:taught|teaching|instructed|instruction\s+(?:delivered|given|provided|presented)|"
    r"instructor\s+(?:hours|hrs|activity|activities|assignments?|log|history|record)|"
    r"(?:courses?|classes|training|sessions?)\s+(?:presented|delivered|instructed|facilitated)|"
    r"as\s+(?:an?\s+|the\s+)?(?:instructor|presenter|facilitator))\b",
    re.I,
)
# An amount taken off ("-4.0", "(4.0)"): an adjustment or a correction of another row, no class.
NEGATIVE_AMOUNT_RE = re.compile(r"[-−–]\s?\d{1,3}(?:[.,]\d{1,2})?|\(\d{1,3}(?:[.,]\d{1,2})?\)")
ADJUSTMENT_RE = re.compile(
    r"^\W*(?:adjust(?:ment|ed)?|correction|corrected|reversal|reversed|void(?:ed)?|deduct(?:ion|ed)?|"
    r"hours?\s+(?:adjust(?:ment|ed)?|correct(?:ion|ed)|removed|deducted))\b",
    re.I,
)
COMPLETED_RE = re.compile(r"(?i)completed?|passed|pass|compliant|satisfactory|credit(?:ed)?|graduated")
_WHOLE_HOUR_RE = re.compile(r"\d{1,3}:00")
# A status granting the hours without the class attended and completed here: an equivalency, hours
# transferred from another agency's record, a waiver or an exemption, credit by examination.
NOT_ATTENDED_RE = re.compile(
    r"\b(?:equivalen(?:cy|ce|t)|transfer(?:red)?\s+(?:credit|hours|in)|transferred|waived?|waiver|"
    r"exempt(?:ed|ion)?|reciprocity|grandfathered|credit\s+by\s+exam|tested\s+out|prior\s+learning|excused)\b",
    re.I,
)
GRANTING_WORDS = ("transfer", "transferred", "equivalency", "equivalent", "waived", "exempt", "exemption")
# ... and a whole cell saying so in short ("Transfer", "Equiv." under "Credit Type").
NOT_ATTENDED_CELL_RE = re.compile(r"(?i)transfer|equiv\.?|xfer|trans\.?\s*credit")
STATUS_HEADING_RE = re.compile(r"\bstatus\b|\bresult|disposition|outcome|\bsts\b")
# A numeric column that is not the row's own hours: a running total, a balance. A "Total Hours" or
# "Required" heading says so only beside another hours column (alone, it may head the row's own hours).
NOT_ROW_HOURS_RE = re.compile(r"cumul|running|\bytd\b|to.date|accum|balance|remaining")
NOT_ROW_HOURS_BESIDE_RE = re.compile(r"\btotal|required|\breq\b|sched|planned|offered|score")
# An hours heading naming the hours a class was scheduled for or requires, not those the officer earned.
SCHEDULED_HOURS_RE = re.compile(r"required|\breq\b|sched|planned|offered")
# A date column that is not the course's: when it was assigned, issued, awarded, or when it expires.
NOT_COURSE_DATE_LABELS = ("issue", "birth", "not_course", "report")
TOTAL_RE = re.compile(r"\b(total|totals|subtotal|sum)\b", re.I)
MAX_ROW_HOURS = 400.0  # a single course row longer than ten weeks full time is not an hours cell
RULING_RE = re.compile(r"[|!\[\]{}_=~—–-]+")  # table rules OCR reads as characters
WRAPPING_ROLES = ("title", "provider", "category", "text")
LOOSE_ROLES = ("text", "total", "ceu", "other_id", "other_date", "hours_part")  # cells no item field reads
FIELD_LABEL_MAX_WORDS = 3  # "Date of Training:" before a line's first date makes it a field
DATE_FIELD_WORDS = frozenset(
    {
        "from", "to", "start", "starting", "end", "ending", "begin", "beginning", "date", "dates", "of",
        "completed", "completion", "training", "course", "class", "held", "attended", "on", "through",
        "issued", "issue", "expires", "expiration", "valid", "until", "awarded", "session",
    }
)  # fmt: skip
MIN_WRAP_CONF = 0.35  # OCR debris between rows (a speck read as "v") is not a wrapped word


@dataclass
class Column:
    x0: float
    x1: float
    header: str = ""
    role: str = "text"
    unit: CreditUnit = "hours"  # an hours column's bare numbers count CEUs under a CEU heading
    h_mm: bool = False  # ... and its "1:30" is an hour and a half
    note: str = ""  # why none of its amounts can be credited without a person
    decimals: bool = False  # its amounts print decimal points ("8.0"), and none is h:mm
    per_day: bool = False  # an hours column headed as hours a day ("Hrs/Day"): a class's are so many days'
    # A second hours column ("hours_alt") filled only on rows whose hours column is blank ("Online" beside
    # "Instructor-Led"): those rows' hours.
    complement: bool = False
    # A status column of codes ("C", "NS", "Y"): the page's legend of them ("C = Completed"), and whether
    # its rows' codes differ (a code no legend explains then says something a person reads).
    legend: dict[str, str] = field(default_factory=dict)
    mixed: bool = False


@dataclass
class Row:
    line: Line
    cells: dict[int, list[Word]] = field(default_factory=dict)
    wrapped: dict[int, list[Word]] = field(default_factory=dict)
    # The row's own hours when its amount cell holds a running total: that amount less the one above.
    own_hours: tuple[float, float] | None = None  # (hours, the lower confidence of the two cells)
    # A dateless line a whole row's pitch below was read as the rest of its title: perhaps a row whose
    # date and hours a scan lost.
    far_wrap: bool = False
    # A free title line between this row and its neighbour stands nearer the row below than the row above:
    # where each title starts is unsure (a title wrapping upward over cells set on its last line).
    title_doubt: bool = False


# A table cell dating its row to the month with a two-digit year, as LMS and spreadsheet exports print it
# ("03/21", "Mar-21", "Mar '21"): March 2021, never the 21st of March of no year. Found only where a line
# holds no full date; its day is a person's to settle (MONTH_ONLY).
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
SHORT_MONTH_YEAR_RE = re.compile(
    r"(?<![\w/.:-])(?:(?P<mm>0[1-9]|1[0-2])/|(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec))"
    r"[a-z]*(?:-|\s?[\'\u2019]))(?P<yy>\d{2})(?![\w/.:-])"
)
# ... or as the year and the month ("2021-03", "2021/03": a spreadsheet's month), no day: only opening a
# line or a cell (a date column's), as elsewhere it is more often a number ("Class 2018-05").
YEAR_MONTH_RE = re.compile(r"(?<![\w/.:-])(?P<yyyy>(?:19|20)\d{2})[-/](?P<mm>0[1-9]|1[0-2])(?![\w/.:-])")

# ... or as a month's name and a number ("Nov 14", "SEP 09"): a year's two digits where nothing else dates the
# row, the day under a year heading (``extract.year_headings``); only opening a line or a cell, capitalised,
# as elsewhere it is as often prose ("may 12 officers").
_MONTH_WORDS = "|".join(f"{m.title()}|{m.upper()}" for m in (*_MONTH_NAMES, "sept"))
MONTH_NAME_NUMBER_RE = re.compile(
    rf"(?<![\w/.:-])(?P<mon>(?:{_MONTH_WORDS})\.?)\s(?P<yy>\d{{2}})(?![\w/.:,-])"
)


def row_dates(text: str) -> list[DateMatch]:
    """The dates of a table's line or cell: ``find_dates``', else its month-and-two-digit-year cells."""
    found = find_dates(text)
    if found:
        return found
    if (garbled := garbled_day(text)) is not None and not text[: garbled[0].span[0]].strip():
        # "41-Jan-23" opening a line or a date cell: the month, its day a person's (the reason: _row_item);
        # mid-line such a figure is as often an identifier, as "2018-05" is below.
        return [garbled[0]]
    out = []
    opening = [m for m in MONTH_NAME_NUMBER_RE.finditer(text) if not text[: m.start()].strip()]
    hits = sorted(
        [*SHORT_MONTH_YEAR_RE.finditer(text), *YEAR_MONTH_RE.finditer(text), *opening],
        key=lambda m: m.start(),
    )
    for m in hits:
        if re.search(r"(?i)\b(?:page|pg|p\.|no\.?|#)\s*$", text[: m.start()]):
            continue  # "Page 01/12", "No. 03/21": a page count or a number, no month
        if "yyyy" in m.groupdict() and text[: m.start()].strip():
            continue  # "Class 2018-05" mid-line: an identifier; a month opens its line or cell
        month = int(m["mm"]) if m.groupdict().get("mm") else _MONTH_NAMES.index(m["mon"][:3].lower()) + 1
        year = int(m["yyyy"]) if "yyyy" in m.groupdict() else 2000 + int(m["yy"])
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        out.append(DateMatch(start=first, end=last, text=m.group(0), span=m.span(), precision="month"))
    return out


def _height(lines: Sequence[Line]) -> float:
    return statistics.median(ln.height for ln in lines) if lines else 10.0


def _is_row(line: Line) -> bool:
    """A line printing a date that is not a labelled report period or a totals line."""
    text = line.text
    found = row_dates(text)
    if not found or TOTAL_RE.search(text) or len(line.words) < 3:
        return False
    if is_transmission_stamp(text):
        # A fax's header ("02/24/2024 14:21 FROM: ... PAGE 01") is no course's row: read as one, it made a
        # certificate's one dated sentence a second row of a table, the page's dates read as the stamp's.
        return False
    before = text[: found[0].span[0]].strip()
    if _is_date_field_label(before) or DATE_LABEL_ONLY_RE.fullmatch(before):
        # "Start Date: 06/07/2021", "To   February 4, 2020", a notice's "Effective Date: 08/01/2020": a
        # labelled field, not a row
        return False
    # A weak word ("Date Range", "Period") labels a date only as a short label or before a colon; at the end
    # of a row's cells it is a cell's ("21-0440 Firearms Qualification Dept. Range 05/18/2021").
    short = before.endswith(":") or len(before.split()) <= FIELD_LABEL_MAX_WORDS
    return date_label(before, weak=short) not in ("report", "issue", "birth", "not_course")


# A form's label naming a date, alone before it: "Notice Date:", "Effective Date:", "Date of Hire:".
DATE_LABEL_ONLY_RE = re.compile(
    r"(?:[A-Za-z]+\s+){0,3}(?:date|dated)(?:\s+of(?:\s+[A-Za-z]+){1,2})?\s*:", re.I
)


def _is_date_field_label(before: str) -> bool:
    """Only date-label words before a line's first date ("From", "End Date:", "Date of Training")."""
    words = [w.strip(":").lower() for w in before.split()]
    return 0 < len(words) <= FIELD_LABEL_MAX_WORDS and all(w in DATE_FIELD_WORDS for w in words if w)


def _header_score(line: Line) -> int:
    tokens = {w.text.lower().strip(":()") for w in line.words}
    return len(tokens & HEADER_WORDS)


def find_header(lines: Sequence[Line]) -> int | None:
    """Index of the line naming at least two column headings with dated rows right under it."""
    found = find_headers(lines)
    return found[0] if found else None


def find_headers(lines: Sequence[Line]) -> list[int]:
    """Every such heading line: a page may hold several tables (licences, then courses), each its own.

    A later heading must look like one beyond doubt (three labelled columns, mostly heading words): a
    wrapped title's second line ("Training Course") must not cut a table in two."""
    found: list[int] = []
    for i, line in enumerate(lines):
        if _header_score(line) < 2 or find_dates(line.text):
            continue
        if not any(_is_row(ln) for ln in lines[i + 1 : i + 4]):
            continue
        if found and not any(_is_row(ln) for ln in lines[found[-1] + 1 : i]):
            # Two heading-like lines and no row between: the one right above the rows heads them; the
            # other is the page's title ("Course Completion Report"), however few of its words a scan kept.
            found[-1] = i
            continue
        if found and not _clearly_a_header(line):
            continue
        found.append(i)
    return found


def _clearly_a_header(line: Line) -> bool:
    words = [w.text.lower().strip(":()") for w in line.words if re.search(r"[^\W_]", w.text)]
    known = sum(w in HEADER_WORDS or _starts_label(w) for w in words)
    return _header_score(line) >= 3 and len(header_columns(line)) >= 3 and known >= 0.5 * len(words)


def find_columns(rows: Sequence[Line], min_gap: float) -> list[Column]:
    """Column strips: x-intervals covered by row words, split where every row leaves white space."""
    spans = sorted((w.bbox[0], w.bbox[2]) for ln in rows for w in ln.words)
    cols: list[Column] = []
    for x0, x1 in spans:
        if cols and x0 - cols[-1].x1 < min_gap:
            cols[-1].x1 = max(cols[-1].x1, x1)
        else:
            cols.append(Column(x0, x1))
    return cols


# Header words that begin a new column label; the others ("title", "#", "date" after "start") continue one.
LABEL_STARTS = {
    "course",
    "class",
    "training",
    "description",
    "provider",
    "vendor",
    "sponsor",
    "agency",
    "academy",
    "presenter",
    "instructor",
    "location",
    "start",
    "begin",
    "end",
    "date",
    "dates",
    "completed",
    "completion",
    "hours",
    "hrs",
    "hr",
    "credit",
    "credits",
    "ceu",
    "ceus",
    "category",
    "type",
    "status",
    "result",
    "code",
    "from",
    "to",
}
LABEL_CONTINUES = {
    ("course", "title"),
    ("course", "#"),
    ("course", "no."),
    ("course", "no"),
    ("course", "number"),
    ("course", "code"),
    ("course", "name"),
    ("class", "title"),
    ("training", "title"),
    ("start", "date"),
    ("end", "date"),
    ("begin", "date"),
    ("completion", "date"),
    ("completed", "date"),
    ("date", "completed"),
    ("credit", "hours"),
    ("contact", "hours"),
    ("training", "hours"),
    ("ceu", "hours"),
    ("credit", "hrs"),
    ("contact", "hrs"),
    ("training", "hrs"),
    # "Hours to Date": a running total's one label, not an hours column, a "To" and a "Date"
    ("hours", "to"),
    ("hrs", "to"),
    ("to", "date"),
}


SUBJECT_LABELS = frozenset({"course", "class", "training", "program"})


def _starts_label(token: str) -> bool:
    """A header word that opens a column label; OCR misreads ("Categon") within two letters count."""
    if token in LABEL_STARTS:
        return True
    return len(token) >= 6 and any(
        len(label) >= 6 and Levenshtein.distance(token, label) <= 2 for label in LABEL_STARTS
    )


def header_columns(header: Line) -> list[Column]:
    """Columns anchored at the header's labels: each label starts a column that runs to the next label."""
    labels: list[list[Word]] = []
    for w in (piece for word in header.words for piece in _unglue_labels(word)):
        if not re.search(r"[^\W_]|#", w.text):
            continue  # a rule or a speck OCR read as '-', '~', '|': no label, and no column of its own
        token = w.text.lower().strip(":()")
        prev = labels[-1][-1].text.lower().strip(":()") if labels else None
        gap = w.bbox[0] - labels[-1][-1].bbox[2] if labels else 0.0
        wide_gap = gap > 1.2 * (w.bbox[3] - w.bbox[1])
        # "Course Title", "Course Date", "Training Provider": one label when set a word apart; "Course"
        # and "Title" far apart are two columns (course numbers, then titles).
        continues = not wide_gap and ((prev, token) in LABEL_CONTINUES or prev in SUBJECT_LABELS)
        if labels and (continues or (not wide_gap and not _starts_label(token))):
            labels[-1].append(w)
        else:
            labels.append([w])
    cols = [Column(ws[0].bbox[0], ws[-1].bbox[2], " ".join(x.text.lower() for x in ws)) for ws in labels]
    return cols


_GLUED_LABELS_RE = re.compile(r"(#|[A-Z]?[a-z]{2,})(#|[A-Z][a-z]{3,}|[A-Z]{3,}s?)")


def _unglue_labels(word: Word) -> list[Word]:
    """OCR drops the space between two heading labels ("HoursStatus", "#Course"): one word per label, so
    neither column swallows the other. Only when both halves are heading words, the second opening a label."""
    m = _GLUED_LABELS_RE.fullmatch(word.text)
    if m is None or word.text.lower() in HEADER_WORDS:
        return [word]
    first, second = m.group(1).lower(), m.group(2).lower()
    if first not in HEADER_WORDS or not (second == "#" or (second in HEADER_WORDS and _starts_label(second))):
        return [word]
    x0, top, x1, bottom = word.bbox
    cut = x0 + (x1 - x0) * len(first) / len(word.text)
    return [
        word.model_copy(update={"text": m.group(1), "bbox": (x0, top, cut, bottom)}),
        word.model_copy(update={"text": m.group(2), "bbox": (cut, top, x1, bottom)}),
    ]


SKEW_SLACK = 2.0  # points a scan's skew may shift a cell's edge against its heading's


def _column_by_anchor(cols: Sequence[Column], word: Word, tolerance: float) -> int:
    """Last column whose label starts left of the word (numbers set flush right may start a little left).

    A word within that tolerance of a label, yet centred under the label before it, is that earlier
    label's: a short amount set flush right under "Credit Hours" ends where "Status" begins.
    """
    index = 0
    for i, col in enumerate(cols):
        if word.bbox[0] >= col.x0 - tolerance:
            index = i
    centre = (word.bbox[0] + word.bbox[2]) / 2
    before_label = word.bbox[0] < cols[index].x0 and centre < cols[index].x0
    if index > 0 and before_label and centre <= cols[index - 1].x1:
        return index - 1
    # A word ending before the label starts is not under it: an amount set flush right against the next
    # column's label ("8" just left of "Type") belongs to the label before.
    if index > 0 and word.bbox[2] < cols[index].x0 - SKEW_SLACK:
        return index - 1
    return index


def _column_of(cols: Sequence[Column], word: Word) -> int:
    cx = (word.bbox[0] + word.bbox[2]) / 2
    return min(
        range(len(cols)),
        key=lambda i: (
            0 if cols[i].x0 <= cx <= cols[i].x1 else min(abs(cx - cols[i].x0), abs(cx - cols[i].x1))
        ),
    )


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


HEADED_HOURS_SHARE = 0.6  # of a column's filled cells: amounts enough under an hours heading


def assign_roles(cols: list[Column], rows: Sequence[Row], header: Line | None) -> None:
    """Name each column: title, code, provider, date, start, end, hours, category, status or text;
    ``total`` (a cumulative or required hours column) and ``other_date`` (assigned, issued, expires)
    are read by nobody."""
    if header is not None:
        for w in header.words:
            cols[_column_of(cols, w)].header += " " + w.text.lower()
    n = max(len(rows), 1)
    for i, col in enumerate(cols):
        cells = [_text(r.cells.get(i, [])) for r in rows]
        filled = [c for c in cells if c]
        dates = sum(bool(row_dates(c)) for c in filled)
        hours = sum(
            (is_amount(c) or bool(NEGATIVE_AMOUNT_RE.fullmatch(c))) and not row_dates(c) for c in filled
        )
        status = sum(bool(NOT_COMPLETED.search(c) or COMPLETED_RE.fullmatch(c)) for c in filled)
        h = col.header
        # "FY2021", "Q3 2022" among dates: a column of periods and days is the rows' date column.
        dates += sum(bool(PERIOD_RE.fullmatch(c)) for c in filled) if dates else 0
        if (
            DAYS_HEADING_RE.fullmatch(h.strip())
            and filled
            and all(re.fullmatch(r"\d{1,2}", c) for c in filled)
        ):
            col.role = "days"  # how many days the class ran: with hours a day, its hours
        elif dates >= 0.6 * len(filled) and filled:
            col.role = (
                "other_date"
                if _names_other_date(h) and not _each_rows_period(h, filled)
                else "start"
                if re.search(r"start|begin|\bbeg\b|from", h)
                else "end"
                if re.search(r"\bend|complet|to\b|finish", h)
                else "date"
            )
        elif (
            # Under an hours heading a cell or two a capture garbled ("G.ven" for "6.00") leave the column
            # its role: those rows read no hours of their own (review), the others theirs.
            (
                hours >= 0.8 * len(filled)
                or (
                    hours >= 2
                    and hours >= HEADED_HOURS_SHARE * len(filled)
                    and HOURS_HEADING_RE.search(h)
                    and not status
                )
            )
            and filled
            # A sparse column of numbers is hours only under an hours heading: a scan can lose most
            # of its cells ("8" in a faint row), and without the heading it may hold course numbers.
            and (len(filled) >= 0.5 * n or HOURS_HEADING_RE.search(h))
            and not re.search(r"#|code|no\.|number|id\b", h)
            and not NOT_HOURS_HEADING_RE.search(h)
            and not CLOCK_HEADING_RE.search(h)
        ):
            unit = heading_unit(h)
            col.role = "total" if NOT_ROW_HOURS_RE.search(h) else "ceu" if unit == "ceu" else "hours"
            col.unit = "minutes" if unit == "minutes" else col.unit
            col.h_mm = reads_h_mm(filled, h)
            col.per_day = bool(PER_DAY_HEADING_RE.search(h))
        elif filled and STATUS_CODE_HEADING_RE.search(h) and all(STATUS_CODE_RE.fullmatch(c) for c in filled):
            col.role = "status_code"  # "Sts" C / I / W, "Completed" Yes / No, "Credit" Y / N
        elif filled and (
            status >= 0.6 * len(filled)
            # Under a "Status" heading, words such as "Equivalency" or "Waived" beside "Completed".
            or (STATUS_HEADING_RE.search(h) and status and not dates and not hours)
        ):
            col.role = "status"
        elif re.search(r"provider|vendor|agency|instructor|location|sponsor|academy|school|presenter|trainer|"
                       r"facility|host|institution|organi[sz]ation", h):  # fmt: skip
            col.role = "provider"
        elif re.search(r"categor|type|area", h):
            col.role = "category"
        elif re.search(r"cert|licen[cs]e|badge|receipt|roster|employee|student", h):
            col.role = "other_id"  # a certificate or roster number: the course's code is elsewhere
        elif re.search(r"#|code|number|no\.|\bid\b", h) and not re.search(r"title|description|name", h):
            col.role = "code"
        elif len(filled) >= 2 and all(CODE_CELL_RE.fullmatch(c) for c in filled):
            col.role = "code_cells"  # "2150-21875", "IS-0907": course numbers under a "Course" heading
        elif re.search(r"title|description|course|class|training|name", h):
            col.role = "title"
    _running_totals(cols, rows)
    _ceu_beside_hours(cols, rows)
    _row_total_column(cols, rows)
    _signup_dates(cols)
    _settle_roles(cols)
    _complementary_hours(cols, rows)


# A column saying whether the row was completed, in codes or yes/no: "Sts", "STAT_CD", "Completed", "Credit".
STATUS_CODE_HEADING_RE = re.compile(
    r"\bstatus\b|\bsts\b|\bstat(?:_|\b)|^\s*(?:completed?|credit(?:ed)?|pass(?:ed)?|attended)\s*\??\s*$"
)
STATUS_CODE_RE = re.compile(r"(?i)[A-Z]{1,3}|yes|no")
# A legend of a status column's codes, printed under the table: "C = Completed   NS = No Show".
STATUS_LEGEND_RE = re.compile(r"\b([A-Z]{1,3})\s*=\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)")
_DONE_CODES = frozenset({"Y", "YES", "C", "CMP", "COMP", "CPL"})
_NOT_DONE_CODES = frozenset({"N", "NO"})
UNEXPLAINED_CODE = "status code {!r} is explained nowhere on the page and the rows' codes differ"


def _read_status_codes(cols: Sequence[Column], rows: Sequence[Row], page: PageEvidence) -> None:
    """A status-code column's legend from the page, and whether its rows' codes differ."""
    for i, col in enumerate(cols):
        if col.role == "status_code":
            col.legend = {m.group(1): m.group(2) for m in STATUS_LEGEND_RE.finditer(page.text)}
            col.mixed = len({_text(r.cells.get(i, [])).strip().upper() for r in rows} - {""}) > 1


def status_code_meaning(code: str, legend: dict[str, str]) -> bool | None:
    """Whether a status code says the row was completed (None: it does not say)."""
    word = legend.get(code.upper(), code)
    if NOT_COMPLETED.search(word) or word.upper() in _NOT_DONE_CODES:
        return False
    if COMPLETED_RE.fullmatch(word) or word.upper() in _DONE_CODES:
        return True
    return None


HOURS_HEADING_RE = re.compile(r"\bhours?\b|\bhrs\b|duration|\bceus?\b|\bmin(?:ute)?s\b", re.IGNORECASE)
# A row dated only by the period it was reported in: a fiscal, school or calendar year, a quarter, a season
# ("FY2021", "FY 2021-22", "2022-23", "Q3 2022", "1st Qtr 2023", "Spring 2022"). No day: a person settles it.
PERIOD_RE = re.compile(
    r"(?i)(?:(?:FY|SY|CY|AY)\s*'?\d{2,4}(?:\s*[-/–]\s*'?\d{2,4})?|(?:19|20)\d{2}\s*[-/–]\s*(?:19|20)?\d{2}|"
    r"Q[1-4]\s*[-/]?\s*(?:(?:FY|CY)\s*)?'?\d{2,4}|\d{4}\s*[-/]?\s*Q[1-4]|[1-4]\s?(?:st|nd|rd|th)\s*(?:Qtr|Quarter)\.?\s*"
    r"(?:(?:FY|CY)\s*)?'?\d{2,4}|(?:Spring|Summer|Fall|Autumn|Winter)\s*'?\d{2,4})"
)
# Hours a day ("Hrs/Day", "Hours per Day", "Daily Hrs"), and a count of days ("Days", "No. of Days").
PER_DAY_HEADING_RE = re.compile(r"(?:/\s*|\bper\s+|\ba\s+)day\b|\bdaily\b", re.IGNORECASE)
DAYS_HEADING_RE = re.compile(r"(?:(?:no\.?|number|#)\s*(?:of\s+)?)?days?|duration\s*\(days\)", re.IGNORECASE)
# A numeric column headed as something no hours are: a test score, a grade, a percentage, a rank.
NOT_HOURS_HEADING_RE = re.compile(r"\bscore|\bscr\b|\bgrade|percent|\bpct\b|%|\brank|\bpoints?\b|\bpts\b")
# A column of clock times ("Time In" 08:00, "Start Time" 13:30): when the class began, never its length,
# though its cells read as h:mm durations. "Time", "Seat Time", "Time Spent" alone may count hours.
CLOCK_HEADING_RE = re.compile(
    r"\btime\s*(?:in|out|of\s+day)\b|\b(?:start|begin|end|finish|stop|arrival|departure)\s*time\b|\bclock"
    r"|\ba\.?m\.?\s*/\s*p\.?m\b",
    re.IGNORECASE,
)
CODE_CELL_RE = re.compile(r"(?=\S*\d)[A-Z0-9][A-Z0-9./#-]*")


_OTHER_DATE_RE = re.compile(r"\baward|assigned|expir|\bdue\b")


# "Registered", "Enrolled", "Date Requested", "Signed Up": when the holder signed up, before the course ran.
_SIGNUP_DATE_RE = re.compile(r"\bregist|\benrol|\brequest|\bsigned\s*up\b")


def _signup_dates(cols: list[Column]) -> None:
    """Beside another date column ("Completed"), a date column headed as the day the holder signed up is
    no course date: read as the start, an 8-hour course ran five weeks. Alone, it stays the rows' date (a
    table of courses registered for, which its title or statuses hold for a person)."""
    dated = [c for c in cols if c.role in ("date", "start", "end")]
    signup = [c for c in dated if _SIGNUP_DATE_RE.search(c.header)]
    if signup and len(signup) < len(dated):
        for c in signup:
            c.role = "other_date"


def _names_other_date(header: str) -> bool:
    """A date column headed as something other than the course's date ("Assigned", "Issue Date")."""
    return bool(header.strip()) and (
        date_label(header) in NOT_COURSE_DATE_LABELS or bool(_OTHER_DATE_RE.search(header))
    )


def _each_rows_period(header: str, cells: Sequence[str]) -> bool:
    """A date column headed by a weak word alone ("Period", "Range") whose dates differ from row to row:
    each row's own dates ("09/13/2022 - 09/14/2022"). A report's period is one for the whole report and
    is labelled by a word that decides alone ("Report Period", "Reporting Period")."""
    weak_only = date_label(header, weak=False) is None
    return weak_only and len(set(cells)) >= 2 and not _OTHER_DATE_RE.search(header)


def _running_totals(cols: list[Column], rows: Sequence[Row]) -> None:
    """Of two hours columns, one headed as a total, or the running sum of the other, is a total."""
    hours_cols = [i for i, c in enumerate(cols) if c.role == "hours"]
    if len(hours_cols) < 2:
        return
    headed = [i for i in hours_cols if NOT_ROW_HOURS_BESIDE_RE.search(cols[i].header)]
    if len(headed) < len(hours_cols):
        for i in headed:
            cols[i].role = "total"
        hours_cols = [i for i in hours_cols if i not in headed]
    if len(hours_cols) < 2 or len(rows) < 2:
        return
    values = {i: _column_hours(cols[i], rows, i) for i in hours_cols}
    for a in hours_cols:
        for b in hours_cols:
            if a != b and values[a] != values[b] and is_running_total(values[a], values[b]):
                cols[b].role = "total"


def _column_hours(col: Column, rows: Sequence[Row], i: int) -> list[float | None]:
    return [cell_hours(_text(r.cells.get(i, [])), col.unit, col.h_mm) for r in rows]


def _ceu_beside_hours(cols: list[Column], rows: Sequence[Row]) -> None:
    """Of two amount columns, one holding a tenth of the other's amounts is its CEUs, whatever a scan
    left of its heading: the hours are the other's. A CEU column with no hours column counts the hours."""
    hours_cols = [i for i, c in enumerate(cols) if c.role == "hours"]
    if len(hours_cols) >= 2:
        values = {i: _column_hours(cols[i], rows, i) for i in hours_cols}
        for a in hours_cols:
            if any(b != a and is_tenth_of(values[a], values[b]) for b in hours_cols):
                cols[a].role = "ceu"
    ceu_cols = [c for c in cols if c.role == "ceu"]
    if ceu_cols and not any(c.role == "hours" for c in cols):
        ceu_cols[-1].role, ceu_cols[-1].unit = "hours", "ceu"


def _row_total_column(cols: list[Column], rows: Sequence[Row]) -> None:
    """A "Total" column holding each row's sum of two or more hours columns ("Classroom" 6 + "Online" 2)
    is the rows' hours; the parts are read by nobody (the right-most part alone would be 2 hours)."""
    parts = [i for i, c in enumerate(cols) if c.role == "hours"]
    totals = [
        i
        for i, c in enumerate(cols)
        if c.role == "total" and TOTAL_RE.search(c.header) and not NOT_ROW_HOURS_RE.search(c.header)
    ]
    if len(parts) < 2 or len(totals) != 1:
        return
    values = [_column_hours(cols[i], rows, i) for i in parts]
    if sums_the_parts(_column_hours(cols[totals[0]], rows, totals[0]), values):
        cols[totals[0]].role = "hours"
        for i in parts:
            cols[i].role = "hours_part"


def _complementary_hours(cols: list[Column], rows: Sequence[Row]) -> None:
    """Hours columns no row fills two of ("Instructor-Led Hrs" / "Online Hrs"): each row's hours are in
    whichever it filled."""
    amounts = [i for i, c in enumerate(cols) if c.role in ("hours", "hours_alt")]
    if complementary([_column_hours(cols[i], rows, i) for i in amounts]):
        for i in amounts:
            cols[i].complement = cols[i].role == "hours_alt"


def _alt_hours(row: Row, cols: Sequence[Column]) -> list[tuple[Column, list[Word]]]:
    """The row's filled cells under the hours columns other than the one read ("hours_alt")."""
    return [(c, ws) for i, c in enumerate(cols) if c.role == "hours_alt" and (ws := row.cells.get(i, []))]


def _settle_roles(cols: list[Column]) -> None:
    """Without headers: the left-most text column is the title; two date columns are start and end.
    A column of course numbers is a code beside a title, and the title when there is nothing else."""
    if not any(c.role == "title" for c in cols):
        for c in cols:
            if c.role == "text":
                c.role = "title"
                break
    for c in cols:
        if c.role == "code_cells":
            c.role = "code" if any(o.role == "title" for o in cols) else "title"
    date_cols = [c for c in cols if c.role in ("date", "start", "end")]
    if len(date_cols) == 2 and all(c.role == "date" for c in date_cols):
        date_cols[0].role, date_cols[1].role = "start", "end"
    if len(date_cols) == 2 and [c.role for c in date_cols] == ["start", "date"]:
        # Right of a start column, a date column whose heading was misprinted or misread ("Emd Dafe")
        # is the course's end; read as a second date of the row, it would be lost.
        date_cols[1].role = "end"
    hours_cols = [c for c in cols if c.role == "hours"]
    headed = [c for c in hours_cols if HOURS_HEADING_RE.search(c.header)]
    if headed and len(headed) < len(hours_cols):
        # A column headed "Hrs" beside numbers nobody headed as hours (a count, a score): the headed one.
        hours_cols = [c for c in hours_cols if c not in headed] + headed
    for extra in hours_cols[:-1]:  # the right-most numeric column is the hours; others are codes
        # ... unless headed as hours too ("Contact Hrs" beside "Credit Hrs"): a row's other amount, which
        # may stand in for a blank hours cell or disagree with it.
        extra.role = "hours_alt" if HOURS_HEADING_RE.search(extra.header) else "code"


def read_table(lines: Sequence[Line], header_hint: Line | None = None) -> tuple[list[RawItem], Line | None]:
    """Items of one page's tables; returns the last header used so the next page can reuse it.

    Each heading line starts a table that runs to the next one, read with its own columns: a licence
    table's "Issue Date" column says nothing about where the course table's hours are. Rows above the
    page's first heading are the page's own heading (a report date), unless the page has no heading:
    then it continues the previous page's table."""
    sections, headed, header = table_sections(lines, header_hint)
    items = [it for s in sections for it in section_items(s)]
    return (flag_odd_hours_cells(items) if headed else items), header


def table_sections(
    lines: Sequence[Line], header_hint: Line | None = None
) -> tuple[list[Section], bool, Line | None]:
    """The page's tables laid out (``read_table``'s first half), whether the page heads its own, and the
    last header used."""
    lines = [ln for ln in map(_without_specks, lines) if ln.words]
    page = PageEvidence.of(lines)
    heads = find_headers(lines)
    if not heads:
        section = lay_out_section(lines, 0, len(lines), header_hint, page)
        return ([section] if section is not None else []), False, header_hint
    for k, head in enumerate(heads):
        if (x := side_tables.split_x(lines, head, _labels)) is not None:
            # Two tables side by side: each half read alone (the right one without the page's heading).
            left, right = side_tables.halves(
                lines, max(head - TAUGHT_HEADING_REACH, heads[k - 1] + 1 if k else 0), x
            )
            left_sections, _, left_header = table_sections(left, header_hint)
            right_sections, _, right_header = table_sections(right, None)
            if side_tables.titled(left, x) and not side_tables.titled(right, x):
                # The left table is titled and the right one's title was not read: it may have said
                # "In Progress".
                for sec in right_sections:
                    sec.pending = sec.pending or "(a table beside another, its title not read)"
            return [*left_sections, *right_sections], True, right_header or left_header
    sections: list[Section] = []
    for k, head in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(lines)
        if (section := lay_out_section(lines, head + 1, stop, lines[head], page)) is not None:
            section.taught = _taught_heading(lines, heads[k - 1] if k else -1, head)
            section.pending = _pending_heading(lines, heads[k - 1] if k else -1, head)
            sections.append(section)
    return sections, True, lines[heads[-1]]


def _titles_above(lines: Sequence[Line], previous: int, head: int) -> list[str]:
    """The lines right above the column headings at ``head`` (after the previous table's) that are no rows."""
    return [ln.text for ln in lines[max(previous + 1, head - TAUGHT_HEADING_REACH) : head] if not _is_row(ln)]


def _labels(header: Line) -> list[tuple[float, str]]:
    return [(c.x0, c.header) for c in header_columns(header)]


def _pending_heading(lines: Sequence[Line], previous: int, head: int) -> str:
    """The line right above the column headings titling the table as classes not completed ("In
    Progress", "Enrolled", "Scheduled Training"); else ""."""
    above = _titles_above(lines, previous, head)
    return next((text for text in above if NOT_COMPLETED.search(text) or side_tables.says_pending(text)), "")


TAUGHT_HEADING_REACH = 2  # lines above a table's column headings that may title it


def _taught_heading(lines: Sequence[Line], previous: int, head: int) -> str:
    """The line right above the column headings at ``head`` (after the previous table's) titling the table
    as classes the officer taught, or one of its column headings saying so ("Instructor Hours", "Hours
    Taught"); else "". Headings of two columns read together ("Instructor" then "Hours") say nothing."""
    above = _titles_above(lines, previous, head)
    labels = [c.header for c in header_columns(lines[head])]
    return next((text for text in [*above, *labels] if TAUGHT_SECTION_RE.search(text)), "")


def _without_specks(line: Line) -> Line:
    """The line without dot leaders and specks between its columns: a leader glued to a title or an
    amount ("Enforcement......", "....8.0") is cut off, a lone dot or quote is dropped."""
    words = [
        w if strip_leaders(w.text) == w.text else w.model_copy(update={"text": strip_leaders(w.text)})
        for w in line.words
        if not is_speck(w.text)
    ]
    words = [w for w in words if w.text]
    return line if len(words) == len(line.words) else line.model_copy(update={"words": tuple(words)})


@dataclass(frozen=True)
class PageEvidence:
    """What the rest of a page says of its table's amounts: its text, and its totals lines' amounts."""

    text: str
    totals: tuple[tuple[str, float], ...]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> PageEvidence:
        totals = tuple(
            (ln.text, amount)
            for ln in lines
            if TOTAL_RE.search(ln.text) and not find_dates(ln.text)
            if (amount := total_line_amount(ln.text)) is not None
        )
        return cls("\n".join(ln.text for ln in lines), totals)


@dataclass
class Section:
    """One table laid out: its rows and columns, where a word of it goes, and its undated lines' fate."""

    lines: Sequence[Line]  # the page's lines up to the table's end
    header: Line | None
    row_idx: list[int]  # which of ``lines`` are rows
    rows: list[Row]
    cols: list[Column]
    place: Callable[[Word], int]
    attached: set[int]  # ids of lines read as a row's wrapped cells
    dateless: list[Row]  # rows printing a title and an amount but no date
    issue_dated: bool
    taught: str = ""  # the heading line above the table saying its rows are classes the officer taught
    pending: str = ""  # ... saying its rows are classes not completed ("In Progress", "Enrolled")


def lay_out_section(
    lines: Sequence[Line], start: int, stop: int, header: Line | None, page: PageEvidence | None = None
) -> Section | None:
    """The rows of ``lines[start:stop]`` as one table under ``header`` (None: columns from rows)."""
    row_idx = [i for i in range(start, stop) if _is_row(lines[i])]
    if not row_idx or (len(row_idx) < 2 and header is None):
        return None
    rows = [Row(lines[i]) for i in row_idx]
    height = _height([r.line for r in rows])
    place: Callable[[Word], int]
    if header is not None and len(header_columns(header)) >= 3:
        cols = header_columns(header)
        place = _anchored_placement(cols, height)
        _place_cells(rows, place)
        # A photographed record's columns lean (a keystone): its far rows' cells stray from their labels.
        cells = [[r.cells[i] for r in rows if i in r.cells] for i in range(len(cols))]
        lean = fit_lean([c.x0 for c in cols], cells, _middle(header.bbox), height)
        if lean is not None:
            place = _anchored_placement(cols, height, lean)
            for r in rows:
                r.cells.clear()
            _place_cells(rows, place)
    else:
        cols = find_columns([r.line for r in rows], min_gap=0.9 * height)

        def place(w: Word) -> int:
            return _column_of(cols, w)

        _place_cells(rows, place)
    _amounts_under_the_next_label(cols, rows)
    assign_roles(cols, rows, header if not cols[0].header else None)
    evidence = page or PageEvidence.of(lines)
    _settle_amounts(cols, rows, evidence)
    _read_status_codes(cols, rows, evidence)
    issue_dated = _dated_only_by_issue(cols)
    attached = _attach_continuations(lines[:stop], row_idx, rows, cols, header, place)
    dateless = _dateless_rows(lines[:stop], row_idx, rows, attached, cols, place)
    return Section(lines[:stop], header, row_idx, rows, cols, place, attached, dateless, issue_dated)


def _middle(box: tuple[float, float, float, float]) -> float:
    return (box[1] + box[3]) / 2


def _anchored_placement(
    cols: Sequence[Column], height: float, lean: Lean | None = None
) -> Callable[[Word], int]:
    """Where a word goes under the header's labels; with ``lean``, each label moved to the word's height."""
    if lean is None:
        return lambda w: _column_by_anchor(cols, w, tolerance=1.5 * height)

    def place(w: Word) -> int:
        y = _middle(w.bbox)
        moved = [
            dataclasses.replace(c, x0=c.x0 + lean.shift(c.x0, y), x1=c.x1 + lean.shift(c.x1, y)) for c in cols
        ]
        return _column_by_anchor(moved, w, tolerance=1.5 * height)

    return place


def _place_cells(rows: Sequence[Row], place: Callable[[Word], int]) -> None:
    for r in rows:
        for w in (piece for word in r.line.words for piece in unglue(word)):
            if not RULING_RE.fullmatch(w.text):
                r.cells.setdefault(place(w), []).append(w)


def _amounts_under_the_next_label(cols: Sequence[Column], rows: Sequence[Row]) -> None:
    """An hours column empty in every row while the next column's cells open with an amount ("8.00
    Complete", "4.0 S. Ruiz"): a scan glued the two labels ("HrsStatus", "HoursInstructor") and the cut
    between them, guessed by letters, fell left of where the second label starts. Each such row's leading
    amount is moved back under the hours heading. Only where most rows leave the hours cell empty and open
    the next cell with an amount followed by a word: a status or instructor column opens with no amount of
    its own, and a CEU column beside the hours holds an amount alone."""
    for i in range(len(cols) - 1):
        if not HOURS_HEADING_RE.search(cols[i].header):
            continue
        opening = [
            r
            for r in rows
            if not r.cells.get(i)
            and len(ws := r.cells.get(i + 1, [])) >= 2
            and is_amount(ws[0].text)
            and not is_amount(ws[1].text)
        ]
        if len(opening) < max(2, 0.6 * len(rows)):
            continue
        for r in opening:
            first, *rest = r.cells[i + 1]
            r.cells[i], r.cells[i + 1] = [first], rest


def section_items(section: Section) -> list[RawItem]:
    """The items of a table's rows (and of its rows whose date a scan lost)."""
    cols = section.cols
    pairs = [(r, it) for r in section.rows if (it := _row_item(r, cols)) is not None]
    pairs += [(r, it) for r in section.dateless if (it := _row_item(r, cols, dateless=True)) is not None]
    pairs = [(r, _with_note(it, note) if (note := _granted_note(section, r)) else it) for r, it in pairs]
    pairs = _dated_by_year_headings(section, pairs)
    adjusting, touched = _adjusted_rows(section, pairs)
    if touched is None:
        note = (
            f"the table holds an adjustment of other rows ({adjusting!r}): a person settles which it corrects"
        )
        pairs = [(r, it.model_copy(update={"notes": (*it.notes, note)})) for r, it in pairs]
    elif touched:
        pairs = [
            (r, _with_note(it, _adjusted_note(touched[id(r)])) if id(r) in touched else it) for r, it in pairs
        ]
    if section.pending:
        # A row whose own status cell says it was completed settles what the table's title leaves open
        # ("Training Enrollment History" over "Completed" and "Withdrawn" rows).
        note = f"the table is headed {section.pending.strip()!r}: its classes may not have been completed"
        pairs = [
            (r, it if _says_completed(r, cols) or _completion_dated(section, r) else _with_note(it, note))
            for r, it in pairs
        ]
    items = [it for _, it in pairs]
    if section.taught:
        note = f"the table is headed {section.taught.strip()!r}: hours taught are no training attended"
        items = [it.model_copy(update={"notes": (*it.notes, note)}) for it in items]
    if section.issue_dated:
        note = "the row's only date is headed as an issue or award date, not the course's"
        return [it.model_copy(update={"date_notes": (*it.date_notes, note)}) for it in items]
    return items


# A date column headed as the day each class was completed, nothing else ("Completed", "Date Completed",
# "Completion Date"): not "Complete By" or "Target Completion", which are due dates.
COMPLETION_DATE_HEADING_RE = re.compile(r"(?:date\s+)?complet(?:ed|ion)(?:\s+(?:date|on))?")


def _completion_dated(section: Section, row: Row) -> bool:
    """Under a title whose one pending word is "assigned", the row prints its date in the table's only
    date column, headed as the completion date: an assigned class done on that day, not one still due (a
    learning plan's rows carry an "Assigned" and a "Due" date, no completion date, and stay in doubt)."""
    if NOT_COMPLETED.search(section.pending) or not side_tables.says_only_assigned(section.pending):
        return False
    dated = [k for k, c in enumerate(section.cols) if c.role in ("date", "start", "end")]
    if len(dated) != 1 or not COMPLETION_DATE_HEADING_RE.fullmatch(section.cols[dated[0]].header.strip()):
        return False
    return bool(row_dates(_text(row.cells.get(dated[0], []))))


def _says_completed(row: Row, cols: Sequence[Column]) -> bool:
    """The row's status cell says, in full, that it was completed ("Completed", "Complete", "Passed")."""
    said = " ".join(_text(ws) for k, ws in row.cells.items() if cols[k].role == "status").strip()
    return bool(said) and COMPLETED_RE.fullmatch(_plain(said)) is not None


def _dated_by_year_headings(section: Section, pairs: list[tuple[Row, RawItem]]) -> list[tuple[Row, RawItem]]:
    """Rows dated by month and day only ("03/16") under a year heading alone on its line ("2021"): dated in
    that year (``extract.year_headings``), with a reason where the heading may be a fiscal year."""
    where = {id(r): i for r, i in zip(section.rows, section.row_idx, strict=True)}
    header = id(section.header) if section.header is not None else None
    asked: list[tuple[int, str, str]] = []
    for k, (r, it) in enumerate(pairs):
        if MONTH_ONLY not in it.date_notes or not it.date_text or id(r) not in where:
            continue
        for ln in reversed(section.lines[: where[id(r)]]):
            if id(ln) == header or _header_score(ln) >= 2:
                break
            if year_headings.heading_years(ln.text) is not None:
                asked.append((k, year_headings.numeric_month_days(it.date_text), ln.text))
                break
    if not asked:
        return pairs
    page_text = "\n".join(ln.text for ln in section.lines)
    read, reason = year_headings.read_under_headings(asked, page_text)
    settled = year_headings.settled_rows(asked)  # rows whose year no fiscal-year convention disputes
    out = list(pairs)
    for k, days in read.items():
        r, it = out[k]
        why = "" if k in settled else reason
        notes = tuple(n for n in it.date_notes if n != MONTH_ONLY) + ((why,) if why else ())
        out[k] = (r, it.model_copy(update={"start_date": days[0], "end_date": days[-1], "date_notes": notes}))
    return out


NO_DATE_READ = "no date read in this row"
# A cell the page's reading left blank, read again alone (``extract.cell_reread``): one engine's reading of
# a mark too faint or small for the page's layout analysis, for a person to confirm.
REREAD_HOURS = "the hours cell read blank on the page and was read again alone: confirm the amount"
REREAD_DATE = "the date cell read blank on the page and was read again alone: confirm the date"
UNSURE_UNIT = "the amount column's heading does not say hours or CEUs, and its amounts could be CEUs"
UNSURE_RUNNING = "the amounts rise at every row: they may be a running total, not each row's hours"
UNSURE_SCHEDULED = "the hours column is headed as the hours scheduled or required, not those earned"
FORWARD_RE = re.compile(r"(?i)\b(brought|carried)\s+forward|\bbalance\b|\bprior\s+hours\b")


def _settle_amounts(cols: list[Column], rows: Sequence[Row], page: PageEvidence) -> None:
    """The hours column's unit when its heading does not name one (CEUs, or nobody can tell), and its
    amounts' meaning when they rise at every row (a running total, the rows' own, or nobody can tell)."""
    i = next((k for k, c in enumerate(cols) if c.role == "hours"), None)
    if i is None:
        return
    col = cols[i]
    cells = [_text(r.cells.get(i, [])) for r in rows]
    col.decimals = prints_decimals(cells)
    raw = [cell_hours(c, "hours", col.h_mm) for c in cells]
    if col.unit == "hours" and not names_unit(col.header) and not any(c.role == "ceu" for c in cols):
        read = [(v, _row_title(r, cols)) for v, r in zip(raw, rows, strict=True) if v is not None]
        unit = unheaded_unit([v for v, _ in read], [t for _, t in read], page.text, page.totals)
        col.unit = unit or "hours"
        col.note = "" if unit else UNSURE_UNIT
    if SCHEDULED_HOURS_RE.search(col.header):
        col.note = UNSURE_SCHEDULED  # the earned column beside it, if any, was not read as one
    if any(c.role == "total" for c in cols):
        return  # the rows' own hours sit beside a running total already
    reading = read_rising_column(raw, [amount for _, amount in page.totals])
    if reading == "unsure":
        col.note = col.note or UNSURE_RUNNING
    elif reading == "running":
        scale = unit_hours(col.unit)
        confs = [min((w.conf for w in r.cells.get(i, [])), default=0.0) for r in rows]
        for k, (r, own) in enumerate(zip(rows, differences([v or 0.0 for v in raw]), strict=True)):
            r.own_hours = (own * scale, min(confs[k], confs[k - 1]) if k else confs[0])
        if FORWARD_RE.search(page.text):
            rows[0].own_hours = None  # its amount may carry hours from before the table
            col.note = col.note or UNSURE_RUNNING


def _with_note(item: RawItem, note: str) -> RawItem:
    return item.model_copy(update={"notes": (*item.notes, note)})


def _adjusted_note(adjusting: str) -> str:
    return f"the row {adjusting!r} adjusts or corrects this one: a person settles its hours"


def _adjusted_rows(
    section: Section, pairs: Sequence[tuple[Row, RawItem]]
) -> tuple[str, dict[int, str] | None]:
    """The first row adjusting or correcting others (a negative amount, or a title opening "Adjustment",
    "Correction", "Reversal"), as printed, and the ids of the rows to settle: each adjustment row and the one
    row it names (``extract.adjustments``); None when an adjustment names no single row (a person settles
    every row), each with the adjustment's text. ("", {}) when the table has none."""
    rows = [*section.rows, *section.dateless]
    titles = [_row_title(r, section.cols) for r in rows]
    adjusting: list[tuple[int, int]] = []  # (row index, where its keyword ends)
    for k, row in enumerate(rows):
        amounts = [_text(ws) for i, ws in row.cells.items() if section.cols[i].role in ("hours", "ceu")]
        keyword = ADJUSTMENT_RE.search(titles[k])
        if keyword or any(NEGATIVE_AMOUNT_RE.fullmatch(a.strip()) for a in amounts):
            adjusting.append((k, keyword.end() if keyword else 0))
    if not adjusting:
        return "", {}
    first = rows[adjusting[0][0]].line.text.strip()
    day = {id(r): it.start_date for r, it in pairs}
    dates = [day.get(id(r)) for r in rows]
    touched: dict[int, str] = {}
    for k, end in adjusting:
        j = adjustments.named_row(titles[k], end, titles, dates, k)
        if j is None or any(j == a for a, _ in adjusting):
            return first, None
        touched |= dict.fromkeys((id(rows[k]), id(rows[j])), rows[k].line.text.strip())
    return first, touched


def _row_title(row: Row, cols: Sequence[Column]) -> str:
    return " ".join(_text(ws) for k, ws in row.cells.items() if cols[k].role == "title")


def _dateless_rows(
    lines: Sequence[Line], row_idx: Sequence[int], rows: Sequence[Row], attached: set[int],
    cols: Sequence[Column], place: Callable[[Word], int],
) -> list[Row]:  # fmt: skip
    """Lines among the rows that print a title and an amount in the hours column but no date: a row whose
    date a scan lost. Its item goes to a person rather than vanish. Totals, year headings, footers and
    signatures print no amount under the hours heading, or one that sums the rows right above."""
    if not row_idx or not any(c.role == "hours" for c in cols):
        return []
    height = _height([lines[i] for i in row_idx])
    bottom = lines[row_idx[-1]].bbox[3] + 2.0 * height
    found: list[Row] = []
    for ln in lines[row_idx[0] + 1 :]:
        if ln.bbox[1] > bottom:
            break
        if id(ln) in attached or _is_row(ln) or len(ln.words) < 3 or TOTAL_RE.search(ln.text):
            continue
        if row_dates(ln.text) or NOT_COMPLETED.search(ln.text):
            continue
        row = Row(ln)
        for w in (piece for word in ln.words for piece in unglue(word)):
            if not RULING_RE.fullmatch(w.text):
                row.cells.setdefault(place(w), []).append(w)
        amount = " ".join(_text(ws) for k, ws in row.cells.items() if cols[k].role == "hours")
        title = _row_title(row, cols)
        if is_amount(amount) and len(re.findall(r"[^\W\d_]{2,}", title)) >= 2 and not names_no_course(title):
            found.append(row)
            bottom = max(bottom, ln.bbox[3] + 2.0 * height)
    if not found:
        return []
    hours_at = {k for k, c in enumerate(cols) if c.role == "hours"}

    def amount_of(r: Row) -> float | None:
        return cell_hours(" ".join(_text(ws) for k, ws in r.cells.items() if k in hours_at), "hours", False)

    ordered = sorted([*rows, *found], key=lambda r: r.line.bbox[1])
    amounts = [amount_of(r) for r in ordered]
    return [r for r in found if not sums_rows_above(amounts, ordered.index(r))]


def _dated_only_by_issue(cols: list[Column]) -> bool:
    """A table of courses with hours whose one date column is headed "Date Issued": the date is read, for
    a person to confirm (a certificate's issue date is often, not always, its course's). A table without
    hours (licences, certificates awarded) lists no courses."""
    if any(c.role in ("date", "start", "end") for c in cols) or not any(c.role == "hours" for c in cols):
        return False
    issued = [c for c in cols if c.role == "other_date" and date_label(c.header) == "issue"]
    for c in issued[:1]:
        c.role = "date"
    return bool(issued)


_POINT_RE = re.compile(r"\d[.,]\d|\d:\d$")  # "2:4": a decimal point read as a colon is a point


def flag_odd_hours_cells(items: list[RawItem]) -> list[RawItem]:
    """A column that prints "4.0" everywhere but "40" once: OCR lost a decimal point, a tenfold error."""
    printed = [it.hours_text for it in items if it.hours is not None and it.hours_text]

    def has_point(t: str) -> bool:  # "8:00" among "4.00"s: a point read as a colon (``colon_for_point``)
        return bool(_POINT_RE.search(t)) or colon_for_point(t, printed)

    with_point = [t for t in printed if has_point(t)]
    if len(printed) < 3 or len(with_point) < 0.7 * len(printed):
        return items
    return [
        it.model_copy(
            update={"hours_notes": (*it.hours_notes, "hours cell lacks the decimal point of its column")}
        )
        if it.hours is not None and it.hours_text and not has_point(it.hours_text)
        else it
        for it in items
    ]


def _attach_continuations(
    lines: Sequence[Line],
    row_idx: Sequence[int],
    rows: Sequence[Row],
    cols: Sequence[Column],
    header: Line | None,
    place: Callable[[Word], int],
) -> set[int]:
    """Lines without a date just under a row are that row's wrapped cells (titles, providers); returns
    the ids of the lines so attached.

    A line with words under a date, hours or code column is a row whose date could not be read,
    not a wrapped cell: gluing it on would make one item out of two.
    """
    attached: set[int] = set()
    if _bottom_aligned(rows, row_idx, lines, header, cols, place):
        for i, row in zip(row_idx, rows, strict=True):
            _attach_title_above(lines, i, row, cols, header, place, attached, row.cells)
        return attached
    pitch = _row_pitch(rows)
    for k, i in enumerate(row_idx):
        end = row_idx[k + 1] if k + 1 < len(row_idx) else min(len(lines), i + 3)
        last = rows[k].line
        own: list[Line] = []  # the lines glued onto this row's cells
        for ln in lines[i + 1 : end]:
            if ln is header or _no_cell_line(ln) or ln.bbox[1] - last.bbox[3] > 1.2 * ln.height:
                break
            words = [w for w in ln.words if not RULING_RE.fullmatch(w.text) and w.conf >= MIN_WRAP_CONF]
            if _faint_figures_in_cells(ln, cols, place):
                break
            if _through_line(words, rows[k], cols):
                attached.add(id(ln))
                last = ln
                continue
            if any(cols[place(w)].role not in WRAPPING_ROLES for w in words):
                break
            # A title just above a row that printed none is that row's own (its line split in two).
            owner = (
                k + 1
                if k + 1 < len(rows) and ln is lines[end - 1] and not _has_title(rows[k + 1], cols)
                else k
            )
            for w in words:
                rows[owner].wrapped.setdefault(place(w), []).append(w)
            if pitch is not None and owner == k and _middle(ln.bbox) - _middle(last.bbox) >= FAR_WRAP * pitch:
                rows[k].far_wrap = True
            if owner == k:
                own.append(ln)
            attached.add(id(ln))
            last = ln
        if own and k + 1 < len(rows) and _nearer_below(rows[k].line, own[0], own[-1], rows[k + 1].line):
            rows[k].title_doubt = rows[k + 1].title_doubt = True
    for k, i in enumerate(row_idx):
        if not _has_title(rows[k], cols):
            _attach_title_above(lines, i, rows[k], cols, header, place, attached)
    _doubt_titles_under_free_lines(lines, row_idx, rows, cols, header, place, attached)
    return attached


def _doubt_titles_under_free_lines(
    lines: Sequence[Line],
    row_idx: Sequence[int],
    rows: Sequence[Row],
    cols: Sequence[Column],
    header: Line | None,
    place: Callable[[Word], int],
    attached: set[int],
) -> None:
    """A row printing a title with free title lines right above it, nearer it than the row above, that no
    row took: its title may start on them (read alone, "First Aid" under "Youth Mental Health"). Only lines
    right under the row above (and its wrapped lines: a totals line between them ends a group, and what
    follows may head the next) and set flush with the row's own title, as its wrapped lines would be (a
    band's heading is centred)."""
    for k in range(1, len(rows)):
        if rows[k].line.page != rows[k - 1].line.page or not _has_title(rows[k], cols):
            continue
        above = _title_lines_above(lines, row_idx[k], cols, header, place, attached)
        if not above or not _nearer_below(rows[k - 1].line, above[0], above[-1], rows[k].line):
            continue
        start = next(n for n, ln in enumerate(lines) if ln is above[0])
        if all(id(ln) in attached for ln in lines[row_idx[k - 1] + 1 : start]) and all(
            _flush_with_title(ln, rows[k], cols, place) for ln in above
        ):
            rows[k].title_doubt = True


def _flush_with_title(line: Line, row: Row, cols: Sequence[Column], place: Callable[[Word], int]) -> bool:
    """``line``'s first word starts where the row's title does (within half a line's height)."""
    own = next((ws for i, ws in sorted(row.cells.items()) if cols[i].role == "title" and ws), None)
    words = [w for w in line.words if not RULING_RE.fullmatch(w.text)]
    if own is None or not words or cols[place(words[0])].role != "title":
        return False
    return abs(words[0].bbox[0] - own[0].bbox[0]) <= max(3.0, 0.5 * line.height)


DATE_ROLES = frozenset({"date", "start", "end"})
FIGURE_ROLES = DATE_ROLES | {"hours"}
# A line under a row holding only its last day: "thru 06/16/2022", "through July 20, 2022", "to 03/17/2023".
THROUGH_LINE_RE = re.compile(r"(?i)\W*(?:thru|through|until|to|ending)\b\W*(?P<date>.+?)\W*")


def _through_line(words: Sequence[Word], row: Row, cols: Sequence[Column]) -> bool:
    """A continuation line giving the row's last day ("thru 06/16/2022" under "06/14/2022"): its words join
    the row's date cell, which then reads as a span. Only a full day after the row's own single date, and
    only where the row has one date column (or its end cell is blank): a second date beside a start and
    an end is nobody's to place."""
    m = THROUGH_LINE_RE.fullmatch(_text(list(words)))
    if m is None or len(found := row_dates(m.group("date"))) != 1 or found[0].precision != "day":
        return False
    if found[0].span != (0, len(m.group("date"))):
        return False  # "to Schools 10/11/2023": a wrapped title's words, not the date alone
    roles = {c.role: k for k, c in enumerate(cols)}
    own = row_dates(" ".join(_text(row.cells.get(k, [])) for k, c in enumerate(cols) if c.role in DATE_ROLES))
    if len(own) != 1 or own[0].precision != "day" or not own[0].end < found[0].start:
        return False
    blank_end = "end" in roles and not row.cells.get(roles["end"])
    target = roles.get("date", roles["end"] if blank_end else None)
    if target is None:
        return False
    row.cells.setdefault(target, []).extend(words)
    return True


# A page's note that the table goes on ("Continued on next page", "(continued)", "cont'd on page 3"): no
# row's wrapped cell.
CONTINUED_RE = re.compile(
    r"(?i)\bcont(?:inued|'d|\.)\s+(?:on|from|overleaf)\b|\bsee\s+next\s+page\b|^\W*(?:continued|cont'd)\W*$"
)
# A page's own sum under its rows ("Hours this page: 24.0", "Page hours 24"): no row's wrapped cell.
PAGE_SUM_RE = re.compile(r"(?i)\b(?:hours|credits?|total)\s+(?:on\s+|for\s+)?this\s+page\b|\bpage\s+hours\b")
FAR_WRAP = 0.85  # of the rows' pitch: a wrapped line this far below the last is where a row would stand
FAR_WRAP_NOTE = (
    "a line without date or hours a whole row below was read as the rest of the title: it may be a row "
    "whose date and hours were lost"
)

TITLE_DOUBT_NOTE = (
    "a title line between two rows stands nearer the row below than the row above: where this row's title "
    "starts (and which row that line belongs to) is a person's to settle"
)


def _no_cell_line(line: Line) -> bool:
    """A totals line, a page's sum or its "continued" note: nobody's wrapped cell."""
    return bool(TOTAL_RE.search(line.text) or CONTINUED_RE.search(line.text) or PAGE_SUM_RE.search(line.text))


def _row_pitch(rows: Sequence[Row]) -> float | None:
    """The least distance between two rows' lines on one page: one line's row, where rows are so set."""
    steps = [
        _middle(b.line.bbox) - _middle(a.line.bbox)
        for a, b in itertools.pairwise(rows)
        if a.line.page == b.line.page and b.line.bbox[1] > a.line.bbox[1]
    ]
    return min(steps) if steps else None


def _faint_figures_in_cells(line: Line, cols: Sequence[Column], place: Callable[[Word], int]) -> bool:
    """A faint word of two digits or more under a date or hours column ("ovow2024", "40" read poorly): the
    line is a row whose date a scan mangled, not the row above's wrapped title."""
    return any(
        w.conf < MIN_WRAP_CONF and len(re.findall(r"\d", w.text)) >= 2 and cols[place(w)].role in FIGURE_ROLES
        for w in line.words
    )


def _title_lines_above(
    lines: Sequence[Line],
    i: int,
    cols: Sequence[Column],
    header: Line | None,
    place: Callable[[Word], int],
    attached: set[int],
) -> list[Line]:
    """The free lines right above line ``i`` (no row's, the header's or a totals line; only wrapping cells),
    each within a line's spacing of the one below, top first."""
    above: list[Line] = []
    nearest = lines[i]
    for ln in reversed(lines[:i]):
        if ln is header or id(ln) in attached or not _wraps_onto(ln, nearest, cols, place):
            break
        above.insert(0, ln)
        nearest = ln
    return above


def _wraps_onto(ln: Line, other: Line, cols: Sequence[Column], place: Callable[[Word], int]) -> bool:
    """``ln`` is a free line of wrapped cells (no row, no totals line) a line's spacing from ``other``."""
    if _is_row(ln) or _no_cell_line(ln) or ln.page != other.page:
        return False
    if max(other.bbox[1] - ln.bbox[3], ln.bbox[1] - other.bbox[3]) > 1.2 * ln.height:
        return False
    words = [w for w in ln.words if not RULING_RE.fullmatch(w.text) and w.conf >= MIN_WRAP_CONF]
    return bool(words) and all(cols[place(w)].role in WRAPPING_ROLES for w in words)


BOTTOM_GAP_RATIO = 1.5  # a title line this much nearer the row below than the row above opens the one below


def _bottom_aligned(
    rows: Sequence[Row],
    row_idx: Sequence[int],
    lines: Sequence[Line],
    header: Line | None,
    cols: Sequence[Column],
    place: Callable[[Word], int],
) -> bool:
    """A spreadsheet's bottom-aligned cells: each row's date and hours on its title's last line, the title
    wrapping upward. Only where every row prints a title, all stand on one page, the first row and most
    rows have title lines right above them, every line between two rows is such a line and clearly nearer
    the row below, and no title line hangs under the last row (a top-aligned wrap would)."""
    if len(rows) < 2 or len({r.line.page for r in rows}) > 1 or not all(_has_title(r, cols) for r in rows):
        return False
    above = [_title_lines_above(lines, i, cols, header, place, set()) for i in row_idx]
    if not above[0] or 3 * sum(bool(a) for a in above) < 2 * len(rows):
        return False
    for k in range(1, len(rows)):
        between = lines[row_idx[k - 1] + 1 : row_idx[k]]
        if [id(ln) for ln in between] != [id(ln) for ln in above[k]]:
            return False
        if between and not _nearer_below(rows[k - 1].line, between[0], between[-1], rows[k].line):
            return False
    after = lines[row_idx[-1] + 1 : row_idx[-1] + 2]
    return not (after and after[0] is not header and _wraps_onto(after[0], rows[-1].line, cols, place))


def _nearer_below(above: Line, first: Line, last: Line, below: Line) -> bool:
    """Free lines ``first`` .. ``last`` between two rows' lines open the row below: their middles stand
    clearly nearer its line than the row above's (middles, as a scan's boxes swell with its blur)."""
    gap_up = _middle(first.bbox) - _middle(above.bbox)
    gap_down = _middle(below.bbox) - _middle(last.bbox)
    return gap_down > 0 and gap_up >= BOTTOM_GAP_RATIO * gap_down


def _attach_title_above(
    lines: Sequence[Line],
    i: int,
    row: Row,
    cols: Sequence[Column],
    header: Line | None,
    place: Callable[[Word], int],
    attached: set[int],
    into: dict[int, list[Word]] | None = None,
) -> None:
    """A row that prints no title on its own line, its other cells set midway between a wrapped title's
    lines (or on its last line: ``into`` the row's cells, before its own words): the free lines right above
    it open its title."""
    cells = row.wrapped if into is None else into
    above = _title_lines_above(lines, i, cols, header, place, attached)
    for ln in reversed(above):
        for w in reversed(ln.words):
            if not RULING_RE.fullmatch(w.text) and w.conf >= MIN_WRAP_CONF:
                cells.setdefault(place(w), []).insert(0, w)
        attached.add(id(ln))


# A stray dot may sit between them ("24.00.Pass"), dropped only after a number that has its two decimals:
# after "4." or "8.5." it might be a digit misread.
# The word may end in a dot ("12.0Lt."): an abbreviation's.
# An h:mm duration glues the same way ("8:00Pass"), and so does an instructor's initial ("8.0D. Hale"): a
# capital and its dot.
GLUED_RE = re.compile(
    r"(\d{1,3}:[0-5]\d|\d+(?:[.,]\d+)?)(?:(?<=\d[.,]\d\d)[.,])?([A-Za-z][A-Za-z-]+\.?|[A-Z]\.)"
)


# A date and the amount in the next cell joined by a dot leader OCR read without its spaces
# ("10/25/2019..40.00").
LEADER_GLUED_RE = re.compile(r"(\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})(\.{2,}[.,]*)(\d{1,3}(?:\.\d{1,2})?)")


def unglue(word: Word) -> list[Word]:
    """OCR drops the space between neighbouring cells ("4.00Juvenile"): split number from word; a date
    glued to the next cell's amount by a leader is split at the leader, the leader dropped."""
    if (m := LEADER_GLUED_RE.fullmatch(word.text)) is not None and find_dates(m.group(1)):
        return [_piece(word, 0, len(m.group(1))), _piece(word, m.start(3), len(word.text))]
    m = GLUED_RE.fullmatch(word.text)
    if m is None:
        return [word]
    x0, top, x1, bottom = word.bbox
    cut = x0 + (x1 - x0) * len(m.group(1)) / len(word.text)
    return [
        word.model_copy(update={"text": m.group(1), "bbox": (x0, top, cut, bottom)}),
        word.model_copy(update={"text": m.group(2), "bbox": (cut, top, x1, bottom)}),
    ]


def _piece(word: Word, start: int, end: int) -> Word:
    """The characters ``start:end`` of ``word``, its box cut in proportion."""
    x0, top, x1, bottom = word.bbox
    per_char = (x1 - x0) / len(word.text)
    box = (x0 + per_char * start, top, x0 + per_char * end, bottom)
    return word.model_copy(update={"text": word.text[start:end], "bbox": box})


# A title cell's first or last token made only of these is a border or a speck read as a character
# (">", "~", "|"); footnote marks ("*", "†", "#") may mean something and stay.
_DEBRIS_RE = re.compile(r"[<>~|_^`'\".,:;«»\-–—=]+")


def _trim_debris(words: list[Word]) -> list[Word]:
    """Title words without leading and trailing debris tokens, which would also drag its confidence."""
    start, end = 0, len(words)
    while start < end and _DEBRIS_RE.fullmatch(words[start].text):
        start += 1
    while end > start and _DEBRIS_RE.fullmatch(words[end - 1].text):
        end -= 1
    return words[start:end]


# A word below this confidence counts as unsure (classify's AutoPolicy.min_word_conf, for a field's words).
UNSURE_WORD_CONF = 0.80
# A token this short with no digit and not in capitals (a level "I", a part "A" stay) cannot name a course.
SPECK_MAX_CHARS = 2


def _beside_second_reading(word: Word, words: list[Word]) -> bool:
    """A word of ``words`` that RapidOCR read shares ``word``'s line (half its height at least)."""
    top, bottom = word.bbox[1], word.bbox[3]
    return any(
        w.engine == "rapidocr" and min(bottom, w.bbox[3]) - max(top, w.bbox[1]) >= 0.5 * (bottom - top)
        for w in words
    )


def _unconfirmed_speck(word: Word, confirmed_line: bool) -> bool:
    """``word`` is a speck the second engine did not see: tesseract read it unsure, beside words of a
    line RapidOCR read (pooling keeps tesseract's words in gaps of RapidOCR's reading, so RapidOCR,
    reading that very line, saw no text where this one stands), and it is too short to be a word of
    the title ("a", "ge"): letters only, at most two, not capitals (a level "II", a part "A"). A mark
    ("*") is no speck here: it may be a footnote's, and stays."""
    text = word.text.strip()
    return (
        confirmed_line
        and word.engine == "tesseract"
        and word.conf < UNSURE_WORD_CONF
        and 0 < len(text) <= SPECK_MAX_CHARS
        and text.isalpha()
        and not text.isupper()
    )


def title_words_and_conf(words: list[Word]) -> tuple[list[Word], float]:
    """A title cell's words, without debris at its ends, and the confidence of the words naming the course.

    Why this generalizes: a title's confidence stands for whether its words, which name the course and
    decide its catalog match and category, were read right. Two kinds of token at a title's ends name
    nothing and only dragged that confidence down, sending right rows to review on every scan:
    - a speck the second engine did not see (``_unconfirmed_speck``: "Handgun Qualification a",
      "EVOC ge"): dropped from the title, as a border's debris is;
    - a mark without letters or digits ("Radar Operator *"): kept in the title (a footnote mark may mean
      something; when read surely it sends nothing to review either) but not weighed in its confidence.
    A real word the second engine missed is longer than two characters, or a capital level or part.
    """
    words = _trim_debris(words)
    while words and _unconfirmed_speck(words[-1], _beside_second_reading(words[-1], words)):
        words = words[:-1]
    while words and _unconfirmed_speck(words[0], _beside_second_reading(words[0], words)):
        words = words[1:]
    naming = list(words)
    while naming and not any(ch.isalnum() for ch in naming[-1].text):
        naming.pop()
    while naming and not any(ch.isalnum() for ch in naming[0].text):
        naming.pop(0)
    return words, min((w.conf for w in naming), default=0.0)


# A numeric date printed complete: two-digit month and day, four-digit year ("10/13/2014", "2018-02-05"),
# a stop or comma after it at most.
_FULL_DATE_RE = re.compile(r"(?:\d{2}[/.-]\d{2}[/.-]\d{4}|\d{4}[/.-]\d{2}[/.-]\d{2})[.,]?")
MARK_MAX_CHARS = 3
_MONTH_ABBRS = frozenset(m.lower() for m in calendar.month_abbr if m)


def date_conf(words: list[Word]) -> float:
    """The confidence of a row's date cells: of the words holding its dates.

    Why this generalizes: when every word of the cells that holds a digit is a complete numeric date
    (month and day in two digits, year in four), no other token of the cell can have been part of a
    date: none holds a digit, and a complete date has no digit to lose or gain. A short token beside it
    ("Ls", "|.", "*": a cell border or a speck, read unsure) says nothing of the dates, and its
    confidence no longer sends a row whose dates were read surely to review. A token as wide as half
    the date could be a date read as letters, and a month name could be part of one: both still count.
    """
    dated = [w for w in words if any(ch.isdigit() for ch in w.text)]
    if not dated or not all(_FULL_DATE_RE.fullmatch(w.text) for w in dated):
        return min((w.conf for w in words), default=0.0)
    narrowest = min(w.bbox[2] - w.bbox[0] for w in dated)

    def mark(w: Word) -> bool:
        text = w.text.strip()
        return (
            w not in dated
            and len(text) <= MARK_MAX_CHARS
            and (w.bbox[2] - w.bbox[0]) < narrowest / 2
            and text.strip(".,").lower() not in _MONTH_ABBRS
        )

    return min(w.conf for w in words if not mark(w))


def _has_title(row: Row, cols: Sequence[Column]) -> bool:
    return any(cols[i].role == "title" and words for i, words in row.cells.items())


def _granting(cell: str) -> str:
    """The words of a cell saying its row's hours were granted, not earned in class ("Equivalency",
    "Transfer Credit", "Waived"); "" when it says no such thing."""
    m = NOT_ATTENDED_RE.search(cell) or NOT_ATTENDED_CELL_RE.fullmatch(cell.strip())
    if m:
        return m.group(0)
    word = cell.strip(" .,;:").lower()
    # "Transter", "Equivalemcy": one word a scan misspelt.
    if len(word) >= 5 and " " not in word and any(fuzz.ratio(word, g) >= 80 for g in GRANTING_WORDS):
        return cell.strip()
    return ""


def _plain(cell: str) -> str:
    return cell.strip(" .,;:'\"").lower()


def _granted_note(section: Section, row: Row) -> str:
    """In a column saying of some rows that their hours were granted ("Transfer", "Equiv."), this row's cell
    is blank or a word no other row prints ("Transter"): a scan may have lost or misread the grant.
    The note saying so; "" otherwise."""
    cols = section.cols
    granting = {
        k
        for r in section.rows
        for k, ws in r.cells.items()
        if cols[k].role != "title" and _granting(_text(ws))
    }
    for k in granting:
        cell = _text(row.cells.get(k, [])).strip()
        others = [_plain(_text(r.cells.get(k, []))) for r in section.rows if r is not row]
        said = _plain(cell)
        if not _granting(cell) and not COMPLETED_RE.fullmatch(said) and (not said or said not in others):
            return (
                f"the row's cell {cell or '(blank)'!r}, in a column saying of other rows that their hours "
                "were granted (transfer, equivalency), is neither a grant nor its neighbours' word"
            )
    return ""


def _row_item(row: Row, cols: Sequence[Column], dateless: bool = False) -> RawItem | None:
    """The row's item; ``dateless``: a row that printed a title and hours but no date a scan kept."""
    by_role: dict[str, list[Word]] = {}
    for i, words in row.cells.items():
        by_role.setdefault(cols[i].role, []).extend(words)
    for i, words in row.wrapped.items():
        if cols[i].role in WRAPPING_ROLES:
            by_role.setdefault(cols[i].role, []).extend(words)
    title_words, title_conf = title_words_and_conf(by_role.get("title", []))
    title = _text(title_words).strip()
    if names_no_course(title):
        return None  # "Year-End Hours Earned": a line summing the rows above, no course
    # "In Progress" or "Not Started" where the completion date belongs says so as well as a status column.
    status = " ".join(_text(by_role.get(role, [])) for role in ("status", "start", "end", "date", "hours"))
    if not title or TOTAL_RE.search(title) or NOT_COMPLETED.search(status):
        return None
    notes: list[str] = [FAR_WRAP_NOTE] if row.far_wrap else []
    if row.title_doubt:
        notes.append(TITLE_DOUBT_NOTE)
    code_col = next((c for c in cols if c.role == "status_code"), None)
    if code_col is not None and (code := _text(by_role.get("status_code", [])).strip()):
        done = status_code_meaning(code, code_col.legend)
        if done is False:
            return None  # "No" under "Completed", "W" where the legend says "W = Withdrawn"
        if done is None and code_col.mixed:
            notes.append(UNEXPLAINED_CODE.format(code))
    elif code_col is not None:
        notes.append("the row's status code read blank where the other rows print theirs")
    # A status word in a cell no heading named ("0.0 No Show" where a glued heading hid the status
    # column): the row may not have been completed.
    loose = " ".join(_text(ws) for role, ws in by_role.items() if role in LOOSE_ROLES)
    if (said := NOT_COMPLETED.search(loose)) is not None:
        notes.append(f"a cell of the row says {said.group(0)!r}: it may not have been completed")
    taught = [
        cell
        for role, ws in by_role.items()
        if role != "title" and (cell := _text(ws).strip(" .,;:()[]")) and TAUGHT_ROLE_RE.fullmatch(cell)
    ]
    if taught:
        notes.append(f"a cell of the row says {taught[0]!r}: hours taught are no training attended")
    granting = next((g for ws in row.cells.values() if (g := _granting(_text(ws)))), None)
    if granting and not any(cols[k].role == "title" and _granting(_text(ws)) for k, ws in row.cells.items()):
        notes.append(f"a cell of the row says {granting!r}: hours granted, not a class attended here")
    result = _text(by_role.get("status", [])).strip()
    # "Fai" for "Fail": a result that says neither completed nor not is for a person to read.
    result_notes = (
        (f"result {result!r} says neither completed nor not",)
        if result and not COMPLETED_RE.search(result)
        else ()
    )
    start, end, date_text, date_words, month_only = _row_dates(by_role)
    if start is None and not dateless:
        return None
    hours_words = by_role.get("hours", [])
    hours_col = next((c for c in cols if c.role == "hours"), Column(0.0, 0.0))
    alt = _alt_hours(row, cols)
    if not hours_words and len(alt) == 1 and alt[0][0].complement:
        hours_col, hours_words = alt[0]
    hours = cell_hours(_text(hours_words), hours_col.unit, hours_col.h_mm) if hours_words else None
    hours_conf = min((w.conf for w in hours_words), default=0.0)
    if row.own_hours is not None and hours is not None:
        hours, hours_conf = row.own_hours[0], min(hours_conf, row.own_hours[1])
    if hours_col.note and hours is not None:
        notes.append(hours_col.note)
    for col, ws in alt:
        other = cell_hours(_text(ws), col.unit, col.h_mm)
        if ws is not hours_words and hours is not None and other is not None and abs(other - hours) > 0.01:
            read = (_text(hours_words), hours_col.header.strip())
            notes.append(disagreeing_note(read, (_text(ws), col.header.strip())))
    if hours is not None and (per_day := per_day_cell(_text(hours_words))) is not None and per_day[1] > 1:
        notes.append(_per_day_note(*per_day))
    elif hours_col.per_day and hours is not None:
        hours = _hours_of_days(hours, _text(by_role.get("days", [])), start, end, notes)
    if hours is not None and (mark := footnote_mark(_text(hours_words))) is not None:
        notes.append(
            f"the hours cell carries the footnote mark {mark!r}: the note it points to may alter them"
        )
    # "2:4" where the column prints "1.6" and "0.8" is 2.4; elsewhere it may be a "2:45" cut short.
    # A whole hour's "8:00" in a column of h:mm ("1:30", "0:45") is eight hours as h:mm and as a decimal.
    whole_h_mm = hours_col.h_mm and _WHOLE_HOUR_RE.fullmatch(_text(hours_words).strip()) is not None
    if (
        hours is not None
        and not hours_col.decimals
        and not whole_h_mm
        and decimal_read_as_colon(_text(hours_words))
    ):
        notes.append(f"hours cell {_text(hours_words)!r} read as {hours:g}: a decimal point read as a colon")
    if hours is not None and no_leading_zero(_text(hours_words)):
        notes.append(f"hours cell {_text(hours_words)!r} prints no digit before its point: confirm it")
    if hours is not None and not 0 < hours <= MAX_ROW_HOURS:
        notes.append(f"implausible hours {hours:g}")
        hours = None
    if hours is None:
        notes.append("no hours in this row")
    elif any(w.engine == CELL_ENGINE for w in hours_words):
        notes.append(REREAD_HOURS)
    ceu_col = next((c for c in cols if c.role == "ceu"), None)
    ceu = cell_hours(_text(by_role.get("ceu", [])), "ceu", False) if ceu_col else None
    if hours is not None and ceu is not None and abs(ceu - hours) > 0.5:
        notes.append(f"hours {hours:g} and CEUs ({ceu / 10:g}) printed beside them disagree")
    all_words = [w for ws in row.cells.values() for w in ws] + [w for ws in row.wrapped.values() for w in ws]
    date_notes: tuple[str, ...] = (MONTH_ONLY,) if month_only else (NO_DATE_READ,) if start is None else ()
    if month_only and date_text and (garbled := garbled_day(date_text)) is not None:
        date_notes = (garbled[1],)
    period = next((c for c in map(_text, row.cells.values()) if PERIOD_RE.fullmatch(c.strip())), None)
    if start is None and period is not None:
        date_notes += (
            f"the row is dated only by the period {period.strip()!r}: no day, a person settles the date",
        )
    if any(w.engine == CELL_ENGINE for w in date_words):
        date_notes += (REREAD_DATE,)
    if start is not None and _one_of_two_date_cells(by_role, cols):
        date_notes += (ONE_DATE_CELL_BLANK,)
    if in_title := [d for d in row_dates(title) if d.precision == "day"]:
        # A wrapped line under the title that carries a date ("thru 10/11/2023", "(ended 05/04/2023)"):
        # the row's other date, or another class's, printed where no date column reads it.
        date_notes += (f"the title holds a date ({title[in_title[0].span[0] : in_title[0].span[1]]!r}): "
                       "it may be the row's end or another class's date",)  # fmt: skip
    return RawItem(
        course_title=title,
        start_date=start,
        end_date=end,
        hours=hours,
        hours_text=_text(hours_words) or None,
        date_text=date_text,
        page=row.line.page,
        bbox=union_box([w.bbox for w in all_words]),
        title_conf=title_conf,
        date_conf=date_conf(date_words),
        hours_conf=hours_conf,
        source="table_row",
        provider=_text(by_role.get("provider", [])) or None,
        category_hint=_text(by_role.get("category", [])) or None,
        course_code=_text(by_role.get("code", [])) or None,
        span_printed=bool(by_role.get("start")) and bool(by_role.get("end")),
        notes=result_notes,
        date_notes=date_notes,
        hours_notes=tuple(notes),
    )


ONE_DATE_CELL_BLANK = "the row's start or end date cell read blank: its other date is unknown"


def _per_day_note(per_day: float, days: int) -> str:
    return f"hours printed per day: {per_day:g} a day x {days} days = {per_day * days:g}: a person confirms"


def _hours_of_days(
    per_day: float, days_cell: str, start: date | None, end: date | None, notes: list[str]
) -> float:
    """A class's hours from its hours a day: times the "Days" cell, or the days its dates span. One day's
    class is its hours a day; a longer one's product is for a person to confirm (a half day, a lunch)."""
    days = int(days_cell) if days_cell.strip().isdigit() else None
    spanned = (end - start).days + 1 if start is not None and end is not None else None
    if days is None and spanned is not None and spanned <= 7:
        days = spanned
    if days == 1 and spanned in (None, 1):
        return per_day
    if days is None:
        notes.append(
            f"the hours are printed per day ({per_day:g}) and the class's days are not: a person counts them"
        )
        return per_day
    notes.append(_per_day_note(per_day, days))
    return per_day * days


def _one_of_two_date_cells(by_role: dict[str, list[Word]], cols: Sequence[Column]) -> bool:
    """A table printing start and end in columns of their own, and this row's other date cell blank: the
    scan lost it, so the row's span is not known (a week's course read as its last day). A cell holding a
    misread date ("01/2Q/2025" beside "01/20/2025") was not lost: the row's date is its other cell's."""
    if not any(c.role == "start" for c in cols) or not any(c.role == "end" for c in cols):
        return False
    start, end = (_text(by_role.get(role, [])).strip() for role in ("start", "end"))
    return bool(start) != bool(end)


def _row_dates(
    by_role: dict[str, list[Word]],
) -> tuple[date | None, date | None, str | None, list[Word], bool]:
    """Start, end, their text and words, and whether a date printed its month only ("03/2021": the
    month's first and last day stand in for days nobody printed)."""
    start_w, end_w, any_w = by_role.get("start", []), by_role.get("end", []), by_role.get("date", [])
    if end_w and not start_w and row_dates(_text(any_w)):
        # "Date" beside "Ends"/"End Date": the plain date column is the class's first day, not a second
        # reading to drop (a three-day class was read as its last day alone).
        start_w, any_w = any_w, []
    if start_w or end_w:
        s = row_dates(_text(start_w))
        e = row_dates(_text(end_w))
        if s and e:
            month = s[0].precision != "day" or e[-1].precision != "day"
            return s[0].start, e[-1].end, f"{_text(start_w)} | {_text(end_w)}", start_w + end_w, month
        one = s or e
        if one:
            month = one[0].precision != "day" or one[-1].precision != "day"
            return one[0].start, one[-1].end, _text(start_w + end_w), start_w + end_w, month
    found = row_dates(_text(any_w))
    if found:
        month = found[0].precision != "day" or found[-1].precision != "day"
        return found[0].start, found[-1].end, _text(any_w), any_w, month
    return None, None, None, [], False
