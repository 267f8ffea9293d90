"""When a letter says an SRO service ended: "served as School Resource Officer from June 2015 to August
2020", "was assigned ... until June 30, 2019", "through 2020", "ending on ...", "is no longer assigned as
an SRO as of ...".

R1 counts a former SRO's three years from the start to this end, not to the application; R2 reads in it
that the person is no longer an SRO. An end is taken only from a sentence that names the SRO role (or
from the range that starts the SRO service); a month or a year printed without its day gives the span
the end lies in, and several different ends, or a day and month that could be either way round, give
none: a person reads the letter.
"""

from __future__ import annotations

import re
from datetime import date

from extract.fields.dates import MIN_YEAR, DateMatch, find_dates
from extract.letter import (
    END_LABEL_RE,
    FIELD_LABEL_RE,
    LABEL_REACH,
    NOT_A_NAMED_YEAR,
    SRO_ROLE_RE,
    START_CUE_RE,
    TO_CELL_RE,
    UNTIL_LEAVING,
    _flat,
    _sentence_end,
    _sentence_start,
    _service_started,
    _term_end,
    either_way_round,
    may_print_day_first,
)
from extract.types import Frozen

# Words right before a date that end a service: "until June 30, 2019", "through 8/14/2020", "ending on".
END_CUE_RE = re.compile(
    r"\b(?:until|till|through|thru|to|ending|ended|concluded|hasta(?:\s+el)?)\s*(?:on\s+|in\s+)?(?:the\s+)?$"
    # "until his promotion to Sergeant on March 4, 2023", "until her transfer to Investigations in 2021"
    rf"|{UNTIL_LEAVING}[^.;]{{0,50}}?\b(?:on|in|effective|as\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "to" ends a service only after its "from": "promoted to Sergeant" / "assigned to ..." say nothing of it.
FROM_RE = re.compile(r"\bfrom\b", re.I)
# Leaving the role, said before a date that a start cue introduces: "no longer serves as an SRO as of June
# 2020", "left the School Resource Unit on ...", "retired on ...".
LEFT_ROLE_RE = re.compile(
    r"\b(?:no\s+longer|left|ended|concluded|resign\w*|retire[ds]?|transferred|reassigned|separated)\b", re.I
)
# A year standing alone as the end of a span of years: "from 2012 until 2019", "2012-2019", "through 2020".
END_YEAR_RE = re.compile(
    r"(?:\b(?:until|till|through|thru)\s+|\b(?:19|20)\d\d\s*(?:[-–]|to)\s*)((?:19|20)\d\d)\b(?![/.-]\d)"
    + NOT_A_NAMED_YEAR,
    re.I,
)
# What joins a range's two ends ("June 2015 to August 2020"): its halves are printed either side.
RANGE_JOIN_RE = re.compile(
    r"\s*(?:[-–—~]+|\bto\b|\bthru\b|\bthrough\b|\buntil\b|\btill\b|\bhasta(?:\s+el)?\b)\s*", re.I
)


# The letter's present: "is no longer employed by the City", "is no longer with this department", "is no
# longer assigned as ...". Whatever the day the service ended, it ended by the letter's own date.
NO_LONGER_NOW_RE = re.compile(
    r"\b(?:is|are)\s+no\s+longer\s+(?:employed|with|assigned|serving|working|an?\s+(?:employee|member|"
    r"SRO|school\s+resource\s+officer))\b",
    re.I,
)


class EndReading(Frozen):
    range: tuple[date, date] | None  # earliest and latest day the stated end can be
    text: str | None  # as printed
    notes: tuple[str, ...] = ()  # why it is not sure
    # No end printed, but the letter says the service is over as it writes ("is no longer employed"):
    # the end lies on or before the letter's date. As printed.
    over_by_its_date: str | None = None


def range_halves(text: str) -> tuple[str, str]:
    """The two ends of a printed range, as printed ("June 2015", "August 2020")."""
    parts = RANGE_JOIN_RE.split(text, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (text, text)


def _ends_a_service(flat: str, d: DateMatch) -> bool:
    """The words of its sentence say the date (not a range) ends the SRO service."""
    label = FIELD_LABEL_RE.search(flat, max(0, d.span[0] - LABEL_REACH), d.span[0])
    if label is not None:
        # A form's field: "Date SRO assignment ended:" ends the post; any other label does not.
        return (
            END_LABEL_RE.search(label.group(1)) is not None and SRO_ROLE_RE.search(label.group(1)) is not None
        )
    begin = _sentence_start(flat, d.span[0])
    before = flat[begin : d.span[0]]
    sentence = flat[begin : _sentence_end(flat, d.span[1])]
    if SRO_ROLE_RE.search(sentence) is None:
        return False
    cue = END_CUE_RE.search(before)
    if cue is not None:
        return cue.group(0).strip().lower() != "to" or FROM_RE.search(before) is not None
    return (
        LEFT_ROLE_RE.search(before) is not None
        and START_CUE_RE.search(before) is not None
        and _service_started(flat, *d.span) != "sro"
    )


def _ends(flat: str) -> tuple[list[tuple[date, date, str]], list[str]]:
    """(earliest, latest, as printed) of each end of the SRO service the text states, and why some could
    not be read."""
    out: list[tuple[date, date, str]] = []
    unsure: list[str] = []
    taken: list[tuple[int, int]] = []
    day_first = may_print_day_first(flat)
    row_end: tuple[date, date, str] | None = None  # the "To" cell of the last SRO row of a table of posts
    for d in find_dates(flat):
        taken.append(d.span)
        if not d.is_range and _service_started(flat, *d.span) == "sro":
            # "School Resource Officer  08/16/2016  07/31/2023" then "Patrol Officer  08/01/2023  Present":
            # the last SRO row's "To" cell ends the service; a later SRO row (back to back) runs it on.
            cell = TO_CELL_RE.match(flat, d.span[1])
            end = _term_end(flat, d) if not either_way_round(d, day_first) else None
            row_end = (end, end, cell.group(0).strip()) if end is not None and cell is not None else None
        if d.is_range:
            if _service_started(flat, *d.span, is_range=True) != "sro":
                continue
            printed = range_halves(d.text)[1]
        elif _ends_a_service(flat, d):
            printed = d.text
        else:
            continue
        if either_way_round(d, day_first):
            unsure.append(f"day and month of the SRO service's end {printed!r} could be either way round")
            continue
        out.append((*d.last_span, printed))
    if row_end is not None:
        out.append(row_end)
    for m in END_YEAR_RE.finditer(flat):
        s, e = m.span(1)
        if any(a <= s < b for a, b in taken):
            continue
        sentence = flat[_sentence_start(flat, s) : _sentence_end(flat, e)]
        if SRO_ROLE_RE.search(sentence):
            year = int(m.group(1))
            out.append((date(year, 1, 1), date(year, 12, 31), m.group(1)))
    return out, unsure


def read_sro_end(text: str) -> EndReading:
    """When the SRO service a letter's text describes ended; nothing when it states no end, or several."""
    ends, unsure = _ends(_flat(text))
    spans = {(a, b) for a, b, _ in ends}
    if len(spans) == 1 and not unsure:
        a, b, printed = ends[0]
        note = f"the letter prints the end of the SRO service as {printed!r}, without its day"
        return EndReading(range=(a, b), text=printed, notes=() if a == b else (note,))
    if len(spans) > 1:
        listed = ", ".join(dict.fromkeys(t for _, _, t in ends))
        unsure.append(f"the letter states several ends of the SRO service ({listed}): a person decides")
    now = NO_LONGER_NOW_RE.search(_flat(text)) if not spans and not unsure else None
    return EndReading(
        range=None, text=None, notes=tuple(unsure), over_by_its_date=now.group(0) if now else None
    )


def ended_by(letter_date: date, start: tuple[date, date] | None) -> tuple[date, date]:
    """The span of days a service the letter says is over ended in: after its start (when it states one),
    on or before the letter's own date."""
    return (start[0] if start and start[0] <= letter_date else date(MIN_YEAR, 1, 1), letter_date)
