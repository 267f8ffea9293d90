"""Department training records, eleventh round: what rounds three to ten did not draw.

Rows grouped by category under headings with a "Subtotal" line under each group and a grand total; an hours
column headed "CE" and one headed "Cr."; dates printing the month only ("2021-03": never ``auto``); a
"Course #" column whose numbers look like hours ("16", "8.0"); start and end date columns; a "Status" column
saying "Incomplete", "No Show" or "Withdrawn" (those rows never credited); a landscape page of seven columns;
a record repeating its page header and column headings on each of its pages; a certification and signature
block with its own date at the end; the officer's name only in a running page header (no "Name:" field);
rows under year headings ("Year 2023", newest first; and "2021" in a record titled as fiscal years: the
heading's year is then for a person); "03/21" cells under a "2021" heading (month and two-digit year).

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
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R, _iso
from tests.records_round9 import _footer, _rule_heads

RECORDS11: dict[str, IssuerDoc] = {}

record = partial(round5_record, into=RECORDS11)


# ----------------------------------------------------------------------------------------- records

_GROUPS = [
    ("Juvenile / Youth Issues", [("02/09/2022", YMHFA, "8.0"), ("06/14/2022", JLAW, "8.0"),
                                 ("11/15/2022", CAN, "16.0")]),
    ("School Safety", [("03/21/2023", ASR, "8.0"), ("08/08/2023", SRP, "4.0")]),
    ("Other / Mandatory", [("01/10/2023", FIRE, "4.0"), ("05/16/2023", DT, "4.0")]),
]  # fmt: skip


@record(
    "category_subtotals",
    name="Evangeline R. Marchetti",
    items=[R(course, _iso(d), float(hrs)) for _, rows in _GROUPS for d, course, hrs in rows],
)
def _category_subtotals(c: Any, w: float, h: float) -> None:
    """Rows grouped under bold category headings, each group closed by "Subtotal: 32.0", a grand total at
    the foot."""
    _head(c, h, "Willow Creek Police Department", "Training History by Category", "Evangeline R. Marchetti")
    cols = (("Date", 40), ("Course", 110), ("Hours", 440))
    y = _rule_heads(c, h, cols, h - 110)
    grand = 0.0
    for group, rows in _GROUPS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, group)
        c.setFont("Helvetica", 9)
        y -= 15
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(110, y, course[0])
            c.drawRightString(470, y, hrs)
            y -= 14
        sub = sum(float(x) for _, _, x in rows)
        grand += sub
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(330, y, "Subtotal:")
        c.drawRightString(470, y, f"{sub:.1f}")
        c.setFont("Helvetica", 9)
        y -= 22
    c.setFont("Helvetica-Bold", 9)
    c.drawString(330, y, "Grand Total:")
    c.drawRightString(470, y, f"{grand:.1f}")


@record(
    "ce_column",
    name="Horatio J. Villanueva",
    items=[
        R(TIP, "2022-04-12", 8.0),
        R(BULLY, "2022-10-25", 2.0),
        R(SEOP, "2023-03-07", 8.0),
        R(IIJ, "2023-09-19", 16.0, end="2023-09-20"),
    ],
)
def _ce_column(c: Any, w: float, h: float) -> None:
    """The hours under a column headed "CE" (continuing education hours), nothing else naming them."""
    _head(c, h, "Harbor City Schools Police", "Continuing Education Record", "Horatio J. Villanueva")
    cols = [("Date(s)", 40), ("Program", 150), ("Sponsor", 360), ("CE", 520)]
    table(c, h - 110, cols, [
        ["04/12/2022", "Trauma-Informed Policing with Youth", "Regional Academy", "8.0"],
        ["10/25/2022", "Bullying and Cyberbullying Prevention", "State DOE", "2.0"],
        ["03/07/2023", "School Emergency Operations Planning", "County OEM", "8.0"],
        ["09/19/2023-09/20/2023", "Interviewing and Interrogating Juveniles", "Regional Academy", "16.0"],
    ], right=(3,))  # fmt: skip


@record(
    "cr_column",
    name="Marguerite A. Oyelaran",
    items=[
        R(JLAW, "2021-05-11", 8.0),
        R(FIRE, "2021-09-14", 4.0),
        R(CIT, "2022-02-22", 40.0, end="2022-02-26"),
        R(SRP, "2022-08-02", 4.0),
    ],
)
def _cr_column(c: Any, w: float, h: float) -> None:
    """Credits headed "Cr." right of a "Completed" date; a multi-day class printed as a range."""
    _head(
        c, h, "Pinecrest County Sheriff's Office", "Individual Training Transcript", "Marguerite A. Oyelaran"
    )
    cols = [("Completed", 40), ("Course Title", 160), ("Cr.", 450)]
    table(c, h - 110, cols, [
        ["05/11/2021", "Juvenile Law for Law Enforcement", "8.0"],
        ["09/14/2021", "Firearms Qualification", "4.0"],
        ["02/22/2022-02/26/2022", "Crisis Intervention Teams for Youth", "40.0"],
        ["08/02/2022", "Standard Response Protocol Training", "4.0"],
    ], right=(2,))  # fmt: skip


@record(
    "iso_month_only",
    name="Leopold W. Abernathy-Cruz",
    items=[
        R(YMHFA, "2021-03-01", 8.0, end="2021-03-31", sure=False),
        R(ASR, "2021-11-01", 8.0, end="2021-11-30", sure=False),
        R(JLAW, "2022-06-01", 8.0, end="2022-06-30", sure=False),
    ],
)
def _iso_month_only(c: Any, w: float, h: float) -> None:
    """Dates as "2021-03": a year and a month, no day (never ``auto``: a person settles the day)."""
    _head(c, h, "Stonebridge Police Department", "Training Summary", "Leopold W. Abernathy-Cruz")
    cols = [("Period", 40), ("Course", 120), ("Hours", 420)]
    table(c, h - 110, cols, [
        ["2021-03", "Youth Mental Health First Aid", "8.0"],
        ["2021-11", "Active Shooter Response for Schools", "8.0"],
        ["2022-06", "Juvenile Law for Law Enforcement", "8.0"],
    ], right=(2,))  # fmt: skip


@record(
    "course_number_column",
    name="Anastasia K. Lindqvist",
    items=[
        R(YMHFA, "2022-01-18", 8.0),
        R(SRP, "2022-05-03", 4.0),
        R(IIJ, "2022-10-11", 8.0),
        R(DT, "2023-04-04", 4.0),
    ],
)
def _course_number_column(c: Any, w: float, h: float) -> None:
    """A "Course #" column left of the title whose numbers look like hours ("16", "8.0", "40"), the hours
    in their own column at the right."""
    _head(c, h, "Eastbrook Police Department", "Training Record", "Anastasia K. Lindqvist")
    cols = [("Course #", 40), ("Date", 100), ("Course Title", 170), ("Hours", 470)]
    table(c, h - 110, cols, [
        ["16", "01/18/2022", "Youth Mental Health First Aid", "8.0"],
        ["8.0", "05/03/2022", "Standard Response Protocol Training", "4.0"],
        ["40", "10/11/2022", "Interviewing and Interrogating Juveniles", "8.0"],
        ["12", "04/04/2023", "Defensive Tactics Refresher", "4.0"],
    ], right=(3,))  # fmt: skip


@record(
    "start_end_columns",
    name="Cornelius T. Ashworth",
    items=[
        R(CIT, "2021-06-07", 40.0, end="2021-06-11"),
        R(JLAW, "2021-10-19", 8.0),
        R(IIJ, "2022-03-15", 16.0, end="2022-03-16"),
        R(SEOP, "2022-09-27", 8.0),
    ],
)
def _start_end_columns(c: Any, w: float, h: float) -> None:
    """ "Start Date" and "End Date" columns, each row printing both (one-day classes the same date twice)."""
    _head(c, h, "Maple Valley Public Safety", "Officer Training History", "Cornelius T. Ashworth")
    cols = [("Start Date", 40), ("End Date", 105), ("Course", 170), ("Hours", 480)]
    table(c, h - 110, cols, [
        ["06/07/2021", "06/11/2021", "Crisis Intervention Teams for Youth", "40.0"],
        ["10/19/2021", "10/19/2021", "Juvenile Law for Law Enforcement", "8.0"],
        ["03/15/2022", "03/16/2022", "Interviewing and Interrogating Juveniles", "16.0"],
        ["09/27/2022", "09/27/2022", "School Emergency Operations Planning", "8.0"],
    ], right=(3,))  # fmt: skip


@record(
    "status_incomplete",
    name="Wilhelmina O. Castellanos",
    items=[
        R(YMHFA, "2022-02-15", 8.0),
        R(FIRE, "2022-07-12", 4.0),
        R(SEOP, "2023-06-06", 8.0),
    ],
    not_credited=(
        "Juvenile Law for Law Enforcement",
        "Active Shooter Response for Schools",
        "Trauma-Informed Policing with Youth",
    ),
)
def _status_incomplete(c: Any, w: float, h: float) -> None:
    """A "Status" column: "Complete" for the classes attended, "Incomplete", "No Show" and "Withdrawn" for
    three that were not (their hours still printed)."""
    _head(c, h, "Sunrise Valley School District Police", "Training Record", "Wilhelmina O. Castellanos")
    cols = [("Date", 40), ("Course", 110), ("Hours", 350), ("Status", 400)]
    table(c, h - 110, cols, [
        ["02/15/2022", "Youth Mental Health First Aid", "8.0", "Complete"],
        ["04/19/2022", "Juvenile Law for Law Enforcement", "8.0", "Incomplete"],
        ["07/12/2022", "Firearms Qualification", "4.0", "Complete"],
        ["11/08/2022", "Active Shooter Response for Schools", "8.0", "No Show"],
        ["03/14/2023", "Trauma-Informed Policing with Youth", "8.0", "Withdrawn"],
        ["06/06/2023", "School Emergency Operations Planning", "8.0", "Complete"],
    ], right=(2,))  # fmt: skip


@record(
    "landscape_seven_columns",
    name="Reginald P. Okafor",
    items=[
        R(ASR, "2022-03-29", 8.0),
        R(TIP, "2022-08-23", 8.0),
        R(BULLY, "2023-01-31", 3.0),
        R(CAN, "2023-07-11", 16.0, end="2023-07-12"),
    ],
    pagesize=landscape(letter),
)
def _landscape_seven_columns(c: Any, w: float, h: float) -> None:
    """A landscape page: ID, start, end, course, provider, location, hours."""
    _head(c, h, "Crescent Bay Police Department", "Training Activity Export", "Reginald P. Okafor")
    cols = [("ID", 40), ("Start", 80), ("End", 145), ("Course", 210), ("Provider", 430), ("Location", 570),
            ("Hours", 700)]  # fmt: skip
    table(c, h - 110, cols, [
        ["5512", "03/29/2022", "03/29/2022", "Active Shooter Response for Schools", "ALERRT", "Crescent Bay",
         "8.0"],
        ["5630", "08/23/2022", "08/23/2022", "Trauma-Informed Policing with Youth", "State POST", "Online",
         "8.0"],
        ["5791", "01/31/2023", "01/31/2023", "Bullying and Cyberbullying Prevention", "County Schools",
         "Harbor HS", "3.0"],
        ["5847", "07/11/2023", "07/12/2023", "Child Abuse and Neglect Investigations", "CAC Region 4",
         "Lakeside", "16.0"],
    ])  # fmt: skip


_REPEATED = [
    [("01/11/2022", YMHFA, "8.0"), ("04/05/2022", FIRE, "4.0"), ("06/21/2022", ASR, "8.0")],
    [("09/13/2022", JLAW, "8.0"), ("02/14/2023", SRP, "4.0"), ("05/23/2023", TIP, "8.0")],
]


@record(
    "header_each_page",
    name="Octavia L. Brandt",
    items=[R(course, _iso(d), float(hrs)) for page in _REPEATED for d, course, hrs in page],
)
def _header_each_page(c: Any, w: float, h: float) -> None:
    """Two pages, each repeating the agency, the officer's name and the column headings over its rows."""
    cols = (("Date", 40), ("Course", 120), ("Hours", 440))
    for n, rows in enumerate(_REPEATED, 1):
        _head(c, h, "Northfield Police Department", "Training Record (continued)" if n > 1 else
              "Training Record", "Octavia L. Brandt")  # fmt: skip
        _footer(c, n, len(_REPEATED))
        y = _rule_heads(c, h, cols, h - 110)
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(120, y, course[0])
            c.drawRightString(470, y, hrs)
            y -= 16
        if n < len(_REPEATED):
            c.showPage()


@record(
    "signature_block_end",
    name="Bernadette C. Fairweather",
    items=[
        R(JLAW, "2022-05-10", 8.0),
        R(YMHFA, "2022-11-01", 8.0),
        R(ASR, "2023-04-18", 8.0),
    ],
)
def _signature_block_end(c: Any, w: float, h: float) -> None:
    """The rows, then a certification sentence and a signature block ("Training Coordinator", its own
    "Date:" and a phone number) at the page's foot."""
    _head(c, h, "Oak Hollow Police Department", "Training Transcript", "Bernadette C. Fairweather")
    cols = [("Date", 40), ("Course", 110), ("Hours", 440)]
    y = table(c, h - 110, cols, [
        ["05/10/2022", "Juvenile Law for Law Enforcement", "8.0"],
        ["11/01/2022", "Youth Mental Health First Aid", "8.0"],
        ["04/18/2023", "Active Shooter Response for Schools", "8.0"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 30, [
        "I certify that the above is a true and accurate record of training maintained by this agency.",
        "", "", "______________________________          Date: 01/08/2024",
        "Lt. Jerome K. Whitaker, Training Coordinator",
        "Phone: (555) 014-2290",
    ])  # fmt: skip


@record(
    "name_in_page_header",
    name="Marisol T. Quintanilla",
    items=[
        R(SRP, "2022-03-08", 4.0),
        R(IIJ, "2022-09-20", 8.0),
        R(BULLY, "2023-02-28", 2.0),
    ],
)
def _name_in_page_header(c: Any, w: float, h: float) -> None:
    """The officer named only in a small running header ("Ofc. Marisol T. Quintanilla  #4471  Training
    History"), no "Name:" field."""
    c.setFont("Helvetica", 8)
    c.drawString(40, h - 28, "Ofc. Marisol T. Quintanilla   #4471")
    c.drawRightString(572, h - 28, "Training History")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 56, "Red Rock Unified School District Police")
    cols = [("Date", 40), ("Course", 110), ("Hours", 440)]
    table(c, h - 100, cols, [
        ["03/08/2022", "Standard Response Protocol Training", "4.0"],
        ["09/20/2022", "Interviewing and Interrogating Juveniles", "8.0"],
        ["02/28/2023", "Bullying and Cyberbullying Prevention", "2.0"],
    ], right=(2,))  # fmt: skip


def _year_groups(
    c: Any,
    h: float,
    groups: list[tuple[str, list[tuple[str, Any, str]]]],
    label: str = "{}",
    first: str = "Date",
) -> None:
    """Column headings, then each group's bold year heading (``label``) over its rows."""
    y = _rule_heads(c, h, ((first, 40), ("Course", 110), ("Hours", 430)), h - 110)
    for year, rows in groups:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, label.format(year))
        c.setFont("Helvetica", 9)
        y -= 16
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(110, y, course[0])
            c.drawRightString(460, y, hrs)
            y -= 14
        y -= 6


_NEWEST = [
    ("2023", [("10/17", DT, "4.0"), ("04/11", ASR, "8.0")]),
    ("2022", [("09/20", TIP, "8.0"), ("02/15", JLAW, "8.0")]),
]


@record(
    "year_headings_newest_first",
    name="Percival N. Adeyemi",
    items=[R(course, f"{y}-{d[:2]}-{d[3:]}", float(hrs)) for y, rows in _NEWEST for d, course, hrs in rows],
)
def _year_headings_newest_first(c: Any, w: float, h: float) -> None:
    """Newest first under headings "Year 2023" / "Year 2022"; dates month and day ("10/17")."""
    _head(c, h, "Glenwood Police Department", "Training Log", "Percival N. Adeyemi")
    _year_groups(c, h, _NEWEST, label="Year {}")


_FISCAL = [
    ("2022", [("08/16", FIRE, "4.0"), ("11/08", SRP, "4.0"), ("03/14", YMHFA, "8.0")]),
    ("2023", [("09/12", JLAW, "8.0"), ("02/07", BULLY, "2.0")]),
]


@record(
    "year_headings_fiscal",
    name="Genevieve S. Tremblay",
    # Fiscal years from July: "08/16" under "2022" is August 2021. The page leaves it to a person.
    items=[
        R(course, f"{int(y) - (int(d[:2]) >= 7)}-{d[:2]}-{d[3:]}", float(hrs), sure=False)
        for y, rows in _FISCAL
        for d, course, hrs in rows
    ],
)
def _year_headings_fiscal(c: Any, w: float, h: float) -> None:
    """A record titled by fiscal years, its rows under bare headings "2022", "2023" (July to June), dated
    month and day: the heading's year is not every row's."""
    _head(c, h, "Cypress Point Police Department", "Training by Fiscal Year (July - June)",
          "Genevieve S. Tremblay")  # fmt: skip
    _year_groups(c, h, _FISCAL)


@record(
    "year_heading_month_year_cells",
    name="Ambrose D. Kaczmarek",
    items=[
        R(YMHFA, "2021-03-01", 8.0, end="2021-03-31", sure=False),
        R(SEOP, "2021-09-01", 8.0, end="2021-09-30", sure=False),
        R(FIRE, "2021-12-01", 4.0, end="2021-12-31", sure=False),
    ],
)
def _year_heading_month_year_cells(c: Any, w: float, h: float) -> None:
    """A "2021" heading over cells "03/21", "09/21", "12/21": month and two-digit year (no day)."""
    _head(c, h, "Silver Lake Police Department", "Annual Training Summary", "Ambrose D. Kaczmarek")
    _year_groups(c, h, [("2021", [("03/21", YMHFA, "8.0"), ("09/21", SEOP, "8.0"), ("12/21", FIRE, "4.0")])],
                 first="Month")  # fmt: skip


@record(
    "status_withdrawn_start_end",
    name="Thelonius B. Marchbanks",
    items=[
        R(CAN, "2022-01-25", 16.0, end="2022-01-26"),
        R(DT, "2022-06-14", 4.0),
    ],
    not_credited=("Crisis Intervention Teams for Youth", "Interviewing and Interrogating Juveniles"),
)
def _status_withdrawn_start_end(c: Any, w: float, h: float) -> None:
    """Start and end columns with a "Status" column at the right: "Withdrawn" for a week's course left on
    its second day (both dates still printed), "Incomplete" for another."""
    _head(c, h, "Brookside Police Department", "Training Enrollment History", "Thelonius B. Marchbanks")
    cols = [("Start", 40), ("End", 100), ("Course", 160), ("Hrs", 400), ("Status", 440)]
    table(c, h - 110, cols, [
        ["01/25/2022", "01/26/2022", "Child Abuse and Neglect Investigations", "16.0", "Completed"],
        ["03/07/2022", "03/11/2022", "Crisis Intervention Teams for Youth", "40.0", "Withdrawn"],
        ["06/14/2022", "06/14/2022", "Defensive Tactics Refresher", "4.0", "Completed"],
        ["10/04/2022", "10/05/2022", "Interviewing and Interrogating Juveniles", "16.0", "Incomplete"],
    ], right=(3,))  # fmt: skip


@record(
    "dd_mon_yy_start_end",
    name="Isadora F. Whitcombe",
    items=[
        R(JLAW, "2021-04-13", 8.0),
        R(CIT, "2021-10-04", 40.0, end="2021-10-08"),
        R(SRP, "2022-03-01", 4.0),
    ],
)
def _dd_mon_yy_start_end(c: Any, w: float, h: float) -> None:
    """A database's "13-APR-21" dates in "Begin" and "End" columns, hours headed "Cr. Hrs"."""
    _head(c, h, "Ridgeview County Sheriff", "Training Transcript", "Isadora F. Whitcombe")
    cols = [("Begin", 40), ("End", 110), ("Course", 180), ("Cr. Hrs", 470)]
    table(c, h - 110, cols, [
        ["13-APR-21", "13-APR-21", "Juvenile Law for Law Enforcement", "8.0"],
        ["04-OCT-21", "08-OCT-21", "Crisis Intervention Teams for Youth", "40.0"],
        ["01-MAR-22", "01-MAR-22", "Standard Response Protocol Training", "4.0"],
    ], right=(3,))  # fmt: skip
