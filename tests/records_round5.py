"""Department training records, fifth round: learning-management and POST system exports.

Layouts rounds three and four did not draw: a Status column whose "In Progress", "Registered", "Failed",
"Withdrawn" and "Incomplete" rows are never credits; "Hours Scheduled" beside "Hours Earned" (a partial
or no-show row earns less than it was scheduled for); durations as "8:00" / "1:30" under a "Duration"
heading, or as minutes under a "Minutes" heading; rows newest first; a year subtotal and a grand total;
titles wrapped over two lines with the row's other cells set on the middle of the two; dates printed
"MM/YY" or "Mar-21" (month only: a person settles the day); a landscape export over two pages with the
heading repeated on each; a column of expiry dates; course IDs such as "IS-0100.c" or "24-0113".

Drawn from general knowledge of such records, not copied from any corpus. Truth as in
``tests.records_round3``: one :class:`Truth` per row the record shows as completed; ``sure=False`` where
the page cannot settle a fact; rows that were not completed have no truth, and their titles are listed in
:data:`NOT_CREDITED` so the bench can say whether the reader kept them out of ``auto``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz
from reportlab.lib.pagesizes import landscape, letter

from classify.types import ClassifiedDocument, ClassifiedItem
from tests.issuer_formats import IssuerDoc, T, Truth, issuer_doc, lines_at, table
from tests.records_round3 import wrong_autos

Draw = Callable[[Any, float, float], None]

RECORDS5: dict[str, IssuerDoc] = {}
# Titles of the rows a record shows as not completed: none may be an ``auto`` item.
NOT_CREDITED: dict[str, tuple[str, ...]] = {}


def record(
    key: str,
    *,
    name: str,
    items: Sequence[Truth],
    pagesize: tuple[float, float] = letter,
    not_credited: Sequence[str] = (),
    into: dict[str, IssuerDoc] = RECORDS5,
) -> Callable[[Draw], Draw]:
    """Registers a record of ``into`` (a later round's records keep their own) and its not-completed rows."""
    NOT_CREDITED[key] = tuple(not_credited)
    return issuer_doc(key, name=name, items=items, doc_type="transcript", pagesize=pagesize, into=into)


def _head(c: Any, h: float, agency: str, title: str, name: str, extra: str = "") -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 42, agency)
    lines_at(c, 40, h - 62, [title, f"Learner: {name}    {extra}".rstrip()], size=10)


# ----------------------------------------------------------------------------------------- records


@record(
    "lms_status",
    name="Simone A. Carrillo",
    items=[
        T("Youth Mental Health First Aid", "2023-01-18", 8.0, "juvenile", "ymhfa"),
        T("Juvenile Law for Law Enforcement", "2023-05-09", 8.0, "juvenile", "juvenile-law"),
        T("Firearms Qualification", "2023-09-26", 4.0, "unrelated", "firearms-qual"),
        T("Standard Response Protocol Training", "2024-02-13", 4.0, "school_safety", "srp-training"),
    ],
    not_credited=(
        "Active Shooter Response for Schools",
        "Interviewing and Interrogating Juveniles",
        "Trauma-Informed Policing with Youth",
        "Child Abuse and Neglect Investigations",
        "School Emergency Operations Planning",
    ),
)
def _lms_status(c: Any, w: float, h: float) -> None:
    """A learning-management export: every enrolment is a row, its Status column saying which were
    completed. In-progress and registered rows carry a date and the course's scheduled hours; failed,
    withdrawn and incomplete rows carry their date and hours too. Only "Completed" rows are credits."""
    _head(c, h, "Harbor City Police Department", "Learning Management System - Learner Transcript",
          "Simone A. Carrillo", "Employee ID: 30417")  # fmt: skip
    cols = [("Title", 40), ("Status", 290), ("Date", 370), ("Hours", 440), ("Type", 490)]
    table(c, h - 110, cols, [
        ["Youth Mental Health First Aid", "Completed", "01/18/2023", "8.00", "ILT"],
        ["Active Shooter Response for Schools", "Failed", "03/02/2023", "8.00", "ILT"],
        ["Juvenile Law for Law Enforcement", "Completed", "05/09/2023", "8.00", "Online"],
        ["Interviewing and Interrogating Juveniles", "Withdrawn", "07/11/2023", "16.00", "ILT"],
        ["Firearms Qualification", "Completed", "09/26/2023", "4.00", "Range"],
        ["Trauma-Informed Policing with Youth", "Incomplete", "11/14/2023", "8.00", "Online"],
        ["Standard Response Protocol Training", "Completed", "02/13/2024", "4.00", "Online"],
        ["Child Abuse and Neglect Investigations", "In Progress", "04/22/2024", "24.00", "ILT"],
        ["School Emergency Operations Planning", "Registered", "06/18/2024", "8.00", "ILT"],
    ], right=(3,))  # fmt: skip


@record(
    "scheduled_earned",
    name="Wendell O. Pruitt",
    items=[
        T("Active Shooter Response for Schools", "2022-03-15", 8.0, "school_safety", "school-active-shooter"),
        T(
            "Child Abuse and Neglect Investigations",
            "2022-08-09",
            16.0,
            "juvenile",
            "child-abuse-inv",
            end="2022-08-11",
        ),
        T("Youth Mental Health First Aid", "2023-02-21", 8.0, "juvenile", "ymhfa"),
        T("Defensive Tactics Refresher", "2023-07-18", 8.0, "unrelated", "defensive-tactics"),
        T("Juvenile Law for Law Enforcement", "2024-01-10", 4.0, "juvenile", "juvenile-law"),
    ],
    not_credited=("School Emergency Operations Planning",),
)
def _scheduled_earned(c: Any, w: float, h: float) -> None:
    """A POST-system export with the hours the class was scheduled for beside the hours the officer
    earned: the earned column is the credit; a partial attendance earned less; a no-show earned 0."""
    _head(c, h, "State Training and Standards Board", "Officer Training History", "Wendell O. Pruitt",
          "Agency: Dunmore ISD Police")  # fmt: skip
    cols = [("Start", 40), ("End", 100), ("Course", 160), ("Hours Scheduled", 400), ("Hours Earned", 490)]
    table(c, h - 110, cols, [
        ["03/15/2022", "03/15/2022", "Active Shooter Response for Schools", "8.0", "8.0"],
        ["08/09/2022", "08/11/2022", "Child Abuse and Neglect Investigations", "24.0", "16.0"],
        ["02/21/2023", "02/21/2023", "Youth Mental Health First Aid", "8.0", "8.0"],
        ["07/18/2023", "07/18/2023", "Defensive Tactics Refresher", "8.0", "8.0"],
        ["10/03/2023", "10/03/2023", "School Emergency Operations Planning", "8.0", "0.0"],
        ["01/10/2024", "01/10/2024", "Juvenile Law for Law Enforcement", "8.0", "4.0"],
    ], right=(3, 4))  # fmt: skip


@record(
    "duration_hmm",
    name="Adaeze C. Nwosu",
    items=[
        T("Youth Mental Health First Aid", "2022-04-12", 8.0, "juvenile", "ymhfa"),
        T(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "2022-09-07",
            1.5,
            "juvenile",
            "bullying-prevention",
        ),
        T("Standard Response Protocol Training", "2023-01-25", 0.75, "school_safety", "srp-training"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2023-06-06",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2023-06-07",
        ),
        T("Firearms Qualification", "2024-03-19", 4.0, "unrelated", "firearms-qual"),
    ],
)
def _duration_hmm(c: Any, w: float, h: float) -> None:
    """An online academy's transcript: every duration printed hours:minutes ("8:00", "1:30", "0:45"),
    dates "Mar-21"-style day-month-year ("12-Apr-2022"), a two-day class as a "from - to" range."""
    _head(c, h, "Bluewater Online Training Academy", "Course Completion Transcript", "Adaeze C. Nwosu")
    cols = [("Completed", 40), ("Course", 160), ("Duration (h:mm)", 420), ("Score", 510)]
    table(c, h - 110, cols, [
        ["12-Apr-2022", "Youth Mental Health First Aid", "8:00", "100%"],
        ["07-Sep-2022", "Bullying and Cyberbullying Prevention for LE", "1:30", "92%"],
        ["25-Jan-2023", "Standard Response Protocol Training", "0:45", "88%"],
        ["06-Jun-2023 - 07-Jun-2023", "Interviewing and Interrogating Juveniles", "16:00", "95%"],
        ["19-Mar-2024", "Firearms Qualification", "4:00", "Pass"],
    ], right=(2,))  # fmt: skip


@record(
    "minutes_column",
    name="Colton R. Vasquez",
    items=[
        T("Youth Mental Health First Aid", "2022-11-08", 8.0, "juvenile", "ymhfa"),
        T(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "2023-02-14",
            1.5,
            "juvenile",
            "bullying-prevention",
        ),
        T("Standard Response Protocol Training", "2023-05-30", 1.0, "school_safety", "srp-training"),
        T("Juvenile Law for Law Enforcement", "2023-10-17", 2.0, "juvenile", "juvenile-law"),
        T("Trauma-Informed Policing with Youth", "2024-04-02", 4.0, "juvenile", "trauma-informed-youth"),
    ],
)
def _minutes_column(c: Any, w: float, h: float) -> None:
    """An e-learning platform's export counting time in minutes under a "Minutes" heading: "90" is an
    hour and a half, never ninety hours."""
    _head(c, h, "Keystone Public Safety eLearning", "Learner Activity Report", "Colton R. Vasquez")
    cols = [("Course ID", 40), ("Course Title", 110), ("Completed On", 390), ("Minutes", 470)]
    table(c, h - 110, cols, [
        ["YM-0801", "Youth Mental Health First Aid", "11/08/2022", "480"],
        ["BP-1120", "Bullying and Cyberbullying Prevention for LE", "02/14/2023", "90"],
        ["SR-0415", "Standard Response Protocol Training", "05/30/2023", "60"],
        ["JL-2210", "Juvenile Law for Law Enforcement", "10/17/2023", "120"],
        ["TI-3302", "Trauma-Informed Policing with Youth", "04/02/2024", "240"],
    ], right=(3,))  # fmt: skip
    lines_at(c, 40, h - 200, ["Time is reported in minutes."], size=8)


@record(
    "newest_first_totals",
    name="Marisol T. Engström",
    items=[
        T("Trauma-Informed Policing with Youth", "2024-09-17", 8.0, "juvenile", "trauma-informed-youth"),
        T("Firearms Qualification", "2024-04-09", 4.0, "unrelated", "firearms-qual"),
        T("Youth Mental Health First Aid", "2024-01-23", 8.0, "juvenile", "ymhfa"),
        T("Active Shooter Response for Schools", "2023-10-31", 8.0, "school_safety", "school-active-shooter"),
        T(
            "Crisis Intervention Teams for Youth",
            "2023-03-13",
            40.0,
            "juvenile",
            "cit-youth",
            end="2023-03-17",
        ),
        T("Juvenile Law for Law Enforcement", "2022-11-29", 8.0, "juvenile", "juvenile-law"),
        T("Emergency Vehicle Operations Course", "2022-06-07", 16.0, "unrelated", "evoc", end="2022-06-08"),
    ],
)
def _newest_first_totals(c: Any, w: float, h: float) -> None:
    """Newest first, each year's rows followed by "2024 Total" and the whole closed by "Grand Total": no
    total line is a course, and an end date never falls before its row's start."""
    _head(
        c, h, "Cedar Falls Police Department", "Training History (most recent first)", "Marisol T. Engström"
    )
    c.setFont("Helvetica-Bold", 9)
    for label, x in (("Begin", 40), ("End", 105), ("Course", 175), ("Hours", 440)):
        c.drawString(x, h - 110, label)
    c.line(40, h - 114, 572, h - 114)
    years = [
        ("2024", [("09/17/2024", "09/17/2024", "Trauma-Informed Policing with Youth", "8.00"),
                  ("04/09/2024", "04/09/2024", "Firearms Qualification", "4.00"),
                  ("01/23/2024", "01/23/2024", "Youth Mental Health First Aid", "8.00")], "20.00"),
        ("2023", [("10/31/2023", "10/31/2023", "Active Shooter Response for Schools", "8.00"),
                  ("03/13/2023", "03/17/2023", "Crisis Intervention Teams for Youth", "40.00")], "48.00"),
        ("2022", [("11/29/2022", "11/29/2022", "Juvenile Law for Law Enforcement", "8.00"),
                  ("06/07/2022", "06/08/2022", "Emergency Vehicle Operations Course", "16.00")], "24.00"),
    ]  # fmt: skip
    y = h - 128
    for year, rows, total in years:
        c.setFont("Helvetica", 9)
        for start, end, title, hours in rows:
            c.drawString(40, y, start)
            c.drawString(105, y, end)
            c.drawString(175, y, title)
            c.drawRightString(470, y, hours)
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(175, y, f"{year} Total")
        c.drawRightString(470, y, total)
        y -= 18
    c.drawString(175, y, "Grand Total")
    c.drawRightString(470, y, "92.00")


@record(
    "wrapped_middle",
    name="Thaddeus B. Okafor",
    items=[
        T(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "2022-02-08",
            4.0,
            "juvenile",
            "bullying-prevention",
        ),
        T("Firearms Qualification", "2022-06-21", 4.0, "unrelated", "firearms-qual"),
        T(
            "Child Abuse and Neglect Investigations",
            "2022-11-15",
            24.0,
            "juvenile",
            "child-abuse-inv",
            end="2022-11-17",
        ),
        T("School Emergency Operations Planning", "2023-04-25", 8.0, "school_safety", "school-emergency-ops"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2023-12-05",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2023-12-06",
        ),
    ],
)
def _wrapped_middle(c: Any, w: float, h: float) -> None:
    """A report writer that wraps long titles over two lines and centres the row's other cells on the
    pair: the date and hours sit between the title's two lines, on neither."""
    _head(c, h, "Granite Ridge School District Police", "Employee Training Report", "Thaddeus B. Okafor")
    rows = [
        ("02/08/2022", "02/08/2022", ["Bullying and Cyberbullying", "Prevention for Law Enforcement"], "4.0"),
        ("06/21/2022", "06/21/2022", ["Firearms Qualification"], "4.0"),
        ("11/15/2022", "11/17/2022", ["Child Abuse and Neglect", "Investigations"], "24.0"),
        ("04/25/2023", "04/25/2023", ["School Emergency Operations", "Planning"], "8.0"),
        ("12/05/2023", "12/06/2023", ["Interviewing and Interrogating", "Juveniles"], "16.0"),
    ]
    c.setFont("Helvetica-Bold", 9)
    for label, x in (("Course Title", 40), ("Start Date", 230), ("End Date", 310), ("Hours", 400),
                     ("Result", 450)):  # fmt: skip
        c.drawString(x, h - 110, label)
    c.line(40, h - 114, 572, h - 114)
    y = h - 130
    c.setFont("Helvetica", 9)
    for start, end, title, hours in rows:
        mid = y - 5.5 * (len(title) - 1)
        for k, part in enumerate(title):
            c.drawString(40, y - 11 * k, part)
        c.drawString(230, mid, start)
        c.drawString(310, mid, end)
        c.drawRightString(430, mid, hours)
        c.drawString(450, mid, "Passed")
        y -= 11 * len(title) + 9


@record(
    "month_year_short",
    name="Ingrid S. Halvorsen",
    items=[
        T(
            "Youth Mental Health First Aid",
            "2021-03-01",
            8.0,
            "juvenile",
            "ymhfa",
            end="2021-03-31",
            sure=False,
        ),
        T(
            "Active Shooter Response for Schools",
            "2021-10-01",
            8.0,
            "school_safety",
            "school-active-shooter",
            end="2021-10-31",
            sure=False,
        ),
        T(
            "Juvenile Law for Law Enforcement",
            "2022-06-01",
            8.0,
            "juvenile",
            "juvenile-law",
            end="2022-06-30",
            sure=False,
        ),
        T(
            "Firearms Qualification",
            "2023-01-01",
            4.0,
            "unrelated",
            "firearms-qual",
            end="2023-01-31",
            sure=False,
        ),
        T(
            "Trauma-Informed Policing with Youth",
            "2023-08-01",
            8.0,
            "juvenile",
            "trauma-informed-youth",
            end="2023-08-31",
            sure=False,
        ),
        T(
            "Standard Response Protocol Training",
            "2024-02-01",
            4.0,
            "school_safety",
            "srp-training",
            end="2024-02-29",
            sure=False,
        ),
    ],
)
def _month_year_short(c: Any, w: float, h: float) -> None:
    """A records clerk's log dating each course to the month with a two-digit year: "03/21" and "Mar-21"
    are March 2021 (never the 21st of March of some year), and the day is a person's to settle."""
    _head(c, h, "Fox Hollow Borough Police", "In-Service Training Log", "Ingrid S. Halvorsen")
    cols = [("Mo/Yr", 40), ("Course", 110), ("Hrs", 400), ("Instructor", 450)]
    table(c, h - 110, cols, [
        ["03/21", "Youth Mental Health First Aid", "8", "County MH"],
        ["10/21", "Active Shooter Response for Schools", "8", "Lt. Brandt"],
        ["Jun-22", "Juvenile Law for Law Enforcement", "8", "DA Office"],
        ["Jan-23", "Firearms Qualification", "4", "Range Staff"],
        ["08/23", "Trauma-Informed Policing with Youth", "8", "County MH"],
        ["Feb-24", "Standard Response Protocol Training", "4", "Online"],
    ], right=(2,))  # fmt: skip


_LANDSCAPE_ROWS = [
    ["IS-0100.c", "Introduction to the Incident Command System", "FEMA EMI", "01/11/2021", "2.0"],
    ["24-0113", "Youth Mental Health First Aid", "Regional Academy", "02/09/2021", "8.0"],
    ["21-0440", "Firearms Qualification", "Dept. Range", "05/18/2021", "4.0"],
    ["22-0219", "Active Shooter Response for Schools", "Regional Academy", "09/14/2021", "8.0"],
    ["22-0731", "Juvenile Law for Law Enforcement", "County DA", "01/25/2022", "8.0"],
    ["23-0106", "Standardized Field Sobriety Testing", "State Patrol", "04/19/2022", "24.0"],
    ["23-0512", "Trauma-Informed Policing with Youth", "Regional Academy", "08/30/2022", "8.0"],
    ["24-0087", "School Emergency Operations Planning", "State School Safety Center", "02/07/2023", "8.0"],
    ["24-0311", "Interviewing and Interrogating Juveniles", "Regional Academy", "06/13/2023", "16.0"],
    ["25-0042", "Defensive Tactics Refresher", "Dept. Training Unit", "10/24/2023", "8.0"],
    ["IS-0907", "Active Shooter: What You Can Do", "FEMA EMI", "01/16/2024", "1.0"],
    ["25-0150", "Child Abuse and Neglect Investigations", "County DA", "05/07/2024", "24.0"],
]


@record(
    "landscape_two_pages",
    name="Rosalind F. Abernathy",
    pagesize=landscape(letter),
    items=[
        T(
            "IS-100.C: Introduction to the Incident Command System",
            "2021-01-11",
            2.0,
            "school_safety",
            "fema-is-100-c",
        ),
        T("Youth Mental Health First Aid", "2021-02-09", 8.0, "juvenile", "ymhfa"),
        T("Firearms Qualification", "2021-05-18", 4.0, "unrelated", "firearms-qual"),
        T("Active Shooter Response for Schools", "2021-09-14", 8.0, "school_safety", "school-active-shooter"),
        T("Juvenile Law for Law Enforcement", "2022-01-25", 8.0, "juvenile", "juvenile-law"),
        T("Standardized Field Sobriety Testing", "2022-04-19", 24.0, "unrelated", "sfst"),
        T("Trauma-Informed Policing with Youth", "2022-08-30", 8.0, "juvenile", "trauma-informed-youth"),
        T("School Emergency Operations Planning", "2023-02-07", 8.0, "school_safety", "school-emergency-ops"),
        T("Interviewing and Interrogating Juveniles", "2023-06-13", 16.0, "juvenile", "juvenile-interview"),
        T("Defensive Tactics Refresher", "2023-10-24", 8.0, "unrelated", "defensive-tactics"),
        T("IS-907: Active Shooter: What You Can Do", "2024-01-16", 1.0, "school_safety", "fema-is-907"),
        T("Child Abuse and Neglect Investigations", "2024-05-07", 24.0, "juvenile", "child-abuse-inv"),
    ],
)
def _landscape_two_pages(c: Any, w: float, h: float) -> None:
    """A landscape POST export over two pages, the agency heading, the officer's line and the column
    headings repeated on each page, "Page 1 of 2" at the foot; course IDs such as "IS-0100.c" and
    "24-0113" (a class number that looks like a year and a month-day)."""

    def head(page: int) -> float:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, h - 40, "Peace Officer Standards and Training - Training Records System")
        officer = "Name: ABERNATHY, ROSALIND F.   Cert #: 0048213   Agency: Millbrook USD Police"
        lines_at(c, 40, h - 58, ["Officer Course Report", officer], size=10)
        c.setFont("Helvetica", 8)
        c.drawString(w - 110, 28, f"Page {page} of 2")
        c.drawString(40, 28, "Report run 06/01/2025 09:14")
        return h - 106

    cols = [("Course ID", 40), ("Course Title", 130), ("Provider", 400), ("Completed", 560), ("Hours", 650),
            ("Delivery", 700)]  # fmt: skip
    rows = [[*r, "Online" if r[0].startswith("IS-") else "Classroom"] for r in _LANDSCAPE_ROWS]
    y = head(1)
    table(c, y, cols, rows[:7], right=(4,))
    c.showPage()
    y = head(2)
    y = table(c, y, cols, rows[7:], right=(4,))
    lines_at(c, 400, y - 8, ["Total Hours: 119.0"], "Helvetica-Bold", 9)


@record(
    "expiry_column",
    name="Benedikt L. Farrow",
    items=[
        T("Youth Mental Health First Aid", "2022-05-17", 8.0, "juvenile", "ymhfa"),
        T("Firearms Qualification", "2023-03-28", 4.0, "unrelated", "firearms-qual"),
        T("Standard Response Protocol Training", "2023-08-15", 4.0, "school_safety", "srp-training"),
        T(
            "Crisis Intervention Teams for Youth",
            "2023-11-06",
            40.0,
            "juvenile",
            "cit-youth",
            end="2023-11-10",
        ),
        T(
            "Radar and Lidar Operator Certification",
            "2024-02-20",
            16.0,
            "unrelated",
            "radar-lidar",
            end="2024-02-21",
        ),
    ],
)
def _expiry_column(c: Any, w: float, h: float) -> None:
    """A certification tracker: each row's completion date, then the date the certification lapses
    (one to three years later) under "Expires" or "Valid Through"; the lapse is no course date."""
    _head(c, h, "Ashford County Sheriff's Office", "Certification and Training Tracker", "Benedikt L. Farrow")
    cols = [("Course", 40), ("Start", 250), ("Completed", 315), ("Hours", 385), ("Expires", 430),
            ("Status", 500)]  # fmt: skip
    table(c, h - 110, cols, [
        ["Youth Mental Health First Aid", "05/17/2022", "05/17/2022", "8", "05/17/2025", "Current"],
        ["Firearms Qualification", "03/28/2023", "03/28/2023", "4", "03/28/2024", "Expired"],
        ["Standard Response Protocol Training", "08/15/2023", "08/15/2023", "4", "08/15/2026", "Current"],
        ["Crisis Intervention Teams for Youth", "11/06/2023", "11/10/2023", "40", "11/10/2026", "Current"],
        ["Radar and Lidar Operator Certification", "02/20/2024", "02/21/2024", "16", "02/21/2027", "Current"],
    ], right=(3,))  # fmt: skip


@record(
    "post_result_codes",
    name="Octavia J. Lindqvist",
    items=[
        T("Juvenile Law for Law Enforcement", "2022-01-19", 8.0, "juvenile", "juvenile-law"),
        T("Active Shooter Response for Schools", "2022-05-04", 8.0, "school_safety", "school-active-shooter"),
        T("Youth Mental Health First Aid", "2023-03-08", 8.0, "juvenile", "ymhfa"),
        T("Defensive Tactics Refresher", "2023-09-20", 8.0, "unrelated", "defensive-tactics"),
    ],
    not_credited=(
        "Standardized Field Sobriety Testing",
        "Interviewing and Interrogating Juveniles",
        "Trauma-Informed Policing with Youth",
    ),
)
def _post_result_codes(c: Any, w: float, h: float) -> None:
    """A POST transcript whose Result column says "Pass", "Fail", "Did Not Complete" or "Enrolled": a
    failed or unfinished class keeps its date and hours on the row and is still no credit."""
    _head(c, h, "Commission on Law Enforcement Standards", "Individual Training Transcript",
          "Octavia J. Lindqvist", "PID: 77-41092")  # fmt: skip
    cols = [("Course #", 40), ("Course Name", 100), ("Date", 340), ("Hours", 405), ("Result", 450)]
    table(c, h - 110, cols, [
        ["2210", "Juvenile Law for Law Enforcement", "01/19/2022", "8.0", "Pass"],
        ["1024", "Standardized Field Sobriety Testing", "03/22/2022", "24.0", "Fail"],
        ["3305", "Active Shooter Response for Schools", "05/04/2022", "8.0", "Pass"],
        ["2214", "Interviewing and Interrogating Juveniles", "10/12/2022", "16.0", "Did Not Complete"],
        ["4410", "Youth Mental Health First Aid", "03/08/2023", "8.0", "Pass"],
        ["1850", "Defensive Tactics Refresher", "09/20/2023", "8.0", "Pass"],
        ["2290", "Trauma-Informed Policing with Youth", "05/14/2024", "8.0", "Enrolled"],
    ], right=(3,))  # fmt: skip


@record(
    "lms_two_pages_status",
    name="Dorian K. Achterberg",
    items=[
        T("Trauma-Informed Policing with Youth", "2024-10-08", 8.0, "juvenile", "trauma-informed-youth"),
        T("Firearms Qualification", "2024-04-16", 4.0, "unrelated", "firearms-qual"),
        T("Youth Mental Health First Aid", "2023-11-28", 8.0, "juvenile", "ymhfa"),
        T(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "2023-06-20",
            4.0,
            "juvenile",
            "bullying-prevention",
        ),
        T("Active Shooter Response for Schools", "2022-12-13", 8.0, "school_safety", "school-active-shooter"),
        T("Radar and Lidar Operator Certification", "2022-04-05", 16.0, "unrelated", "radar-lidar"),
        T("Juvenile Law for Law Enforcement", "2021-09-21", 8.0, "juvenile", "juvenile-law"),
    ],
    not_credited=("School Emergency Operations Planning", "Interviewing and Interrogating Juveniles"),
)
def _lms_two_pages_status(c: Any, w: float, h: float) -> None:
    """An LMS transcript newest first over two pages: the column headings repeated on page two, a
    "Registered" row at the top (a class not yet held) and a "Withdrawn" row on page two."""
    cols = [("Date", 40), ("Course", 110), ("Status", 370), ("Credit Hrs", 450)]

    def head(page: int) -> float:
        _head(c, h, "Summit Valley Schools Police Services", "Learner Transcript", "Dorian K. Achterberg")
        c.setFont("Helvetica", 8)
        c.drawString(w - 110, 28, f"Page {page} of 2")
        return h - 110

    table(c, head(1), cols, [
        ["02/11/2025", "School Emergency Operations Planning", "Registered", "8.00"],
        ["10/08/2024", "Trauma-Informed Policing with Youth", "Completed", "8.00"],
        ["04/16/2024", "Firearms Qualification", "Completed", "4.00"],
        ["11/28/2023", "Youth Mental Health First Aid", "Completed", "8.00"],
    ], right=(3,))  # fmt: skip
    c.showPage()
    table(c, head(2), cols, [
        ["06/20/2023", "Bullying and Cyberbullying Prevention for LE", "Completed", "4.00"],
        ["12/13/2022", "Active Shooter Response for Schools", "Completed", "8.00"],
        ["08/09/2022", "Interviewing and Interrogating Juveniles", "Withdrawn", "16.00"],
        ["04/05/2022", "Radar and Lidar Operator Certification", "Completed", "16.00"],
        ["09/21/2021", "Juvenile Law for Law Enforcement", "Completed", "8.00"],
    ], right=(3,))  # fmt: skip


@record(
    "earned_required",
    name="Lucinda M. Petrakis",
    items=[
        T("Active Shooter Response for Schools", "2023-02-07", 8.0, "school_safety", "school-active-shooter"),
        T("Youth Mental Health First Aid", "2023-06-13", 8.0, "juvenile", "ymhfa"),
        T("Firearms Qualification", "2023-10-03", 4.0, "unrelated", "firearms-qual"),
        T("Juvenile Law for Law Enforcement", "2024-03-05", 6.5, "juvenile", "juvenile-law"),
    ],
    not_credited=("Trauma-Informed Policing with Youth",),
)
def _earned_required(c: Any, w: float, h: float) -> None:
    """A POST in-service compliance sheet: "Hrs Req." (the hours the class offers) beside "Hrs Earned",
    in that order, and a "Status" column; one row earned only part of its hours, one was a no-show."""
    _head(c, h, "Lakeview Metropolitan Police", "Annual In-Service Compliance", "Lucinda M. Petrakis")
    cols = [("Date", 40), ("Course", 105), ("Hrs Req.", 360), ("Hrs Earned", 420), ("Status", 490)]
    table(c, h - 110, cols, [
        ["02/07/2023", "Active Shooter Response for Schools", "8.0", "8.0", "Complete"],
        ["06/13/2023", "Youth Mental Health First Aid", "8.0", "8.0", "Complete"],
        ["10/03/2023", "Firearms Qualification", "4.0", "4.0", "Complete"],
        ["12/12/2023", "Trauma-Informed Policing with Youth", "8.0", "0.0", "No Show"],
        ["03/05/2024", "Juvenile Law for Law Enforcement", "8.0", "6.5", "Partial"],
    ], right=(2, 3))  # fmt: skip
    lines_at(c, 40, h - 210, ["Total Earned: 26.5    Required for year: 40.0"], "Helvetica-Bold", 9)


# ------------------------------------------------------------------------------------------ scoring


@dataclass(frozen=True)
class Score:
    rows: int
    right: int
    hours: int
    dates: int
    skipped: int  # not-completed rows
    kept_out: int  # ... with no auto item
    auto: int
    wrong: tuple[str, ...]


def _words(title: str) -> str:
    return re.sub(r"[\W_]+", " ", title.lower()).strip()


def _like(item: ClassifiedItem, title: str) -> bool:
    """The item's title is this row's (OCR may drop a letter; a piece of a wrapped title is not)."""
    got, want = _words(item.course_title or ""), _words(title)
    return fuzz.token_set_ratio(got, want) >= 80 and fuzz.ratio(got, want) >= 60


def read_right(item: ClassifiedItem, t: Truth) -> bool:
    return (item.start_date, item.end_date, item.hours) == (t.start, t.end, t.hours) and _like(item, t.title)


def _best(items: list[ClassifiedItem], t: Truth) -> ClassifiedItem | None:
    """The item read for this truth row: by title, the one nearest its dates when titles repeat."""
    like = [i for i in items if _like(i, t.title)]
    return min(like, key=lambda i: abs(((i.end_date or date.min) - t.end).days)) if like else None


def score(doc: ClassifiedDocument, d: IssuerDoc) -> Score:
    items = list(doc.items)
    matched = [(t, _best(items, t)) for t in d.items]
    skipped = NOT_CREDITED.get(d.key, ())
    return Score(
        rows=len(d.items),
        right=sum(any(read_right(i, t) for i in items) for t in d.items),
        hours=sum(i is not None and i.hours == t.hours for t, i in matched),
        dates=sum(i is not None and (i.start_date, i.end_date) == (t.start, t.end) for t, i in matched),
        skipped=len(skipped),
        kept_out=sum(not any(i.status == "auto" and _like(i, s) for i in items) for s in skipped),
        auto=sum(i.status == "auto" for i in items),
        wrong=tuple(wrong_autos(doc, d)),
    )
