"""What a training table's numeric column counts, and which of its lines are no courses.

Pure functions over cell texts and headings, for :mod:`extract.transcript`: a column of CEUs (one CEU
is ten contact hours), durations printed as hours and minutes ("1:30"), a running total beside each
row's own hours, a CEU column beside the hours that is the hours over ten, and the year-end or
subtotal lines ("Year-End Hours Earned") a record prints among its rows.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Literal

from rapidfuzz.distance import Levenshtein

from extract.fields.hours import HOURS_PER_CEU, find_hours, parse_hours_cell

CreditUnit = Literal["hours", "ceu", "minutes"]

_CEU_WORDS = ("ceu", "ceus")
_CEU_SPELLED_RE = re.compile(r"c\.\s?e\.\s?u|continuing\s+education\s+units?", re.IGNORECASE)
_HOURS_WORD_RE = re.compile(r"\bhours?\b|\bhrs?\b|\bhoras?\b", re.IGNORECASE)
# A heading counting minutes ("Minutes", "Mins", "Time (min)"), which no hours word beside it overrides.
_MINUTES_WORD_RE = re.compile(r"\bmin(?:ute)?s?\b\.?|\bminutos?\b", re.IGNORECASE)
MINUTES_PER_HOUR = 60
# "1:30", and an export's "01:30:00" (hh:mm:ss): a clock duration, seconds and all.
_H_MM_RE = re.compile(r"(\d{1,3}):([0-5]\d)(?::([0-5]\d))?")
_TWO_DECIMALS_RE = re.compile(r"\d[.,]\d\d")
# Dot leaders run from a title to its amount ("Firearms ........ 4.0"); a speck on a scan is read as a
# lone dot, comma or quote. Two dots or more at a word's edge are leaders, never part of a value.
_LEADERS_RE = re.compile(r"^[.·•…]{2,}|[.·•…]{2,}$")
_LEAD_DOT_RE = re.compile(r"^[.·•](?=\d+[.,]\d+$)")
_SPECK_RE = re.compile(r"[.,·•…:;'`°‘’‚“”„]+")  # curly quotes too: a scan's speck is read as one as often
# Words of a line that sums other lines up ("Year-End Hours Earned", "Hours for Calendar Year 2022"):
# a title made of these and numbers names no course.
SUMMARY_WORDS = frozenset(
    {
        "year", "years", "yearly", "annual", "end", "ending", "hours", "hour", "hrs", "hr", "earned",
        "completed", "credited", "total", "totals", "subtotal", "sub", "cumulative", "ytd", "fiscal", "fy",
        "calendar", "period", "quarter", "grand", "sum", "summary", "for", "to", "date", "the", "of",
        "balance", "carried", "forward", "brought", "credit", "credits", "ceu", "ceus", "in",
    }
)  # fmt: skip


def heading_unit(heading: str) -> CreditUnit:
    """CEUs when the heading names CEUs and no hours ("CEUs", "C.E.U."); "CEU Hours" or "Contact Hrs"
    count hours. A CEU heading misread by one letter ("CEUS", "GEU") still names CEUs. Minutes when it
    names minutes and no hours ("Minutes", "Time (min)"; "Hours:Minutes" counts hours)."""
    if _HOURS_WORD_RE.search(heading):
        return "hours"
    if _MINUTES_WORD_RE.search(heading):
        return "minutes"
    if _CEU_SPELLED_RE.search(heading):
        return "ceu"
    tokens = re.findall(r"[^\W\d_]+", heading.lower())
    near = any(len(t) >= 3 and min(Levenshtein.distance(t, w) for w in _CEU_WORDS) <= 1 for t in tokens)
    return "ceu" if near and any(t[0] in "cg" for t in tokens) else "hours"


def strip_leaders(text: str) -> str:
    """A word without the dot leaders glued to its edges ("Enforcement......" -> "Enforcement"), or the
    last dot of a leader glued to an amount that has its own decimal point (".8.0": no ".8")."""
    return _LEAD_DOT_RE.sub("", _LEADERS_RE.sub("", text))


def is_speck(text: str) -> bool:
    """A word that is only dots, commas or quotes: a leader or a speck on the scan, no cell's content."""
    return bool(_SPECK_RE.fullmatch(text))


def h_mm(cell: str) -> float | None:
    """Hours of a duration printed hours:minutes ("1:30" -> 1.5) or hours:minutes:seconds ("00:45:00" ->
    0.75); None for anything else."""
    m = _H_MM_RE.fullmatch(cell.strip())
    if m is None:
        return None
    return round(int(m.group(1)) + int(m.group(2)) / 60 + int(m.group(3) or 0) / 3600, 4)


def reads_h_mm(cells: Sequence[str], heading: str) -> bool:
    """The column prints durations as h:mm: its heading says so, or two of its cells or more are h:mm and
    none is a decimal with two places ("1.30"), which OCR could have turned into "1:30"."""
    if re.search(r"h{1,2}\s*:\s*mm", heading, re.IGNORECASE):
        return True
    colons = sum(h_mm(c) is not None for c in cells)
    return colons >= 2 and not any(_TWO_DECIMALS_RE.search(c) for c in cells)


# A footnote mark printed after an amount ("8.0*", "4.0†", "8.0**"): it points at a note below the table.
_FOOTNOTE_MARK_RE = re.compile(r"(?<=\d)\s?[*†‡§]{1,3}$")


def footnote_mark(cell: str) -> str | None:
    """The footnote mark after the cell's amount, if it prints one."""
    m = _FOOTNOTE_MARK_RE.search(cell.strip())
    return m.group(0).strip() if m else None


def without_footnote_mark(cell: str) -> str:
    return _FOOTNOTE_MARK_RE.sub("", cell.strip())


# A class's length printed per day: "8 hrs/day x 5 days", "8 hours per day x 3 days", "5 days x 8 hrs",
# "5 days @ 8 hrs/day". Its hours are the product, for a person to confirm.
_PER_DAY = r"(?:\s*(?:/|per|a|each)\s*day)"
_H = r"(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:hours?|hrs?)\.?"
_D = r"(\d{1,2})\s*days?\.?"
PER_DAY_CELL_RE = re.compile(
    rf"{_H}{_PER_DAY}\s*[x×*@]\s*{_D}|{_D}\s*[x×*@]\s*{_H}{_PER_DAY}?", re.IGNORECASE
)


def per_day_cell(cell: str) -> tuple[float, int] | None:
    """(hours a day, days) of a cell printing a class's length per day, else None."""
    m = PER_DAY_CELL_RE.fullmatch(cell.strip())
    if m is None:
        return None
    per, days = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return float(per.replace(",", ".")), int(days)


def is_amount(cell: str) -> bool:
    """A cell an hours or CEU column may hold: an amount, with or without its unit, or h:mm (a footnote
    mark after it aside), or a length per day ("8 hrs/day x 5 days")."""
    cell = without_footnote_mark(cell)
    return (
        parse_hours_cell(strip_leaders(repair_amount(cell))) is not None
        or h_mm(cell) is not None
        or per_day_cell(cell) is not None
    )


def cell_hours(cell: str, unit: CreditUnit, h_mm_column: bool) -> float | None:
    """Hours in one cell of a column counting ``unit``: a bare number under a CEU heading is CEUs, a
    unit printed in the cell ("0.8 CEU", "8 hrs") speaks for itself."""
    text = strip_leaders(without_footnote_mark(cell))
    if (per_day := per_day_cell(text)) is not None:
        return round(per_day[0] * per_day[1], 4)
    if h_mm_column and (value := h_mm(text)) is not None:
        return value
    value = parse_hours_cell(text if h_mm_column else repair_amount(text))
    if value is None or unit == "hours" or find_hours(text):
        return value
    return round(value * unit_hours(unit), 4)


def unit_hours(unit: CreditUnit) -> float:
    """Hours in one of a column's ``unit``: ten per CEU, a sixtieth per minute."""
    return {"hours": 1.0, "ceu": float(HOURS_PER_CEU), "minutes": 1 / MINUTES_PER_HOUR}[unit]


def is_running_total(own: Sequence[float | None], total: Sequence[float | None]) -> bool:
    """``total`` adds each row's ``own`` hours to the ones above it, on the rows where both were read.

    A scan loses or misreads a cell now and then, so one disagreement is forgiven among at least twice
    as many agreements; a total never falls."""
    read = [t for t in total if t is not None]
    if len(read) < 3 or any(b < a for a, b in itertools.pairwise(read)):
        return False
    agree = disagree = 0
    for k, (o, t) in enumerate(zip(own, total, strict=True)):
        before = total[k - 1] if k else 0.0
        if o is None or t is None or before is None:
            continue
        if abs(t - before - o) < 0.01:
            agree += 1
        else:
            disagree += 1
    return agree >= 2 and agree >= 2 * disagree


def is_tenth_of(small: Sequence[float | None], hours: Sequence[float | None]) -> bool:
    """``small`` is ``hours`` in CEUs (a tenth, rounded to one place), on at least two rows read in both
    and all but one of them."""
    pairs = [(s, h) for s, h in zip(small, hours, strict=True) if s is not None and h is not None]
    agree = sum(abs(s * HOURS_PER_CEU - h) <= 0.5 and s < h for s, h in pairs)
    return agree >= 2 and agree >= len(pairs) - 1


def names_no_course(title: str) -> bool:
    """A title made only of summing words and numbers ("Year-End Hours Earned", "Hours for 2023")."""
    words = re.findall(r"[^\W\d_]+", title.lower())
    return bool(words) and all(w in SUMMARY_WORDS for w in words)


# --- a column whose heading does not say what it counts ------------------------------------------------

# "2:4" cannot be hours and minutes (one digit of minutes): OCR read a decimal point as a colon. Nor need
# "8:00" be, in a column of "4.00"s: read either way it is eight hours.
_COLON_DECIMAL_RE = re.compile(r"(\d{1,3}):(\d|00)")
_TRAILING_PUNCT_RE = re.compile(r"(?<=\d)[:;]$")
_TITLE_HOURS_RE = re.compile(r"\b(\d{1,3}(?:\.\d)?)[\s-]*(?:hours?|hrs?)\b", re.IGNORECASE)
_CEU_MENTION_RE = re.compile(r"\bceus?\b|c\.\s?e\.\s?u|continuing\s+education\s+units?", re.IGNORECASE)
_AMOUNT_RE = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?")
CEU_LIKE_MAX = 5.0  # a course of fifty contact hours or more is rare; a CEU amount stays below


def repair_amount(cell: str) -> str:
    """An amount cell without the misreads a scan adds to it: a colon after it ("0.4:"), a decimal point
    read as a colon ("2:4"). "1:30" stays: that is hours and minutes."""
    text = _TRAILING_PUNCT_RE.sub("", cell.strip())
    if no_leading_zero(text):
        return "0" + text  # ".75": three quarters of an hour, printed without its zero
    m = _COLON_DECIMAL_RE.fullmatch(text)
    return f"{m.group(1)}.{m.group(2)}" if m else text


def no_leading_zero(cell: str) -> bool:
    """A fraction of an hour printed without the zero before its point (".75", ".5"): on a scan the
    point may be a speck before a digit, or a digit before it may be lost ("8.5" read ".5")."""
    return re.fullmatch(r"\.\d{1,2}", cell.strip()) is not None


def decimal_read_as_colon(cell: str) -> bool:
    """The cell's decimal point was read as a colon ("2:4"): a guess a person confirms."""
    return _COLON_DECIMAL_RE.fullmatch(_TRAILING_PUNCT_RE.sub("", cell.strip())) is not None


def prints_decimals(cells: Sequence[str]) -> bool:
    """The column prints its amounts with a decimal point ("8.0", "1.6"), twice or more, and no h:mm (but
    a whole hour's "8:00" among two-decimal amounts: ``colon_for_point``)."""
    points = sum(bool(re.search(r"\d[.,]\d", c)) for c in cells)
    return points >= 2 and not any(
        h_mm(c.strip()) is not None and not colon_for_point(c, cells) for c in cells
    )


_WHOLE_HOUR_COLON_RE = re.compile(r"\d{1,3}:00")


def colon_for_point(cell: str, cells: Sequence[str]) -> bool:
    """``cell`` is "8:00" in a column that prints its amounts with two decimals ("4.00", "16.00"): one glyph
    from "8.00", and eight hours whichever way its colon is read (h:mm or a decimal point), so the colon
    leaves no doubt about the amount. Only ":00": "1:30" is 1.5 h as h:mm and 1.3 h as a decimal. Only
    where at least two cells and 70 % of the column's amounts print two decimals: after "4.0"s,
    "8:00" is not one glyph from the column's form ("80.0" read with its point moved is a tenfold error),
    and in a column of h:mm or of clock times ("13:30") a colon is no decimal point."""
    if _WHOLE_HOUR_COLON_RE.fullmatch(_TRAILING_PUNCT_RE.sub("", cell.strip())) is None:
        return False
    amounts = [c for c in cells if re.search(r"\d", c)]
    two = sum(bool(_TWO_DECIMALS_RE.search(c)) for c in amounts)
    return two >= 2 and two >= 0.7 * len(amounts)


def names_unit(heading: str) -> bool:
    """The heading says what its amounts count: hours ("Hrs", "Duration") or CEUs."""
    return bool(re.search(r"\bhours?\b|\bhrs?\b|duration|contact", heading, re.IGNORECASE)) or (
        heading_unit(heading) != "hours"
    )


def mostly_small(values: Sequence[float]) -> bool:
    """All amounts below what a CEU column prints, but one a scan may have misread ("24" for "2.4")."""
    small = sum(v < CEU_LIKE_MAX for v in values)
    return bool(values) and small >= (len(values) - 1 if len(values) >= 3 else len(values))


def ceu_like(values: Sequence[float]) -> bool:
    """Amounts a CEU column prints: (mostly) small, some in tenths hours rarely are (0.8, 1.6, 2.4)."""
    return mostly_small(values) and any(round(v * 10) % 5 for v in values if v < CEU_LIKE_MAX)


def total_line_amount(text: str) -> float | None:
    """The amount a totals line prints ("Total Hours: 54.0", "Total CEUs 9.2"): its last number."""
    found = _AMOUNT_RE.findall(text)
    return float(found[-1].replace(",", ".")) if found else None


def unheaded_unit(
    values: Sequence[float], titles: Sequence[str], page_text: str, totals: Sequence[tuple[str, float]]
) -> CreditUnit | None:
    """What an amount column counts when its heading does not say (blank, unreadable, "Units"), from
    the rest of the page; None when the page does not settle it and its amounts could be CEUs.

    Evidence: a totals line naming its unit whose amount is the column's sum, or ten times it; a title
    naming its own length ("8-Hour") beside an amount that is that length or a tenth of it; the page
    speaking of CEUs ("1 CEU = 10 contact hours"). A page that speaks of CEUs beside amounts too large
    for CEUs settles nothing."""
    ceu = hours = False
    total = sum(values)
    for text, amount in totals:
        names_ceu, names_hours = bool(_CEU_MENTION_RE.search(text)), bool(_HOURS_WORD_RE.search(text))
        # "Total CEUs 9.2" over CEUs; "Total Hours: 92" over the same CEUs; "Total Hours: 9.2" over hours
        ceu |= names_ceu and abs(amount - total) < 0.05
        ceu |= names_hours and total > 0 and abs(amount - total * HOURS_PER_CEU) < 0.5
        hours |= names_hours and not names_ceu and abs(amount - total) < 0.05
    for title, value in zip(titles, values, strict=False):
        for m in _TITLE_HOURS_RE.finditer(title):
            n = float(m.group(1))
            ceu |= abs(value * HOURS_PER_CEU - n) < 0.05 and value < n
            hours |= abs(value - n) < 0.05
    small = mostly_small(values)
    if _CEU_MENTION_RE.search(page_text):
        if not small and not hours:
            return None  # CEUs spoken of beside amounts no CEU column prints: nobody can tell
        ceu = ceu or small
    if ceu != hours:
        return "ceu" if ceu else "hours"
    return "hours" if not ceu and not ceu_like(values) else None


# --- an amount column that rises row by row ------------------------------------------------------------

RisingReading = Literal["own", "running", "unsure"]


def rising(values: Sequence[float | None]) -> bool:
    """Every amount read is larger than the one above it, on three rows or more: a running total's shape
    (a row's own hours rarely rise at every row)."""
    read = [v for v in values if v is not None]
    return len(read) >= 3 and all(b > a for a, b in itertools.pairwise(read))


def read_rising_column(values: Sequence[float | None], totals: Sequence[float]) -> RisingReading:
    """A column whose amounts rise at every row: a running total when a totals line prints its last amount
    (and not the sum), the rows' own hours when a totals line prints their sum; else nobody can tell."""
    read = [v for v in values if v is not None]
    if not rising(values):
        # Rising at every row but one misread cell (8, 12, 29, 28, 36): a running total, or not.
        misread = len(read) >= 5 and any(rising([*read[:k], *read[k + 1 :]]) for k in range(len(read)))
        return "unsure" if misread else "own"
    last, total = read[-1], sum(read)
    if any(abs(t - total) < 0.05 for t in totals):
        return "own"
    if all(v is not None for v in values) and any(abs(t - last) < 0.05 for t in totals):
        return "running"
    return "unsure"


def differences(values: Sequence[float]) -> list[float]:
    """Each row's own hours out of a running total: its amount less the one above (the first: itself)."""
    return [round(b - a, 4) for a, b in itertools.pairwise([0.0, *values])]


def sums_rows_above(amounts: Sequence[float | None], index: int) -> bool:
    """``amounts[index]`` is the sum of two or more amounts right above it (a subtotal line)."""
    own = amounts[index]
    if own is None:
        return False
    run = 0.0
    for k in range(index - 1, -1, -1):
        value = amounts[k]
        if value is None:
            return False
        run += value
        if index - k >= 2 and abs(run - own) < 0.05:
            return True
    return False
