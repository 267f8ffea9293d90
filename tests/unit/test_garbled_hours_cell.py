"""A capture garbling one cell of a record's hours column (round 6's copy of a copy read "G.ven" for
"6.00") leaves the column its role under an hours heading: the other rows keep their hours, the
garbled row reads none (review). Without the heading, or with status words in it, nothing changes."""

from __future__ import annotations

from extract.lines import group_lines
from extract.transcript import read_table
from extract.types import Line, Word

CHAR_W = 6.0


def _words(cells: list[tuple[float, str]], y: float) -> list[Word]:
    out = []
    for x, text in cells:
        left = x
        for token in text.split(" "):
            out.append(Word(text=token, bbox=(left, y, left + len(token) * CHAR_W, y + 10), conf=0.95))
            left += (len(token) + 1) * CHAR_W
    return out


def _page(hours_heading: str, cells: tuple[str, str, str]) -> list[Line]:
    words = _words(
        [(40, "COURSE TITLE"), (300, "START"), (400, "END"), (500, hours_heading), (570, "CATEGORY")], 100
    )
    rows = (
        ("Bullying Prevention for Law Enforcement", "10/05/2021", "10/05/2021"),
        ("Trauma-Informed Policing with Youth", "04/12/2022", "04/13/2022"),
        ("School Emergency Operations Planning", "01/24/2023", "01/24/2023"),
    )
    for k, ((title, start, end), amount) in enumerate(zip(rows, cells, strict=True)):
        words += _words(
            [(40, title), (300, start), (400, end), (505, amount), (570, "Juvenile")], 118 + 16 * k
        )
    return group_lines(words, page=1)


def test_a_garbled_cell_under_an_hours_heading_loses_its_own_row_only() -> None:
    items, _ = read_table(_page("HOURS", ("G.ven", "16.00", "8.00")))
    assert [it.hours for it in items] == [None, 16.0, 8.0]


def test_every_cell_read_is_unchanged() -> None:
    items, _ = read_table(_page("HOURS", ("6.00", "16.00", "8.00")))
    assert [it.hours for it in items] == [6.0, 16.0, 8.0]


def test_without_an_hours_heading_one_amount_in_three_is_no_hours_column() -> None:
    items, _ = read_table(_page("REF", ("G.ven", "Abc", "8.00")))
    assert all(it.hours is None for it in items)
