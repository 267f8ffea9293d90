"""Round 2 of one certificate page listing several courses (``tests/multi_course_certificates.py``).

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel` for the first course listed, ``MORE_COURSES_2`` for the
others):

- courses in two columns side by side ("Title — N hours" left and right), under one day or each dated;
- lines carrying only dates: the hours printed once for the page (each course's own hours unknown: a person
  must see them), or each course's fixed length stated in a sentence above the list;
- sentence-case titles ("Youth mental health first aid - 8 hours - 05/02/2023");
- a "Course | Date | Hours" grid on a certificate; numbered "1)" "2)" lines;
- a conference certificate listing its sessions with CE hours each and a total;
- a certificate whose list continues on its second page;
- distractors that are ONE course: an academy's "Certificate of Training" listing the modules of one course,
  each with its hours (their sum the course's), and a CEU letter's paragraph.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _signature
from tests.multi_course_certificates import _head, _left
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel

MULTI_2: dict[str, Novel] = {}
MORE_COURSES_2: dict[str, list[Novel]] = {}

D = date
Course = tuple[str, date, date, float | None, str | None, str | None]


def _more(key: str, *courses: Course) -> None:
    """The courses after the first one of page ``key``: (title, start, end, hours, catalog id, category)."""
    first = MULTI_2[key]
    MORE_COURSES_2[key] = [
        replace(first, course_title=t, start_date=s, end_date=e, hours=h, catalog_id=cid, category=cat)
        for t, s, e, h, cid, cat in courses
    ]


def courses_of_2(n: Novel) -> list[Novel]:
    """Every course page ``n`` lists (the first, then ``MORE_COURSES_2``)."""
    return [n, *MORE_COURSES_2.get(n.key, [])]


# ------------------------------------------------------------------ two columns

APR12 = D(2023, 4, 12)


@novel(
    "two_columns_one_day",
    name="Officer Nadia F. Collins",
    title="Juvenile Law for Law Enforcement",
    issuer="Pinecrest Regional Police Academy",
    start=APR12,
    hours=2.0,
    catalog_id="juvenile-law",
    category="juvenile",
    pagesize=landscape(letter),
    registry=MULTI_2,
)
def _two_columns_one_day(c: Any, w: float, h: float) -> None:
    """Four courses in two columns side by side, each 'Title — N hours', all on the page's one day."""
    _frame(c, w, h, "#283593")
    _centred(
        c,
        w,
        h,
        _head(
            "Officer Nadia F. Collins",
            "Pinecrest Regional Police Academy",
            done="completed the following courses on April 12, 2023:",
        ),
    )
    _left(
        c,
        h,
        70,
        282,
        [
            "Juvenile Law for Law Enforcement \u2014 2 hours",
            "Standard Response Protocol Training \u2014 2 hours",
        ],
        size=11,
    )
    _left(
        c,
        h,
        430,
        282,
        ["Youth Mental Health First Aid \u2014 3 hours", "Active Shooter Response for Schools \u2014 1 hour"],
        size=11,
    )
    _signature(c, 90, 90, 200, "prpa", "Capt. Irene Doyle", "Academy Director")


_more(
    "two_columns_one_day",
    ("Standard Response Protocol Training", APR12, APR12, 2.0, "srp-training", "school_safety"),
    ("Youth Mental Health First Aid", APR12, APR12, 3.0, "ymhfa", "juvenile"),
    ("Active Shooter Response for Schools", APR12, APR12, 1.0, "school-active-shooter", "school_safety"),
)


@novel(
    "two_columns_dated",
    name="Deputy Hollis R. Grant",
    title="Child Abuse and Neglect Investigations",
    issuer="Tri-County Criminal Justice Training Consortium",
    start=D(2022, 5, 2),
    hours=8.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    pagesize=landscape(letter),
    registry=MULTI_2,
)
def _two_columns_dated(c: Any, w: float, h: float) -> None:
    """Four courses in two columns, each 'Title - MM/DD/YYYY - N hrs'."""
    _frame(c, w, h, "#4e342e")
    _centred(
        c,
        w,
        h,
        _head("Deputy Hollis R. Grant", "Tri-County Criminal Justice Training Consortium", done="completed"),
    )
    _left(
        c,
        h,
        50,
        282,
        [
            "Child Abuse and Neglect Investigations - 05/02/2022 - 8 hrs",
            "Juvenile Law for Law Enforcement - 05/03/2022 - 4 hrs",
        ],
        size=10,
    )
    _left(
        c,
        h,
        420,
        282,
        [
            "School Emergency Operations Planning - 05/04/2022 - 8 hrs",
            "Youth Mental Health First Aid - 05/05/2022 - 8 hrs",
        ],
        size=10,
    )
    _signature(c, 90, 90, 200, "tcctc", "Walt Emmerich", "Training Coordinator")


_more(
    "two_columns_dated",
    ("Juvenile Law for Law Enforcement", D(2022, 5, 3), D(2022, 5, 3), 4.0, "juvenile-law", "juvenile"),
    (
        "School Emergency Operations Planning",
        D(2022, 5, 4),
        D(2022, 5, 4),
        8.0,
        "school-emergency-ops",
        "school_safety",
    ),
    ("Youth Mental Health First Aid", D(2022, 5, 5), D(2022, 5, 5), 8.0, "ymhfa", "juvenile"),
)

# ------------------------------------------------------------------ lines carrying only dates

centred_novel(
    "dates_only_total",
    "Three courses each a line 'Title - MM/DD/YYYY', the hours once for the page: each course's unknown.",
    name="Officer Simone T. Avery",
    title="Juvenile Law for Law Enforcement",
    issuer="Granite State Police Standards Council",
    start=D(2023, 2, 6),
    hours=None,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=MULTI_2,
    frame="#37474f",
    rows=[
        *_head("Officer Simone T. Avery", "Granite State Police Standards Council"),
        ("Helvetica", 12, 270, "Juvenile Law for Law Enforcement - 02/06/2023"),
        ("Helvetica", 12, 292, "Standard Response Protocol Training - 02/07/2023"),
        ("Helvetica", 12, 314, "Youth Mental Health First Aid - 02/09/2023"),
        ("Helvetica-Bold", 12, 346, "Total training: 20 hours"),
    ],
    signature=(90, 120, "Ellen Marsh", "Council Director"),
)
_more(
    "dates_only_total",
    (
        "Standard Response Protocol Training",
        D(2023, 2, 7),
        D(2023, 2, 7),
        None,
        "srp-training",
        "school_safety",
    ),
    ("Youth Mental Health First Aid", D(2023, 2, 9), D(2023, 2, 9), None, "ymhfa", "juvenile"),
)

centred_novel(
    "dates_only_fixed_length",
    "Each course '8 hours in length' stated once; lines 'Title   Month D, YYYY'.",
    name="Officer Dmitri K. Vance",
    title="Active Shooter Response for Schools",
    issuer="Cascade Law Enforcement Training Institute",
    start=D(2022, 10, 17),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=MULTI_2,
    frame="#1b5e20",
    rows=[
        *_head(
            "Officer Dmitri K. Vance",
            "Cascade Law Enforcement Training Institute",
            done="has completed the following courses, each 8 hours in length:",
        ),
        ("Helvetica", 12, 272, "Active Shooter Response for Schools, October 17, 2022"),
        ("Helvetica", 12, 294, "Child Abuse and Neglect Investigations, October 18, 2022"),
    ],
    signature=(90, 120, "Ray Okafor", "Institute Director"),
)
_more(
    "dates_only_fixed_length",
    (
        "Child Abuse and Neglect Investigations",
        D(2022, 10, 18),
        D(2022, 10, 18),
        8.0,
        "child-abuse-inv",
        "juvenile",
    ),
)

# ------------------------------------------------------------------ sentence case, numbered, a grid

centred_novel(
    "sentence_case_titles",
    "Three sentence-case titles 'Title - N hours - MM/DD/YYYY'.",
    name="Officer Keira L. Dunn",
    title="Youth mental health first aid",
    issuer="Northern Plains Training Cooperative",
    start=D(2023, 5, 2),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=MULTI_2,
    frame="#880e4f",
    rows=[
        *_head("Officer Keira L. Dunn", "Northern Plains Training Cooperative"),
        ("Helvetica", 12, 270, "Youth mental health first aid - 8 hours - 05/02/2023"),
        ("Helvetica", 12, 292, "Standard response protocol training - 4 hours - 05/03/2023"),
        ("Helvetica", 12, 314, "Juvenile law for law enforcement - 8 hours - 05/04/2023"),
    ],
    signature=(90, 120, "Tom Hagen", "Cooperative Chair"),
)
_more(
    "sentence_case_titles",
    (
        "Standard response protocol training",
        D(2023, 5, 3),
        D(2023, 5, 3),
        4.0,
        "srp-training",
        "school_safety",
    ),
    ("Juvenile law for law enforcement", D(2023, 5, 4), D(2023, 5, 4), 8.0, "juvenile-law", "juvenile"),
)


@novel(
    "numbered_paren",
    name="Sgt. Owen P. Marsh",
    title="Interviewing and Interrogating Juveniles",
    issuer="Lakeshore Police Training Academy",
    start=D(2022, 3, 14),
    hours=8.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=MULTI_2,
)
def _numbered_paren(c: Any, w: float, h: float) -> None:
    """Three courses numbered '1)' '2)' '3)', each 'Title, MM/DD/YYYY, N hours'."""
    _frame(c, w, h, "#006064")
    _centred(c, w, h, _head("Sgt. Owen P. Marsh", "Lakeshore Police Training Academy"))
    _left(
        c,
        h,
        80,
        274,
        [
            "1)  Interviewing and Interrogating Juveniles, 03/14/2022, 8 hours",
            "2)  Bullying and Cyberbullying Prevention for Law Enforcement, 03/15/2022, 4 hours",
            "3)  School Emergency Operations Planning, 03/16/2022, 8 hours",
        ],
        size=11,
    )
    _signature(c, 90, 120, 200, "lpta", "Lt. Carla Benes", "Academy Director")


_more(
    "numbered_paren",
    (
        "Bullying and Cyberbullying Prevention for Law Enforcement",
        D(2022, 3, 15),
        D(2022, 3, 15),
        4.0,
        "bullying-prevention",
        "juvenile",
    ),
    (
        "School Emergency Operations Planning",
        D(2022, 3, 16),
        D(2022, 3, 16),
        8.0,
        "school-emergency-ops",
        "school_safety",
    ),
)


def ruled_grid(c: Any, rows: list[tuple[str, ...]], xs: tuple[float, ...], top: float) -> None:
    """A ruled grid of ``rows`` (the first its headings, in bold) between the column edges ``xs``."""
    c.setLineWidth(0.8)
    for k in range(len(rows) + 1):
        c.line(xs[0], top - 22 * k, xs[-1], top - 22 * k)
    for x in xs:
        c.line(x, top, x, top - 22 * len(rows))
    for k, cells in enumerate(rows):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 11)
        for x, text in zip(xs, cells, strict=False):
            c.drawString(x + 6, top - 22 * k - 15, text)


@novel(
    "grid_course_date_hours",
    name="Officer Bianca E. Ruiz",
    title="Youth Mental Health First Aid",
    issuer="Desert Southwest Public Safety Academy",
    start=D(2023, 9, 12),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=MULTI_2,
)
def _grid_course_date_hours(c: Any, w: float, h: float) -> None:
    """A ruled 'Course | Date | Hours' grid of three courses on a certificate."""
    _frame(c, w, h, "#bf360c")
    _centred(c, w, h, _head("Officer Bianca E. Ruiz", "Desert Southwest Public Safety Academy"))
    rows = [
        ("Course", "Date", "Hours"),
        ("Youth Mental Health First Aid", "09/12/2023", "8"),
        ("Juvenile Law for Law Enforcement", "09/13/2023", "4"),
        ("Active Shooter Response for Schools", "09/14/2023", "8"),
    ]
    ruled_grid(c, rows, (70, 360, 470, 542), h - 262)
    _signature(c, 90, 120, 200, "dspsa", "Chief Ana Soto", "Academy Director")


_more(
    "grid_course_date_hours",
    ("Juvenile Law for Law Enforcement", D(2023, 9, 13), D(2023, 9, 13), 4.0, "juvenile-law", "juvenile"),
    (
        "Active Shooter Response for Schools",
        D(2023, 9, 14),
        D(2023, 9, 14),
        8.0,
        "school-active-shooter",
        "school_safety",
    ),
)

# ------------------------------------------------------------------ a conference, two pages


@novel(
    "conference_ce_total",
    name="Officer Grace H. Lowell",
    title="Threat Assessment in Schools",
    issuer="Mountain West School Safety Conference",
    start=D(2023, 6, 20),
    hours=1.5,
    catalog_id=None,
    category="conference",
    doc_type="conference_attendance",
    must_review=True,
    registry=MULTI_2,
)
def _conference_ce_total(c: Any, w: float, h: float) -> None:
    """A conference's CE certificate: sessions 'MM/DD/YYYY  Title  N CE hours', then 'Total CE hours: 5'."""
    _frame(c, w, h, "#33691e")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "MOUNTAIN WEST SCHOOL SAFETY CONFERENCE 2023"),
            ("Times-Bold", 26, 124, "Continuing Education Certificate"),
            ("Times-Roman", 13, 160, "Presented to"),
            ("Times-Bold", 24, 198, "Officer Grace H. Lowell"),
            ("Times-Roman", 13, 232, "for attending these conference sessions:"),
        ],
    )
    _left(
        c,
        h,
        80,
        266,
        [
            "06/20/2023   Threat Assessment in Schools   1.5 CE hours",
            "06/20/2023   Social Media and Student Safety   2 CE hours",
            "06/21/2023   Reunification After a Crisis   1.5 CE hours",
            "Total CE hours: 5.0",
        ],
        size=11,
    )
    _signature(c, 90, 120, 200, "mwssc", "Paula Reyes", "Conference Chair")


_more(
    "conference_ce_total",
    ("Social Media and Student Safety", D(2023, 6, 20), D(2023, 6, 20), 2.0, None, "conference"),
    ("Reunification After a Crisis", D(2023, 6, 21), D(2023, 6, 21), 1.5, None, "conference"),
)


@novel(
    "two_page_list",
    name="Officer Rowan J. Pierce",
    title="Juvenile Law for Law Enforcement",
    issuer="Heartland Regional Training Academy",
    start=D(2022, 1, 10),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=MULTI_2,
)
def _two_page_list(c: Any, w: float, h: float) -> None:
    """Three courses on page 1, two more on page 2 under '(continued)', then the signature."""
    _frame(c, w, h, "#1a237e")
    _centred(c, w, h, _head("Officer Rowan J. Pierce", "Heartland Regional Training Academy"))
    _left(
        c,
        h,
        80,
        274,
        [
            "Juvenile Law for Law Enforcement - 01/10/2022 - 8 hours",
            "Standard Response Protocol Training - 01/11/2022 - 4 hours",
            "Youth Mental Health First Aid - 01/12/2022 - 8 hours",
        ],
    )
    c.setFont("Helvetica", 9)
    c.drawString(w - 130, 40, "Page 1 of 2")
    c.showPage()
    _frame(c, w, h, "#1a237e")
    _centred(c, w, h, [("Helvetica-Bold", 13, 74, "Courses completed (continued)")])
    _left(
        c,
        h,
        80,
        110,
        [
            "Active Shooter Response for Schools - 01/13/2022 - 8 hours",
            "Child Abuse and Neglect Investigations - 01/14/2022 - 4 hours",
        ],
    )
    _signature(c, 90, 520, 200, "hrta", "Maj. Lyle Hart", "Academy Commandant")
    c.setFont("Helvetica", 9)
    c.drawString(w - 130, 40, "Page 2 of 2")


_more(
    "two_page_list",
    (
        "Standard Response Protocol Training",
        D(2022, 1, 11),
        D(2022, 1, 11),
        4.0,
        "srp-training",
        "school_safety",
    ),
    ("Youth Mental Health First Aid", D(2022, 1, 12), D(2022, 1, 12), 8.0, "ymhfa", "juvenile"),
    (
        "Active Shooter Response for Schools",
        D(2022, 1, 13),
        D(2022, 1, 13),
        8.0,
        "school-active-shooter",
        "school_safety",
    ),
    (
        "Child Abuse and Neglect Investigations",
        D(2022, 1, 14),
        D(2022, 1, 14),
        4.0,
        "child-abuse-inv",
        "juvenile",
    ),
)

# ------------------------------------------------------------------ distractors: one course


@novel(
    "academy_modules_with_hours",
    name="Officer Lydia M. Crane",
    title="Basic School Resource Officer Course",
    issuer="Sunbelt Law Enforcement Academy",
    start=D(2023, 7, 10),
    end=D(2023, 7, 14),
    hours=40.0,
    catalog_id=None,  # not NASRO's: the catalog names its provider
    category="basic",
    registry=MULTI_2,
)
def _academy_modules_with_hours(c: Any, w: float, h: float) -> None:
    """One 40-hour course, then the modules it consists of, each with its hours (their sum the course's):
    ONE item."""
    _frame(c, w, h, "#0d47a1")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "SUNBELT LAW ENFORCEMENT ACADEMY"),
            ("Times-Bold", 28, 130, "Certificate of Training"),
            ("Times-Roman", 13, 166, "This certifies that"),
            ("Times-Bold", 24, 204, "Officer Lydia M. Crane"),
            ("Times-Roman", 13, 238, "has completed the"),
            ("Helvetica-Bold", 18, 270, "Basic School Resource Officer Course"),
            ("Helvetica", 12, 298, "July 10-14, 2023  \u00b7  40 hours"),
            ("Helvetica-Bold", 11, 328, "The course consisted of the following modules:"),
        ],
    )
    _left(
        c,
        h,
        110,
        350,
        [
            "Module 1: The SRO's Roles and Responsibilities - 8 hours",
            "Module 2: Legal Issues in Schools - 12 hours",
            "Module 3: Adolescent Development and Mental Health - 12 hours",
            "Module 4: School Emergency Operations Planning - 8 hours",
        ],
        size=11,
    )
    _signature(c, 90, 100, 200, "slea", "Dir. Paul Greer", "Academy Director")


centred_novel(
    "ceu_letter_paragraph",
    "A CEU certificate in prose: the course, its dates and its CEUs and hours wrapped over three lines.",
    name="Officer Vera N. Castillo",
    title="Active Shooter Response for Schools",
    issuer="Pacific Institute for School Safety",
    start=D(2022, 8, 1),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=MULTI_2,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 13, 74, "PACIFIC INSTITUTE FOR SCHOOL SAFETY"),
        ("Times-Bold", 26, 130, "Certificate of Continuing Education"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Vera N. Castillo"),
        ("Times-Roman", 12, 240, "completed Active Shooter Response for Schools held"),
        ("Times-Roman", 12, 260, "August 1, 2022 in Portland, Oregon, and was awarded 0.8 CEUs"),
        ("Times-Roman", 12, 280, "for the equivalent of 8 contact hours of instruction."),
    ],
    signature=(90, 120, "Dr. Nora Pike", "Executive Director"),
)
