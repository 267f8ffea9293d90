"""Rows grouped under a bare year heading whose dates print month and day only.

A department log may print "2021" on a line of its own and under it rows dated "03/16", "08/10": the
heading gives the year, and "03/16" is the 16th of March 2021, not March 2016 (the month-and-two-digit-year
reading a cell "03/16" gets where nothing else dates it). The heading's year is taken only where every such
row's second number is a day of its month and not every one of them is the heading's own two-digit year
("03/21" under "2021" is March 2021, as an LMS export prints it).

A bare year may also head a fiscal or school year ("2021" running from July 2020): the rows are ``auto`` only
where the page names no fiscal, school or academic year nor a year span ("2020-21"), and the rows read in
order (oldest or newest first) with their headings' years. Otherwise each row carries the reason naming the
heading, for a person to confirm.

A heading may also name the fiscal or school year itself as a span ("FY 2022-23", "2022-2023", "Fiscal Year
2023-2024", "SY 21-22") or as the year it ends ("FY 2023"): a row "09/14" under it is read in a year from July
(July to December in the span's first year, January to June in its second), always for a person to confirm,
as a year from October puts July to September in the second year.

Only the months April to September are in doubt, though: the fiscal and school years in use begin between
April (the UK's, Canada's, Japan's, New York's) and October (the US federal year's, Alabama's, Michigan's),
so under a written span "FY 2022-23" a row of October to December is in 2022 and one of January to March in
2023 whichever of them the page keeps. Such a row needs no person for its year (``settled_rows``); the end
form "FY 2023" stays in doubt (a year may be named after its first calendar year, as Japan's are).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Sequence
from datetime import date

# "2021", "- 2021 -", "Year 2021", "Calendar Year 2021", "CY 2021", "2021:" alone on a line.
YEAR_HEADING_RE = re.compile(
    r"[\W_]*(?:(?:calendar\s+)?year\s*:?\s*|CY\s*)?(?P<year>(?:19|20)\d{2})[\W_]*", re.I
)
# Wording that makes a bare year a fiscal or school year, or a span of two years ("2020-21", "2020/2021").
FISCAL_RE = re.compile(
    r"(?i)\bfiscal\b|\bF\.?Y\.?\s*'?\d|\b(?:school|academic)\s+years?\b"
    r"|(?<![\d/-])(?:19|20)\d{2}\s*[-\u2013/]\s*(?:19|20)?\d{2}(?![\d/-])"
)
# A fiscal or school year heading alone on its line: a span of two consecutive years ("FY 2022-23",
# "2022-2023", "Fiscal Year 2023-2024", "SY 21-22"), or "FY 2023" / "FY23" (the year it ends).
_SPAN_LABEL = r"(?:(?:fiscal|school|academic)\s+year|F\.?Y\.?|S\.?Y\.?|A\.?Y\.?)"
SPAN_HEADING_RE = re.compile(
    rf"[\W_]*(?:{_SPAN_LABEL}\s*:?\s*'?(?P<a2>\d{{2}})|(?:{_SPAN_LABEL}\s*:?\s*)?(?P<a4>(?:19|20)\d{{2}}))"
    r"\s*[-\u2013/]\s*'?(?P<b>(?:19|20)?\d{2})[\W_]*"
    rf"|[\W_]*{_SPAN_LABEL}\s*:?\s*'?(?P<end>(?:19|20)?\d{{2}})[\W_]*",
    re.I,
)
FIRST_FISCAL_MONTH = 7  # a year from July, the most common fiscal and school year
# The months whose year under a span no fiscal or school year in use (one from April to October) disputes:
# October to December in the span's first year, January to March in its second.
SETTLED_MONTHS = frozenset({10, 11, 12, 1, 2, 3})
# A date cell of month and day with no year: "03/16", "3/16" (never part of a longer date).
MONTH_DAY_RE = re.compile(r"(?<![\w/.:-])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\w/.:-])")
# The same by the month's name ("Nov 14", "SEP 09."), as ``numeric_month_days`` rewrites it.
_MONTHS = [m.lower() for m in calendar.month_abbr if m]
MONTH_NAME_DAY_RE = re.compile(
    r"(?<![\w/.:-])(?P<mon>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\s(?P<d>\d{1,2})(?![\w/.:-])"
)


def numeric_month_days(text: str) -> str:
    """``text`` with each month-name date of no year as month and day ("Nov 14" -> "11/14")."""
    return MONTH_NAME_DAY_RE.sub(lambda m: f"{_MONTHS.index(m['mon'][:3].lower()) + 1}/{m['d']}", text)


def heading_year(text: str) -> int | None:
    """The year of a line that holds a year heading alone, else None."""
    m = YEAR_HEADING_RE.fullmatch(text.strip())
    return int(m["year"]) if m else None


def heading_years(text: str) -> tuple[int, int] | None:
    """The first and last year of a line holding a year heading alone: (2021, 2021) for "2021", (2022, 2023)
    for "FY 2022-23", "2022-2023" or "FY 2023"; None for anything else (two years not one apart)."""
    if (year := heading_year(text)) is not None:
        return year, year
    m = SPAN_HEADING_RE.fullmatch(text.strip())
    if m is None:
        return None
    if m["end"] is not None:
        last = _full_year(m["end"])
        return last - 1, last
    first = int(m["a4"]) if m["a4"] else _full_year(m["a2"])
    b = int(m["b"])
    last = b if b >= 100 else first - first % 100 + b + (100 if b < first % 100 else 0)
    return (first, last) if last == first + 1 else None


def written_span(text: str) -> bool:
    """A heading line naming both years of its span ("FY 2022-23", "2022-2023"), not "FY 2023"."""
    m = SPAN_HEADING_RE.fullmatch(text.strip())
    return m is not None and m["end"] is None and heading_years(text) is not None


def settled_rows(rows: Sequence[tuple[int, str, str]]) -> set[int]:
    """The keys of ``rows`` (as ``read_under_headings`` takes them) whose year every fiscal or school year
    in use gives alike: none unless every heading is a written span; a row's every date in October to
    March, its day never one of the heading's two-digit years ("10/22" under "FY 2022-23" may be October
    2022 as a month and year)."""
    if not rows or not all(written_span(h) for _, _, h in rows):
        return set()
    out = set()
    for key, text, heading in rows:
        years = heading_years(heading)
        assert years is not None  # a written span
        own = {f"{y % 100:02d}" for y in years}
        found = list(MONTH_DAY_RE.finditer(text))
        if found and all(int(m["m"]) in SETTLED_MONTHS and m["d"] not in own for m in found):
            out.add(key)
    return out


def _full_year(two: str) -> int:
    return int(two) if len(two) == 4 else 2000 + int(two)


def month_days(text: str, year: int, last: int | None = None) -> list[date] | None:
    """The month-and-day dates of a row's date text in ``year`` (from July in ``year`` to June in ``last``
    where a fiscal span is given); None where one is no day of its month."""
    out = []
    for m in MONTH_DAY_RE.finditer(text):
        month, day = int(m["m"]), int(m["d"])
        y = year if last is None or month >= FIRST_FISCAL_MONTH else last
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(y, month)[1]:
            return None
        out.append(date(y, month, day))
    return out or None


def _monotone(days: Sequence[date]) -> bool:
    pairs = list(itertools.pairwise(days))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def read_under_headings(
    rows: Sequence[tuple[int, str, str]], page_text: str
) -> tuple[dict[int, list[date]], str]:
    """The rows' dates from their year headings, and the reason a person confirms them ("" where none).

    ``rows``: each month-only row's key, its date text and the year heading's line above it (as printed): a
    fiscal span's rows always carry the reason.
    Empty where the rows read as month and two-digit year (every second number is the heading's year, or
    one is no day of its month)."""
    read: dict[int, list[date]] = {}
    own_year = True
    spans: list[str] = []
    for key, text, heading in rows:
        years = heading_years(heading)
        if years is None:
            return {}, ""
        first, last = years
        days = month_days(text, first, last if last != first else None)
        if days is None:
            return {}, ""
        read[key] = days
        own = {f"{y % 100:02d}" for y in years}
        own_year = own_year and all(m["d"] in own for m in MONTH_DAY_RE.finditer(text))
        if last != first:
            spans.append(heading.strip())
    if not read or own_year:
        return {}, ""
    headings = sorted({h.strip() for _, _, h in rows})
    named = ", ".join(repr(h) for h in headings[:3])
    if spans:
        return read, (
            f"the date prints month and day only: its year is read from the fiscal-year heading {named} "
            "above the rows as a year from July (July to December in its first year, January to June in its "
            "second; a year from October would put July to September in the second): confirm it"
        )
    if (said := FISCAL_RE.search(page_text)) is not None:
        return read, (
            f"the date prints month and day only: its year is the heading {named} above the rows, and the "
            f"page says {said.group(0)!r} (a fiscal or school year may begin the year before): confirm it"
        )
    if not _monotone([d for days in read.values() for d in days]):
        return read, (
            f"the date prints month and day only: its year is the heading {named} above the rows, whose "
            "dates then do not run in order: confirm it"
        )
    return read, ""
