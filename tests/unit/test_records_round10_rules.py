"""Round ten of training records: a row split by a page break (its title alone at page 1's foot and its
cells opening page 2; its title's last words opening page 2), pages of another person's record, dates as
"14-Mar-21" and a page's "Hours this page" line under its rows."""

from __future__ import annotations

from datetime import date

import pytest

from extract.document import _rows_of_others, _table_items
from extract.fields.dates import find_dates
from extract.lines import group_lines
from extract.types import Evidence, Line, RawItem
from tests.unit.test_record_columns import _line_words

HEAD = [(40, "Date"), (110, "Course"), (400, "Hours")]
FOOT = [(40, "Printed 04/02/2024 09:14"), (480, "Page 1 of 2")]


def _page(page: int, rows: list[tuple[float, list[tuple[float, str]]]], conf: float = 1.0) -> list[Line]:
    """A page's lines: its heading at y 100, then each (y, cells)."""
    words = _line_words(HEAD, 100)
    for y, cells in rows:
        words += [w.model_copy(update={"conf": conf}) for w in _line_words(cells, y, frozenset({2}))]
    return group_lines(words, page=page)


def _low(lines: list[Line], text: str, conf: float) -> list[Line]:
    """``lines`` with the words of the line reading ``text`` read at ``conf``."""
    out = []
    for ln in lines:
        if ln.text == text:
            ln = ln.model_copy(update={"words": tuple(w.model_copy(update={"conf": conf}) for w in ln.words)})
        out.append(ln)
    return out


def _row(y: float, d: str, title: str, hours: str) -> tuple[float, list[tuple[float, str]]]:
    return (y, [(40, d), (110, title), (430, hours)])


def _by_title(items: list[RawItem]) -> dict[str, RawItem]:
    return {it.course_title or "": it for it in items}


def _page_one(last: tuple[float, list[tuple[float, str]]]) -> list[Line]:
    return _page(1, [
        _row(118, "01/11/2022", "Youth Mental Health First Aid", "8.0"),
        _row(134, "02/15/2022", "Firearms Qualification", "4.0"),
        last,
        (300, FOOT),
    ])  # fmt: skip


def test_a_lone_title_at_page_ones_foot_is_the_row_whose_cells_open_page_two() -> None:
    one = _page_one((150, [(110, "Juvenile Law for Law Enforcement")]))
    two = _page(2, [
        (118, [(40, "04/19/2022"), (430, "8.0")]),
        _row(134, "05/17/2022", "Defensive Tactics Refresher", "4.0"),
    ])  # fmt: skip
    items = _by_title(_table_items([one, two])[0])
    row = items["Juvenile Law for Law Enforcement"]
    assert (row.start_date, row.hours, row.page) == (date(2022, 4, 19), 8.0, 2)
    assert not row.notes  # every word read surely: no person needed
    assert len(items) == 4


def test_a_lone_title_read_unsurely_sends_the_joined_row_to_review() -> None:
    title = "Juvenile Law for Law Enforcement"
    one = _low(_page_one((150, [(110, title)])), title, 0.5)
    two = _page(2, [
        (118, [(40, "04/19/2022"), (430, "8.0")]),
        _row(134, "05/17/2022", "Defensive Tactics Refresher", "4.0"),
    ])  # fmt: skip
    row = _by_title(_table_items([one, two])[0])[title]
    assert (row.start_date, row.hours) == (date(2022, 4, 19), 8.0)
    assert any("continues over a page break" in n for n in row.notes)


def test_a_record_whose_last_page_holds_the_last_rows_cells_alone() -> None:
    one = _page_one((150, [(110, "Juvenile Law for Law Enforcement")]))
    two = _page(2, [(118, [(40, "04/19/2022"), (430, "8.0")]), (300, [(480, "Page 2 of 2")])])
    row = _by_title(_table_items([one, two])[0])["Juvenile Law for Law Enforcement"]
    assert (row.start_date, row.hours, row.page, row.notes) == (date(2022, 4, 19), 8.0, 2, ())


def test_a_lone_title_is_not_given_to_a_next_page_row_printing_its_own_title() -> None:
    one = _page_one((150, [(110, "Juvenile Law for Law Enforcement")]))
    two = _page(2, [_row(118, "04/19/2022", "Defensive Tactics Refresher", "4.0")])
    items = _by_title(_table_items([one, two])[0])
    assert items["Defensive Tactics Refresher"].start_date == date(2022, 4, 19)
    assert not any("Juvenile" in t and it.page == 2 for t, it in items.items())


def test_a_titles_last_words_opening_page_two_join_page_ones_last_row() -> None:
    one = _page_one(_row(150, "08/23/2022", "Crisis Intervention for", "24.0"))
    two = _page(2, [
        (118, [(110, "School Resource Officers")]),
        _row(134, "09/13/2022", "Trauma-Informed Policing with Youth", "8.0"),
    ])  # fmt: skip
    items = _by_title(_table_items([one, two])[0])
    row = items["Crisis Intervention for School Resource Officers"]
    assert (row.start_date, row.hours, row.page) == (date(2022, 8, 23), 24.0, 1)
    # Nothing else in the table wraps: the words might open page 2's first title (cells on its last line).
    assert any("continues over a page break" in n for n in row.notes)
    assert "Trauma-Informed Policing with Youth" in items


def test_a_title_over_the_break_in_a_table_wrapping_under_its_cells_needs_no_person() -> None:
    one = _page(1, [
        _row(118, "01/11/2022", "Bullying and Cyberbullying Prevention for", "4.0"),
        (129, [(110, "Law Enforcement")]),
        _row(145, "08/23/2022", "Crisis Intervention for", "24.0"),
        (300, FOOT),
    ])  # fmt: skip
    two = _page(2, [
        (118, [(110, "School Resource Officers")]),
        _row(134, "09/13/2022", "Trauma-Informed Policing with Youth", "8.0"),
    ])  # fmt: skip
    items = _by_title(_table_items([one, two])[0])
    assert not items["Crisis Intervention for School Resource Officers"].notes
    assert "Bullying and Cyberbullying Prevention for Law Enforcement" in items


def test_a_title_line_opening_a_page_without_headings_joins_for_a_person() -> None:
    one = _page_one(_row(150, "08/23/2022", "Crisis Intervention for", "24.0"))
    words = _line_words([(110, "School Resource Officers")], 118)
    words += _line_words(
        [(40, "09/13/2022"), (110, "Trauma-Informed Policing with Youth"), (430, "8.0")], 134
    )
    items = _by_title(_table_items([one, group_lines(words, page=2)])[0])
    assert any("page break" in n for n in items["Crisis Intervention for School Resource Officers"].notes)


def test_a_pages_hours_line_is_no_title_words() -> None:
    one = _page(1, [
        _row(118, "01/11/2022", "Youth Mental Health First Aid", "8.0"),
        _row(134, "02/15/2022", "Firearms Qualification", "4.0"),
        (145, [(110, "Hours this page: 12.0")]),
    ])  # fmt: skip
    rows, _ = _table_items([one])
    assert set(_by_title(rows)) == {"Youth Mental Health First Aid", "Firearms Qualification"}


def _named(page: int, name: str) -> list[Line]:
    return group_lines(_line_words([(40, f"Name: {name}")], 60) + _line_words(HEAD, 100), page=page)


def _item(page: int) -> RawItem:
    day = date(2022, 2, 15)
    return RawItem(course_title="Firearms Qualification", start_date=day, end_date=day, hours=4.0,
                   hours_text="4.0", date_text="02/15/2022", page=page, bbox=(0, 0, 1, 1), title_conf=1,
                   date_conf=1, hours_conf=1, source="table_row")  # fmt: skip


def test_the_rows_of_a_page_naming_another_person_go_to_a_person() -> None:
    me = Evidence(page=1, bbox=(0, 0, 1, 1), text="Cordelia P. Vanterpool", conf=1.0)
    pages = [_named(1, "Cordelia P. Vanterpool"), _named(2, "Desmond T. Harrowgate"), _page(3, [])]
    items, warnings = _rows_of_others((_item(1), _item(2), _item(3)), pages, me)
    assert [bool(it.notes) for it in items] == [False, True, True]  # page 3 names nobody: page 2's person
    assert "Desmond T. Harrowgate" in items[1].notes[0] and warnings
    # The same person written otherwise ("VANTERPOOL, CORDELIA") is no other person.
    pages[1] = _named(2, "Cordelia Vanterpool")
    items, warnings = _rows_of_others((_item(1), _item(2)), pages[:2], me)
    assert not any(it.notes for it in items) and not warnings


@pytest.mark.parametrize(
    ("text", "day"),
    [("14-Mar-21", date(2021, 3, 14)), ("03-MAY-22", date(2022, 5, 3)), ("1-Sep-99", date(1999, 9, 1))],
)
def test_a_databases_day_month_two_digit_year(text: str, day: date) -> None:
    found = find_dates(text)
    assert [(d.start, d.end, d.precision) for d in found] == [(day, day, "day")]


@pytest.mark.parametrize("text", ["IS-Mar-21", "14-Mar-213", "Room 14-Mar"])
def test_no_day_month_year_read_out_of_other_words(text: str) -> None:
    assert find_dates(text) == []
