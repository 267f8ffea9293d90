"""Round fourteen of the training records: titles wrapping upward read from lines' middles (a scan's boxes
swell), and a row whose title may start on a free line nearer it than the row above goes to a person; rows
dated "Nov 14" under "Calendar Year 2023"; a title's first line ending the page before its row."""

from __future__ import annotations

from datetime import date

import pytest

from extract.fields.dates import MONTH_ONLY
from extract.fields.names import name_before_next_label
from extract.lines import group_lines
from extract.page_breaks import noted, stitch_page_breaks
from extract.transcript import TITLE_DOUBT_NOTE, read_table, row_dates
from extract.types import Line, RawItem, Word
from extract.year_headings import numeric_month_days
from tests.unit.test_record_columns import _line_words

HEAD = [(40.0, "Date"), (110.0, "Course"), (400.0, "Hours")]


def _swollen(words: list[Word], by: float) -> list[Word]:
    """Each word's box grown ``by`` points above and below, as a blurred fax's boxes are."""
    return [
        w.model_copy(update={"bbox": (w.bbox[0], w.bbox[1] - by, w.bbox[2], w.bbox[3] + by)}) for w in words
    ]


def _row(d: str, title: str, hrs: str, y: float) -> list[Word]:
    return _line_words([(40, d), (110, title), (430, hrs)], y, frozenset({2}))


def _items(words: list[Word]) -> list[RawItem]:
    return read_table(group_lines(words, page=1))[0]


def _doubted(item: RawItem) -> bool:
    return TITLE_DOUBT_NOTE in (*item.notes, *item.date_notes, *item.hours_notes)


def _bottom_sheet(swell: float) -> list[Word]:
    words = _line_words(HEAD, 100)
    y = 124.0
    for title, d in [(["Crisis Intervention", "Teams for Youth"], "01/11/2022"),
                     (["Child Abuse and", "Neglect", "Investigations"], "04/05/2022"),
                     (["Youth Mental", "Health First Aid"], "08/30/2022")]:  # fmt: skip
        for k, part in enumerate(title):
            words += _swollen(_line_words([(110, part)], y + 11 * k), swell)
        last = y + 11 * (len(title) - 1)
        words += _swollen(_line_words([(40, d), (430, "8.0")], last, frozenset({1})), swell)
        y += 11 * (len(title) - 1) + 22
    return words


def test_swollen_boxes_still_read_as_titles_wrapping_upward() -> None:
    """Boxes grown 1.5 points each way leave little room between a row and the next title's first line;
    the lines' middles still show each title opening the row below."""
    titles = [it.course_title for it in _items(_bottom_sheet(1.5))]
    assert titles == [
        "Crisis Intervention Teams for Youth",
        "Child Abuse and Neglect Investigations",
        "Youth Mental Health First Aid",
    ]
    assert not any(_doubted(it) for it in _items(_bottom_sheet(1.5)))


def test_a_lone_line_over_a_row_with_its_own_title_sends_it_to_a_person() -> None:
    """One-line rows 16 points apart; one title's first line stands alone 10 points over its cells, too far
    under the row above to be its wrap: that row's title may start there."""
    words = _line_words(HEAD, 100)
    words += _row("02/01/2022", "Firearms Qualification", "4.0", 118)
    words += _line_words([(110, "School Emergency")], 141)
    words += _row("07/19/2022", "Operations Planning", "8.0", 153)
    words += _row("10/04/2022", "Juvenile Law", "8.0", 168)
    items = _items(words)
    assert items[0].course_title == "Firearms Qualification"
    assert [_doubted(it) for it in items] == [False, True, False]


def test_a_wrap_glued_to_the_row_above_but_nearer_the_row_below_doubts_both() -> None:
    """A line within a line's spacing of the row above, yet nearer the row below: whose title it ends or
    opens the page does not say."""
    words = _line_words(HEAD, 100)
    words += _row("02/01/2022", "Firearms Qualification", "4.0", 118)
    words += _line_words([(110, "Youth Mental Health")], 138)
    words += _row("07/19/2022", "First Aid", "8.0", 151)
    words += _row("10/04/2022", "Juvenile Law", "8.0", 175)
    assert [_doubted(it) for it in _items(words)] == [True, True, False]


def test_titles_wrapping_under_their_rows_are_not_doubted() -> None:
    """A title's second line right under its row, the next row as far below: the usual top-aligned wrap."""
    words = _line_words(HEAD, 100)
    y = 118.0
    for title, second in [("Child Abuse and Neglect", "Investigations"), ("Youth Mental Health", "First Aid"),
                          ("Juvenile Law for Law", "Enforcement")]:  # fmt: skip
        words += _row("02/01/2022", title, "8.0", y)
        words += _line_words([(110, second)], y + 11)
        y += 24
    items = _items(words)
    assert [it.course_title for it in items] == [
        "Child Abuse and Neglect Investigations",
        "Youth Mental Health First Aid",
        "Juvenile Law for Law Enforcement",
    ]
    assert not any(_doubted(it) for it in items)


# ------------------------------------------------------------------ month names under a calendar-year heading


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nov 14 Active Shooter Response for Schools 8.0", date(2014, 11, 1)),  # the year's two digits alone
        ("SEP 09 Firearms Qualification 4.0", date(2009, 9, 1)),
        ("Class Nov 14 Firearms 4.0", None),  # mid-line: a number, no month
        ("may 12 officers attended", None),  # prose
        ("Mar 3 Firearms Qualification 4.0", None),  # a day alone: no year to read a row by
    ],
)
def test_a_month_name_and_number_open_a_row(text: str, found: date | None) -> None:
    dates = row_dates(text)
    assert (dates[0].start if dates else None) == found
    assert all(d.precision == "month" for d in dates)


def test_month_names_rewritten_as_month_and_day() -> None:
    assert numeric_month_days("Nov 14") == "11/14"
    assert numeric_month_days("Sept. 09") == "9/09"
    assert numeric_month_days("Novel 2") == "Novel 2"


def test_month_name_rows_take_their_calendar_year_heading() -> None:
    words = _line_words(HEAD, 100)
    words += _line_words([(40, "Calendar Year 2023")], 118)
    words += _row("Nov 14", "Active Shooter Response for Schools", "8.0", 134)
    words += _row("Jun 06", "Bullying and Cyberbullying Prevention", "2.0", 148)
    words += _line_words([(40, "Calendar Year 2022")], 168)
    words += _row("Oct 11", "Firearms Qualification", "4.0", 184)
    items = _items(words)
    assert [it.start_date for it in items] == [date(2023, 11, 14), date(2023, 6, 6), date(2022, 10, 11)]
    assert not any(MONTH_ONLY in it.date_notes for it in items)


# ---------------------------------------------------------- a title's first line ending the page before


def _page(rows: list[tuple[str, str, str]], foot: str, page: int) -> list[Line]:
    words = _line_words([(40.0, "Date"), (110.0, "Course Title"), (400.0, "Hours")], 100)
    for k, (d, title, hrs) in enumerate(rows):
        words += _row(d, title, hrs, 118 + 16 * k)
    if foot:
        words += _line_words([(110, foot)], 700)
    words += _line_words([(40, f"Page {page} of 2")], 750)
    return group_lines(words, page=page)


def test_a_title_line_ending_the_page_opens_the_next_pages_first_title() -> None:
    """The first page's last line holds title words alone; the next page's first row prints the title's
    last line with its date and hours: one title, for a person to confirm (a heading would stand so too)."""
    one = _page([("01/18/2022", "Firearms Qualification", "4.0")], "Interviewing and Interrogating", 1)
    two = _page([("11/15/2022", "Juveniles", "8.0"), ("02/21/2023", "Juvenile Law", "8.0")], "", 2)
    pages, joins = stitch_page_breaks([one, two])
    items = noted([it for lines in pages for it in read_table(lines)[0]], joins)
    assert [it.course_title for it in items] == [
        "Firearms Qualification",
        "Interviewing and Interrogating Juveniles",
        "Juvenile Law",
    ]
    assert [bool(it.notes) for it in items] == [False, True, False]
    assert "alone ends page 1" in items[1].notes[0]


def test_a_band_heading_after_a_groups_total_is_no_title_start() -> None:
    """A centred band heading over the next group, a "Category Total" line between it and the row above:
    a heading, not a wrapped title's first line."""
    words = _line_words(HEAD, 100)
    words += _row("02/01/2022", "Juvenile Law", "8.0", 118)
    words += _line_words([(110, "Category Total"), (430, "8.0")], 132, frozenset({1}))
    words += _line_words([(250, "FIREARMS")], 146)
    words += _row("07/19/2022", "Firearms Qualification", "4.0", 160)
    words += _row("10/04/2022", "Defensive Tactics Refresher", "4.0", 174)
    assert not any(_doubted(it) for it in _items(words))


# ------------------------------------------------- a labelled name whose initial a fax joined by a dot


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("ASHWORTH-MBEKI, CORDELIA.F.        Badge #: 4471", "ASHWORTH-MBEKI, CORDELIA F."),
        ("Reyes, Dana.M.   ID: 2231", "Reyes, Dana M."),
        ("Dana M. Reyes   Badge: 2231", "Dana M. Reyes"),
    ],
)
def test_a_middle_initial_joined_by_a_dot_is_read_apart(printed: str, name: str) -> None:
    assert name_before_next_label(printed) == name


def test_a_foot_line_ending_on_a_joining_word_opens_a_longer_title() -> None:
    one = _page([("01/18/2022", "Firearms Qualification", "4.0")], "Crisis Intervention Training for", 1)
    two = _page([("11/15/2022", "School Resource Officers Today", "8.0")], "", 2)
    pages, joins = stitch_page_breaks([one, two])
    items = noted([it for lines in pages for it in read_table(lines)[0]], joins)
    assert [it.course_title for it in items] == [
        "Firearms Qualification",
        "Crisis Intervention Training for School Resource Officers Today",
    ]
    assert items[1].notes


def test_a_whole_title_at_the_foot_is_no_start_of_the_next_pages_whole_title() -> None:
    one = _page([("01/18/2022", "Firearms Qualification", "4.0")], "Juvenile Law for Law Enforcement", 1)
    two = _page([("11/15/2022", "Defensive Tactics Refresher", "4.0")], "", 2)
    pages, joins = stitch_page_breaks([one, two])
    items = noted([it for lines in pages for it in read_table(lines)[0]], joins)
    assert "Defensive Tactics Refresher" in [it.course_title for it in items]
    assert not any("Juvenile" in (it.course_title or "") and it.page == 2 for it in items)
