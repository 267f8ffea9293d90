"""Department training records, sixth round: what rounds three to five did not draw.

Hours the officer taught beside hours attended (a "Role" column saying "Instructor" or "Student", or a
second table of instruction delivered: taught hours are no training attended and never a credit); hours
given only as CEUs (0.8 CEU is 8 hours) and a "Credits" column that is no hours; footnote marks on amounts
("8.0*", "4.0†" with "* online" below); adjustment and correction rows; the same course taken again after
a "Fail"; "Audit", "Exempt" and "Waived" statuses; two tables side by side on a landscape page; an
instructor column holding names and badge numbers; a cumulative-hours column and page totals; rows dated
only by a fiscal year or a quarter ("FY2021", "Q3 2022").

Drawn from general knowledge of such records, not copied from any corpus. Truth and scoring as in
``tests.records_round5`` (one :class:`Truth` per row the record shows as completed and attended;
``sure=False`` where the page cannot settle a fact; titles of rows never to be ``auto`` in
:data:`tests.records_round5.NOT_CREDITED`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import landscape, letter

from tests.issuer_formats import IssuerDoc, T, lines_at, table
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record

RECORDS6: dict[str, IssuerDoc] = {}


record = partial(round5_record, into=RECORDS6)


# ----------------------------------------------------------------------------------------- records


@record(
    "role_column",
    name="Marisol T. Delgado",
    items=[
        T("Youth Mental Health First Aid", "2022-02-15", 8.0, "juvenile", "ymhfa"),
        T("Juvenile Law for Law Enforcement", "2022-09-20", 8.0, "juvenile", "juvenile-law"),
        T("Standard Response Protocol Training", "2023-03-28", 4.0, "school_safety", "srp-training"),
        T("Trauma-Informed Policing with Youth", "2024-01-23", 8.0, "juvenile", "trauma-informed-youth"),
    ],
    not_credited=(
        "Active Shooter Response for Schools",
        "Defensive Tactics Refresher",
        "School Emergency Operations Planning",
    ),
)
def _role_column(c: Any, w: float, h: float) -> None:
    """A training-unit export listing every class the officer sat in, as a student or as the instructor
    who taught it: an "Instructor" row's hours are hours taught, no training attended."""
    _head(c, h, "Cedar Falls Police Department", "Training Activity Report", "Marisol T. Delgado",
          "Badge: 2187")  # fmt: skip
    cols = [("Date", 40), ("Course", 105), ("Role", 340), ("Hours", 410), ("Location", 460)]
    table(c, h - 110, cols, [
        ["02/15/2022", "Youth Mental Health First Aid", "Student", "8.0", "Academy Rm 2"],
        ["05/10/2022", "Active Shooter Response for Schools", "Instructor", "8.0", "Lincoln MS"],
        ["09/20/2022", "Juvenile Law for Law Enforcement", "Student", "8.0", "Online"],
        ["11/08/2022", "Defensive Tactics Refresher", "Instructor", "4.0", "Academy Mat Rm"],
        ["03/28/2023", "Standard Response Protocol Training", "Student", "4.0", "Online"],
        ["08/15/2023", "School Emergency Operations Planning", "Instructor", "8.0", "District Office"],
        ["01/23/2024", "Trauma-Informed Policing with Youth", "Student", "8.0", "Academy Rm 2"],
    ], right=(3,))  # fmt: skip


@record(
    "taught_table",
    name="Jerome K. Ashworth",
    items=[
        T("Active Shooter Response for Schools", "2022-04-12", 8.0, "school_safety", "school-active-shooter"),
        T(
            "Child Abuse and Neglect Investigations",
            "2022-10-04",
            16.0,
            "juvenile",
            "child-abuse-inv",
            end="2022-10-05",
        ),
        T("Firearms Qualification", "2023-05-16", 4.0, "unrelated", "firearms-qual"),
        T("Youth Mental Health First Aid", "2023-11-07", 8.0, "juvenile", "ymhfa"),
    ],
    not_credited=(
        "Interviewing and Interrogating Juveniles",
        "Standard Response Protocol Training",
        "Juvenile Law for Law Enforcement",
    ),
)
def _taught_table(c: Any, w: float, h: float) -> None:
    """A POST history in two parts: the courses the officer attended, then the courses the officer
    taught as a certified instructor, with their dates and contact hours in the same columns."""
    _head(c, h, "State Commission on Peace Officer Standards", "Officer Training Profile",
          "Jerome K. Ashworth", "POST ID: 11-40872")  # fmt: skip
    cols = [("Course", 40), ("Start", 290), ("End", 360), ("Hours", 430), ("Provider", 480)]
    lines_at(c, 40, h - 100, ["TRAINING ATTENDED"], "Helvetica-Bold", 10)
    y = table(c, h - 120, cols, [
        ["Active Shooter Response for Schools", "04/12/2022", "04/12/2022", "8.0", "ALERRT"],
        ["Child Abuse and Neglect Investigations", "10/04/2022", "10/05/2022", "16.0", "State AG"],
        ["Firearms Qualification", "05/16/2023", "05/16/2023", "4.0", "Dept. Range"],
        ["Youth Mental Health First Aid", "11/07/2023", "11/07/2023", "8.0", "County MH"],
    ], right=(3,))  # fmt: skip
    lines_at(c, 40, y - 20, ["INSTRUCTION DELIVERED (INSTRUCTOR HOURS)"], "Helvetica-Bold", 10)
    table(c, y - 40, cols, [
        ["Interviewing and Interrogating Juveniles", "02/21/2023", "02/22/2023", "16.0", "Regional Acad."],
        ["Standard Response Protocol Training", "08/08/2023", "08/08/2023", "4.0", "Oak Hills USD"],
        ["Juvenile Law for Law Enforcement", "03/12/2024", "03/12/2024", "8.0", "Regional Acad."],
    ], right=(3,))  # fmt: skip


@record(
    "ceu_only",
    name="Priya N. Ramaswamy",
    items=[
        T("Youth Mental Health First Aid", "2022-06-09", 8.0, "juvenile", "ymhfa"),
        T("Trauma-Informed Policing with Youth", "2022-12-01", 4.0, "juvenile", "trauma-informed-youth"),
        T(
            "School Emergency Operations Planning",
            "2023-07-19",
            16.0,
            "school_safety",
            "school-emergency-ops",
        ),
        T("Juvenile Law for Law Enforcement", "2024-02-28", 8.0, "juvenile", "juvenile-law"),
    ],
)
def _ceu_only(c: Any, w: float, h: float) -> None:
    """A continuing-education transcript counting only CEUs (1 CEU is 10 contact hours): "0.8" is 8 hours,
    never 0.8 hours."""
    _head(c, h, "Northern State University - Center for Public Safety", "Continuing Education Transcript",
          "Priya N. Ramaswamy")  # fmt: skip
    cols = [("Completed", 40), ("Course", 120), ("CEUs", 400), ("Grade", 460)]
    table(c, h - 110, cols, [
        ["06/09/2022", "Youth Mental Health First Aid", "0.8", "S"],
        ["12/01/2022", "Trauma-Informed Policing with Youth", "0.4", "S"],
        ["07/19/2023", "School Emergency Operations Planning", "1.6", "S"],
        ["02/28/2024", "Juvenile Law for Law Enforcement", "0.8", "S"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, h - 200, ["1 CEU = 10 contact hours.  S = Satisfactory"], size=8)


@record(
    "credits_contact",
    name="Harold B. Fenwick",
    items=[
        T(
            "Interviewing and Interrogating Juveniles",
            "2022-03-22",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2022-03-23",
        ),
        T("Active Shooter Response for Schools", "2022-10-18", 8.0, "school_safety", "school-active-shooter"),
        T(
            "Child Abuse and Neglect Investigations",
            "2023-04-11",
            24.0,
            "juvenile",
            "child-abuse-inv",
            end="2023-04-13",
        ),
        T("Standard Response Protocol Training", "2024-01-09", 4.0, "school_safety", "srp-training"),
    ],
)
def _credits_contact(c: Any, w: float, h: float) -> None:
    """A college's criminal-justice institute: "Credits" (course credits, not hours) set before "Contact
    Hrs"; the contact hours are the credit."""
    _head(c, h, "Bayshore Community College - Criminal Justice Institute", "Student Course History",
          "Harold B. Fenwick")  # fmt: skip
    cols = [("Course", 40), ("Start", 280), ("End", 345), ("Credits", 415), ("Contact Hrs", 470)]
    table(c, h - 110, cols, [
        ["Interviewing and Interrogating Juveniles", "03/22/2022", "03/23/2022", "1.0", "16.0"],
        ["Active Shooter Response for Schools", "10/18/2022", "10/18/2022", "0.5", "8.0"],
        ["Child Abuse and Neglect Investigations", "04/11/2023", "04/13/2023", "1.5", "24.0"],
        ["Standard Response Protocol Training", "01/09/2024", "01/09/2024", "0.3", "4.0"],
    ], right=(3, 4))  # fmt: skip


@record(
    "footnote_marks",
    name="Beatriz L. Okonkwo",
    items=[
        T("Youth Mental Health First Aid", "2022-05-03", 8.0, "juvenile", "ymhfa"),
        T("Standard Response Protocol Training", "2022-09-13", 4.0, "school_safety", "srp-training"),
        T("Defensive Tactics Refresher", "2023-02-14", 8.0, "unrelated", "defensive-tactics"),
        T("Trauma-Informed Policing with Youth", "2023-08-22", 8.0, "juvenile", "trauma-informed-youth"),
        T("School Emergency Operations Planning", "2024-03-19", 4.0, "school_safety", "school-emergency-ops"),
    ],
)
def _footnote_marks(c: Any, w: float, h: float) -> None:
    """Amounts carrying footnote marks ("8.0*", "4.0†", "8.0**") explained under the table: the mark is
    no part of the hours."""
    _head(c, h, "Pinecrest County Sheriff's Office", "Individual Training Record", "Beatriz L. Okonkwo")
    cols = [("Date", 40), ("Course Title", 110), ("Hours", 380), ("Method", 440)]
    table(c, h - 110, cols, [
        ["05/03/2022", "Youth Mental Health First Aid", "8.0", "Classroom"],
        ["09/13/2022", "Standard Response Protocol Training", "4.0*", "Online"],
        ["02/14/2023", "Defensive Tactics Refresher", "8.0", "Classroom"],
        ["08/22/2023", "Trauma-Informed Policing with Youth", "8.0**", "Hybrid"],
        ["03/19/2024", "School Emergency Operations Planning", "4.0\u2020", "Online"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, h - 210, ["* Online course, self-paced.", "** Hybrid: 4.0 online, 4.0 classroom.",
                              "\u2020 Hours approved by the training coordinator."], size=8)  # fmt: skip


@record(
    "adjustment_rows",
    name="Dmitri V. Sokolov",
    items=[
        T("Active Shooter Response for Schools", "2022-02-08", 8.0, "school_safety", "school-active-shooter"),
        T("Juvenile Law for Law Enforcement", "2022-07-12", 8.0, "juvenile", "juvenile-law", sure=False),
        T("Youth Mental Health First Aid", "2023-01-24", 8.0, "juvenile", "ymhfa"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2023-09-12",
            16.0,
            "juvenile",
            "juvenile-interview",
            sure=False,
        ),
    ],
)
def _adjustment_rows(c: Any, w: float, h: float) -> None:
    """A ledger-like history where a later "Adjustment" row takes hours off an earlier class (a partial
    attendance found at audit) and a "Correction" row fixes another: the rows they touch are for a person
    to settle, and the adjustment itself is no class."""
    _head(c, h, "Riverton Police Department", "Training Hours Ledger", "Dmitri V. Sokolov")
    cols = [("Date", 40), ("Entry", 105), ("Hours", 400), ("Entered By", 450)]
    table(c, h - 110, cols, [
        ["02/08/2022", "Active Shooter Response for Schools", "8.0", "TRN-04"],
        ["07/12/2022", "Juvenile Law for Law Enforcement", "8.0", "TRN-04"],
        ["10/03/2022", "Adjustment - Juvenile Law (partial attendance)", "-4.0", "TRN-11"],
        ["01/24/2023", "Youth Mental Health First Aid", "8.0", "TRN-04"],
        ["09/12/2023", "Interviewing and Interrogating Juveniles", "16.0", "TRN-11"],
        ["11/30/2023", "Correction - Interviewing entry, hours were 12.0", "-4.0", "TRN-02"],
    ], right=(2,))  # fmt: skip


@record(
    "retake_after_fail",
    name="Kendra J. Whitfield",
    items=[
        T("Active Shooter Response for Schools", "2022-06-14", 8.0, "school_safety", "school-active-shooter"),
        T("Youth Mental Health First Aid", "2022-11-15", 8.0, "juvenile", "ymhfa"),
        T(
            "Radar and Lidar Operator Certification",
            "2023-05-23",
            16.0,
            "unrelated",
            "radar-lidar",
            end="2023-05-24",
        ),
        T("Juvenile Law for Law Enforcement", "2023-10-17", 8.0, "juvenile", "juvenile-law"),
    ],
)
def _retake_after_fail(c: Any, w: float, h: float) -> None:
    """The same course twice: failed, then taken again and passed; only the pass is a credit. The failed
    attempts carry the course's title, date and hours like any row."""
    _head(c, h, "Metro Transit Police", "Training Transcript", "Kendra J. Whitfield")
    cols = [("Course", 40), ("Start", 275), ("End", 340), ("Hrs", 410), ("Result", 450)]
    table(c, h - 110, cols, [
        ["Active Shooter Response for Schools", "03/08/2022", "03/08/2022", "8.0", "Fail"],
        ["Active Shooter Response for Schools", "06/14/2022", "06/14/2022", "8.0", "Pass"],
        ["Youth Mental Health First Aid", "11/15/2022", "11/15/2022", "8.0", "Pass"],
        ["Radar and Lidar Operator Certification", "02/07/2023", "02/08/2023", "16.0", "Fail"],
        ["Radar and Lidar Operator Certification", "05/23/2023", "05/24/2023", "16.0", "Pass"],
        ["Juvenile Law for Law Enforcement", "10/17/2023", "10/17/2023", "8.0", "Pass"],
    ], right=(3,))  # fmt: skip


@record(
    "audit_exempt",
    name="Tobias R. Lindqvist",
    items=[
        T("Youth Mental Health First Aid", "2022-04-19", 8.0, "juvenile", "ymhfa"),
        T("Trauma-Informed Policing with Youth", "2023-03-07", 8.0, "juvenile", "trauma-informed-youth"),
        T("Standard Response Protocol Training", "2024-02-06", 4.0, "school_safety", "srp-training"),
    ],
    not_credited=(
        "Firearms Qualification",
        "Child Abuse and Neglect Investigations",
        "Active Shooter Response for Schools",
    ),
)
def _audit_exempt(c: Any, w: float, h: float) -> None:
    """An LMS status column with "Audit" (sat in, not for credit), "Exempt" and "Waived" (excused from a
    required class, never attended) beside "Completed"."""
    _head(c, h, "Summit Valley ISD Police Department", "Learner Training Summary", "Tobias R. Lindqvist")
    cols = [("Course", 40), ("Date", 290), ("Credit Hrs", 360), ("Status", 430)]
    table(c, h - 110, cols, [
        ["Youth Mental Health First Aid", "04/19/2022", "8.00", "Completed"],
        ["Firearms Qualification", "09/27/2022", "4.00", "Exempt"],
        ["Trauma-Informed Policing with Youth", "03/07/2023", "8.00", "Completed"],
        ["Child Abuse and Neglect Investigations", "06/20/2023", "16.00", "Audit"],
        ["Active Shooter Response for Schools", "10/10/2023", "8.00", "Waived"],
        ["Standard Response Protocol Training", "02/06/2024", "4.00", "Completed"],
    ], right=(2,))  # fmt: skip


def _side_table(c: Any, x: float, y: float, heading: str, rows: Sequence[Sequence[str]]) -> None:
    lines_at(c, x, y, [heading], "Helvetica-Bold", 10)
    c.setFont("Helvetica-Bold", 9)
    for label, dx in (("Date", 0), ("Course", 62), ("Hrs", 330)):
        c.drawString(x + dx, y - 20, label)
    c.line(x, y - 24, x + 350, y - 24)
    c.setFont("Helvetica", 9)
    for k, (day, title, hours) in enumerate(rows):
        c.drawString(x, y - 38 - 14 * k, day)
        c.drawString(x + 62, y - 38 - 14 * k, title)
        c.drawRightString(x + 350, y - 38 - 14 * k, hours)


@record(
    "side_by_side",
    name="Yolanda C. Brennan",
    pagesize=landscape(letter),
    items=[
        T("Active Shooter Response for Schools", "2022-03-01", 8.0, "school_safety", "school-active-shooter"),
        T("Firearms Qualification", "2022-06-14", 4.0, "unrelated", "firearms-qual"),
        T("Defensive Tactics Refresher", "2023-01-17", 8.0, "unrelated", "defensive-tactics"),
        T("Youth Mental Health First Aid", "2022-08-23", 8.0, "juvenile", "ymhfa"),
        T("Juvenile Law for Law Enforcement", "2023-02-28", 8.0, "juvenile", "juvenile-law"),
        T("School Emergency Operations Planning", "2023-09-12", 4.0, "school_safety", "school-emergency-ops"),
    ],
)
def _side_by_side(c: Any, w: float, h: float) -> None:
    """A landscape page holding two tables side by side (mandated in-service on the left, specialized
    training on the right), each with its own heading row: a line of text crosses both."""
    _head(c, h, "Eastgate Police Department", "Annual Training Summary 2022-2023", "Yolanda C. Brennan")
    _side_table(c, 40, h - 110, "MANDATED IN-SERVICE", [
        ("03/01/2022", "Active Shooter Response for Schools", "8.0"),
        ("06/14/2022", "Firearms Qualification", "4.0"),
        ("01/17/2023", "Defensive Tactics Refresher", "8.0"),
    ])  # fmt: skip
    _side_table(c, 410, h - 110, "SPECIALIZED TRAINING", [
        ("08/23/2022", "Youth Mental Health First Aid", "8.0"),
        ("02/28/2023", "Juvenile Law for Law Enforcement", "8.0"),
        ("09/12/2023", "School Emergency Operations Planning", "4.0"),
    ])  # fmt: skip


@record(
    "instructor_badges",
    name="Cornelius A. Vance",
    items=[
        T("Youth Mental Health First Aid", "2022-01-11", 8.0, "juvenile", "ymhfa"),
        T("Standard Response Protocol Training", "2022-05-24", 4.0, "school_safety", "srp-training"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2022-12-06",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2022-12-06",
        ),
        T("Firearms Qualification", "2023-06-06", 4.0, "unrelated", "firearms-qual"),
        T("Active Shooter Response for Schools", "2024-02-20", 8.0, "school_safety", "school-active-shooter"),
    ],
)
def _instructor_badges(c: Any, w: float, h: float) -> None:
    """An "Instructor" column naming who taught each class with a badge number ("Sgt. R. Molina #4471"):
    the numbers are no hours, the names no title."""
    _head(c, h, "Westbrook Police Department", "Training Record", "Cornelius A. Vance", "Badge #3318")
    cols = [("Date", 40), ("Course", 105), ("Instructor", 315), ("Hours", 470)]
    table(c, h - 110, cols, [
        ["01/11/2022", "Youth Mental Health First Aid", "L. Ferris (County MH)", "8"],
        ["05/24/2022", "Standard Response Protocol Training", "Sgt. R. Molina #4471", "4"],
        ["12/06/2022", "Interviewing and Interrogating Juveniles", "Det. A. Kwan #1207, #1188", "16"],
        ["06/06/2023", "Firearms Qualification", "Ofc. T. Brandt #2290", "4"],
        ["02/20/2024", "Active Shooter Response for Schools", "Lt. M. Osei 512", "8"],
    ], right=(3,))  # fmt: skip


@record(
    "cumulative_column",
    name="Rosalind E. Gutierrez",
    items=[
        T("Juvenile Law for Law Enforcement", "2022-02-22", 8.0, "juvenile", "juvenile-law"),
        T("Active Shooter Response for Schools", "2022-07-19", 8.0, "school_safety", "school-active-shooter"),
        T(
            "Child Abuse and Neglect Investigations",
            "2023-01-31",
            24.0,
            "juvenile",
            "child-abuse-inv",
            end="2023-02-02",
        ),
        T("Standard Response Protocol Training", "2023-06-27", 4.0, "school_safety", "srp-training"),
        T("Trauma-Informed Policing with Youth", "2024-04-16", 8.0, "juvenile", "trauma-informed-youth"),
    ],
)
def _cumulative_column(c: Any, w: float, h: float) -> None:
    """A running total beside each row's hours ("Cum. Hrs"), a page total under the rows and the
    total carried forward: only the row's own hours are its credit."""
    _head(c, h, "Hollis County Schools Police", "Officer Training Log", "Rosalind E. Gutierrez")
    cols = [("Start", 40), ("End", 105), ("Course", 170), ("Hours", 410), ("Cum. Hrs", 470)]
    y = table(c, h - 110, cols, [
        ["02/22/2022", "02/22/2022", "Juvenile Law for Law Enforcement", "8.0", "8.0"],
        ["07/19/2022", "07/19/2022", "Active Shooter Response for Schools", "8.0", "16.0"],
        ["01/31/2023", "02/02/2023", "Child Abuse and Neglect Investigations", "24.0", "40.0"],
        ["06/27/2023", "06/27/2023", "Standard Response Protocol Training", "4.0", "44.0"],
        ["04/16/2024", "04/16/2024", "Trauma-Informed Policing with Youth", "8.0", "52.0"],
    ], right=(3, 4))  # fmt: skip
    lines_at(c, 170, y - 6, ["Page Total: 52.0        Carried Forward: 0.0        Total to Date: 52.0"],
             "Helvetica-Bold", 9)  # fmt: skip
    c.setFont("Helvetica", 8)
    c.drawString(w - 110, 28, "Page 1 of 1")


@record(
    "fiscal_quarters",
    name="Franklin D. Oyelaran",
    items=[
        T(
            "School Emergency Operations Planning",
            "2020-07-01",
            8.0,
            "school_safety",
            "school-emergency-ops",
            end="2021-06-30",
            sure=False,
        ),
        T("Youth Mental Health First Aid", "2022-03-15", 8.0, "juvenile", "ymhfa"),
        T(
            "Active Shooter Response for Schools",
            "2022-07-01",
            8.0,
            "school_safety",
            "school-active-shooter",
            end="2022-09-30",
            sure=False,
        ),
        T(
            "Juvenile Law for Law Enforcement",
            "2023-01-01",
            8.0,
            "juvenile",
            "juvenile-law",
            end="2023-03-31",
            sure=False,
        ),
        T("Trauma-Informed Policing with Youth", "2023-10-24", 8.0, "juvenile", "trauma-informed-youth"),
    ],
)
def _fiscal_quarters(c: Any, w: float, h: float) -> None:
    """A compliance roll-up dating older rows only by the fiscal year or the quarter they were reported in
    ("FY2021", "Q3 2022", "1st Qtr 2023"): no day, so a person settles them; full dates read as usual."""
    _head(c, h, "Lakeshore Regional Police", "Training Compliance Roll-Up", "Franklin D. Oyelaran")
    cols = [("Period", 40), ("Course", 130), ("Hours", 400), ("Reported By", 450)]
    table(c, h - 110, cols, [
        ["FY2021", "School Emergency Operations Planning", "8.0", "Training Unit"],
        ["03/15/2022", "Youth Mental Health First Aid", "8.0", "Training Unit"],
        ["Q3 2022", "Active Shooter Response for Schools", "8.0", "Patrol Div."],
        ["1st Qtr 2023", "Juvenile Law for Law Enforcement", "8.0", "Training Unit"],
        ["10/24/2023", "Trauma-Informed Policing with Youth", "8.0", "Training Unit"],
    ], right=(2,))  # fmt: skip
