"""Round 3 of one certificate listing several courses (``tests/multi_course_certificates_2.py``).

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel` for the first course credited, ``MORE_COURSES_3`` for the
others; ``NOT_CREDITED_3`` names listed lines that must never be an ``auto`` item):

- a conference's breakout sessions with hours each and a total (the sessions are credited, never the total
  on top of them); an academy diploma listing its modules, hours summing to 40 (one item: the course);
- a line for a course not completed ("Audited", "(incomplete)"); hours in a right column after dot leaders;
- "1." "2." numbering with wrapped titles; a bilingual list; dates per line with one line lacking one;
- a "Total: 16 hours" line under the list; a transcript-like table on a certificate (with a grade column);
- a page saying "16 hours of training in the following courses:" above them; hours beside CEUs on each line;
- a list spanning the fold of a folded certificate (``FOLDED_3``, read as a phone photo too).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _signature
from tests.multi_course_certificates import _head, _left
from tests.multi_course_certificates_2 import ruled_grid
from tests.novel_certificates import Novel, _centred, _frame, novel

MULTI_3: dict[str, Novel] = {}
MORE_COURSES_3: dict[str, list[Novel]] = {}
NOT_CREDITED_3: dict[str, list[str]] = {}  # listed lines that are no course to credit (never ``auto``)
FOLDED_3: set[str] = set()

D = date
Course = tuple[str, date, date, float | None, str | None, str | None]

JL = ("Juvenile Law for Law Enforcement", "juvenile-law", "juvenile")
SRP = ("Standard Response Protocol Training", "srp-training", "school_safety")
YM = ("Youth Mental Health First Aid", "ymhfa", "juvenile")
AS = ("Active Shooter Response for Schools", "school-active-shooter", "school_safety")
CA = ("Child Abuse and Neglect Investigations", "child-abuse-inv", "juvenile")
EO = ("School Emergency Operations Planning", "school-emergency-ops", "school_safety")
BP = ("Bullying and Cyberbullying Prevention for Law Enforcement", "bullying-prevention", "juvenile")
II = ("Interviewing and Interrogating Juveniles", "juvenile-interview", "juvenile")
TI = ("Trauma-Informed Policing with Youth", "trauma-informed-youth", "juvenile")


def c(course: tuple[str, str, str], start: date, hours: float | None, end: date | None = None) -> Course:
    """A catalog course as listed: (title, start, end, hours, catalog id, category)."""
    return (course[0], start, end or start, hours, course[1], course[2])


def listing(
    key: str,
    courses: list[Course],
    *,
    name: str,
    issuer: str,
    lines: list[str],
    done: str = "has completed the following courses:",
    x: float = 80,
    size: float = 11,
    frame: str = "#283593",
    head: list[tuple[str, float, float, str]] | None = None,
    not_credited: tuple[str, ...] = (),
    fold: bool = False,
    **truth: Any,
) -> None:
    """Register a certificate listing ``lines`` under its head; ``courses`` are its truth, in order."""
    title, start, end, hours, cid, cat = courses[0]

    def draw(cv: Any, w: float, h: float) -> None:
        _frame(cv, w, h, frame)
        _centred(cv, w, h, head or _head(name, issuer, done=done))
        top = 268 if head is None else max(r[2] for r in head) + 30
        if fold:  # the crease of a certificate folded in half, across the list
            cv.setStrokeColor(HexColor("#9e9e9e"))
            cv.setLineWidth(1.6)
            cv.line(20, h / 2, w - 20, h / 2)
            cv.setStrokeColor(HexColor("#000000"))
            top = h / 2 - 22 * (len(lines) // 2) + 8
        _left(cv, h, x, top, lines, size=size)
        _signature(cv, 90, 90, 200, key[:4], "Lt. Marion Hale", "Training Director")

    novel(
        key,
        name=name,
        title=title,
        issuer=issuer,
        start=start,
        end=end,
        hours=hours,
        catalog_id=cid,
        category=cat,
        registry=MULTI_3,
        **truth,
    )(draw)
    first = MULTI_3[key]
    MORE_COURSES_3[key] = [
        replace(first, course_title=t, start_date=s, end_date=e, hours=hh, catalog_id=ci, category=ca)
        for t, s, e, hh, ci, ca in courses[1:]
    ]
    NOT_CREDITED_3[key] = list(not_credited)
    if fold:
        FOLDED_3.add(key)


def courses_of_3(n: Novel) -> list[Novel]:
    """Every course page ``n`` credits (the first, then ``MORE_COURSES_3``)."""
    return [n, *MORE_COURSES_3.get(n.key, [])]


def conference_head(conference: str, name: str, attended: str) -> list[tuple[str, float, float, str]]:
    return [
        ("Helvetica-Bold", 13, 74, conference.upper()),
        ("Times-Bold", 26, 124, "Certificate of Attendance"),
        ("Times-Roman", 13, 160, "Presented to"),
        ("Times-Bold", 24, 198, name),
        ("Times-Roman", 13, 232, attended),
    ]


def course_head(
    who: tuple[str, str, str, str], what: tuple[str, str, str]
) -> list[tuple[str, float, float, str]]:
    """A one-course certificate's head: (issuer, heading, cue, holder) over (done, course title, its
    dates and hours line)."""
    issuer, heading, cue, name = who
    done, title, facts = what
    return [
        ("Helvetica-Bold", 13, 74, issuer.upper()),
        ("Times-Bold", 26, 124, heading),
        ("Times-Roman", 13, 156, cue),
        ("Times-Bold", 24, 192, name),
        ("Times-Roman", 13, 222, done),
        ("Helvetica-Bold", 14, 250, title),
        ("Helvetica", 12, 274, facts),
    ]


# ------------------------------------------------------------------ breakouts, an academy's modules

OCT3 = D(2023, 10, 3)
OCT4 = D(2023, 10, 4)
listing(
    "conference_breakouts_total",
    [
        ("Threat Assessment Teams in Practice", OCT3, OCT3, 1.5, None, "conference"),
        ("Social Media Threats and Students", OCT3, OCT3, 1.0, None, "conference"),
        ("Reunification Drills That Work", OCT4, OCT4, 1.5, None, "conference"),
    ],
    name="Officer Teresa A. Moreno",
    issuer="Great Lakes School Safety Summit",
    head=conference_head(
        "Great Lakes School Safety Summit 2023",
        "Officer Teresa A. Moreno",
        "for attending the following breakout sessions:",
    ),
    lines=[
        "Breakout A - Threat Assessment Teams in Practice - 10/03/2023 - 1.5 hours",
        "Breakout B - Social Media Threats and Students - 10/03/2023 - 1 hour",
        "Breakout C - Reunification Drills That Work - 10/04/2023 - 1.5 hours",
        "Total Continuing Education: 4 hours",
    ],
    doc_type="conference_attendance",
    must_review=True,
    frame="#33691e",
)

JUL10 = D(2023, 7, 10)
listing(
    "diploma_modules_sum_40",
    [("Basic School Resource Officer Course", JUL10, D(2023, 7, 14), 40.0, None, "basic")],
    name="Officer Caleb J. Whitfield",
    issuer="Prairie State Law Enforcement Academy",
    head=[
        *course_head(
            (
                "Prairie State Law Enforcement Academy",
                "Diploma",
                "is awarded to",
                "Officer Caleb J. Whitfield",
            ),
            (
                "who has completed the",
                "Basic School Resource Officer Course",
                "July 10-14, 2023  \u00b7  40 hours",
            ),
        ),
        ("Helvetica-Bold", 11, 300, "Subjects of instruction"),
    ],
    lines=[
        "The SRO's Roles and Responsibilities ........ 8 hours",
        "Legal Issues for School Officers ........ 12 hours",
        "Adolescent Brain Development ........ 12 hours",
        "Emergency Planning for Schools ........ 8 hours",
    ],
    x=120,
    frame="#0d47a1",
)

# ------------------------------------------------------------------ a course not completed

MAR6 = D(2023, 3, 6)
listing(
    "audited_line",
    [c(JL, MAR6, 8.0), c(EO, D(2023, 3, 8), 8.0)],
    name="Deputy Aaron K. Bishop",
    issuer="Red River Criminal Justice Academy",
    lines=[
        "Juvenile Law for Law Enforcement - 03/06/2023 - 8 hours",
        "Child Abuse and Neglect Investigations - 03/07/2023 - 8 hours (audited)",
        "School Emergency Operations Planning - 03/08/2023 - 8 hours",
    ],
    not_credited=("Child Abuse and Neglect Investigations",),
    frame="#4e342e",
)

listing(
    "incomplete_line",
    [c(YM, D(2022, 9, 12), 8.0), c(SRP, D(2022, 9, 13), 4.0)],
    name="Officer Priya S. Raman",
    issuer="Blue Ridge Police Training Center",
    lines=[
        "09/12/2022   Youth Mental Health First Aid   8 hrs",
        "09/13/2022   Standard Response Protocol Training   4 hrs",
        "09/14/2022   Active Shooter Response for Schools   8 hrs (incomplete)",
    ],
    not_credited=("Active Shooter Response for Schools",),
    frame="#006064",
)

listing(
    "status_column_in_progress",
    [c(II, D(2024, 2, 5), 8.0), c(TI, D(2024, 2, 6), 8.0)],
    name="Sgt. Julian R. Ortega",
    issuer="Coastal Bend Regional Academy",
    lines=[
        "Interviewing and Interrogating Juveniles   02/05/2024   8 hours   Completed",
        "Trauma-Informed Policing with Youth   02/06/2024   8 hours   Completed",
        "Child Abuse and Neglect Investigations   02/07/2024   8 hours   Not Completed",
    ],
    not_credited=("Child Abuse and Neglect Investigations",),
    frame="#bf360c",
    size=10,
    x=60,
)

# ------------------------------------------------------------------ dot leaders, wrapped numbering, bilingual

listing(
    "dot_leaders_right_column",
    [c(AS, D(2022, 11, 1), 8.0), c(BP, D(2022, 11, 2), 4.0), c(CA, D(2022, 11, 3), 8.0)],
    name="Officer Nora E. Lindqvist",
    issuer="Twin Rivers Public Safety Institute",
    done="has completed the following courses, November 1-3, 2022:",
    lines=[
        "11/01/2022  Active Shooter Response for Schools ....................... 8 hours",
        "11/02/2022  Bullying and Cyberbullying Prevention for Law Enforcement .... 4 hours",
        "11/03/2022  Child Abuse and Neglect Investigations .................... 8 hours",
    ],
    size=10,
    x=60,
    frame="#1a237e",
)

listing(
    "numbered_wrapped_titles",
    [c(BP, D(2023, 4, 17), 4.0), c(EO, D(2023, 4, 18), 8.0), c(II, D(2023, 4, 19), 8.0)],
    name="Officer Helena M. Forsythe",
    issuer="Summit County Sheriff's Training Unit",
    lines=[
        "1.  Bullying and Cyberbullying Prevention for Law",
        "     Enforcement, 04/17/2023, 4 hours",
        "2.  School Emergency Operations Planning, 04/18/2023,",
        "     8 hours",
        "3.  Interviewing and Interrogating Juveniles, 04/19/2023, 8 hours",
    ],
    frame="#880e4f",
)

listing(
    "bilingual_list",
    [c(YM, D(2023, 6, 5), 8.0), c(JL, D(2023, 6, 6), 4.0)],
    name="Oficial Marisol T. Aguilar",
    issuer="Rio Grande Valley Training Academy",
    done="has completed the following courses / ha completado los siguientes cursos:",
    lines=[
        "Youth Mental Health First Aid - 06/05/2023 - 8 hours",
        "   Primeros Auxilios de Salud Mental Juvenil - 8 horas",
        "Juvenile Law for Law Enforcement - 06/06/2023 - 4 hours",
        "   Derecho Juvenil para las Fuerzas del Orden - 4 horas",
    ],
    frame="#37474f",
)

# ------------------------------------------------------------------ dates per line, one missing; totals

listing(
    "one_line_undated",
    [c(JL, D(2022, 1, 10), 8.0), c(YM, D(2022, 1, 12), 8.0)],
    name="Officer Dominic F. Reyes",
    issuer="Heartland Regional Training Academy",
    lines=[
        "Juvenile Law for Law Enforcement - 01/10/2022 - 8 hours",
        "Standard Response Protocol Training - 4 hours",
        "Youth Mental Health First Aid - 01/12/2022 - 8 hours",
    ],
    not_credited=("Standard Response Protocol Training",),  # no date of its own: a person must see it
    frame="#1b5e20",
)

listing(
    "total_16_hours",
    [c(AS, D(2024, 3, 4), 8.0), c(CA, D(2024, 3, 5), 8.0)],
    name="Deputy Sandra L. Okoye",
    issuer="Piedmont Law Enforcement Training Center",
    lines=[
        "Active Shooter Response for Schools (8 hours) March 4, 2024",
        "Child Abuse and Neglect Investigations (8 hours) March 5, 2024",
        "",
        "Total: 16 hours",
    ],
    frame="#4a148c",
)

listing(
    "total_hours_leaders",
    [c(SRP, D(2023, 8, 7), 4.0), c(TI, D(2023, 8, 8), 8.0), c(EO, D(2023, 8, 9), 8.0)],
    name="Officer Wesley H. Grant",
    issuer="Sierra Foothills Training Consortium",
    lines=[
        "08/07/2023  Standard Response Protocol Training .................. 4.0",
        "08/08/2023  Trauma-Informed Policing with Youth .................. 8.0",
        "08/09/2023  School Emergency Operations Planning ................. 8.0",
        "Total Training Hours ............................................. 20.0",
    ],
    done="has completed the following courses (hours shown at right):",
    size=10,
    x=70,
    frame="#263238",
)

listing(
    "sentence_total_above",
    [c(YM, D(2023, 1, 23), 8.0), c(JL, D(2023, 1, 24), 8.0)],
    name="Officer Imani R. Castellanos",
    issuer="Bayou Regional Police Academy",
    done="has completed 16 hours of training in the following courses:",
    lines=[
        "Youth Mental Health First Aid - January 23, 2023 - 8 hours",
        "Juvenile Law for Law Enforcement - January 24, 2023 - 8 hours",
    ],
    frame="#3e2723",
)

listing(
    "hours_and_ceus",
    [c(CA, D(2022, 6, 13), 8.0), c(II, D(2022, 6, 14), 8.0)],
    name="Investigator Leon P. Hartmann",
    issuer="Northern Tier Investigators Institute",
    lines=[
        "Child Abuse and Neglect Investigations - 06/13/2022 - 8 hours (0.8 CEUs)",
        "Interviewing and Interrogating Juveniles - 06/14/2022 - 8 hours (0.8 CEUs)",
    ],
    frame="#01579b",
)

# ------------------------------------------------------------------ tables on a certificate


@novel(
    "transcript_table_grade",
    name="Officer Yara B. Lindholm",
    title="Juvenile Law for Law Enforcement",
    issuer="Keystone Police Training Institute",
    start=D(2023, 9, 11),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=MULTI_3,
)
def _transcript_table_grade(cv: Any, w: float, h: float) -> None:
    """A ruled 'Course No. | Course Title | Date | Hours | Grade' table on a certificate; one 'Incomplete'."""
    _frame(cv, w, h, "#004d40")
    _centred(cv, w, h, _head("Officer Yara B. Lindholm", "Keystone Police Training Institute"))
    rows = [
        ("No.", "Course Title", "Date", "Hours", "Grade"),
        ("JL-210", "Juvenile Law for Law Enforcement", "09/11/2023", "8.0", "Pass"),
        ("YM-101", "Youth Mental Health First Aid", "09/12/2023", "8.0", "Pass"),
        ("AS-330", "Active Shooter Response for Schools", "09/13/2023", "8.0", "Incomplete"),
    ]
    ruled_grid(cv, rows, (50, 110, 330, 410, 460, 560), h - 262)
    _signature(cv, 90, 110, 200, "kpti", "Capt. Rhea Molina", "Institute Director")


MORE_COURSES_3["transcript_table_grade"] = [
    replace(
        MULTI_3["transcript_table_grade"],
        course_title=YM[0],
        start_date=D(2023, 9, 12),
        end_date=D(2023, 9, 12),
        catalog_id=YM[1],
        category=YM[2],
    )
]
NOT_CREDITED_3["transcript_table_grade"] = [AS[0]]

listing(
    "unruled_columns_header",
    [c(AS, D(2024, 1, 8), 8.0), c(SRP, D(2024, 1, 9), 2.0), c(CA, D(2024, 1, 10), 6.0)],
    name="Officer Tobias N. Achebe",
    issuer="Capital Area Training Cooperative",
    lines=[
        "Course                                                        Date              Hours",
        "Active Shooter Response for Schools                  01/08/2024        8",
        "Standard Response Protocol Training                  01/09/2024        2",
        "Child Abuse and Neglect Investigations               01/10/2024        6",
    ],
    x=70,
    size=10,
    frame="#311b92",
)

# ------------------------------------------------------------------ ranges, a page's day, the fold

listing(
    "ranges_per_line",
    [c(CA, D(2022, 3, 7), 24.0, D(2022, 3, 9)), c(BP, D(2022, 3, 10), 8.0)],
    name="Detective Ruth A. Kowalski",
    issuer="Great Plains Criminal Justice Academy",
    lines=[
        "\u2022  Child Abuse and Neglect Investigations \u2014 March 7-9, 2022 \u2014 24 hours",
        "\u2022  Bullying and Cyberbullying Prevention for Law Enforcement \u2014 March 10, 2022"
        " \u2014 8 hours",
    ],
    size=10,
    x=60,
    pagesize=landscape(letter),
    frame="#827717",
)

listing(
    "breakouts_hours_no_total",
    [
        ("Campus Threat Assessment Basics", D(2024, 7, 15), D(2024, 7, 15), 1.5, None, "conference"),
        ("Youth Vaping Enforcement Update", D(2024, 7, 15), D(2024, 7, 15), 1.0, None, "conference"),
        ("Crisis Communication with Parents", D(2024, 7, 16), D(2024, 7, 16), 2.0, None, "conference"),
    ],
    name="Officer Gabriel S. Duarte",
    issuer="Southwest School Safety Conference",
    head=conference_head(
        "Southwest School Safety Conference 2024",
        "Officer Gabriel S. Duarte",
        "July 15-16, 2024, and the breakout sessions below:",
    ),
    lines=[
        "07/15/2024   Campus Threat Assessment Basics   1.5 CE hours",
        "07/15/2024   Youth Vaping Enforcement Update   1.0 CE hour",
        "07/16/2024   Crisis Communication with Parents   2.0 CE hours",
    ],
    doc_type="conference_attendance",
    must_review=True,
    frame="#e65100",
)

listing(
    "fold_across_list",
    [
        c(JL, D(2023, 5, 15), 8.0),
        c(SRP, D(2023, 5, 16), 4.0),
        c(YM, D(2023, 5, 17), 8.0),
        c(EO, D(2023, 5, 18), 8.0),
    ],
    name="Officer Miriam D. Castellano",
    issuer="High Desert Police Academy",
    lines=[
        "Juvenile Law for Law Enforcement - 05/15/2023 - 8 hours",
        "Standard Response Protocol Training - 05/16/2023 - 4 hours",
        "Youth Mental Health First Aid - 05/17/2023 - 8 hours",
        "School Emergency Operations Planning - 05/18/2023 - 8 hours",
    ],
    fold=True,
    frame="#5d4037",
)

listing(
    "modules_numbered_sum_course",
    [
        (
            "Adolescent Mental Health Training for School Resource Officers",
            D(2024, 4, 1),
            D(2024, 4, 2),
            12.0,
            "nasro-amht",
            "school_safety",
        )
    ],
    name="Officer Felix O. Brandt",
    issuer="National Association of School Resource Officers",
    head=course_head(
        (
            "National Association of School Resource Officers",
            "Certificate of Completion",
            "This certifies that",
            "Officer Felix O. Brandt",
        ),
        (
            "has completed",
            "Adolescent Mental Health Training for School Resource Officers",
            "April 1-2, 2024  \u00b7  12 hours",
        ),
    ),
    lines=[
        "1. Understanding Adolescent Development - 4 hours",
        "2. Recognizing Mental Health Crises - 4 hours",
        "3. De-escalation and Referral Strategies - 4 hours",
    ],
    x=130,
    frame="#1565c0",
)
