"""Department training records, tenth round: what rounds three to nine did not draw.

Rows grouped under a bare year heading ("2021") whose dates print no year ("03/14"); an "Instructor" column
of people's names beside a "Participant:" field; hours as "3h 30m" and as "210 min"; a "Credits (CEU)"
column and no hours column; dates as "14-Mar-21" and as "3/14/21"; rows newest first; a "Provider" column
whose long agency names wrap onto a second line; a "Remarks" column saying "Cancelled" or "No show"; a foot
line "Hours this page: 24" on each page; a certification and signature block with its own date; a landscape
page with eight columns; another officer's record stapled behind the first (its own name in its header); a
one-line title alone at the foot of page 1 whose date and hours open page 2, in a full page of rows; and the
wrapped title "Crisis Intervention for" / "School Resource Officers" broken by the page.

Drawn from general knowledge of such records, not copied from any corpus. Truth and scoring as in
``tests.records_round5`` (one :class:`Truth` per row the record shows as completed and attended;
``sure=False`` where the page cannot settle a fact; titles of rows never to be ``auto`` in
:data:`tests.records_round5.NOT_CREDITED`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.lib.pagesizes import landscape, letter

from tests.issuer_formats import IssuerDoc, table
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R, _iso
from tests.records_round9 import _footer, _rule_heads

RECORDS10: dict[str, IssuerDoc] = {}

record = partial(round5_record, into=RECORDS10)

# Not in the catalog: read by its category's words alone.
CISRO = ("Crisis Intervention for School Resource Officers", "school_safety", None)


# ----------------------------------------------------------------------------------------- records

_YEARS = [
    ("2021", [("03/16", YMHFA, "8.0"), ("08/10", FIRE, "4.0"), ("11/02", SRP, "4.0")]),
    ("2022", [("02/15", JLAW, "8.0"), ("09/20", TIP, "8.0")]),
    ("2023", [("04/11", ASR, "8.0"), ("10/17", DT, "4.0")]),
]


@record(
    "year_headings_no_year",
    name="Thaddeus M. Okonkwo-Reyes",
    items=[
        R(course, f"{year}-{d[:2]}-{d[3:]}", float(hrs)) for year, rows in _YEARS for d, course, hrs in rows
    ],
)
def _year_headings_no_year(c: Any, w: float, h: float) -> None:
    """Rows under a bare bold year ("2021") on a line of its own; each row's date prints month and day
    only ("03/16"): the heading gives the year."""
    _head(c, h, "Cedar Bluff Police Department", "Annual Training Log", "Thaddeus M. Okonkwo-Reyes")
    cols = (("Date", 40), ("Course", 110), ("Hours", 430))
    y = _rule_heads(c, h, cols, h - 110)
    for year, rows in _YEARS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, year)
        c.setFont("Helvetica", 9)
        y -= 16
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(110, y, course[0])
            c.drawRightString(460, y, hrs)
            y -= 14
        y -= 6


@record(
    "instructor_names",
    name="Philippa D. Asante",
    items=[
        R(YMHFA, "2022-03-08", 8.0),
        R(CAN, "2022-09-13", 16.0, end="2022-09-14"),
        R(SRP, "2023-02-07", 4.0),
        R(IIJ, "2023-06-20", 8.0),
        R(FIRE, "2024-01-16", 4.0),
    ],
)
def _instructor_names(c: Any, w: float, h: float) -> None:
    """An "Instructor" column of people's names (rank, first and last name) right of the title; the
    record's own person in a "Participant:" field above."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 42, "Riverside Unified School District Police")
    c.setFont("Helvetica", 10)
    c.drawString(40, h - 62, "In-Service Training Record")
    c.drawString(40, h - 76, "Participant: Philippa D. Asante      Badge 2291")
    cols = [("Start", 40), ("End", 100), ("Course", 160), ("Instructor", 370), ("Hours", 500)]
    table(c, h - 110, cols, [
        ["03/08/2022", "03/08/2022", "Youth Mental Health First Aid", "Sgt. Marcus Whitfield", "8.0"],
        ["09/13/2022", "09/14/2022", "Child Abuse and Neglect Investigations", "Det. Ilona Varga", "16.0"],
        ["02/07/2023", "02/07/2023", "Standard Response Protocol Training", "Lt. Gordon Abernathy", "4.0"],
        ["06/20/2023", "06/20/2023", "Interviewing and Interrogating Juveniles", "Dr. Renata Solís", "8.0"],
        ["01/16/2024", "01/16/2024", "Firearms Qualification", "Ofc. Dale Pruett", "4.0"],
    ], right=(4,))  # fmt: skip


@record(
    "hours_h_m",
    name="Ignatius L. Mbeki",
    items=[
        R(BULLY, "2022-04-19", 3.5),
        R(YMHFA, "2022-10-04", 8.0),
        R(SRP, "2023-03-14", 1.75),
        R(JLAW, "2023-08-29", 6.5),
        R(DT, "2024-02-06", 4.0),
    ],
)
def _hours_h_m(c: Any, w: float, h: float) -> None:
    """A learning system's "Time" column printed as hours and minutes: "3h 30m", "8h", "1h 45m"."""
    _head(c, h, "Lakeshore County Schools Police", "Learner Activity Report", "Ignatius L. Mbeki")
    cols = [("Completed", 40), ("Activity", 120), ("Time", 400), ("Result", 470)]
    table(c, h - 110, cols, [
        ["04/19/2022", "Bullying and Cyberbullying Prevention", "3h 30m", "Passed"],
        ["10/04/2022", "Youth Mental Health First Aid", "8h", "Passed"],
        ["03/14/2023", "Standard Response Protocol Training", "1h 45m", "Passed"],
        ["08/29/2023", "Juvenile Law for Law Enforcement", "6h 30m", "Passed"],
        ["02/06/2024", "Defensive Tactics Refresher", "4h", "Passed"],
    ])  # fmt: skip


@record(
    "minutes_min",
    name="Rosalind E. Kovacs",
    items=[
        R(TIP, "2022-05-24", 3.5),
        R(FIRE, "2022-11-15", 4.0),
        R(ASR, "2023-04-25", 7.5),
        R(BULLY, "2023-12-05", 1.5),
    ],
)
def _minutes_min(c: Any, w: float, h: float) -> None:
    """Each row's length as minutes with the unit in the cell ("210 min") under a "Length" heading."""
    _head(c, h, "Eastgate Police Department", "Training Completion Summary", "Rosalind E. Kovacs")
    cols = [("Course Name", 40), ("Date", 300), ("Length", 380), ("Delivery", 460)]
    table(c, h - 110, cols, [
        ["Trauma-Informed Policing with Youth", "05/24/2022", "210 min", "Classroom"],
        ["Firearms Qualification", "11/15/2022", "240 min", "Range"],
        ["Active Shooter Response for Schools", "04/25/2023", "450 min", "Classroom"],
        ["Bullying and Cyberbullying Prevention", "12/05/2023", "90 min", "Online"],
    ])  # fmt: skip


@record(
    "credits_ceu",
    name="Octavia N. Lindqvist",
    items=[
        R(YMHFA, "2022-02-01", 8.0),
        R(CIT, "2022-07-11", 40.0, end="2022-07-15"),
        R(SEOP, "2023-01-24", 8.0),
        R(TIP, "2023-09-05", 4.0),
    ],
)
def _credits_ceu(c: Any, w: float, h: float) -> None:
    """No hours column: a "Credits (CEU)" column (0.8 for an eight-hour day), the dates as a span."""
    _head(c, h, "Northfield Regional Training Center", "Continuing Education Transcript",
          "Octavia N. Lindqvist")  # fmt: skip
    cols = [("Course", 40), ("Dates", 300), ("Credits (CEU)", 450)]
    table(c, h - 110, cols, [
        ["Youth Mental Health First Aid", "02/01/2022", "0.8"],
        ["Crisis Intervention Teams for Youth", "07/11/2022 - 07/15/2022", "4.0"],
        ["School Emergency Operations Planning", "01/24/2023", "0.8"],
        ["Trauma-Informed Policing with Youth", "09/05/2023", "0.4"],
    ])  # fmt: skip


@record(
    "dd_mon_yy",
    name="Cornelius A. Brennan",
    items=[
        R(JLAW, "2021-03-14", 8.0),
        R(ASR, "2021-09-22", 8.0),
        R(CAN, "2022-05-03", 24.0, end="2022-05-05"),
        R(SRP, "2023-01-11", 4.0),
    ],
)
def _dd_mon_yy(c: Any, w: float, h: float) -> None:
    """Dates as "14-Mar-21", a start and an end column."""
    _head(c, h, "Harlow Borough Police", "Officer Training Detail", "Cornelius A. Brennan")
    cols = [("Course", 40), ("From", 300), ("To", 370), ("Hrs", 450)]
    table(c, h - 110, cols, [
        ["Juvenile Law for Law Enforcement", "14-Mar-21", "14-Mar-21", "8.0"],
        ["Active Shooter Response for Schools", "22-Sep-21", "22-Sep-21", "8.0"],
        ["Child Abuse and Neglect Investigations", "03-May-22", "05-May-22", "24.0"],
        ["Standard Response Protocol Training", "11-Jan-23", "11-Jan-23", "4.0"],
    ], right=(3,))  # fmt: skip


@record(
    "short_us_year",
    name="Marguerite F. Adeyemi",
    items=[
        R(YMHFA, "2021-03-04", 8.0),
        R(FIRE, "2021-10-19", 4.0),
        R(TIP, "2022-06-07", 8.0),
        R(BULLY, "2023-02-28", 2.0),
    ],
)
def _short_us_year(c: Any, w: float, h: float) -> None:
    """Dates as "3/4/21": no leading zeros, a two-digit year."""
    _head(c, h, "Maple Grove Public Safety", "Training Roster by Employee", "Marguerite F. Adeyemi")
    cols = [("Date", 40), ("Class", 110), ("Hours", 400), ("Site", 460)]
    table(c, h - 110, cols, [
        ["3/4/21", "Youth Mental Health First Aid", "8", "Training Room B"],
        ["10/19/21", "Firearms Qualification", "4", "Range"],
        ["6/7/22", "Trauma-Informed Policing with Youth", "8", "Training Room B"],
        ["2/28/23", "Bullying and Cyberbullying Prevention", "2", "Online"],
    ], right=(2,))  # fmt: skip


@record(
    "newest_first_spans",
    name="Evander J. Castellano",
    items=[
        R(SEOP, "2024-02-20", 8.0),
        R(CIT, "2023-06-12", 40.0, end="2023-06-16"),
        R(IIJ, "2022-10-11", 16.0, end="2022-10-12"),
        R(JLAW, "2022-03-01", 8.0),
        R(YMHFA, "2021-05-18", 8.0),
    ],
)
def _newest_first_spans(c: Any, w: float, h: float) -> None:
    """Newest first, each row's dates as one "mm/dd/yyyy-mm/dd/yyyy" cell (one day printed once)."""
    _head(
        c,
        h,
        "Summit Valley Sheriff's Office",
        "Training History (most recent first)",
        "Evander J. Castellano",
    )
    cols = [("Training Dates", 40), ("Course", 190), ("Credit Hrs", 460)]
    table(c, h - 110, cols, [
        ["02/20/2024", "School Emergency Operations Planning", "8.00"],
        ["06/12/2023-06/16/2023", "Crisis Intervention Teams for Youth", "40.00"],
        ["10/11/2022-10/12/2022", "Interviewing and Interrogating Juveniles", "16.00"],
        ["03/01/2022", "Juvenile Law for Law Enforcement", "8.00"],
        ["05/18/2021", "Youth Mental Health First Aid", "8.00"],
    ])  # fmt: skip


_PROVIDERS = [
    ("01/11/2022", YMHFA, ["Northern Regional Behavioral", "Health Partnership"], "8.0"),
    ("04/26/2022", JLAW, ["State Attorney General's Office"], "8.0"),
    ("09/13/2022", ASR, ["Advanced Law Enforcement Rapid", "Response Training Center"], "8.0"),
    ("02/21/2023", SRP, ["I Love U Guys Foundation"], "4.0"),
    ("07/18/2023", CAN, ["Children's Advocacy Center of the", "Tri-County Region"], "16.0"),
]


@record(
    "provider_wraps",
    name="Leontyne S. Abernethy",
    items=[R(course, _iso(d), float(hrs)) for d, course, _, hrs in _PROVIDERS],
)
def _provider_wraps(c: Any, w: float, h: float) -> None:
    """A "Provider" column whose long agency names wrap onto a second line under the first (the row's other
    cells on the first)."""
    _head(c, h, "Bayview Unified Police Services", "Training Record", "Leontyne S. Abernethy")
    cols = (("Date", 40), ("Course", 110), ("Provider", 310), ("Hours", 500))
    y = _rule_heads(c, h, cols, h - 110)
    for d, course, provider, hrs in _PROVIDERS:
        c.drawString(40, y, d)
        c.drawString(110, y, course[0])
        c.drawString(310, y, provider[0])
        c.drawRightString(530, y, hrs)
        for more in provider[1:]:
            y -= 11
            c.drawString(310, y, more)
        y -= 16


@record(
    "remarks_cancelled",
    name="Bartholomew K. Nakashima",
    items=[
        R(FIRE, "2022-02-08", 4.0),
        R(TIP, "2022-08-16", 8.0),
        R(SEOP, "2023-05-09", 8.0),
    ],
    not_credited=(
        "Youth Mental Health First Aid",
        "Interviewing and Interrogating Juveniles",
        "Active Shooter Response for Schools",
    ),
)
def _remarks_cancelled(c: Any, w: float, h: float) -> None:
    """A "Remarks" column: blank for a class attended, "Cancelled", "No show" or "Class cancelled by
    provider" for one that was not (the booked hours still printed)."""
    _head(
        c,
        h,
        "Granite Ridge Police Department",
        "Training Record",
        "Bartholomew K. Nakashima",
    )
    cols = [("Date", 40), ("Course", 105), ("Hours", 340), ("Remarks", 390)]
    table(c, h - 110, cols, [
        ["02/08/2022", "Firearms Qualification", "4.0", ""],
        ["05/17/2022", "Youth Mental Health First Aid", "8.0", "No show"],
        ["08/16/2022", "Trauma-Informed Policing with Youth", "8.0", ""],
        ["01/24/2023", "Interviewing and Interrogating Juveniles", "16.0", "Cancelled"],
        ["05/09/2023", "School Emergency Operations Planning", "8.0", ""],
        ["10/03/2023", "Active Shooter Response for Schools", "8.0", "Class cancelled by provider"],
    ], right=(2,))  # fmt: skip


_PAGED = [
    [("01/12/2022", YMHFA, "8.0"), ("03/09/2022", FIRE, "4.0"), ("05/04/2022", ASR, "8.0"),
     ("08/23/2022", SRP, "4.0")],
    [("10/18/2022", JLAW, "8.0"), ("01/17/2023", DT, "4.0"), ("04/11/2023", TIP, "8.0"),
     ("09/26/2023", SEOP, "8.0")],
]  # fmt: skip


@record(
    "hours_this_page",
    name="Seraphina V. Molnar",
    items=[R(course, _iso(d), float(hrs)) for page in _PAGED for d, course, hrs in page],
)
def _hours_this_page(c: Any, w: float, h: float) -> None:
    """Two pages, each closed under its rows by "Hours this page: 24.0" (the page's sum) over its footer."""
    cols = (("Date", 40), ("Course Title", 120), ("Hours", 440))
    for n, rows in enumerate(_PAGED, 1):
        _head(c, h, "Fairmont Township Police", "Training Record", "Seraphina V. Molnar")
        _footer(c, n, 2)
        y = _rule_heads(c, h, cols, h - 110)
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(120, y, course[0])
            c.drawRightString(470, y, hrs)
            y -= 16
        c.setFont("Helvetica-Bold", 9)
        c.drawString(300, y - 6, f"Hours this page: {sum(float(x) for _, _, x in rows):.1f}")
        c.setFont("Helvetica", 9)
        if n < len(_PAGED):
            c.showPage()


@record(
    "certification_block",
    name="Anselm R. Whitcombe",
    items=[
        R(JLAW, "2023-01-10", 8.0),
        R(BULLY, "2023-04-18", 4.0),
        R(CAN, "2023-08-07", 24.0, end="2023-08-09"),
    ],
)
def _certification_block(c: Any, w: float, h: float) -> None:
    """Three rows, then a certification paragraph, a signature line with the signer's name and title, and
    "Date Signed: 03/04/2024": no course."""
    _head(c, h, "Ashford County Sheriff's Office", "Certified Training Record", "Anselm R. Whitcombe")
    cols = [("Start Date", 40), ("End Date", 110), ("Course", 180), ("Hours", 470)]
    y = table(c, h - 110, cols, [
        ["01/10/2023", "01/10/2023", "Juvenile Law for Law Enforcement", "8.0"],
        ["04/18/2023", "04/18/2023", "Bullying and Cyberbullying Prevention", "4.0"],
        ["08/07/2023", "08/09/2023", "Child Abuse and Neglect Investigations", "24.0"],
    ], right=(3,))  # fmt: skip
    c.setFont("Helvetica", 9)
    y -= 30
    for text in (
        "I hereby certify that the training listed above was completed by the named officer and that this",
        "record is true and correct to the best of my knowledge.",
    ):
        c.drawString(40, y, text)
        y -= 13
    y -= 30
    c.line(40, y, 260, y)
    c.drawString(40, y - 12, "Capt. Miriam Oyelaran, Training Coordinator")
    c.drawString(330, y - 12, "Date Signed: 03/04/2024")


@record(
    "landscape_eight_columns",
    name="Valentin H. Ferreira-Stokes",
    items=[
        R(YMHFA, "2022-01-20", 8.0),
        R(CIT, "2022-06-06", 40.0, end="2022-06-10"),
        R(FIRE, "2022-11-08", 4.0),
        R(SEOP, "2023-05-16", 8.0),
        R(IIJ, "2023-12-12", 16.0, end="2023-12-13"),
    ],
    pagesize=landscape(letter),
)
def _landscape_eight_columns(c: Any, w: float, h: float) -> None:
    """A landscape export of eight columns: "Session #", title, type, start, end, hours, location, grade."""
    _head(c, h, "Metro Transit and Schools Police", "Employee Training Export (landscape)",
          "Valentin H. Ferreira-Stokes")  # fmt: skip
    cols = [("Session #", 40), ("Title", 105), ("Type", 330), ("Start", 385), ("End", 450), ("Hours", 520),
            ("Location", 570), ("Grade", 690)]  # fmt: skip
    y = h - 110
    c.setFont("Helvetica-Bold", 9)
    for label, x in cols:
        c.drawString(x, y, label)
    c.line(40, y - 4, w - 40, y - 4)
    c.setFont("Helvetica", 9)
    rows = [
        ["S-22-014", "Youth Mental Health First Aid", "ILT", "01/20/2022", "01/20/2022", "8.0", "HQ Room 2",
         "P"],
        ["S-22-061", "Crisis Intervention Teams for Youth", "ILT", "06/06/2022", "06/10/2022", "40.0",
         "Academy", "P"],
        ["S-22-102", "Firearms Qualification", "RNG", "11/08/2022", "11/08/2022", "4.0", "Range 1", "P"],
        ["S-23-033", "School Emergency Operations Planning", "ILT", "05/16/2023", "05/16/2023", "8.0",
         "HQ Room 2", "P"],
        ["S-23-118", "Interviewing and Interrogating Juveniles", "ILT", "12/12/2023", "12/13/2023", "16.0",
         "Academy", "P"],
    ]  # fmt: skip
    for row in rows:
        y -= 16
        for (_, x), cell in zip(cols, row, strict=True):
            c.drawString(x, y, cell)


@record(
    "stapled_other_officer",
    name="Cordelia P. Vanterpool",
    items=[
        R(YMHFA, "2022-03-22", 8.0),
        R(ASR, "2022-10-05", 8.0),
        R(JLAW, "2023-04-12", 8.0),
    ],
)
def _stapled_other_officer(c: Any, w: float, h: float) -> None:
    """Page 1 the officer's record; page 2 the same department's record of another officer (a partner
    scanned in the same batch), the same layout with the other's name in its header."""
    cols = [("Date", 40), ("Course", 110), ("Hours", 400)]
    pages = [
        ("Cordelia P. Vanterpool", [["03/22/2022", "Youth Mental Health First Aid", "8.0"],
                                    ["10/05/2022", "Active Shooter Response for Schools", "8.0"],
                                    ["04/12/2023", "Juvenile Law for Law Enforcement", "8.0"]]),
        ("Desmond T. Harrowgate", [["02/14/2023", "Crisis Intervention Teams for Youth", "40.0"],
                                   ["07/25/2023", "Trauma-Informed Policing with Youth", "8.0"],
                                   ["11/07/2023", "Standard Response Protocol Training", "4.0"]]),
    ]  # fmt: skip
    for n, (name, rows) in enumerate(pages):
        _head(c, h, "Oakridge Police Department", "Individual Training Record", name)
        table(c, h - 110, cols, rows, right=(2,))
        if n == 0:
            c.showPage()


_FULL_PAGE = [
    ("Youth Mental Health First Aid", "01/11/2022", "8.0"),
    ("Firearms Qualification", "02/15/2022", "4.0"),
    ("Active Shooter Response for Schools", "03/22/2022", "8.0"),
    ("Juvenile Law for Law Enforcement", "04/19/2022", "8.0"),
    ("Defensive Tactics Refresher", "05/17/2022", "4.0"),
    ("Standard Response Protocol Training", "06/14/2022", "4.0"),
    ("Trauma-Informed Policing with Youth", "07/12/2022", "8.0"),
    ("School Emergency Operations Planning", "08/09/2022", "8.0"),
    ("Child Abuse and Neglect Investigations", "09/13/2022", "16.0"),
    ("Interviewing and Interrogating Juveniles", "10/18/2022", "16.0"),
]
_FULL_COURSES = (YMHFA, FIRE, ASR, JLAW, DT, SRP, TIP, SEOP, CAN, IIJ)
FULL_PAGE_ROWS = 34  # rows page 1 holds at a 19-point pitch under the heading: the last one's title alone


@record(
    "title_at_page_foot",
    name="Wilhelmina J. Obuya",
    items=[
        R(course, f"{2016 + k // 10}-{d[:2]}-{d[3:5]}", float(hrs))
        for k in range(40)
        for course, (_, d, hrs) in [(_FULL_COURSES[k % 10], _FULL_PAGE[k % 10])]
    ],
)
def _title_at_page_foot(c: Any, w: float, h: float) -> None:
    """Forty rows, one a line, page 1 full: its last line holds a row's title alone, that row's date and
    hours open page 2 under the repeated headings, its title cell empty."""
    cols = (("Course", 40), ("Completed", 340), ("Hours", 450))

    def heads(page: int) -> float:
        _head(c, h, "Pine Hollow School District Police", "Training Transcript", "Wilhelmina J. Obuya")
        _footer(c, page, 2, "Run date: 02/27/2024")
        return _rule_heads(c, h, cols, h - 110)

    y = heads(1)
    for k in range(40):
        title, d, hrs = _FULL_PAGE[k % 10]
        when = f"{d[:6]}{2016 + k // 10}"
        c.drawString(40, y, title)
        if k == FULL_PAGE_ROWS - 1:
            c.showPage()
            y = heads(2)
        c.drawString(340, y, when)
        c.drawRightString(480, y, hrs)
        y -= 18


_CRISIS = [
    ("08/02/2022", ["Youth Mental Health First Aid"], "8.0"),
    ("08/09/2022", ["Juvenile Law for Law Enforcement"], "8.0"),
    ("08/16/2022", ["Standard Response Protocol Training"], "4.0"),
    ("08/23/2022", ["Crisis Intervention for", "School Resource Officers"], "24.0"),
    ("09/13/2022", ["Trauma-Informed Policing with Youth"], "8.0"),
    ("10/04/2022", ["Bullying and Cyberbullying Prevention for", "Law Enforcement"], "4.0"),
    ("11/01/2022", ["Firearms Qualification"], "4.0"),
]


@record(
    "crisis_title_over_break",
    name="Reginald O. Festus-Amadi",
    items=[
        R(YMHFA, "2022-08-02", 8.0),
        R(JLAW, "2022-08-09", 8.0),
        R(SRP, "2022-08-16", 4.0),
        R(CISRO, "2022-08-23", 24.0, sure=False),
        R(TIP, "2022-09-13", 8.0),
        R(BULLY, "2022-10-04", 4.0),
        R(FIRE, "2022-11-01", 4.0),
    ],
)
def _crisis_title_over_break(c: Any, w: float, h: float) -> None:
    """A narrow title column wraps titles under their first line, the row's cells on the first; the fourth
    row's "Crisis Intervention for" ends page 1 (lower on the page: a short page) and "School Resource
    Officers" opens page 2 under the repeated headings."""
    cols = (("Date", 40), ("Course", 110), ("Hours", 330), ("Type", 380))

    def heads(page: int) -> float:
        _head(c, h, "Clearwater Valley Schools Police", "Officer Training Record", "Reginald O. Festus-Amadi")
        _footer(c, page, 2)
        return _rule_heads(c, h, cols, h - 110)

    y = heads(1)
    for k, (d, title, hrs) in enumerate(_CRISIS):
        if k == 3:
            y = 70
        c.drawString(40, y, d)
        c.drawString(110, y, title[0])
        c.drawRightString(350, y, hrs)
        c.drawString(380, y, "Classroom")
        for more in title[1:]:
            if k == 3:
                c.showPage()
                y = heads(2) + 11
            y -= 11
            c.drawString(110, y, more)
        y -= 16
