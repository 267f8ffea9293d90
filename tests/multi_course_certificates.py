"""A focused round: one certificate page that lists several courses (round 11's leftover).

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel` for the first course listed, ``MORE_COURSES`` for the others):

- two to five courses printed as lines ("<Title> - <date> - <N> hours", "<Title> (<N> hrs) <date>", the
  date first), as a bulleted list, as "Course 1: ... Course 2: ..." fields;
- a conference certificate listing the sessions attended, each with its hours (sessions of a conference, as
  a record's rows are: conference attendance, for a person);
- a continuing-education certificate with a total and per-session hours (the total is never credited on top
  of the sessions);
- distractors that are ONE course: a course with a list of its modules (no hours), a course's agenda day by
  day (dates, no hours), "has completed the 40-hour <Title>".

A page listing courses is right only when every course is its own item with its own facts; a distractor only
when it is one item.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from certledger.samples import _signature
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel

MULTI: dict[str, Novel] = {}
MORE_COURSES: dict[str, list[Novel]] = {}

_CERT = ("Times-Bold", 28, 130, "Certificate of Completion")


def _more(key: str, *courses: tuple[str, date, date, float | None, str | None, str | None]) -> None:
    """The courses after the first one of page ``key``: (title, start, end, hours, catalog id, category)."""
    first = MULTI[key]
    MORE_COURSES[key] = [
        replace(
            first,
            course_title=t,
            start_date=s,
            end_date=e,
            hours=h,
            catalog_id=cid,
            category=cat,
        )
        for t, s, e, h, cid, cat in courses
    ]


def _left(
    c: Any, h: float, x: float, top: float, lines: list[str], font: str = "Helvetica", size: float = 12
) -> None:
    """Lines set flush left at ``x``, 22 points apart, the first ``top`` points below the page's top."""
    c.setFont(font, size)
    for k, text in enumerate(lines):
        c.drawString(x, h - top - 22 * k, text)


def _head(
    name: str,
    issuer: str,
    cue: str = "This certifies that",
    done: str = "has completed the following courses:",
) -> list[tuple[str, float, float, str]]:
    return [
        ("Helvetica-Bold", 13, 74, issuer.upper()),
        _CERT,
        ("Times-Roman", 13, 166, cue),
        ("Times-Bold", 24, 204, name),
        ("Times-Roman", 13, 238, done),
    ]


D = date

# ------------------------------------------------------------------ courses as lines

centred_novel(
    "three_lines_dash",
    "Three courses, each a line 'Title - MM/DD/YYYY - N hours'.",
    name="Officer Lena M. Brooks",
    title="Juvenile Law for Law Enforcement",
    issuer="Mesa County Regional Training Center",
    start=D(2023, 3, 6),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=MULTI,
    frame="#1a237e",
    rows=[
        *_head("Officer Lena M. Brooks", "Mesa County Regional Training Center"),
        ("Helvetica", 12, 270, "Juvenile Law for Law Enforcement - 03/06/2023 - 8 hours"),
        ("Helvetica", 12, 292, "Standard Response Protocol Training - 03/07/2023 - 4 hours"),
        ("Helvetica", 12, 314, "Trauma-Informed Policing with Youth - 03/08/2023 - 8 hours"),
    ],
    signature=(90, 120, "Gordon Pike", "Center Director"),
)
_more(
    "three_lines_dash",
    (
        "Standard Response Protocol Training",
        D(2023, 3, 7),
        D(2023, 3, 7),
        4.0,
        "srp-training",
        "school_safety",
    ),
    (
        "Trauma-Informed Policing with Youth",
        D(2023, 3, 8),
        D(2023, 3, 8),
        8.0,
        "trauma-informed-youth",
        "juvenile",
    ),
)

centred_novel(
    "two_lines_hrs_paren",
    "Two courses, each a line 'Title (N hrs) Month D, YYYY'.",
    name="Deputy Ruben A. Ortiz",
    title="Youth Mental Health First Aid",
    issuer="Sierra Foothills Sheriffs' Academy",
    start=D(2022, 9, 13),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=MULTI,
    frame="#004d40",
    rows=[
        *_head("Deputy Ruben A. Ortiz", "Sierra Foothills Sheriffs' Academy", done="successfully completed"),
        ("Helvetica", 12, 270, "Youth Mental Health First Aid (8 hrs) September 13, 2022"),
        (
            "Helvetica",
            12,
            292,
            "Bullying and Cyberbullying Prevention for Law Enforcement (4 hrs) September 14, 2022",
        ),
    ],
    signature=(90, 120, "Sheriff Dale Coombs", "Sheriff"),
)
_more(
    "two_lines_hrs_paren",
    (
        "Bullying and Cyberbullying Prevention for Law Enforcement",
        D(2022, 9, 14),
        D(2022, 9, 14),
        4.0,
        "bullying-prevention",
        "juvenile",
    ),
)


@novel(
    "five_lines_date_first",
    name="Officer Tamsin J. Wright",
    title="School Emergency Operations Planning",
    issuer="Blue Ridge Public Safety Institute",
    start=D(2023, 1, 10),
    hours=8.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=MULTI,
)
def _five_lines_date_first(c: Any, w: float, h: float) -> None:
    """Five courses flush left, each 'MM/DD/YYYY   Title   N hrs' (the date first)."""
    _frame(c, w, h, "#4a148c")
    _centred(
        c,
        w,
        h,
        _head(
            "Officer Tamsin J. Wright",
            "Blue Ridge Public Safety Institute",
            done="completed these courses in 2023:",
        ),
    )
    _left(
        c,
        h,
        80,
        274,
        [
            "01/10/2023   School Emergency Operations Planning   8 hrs",
            "02/14/2023   Standard Response Protocol Training   4 hrs",
            "03/21/2023   Juvenile Law for Law Enforcement   8 hrs",
            "04/18/2023   Active Shooter Response for Schools   8 hrs",
            "05/09/2023   Youth Mental Health First Aid   8 hrs",
        ],
    )
    _signature(c, 90, 120, 200, "brpsi", "Dr. Celia Marsh", "Institute Director")


_more(
    "five_lines_date_first",
    (
        "Standard Response Protocol Training",
        D(2023, 2, 14),
        D(2023, 2, 14),
        4.0,
        "srp-training",
        "school_safety",
    ),
    ("Juvenile Law for Law Enforcement", D(2023, 3, 21), D(2023, 3, 21), 8.0, "juvenile-law", "juvenile"),
    (
        "Active Shooter Response for Schools",
        D(2023, 4, 18),
        D(2023, 4, 18),
        8.0,
        "school-active-shooter",
        "school_safety",
    ),
    ("Youth Mental Health First Aid", D(2023, 5, 9), D(2023, 5, 9), 8.0, "ymhfa", "juvenile"),
)


@novel(
    "bulleted_list",
    name="Sgt. Harriet O. Kim",
    title="Interviewing and Interrogating Juveniles",
    issuer="Coastal Plains Police Academy",
    start=D(2022, 10, 3),
    end=D(2022, 10, 4),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=MULTI,
)
def _bulleted_list(c: Any, w: float, h: float) -> None:
    """Three courses as bullets, each '• Title, Month D-D, YYYY, N hours'."""
    _frame(c, w, h, "#b71c1c")
    _centred(
        c,
        w,
        h,
        _head("Sgt. Harriet O. Kim", "Coastal Plains Police Academy", done="has satisfactorily completed:"),
    )
    _left(
        c,
        h,
        90,
        274,
        [
            "\u2022  Interviewing and Interrogating Juveniles, October 3-4, 2022, 16 hours",
            "\u2022  Child Abuse and Neglect Investigations, October 5-7, 2022, 24 hours",
            "\u2022  Juvenile Law for Law Enforcement, October 11, 2022, 8 hours",
        ],
    )
    _signature(c, 90, 120, 200, "cppa", "Cmdr. Louis Varga", "Academy Commander")


_more(
    "bulleted_list",
    (
        "Child Abuse and Neglect Investigations",
        D(2022, 10, 5),
        D(2022, 10, 7),
        24.0,
        "child-abuse-inv",
        "juvenile",
    ),
    ("Juvenile Law for Law Enforcement", D(2022, 10, 11), D(2022, 10, 11), 8.0, "juvenile-law", "juvenile"),
)


@novel(
    "course_fields",
    name="Officer Marcus T. Bell",
    title="Active Shooter Response for Schools",
    issuer="Great Lakes Law Enforcement Training Board",
    start=D(2023, 6, 5),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=MULTI,
)
def _course_fields(c: Any, w: float, h: float) -> None:
    """'Course 1: Title' with 'Date: ... Hours: ...' under it, then 'Course 2: ...'."""
    _frame(c, w, h, "#263238")
    _centred(
        c,
        w,
        h,
        _head(
            "Officer Marcus T. Bell",
            "Great Lakes Law Enforcement Training Board",
            cue="Awarded to",
            done="for the completion of",
        ),
    )
    _left(
        c,
        h,
        90,
        274,
        [
            "Course 1: Active Shooter Response for Schools",
            "Date: 06/05/2023          Hours: 8",
            "Course 2: Standard Response Protocol Training",
            "Date: 06/06/2023          Hours: 4",
        ],
    )
    _signature(c, 90, 120, 200, "gllet", "Anne Fowler", "Board Secretary")


_more(
    "course_fields",
    (
        "Standard Response Protocol Training",
        D(2023, 6, 6),
        D(2023, 6, 6),
        4.0,
        "srp-training",
        "school_safety",
    ),
)

centred_novel(
    "two_lines_one_date",
    "Two courses on one day: 'Title - N hours' lines under one 'Date of training'.",
    name="Officer Priscilla D. Young",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Valley Schools Safety Consortium",
    start=D(2023, 8, 9),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=MULTI,
    frame="#006064",
    rows=[
        *_head(
            "Officer Priscilla D. Young",
            "Valley Schools Safety Consortium",
            done="attended the following trainings:",
        ),
        ("Helvetica", 12, 270, "Bullying and Cyberbullying Prevention for Law Enforcement - 4 hours"),
        ("Helvetica", 12, 292, "Standard Response Protocol Training - 4 hours"),
        ("Helvetica", 12, 320, "Date of training: August 9, 2023"),
    ],
    signature=(90, 120, "Roy Ellison", "Consortium Chair"),
)
_more(
    "two_lines_one_date",
    (
        "Standard Response Protocol Training",
        D(2023, 8, 9),
        D(2023, 8, 9),
        4.0,
        "srp-training",
        "school_safety",
    ),
)

# ------------------------------------------------------------------ a conference's sessions, CE totals


@novel(
    "conference_sessions",
    name="Officer Jonah P. Fields",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Heartland School Safety Association",
    start=D(2023, 7, 18),
    hours=1.5,
    catalog_id=None,
    category="conference",
    doc_type="conference_attendance",
    must_review=True,
    registry=MULTI,
)
def _conference_sessions(c: Any, w: float, h: float) -> None:
    """A state conference's attendance certificate listing the sessions attended, each with its date and
    hours: conference attendance (R6's evidence, credited 0 for R5), each session for a person."""
    _frame(c, w, h, "#1b5e20")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "HEARTLAND SCHOOL SAFETY ASSOCIATION"),
            ("Times-Bold", 26, 124, "Certificate of Attendance"),
            ("Times-Roman", 13, 160, "This certifies that"),
            ("Times-Bold", 24, 198, "Officer Jonah P. Fields"),
            ("Times-Roman", 13, 232, "attended the 2023 State School Safety Conference sessions below:"),
        ],
    )
    _left(
        c,
        h,
        80,
        266,
        [
            "Bullying and Cyberbullying Prevention for Law Enforcement - 07/18/2023 - 1.5 hours",
            "Trauma-Informed Policing with Youth - 07/18/2023 - 3 hours",
            "School Emergency Operations Planning - 07/19/2023 - 2 hours",
        ],
        size=11,
    )
    _signature(c, 90, 120, 200, "hsss", "Marla Quint", "Summit Chair")


_more(
    "conference_sessions",
    ("Trauma-Informed Policing with Youth", D(2023, 7, 18), D(2023, 7, 18), 3.0, None, "conference"),
    ("School Emergency Operations Planning", D(2023, 7, 19), D(2023, 7, 19), 2.0, None, "conference"),
)


@novel(
    "ce_total_and_sessions",
    name="Officer Dana K. Whitfield",
    title="Youth Mental Health First Aid",
    issuer="Riverbend College Continuing Education",
    start=D(2022, 11, 8),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=MULTI,
)
def _ce_total_and_sessions(c: Any, w: float, h: float) -> None:
    """A CE certificate: two sessions with their hours, then 'Total CE Hours: 12' (never 12 more)."""
    _frame(c, w, h, "#311b92")
    _centred(
        c,
        w,
        h,
        _head(
            "Officer Dana K. Whitfield",
            "Riverbend College Continuing Education",
            done="has earned continuing education credit for:",
        ),
    )
    _left(
        c,
        h,
        90,
        274,
        [
            "Youth Mental Health First Aid - 11/08/2022 - 8.0 hours",
            "Standard Response Protocol Training - 11/09/2022 - 4.0 hours",
            "Total CE Hours: 12.0",
        ],
    )
    _signature(c, 90, 120, 200, "rcce", "Dr. Hugo Lang", "Dean")


_more(
    "ce_total_and_sessions",
    (
        "Standard Response Protocol Training",
        D(2022, 11, 9),
        D(2022, 11, 9),
        4.0,
        "srp-training",
        "school_safety",
    ),
)

# ------------------------------------------------------------------ distractors: one course


@novel(
    "one_course_modules",
    name="Officer Elise N. Harper",
    title="Basic School Resource Officer Course",
    issuer="National Association of School Resource Officers",
    start=D(2023, 6, 5),
    end=D(2023, 6, 9),
    hours=40.0,
    catalog_id="nasro-basic",
    category="basic",
    registry=MULTI,
)
def _one_course_modules(c: Any, w: float, h: float) -> None:
    """One course with its date and hours, then the list of its modules (no hours): ONE item."""
    _frame(c, w, h, "#0d47a1")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            _CERT,
            ("Times-Roman", 13, 166, "This certifies that"),
            ("Times-Bold", 24, 204, "Officer Elise N. Harper"),
            ("Times-Roman", 13, 238, "has completed the"),
            ("Helvetica-Bold", 18, 270, "Basic School Resource Officer Course"),
            ("Helvetica", 12, 298, "June 5-9, 2023  ·  40 hours"),
            ("Helvetica-Bold", 11, 330, "Modules completed:"),
        ],
    )
    _left(
        c,
        h,
        110,
        352,
        [
            "\u2022  The SRO's roles: educator, informal counselor, law enforcer",
            "\u2022  Legal issues in schools and juvenile law",
            "\u2022  Adolescent brain development and mental health",
            "\u2022  School emergency operations planning",
        ],
        size=11,
    )
    _signature(c, 90, 100, 200, "nasro-mod", "Mac Hardy", "Director of Operations")


@novel(
    "one_course_agenda",
    name="Deputy Colin F. Reyes",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="National Center for Mental Health and Juvenile Justice",
    start=D(2022, 4, 4),
    end=D(2022, 4, 8),
    hours=40.0,
    catalog_id="cit-youth",
    category="juvenile",
    registry=MULTI,
)
def _one_course_agenda(c: Any, w: float, h: float) -> None:
    """One 40-hour course with its agenda day by day (each day dated, no hours): ONE item."""
    _frame(c, w, h, "#3e2723")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 12, 74, "NATIONAL CENTER FOR MENTAL HEALTH AND JUVENILE JUSTICE"),
            _CERT,
            ("Times-Roman", 13, 166, "This certifies that"),
            ("Times-Bold", 24, 204, "Deputy Colin F. Reyes"),
            ("Times-Roman", 13, 238, "has completed"),
            ("Helvetica-Bold", 18, 270, "Crisis Intervention Teams for Youth (CIT-Y)"),
            ("Helvetica", 12, 298, "40 hours of instruction"),
            ("Helvetica-Bold", 11, 328, "Agenda"),
        ],
    )
    _left(
        c,
        h,
        110,
        350,
        [
            "Day 1 - 04/04/2022 - Adolescent development and mental illness",
            "Day 2 - 04/05/2022 - De-escalation with youth in crisis",
            "Day 3 - 04/06/2022 - Trauma and its effects",
            "Day 4 - 04/07/2022 - Family and school partners",
            "Day 5 - 04/08/2022 - Scenarios and review",
        ],
        size=11,
    )
    _signature(c, 90, 100, 200, "ncmhjj", "Dr. Rosa Tran", "Program Director")


centred_novel(
    "forty_hour_before_title",
    "'has completed the 40-hour' right before the title, 'June 5-9, 2023' under it: one course of 40 hours.",
    name="Officer Wendell B. Shaw",
    title="Basic School Resource Officer Course",
    issuer="National Association of School Resource Officers",
    start=D(2023, 6, 5),
    end=D(2023, 6, 9),
    hours=40.0,
    catalog_id="nasro-basic",
    category="basic",
    registry=MULTI,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Wendell B. Shaw"),
        ("Times-Roman", 13, 238, "has completed the 40-hour"),
        ("Helvetica-Bold", 18, 272, "Basic School Resource Officer Course"),
        ("Helvetica", 12, 306, "June 5-9, 2023"),
    ],
    signature=(90, 120, "Mac Hardy", "Director of Operations"),
)


def courses_of(n: Novel) -> list[Novel]:
    """Every course page ``n`` lists (the first, then ``MORE_COURSES``)."""
    return [n, *MORE_COURSES.get(n.key, [])]
