"""A third verdict-level audit: applicants whose employment letters and conference evidence come in forms
no fixture draws.

    python bench/unseen_applicants_3.py OUTDIR [W01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_3.py --compare CORPUS EXPORT # each verdict and ledger line vs expected

Rounds 1 and 2 (``bench/unseen_applicants.py``, ``bench/unseen_applicants_2.py``) drew employment letters
and conference documents least. This round draws them in wordings and layouts of its own: an
inter-office memo (TO / FROM / RE) saying the deputy "was placed in the School Resource Unit on ...", a
school district's letter signed by a principal, an HR verification form with checkboxes ("Position:
School Resource Officer", "Start date:", "Status: [X] Active"), a letter dating the assignment only "since
the 2019-2020 school year", a chief's letter in the third person with rank abbreviations; NASRO's
conference as a record of attendance listing sessions with hours, a CEU verification letter, a
credential card, and a programme-at-a-glance page that names nobody (not proof by itself). Certificates
and transcripts are the samples' layouts, several degraded with ``to_scan``.

The machinery is round 1's and round 2's (``write_applicants``, ``compare``). Expected verdicts and lines
are set by hand below with the arithmetic beside each applicant: the verdict after human confirmation.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants import NOT, Applicant, Doc, _base_truth, _draw_pdf, _req, cert, transcript_doc
from bench.unseen_applicants_2 import LINES, lines, nasro_advanced, nasro_basic, nasro_conference, row
from certledger.samples import NASRO, _left_block, _signature
from tests.novel_letters import _body, _letterhead

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
Draw = Callable[[Any, float, float], None]
CONF_TITLE = "NASRO School Safety Conference"


def _doc(
    file: str, draw: Draw, truth: dict[str, Any], size: tuple[float, float] = letter, **scan: Any
) -> Doc:
    return Doc(file, lambda p: _draw_pdf(p, size, [draw], None, None), truth, **scan)


def _letter_truth(file: str, name: str, issuer: str, start: str | None, dated: str) -> dict[str, Any]:
    truth = _base_truth(file, "employment_letter", name, issuer, [])
    truth["sro_start_date"] = start
    truth["document_date"] = dated
    return truth


def _conf_truth(
    file: str,
    name: str | None,
    start: str,
    end: str,
    hours: float | None,
    doc_type: str = "conference_attendance",
) -> dict[str, Any]:
    item = {
        "course_title": CONF_TITLE,
        "catalog_id": "nasro-conference",
        "category": "conference",
        "start_date": start,
        "end_date": end,
        "hours": hours,
        "page": 1,
    }
    return _base_truth(file, doc_type, name, NASRO, [item] if doc_type != "other" else [])


def _rows(c: Any, rows: Sequence[tuple[str, str]], x_value: float, y: float, step: float = 22) -> float:
    for label, value in rows:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, label)
        c.setFont("Helvetica", 10.5)
        c.drawString(x_value, y, value)
        y -= step
    return y


# ------------------------------------------------------------------------------------ employment letters


def memo_letter(
    file: str,
    name: str,
    rank: str,
    unit_text: str,
    start: str | None,
    dated: str,
    printed_date: str,
    **scan: Any,
) -> Doc:
    """An inter-office memo: the header block TO / FROM / DATE / RE on the left, prose below, initials."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Times-Bold", 14)
        c.drawCentredString(w / 2, h - 64, "HARMON COUNTY SHERIFF'S OFFICE")
        c.setFont("Times-Roman", 11)
        c.drawCentredString(w / 2, h - 80, "Inter-Office Memorandum")
        y = _rows(
            c,
            [
                ("TO:", "Human Resources / Training Records"),
                ("FROM:", "Capt. Leon W. Barrett, Patrol Bureau Commander"),
                ("DATE:", printed_date),
                ("RE:", f"{rank} {name} - School Resource Unit"),
            ],
            130,
            h - 120,
        )
        c.setLineWidth(1.5)
        c.line(72, y + 8, w - 72, y + 8)
        _left_block(c, unit_text, "Times-Roman", 11.5, 72, y - 20, w - 144, 16)
        c.setFont("Times-Italic", 11)
        c.drawString(72, 200, "LWB/ks")
        c.drawString(72, 184, "cc: Personnel File")

    return _doc(file, draw, _letter_truth(file, name, "Harmon County Sheriff's Office", start, dated), **scan)


def principal_letter(
    file: str,
    name: str,
    paragraphs: tuple[str, ...],
    start: str | None,
    dated: str,
    printed_date: str,
    **scan: Any,
) -> Doc:
    """A school district's letterhead, the school's name under it, a principal's signature."""
    district = "Maple Grove Unified School District"

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(
            c, w, h, district, "Lincoln High School  |  2200 Orchard Lane  |  (555) 555-0172", "#2e6b30"
        )
        c.setFont("Times-Roman", 12)
        c.drawRightString(w - 72, h - 140, printed_date)
        c.drawString(72, h - 176, "Dear Review Committee,")
        y = _body(c, w, h - 208, paragraphs)
        c.drawString(72, y - 10, "With appreciation,")
        _signature(c, 72, y - 76, 200, file, "Dr. Angela M. Crowder", "Principal, Lincoln High School")

    return _doc(file, draw, _letter_truth(file, name, district, start, dated), **scan)


def hr_form(
    file: str, name: str, employer: str, start: str, dated: str, printed_date: str, **scan: Any
) -> Doc:
    """An HR verification form: boxed fields, checkboxes for the status, a certifying signature."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(72, h - 70, "VERIFICATION OF EMPLOYMENT")
        c.setFont("Helvetica", 9)
        c.drawString(72, h - 86, f"{employer}  -  Office of Human Resources  -  Form HR-214 (rev. 3/22)")
        c.rect(60, h - 400, w - 120, 290)
        s = start.split("-")
        y = _rows(
            c,
            [
                ("Employee name:", name),
                ("Employee ID:", "00871"),
                ("Position:", "School Resource Officer"),
                ("Start date:", f"{s[1]}/{s[2]}/{s[0]}"),
                ("Work location:", "Eastbrook Middle School"),
            ],
            200,
            h - 135,
            26,
        )
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, "Status:")
        c.setFont("Helvetica", 10.5)
        for x, label, ticked in ((200, "Active", True), (290, "Inactive", False), (390, "Leave", False)):
            c.rect(x, y - 2, 10, 10)
            if ticked:
                c.drawString(x + 1.5, y, "X")
            c.drawString(x + 16, y, label)
        y -= 26
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, "Employment type:")
        c.setFont("Helvetica", 10.5)
        for x, label, ticked in ((200, "Full-time", True), (290, "Part-time", False)):
            c.rect(x, y - 2, 10, 10)
            if ticked:
                c.drawString(x + 1.5, y, "X")
            c.drawString(x + 16, y, label)
        c.setFont("Helvetica", 9.5)
        c.drawString(
            72, h - 430, "I certify that the information above is true and correct as of the date signed."
        )
        _signature(c, 72, h - 520, 200, file, "Teresa J. Molina", "HR Generalist")
        c.drawString(360, h - 505, f"Date signed: {printed_date}")

    return _doc(file, draw, _letter_truth(file, name, employer, start, dated), **scan)


def chief_letter(
    file: str,
    paragraphs: tuple[str, ...],
    name: str,
    start: str | None,
    dated: str,
    printed_date: str,
    **scan: Any,
) -> Doc:
    """A letter in the third person: "The Chief of Police certifies that Cpl. ...", no salutation."""
    agency = "City of Ashford Police Department"

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, "Office of the Chief of Police  |  1 Municipal Plaza", "#5a1f1f")
        c.setFont("Times-Roman", 12)
        c.drawString(72, h - 145, printed_date)
        c.setFont("Times-Bold", 12)
        c.drawString(72, h - 175, "CERTIFICATION OF ASSIGNMENT")
        y = _body(c, w, h - 205, paragraphs)
        _signature(c, 300, y - 70, 200, file, "Harold P. Voss", "Chief of Police")

    return _doc(file, draw, _letter_truth(file, name, agency, start, dated), **scan)


# ------------------------------------------------------------------------------------ conference evidence


def sessions_record(file: str, name: str, start: str, end: str, **scan: Any) -> Doc:
    """A record of attendance: a table of the sessions attended by day, each with its contact hours, no
    total printed (the conference's hours are their sum)."""
    sessions = [
        ("Mon 6/24", "Keynote: Building Trust on Campus", "1.5"),
        ("Mon 6/24", "Behavioral Threat Assessment Teams", "3.0"),
        ("Tue 6/25", "Legal Update for School-Based Officers", "3.0"),
        ("Wed 6/26", "Youth Vaping and Substance Trends", "1.5"),
        ("Wed 6/26", "Reunification Planning Workshop", "3.0"),
    ]

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, h - 70, "National Association of School Resource Officers")
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, h - 100, "Record of Attendance")
        c.setFont("Helvetica", 11)
        c.drawString(72, h - 124, f"Attendee: {name}")
        c.drawString(72, h - 142, "Event: 2024 NASRO School Safety Conference, Indianapolis, IN")
        c.drawString(72, h - 160, "Dates: June 24 - June 26, 2024")
        y = h - 200
        c.setFont("Helvetica-Bold", 10.5)
        for x, head in ((72, "Day"), (150, "Session"), (470, "Contact Hrs")):
            c.drawString(x, y, head)
        c.line(72, y - 4, w - 72, y - 4)
        c.setFont("Helvetica", 10.5)
        for day, title, hrs in sessions:
            y -= 20
            c.drawString(72, y, day)
            c.drawString(150, y, title)
            c.drawRightString(520, y, hrs)
        c.setFont("Helvetica", 9)
        c.drawString(
            72, y - 40, "Session attendance verified by badge scan. Retain for your training records."
        )

    return _doc(file, draw, _conf_truth(file, name, start, end, 12.0), **scan)


def ceu_letter(file: str, name: str, **scan: Any) -> Doc:
    """A letter verifying the conference's continuing-education units: doc_type conference attendance."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(
            c,
            w,
            h,
            "National Association of School Resource Officers",
            "Professional Development  |  Continuing Education Office",
        )
        c.setFont("Times-Roman", 12)
        c.drawString(72, h - 150, "August 19, 2022")
        c.drawString(72, h - 180, "RE: Continuing Education Units")
        c.drawString(72, h - 210, "To Whom It May Concern:")
        y = _body(
            c,
            w,
            h - 244,
            (
                f"This letter verifies that {name} attended the 2022 NASRO School Safety Conference held "
                "July 10-15, 2022 in Anaheim, California, and earned 2.4 Continuing Education Units "
                "(CEUs), the equivalent of 24 contact hours.",
                "NASRO is accredited as an Authorized Provider of continuing education. Please retain this "
                "letter with your training records.",
            ),
        )
        c.drawString(72, y - 10, "Sincerely,")
        _signature(c, 72, y - 76, 200, file, "Melissa R. Tran", "Director of Professional Development")

    return _doc(file, draw, _conf_truth(file, name, "2022-07-10", "2022-07-15", 24.0), **scan)


def credential_card(file: str, name: str, agency: str, **scan: Any) -> Doc:
    """A 3.5 x 2 inch attendance credential: a coloured band, the name, ATTENDANCE VERIFIED, a code box."""
    size = (252.0, 144.0)

    def draw(c: Any, w: float, h: float) -> None:
        c.setFillColor(HexColor("#12355b"))
        c.rect(0, h - 34, w, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(10, h - 15, "NASRO 2023 School Safety Conference")
        c.setFont("Helvetica", 7.5)
        c.drawString(10, h - 27, "June 25 - 30, 2023   |   Grapevine, Texas")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(10, h - 56, name)
        c.setFont("Helvetica", 8)
        c.drawString(10, h - 70, agency)
        c.drawString(10, h - 84, "Attendee ID 23-04417")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(10, 14, "ATTENDANCE VERIFIED")
        c.rect(w - 62, 10, 52, 52)
        for i in range(5):
            c.rect(w - 56 + 9 * i, 16 + (i * 7) % 30, 7, 7, stroke=0, fill=1)

    return _doc(file, draw, _conf_truth(file, name, "2023-06-25", "2023-06-30", None), size=size, **scan)


def agenda_page(file: str, **scan: Any) -> Doc:
    """The conference's programme at a glance: names the conference and its days, nobody's attendance."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(w / 2, h - 60, "NASRO School Safety Conference 2024")
        c.setFont("Helvetica", 12)
        c.drawCentredString(
            w / 2, h - 80, "Program at a Glance  -  Indianapolis, Indiana  -  June 23-28, 2024"
        )
        y = h - 120
        for day, items in (
            ("Sunday, June 23", [("1:00 - 5:00 PM", "Registration and Exhibit Hall Opens")]),
            (
                "Monday, June 24",
                [
                    ("8:00 - 9:30 AM", "Opening General Session"),
                    ("10:00 - 11:30 AM", "Breakout Sessions: Threat Assessment, School Law"),
                    ("1:00 - 4:00 PM", "Workshops"),
                ],
            ),
            ("Tuesday, June 25", [("8:00 - 12:00 PM", "Breakout Sessions"), ("6:00 PM", "Awards Banquet")]),
            ("Wednesday, June 26", [("8:00 - 11:00 AM", "Closing General Session")]),
        ):
            c.setFont("Helvetica-Bold", 12)
            c.drawString(72, y, day)
            y -= 18
            c.setFont("Helvetica", 11)
            for t, what in items:
                c.drawString(90, y, t)
                c.drawString(220, y, what)
                y -= 16
            y -= 10
        c.setFont("Helvetica-Oblique", 9)
        c.drawCentredString(
            w / 2, 50, "Schedule subject to change. Visit the conference app for room assignments."
        )

    return _doc(
        file, draw, _conf_truth(file, None, "2024-06-23", "2024-06-28", None, doc_type="other"), **scan
    )


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # W01 the memo: "was placed in the School Resource Unit on September 3, 2018 and remains in that
    # assignment": start 2018-09-03 (6.7 years before 2025-06-02: R1 met), current (R2 met). The
    # conference as a CEU verification letter. R5: EOP 24 + child abuse 24 + juvenile law 4 + CIT-Y 40
    # (a light scan) + YMHFA 8 + trauma 8 + SRP 8 + AMHT 16 + interviewing 24 = 156; firearms 0. 156 < 160.
    n = "Kendra L. Osei"
    agency = "Harmon County Sheriff's Office"
    memo = (
        "Please accept this memorandum as confirmation that Deputy Kendra L. Osei was placed in the School "
        "Resource Unit on September 3, 2018 and remains in that assignment at Harmon Middle School. Her "
        "supervisor is Sgt. Paul D. Kim."
    )
    out.append(
        Applicant(
            "W01",
            n,
            agency,
            None,
            True,
            APP,
            "fail_hours_memo_ceu_letter",
            _req(r5=NOT),
            156.0,
            [
                memo_letter("01-memo.pdf", n, "Deputy", memo, "2018-09-03", "2025-03-11", "03/11/2025"),
                nasro_basic(
                    "02-basic.png",
                    n,
                    "2018-10-15",
                    "2018-10-19",
                    layout="sidebar",
                    kind="scan_light",
                    fmt="png",
                ),
                nasro_advanced("03-advanced.pdf", n, "2019-06-10", "2019-06-12"),
                ceu_letter("04-conference-ceu.pdf", n),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    "OSEI, KENDRA L.",
                    [
                        row(
                            "School Emergency Operations Planning",
                            "2020-02-10",
                            "2020-02-12",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2021-03-01",
                            "2021-03-03",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                        row(
                            "Juvenile Law Update",
                            "2024-02-06",
                            "2024-02-06",
                            4,
                            "Juvenile",
                            "juvenile",
                            "juvenile-law",
                        ),
                        row(
                            "Firearms Qualification",
                            "2024-04-02",
                            "2024-04-02",
                            8,
                            "Firearms",
                            "unrelated",
                            "firearms-qual",
                        ),
                    ],
                    layout="grid",
                    kind="scan_light",
                    fmt="pdf",
                ),
                cert(
                    "06-cit-y.pdf",
                    n,
                    round2.CITY,
                    round2.CITY_BY,
                    "2019-10-21",
                    "2019-10-25",
                    40,
                    "juvenile",
                    "cit-youth",
                    kind="scan_light",
                    fmt="pdf",
                ),
                cert(
                    "07-ymhfa.jpg",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2022-09-08",
                    "2022-09-08",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="centered_landscape",
                    kind="photo",
                    fmt="jpeg",
                ),
                cert(
                    "08-trauma.pdf",
                    n,
                    "Trauma-Informed Policing with Youth",
                    "Center for Youth Justice Training",
                    "2023-05-10",
                    "2023-05-10",
                    8,
                    "juvenile",
                    "trauma-informed-youth",
                    layout="letter",
                ),
                cert(
                    "09-srp.pdf",
                    n,
                    "Standard Response Protocol Training",
                    "The I Love U Guys Foundation",
                    "2023-09-12",
                    "2023-09-12",
                    8,
                    "school_safety",
                    "srp-training",
                    layout="sidebar",
                ),
                cert(
                    "10-amht.pdf",
                    n,
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2022-05-03",
                    "2022-05-04",
                    16,
                    "school_safety",
                    "nasro-amht",
                ),
                cert(
                    "11-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2021-09-13",
                    "2021-09-15",
                    24,
                    "juvenile",
                    "juvenile-interview",
                    kind="fax",
                    fmt="pdf",
                ),
            ],
        )
    )
    lines(
        "W01",
        ("05-transcript.pdf", "Firearms", "2024-04-02", 0, "category_zero"),
        ("06-cit-y.pdf", "CIT", "2019-10-21", 40, "credited"),
    )

    # W02 the principal's letter: "has been Lincoln High School's School Resource Officer since January 8,
    # 2018": start 2018-01-08 (7.4 years: R1), "continues to serve" (R2). Conference: a record of attendance
    # listing sessions with their hours (12 in all; conference hours are credited 0 in R5). R5: EOP 24 +
    # CIT-Y 40 + child abuse 24 + YMHFA 8 + Project Unite 16 + interviewing 24 + trauma 8 + SRP 8 + juvenile
    # law 4 + threat 16 = 172: met, eligible.
    n = "Marcus A. Bellamy"
    agency = "Maple Grove Unified School District Police"
    principal = (
        "I am pleased to write in support of Officer Marcus A. Bellamy, who has been Lincoln High School's "
        "School Resource Officer since January 8, 2018.",
        "Officer Bellamy continues to serve our students and staff every day. He leads our safety drills, "
        "mentors students, and works closely with our counseling team.",
    )
    out.append(
        Applicant(
            "W02",
            n,
            agency,
            None,
            True,
            APP,
            "eligible_principal_letter_sessions",
            _req(),
            172.0,
            [
                principal_letter(
                    "01-principal.pdf", n, principal, "2018-01-08", "2025-04-22", "April 22, 2025"
                ),
                nasro_basic("02-basic.pdf", n, "2018-02-05", "2018-02-09", layout="letter"),
                nasro_advanced("03-advanced.jpg", n, "2019-03-04", "2019-03-06", kind="photo", fmt="jpeg"),
                sessions_record("04-conference.pdf", n, "2024-06-24", "2024-06-26"),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    n,
                    [
                        row(
                            "School Emergency Operations Planning",
                            "2020-02-10",
                            "2020-02-12",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            round2.CITY,
                            "2019-10-21",
                            "2019-10-25",
                            40,
                            "Juvenile",
                            "juvenile",
                            "cit-youth",
                            round2.CITY_BY,
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2021-03-01",
                            "2021-03-03",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                        row(
                            "Juvenile Law Update",
                            "2024-02-06",
                            "2024-02-06",
                            4,
                            "Juvenile",
                            "juvenile",
                            "juvenile-law",
                        ),
                    ],
                    layout="whitespace",
                    kind="scan_heavy",
                    fmt="pdf",
                ),
                cert(
                    "06-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2022-09-08",
                    "2022-09-08",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="centered_landscape",
                ),
                cert(
                    "07-unite.pdf",
                    n,
                    "Project Unite: The Four Integrated Systems for School Violence Prevention",
                    NASRO,
                    "2021-04-16",
                    "2021-04-17",
                    16,
                    "school_safety",
                    "nasro-project-unite",
                    layout="sidebar",
                ),
                cert(
                    "08-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2021-09-13",
                    "2021-09-15",
                    24,
                    "juvenile",
                    "juvenile-interview",
                ),
                cert(
                    "09-trauma.png",
                    n,
                    "Trauma-Informed Policing with Youth",
                    "Center for Youth Justice Training",
                    "2023-05-10",
                    "2023-05-10",
                    8,
                    "juvenile",
                    "trauma-informed-youth",
                    kind="scan_light",
                    fmt="png",
                ),
                cert(
                    "10-srp.pdf",
                    n,
                    "Standard Response Protocol Training",
                    "The I Love U Guys Foundation",
                    "2023-09-12",
                    "2023-09-12",
                    8,
                    "school_safety",
                    "srp-training",
                    layout="letter",
                ),
                cert(
                    "11-threat.pdf",
                    n,
                    "Threat Assessment in Schools",
                    round2.SCHOOL_SAFETY_CENTER,
                    "2021-04-12",
                    "2021-04-13",
                    16,
                    "school_safety",
                    None,
                ),
            ],
        )
    )

    # W03 the HR form: "Position: School Resource Officer", "Start date: 08/19/2019", "Status: [X] Active":
    # start 2019-08-19 (5.8 years: R1), active (R2). Conference: a credential card. R5: CIT-Y 40 + EOP 24 +
    # child abuse 24 + AMHT 16 + interviewing 24 + YMHFA 8 + trauma 8 + SRP 8 + juvenile law 4 = 156;
    # the 2024 active shooter 8 (its 2023 run is the same yearly course: 0) = 164: met, eligible.
    n = "Priya S. Raman"
    agency = "Eastbrook School District Police"
    out.append(
        Applicant(
            "W03",
            n,
            agency,
            None,
            True,
            APP,
            "eligible_hr_form_credential",
            _req(),
            164.0,
            [
                hr_form(
                    "01-verification.pdf",
                    n,
                    "Eastbrook School District",
                    "2019-08-19",
                    "2025-02-14",
                    "02/14/2025",
                ),
                nasro_basic("02-basic.pdf", n, "2019-09-09", "2019-09-13", kind="fax", fmt="pdf"),
                nasro_advanced("03-advanced.pdf", n, "2020-10-05", "2020-10-07", layout="sidebar"),
                credential_card("04-credential.png", n, agency, kind="scan_light", fmt="png"),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    "RAMAN, PRIYA S.",
                    [
                        row(
                            round2.CITY,
                            "2019-10-21",
                            "2019-10-25",
                            40,
                            "Juvenile",
                            "juvenile",
                            "cit-youth",
                            round2.CITY_BY,
                        ),
                        row(
                            "School Emergency Operations Planning",
                            "2020-02-10",
                            "2020-02-12",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2021-03-01",
                            "2021-03-03",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                        row(
                            "Active Shooter Response for Schools",
                            "2023-08-07",
                            "2023-08-07",
                            8,
                            "School Safety",
                            "school_safety",
                            "school-active-shooter",
                        ),
                        row(
                            "Active Shooter Response for Schools",
                            "2024-08-05",
                            "2024-08-05",
                            8,
                            "School Safety",
                            "school_safety",
                            "school-active-shooter",
                        ),
                        row(
                            "Juvenile Law Update",
                            "2024-02-06",
                            "2024-02-06",
                            4,
                            "Juvenile",
                            "juvenile",
                            "juvenile-law",
                        ),
                    ],
                    layout="grid",
                ),
                cert(
                    "06-amht.pdf",
                    n,
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2022-05-03",
                    "2022-05-04",
                    16,
                    "school_safety",
                    "nasro-amht",
                    layout="centered_landscape",
                ),
                cert(
                    "07-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2021-09-13",
                    "2021-09-15",
                    24,
                    "juvenile",
                    "juvenile-interview",
                    layout="letter",
                ),
                cert(
                    "08-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2022-09-08",
                    "2022-09-08",
                    8,
                    "juvenile",
                    "ymhfa",
                    kind="scan_heavy",
                    fmt="pdf",
                ),
                cert(
                    "09-trauma.pdf",
                    n,
                    "Trauma-Informed Policing with Youth",
                    "Center for Youth Justice Training",
                    "2023-05-10",
                    "2023-05-10",
                    8,
                    "juvenile",
                    "trauma-informed-youth",
                ),
                cert(
                    "10-srp.pdf",
                    n,
                    "Standard Response Protocol Training",
                    "The I Love U Guys Foundation",
                    "2023-09-12",
                    "2023-09-12",
                    8,
                    "school_safety",
                    "srp-training",
                    layout="sidebar",
                ),
            ],
        )
    )
    lines(
        "W03",
        ("05-transcript.pdf", "Active Shooter", "2023-08-07", 0, "annual_once"),
        ("05-transcript.pdf", "Active Shooter", "2024-08-05", 8, "credited"),
    )

    # W04 "since the 2019-2020 school year": the start lies in 2019-07-01..2020-06-30; even the latest day
    # is 4.9 years before 2025-06-02: R1 met (the truth's start date is null: no day printed). The
    # conference evidence is only the programme at a glance: it names nobody; a person confirms it proves
    # no attendance: R6 not met. R5: EOP 24 + CIT-Y 40 + child abuse 24 + juvenile law 4 + YMHFA 8 +
    # interviewing 24 + trauma 8 + SRP 8 + AMHT 16 + threat 16 = 172: met.
    n = "Luis F. Montoya"
    agency = "Riverside Township Police Department"
    school_year = (
        "This letter is to verify that Officer Luis F. Montoya has served as the School Resource Officer at "
        "Riverside Elementary and Riverside Junior High since the 2019-2020 school year.",
        "He is presently assigned to both campuses and is a valued member of this department.",
    )
    out.append(
        Applicant(
            "W04",
            n,
            agency,
            None,
            True,
            APP,
            "fail_conference_agenda_only",
            _req(r6=NOT),
            172.0,
            [
                round2.prose_letter(
                    "01-letter.pdf", n, agency, "2025-01-15", school_year, None, kind="scan_light", fmt="pdf"
                ),
                nasro_basic("02-basic.pdf", n, "2019-11-04", "2019-11-08", layout="centered_landscape"),
                nasro_advanced("03-advanced.pdf", n, "2021-03-08", "2021-03-10", layout="letter"),
                agenda_page("04-agenda.pdf"),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    "MONTOYA, LUIS F.",
                    [
                        row(
                            "School Emergency Operations Planning",
                            "2020-02-10",
                            "2020-02-12",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            round2.CITY,
                            "2019-10-21",
                            "2019-10-25",
                            40,
                            "Juvenile",
                            "juvenile",
                            "cit-youth",
                            round2.CITY_BY,
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2021-03-01",
                            "2021-03-03",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                        row(
                            "Juvenile Law Update",
                            "2024-02-06",
                            "2024-02-06",
                            4,
                            "Juvenile",
                            "juvenile",
                            "juvenile-law",
                        ),
                    ],
                    layout="grid",
                    kind="rotated",
                    fmt="pdf",
                ),
                cert(
                    "06-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2022-09-08",
                    "2022-09-08",
                    8,
                    "juvenile",
                    "ymhfa",
                ),
                cert(
                    "07-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2021-09-13",
                    "2021-09-15",
                    24,
                    "juvenile",
                    "juvenile-interview",
                    layout="sidebar",
                ),
                cert(
                    "08-trauma.pdf",
                    n,
                    "Trauma-Informed Policing with Youth",
                    "Center for Youth Justice Training",
                    "2023-05-10",
                    "2023-05-10",
                    8,
                    "juvenile",
                    "trauma-informed-youth",
                ),
                cert(
                    "09-srp.pdf",
                    n,
                    "Standard Response Protocol Training",
                    "The I Love U Guys Foundation",
                    "2023-09-12",
                    "2023-09-12",
                    8,
                    "school_safety",
                    "srp-training",
                    layout="letter",
                ),
                cert(
                    "10-amht.pdf",
                    n,
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2022-05-03",
                    "2022-05-04",
                    16,
                    "school_safety",
                    "nasro-amht",
                    kind="scan_light",
                    fmt="pdf",
                ),
                cert(
                    "11-threat.pdf",
                    n,
                    "Threat Assessment in Schools",
                    round2.SCHOOL_SAFETY_CENTER,
                    "2021-04-12",
                    "2021-04-13",
                    16,
                    "school_safety",
                    None,
                    layout="sidebar",
                ),
            ],
        )
    )

    # W05 the chief's letter in the third person, rank abbreviations: "Cpl. Dana R. Whitfield ... has held
    # the position of School Resource Officer since 10/01/2018"; her supervisor "Lt. James Okoro" is named
    # too (not the applicant). Start 2018-10-01 (6.7 years: R1); "remains" (R2). The conference: a NASRO
    # certificate and the agenda page beside it (R6 met by the certificate). R5: EOP 24 + CIT-Y 40 + child
    # abuse 24 + juvenile law 4 + YMHFA 8 + interviewing 24 + trauma 8 + SRP 8 + AMHT 16 = 156; the
    # agenda's conference 0: 156 < 160, R5 not met.
    n = "Dana R. Whitfield"
    agency = "City of Ashford Police Department"
    third = (
        "The Chief of Police of the City of Ashford certifies that Cpl. Dana R. Whitfield, #2271, has held "
        "the position of School Resource Officer since 10/01/2018, assigned to Ashford Middle School.",
        "Cpl. Whitfield remains in that assignment under the supervision of Lt. James Okoro, Youth Services "
        "Section. Cpl. Whitfield is in good standing.",
    )
    out.append(
        Applicant(
            "W05",
            n,
            agency,
            None,
            True,
            APP,
            "fail_hours_chief_third_person",
            _req(r5=NOT),
            156.0,
            [
                chief_letter("01-certification.pdf", third, n, "2018-10-01", "2025-05-05", "May 5, 2025"),
                nasro_basic("02-basic.tif", n, "2018-11-05", "2018-11-09", kind="scan_light", fmt="tiff"),
                nasro_advanced("03-advanced.pdf", n, "2020-02-03", "2020-02-05", layout="centered_landscape"),
                nasro_conference(
                    "04-conference.pdf", n, "2024-06-23", "2024-06-28", kind="scan_heavy", fmt="pdf"
                ),
                agenda_page("05-agenda.pdf"),
                transcript_doc(
                    "06-transcript.pdf",
                    agency,
                    "WHITFIELD, DANA R.",
                    [
                        row(
                            "School Emergency Operations Planning",
                            "2020-02-10",
                            "2020-02-12",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            round2.CITY,
                            "2019-10-21",
                            "2019-10-25",
                            40,
                            "Juvenile",
                            "juvenile",
                            "cit-youth",
                            round2.CITY_BY,
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2021-03-01",
                            "2021-03-03",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                        row(
                            "Juvenile Law Update",
                            "2024-02-06",
                            "2024-02-06",
                            4,
                            "Juvenile",
                            "juvenile",
                            "juvenile-law",
                        ),
                    ],
                    layout="whitespace",
                ),
                cert(
                    "07-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2022-09-08",
                    "2022-09-08",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="sidebar",
                ),
                cert(
                    "08-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2021-09-13",
                    "2021-09-15",
                    24,
                    "juvenile",
                    "juvenile-interview",
                ),
                cert(
                    "09-trauma.pdf",
                    n,
                    "Trauma-Informed Policing with Youth",
                    "Center for Youth Justice Training",
                    "2023-05-10",
                    "2023-05-10",
                    8,
                    "juvenile",
                    "trauma-informed-youth",
                    kind="fax",
                    fmt="pdf",
                ),
                cert(
                    "10-srp.pdf",
                    n,
                    "Standard Response Protocol Training",
                    "The I Love U Guys Foundation",
                    "2023-09-12",
                    "2023-09-12",
                    8,
                    "school_safety",
                    "srp-training",
                ),
                cert(
                    "11-amht.pdf",
                    n,
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2022-05-03",
                    "2022-05-04",
                    16,
                    "school_safety",
                    "nasro-amht",
                    layout="letter",
                ),
            ],
        )
    )

    # W06 "since the 2019-2020 school year" on an application dated 2022-09-01: the start lies in
    # 2019-07-01..2020-06-30, 3.2 years at the earliest and 2.2 at the latest: the letter cannot settle
    # R1 (needs review). The window opens 2012-09-01. R5: EOP 24 + CIT-Y 40 + child abuse 24 + YMHFA 8 +
    # interviewing 24 + AMHT 16 + threat 16 + trauma 8 = 160: met. Conference: the CEU letter (2022).
    n = "Tamika J. Rhodes"
    agency = "Riverside Township Police Department"
    school_year_2 = (
        "Officer Tamika J. Rhodes has been assigned as a School Resource Officer since the 2019-2020 school "
        "year and currently serves at Riverside High School.",
    )
    out.append(
        Applicant(
            "W06",
            n,
            agency,
            None,
            True,
            "2022-09-01",
            "review_school_year_start",
            _req(r1="needs_review"),
            160.0,
            [
                round2.prose_letter("01-letter.pdf", n, agency, "2022-08-15", school_year_2, None),
                nasro_basic("02-basic.pdf", n, "2019-11-04", "2019-11-08", kind="photo", fmt="jpeg"),
                nasro_advanced("03-advanced.pdf", n, "2021-03-08", "2021-03-10"),
                ceu_letter("04-conference-ceu.pdf", n, kind="scan_light", fmt="pdf"),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    "RHODES, TAMIKA J.",
                    [
                        row(
                            "School Emergency Operations Planning",
                            "2020-02-10",
                            "2020-02-12",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            round2.CITY,
                            "2019-10-21",
                            "2019-10-25",
                            40,
                            "Juvenile",
                            "juvenile",
                            "cit-youth",
                            round2.CITY_BY,
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2021-03-01",
                            "2021-03-03",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                    ],
                    layout="grid",
                    kind="fax",
                    fmt="pdf",
                ),
                cert(
                    "06-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2021-09-08",
                    "2021-09-08",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="sidebar",
                ),
                cert(
                    "07-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2021-09-13",
                    "2021-09-15",
                    24,
                    "juvenile",
                    "juvenile-interview",
                ),
                cert(
                    "08-amht.pdf",
                    n,
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2022-05-03",
                    "2022-05-04",
                    16,
                    "school_safety",
                    "nasro-amht",
                    layout="centered_landscape",
                ),
                cert(
                    "09-threat.pdf",
                    n,
                    "Threat Assessment in Schools",
                    round2.SCHOOL_SAFETY_CENTER,
                    "2021-04-12",
                    "2021-04-13",
                    16,
                    "school_safety",
                    None,
                    layout="letter",
                ),
                cert(
                    "10-trauma.pdf",
                    n,
                    "Trauma-Informed Policing with Youth",
                    "Center for Youth Justice Training",
                    "2022-05-10",
                    "2022-05-10",
                    8,
                    "juvenile",
                    "trauma-informed-youth",
                ),
            ],
        )
    )

    # W07 the principal's letter printing the start as a month: "our campus officer since August 2021":
    # the start lies in 2021-08-01..2021-08-31, 3.75 years before 2025-06-02 at the latest: R1 met (truth
    # start null, no day printed). The conference: the sessions record, a heavy scan. Transcript rotated,
    # certificates photographed. R5 as W02: 172, met; eligible.
    n = "Renee K. Castillo"
    agency = "Maple Grove Unified School District Police"
    month = (
        "It is my pleasure to confirm that Officer Renee K. Castillo has been Lincoln High School's campus "
        "officer since August 2021.",
        "Officer Castillo continues in that role and is a trusted presence for our students.",
    )
    w02 = next(a for a in out if a.applicant_id == "W02")
    out.append(
        Applicant(
            "W07",
            n,
            agency,
            None,
            True,
            APP,
            "eligible_month_start_mixed_scans",
            _req(),
            172.0,
            [
                principal_letter("01-principal.pdf", n, month, None, "2025-04-22", "April 22, 2025"),
                nasro_basic("02-basic.jpg", n, "2021-09-13", "2021-09-17", kind="photo", fmt="jpeg"),
                nasro_advanced(
                    "03-advanced.pdf", n, "2022-03-07", "2022-03-09", kind="scan_heavy", fmt="pdf"
                ),
                sessions_record(
                    "04-conference.pdf", n, "2024-06-24", "2024-06-26", kind="scan_heavy", fmt="pdf"
                ),
                *[_renamed(d, "Marcus A. Bellamy", n) for d in w02.docs[4:]],
            ],
        )
    )

    # W08 the chief's third-person letter of a former SRO: "Lt. Gary M. Ruiz served as the School Resource
    # Officer at Ashford High School from 08/01/2015 through 06/30/2021 ... now commands the Patrol
    # Division": start 2015-08-01 (R1 met: ten years), the service ended; the application says he is not
    # employed as an SRO: R2 not met. Conference: the credential card. R5 as W05 plus threat 16 = 172.
    n = "Gary M. Ruiz"
    agency = "City of Ashford Police Department"
    former = (
        "The Chief of Police of the City of Ashford certifies that Lt. Gary M. Ruiz served as the School "
        "Resource Officer at Ashford High School from 08/01/2015 through 06/30/2021.",
        "Lt. Ruiz now commands the Patrol Division. Lt. Ruiz is in good standing with this department.",
    )
    w05 = next(a for a in out if a.applicant_id == "W05")
    out.append(
        Applicant(
            "W08",
            n,
            agency,
            "2015-08-01",
            False,
            APP,
            "fail_employed_former_sro_third_person",
            _req(r2=NOT),
            172.0,
            [
                chief_letter("01-certification.pdf", former, n, "2015-08-01", "2025-05-05", "May 5, 2025"),
                nasro_basic("02-basic.pdf", n, "2015-09-14", "2015-09-18", layout="sidebar"),
                nasro_advanced(
                    "03-advanced.png", n, "2016-10-03", "2016-10-05", kind="scan_light", fmt="png"
                ),
                credential_card("04-credential.pdf", n, agency),
                *[_renamed(d, "Dana R. Whitfield", n) for d in w05.docs[5:]],
                cert(
                    "12-threat.pdf",
                    n,
                    "Threat Assessment in Schools",
                    round2.SCHOOL_SAFETY_CENTER,
                    "2021-04-12",
                    "2021-04-13",
                    16,
                    "school_safety",
                    None,
                    kind="fax",
                    fmt="pdf",
                ),
            ],
        )
    )
    return out


def _renamed(d: Doc, old: str, new: str) -> Doc:
    """Another applicant's document drawn for ``new``: every name form swapped, the truth too."""
    from bench.unseen_applicants import Renamed

    swap = Renamed(None, old, new)._swap
    truth = dict(d.truth, participant_name=swap(d.truth["participant_name"] or "") or None)

    def draw(path: Path) -> None:
        # The samples' renderers open their canvas through _new_canvas: wrapped, it draws the new name.
        import certledger.samples as samples

        real = samples._new_canvas
        samples._new_canvas = lambda *a, **kw: Renamed(real(*a, **kw), old, new)  # type: ignore[assignment]
        try:
            d.draw(path)
        finally:
            samples._new_canvas = real  # type: ignore[assignment]

    return Doc(d.file, draw, truth, d.kind, d.fmt)


def compare(corpus: Path, export: Path) -> list[str]:
    """Every verdict, total and expected line that differs (round 2's comparison on this round's lines)."""
    LINES.clear()
    applicants()
    return round2.compare(corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    from bench.unseen_applicants import write_applicants

    return write_applicants(root, applicants(), only, seed=2700)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
