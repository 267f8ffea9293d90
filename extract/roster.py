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
# A row's first cell ends where a number (badge, hours, a date) or a wide gap begins.
ROW_NUMBER_RE = re.compile(r"^\s*\d{1,3}[.)]?\s+")
CELL_END_RE = re.compile(r"\s+(?=\S*\d)|\s{2,}|\s*\|\s*")


def row_person(text: str) -> str | None:
    """The person a roster row starts with ("12. Gregory P. Santos  7731  4"), if it starts with one."""
    cell = CELL_END_RE.split(ROW_NUMBER_RE.sub("", text), maxsplit=1)[0].strip()
    if person_name_score(cell) >= NAME_MIN_SCORE and names_a_given_name(cell):
        return cell
    return None


def _column(rows: Sequence[tuple[Line, str]]) -> list[str]:
    """The longest run of rows one under the other, each starting where the first does (a table's name
    column), as the people they start with."""
    best: list[str] = []
    for i, (first, _) in enumerate(rows):
        run, last = [rows[i][1]], first
        for ln, person in rows[i + 1 :]:
            if ln.page != last.page:
                break
            aligned = abs(ln.bbox[0] - first.bbox[0]) <= ALIGN * first.height
            if aligned and 0 < ln.bbox[1] - last.bbox[1] <= ROW_GAP * first.height:
                run.append(person)
                last = ln
        best = max(best, run, key=len)
    return best


def roster_attendees(lines: Sequence[Line]) -> tuple[str, ...]:
    """The people an attendance roster lists, in order; empty when the document is no roster."""
    if not any(ROSTER_RE.search(ln.text) for ln in lines):
        return ()
    rows = [(ln, person) for ln in lines if (person := row_person(ln.text)) is not None]
    people: dict[frozenset[str], str] = {}
    for person in _column(sorted(rows, key=lambda r: (r[0].page, r[0].bbox[1]))):
        people.setdefault(frozenset(name_tokens(person)), person)
    return tuple(people.values()) if len(people) >= MIN_ATTENDEES else ()
