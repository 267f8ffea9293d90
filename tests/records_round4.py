"""Department training records, fourth round: the risks round three left open.

A CEU column whose heading says nothing of its unit ("Units", "Credit", or no heading line at all), the
page elsewhere saying CEU, a totals line, a title naming its length, or nothing; a running total as the
only amount column, headed "Hours", with or without a totals line that prints its last amount; and a
row whose date cell is blank (lost on a scan) among subtotal lines, a footer, a signature line and an
"Exempt" row.

Drawn from general knowledge of such records, not copied from any corpus. Truth as in
``tests.records_round3``: ``sure=False`` where the page cannot settle a fact, so the item must go to a
person; rows that are not credited have no truth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.pagesizes import letter

from tests.issuer_formats import IssuerDoc, T, Truth, issuer_doc, lines_at, table

Draw = Callable[[Any, float, float], None]

RECORDS4: dict[str, IssuerDoc] = {}


def record(key: str, *, name: str, items: Sequence[Truth]) -> Callable[[Draw], Draw]:
    return issuer_doc(key, name=name, items=items, doc_type="transcript", pagesize=letter, into=RECORDS4)


def _head(c: Any, h: float, agency: str, title: str, name: str) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 42, agency)
    lines_at(c, 40, h - 62, [title, f"Name: {name}"], size=10)


# The same six CEU courses in every CEU record: 1 CEU = 10 contact hours.
_CEU_ROWS = [
    ("02/16/2022", "Interviewing and Interrogating Juveniles", "1.6"),
    ("06/08/2022", "Child Abuse and Neglect Investigations", "2.4"),
    ("11/02/2022", "Youth Mental Health First Aid", "0.8"),
    ("04/19/2023", "Standardized Field Sobriety Testing", "2.4"),
    ("08/10/2023", "Standard Response Protocol Training", "0.4"),
    ("01/24/2024", "Radar and Lidar Operator Certification", "1.6"),
]


def _ceu_truth(sure: bool) -> list[Truth]:
    ids = ["juvenile-interview", "child-abuse-inv", "ymhfa", "sfst", "srp-training", "radar-lidar"]
    cats = ["juvenile", "juvenile", "juvenile", "unrelated", "school_safety", "unrelated"]
    return [
        T(title, f"{d[6:]}-{d[:2]}-{d[3:5]}", float(ceu) * 10, cat, cid, sure=sure)
        for (d, title, ceu), cid, cat in zip(_CEU_ROWS, ids, cats, strict=True)
    ]


@record("ceu_units_total", name="Nadia F. Okonkwo", items=_ceu_truth(sure=True))
def _ceu_units_total(c: Any, w: float, h: float) -> None:
    """CEUs under a "Units" heading, which names no unit; the totals line below says "Total CEUs"."""
    _head(c, h, "Harbor Point Regional Academy", "Continuing Education Transcript", "Nadia F. Okonkwo")
    cols = [("Completed", 40), ("Course Title", 120), ("Units", 420), ("Grade", 480)]
    y = table(c, h - 110, cols, [[d, t, u, "Pass"] for d, t, u in _CEU_ROWS], right=(2,))
    lines_at(c, 300, y - 10, ["Total CEUs Earned: 9.2"], size=9)


@record("ceu_headless", name="Victor S. Alvarado", items=_ceu_truth(sure=True))
def _ceu_headless(c: Any, w: float, h: float) -> None:
    """No heading line at all (printed in a pale band a copier drops): dates, titles, amounts and a
    grade; the page's legend says "1 CEU = 10 contact hours"."""
    _head(c, h, "Summit County Training Cooperative", "Member Course History", "Victor S. Alvarado")
    y = h - 110
    c.setFont("Helvetica", 9)
    for d, t, u in _CEU_ROWS:
        c.drawString(40, y, d)
        c.drawString(120, y, t)
        c.drawRightString(440, y, u)
        c.drawString(480, y, "Pass")
        y -= 14
    lines_at(c, 40, y - 16, ["1 CEU = 10 contact hours of instruction"], size=8)


@record(
    "ceu_titles_say",
    name="Imani R. Castellano",
    items=[
        T("Youth Mental Health First Aid 8-Hour", "2022-03-09", 8.0, "juvenile", "ymhfa"),
        T("Juvenile Law for Law Enforcement 8-Hour", "2022-07-13", 8.0, "juvenile", "juvenile-law"),
        T("Firearms Qualification 4-Hour", "2023-01-25", 4.0, "unrelated", "firearms-qual"),
        T(
            "Child Abuse and Neglect Investigations 24-Hour",
            "2023-06-21",
            24.0,
            "juvenile",
            "child-abuse-inv",
        ),
    ],
)
def _ceu_titles_say(c: Any, w: float, h: float) -> None:
    """A "Credit" column of 0.8, 0.4, 2.4 beside titles that name their length ("8-Hour"): the amounts
    are tenths of the titles' hours, CEUs."""
    _head(c, h, "Coastal Plains Law Enforcement Institute", "Course Transcript", "Imani R. Castellano")
    cols = [("Date", 40), ("Course", 110), ("Credit", 430), ("Status", 490)]
    table(c, h - 110, cols, [
        ["03/09/2022", "Youth Mental Health First Aid 8-Hour", "0.8", "Complete"],
        ["07/13/2022", "Juvenile Law for Law Enforcement 8-Hour", "0.8", "Complete"],
        ["01/25/2023", "Firearms Qualification 4-Hour", "0.4", "Complete"],
        ["06/21/2023", "Child Abuse and Neglect Investigations 24-Hour", "2.4", "Complete"],
    ], right=(2,))  # fmt: skip


@record("ceu_unsettled", name="Colin B. Hargreave", items=_ceu_truth(sure=False))
def _ceu_unsettled(c: Any, w: float, h: float) -> None:
    """Amounts of 0.4 to 2.4 under a "Credit" heading and nothing on the page that says whether they are
    hours or CEUs: a person decides."""
    _head(c, h, "Westfield Officer Development Program", "Training Summary", "Colin B. Hargreave")
    cols = [("Date", 40), ("Course", 120), ("Credit", 420), ("Result", 480)]
    table(c, h - 110, cols, [[d, t, u, "Pass"] for d, t, u in _CEU_ROWS], right=(2,))


_RUNNING = [
    ("02/09/2021", "Youth Mental Health First Aid", 8.0, "ymhfa", "juvenile"),
    ("04/14/2021", "Firearms Qualification", 4.0, "firearms-qual", "unrelated"),
    ("09/22/2021", "Juvenile Law for Law Enforcement", 8.0, "juvenile-law", "juvenile"),
    ("01/18/2022", "Active Shooter Response for Schools", 8.0, "school-active-shooter", "school_safety"),
    ("05/03/2022", "Trauma-Informed Policing with Youth", 8.0, "trauma-informed-youth", "juvenile"),
    ("10/11/2022", "Defensive Tactics Refresher", 6.0, "defensive-tactics", "unrelated"),
]


def _running_rows() -> list[list[str]]:
    rows, total = [], 0.0
    for d, title, hours, _, _ in _RUNNING:
        total += hours
        rows.append([d, title, f"{total:.1f}", "Lt. Brandt"])
    return rows


def _running_truth(sure: bool) -> list[Truth]:
    return [T(t, f"{d[6:]}-{d[:2]}-{d[3:5]}", hrs, cat, cid, sure=sure) for d, t, hrs, cid, cat in _RUNNING]


@record("running_with_total", name="Samuel O. Achterberg", items=_running_truth(sure=True))
def _running_with_total(c: Any, w: float, h: float) -> None:
    """The only amount column, headed "Hours", adds each course to the ones above it; the totals line
    prints its last amount (a per-row column's total would be its sum)."""
    _head(c, h, "Pine Ridge Police Department", "Training Record", "Samuel O. Achterberg")
    cols = [("Date", 40), ("Course", 110), ("Hours", 380), ("Instructor", 450)]
    y = table(c, h - 110, cols, _running_rows(), right=(2,))
    lines_at(c, 300, y - 10, [f"Total Hours: {sum(r[2] for r in _RUNNING):.1f}"], size=9)


@record("running_unsettled", name="Teresa M. Vollmer", items=_running_truth(sure=False))
def _running_unsettled(c: Any, w: float, h: float) -> None:
    """The same running amounts under "Hours" and no totals line: they may be each row's hours (rising by
    chance) or a running total; a person decides."""
    _head(c, h, "Ashford Borough Police", "In-Service Log", "Teresa M. Vollmer")
    cols = [("Date", 40), ("Course", 110), ("Hours", 380), ("Instructor", 450)]
    table(c, h - 110, cols, _running_rows(), right=(2,))


@record(
    "dateless_row",
    name="Yusuf A. Lindqvist",
    items=[
        T("Youth Mental Health First Aid", "2022-01-19", 8.0, "juvenile", "ymhfa"),
        T("Active Shooter Response for Schools", "2022-04-06", 8.0, "school_safety", "school-active-shooter"),
        # Its date cell is blank: nobody can say when it was held.
        T("Juvenile Law for Law Enforcement", "2022-08-17", 8.0, "juvenile", "juvenile-law", sure=False),
        T("Firearms Qualification", "2022-11-09", 4.0, "unrelated", "firearms-qual"),
        T("Defensive Tactics Refresher", "2023-03-14", 6.0, "unrelated", "defensive-tactics"),
    ],
)
def _dateless_row(c: Any, w: float, h: float) -> None:
    """A row whose date cell is empty (a scan lost it), among a year heading, an "Exempt" row, a subtotal
    line, a footer and a signature line, none of which is a course."""
    _head(c, h, "Granite Falls Police Department", "Officer Training History", "Yusuf A. Lindqvist")
    cols = [("Date", 40), ("Course Title", 110), ("Hours", 370), ("Status", 430)]
    y = table(c, h - 110, cols, [
        ["01/19/2022", "Youth Mental Health First Aid", "8.0", "Completed"],
        ["04/06/2022", "Active Shooter Response for Schools", "8.0", "Completed"],
        ["", "Juvenile Law for Law Enforcement", "8.0", "Completed"],
        ["11/09/2022", "Firearms Qualification", "4.0", "Completed"],
        ["03/14/2023", "Defensive Tactics Refresher", "6.0", "Completed"],
        ["06/07/2023", "Standard Response Protocol Training", "4.0", "Exempt"],
    ], right=(2,))  # fmt: skip
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(110, y - 2, "Hours This Period")  # sums the column above: no course
    c.drawRightString(418, y - 2, "38.0")
    c.setFont("Helvetica", 8)
    c.drawString(40, y - 40, "Training Officer Signature ____________________      Reviewed: Sgt. K. Moreau")
    c.drawString(40, y - 52, "Granite Falls PD Training Unit - Form TR-12 (rev. 3)")
    c.drawString(400, y - 52, "Page 1 of 1")
