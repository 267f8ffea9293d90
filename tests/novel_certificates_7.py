"""Round 7 of the certificate wording audit: issuers, layouts and wordings rounds 1-6
(:mod:`tests.novel_certificates` to :mod:`tests.novel_certificates_6`, :mod:`tests.issuer_formats`) did
not draw.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- online learning platforms: a completion timestamp with a time of day and a zone ("Completed on
  2022-03-04T14:22Z", "Mar 4, 2022 11:47 PM CST", "2022-02-28 08:00 UTC" enrolled beside the completion),
  "Duration: 01:30:00", "Credits: 1.50" beside the duration, "Credits: 1.50" alone (hours or CEUs: a
  person's), a learner ID and a transcript URL;
- dates beside the course's: "valid until" and "Recertification due" dates, a requalification date in a
  grid, "Day 2 of 3" over the day attended, "Module 3 of 5" over the module's title;
- hours: two amounts on one page ("Course hours: 8" and "Credit hours awarded: 4": a person's),
  "instructor-led 6 h + online 2 h" (no total printed), state credit lines ("TCOLE Credit Hours: 20",
  "approved for 16 hours of Georgia POST credit", "8 Hours CLEET Credit" with "includes 2.0 hours of
  mental health"), hours only inside a seal, modules each with hours in dotted leaders and a total;
- layouts and names: English/Spanish certificates (stacked and in two columns), a title printed across
  two lines in different type sizes, a participant's name in a calligraphic script to the right of an
  "Awarded to" caption, landscape and portrait pages, certificate numbers that look like dates, a QR
  code's URL.

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _seal, _signature
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_2 import _small, script_font
from tests.novel_certificates_5 import _ring_text
from tests.novel_certificates_6 import _qr

NOVELS_7: dict[str, Novel] = {}
LANDSCAPE = landscape(letter)


def _pairs(
    c: Any, x: float, y: float, pairs: list[tuple[str, str]], gap: float = 150, step: float = 18
) -> None:
    """Labels in bold at ``x`` and their values at ``x + gap``, one pair a line from ``y`` down."""
    for label, value in pairs:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, y, label)
        c.setFont("Helvetica", 11)
        c.drawString(x + gap, y, value)
        y -= step


# ---------------------------------------------------------------------- online learning platforms


@novel(
    "lms_iso_timestamp",
    name="Jonathan P. Whitaker",
    title="Standard Response Protocol Training",
    issuer="BlueRidge Learning Network",
    start=date(2022, 3, 4),
    hours=1.5,
    catalog_id="srp-training",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_7,
)
def _lms_iso_timestamp(c: Any, w: float, h: float) -> None:
    """An LMS certificate: 'Completed on 2022-03-04T14:22Z', 'Duration: 01:30:00', 'Credits: 1.50', a
    learner ID and a transcript URL in the footer."""
    _frame(c, w, h, "#01579b")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 64, "BlueRidge Learning Network"),
            ("Helvetica-Bold", 30, 114, "Certificate of Completion"),
            ("Helvetica", 13, 150, "This certifies that"),
            ("Helvetica-Bold", 24, 188, "Jonathan P. Whitaker"),
            ("Helvetica", 13, 220, "has successfully completed the online course"),
            ("Helvetica-Bold", 18, 252, "Standard Response Protocol Training"),
        ],
    )
    _pairs(
        c,
        w / 2 - 150,
        h - 300,
        [
            ("Completed on:", "2022-03-04T14:22Z"),
            ("Duration:", "01:30:00"),
            ("Credits:", "1.50"),
        ],
    )
    _small(
        c, 50, 40, "Learner ID 00418823  ·  Transcript: https://learn.blueridge.example/t/00418823/20220304"
    )
    _signature(c, w - 280, 90, 200, "lmsiso", "Karen D. Albright", "Director of Online Learning")


centred_novel(
    "lms_pm_timezone",
    "An LMS certificate dated with a time of day and a zone ('Mar 4, 2022 11:47 PM CST'), 'Course length: "
    "2.0 hours', a course code 'LE-BUL-204' before the title.",
    name="Alicia M. Brennan",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Justice Training Online",
    start=date(2022, 3, 4),
    hours=2.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_7,
    frame="#004d40",
    rows=[
        ("Helvetica-Bold", 13, 74, "JUSTICE TRAINING ONLINE"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Alicia M. Brennan"),
        ("Times-Roman", 13, 238, "for completing LE-BUL-204"),
        ("Helvetica-Bold", 16, 272, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 310, "Completed: Mar 4, 2022 11:47 PM CST"),
        ("Helvetica", 12, 330, "Course length: 2.0 hours"),
    ],
    signature=(90, 140, "Tomás Ibarra", "Registrar"),
    footer=[(60, 46, "Certificate ID 7731-0304-2022  |  support: 1-888-555-0193")],
)


@novel(
    "lms_enrolled_completed_utc",
    name="Raymond T. Oduya",
    title="Trauma-Informed Policing with Youth",
    issuer="CopsLearn Academy",
    start=date(2022, 3, 4),
    hours=3.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_7,
)
def _lms_enrolled_completed_utc(c: Any, w: float, h: float) -> None:
    """An enrolment timestamp and a completion timestamp, both year first with a time and 'UTC', and
    'Time on course: 3 hrs' (portrait)."""
    _frame(c, w, h, "#311b92")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 80, "CopsLearn Academy"),
            ("Times-Bold", 30, 140, "Certificate"),
            ("Times-Roman", 14, 168, "of course completion"),
            ("Times-Roman", 13, 210, "Learner"),
            ("Times-Bold", 24, 244, "Raymond T. Oduya"),
            ("Times-Roman", 13, 284, "Course"),
            ("Helvetica-Bold", 18, 314, "Trauma-Informed Policing with Youth"),
        ],
    )
    _pairs(
        c,
        w / 2 - 170,
        h - 370,
        [
            ("Enrolled:", "2022-02-28 08:00 UTC"),
            ("Completed:", "2022-03-04 16:45 UTC"),
            ("Time on course:", "3 hrs"),
        ],
    )
    _signature(c, w / 2 - 100, 120, 200, "utc", "Melanie Archer", "Chief Learning Officer")


centred_novel(
    "lms_credits_only",
    "An LMS certificate printing 'Credits: 1.50' with no unit and no duration: hours or CEUs (15 hours), a "
    "person settles it.",
    name="Priscilla A. Nakamura",
    title="School Emergency Operations Planning",
    issuer="EduSafe Online",
    start=date(2022, 4, 12),
    hours=None,
    catalog_id="school-emergency-ops",
    category="school_safety",
    must_review=True,
    registry=NOVELS_7,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "EduSafe Online"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "This is to certify that"),
        ("Times-Bold", 24, 204, "Priscilla A. Nakamura"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "School Emergency Operations Planning"),
        ("Helvetica", 12, 310, "Completion date: 04/12/2022"),
        ("Helvetica", 12, 330, "Credits: 1.50"),
    ],
    signature=(90, 140, "Gordon Feld", "Program Administrator"),
)


# ---------------------------------------------------------------------- dates beside the course's


centred_novel(
    "valid_until_prose",
    "A one-day certification with 'This certification is valid until March 10, 2025.' under the course "
    "date 'March 10, 2022' and '8 hours' on its own line.",
    name="Dolores E. Whitcombe",
    title="Youth Mental Health First Aid",
    issuer="Heartland Behavioral Health Council",
    start=date(2022, 3, 10),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_7,
    frame="#2e7d32",
    rows=[
        ("Helvetica-Bold", 13, 74, "HEARTLAND BEHAVIORAL HEALTH COUNCIL"),
        ("Times-Bold", 28, 130, "Certified Youth Mental Health First Aider"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Dolores E. Whitcombe"),
        ("Times-Roman", 13, 238, "has completed the 8 hour course"),
        ("Helvetica-Bold", 18, 272, "Youth Mental Health First Aid"),
        ("Times-Roman", 13, 306, "on March 10, 2022"),
        ("Times-Italic", 11, 336, "This certification is valid until March 10, 2025."),
    ],
    signature=(90, 140, "Dr. Samuel Okafor", "Instructor"),
)


@novel(
    "requalification_grid",
    name="Travis L. McCandless",
    title="Annual Firearms Qualification",
    issuer="Pine County Sheriff's Office",
    start=date(2022, 5, 10),
    hours=4.0,
    catalog_id="firearms-qual",
    category="unrelated",
    registry=NOVELS_7,
)
def _requalification_grid(c: Any, w: float, h: float) -> None:
    """A qualification card: 'Qualified', 'Requalification due' and 'Recertification due' dates in label
    pairs, 'Hours: 4', a range score."""
    _frame(c, w, h, "#37474f")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 80, "PINE COUNTY SHERIFF'S OFFICE"),
            ("Helvetica", 11, 98, "Training Division"),
            ("Times-Bold", 28, 150, "Certificate of Qualification"),
            ("Times-Bold", 24, 206, "Travis L. McCandless"),
            ("Times-Roman", 13, 238, "has met the standard of"),
            ("Helvetica-Bold", 18, 270, "Annual Firearms Qualification"),
        ],
    )
    _pairs(
        c,
        w / 2 - 160,
        h - 320,
        [
            ("Qualified:", "05/10/2022"),
            ("Hours:", "4"),
            ("Score:", "246 / 250"),
            ("Requalification due:", "05/10/2023"),
            ("Recertification due:", "05/31/2024"),
        ],
        gap=170,
    )
    _signature(c, 90, 130, 200, "qual", "Lt. Darnell Briggs", "Range Master")


centred_novel(
    "day_2_of_3",
    "A daily attendance certificate of a three-day summit: 'Day 2 of 3' over 'Tuesday, June 14, 2022', "
    "'6.5 contact hours' for the day; the summit's dates 'June 13-15, 2022' in the heading.",
    name="Harold J. Vickery",
    title="Regional School Safety Summit",
    issuer="Ozark Regional School Safety Coalition",
    start=date(2022, 6, 14),
    hours=6.5,
    catalog_id=None,
    category="school_safety",
    doc_type="conference_attendance",  # a summit's daily attendance certificate
    registry=NOVELS_7,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 70, "OZARK REGIONAL SCHOOL SAFETY COALITION  ·  JUNE 13-15, 2022"),
        ("Times-Bold", 28, 126, "Certificate of Attendance"),
        ("Times-Roman", 13, 162, "presented to"),
        ("Times-Bold", 24, 200, "Harold J. Vickery"),
        ("Times-Roman", 13, 234, "for attending"),
        ("Helvetica-Bold", 18, 268, "Regional School Safety Summit"),
        ("Helvetica-Bold", 13, 304, "Day 2 of 3"),
        ("Times-Roman", 13, 326, "Tuesday, June 14, 2022"),
        ("Times-Roman", 13, 348, "6.5 contact hours"),
    ],
    signature=(90, 140, "Lisa Harrow", "Coalition Chair"),
)


centred_novel(
    "module_3_of_5",
    "One module of a series: 'Module 3 of 5' and the series' name over the module's title, 'Instructional "
    "hours: 4', the date as 'Date: 09/20/2022'.",
    name="Angela R. Fontaine",
    title="Behavioral Threat Assessment in Schools",
    issuer="Lakeshore School Safety Institute",
    start=date(2022, 9, 20),
    hours=4.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_7,
    frame="#6a1b9a",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKESHORE SCHOOL SAFETY INSTITUTE"),
        ("Times-Bold", 28, 126, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 198, "Angela R. Fontaine"),
        ("Times-Roman", 13, 232, "has completed"),
        ("Helvetica", 12, 258, "School Safety Leadership Series  -  Module 3 of 5"),
        ("Helvetica-Bold", 18, 288, "Behavioral Threat Assessment in Schools"),
        ("Helvetica", 12, 324, "Date: 09/20/2022"),
        ("Helvetica", 12, 344, "Instructional hours: 4"),
    ],
    signature=(90, 140, "Marcus Delgado", "Series Director"),
)


# ---------------------------------------------------------------------- hours: two amounts, state credit


centred_novel(
    "course_vs_credit_hours",
    "Two amounts of hours: 'Course hours: 8' and 'Credit hours awarded: 4' (which one the applicant earned "
    "is a person's call).",
    name="Wendell K. Ashby",
    title="Active Shooter Response for Schools",
    issuer="Cumberland Valley Training Consortium",
    start=date(2022, 7, 12),
    hours=None,
    catalog_id="school-active-shooter",
    category="school_safety",
    must_review=True,
    registry=NOVELS_7,
    frame="#8d6e63",
    rows=[
        ("Helvetica-Bold", 13, 74, "CUMBERLAND VALLEY TRAINING CONSORTIUM"),
        ("Times-Bold", 28, 130, "Certificate of Training"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Wendell K. Ashby"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 306, "Date: July 12, 2022"),
        ("Helvetica", 12, 326, "Course hours: 8"),
        ("Helvetica", 12, 346, "Credit hours awarded: 4"),
    ],
    signature=(90, 140, "Beverly Nash", "Training Officer"),
)


centred_novel(
    "blended_sum",
    "A blended course printing its two parts' hours and no total ('Delivery: instructor-led 6 h + online "
    "2 h'): the total, 8, is the sum.",
    name="Felicia D. Carrington",
    title="Interviewing and Interrogating Juveniles",
    issuer="Mid-Atlantic Police Training Cooperative",
    start=date(2022, 8, 23),
    hours=8.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_7,
    frame="#455a64",
    rows=[
        ("Helvetica-Bold", 13, 74, "MID-ATLANTIC POLICE TRAINING COOPERATIVE"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "is awarded to"),
        ("Times-Bold", 24, 204, "Felicia D. Carrington"),
        ("Times-Roman", 13, 238, "for the blended course"),
        ("Helvetica-Bold", 18, 272, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 306, "Completed August 23, 2022"),
        ("Helvetica", 12, 326, "Delivery: instructor-led 6 h + online 2 h"),
    ],
    signature=(90, 140, "Capt. Noel Reyes", "Academy Director"),
)


@novel(
    "tcole_credit_hours",
    name="Cristina M. Villarreal",
    title="School-Based Law Enforcement",
    issuer="Gulf Coast Regional Police Academy",
    start=date(2022, 6, 6),
    end=date(2022, 6, 8),
    hours=20.0,
    catalog_id="tcole-4064",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_7,
)
def _tcole_credit_hours(c: Any, w: float, h: float) -> None:
    """A Texas academy: 'TCOLE Course #4064' under the title, 'TCOLE Credit Hours: 20', 'Dates: 06/06/2022 -
    06/08/2022', 'TCOLE PID 0612345' beside the name (a number that is no hours)."""
    _frame(c, w, h, "#b71c1c")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 62, "GULF COAST REGIONAL POLICE ACADEMY"),
            ("Helvetica", 10, 78, "TCOLE Training Provider #2207"),
            ("Times-Bold", 28, 118, "Certificate of Completion"),
            ("Times-Bold", 24, 164, "Cristina M. Villarreal"),
            ("Helvetica", 10, 182, "TCOLE PID 0612345"),
            ("Times-Roman", 13, 210, "has successfully completed"),
            ("Helvetica-Bold", 18, 242, "School-Based Law Enforcement"),
            ("Helvetica", 12, 264, "TCOLE Course #4064"),
        ],
    )
    _pairs(
        c,
        w / 2 - 140,
        h - 310,
        [
            ("Dates:", "06/06/2022 - 06/08/2022"),
            ("TCOLE Credit Hours:", "20"),
        ],
        gap=140,
    )
    _signature(c, 90, 80, 200, "tcole", "Chief Ramon Garza", "Academy Coordinator")


centred_novel(
    "georgia_post_sentence",
    "'This course is approved for 16 hours of Georgia POST credit.' under a two-day range 'October 4-5, "
    "2022', a course number 'GA-2022-1187'.",
    name="Darius W. Holloway",
    title="Juvenile Interviewing Techniques",
    issuer="Piedmont Regional Law Enforcement Academy",
    start=date(2022, 10, 4),
    end=date(2022, 10, 5),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_7,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "PIEDMONT REGIONAL LAW ENFORCEMENT ACADEMY"),
        ("Times-Bold", 28, 130, "Certificate of Training"),
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Darius W. Holloway"),
        ("Times-Roman", 13, 238, "for successful completion of"),
        ("Helvetica-Bold", 18, 272, "Juvenile Interviewing Techniques"),
        ("Times-Roman", 13, 306, "October 4-5, 2022"),
        ("Times-Roman", 12, 330, "This course is approved for 16 hours of Georgia POST credit."),
        ("Helvetica", 10, 350, "Course Number GA-2022-1187"),
    ],
    signature=(90, 140, "Director Paula Simms", "Academy Director"),
)


centred_novel(
    "cleet_mental_health",
    "Oklahoma CLEET: '8 Hours CLEET Credit' and '(includes 2.0 hours of mental health training)', a second "
    "amount inside the first; 'CLEET Course # 22-0417' and the date 'Apr. 19, 2022'.",
    name="Brandon C. Tallchief",
    title="Crisis Response for School Resource Officers",
    issuer="Red River Law Enforcement Training Center",
    start=date(2022, 4, 19),
    hours=8.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_7,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "RED RIVER LAW ENFORCEMENT TRAINING CENTER"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Brandon C. Tallchief"),
        ("Times-Roman", 13, 238, "attended and completed"),
        ("Helvetica-Bold", 18, 272, "Crisis Response for School Resource Officers"),
        ("Times-Roman", 13, 306, "Apr. 19, 2022"),
        ("Helvetica-Bold", 13, 332, "8 Hours CLEET Credit"),
        ("Times-Italic", 11, 350, "(includes 2.0 hours of mental health training)"),
        ("Helvetica", 10, 372, "CLEET Course # 22-0417"),
    ],
    signature=(90, 140, "Sgt. Wanda Lee Redbird", "Training Coordinator"),
)


@novel(
    "hours_in_seal",
    name="Gabriela S. Montoya",
    title="Trauma-Informed Policing with Youth",
    issuer="High Plains Juvenile Justice Institute",
    start=date(2022, 11, 8),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_7,
)
def _hours_in_seal(c: Any, w: float, h: float) -> None:
    """The hours only inside a gold seal at the lower right ('8' over 'HOURS', 'CONTINUING EDUCATION'
    round the ring); the date under the title ('November 8, 2022')."""
    _frame(c, w, h, "#ff8f00")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 64, "HIGH PLAINS JUVENILE JUSTICE INSTITUTE"),
            ("Times-Bold", 30, 112, "Certificate of Completion"),
            ("Times-Roman", 13, 146, "proudly presented to"),
            ("Times-Bold", 26, 186, "Gabriela S. Montoya"),
            ("Times-Roman", 13, 218, "for completing"),
            ("Helvetica-Bold", 18, 250, "Trauma-Informed Policing with Youth"),
            ("Times-Roman", 13, 282, "November 8, 2022"),
        ],
    )
    cx, cy = w - 150, 120
    _seal(c, cx, cy, 62, HexColor("#b8860b"))
    c.setFillColor(white)
    c.circle(cx, cy, 36, stroke=0, fill=1)
    c.setFillColor(HexColor("#5d4000"))
    _ring_text(c, cx, cy, 44, "CONTINUING EDUCATION * ", 8)
    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(cx, cy - 2, "8")
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(cx, cy - 16, "HOURS")
    c.setFillColor(black)
    _signature(c, 90, 90, 200, "seal7", "Dr. Evelyn Strand", "Institute Director")


@novel(
    "modules_dotted_total",
    name="Quentin A. Rhodes",
    title="Adolescent Mental Health Training for School Resource Officers",
    issuer="National Association of School Resource Officers",
    start=date(2022, 2, 15),
    end=date(2022, 2, 16),
    hours=12.0,
    catalog_id="nasro-amht",
    category="school_safety",
    registry=NOVELS_7,
)
def _modules_dotted_total(c: Any, w: float, h: float) -> None:
    """Four modules each with '(3 hrs)' after dotted leaders and 'Total instructional hours: 12' under
    them (portrait), 'February 15-16, 2022'."""
    _frame(c, w, h, "#0b3d91")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            ("Times-Bold", 28, 128, "Certificate of Completion"),
            ("Times-Roman", 13, 160, "This certifies that"),
            ("Times-Bold", 24, 196, "Quentin A. Rhodes"),
            ("Times-Roman", 13, 228, "has completed"),
            ("Helvetica-Bold", 15, 258, "Adolescent Mental Health Training for School Resource Officers"),
            ("Times-Roman", 13, 286, "February 15-16, 2022"),
        ],
    )
    y = h - 330
    c.setFont("Helvetica", 11)
    for module in (
        "Adolescent Brain Development",
        "Recognizing Mental Health Crises",
        "De-escalation with Students",
        "Referral and Community Resources",
    ):
        c.drawString(120, y, module + " " + "." * (60 - len(module)))
        c.drawRightString(w - 120, y, "(3 hrs)")
        y -= 18
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(w - 120, y - 6, "Total instructional hours: 12")
    _signature(c, 90, 110, 200, "amht7", "Mac Hardy", "Executive Director")


# ---------------------------------------------------------------------- bilingual, titles, names, numbers


centred_novel(
    "bilingual_stacked",
    "English over Spanish, line by line: 'Certificate of Completion / Certificado de Finalización', "
    "'Date / Fecha: March 22, 2022 / 22 de marzo de 2022', 'Hours / Horas: 8'; the course in English then "
    "in Spanish.",
    name="Rosalinda Gutiérrez Peña",
    title="Youth Mental Health First Aid",
    issuer="Rio Grande Valley Community Health Alliance",
    start=date(2022, 3, 22),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_7,
    frame="#00838f",
    rows=[
        ("Helvetica-Bold", 12, 70, "RIO GRANDE VALLEY COMMUNITY HEALTH ALLIANCE"),
        ("Times-Bold", 24, 116, "Certificate of Completion"),
        ("Times-Italic", 16, 138, "Certificado de Finalización"),
        ("Times-Roman", 13, 172, "Awarded to / Otorgado a"),
        ("Times-Bold", 24, 208, "Rosalinda Gutiérrez Peña"),
        ("Times-Roman", 13, 240, "for completing / por completar"),
        ("Helvetica-Bold", 18, 272, "Youth Mental Health First Aid"),
        ("Helvetica-Oblique", 13, 292, "Primeros Auxilios de Salud Mental para Jóvenes"),
        ("Helvetica", 12, 326, "Date / Fecha: March 22, 2022 / 22 de marzo de 2022"),
        ("Helvetica", 12, 346, "Hours / Horas: 8"),
    ],
    signature=(90, 140, "María Elena Soto", "Instructor / Instructora"),
)


@novel(
    "bilingual_columns",
    name="Ernesto J. Villanueva",
    title="Active Shooter Response for Schools",
    issuer="Southwest Border Law Enforcement Academy",
    start=date(2022, 4, 5),
    hours=4.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_7,
)
def _bilingual_columns(c: Any, w: float, h: float) -> None:
    """English in the left column, Spanish in the right, the name centred across both; 'Date: April 5, 2022'
    and 'Fecha: 5 de abril de 2022', 'Duration: 4 hours' and 'Duración: 4 horas'."""
    _frame(c, w, h, "#c62828")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 62, "SOUTHWEST BORDER LAW ENFORCEMENT ACADEMY"),
            ("Times-Bold", 26, 190, "Ernesto J. Villanueva"),
        ],
    )
    left, right = w / 4 + 10, 3 * w / 4 - 10
    for x, lines in (
        (
            left,
            [
                ("Times-Bold", 22, 112, "Certificate of Completion"),
                ("Times-Roman", 12, 150, "This certifies that"),
            ],
        ),
        (
            right,
            [
                ("Times-Bold", 22, 112, "Certificado de Finalización"),
                ("Times-Roman", 12, 150, "Se certifica que"),
            ],
        ),
    ):
        for font, size, below, text in lines:
            c.setFont(font, size)
            c.drawCentredString(x, h - below, text)
    c.setLineWidth(0.6)
    c.line(w / 2, h - 400, w / 2, h - 210)
    for x, lines in (
        (
            left,
            [
                ("Times-Roman", 12, 232, "has completed"),
                ("Helvetica-Bold", 15, 258, "Active Shooter Response for Schools"),
                ("Helvetica", 11, 292, "Date: April 5, 2022"),
                ("Helvetica", 11, 310, "Duration: 4 hours"),
            ],
        ),
        (
            right,
            [
                ("Times-Roman", 12, 232, "ha completado"),
                ("Helvetica-Bold", 15, 258, "Respuesta a Tirador Activo en Escuelas"),
                ("Helvetica", 11, 292, "Fecha: 5 de abril de 2022"),
                ("Helvetica", 11, 310, "Duración: 4 horas"),
            ],
        ),
    ):
        for font, size, below, text in lines:
            c.setFont(font, size)
            c.drawCentredString(x, h - below, text)
    _signature(c, w / 2 - 100, 80, 200, "bicol", "Cmdr. Hilda Escobedo", "Director / Directora")


@novel(
    "title_two_sizes",
    name="Monique L. Ashworth",
    title="School Emergency Operations Planning",
    issuer="Capital Area Emergency Management Partnership",
    start=date(2022, 5, 17),
    hours=8.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_7,
)
def _title_two_sizes(c: Any, w: float, h: float) -> None:
    """The course across two lines in different sizes ('SCHOOL EMERGENCY' at 30 pt over 'Operations Planning'
    at 18 pt), no cue before it; 'Contact hours: 8' and 'May 17, 2022' in the corners of the foot."""
    _frame(c, w, h, "#1565c0")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 62, "CAPITAL AREA EMERGENCY MANAGEMENT PARTNERSHIP"),
            ("Times-Roman", 14, 96, "Certificate of Completion"),
            ("Helvetica-Bold", 30, 140, "SCHOOL EMERGENCY"),
            ("Helvetica", 18, 166, "Operations Planning"),
            ("Times-Roman", 13, 206, "is presented to"),
            ("Times-Bold", 26, 246, "Monique L. Ashworth"),
        ],
    )
    c.setFont("Helvetica", 12)
    c.drawString(80, 150, "May 17, 2022")
    c.drawRightString(w - 80, 150, "Contact hours: 8")
    _signature(c, w / 2 - 100, 80, 200, "twosize", "Raymond Okoye", "Partnership Coordinator")


@novel(
    "script_awarded_to_caption",
    name="Isabella Catherine Moreau",
    title="Interviewing and Interrogating Juveniles",
    issuer="Northwoods Criminal Justice Training Center",
    start=date(2022, 9, 12),
    end=date(2022, 9, 13),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_7,
)
def _script_awarded_to_caption(c: Any, w: float, h: float) -> None:
    """'Awarded to' in small capitals at the left of a rule, the name in a calligraphic script on the rule to
    its right; 'Training dates: September 12-13, 2022', 'Hours: 16'."""
    _frame(c, w, h, "#5d4037")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 62, "NORTHWOODS CRIMINAL JUSTICE TRAINING CENTER"),
            ("Times-Bold", 30, 114, "Certificate of Achievement"),
        ],
    )
    y = h - 190
    c.setFont("Helvetica-Bold", 11)
    c.drawString(140, y, "AWARDED TO")
    c.setFont(script_font(), 30)
    c.drawCentredString(w / 2 + 50, y, "Isabella Catherine Moreau")
    c.setLineWidth(0.8)
    c.line(240, y - 6, w - 140, y - 6)
    _centred(
        c,
        w,
        h,
        [
            ("Times-Roman", 13, 230, "for successfully completing"),
            ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ],
    )
    _pairs(c, w / 2 - 130, h - 310, [("Training dates:", "September 12-13, 2022"), ("Hours:", "16")], gap=120)
    _signature(c, 90, 80, 200, "scriptcap", "Chief Walter Lindqvist", "Director")


@novel(
    "portrait_cert_number_qr",
    name="Terrence O. Blackwood",
    title="Child Abuse and Neglect Investigations",
    issuer="Great Basin Peace Officer Academy",
    start=date(2022, 6, 2),
    end=date(2022, 6, 3),
    hours=16.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_7,
)
def _portrait_cert_number_qr(c: Any, w: float, h: float) -> None:
    """Portrait: 'Certificate No. 0416-2022-08' (a month, a year and a count that look like a date and
    hours) at the top right, a QR code with 'verify.gbpoa.example/c/041620220816', 'June 2 - 3, 2022',
    'Total Hours 16'."""
    _frame(c, w, h, "#263238")
    _small(c, w - 50, h - 50, "Certificate No. 0416-2022-08", 9, right=True)
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 100, "GREAT BASIN PEACE OFFICER ACADEMY"),
            ("Times-Bold", 30, 170, "Certificate"),
            ("Times-Roman", 14, 196, "of Training"),
            ("Times-Roman", 13, 250, "This is to certify that"),
            ("Times-Bold", 26, 290, "Terrence O. Blackwood"),
            ("Times-Roman", 13, 326, "completed the course"),
            ("Helvetica-Bold", 18, 360, "Child Abuse and Neglect Investigations"),
            ("Times-Roman", 13, 396, "June 2 - 3, 2022"),
            ("Helvetica-Bold", 12, 422, "Total Hours 16"),
        ],
    )
    _signature(c, 80, 150, 200, "qr7", "Cmdr. Janet Whitlow", "Academy Commander")
    _qr(c, w - 160, 120, 80, "https://verify.gbpoa.example/c/041620220816")
    _small(c, w - 160, 108, "verify.gbpoa.example/c/041620220816", 7)


# ---------------------------------------------------------------------- white-on-dark banner with a period


@novel(
    "banner_recert_iso",
    name="Kathleen M. O'Rourke",
    title="ALERRT Active Shooter Level I",
    issuer="ALERRT Center at Texas State University",
    start=date(2022, 6, 20),
    end=date(2022, 6, 21),
    hours=16.0,
    catalog_id="alerrt-asl1",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_7,
)
def _banner_recert_iso(c: Any, w: float, h: float) -> None:
    """ISO dates throughout: 'Course dates: 2022-06-20 to 2022-06-21' and 'Recertification due: 2025-06-21'
    in a white-on-dark band at the foot, '16 hours' under the title."""
    _frame(c, w, h, "#212121")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 64, "ALERRT CENTER AT TEXAS STATE UNIVERSITY"),
            ("Times-Bold", 30, 112, "Certificate of Completion"),
            ("Times-Bold", 26, 164, "Kathleen M. O'Rourke"),
            ("Times-Roman", 13, 196, "has completed"),
            ("Helvetica-Bold", 18, 228, "ALERRT Active Shooter Level I"),
            ("Times-Roman", 13, 256, "16 hours"),
        ],
    )
    c.setFillColor(HexColor("#212121"))
    c.rect(60, 150, w - 120, 34, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(80, 162, "Course dates: 2022-06-20 to 2022-06-21")
    c.drawRightString(w - 80, 162, "Recertification due: 2025-06-21")
    c.setFillColor(black)
    _signature(c, 90, 70, 200, "alerrt7", "Pete Blair", "Executive Director")
