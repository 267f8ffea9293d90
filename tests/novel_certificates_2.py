"""Round 2 of the certificate wording audit: issuers and wordings :mod:`tests.novel_certificates` and
:mod:`tests.issuer_formats` did not model.

Each document is drawn with reportlab and carries its truth (the :class:`tests.novel_certificates.Novel`
record). They are modelled on the kinds of issuers a school resource officer meets and on how those
issuers word things, from general knowledge, not copied from any corpus: DHS/FEMA NTED partners (TEEX,
LSU NCBRT) with course codes like "AWR-148" and "Contact Hours", ALERRT, a 40-hour Crisis Intervention
Team course over two months, NASP PREPaRE, QPR, Mandt, Safe and Sound Schools, a state school safety
centre, FBI-LEEDA, NTOA, a university's continuing-education certificate printing CEUs and contact hours,
a POST credit line, an online course's "Duration 1 hr 30 min", a range across two years, "Date(s) of
Training", "Issued:" and "Expires:" dates, an ordinal date in prose, a NASRO conference and a NASRO
Basic certificate worded unlike the samples, a name in a calligraphic font, a name with a middle name
and a suffix, a "Last, First" name, a presenter named beside the participant, titles with numbers
("Level 2", "Part 1 of 2", "2022 Update", "Workshop 1", "34th Annual"), hours written as words, clock
hours, "(CE)" hours, CEU credits, and distractors (phone, licence and ZIP numbers, "Course #1234",
"Session 2 of 3", "Page 1 of 1", "Class of 2019").

``must_review`` marks the documents where a careful person could not be sure of a fact (here: whether a
de-escalation or crisis course is school safety, juvenile or unrelated): their item must never be
``auto``.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import NASRO, _centered_block, _left_block, _new_canvas, _signature
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel

NOVELS_2: dict[str, Novel] = {}
LANDSCAPE = landscape(letter)


@cache
def script_font() -> str:
    """A calligraphic face (reportlab ships URW's 'Calligraphic'), the kind certificates print names in."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics

    fonts = Path(reportlab.__file__).parent / "fonts"
    face = pdfmetrics.EmbeddedType1Face(str(fonts / "callig15.afm"), str(fonts / "callig15.pfb"))
    pdfmetrics.registerTypeFace(face)
    pdfmetrics.registerFont(pdfmetrics.Font("Calligraphic", face.name, "WinAnsiEncoding"))
    return "Calligraphic"


def render_novel_2(n: Novel, path: Path | str) -> Path:
    out = Path(path)
    c = _new_canvas(out, n.pagesize, f"certificate {n.key}")
    n.draw(c, float(n.pagesize[0]), float(n.pagesize[1]))
    c.showPage()
    c.save()
    return out


def _small(c: Any, x: float, y: float, text: str, size: float = 8, right: bool = False) -> None:
    c.setFont("Helvetica", size)
    (c.drawRightString if right else c.drawString)(x, y, text)


# ------------------------------------------------------------------------------ NTED partners


@novel(
    "teex_awr148",
    name="Kendra L. Vasquez",
    title="AWR-148 Crisis Management for School-Based Incidents",
    issuer="Texas A&M Engineering Extension Service",
    start=date(2022, 3, 15),
    hours=8.0,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
)
def _teex_awr148(c: Any, w: float, h: float) -> None:
    """A DHS/FEMA-funded course: the course code before the title, "Contact Hours" in a field row, the
    delivery location with a ZIP code, a grant line full of numbers."""
    _frame(c, w, h, "#500000")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 15, 62, "TEXAS A&M ENGINEERING EXTENSION SERVICE"),
            ("Helvetica", 10, 78, "A Member of The Texas A&M University System"),
            ("Times-Bold", 30, 122, "Certificate of Completion"),
            ("Times-Italic", 14, 156, "This is to certify that"),
            ("Times-Bold", 26, 192, "Kendra L. Vasquez"),
            ("Times-Italic", 14, 222, "has successfully completed"),
            ("Helvetica-Bold", 18, 256, "AWR-148 Crisis Management for School-Based Incidents"),
        ],
    )
    c.setFont("Helvetica", 11)
    c.drawString(110, h - 300, "Date: 03/15/2022")
    c.drawString(300, h - 300, "Contact Hours: 8.0")
    c.drawString(480, h - 300, "Location: Lubbock, TX 79401")
    _signature(c, 90, 80, 200, "teex", "Gary F. Sera", "Agency Director")
    _small(
        c,
        60,
        40,
        "This course was funded through the U.S. Department of Homeland Security / FEMA, Cooperative "
        "Agreement EMW-2019-CA-00046. Certificate No. 22-0315-0871",
        7,
    )


centred_novel(
    "ncbrt_mgt324",
    "An LSU NCBRT-style management course: the MGT code, a 'Completion Date' label, contact hours and "
    "IACET CEUs both printed (the same length twice), a course number and a session count.",
    name="Darnell T. Price",
    title="MGT-324 Campus Emergencies Prevention, Response, and Recovery",
    issuer="National Center for Biomedical Research and Training",
    start=date(2023, 9, 14),
    hours=8.0,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#461d7c",
    rows=[
        ("Helvetica-Bold", 13, 60, "LOUISIANA STATE UNIVERSITY"),
        ("Helvetica", 11, 76, "National Center for Biomedical Research and Training"),
        ("Times-Bold", 30, 120, "Certificate of Completion"),
        ("Times-Roman", 14, 152, "awarded to"),
        ("Times-Bold", 26, 188, "Darnell T. Price"),
        ("Times-Roman", 14, 218, "for successfully completing"),
        ("Helvetica-Bold", 17, 250, "MGT-324 Campus Emergencies Prevention, Response, and Recovery"),
        ("Times-Roman", 13, 284, "Completion Date: September 14, 2023"),
        ("Times-Roman", 13, 304, "Contact Hours: 8.0     IACET CEUs: 0.8"),
    ],
    signature=(90, 80, "Joseph W. Nelson", "Executive Director"),
    footer=[
        (460, 60, "Course #1234-MGT324   Session 2 of 3"),
        (460, 48, "Baton Rouge, LA 70820   (225) 555-0148"),
    ],
)


# ------------------------------------------------------------------------------ school safety


centred_novel(
    "alerrt_level1",
    "An ALERRT-style certificate: 'Level I' in the title, a state course number, a two-day range.",
    name="Joaquin R. Espinoza",
    title="Active Shooter Level I",
    issuer="ALERRT Center at Texas State University",
    start=date(2022, 10, 17),
    end=date(2022, 10, 18),
    hours=16.0,
    catalog_id="alerrt-asl1",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#501214",
    rows=[
        ("Helvetica-Bold", 14, 62, "ALERRT CENTER AT TEXAS STATE UNIVERSITY"),
        ("Helvetica", 10, 78, "Advanced Law Enforcement Rapid Response Training"),
        ("Times-Bold", 30, 122, "Certificate of Completion"),
        ("Times-Roman", 14, 156, "This certifies that"),
        ("Times-Bold", 26, 192, "Joaquin R. Espinoza"),
        ("Times-Roman", 14, 222, "has completed"),
        ("Helvetica-Bold", 20, 256, "Active Shooter Level I"),
        ("Times-Roman", 13, 290, "October 17-18, 2022   San Marcos, Texas"),
        ("Times-Roman", 13, 310, "16 hours   TCOLE Course #3318"),
    ],
    signature=(90, 80, "John P. Curnutt", "Executive Director"),
    footer=[(470, 48, "ALERRT.org   (512) 555-0157   Class ID 22-1017-SMTX")],
)


centred_novel(
    "prepare_w1",
    "A NASP PREPaRE workshop: 'Workshop 1' in the title, a day-first long date, contact hours with a "
    "decimal, an approved-provider statement full of numbers.",
    name="Alicia D. Ferrante",
    title="PREPaRE Workshop 1: Comprehensive School Safety Planning",
    issuer="National Association of School Psychologists",
    start=date(2023, 2, 9),
    hours=6.5,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_2,
    frame="#00529b",
    rows=[
        ("Helvetica-Bold", 12, 76, "NATIONAL ASSOCIATION OF SCHOOL PSYCHOLOGISTS"),
        ("Times-Bold", 26, 130, "Certificate of Attendance"),
        ("Times-Roman", 13, 170, "This acknowledges that"),
        ("Times-Bold", 24, 206, "Alicia D. Ferrante"),
        ("Times-Roman", 13, 240, "attended"),
        ("Helvetica-Bold", 15, 272, "PREPaRE Workshop 1: Comprehensive School Safety Planning"),
        ("Times-Roman", 13, 306, "Thursday, 9 February 2023"),
        ("Times-Roman", 13, 326, "Contact Hours: 6.5"),
    ],
    signature=(90, 140, "Stephen E. Brock", "Lead Trainer"),
    footer=[
        (60, 60, "NASP is approved by the APA to sponsor continuing education (Provider #1011). 4340 East")
    ],
)


centred_novel(
    "qpr_online",
    "An online course: 'Duration 1 hr 30 min', a completion timestamp, a certificate number and URL.",
    name="Brandon M. Tillman",
    title="QPR Suicide Prevention Gatekeeper Training for School Staff",
    issuer="QPR Institute",
    start=date(2024, 1, 22),
    hours=1.5,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#2e7d32",
    rows=[
        ("Helvetica-Bold", 15, 64, "QPR Institute"),
        ("Helvetica", 10, 80, "Question. Persuade. Refer."),
        ("Times-Bold", 30, 124, "Certificate of Completion"),
        ("Times-Roman", 14, 158, "This certifies that"),
        ("Times-Bold", 26, 194, "Brandon M. Tillman"),
        ("Times-Roman", 14, 224, "has completed the online course"),
        ("Helvetica-Bold", 18, 256, "QPR Suicide Prevention Gatekeeper Training for School Staff"),
        ("Times-Roman", 13, 290, "Completed: January 22, 2024 at 3:47 PM"),
        ("Times-Roman", 13, 310, "Duration 1 hr 30 min"),
    ],
    signature=(90, 80, "Paul Quinnett", "President"),
    footer=[(470, 48, "Certificate #QPR-2024-118834   qprinstitute.example.com")],
)


@novel(
    "lastfirst",
    name="Denise M. Holloway",
    title="Threat Assessment Teams for K-12 Schools",
    issuer="Virginia Center for School and Campus Safety",
    start=date(2023, 3, 22),
    hours=6.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_2,
)
def _lastfirst(c: Any, w: float, h: float) -> None:
    """A state school safety centre's form: the participant as 'LAST, FIRST M.', 'Date of Training', a
    DCJS course number and the centre's address with its ZIP code."""
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, h - 66, "Virginia Center for School and Campus Safety")
    c.setFont("Helvetica", 9)
    c.drawString(
        60, h - 80, "Department of Criminal Justice Services  |  1100 Bank Street, Richmond, VA 23219"
    )
    c.line(60, h - 88, w - 60, h - 88)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, h - 130, "Training Completion Record")
    fields = [
        ("Participant:", "HOLLOWAY, DENISE M."),
        ("Agency:", "Chesterfield County Police Department"),
        ("Course:", "Threat Assessment Teams for K-12 Schools"),
        ("DCJS Course #:", "TA-2023-014"),
        ("Date of Training:", "03/22/2023"),
        ("Hours:", "6.0"),
    ]
    y = h - 180
    for label, value in fields:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, label)
        c.setFont("Helvetica", 12)
        c.drawString(190, y, value)
        y -= 24
    _signature(c, 60, 200, 200, "lastfirst", "Donna M. Michaelis", "Manager")
    _small(c, 60, 50, "Phone (804) 555-0163   DCJS Lic. #0042-17   Page 1 of 1")


@novel(
    "presenter",
    name="Trevor J. Lindgren",
    title="Reunification After a School Crisis: Planning and Practice",
    issuer="Safe and Sound Schools",
    start=date(2022, 9, 8),
    hours=1.5,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
)
def _presenter(c: Any, w: float, h: float) -> None:
    """A webinar attendance certificate naming the presenter (a person's name in large type too), a
    series count and a date with the webinar's time."""
    _frame(c, w, h, "#0f6e7a")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 15, 62, "Safe and Sound Schools"),
            ("Times-Bold", 30, 110, "Certificate of Attendance"),
            ("Times-Roman", 14, 144, "This certificate is awarded to"),
            ("Times-Bold", 26, 180, "Trevor J. Lindgren"),
            ("Times-Roman", 14, 210, "for attending the webinar"),
            ("Helvetica-Bold", 18, 242, "Reunification After a School Crisis: Planning and Practice"),
            ("Times-Roman", 14, 272, "presented by"),
            ("Times-Bold", 18, 298, "Michele L. Gay"),
            ("Times-Roman", 13, 328, "September 8, 2022, 1:00 - 2:30 PM ET   |   1.5 hours"),
        ],
    )
    _signature(c, 90, 70, 200, "presenter", "Michele L. Gay", "Co-Founder")
    _small(c, w - 60, 50, "Webinar Series 2022, Session 2 of 3   safeandsoundschools.example.org", right=True)


centred_novel(
    "ntoa_level2",
    "A tactical association's course: 'Level 2' in the title, 'Date(s) of Training' with a numeric "
    "range, 'POST Credit: 16 hrs' and a member number.",
    name="Colin P. Hargrove",
    title="Tactical Response to School Violence - Level 2",
    issuer="National Tactical Officers Association",
    start=date(2022, 8, 8),
    end=date(2022, 8, 9),
    hours=16.0,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#1b1b1b",
    rows=[
        ("Helvetica-Bold", 14, 62, "NATIONAL TACTICAL OFFICERS ASSOCIATION"),
        ("Times-Bold", 30, 112, "Certificate of Training"),
        ("Times-Roman", 14, 146, "presented to"),
        ("Times-Bold", 26, 182, "Colin P. Hargrove"),
        ("Times-Roman", 14, 212, "for completing"),
        ("Helvetica-Bold", 20, 246, "Tactical Response to School Violence - Level 2"),
        ("Times-Roman", 13, 282, "Date(s) of Training: 08/08/2022 - 08/09/2022"),
        ("Times-Roman", 13, 302, "POST Credit: 16 hrs"),
    ],
    signature=(90, 80, "Thor Eells", "Executive Director"),
    footer=[(480, 48, "NTOA Member #88214   Doylestown, PA 18901   800-555-0167")],
)


centred_novel(
    "univ_ce",
    "A university's continuing-education certificate printing CEUs and contact hours both, with an "
    "'Issued:' date after the course date.",
    name="Shauna R. Delacroix",
    title="School Threat Assessment and Management",
    issuer="University of Central Missouri",
    start=date(2021, 11, 4),
    end=date(2021, 11, 5),
    hours=12.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_2,
    frame="#a6192e",
    rows=[
        ("Helvetica-Bold", 13, 72, "University of Central Missouri"),
        ("Helvetica", 11, 88, "Office of Continuing Education and Professional Development"),
        ("Times-Bold", 26, 140, "Certificate of Completion"),
        ("Times-Roman", 13, 178, "is presented to"),
        ("Times-Bold", 24, 214, "Shauna R. Delacroix"),
        ("Times-Roman", 13, 248, "for completion of"),
        ("Helvetica-Bold", 17, 280, "School Threat Assessment and Management"),
        ("Times-Roman", 13, 314, "November 4-5, 2021"),
        ("Times-Roman", 13, 334, "1.2 CEUs   (12 Contact Hours)"),
        ("Times-Roman", 11, 360, "Issued: 11/19/2021"),
    ],
    signature=(90, 130, "Rebecca A. Lutz", "Director, Continuing Education"),
    footer=[(330, 60, "Warrensburg, MO 64093  |  660-555-0112")],
)


# ------------------------------------------------------------------------------ juvenile


centred_novel(
    "range_years",
    "An online course whose training window runs over New Year ('December 30, 2021 - January 2, 2022') "
    "under a 'Date(s) of Training' label, and 'Hours: 4.0 (CE)'.",
    name="Ramona E. Castellanos",
    title="Responding to Child Sexual Exploitation",
    issuer="National Criminal Justice Training Center",
    start=date(2021, 12, 30),
    end=date(2022, 1, 2),
    hours=4.0,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#2c3e50",
    rows=[
        ("Helvetica-Bold", 13, 62, "National Criminal Justice Training Center"),
        ("Times-Bold", 30, 110, "Certificate of Completion"),
        ("Times-Roman", 14, 144, "This certifies that"),
        ("Times-Bold", 26, 180, "Ramona E. Castellanos"),
        ("Times-Roman", 14, 210, "has completed the online training"),
        ("Helvetica-Bold", 20, 244, "Responding to Child Sexual Exploitation"),
        ("Times-Roman", 13, 280, "Date(s) of Training: December 30, 2021 - January 2, 2022"),
        ("Times-Roman", 13, 300, "Hours: 4.0 (CE)"),
    ],
    signature=(90, 80, "Kevin Cramer", "Director"),
    footer=[(470, 48, "Award No. 2020-MC-FX-K005   Page 1 of 1")],
)


@novel(
    "ordinal_prose",
    name="Robert James Miller Jr.",
    title="Gang Awareness and Intervention",
    issuer="Calhoun County Sheriff's Office",
    start=date(2021, 5, 12),
    hours=8.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_2,
)
def _ordinal_prose(c: Any, w: float, h: float) -> None:
    """A sheriff's certificate in prose: a full name with a suffix, the date as 'on the twelfth day of
    May, 2021', the length only in words ('eight hours')."""
    _frame(c, w, h, "#5b3a1a")
    _centred(
        c,
        w,
        h,
        [
            ("Times-Bold", 16, 80, "Calhoun County Sheriff's Office"),
            ("Times-Roman", 10, 96, "Training Division  -  1702 Main Street  -  Port Lavaca, TX 77979"),
            ("Times-Bold", 28, 150, "Certificate of Training"),
            ("Times-Bold", 24, 200, "Robert James Miller Jr."),
        ],
    )
    body = (
        "This certifies that the above-named deputy completed eight hours of instruction in Gang Awareness "
        "and Intervention on the twelfth day of May, 2021, given by the Training Division of this office."
    )
    _left_block(c, body, "Times-Roman", 14, 90, h - 250, w - 180, 20)
    _signature(c, 90, 150, 200, "ordinal", "Sheriff Bobbie Vickery", "Sheriff")
    _small(c, 90, 60, "TCOLE Provider #1711   Phone (361) 555-0153")


@novel(
    "part_1_of_2",
    name="Lydia F. Okonkwo",
    title="Human Trafficking of Minors, Part 1 of 2",
    issuer="State Office of the Attorney General",
    start=date(2023, 11, 3),
    hours=4.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_2,
)
def _part_1_of_2(c: Any, w: float, h: float) -> None:
    """An online module: 'Part 1 of 2' in the title, 'Completion Date:', 'Credits: 0.4 CEU', a course
    number, 'Page 1 of 1'."""
    _frame(c, w, h, "#34495e")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "OFFICE OF THE ATTORNEY GENERAL"),
            ("Helvetica", 10, 90, "Law Enforcement Training Portal"),
            ("Times-Bold", 26, 140, "Certificate of Completion"),
            ("Times-Roman", 13, 178, "Learner"),
            ("Times-Bold", 22, 208, "Lydia F. Okonkwo"),
            ("Times-Roman", 13, 244, "Course"),
            ("Helvetica-Bold", 16, 272, "Human Trafficking of Minors, Part 1 of 2"),
        ],
    )
    c.setFont("Helvetica", 11)
    c.drawString(120, h - 320, "Completion Date: 11/03/2023")
    c.drawString(120, h - 340, "Credits: 0.4 CEU")
    c.drawString(340, h - 320, "Course #1234")
    c.drawString(340, h - 340, "Score: 92%")
    _small(c, w / 2 - 20, 40, "Page 1 of 1")


centred_novel(
    "clock_hours",
    "A state juvenile-justice department: '7.5 clock hours', a 'Completion Date' and an 'Issued:' date.",
    name="Gabriel S. Montoya",
    title="Adolescent Brain Development and Juvenile Behavior",
    issuer="Department of Juvenile Justice",
    start=date(2022, 4, 27),
    hours=7.5,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#1a4f8b",
    rows=[
        ("Helvetica-Bold", 13, 62, "STATE DEPARTMENT OF JUVENILE JUSTICE"),
        ("Helvetica", 10, 78, "Office of Staff Development and Training"),
        ("Times-Bold", 30, 122, "Certificate of Completion"),
        ("Times-Roman", 14, 156, "presented to"),
        ("Times-Bold", 26, 192, "Gabriel S. Montoya"),
        ("Times-Roman", 14, 222, "for completing"),
        ("Helvetica-Bold", 19, 256, "Adolescent Brain Development and Juvenile Behavior"),
        ("Times-Roman", 13, 290, "Completion Date: April 27, 2022     7.5 clock hours"),
        ("Times-Roman", 11, 312, "Issued: May 3, 2022"),
    ],
    signature=(90, 80, "Dr. Harold W. Benson", "Training Director"),
    footer=[(470, 48, "3408 Covington Hwy, Decatur, GA 30032")],
)


@novel(
    "post_credit_update",
    name="Sgt. Anthony V. Russo",
    title="Juvenile Law and Procedures - 2022 Update",
    issuer="Washington County Sheriff's Office",
    start=date(2022, 2, 16),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_2,
)
def _post_credit_update(c: Any, w: float, h: float) -> None:
    """A sheriff's certificate with a year in the title ('2022 Update'), 'POST Credit: 8 hrs', a course
    number and a POST licence number."""
    _frame(c, w, h, "#2f4f4f")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 80, "Washington County Sheriff's Office"),
            ("Times-Bold", 28, 136, "Certificate of Completion"),
            ("Times-Roman", 14, 180, "This certifies that"),
            ("Times-Bold", 24, 216, "Sgt. Anthony V. Russo"),
            ("Times-Roman", 14, 252, "has successfully completed"),
            ("Helvetica-Bold", 18, 286, "Juvenile Law and Procedures - 2022 Update"),
            ("Times-Roman", 13, 320, "February 16, 2022"),
            ("Times-Roman", 13, 340, "POST Credit: 8 hrs      Course #1234"),
        ],
    )
    _signature(c, 90, 130, 200, "post_credit", "Lt. Dana K. Morrow", "Training Coordinator")
    _small(c, 90, 60, "POST License #14-3321   Hillsboro, OR 97124   (503) 555-0181")


# ------------------------------------------------------------------------------ SRO courses


@novel(
    "nasro_basic_forty",
    name="Marcus Anthony Bell III",
    title="Basic School Resource Officer Course",
    issuer=NASRO,
    start=date(2022, 6, 13),
    end=date(2022, 6, 17),
    hours=40.0,
    catalog_id="nasro-basic",
    category="basic",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
)
def _nasro_basic_forty(c: Any, w: float, h: float) -> None:
    """NASRO's Basic worded in one sentence: 'has satisfactorily completed the forty (40) hour Basic
    School Resource Officer Course held June 13 through June 17, 2022'; the name in a calligraphic face."""
    _frame(c, w, h, "#1f3a68")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 62, NASRO.upper()),
            ("Times-Bold", 32, 112, "Certificate"),
        ],
    )
    c.setFont(script_font(), 40)
    c.drawCentredString(w / 2, h - 178, "Marcus Anthony Bell III")
    body = (
        "has satisfactorily completed the forty (40) hour Basic School Resource Officer Course held "
        "June 13 through June 17, 2022 in Hoover, Alabama"
    )
    _centered_block(c, body, "Times-Roman", 16, w / 2, h - 230, 560)
    _signature(c, 90, 80, 200, "basic_forty", "Mo Canady", "Executive Director")
    _small(c, w - 60, 48, "nasro.org   (205) 555-0140", right=True)


centred_novel(
    "class_of_2019",
    "A regional academy's basic SRO course (not NASRO's: no catalog course), 'Class of 2019' in its "
    "name, a weekday range and an academy licence number.",
    name="Tiffany N. Alvarado",
    title="Basic School Resource Officer Course",
    issuer="Gulf Coast Regional Law Enforcement Academy",
    start=date(2019, 7, 8),
    end=date(2019, 7, 12),
    hours=40.0,
    catalog_id=None,
    category="basic",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#0b3d91",
    rows=[
        ("Helvetica-Bold", 14, 60, "GULF COAST REGIONAL LAW ENFORCEMENT ACADEMY"),
        ("Helvetica", 11, 76, "School Resource Officer Academy - Class of 2019"),
        ("Times-Bold", 30, 120, "Certificate of Completion"),
        ("Times-Roman", 14, 154, "This certifies that"),
        ("Times-Bold", 26, 190, "Tiffany N. Alvarado"),
        ("Times-Roman", 14, 220, "has completed the"),
        ("Helvetica-Bold", 20, 254, "Basic School Resource Officer Course"),
        ("Times-Roman", 13, 288, "Monday, July 8 - Friday, July 12, 2019"),
        ("Times-Roman", 13, 308, "40 Hours of Instruction"),
    ],
    signature=(90, 80, "Cmdr. Luis A. Ortega", "Academy Director"),
    footer=[(470, 48, "Academy Lic. #2231   Corpus Christi, TX 78401")],
)


centred_novel(
    "nasro_conference_2",
    "NASRO's conference certificate worded unlike the dev one: '34th Annual' before the title, a range "
    "with the city, 'presents this certificate to'.",
    name="Yolanda C. Pierce",
    title="34th Annual National School Safety Conference",
    issuer=NASRO,
    start=date(2024, 7, 21),
    end=date(2024, 7, 26),
    hours=None,
    catalog_id="nasro-conference",
    category="conference",
    pagesize=LANDSCAPE,
    doc_type="conference_attendance",
    registry=NOVELS_2,
    frame="#1f3a68",
    rows=[
        ("Helvetica-Bold", 13, 62, "The National Association of School Resource Officers"),
        ("Times-Roman", 14, 92, "presents this certificate to"),
        ("Times-Bold", 28, 132, "Yolanda C. Pierce"),
        ("Times-Roman", 14, 166, "in recognition of attendance at the"),
        ("Helvetica-Bold", 20, 200, "34th Annual National School Safety Conference"),
        ("Times-Roman", 13, 234, "July 21-26, 2024   |   Orlando, Florida"),
    ],
    signature=(90, 80, "Mo Canady", "Executive Director"),
)


# ------------------------------------------------------------------------------ judgment calls


centred_novel(
    "cit_forty",
    "A county's Crisis Intervention Team course: 'the forty (40) hour' in prose, a range across two months. "
    "Adult mental-health crisis response: whether it counts as school safety is a person's call.",
    name="Elijah W. Brennan",
    title="Crisis Intervention Team (CIT) Training",
    issuer="Pinellas County Sheriff's Office",
    start=date(2022, 10, 31),
    end=date(2022, 11, 4),
    hours=40.0,
    catalog_id=None,
    category="unrelated",
    must_review=True,
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#003f5c",
    rows=[
        ("Helvetica-Bold", 14, 62, "PINELLAS COUNTY SHERIFF'S OFFICE"),
        ("Helvetica", 10, 78, "in partnership with NAMI Pinellas"),
        ("Times-Bold", 30, 122, "Certificate of Completion"),
        ("Times-Roman", 14, 156, "This is to certify that"),
        ("Times-Bold", 26, 192, "Elijah W. Brennan"),
        ("Times-Roman", 14, 222, "has satisfactorily completed the forty (40) hour"),
        ("Helvetica-Bold", 20, 256, "Crisis Intervention Team (CIT) Training"),
        ("Times-Roman", 13, 290, "October 31 - November 4, 2022"),
    ],
    signature=(90, 80, "Sheriff Bob Gualtieri", "Sheriff"),
)


centred_novel(
    "mandt",
    "A Mandt-style de-escalation certificate: 'Issued:' and 'Expires:' dates around the course date, "
    "'7.5 clock hours'. Restraint and de-escalation: school safety or not is a person's call.",
    name="Nicole A. Brandt",
    title="The Mandt System: Relational and Technical",
    issuer="The Mandt System",
    start=date(2022, 5, 12),
    hours=7.5,
    catalog_id=None,
    category="unrelated",
    must_review=True,
    registry=NOVELS_2,
    frame="#006d77",
    rows=[
        ("Helvetica-Bold", 14, 80, "The Mandt System, Inc."),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 172, "Issued: 05/13/2022      Expires: 05/12/2023"),
        ("Times-Bold", 24, 216, "Nicole A. Brandt"),
        ("Times-Roman", 13, 250, "has completed"),
        ("Helvetica-Bold", 17, 282, "The Mandt System: Relational and Technical"),
        ("Times-Roman", 13, 316, "Training Date: 05/12/2022      7.5 clock hours"),
    ],
    signature=(90, 130, "Robert H. Mandt", "Certified Trainer"),
)


centred_novel(
    "fbi_leeda",
    "An FBI-LEEDA leadership course ('Class #19-03', a one-week range, 40 hours): a supervision course, "
    "not school safety.",
    name="Patrick D. Salerno",
    title="Supervisor Leadership Institute",
    issuer="FBI-LEEDA",
    start=date(2019, 3, 18),
    end=date(2019, 3, 22),
    hours=40.0,
    catalog_id=None,
    category="unrelated",
    pagesize=LANDSCAPE,
    registry=NOVELS_2,
    frame="#0a2240",
    rows=[
        ("Helvetica-Bold", 13, 62, "FBI LAW ENFORCEMENT EXECUTIVE DEVELOPMENT ASSOCIATION"),
        ("Times-Bold", 30, 112, "Certificate of Completion"),
        ("Times-Roman", 14, 146, "This certifies that"),
        ("Times-Bold", 26, 182, "Patrick D. Salerno"),
        ("Times-Roman", 14, 212, "has successfully completed the"),
        ("Helvetica-Bold", 20, 246, "Supervisor Leadership Institute"),
        ("Times-Roman", 13, 280, "March 18-22, 2019   |   Class #19-03   |   Mesa, Arizona"),
        ("Times-Roman", 13, 300, "40 Hours"),
    ],
    signature=(90, 80, "Thomas Wilson", "Executive Director"),
    footer=[(470, 48, "fbileeda.example.org   877-555-0133")],
)


@novel(
    "ymhfa_expiry",
    name="Corey J. Whitaker",
    title="Youth Mental Health First Aid",
    issuer="National Council for Mental Wellbeing",
    start=date(2023, 4, 8),
    hours=6.5,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_2,
)
def _ymhfa_expiry(c: Any, w: float, h: float) -> None:
    """A first-aider certificate: 'Issued:' and 'Expires:' printed above the course date (the expiry
    must never be read as the course date), the hours below the catalog's nominal 8."""
    _frame(c, w, h, "#00875a")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 76, "Mental Health First Aid USA"),
            ("Helvetica", 10, 92, "National Council for Mental Wellbeing"),
            ("Times-Bold", 26, 140, "Certificate of Completion"),
            ("Times-Roman", 13, 176, "This certifies that"),
            ("Times-Bold", 24, 212, "Corey J. Whitaker"),
            ("Times-Roman", 13, 246, "has completed the"),
            ("Helvetica-Bold", 18, 278, "Youth Mental Health First Aid"),
            ("Times-Roman", 13, 300, "course and is certified as a Youth Mental Health First Aider"),
        ],
    )
    c.setFont("Helvetica", 11)
    c.drawString(110, h - 350, "Issued: 04/10/2023")
    c.drawString(330, h - 350, "Expires: 04/10/2026")
    c.drawString(110, h - 372, "Course Date: 04/08/2023")
    c.drawString(330, h - 372, "Hours: 6.5")
    _signature(c, 90, 130, 200, "ymhfa", "Chuck Ingoglia", "President and CEO")
    c.setFillColor(HexColor("#555555"))
    _small(c, 90, 60, "Instructor: Dana R. Cole (MHFA #45521)   mentalhealthfirstaid.example.org")
