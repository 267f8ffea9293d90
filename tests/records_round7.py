"""Department training records, seventh round: what rounds three to six did not draw.

Two tables side by side ("Completed" beside "In Progress", or one table's rows set in two half-width
columns of a portrait page); rows dated only by a fiscal year, a school year or a quarter ("FY 2021-22",
"2022-23", "Q3 2021") beside fully dated rows; an adjustment row naming the one row it corrects; statuses
"Equivalency", "Transfer Credit", "Waived", "Exempt", "Incomplete"; hours given per day ("Days" beside
"Hrs/Day", or "8 hrs/day x 5 days" in the cell); year subtotals in the middle of the table; a record over
two pages whose column headings repeat on each; a landscape export of many narrow columns.

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

RECORDS7: dict[str, IssuerDoc] = {}


record = partial(round5_record, into=RECORDS7)


Cols = Sequence[tuple[str, float]]


def _block(
    c: Any,
    x: float,
    y: float,
    heading: str,
    cols: Cols,
    rows: Sequence[Sequence[str]],
    width: float,
    size: float = 9.0,
) -> None:
    """A table at ``x``: an optional heading, column labels at x + offset, a rule, rows; the last column
    set flush right at x + width."""
    if heading:
        lines_at(c, x, y, [heading], "Helvetica-Bold", size + 1)
        y -= 20
    c.setFont("Helvetica-Bold", size)
    for label, dx in cols:
        c.drawString(x + dx, y, label)
    c.line(x, y - 4, x + width, y - 4)
    c.setFont("Helvetica", size)
    for k, row in enumerate(rows):
        yy = y - 18 - 14 * k
        for j, ((_, dx), cell) in enumerate(zip(cols, row, strict=True)):
            if j == len(cols) - 1:
                c.drawRightString(x + width, yy, cell)
            else:
                c.drawString(x + dx, yy, cell)


# ----------------------------------------------------------------------------------------- records


@record(
    "completed_beside_progress",
    name="Rhiannon P. Castellano",
    pagesize=landscape(letter),
    items=[
        T("Youth Mental Health First Aid", "2022-04-05", 8.0, "juvenile", "ymhfa"),
        T("Juvenile Law for Law Enforcement", "2022-11-15", 8.0, "juvenile", "juvenile-law"),
        T("Firearms Qualification", "2023-05-09", 4.0, "unrelated", "firearms-qual"),
        T("Standard Response Protocol Training", "2023-10-17", 4.0, "school_safety", "srp-training"),
    ],
    not_credited=(
        "Child Abuse and Neglect Investigations",
        "Interviewing and Interrogating Juveniles",
        "School Emergency Operations Planning",
    ),
)
def _completed_beside_progress(c: Any, w: float, h: float) -> None:
    """A landscape LMS summary: completed classes on the left, classes enrolled in and not yet finished on
    the right, the rows of both at the same heights: a right-hand row is no credit, and no left-hand row
    takes a right-hand row's date or hours."""
    _head(
        c,
        h,
        "Brookhaven Unified School District Police",
        "Learner Training Summary",
        "Rhiannon P. Castellano",
        "Employee #: 40518",
    )
    cols = [("Date", 0), ("Course", 62), ("Hrs", 320)]
    _block(
        c,
        40,
        h - 110,
        "COMPLETED",
        cols,
        [
            ("04/05/2022", "Youth Mental Health First Aid", "8.0"),
            ("11/15/2022", "Juvenile Law for Law Enforcement", "8.0"),
            ("05/09/2023", "Firearms Qualification", "4.0"),
            ("10/17/2023", "Standard Response Protocol Training", "4.0"),
        ],
        width=340,
    )
    _block(
        c,
        410,
        h - 110,
        "IN PROGRESS",
        [("Enrolled", 0), ("Course", 62), ("Hrs", 320)],
        [
            ("01/08/2024", "Child Abuse and Neglect Investigations", "24.0"),
            ("02/12/2024", "Interviewing and Interrogating Juveniles", "16.0"),
            ("03/04/2024", "School Emergency Operations Planning", "8.0"),
        ],
        width=340,
    )


@record(
    "half_width_columns",
    name="Oluwaseun T. Marchetti",
    items=[
        T("Youth Mental Health First Aid", "2021-09-14", 8.0, "juvenile", "ymhfa"),
        T("Active Shooter Response for Schools", "2022-01-25", 8.0, "school_safety", "school-active-shooter"),
        T("Defensive Tactics Refresher", "2022-04-19", 4.0, "unrelated", "defensive-tactics"),
        T("Juvenile Law for Law Enforcement", "2022-08-30", 8.0, "juvenile", "juvenile-law"),
        T("Standard Response Protocol Training", "2023-01-10", 2.0, "school_safety", "srp-training"),
        T("Trauma-Informed Policing with Youth", "2023-05-23", 8.0, "juvenile", "trauma-informed-youth"),
        T("Firearms Qualification", "2023-09-12", 4.0, "unrelated", "firearms-qual"),
        T("Bullying and Cyberbullying Prevention", "2024-02-06", 4.0, "juvenile", "bullying-prevention"),
    ],
)
def _half_width_columns(c: Any, w: float, h: float) -> None:
    """One table's rows set in two half-width columns of a portrait page (oldest first down the left, then
    down the right), the column labels printed over each half; small type."""
    _head(
        c,
        h,
        "Fairmont Township Police Department",
        "Individual Training History",
        "Oluwaseun T. Marchetti",
        "Badge 771",
    )
    cols = [("Date", 0), ("Course", 48), ("Hrs", 240)]
    _block(
        c,
        36,
        h - 110,
        "",
        cols,
        [
            ("09/14/2021", "Youth Mental Health First Aid", "8.0"),
            ("01/25/2022", "Active Shooter Response for Schools", "8.0"),
            ("04/19/2022", "Defensive Tactics Refresher", "4.0"),
            ("08/30/2022", "Juvenile Law for Law Enforcement", "8.0"),
        ],
        width=258,
        size=8,
    )
    _block(
        c,
        318,
        h - 110,
        "",
        cols,
        [
            ("01/10/2023", "Standard Response Protocol Training", "2.0"),
            ("05/23/2023", "Trauma-Informed Policing with Youth", "8.0"),
            ("09/12/2023", "Firearms Qualification", "4.0"),
            ("02/06/2024", "Bullying and Cyberbullying Prevention", "4.0"),
        ],
        width=258,
        size=8,
    )


@record(
    "fiscal_school_years",
    name="Theodora M. Quist",
    items=[
        T(
            "School Emergency Operations Planning",
            "2021-07-01",
            8.0,
            "school_safety",
            "school-emergency-ops",
            end="2022-06-30",
            sure=False,
        ),
        T("Youth Mental Health First Aid", "2022-02-08", 8.0, "juvenile", "ymhfa"),
        T(
            "Active Shooter Response for Schools",
            "2022-08-01",
            8.0,
            "school_safety",
            "school-active-shooter",
            end="2023-07-31",
            sure=False,
        ),
        T(
            "Juvenile Law for Law Enforcement",
            "2021-07-01",
            4.0,
            "juvenile",
            "juvenile-law",
            end="2021-09-30",
            sure=False,
        ),
        T(
            "Child Abuse and Neglect Investigations",
            "2023-03-21",
            16.0,
            "juvenile",
            "child-abuse-inv",
            end="2023-03-22",
        ),
        T("Standard Response Protocol Training", "2024-01-09", 4.0, "school_safety", "srp-training"),
    ],
)
def _fiscal_school_years(c: Any, w: float, h: float) -> None:
    """A district's compliance sheet dating some rows by the period they were reported in ("FY 2021-22",
    a school year "2022-23", "Q1 FY22"): no day, so a person settles them (the ten-year window needs a
    date); the fully dated rows read as usual."""
    _head(
        c, h, "Cypress Ridge ISD Police Department", "Officer Training Compliance Record", "Theodora M. Quist"
    )
    cols = [("Completed", 40), ("Course", 165), ("Hours", 430), ("Notes", 475)]
    table(
        c,
        h - 110,
        cols,
        [
            ["FY 2021-22", "School Emergency Operations Planning", "8.0", "Annual"],
            ["02/08/2022", "Youth Mental Health First Aid", "8.0", ""],
            ["2022-23", "Active Shooter Response for Schools", "8.0", "Annual"],
            ["Q1 FY22", "Juvenile Law for Law Enforcement", "4.0", "Roll call"],
            ["03/21/2023 - 03/22/2023", "Child Abuse and Neglect Investigations", "16.0", ""],
            ["01/09/2024", "Standard Response Protocol Training", "4.0", ""],
        ],
        right=(2,),
    )
    lines_at(c, 40, h - 220, ["Fiscal year runs July 1 - June 30."], size=8)


@record(
    "adjustment_named_row",
    name="Caspian R. Ellingsworth",
    items=[
        T("Youth Mental Health First Aid", "2022-03-08", 8.0, "juvenile", "ymhfa"),
        T(
            "Trauma-Informed Policing with Youth",
            "2022-06-21",
            8.0,
            "juvenile",
            "trauma-informed-youth",
            sure=False,
        ),
        T("Standard Response Protocol Training", "2022-10-11", 4.0, "school_safety", "srp-training"),
        T("Juvenile Law for Law Enforcement", "2023-02-14", 8.0, "juvenile", "juvenile-law"),
        T("Active Shooter Response for Schools", "2023-08-29", 8.0, "school_safety", "school-active-shooter"),
    ],
)
def _adjustment_named_row(c: Any, w: float, h: float) -> None:
    """A training ledger whose one "Adjustment" row names the class it corrects: that class is for a person
    to settle, the others keep their reading."""
    _head(c, h, "Marlow County Sheriff's Office", "Training Hours Ledger", "Caspian R. Ellingsworth")
    cols = [("Date", 40), ("Entry", 110), ("Hours", 420), ("Clerk", 470)]
    table(
        c,
        h - 110,
        cols,
        [
            ["03/08/2022", "Youth Mental Health First Aid", "8.0", "JLM"],
            ["06/21/2022", "Trauma-Informed Policing with Youth", "8.0", "JLM"],
            ["10/11/2022", "Standard Response Protocol Training", "4.0", "RKD"],
            ["12/02/2022", "Adjustment: Trauma-Informed Policing (left early)", "-2.0", "RKD"],
            ["02/14/2023", "Juvenile Law for Law Enforcement", "8.0", "JLM"],
            ["08/29/2023", "Active Shooter Response for Schools", "8.0", "RKD"],
        ],
        right=(2,),
    )


@record(
    "equivalency_transfer",
    name="Leopold S. Abernathy-Kwame",
    items=[
        T("Youth Mental Health First Aid", "2022-05-10", 8.0, "juvenile", "ymhfa"),
        T("Standard Response Protocol Training", "2023-02-07", 4.0, "school_safety", "srp-training"),
        T("Juvenile Law for Law Enforcement", "2024-01-16", 8.0, "juvenile", "juvenile-law"),
    ],
    not_credited=(
        "Interviewing and Interrogating Juveniles",
        "Active Shooter Response for Schools",
        "Child Abuse and Neglect Investigations",
        "Trauma-Informed Policing with Youth",
        "Firearms Qualification",
    ),
)
def _equivalency_transfer(c: Any, w: float, h: float) -> None:
    """A POST status column: "Equivalency" (credit granted for other training), "Transfer Credit" (hours
    accepted from another agency's record), "Waived", "Exempt", "Incomplete": none a class the record
    shows attended and completed here."""
    _head(
        c,
        h,
        "Commission on Law Enforcement Standards",
        "Training History Report",
        "Leopold S. Abernathy-Kwame",
        "License #: 0093317",
    )
    cols = [("Course", 40), ("Date", 290), ("Hours", 360), ("Status", 420)]
    table(
        c,
        h - 110,
        cols,
        [
            ["Youth Mental Health First Aid", "05/10/2022", "8.0", "Completed"],
            ["Interviewing and Interrogating Juveniles", "08/16/2022", "16.0", "Equivalency"],
            ["Active Shooter Response for Schools", "11/01/2022", "8.0", "Transfer Credit"],
            ["Standard Response Protocol Training", "02/07/2023", "4.0", "Completed"],
            ["Child Abuse and Neglect Investigations", "06/13/2023", "24.0", "Waived"],
            ["Trauma-Informed Policing with Youth", "09/19/2023", "8.0", "Incomplete"],
            ["Firearms Qualification", "11/28/2023", "4.0", "Exempt"],
            ["Juvenile Law for Law Enforcement", "01/16/2024", "8.0", "Completed"],
        ],
        right=(2,),
    )


@record(
    "days_times_hours",
    name="Marguerite A. Oyelowo",
    items=[
        T(
            "Child Abuse and Neglect Investigations",
            "2022-02-14",
            40.0,
            "juvenile",
            "child-abuse-inv",
            end="2022-02-18",
        ),
        T("Youth Mental Health First Aid", "2022-09-07", 8.0, "juvenile", "ymhfa"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2023-03-13",
            24.0,
            "juvenile",
            "juvenile-interview",
            end="2023-03-15",
        ),
        T("Standard Response Protocol Training", "2023-10-04", 4.0, "school_safety", "srp-training"),
    ],
)
def _days_times_hours(c: Any, w: float, h: float) -> None:
    """A regional academy's record giving a class's length as "Days" beside "Hrs/Day": the hours of a
    five-day class are forty, never the eight of one day."""
    _head(c, h, "Tri-County Regional Training Academy", "Student Training Record", "Marguerite A. Oyelowo")
    cols = [("Course", 40), ("Start", 270), ("End", 335), ("Days", 410), ("Hrs/Day", 460)]
    table(
        c,
        h - 110,
        cols,
        [
            ["Child Abuse and Neglect Investigations", "02/14/2022", "02/18/2022", "5", "8.0"],
            ["Youth Mental Health First Aid", "09/07/2022", "09/07/2022", "1", "8.0"],
            ["Interviewing and Interrogating Juveniles", "03/13/2023", "03/15/2023", "3", "8.0"],
            ["Standard Response Protocol Training", "10/04/2023", "10/04/2023", "1", "4.0"],
        ],
        right=(3, 4),
    )


@record(
    "hours_per_day_cell",
    name="Ignatius V. Balogun",
    items=[
        T(
            "Child Abuse and Neglect Investigations",
            "2022-05-02",
            40.0,
            "juvenile",
            "child-abuse-inv",
            end="2022-05-06",
        ),
        T("Juvenile Law for Law Enforcement", "2022-11-08", 8.0, "juvenile", "juvenile-law"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2023-06-20",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2023-06-21",
        ),
        T("Trauma-Informed Policing with Youth", "2024-02-27", 8.0, "juvenile", "trauma-informed-youth"),
    ],
)
def _hours_per_day_cell(c: Any, w: float, h: float) -> None:
    """A hand-kept log whose length cell says "8 hrs/day x 5 days": the class's hours are the product; a
    reader taking the first number takes one day's."""
    _head(c, h, "Granite Falls Police Department", "Training Log", "Ignatius V. Balogun")
    cols = [("Dates", 40), ("Course", 160), ("Length", 400)]
    table(
        c,
        h - 110,
        cols,
        [
            ["05/02/2022-05/06/2022", "Child Abuse and Neglect Investigations", "8 hrs/day x 5 days"],
            ["11/08/2022", "Juvenile Law for Law Enforcement", "8 hrs"],
            ["06/20/2023-06/21/2023", "Interviewing and Interrogating Juveniles", "8 hrs/day x 2 days"],
            ["02/27/2024", "Trauma-Informed Policing with Youth", "8 hrs"],
        ],
    )


@record(
    "year_subtotals",
    name="Ansel G. Thorvaldsen",
    items=[
        T("Youth Mental Health First Aid", "2022-02-22", 8.0, "juvenile", "ymhfa"),
        T("Active Shooter Response for Schools", "2022-06-14", 8.0, "school_safety", "school-active-shooter"),
        T("Firearms Qualification", "2022-10-04", 4.0, "unrelated", "firearms-qual"),
        T("Juvenile Law for Law Enforcement", "2023-03-07", 8.0, "juvenile", "juvenile-law"),
        T("Standard Response Protocol Training", "2023-09-19", 4.0, "school_safety", "srp-training"),
        T("Trauma-Informed Policing with Youth", "2024-01-30", 8.0, "juvenile", "trauma-informed-youth"),
    ],
)
def _year_subtotals(c: Any, w: float, h: float) -> None:
    """Oldest first, each calendar year closed by a line whose amount sits in the hours column ("Calendar
    Year 2022 Hours 20.0"), the year's hours: no class."""
    _head(c, h, "Stonebridge Police Department", "Training Transcript by Year", "Ansel G. Thorvaldsen")
    cols = [("Date", 40), ("Course", 110), ("Hours", 400), ("Type", 460)]
    rows = [
        ["02/22/2022", "Youth Mental Health First Aid", "8.0", "Classroom"],
        ["06/14/2022", "Active Shooter Response for Schools", "8.0", "Classroom"],
        ["10/04/2022", "Firearms Qualification", "4.0", "Range"],
        ["", "Calendar Year 2022 Hours", "20.0", ""],
        ["03/07/2023", "Juvenile Law for Law Enforcement", "8.0", "Online"],
        ["09/19/2023", "Standard Response Protocol Training", "4.0", "Online"],
        ["", "Calendar Year 2023 Hours", "12.0", ""],
        ["01/30/2024", "Trauma-Informed Policing with Youth", "8.0", "Classroom"],
        ["", "Calendar Year 2024 Hours", "8.0", ""],
    ]
    table(c, h - 110, cols, rows, right=(2,))


_PAGED = [
    ["09/13/2021", "Youth Mental Health First Aid", "County MH", "8.0"],
    ["12/07/2021", "Firearms Qualification", "Dept. Range", "4.0"],
    ["03/22/2022", "Active Shooter Response for Schools", "ALERRT", "8.0"],
    ["06/28/2022", "Juvenile Law for Law Enforcement", "State AG", "8.0"],
    ["10/18/2022", "Defensive Tactics Refresher", "Dept.", "4.0"],
    ["02/21/2023", "Standard Response Protocol Training", "I Love U Guys", "4.0"],
    ["07/11/2023", "Trauma-Informed Policing with Youth", "Regional Acad.", "8.0"],
    ["11/14/2023", "School Emergency Operations Planning", "State SSC", "8.0"],
]


@record(
    "header_every_page",
    name="Perpetua J. Vandermeer",
    items=[
        T("Youth Mental Health First Aid", "2021-09-13", 8.0, "juvenile", "ymhfa"),
        T("Firearms Qualification", "2021-12-07", 4.0, "unrelated", "firearms-qual"),
        T("Active Shooter Response for Schools", "2022-03-22", 8.0, "school_safety", "school-active-shooter"),
        T("Juvenile Law for Law Enforcement", "2022-06-28", 8.0, "juvenile", "juvenile-law"),
        T("Defensive Tactics Refresher", "2022-10-18", 4.0, "unrelated", "defensive-tactics"),
        T("Standard Response Protocol Training", "2023-02-21", 4.0, "school_safety", "srp-training"),
        T("Trauma-Informed Policing with Youth", "2023-07-11", 8.0, "juvenile", "trauma-informed-youth"),
        T("School Emergency Operations Planning", "2023-11-14", 8.0, "school_safety", "school-emergency-ops"),
    ],
)
def _header_every_page(c: Any, w: float, h: float) -> None:
    """A portrait history over two pages: the agency line, the officer's name and the column headings
    repeated on each, "(continued)" on the second, a page total at each foot, "Page n of 2"."""
    cols = [("Date", 40), ("Course", 110), ("Provider", 340), ("Hours", 450)]
    for page, rows in ((1, _PAGED[:5]), (2, _PAGED[5:])):
        suffix = " (continued)" if page == 2 else ""
        _head(c, h, "Ashgrove Police Department", f"Training History{suffix}", "Perpetua J. Vandermeer")
        y = table(c, h - 110, cols, rows, right=(3,))
        total = sum(float(r[3]) for r in rows)
        lines_at(c, 340, y - 6, [f"Page Total: {total:.1f}"], "Helvetica-Bold", 9)
        c.setFont("Helvetica", 8)
        c.drawString(w - 110, 28, f"Page {page} of 2")
        if page == 1:
            c.showPage()


@record(
    "landscape_narrow",
    name="Benedetta L. Okafor",
    pagesize=landscape(letter),
    items=[
        T("Youth Mental Health First Aid", "2022-01-18", 8.0, "juvenile", "ymhfa"),
        T(
            "Interviewing and Interrogating Juveniles",
            "2022-05-10",
            16.0,
            "juvenile",
            "juvenile-interview",
            end="2022-05-11",
        ),
        T("Firearms Qualification", "2022-09-27", 4.0, "unrelated", "firearms-qual"),
        T("Standard Response Protocol Training", "2023-04-04", 4.0, "school_safety", "srp-training"),
        T(
            "Child Abuse and Neglect Investigations",
            "2023-10-23",
            24.0,
            "juvenile",
            "child-abuse-inv",
            end="2023-10-25",
        ),
    ],
)
def _landscape_narrow(c: Any, w: float, h: float) -> None:
    """A landscape POST export of eleven narrow columns in small type: course number, title, begin and end
    dates (two-digit years), hours, category, delivery, status, instructor, location, score."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(30, h - 36, "POST Training Management System - Officer Course History")
    lines_at(
        c, 30, h - 52, ["Officer: OKAFOR, BENEDETTA L.   PID 55-20931   Agency: Lakeview USD PD"], size=9
    )
    labels = [
        "Crs #",
        "Course Title",
        "Beg Dt",
        "End Dt",
        "Hrs",
        "Cat",
        "Dlv",
        "Sts",
        "Instr",
        "Location",
        "Scr",
    ]
    cols = list(zip(labels, (30, 78, 290, 333, 376, 404, 436, 464, 494, 590, 700), strict=True))
    rows = [
        ["10412", "Youth Mental Health First Aid", "01/18/22", "01/18/22", "8.0", "JUV", "ILT", "C",
         "L. Ferris", "County MH Ctr", "P"],
        ["20377", "Interviewing and Interrogating Juveniles", "05/10/22", "05/11/22", "16.0", "JUV", "ILT",
         "C", "A. Kwan", "Regional Acad.", "92"],
        ["30015", "Firearms Qualification", "09/27/22", "09/27/22", "4.0", "FA", "RNG", "C", "T. Brandt",
         "Dept. Range", "247"],
        ["10588", "Standard Response Protocol Training", "04/04/23", "04/04/23", "4.0", "SS", "WBT", "C",
         "Online", "Online", "100"],
        ["20419", "Child Abuse and Neglect Investigations", "10/23/23", "10/25/23", "24.0", "JUV", "ILT", "C",
         "M. Osei", "State AG Ofc", "88"],
    ]  # fmt: skip
    table(c, h - 80, cols, rows, size=7, step=12, right=(4,))
    lines_at(c, 30, h - 160, ["Sts: C = Complete, I = Incomplete, W = Withdrawn.  Scr: P = Pass"], size=7)


@record(
    "credit_type_column",
    name="Evangeline R. Szymanski",
    items=[
        T("Youth Mental Health First Aid", "2022-03-29", 8.0, "juvenile", "ymhfa"),
        T("Standard Response Protocol Training", "2022-12-06", 4.0, "school_safety", "srp-training"),
        T("Trauma-Informed Policing with Youth", "2023-11-14", 8.0, "juvenile", "trauma-informed-youth"),
    ],
    not_credited=("Juvenile Law for Law Enforcement", "Active Shooter Response for Schools"),
)
def _credit_type_column(c: Any, w: float, h: float) -> None:
    """A state POST history whose "Credit Type" column says how each row's hours came: "Attended", or
    "Transfer" (accepted from another state's record) and "Equiv." (granted for equivalent training)."""
    _head(c, h, "Peace Officer Standards and Training Council", "Training History", "Evangeline R. Szymanski",
          "PSID 7730412")  # fmt: skip
    cols = [("Date", 40), ("Course", 110), ("Credit Type", 350), ("Hours", 440)]
    table(c, h - 110, cols, [
        ["03/29/2022", "Youth Mental Health First Aid", "Attended", "8.0"],
        ["07/19/2022", "Juvenile Law for Law Enforcement", "Transfer", "8.0"],
        ["12/06/2022", "Standard Response Protocol Training", "Attended", "4.0"],
        ["05/02/2023", "Active Shooter Response for Schools", "Equiv.", "8.0"],
        ["11/14/2023", "Trauma-Informed Policing with Youth", "Attended", "8.0"],
    ], right=(3,))  # fmt: skip


@record(
    "stacked_pending",
    name="Isidore K. Vasquez-Holm",
    items=[
        T("Active Shooter Response for Schools", "2022-10-11", 8.0, "school_safety", "school-active-shooter"),
        T("Juvenile Law for Law Enforcement", "2023-04-18", 8.0, "juvenile", "juvenile-law"),
        T("Firearms Qualification", "2023-09-26", 4.0, "unrelated", "firearms-qual"),
    ],
    not_credited=("Youth Mental Health First Aid", "Child Abuse and Neglect Investigations"),
)
def _stacked_pending(c: Any, w: float, h: float) -> None:
    """An LMS transcript: completed classes, then under their own title and headings the classes assigned
    and not yet taken, with a date and the class's hours like any row."""
    _head(c, h, "Northgate ISD Police Department", "Learner Transcript", "Isidore K. Vasquez-Holm")
    cols = [("Date", 40), ("Course", 110), ("Hours", 400), ("Type", 460)]
    lines_at(c, 40, h - 100, ["COMPLETED TRAINING"], "Helvetica-Bold", 10)
    y = table(c, h - 120, cols, [
        ["10/11/2022", "Active Shooter Response for Schools", "8.0", "ILT"],
        ["04/18/2023", "Juvenile Law for Law Enforcement", "8.0", "Online"],
        ["09/26/2023", "Firearms Qualification", "4.0", "Range"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 20, ["UPCOMING ASSIGNED TRAINING"], "Helvetica-Bold", 10)
    table(c, y - 40, cols, [
        ["07/15/2024", "Youth Mental Health First Aid", "8.0", "ILT"],
        ["08/20/2024", "Child Abuse and Neglect Investigations", "16.0", "ILT"],
    ], right=(2,))  # fmt: skip
