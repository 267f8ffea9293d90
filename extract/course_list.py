"""A certificate page that lists several courses, each with its own hours: one item per course.

Some issuers print one certificate for a week of courses, a conference's sessions or a CE transcript in
miniature: under the holder's name, lines such as "Juvenile Law - 03/06/2023 - 8 hours", "Youth Mental
Health First Aid (8 hrs) September 13, 2022", bullets "• Title, October 3-4, 2022, 16 hours", the date
first ("01/10/2023   Title   8 hrs"), or numbered fields ("Course 1: Title" over "Date: ... Hours: 8").
Read as one certificate such a page gives one item whose title is whatever line looked most like a title
(a signer, the heading) and whose hours are one course's or the sum: the courses are lost.

A listed course is a line that holds a title (words left once its hours, dates, bullets and separators are
taken out) AND its own hour amount; a page lists courses when at least two such lines follow one another.
A course's list of modules or a day-by-day agenda prints no hours on its lines and stays one course, as
does the usual "June 5-9, 2023 · 40 hours" line under a title (no title of its own). A line totalling the
others ("Total CE Hours: 12") is no course: it is checked against the sum, never credited on top of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from extract.fields.dates import find_dates
from extract.fields.hours import HoursMatch, find_hours
from extract.types import Line, RawItem, union_box

MIN_COURSES = 2
# "Course 1:", "Session 2 -", "Module A." before a listed course's title.
NUMBERED_RE = re.compile(
    r"^\s*(?:course|session|class|training|workshop|module)\s*(?:#\s*)?(?:\d{1,2}|[A-Z])\s*[:.)-]\s*", re.I
)
# A bullet, as printed or as a scan reads it ("¢", "e", "o" before a capital), or "1." / "2)".
BULLET_RE = re.compile(r"^\s*(?:[^\w\s(\[]|[eo](?=\s+[A-Z])|\d{1,2}[.)])\s+")
# A line adding up the others, or a label over an amount: no course's title.
TOTAL_RE = re.compile(r"\b(?:total|subtotal|sum|cumulative|grand|overall|aggregate)\b", re.I)
# Left over when a line's facts are taken out: separators, empty brackets, labels' leftovers.
# (A hyphen inside a word, "Trauma-Informed", stays.)
SEPARATORS_RE = re.compile(r"\(\s*\)|\[\s*\]|(?<!\S)[^\w\s()\[\]'&]+(?!\S)|[,;|]")
LABEL_WORDS_RE = re.compile(
    r"\b(?:date[sd]?|dated|held|on|completed|completion|hours?|hrs?|credit|credits|ce|ceus?|cpe|pdh|"
    r"contact|clock|instruction|awarded|earned)\s*:?\s*$",
    re.I,
)
TITLE_WORD_RE = re.compile(r"[^\W\d_]{3,}")
# A listed title capitalises its words but its short connectors; a lower-case word of four letters or more
# that joins nothing ("earned", "attended", "equivalent") is a sentence wrapped over the page's lines.
PROSE_WORD_RE = re.compile(r"(?<![\w'-])[a-z]{4,}\b")
TITLE_CONNECTORS = frozenset(
    [
        "with",
        "from",
        "into",
        "upon",
        "over",
        "under",
        "than",
        "through",
        "about",
        "after",
        "before",
        "during",
        "within",
        "without",
        "among",
        "between",
        "against",
        "toward",
        "towards",
        "onto",
        "versus",
    ]
)
MIN_TITLE_WORDS = 2
TOTAL_TOLERANCE = 0.01


def _amount(text: str) -> HoursMatch | None:
    """The line's one hour amount, not a title's "40-hour" (None for none or several)."""
    found = [h for h in find_hours(text) if not h.in_title_form]
    return found[0] if len(found) == 1 else None


def _without(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, at = [], 0
    for start, end in sorted(spans):
        out.append(text[at:start])
        at = max(at, end)
    out.append(text[at:])
    return " ".join(out)


def _title_left(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """What ``text`` names once its amounts and dates (``spans``), bullets, numbering and separators are
    out ("" when that is no title: a label's leftover, a total)."""
    rest = NUMBERED_RE.sub("", BULLET_RE.sub("", _without(text, spans)))
    rest = " ".join(SEPARATORS_RE.sub(" ", rest).split())
    rest = LABEL_WORDS_RE.sub("", rest).strip(" :.")
    rest = LABEL_WORDS_RE.sub("", rest).strip(" :.")
    if rest.endswith(":") or TOTAL_RE.search(rest) or len(TITLE_WORD_RE.findall(rest)) < MIN_TITLE_WORDS:
        return ""
    if any(w not in TITLE_CONNECTORS for w in PROSE_WORD_RE.findall(rest)):
        return ""  # a sentence's line ("... and earned 2.4 Continuing Education Units"), not a listed title
    return rest


class _Course:
    def __init__(
        self, title: str, lines: Sequence[Line], amount: HoursMatch, dated: tuple[date, date] | None
    ):
        self.title, self.lines, self.amount, self.dated = title, list(lines), amount, dated


def _facts(text: str) -> tuple[HoursMatch | None, tuple[date, date] | None, list[tuple[int, int]], bool]:
    """A line's one amount, its one day-precise date or range, the spans of both, and whether it printed
    dates it cannot settle (several, or a month only)."""
    amount = _amount(text)
    dates = find_dates(text)
    spans = [d.span for d in dates] + ([amount.span] if amount else [])
    one = dates[0] if len(dates) == 1 and dates[0].precision == "day" else None
    return amount, ((one.start, one.end) if one else None), spans, len(dates) > 0 and one is None


def _numbered_block(lines: Sequence[Line], i: int) -> tuple[_Course | None, int]:
    """ "Course 1: Title" over a line of its date and hours (no title of its own): one course, and the
    index after it."""
    head = lines[i].text
    if not NUMBERED_RE.match(head) or i + 1 >= len(lines):
        return None, i + 1
    title = _title_left(head, [])
    amount, dated, spans, unsure = _facts(lines[i + 1].text)
    if not title or amount is None or unsure or _title_left(lines[i + 1].text, spans):
        return None, i + 1
    return _Course(title, lines[i : i + 2], amount, dated), i + 2


def _course_line(line: Line) -> _Course | None:
    amount, dated, spans, unsure = _facts(line.text)
    if amount is None or unsure:
        return None
    title = _title_left(line.text, spans)
    return _Course(title, [line], amount, dated) if title else None


def listed_courses(lines: Sequence[Line], fallback: RawItem | None) -> list[RawItem] | None:
    """The courses a certificate page lists, one item each, when at least two lines in a row each name a
    course with its own hours (None otherwise). A course printing no date of its own takes the
    certificate's (``fallback``, read as a one-course page reads it) when none of them prints one."""
    runs: list[list[_Course]] = [[]]
    totals: list[float] = []
    i = 0
    while i < len(lines):
        course, nxt = _numbered_block(lines, i)
        if course is None:
            course, nxt = _course_line(lines[i]), i + 1
        if course is not None and (not runs[-1] or runs[-1][-1].lines[0].page == course.lines[0].page):
            runs[-1].append(course)
        else:
            total = _amount(lines[i].text)
            if total is not None and TOTAL_RE.search(lines[i].text):
                totals.append(total.hours)
            if runs[-1]:
                runs.append([])
        i = nxt
    listed = [run for run in runs if len(run) >= MIN_COURSES]
    if len(listed) != 1:
        return None  # no list, or two lists apart on the page: not sure what belongs together
    courses = listed[0]
    total_note: tuple[str, ...] = ()
    summed = sum(c.amount.hours for c in courses)
    if totals and all(abs(t - summed) > TOTAL_TOLERANCE for t in totals):
        total_note = (
            f"the page's total ({totals[0]:g} h) is not the sum of its courses' hours ({summed:g} h)",
        )
    # The page's date stands for its courses only when none prints a date of its own.
    shared = fallback if all(c.dated is None for c in courses) else None
    return [_item(c, shared, total_note) for c in courses]


def _item(course: _Course, fallback: RawItem | None, total_note: tuple[str, ...]) -> RawItem:
    conf = min(ln.mean_conf for ln in course.lines)
    text = " / ".join(ln.text for ln in course.lines)
    start: date | None
    end: date | None
    if course.dated is not None:
        start, end = course.dated
        date_text: str | None = text
        date_conf = conf
    elif fallback is not None and fallback.start_date is not None:
        start, end = fallback.start_date, fallback.end_date
        date_text, date_conf = fallback.date_text, fallback.date_conf
    else:
        start = end = None
        date_text, date_conf = None, 0.0
    return RawItem(
        course_title=course.title,
        start_date=start,
        end_date=end,
        hours=course.amount.hours,
        hours_text=course.amount.text,
        date_text=date_text,
        page=course.lines[0].page,
        bbox=union_box([ln.bbox for ln in course.lines]),
        title_conf=conf,
        date_conf=date_conf,
        hours_conf=conf,
        source="certificate",
        notes=total_note,
        date_notes=_date_notes(course, start, end),
    )


def _date_notes(course: _Course, start: date | None, end: date | None) -> tuple[str, ...]:
    if start is None:
        return ("one of several courses listed, with no date of its own",)
    if course.dated is None and start != end:
        # "has completed the following courses, May 3-5, 2022:": which of those days each course took
        # is not printed; the span is no course's own dates.
        return ("several courses listed under one span of days: each course's own days are not printed",)
    return ()
