"""Department training records, third round: table layouts the reader had never seen.

Each record carries one trap a reader of training tables meets on real department records: a running
total printed beside each row's hours, credits printed as CEUs (alone, or beside the hours), dates
printed to the month only, titles wrapped onto a second line, start and end columns whose "End"
heading is misprinted, a landscape POST report with course codes, a status column with audited and
withdrawn rows, rows grouped by year with subtotal lines, hours printed "8.0 hrs" / "8 h" / "1:30",
and dot leaders and specks between the columns.

Drawn from general knowledge of such records, not copied from any corpus. The truth is what a careful
reviewer records: one :class:`Truth` (``tests.issuer_formats``) per course the record shows as
completed. ``sure=False``: the page cannot settle a fact (a month-only date: its truth spans the
month), so the item must go to a person. Rows that are not credited (audited, withdrawn, incomplete)
have no truth: an ``auto`` item for them is a wrong ``auto``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from reportlab.lib.pagesizes import landscape, letter

from classify.types import ClassifiedDocument, ClassifiedItem
from tests.issuer_formats import IssuerDoc, T, Truth, issuer_doc, lines_at, render_doc, table
from tests.novel_certificates import show

Draw = Callable[[Any, float, float], None]

RECORDS: dict[str, IssuerDoc] = {}


def record(key: str, *, name: str, items: Sequence[Truth], pagesize: tuple[float, float] = letter
           ) -> Callable[[Draw], Draw]:  # fmt: skip
    return issuer_doc(key, name=name, items=items, doc_type="transcript", pagesize=pagesize, into=RECORDS)


def _head(c: Any, h: float, agency: str, title: str, name: str, extra: str = "") -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 42, agency)
    lines_at(c, 40, h - 62, [title, f"Name: {name}    {extra}".rstrip()], size=10)


# ----------------------------------------------------------------------------------------- records


@record(
    "running_total",
    name="Darnell K. Whitaker",
    items=[
        T("Youth Mental Health First Aid", "2021-02-09", 8.0, "juvenile", "ymhfa"),
        T("Firearms Qualification", "2021-04-14", 4.0, "unrelated", "firearms-qual"),
        T("Juvenile Law for Law Enforcement", "2021-09-22", 8.0, "juvenile", "juvenile-law"),
        T("Active Shooter Response for Schools", "2022-01-18", 8.0, "school_safety", "school-active-shooter"),
        T("Trauma-Informed Policing with Youth", "2022-05-03", 8.0, "juvenile", "trauma-informed-youth"),
        T("Defensive Tactics Refresher", "2022-10-11", 6.0, "unrelated", "defensive-tactics"),
        T(
            "School Emergency Operations Planning",
            "2023-03-07",
            12.0,
            "school_safety",
            "school-emergency-ops",
        ),
    ],
)
def _running_total(c: Any, w: float, h: float) -> None:
    """A sheriff's in-service record whose last column adds each row to the hours before it, headed
    "Hours to Date": the larger, rising number is never the row's own hours."""
    _head(c, h, "Marion County Sheriff's Office", "In-Service Training Record", "Darnell K. Whitaker",
          "Badge: 4471")  # fmt: skip
    cols = [("Date", 40), ("Course", 110), ("Hrs", 380), ("Hours to Date", 440)]
    table(c, h - 110, cols, [
        ["02/09/2021", "Youth Mental Health First Aid", "8.0", "8.0"],
        ["04/14/2021", "Firearms Qualification", "4.0", "12.0"],
        ["09/22/2021", "Juvenile Law for Law Enforcement", "8.0", "20.0"],
        ["01/18/2022", "Active Shooter Response for Schools", "8.0", "28.0"],
        ["05/03/2022", "Trauma-Informed Policing with Youth", "8.0", "36.0"],
        ["10/11/2022", "Defensive Tactics Refresher", "6.0", "42.0"],
        ["03/07/2023", "School Emergency Operations Planning", "12.0", "54.0"],
    ], right=(2, 3))  # fmt: skip


@record(
    "ceu_only",
    name="Priya N. Raman",
    items=[
        T("Interviewing and Interrogating Juveniles", "2022-02-16", 16.0, "juvenile", "juvenile-interview"),
        T("Child Abuse and Neglect Investigations", "2022-06-08", 24.0, "juvenile", "child-abuse-inv"),
        T("Youth Mental Health First Aid", "2022-11-02", 8.0, "juvenile", "ymhfa"),
        T("Standardized Field Sobriety Testing", "2023-04-19", 24.0, "unrelated", "sfst"),
        T("Standard Response Protocol Training", "2023-08-10", 4.0, "school_safety", "srp-training"),
        T("Radar and Lidar Operator Certification", "2024-01-24", 16.0, "unrelated", "radar-lidar"),
    ],
)
def _ceu_only(c: Any, w: float, h: float) -> None:
    """A continuing-education transcript that credits CEUs only (1 CEU = 10 hours): "1.6" is 16 hours."""
    _head(c, h, "Lakeshore Regional Training Consortium", "Continuing Education Transcript", "Priya N. Raman",
          "Member #: 20-5518")  # fmt: skip
    cols = [("Completed", 40), ("Course Title", 120), ("CEUs", 420), ("Grade", 480)]
    table(c, h - 110, cols, [
        ["02/16/2022", "Interviewing and Interrogating Juveniles", "1.6", "Pass"],
        ["06/08/2022", "Child Abuse and Neglect Investigations", "2.4", "Pass"],
        ["11/02/2022", "Youth Mental Health First Aid", "0.8", "Pass"],
        ["04/19/2023", "Standardized Field Sobriety Testing", "2.4", "Pass"],
        ["08/10/2023", "Standard Response Protocol Training", "0.4", "Pass"],
        ["01/24/2024", "Radar and Lidar Operator Certification", "1.6", "Pass"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, h - 230, ["1 CEU = 10 contact hours"], size=8)


@record(
    "ceu_and_hours",
    name="Marcus T. Oyelaran",
    items=[
        T("Active Shooter Response for Schools", "2021-03-15", 8.0, "school_safety", "school-active-shooter"),
        T(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "2021-07-21",
            4.0,
            "juvenile",
            "bullying-prevention",
        ),
        T("Emergency Vehicle Operations Course", "2022-05-11", 16.0, "unrelated", "evoc", end="2022-05-12"),
        T(
            "Crisis Intervention Teams for Youth",
            "2023-02-06",
            40.0,
            "juvenile",
            "cit-youth",
            end="2023-02-10",
        ),
        T("Youth Mental Health First Aid", "2023-09-13", 8.0, "juvenile", "ymhfa"),
    ],
)
def _ceu_and_hours(c: Any, w: float, h: float) -> None:
    """Contact hours and CEUs both printed, the CEU column right-most: the hours are the hours column's."""
    _head(c, h, "Tri-County Police Training Institute", "Student Training Record", "Marcus T. Oyelaran")
    cols = [("Start", 40), ("End", 105), ("Course Title", 170), ("Contact Hrs", 440), ("CEU", 510)]
    table(c, h - 110, cols, [
        ["03/15/2021", "03/15/2021", "Active Shooter Response for Schools", "8.0", "0.8"],
        ["07/21/2021", "07/21/2021", "Bullying and Cyberbullying Prevention for Law Enf.", "4.0", "0.4"],
        ["05/11/2022", "05/12/2022", "Emergency Vehicle Operations Course", "16.0", "1.6"],
        ["02/06/2023", "02/10/2023", "Crisis Intervention Teams for Youth", "40.0", "4.0"],
        ["09/13/2023", "09/13/2023", "Youth Mental Health First Aid", "8.0", "0.8"],
    ], right=(3, 4))  # fmt: skip


@record(
    "month_only",
    name="Elena V. Sorensen",
    items=[
        T(
            "Juvenile Law for Law Enforcement",
            "2021-03-01",
            8.0,
            "juvenile",
            "juvenile-law",
            end="2021-03-31",
            sure=False,
        ),
        T(
            "Firearms Qualification",
            "2021-06-01",
            4.0,
            "unrelated",
            "firearms-qual",
            end="2021-06-30",
            sure=False,
        ),
        T(
            "Youth Mental Health First Aid",
            "2022-02-01",
            8.0,
            "juvenile",
            "ymhfa",
            end="2022-02-28",
            sure=False,
        ),
        T(
            "Active Shooter Response for Schools",
            "2022-09-01",
            8.0,
            "school_safety",
            "school-active-shooter",
            end="2022-09-30",
            sure=False,
        ),
        T("Trauma-Informed Policing with Youth", "2023-04-12", 8.0, "juvenile", "trauma-informed-youth"),
        T(
            "Defensive Tactics Refresher",
            "2023-11-01",
            8.0,
            "unrelated",
            "defensive-tactics",
            end="2023-11-30",
            sure=False,
        ),
    ],
)
def _month_only(c: Any, w: float, h: float) -> None:
    """A school district's officer file that dates most courses to the month ("03/2021", "March 2021"):
    the day is unknown and must not be made up."""
    _head(c, h, "Pinecrest Unified School District Police", "Officer Training File", "Elena V. Sorensen")
    cols = [("Month", 40), ("Training", 140), ("Hours", 420), ("Type", 470)]
    table(c, h - 110, cols, [
        ["03/2021", "Juvenile Law for Law Enforcement", "8", "Classroom"],
        ["06/2021", "Firearms Qualification", "4", "Range"],
        ["February 2022", "Youth Mental Health First Aid", "8", "Classroom"],
        ["September 2022", "Active Shooter Response for Schools", "8", "Scenario"],
        ["04/12/2023", "Trauma-Informed Policing with Youth", "8", "Classroom"],
        ["Nov 2023", "Defensive Tactics Refresher", "8", "Mat room"],
    ], right=(2,))  # fmt: skip


@record(
    "wrapped_titles",
    name="Jerome A. Castellanos",
    items=[
        T(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "2021-05-12",
            4.0,
            "juvenile",
            "bullying-prevention",
        ),
        T("Firearms Qualification", "2021-08-03", 4.0, "unrelated", "firearms-qual"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2022-03-22",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2022-03-23",
        ),
        T(
            "Child Abuse and Neglect Investigations",
            "2022-10-05",
            24.0,
            "juvenile",
            "child-abuse-inv",
            end="2022-10-07",
        ),
        T("School Emergency Operations Planning", "2023-06-14", 8.0, "school_safety", "school-emergency-ops"),
        T("Trauma-Informed Policing with Youth", "2024-02-27", 8.0, "juvenile", "trauma-informed-youth"),
    ],
)
def _wrapped_titles(c: Any, w: float, h: float) -> None:
    """A narrow title column: long titles wrap onto a second line under the first, the row's date and
    hours on the first line only."""
    _head(c, h, "Riverbend Police Department", "Training History Report", "Jerome A. Castellanos")
    rows = [
        ("05/12/2021", "", ["Bullying and Cyberbullying", "Prevention for Law Enforcement"], "4.00"),
        ("08/03/2021", "", ["Firearms Qualification"], "4.00"),
        ("03/22/2022", "03/23/2022", ["Interviewing and", "Interrogating Juveniles"], "16.00"),
        ("10/05/2022", "10/07/2022", ["Child Abuse and Neglect", "Investigations"], "24.00"),
        ("06/14/2023", "", ["School Emergency Operations", "Planning"], "8.00"),
        ("02/27/2024", "", ["Trauma-Informed Policing with", "Youth"], "8.00"),
    ]
    c.setFont("Helvetica-Bold", 9)
    for label, x in (("Start Date", 40), ("End Date", 110), ("Course Title", 180), ("Hours", 360),
                     ("Instructor", 420)):  # fmt: skip
        c.drawString(x, h - 110, label)
    c.line(40, h - 114, 572, h - 114)
    y = h - 128
    c.setFont("Helvetica", 9)
    for start, end, title, hours in rows:
        c.drawString(40, y, start)
        c.drawString(110, y, end)
        c.drawRightString(395, y, hours)
        c.drawString(420, y, "Sgt. Hollis")
        for k, part in enumerate(title):
            c.drawString(180, y - 11 * k, part)
        y -= 11 * len(title) + 7


@record(
    "garbled_end",
    name="Hannah R. Delacroix",
    items=[
        T(
            "Crisis Intervention Teams for Youth",
            "2021-04-05",
            40.0,
            "juvenile",
            "cit-youth",
            end="2021-04-09",
        ),
        T("Standardized Field Sobriety Testing", "2021-10-13", 24.0, "unrelated", "sfst", end="2021-10-15"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2022-05-17",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2022-05-18",
        ),
        T("Youth Mental Health First Aid", "2022-12-01", 8.0, "juvenile", "ymhfa"),
        T("Emergency Vehicle Operations Course", "2023-07-11", 16.0, "unrelated", "evoc", end="2023-07-12"),
        T(
            "Child Abuse and Neglect Investigations",
            "2024-03-04",
            24.0,
            "juvenile",
            "child-abuse-inv",
            end="2024-03-06",
        ),
    ],
)
def _garbled_end(c: Any, w: float, h: float) -> None:
    """Start and end date columns, the end's heading misprinted by a worn printer ("Emd Dafe") and the
    hours' abbreviated ("Crdt Hrs"): the date column right of the start is still the course's end."""
    _head(c, h, "Bayview County Constables", "Officer Course Completion Report", "Hannah R. Delacroix")
    cols = [("Course Name", 40), ("Start Date", 290), ("Emd Dafe", 370), ("Crdt Hrs", 450), ("Result", 510)]
    table(c, h - 110, cols, [
        ["Crisis Intervention Teams for Youth", "04/05/2021", "04/09/2021", "40", "Complete"],
        ["Standardized Field Sobriety Testing", "10/13/2021", "10/15/2021", "24", "Complete"],
        ["Interviewing and Interrogating Juveniles", "05/17/2022", "05/18/2022", "16", "Complete"],
        ["Youth Mental Health First Aid", "12/01/2022", "12/01/2022", "8", "Complete"],
        ["Emergency Vehicle Operations Course", "07/11/2023", "07/12/2023", "16", "Complete"],
        ["Child Abuse and Neglect Investigations", "03/04/2024", "03/06/2024", "24", "Complete"],
    ], right=(3,))  # fmt: skip


@record(
    "landscape_post",
    name="Tobias J. Fairweather",
    pagesize=landscape(letter),
    items=[
        T("Juvenile Law for Law Enforcement", "2020-11-16", 8.0, "juvenile", "juvenile-law"),
        T("Firearms Qualification", "2021-03-09", 4.0, "unrelated", "firearms-qual"),
        T("Active Shooter Response for Schools", "2021-08-24", 8.0, "school_safety", "school-active-shooter"),
        T("Standardized Field Sobriety Testing", "2022-02-14", 24.0, "unrelated", "sfst", end="2022-02-16"),
        T("Youth Mental Health First Aid", "2022-09-28", 8.0, "juvenile", "ymhfa"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2023-05-09",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2023-05-10",
        ),
        T("Defensive Tactics Refresher", "2024-01-30", 8.0, "unrelated", "defensive-tactics"),
    ],
)
def _landscape_post(c: Any, w: float, h: float) -> None:
    """A landscape state POST course history: course codes with digits and dashes, a presenter, begin
    and end dates, a course hours column and a certificate number column full of digits."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 40, "Commission on Peace Officer Standards and Training")
    lines_at(c, 40, h - 58, ["Individual Course History",
                             "Name: Tobias J. Fairweather   POST ID: 1187-220   Agency: Eastvale USD Police"],
             size=10)  # fmt: skip
    cols = [("Course Code", 40), ("Course Title", 120), ("Presenter", 360), ("Begin", 490), ("End", 560),
            ("Hours", 630), ("Cert No.", 680)]  # fmt: skip
    rows = [
        ["2150-21875", "Juvenile Law for Law Enforcement", "Eastvale USD PD", "11/16/2020", "11/16/2020",
         "8", "A-88412"],
        ["1850-20112", "Firearms Qualification", "Eastvale USD PD", "03/09/2021", "03/09/2021", "4",
         "A-90177"],
        ["2150-31070", "Active Shooter Response for Schools", "Regional Academy", "08/24/2021", "08/24/2021",
         "8", "B-10233"],
        ["1020-24400", "Standardized Field Sobriety Testing", "Regional Academy", "02/14/2022", "02/16/2022",
         "24", "B-11809"],
        ["2150-40218", "Youth Mental Health First Aid", "County Behavioral Health", "09/28/2022",
         "09/28/2022", "8", "C-20051"],
        ["2150-35561", "Interviewing and Interrogating Juveniles", "Regional Academy", "05/09/2023",
         "05/10/2023", "16", "C-31877"],
        ["1850-20540", "Defensive Tactics Refresher", "Eastvale USD PD", "01/30/2024", "01/30/2024", "8",
         "D-00914"],
    ]  # fmt: skip
    y = h - 112
    c.setFont("Helvetica-Bold", 9)
    for label, x in cols:
        c.drawString(x, y, label)
    c.line(40, y - 4, w - 40, y - 4)
    c.setFont("Helvetica", 9)
    for row in rows:
        y -= 15
        for (_, x), cell in zip(cols, row, strict=True):
            c.drawString(x, y, cell)
    lines_at(c, 40, y - 24, ["Total Course Hours: 76", "Printed 06/01/2024   Page 1 of 1"], size=9)


@record(
    "status_notes",
    name="Keisha L. Montgomery",
    items=[
        T("Youth Mental Health First Aid", "2022-01-19", 8.0, "juvenile", "ymhfa"),
        T("Active Shooter Response for Schools", "2022-04-06", 8.0, "school_safety", "school-active-shooter"),
        T("Juvenile Law for Law Enforcement", "2023-02-22", 8.0, "juvenile", "juvenile-law"),
        T("Firearms Qualification", "2023-09-12", 4.0, "unrelated", "firearms-qual"),
    ],
)
def _status_notes(c: Any, w: float, h: float) -> None:
    """A notes column that says which rows were not credited: an audited class, a withdrawn one, an
    incomplete one, one that was waived, one marked "No Credit". Only "Completed" rows are credits."""
    _head(c, h, "Hillcrest Police Department", "Training Transcript", "Keisha L. Montgomery")
    cols = [("Date", 40), ("Course Title", 110), ("Hours", 370), ("Notes", 430)]
    table(c, h - 110, cols, [
        ["01/19/2022", "Youth Mental Health First Aid", "8.0", "Completed"],
        ["04/06/2022", "Active Shooter Response for Schools", "8.0", "Completed"],
        ["08/17/2022", "Trauma-Informed Policing with Youth", "8.0", "Audit"],
        ["11/09/2022", "School Emergency Operations Planning", "8.0", "Withdrawn"],
        ["02/22/2023", "Juvenile Law for Law Enforcement", "8.0", "Completed"],
        ["06/07/2023", "Interviewing and Interrogating Juveniles", "16.0", "Incomplete"],
        ["09/12/2023", "Firearms Qualification", "4.0", "Completed"],
        ["12/05/2023", "Defensive Tactics Refresher", "8.0", "Waived"],
        ["03/14/2024", "Standard Response Protocol Training", "4.0", "No Credit"],
    ], right=(2,))  # fmt: skip


@record(
    "year_subtotals",
    name="Rafael D. Quintero",
    items=[
        T("Firearms Qualification", "2022-03-08", 4.0, "unrelated", "firearms-qual"),
        T("Youth Mental Health First Aid", "2022-05-24", 8.0, "juvenile", "ymhfa"),
        T("Juvenile Law for Law Enforcement", "2022-10-18", 8.0, "juvenile", "juvenile-law"),
        T("Active Shooter Response for Schools", "2023-01-31", 8.0, "school_safety", "school-active-shooter"),
        T(
            "Child Abuse and Neglect Investigations",
            "2023-06-20",
            24.0,
            "juvenile",
            "child-abuse-inv",
            end="2023-06-22",
        ),
        T("Firearms Qualification", "2024-03-12", 4.0, "unrelated", "firearms-qual"),
        T("Trauma-Informed Policing with Youth", "2024-08-06", 8.0, "juvenile", "trauma-informed-youth"),
    ],
)
def _year_subtotals(c: Any, w: float, h: float) -> None:
    """Rows grouped under a year heading, each year closed by a line of its hours ("Sub-Total for 2022",
    a year-end line dated in the date column, "2024 Hours Earned") that must never become a course."""
    _head(c, h, "Northgate Township Police", "Annual Training Summary", "Rafael D. Quintero")
    c.setFont("Helvetica-Bold", 9)
    for label, x in (("Date", 40), ("Course", 120), ("Hours", 420), ("Category", 470)):
        c.drawString(x, h - 110, label)
    c.line(40, h - 114, 572, h - 114)
    years = [
        ("2022", [("03/08/2022", "Firearms Qualification", "4.00", "Firearms"),
                  ("05/24/2022", "Youth Mental Health First Aid", "8.00", "Juvenile"),
                  ("10/18/2022", "Juvenile Law for Law Enforcement", "8.00", "Juvenile")],
         "Sub-Total for 2022", "20.00"),
        ("2023", [("01/31/2023", "Active Shooter Response for Schools", "8.00", "School Safety"),
                  ("06/20/2023 - 06/22/2023", "Child Abuse and Neglect Investigations", "24.00", "Juvenile")],
         "12/31/2023|Year-End Hours Earned", "32.00"),
        ("2024", [("03/12/2024", "Firearms Qualification", "4.00", "Firearms"),
                  ("08/06/2024", "Trauma-Informed Policing with Youth", "8.00", "Juvenile")],
         "2024 Hours Earned", "12.00"),
    ]  # fmt: skip
    y = h - 130
    for year, rows, closing, amount in years:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, f"Calendar Year {year}")
        y -= 14
        c.setFont("Helvetica", 9)
        for d, title, hours, cat in rows:
            c.drawString(40, y, d)
            c.drawString(150 if " - " in d else 120, y, title)
            c.drawRightString(450, y, hours)
            c.drawString(470, y, cat)
            y -= 13
        c.setFont("Helvetica-Oblique", 9)
        if "|" in closing:  # a closing line dated in the date column
            day, closing = closing.split("|")
            c.drawString(40, y, day)
        c.drawString(120, y, closing)
        c.drawRightString(450, y, amount)
        y -= 20


@record(
    "hours_units",
    name="Grace E. Whitmore",
    items=[
        T("Active Shooter Response for Schools", "2022-02-02", 8.0, "school_safety", "school-active-shooter"),
        T(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "2022-04-27",
            1.5,
            "juvenile",
            "bullying-prevention",
        ),
        T("Firearms Qualification", "2022-07-19", 4.0, "unrelated", "firearms-qual"),
        T("Youth Mental Health First Aid", "2022-11-15", 8.0, "juvenile", "ymhfa"),
        T("Juvenile Law for Law Enforcement", "2023-03-21", 2.5, "juvenile", "juvenile-law"),
        T("Standard Response Protocol Training", "2023-08-29", 0.75, "school_safety", "srp-training"),
    ],
)
def _hours_units(c: Any, w: float, h: float) -> None:
    """Hours written as the clerk typed them: "8.0 hrs", "1:30" (hours and minutes), "4 h", "2.5 hours",
    "0:45"."""
    _head(c, h, "Westbrook Public Safety Department", "Employee Training Log", "Grace E. Whitmore")
    cols = [("Date Completed", 40), ("Course Title", 130), ("Duration", 410), ("Provider", 480)]
    table(c, h - 110, cols, [
        ["02/02/2022", "Active Shooter Response for Schools", "8.0 hrs", "In-house"],
        ["04/27/2022", "Bullying and Cyberbullying Prevention for LE", "1:30", "Online"],
        ["07/19/2022", "Firearms Qualification", "4 h", "Range"],
        ["11/15/2022", "Youth Mental Health First Aid", "8:00", "County"],
        ["03/21/2023", "Juvenile Law for Law Enforcement", "2.5 hours", "DA Office"],
        ["08/29/2023", "Standard Response Protocol Training", "0:45", "Online"],
    ])  # fmt: skip


@record(
    "dotted_leaders",
    name="Owen P. Blackwood",
    items=[
        T("Juvenile Law for Law Enforcement", "2021-01-26", 8.0, "juvenile", "juvenile-law"),
        T("Firearms Qualification", "2021-05-04", 4.0, "unrelated", "firearms-qual"),
        T("Youth Mental Health First Aid", "2021-10-20", 8.0, "juvenile", "ymhfa"),
        T("Standardized Field Sobriety Testing", "2022-06-15", 24.0, "unrelated", "sfst", end="2022-06-17"),
        T("Active Shooter Response for Schools", "2023-02-08", 8.0, "school_safety", "school-active-shooter"),
        T("Interviewing and Interrogating Juveniles", "2023-09-26", 16.0, "juvenile", "juvenile-interview"),
    ],
)
def _dotted_leaders(c: Any, w: float, h: float) -> None:
    """Dot leaders run from each title to its date and hours, and the page is flecked with specks
    between the columns (a photocopied record)."""
    _head(c, h, "Glen Haven Police Department", "Record of Training", "Owen P. Blackwood")
    c.setFont("Helvetica-Bold", 9)
    for label, x in (("Course", 40), ("Date", 370), ("Hours", 470)):
        c.drawString(x, h - 110, label)
    rows = [
        ("Juvenile Law for Law Enforcement", "01/26/2021", "8.0"),
        ("Firearms Qualification", "05/04/2021", "4.0"),
        ("Youth Mental Health First Aid", "10/20/2021", "8.0"),
        ("Standardized Field Sobriety Testing", "06/15/2022 - 06/17/2022", "24.0"),
        ("Active Shooter Response for Schools", "02/08/2023", "8.0"),
        ("Interviewing and Interrogating Juveniles", "09/26/2023", "16.0"),
    ]
    rng = random.Random(7)
    y = h - 128
    c.setFont("Helvetica", 9)
    for title, d, hours in rows:
        c.drawString(40, y, title + " " + "." * int((360 - 45 - 4.6 * len(title)) / 2.6))
        c.drawString(370, y, d)
        c.drawString(470 if " - " not in d else 480, y, (". . " if " - " not in d else "") + hours)
        for _ in range(3):  # specks in the white space between the columns
            c.circle(rng.uniform(440, 465), y + rng.uniform(-2, 6), rng.uniform(0.5, 1.0), stroke=0, fill=1)
        y -= 16


# ------------------------------------------------------------------------------------------ scoring


@dataclass(frozen=True)
class RecordScore:
    rows: int
    right: int
    auto: int
    wrong: tuple[str, ...]


def _words(title: str) -> str:
    """A title's words: a speck read as a dot between two of them ("Informed.Policing") changes no course."""
    return re.sub(r"[\W_]+", " ", title.lower()).strip()


def read_right(item: ClassifiedItem, t: Truth) -> bool:
    """The row's dates, hours and title as printed (title fuzzily: OCR may drop a letter)."""
    return (item.start_date, item.end_date, item.hours) == (t.start, t.end, t.hours) and fuzz.token_set_ratio(
        _words(item.course_title or ""), _words(t.title)
    ) >= 80


def wrong_autos(doc: ClassifiedDocument, d: IssuerDoc) -> list[str]:
    """``auto`` items that are no truth row on every fact a ledger credits, or whose truth a person must
    settle (``sure=False``)."""
    wrong = []
    for item in doc.items:
        facts = (item.start_date, item.end_date, item.hours, item.catalog_id, item.category)
        same = [
            t
            for t in d.items
            if facts == (t.start, t.end, t.hours, t.catalog_id, t.category)
            and fuzz.token_set_ratio(_words(item.course_title or ""), _words(t.title)) >= 85
        ]
        if item.status == "auto" and not any(t.sure for t in same):
            wrong.append(show(item))
    return wrong


def score_record(doc: ClassifiedDocument, d: IssuerDoc) -> RecordScore:
    right = sum(any(read_right(i, t) for i in doc.items) for t in d.items)
    return RecordScore(
        rows=len(d.items),
        right=right,
        auto=sum(i.status == "auto" for i in doc.items),
        wrong=tuple(wrong_autos(doc, d)),
    )


def render_record(key: str, out_dir: Path, records: dict[str, IssuerDoc] = RECORDS) -> Path:
    return render_doc(records[key], out_dir / f"{key}.pdf")


def render_kind(
    key: str, kind: str, seed: int, out_dir: Path, records: dict[str, IssuerDoc] = RECORDS
) -> Path:
    """The record as a text PDF, or degraded by ``to_scan`` (an image-only PDF)."""
    from certledger.samples import to_scan

    text = out_dir / f"{key}.pdf"
    if not text.exists():
        render_record(key, out_dir, records)
    if kind == "text":
        return text
    return to_scan(text, out_dir / f"{key}-{kind}-{seed}.pdf", kind, "pdf", seed)  # type: ignore[arg-type]
