"""Round 5 of the certificate wording audit: wordings and layouts rounds 1-4 (:mod:`tests.novel_certificates`
to :mod:`tests.novel_certificates_4`, :mod:`tests.issuer_formats`) did not draw.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- dates beside the course date that are not it: "Recertify by" printed above the course date, an
  "Expires" column in the course's table row, "Date printed" at the top, a date under each signature
  line, a certificate number and a verification code holding a date and digits ("CERT-20220611-16");
- dates: "May 3rd–5th, 2022" with an en dash, "3rd–5th May 2022", a two-digit year "05/03/22" from a US
  issuer, German "am 3. Mai 2022" and "vom 3. bis 5. Mai 2022", Spanish "24/05/2022";
- hours: only in a ruled two-column table ("Contact hours | 16"), "CE credits: 1.6 CEUs (16 hours)",
  "sixteen (16) clock hours", "3½ hours", "4.5 hrs", "½ day" (no hours), German "Stunden", Spanish
  "Horas lectivas: 16", check-in and check-out times only (no hours: a person works them out);
- names: under a rule captioned "Participant" (the instructor's name beside it under "Instructor"), a
  large calligraphic name in the right column of a two-column landscape page, "Herrn" before a German
  name, "in recognition of ... by";
- courses: three modules of one programme with their own hours and a total; three separate courses of
  different subjects with a total (no single item stands for them: a person); an issuer printed only in a
  seal's ring.

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import NASRO, _seal, _signature
from tests.issuer_formats import table
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_2 import _small, script_font

NOVELS_5: dict[str, Novel] = {}
LANDSCAPE = landscape(letter)


def _ring_text(c: Any, cx: float, cy: float, r: float, text: str, size: float = 9) -> None:
    """Text set around a circle, clockwise from the top, the way a seal prints its issuer."""
    c.saveState()
    c.setFont("Helvetica-Bold", size)
    step = 360.0 / max(len(text), 1)
    for i, ch in enumerate(text):
        angle = 90 - i * step
        rad = math.radians(angle)
        c.saveState()
        c.translate(cx + r * math.cos(rad), cy + r * math.sin(rad))
        c.rotate(angle - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.restoreState()


def _captioned_line(c: Any, x: float, y: float, width: float, value: str, caption: str, size: float) -> None:
    """A value written on a rule with its caption printed small under the rule."""
    c.setFont("Times-Bold", size)
    c.drawCentredString(x + width / 2, y + 6, value)
    c.setLineWidth(0.8)
    c.line(x, y, x + width, y)
    c.setFont("Helvetica", 9)
    c.drawCentredString(x + width / 2, y - 13, caption)


def _grid(c: Any, x: float, y: float, widths: tuple[float, ...], rows: list[tuple[str, ...]]) -> float:
    """A ruled table (every cell boxed), ``y`` the top edge; returns the bottom edge."""
    height = 22
    c.setLineWidth(0.8)
    for r, cells in enumerate(rows):
        cx = x
        for w, cell in zip(widths, cells, strict=True):
            c.rect(cx, y - height, w, height)
            c.setFont("Helvetica-Bold" if r == 0 and len(rows) > 2 else "Helvetica", 11)
            c.drawString(cx + 6, y - 15, cell)
            cx += w
        y -= height
    return y


# ---------------------------------------------------------------------- dates that are not the course's


centred_novel(
    "recertify_above",
    "'Recertify by: May 3, 2024' printed above the course's 'Date of Training: May 3, 2022', 'Hours: 8'.",
    name="Colleen M. Hargreaves",
    title="Standard Response Protocol Training",
    issuer="The I Love U Guys Foundation",
    start=date(2022, 5, 3),
    hours=8.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_5,
    frame="#ad1457",
    rows=[
        ("Helvetica-Bold", 13, 70, "THE I LOVE U GUYS FOUNDATION"),
        ("Helvetica", 11, 96, "Recertify by: May 3, 2024"),
        ("Times-Bold", 26, 140, "Certificate of Completion"),
        ("Times-Roman", 13, 174, "This certifies that"),
        ("Times-Bold", 24, 210, "Colleen M. Hargreaves"),
        ("Times-Roman", 13, 242, "has completed"),
        ("Helvetica-Bold", 18, 274, "Standard Response Protocol Training"),
        ("Times-Roman", 13, 306, "Date of Training: May 3, 2022"),
        ("Times-Roman", 13, 326, "Hours: 8"),
    ],
    signature=(90, 130, "Ellen P. Keyes", "Program Director"),
)


@novel(
    "expires_column",
    name="Terrance W. Holcomb",
    title="Interviewing and Interrogating Juveniles",
    issuer="Regional Law Enforcement Academy",
    start=date(2022, 5, 3),
    end=date(2022, 5, 4),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_5,
)
def _expires_column(c: Any, w: float, h: float) -> None:
    """One course row under 'Course | Completed | Expires | Hours': the expiry is a column of its own."""
    _frame(c, w, h, "#37474f")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 64, "REGIONAL LAW ENFORCEMENT ACADEMY"),
            ("Times-Bold", 30, 110, "Certificate of Training"),
            ("Times-Roman", 14, 144, "awarded to"),
            ("Times-Bold", 26, 182, "Terrance W. Holcomb"),
        ],
    )
    table(
        c,
        h - 250,
        [("Course", 70), ("Completed", 370), ("Expires", 470), ("Hours", 560)],
        [("Interviewing and Interrogating Juveniles", "05/04/2022", "05/04/2025", "16")],
        size=11,
        step=20,
    )
    c.setFont("Helvetica", 11)
    c.drawString(70, h - 300, "Course dates: 05/03/2022 - 05/04/2022")
    _signature(c, 90, 80, 200, "expires_column", "Capt. Irene D. Walsh", "Academy Director")


@novel(
    "printed_signed_dates",
    name="Gwendolyn R. Ashby",
    title="School Emergency Operations Planning",
    issuer="County Office of Emergency Management",
    start=date(2022, 5, 12),
    hours=6.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_5,
)
def _printed_signed_dates(c: Any, w: float, h: float) -> None:
    """'Date printed: 06/14/2022' at the top right; each of two signature lines dated under it
    ('Date: 05/20/2022', 'Date: 05/23/2022'); the course's own date in the body."""
    _frame(c, w, h, "#1565c0")
    _small(c, w - 50, h - 44, "Date printed: 06/14/2022", 9, right=True)
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 80, "County Office of Emergency Management"),
            ("Times-Bold", 28, 130, "Certificate of Completion"),
            ("Times-Roman", 13, 168, "This is to certify that"),
            ("Times-Bold", 24, 204, "Gwendolyn R. Ashby"),
            ("Times-Roman", 13, 236, "completed"),
            ("Helvetica-Bold", 18, 268, "School Emergency Operations Planning"),
            ("Times-Roman", 13, 300, "on May 12, 2022, for 6 hours of training"),
        ],
    )
    for x, seed, signer, role, signed in (
        (70, "sig1", "Lt. Omar J. Haddad", "Instructor", "Date: 05/20/2022"),
        (w - 270, "sig2", "Dana K. Wilcox", "Emergency Manager", "Date: 05/23/2022"),
    ):
        _signature(c, x, 160, 200, seed, signer, role)
        _small(c, x, 112, signed, 10)


centred_novel(
    "code_with_date",
    "A certificate number and a verification code holding another date and digits ('CERT-20220611-16', "
    "'Verification code: 0611-2216-8Q'), the course on 'May 3, 2022' for '8 hours'.",
    name="Rashida T. Bello",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Statewide Center for School Safety",
    start=date(2022, 5, 3),
    hours=8.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_5,
    frame="#455a64",
    rows=[
        ("Helvetica", 10, 52, "CERT-20220611-16"),
        ("Helvetica-Bold", 14, 72, "STATEWIDE CENTER FOR SCHOOL SAFETY"),
        ("Times-Bold", 30, 114, "Certificate of Completion"),
        ("Times-Roman", 14, 146, "This is to certify that"),
        ("Times-Bold", 26, 182, "Rashida T. Bello"),
        ("Times-Roman", 14, 212, "has successfully completed"),
        ("Helvetica-Bold", 19, 244, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Times-Roman", 13, 276, "May 3, 2022   -   8 hours"),
    ],
    signature=(90, 80, "Dr. Lorraine M. Tate", "Director"),
    footer=[(470, 56, "Certificate No. CERT-20220611-16"), (470, 44, "Verification code: 0611-2216-8Q")],
)


# ------------------------------------------------------------------------------ hours


@novel(
    "hours_grid_cell",
    name="Benedict O. Nwosu",
    title="School Threat Assessment and Management",
    issuer="State School Safety Center",
    start=date(2022, 5, 3),
    end=date(2022, 5, 4),
    hours=16.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_5,
)
def _hours_grid_cell(c: Any, w: float, h: float) -> None:
    """The facts only in a small ruled two-column table: 'Course', 'Dates', 'Contact hours | 16'."""
    _frame(c, w, h, "#2e7d32")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 76, "STATE SCHOOL SAFETY CENTER"),
            ("Times-Bold", 26, 126, "Certificate of Completion"),
            ("Times-Roman", 13, 160, "presented to"),
            ("Times-Bold", 24, 196, "Benedict O. Nwosu"),
        ],
    )
    _grid(
        c,
        90,
        h - 240,
        (120, 320),
        [
            ("Course", "School Threat Assessment and Management"),
            ("Dates", "05/03/2022 - 05/04/2022"),
            ("Contact hours", "16"),
        ],
    )
    _signature(c, 90, 130, 200, "hours_grid_cell", "Dr. Renee A. Fulton", "Center Director")


centred_novel(
    "ce_credits_both",
    "'CE credits: 1.6 CEUs (16 hours)': CEUs and hours agree, under a 'CE credits' label.",
    name="Miriam E. Castellanos",
    title="Supporting Students After a Crisis",
    issuer="Western State University Continuing Education",
    start=date(2022, 5, 3),
    end=date(2022, 5, 4),
    hours=16.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_5,
    frame="#6a1b9a",
    rows=[
        ("Helvetica-Bold", 13, 76, "WESTERN STATE UNIVERSITY"),
        ("Helvetica", 11, 92, "Office of Continuing Education"),
        ("Times-Bold", 26, 140, "Certificate of Completion"),
        ("Times-Roman", 13, 174, "awarded to"),
        ("Times-Bold", 24, 210, "Miriam E. Castellanos"),
        ("Times-Roman", 13, 242, "for successful completion of"),
        ("Helvetica-Bold", 17, 274, "Supporting Students After a Crisis"),
        ("Times-Roman", 13, 306, "May 3 - 4, 2022"),
        ("Times-Roman", 13, 326, "CE credits: 1.6 CEUs (16 hours)"),
    ],
    signature=(90, 130, "Dr. Howard K. Lim", "Dean of Continuing Education"),
)


centred_novel(
    "words_clock_hours",
    "'sixteen (16) clock hours' in a sentence, with an en-dash ordinal range 'May 3rd–5th, 2022'.",
    name="Reginald P. Osei",
    title="Child Abuse and Neglect Investigations",
    issuer="State Attorney General's Office",
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=16.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_5,
    frame="#8a5a00",
    rows=[
        ("Helvetica-Bold", 14, 62, "OFFICE OF THE STATE ATTORNEY GENERAL"),
        ("Times-Bold", 30, 108, "Certificate of Training"),
        ("Times-Roman", 14, 142, "This certifies that"),
        ("Times-Bold", 26, 178, "Reginald P. Osei"),
        ("Times-Roman", 14, 208, "has completed sixteen (16) clock hours of training in"),
        ("Helvetica-Bold", 20, 242, "Child Abuse and Neglect Investigations"),
        ("Times-Roman", 13, 276, "May 3rd\u20135th, 2022"),
    ],
    signature=(90, 80, "Gloria T. Mendez", "Training Director"),
)


centred_novel(
    "three_and_half",
    "'3½ hours' with the vulgar-fraction character, a date 'Date: 05/03/22' with a two-digit year.",
    name="Lorenzo V. Bianchi",
    title="Juvenile Law Update",
    issuer="County Sheriff's Office",
    start=date(2022, 5, 3),
    hours=3.5,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_5,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 14, 80, "COUNTY SHERIFF'S OFFICE"),
        ("Times-Bold", 26, 130, "Certificate of Training"),
        ("Times-Roman", 13, 166, "presented to"),
        ("Times-Bold", 24, 202, "Lorenzo V. Bianchi"),
        ("Times-Roman", 13, 234, "for completing"),
        ("Helvetica-Bold", 18, 266, "Juvenile Law Update"),
        ("Times-Roman", 13, 298, "Date: 05/03/22      Training time: 3\u00bd hours"),
    ],
    signature=(90, 130, "Sheriff Donna K. Mills", "Sheriff"),
)


centred_novel(
    "four_point_five_hrs",
    "'4.5 hrs' after a day-first ordinal range in words from a UK issuer ('3rd–5th May 2022' is the "
    "course's span; the hours are a short course's over three sessions).",
    name="Imogen F. Pryce",
    title="Safeguarding Children in Education",
    issuer="Regional Police Training College",
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=4.5,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_5,
    frame="#1d5c3a",
    rows=[
        ("Helvetica-Bold", 14, 80, "REGIONAL POLICE TRAINING COLLEGE"),
        ("Times-Bold", 26, 130, "Certificate of Attendance"),
        ("Times-Roman", 13, 166, "This is to certify that"),
        ("Times-Bold", 24, 202, "Imogen F. Pryce"),
        ("Times-Roman", 13, 234, "attended"),
        ("Helvetica-Bold", 18, 266, "Safeguarding Children in Education"),
        ("Times-Roman", 13, 298, "3rd\u20135th May 2022  (three evening sessions, 4.5 hrs)"),
    ],
    signature=(90, 130, "Insp. Gareth L. Moss", "Head of Training"),
)


centred_novel(
    "half_day",
    "'Length: ½ day' and nothing else of length: a half day is no stated number of hours.",
    name="Wesley J. Drummond",
    title="Active Shooter Response for Schools",
    issuer="Lakeview Police Department",
    start=date(2022, 5, 3),
    hours=None,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_5,
    frame="#234e5f",
    rows=[
        ("Helvetica-Bold", 14, 80, "LAKEVIEW POLICE DEPARTMENT"),
        ("Times-Bold", 26, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 202, "Wesley J. Drummond"),
        ("Times-Roman", 13, 234, "has completed"),
        ("Helvetica-Bold", 18, 266, "Active Shooter Response for Schools"),
        ("Times-Roman", 13, 298, "May 3, 2022      Length: \u00bd day"),
    ],
    signature=(90, 130, "Chief Roberta N. Hale", "Chief of Police"),
)


@novel(
    "attendance_times",
    name="Felicia A. Montgomery",
    title="Reunification After a School Crisis",
    issuer="County Office of Education",
    start=date(2022, 5, 3),
    hours=None,  # only the times are printed: working hours out of them is a person's job
    catalog_id=None,
    category="school_safety",
    must_review=True,
    registry=NOVELS_5,
)
def _attendance_times(c: Any, w: float, h: float) -> None:
    """An 'Attendance Verification' with check-in and check-out times and no hours."""
    _frame(c, w, h, "#5c4d7d")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 76, "County Office of Education"),
            ("Times-Bold", 26, 126, "Attendance Verification"),
            ("Times-Roman", 13, 162, "This verifies that"),
            ("Times-Bold", 24, 198, "Felicia A. Montgomery"),
            ("Times-Roman", 13, 230, "attended the workshop"),
            ("Helvetica-Bold", 18, 262, "Reunification After a School Crisis"),
            ("Times-Roman", 13, 294, "Tuesday, May 3, 2022"),
        ],
    )
    c.setFont("Helvetica", 12)
    c.drawString(150, h - 340, "Check-in: 8:02 AM")
    c.drawString(340, h - 340, "Check-out: 3:47 PM")
    _signature(c, 90, 130, 200, "attendance_times", "Dr. Helen Ybarra", "Assistant Superintendent")


# ------------------------------------------------------------------------------ names and layouts


@novel(
    "caption_under_line",
    name="Octavia L. Brennan",
    title="Trauma-Informed Policing with Youth",
    issuer="State University Center for Public Safety",
    start=date(2022, 5, 3),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_5,
)
def _caption_under_line(c: Any, w: float, h: float) -> None:
    """No verb names the participant: the name is written on a rule captioned 'Participant' below it, the
    instructor's beside it under 'Instructor', the course and its facts above."""
    _frame(c, w, h, "#4a2d6b")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 62, "STATE UNIVERSITY CENTER FOR PUBLIC SAFETY"),
            ("Times-Bold", 30, 108, "Certificate of Completion"),
            ("Helvetica-Bold", 20, 150, "Trauma-Informed Policing with Youth"),
            ("Times-Roman", 13, 180, "May 3, 2022   |   8 Contact Hours"),
        ],
    )
    _captioned_line(c, 80, h - 280, 280, "Octavia L. Brennan", "Participant", 20)
    _captioned_line(c, w - 360, h - 280, 280, "Marcus D. Felder", "Instructor", 20)
    _seal(c, w / 2, 110, 44, HexColor("#4a2d6b"))


@novel(
    "two_column_script",
    name="Anastasia V. Whitcombe",
    title="Youth Mental Health First Aid",
    issuer="National Council for Mental Wellbeing",
    start=date(2022, 5, 3),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_5,
)
def _two_column_script(c: Any, w: float, h: float) -> None:
    """Landscape in two columns: the issuer, a seal and the signature on a dark left band; on the right the
    heading, the name in a large calligraphic face, the course and its facts."""
    band = 250
    c.setFillColor(HexColor("#0b3d2e"))
    c.rect(0, 0, band, h, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 13)
    for i, line in enumerate(("National Council", "for Mental Wellbeing")):
        c.drawCentredString(band / 2, h - 80 - 18 * i, line)
    c.setFillColor(black)
    _seal(c, band / 2, h / 2, 50, white)
    c.setFillColor(white)
    c.setFont("Helvetica", 10)
    c.drawCentredString(band / 2, 110, "Jordan T. Avery")
    c.drawCentredString(band / 2, 96, "Chief Program Officer")
    c.setFillColor(black)
    cx = band + (w - band) / 2
    c.setFont("Times-Bold", 30)
    c.drawCentredString(cx, h - 110, "Certificate of Completion")
    c.setFont("Times-Roman", 14)
    c.drawCentredString(cx, h - 150, "This certifies that")
    c.setFont(script_font(), 38)
    c.drawCentredString(cx, h - 205, "Anastasia V. Whitcombe")
    c.setFont("Times-Roman", 14)
    c.drawCentredString(cx, h - 245, "has completed the certification course")
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(cx, h - 280, "Youth Mental Health First Aid")
    c.setFont("Times-Roman", 13)
    c.drawCentredString(cx, h - 315, "Date: May 3, 2022        Hours: 8")
    c.drawCentredString(cx, h - 335, "Certification valid through May 3, 2025")


@novel(
    "seal_only_issuer",
    name="Desmond K. Yardley",
    title="Defensive Tactics Refresher",
    issuer="Marion County Sheriff's Office",
    start=date(2022, 5, 3),
    hours=4.0,
    catalog_id="defensive-tactics",
    category="unrelated",
    registry=NOVELS_5,
)
def _seal_only_issuer(c: Any, w: float, h: float) -> None:
    """The issuer printed only in a seal's ring at the top; the body names the participant, course, date and
    hours."""
    _frame(c, w, h, "#4e342e")
    _seal(c, w / 2, h - 110, 58, HexColor("#4e342e"))
    _ring_text(c, w / 2, h - 110, 44, "MARION COUNTY SHERIFF'S OFFICE * TRAINING * ", 8)
    _centred(
        c,
        w,
        h,
        [
            ("Times-Bold", 26, 220, "Certificate of Training"),
            ("Times-Roman", 13, 256, "This certifies that"),
            ("Times-Bold", 24, 292, "Desmond K. Yardley"),
            ("Times-Roman", 13, 324, "has completed"),
            ("Helvetica-Bold", 18, 356, "Defensive Tactics Refresher"),
            ("Times-Roman", 13, 388, "May 3, 2022  -  4 hours"),
        ],
    )
    _signature(c, 90, 130, 200, "seal_only_issuer", "Sgt. Kyle R. Dunbar", "Defensive Tactics Instructor")


@novel(
    "modules_with_total",
    name="Priscilla D. Amador",
    title="School Safety Leadership Series",
    issuer="County Office of Education",
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=16.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_5,
)
def _modules_with_total(c: Any, w: float, h: float) -> None:
    """One programme's three modules, each with its own hours, over a 'Total Hours' row: the programme is
    the course and the total its length (the modules are its parts)."""
    _frame(c, w, h, "#00695c")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 76, "County Office of Education"),
            ("Times-Bold", 26, 126, "Certificate of Completion"),
            ("Times-Roman", 13, 160, "This certifies that"),
            ("Times-Bold", 24, 196, "Priscilla D. Amador"),
            ("Times-Roman", 13, 228, "has completed the"),
            ("Helvetica-Bold", 18, 258, "School Safety Leadership Series"),
            ("Times-Roman", 13, 286, "May 3 - 5, 2022"),
        ],
    )
    y = table(
        c,
        h - 330,
        [("Module", 110), ("Hours", 440)],
        [
            ("Module 1: Building a Safety Team", "4"),
            ("Module 2: Threat Assessment Basics", "6"),
            ("Module 3: Drills and After-Action Review", "6"),
        ],
        size=10,
    )
    c.setFont("Helvetica-Bold", 10)
    c.drawString(110, y - 4, "Total Hours")
    c.drawString(440, y - 4, "16")
    _signature(c, 90, 110, 200, "modules_with_total", "Dr. Helen Ybarra", "Assistant Superintendent")


centred_novel(
    "three_courses_total",
    "Three separate courses of different subjects, each with its hours, and a total: a firearms course "
    "among them counts for nothing under R5, so no single item can stand for the three.",
    name="Malcolm J. Whitfield",
    title="Juvenile Law for Law Enforcement",
    issuer="Tri-County Regional Police Academy",
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=NOVELS_5,
    frame="#7a1f2b",
    rows=[
        ("Helvetica-Bold", 14, 80, "Tri-County Regional Police Academy"),
        ("Times-Bold", 26, 130, "In-Service Training Certificate"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 202, "Malcolm J. Whitfield"),
        ("Times-Roman", 13, 234, "has completed the following courses, May 3-5, 2022:"),
        ("Times-Bold", 14, 266, "Juvenile Law for Law Enforcement - 8 hours"),
        ("Times-Bold", 14, 288, "Firearms Qualification - 4 hours"),
        ("Times-Bold", 14, 310, "Active Shooter Response for Schools - 4 hours"),
        ("Times-Roman", 13, 340, "Total: 16 hours"),
    ],
    signature=(90, 120, "Capt. Ruth A. Lowell", "Academy Commander"),
)


centred_novel(
    "recognition_by",
    "'In recognition of the successful completion of' the course first, then 'by' and the name; the date "
    "'3-5 May 2022' day-first from a US state issuer, 'Hours: 24'.",
    name="Cornelius B. Fairweather",
    title="Advanced School Resource Officer Course",
    issuer=NASRO,
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=24.0,
    catalog_id="nasro-advanced",
    category="advanced",
    pagesize=LANDSCAPE,
    registry=NOVELS_5,
    frame="#1f3a68",
    rows=[
        ("Helvetica-Bold", 13, 62, NASRO.upper()),
        ("Times-Bold", 30, 108, "Certificate of Achievement"),
        ("Times-Roman", 14, 142, "In recognition of the successful completion of the"),
        ("Helvetica-Bold", 20, 176, "Advanced School Resource Officer Course"),
        ("Times-Roman", 14, 208, "by"),
        ("Times-Bold", 26, 244, "Cornelius B. Fairweather"),
        ("Times-Roman", 13, 278, "3-5 May 2022   |   Hours: 24"),
    ],
    signature=(90, 80, "Mac Hardy", "Director of Operations"),
)


# ------------------------------------------------------------------------------ other languages


centred_novel(
    "german_am",
    "A German 'Teilnahmebescheinigung': 'Herrn' before the name, 'hat am 3. Mai 2022 an der Fortbildung', "
    "'Umfang: 8 Stunden'.",
    name="Matthias Schröder",
    title="Gewaltprävention an Schulen",
    issuer="Landespolizeischule",
    start=date(2022, 5, 3),
    hours=8.0,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_5,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 14, 62, "LANDESPOLIZEISCHULE"),
        ("Times-Bold", 30, 108, "Teilnahmebescheinigung"),
        ("Times-Roman", 14, 142, "Hiermit wird bescheinigt, dass"),
        ("Times-Bold", 26, 178, "Herrn Matthias Schröder"),
        ("Times-Roman", 14, 208, "am 3. Mai 2022 an der Fortbildung"),
        ("Helvetica-Bold", 20, 242, "Gewaltprävention an Schulen"),
        ("Times-Roman", 14, 272, "teilgenommen hat."),
        ("Times-Roman", 13, 300, "Umfang: 8 Stunden"),
    ],
    signature=(90, 80, "Dr. Katrin Vogt", "Leiterin der Fortbildung"),
)


centred_novel(
    "german_vom_bis",
    "A German 'Zertifikat': 'vom 3. bis 5. Mai 2022', 'Dauer: 16 Stunden', 'Frau' before the name.",
    name="Johanna Becker",
    title="Jugendkriminalität und Prävention",
    issuer="Hochschule der Polizei",
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=16.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_5,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 14, 80, "HOCHSCHULE DER POLIZEI"),
        ("Times-Bold", 28, 130, "Zertifikat"),
        ("Times-Roman", 13, 166, "Frau"),
        ("Times-Bold", 24, 202, "Johanna Becker"),
        ("Times-Roman", 13, 234, "hat erfolgreich am Seminar"),
        ("Helvetica-Bold", 18, 266, "Jugendkriminalität und Prävention"),
        ("Times-Roman", 13, 296, "vom 3. bis 5. Mai 2022 teilgenommen."),
        ("Times-Roman", 13, 318, "Dauer: 16 Stunden"),
    ],
    signature=(90, 130, "Prof. Dr. Stefan Krüger", "Studienleiter"),
)


@novel(
    "spanish_horas_label",
    name="Valeria Montes Aguilar",
    title="Intervención con Menores en Riesgo",
    issuer="Instituto de Formación Policial",
    start=date(2022, 5, 24),
    hours=8.0,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_5,
)
def _spanish_horas_label(c: Any, w: float, h: float) -> None:
    """A Spanish 'Diploma' with labelled fields: 'Curso:', 'Fecha de realización: 24/05/2022', 'Horas
    lectivas: 8'."""
    _frame(c, w, h, "#6d4c41")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 62, "INSTITUTO DE FORMACIÓN POLICIAL"),
            ("Times-Bold", 32, 110, "DIPLOMA"),
            ("Times-Roman", 14, 146, "otorgado a"),
            ("Times-Bold", 26, 184, "Valeria Montes Aguilar"),
        ],
    )
    c.setFont("Helvetica", 13)
    for i, line in enumerate(
        ("Curso: Intervención con Menores en Riesgo", "Fecha de realización: 24/05/2022", "Horas lectivas: 8")
    ):
        c.drawString(200, h - 240 - 24 * i, line)
    _signature(c, 90, 80, 200, "spanish_horas_label", "Cmdte. Andrés Villalobos", "Director")


# ------------------------------------------------------------------------------ a wallet card and a form


@novel(
    "card_recert",
    name="Noelle P. Garrison",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="County Behavioral Health",
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=24.0,
    catalog_id="cit-youth",
    category="juvenile",
    pagesize=(252.0, 144.0),
    registry=NOVELS_5,
)
def _card_recert(c: Any, w: float, h: float) -> None:
    """A wallet card: the recertification date printed first, the course dates 'May 3-5, 2022' after it,
    '24 hrs', an id holding digits."""
    c.setFillColor(HexColor("#1565c0"))
    c.rect(0, h - 28, w, 28, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(10, h - 18, "COUNTY BEHAVIORAL HEALTH  -  CIT-Y CARD")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(10, h - 46, "Noelle P. Garrison")
    c.setFont("Helvetica", 8)
    c.drawString(10, h - 62, "Recertify by 05/05/2024")
    c.drawString(10, h - 76, "Crisis Intervention Teams for Youth (CIT-Y)")
    c.drawString(10, h - 90, "May 3-5, 2022      24 hrs")
    c.setFont("Helvetica", 6)
    c.drawString(10, 10, "ID CIT-220505-24-0917")


@novel(
    "form_signature_date",
    name="Augustin R. Pelletier",
    title="Juvenile Law for Law Enforcement",
    issuer="State POST Commission",
    start=date(2022, 5, 3),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_5,
)
def _form_signature_date(c: Any, w: float, h: float) -> None:
    """A left-aligned form: 'Name', 'Course', 'Training Date', 'Credit Hours' fields, then a signature row
    'Signature ____  Date 05/10/2022' and 'Date Entered 05/12/2022' under it."""
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, h - 70, "State POST Commission")
    c.setFont("Helvetica", 11)
    c.drawString(60, h - 88, "Course Completion Record")
    c.line(60, h - 96, w - 60, h - 96)
    y = h - 140
    for label, value in (
        ("Name", "Augustin R. Pelletier"),
        ("Course", "Juvenile Law for Law Enforcement"),
        ("Training Date", "05/03/2022"),
        ("Credit Hours", "8.0"),
    ):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, label)
        c.setFont("Helvetica", 12)
        c.drawString(200, y, value)
        y -= 26
    c.setFont("Helvetica", 11)
    c.drawString(60, y - 40, "Instructor Signature")
    c.line(180, y - 42, 380, y - 42)
    c.drawString(400, y - 40, "Date 05/10/2022")
    c.drawString(60, y - 70, "Date Entered 05/12/2022   Entered by: K. Ruiz")
