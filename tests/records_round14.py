"""Department training records, fourteenth round: round thirteen's leftovers in other layouts.

Titles wrapping upward over cells set on their last line, with the columns in other orders (hours left of
the title, a provider column, the title first), in tighter or looser type, and a record where one title
alone wraps upward among one-line rows (its first line must never be read as nobody's, nor its last line as
a course of its own ``auto``); rows dated by a month's name and a day ("Mar 3") under "Calendar Year 2022"
headings; a wrapped title broken by the page with the date first; the officer named "LAST-LAST, FIRST M."
after an "Officer:" label.

Drawn from general knowledge of such records, not copied from any corpus. Truth and scoring as in
``tests.records_round5``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.issuer_formats import IssuerDoc
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R, _iso
from tests.records_round9 import _footer, _rule_heads
from tests.records_round11 import _year_groups
from tests.records_round13 import _month_day_iso, labelled_name_sheet

RECORDS14: dict[str, IssuerDoc] = {}

record = partial(round5_record, into=RECORDS14)

# (date, title's lines, course, hours)
Wrapped = list[tuple[str, list[str], tuple[str, str, str], str]]


def _bottom_aligned(
    c: Any,
    y: float,
    rows: Wrapped,
    at: dict[str, float],
    step: float,
    gap: float,
    provider: str = "",
) -> None:
    """Each row's title over its lines top down, the date, hours (and provider) on the title's last line;
    ``gap`` between a row's last line and the next row's first line."""
    for d, title, _, hrs in rows:
        for k, part in enumerate(title):
            c.drawString(at["title"], y - step * k, part)
        last = y - step * (len(title) - 1)
        c.drawString(at["date"], last, d)
        c.drawRightString(at["hours"], last, hrs)
        if provider:
            c.drawString(at["provider"], last, provider)
        y = last - gap


def _truth(rows: Wrapped) -> list[Any]:
    return [R(course, _iso(d), float(hrs)) for d, _, course, hrs in rows]


_HOURS_LEFT: Wrapped = [
    ("02/08/2022", ["Interviewing and", "Interrogating", "Juveniles"], IIJ, "8.0"),
    ("05/24/2022", ["Trauma-Informed", "Policing with Youth"], TIP, "8.0"),
    ("09/13/2022", ["Bullying and", "Cyberbullying Prevention"], BULLY, "2.0"),
    ("01/17/2023", ["School Emergency", "Operations Planning"], SEOP, "8.0"),
]


@record("bottom_aligned_hours_left", name="Isidora M. Vantongeren", items=_truth(_HOURS_LEFT))
def _bottom_aligned_hours_left(c: Any, w: float, h: float) -> None:
    """Date, then hours, then a narrow title column wrapping upward over two or three lines."""
    _head(c, h, "Brookhaven Police Department", "Training Summary", "Isidora M. Vantongeren")
    y = _rule_heads(c, h, (("Date", 40), ("Hrs", 120), ("Course Title", 170)), h - 110, x1=420)
    _bottom_aligned(c, y, _HOURS_LEFT, {"date": 40, "hours": 140, "title": 170}, step=10, gap=21)


_PROVIDER: Wrapped = [
    ("03/02/2022", ["Active Shooter Response", "for Schools"], ASR, "8.0"),
    ("06/15/2022", ["Juvenile Law for Law", "Enforcement"], JLAW, "8.0"),
    ("10/26/2022", ["Standard Response", "Protocol Training"], SRP, "4.0"),
]


@record("bottom_aligned_provider", name="Cassius T. Oyelowo-Grant", items=_truth(_PROVIDER))
def _bottom_aligned_provider(c: Any, w: float, h: float) -> None:
    """The title first, a provider on each title's last line, then date and hours (bottom-aligned)."""
    _head(c, h, "Fairhaven Unified Schools Police", "Course History", "Cassius T. Oyelowo-Grant")
    y = _rule_heads(c, h, (("Course", 40), ("Provider", 200), ("Date", 360), ("Hours", 470)), h - 110)
    at = {"title": 40, "provider": 200, "date": 360, "hours": 500}
    _bottom_aligned(c, y, _PROVIDER, at, step=11, gap=24, provider="State Academy")


_TIGHT: Wrapped = [
    ("01/11/2022", ["Crisis Intervention", "Teams for Youth"], CIT, "40.0"),
    ("04/05/2022", ["Child Abuse and", "Neglect", "Investigations"], CAN, "16.0"),
    ("08/30/2022", ["Youth Mental", "Health First Aid"], YMHFA, "8.0"),
    ("12/06/2022", ["Defensive Tactics", "Refresher"], DT, "4.0"),
]


@record("bottom_aligned_tight_type", name="Perpetua L. Nakagawa-Olsen", items=_truth(_TIGHT))
def _bottom_aligned_tight_type(c: Any, w: float, h: float) -> None:
    """Small type (8 pt) on a 9.5 pt step, rows 18 pt apart: the title first, the date and hours right."""
    _head(c, h, "Millbrook County Sheriff's Office", "Training Transcript", "Perpetua L. Nakagawa-Olsen")
    y = _rule_heads(c, h, (("Training Title", 40), ("Completed", 300), ("Hours", 430)), h - 110, x1=480)
    c.setFont("Helvetica", 8)
    _bottom_aligned(c, y, _TIGHT, {"title": 40, "date": 300, "hours": 460}, step=9.5, gap=18)


_ONE_UPWARD = [
    ("02/01/2022", FIRE, "4.0"),
    ("04/12/2022", YMHFA, "8.0"),
    ("07/19/2022", SEOP, "8.0"),  # "School Emergency" set above "Operations Planning" and the cells
    ("10/04/2022", SRP, "4.0"),
    ("01/24/2023", JLAW, "8.0"),
]


@record(
    "one_title_wraps_upward",
    name="Ambrose K. Feldmann-Oduya",
    items=[
        R(FIRE, "2022-02-01", 4.0),
        R(YMHFA, "2022-04-12", 8.0),
        # its first line stands above its cells: where the title starts is not the page's to say alone
        R(SEOP, "2022-07-19", 8.0, sure=False),
        R(SRP, "2022-10-04", 4.0),
        R(JLAW, "2023-01-24", 8.0),
    ],
)
def _one_title_wraps_upward(c: Any, w: float, h: float) -> None:
    """One-line rows 16 pt apart; one title wraps upward, its first line alone 10 pt over its cells."""
    _head(c, h, "Pine Ridge Police Department", "Training Record", "Ambrose K. Feldmann-Oduya")
    y = _rule_heads(c, h, (("Date", 40), ("Course", 110), ("Hours", 420)), h - 110)
    for d, course, hrs in _ONE_UPWARD:
        title = course[0]
        if course is SEOP:
            y -= 12
            c.drawString(110, y + 10, "School Emergency")
            title = "Operations Planning"
        c.drawString(40, y, d)
        c.drawString(110, y, title)
        c.drawRightString(450, y, hrs)
        y -= 16


_MIXED: Wrapped = [
    ("11/07/2023", ["Active Shooter", "Response for Schools"], ASR, "8.0"),
    ("08/22/2023", ["Firearms Qualification"], FIRE, "4.0"),
    ("05/09/2023", ["Interviewing and", "Interrogating Juveniles"], IIJ, "8.0"),
    ("02/14/2023", ["Trauma-Informed Policing", "with Youth"], TIP, "8.0"),
    ("10/18/2022", ["Bullying and", "Cyberbullying", "Prevention"], BULLY, "2.0"),
]


@record("bottom_aligned_newest_first", name="Leocadia V. Ferreira-Holm", items=_truth(_MIXED))
def _bottom_aligned_newest_first(c: Any, w: float, h: float) -> None:
    """Newest first; most titles wrap upward over their cells, one fits one line."""
    _head(c, h, "Stonebridge Police Department", "Training History", "Leocadia V. Ferreira-Holm")
    y = _rule_heads(c, h, (("Completed", 40), ("Course", 120), ("Credit Hrs", 330)), h - 110, x1=420)
    _bottom_aligned(c, y, _MIXED, {"date": 40, "title": 120, "hours": 370}, step=11, gap=22)


_CALENDAR = [
    ("2022", [("Mar 3", SRP, "4.0"), ("Jul 19", JLAW, "8.0"), ("Oct 25", DT, "4.0")]),
    ("2023", [("Jan 10", CAN, "16.0"), ("Apr 4", ASR, "8.0")]),
]


@record(
    "calendar_year_month_names",
    name="Rosalind P. Achterberg",
    items=[R(course, _month_day_iso(y, md), float(hrs)) for y, rows in _CALENDAR for md, course, hrs in rows],
)
def _calendar_year_month_names(c: Any, w: float, h: float) -> None:
    """Oldest first: "Calendar Year 2022" over "Mar 3", "Jul 19" (no zero before one-digit days)."""
    _head(c, h, "Lakeshore Police Department", "Annual Training Log", "Rosalind P. Achterberg")
    _year_groups(c, h, _CALENDAR, label="Calendar Year {}")


_BROKEN = [
    ("01/18/2022", ["Firearms Qualification"], FIRE, "4.0"),
    ("03/22/2022", ["Standard Response Protocol Training"], SRP, "4.0"),
    ("05/10/2022", ["Youth Mental Health First Aid"], YMHFA, "8.0"),
    ("08/09/2022", ["Defensive Tactics Refresher"], DT, "4.0"),
    ("11/15/2022", ["Interviewing and Interrogating", "Juveniles"], IIJ, "8.0"),
    ("02/21/2023", ["Juvenile Law for Law Enforcement"], JLAW, "8.0"),
]


@record(
    "page_break_wrap_date_first",
    name="Octavian R. Lindqvist-Amadi",
    items=[R(course, _iso(d), float(hrs)) for d, _, course, hrs in _BROKEN],
)
def _page_break_wrap_date_first(c: Any, w: float, h: float) -> None:
    """Date first; a title's first line ends page 1, its second line with the date and hours opens page 2."""
    cols = (("Date", 40), ("Course Title", 115), ("Hours", 430))

    def heads(page: int) -> float:
        _head(c, h, "Cedar Falls Police Department", "Training Record", "Octavian R. Lindqvist-Amadi")
        _footer(c, page, 2)
        return _rule_heads(c, h, cols, h - 110)

    y = heads(1)
    for d, title, _, hrs in _BROKEN:
        if len(title) == 2:
            c.drawString(115, 62, title[0])
            c.showPage()
            y = heads(2)
            title = title[1:]
        c.drawString(40, y, d)
        c.drawString(115, y, title[0])
        c.drawRightString(460, y, hrs)
        y -= 16


@record(
    "officer_last_first_caps",
    name="Bartholomew K. Delacroix-Nwosu",
    items=[R(TIP, "2022-03-29", 8.0), R(SRP, "2022-09-20", 4.0), R(IIJ, "2023-02-07", 8.0)],
)
def _officer_last_first_caps(c: Any, w: float, h: float) -> None:
    """ "Officer: DELACROIX-NWOSU, BARTHOLOMEW K." beside "ID: 2210" on one line."""
    labelled_name_sheet(
        c,
        h,
        ("Riverside Schools Police Department", "Officer Training Report"),
        "Officer: DELACROIX-NWOSU, BARTHOLOMEW K.        ID: 2210",
        [
            ["03/29/2022", "Trauma-Informed Policing with Youth", "8.0"],
            ["09/20/2022", "Standard Response Protocol Training", "4.0"],
            ["02/07/2023", "Interviewing and Interrogating Juveniles", "8.0"],
        ],
    )
