"""Department training records, ninth round: what rounds three to eight did not draw.

A one-line title alone at the foot of page 1 whose date and hours open page 2 under an empty title cell; a
wrapped title whose first line (with the row's cells) ends page 1 and whose second line opens page 2;
"thru 06/16/2022" and "through June 16, 2022" under a row's first date giving its last; a plain comma export
and a semicolon export with a "Completed" Yes/No field printed then faxed; database field names as headings
("COURSE_TITLE", "END_DT"); years as band headings with "Subtotal" and "Grand Total" lines; a "Credit" Y/N
column beside a reason; one-letter status codes explained by a legend at the foot; titles wrapped over three
lines beside a wrapping provider; quarter hours (".5", "1.25", "0.75"); an instructor column between the
title and the date; "Hours Required" beside "Hours Completed"; a ten-column landscape export; a header
repeated on each of three pages with "Continued on next page" at their feet.

Drawn from general knowledge of such records, not copied from any corpus. Truth and scoring as in
``tests.records_round5`` (one :class:`Truth` per row the record shows as completed and attended;
``sure=False`` where the page cannot settle a fact; titles of rows never to be ``auto`` in
:data:`tests.records_round5.NOT_CREDITED`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.lib.pagesizes import landscape, letter

from tests.issuer_formats import IssuerDoc, lines_at, table
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import (
    ASR,
    BULLY,
    CAN,
    CIT,
    DT,
    FIRE,
    IIJ,
    JLAW,
    SEOP,
    SRP,
    TIP,
    YMHFA,
    R,
    _iso,
    _mono,
)

RECORDS9: dict[str, IssuerDoc] = {}

record = partial(round5_record, into=RECORDS9)

BULLY_SRO = (
    "Bullying and Cyberbullying Prevention for School Resource Officers",
    "juvenile",
    "bullying-prevention",
)
CAN_SBO = ("Child Abuse and Neglect Investigations for School-Based Officers", "juvenile", "child-abuse-inv")


def _rule_heads(c: Any, h: float, cols: tuple[tuple[str, float], ...], y: float, x1: float = 572) -> float:
    """Bold column labels at ``y`` and a rule under them; returns the first row's baseline."""
    c.setFont("Helvetica-Bold", 9)
    for label, x in cols:
        c.drawString(x, y, label)
    c.setLineWidth(0.6)
    c.line(cols[0][1], y - 4, x1, y - 4)
    c.setFont("Helvetica", 9)
    return y - 20


def _footer(c: Any, page: int, pages: int, left: str = "Printed 04/02/2024 09:14") -> None:
    c.setFont("Helvetica", 7.5)
    c.drawString(40, 30, left)
    c.drawRightString(572, 30, f"Page {page} of {pages}")
    c.setFont("Helvetica", 9)


# ----------------------------------------------------------------------------------------- records

_FOOT_ROWS = [
    ("Youth Mental Health First Aid", "02/08/2022", "8.0"),
    ("Firearms Qualification", "04/12/2022", "4.0"),
    ("Active Shooter Response for Schools", "06/21/2022", "8.0"),
    ("Juvenile Law for Law Enforcement", "09/13/2022", "8.0"),
    ("Defensive Tactics Refresher", "11/15/2022", "4.0"),
    ("Standard Response Protocol Training", "01/24/2023", "4.0"),
    ("Trauma-Informed Policing with Youth", "04/04/2023", "8.0"),
    ("School Emergency Operations Planning", "08/15/2023", "8.0"),
    ("Bullying and Cyberbullying Prevention", "01/09/2024", "4.0"),
]


@record(
    "title_foot_cells_next",
    name="Cassius T. Wainwright",
    items=[
        R(course, _iso(d), float(hrs))
        for course, (_, d, hrs) in zip(
            (YMHFA, FIRE, ASR, JLAW, DT, SRP, TIP, SEOP, BULLY), _FOOT_ROWS, strict=True
        )
    ],
)
def _title_foot_cells_next(c: Any, w: float, h: float) -> None:
    """A report writer that sets the title before it tests the page's room: the row's title alone on the
    last line of page 1, its date and hours on the first line of page 2 under an empty title cell."""
    cols = (("Course Title", 40), ("Date", 330), ("Hours", 450))

    def heads(page: int) -> float:
        _head(c, h, "Granite Falls Police Department", "Individual Training Record", "Cassius T. Wainwright")
        _footer(c, page, 2)
        return _rule_heads(c, h, cols, h - 110)

    y = heads(1)
    for k, (title, d, hours) in enumerate(_FOOT_ROWS):
        if k == 6:
            c.drawString(40, 62, title)
            c.showPage()
            y = heads(2)
        else:
            c.drawString(40, y, title)
        c.drawString(330, y, d)
        c.drawRightString(480, y, hours)
        y -= 16


_WRAP_NEXT = [
    ("01/18/2022", ["Youth Mental Health First Aid"], "8.0", "01/18/2022"),
    ("03/15/2022", ["Firearms Qualification"], "4.0", "03/15/2022"),
    ("05/10/2022", ["Active Shooter Response for Schools"], "8.0", "05/10/2022"),
    ("08/16/2022", ["Juvenile Law for Law Enforcement"], "8.0", "08/16/2022"),
    ("10/18/2022", ["Defensive Tactics Refresher"], "4.0", "10/18/2022"),
    ("01/10/2023", ["Standard Response Protocol Training"], "4.0", "01/10/2023"),
    ("03/21/2023", ["Interviewing and Interrogating", "Juveniles"], "16.0", "03/22/2023"),
    ("06/13/2023", ["Trauma-Informed Policing with Youth"], "8.0", "06/13/2023"),
    ("10/03/2023", ["School Emergency Operations Planning"], "8.0", "10/03/2023"),
]


@record(
    "wrap_continues_next_page",
    name="Henrietta V. Olamide",
    items=[
        R(course, _iso(s), float(hrs), end=_iso(e))
        for course, (s, _, hrs, e) in zip(
            (YMHFA, FIRE, ASR, JLAW, DT, SRP, IIJ, TIP, SEOP), _WRAP_NEXT, strict=True
        )
    ],
)
def _wrap_continues_next_page(c: Any, w: float, h: float) -> None:
    """A row's cells on its title's first line, the last line of page 1; the title's second line
    ("Juveniles") opens page 2 under the repeated headings, above the next row."""
    cols = (("Start", 40), ("End", 110), ("Course", 180), ("Hours", 460))

    def heads(page: int) -> float:
        _head(c, h, "Marlow Township Police", "Training History", "Henrietta V. Olamide")
        _footer(c, page, 2)
        return _rule_heads(c, h, cols, h - 110)

    y = heads(1)
    for k, (start, title, hours, end) in enumerate(_WRAP_NEXT):
        if k == 6:
            y = 62
        c.drawString(40, y, start)
        c.drawString(110, y, end)
        c.drawString(180, y, title[0])
        c.drawRightString(490, y, hours)
        if len(title) > 1:
            c.showPage()
            y = heads(2)
            c.drawString(180, y, title[1])
        y -= 16


@record(
    "thru_date_column",
    name="Ptolemy R. Vasquez-Hale",
    items=[
        R(YMHFA, "2022-02-15", 8.0),
        R(CAN, "2022-06-14", 24.0, end="2022-06-16"),
        R(SRP, "2022-10-04", 4.0),
        R(CIT, "2023-03-13", 40.0, end="2023-03-17"),
        R(FIRE, "2023-08-22", 4.0),
        R(IIJ, "2024-01-30", 16.0, end="2024-01-31"),
    ],
)
def _thru_date_column(c: Any, w: float, h: float) -> None:
    """One "Date(s)" column: a one-day class its date, a longer one its first day with "thru <last day>" on
    the line under it (nothing else on that line)."""
    _head(c, h, "Oak Hollow Unified School District Police", "Staff Development Record",
          "Ptolemy R. Vasquez-Hale")  # fmt: skip
    cols = (("Date(s)", 40), ("Course", 140), ("Hours", 420), ("Location", 470))
    y = _rule_heads(c, h, cols, h - 110)
    rows = [
        ("02/15/2022", None, "Youth Mental Health First Aid", "8.0", "HQ"),
        ("06/14/2022", "06/16/2022", "Child Abuse and Neglect Investigations", "24.0", "Academy"),
        ("10/04/2022", None, "Standard Response Protocol Training", "4.0", "HQ"),
        ("03/13/2023", "03/17/2023", "Crisis Intervention Teams for Youth", "40.0", "Academy"),
        ("08/22/2023", None, "Firearms Qualification", "4.0", "Range"),
        ("01/30/2024", "01/31/2024", "Interviewing and Interrogating Juveniles", "16.0", "Academy"),
    ]
    for start, end, title, hours, loc in rows:
        c.drawString(40, y, start)
        c.drawString(140, y, title)
        c.drawRightString(450, y, hours)
        c.drawString(470, y, loc)
        if end:
            y -= 11
            c.drawString(40, y, f"thru {end}")
        y -= 16


@record(
    "through_month_names",
    name="Ottoline B. Farquharson",
    items=[
        R(ASR, "2022-03-08", 8.0),
        R(IIJ, "2022-07-19", 16.0, end="2022-07-20"),
        R(BULLY, "2022-11-02", 4.0),
        R(CAN, "2023-04-25", 24.0, end="2023-04-27"),
        R(TIP, "2023-09-12", 8.0),
    ],
)
def _through_month_names(c: Any, w: float, h: float) -> None:
    """Dates spelled out: "July 19, 2022" with "through July 20, 2022" on the line under it, the title
    first and the hours last."""
    _head(c, h, "Pinecrest County Sheriff's Office", "Training Summary", "Ottoline B. Farquharson")
    cols = (("Course", 40), ("Dates Attended", 290), ("Hours", 470))
    y = _rule_heads(c, h, cols, h - 110)
    rows = [
        ("Active Shooter Response for Schools", "March 8, 2022", None, "8.0"),
        ("Interviewing and Interrogating Juveniles", "July 19, 2022", "July 20, 2022", "16.0"),
        ("Bullying and Cyberbullying Prevention", "November 2, 2022", None, "4.0"),
        ("Child Abuse and Neglect Investigations", "April 25, 2023", "April 27, 2023", "24.0"),
        ("Trauma-Informed Policing with Youth", "September 12, 2023", None, "8.0"),
    ]
    for title, start, end, hours in rows:
        c.drawString(40, y, title)
        c.drawString(290, y, start)
        c.drawRightString(500, y, hours)
        if end:
            y -= 11
            c.drawString(290, y, f"through {end}")
        y -= 16


@record(
    "comma_export_plain",
    name="Leopold J. Stravinsky-Moore",
    items=[
        R(YMHFA, "2022-01-25", 8.0),
        R(JLAW, "2022-05-17", 8.0),
        R(FIRE, "2022-09-27", 4.0),
        R(SEOP, "2023-02-14", 8.0),
        R(BULLY, "2023-07-11", 2.0),
    ],
)
def _comma_export_plain(c: Any, w: float, h: float) -> None:
    """A CSV printed as saved, no quotes: "ID,Course,Start,End,Hours" then a line a class, 10 pt Courier
    (the size a clerk picks before faxing it)."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, h - 45, "training_export.csv - Stravinsky-Moore, Leopold J. (Emp 40977)")
    _mono(c, 40, h - 75, [
        "EmpID,CourseName,StartDate,EndDate,CreditHours",
        "40977,Youth Mental Health First Aid,01/25/2022,01/25/2022,8.0",
        "40977,Juvenile Law for Law Enforcement,05/17/2022,05/17/2022,8.0",
        "40977,Firearms Qualification,09/27/2022,09/27/2022,4.0",
        "40977,School Emergency Operations Planning,02/14/2023,02/14/2023,8.0",
        "40977,Bullying and Cyberbullying Prevention,07/11/2023,07/11/2023,2.0",
    ], size=10, step=15)  # fmt: skip


@record(
    "semicolon_yes_no",
    name="Marisol A. Thorvaldsen",
    items=[
        R(ASR, "2022-04-05", 8.0),
        R(TIP, "2022-10-18", 8.0),
        R(SRP, "2023-03-07", 4.0),
        R(IIJ, "2023-09-26", 16.0, end="2023-09-27"),
    ],
    not_credited=("Crisis Intervention Teams for Youth", "Youth Mental Health First Aid"),
)
def _semicolon_yes_no(c: Any, w: float, h: float) -> None:
    """A semicolon export whose last field "Completed" is Yes or No (a "No" row lists the hours it was
    booked for), 10 pt Courier."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, h - 45, "Course history export - Thorvaldsen, Marisol A.")
    _mono(c, 40, h - 75, [
        "Course;Start;End;Hours;Completed",
        "Active Shooter Response for Schools;04/05/2022;04/05/2022;8;Yes",
        "Trauma-Informed Policing with Youth;10/18/2022;10/18/2022;8;Yes",
        "Crisis Intervention Teams for Youth;01/09/2023;01/13/2023;40;No",
        "Standard Response Protocol Training;03/07/2023;03/07/2023;4;Yes",
        "Interviewing and Interrogating Juveniles;09/26/2023;09/27/2023;16;Yes",
        "Youth Mental Health First Aid;02/20/2024;02/20/2024;8;No",
    ], size=10, step=15)  # fmt: skip


@record(
    "field_name_headings",
    name="Augustina P. Nwachukwu",
    items=[
        R(JLAW, "2022-03-29", 8.0),
        R(CIT, "2022-08-08", 40.0, end="2022-08-12"),
        R(DT, "2023-01-17", 4.0),
        R(YMHFA, "2023-06-06", 8.0),
        R(SRP, "2023-11-28", 2.0),
    ],
)
def _field_name_headings(c: Any, w: float, h: float) -> None:
    """A database query printed as it ran: the headings are field names ("CRS_TITLE", "BEG_DT", "END_DT",
    "CR_HRS", "STAT_CD"), dates ISO, every cell upper case."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, h - 45, "QUERY: TRN_HIST WHERE EMP_NAME = 'NWACHUKWU, AUGUSTINA P'")
    cols = [("CRS_TITLE", 40), ("BEG_DT", 300), ("END_DT", 370), ("CR_HRS", 450), ("STAT_CD", 500)]
    table(c, h - 80, cols, [
        ["JUVENILE LAW FOR LAW ENFORCEMENT", "2022-03-29", "2022-03-29", "8.00", "CMP"],
        ["CRISIS INTERVENTION TEAMS FOR YOUTH", "2022-08-08", "2022-08-12", "40.00", "CMP"],
        ["DEFENSIVE TACTICS REFRESHER", "2023-01-17", "2023-01-17", "4.00", "CMP"],
        ["YOUTH MENTAL HEALTH FIRST AID", "2023-06-06", "2023-06-06", "8.00", "CMP"],
        ["STANDARD RESPONSE PROTOCOL TRAINING", "2023-11-28", "2023-11-28", "2.00", "CMP"],
    ], size=8.5, right=(3,))  # fmt: skip
    lines_at(c, 40, h - 180, ["5 row(s) returned."], "Courier", 9)


_BANDS = [
    ("2021", [("03/09/2021", YMHFA, "8.00"), ("07/20/2021", FIRE, "4.00"), ("10/26/2021", SRP, "4.00")]),
    ("2022", [("02/01/2022", JLAW, "8.00"), ("06/07/2022", BULLY, "3.00")]),
    ("2023", [("01/24/2023", ASR, "8.00"), ("05/16/2023", TIP, "8.00"), ("11/07/2023", DT, "4.00")]),
]


@record(
    "year_bands",
    name="Florian K. Achebe-Lindgren",
    items=[R(course, _iso(d), float(hrs)) for _, rows in _BANDS for d, course, hrs in rows],
)
def _year_bands(c: Any, w: float, h: float) -> None:
    """Rows grouped under a bold band "Calendar Year 2021", each group closed by "Subtotal 2021:" with its
    hours in the hours column, then "Grand Total (3 years):" under all."""
    _head(c, h, "Stonebridge Regional Police", "Training Hours by Year", "Florian K. Achebe-Lindgren")
    cols = (("Date", 40), ("Course", 120), ("Provider", 360), ("Hours", 480))
    y = _rule_heads(c, h, cols, h - 110)
    total = 0.0
    for year, rows in _BANDS:
        c.setFillGray(0.88)
        c.rect(38, y - 4, 536, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"Calendar Year {year}")
        c.setFont("Helvetica", 9)
        y -= 16
        sub = 0.0
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(120, y, course[0])
            c.drawString(360, y, "In-Service")
            c.drawRightString(510, y, hrs)
            sub += float(hrs)
            y -= 14
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(120, y, f"Subtotal {year}:")
        c.drawRightString(510, y, f"{sub:.2f}")
        c.setFont("Helvetica", 9)
        total += sub
        y -= 20
    c.setFont("Helvetica-Bold", 9)
    c.drawString(120, y, "Grand Total (3 years):")
    c.drawRightString(510, y, f"{total:.2f}")


@record(
    "credit_yes_no",
    name="Benedikt O. Marangoni",
    items=[
        R(YMHFA, "2022-02-22", 8.0),
        R(JLAW, "2022-09-06", 8.0),
        R(FIRE, "2023-01-31", 4.0),
        R(SEOP, "2023-10-24", 8.0),
    ],
    not_credited=(
        "Active Shooter Response for Schools",
        "Interviewing and Interrogating Juveniles",
        "Crisis Intervention Teams for Youth",
    ),
)
def _credit_yes_no(c: Any, w: float, h: float) -> None:
    """Every enrolment a row with its booked hours; a "Credit" column says Y or N and a "Reason" the why
    of an N ("Failed exam", "Left early", "No show")."""
    _head(c, h, "Westhaven Police Department", "Course Enrollment History", "Benedikt O. Marangoni")
    cols = [("Date", 40), ("Course", 105), ("Hrs", 350), ("Credit", 385), ("Reason", 430)]
    table(c, h - 110, cols, [
        ["02/22/2022", "Youth Mental Health First Aid", "8.0", "Y", ""],
        ["05/10/2022", "Active Shooter Response for Schools", "8.0", "N", "Left early"],
        ["09/06/2022", "Juvenile Law for Law Enforcement", "8.0", "Y", ""],
        ["01/31/2023", "Firearms Qualification", "4.0", "Y", ""],
        ["06/20/2023", "Interviewing and Interrogating Juveniles", "16.0", "N", "Failed exam"],
        ["10/24/2023", "School Emergency Operations Planning", "8.0", "Y", ""],
        ["03/11/2024", "Crisis Intervention Teams for Youth", "40.0", "N", "No show"],
    ], right=(2,))  # fmt: skip


@record(
    "status_code_legend",
    name="Genoveva R. Haddad",
    items=[
        R(TIP, "2022-03-01", 8.0),
        R(BULLY, "2022-08-23", 4.0),
        R(CAN, "2023-02-13", 24.0, end="2023-02-15"),
        R(ASR, "2023-09-19", 8.0),
    ],
    not_credited=(
        "Youth Mental Health First Aid",
        "Juvenile Law for Law Enforcement",
        "School Emergency Operations Planning",
    ),
)
def _status_code_legend(c: Any, w: float, h: float) -> None:
    """A one-letter "Sts" column (C, I, W, NS) and a legend at the foot saying what each letter means."""
    _head(c, h, "Brightwater ISD Police", "Training Transcript", "Genoveva R. Haddad")
    cols = [("Course", 40), ("Start", 290), ("End", 355), ("Hrs", 430), ("Sts", 470)]
    y = table(c, h - 110, cols, [
        ["Trauma-Informed Policing with Youth", "03/01/2022", "03/01/2022", "8.0", "C"],
        ["Youth Mental Health First Aid", "06/14/2022", "06/14/2022", "8.0", "I"],
        ["Bullying and Cyberbullying Prevention", "08/23/2022", "08/23/2022", "4.0", "C"],
        ["Child Abuse and Neglect Investigations", "02/13/2023", "02/15/2023", "24.0", "C"],
        ["Juvenile Law for Law Enforcement", "05/09/2023", "05/09/2023", "8.0", "W"],
        ["Active Shooter Response for Schools", "09/19/2023", "09/19/2023", "8.0", "C"],
        ["School Emergency Operations Planning", "02/06/2024", "02/06/2024", "8.0", "NS"],
    ], right=(3,))  # fmt: skip
    lines_at(c, 40, y - 20, ["Status: C = Completed   I = Incomplete   W = Withdrawn   NS = No Show"], size=8)


@record(
    "three_line_titles",
    name="Isadora L. Montgomery-Obi",
    items=[
        R(BULLY_SRO, "2022-04-19", 4.0),
        R(YMHFA, "2022-09-27", 8.0),
        R(CAN_SBO, "2023-03-06", 24.0, end="2023-03-08"),
        R(FIRE, "2023-08-15", 4.0),
    ],
)
def _three_line_titles(c: Any, w: float, h: float) -> None:
    """A narrow title column: long titles wrap over three lines, the provider beside them over two; the
    dates and hours on each row's first line."""
    _head(c, h, "Cedar Glen Police Department", "Employee Training Record", "Isadora L. Montgomery-Obi")
    cols = (("Start", 40), ("End", 105), ("Course Title", 170), ("Provider", 330), ("Hours", 480))
    y = _rule_heads(c, h, cols, h - 110)
    rows = [
        ("04/19/2022", "04/19/2022", ["Bullying and Cyberbullying", "Prevention for School",
                                      "Resource Officers"], ["State School Safety", "Center"], "4.0"),
        ("09/27/2022", "09/27/2022", ["Youth Mental Health First", "Aid"], ["County Behavioral", "Health"],
         "8.0"),
        ("03/06/2023", "03/08/2023", ["Child Abuse and Neglect", "Investigations for",
                                      "School-Based Officers"], ["Attorney General's", "Office"], "24.0"),
        ("08/15/2023", "08/15/2023", ["Firearms Qualification"], ["Dept. Range"], "4.0"),
    ]  # fmt: skip
    for start, end, title, provider, hours in rows:
        c.drawString(40, y, start)
        c.drawString(105, y, end)
        c.drawRightString(505, y, hours)
        for k, part in enumerate(title):
            c.drawString(170, y - 11 * k, part)
        for k, part in enumerate(provider):
            c.drawString(330, y - 11 * k, part)
        y -= 11 * max(len(title), len(provider)) + 8


@record(
    "quarter_hours",
    name="Reginald U. Okonkwo-Sato",
    items=[
        R(SRP, "2022-02-09", 0.5),
        R(BULLY, "2022-05-04", 1.25),
        R(YMHFA, "2022-08-17", 8.0),
        R(DT, "2023-01-11", 0.75),
        R(TIP, "2023-05-24", 2.25),
        R(JLAW, "2023-10-18", 1.5),
    ],
)
def _quarter_hours(c: Any, w: float, h: float) -> None:
    """Short online modules: hours in quarters, "0.50", "1.25", ".75", "2.25" under "Credit Hrs"."""
    _head(c, h, "Lakemont School District Police", "Online Learning Transcript", "Reginald U. Okonkwo-Sato")
    cols = [("Completed", 40), ("Module", 120), ("Credit Hrs", 400), ("Format", 470)]
    table(c, h - 110, cols, [
        ["02/09/2022", "Standard Response Protocol Training", "0.50", "Online"],
        ["05/04/2022", "Bullying and Cyberbullying Prevention", "1.25", "Online"],
        ["08/17/2022", "Youth Mental Health First Aid", "8.00", "Classroom"],
        ["01/11/2023", "Defensive Tactics Refresher", ".75", "Video"],
        ["05/24/2023", "Trauma-Informed Policing with Youth", "2.25", "Online"],
        ["10/18/2023", "Juvenile Law for Law Enforcement", "1.50", "Webinar"],
    ], right=(2,))  # fmt: skip


@record(
    "instructor_beside_title",
    name="Winifred S. Castellano-Reyes",
    items=[
        R(ASR, "2022-01-12", 8.0),
        R(CAN, "2022-05-23", 24.0, end="2022-05-25"),
        R(YMHFA, "2022-10-05", 8.0),
        R(FIRE, "2023-03-15", 4.0),
        R(IIJ, "2023-08-09", 16.0, end="2023-08-10"),
    ],
)
def _instructor_beside_title(c: Any, w: float, h: float) -> None:
    """An instructor column right after the title and before the dates: "Sgt. M. Reyes",
    "K. Oyelowo, LCSW", "Staff"."""
    _head(c, h, "Fairhaven County Schools Police", "In-Service Training Log", "Winifred S. Castellano-Reyes")
    cols = [("Course", 40), ("Instructor", 240), ("From", 350), ("To", 420), ("Hrs", 500)]
    table(c, h - 110, cols, [
        ["Active Shooter Response for Schools", "Sgt. M. Reyes", "01/12/2022", "01/12/2022", "8"],
        ["Child Abuse and Neglect Investigations", "Det. A. Kaur", "05/23/2022", "05/25/2022", "24"],
        ["Youth Mental Health First Aid", "K. Oyelowo, LCSW", "10/05/2022", "10/05/2022", "8"],
        ["Firearms Qualification", "Staff", "03/15/2023", "03/15/2023", "4"],
        ["Interviewing and Interrogating Juveniles", "Lt. D. Moreno", "08/09/2023", "08/10/2023", "16"],
    ], size=8.5, right=(4,))  # fmt: skip


@record(
    "required_completed",
    name="Theodora N. Balogun-Price",
    items=[
        R(YMHFA, "2022-03-22", 8.0),
        R(CIT, "2022-09-12", 32.0, end="2022-09-16"),
        R(SRP, "2023-02-28", 4.0),
        R(JLAW, "2023-07-18", 8.0),
    ],
    not_credited=("School Emergency Operations Planning",),
)
def _required_completed(c: Any, w: float, h: float) -> None:
    """ "Hours Required" (what the class asks) beside "Hours Completed" (what the officer did): one class
    completed in part, one not at all ("0.0")."""
    _head(
        c,
        h,
        "Ridgeway Consolidated Schools Police",
        "Training Compliance Detail",
        "Theodora N. Balogun-Price",
    )
    cols = [("Course", 40), ("Date", 270), ("Hours Required", 350), ("Hours Completed", 450)]
    y = table(c, h - 110, cols, [
        ["Youth Mental Health First Aid", "03/22/2022", "8.0", "8.0"],
        ["Crisis Intervention Teams for Youth", "09/12/2022 - 09/16/2022", "40.0", "32.0"],
        ["Standard Response Protocol Training", "02/28/2023", "4.0", "4.0"],
        ["School Emergency Operations Planning", "05/02/2023", "8.0", "0.0"],
        ["Juvenile Law for Law Enforcement", "07/18/2023", "8.0", "8.0"],
    ], right=(2, 3))  # fmt: skip
    del y


@record(
    "landscape_ten_columns",
    name="Evangeline D. Oduya",
    pagesize=landscape(letter),
    items=[
        R(YMHFA, "2022-02-01", 8.0),
        R(IIJ, "2022-06-20", 16.0, end="2022-06-21"),
        R(FIRE, "2022-11-08", 4.0),
        R(SEOP, "2023-04-11", 8.0),
        R(TIP, "2023-10-17", 8.0),
    ],
)
def _landscape_ten_columns(c: Any, w: float, h: float) -> None:
    """A landscape export of ten columns: code, title, category, delivery, start, end, hours, CEU, score
    and status; the CEU beside the hours and a score (a percentage) beside the status."""
    c.setFont("Helvetica-Bold", 12)
    c.drawString(30, h - 36, "Regional Training Consortium - Learner Activity Report")
    lines_at(c, 30, h - 52, ["Learner: Evangeline D. Oduya      Agency: Northgate ISD Police"], size=9)
    labels = ["Code", "Title", "Category", "Delivery", "Start", "End", "Hours", "CEU", "Score", "Status"]
    cols = list(zip(labels, (30, 85, 290, 370, 430, 495, 560, 605, 645, 690), strict=True))
    table(c, h - 80, cols, [
        ["MH-101", "Youth Mental Health First Aid", "Juvenile", "ILT", "02/01/2022", "02/01/2022", "8.0",
         "0.8", "92%", "Completed"],
        ["JV-220", "Interviewing and Interrogating Juveniles", "Juvenile", "ILT", "06/20/2022", "06/21/2022",
         "16.0", "1.6", "88%", "Completed"],
        ["FA-010", "Firearms Qualification", "Firearms", "Range", "11/08/2022", "11/08/2022", "4.0", "0.4",
         "96%", "Completed"],
        ["SS-305", "School Emergency Operations Planning", "School Safety", "ILT", "04/11/2023",
         "04/11/2023", "8.0", "0.8", "90%", "Completed"],
        ["JV-118", "Trauma-Informed Policing with Youth", "Juvenile", "Online", "10/17/2023", "10/17/2023",
         "8.0", "0.8", "85%", "Completed"],
    ], size=7.5, step=13)  # fmt: skip


_CONT_PAGES = [
    [("01/11/2022", YMHFA, "8.0"), ("02/15/2022", FIRE, "4.0"), ("04/05/2022", SRP, "2.0")],
    [("06/14/2022", JLAW, "8.0"), ("09/20/2022", ASR, "8.0"), ("12/06/2022", DT, "4.0")],
    [("03/14/2023", BULLY, "4.0"), ("07/25/2023", TIP, "8.0")],
]


@record(
    "header_each_page_continued",
    name="Maximilian F. Adebayo-Stone",
    items=[R(course, _iso(d), float(hrs)) for rows in _CONT_PAGES for d, course, hrs in rows],
)
def _header_each_page_continued(c: Any, w: float, h: float) -> None:
    """Three pages, each with the agency, the officer's name and the headings; "Continued on next page"
    under the last row of pages 1 and 2 and "(continued)" after the title of pages 2 and 3."""
    cols = (("Date", 40), ("Course Title", 115), ("Hours", 400), ("Verified By", 450))
    for page, rows in enumerate(_CONT_PAGES, start=1):
        more = " (continued)" if page > 1 else ""
        _head(c, h, "Northfield Borough Police Department", f"Officer Training Record{more}",
              "Maximilian F. Adebayo-Stone")  # fmt: skip
        y = _rule_heads(c, h, cols, h - 110)
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(115, y, course[0])
            c.drawRightString(430, y, hrs)
            c.drawString(450, y, "R. Lindqvist")
            y -= 16
        if page < 3:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(115, y - 6, "Continued on next page")
            c.showPage()
