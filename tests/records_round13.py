"""Department training records, thirteenth round: what rounds three to twelve did not draw.

A title wrapped over three lines with the row's cells on its last line only (no rules); a continuing-education
record whose "Sponsor" column stands left of a "Course Title" (a fax must not take the sponsor for the title);
bare fiscal-year headings ("2022-23") over rows in date order; a "Status" column of "Completed", "Enrolled",
"Withdrawn" and "Incomplete" (no credit for the last three); hours in a "Credits" column beside a separate
"CEU" column; a record sorted newest first whose year is only in each group's heading ("Calendar Year 2023");
the officer's name only in page 1's header with a running header ("Doe, J. - Page 2") on later pages; hours
totals per category in the middle of the table; "Instructor-Led" and "Online" hours columns (one filled per
row); a row whose title starts at page 1's foot and whose date and hours are on page 2; a five-page record;
a "From"/"To" pair of date columns; a "Contact Hrs" beside a "Credit Hrs" that differ on one row.

Drawn from general knowledge of such records, not copied from any corpus. Truth and scoring as in
``tests.records_round5`` (one :class:`Truth` per row the record shows as completed and attended, of the
record's own officer; ``sure=False`` where the page cannot settle a fact; titles of rows never to be ``auto``
in :data:`tests.records_round5.NOT_CREDITED`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.issuer_formats import IssuerDoc, table
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R, _iso
from tests.records_round9 import _footer, _rule_heads
from tests.records_round11 import _year_groups
from tests.records_round12 import _fiscal_truth

RECORDS13: dict[str, IssuerDoc] = {}

record = partial(round5_record, into=RECORDS13)


# ----------------------------------------------------------------------------------------- records


_THREE = [
    ("03/14/2022", ["Crisis Intervention Teams", "for Youth: Forty-Hour", "Certification Course"], CIT,
     "40.0", "03/18/2022"),
    ("09/27/2022", ["Child Abuse and", "Neglect", "Investigations"], CAN, "16.0", "09/28/2022"),
    ("04/11/2023", ["Youth Mental Health", "First Aid"], YMHFA, "8.0", None),
]  # fmt: skip


@record(
    "three_line_cells_last_line",
    name="Ottoline V. Marchetti",
    items=[
        R(course, _iso(d), float(hrs), end=_iso(end) if end else None) for d, _, course, hrs, end in _THREE
    ],
)
def _three_line_cells_last_line(c: Any, w: float, h: float) -> None:
    """No rules between rows: a narrow title column wrapping over three lines, the date, end and hours set on
    each title's last line (bottom-aligned cells), a blank line between rows."""
    _head(c, h, "Copperton Police Department", "Training Record", "Ottoline V. Marchetti")
    y = _rule_heads(c, h, (("Start", 40), ("Course", 110), ("End", 260), ("Hours", 340)), h - 110, x1=400)
    for d, title, _, hrs, end in _THREE:
        for k, part in enumerate(title):
            c.drawString(110, y - 11 * k, part)
        last = y - 11 * (len(title) - 1)
        c.drawString(40, last, d)
        c.drawString(260, last, end or d)
        c.drawRightString(380, last, hrs)
        y = last - 22


@record(
    "ce_sponsor_left_wide",
    name="Barnaby Q. Achebe-Lund",
    items=[
        R(TIP, "2022-02-09", 8.0),
        R(JLAW, "2022-07-26", 8.0),
        R(SRP, "2023-01-17", 4.0),
        R(BULLY, "2023-06-06", 2.0),
    ],
)
def _ce_sponsor_left_wide(c: Any, w: float, h: float) -> None:
    """A CE record: "Sponsor" (long names) left of "Course Title", then "Date" and "CE Hours" right of it."""
    _head(c, h, "Oak Hollow Independent School District PD", "Continuing Education Transcript",
          "Barnaby Q. Achebe-Lund")  # fmt: skip
    cols = [("Sponsor", 40), ("Course Title", 200), ("Date", 420), ("CE Hours", 490)]
    table(c, h - 110, cols, [
        ["Regional Police Academy", "Trauma-Informed Policing with Youth", "02/09/2022", "8.0"],
        ["State Attorney General's Office", "Juvenile Law for Law Enforcement", "07/26/2022", "8.0"],
        ["I Love U Guys Foundation", "Standard Response Protocol Training", "01/17/2023", "4.0"],
        ["County Office of Education", "Bullying and Cyberbullying Prevention", "06/06/2023", "2.0"],
    ], right=(3,))  # fmt: skip


_SHORT_FY = [
    (2022, [("08/16", SEOP, "8.0"), ("01/10", DT, "4.0"), ("05/23", CAN, "16.0")]),
    (2023, [("09/12", IIJ, "8.0"), ("02/27", ASR, "8.0")]),
]


@record("bare_short_fy_headings", name="Ignatia R. Fairbrother", items=_fiscal_truth(_SHORT_FY))
def _bare_short_fy_headings(c: Any, w: float, h: float) -> None:
    """Bare headings "2022-23" and "2023-24" over "08/16" dates in date order (August is the first year's,
    January the second's); the page names no other year."""
    _head(c, h, "Willow Creek Police Department", "In-Service Training Record", "Ignatia R. Fairbrother")
    _year_groups(c, h, [(f"{y}-{str(y + 1)[2:]}", rows) for y, rows in _SHORT_FY])


@record(
    "status_enrolled_withdrawn",
    name="Leopold C. Nakashima-Reyes",
    items=[R(YMHFA, "2022-05-04", 8.0), R(SEOP, "2023-03-22", 8.0)],
    not_credited=(
        "Crisis Intervention Teams for Youth",
        "Child Abuse and Neglect Investigations",
        "Active Shooter Response for Schools",
    ),
)
def _status_enrolled_withdrawn(c: Any, w: float, h: float) -> None:
    """A "Status" column: "Completed" for two rows; "Enrolled", "Withdrawn", "Incomplete" for three whose
    dates and hours are printed all the same."""
    _head(c, h, "Bridgeport Unified Schools Police", "Training Status Report", "Leopold C. Nakashima-Reyes")
    cols = [("Date", 40), ("Course", 110), ("Hours", 360), ("Status", 420)]
    table(c, h - 110, cols, [
        ["05/04/2022", "Youth Mental Health First Aid", "8.0", "Completed"],
        ["10/17/2022", "Crisis Intervention Teams for Youth", "40.0", "Withdrawn"],
        ["03/22/2023", "School Emergency Operations Planning", "8.0", "Completed"],
        ["08/14/2023", "Child Abuse and Neglect Investigations", "16.0", "Incomplete"],
        ["11/06/2023", "Active Shooter Response for Schools", "8.0", "Enrolled"],
    ], right=(2,))  # fmt: skip


@record(
    "credits_hours_and_ceu",
    name="Marisol E. Thackeray",
    items=[
        R(JLAW, "2022-04-20", 8.0),
        R(SRP, "2022-10-05", 4.0),
        R(CAN, "2023-05-10", 16.0, end="2023-05-11"),
    ],
)
def _credits_hours_and_ceu(c: Any, w: float, h: float) -> None:
    """Hours in a "Credits" column and the same amount as CEUs in a separate "CEU" column to its right."""
    _head(c, h, "Lindenwood Police Department", "Learner Transcript", "Marisol E. Thackeray")
    cols = [("Completed", 40), ("Course", 150), ("Credits", 410), ("CEU", 480)]
    table(c, h - 110, cols, [
        ["04/20/2022", "Juvenile Law for Law Enforcement", "8.00", "0.80"],
        ["10/05/2022", "Standard Response Protocol Training", "4.00", "0.40"],
        ["05/10/2023-05/11/2023", "Child Abuse and Neglect Investigations", "16.00", "1.60"],
    ], right=(2, 3))  # fmt: skip


_NEWEST = [
    ("2023", [("Nov 14", ASR, "8.0"), ("Jun 06", BULLY, "2.0"), ("Feb 21", IIJ, "8.0")]),
    ("2022", [("Oct 11", FIRE, "4.0"), ("Mar 29", YMHFA, "8.0")]),
]


def _month_day_iso(year: str, md: str) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    mon, day = md.split()
    return f"{year}-{months.index(mon) + 1:02d}-{int(day):02d}"


@record(
    "newest_first_calendar_year",
    name="Evangeline P. Oyelaran",
    items=[R(course, _month_day_iso(y, md), float(hrs)) for y, rows in _NEWEST for md, course, hrs in rows],
)
def _newest_first_calendar_year(c: Any, w: float, h: float) -> None:
    """Newest first: "Calendar Year 2023" over "Nov 14", "Jun 06", "Feb 21"; then "Calendar Year 2022"."""
    _head(c, h, "Sandstone County Sheriff's Office", "Training History (most recent first)",
          "Evangeline P. Oyelaran")  # fmt: skip
    _year_groups(c, h, _NEWEST, label="Calendar Year {}")


_RUNNING = [
    [("01/19/2022", YMHFA, "8.0"), ("03/08/2022", FIRE, "4.0"), ("05/17/2022", SRP, "4.0"),
     ("08/23/2022", JLAW, "8.0")],
    [("10/11/2022", ASR, "8.0"), ("01/24/2023", DT, "4.0"), ("04/18/2023", TIP, "8.0")],
]  # fmt: skip


@record(
    "name_page1_running_header",
    name="Cornelius J. Abernethy-Vance",
    items=[R(course, _iso(d), float(hrs)) for rows in _RUNNING for d, course, hrs in rows],
)
def _name_page1_running_header(c: Any, w: float, h: float) -> None:
    """Page 1's header names the officer; page 2 only a running header "ABERNETHY-VANCE, C. J. - Training
    Record (continued)" in small type above the column headings."""
    cols = (("Date", 40), ("Course Title", 115), ("Hours", 420))
    for page, rows in enumerate(_RUNNING, start=1):
        if page == 1:
            _head(
                c,
                h,
                "Fox Run Police Department",
                "Individual Training Record",
                "Cornelius J. Abernethy-Vance",
            )
            y = _rule_heads(c, h, cols, h - 110)
        else:
            c.setFont("Helvetica", 8)
            c.drawString(40, h - 36, "ABERNETHY-VANCE, C. J. - Training Record (continued)")
            y = _rule_heads(c, h, cols, h - 64)
        _footer(c, page, 2)
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(115, y, course[0])
            c.drawRightString(450, y, hrs)
            y -= 16
        if page == 1:
            c.showPage()


_MID_TOTALS = [
    ("Juvenile", [("02/02/2022", JLAW, "8.0"), ("06/14/2022", TIP, "8.0"), ("11/01/2022", BULLY, "3.0")]),
    ("School Safety", [("03/09/2022", SRP, "4.0"), ("09/20/2022", SEOP, "8.0")]),
    ("Other", [("05/03/2022", DT, "4.0")]),
]  # fmt: skip


@record(
    "category_totals_midtable",
    name="Henrietta L. Osei-Brandt",
    items=[R(course, _iso(d), float(hrs)) for _, rows in _MID_TOTALS for d, course, hrs in rows],
)
def _category_totals_midtable(c: Any, w: float, h: float) -> None:
    """Rows grouped by category, each group closed by "Total Juvenile Hours: 19.0" in the hours column's
    line, in the middle of the table; a "Grand Total" at the end."""
    _head(c, h, "Meadowbrook Police Department", "Training Hours by Category", "Henrietta L. Osei-Brandt")
    y = _rule_heads(c, h, (("Date", 40), ("Course", 110), ("Category", 330), ("Hours", 430)), h - 110)
    grand = 0.0
    for cat, rows in _MID_TOTALS:
        for d, course, hrs in rows:
            c.drawString(40, y, d)
            c.drawString(110, y, course[0])
            c.drawString(330, y, cat)
            c.drawRightString(460, y, hrs)
            y -= 14
        total = sum(float(x) for _, _, x in rows)
        grand += total
        c.setFont("Helvetica-Bold", 9)
        c.drawString(110, y, f"Total {cat} Hours:")
        c.drawRightString(460, y, f"{total:.1f}")
        c.setFont("Helvetica", 9)
        y -= 20
    c.setFont("Helvetica-Bold", 9)
    c.drawString(110, y, "Grand Total")
    c.drawRightString(460, y, f"{grand:.1f}")


@record(
    "instructor_led_online_columns",
    name="Rosamund K. Adeyinka",
    items=[
        R(ASR, "2022-03-15", 8.0),
        R(BULLY, "2022-06-28", 1.5),
        R(IIJ, "2022-12-06", 8.0),
        R(SRP, "2023-04-04", 2.0),
    ],
)
def _instructor_led_online_columns(c: Any, w: float, h: float) -> None:
    """Two hours columns, "Instructor-Led Hrs" and "Online Hrs": each row fills one and leaves the other
    blank (never both)."""
    _head(c, h, "Westbrook Schools Police Department", "Training Transcript", "Rosamund K. Adeyinka")
    cols = [("Date", 40), ("Course", 110), ("Instructor-Led Hrs", 350), ("Online Hrs", 460)]
    table(c, h - 110, cols, [
        ["03/15/2022", "Active Shooter Response for Schools", "8.0", ""],
        ["06/28/2022", "Bullying and Cyberbullying Prevention", "", "1.5"],
        ["12/06/2022", "Interviewing and Interrogating Juveniles", "8.0", ""],
        ["04/04/2023", "Standard Response Protocol Training", "", "2.0"],
    ], right=(2, 3))  # fmt: skip


_SPLIT = [
    ("02/15/2022", ["Youth Mental Health First Aid"], YMHFA, "8.0"),
    ("04/19/2022", ["Firearms Qualification"], FIRE, "4.0"),
    ("06/07/2022", ["Juvenile Law for Law Enforcement"], JLAW, "8.0"),
    ("08/16/2022", ["Defensive Tactics Refresher"], DT, "4.0"),
    ("10/04/2022", ["Standard Response Protocol Training"], SRP, "4.0"),
    ("12/13/2022", ["Active Shooter Response for Schools"], ASR, "8.0"),
    ("03/07/2023", ["Child Abuse and Neglect", "Investigations"], CAN, "16.0"),
    ("06/20/2023", ["Trauma-Informed Policing with Youth"], TIP, "8.0"),
]


@record(
    "wrapped_row_date_on_page_two",
    name="Augustin M. Kowalczyk-Bell",
    items=[R(course, _iso(d), float(hrs)) for d, _, course, hrs in _SPLIT],
)
def _wrapped_row_date_on_page_two(c: Any, w: float, h: float) -> None:
    """A title's first line at page 1's foot; its second line with the date and hours opens page 2 (cells
    bottom-aligned on the row's last line)."""
    cols = (("Course Title", 40), ("Date", 330), ("Hours", 450))

    def heads(page: int) -> float:
        _head(c, h, "Harrow Glen Police Department", "Officer Training Record", "Augustin M. Kowalczyk-Bell")
        _footer(c, page, 2)
        return _rule_heads(c, h, cols, h - 110)

    y = heads(1)
    for d, title, _, hrs in _SPLIT:
        if len(title) == 2:
            c.drawString(40, 62, title[0])
            c.showPage()
            y = heads(2)
            title = title[1:]
        c.drawString(40, y, title[0])
        c.drawString(330, y, d)
        c.drawRightString(480, y, hrs)
        y -= 16


_COURSES = (YMHFA, FIRE, SRP, JLAW, ASR, DT, TIP, SEOP, CAN, IIJ, BULLY)
_HOURS = {YMHFA: 8.0, FIRE: 4.0, SRP: 4.0, JLAW: 8.0, ASR: 8.0, DT: 4.0, TIP: 8.0, SEOP: 8.0, CAN: 16.0,
          IIJ: 8.0, BULLY: 2.0}  # fmt: skip
# 5 pages of 9 rows: two a month from January 2020, courses in turn (45 rows).
_LONG = [
    (f"{1 + k // 2 % 12:02d}/{5 + 14 * (k % 2):02d}/{2020 + k // 24}", _COURSES[k % len(_COURSES)])
    for k in range(45)
]


@record(
    "five_page_record",
    name="Wilhelmina T. Okonkwo-Price",
    items=[R(course, _iso(d), _HOURS[course]) for d, course in _LONG],
)
def _five_page_record(c: Any, w: float, h: float) -> None:
    """A long record: five pages of nine rows under repeated headings, "Page n of 5" footers."""
    cols = (("Date", 40), ("Course Title", 115), ("Type", 360), ("Hours", 430))
    for page in range(5):
        _head(
            c, h, "Granite Bay Police Department", "Cumulative Training Record", "Wilhelmina T. Okonkwo-Price"
        )
        _footer(c, page + 1, 5)
        y = _rule_heads(c, h, cols, h - 110)
        for d, course in _LONG[9 * page : 9 * page + 9]:
            c.drawString(40, y, d)
            c.drawString(115, y, course[0])
            c.drawString(360, y, "In-Service")
            c.drawRightString(460, y, f"{_HOURS[course]:.1f}")
            y -= 16
        if page < 4:
            c.showPage()


@record(
    "from_to_columns",
    name="Theodora N. Castellanos",
    items=[
        R(CIT, "2022-01-10", 40.0, end="2022-01-14"),
        R(IIJ, "2022-05-17", 16.0, end="2022-05-18"),
        R(SRP, "2023-02-07", 4.0),
    ],
)
def _from_to_columns(c: Any, w: float, h: float) -> None:
    """ "From" and "To" date columns right of the title; a one-day class prints the same day twice."""
    _head(c, h, "Silver Lake Police Department", "Training Record", "Theodora N. Castellanos")
    cols = [("Course", 40), ("From", 300), ("To", 370), ("Hours", 450)]
    table(c, h - 110, cols, [
        ["Crisis Intervention Teams for Youth", "01/10/2022", "01/14/2022", "40.0"],
        ["Interviewing and Interrogating Juveniles", "05/17/2022", "05/18/2022", "16.0"],
        ["Standard Response Protocol Training", "02/07/2023", "02/07/2023", "4.0"],
    ], right=(3,))  # fmt: skip


@record(
    "contact_credit_hours_differ",
    name="Mortimer A. Valdivia",
    items=[
        R(JLAW, "2022-03-01", 8.0),
        # 7.5 contact hours against 8.0 credit hours: which the rules count is a person's to settle.
        R(TIP, "2022-09-13", 7.5, sure=False),
        R(SEOP, "2023-04-25", 8.0),
    ],
)
def _contact_credit_hours_differ(c: Any, w: float, h: float) -> None:
    """ "Contact Hrs" and "Credit Hrs" columns: equal on two rows, 7.5 against 8.0 on one."""
    _head(c, h, "Ridgecrest Police Department", "Training Transcript", "Mortimer A. Valdivia")
    cols = [("Date", 40), ("Course", 110), ("Contact Hrs", 360), ("Credit Hrs", 450)]
    table(c, h - 110, cols, [
        ["03/01/2022", "Juvenile Law for Law Enforcement", "8.0", "8.0"],
        ["09/13/2022", "Trauma-Informed Policing with Youth", "7.5", "8.0"],
        ["04/25/2023", "School Emergency Operations Planning", "8.0", "8.0"],
    ], right=(2, 3))  # fmt: skip


@record(
    "name_last_first_caps",
    name="Cordelia F. Ashworth-Mbeki",
    items=[R(BULLY, "2022-02-22", 2.0), R(ASR, "2022-08-09", 8.0), R(YMHFA, "2023-01-31", 8.0)],
)
def _name_last_first_caps(c: Any, w: float, h: float) -> None:
    """The officer as "Employee: ASHWORTH-MBEKI, CORDELIA F." and "Badge #: 4471" on one line."""
    labelled_name_sheet(
        c,
        h,
        ("Elm Grove Police Department", "Employee Training History"),
        "Employee: ASHWORTH-MBEKI, CORDELIA F.        Badge #: 4471",
        [
            ["02/22/2022", "Bullying and Cyberbullying Prevention", "2.0"],
            ["08/09/2022", "Active Shooter Response for Schools", "8.0"],
            ["01/31/2023", "Youth Mental Health First Aid", "8.0"],
        ],
    )


def labelled_name_sheet(c: Any, h: float, heads: tuple[str, str], named: str, rows: list[list[str]]) -> None:
    """An agency and a title over a line naming the officer (``named``, as printed), then a "Date | Course |
    Hours" table."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 42, heads[0])
    c.setFont("Helvetica", 10)
    c.drawString(40, h - 60, heads[1])
    c.drawString(40, h - 76, named)
    table(c, h - 110, [("Date", 40), ("Course", 110), ("Hours", 440)], rows, right=(2,))


@record(
    "hours_first_column",
    name="Lysander O. Whitcombe",
    items=[R(SEOP, "2022-06-21", 8.0), R(CAN, "2022-11-15", 16.0), R(SRP, "2023-03-14", 4.0)],
)
def _hours_first_column(c: Any, w: float, h: float) -> None:
    """Hours first, then the title, the date last: "8.0 | School Emergency ... | 06/21/2022"."""
    _head(c, h, "Kingsford Police Department", "Training Hours Log", "Lysander O. Whitcombe")
    cols = [("Hours", 40), ("Course", 100), ("Date Completed", 400)]
    table(c, h - 110, cols, [
        ["8.0", "School Emergency Operations Planning", "06/21/2022"],
        ["16.0", "Child Abuse and Neglect Investigations", "11/15/2022"],
        ["4.0", "Standard Response Protocol Training", "03/14/2023"],
    ])  # fmt: skip


@record(
    "instructor_led_online_both",
    name="Philomena D. Garrity",
    items=[
        R(JLAW, "2022-04-12", 8.0),
        # 6 classroom and 2 online hours of one course: its "Total" cell prints 8.
        R(YMHFA, "2022-10-18", 8.0),
    ],
)
def _instructor_led_online_both(c: Any, w: float, h: float) -> None:
    """ "Classroom" and "Online" hours columns and a "Total" column; one row is blended (6 + 2 = 8)."""
    _head(c, h, "Ashford Schools Police", "Training Transcript", "Philomena D. Garrity")
    cols = [("Date", 40), ("Course", 110), ("Classroom", 340), ("Online", 420), ("Total", 490)]
    table(c, h - 110, cols, [
        ["04/12/2022", "Juvenile Law for Law Enforcement", "8.0", "", "8.0"],
        ["10/18/2022", "Youth Mental Health First Aid", "6.0", "2.0", "8.0"],
    ], right=(2, 3, 4))  # fmt: skip
