"""Department training records, eighth round: what rounds three to seven did not draw.

Clock durations ("08:00:00", "1:30") beside a clock time of day; a row broken across a page boundary
(title on one page, its date and hours on the next); page footers ("Page 2 of 3", "Printed 03/04/2024
10:22"), "Total for 2021" lines mid-table and a grand total at the end; titles wrapped onto a second line
with the date and hours on the first, newest first; a page closed by a certification and signature block
whose date is no row; Excel printouts with gridlines, with row numbers and column letters, with alternating
shaded rows; exports printed as text with semicolons, pipes or quoted commas between the cells; a narrow
landscape export whose "Beg Dt"/"End Dt" a fax loses; dates under a "Period" heading.

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

from tests.issuer_formats import IssuerDoc, T, Truth, lines_at, table
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record

RECORDS8: dict[str, IssuerDoc] = {}

record = partial(round5_record, into=RECORDS8)

YMHFA = ("Youth Mental Health First Aid", "juvenile", "ymhfa")
JLAW = ("Juvenile Law for Law Enforcement", "juvenile", "juvenile-law")
FIRE = ("Firearms Qualification", "unrelated", "firearms-qual")
SRP = ("Standard Response Protocol Training", "school_safety", "srp-training")
ASR = ("Active Shooter Response for Schools", "school_safety", "school-active-shooter")
TIP = ("Trauma-Informed Policing with Youth", "juvenile", "trauma-informed-youth")
SEOP = ("School Emergency Operations Planning", "school_safety", "school-emergency-ops")
CAN = ("Child Abuse and Neglect Investigations", "juvenile", "child-abuse-inv")
IIJ = ("Interviewing and Interrogating Juveniles", "juvenile", "juvenile-interview")
DT = ("Defensive Tactics Refresher", "unrelated", "defensive-tactics")
BULLY = ("Bullying and Cyberbullying Prevention", "juvenile", "bullying-prevention")
CIT = ("Crisis Intervention Teams for Youth", "juvenile", "cit-youth")


def R(
    course: tuple[str, str, str], start: str, hours: float | None, end: str | None = None, sure: bool = True
) -> Truth:
    """A truth row of one of the courses above."""
    title, category, catalog_id = course
    return T(title, start, hours, category, catalog_id, end=end, sure=sure)


def _iso(us: str) -> str:
    """ "03/04/2024" as "2024-03-04"."""
    m, d, y = us.split("/")
    return f"{y}-{m}-{d}"


def _grid(c: Any, x0: float, top: float, xs: Sequence[float], x1: float, n: int, step: float) -> None:
    """Gridlines round a header row and ``n`` rows: every cell boxed, as a spreadsheet prints them."""
    c.setLineWidth(0.5)
    bottom = top - step * (n + 1)
    for k in range(n + 2):
        c.line(x0, top - step * k, x1, top - step * k)
    for x in (x0, *xs, x1):
        c.line(x, top, x, bottom)


def _sheet(
    c: Any,
    top: float,
    cols: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    x1: float,
    *,
    step: float = 18,
    size: float = 9,
    right: Sequence[int] = (),
    shade: bool = False,
    grid: bool = True,
) -> float:
    """A spreadsheet's printout: a bold header row, rows boxed by gridlines or shaded every other one."""
    x0 = cols[0][1] - 4
    if shade:
        c.setFillGray(0.82)
        for k in range(0, len(rows) + 1, 2):
            c.rect(x0, top - step * (k + 1), x1 - x0, step, stroke=0, fill=1)
        c.setFillGray(0)
    if grid:
        _grid(c, x0, top, [x - 4 for _, x in cols[1:]], x1, len(rows), step)
    for k, row in enumerate([[label for label, _ in cols], *rows]):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", size)
        y = top - step * k - step + 5.5
        for j, ((_, x), cell) in enumerate(zip(cols, row, strict=True)):
            if j in right and k:
                edge = cols[j + 1][1] - 8 if j + 1 < len(cols) else x1 - 4
                c.drawRightString(edge, y, cell)
            else:
                c.drawString(x, y, cell)
    return top - step * (len(rows) + 1)


def _mono(c: Any, x: float, y: float, lines: Sequence[str], size: float = 8.5, step: float = 12) -> float:
    c.setFont("Courier", size)
    for line in lines:
        c.drawString(x, y, line)
        y -= step
    return y


# ----------------------------------------------------------------------------------------- records


@record(
    "duration_hhmmss",
    name="Leocadia F. Abernathy",
    items=[
        R(YMHFA, "2022-03-15", 8.0),
        R(BULLY, "2022-08-09", 1.5),
        R(SRP, "2023-01-24", 0.75),
        R(JLAW, "2023-06-13", 8.0),
        R(IIJ, "2024-02-20", 16.0, end="2024-02-21"),
    ],
)
def _duration_hhmmss(c: Any, w: float, h: float) -> None:
    """A learning system's export: each completion stamped with its clock time ("03/15/2022 4:52 PM"), the
    time spent "hh:mm:ss" under "Duration": neither clock is a date or a count of hours as printed."""
    _head(c, h, "Harborview School District Police", "Learning History Export", "Leocadia F. Abernathy")
    cols = [("Course", 40), ("Start", 270), ("Completed", 345), ("Duration", 470)]
    table(c, h - 110, cols, [
        ["Youth Mental Health First Aid", "03/15/2022", "03/15/2022 4:52 PM", "08:00:00"],
        ["Bullying and Cyberbullying Prevention", "08/09/2022", "08/09/2022 10:31 AM", "01:30:00"],
        ["Standard Response Protocol Training", "01/24/2023", "01/24/2023 2:05 PM", "00:45:00"],
        ["Juvenile Law for Law Enforcement", "06/13/2023", "06/13/2023 3:40 PM", "08:00:00"],
        ["Interviewing and Interrogating Juveniles", "02/20/2024", "02/21/2024 4:15 PM", "16:00:00"],
    ], right=(3,))  # fmt: skip


@record(
    "hmm_beside_clock",
    name="Thelonius R. Akinyemi",
    items=[
        R(ASR, "2022-04-12", 8.0),
        R(DT, "2022-09-20", 2.5),
        R(TIP, "2023-03-28", 6.0),
        R(FIRE, "2023-10-03", 4.0),
        R(SEOP, "2024-01-16", 7.5),
    ],
)
def _hmm_beside_clock(c: Any, w: float, h: float) -> None:
    """A sign-in system's report: the class's start time ("08:00", 24-hour) in a "Time In" column, its
    length h:mm under "Hours": the start time is no hours, the hours are no time."""
    _head(c, h, "Millbrook County Sheriff's Office", "Training Attendance Report", "Thelonius R. Akinyemi")
    cols = [("Date", 40), ("Time In", 110), ("Course", 170), ("Hours", 440), ("Room", 490)]
    table(c, h - 110, cols, [
        ["04/12/2022", "08:00", "Active Shooter Response for Schools", "8:00", "A-101"],
        ["09/20/2022", "13:30", "Defensive Tactics Refresher", "2:30", "Gym"],
        ["03/28/2023", "09:00", "Trauma-Informed Policing with Youth", "6:00", "B-204"],
        ["10/03/2023", "07:30", "Firearms Qualification", "4:00", "Range"],
        ["01/16/2024", "08:30", "School Emergency Operations Planning", "7:30", "A-101"],
    ], right=(3,))  # fmt: skip


_SPLIT_ROWS = [
    ("01/11/2022", ["Youth Mental Health First Aid"], "8.0"),
    ("03/08/2022", ["Firearms Qualification"], "4.0"),
    ("05/17/2022", ["Active Shooter Response for Schools"], "8.0"),
    ("08/23/2022", ["Juvenile Law for Law Enforcement"], "8.0"),
    ("10/25/2022", ["Defensive Tactics Refresher"], "4.0"),
    ("12/06/2022", ["Standard Response Protocol Training"], "4.0"),
    ("02/14/2023", ["Trauma-Informed Policing with Youth"], "8.0"),
    ("05/02/2023", ["Child Abuse and Neglect", "Investigations"], "24.0"),
    ("09/12/2023", ["School Emergency Operations Planning"], "8.0"),
    ("01/23/2024", ["Bullying and Cyberbullying Prevention"], "4.0"),
]


@record(
    "row_across_pages",
    name="Wilhelmina D. Castellanos",
    items=[
        R(YMHFA, "2022-01-11", 8.0),
        R(FIRE, "2022-03-08", 4.0),
        R(ASR, "2022-05-17", 8.0),
        R(JLAW, "2022-08-23", 8.0),
        R(DT, "2022-10-25", 4.0),
        R(SRP, "2022-12-06", 4.0),
        R(TIP, "2023-02-14", 8.0),
        R(CAN, "2023-05-02", 24.0, end="2023-05-04"),
        R(SEOP, "2023-09-12", 8.0),
        R(BULLY, "2024-01-23", 4.0),
    ],
)
def _row_across_pages(c: Any, w: float, h: float) -> None:
    """A report writer that sets a row's cells on the last line of its wrapped title: the title's first
    line ends page 1, the page breaks, the headings repeat, and the rest of the title with the row's dates
    and hours opens page 2. Footers "Page n of 2" and "Printed 03/04/2024 10:22"."""
    cols = (("Course Title", 40), ("Start", 300), ("End", 370), ("Hours", 470))

    def heads(page: int) -> float:
        _head(c, h, "Quarry Hill Police Department", "Officer Training Record", "Wilhelmina D. Castellanos")
        c.setFont("Helvetica-Bold", 9)
        for label, x in cols:
            c.drawString(x, h - 110, label)
        c.line(40, h - 114, 572, h - 114)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 30, "Printed 03/04/2024 10:22")
        c.drawRightString(572, 30, f"Page {page} of 2")
        c.setFont("Helvetica", 9)
        return h - 130

    y = heads(1)
    ends = {"05/02/2023": "05/04/2023"}
    for k, (start, title, hours) in enumerate(_SPLIT_ROWS):
        if k == 7:  # the wrapped row breaks over the page: its first title line alone at the foot
            y = 60
            c.drawString(40, y, title[0])
            c.showPage()
            y = heads(2)
            c.drawString(40, y, title[1])
        else:
            c.drawString(40, y, title[0])
        c.drawString(300, y, start)
        c.drawString(370, y, ends.get(start, start))
        c.drawRightString(500, y, hours)
        y -= 16


_FOOTER_YEARS = [
    ("2021", [("02/09/2021", YMHFA, "8.0"), ("06/15/2021", FIRE, "4.0"), ("11/02/2021", JLAW, "8.0")]),
    ("2022", [("01/25/2022", ASR, "8.0"), ("04/19/2022", DT, "4.0"), ("09/27/2022", SRP, "2.0")]),
    ("2023", [("03/21/2023", TIP, "8.0"), ("08/08/2023", SEOP, "8.0"), ("12/12/2023", BULLY, "4.0")]),
]


@record(
    "footers_year_totals",
    name="Ignatius P. Oyelaran",
    items=[R(course, _iso(d), float(hrs)) for _, rows in _FOOTER_YEARS for d, course, hrs in rows],
)
def _footers_year_totals(c: Any, w: float, h: float) -> None:
    """Three pages, one year each: the headings on every page, "Total for 2021   20.0" under each year's
    rows, the page's footer "Printed 03/04/2024 10:22 AM   Page 1 of 3", and "Total Training Hours 54.0"
    after the last year: no total is a class, no printing date a row's."""
    cols = [("Date", 40), ("Course", 110), ("Provider", 350), ("Hours", 450)]
    total = 0.0
    for page, (year, rows) in enumerate(_FOOTER_YEARS, start=1):
        _head(c, h, "Silverlake Police Department", "Training History Report", "Ignatius P. Oyelaran")
        body = [[d, course[0], "Dept. Academy", hrs] for d, course, hrs in rows]
        y = table(c, h - 110, cols, body, right=(3,))
        sub = sum(float(r[3]) for r in body)
        total += sub
        lines_at(c, 110, y - 4, [f"Total for {year}"], "Helvetica-Bold", 9)
        c.drawRightString(572, y - 4, f"{sub:.1f}")
        if page == 3:
            lines_at(c, 110, y - 28, ["Total Training Hours"], "Helvetica-Bold", 9)
            c.drawRightString(572, y - 28, f"{total:.1f}")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 30, "Printed 03/04/2024 10:22 AM")
        c.drawRightString(572, 30, f"Page {page} of 3")
        if page < 3:
            c.showPage()


@record(
    "wrapped_top_newest",
    name="Rosalind K. Adeyemi-Park",
    items=[
        R(IIJ, "2024-03-12", 16.0, end="2024-03-13"),
        R(SRP, "2023-11-07", 4.0),
        R(CAN, "2023-04-18", 24.0, end="2023-04-20"),
        R(FIRE, "2022-10-11", 4.0),
        R(BULLY, "2022-05-24", 4.0),
        R(YMHFA, "2022-01-19", 8.0),
    ],
)
def _wrapped_top_newest(c: Any, w: float, h: float) -> None:
    """Newest first, in a narrow title column: a long title wraps onto a second line that holds nothing
    else (the row's dates and hours on its first line)."""
    _head(c, h, "Lakeshore ISD Police Department", "Training Transcript (newest first)",
          "Rosalind K. Adeyemi-Park")  # fmt: skip
    c.setFont("Helvetica-Bold", 9)
    for label, x in (("Start", 40), ("End", 110), ("Course", 180), ("Hours", 400), ("Method", 450)):
        c.drawString(x, h - 110, label)
    c.line(40, h - 114, 572, h - 114)
    rows = [
        ("03/12/2024", "03/13/2024", ["Interviewing and Interrogating", "Juveniles"], "16.0", "Classroom"),
        ("11/07/2023", "11/07/2023", ["Standard Response Protocol", "Training"], "4.0", "Online"),
        ("04/18/2023", "04/20/2023", ["Child Abuse and Neglect", "Investigations"], "24.0", "Classroom"),
        ("10/11/2022", "10/11/2022", ["Firearms Qualification"], "4.0", "Range"),
        ("05/24/2022", "05/24/2022", ["Bullying and Cyberbullying", "Prevention"], "4.0", "Online"),
        ("01/19/2022", "01/19/2022", ["Youth Mental Health First Aid"], "8.0", "Classroom"),
    ]
    y = h - 130
    c.setFont("Helvetica", 9)
    for start, end, title, hours, method in rows:
        c.drawString(40, y, start)
        c.drawString(110, y, end)
        c.drawRightString(425, y, hours)
        c.drawString(450, y, method)
        for k, part in enumerate(title):
            c.drawString(180, y - 11 * k, part)
        y -= 11 * len(title) + 7


@record(
    "certify_block",
    name="Evander M. Kowalczyk",
    items=[
        R(YMHFA, "2022-02-15", 8.0),
        R(ASR, "2022-07-19", 8.0),
        R(JLAW, "2023-01-10", 8.0),
        R(SRP, "2023-06-06", 4.0),
    ],
)
def _certify_block(c: Any, w: float, h: float) -> None:
    """A department's record closed by its training coordinator's certification: "I certify that the above
    is a true record ..." with a signature line, a printed name and "Date: 03/15/2024": no row."""
    _head(c, h, "Riverbend School District Police", "Certified Training Record", "Evander M. Kowalczyk")
    cols = [("Date", 40), ("Course", 110), ("Hours", 420), ("Instructor", 470)]
    y = table(c, h - 110, cols, [
        ["02/15/2022", "Youth Mental Health First Aid", "8.0", "J. Ortega"],
        ["07/19/2022", "Active Shooter Response for Schools", "8.0", "ALERRT"],
        ["01/10/2023", "Juvenile Law for Law Enforcement", "8.0", "D. Hale"],
        ["06/06/2023", "Standard Response Protocol Training", "4.0", "S. Ruiz"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 24, [
        "I certify that the above is a true and accurate record of the training completed by this",
        "officer as maintained by the Riverbend School District Police Department.",
    ], size=9)  # fmt: skip
    c.line(40, y - 80, 250, y - 80)
    c.line(330, y - 80, 460, y - 80)
    lines_at(c, 40, y - 92, ["Marguerite L. Osei, Training Coordinator"], size=9)
    lines_at(c, 330, y - 92, ["Date: 03/15/2024"], size=9)
    lines_at(c, 40, y - 120, ["Total hours on record: 28.0"], "Helvetica-Bold", 9)


@record(
    "excel_gridlines",
    name="Cordelia J. Nakashima",
    items=[
        R(YMHFA, "2021-10-05", 8.0),
        R(TIP, "2022-02-22", 8.0),
        R(FIRE, "2022-06-07", 4.0),
        R(CIT, "2022-11-14", 40.0, end="2022-11-18"),
        R(SRP, "2023-04-25", 2.0),
        R(SEOP, "2023-09-19", 8.0),
    ],
)
def _excel_gridlines(c: Any, w: float, h: float) -> None:
    """A spreadsheet kept by the department, printed with gridlines: every cell boxed, ISO dates, whole
    hours, a sum row at the foot and the sheet's name in the footer."""
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 45, "Training Log - Nakashima, Cordelia J. (Badge 2271)")
    cols = [("Start Date", 44), ("End Date", 114), ("Training", 184), ("Hours", 434), ("Type", 484)]
    y = _sheet(c, h - 70, cols, [
        ["2021-10-05", "2021-10-05", "Youth Mental Health First Aid", "8", "In-person"],
        ["2022-02-22", "2022-02-22", "Trauma-Informed Policing with Youth", "8", "In-person"],
        ["2022-06-07", "2022-06-07", "Firearms Qualification", "4", "Range"],
        ["2022-11-14", "2022-11-18", "Crisis Intervention Teams for Youth", "40", "In-person"],
        ["2023-04-25", "2023-04-25", "Standard Response Protocol Training", "2", "Online"],
        ["2023-09-19", "2023-09-19", "School Emergency Operations Planning", "8", "In-person"],
        ["", "", "TOTAL", "70", ""],
    ], 560, right=(3,))  # fmt: skip
    c.setFont("Helvetica", 8)
    c.drawCentredString(w / 2, 30, "Training Log  -  Sheet1  -  Page 1")
    del y


@record(
    "excel_row_numbers",
    name="Bartholomew A. Iwu",
    items=[
        R(JLAW, "2022-03-01", 8.0),
        R(BULLY, "2022-08-16", 3.0),
        R(ASR, "2023-02-07", 8.0),
        R(CAN, "2023-07-25", 24.0, end="2023-07-27"),
        R(DT, "2024-01-09", 4.0),
    ],
)
def _excel_row_numbers(c: Any, w: float, h: float) -> None:
    """A spreadsheet printed with its headings: column letters A-E over the sheet, row numbers 1-6 down
    its left (a row's number is no hours), the log's own labels in row 1."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, h - 45, "SRO Unit - Individual Training Log: Bartholomew A. Iwu")
    top = h - 70
    xs = [("", 44), ("Date", 74), ("Course Name", 144), ("Hrs", 404), ("Ends", 444), ("Notes", 514)]
    c.setFillGray(0.88)
    c.rect(40, top - 16, 540, 16, stroke=0, fill=1)
    c.rect(40, top - 16 * 8, 28, 16 * 7, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica", 8)
    for letter_, (_, x) in zip("ABCDE", xs[1:], strict=False):
        c.drawString(x + 20, top - 11, letter_)
    rows = [
        ["Date", "Course Name", "Hrs", "Ends", "Notes"],
        ["03/01/2022", "Juvenile Law for Law Enforcement", "8", "03/01/2022", ""],
        ["08/16/2022", "Bullying and Cyberbullying Prevention", "3", "08/16/2022", "webinar"],
        ["02/07/2023", "Active Shooter Response for Schools", "8", "02/07/2023", ""],
        ["07/25/2023", "Child Abuse and Neglect Investigations", "24", "07/27/2023", "3 days"],
        ["01/09/2024", "Defensive Tactics Refresher", "4", "01/09/2024", ""],
    ]
    _grid(c, 40, top - 16, [x - 4 for _, x in xs[1:]], 580, len(rows) - 1, 16)
    for k, row in enumerate(rows):
        y = top - 16 * (k + 2) + 5
        c.setFont("Helvetica", 8)
        c.drawCentredString(54, y, str(k + 1))
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 9)
        for (_, x), cell in zip(xs[1:], row, strict=True):
            c.drawString(x, y, cell)


@record(
    "shaded_rows",
    name="Philippa N. Mbatha",
    items=[
        R(YMHFA, "2022-01-26", 8.0),
        R(SRP, "2022-04-13", 4.0),
        R(FIRE, "2022-07-20", 4.0),
        R(JLAW, "2022-10-05", 8.0),
        R(IIJ, "2023-02-16", 16.0),
        R(TIP, "2023-06-21", 8.0),
        R(ASR, "2023-11-08", 8.0),
    ],
)
def _shaded_rows(c: Any, w: float, h: float) -> None:
    """A banded report: every other row on a grey band, no gridlines, the hours with two decimals."""
    _head(c, h, "Eastfield Unified School District Police", "Employee Training Transcript",
          "Philippa N. Mbatha")  # fmt: skip
    cols = [("Completed", 44), ("Title", 124), ("Credit Hrs", 424), ("Status", 494)]
    _sheet(c, h - 95, cols, [
        ["01/26/2022", "Youth Mental Health First Aid", "8.00", "Complete"],
        ["04/13/2022", "Standard Response Protocol Training", "4.00", "Complete"],
        ["07/20/2022", "Firearms Qualification", "4.00", "Complete"],
        ["10/05/2022", "Juvenile Law for Law Enforcement", "8.00", "Complete"],
        ["02/16/2023", "Interviewing and Interrogating Juveniles", "16.00", "Complete"],
        ["06/21/2023", "Trauma-Informed Policing with Youth", "8.00", "Complete"],
        ["11/08/2023", "Active Shooter Response for Schools", "8.00", "Complete"],
    ], 572, step=17, right=(2,), shade=True, grid=False)  # fmt: skip


@record(
    "semicolon_export",
    name="Anastasios V. Lindqvist",
    items=[
        R(YMHFA, "2022-05-03", 8.0),
        R(BULLY, "2022-09-14", 2.0),
        R(SRP, "2023-02-28", 4.0),
        R(CAN, "2023-08-22", 24.0, end="2023-08-24"),
        R(SEOP, "2024-01-30", 8.0),
    ],
    not_credited=("Juvenile Law for Law Enforcement",),
)
def _semicolon_export(c: Any, w: float, h: float) -> None:
    """A data export printed as it was saved: one line per record, the cells between semicolons, the first
    line the field names; one line "Enrolled" with no completion."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, h - 45, "export_training_history.csv  (Lindqvist, Anastasios V.  ID 66104)")
    _mono(c, 40, h - 75, [
        "EmployeeID;CourseTitle;StartDate;EndDate;Hours;Status",
        "66104;Youth Mental Health First Aid;2022-05-03;2022-05-03;8;Completed",
        "66104;Bullying and Cyberbullying Prevention;2022-09-14;2022-09-14;2;Completed",
        "66104;Standard Response Protocol Training;2023-02-28;2023-02-28;4;Completed",
        "66104;Child Abuse and Neglect Investigations;2023-08-22;2023-08-24;24;Completed",
        "66104;School Emergency Operations Planning;2024-01-30;2024-01-30;8;Completed",
        "66104;Juvenile Law for Law Enforcement;2024-06-11;;8;Enrolled",
    ])  # fmt: skip


@record(
    "pipe_export",
    name="Genevieve O. Achterberg",
    items=[
        R(ASR, "2021-11-09", 8.0),
        R(YMHFA, "2022-03-22", 8.0),
        R(FIRE, "2022-08-30", 4.0),
        R(TIP, "2023-03-14", 8.0),
        R(IIJ, "2023-10-10", 16.0, end="2023-10-11"),
    ],
)
def _pipe_export(c: Any, w: float, h: float) -> None:
    """A terminal report printed in a fixed font: cells between pipes, a rule of dashes and plus signs under
    the field names, the total in the last line."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, h - 45, "TRAINING RECORD QUERY - ACHTERBERG, GENEVIEVE O.")
    _mono(c, 40, h - 75, [
        "| Date       | Course                                   | Hrs   |",
        "+------------+------------------------------------------+-------+",
        "| 11/09/2021 | Active Shooter Response for Schools      |  8.00 |",
        "| 03/22/2022 | Youth Mental Health First Aid            |  8.00 |",
        "| 08/30/2022 | Firearms Qualification                   |  4.00 |",
        "| 03/14/2023 | Trauma-Informed Policing with Youth      |  8.00 |",
        "| 10/10/2023 | Interviewing and Interrogating Juveniles | 16.00 |",
        "|            |   thru 10/11/2023                        |       |",
        "+------------+------------------------------------------+-------+",
        "| TOTAL      |                                          | 44.00 |",
        "5 rows selected.",
    ])  # fmt: skip


@record(
    "quoted_comma_export",
    name="Sebastiano R. Ekwueme",
    items=[
        R(JLAW, "2022-02-01", 8.0),
        R(SRP, "2022-06-21", 4.0),
        R(DT, "2022-12-13", 4.0),
        R(YMHFA, "2023-05-16", 8.0),
    ],
)
def _quoted_comma_export(c: Any, w: float, h: float) -> None:
    """A CSV printed as text: every cell in double quotes between commas, US dates, decimal hours."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, h - 45, "Course completions - Sebastiano R. Ekwueme")
    _mono(c, 40, h - 75, [
        '"Completion Date","Course","Credit Hours","Provider"',
        '"02/01/2022","Juvenile Law for Law Enforcement","8.0","State AG"',
        '"06/21/2022","Standard Response Protocol Training","4.0","I Love U Guys"',
        '"12/13/2022","Defensive Tactics Refresher","4.0","Dept."',
        '"05/16/2023","Youth Mental Health First Aid","8.0","County MH"',
    ])  # fmt: skip


@record(
    "narrow_beg_end",
    name="Marcellus Q. Obiora",
    pagesize=landscape(letter),
    items=[
        R(YMHFA, "2022-02-08", 8.0),
        R(CAN, "2022-06-14", 24.0, end="2022-06-16"),
        R(FIRE, "2022-11-01", 4.0),
        R(SRP, "2023-03-21", 4.0),
        R(ASR, "2023-09-05", 8.0),
        R(JLAW, "2024-02-13", 8.0),
    ],
)
def _narrow_beg_end(c: Any, w: float, h: float) -> None:
    """A landscape state export of narrow 7 pt columns, both dates two-digit-year "Beg Dt"/"End Dt" right of
    the title, then hours, a delivery code and an agency column."""
    c.setFont("Helvetica-Bold", 10)
    c.drawString(30, h - 36, "Commission on POST - Individual Training History")
    lines_at(c, 30, h - 52, ["Officer: OBIORA, MARCELLUS Q.   POST ID 31-88412"], size=9)
    labels = ["Course Title", "Beg Dt", "End Dt", "Hrs", "Dlv", "Sts", "Agency"]
    cols = list(zip(labels, (30, 260, 305, 350, 380, 410, 440), strict=True))
    table(c, h - 80, cols, [
        ["Youth Mental Health First Aid", "02/08/22", "02/08/22", "8", "ILT", "C", "Lakeview PD"],
        ["Child Abuse and Neglect Investigations", "06/14/22", "06/16/22", "24", "ILT", "C", "Lakeview PD"],
        ["Firearms Qualification", "11/01/22", "11/01/22", "4", "RNG", "C", "Lakeview PD"],
        ["Standard Response Protocol Training", "03/21/23", "03/21/23", "4", "WBT", "C", "Lakeview PD"],
        ["Active Shooter Response for Schools", "09/05/23", "09/05/23", "8", "ILT", "C", "Lakeview PD"],
        ["Juvenile Law for Law Enforcement", "02/13/24", "02/13/24", "8", "ILT", "C", "Lakeview PD"],
    ], size=7, step=11, right=(3,))  # fmt: skip


@record(
    "period_heading",
    name="Octavia S. Brannigan",
    items=[
        R(YMHFA, "2022-04-26", 8.0),
        R(IIJ, "2022-09-13", 16.0, end="2022-09-14"),
        R(SRP, "2023-02-07", 4.0),
        R(CIT, "2023-07-17", 40.0, end="2023-07-21"),
        R(FIRE, "2024-01-23", 4.0),
    ],
)
def _period_heading(c: Any, w: float, h: float) -> None:
    """The class's dates under a "Period" heading as "from - to" (a one-day class "04/26/2022"), hours
    under "Hrs": the period is the row's dates."""
    _head(c, h, "Cypress Bend Police Department", "In-Service Training Record", "Octavia S. Brannigan")
    cols = [("Course", 40), ("Period", 290), ("Hrs", 460), ("Loc", 500)]
    table(c, h - 110, cols, [
        ["Youth Mental Health First Aid", "04/26/2022", "8.0", "HQ"],
        ["Interviewing and Interrogating Juveniles", "09/13/2022 - 09/14/2022", "16.0", "Acad."],
        ["Standard Response Protocol Training", "02/07/2023", "4.0", "HQ"],
        ["Crisis Intervention Teams for Youth", "07/17/2023 - 07/21/2023", "40.0", "Acad."],
        ["Firearms Qualification", "01/23/2024", "4.0", "Range"],
    ], right=(2,))  # fmt: skip


@record(
    "report_period_header",
    name="Desdemona E. Ferreira",
    items=[
        R(ASR, "2023-01-17", 8.0),
        R(TIP, "2023-04-11", 8.0),
        R(BULLY, "2023-08-29", 4.0),
        R(YMHFA, "2023-11-14", 8.0),
    ],
)
def _report_period_header(c: Any, w: float, h: float) -> None:
    """A yearly report: "Report Period: 01/01/2023 - 12/31/2023" and "Run Date: 01/05/2024 08:14" over the
    table (neither is a row's date), hours as h:mm under "Duration"."""
    _head(c, h, "Westbrook County Schools Police", "Annual Training Report", "Desdemona E. Ferreira")
    lines_at(
        c, 40, h - 92, ["Report Period: 01/01/2023 - 12/31/2023      Run Date: 01/05/2024 08:14"], size=9
    )
    cols = [("Date", 40), ("Course", 110), ("Duration", 420), ("Result", 480)]
    table(c, h - 120, cols, [
        ["01/17/2023", "Active Shooter Response for Schools", "8:00", "Pass"],
        ["04/11/2023", "Trauma-Informed Policing with Youth", "8:00", "Pass"],
        ["08/29/2023", "Bullying and Cyberbullying Prevention", "4:00", "Pass"],
        ["11/14/2023", "Youth Mental Health First Aid", "8:00", "Pass"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, h - 200, ["Total Duration: 28:00"], "Helvetica-Bold", 9)
