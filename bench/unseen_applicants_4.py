"""A fourth verdict-level audit: applicants whose documents come in forms no earlier fixture draws.

    python bench/unseen_applicants_4.py OUTDIR [X01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_4.py --compare CORPUS EXPORT # each verdict and ledger line vs expected

Rounds 1-3 left two kinds open: a conference session's sign-in sheet listing many people, the applicant
among them (or not), and an HR verification form whose status is a ticked box ("Status: ☒ Active
☐ Inactive", "[X] Active [ ] Inactive", "Status: X Active"). This round draws those and other forms of
its own: a state POST training history printed by a records system in fixed-width columns (course number,
course title, completion date as 12-FEB-2020, POST hours, a total), an online learning portal's completion
report listing several courses (one still in progress), a sheriff's letter dating the SRO assignment
"since the 3rd of August 2020" (and one about a deputy who served "from the 14th of August 2015 until the
30th of June 2023"), another officer's certificate slipped in among the applicant's, a conference
certificate naming only its year and its CEUs, and a department's annual in-service certificate uploaded
for each year. Several documents are degraded with ``to_scan``.

A roster says who signed in, not that the applicant completed anything: a roster listing the applicant is
at most a line for a person to confirm (R6 needs review when it is the only conference evidence), never
credited automatically; a roster not listing the applicant proves nothing (R6 not met when nothing else
shows attendance).

The machinery is rounds 1-3's (``write_applicants``, ``compare``). Expected verdicts and lines are set by
hand below with the arithmetic beside each applicant: the verdict after human confirmation.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants import NOT, REVIEW, Applicant, Doc, _base_truth, _req, cert, transcript_doc
from bench.unseen_applicants_2 import LINES, lines, nasro_advanced, nasro_basic, nasro_conference, row
from bench.unseen_applicants_3 import CONF_TITLE, _conf_truth, _doc, _letter_truth, _rows
from certledger.samples import NASRO, _signature
from tests.novel_letters import _body, _letterhead

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
GLYPH_FONT = "DejaVuSans"
GLYPH_FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _glyph_font() -> str:
    """A font with the ballot-box glyphs (☐ ☒): the standard 14 fonts lack them."""
    if GLYPH_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(GLYPH_FONT, GLYPH_FONT_FILE))
    return GLYPH_FONT


# ------------------------------------------------------------------------------------ the R5 courses

# (title, start, end, hours, printed category, category, catalog id, provider): 172 hours in all.
EOP = ("School Emergency Operations Planning", "2020-02-10", "2020-02-12", 24, "School Safety",
       "school_safety", "school-emergency-ops", "State School Safety Center")  # fmt: skip
ABUSE = ("Child Abuse and Neglect Investigations", "2021-03-01", "2021-03-03", 24, "Juvenile", "juvenile",
         "child-abuse-inv", "Regional Law Enforcement Academy")  # fmt: skip
JLAW = ("Juvenile Law Update", "2024-02-06", "2024-02-06", 4, "Juvenile", "juvenile", "juvenile-law",
        "In-House")  # fmt: skip
CITY = (round2.CITY, "2019-10-21", "2019-10-25", 40, "Juvenile", "juvenile", "cit-youth", round2.CITY_BY)
YMHFA = ("Youth Mental Health First Aid", "2022-09-08", "2022-09-08", 8, "Juvenile", "juvenile", "ymhfa",
         "National Council for Mental Wellbeing")  # fmt: skip
TRAUMA = ("Trauma-Informed Policing with Youth", "2023-05-10", "2023-05-10", 8, "Juvenile", "juvenile",
          "trauma-informed-youth", "Center for Youth Justice Training")  # fmt: skip
SRP = ("Standard Response Protocol Training", "2023-09-12", "2023-09-12", 8, "School Safety",
       "school_safety", "srp-training", "The I Love U Guys Foundation")  # fmt: skip
AMHT = ("Adolescent Mental Health Training for School Resource Officers", "2022-05-03", "2022-05-04", 16,
        "School Safety", "school_safety", "nasro-amht", NASRO)  # fmt: skip
INTERVIEW = ("Interviewing and Interrogating Juveniles", "2021-09-13", "2021-09-15", 24, "Juvenile",
             "juvenile", "juvenile-interview", "Regional Law Enforcement Academy")  # fmt: skip
THREAT = ("Threat Assessment in Schools", "2021-04-12", "2021-04-13", 16, "School Safety", "school_safety",
          None, round2.SCHOOL_SAFETY_CENTER)  # fmt: skip
FIREARMS = ("Firearms Qualification", "2024-04-02", "2024-04-02", 8, "Firearms", "unrelated",
            "firearms-qual", "In-House")  # fmt: skip
Course = tuple[str, str, str, float, str, str, str | None, str]


def course_cert(file: str, name: str, course: Course, **kw: Any) -> Doc:
    title, start, end, hours, _, category, catalog_id, provider = course
    return cert(file, name, title, provider, start, end, hours, category, catalog_id, **kw)


def course_row(course: Course) -> Any:
    title, start, end, hours, printed, category, catalog_id, provider = course
    return row(title, start, end, hours, printed, category, catalog_id, provider)


def _completed(course: Course, title: str | None = None) -> dict[str, Any]:
    """The truth of a record's row that prints only the completion date (start = end = completion)."""
    t, _, end, hours, _, category, catalog_id, _ = course
    return {
        "course_title": title or t,
        "catalog_id": catalog_id,
        "category": category,
        "start_date": end,
        "end_date": end,
        "hours": hours,
        "page": 1,
    }


# ------------------------------------------------------------------------------------ rosters

ROSTER_PEOPLE = (
    ("Adams, Keith R.", "Tulsa Public Schools PD", "OK"),
    ("Baptiste, Nadia", "Orange County Sheriff's Office", "FL"),
    ("Chu, William H.", "Fremont Police Department", "CA"),
    ("Delgado, Ramon", "Pima County Sheriff's Department", "AZ"),
    ("Eriksen, Paula J.", "Anoka-Hennepin Schools", "MN"),
    ("Fitzgerald, Owen", "Cobb County School District PD", "GA"),
    ("Grant, Latisha M.", "Prince George's County PD", "MD"),
    ("Huang, Steven", "Plano Police Department", "TX"),
    ("Ibarra, Lucia", "Mesa Police Department", "AZ"),
    ("Jefferson, Carl D.", "Shelby County Sheriff's Office", "TN"),
    ("Kowalski, Anna", "Waukesha Police Department", "WI"),
    ("Lindgren, Erik T.", "Boise Police Department", "ID"),
    ("Mbeki, Thabo", "Durham County Sheriff's Office", "NC"),
    ("Novak, Diane F.", "Lakewood Police Department", "CO"),
)


def roster_sheet(
    file: str,
    listed: tuple[str, str, str] | None,
    event: str,
    session: str,
    day: str,
    **scan: Any,
) -> Doc:
    """A conference session's sign-in sheet: the event, the session and its ``day``, then a ruled table of
    printed names (Last, First), agencies, states and signatures. ``listed`` (printed name, agency, state)
    puts the applicant among the others in alphabetical order; None lists only others. Its truth, as round
    1's roster's: doc type `other`, the event kept as its one item, nobody its participant."""
    people = sorted([*ROSTER_PEOPLE, *([listed] if listed else [])])

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, h - 48, event)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, h - 72, "SESSION SIGN-IN SHEET")
        c.setFont("Helvetica", 10)
        c.drawString(40, h - 92, session)
        c.drawString(40, h - 108, "Please print your name as you want it on your attendance record.")
        xs = (40, 66, 230, 420, 460, w - 40)
        y = h - 140
        c.setFont("Helvetica-Bold", 10)
        for x, head in zip(xs, ("#", "Name (print)", "Agency", "State", "Signature"), strict=False):
            c.drawString(x + 3, y + 5, head)
        c.setLineWidth(0.6)
        for i, (person, agency, state) in enumerate(people):
            c.line(xs[0], y, xs[-1], y)
            y -= 24
            c.setFont("Helvetica", 10)
            c.drawString(xs[0] + 3, y + 8, f"{i + 1}")
            c.drawString(xs[1] + 3, y + 8, person)
            c.drawString(xs[2] + 3, y + 8, agency)
            c.drawString(xs[3] + 3, y + 8, state)
            _scribble(c, xs[4] + 8, y + 5, i)
        c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, h - 140 + 18, x, y)
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(40, 40, "Return this sheet to the room monitor at the end of the session.")

    truth = _conf_truth(file, None, day, day, None)
    truth["doc_type"] = "other"
    return _doc(file, draw, truth, **scan)


def _scribble(c: Any, x: float, y: float, seed: int) -> None:
    """A short hand-signed stroke (no text)."""
    c.saveState()
    c.setStrokeColor(HexColor("#1b2a6b"))
    p = c.beginPath()
    p.moveTo(x, y)
    for k in range(5):
        p.curveTo(x + 6 * k + 3, y + 8 + (seed + k) % 4, x + 6 * k + 5, y - 3, x + 6 * k + 8, y + 2)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


# ------------------------------------------------------------------------------------ employment evidence


def checkbox_form(
    file: str, name: str, employer: str, start: str, dated: str, printed_date: str, style: str, **scan: Any
) -> Doc:
    """An HR verification form whose status is a ticked box, printed three ways: ``glyph`` (☒ Active
    ☐ Inactive, ballot-box characters), ``brackets`` ([X] Active [ ] Inactive), ``bare`` (Status: X
    Active, a typed X before the word, the other choices unmarked)."""
    s = start.split("-")

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(w / 2, h - 64, employer.upper())
        c.setFont("Helvetica", 10)
        c.drawCentredString(w / 2, h - 80, "Human Resources Department")
        c.setFont("Helvetica-Bold", 12.5)
        c.drawCentredString(w / 2, h - 108, "EMPLOYEE VERIFICATION FORM")
        c.setFont("Helvetica", 9.5)
        c.drawString(72, h - 136, "Section A - Employee Information")
        y = _rows(
            c,
            [
                ("Name:", name),
                ("Job Title:", "School Resource Officer"),
                ("Date of Assignment:", f"{s[1]}/{s[2]}/{s[0]}"),
                ("Department:", "School Safety Division"),
            ],
            210,
            h - 160,
            24,
        )
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, "Employment Status:")
        if style == "glyph":
            c.setFont(_glyph_font(), 10.5)
            c.drawString(210, y, "☒ Active     ☐ Inactive     ☐ Leave of Absence")
        elif style == "brackets":
            c.setFont("Courier", 10.5)
            c.drawString(210, y, "[X] Active    [ ] Inactive    [ ] Separated")
        else:
            c.setFont("Helvetica", 10.5)
            c.drawString(210, y, "X  Active")
            c.drawString(300, y, "Inactive")
            c.drawString(380, y, "Terminated")
        y -= 40
        c.setFont("Helvetica", 9.5)
        c.drawString(72, y, "Section B - Certification")
        c.drawString(72, y - 18, "The information above is taken from the official personnel record.")
        _signature(c, 72, y - 90, 200, file, "Rosalind K. Baptiste", "Human Resources Specialist")
        c.setFont("Helvetica", 10)
        c.drawString(340, y - 90, f"Date: {printed_date}")

    return _doc(file, draw, _letter_truth(file, name, employer, start, dated), **scan)


def sheriff_letter(
    file: str,
    name: str,
    agency: str,
    paragraphs: tuple[str, ...],
    start: str | None,
    dated: str,
    printed_date: str,
    **scan: Any,
) -> Doc:
    """A sheriff's letter, its date line and dates in day-month-year order ("14 April 2025", "the 3rd of
    August 2020")."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, "Office of the Sheriff  |  110 Courthouse Square", "#3b4a1f")
        c.setFont("Times-Roman", 12)
        c.drawString(72, h - 145, printed_date)
        c.drawString(72, h - 175, "Re: Assignment of School Resource Officer")
        c.drawString(72, h - 205, "Dear Sir or Madam,")
        y = _body(c, w, h - 237, paragraphs)
        c.drawString(72, y - 10, "Yours faithfully,")
        _signature(c, 72, y - 76, 200, file, "Sheriff Walter J. Brennan", "Sheriff")

    return _doc(file, draw, _letter_truth(file, name, agency, start, dated), **scan)


# ------------------------------------------------------------------------------------ training records

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}-{MONTHS[int(m) - 1]}-{y}"


def post_printout(
    file: str,
    name: str,
    agency: str,
    courses: Sequence[tuple[str, Course]],
    old: Sequence[tuple[str, str, str, float]] = (),
    **scan: Any,
) -> Doc:
    """A state POST commission's training history as its records system prints it: fixed-width capitals
    (Courier), a run date and page, the officer's block, columns CRS NO / COURSE TITLE / COMPL DATE /
    POST HRS with completion dates as 12-FEB-2020, a total of POST hours. ``old`` rows (number, title,
    completion, hours) are academy-era courses with no truth category (outside the window)."""
    rows = sorted([(no, c[0].upper(), c[2], c[3]) for no, c in courses] + list(old), key=lambda r: r[2])
    total = sum(r[3] for r in rows)

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Courier-Bold", 10)
        c.drawString(36, h - 40, "PEACE OFFICER STANDARDS AND TRAINING COMMISSION")
        c.setFont("Courier", 9)
        c.drawString(36, h - 54, "TRAINING HISTORY - OFFICER COURSE COMPLETIONS")
        c.drawRightString(w - 36, h - 40, "RUN DATE: 05/12/2025")
        c.drawRightString(w - 36, h - 54, "PAGE 1 OF 1")
        c.drawString(36, h - 80, f"OFFICER: {name.upper()}")
        c.drawString(330, h - 80, "POST ID: 7720-4419")
        c.drawString(36, h - 94, f"AGENCY:  {agency.upper()}")
        c.drawString(330, h - 94, "CERT LEVEL: INTERMEDIATE")
        y = h - 124
        c.setFont("Courier-Bold", 9)
        c.drawString(36, y, "CRS NO")
        c.drawString(100, y, "COURSE TITLE")
        c.drawString(430, y, "COMPL DATE")
        c.drawRightString(w - 40, y, "POST HRS")
        c.drawString(36, y - 9, "-" * 95)
        c.setFont("Courier", 9)
        for no, title, done, hrs in rows:
            y -= 20
            c.drawString(36, y, no)
            c.drawString(100, y, title[:54])
            c.drawString(430, y, _dmy(done))
            c.drawRightString(w - 40, y, f"{hrs:.1f}")
        c.drawString(36, y - 11, "-" * 95)
        c.setFont("Courier-Bold", 9)
        c.drawString(300, y - 26, "TOTAL POST HOURS:")
        c.drawRightString(w - 40, y - 26, f"{total:.1f}")
        c.setFont("Courier", 8)
        c.drawString(36, 40, "*** END OF REPORT ***   THIS PRINTOUT IS NOT A CERTIFICATE OF LICENSURE")

    items = [_completed(course, title=course[0].upper()) for _, course in courses]
    items += [
        {"course_title": t, "catalog_id": None, "category": None, "start_date": d, "end_date": d,
         "hours": hrs, "page": 1}
        for _, t, d, hrs in old
    ]  # fmt: skip
    truth = _base_truth(file, "transcript", name, "Peace Officer Standards and Training Commission", items)
    return _doc(file, draw, truth, **scan)


def lms_report(
    file: str,
    name: str,
    courses: Sequence[Course],
    in_progress: Sequence[tuple[str, float]] = (),
    **scan: Any,
) -> Doc:
    """An online learning portal's completion report: the learner, then one row per enrolment with its
    status (Completed / In Progress), completion date (blank while in progress) and credit hours."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFillColor(HexColor("#0b5e7a"))
        c.rect(0, h - 56, w, 56, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(36, h - 36, "SafeCampus Learning Portal")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(36, h - 88, "Course Completion Report")
        c.setFont("Helvetica", 10)
        c.drawString(36, h - 108, f"Learner: {name}")
        c.drawString(36, h - 124, "Learner ID: SC-0048813      Report generated: 05/20/2025")
        y = h - 160
        cols = (36, 330, 420, w - 40)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(cols[0], y, "Course")
        c.drawString(cols[1], y, "Status")
        c.drawString(cols[2], y, "Completed On")
        c.drawRightString(cols[3], y, "Credit Hrs")
        c.line(36, y - 5, w - 36, y - 5)
        c.setFont("Helvetica", 9.5)
        entries = [(t, "Completed", e, hrs) for t, _, e, hrs, *_ in courses]
        entries += [(t, "In Progress", "", hrs) for t, hrs in in_progress]
        for title, status, done, hrs in entries:
            y -= 22
            c.drawString(cols[0], y, title[:52])
            c.drawString(cols[1], y, status)
            if done:
                yy, mm, dd = done.split("-")
                c.drawString(cols[2], y, f"{mm}/{dd}/{yy}")
            c.drawRightString(cols[3], y, f"{hrs:.2f}")
        c.line(36, y - 8, w - 36, y - 8)
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(36, y - 24, "Credit hours are awarded on completion of the final assessment.")

    truth = _base_truth(
        file, "transcript", name, "SafeCampus Learning Portal", [_completed(x) for x in courses]
    )
    return _doc(file, draw, truth, **scan)


def ceu_conference_cert(file: str, name: str, year: int, ceus: float, **scan: Any) -> Doc:
    """A conference certificate naming the conference by its year only (no days) and its CEUs only."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setStrokeColor(HexColor("#7a5c12"))
        c.setLineWidth(4)
        c.rect(30, 30, w - 60, h - 60)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(w / 2, h - 90, "National Association of School Resource Officers")
        c.setFont("Times-BoldItalic", 30)
        c.drawCentredString(w / 2, h - 150, "Certificate of Participation")
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 195, "is presented to")
        c.setFont("Times-Bold", 24)
        c.drawCentredString(w / 2, h - 235, name)
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 275, f"for participation in the {year} {CONF_TITLE}")
        c.drawCentredString(w / 2, h - 300, f"and is awarded {ceus:.1f} Continuing Education Units (CEUs)")
        _signature(c, w / 2 - 100, 110, 200, file, "Mo Canady", "Executive Director")

    truth = _conf_truth(file, name, "", "", round(ceus * 10, 1))
    truth["items"][0].update(start_date=None, end_date=None)  # only the year is printed
    return _doc(file, draw, truth, size=landscape(letter), **scan)


INSERVICE = "Annual School Safety In-Service"


def inservice_cert(file: str, name: str, agency: str, day: str, **scan: Any) -> Doc:
    """The department's certificate for its yearly school-safety in-service (8 hours), the year in the
    title."""
    title = f"{INSERVICE} {day[:4]}"
    return cert(file, name, title, agency, day, day, 8, "school_safety", None, **scan)


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # X01 the roster: the only conference evidence is a session sign-in sheet of the 2023 NASRO
    # conference listing the applicant among 15 people: a person must confirm (R6 needs review, the line
    # never auto). Employment: an HR form "Date of Assignment: 08/16/2018", "Employment Status: ☒ Active
    # ☐ Inactive" (glyphs), signed 04/02/2025; the application states neither start nor employment: R1
    # (6.8 years) and R2 rest on the form. R5: EOP 24 + abuse 24 + juvenile law 4 + CIT-Y 40 + YMHFA 8 +
    # trauma 8 + SRP 8 + AMHT 16 + interviewing 24 + threat 16 = 172; firearms 0: met.
    n = "Jerome T. Whitlock"
    agency = "Cedar Falls Community Schools Police"
    out.append(
        Applicant(
            "X01",
            n,
            agency,
            None,
            None,
            APP,
            "review_conference_roster_only_checkbox_glyph",
            _req(r6=REVIEW),
            172.0,
            [
                checkbox_form(
                    "01-verification.pdf", n, agency, "2018-08-16", "2025-04-02", "04/02/2025", "glyph"
                ),
                nasro_basic("02-basic.pdf", n, "2018-09-10", "2018-09-14", layout="sidebar"),
                nasro_advanced(
                    "03-advanced.pdf", n, "2019-07-15", "2019-07-17", kind="scan_light", fmt="pdf"
                ),
                roster_sheet(
                    "04-signin.pdf",
                    ("Whitlock, Jerome T.", "Cedar Falls Schools PD", "IA"),
                    "2023 NASRO School Safety Conference  -  Grapevine, Texas",
                    "Session 3B: School Law Update for SROs     Room 204     Tuesday, June 27, 2023",
                    "2023-06-27",
                ),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    "WHITLOCK, JEROME T.",
                    [course_row(x) for x in (EOP, ABUSE, JLAW, FIREARMS)],
                    layout="grid",
                ),
                course_cert("06-cit-y.pdf", n, CITY, layout="letter"),
                course_cert(
                    "07-ymhfa.png", n, YMHFA, layout="centered_landscape", kind="scan_light", fmt="png"
                ),
                course_cert("08-trauma.pdf", n, TRAUMA, layout="sidebar"),
                course_cert("09-srp.pdf", n, SRP),
                course_cert("10-amht.pdf", n, AMHT, layout="letter"),
                course_cert("11-interviewing.pdf", n, INTERVIEW, kind="fax", fmt="pdf"),
                course_cert("12-threat.pdf", n, THREAT, layout="centered_landscape"),
            ],
        )
    )
    lines(
        "X01",
        ("04-signin.pdf", "Conference", "2023-06-27", 0, "category_zero"),
        ("05-transcript.pdf", "Firearms", "2024-04-02", 0, "category_zero"),
    )

    # X02 the bare-X status: "Employment Status: X Active  Inactive  Terminated" (a light scan), start
    # 01/07/2019 (6.4 years: R1), signed 03/18/2025 (R2); the application states neither. The learning
    # portal's report: trauma 8 + SRP 8 + juvenile law 4 + threat 16 completed; "Bullying Prevention for
    # School Resource Officers" in progress (no completion: never credited). The conference: a 2022
    # certificate naming only its year and "2.4 CEUs" (conference hours are R6's, 0 in R5). R5: EOP 24 +
    # abuse 24 + CIT-Y 40 + YMHFA 8 + AMHT 16 + interviewing 24 = 136 + the portal's 36 = 172: met, eligible.
    n = "Alicia M. Ferreira"
    agency = "Brookhaven County Sheriff's Office"
    out.append(
        Applicant(
            "X02",
            n,
            agency,
            None,
            None,
            APP,
            "eligible_bare_x_status_lms_report_ceu_year",
            _req(),
            172.0,
            [
                checkbox_form(
                    "01-hr-form.pdf",
                    n,
                    agency,
                    "2019-01-07",
                    "2025-03-18",
                    "03/18/2025",
                    "bare",
                    kind="scan_light",
                    fmt="pdf",
                ),
                nasro_basic("02-basic.pdf", n, "2019-03-04", "2019-03-08", layout="letter"),
                nasro_advanced("03-advanced.pdf", n, "2020-01-13", "2020-01-15", layout="sidebar"),
                ceu_conference_cert("04-conference.pdf", n, 2022, 2.4),
                lms_report(
                    "05-portal.pdf",
                    n,
                    [TRAUMA, SRP, JLAW, THREAT],
                    in_progress=[("Bullying Prevention for School Resource Officers", 2.0)],
                ),
                transcript_doc(
                    "06-transcript.pdf",
                    agency,
                    "FERREIRA, ALICIA M.",
                    [course_row(x) for x in (EOP, ABUSE)],
                    layout="whitespace",
                    kind="scan_light",
                    fmt="pdf",
                ),
                course_cert("07-cit-y.pdf", n, CITY, layout="sidebar"),
                course_cert("08-ymhfa.jpg", n, YMHFA, kind="photo", fmt="jpeg"),
                course_cert("09-amht.pdf", n, AMHT, layout="centered_landscape"),
                course_cert("10-interviewing.pdf", n, INTERVIEW, layout="letter"),
            ],
        )
    )
    lines(
        "X02",
        ("05-portal.pdf", "Trauma", "2023-05-10", 8, "credited"),
        ("05-portal.pdf", "Threat", "2021-04-13", 16, "credited"),
        ("05-portal.pdf", "Juvenile Law", "2024-02-06", 4, "credited"),
    )

    # X03 the POST printout and the sheriff's day-month-year letter: "assigned as the School Resource
    # Officer ... since the 3rd of August 2020 and continues in that assignment", dated "14 April 2025":
    # start 2020-08-03 (4.8 years: R1), current (R2); the application states neither. The printout:
    # academy 1998 (outside the window, 0), EOP 24, CIT-Y 40, abuse 24, interviewing 24, juvenile law 4,
    # firearms 8 (0), defensive tactics 8 (0). R5: printout 116 + YMHFA 8 + trauma 8 + SRP 8 + AMHT 16 +
    # threat 16 = 172: met, eligible.
    n = "Desmond K. Achebe"
    agency = "Lowell County Sheriff's Office"
    since = (
        "I write to confirm that Deputy Desmond K. Achebe has been assigned as the School Resource Officer "
        "at Lowell Valley High School since the 3rd of August 2020, and he continues in that assignment.",
        "Deputy Achebe is a valued member of this Office and is in good standing.",
    )
    defensive = ("Defensive Tactics Update", "2023-03-14", "2023-03-14", 8, "Defensive Tactics", "unrelated",
                 "defensive-tactics", "In-House")  # fmt: skip
    out.append(
        Applicant(
            "X03",
            n,
            agency,
            None,
            None,
            APP,
            "eligible_post_printout_ordinal_letter",
            _req(),
            172.0,
            [
                sheriff_letter(
                    "01-letter.pdf", n, agency, since, "2020-08-03", "2025-04-14", "14 April 2025"
                ),
                nasro_basic("02-basic.pdf", n, "2020-10-05", "2020-10-09", kind="scan_light", fmt="pdf"),
                nasro_advanced("03-advanced.pdf", n, "2021-06-14", "2021-06-16", layout="letter"),
                nasro_conference("04-conference.pdf", n, "2023-06-25", "2023-06-30"),
                post_printout(
                    "05-post.pdf",
                    n,
                    agency,
                    [
                        ("1002", EOP),
                        ("3310", CITY),
                        ("2045", ABUSE),
                        ("2046", INTERVIEW),
                        ("1187", JLAW),
                        ("4001", FIREARMS),
                        ("4120", defensive),
                    ],
                    old=[("0100", "BASIC PEACE OFFICER ACADEMY", "1998-12-18", 640.0)],
                ),
                course_cert("06-ymhfa.pdf", n, YMHFA, layout="sidebar"),
                course_cert("07-trauma.pdf", n, TRAUMA),
                course_cert("08-srp.pdf", n, SRP, layout="letter"),
                course_cert("09-amht.pdf", n, AMHT, kind="scan_light", fmt="pdf"),
                course_cert("10-threat.pdf", n, THREAT, layout="centered_landscape"),
            ],
        )
    )
    lines(
        "X03",
        ("05-post.pdf", "SCHOOL EMERGENCY", "2020-02-12", 24, "credited"),
        ("05-post.pdf", "CRISIS INTERVENTION", "2019-10-25", 40, "credited"),
        ("05-post.pdf", "INTERVIEWING", "2021-09-15", 24, "credited"),
        ("05-post.pdf", "FIREARMS", "2024-04-02", 0, "category_zero"),
        ("05-post.pdf", "ACADEMY", "1998-12-18", 0, "older_than_window"),
    )

    # X04 the former SRO in day-month-year words: "served as the School Resource Officer at Osage Junior
    # High from the 14th of August 2015 until the 30th of June 2023, when she was reassigned to the
    # Criminal Investigations Division", dated "20 March 2025"; the application states neither start nor
    # employment. R1: 2015-08-14 to 2023-06-30 is 7.9 years: met. R2: the service ended before the
    # letter: not met. R5 as X03's documents as certificates and a transcript: 172: met. Not eligible.
    n = "Harriet P. Lindqvist"
    agency = "Osage County Sheriff's Office"
    former = (
        "This is to certify that Deputy Harriet P. Lindqvist served as the School Resource Officer at Osage "
        "Junior High from the 14th of August 2015 until the 30th of June 2023, when she was reassigned to "
        "the Criminal Investigations Division.",
        "Deputy Lindqvist remains in good standing with this Office.",
    )
    out.append(
        Applicant(
            "X04",
            n,
            agency,
            None,
            None,
            APP,
            "fail_employed_former_sro_ordinal_dates",
            _req(r2=NOT),
            172.0,
            [
                sheriff_letter(
                    "01-letter.pdf",
                    n,
                    agency,
                    former,
                    "2015-08-14",
                    "2025-03-20",
                    "20 March 2025",
                    kind="fax",
                    fmt="pdf",
                ),
                nasro_basic("02-basic.pdf", n, "2015-10-05", "2015-10-09", layout="centered_landscape"),
                nasro_advanced(
                    "03-advanced.tif", n, "2017-06-12", "2017-06-14", kind="scan_light", fmt="tiff"
                ),
                nasro_conference("04-conference.pdf", n, "2019-07-14", "2019-07-19", layout="sidebar"),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    "LINDQVIST, HARRIET P.",
                    [course_row(x) for x in (EOP, CITY, ABUSE, INTERVIEW, JLAW)],
                    layout="grid",
                ),
                course_cert("06-ymhfa.pdf", n, YMHFA),
                course_cert("07-trauma.pdf", n, TRAUMA, layout="letter"),
                course_cert("08-srp.pdf", n, SRP, layout="sidebar"),
                course_cert("09-amht.pdf", n, AMHT),
                course_cert("10-threat.jpg", n, THREAT, kind="photo", fmt="jpeg"),
            ],
        )
    )

    # X05 another officer's advanced certificate slipped in: it names Sgt. Marisol E. Vance, credited 0 and
    # flagged; no other advanced course: R4 not met. The conference evidence is a sign-in sheet of the 2024
    # conference that does not list the applicant: it proves nothing, R6 not met. Start 2017-08-01 and
    # employment from the application (R1, R2 met). R5: 172 as X01: met. Not eligible.
    n = "Trevor D. Blackwood"
    agency = "Pine Ridge Police Department"
    out.append(
        Applicant(
            "X05",
            n,
            agency,
            "2017-08-01",
            True,
            APP,
            "fail_advanced_other_person_roster_without_applicant",
            _req(r4=NOT, r6=NOT),
            172.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-09-11", "2017-09-15", layout="letter"),
                nasro_advanced("02-advanced.pdf", "Sgt. Marisol E. Vance", "2019-02-04", "2019-02-06"),
                roster_sheet(
                    "03-signin.pdf",
                    None,
                    "2024 NASRO School Safety Conference  -  Indianapolis, Indiana",
                    "Session 5A: Behavioral Threat Assessment     Room 118     Monday, June 24, 2024",
                    "2024-06-24",
                    kind="scan_light",
                    fmt="pdf",
                ),
                transcript_doc(
                    "04-transcript.pdf",
                    agency,
                    "BLACKWOOD, TREVOR D.",
                    [course_row(x) for x in (EOP, ABUSE, JLAW, CITY, INTERVIEW)],
                    layout="whitespace",
                ),
                course_cert("05-ymhfa.pdf", n, YMHFA, layout="letter"),
                course_cert("06-trauma.pdf", n, TRAUMA, layout="centered_landscape"),
                course_cert("07-srp.pdf", n, SRP, kind="fax", fmt="pdf"),
                course_cert("08-amht.pdf", n, AMHT, layout="sidebar"),
                course_cert("09-threat.pdf", n, THREAT),
            ],
        )
    )
    lines("X05", ("02-advanced.pdf", "Advanced", "2019-02-04", 0, "other_person"))

    # X06 the annual in-service: the department's certificate for each year 2021-2024 (8 hours each,
    # the year in the title): the most recent (2024) credited once, the others 0. "[X] Active [ ]
    # Inactive" on a lightly scanned HR form, start 03/02/2020 (5.25 years: R1), signed 02/10/2025 (R2).
    # R5: EOP 24 + abuse 24 + CIT-Y 40 + YMHFA 8 + trauma 8 + SRP 8 + AMHT 16 + interviewing 24 = 152 +
    # in-service 8 = 160: met exactly, eligible.
    n = "Monique R. Delacroix"
    agency = "Fairview Independent School District Police"
    out.append(
        Applicant(
            "X06",
            n,
            agency,
            None,
            None,
            APP,
            "eligible_annual_inservice_brackets_status",
            _req(),
            160.0,
            [
                checkbox_form(
                    "01-hr-form.pdf",
                    n,
                    agency,
                    "2020-03-02",
                    "2025-02-10",
                    "02/10/2025",
                    "brackets",
                    kind="scan_light",
                    fmt="pdf",
                ),
                nasro_basic("02-basic.pdf", n, "2020-06-08", "2020-06-12"),
                nasro_advanced("03-advanced.pdf", n, "2021-01-11", "2021-01-13", layout="letter"),
                nasro_conference("04-conference.pdf", n, "2022-07-10", "2022-07-15"),
                inservice_cert("05-inservice-2021.pdf", n, agency, "2021-08-09", layout="sidebar"),
                inservice_cert("06-inservice-2022.pdf", n, agency, "2022-08-08", layout="sidebar"),
                inservice_cert(
                    "07-inservice-2023.pdf",
                    n,
                    agency,
                    "2023-08-07",
                    layout="sidebar",
                    kind="scan_light",
                    fmt="pdf",
                ),
                inservice_cert("08-inservice-2024.pdf", n, agency, "2024-08-05", layout="sidebar"),
                transcript_doc(
                    "09-transcript.pdf",
                    agency,
                    "DELACROIX, MONIQUE R.",
                    [course_row(x) for x in (EOP, ABUSE, CITY, INTERVIEW)],
                    layout="grid",
                ),
                course_cert("10-ymhfa.pdf", n, YMHFA),
                course_cert("11-trauma.pdf", n, TRAUMA, layout="letter"),
                course_cert("12-srp.pdf", n, SRP, layout="centered_landscape"),
                course_cert("13-amht.pdf", n, AMHT, layout="sidebar"),
            ],
        )
    )
    lines(
        "X06",
        ("05-inservice-2021.pdf", "In-Service", "2021-08-09", 0, "annual_once"),
        ("06-inservice-2022.pdf", "In-Service", "2022-08-08", 0, "annual_once"),
        ("07-inservice-2023.pdf", "In-Service", "2023-08-07", 0, "annual_once"),
        ("08-inservice-2024.pdf", "In-Service", "2024-08-05", 8, "credited"),
    )

    # X07 short of hours, records degraded: the POST printout faxed (EOP 24 + abuse 24 + juvenile law 4,
    # firearms 0), the portal's report as a light scan (YMHFA 8 + trauma 8 + SRP 8, bullying prevention in
    # progress), CIT-Y 40 + AMHT 16 + interviewing 24 certificates = 156 < 160: R5 not met. The conference:
    # the CEU-only certificate (2021, 1.8 CEUs) photographed. R1-R4 from the application and NASRO's courses.
    n = "Bernard O. Castellano"
    agency = "Summit Valley Police Department"
    out.append(
        Applicant(
            "X07",
            n,
            agency,
            "2016-01-04",
            True,
            APP,
            "fail_hours_degraded_post_and_portal",
            _req(r5=NOT),
            156.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-03-07", "2016-03-11", layout="sidebar"),
                nasro_advanced("02-advanced.pdf", n, "2018-04-09", "2018-04-11"),
                ceu_conference_cert("03-conference.jpg", n, 2021, 1.8, kind="photo", fmt="jpeg"),
                post_printout(
                    "04-post.pdf",
                    n,
                    agency,
                    [("1002", EOP), ("2045", ABUSE), ("1187", JLAW), ("4001", FIREARMS)],
                    old=[("0100", "BASIC PEACE OFFICER ACADEMY", "2009-05-22", 720.0)],
                    kind="fax",
                    fmt="pdf",
                ),
                lms_report(
                    "05-portal.pdf",
                    n,
                    [YMHFA, TRAUMA, SRP],
                    in_progress=[("Bullying Prevention for School Resource Officers", 2.0)],
                    kind="scan_light",
                    fmt="pdf",
                ),
                course_cert("06-cit-y.pdf", n, CITY, layout="centered_landscape"),
                course_cert("07-amht.pdf", n, AMHT, layout="letter"),
                course_cert("08-interviewing.png", n, INTERVIEW, kind="scan_heavy", fmt="png"),
            ],
        )
    )
    lines(
        "X07",
        ("04-post.pdf", "FIREARMS", "2024-04-02", 0, "category_zero"),
        ("05-portal.pdf", "Standard Response", "2023-09-12", 8, "credited"),
    )

    # X08 a roster beside a certificate: the 2022 NASRO conference certificate meets R6; a 2023 sign-in
    # sheet listing the applicant (lightly scanned) adds nothing to settle. The sheriff's letter: "was
    # assigned to the School Resource Unit on the 21st day of January, 2019 and remains so assigned",
    # photographed: start 2019-01-21 (6.4 years: R1); employment from the application. R5: 172 as X01:
    # met, eligible.
    n = "Yolanda C. Pruitt"
    agency = "Lowell County Sheriff's Office"
    assigned = (
        "Please be advised that Deputy Yolanda C. Pruitt was assigned to the School Resource Unit on the "
        "21st day of January, 2019 and remains so assigned, serving Lowell Valley Middle School.",
    )
    out.append(
        Applicant(
            "X08",
            n,
            agency,
            None,
            True,
            APP,
            "eligible_roster_beside_certificate_ordinal_day_letter",
            _req(),
            172.0,
            [
                sheriff_letter(
                    "01-letter.jpg",
                    n,
                    agency,
                    assigned,
                    "2019-01-21",
                    "2025-01-15",
                    "15 January 2025",
                    kind="photo",
                    fmt="jpeg",
                ),
                nasro_basic("02-basic.pdf", n, "2019-03-11", "2019-03-15", layout="centered_landscape"),
                nasro_advanced("03-advanced.pdf", n, "2020-02-03", "2020-02-05", layout="sidebar"),
                nasro_conference("04-conference.pdf", n, "2022-07-10", "2022-07-15", layout="letter"),
                roster_sheet(
                    "05-signin.pdf",
                    ("Pruitt, Yolanda C.", "Lowell County SO", "KY"),
                    "2023 NASRO School Safety Conference  -  Grapevine, Texas",
                    "Session 2A: Reunification Planning     Room 110     Monday, June 26, 2023",
                    "2023-06-26",
                    kind="scan_light",
                    fmt="pdf",
                ),
                transcript_doc(
                    "06-transcript.pdf",
                    agency,
                    "PRUITT, YOLANDA C.",
                    [course_row(x) for x in (EOP, ABUSE, JLAW, CITY, INTERVIEW, FIREARMS)],
                    layout="grid",
                ),
                course_cert("07-ymhfa.pdf", n, YMHFA, layout="sidebar"),
                course_cert("08-trauma.pdf", n, TRAUMA),
                course_cert("09-srp.pdf", n, SRP, layout="letter"),
                course_cert("10-amht.pdf", n, AMHT, layout="centered_landscape"),
                course_cert("11-threat.pdf", n, THREAT, kind="scan_light", fmt="pdf"),
            ],
        )
    )
    return out


def compare(corpus: Path, export: Path) -> list[str]:
    """Every verdict, total and expected line that differs (round 2's comparison on this round's lines)."""
    LINES.clear()
    applicants()
    return round2.compare(corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    from bench.unseen_applicants import write_applicants

    return write_applicants(root, applicants(), only, seed=3400)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
