"""A record's subtotal lines checked against the rows above them.

Many records close each year's (or page's) rows with a line summing them ("Total for 2023   20.0",
"2022 Total 24.00", "Page Total: 28.0"). Where the record's other subtotals each equal the sum of the rows
right above them, the totals are subtotals of those rows; one that does not (a fax read "8.0" as "0.8":
0.8 + 8.0 + 4.0 is 12.8 under a total of 20.0) says an amount of its rows was misread, and those rows go
to a person. A total equal to the sum of every row above it is a running or grand total, no disagreement;
a record with one total line settles nothing (it may be a grand total over pages not read as rows, or
"Required: 40" beside the earned hours).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.credit_units import total_line_amount
from extract.fields.dates import find_dates
from extract.transcript import TOTAL_RE
from extract.types import Line, RawItem

SAME = 0.05  # hours: a sum this close to the printed total agrees with it


def _at(page: int, box: tuple[float, float, float, float]) -> tuple[int, float]:
    return page, (box[1] + box[3]) / 2


def _note(text: str, run: float) -> str:
    return f"the rows above {text.strip()!r} read to {run:g} hours: an amount of them may be misread"


def check_subtotals(items: list[RawItem], lines_per_page: Sequence[Sequence[Line]]) -> list[RawItem]:
    """``items`` with the rows under a disagreeing subtotal sent to a person (a note on their hours)."""
    totals = [
        (_at(ln.page, ln.bbox), amount, ln.text)
        for lines in lines_per_page
        for ln in lines
        if TOTAL_RE.search(ln.text) and not find_dates(ln.text)
        if (amount := total_line_amount(ln.text)) is not None
    ]
    rows = sorted(
        (k for k, it in enumerate(items) if it.source == "table_row"),
        key=lambda k: _at(items[k].page, items[k].bbox),
    )
    # rows, their sum, the printed total, its line, the sum of every row above it
    runs: list[tuple[list[int], float, float, str, float]] = []
    start, above = 0, 0.0
    for at, amount, text in sorted(totals):
        end = start
        while end < len(rows) and _at(items[rows[end]].page, items[rows[end]].bbox) < at:
            end += 1
        run = rows[start:end]
        if run and all(items[k].hours is not None for k in run):
            got = sum(items[k].hours or 0.0 for k in run)
            above += got
            runs.append((run, got, amount, text, above))
        elif run:
            above = float("nan")  # a row without hours: no sum settles anything below it
        start = end
    if not any(len(run) >= 2 and abs(got - amount) < SAME for run, got, amount, _, _ in runs):
        return items
    out = list(items)
    for run, got, amount, text, everything in runs:
        if abs(got - amount) < SAME or abs(everything - amount) < SAME:
            continue
        for k in run:
            out[k] = out[k].model_copy(update={"hours_notes": (*out[k].hours_notes, _note(text, got))})
    return out
