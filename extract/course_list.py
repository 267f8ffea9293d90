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

from extract.certificate import is_transmission_stamp
from extract.fields.dates import find_dates
from extract.fields.hours import HoursMatch, find_hours
from extract.fields.text import english_title_unaccented
from extract.lines import split_cells
from extract.types import Line, RawItem, union_box

MIN_COURSES = 2
# "Course 1:", "Session 2 -", "Module A." before a listed course's title.
NUMBERED_RE = re.compile(
    r"^\s*(?:course|session|breakout|class|training|workshop|module)\s*(?:#\s*)?(?:\d{1,2}|[A-Z])\s*[:.)-]\s*",
    re.I,
)
# A bullet, as printed or as a scan reads it ("¢", "e", "o" before a capital), or "1." / "2)".
# A scan may read the ")" of "2)" as "}" or "]", or add a stop ("3).").
BULLET_RE = re.compile(r"^\s*(?:[^\w\s(\[]|[eo](?=\s+[A-Z])|\d{1,2}[.)}\]]{1,2})\s+")
# A line adding up the others, or a label over an amount: no course's title.
TOTAL_RE = re.compile(r"\b(?:total|subtotal|sum|cumulative|grand|overall|aggregate)\b", re.I)
# Left over when a line's facts are taken out: separators, empty brackets, labels' leftovers.
# (A hyphen inside a word, "Trauma-Informed", stays.)
SEPARATORS_RE = re.compile(r"\(\s*\)|\[\s*\]|(?<!\S)[^\w\s()\[\]'&]+(?!\S)|[,;|]")
TRAILING_SEPARATOR_RE = re.compile(r"\s+[-–—]+['’\"`]*$")
LABEL_WORDS_RE = re.compile(
    r"\b(?:date[sd]?|dated|held|on|completed|completion|hours?|hrs?|credit|credits|ce|ceus?|cpe|pdh|"
    r"contact|clock|instruction|awarded|earned)\s*:?\s*$",
    re.I,
)
TITLE_WORD_RE = re.compile(r"[^\W\d_]{3,}")
LETTERS_RE = re.compile(r"[^\W\d_]+")
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
# A sentence-case title ("Crisis intervention for youth - 8 hours") is one piece of the line, starting with a
# capital, holding no clause's punctuation, no verb of a sentence, and ending on no word that joins on.
SENTENCE_VERB_RE = re.compile(
    r"\b(?:has|have|had|was|were|is|are|been|earned|attended|completed|awarded|received|participated|"
    r"verifies|verified|certifies|presented|granted|held)\b",
    re.I,
)
JOINING_END_RE = re.compile(r"\b(?:of|the|and|or|to|in|for|a|an|with|at|by|on|from|as)$", re.I)
# Parts of one course, not courses: "Module 1:", "Unit 2 -", "Lesson 3.", "Day 4 -" ...
PART_RE = re.compile(
    r"^\s*(?:module|unit|lesson|block|part|day|week|topic|segment)\s*#?\s*(?:\d{1,2}|[A-Z])\b", re.I
)
# ... or the list a line says the course consists of.
PARTS_HEAD_RE = re.compile(
    r"\b(?:modules?|units|lessons|components|consist(?:s|ed|ing)?|comprised|curriculum|agenda|syllabus|topics)\b",
    re.I,
)
# A line saying its course was not completed: listed, never credited without a person.
NOT_COMPLETED_RE = re.compile(
    r"\(?\b(?:audit(?:ed)?|incomplete|not\s+(?:completed?|passed|attended)|did\s+not\s+(?:complete|pass|attend)|"
    r"in\s+progress|withdr(?:awn|ew)|failed|no\s+credit|non-credit|dropped)\b\)?",
    re.I,
)
# A token of figures and marks left in a title once the line's facts are out ("-.8" of a fax's "(0.8 CEUs)"):
# a fact misread, so the line's facts are not sure.
DEBRIS_RE = re.compile(r"(?<!\S)(?=[^\sA-Za-z]*\d)(?=[^\sA-Za-z]*[^\w\s])[^\sA-Za-z]+(?!\S)")
# An amount in another language's unit ("8 horas", "8 heures"): on a line under a course printing the same
# amount in hours it is that course's translation, not another course.
FOREIGN_UNIT_RE = re.compile(r"\b(?:horas?|heures?|stunden|ore)\b", re.I)
# Words naming several courses: a line above a list saying so introduces courses, not one course's parts.
COURSES_RE = re.compile(r"\b(?:courses|classes|trainings|sessions|workshops|seminars|programs)\b", re.I)
# "each 8 hours in length", "8 hours each", "8 hours per course": every listed course's own length.
EACH_RE = re.compile(r"\b(?:each|apiece|per\s+(?:course|class|session|training))\b", re.I)


def _amounts(text: str) -> list[HoursMatch]:
    return [h for h in find_hours(text) if not h.in_title_form]


def _amount(text: str) -> HoursMatch | None:
    """The line's one hour amount, not a title's "40-hour" (None for none or several). Hours printed
    beside the same amount in CEUs ("8 hours (0.8 CEUs)") are one amount: the hours."""
    found = _amounts(text)
    if len(found) == 1:
        return found[0]
    hours = [h for h in found if h.unit == "hours"]
    if len(hours) == 1 and all(
        h.unit == "ceu" and h.hours == hours[0].hours for h in found if h is not hours[0]
    ):
        return hours[0]
    return None


def _without(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, at = [], 0
    for start, end in sorted(spans):
        out.append(text[at:start])
        at = max(at, end)
    out.append(text[at:])
    return " ".join(out)


def _title_left(text: str, spans: Sequence[tuple[int, int]], sentence_case: bool = True) -> str:
    """What ``text`` names once its amounts and dates (``spans``), bullets, numbering and separators are
    out ("" when that is no title: a label's leftover, a total)."""
    rest = NUMBERED_RE.sub("", BULLET_RE.sub("", _without(text, spans)))
    rest = " ".join(SEPARATORS_RE.sub(" ", rest).split())
    rest = LABEL_WORDS_RE.sub("", rest).strip(" :.")
    rest = LABEL_WORDS_RE.sub("", rest).strip(" :.")
    # A separator OCR glued to the date after it ("Schools -'01/13/2022"): left over once the date is out.
    rest = TRAILING_SEPARATOR_RE.sub("", rest)
    if rest.endswith(":") or TOTAL_RE.search(rest) or len(TITLE_WORD_RE.findall(rest)) < MIN_TITLE_WORDS:
        return ""
    if any(w not in TITLE_CONNECTORS for w in PROSE_WORD_RE.findall(rest)) and not (
        sentence_case and _sentence_case_title(text, spans)
    ):
        return ""  # a sentence's line ("... and earned 2.4 Continuing Education Units"), not a listed title
    return rest


def _sentence_case_title(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """``text`` holds facts (``spans``) and one piece of words beside them that reads as a listed title in
    sentence case ("Crisis intervention for youth - 8 hours - 05/02/2023"), not a sentence wrapped over the
    page's lines ("July 10-15, 2022 in Anaheim, California, and earned 2.4 ...", "(CEUs), the equivalent
    of 24 contact hours.")."""
    if not spans:
        return False
    bounds = [0, *(x for span in sorted(spans) for x in span), len(text)]
    pieces = [text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
    worded = [p for p in pieces if TITLE_WORD_RE.search(p)]
    if len(worded) != 1:
        return False
    piece = NUMBERED_RE.sub("", BULLET_RE.sub("", worded[0])).strip(" -\u2013\u2014|:")
    return (
        bool(re.match(r"[A-Z]", piece))
        and not re.search(r"[,;.()\[\]]", piece)
        and not SENTENCE_VERB_RE.search(piece)
        and not JOINING_END_RE.search(piece)
    )


class _Course:
    def __init__(
        self,
        title: str,
        lines: Sequence[Line],
        amount: HoursMatch | None,
        dated: tuple[date, date] | None,
        hours_line: Line | None = None,
        unfinished: str | None = None,
    ):
        self.title, self.lines, self.amount, self.dated = title, list(lines), amount, dated
        self.hours_line = hours_line  # the sentence stating every course's length, when the line prints none
        self.unfinished = unfinished  # what the line says of a course not completed ("audited")
        self.misread: str | None = None  # figures left beside the title: a fact misread


def _facts(text: str) -> tuple[HoursMatch | None, tuple[date, date] | None, list[tuple[int, int]], bool]:
    """A line's one amount, its one day-precise date or range, the spans of both, and whether it printed
    dates it cannot settle (several, or a month only)."""
    amount = _amount(text)
    dates = find_dates(text)
    spans = [d.span for d in dates] + ([h.span for h in _amounts(text)] if amount else [])
    spans += [m.span() for m in NOT_COMPLETED_RE.finditer(text)]
    one = dates[0] if len(dates) == 1 and dates[0].precision == "day" else None
    return amount, ((one.start, one.end) if one else None), spans, len(dates) > 0 and one is None


def _numbered_block(lines: Sequence[Line], i: int) -> tuple[_Course | None, int]:
    """ "Course 1: Title" over a line of its date and hours (no title of its own): one course, and the
    index after it."""
    head = lines[i].text
    if not NUMBERED_RE.match(head) or i + 1 >= len(lines):
        return None, i + 1
    if _amounts(head) or find_dates(head):
        return None, i + 1  # "Session 2 - Title - 06/20/2023 - 2 hours": a course line of its own
    title = _title_left(head, [])
    amount, dated, spans, unsure = _facts(lines[i + 1].text)
    if not title or amount is None or unsure or TOTAL_RE.search(lines[i + 1].text):
        return None, i + 1
    if _title_left(lines[i + 1].text, spans):
        return None, i + 1
    return _Course(title, lines[i : i + 2], amount, dated), i + 2


def _course_line(line: Line) -> _Course | None:
    amount, dated, spans, unsure = _facts(line.text)
    if amount is None or unsure:
        return None
    title = _title_left(line.text, spans)
    if not title:
        return None
    marker = NOT_COMPLETED_RE.search(line.text)
    course = _Course(title, [line], amount, dated, unfinished=marker.group(0).strip("()") if marker else None)
    debris = DEBRIS_RE.findall(title)
    if debris:
        course.title = " ".join(DEBRIS_RE.sub(" ", title).split())
        course.misread = debris[0]
    return course


def _wrapped_course(lines: Sequence[Line], i: int) -> _Course | None:
    """A numbered or bulleted course whose title or facts wrap onto the next line, that line starting no
    item of its own ("1.  Bullying and Cyberbullying Prevention for Law" over "Enforcement, 04/17/2023, 4
    hours"): one course, read from both lines."""
    head = lines[i]
    if i + 1 >= len(lines) or not BULLET_RE.match(head.text) or _amount(head.text) is not None:
        return None
    tail = lines[i + 1]
    if tail.page != head.page or BULLET_RE.match(tail.text) or NUMBERED_RE.match(tail.text):
        return None
    if _course_line(tail) is not None:
        return None
    return _course_line(Line(words=head.words + tail.words, page=head.page))


def _dated_line(line: Line) -> _Course | None:
    """A line naming a course and its one day or span of days but no hours ("Title - 02/06/2023"), its
    title as listed titles are printed (no sentence case: an agenda's "Day 2 - 04/05/2022 - De-escalation
    with youth in crisis" names no course), and no part of one course. A fax's header ("12/20/2024 14:48
    FROM: TRAINING DIV TO: ... PAGE 02") names none either."""
    amount, dated, spans, _ = _facts(line.text)
    if amount is not None or dated is None or PART_RE.match(line.text) or find_hours(line.text):
        return None
    if is_transmission_stamp(line.text):
        return None
    title = _title_left(line.text, spans, sentence_case=False)
    return _Course(title, [line], None, dated) if title else None


def _cell_groups(cells: Sequence[Line]) -> list[Line]:
    """A line's cells gathered into the courses printed side by side: each ends with the cell holding its
    amount; cells after the last amount with no title ("September 13, 2022") belong to the course before."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for cell in cells:
        current.append(cell)
        if _amount(cell.text) is not None:
            groups.append(current)
            current = []
    if current:
        if groups and not TITLE_WORD_RE.search(" ".join(c.text for c in current)):
            groups[-1] += current
        else:
            groups.append(current)
    return [Line(words=tuple(w for c in g for w in c.words), page=g[0].page) for g in groups]


def _line_courses(line: Line) -> list[_Course]:
    """The courses one line lists: one, or one per column when courses are printed side by side ("Title —
    2 hours      Title — 3 hours"), each with its own words as its evidence."""
    groups = _cell_groups(split_cells(line))
    if len(groups) >= MIN_COURSES:
        side_by_side = [_course_line(g) for g in groups]
        if all(side_by_side):
            return [c for c in side_by_side if c is not None]
    whole = _course_line(line)
    return [whole] if whole is not None else []


class _Run:
    """Courses on lines that follow one another (or a list carried on over a page break)."""

    def __init__(self, first: int, hours: bool):
        self.courses: list[_Course] = []
        self.first = self.last = first
        self.hours = hours  # whether its lines print their hours (else only dates)


def _runs(lines: Sequence[Line]) -> tuple[list[_Run], list[float]]:
    """Every run of listed courses, and every total the page prints."""
    runs: list[_Run] = []
    totals: list[float] = []
    i = 0
    while i < len(lines):
        course, nxt = _numbered_block(lines, i)
        found = [course] if course is not None else _line_courses(lines[i])
        if course is None:
            nxt = i + 1
        hours = True
        if not found and (wrapped := _wrapped_course(lines, i)) is not None:
            found, nxt = [wrapped], i + 2
        if not found:
            dated = _dated_line(lines[i])
            found, hours = ([dated], False) if dated is not None else ([], True)
        if found:
            run = runs[-1] if runs else None
            if run is None or run.last != i - 1 or run.hours != hours or not _same_page(run, found[0]):
                run = _Run(i, hours)
                runs.append(run)
            run.courses += found
            run.last = nxt - 1
        else:
            total = _amount(lines[i].text)
            if total is not None and TOTAL_RE.search(lines[i].text):
                totals.append(total.hours)
        i = nxt
    return _carried_over(runs, lines), totals


def _same_page(run: _Run, course: _Course) -> bool:
    return run.courses[-1].lines[0].page == course.lines[0].page


def _carried_over(runs: list[_Run], lines: Sequence[Line]) -> list[_Run]:
    """A list ending its page's runs and the next page's first run, with nothing between them but lines
    holding no amount and no date (a page number, "(continued)", a fax's header with its date): one list."""
    out: list[_Run] = []
    for run in runs:
        before = out[-1] if out else None
        if (
            before is not None
            and before.hours == run.hours
            and run.courses[0].lines[0].page == before.courses[-1].lines[0].page + 1
            and not any(
                (_amount(ln.text) or find_dates(ln.text) or TOTAL_RE.search(ln.text))
                and not is_transmission_stamp(ln.text)  # a fax's header atop the next page
                for ln in lines[before.last + 1 : run.first]
            )
        ):
            before.courses += run.courses
            before.last = run.last
        else:
            out.append(run)
    return out


def _parts_of_one_course(run: _Run, lines: Sequence[Line]) -> bool:
    """The run lists one course's parts: each is numbered as one ("Module 1:", "Day 2 -"), or the line above
    says what the course consists of ("The course consisted of the following modules:")."""
    if all(PART_RE.match(c.lines[0].text) for c in run.courses):
        return True
    return run.first > 0 and bool(PARTS_HEAD_RE.search(lines[run.first - 1].text))


def _each_courses_length(lines: Sequence[Line], run: _Run) -> tuple[HoursMatch, Line] | None:
    """The one line off the list that states every course's length ("the following courses, each 8 hours
    in length:", "8 hours each")."""
    stated = [
        (amount, ln)
        for k, ln in enumerate(lines)
        if not run.first <= k <= run.last
        and EACH_RE.search(ln.text)
        and (amount := _amount(ln.text)) is not None
        and not TOTAL_RE.search(ln.text)
    ]
    return stated[0] if len(stated) == 1 else None


def listed_courses(lines: Sequence[Line], fallback: RawItem | None) -> list[RawItem] | None:
    """The courses a certificate page lists, one item each, when at least two lines in a row each name a
    course with its own hours (None otherwise). A course printing no date of its own takes the
    certificate's (``fallback``, read as a one-course page reads it) when none of them prints one.

    Courses printed side by side are one item each. Lines naming courses with their dates but no hours are
    the page's courses when a sentence states each one's length ("each 8 hours in length") or the page
    prints only their total (then each course's hours are unknown: a person must see them)."""
    runs, totals = _runs(lines)
    listed = [run for run in runs if len(run.courses) >= MIN_COURSES]
    if len(listed) != 1:
        return None  # no list, or two lists apart on the page: not sure what belongs together
    run = listed[0]
    if _parts_of_one_course(run, lines):
        return None
    courses = _translations_merged(run.courses)
    if run.hours and _sum_printed_above(lines, run, courses):
        return None  # the course's parts under it, their hours its own: one course
    notes: tuple[str, ...] = ()
    if not run.hours:
        each = _each_courses_length(lines, run)
        if each is not None:
            for c in courses:
                c.amount, c.hours_line = each
        elif len(totals) == 1:
            notes = (
                f"the page prints only its courses' total ({totals[0]:g} h): each course's own hours are "
                "not printed",
            )
        else:
            return None
    else:
        summed = sum(c.amount.hours for c in courses if c.amount is not None)
        finished = sum(c.amount.hours for c in courses if c.amount is not None and c.unfinished is None)
        # A total may leave out the course not completed, or count it.
        if totals and all(
            abs(t - summed) > TOTAL_TOLERANCE and abs(t - finished) > TOTAL_TOLERANCE for t in totals
        ):
            notes = (
                f"the page's total ({totals[0]:g} h) is not the sum of its courses' hours ({summed:g} h)",
            )
    # The page's date stands for its courses only when none prints a date of its own.
    shared = fallback if all(c.dated is None for c in courses) else None
    return [_item(c, shared, notes + _unfinished_note(c)) for c in courses]


def _unfinished_note(course: _Course) -> tuple[str, ...]:
    notes: tuple[str, ...] = ()
    if course.unfinished is not None:
        notes += (
            f"the list marks this course {course.unfinished.lower()!r}: not completed, a person must see it",
        )
    if course.misread is not None:
        notes += (f"figures beside the course's title ({course.misread!r}): a fact of its line misread",)
    return notes


def _translations_merged(courses: Sequence[_Course]) -> list[_Course]:
    """A course's line in another language under it ("Primeros Auxilios de Salud Mental Juvenil - 8 horas"
    under "Youth Mental Health First Aid - 06/05/2023 - 8 hours"): no date of its own, the same amount in
    another language's unit; the course's evidence, not another course."""
    out: list[_Course] = []
    for c in courses:
        before = out[-1] if out else None
        if (
            before is not None
            and c.amount is not None
            and before.amount is not None
            and FOREIGN_UNIT_RE.search(c.amount.text)
            and not FOREIGN_UNIT_RE.search(before.amount.text)
            and c.amount.hours == before.amount.hours
            and c.dated is None
        ):
            before.lines += c.lines
            continue
        out.append(c)
    return out


def _sum_printed_above(lines: Sequence[Line], run: _Run, courses: Sequence[_Course]) -> bool:
    """A line above the list, naming no courses and no total, prints their hours' sum as its one amount
    ("July 10-14, 2023 · 40 hours" under a course's title, over its subjects with 8 + 12 + 12 + 8 hours):
    the list is that course's parts. A page saying "16 hours of training in the following courses:" names
    its courses: a list."""
    summed = sum(c.amount.hours for c in courses if c.amount is not None)
    head = lines[run.first - 1].text if run.first > 0 else ""
    if COURSES_RE.search(head):
        return False
    page = run.courses[0].lines[0].page
    return any(
        ln.page == page
        and (amount := _amount(ln.text)) is not None
        and abs(amount.hours - summed) <= TOTAL_TOLERANCE
        and not TOTAL_RE.search(ln.text)
        and not EACH_RE.search(ln.text)
        and not COURSES_RE.search(ln.text)
        for ln in lines[: run.first]
    )


def _title_conf(course: _Course) -> float:
    """The confidence of the words naming the course, as a table's title cell weighs it (a misread word,
    "Interviewirig", is the title's risk however sure the line's other words are)."""
    tokens = set(LETTERS_RE.findall(course.title.lower()))
    naming = [
        w.conf for ln in course.lines for w in ln.words if set(LETTERS_RE.findall(w.text.lower())) & tokens
    ]
    return min(naming, default=min(ln.mean_conf for ln in course.lines))


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
    hours_conf = min(conf, course.hours_line.mean_conf) if course.hours_line is not None else conf
    ocr = any(w.engine != "text_layer" for ln in course.lines for w in ln.words)
    return RawItem(
        course_title=english_title_unaccented(course.title) if ocr else course.title,
        start_date=start,
        end_date=end,
        hours=course.amount.hours if course.amount is not None else None,
        hours_text=course.amount.text if course.amount is not None else None,
        date_text=date_text,
        page=course.lines[0].page,
        bbox=union_box([ln.bbox for ln in course.lines]),
        title_conf=min(conf, _title_conf(course)),
        date_conf=date_conf,
        hours_conf=hours_conf,
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
