"""A form's employment status field: the choice it marks among those it prints.

HR verification forms print every status and tick one: "Status: ☒ Active ☐ Inactive", "[X] Active
[ ] Inactive [ ] Separated", "Employment Status: X Active  Inactive  Terminated" (a typed X before the
choice). The word "Active" alone is then no answer: it is printed whether ticked or not. Only the choice
a tick mark stands right before says the status; a field printing one value and nothing else ("Status:
Active") says it plainly. Several choices with no mark read, or several marked, say nothing.
"""

from __future__ import annotations

import re
from typing import Literal

Status = Literal["current", "ended"]

STATUS_LABEL_RE = re.compile(r"\b(?:employment\s+|employee\s+|duty\s+|work\s+|current\s+)?status\s*:", re.I)
# What a ticked box reads as: the ballot-box glyphs, a bracketed or parenthesised X or tick, or a typed X
# standing alone before the choice.
TICK = r"(?:[☒☑✓✔✗✘]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|(?<![\w\[(])[xX](?![\w\])]))"
EMPTY = r"(?:[☐□❑]|\[\s*\]|\(\s*\))"
CHOICES: dict[str, Status | None] = {
    "active": "current",
    "current": "current",
    "employed": "current",
    "inactive": "ended",
    "separated": "ended",
    "terminated": "ended",
    "retired": "ended",
    "resigned": "ended",
    "former": "ended",
    "leave": None,  # on leave: still employed, the assignment's state unsaid
    "suspended": None,
    "probationary": None,
}
CHOICE_RE = re.compile(
    rf"(?P<mark>{TICK}|{EMPTY})?\s*(?P<word>{'|'.join(CHOICES)})\b(?:\s+of\s+absence)?", re.I
)
TICK_RE = re.compile(TICK)
FIELD_REACH = 90  # characters after the label a field's choices are printed in
NEXT_LABEL_RE = re.compile(r"\b[A-Z][A-Za-z ]{2,30}:")


# A form's yes/no question of the present: "Still employed: Yes", "Currently assigned? No", "Currently in
# this position: [X] Yes". Its answer says the status as "Status: Active" does (and "Still" in it is no
# prose cue of the present: the answer may be "No").
YES_NO_FIELD_RE = re.compile(
    r"\b(?:still|currently|presently)\s+(?:employed|assigned|serving|active|in\s+(?:this|the|that)\s+"
    r"(?:position|role|assignment))\s*[:?]\s*"
    rf"(?:(?:{TICK}|{EMPTY})\s*)?(?P<answer>yes|no|y|n)\b(?!\s*(?:/|{TICK}|{EMPTY}))",
    re.I,
)


# A form's unlabelled list of status boxes, one ticked: "[X] Currently assigned as SRO  [ ] Formerly assigned
# as SRO". The phrase names the SRO post, so the ticked box says whether the officer still holds it.
STATUS_BOX_RE = re.compile(
    rf"(?P<mark>{TICK}|{EMPTY})\s*(?P<word>currently|presently|still|formerly|previously|no\s+longer)\s+"
    r"(?:assigned|serving|employed)(?:\s+(?:as|in))?(?:\s+(?:an?|the))?\s+"
    r"(?:SRO|School\s+Resource\s+(?:Officer|Deputy))\b",
    re.I,
)


def _status_boxes(flat: str) -> tuple[Status | None, str | None, list[tuple[int, int]]]:
    """The status a form's list of status boxes ticks (None: none, or several), as printed, and where the
    boxes are."""
    boxes = list(STATUS_BOX_RE.finditer(flat))
    ticked = [m for m in boxes if TICK_RE.fullmatch(m.group("mark"))]
    spans = [m.span() for m in boxes]
    if len(ticked) != 1:
        return None, None, spans
    word = ticked[0].group("word").lower()
    status: Status = "current" if word in ("currently", "presently", "still") else "ended"
    return status, ticked[0].group(0), spans


def read_status_field(flat: str) -> tuple[Status, str] | None:
    """("current" | "ended", the field as printed) from the first status field whose marked choice says
    it; None when the text has no such field or its choice cannot be told."""
    if (m := YES_NO_FIELD_RE.search(flat)) is not None:
        return ("current" if m.group("answer").lower().startswith("y") else "ended"), m.group(0)
    status, printed, _ = _status_boxes(flat)
    if status is not None and printed is not None:
        return status, printed
    for label, field in _fields(flat):
        status, printed_to = _marked_choice(field)
        if status is not None:
            return status, (label.group(0) + field[:printed_to]).strip()
    return None


def without_status_fields(flat: str) -> str:
    """``flat`` with every status field's choices blanked (same length): "[ ] Separated", a choice left
    unticked, says nobody separated, and prose cues must not read it as if it did."""
    for m in YES_NO_FIELD_RE.finditer(flat):
        flat = flat[: m.start()] + " " * len(m.group(0)) + flat[m.end() :]
    for a, b in _status_boxes(flat)[2]:
        flat = flat[:a] + " " * (b - a) + flat[b:]
    for label, field in _fields(flat):
        _, printed_to = _marked_choice(field)
        flat = flat[: label.end()] + " " * printed_to + flat[label.end() + printed_to :]
    return flat


def _fields(flat: str) -> list[tuple[re.Match[str], str]]:
    """Each status label, and the text after it up to the next label."""
    out = []
    for label in STATUS_LABEL_RE.finditer(flat):
        field = flat[label.end() : label.end() + FIELD_REACH]
        out.append((label, field[: _next_label(field)]))
    return out


def _next_label(field: str) -> int | None:
    """Where the next field's label begins in ``field`` (None: none). A label never begins on a choice:
    in "X Active Inactive Separated Employment Type:" the label is "Employment Type:", and "Separated" is
    the status field's last choice, not the first word of the next label."""
    pos = 0
    while (stop := NEXT_LABEL_RE.search(field, pos)) is not None:
        first = stop.group(0).split()[0].rstrip(":")
        if first.lower() not in CHOICES:
            return stop.start()
        pos = stop.start() + len(first)
    return None


def _marked_choice(field: str) -> tuple[Status | None, int]:
    """The status the field's choices say (the one choice a tick stands before, or its only choice) and
    where the choices end."""
    choices: list[tuple[str | None, str]] = []
    pos = 0
    for m in CHOICE_RE.finditer(field):
        if field[pos : m.start()].strip(" ,;/|-"):
            break  # a word that is no choice: the field's choices ended (or never began)
        choices.append((m.group("mark"), m.group("word").lower()))
        pos = m.end()
    ticked = [word for mark, word in choices if mark is not None and TICK_RE.fullmatch(mark)]
    if len(ticked) == 1:
        return CHOICES[ticked[0]], pos
    if len(choices) == 1 and choices[0][0] is None:
        return CHOICES[choices[0][1]], pos  # "Status: Active": one value, printed plainly
    return None, pos
