"""Department training records, twelfth round: what rounds three to eleven did not draw.

Rows under fiscal-year headings printed as spans ("FY 2022-23", "2022-2023") and dated month and day
("09/14": September belongs to the span's first year, March to its second; which year is the page's to say,
so never ``auto`` with a year the reader chose); a continuing-education record whose "Sponsor" column stands
left of the title; a date cell printing a day no month has ("41-Jan-23": review, naming the cell);
learning-management exports (Cornerstone-, Acadis- and PowerDMS-style columns: "Course ID", "Completion
Status", "Completion Date", "Credits"; an "Assigned" date left of the "Completed" one); a "Hours" column of
"1:30" (h:mm) values; a status column of "Waived", "Exempt", "Failed" and "Incomplete" (no credit); rows
sorted by title, not date; shaded category bands ("JUVENILE", "FIREARMS") between the rows, each closed by a
"Category Total" row; a spreadsheet whose titles wrap over three lines with the other cells on the last line
(bottom-aligned cells); a page holding two officers' sections.

Drawn from general knowledge of such records, not copied from any corpus. Truth and scoring as in
``tests.records_round5`` (one :class:`Truth` per row the record shows as completed and attended, of the
record's own officer; ``sure=False`` where the page cannot settle a fact; titles of rows never to be ``auto``
in :data:`tests.records_round5.NOT_CREDITED`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.lib.pagesizes import landscape, letter

from tests.issuer_formats import IssuerDoc, table
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R, _iso
from tests.records_round9 import _rule_heads
from tests.records_round11 import _year_groups

RECORDS12: dict[str, IssuerDoc] = {}

record = partial(round5_record, into=RECORDS12)


# ----------------------------------------------------------------------------------------- records


def _fiscal_truth(groups: list[tuple[int, list[tuple[str, Any, str]]]]) -> list[Any]:
    """A July-June fiscal year reading of rows under a span whose first year is given; sure only from
    October to March (an October-September year puts September in the second year, an April-March one
    April to June in the first; no year in use begins after October or before April)."""
    return [
        R(course, f"{first + (int(d[:2]) < 7)}-{d[:2]}-{d[3:]}", float(hrs), sure=not 4 <= int(d[:2]) <= 9)
        for first, rows in groups
        for d, course, hrs in rows
    ]


_FY = [
    (2022, [("09/14", JLAW, "8.0"), ("03/07", YMHFA, "8.0")]),
    (2023, [("10/10", ASR, "8.0"), ("04/16", SRP, "4.0")]),
]


@record("fy_span_headings", name="Octavius M. Delacroix-Byrne", items=_fiscal_truth(_FY))
def _fy_span_headings(c: Any, w: float, h: float) -> None:
    """Rows under "FY 2022-23" and "FY 2023-24" headings, dated "09/14" (September of 2022) and "03/07"
    (March of 2023); the page says nothing else of its years."""
    _head(c, h, "Lakeshore Police Department", "Training Record", "Octavius M. Delacroix-Byrne")
    _year_groups(c, h, [(f"FY {y}-{str(y + 1)[2:]}", rows) for y, rows in _FY])


_SCHOOL = [
    (2021, [("08/23", SEOP, "8.0"), ("11/02", BULLY, "2.0"), ("02/15", IIJ, "8.0")]),
    (2022, [("09/20", TIP, "8.0"), ("05/09", DT, "4.0")]),
]


@record("bare_year_span_headings", name="Philippa G. Oduya", items=_fiscal_truth(_SCHOOL))
def _bare_year_span_headings(c: Any, w: float, h: float) -> None:
    """Bare headings "2021-2022" and "2022-2023" (school years) over rows dated "08/23" and "02/15"."""
    _head(c, h, "Fairhaven Unified School District Police", "In-Service Training History",
          "Philippa G. Oduya")  # fmt: skip
    _year_groups(c, h, [(f"{y}-{y + 1}", rows) for y, rows in _SCHOOL])


@record(
    "ce_sponsor_left",
    name="Thaddeus W. Ambrose-Kim",
    items=[
        R(IIJ, "2022-03-08", 8.0),
        R(BULLY, "2022-09-13", 3.0),
        R(SEOP, "2023-02-21", 8.0),
        R(YMHFA, "2023-08-29", 8.0),
    ],
)
def _ce_sponsor_left(c: Any, w: float, h: float) -> None:
    """A continuing-education record whose "Sponsor" column (words, some long) stands left of the
    "Program" title, the hours headed "CE Hrs"."""
    _head(c, h, "Bayview Schools Police Department", "Continuing Education Record", "Thaddeus W. Ambrose-Kim")
    cols = [("Date", 40), ("Sponsor", 105), ("Program", 250), ("CE Hrs", 500)]
    table(c, h - 110, cols, [
        ["03/08/2022", "Regional Training Academy", "Interviewing and Interrogating Juveniles", "8.0"],
        ["09/13/2022", "State Dept. of Education", "Bullying and Cyberbullying Prevention", "3.0"],
        ["02/21/2023", "County Emergency Mgmt.", "School Emergency Operations Planning", "8.0"],
        ["08/29/2023", "Behavioral Health Council", "Youth Mental Health First Aid", "8.0"],
    ], right=(3,))  # fmt: skip


@record(
    "garbled_day_cell",
    name="Rosalind E. Vukovic",
    items=[
        R(JLAW, "2022-11-15", 8.0),
        # The printed day "41" is no day: the month and year stand, the day is a person's to settle.
        R(SRP, "2023-01-01", 4.0, end="2023-01-31", sure=False),
        R(TIP, "2023-06-20", 8.0),
    ],
)
def _garbled_day_cell(c: Any, w: float, h: float) -> None:
    """ "15-Nov-22" dates, one printed "41-Jan-23" (a typing slip: no month has a 41st day)."""
    _head(c, h, "Granite Falls Police Department", "Training Transcript", "Rosalind E. Vukovic")
    cols = [("Date", 40), ("Course", 110), ("Hours", 440)]
    table(c, h - 110, cols, [
        ["15-Nov-22", "Juvenile Law for Law Enforcement", "8.0"],
        ["41-Jan-23", "Standard Response Protocol Training", "4.0"],
        ["20-Jun-23", "Trauma-Informed Policing with Youth", "8.0"],
    ], right=(2,))  # fmt: skip


@record(
    "lms_cornerstone",
    name="Ignatius P. Holloway",
    items=[
        R(YMHFA, "2022-04-06", 8.0),
        R(ASR, "2022-10-19", 8.0),
        R(CAN, "2023-03-15", 16.0),
    ],
    not_credited=("Interviewing and Interrogating Juveniles",),
)
def _lms_cornerstone(c: Any, w: float, h: float) -> None:
    """A learning-management export: "Course ID", "Title", "Completion Status", "Completion Date",
    "Credits" (hours); a "Registered" row has no completion date."""
    _head(c, h, "Metro Transit Police", "Transcript Report", "Ignatius P. Holloway", "User ID: hollowayip")
    cols = [("Course ID", 40), ("Title", 110), ("Completion Status", 320), ("Completion Date", 420),
            ("Credits", 515)]  # fmt: skip
    table(c, h - 110, cols, [
        ["YMH-0410", "Youth Mental Health First Aid", "Completed", "04/06/2022", "8.00"],
        ["ASR-2201", "Active Shooter Response for Schools", "Completed", "10/19/2022", "8.00"],
        ["JUV-3308", "Interviewing and Interrogating Juveniles", "Registered", "", "8.00"],
        ["CAN-1150", "Child Abuse and Neglect Investigations", "Completed", "03/15/2023", "16.00"],
    ], right=(4,))  # fmt: skip


@record(
    "powerdms_assigned_completed",
    name="Seraphina D. Oyelowo",
    items=[
        R(SRP, "2022-02-24", 2.0),
        R(BULLY, "2022-08-30", 1.5),
        R(TIP, "2023-01-19", 4.0),
    ],
)
def _powerdms_assigned_completed(c: Any, w: float, h: float) -> None:
    """An "Assigned" date left of the "Completed" date (the class is the later one, one day; the span
    between is no class), then a score and hours."""
    _head(c, h, "Northgate Police Department", "Training Assignments Report", "Seraphina D. Oyelowo")
    cols = [("Training", 40), ("Assigned", 250), ("Completed", 320), ("Score", 400), ("Hours", 470)]
    table(c, h - 110, cols, [
        ["Standard Response Protocol Training", "01/10/2022", "02/24/2022", "100%", "2.0"],
        ["Bullying and Cyberbullying Prevention", "07/05/2022", "08/30/2022", "95%", "1.5"],
        ["Trauma-Informed Policing with Youth", "12/01/2022", "01/19/2023", "88%", "4.0"],
    ], right=(4,))  # fmt: skip


@record(
    "hours_column_hmm",
    name="Cassius R. Mbeki-Lorne",
    items=[
        R(BULLY, "2022-05-17", 1.5),
        R(SRP, "2022-11-08", 2.25),
        R(YMHFA, "2023-03-28", 8.0),
        R(DT, "2023-09-12", 0.75),
    ],
)
def _hours_column_hmm(c: Any, w: float, h: float) -> None:
    """A column headed "Hours" whose cells are h:mm ("1:30" is an hour and a half, "0:45" three quarters)."""
    _head(c, h, "Riverside County Schools Police", "Training History", "Cassius R. Mbeki-Lorne")
    cols = [("Date", 40), ("Course", 110), ("Hours", 440)]
    table(c, h - 110, cols, [
        ["05/17/2022", "Bullying and Cyberbullying Prevention", "1:30"],
        ["11/08/2022", "Standard Response Protocol Training", "2:15"],
        ["03/28/2023", "Youth Mental Health First Aid", "8:00"],
        ["09/12/2023", "Defensive Tactics Refresher", "0:45"],
    ], right=(2,))  # fmt: skip


@record(
    "status_waived_exempt",
    name="Evander J. Castellano-Reyes",
    items=[
        R(JLAW, "2022-01-12", 8.0),
        R(CAN, "2022-10-04", 16.0),
    ],
    not_credited=(
        "Firearms Qualification",
        "Active Shooter Response for Schools",
        "Interviewing and Interrogating Juveniles",
        "School Emergency Operations Planning",
    ),
)
def _status_waived_exempt(c: Any, w: float, h: float) -> None:
    """A "Result" column: "Pass" for the classes credited; "Waived", "Exempt", "Failed" and "Incomplete" for
    four whose date and hours are still printed."""
    _head(c, h, "Stillwater Police Department", "Mandatory Training Compliance",
          "Evander J. Castellano-Reyes")  # fmt: skip
    cols = [("Date", 40), ("Course", 110), ("Hours", 350), ("Result", 410)]
    table(c, h - 110, cols, [
        ["01/12/2022", "Juvenile Law for Law Enforcement", "8.0", "Pass"],
        ["03/15/2022", "Firearms Qualification", "4.0", "Waived"],
        ["06/21/2022", "Active Shooter Response for Schools", "8.0", "Exempt"],
        ["10/04/2022", "Child Abuse and Neglect Investigations", "16.0", "Pass"],
        ["02/07/2023", "Interviewing and Interrogating Juveniles", "8.0", "Failed"],
        ["05/02/2023", "School Emergency Operations Planning", "8.0", "Incomplete"],
    ], right=(2,))  # fmt: skip


_BY_TITLE = [
    ("Active Shooter Response for Schools", ASR, "05/24/2023", "8.0"),
    ("Child Abuse and Neglect Investigations", CAN, "02/09/2021", "16.0"),
    ("Firearms Qualification", FIRE, "10/12/2022", "4.0"),
    ("Juvenile Law for Law Enforcement", JLAW, "07/14/2021", "8.0"),
    ("Standard Response Protocol Training", SRP, "01/18/2022", "4.0"),
    ("Youth Mental Health First Aid", YMHFA, "09/06/2023", "8.0"),
]


@record(
    "sorted_by_title",
    name="Leontyne A. Farquharson",
    items=[R(course, _iso(d), float(hrs)) for _, course, d, hrs in _BY_TITLE],
)
def _sorted_by_title(c: Any, w: float, h: float) -> None:
    """Rows in the order of their titles (A to Z), so their dates jump back and forth; the title first."""
    _head(c, h, "Highland Park Police Department", "Training Summary (sorted by course)",
          "Leontyne A. Farquharson")  # fmt: skip
    cols = [("Course Title", 40), ("Date Completed", 330), ("Hours", 440)]
    table(c, h - 110, cols, [[t, d, hrs] for t, _, d, hrs in _BY_TITLE], right=(2,))


_BANDED = [
    ("JUVENILE", [("02/16/2022", JLAW, "8.0"), ("08/09/2022", IIJ, "8.0"), ("01/24/2023", CAN, "16.0")]),
    ("FIREARMS", [("04/12/2022", FIRE, "4.0"), ("10/18/2022", FIRE, "4.0")]),
    ("SCHOOL SAFETY", [("03/21/2023", ASR, "8.0"), ("06/13/2023", SRP, "4.0")]),
]  # fmt: skip


@record(
    "category_bands_totals",
    name="Benedetta K. Ostrowski",
    items=[R(course, _iso(d), float(hrs)) for _, rows in _BANDED for d, course, hrs in rows],
)
def _category_bands_totals(c: Any, w: float, h: float) -> None:
    """A ruled grid: a shaded band across every column naming the category in capitals ("JUVENILE",
    "FIREARMS", a merged cell), its rows, then a "Category Total" row in the grid with the group's hours."""
    _head(c, h, "Eastlake County Sheriff's Office", "Training Record by Category", "Benedetta K. Ostrowski")
    xs = (40, 110, 400, 480, 572)
    y = h - 110
    c.setFont("Helvetica-Bold", 9)
    for label, x in zip(("Date", "Course", "Type", "Hours"), xs, strict=False):
        c.drawString(x + 3, y, label)
    top = y + 12
    y -= 16
    c.setLineWidth(0.5)
    for band, rows in _BANDED:
        c.setFillGray(0.8)
        c.rect(xs[0], y - 4, xs[-1] - xs[0], 14, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString((xs[0] + xs[-1]) / 2, y, band)
        y -= 14
        c.setFont("Helvetica", 9)
        for d, course, hrs in rows:
            c.drawString(xs[0] + 3, y, d)
            c.drawString(xs[1] + 3, y, course[0])
            c.drawString(xs[2] + 3, y, "In-Service")
            c.drawRightString(xs[4] - 6, y, hrs)
            c.line(xs[0], y - 4, xs[-1], y - 4)
            y -= 14
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(xs[1] + 3, y, "Category Total")
        c.drawRightString(xs[4] - 6, y, f"{sum(float(x) for _, _, x in rows):.1f}")
        c.line(xs[0], y - 4, xs[-1], y - 4)
        y -= 14
    for x in xs:
        c.line(x, top, x, y + 10)
    c.line(xs[0], top, xs[-1], top)


_BOTTOM = [
    ("10/05/2022", ["Crisis Intervention Teams", "for Youth: Forty-Hour", "Certification Course"], CIT,
     "40.0", "10/09/2022"),
    ("02/28/2023", ["Youth Mental Health First", "Aid"], YMHFA, "8.0", None),
    ("07/18/2023", ["Interviewing and", "Interrogating Juveniles"], IIJ, "8.0", None),
]  # fmt: skip


@record(
    "three_line_bottom_aligned",
    name="Aurelio N. Brathwaite",
    items=[
        R(course, _iso(d), float(hrs), end=_iso(end) if end else None) for d, _, course, hrs, end in _BOTTOM
    ],
)
def _three_line_bottom_aligned(c: Any, w: float, h: float) -> None:
    """A spreadsheet's ruled rows whose titles wrap in a narrow column, the other cells on each row's last
    line (a spreadsheet's bottom-aligned cells): the first title over three lines."""
    _head(c, h, "Summit Ridge Police Department", "Employee Training Log", "Aurelio N. Brathwaite")
    xs = (40, 110, 260, 330, 400)
    y = _rule_heads(c, h, (("Start", 40), ("Course", 110), ("End", 260), ("Hours", 330)), h - 110, x1=xs[-1])
    c.setLineWidth(0.4)
    for d, title, _, hrs, end in _BOTTOM:
        for k, part in enumerate(title):
            c.drawString(xs[1] + 2, y - 11 * k, part)
        last = y - 11 * (len(title) - 1)
        c.drawString(xs[0], last, d)
        c.drawString(xs[2] + 2, last, end or d)
        c.drawRightString(xs[4] - 10, last, hrs)
        c.line(xs[0], last - 5, xs[-1], last - 5)
        y = last - 18


@record(
    "two_officer_sections",
    name="Marguerite S. Fonseca-Hale",
    items=[
        R(YMHFA, "2022-04-19", 8.0),
        R(SEOP, "2022-11-29", 8.0),
        R(JLAW, "2023-05-16", 8.0),
    ],
)
def _two_officer_sections(c: Any, w: float, h: float) -> None:
    """One page holding two officers' sections (a unit's report): "Officer: ..." and "Badge" over each
    officer's own rows. The applicant is the first; the second's rows are someone else's."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 42, "Pine Valley Police Department")
    c.setFont("Helvetica", 10)
    c.drawString(40, h - 60, "School Resource Unit - Training Report")
    cols = [("Date", 40), ("Course", 110), ("Hours", 440)]
    sections = [
        ("Marguerite S. Fonseca-Hale", "2231", [["04/19/2022", "Youth Mental Health First Aid", "8.0"],
                                               ["11/29/2022", "School Emergency Operations Planning", "8.0"],
                                               ["05/16/2023", "Juvenile Law for Law Enforcement", "8.0"]]),
        ("Desmond A. Whitlock-Nair", "2316", [
            ["03/14/2023", "Crisis Intervention Teams for Youth", "40.0"],
            ["09/26/2023", "Child Abuse and Neglect Investigations", "16.0"]]),
    ]  # fmt: skip
    y = h - 95
    for name, badge, rows in sections:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, f"Officer: {name}")
        c.drawString(330, y, f"Badge: {badge}")
        y = table(c, y - 22, cols, rows, right=(2,)) - 24


@record(
    "acadis_landscape",
    name="Florentyna B. Achterberg",
    items=[
        R(ASR, "2022-06-14", 8.0),
        R(CIT, "2022-11-07", 40.0, end="2022-11-11"),
        R(BULLY, "2023-04-25", 2.0),
    ],
    not_credited=("Juvenile Law for Law Enforcement",),
    pagesize=landscape(letter),
)
def _acadis_landscape(c: Any, w: float, h: float) -> None:
    """A landscape academy-system export: "Class ID", "Class Name", "Start", "End", "Status" ("Graduated",
    "Dropped"), "Hrs", "Credit Type"."""
    _head(c, h, "State Law Enforcement Academy", "Student Class History", "Florentyna B. Achterberg")
    cols = [("Class ID", 40), ("Class Name", 105), ("Start", 330), ("End", 395), ("Status", 460),
            ("Hrs", 540), ("Credit Type", 600)]  # fmt: skip
    table(c, h - 110, cols, [
        ["22-0614A", "Active Shooter Response for Schools", "06/14/2022", "06/14/2022", "Graduated", "8.0",
         "Elective"],
        ["22-1107C", "Crisis Intervention Teams for Youth", "11/07/2022", "11/11/2022", "Graduated", "40.0",
         "Elective"],
        ["23-0221B", "Juvenile Law for Law Enforcement", "02/21/2023", "02/21/2023", "Dropped", "8.0",
         "Elective"],
        ["23-0425A", "Bullying and Cyberbullying Prevention", "04/25/2023", "04/25/2023", "Graduated", "2.0",
         "Elective"],
    ], right=(5,))  # fmt: skip


@record(
    "ceu_column_lms",
    name="Wendeline H. Abara",
    items=[
        R(TIP, "2022-03-30", 8.0),
        R(CAN, "2022-09-21", 16.0, end="2022-09-22"),
        R(SRP, "2023-02-08", 4.0),
    ],
)
def _ceu_column_lms(c: Any, w: float, h: float) -> None:
    """A learning-management export whose only amount is a "CEUs" column (0.8 = 8 hours)."""
    _head(c, h, "Cobalt Hills Police Department", "Learner Transcript", "Wendeline H. Abara")
    cols = [("Course ID", 40), ("Title", 105), ("Completed", 330), ("CEUs", 470)]
    table(c, h - 110, cols, [
        ["TIP-101", "Trauma-Informed Policing with Youth", "03/30/2022", "0.8"],
        ["CAN-220", "Child Abuse and Neglect Investigations", "09/21/2022-09/22/2022", "1.6"],
        ["SRP-015", "Standard Response Protocol Training", "02/08/2023", "0.4"],
    ], right=(3,))  # fmt: skip


_FY_LONG = [("07/11", DT, "4.0"), ("12/05", IIJ, "8.0"), ("06/04", TIP, "8.0")]


@record(
    "fy_long_heading_rows_mixed",
    name="Cornelia T. Ravensworth",
    items=_fiscal_truth([(2023, _FY_LONG)]),
)
def _fy_long_heading_rows_mixed(c: Any, w: float, h: float) -> None:
    """One heading "Fiscal Year 2023-2024" over rows "07/11", "12/05" and "06/04" (July and December of
    2023, June of 2024)."""
    _head(c, h, "Harborview Police Department", "Annual Training Report", "Cornelia T. Ravensworth")
    _year_groups(c, h, [("Fiscal Year 2023-2024", _FY_LONG)])
