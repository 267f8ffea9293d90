"""A table's date cell whose day no month has: "41-Jan-23", "01/41/2023", "Jan 41, 2023", "30-Feb-22".

A typing slip or a misread digit ("41" for "11"): the month and year stand, the day is a person's to settle.
Such a row is kept (its title and hours are readable) and dated to the month, with a reason that names the
cell, instead of being lost as a line holding no date or read as "Jan-23" alone (month only, no word of the
bad day).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from extract.fields.dates import DateMatch

_MON = r"(?P<{}>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
GARBLED_DAY_RE = re.compile(
    r"(?<![\w/.:-])(?:"
    rf"(?P<d1>\d{{2}})[-\s.]{_MON.format('n1')}[-\s.,]+'?(?P<y1>(?:19|20)?\d{{2}})"
    r"|(?P<m2>0?[1-9]|1[0-2])/(?P<d2>\d{2})/(?P<y2>(?:19|20)\d{2})"
    rf"|{_MON.format('n3')}\s+(?P<d3>\d{{2}}),?\s+(?P<y3>(?:19|20)\d{{2}})"
    r")(?![\w/.:-])",
    re.I,
)


def garbled_day(text: str) -> tuple[DateMatch, str] | None:
    """The month of a date in ``text`` whose day is no day of that month, and the reason naming it."""
    for m in GARBLED_DAY_RE.finditer(text):
        day = int(m["d1"] or m["d2"] or m["d3"])
        name = m["n1"] or m["n3"]
        month = _MONTH_NAMES.index(name[:3].lower()) + 1 if name else int(m["m2"])
        yy = m["y1"] or m["y2"] or m["y3"]
        year = int(yy) if len(yy) == 4 else 2000 + int(yy)
        last = calendar.monthrange(year, month)[1]
        if 1 <= day <= last:
            continue
        found = DateMatch(
            start=date(year, month, 1),
            end=date(year, month, last),
            text=m.group(0),
            span=m.span(),
            precision="month",
        )
        return found, (
            f"the date {m.group(0)!r} prints the day {day}, which {calendar.month_name[month]} {year} does "
            "not have (a slip or a misread digit): the month and year stand, a person settles the day"
        )
    return None
