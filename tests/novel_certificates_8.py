"""Round 8 of the certificate wording audit: documents that look like training but prove no completion.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`). Most prove no completion of the course they name
(``NO_COMPLETION_8``): crediting their course without a person would be a wrong ``auto``. The right
reading is no item, or items a person must confirm (``must_review``) with the reason:

- registration confirmations and enrolment receipts naming a course, its dates and hours ("You are
  registered for", "Enrollment confirmed"), an invoice with the course fee;
- a course flyer or agenda with hours per module and no participant;
- an instructor's certificate ("for instructing", "served as instructor for", a Train-the-Trainer session
  the holder taught);
- partial attendance ("attended 4 of the 8 hours", "partial credit");
- "in progress", "expected completion", "scheduled to attend";
- a failed or incomplete course ("did not complete", "Result: Incomplete", "did not meet the passing
  standard");
- a waiver or exemption letter;
- the course's nominal length printed beside the hours actually attended.

And genuine completions worded near them (controls whose reading must stay right): an "Instructor:"
caption naming someone else, a registration number on a completion certificate, a Train-the-Trainer
course the holder completed, "Result: Pass", "full credit".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from certledger.samples import _signature
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_7 import _pairs

NOVELS_8: dict[str, Novel] = {}
# The documents that prove no completion: no item of theirs may be credited without a person.
NO_COMPLETION_8: set[str] = set()


def _none(key: str) -> str:
    NO_COMPLETION_8.add(key)
    return key


def _grid_page(
    c: Any,
    w: float,
    h: float,
    frame: str,
    rows: list[tuple[str, float, float, str]],
    pairs: list[tuple[str, str]],
    grid: tuple[float, float, float],
    signature: tuple[str, str, str],
) -> None:
    """A framed page of centred lines over a grid of label pairs (``grid``: its left edge's distance left
    of the centre, its top's below the page's top, the gap to the values), signed bottom left."""
    _frame(c, w, h, frame)
    _centred(c, w, h, rows)
    left, below_top, gap = grid
    _pairs(c, w / 2 - left, h - below_top, pairs, gap=gap)
    _signature(c, 90, 110, 200, *signature)


# ------------------------------------------------------------------ registrations, receipts, invoices


@novel(
    _none("registration_confirmation"),
    name="Marcus D. Holloway",
    title="Advanced School Resource Officer Course",
    issuer="National Association of School Resource Officers",
    start=date(2022, 7, 18),
    end=date(2022, 7, 20),
    hours=24.0,
    catalog_id="nasro-advanced",
    category="advanced",
    must_review=True,
    registry=NOVELS_8,
)
def _registration_confirmation(c: Any, w: float, h: float) -> None:
    """A registration e-mail printed: 'You are registered for' the course, its dates, hours and venue."""
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, h - 70, "National Association of School Resource Officers")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, h - 110, "Registration Confirmation")
    c.setFont("Helvetica", 12)
    lines = [
        "Dear Marcus D. Holloway,",
        "",
        "Thank you for registering. You are registered for the following course:",
    ]
    y = h - 150
    for line in lines:
        c.drawString(60, y, line)
        y -= 18
    c.setFont("Helvetica-Bold", 14)
    c.drawString(80, y - 6, "Advanced School Resource Officer Course")
    _pairs(
        c,
        80,
        y - 40,
        [
            ("Dates:", "July 18-20, 2022"),
            ("Hours:", "24"),
            ("Location:", "Hilton Garden Inn, Dayton, OH"),
            ("Confirmation #:", "REG-220718-0442"),
        ],
        gap=120,
    )
    c.setFont("Helvetica", 11)
    c.drawString(
        60, y - 130, "Please bring a photo ID. Your certificate will be issued when the course ends."
    )
    c.drawString(60, y - 148, "Questions? training@nasro.example")


centred_novel(
    _none("enrollment_receipt"),
    "An enrolment receipt: 'Enrollment Confirmed', the course, its dates and '16 hours', a fee paid and a "
    "receipt number.",
    name="Teresa L. Vance",
    title="Interviewing and Interrogating Juveniles",
    issuer="Midwest Public Safety Institute",
    start=date(2022, 9, 12),
    end=date(2022, 9, 13),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    must_review=True,
    registry=NOVELS_8,
    frame="#37474f",
    rows=[
        ("Helvetica-Bold", 14, 74, "MIDWEST PUBLIC SAFETY INSTITUTE"),
        ("Helvetica-Bold", 24, 124, "Enrollment Confirmed"),
        ("Helvetica", 12, 160, "Student: Teresa L. Vance"),
        ("Helvetica", 12, 184, "Course:"),
        ("Helvetica-Bold", 16, 210, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 240, "September 12-13, 2022  ·  16 hours"),
        ("Helvetica", 12, 264, "Tuition paid: $325.00 (Visa ending 4417)"),
        ("Helvetica", 12, 288, "Receipt No. 88213"),
    ],
    signature=(90, 120, "Dana Whitfield", "Registrar"),
)


@novel(
    _none("course_invoice"),
    name="Gregory A. Pruitt",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="Regional Training Center",
    start=date(2022, 10, 3),
    end=date(2022, 10, 7),
    hours=40.0,
    catalog_id="cit-youth",
    category="juvenile",
    must_review=True,
    registry=NOVELS_8,
)
def _course_invoice(c: Any, w: float, h: float) -> None:
    """An invoice: billed to the agency, attendee named, one line with the course, dates, 40 hours and a
    fee, a total due."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, h - 70, "Regional Training Center")
    c.setFont("Helvetica-Bold", 26)
    c.drawRightString(w - 60, h - 70, "INVOICE")
    _pairs(c, 60, h - 120, [("Invoice No.:", "RTC-2022-1187"), ("Invoice date:", "08/29/2022")], gap=100)
    _pairs(
        c,
        60,
        h - 170,
        [("Bill to:", "Lakeview Police Department"), ("Attendee:", "Gregory A. Pruitt")],
        gap=100,
    )
    y = h - 240
    c.setFont("Helvetica-Bold", 11)
    for x, head in ((60, "Description"), (330, "Dates"), (440, "Hours"), (500, "Amount")):
        c.drawString(x, y, head)
    c.line(60, y - 4, w - 60, y - 4)
    c.setFont("Helvetica", 11)
    c.drawString(60, y - 22, "Crisis Intervention Teams for Youth (CIT-Y)")
    c.drawString(330, y - 22, "10/03-10/07/2022")
    c.drawString(440, y - 22, "40")
    c.drawString(500, y - 22, "$450.00")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(400, y - 60, "Total due:")
    c.drawString(500, y - 60, "$450.00")
    c.setFont("Helvetica", 10)
    c.drawString(60, y - 100, "Payment due within 30 days. Make checks payable to Regional Training Center.")


@novel(
    _none("course_flyer"),
    name="",
    title="School Emergency Operations Planning",
    issuer="State School Safety Center",
    start=date(2022, 11, 15),
    hours=8.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    must_review=True,
    registry=NOVELS_8,
)
def _course_flyer(c: Any, w: float, h: float) -> None:
    """A course flyer and agenda: title, date, modules with hours each, 'Register by', nobody named."""
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 60, "STATE SCHOOL SAFETY CENTER")
    c.setFont("Helvetica-Bold", 24)
    c.drawCentredString(w / 2, h - 100, "School Emergency Operations Planning")
    c.setFont("Helvetica", 13)
    c.drawCentredString(w / 2, h - 130, "November 15, 2022  ·  8:00 AM - 5:00 PM  ·  8 contact hours")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(80, h - 180, "Agenda")
    c.setFont("Helvetica", 12)
    y = h - 204
    for module, hrs in (
        ("Module 1: Threat and Hazard Identification", "2.0 hrs"),
        ("Module 2: Writing the Basic Plan", "2.0 hrs"),
        ("Module 3: Functional Annexes", "2.5 hrs"),
        ("Module 4: Tabletop Exercise", "1.5 hrs"),
    ):
        c.drawString(80, y, module)
        c.drawRightString(w - 80, y, hrs)
        y -= 20
    c.setFont("Helvetica", 12)
    c.drawString(80, y - 20, "Who should attend: SROs, school administrators, emergency managers")
    c.drawString(80, y - 40, "Register by November 1, 2022 at schoolsafety.example/eop  ·  No fee")


# ------------------------------------------------------------------ instructors


centred_novel(
    _none("instructor_appreciation"),
    "A certificate of appreciation 'for instructing' the Basic SRO course: the holder taught it.",
    name="Lt. Renee J. Castillo",
    title="Basic School Resource Officer Course",
    issuer="National Association of School Resource Officers",
    start=date(2022, 6, 6),
    end=date(2022, 6, 10),
    hours=40.0,
    catalog_id="nasro-basic",
    category="basic",
    must_review=True,
    registry=NOVELS_8,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
        ("Times-Bold", 30, 130, "Certificate of Appreciation"),
        ("Times-Roman", 13, 166, "presented to"),
        ("Times-Bold", 24, 204, "Lt. Renee J. Castillo"),
        ("Times-Roman", 13, 238, "for instructing the"),
        ("Helvetica-Bold", 18, 272, "Basic School Resource Officer Course"),
        ("Helvetica", 12, 306, "June 6-10, 2022  ·  40 hours  ·  Columbus, Ohio"),
    ],
    signature=(90, 120, "Mac Hardy", "Director of Operations"),
)

centred_novel(
    _none("served_as_instructor"),
    "'has served as an instructor for' a youth mental health course, with its date and 8 hours.",
    name="Deputy Alan K. Brooks",
    title="Youth Mental Health First Aid",
    issuer="Harlan County Sheriff's Office",
    start=date(2022, 4, 21),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    must_review=True,
    registry=NOVELS_8,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "HARLAN COUNTY SHERIFF'S OFFICE"),
        ("Times-Bold", 28, 130, "Certificate of Recognition"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Deputy Alan K. Brooks"),
        ("Times-Roman", 13, 238, "has served as an instructor for"),
        ("Helvetica-Bold", 18, 272, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 306, "April 21, 2022  ·  8 hours"),
    ],
    signature=(90, 120, "Sheriff Dale Crum", "Sheriff"),
)

centred_novel(
    _none("ttt_lead_trainer"),
    "A Train-the-Trainer session the holder taught: 'in recognition of service as Lead Trainer'.",
    name="Sgt. Monica P. Reyes",
    title="Civilian Response to Active Shooter Events Train-the-Trainer",
    issuer="ALERRT Center at Texas State University",
    start=date(2022, 5, 2),
    end=date(2022, 5, 3),
    hours=16.0,
    catalog_id="alerrt-crase-ttt",
    category="school_safety",
    must_review=True,
    registry=NOVELS_8,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "ALERRT CENTER AT TEXAS STATE UNIVERSITY"),
        ("Times-Bold", 28, 130, "Certificate of Service"),
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Sgt. Monica P. Reyes"),
        ("Times-Roman", 13, 238, "in recognition of service as Lead Trainer for the"),
        ("Helvetica-Bold", 16, 272, "Civilian Response to Active Shooter Events Train-the-Trainer"),
        ("Helvetica", 12, 306, "May 2-3, 2022  ·  16 hours"),
    ],
    signature=(90, 120, "Pete Blair", "Executive Director"),
)

# ------------------------------------------------------------------ partial attendance


centred_novel(
    _none("partial_attendance"),
    "A letter-like certificate of attendance: 'attended 4 of the 8 hours' of a course.",
    name="Officer Kevin R. Dunn",
    title="Active Shooter Response for Schools",
    issuer="Tri-County Police Academy",
    start=date(2022, 2, 9),
    hours=4.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    must_review=True,
    registry=NOVELS_8,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "TRI-COUNTY POLICE ACADEMY"),
        ("Times-Bold", 28, 130, "Certificate of Attendance"),
        ("Times-Roman", 13, 166, "This is to certify that"),
        ("Times-Bold", 24, 204, "Officer Kevin R. Dunn"),
        ("Times-Roman", 13, 238, "attended 4 of the 8 hours of"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 306, "February 9, 2022"),
    ],
    signature=(90, 120, "Capt. Lyle Moreno", "Academy Director"),
)

centred_novel(
    _none("partial_credit"),
    "A completion-looking certificate stamped 'PARTIAL CREDIT: 12 of 24 hours'.",
    name="Janelle S. Whitaker",
    title="Child Abuse and Neglect Investigations",
    issuer="Center for Child Protection Training",
    start=date(2022, 8, 8),
    end=date(2022, 8, 10),
    hours=12.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    must_review=True,
    registry=NOVELS_8,
    frame="#6a1b9a",
    rows=[
        ("Helvetica-Bold", 13, 74, "CENTER FOR CHILD PROTECTION TRAINING"),
        ("Times-Bold", 28, 130, "Certificate"),
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Janelle S. Whitaker"),
        ("Times-Roman", 13, 238, "Course"),
        ("Helvetica-Bold", 18, 272, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 306, "August 8-10, 2022"),
        ("Helvetica-Bold", 13, 336, "PARTIAL CREDIT: 12 of 24 hours"),
    ],
    signature=(90, 120, "Dr. Ana Ruiz", "Program Director"),
)

# ------------------------------------------------------------------ not yet, not at all


@novel(
    _none("in_progress_report"),
    name="Brandon T. Lee",
    title="Advanced School Resource Officer Course",
    issuer="National Association of School Resource Officers",
    start=date(2022, 12, 5),
    end=date(2022, 12, 7),
    hours=24.0,
    catalog_id="nasro-advanced",
    category="advanced",
    must_review=True,
    registry=NOVELS_8,
)
def _in_progress_report(c: Any, w: float, h: float) -> None:
    """A progress statement: 'Status: In Progress', 'Expected completion: December 7, 2022'."""
    _grid_page(
        c,
        w,
        h,
        "#00695c",
        [
            ("Helvetica-Bold", 13, 74, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            ("Helvetica-Bold", 24, 124, "Training Status Statement"),
            ("Helvetica", 13, 164, "Participant: Brandon T. Lee"),
            ("Helvetica-Bold", 16, 200, "Advanced School Resource Officer Course"),
        ],
        [
            ("Course dates:", "December 5-7, 2022"),
            ("Course hours:", "24"),
            ("Status:", "In Progress"),
            ("Expected completion:", "December 7, 2022"),
        ],
        (160, 250, 160),
        ("inprog", "Lisa Carver", "Training Coordinator"),
    )


centred_novel(
    _none("scheduled_to_attend"),
    "A supervisor's memo-like certificate: 'is scheduled to attend' a course on future dates.",
    name="Officer Diana M. Ortiz",
    title="Juvenile Law for Law Enforcement",
    issuer="Bayside Police Department",
    start=date(2023, 3, 14),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=NOVELS_8,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 13, 74, "BAYSIDE POLICE DEPARTMENT"),
        ("Times-Bold", 26, 126, "Training Notice"),
        ("Times-Bold", 22, 184, "Officer Diana M. Ortiz"),
        ("Times-Roman", 13, 218, "is scheduled to attend"),
        ("Helvetica-Bold", 18, 252, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 286, "March 14, 2023  ·  8 hours  ·  Training Room B"),
    ],
    signature=(90, 120, "Lt. Ray Gomez", "Training Unit"),
)

centred_novel(
    _none("did_not_complete"),
    "A certificate of attendance saying the holder 'did not complete the course requirements'.",
    name="Samuel J. Horton",
    title="Standard Response Protocol Training",
    issuer="The I Love U Guys Foundation",
    start=date(2022, 5, 16),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    must_review=True,
    registry=NOVELS_8,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "THE I LOVE U GUYS FOUNDATION"),
        ("Times-Bold", 28, 130, "Record of Attendance"),
        ("Times-Bold", 24, 184, "Samuel J. Horton"),
        ("Times-Roman", 13, 218, "attended"),
        ("Helvetica-Bold", 18, 252, "Standard Response Protocol Training"),
        ("Helvetica", 12, 286, "May 16, 2022  ·  4 hours"),
        ("Times-Italic", 13, 320, "but did not complete the course requirements."),
    ],
    signature=(90, 120, "John-Michael Keyes", "Executive Director"),
)


@novel(
    _none("result_incomplete"),
    name="Victoria E. Langford",
    title="Trauma-Informed Policing with Youth",
    issuer="Northern Plains Regional Academy",
    start=date(2022, 10, 19),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    must_review=True,
    registry=NOVELS_8,
)
def _result_incomplete(c: Any, w: float, h: float) -> None:
    """A course record with a label grid: 'Result: Incomplete'."""
    _grid_page(
        c,
        w,
        h,
        "#455a64",
        [
            ("Helvetica-Bold", 13, 74, "NORTHERN PLAINS REGIONAL ACADEMY"),
            ("Helvetica-Bold", 24, 124, "Course Record"),
            ("Helvetica-Bold", 22, 174, "Victoria E. Langford"),
            ("Helvetica-Bold", 16, 214, "Trauma-Informed Policing with Youth"),
        ],
        [("Date:", "10/19/2022"), ("Hours:", "8.0"), ("Result:", "Incomplete")],
        (130, 262, 110),
        ("incompl", "Hal Brennan", "Registrar"),
    )


centred_novel(
    _none("failed_standard"),
    "'has not met the passing standard' of a course, with its dates and hours.",
    name="Corey A. Whitfield",
    title="ALERRT Active Shooter Level I",
    issuer="ALERRT Center at Texas State University",
    start=date(2022, 3, 7),
    end=date(2022, 3, 8),
    hours=16.0,
    catalog_id="alerrt-asl1",
    category="school_safety",
    must_review=True,
    registry=NOVELS_8,
    frame="#212121",
    rows=[
        ("Helvetica-Bold", 13, 74, "ALERRT CENTER AT TEXAS STATE UNIVERSITY"),
        ("Times-Bold", 26, 126, "Course Result Notice"),
        ("Times-Bold", 22, 180, "Corey A. Whitfield"),
        ("Times-Roman", 13, 214, "has not met the passing standard for"),
        ("Helvetica-Bold", 18, 248, "ALERRT Active Shooter Level I"),
        ("Helvetica", 12, 282, "March 7-8, 2022  ·  16 hours"),
        ("Helvetica", 12, 306, "Written examination score: 62% (passing score 70%)"),
    ],
    signature=(90, 120, "Terry Nichols", "Training Director"),
)

# ------------------------------------------------------------------ waivers


@novel(
    _none("waiver_letter"),
    name="Sgt. Paul D. Everett",
    title="Basic School Resource Officer Course",
    issuer="State Police Officer Standards and Training",
    start=date(2022, 1, 10),
    hours=40.0,
    catalog_id="nasro-basic",
    category="basic",
    must_review=True,
    registry=NOVELS_8,
)
def _waiver_letter(c: Any, w: float, h: float) -> None:
    """A training waiver letter: the Basic SRO course requirement 'is waived' based on prior experience."""
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, h - 70, "State Police Officer Standards and Training")
    c.setFont("Helvetica", 11)
    c.drawString(60, h - 90, "January 10, 2022")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, h - 130, "Training Requirement Waiver")
    c.setFont("Helvetica", 12)
    body = [
        "Sgt. Paul D. Everett",
        "",
        "Your request has been approved. The requirement to complete the",
        "Basic School Resource Officer Course (40 hours) is waived on the basis of your",
        "prior experience as a school resource officer. You are exempt from this course.",
        "",
        "This waiver does not award training hours.",
    ]
    y = h - 170
    for line in body:
        c.drawString(60, y, line)
        y -= 18
    _signature(c, 60, y - 60, 200, "waiver", "Dr. Helen Marsh", "Director of Standards")


# ------------------------------------------------------------------ nominal length vs attended


centred_novel(
    "nominal_vs_attended",
    "'40-hour course' printed with the title, 'Hours attended: 32': the holder's hours are 32; two lengths "
    "on the page, a person confirms.",
    name="Officer Lamar T. Green",
    title="School-Based Law Enforcement (TCOLE 4064)",
    issuer="Texas School Safety Center",
    start=date(2022, 6, 13),
    end=date(2022, 6, 17),
    hours=32.0,
    catalog_id="tcole-4064",
    category="school_safety",
    must_review=True,
    registry=NOVELS_8,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "TEXAS SCHOOL SAFETY CENTER"),
        ("Times-Bold", 28, 130, "Certificate of Attendance"),
        ("Times-Bold", 24, 184, "Officer Lamar T. Green"),
        ("Times-Roman", 13, 218, "attended the 40-hour course"),
        ("Helvetica-Bold", 18, 252, "School-Based Law Enforcement (TCOLE 4064)"),
        ("Helvetica", 12, 286, "June 13-17, 2022"),
        ("Helvetica-Bold", 13, 316, "Hours attended: 32"),
    ],
    signature=(90, 120, "Dr. Kim Latham", "Director"),
)

# ------------------------------------------------------------------ controls: genuine completions


centred_novel(
    "control_instructor_caption",
    "A completion with 'Instructor: Sgt. Mark Ellis' under the course: someone else taught it.",
    name="Rachel N. Simmons",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Lakes Region Training Council",
    start=date(2022, 4, 6),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_8,
    frame="#004d40",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKES REGION TRAINING COUNCIL"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Rachel N. Simmons"),
        ("Times-Roman", 13, 238, "has successfully completed"),
        ("Helvetica-Bold", 16, 272, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 306, "April 6, 2022  ·  4 hours"),
        ("Helvetica", 12, 330, "Instructor: Sgt. Mark Ellis"),
    ],
    signature=(90, 120, "Joan Pike", "Council Chair"),
)

centred_novel(
    "control_registration_number",
    "A completion certificate with 'Registration No. 22-0918' in its footer.",
    name="Daniel P. Kowalski",
    title="Juvenile Law for Law Enforcement",
    issuer="Great Lakes Law Enforcement Institute",
    start=date(2022, 9, 21),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_8,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "GREAT LAKES LAW ENFORCEMENT INSTITUTE"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Daniel P. Kowalski"),
        ("Times-Roman", 13, 238, "for successfully completing"),
        ("Helvetica-Bold", 18, 272, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 306, "September 21, 2022  ·  8 hours"),
    ],
    signature=(90, 120, "Ron Alvarez", "Director"),
    footer=[(60, 46, "Registration No. 22-0918  ·  Verify at glei.example/verify")],
)

centred_novel(
    "control_ttt_completed",
    "The holder completed a Train-the-Trainer course (so is now an instructor): a completion.",
    name="Officer Nina F. Castellano",
    title="Civilian Response to Active Shooter Events Train-the-Trainer",
    issuer="ALERRT Center at Texas State University",
    start=date(2022, 8, 15),
    end=date(2022, 8, 16),
    hours=16.0,
    catalog_id="alerrt-crase-ttt",
    category="school_safety",
    registry=NOVELS_8,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "ALERRT CENTER AT TEXAS STATE UNIVERSITY"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Nina F. Castellano"),
        ("Times-Roman", 13, 238, "has successfully completed the"),
        ("Helvetica-Bold", 16, 272, "Civilian Response to Active Shooter Events Train-the-Trainer"),
        ("Helvetica", 12, 306, "August 15-16, 2022  ·  16 hours"),
    ],
    signature=(90, 120, "Pete Blair", "Executive Director"),
)


@novel(
    "control_result_pass",
    name="Harold B. Jennings",
    title="Trauma-Informed Policing with Youth",
    issuer="Northern Plains Regional Academy",
    start=date(2022, 11, 2),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_8,
)
def _control_result_pass(c: Any, w: float, h: float) -> None:
    """The incomplete record's layout with 'Result: Pass' and 'Certificate of Completion'."""
    _grid_page(
        c,
        w,
        h,
        "#455a64",
        [
            ("Helvetica-Bold", 13, 74, "NORTHERN PLAINS REGIONAL ACADEMY"),
            ("Helvetica-Bold", 24, 124, "Certificate of Completion"),
            ("Helvetica-Bold", 22, 174, "Harold B. Jennings"),
            ("Helvetica-Bold", 16, 214, "Trauma-Informed Policing with Youth"),
        ],
        [("Date:", "11/02/2022"), ("Hours:", "8.0"), ("Result:", "Pass")],
        (130, 262, 110),
        ("pass", "Hal Brennan", "Registrar"),
    )


centred_novel(
    "control_attended_all",
    "'attended all 8 hours of' a course and 'Full credit awarded': a completion.",
    name="Officer Keisha L. Monroe",
    title="Active Shooter Response for Schools",
    issuer="Tri-County Police Academy",
    start=date(2022, 3, 16),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_8,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "TRI-COUNTY POLICE ACADEMY"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "This is to certify that"),
        ("Times-Bold", 24, 204, "Officer Keisha L. Monroe"),
        ("Times-Roman", 13, 238, "has successfully completed"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 306, "March 16, 2022  ·  8 hours"),
    ],
    signature=(90, 120, "Capt. Lyle Moreno", "Academy Director"),
    footer=[(60, 46, "Course registration and records: tcpa.example/records")],
)
