"""A record's hours split over several columns: the amounts of each row, column by column.

Records print a row's hours in two or more columns: by how the class was given ("Instructor-Led" /
"Online", "Classroom" / "Online" with a row "Total"), or as two counts of one class ("Contact Hrs" /
"Credit Hrs"). Which column holds the row's hours then depends on the rows, not on the headings alone.
These functions take the amounts read (None: a blank or unread cell), column by column.
"""

from __future__ import annotations

from collections.abc import Sequence

Amounts = Sequence[float | None]


def sums_the_parts(total: Amounts, parts: Sequence[Amounts]) -> bool:
    """The ``total`` column is each row's own sum of the ``parts`` ("Classroom" 6 + "Online" 2 = "Total" 8),
    not a running total: on every row, the parts present add up to the total, and a row has its total
    exactly when it has a part."""
    rows = list(zip(total, *parts, strict=True))
    if not any(t is not None for t, *_ in rows):
        return False
    for t, *ps in rows:
        present = [p for p in ps if p is not None]
        if (t is None) != (not present):
            return False
        if t is not None and abs(t - sum(present)) > 0.01:
            return False
    return True


def complementary(columns: Sequence[Amounts]) -> bool:
    """Each row fills at most one of the columns and each column is filled somewhere: the columns split the
    rows by how they were given (a row's hours stand in whichever column it filled)."""
    if len(columns) < 2 or not all(any(v is not None for v in col) for col in columns):
        return False
    return all(sum(v is not None for v in row) <= 1 for row in zip(*columns, strict=True))


def disagreeing_note(read: tuple[str, str], other: tuple[str, str]) -> str:
    """The review reason of a row printing two different amounts under two hours headings (its cell, its
    column's heading, for the amount read and the other)."""
    return (
        f"the row prints {other[0]!r} under {other[1]!r} and {read[0]!r} under {read[1]!r}: which of the two "
        "the rules count is a person's to settle"
    )
