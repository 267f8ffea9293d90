"""A page dated before every course it lists: written before them (a schedule, an assignment, a plan), it
proves none of them completed.

The page's own date is one its words call so: "Date: 01/08/2024", "Dated", "Issued", "Printed", "Report Date"
(:func:`extract.fields.dates.date_label`'s ``issue``, or a bare "Date:"). A course's date, a hire
date, an expiry or a report's period ("Records from 01/01/2015", before every row of a genuine record) is
none. A record is printed after its courses; a certificate on or after its course's day: a page whose
latest own date is before every course's first day is no record of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from extract.fields.dates import date_label, find_dates

# A bare "Date" qualified by a step before the course, which a genuine record or certificate prints beside
# the course's own date: "Registration Date", "Enrolled date", "Order date", "Request date".
_BEFORE_THE_COURSE = re.compile(
    r"\b(?:registration|registered|enrol?l?ment|enrol?led|request(?:ed)?|application|applied|submitted|"
    r"submission|order(?:ed)?|purchase[d]?|payment|paid|sign[\s-]?up|booking|booked|assigned|scheduled)"
    r"\W*date\W*$",
    re.I,
)
# "Date:" right before the date, and the word before it ("Okafor Date:" in a heading run together, "Training
# Date:" a course's).
_BARE_DATE = re.compile(r"(?:(?P<before>[^\W\d_]+)\W*)?\bdated?\s*:?\s*$", re.I)


def _own(context: str) -> bool:
    """The date after ``context`` is the page's own: "Date:" unqualified (a name or nothing before it, or a
    "Report Date"), or a label of an issue ("Issued", "Printed", "Dated")."""
    if _BEFORE_THE_COURSE.search(context):
        return False
    bare = _BARE_DATE.search(context)
    if bare is not None:
        before = bare.group("before")
        return before is None or date_label(before) in (None, "issue", "other")
    return date_label(context) == "issue"


SCHEDULE_LEAD_DAYS = 366


def page_dates(text: str) -> list[date]:
    """The dates the page's words give as its own (when it was written, issued or printed)."""
    day_first = _DAY_FIRST.search(text) is not None
    return [
        _in_page_order(m.text.strip(), m.end, day_first) for m in find_dates(text) if _own(text[: m.span[0]])
    ]


# "05/10/2022" is read month-first unless the page prints a day-first date ("22/09/2022": 22 is no month).
_EITHER_ORDER = re.compile(r"(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])[/.-]\d{2,4}$")
_DAY_FIRST = re.compile(r"\b(?:1[3-9]|2\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d\b")


def _in_page_order(printed: str, read: date, day_first: bool) -> date:
    m = _EITHER_ORDER.match(printed)
    if m is None or not day_first:
        return read
    return read.replace(month=int(m.group(2)), day=int(m.group(1)))


def dated_before_reason(text: str, starts: Sequence[date | None]) -> str | None:
    """Why the courses starting on ``starts`` are not proved completed by a page of ``text``: its own latest
    date is before every one of them. None when a course has no date, the page gives none of its own, or one
    course starts on or before it."""
    own = page_dates(text)
    if not own or not starts or any(s is None for s in starts):
        return None
    written = max(own)
    first = min(s for s in starts if s is not None)
    # A schedule is written weeks or months before its courses: a page years older (a profile's hire date)
    # is no such plan.
    if first <= written or (first - written).days > SCHEDULE_LEAD_DAYS:
        return None
    return (
        f"the page is dated {written.isoformat()}, before every course it lists (the first on "
        f"{first.isoformat()}): a schedule or a plan written before them, not their record: a person decides"
    )
