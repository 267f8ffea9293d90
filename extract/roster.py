"""Attendance rosters and sign-in sheets: one course, then many people who attended it.

A roster is no certificate of the applicant: it says who signed in, not that the applicant completed the
course. Its course is kept for a person to see; classify makes the document `other` and never credits it
without a human. A roster is told from a certificate by both what it calls itself ("Sign-In Roster",
"Attendance Sheet", "Class List"; not "Roster ID 209", a certificate's reference to the class record)
and the people it lists, one per row, in a column: a certificate names its participant and perhaps an
instructor or signers, here and there on the page, never a column of people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.fields.names import name_tokens, names_a_given_name, person_name_score
from extract.lines import split_cells
from extract.types import Line

ROSTER_RE = re.compile(
    r"\b(?:sign[-\s]?in|sign[-\s]?up\s+sheet|roster|attendance\s+(?:sheet|list|log|roster|record)"
    r"|attendees?\s+list|attendees|participants?\s+list|list\s+of\s+(?:participants|attendees|students)"
    r"|class\s+list)\b"
    # Not "Roster ID 209", "Roster No. 5": a certificate's reference to the class's record.
    r"(?!\s*(?:id\b|no\b|n[oº°]\.|#|number\b|:?\s*\d))",
    re.I,
)
MIN_ATTENDEES = 3  # a certificate names two people at most: its participant and who signed it
NAME_MIN_SCORE = 0.6
ALIGN = 0.75  # line heights: how far a row's name may start from the column's first
ROW_GAP = 4.0  # line heights: the most one row of the column may lie below the previous one
ROWS_SKIPPED = 3.2  # row pitches: rows between two read names that may hold names not read
# A row's first cell ends where a number (badge, hours, a date) or a wide gap begins.
ROW_NUMBER_RE = re.compile(r"^\s*\d{1,3}[.)]?\s+")
ROW_NUMBER_ONLY_RE = re.compile(r"\d{1,3}[.)]?")
CELL_END_RE = re.compile(r"\s+(?=\S*\d)|\s{2,}|\s*\|\s*")


def row_person(text: str, known_given_name: bool = True) -> str | None:
    """The person a roster row starts with ("12. Gregory P. Santos  7731  4"), if it starts with one
    (``known_given_name``: one whose given name is a known one)."""
    cell = CELL_END_RE.split(ROW_NUMBER_RE.sub("", text), maxsplit=1)[0].strip()
    if person_name_score(cell) >= NAME_MIN_SCORE and (names_a_given_name(cell) or not known_given_name):
        return cell
    return None


def line_person(line: Line, known_given_name: bool = True) -> str | None:
    """The person a roster row starts with, its cells told apart by the gaps between them (a text layer
    joins "Adams, Keith R." and "Tulsa Public Schools PD" with one space)."""
    cells = [c.text for c in split_cells(line)]
    first = cells[0]
    if ROW_NUMBER_ONLY_RE.fullmatch(first) and len(cells) > 1:
        first = f"{first} {cells[1]}"  # the row's number in a cell of its own
    return row_person(first, known_given_name) or row_person(line.text, known_given_name)


EVENT_RE = re.compile(
    r"\b(?:conference|course|training|academy|seminar|workshop|summit|symposium|in[-\s]?service|class|"
    r"institute|session)\b",
    re.I,
)


# A roster table's column headings: no course is named so.
COLUMN_HEADING_RE = re.compile(r"\b(?:signature|print(?:ed)?\s+name|name\s*\(print\)|badge|initials)\b", re.I)


def roster_heading(title: str) -> bool:
    """``title`` is a roster's own heading or its table's header, not the course it is of."""
    return not title.strip() or bool(ROSTER_RE.search(title) or COLUMN_HEADING_RE.search(title))


def roster_event(lines: Sequence[Line], attendees: Sequence[str]) -> Line | None:
    """The line above the table that names what the roster is of (a conference, a course), when the
    roster's own heading ("SESSION SIGN-IN SHEET") was taken for it: the first line naming an event that
    is not a roster heading, above the first attendee's row."""
    first_row = next((ln for ln in lines if attendees and line_person(ln) == attendees[0]), None)
    for ln in lines:
        if first_row is not None and (ln.page, ln.bbox[1]) >= (first_row.page, first_row.bbox[1]):
            break
        if EVENT_RE.search(ln.text) and not ROSTER_RE.search(ln.text):
            return ln
    return None


def _column(rows: Sequence[tuple[Line, str]]) -> list[str]:
    """The longest run of rows one under the other, each starting where the first does (a table's name
    column), as the people they start with."""
    best: list[str] = []
    for i, (first, _) in enumerate(rows):
        run, last, pitch = [rows[i][1]], first, 0.0
        for ln, person in rows[i + 1 :]:
            if ln.page != last.page:
                break
            aligned = abs(ln.bbox[0] - first.bbox[0]) <= ALIGN * first.height
            step = ln.bbox[1] - last.bbox[1]
            # A row or two whose name is not read (a blank row, a scrawl) does not end the column.
            if aligned and 0 < step <= max(ROW_GAP * first.height, ROWS_SKIPPED * pitch):
                run.append(person)
                last, pitch = ln, pitch or step
        best = max(best, run, key=len)
    return best


def roster_attendees(lines: Sequence[Line]) -> tuple[str, ...]:
    """The people an attendance roster lists, in order; empty when the document is no roster."""
    if not any(ROSTER_RE.search(ln.text) for ln in lines):
        return ()
    # A name of the column whose given name is no known one ("Mbeki, Thabo") is still a row of it; the
    # column must hold enough names of known given names to be one.
    rows = [(ln, person) for ln in lines if (person := line_person(ln, known_given_name=False)) is not None]
    people: dict[frozenset[str], str] = {}
    for person in _column(sorted(rows, key=lambda r: (r[0].page, r[0].bbox[1]))):
        people.setdefault(frozenset(name_tokens(person)), person)
    known = sum(names_a_given_name(p) for p in people.values())
    return tuple(people.values()) if known >= MIN_ATTENDEES else ()
