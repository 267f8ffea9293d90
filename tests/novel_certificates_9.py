"""Round 9 of the certificate wording audit: hours in other units and in durations, policy small print,
dates beside the course's, and stacked titles (rounds 1-8, :mod:`tests.novel_certificates` to
:mod:`tests.novel_certificates_8`, did not draw these).

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- several modules on one line, each with its hours, and a total ("Module 1 ... (4 hrs); Module 2 ...
  (4 hrs) - Total: 8 hours");
- durations that are not hours: "a three-day course", "Duration: 2 days", a schedule "0900-1700 hrs",
  "Class convened 0800 hrs, adjourned 1200 hrs", "Time of session: 1:00 - 4:00 PM", "Start time 08:00"
  (no hours stated: a person works them out);
- hours in other units: "7.5 clock hours", "0.8 IACET CEU", "420 minutes", "Professional Development
  Hours (PDH): 6.0"; credits with no hour ("1.5 CLE credits", "CE credit: 3.0": a person's);
- genuine certificates whose small print states a policy ("Participants who did not complete the full
  course receive no credit.", "No partial credit is awarded.", "Credit is not granted for partial
  attendance."): completions, to be read ``auto``;
- a registration e-mail worded unlike round 8's ("Dear Ofc. ..., This confirms your seat in ..."; never
  a completion);
- an English title stacked over its French translation, a seal holding "CE 2024", a signature's date
  after the course, "Issued:" / "Completed on:" / "Valid through:" in a label grid, "Expires:" beside a
  "Date of training".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor

from certledger.samples import _signature
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_7 import _pairs

NOVELS_9: dict[str, Novel] = {}
# The documents that prove no completion (round 8's kind): no item of theirs may be credited alone.
NO_COMPLETION_9: set[str] = set()


def _none9(key: str) -> str:
    NO_COMPLETION_9.add(key)
    return key


_CERT = ("Times-Bold", 28, 130, "Certificate of Completion")

# ------------------------------------------------------------------ modules with hours and a total

centred_novel(
    "modules_one_line",
    "Two modules on one line each with '(4 hrs)', then 'Total: 8 hours' under them.",
    name="Officer Denise R. Calloway",
    title="School Threat Assessment Workshop",
    issuer="Northeast Center for School Safety",
    start=date(2023, 2, 9),
    hours=8.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_9,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "NORTHEAST CENTER FOR SCHOOL SAFETY"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Denise R. Calloway"),
        ("Times-Roman", 13, 238, "has successfully completed the"),
        ("Helvetica-Bold", 18, 272, "School Threat Assessment Workshop"),
        ("Helvetica", 11, 304, "Module 1 Behavioral Indicators (4 hrs); Module 2 Case Management (4 hrs)"),
        ("Helvetica-Bold", 12, 328, "Total: 8 hours"),
        ("Helvetica", 12, 352, "February 9, 2023"),
    ],
    signature=(90, 120, "Dr. Alan Pierce", "Director"),
)

# ------------------------------------------------------------------ durations that are not hours

centred_novel(
    "three_day_course",
    "'a three-day course' in prose, dates, no hours printed: a person works them out.",
    name="Sgt. Raymond T. Okafor",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="Regional Crisis Response Academy",
    start=date(2023, 4, 11),
    end=date(2023, 4, 13),
    hours=None,
    catalog_id="cit-youth",
    category="juvenile",
    must_review=True,
    registry=NOVELS_9,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 13, 74, "REGIONAL CRISIS RESPONSE ACADEMY"),
        _CERT,
        ("Times-Roman", 13, 166, "is presented to"),
        ("Times-Bold", 24, 204, "Sgt. Raymond T. Okafor"),
        ("Times-Roman", 13, 238, "for completing a three-day course in"),
        ("Helvetica-Bold", 18, 272, "Crisis Intervention Teams for Youth (CIT-Y)"),
        ("Helvetica", 12, 306, "April 11-13, 2023"),
    ],
    signature=(90, 120, "Lt. Joan Reyes", "Academy Coordinator"),
)

centred_novel(
    "schedule_hrs",
    "'Duration: 2 days' and a schedule '0900-1700 hrs': no hours stated (never 1700).",
    name="Deputy Carla M. Benton",
    title="School Emergency Operations Planning",
    issuer="State School Safety Center",
    start=date(2023, 5, 16),
    end=date(2023, 5, 17),
    hours=None,
    catalog_id="school-emergency-ops",
    category="school_safety",
    must_review=True,
    registry=NOVELS_9,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "STATE SCHOOL SAFETY CENTER"),
        _CERT,
        ("Times-Roman", 13, 166, "This is to certify that"),
        ("Times-Bold", 24, 204, "Deputy Carla M. Benton"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "School Emergency Operations Planning"),
        ("Helvetica", 12, 306, "May 16-17, 2023"),
        ("Helvetica", 12, 330, "Duration: 2 days  ·  0900-1700 hrs"),
    ],
    signature=(90, 120, "Karen Doyle", "Program Manager"),
)

centred_novel(
    "session_time_only",
    "'Time of session: 1:00 - 4:00 PM' and no hours: never 4 hours, never 1 hour.",
    name="Officer Miguel A. Serrano",
    title="Trauma-Informed Policing with Youth",
    issuer="Coastal Justice Training Institute",
    start=date(2023, 3, 22),
    hours=None,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    must_review=True,
    registry=NOVELS_9,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "COASTAL JUSTICE TRAINING INSTITUTE"),
        ("Times-Bold", 28, 130, "Certificate of Attendance"),
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Officer Miguel A. Serrano"),
        ("Times-Roman", 13, 238, "for attending"),
        ("Helvetica-Bold", 18, 272, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 306, "Date: March 22, 2023"),
        ("Helvetica", 12, 330, "Time of session: 1:00 - 4:00 PM"),
    ],
    signature=(90, 120, "Paula Grant", "Training Director"),
)


@novel(
    "start_time_and_hours",
    name="Brian K. Whitaker",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="LearnSafe Online Academy",
    start=date(2023, 6, 5),
    hours=3.5,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_9,
)
def _start_time_and_hours(c: Any, w: float, h: float) -> None:
    """An online platform's grid: 'Start time 08:00', 'End time 11:30', 'Total time: 3.5 hours'."""
    _frame(c, w, h, "#37474f")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 74, "LearnSafe Online Academy"),
            ("Helvetica-Bold", 26, 124, "Certificate of Completion"),
            ("Helvetica", 12, 158, "This certificate is awarded to"),
            ("Helvetica-Bold", 22, 192, "Brian K. Whitaker"),
            ("Helvetica", 12, 222, "for completing the online course"),
            ("Helvetica-Bold", 16, 254, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ],
    )
    _pairs(
        c,
        w / 2 - 130,
        h - 300,
        [
            ("Date:", "06/05/2023"),
            ("Start time", "08:00"),
            ("End time", "11:30"),
            ("Total time:", "3.5 hours"),
        ],
        gap=120,
    )
    _signature(c, 90, 110, 200, "lso", "Marta Ruiz", "Registrar")


# ------------------------------------------------------------------ hours in other units

centred_novel(
    "clock_hours",
    "'7.5 clock hours' on the date line.",
    name="Officer Janelle P. Whitmore",
    title="Juvenile Law for Law Enforcement",
    issuer="Piedmont Criminal Justice Academy",
    start=date(2023, 1, 18),
    hours=7.5,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_9,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "PIEDMONT CRIMINAL JUSTICE ACADEMY"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Janelle P. Whitmore"),
        ("Times-Roman", 13, 238, "has successfully completed"),
        ("Helvetica-Bold", 18, 272, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 306, "January 18, 2023  ·  7.5 clock hours"),
    ],
    signature=(90, 120, "Ron Alvarez", "Director"),
)

centred_novel(
    "iacet_ceu",
    "'0.8 IACET CEU' alone: 8 hours.",
    name="Tanya L. Brooks",
    title="Youth Mental Health First Aid",
    issuer="Heartland University Continuing Education",
    start=date(2023, 9, 14),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_9,
    frame="#880e4f",
    rows=[
        ("Helvetica-Bold", 13, 74, "HEARTLAND UNIVERSITY CONTINUING EDUCATION"),
        _CERT,
        ("Times-Roman", 13, 166, "is awarded to"),
        ("Times-Bold", 24, 204, "Tanya L. Brooks"),
        ("Times-Roman", 13, 238, "for successful completion of"),
        ("Helvetica-Bold", 18, 272, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 306, "September 14, 2023"),
        ("Helvetica-Bold", 12, 330, "0.8 IACET CEU"),
    ],
    signature=(90, 120, "Dr. Lena Ford", "Dean, Continuing Education"),
)

centred_novel(
    "minutes_420",
    "'Instructional time: 420 minutes': 7 hours.",
    name="Officer Kevin J. Marsh",
    title="Interviewing and Interrogating Juveniles",
    issuer="Blue Ridge Law Enforcement Training",
    start=date(2023, 10, 3),
    hours=7.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_9,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "BLUE RIDGE LAW ENFORCEMENT TRAINING"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Kevin J. Marsh"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 306, "October 3, 2023"),
        ("Helvetica", 12, 330, "Instructional time: 420 minutes"),
    ],
    signature=(90, 120, "Capt. Dale Rowe", "Training Commander"),
)

centred_novel(
    "pdh_caption",
    "'Professional Development Hours (PDH): 6.0'.",
    name="Lisa M. Hargrove",
    title="Active Shooter Response for Schools",
    issuer="Great Plains Safety Council",
    start=date(2023, 7, 12),
    hours=6.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_9,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "GREAT PLAINS SAFETY COUNCIL"),
        _CERT,
        ("Times-Roman", 13, 166, "presented to"),
        ("Times-Bold", 24, 204, "Lisa M. Hargrove"),
        ("Times-Roman", 13, 238, "for completing"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 306, "July 12, 2023"),
        ("Helvetica", 12, 330, "Professional Development Hours (PDH): 6.0"),
    ],
    signature=(90, 120, "Gary Lund", "Council President"),
)

centred_novel(
    "cle_credits",
    "'1.5 CLE credits' (a credit, no hour: no hours read, a person's).",
    name="Officer Grant W. Ellison",
    title="Juvenile Law for Law Enforcement",
    issuer="State Bar Law-Related Education Section",
    start=date(2023, 11, 8),
    hours=None,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=NOVELS_9,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 13, 74, "STATE BAR LAW-RELATED EDUCATION SECTION"),
        ("Times-Bold", 28, 130, "Certificate of Attendance"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Grant W. Ellison"),
        ("Times-Roman", 13, 238, "attended"),
        ("Helvetica-Bold", 18, 272, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 306, "November 8, 2023  ·  1.5 CLE credits"),
    ],
    signature=(90, 120, "Hon. Ruth Diaz", "Section Chair"),
)

centred_novel(
    "ce_credit_bare",
    "'CE credit: 3.0' (a credit, no hour: no hours read, a person's).",
    name="Angela R. Pryor",
    title="Standard Response Protocol Training",
    issuer="Safe Schools Alliance",
    start=date(2023, 8, 21),
    hours=None,
    catalog_id="srp-training",
    category="school_safety",
    must_review=True,
    registry=NOVELS_9,
    frame="#33691e",
    rows=[
        ("Helvetica-Bold", 13, 74, "SAFE SCHOOLS ALLIANCE"),
        _CERT,
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Angela R. Pryor"),
        ("Times-Roman", 13, 238, "for completing"),
        ("Helvetica-Bold", 18, 272, "Standard Response Protocol Training"),
        ("Helvetica", 12, 306, "August 21, 2023"),
        ("Helvetica", 12, 330, "CE credit: 3.0"),
    ],
    signature=(90, 120, "Nora Keene", "Executive Director"),
)

# ------------------------------------------------------------------ policy small print on completions

centred_novel(
    "small_print_no_credit",
    "A completion whose footer says 'Participants who did not complete the full course receive no credit.'",
    name="Officer Terrence L. Vaughn",
    title="Child Abuse and Neglect Investigations",
    issuer="Midstate Police Training Institute",
    start=date(2023, 3, 7),
    end=date(2023, 3, 8),
    hours=16.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_9,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "MIDSTATE POLICE TRAINING INSTITUTE"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Terrence L. Vaughn"),
        ("Times-Roman", 13, 238, "has successfully completed"),
        ("Helvetica-Bold", 18, 272, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 306, "March 7-8, 2023  ·  16 hours"),
    ],
    signature=(90, 120, "Chief Ann Wolfe", "Director"),
    footer=[(60, 46, "Participants who did not complete the full course receive no credit.  MPTI form 12")],
)

centred_novel(
    "small_print_partial",
    "A completion whose footer says 'No partial credit is awarded. Credit is not granted for partial "
    "attendance.'",
    name="Deputy Laura S. Kim",
    title="Interviewing and Interrogating Juveniles",
    issuer="Western Regional Training Center",
    start=date(2023, 6, 20),
    end=date(2023, 6, 21),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_9,
    frame="#311b92",
    rows=[
        ("Helvetica-Bold", 13, 74, "WESTERN REGIONAL TRAINING CENTER"),
        _CERT,
        ("Times-Roman", 13, 166, "This is to certify that"),
        ("Times-Bold", 24, 204, "Deputy Laura S. Kim"),
        ("Times-Roman", 13, 238, "has successfully completed"),
        ("Helvetica-Bold", 18, 272, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 306, "June 20-21, 2023  ·  16 hours"),
    ],
    signature=(90, 120, "Mark Owens", "Center Director"),
    footer=[
        (60, 58, "No partial credit is awarded. Credit is not granted for partial attendance."),
        (60, 46, "Students who have not completed all modules must re-enroll."),
    ],
)

# ------------------------------------------------------------------ a registration e-mail


@novel(
    _none9("seat_confirmation"),
    name="Ofc. Daniel R. Ibarra",
    title="Advanced School Resource Officer Course",
    issuer="National Association of School Resource Officers",
    start=date(2023, 7, 24),
    end=date(2023, 7, 26),
    hours=24.0,
    catalog_id="nasro-advanced",
    category="advanced",
    must_review=True,
    registry=NOVELS_9,
)
def _seat_confirmation(c: Any, w: float, h: float) -> None:
    """A printed e-mail: 'Dear Ofc. ...', 'This confirms your seat in', the course, dates, hours; 'We look
    forward to seeing you'."""
    c.setFont("Helvetica", 10)
    for i, line in enumerate(
        [
            "From: training@nasro.example",
            "To: dibarra@cityschools.example",
            "Subject: Your seat in the Advanced SRO Course",
            "Sent: Monday, June 12, 2023 9:14 AM",
        ]
    ):
        c.drawString(60, h - 60 - 14 * i, line)
    c.setFont("Helvetica", 12)
    body = [
        "Dear Ofc. Daniel R. Ibarra,",
        "",
        "This confirms your seat in the Advanced School Resource Officer Course,",
        "July 24-26, 2023 (24 hours), at the Marriott Downtown, Columbus, OH.",
        "Class runs 8:00 AM - 5:00 PM daily. Please arrive 30 minutes early on day one.",
        "",
        "We look forward to seeing you.",
        "NASRO Training Department",
    ]
    y = h - 150
    for line in body:
        c.drawString(60, y, line)
        y -= 18


# ------------------------------------------------------------------ titles, seals, dates beside the course's

centred_novel(
    "bilingual_french",
    "The English title stacked over its French translation in smaller italics.",
    name="Officer Claire M. Dubois",
    title="Youth Mental Health First Aid",
    issuer="Northern Border Training Consortium",
    start=date(2023, 5, 9),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_9,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "NORTHERN BORDER TRAINING CONSORTIUM"),
        ("Times-Bold", 26, 122, "Certificate of Completion"),
        ("Times-Italic", 16, 144, "Certificat de réussite"),
        ("Times-Bold", 24, 190, "Officer Claire M. Dubois"),
        ("Times-Roman", 13, 222, "has completed / a complété"),
        ("Helvetica-Bold", 18, 256, "Youth Mental Health First Aid"),
        ("Helvetica-Oblique", 13, 276, "Premiers soins en santé mentale pour les jeunes"),
        ("Helvetica", 12, 310, "May 9, 2023 / le 9 mai 2023  ·  8 hours / 8 heures"),
    ],
    signature=(90, 120, "Anne Tremblay", "Director / Directrice"),
)


@novel(
    "seal_ce_2024",
    name="Sgt. Robert L. Keane",
    title="Standard Response Protocol Training",
    issuer="Lakeshore Regional Training Board",
    start=date(2023, 10, 17),
    hours=6.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_9,
)
def _seal_ce_2024(c: Any, w: float, h: float) -> None:
    """A seal holding 'CE' over '2024' (an approval year) and '8' elsewhere in the ring's text; the course
    dated 2023 with '6 Contact Hours'."""
    _frame(c, w, h, "#004d40")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "LAKESHORE REGIONAL TRAINING BOARD"),
            _CERT,
            ("Times-Roman", 13, 166, "This certifies that"),
            ("Times-Bold", 24, 204, "Sgt. Robert L. Keane"),
            ("Times-Roman", 13, 238, "has successfully completed"),
            ("Helvetica-Bold", 18, 272, "Standard Response Protocol Training"),
            ("Helvetica", 12, 306, "October 17, 2023  ·  6 Contact Hours"),
        ],
    )
    cx, cy, r = w - 130, 140, 52
    c.saveState()
    c.setStrokeColor(HexColor("#b8860b"))
    c.setLineWidth(2)
    c.circle(cx, cy, r)
    c.circle(cx, cy, r * 0.8)
    c.setFillColor(HexColor("#b8860b"))
    c.setFont("Helvetica-Bold", 18)
    c.drawCentredString(cx, cy + 4, "CE")
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(cx, cy - 14, "2024")
    c.setFont("Helvetica", 7)
    c.drawCentredString(cx, cy + r * 0.86, "APPROVED PROVIDER")
    c.drawCentredString(cx, cy - r * 0.92, "PROVIDER NO. 8")
    c.restoreState()
    _signature(c, 90, 110, 200, "seal24", "Hal Brennan", "Board Secretary")


@novel(
    "signature_dated_later",
    name="Officer Monica J. Reyes",
    title="Trauma-Informed Policing with Youth",
    issuer="Valley Law Enforcement Academy",
    start=date(2023, 11, 2),
    end=date(2023, 11, 3),
    hours=12.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_9,
)
def _signature_dated_later(c: Any, w: float, h: float) -> None:
    """The course November 2-3, 2023; each signature line dated 'Date: 01/15/2024'."""
    _frame(c, w, h, "#5d4037")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "VALLEY LAW ENFORCEMENT ACADEMY"),
            _CERT,
            ("Times-Roman", 13, 166, "This certifies that"),
            ("Times-Bold", 24, 204, "Officer Monica J. Reyes"),
            ("Times-Roman", 13, 238, "has successfully completed"),
            ("Helvetica-Bold", 18, 272, "Trauma-Informed Policing with Youth"),
            ("Helvetica", 12, 306, "November 2-3, 2023  ·  12 hours"),
        ],
    )
    _signature(c, 70, 130, 200, "sigA", "Lt. Paul Ortiz", "Lead Instructor")
    _signature(c, w - 270, 130, 200, "sigB", "Dr. Ivy Chen", "Academy Director")
    c.setFont("Helvetica", 10)
    c.drawString(70, 84, "Date: 01/15/2024")
    c.drawString(w - 270, 84, "Date: 01/15/2024")


@novel(
    "issued_completed_valid",
    name="Jerome T. Castillo",
    title="Youth Mental Health First Aid",
    issuer="Mental Health First Aid USA",
    start=date(2023, 3, 14),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_9,
)
def _issued_completed_valid(c: Any, w: float, h: float) -> None:
    """'Issued:' a week after 'Completed on:', 'Valid through:' three years on, in a label grid."""
    _frame(c, w, h, "#263238")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "MENTAL HEALTH FIRST AID USA"),
            ("Times-Bold", 28, 130, "Certificate of Training"),
            ("Times-Bold", 24, 184, "Jerome T. Castillo"),
            ("Helvetica-Bold", 18, 224, "Youth Mental Health First Aid"),
        ],
    )
    _pairs(
        c,
        w / 2 - 140,
        h - 272,
        [
            ("Issued:", "03/21/2023"),
            ("Completed on:", "03/14/2023"),
            ("Valid through:", "03/14/2026"),
            ("Hours:", "8"),
        ],
        gap=120,
    )
    _signature(c, 90, 110, 200, "mhfa9", "Tanya Ruiz", "Program Director")


centred_novel(
    "expires_beside_training",
    "'Date of training: 04/26/2023' and 'Expires: 04/26/2025' on one line.",
    name="Officer Paula D. Gentry",
    title="G.R.E.A.T. Officer Training",
    issuer="G.R.E.A.T. National Training Team",
    start=date(2023, 4, 26),
    hours=8.0,
    catalog_id="great-officer",
    category="juvenile",
    registry=NOVELS_9,
    frame="#01579b",
    rows=[
        ("Helvetica-Bold", 13, 74, "G.R.E.A.T. NATIONAL TRAINING TEAM"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Paula D. Gentry"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "G.R.E.A.T. Officer Training"),
        ("Helvetica", 12, 306, "Date of training: 04/26/2023     Expires: 04/26/2025"),
        ("Helvetica", 12, 330, "8 hours"),
    ],
    signature=(90, 120, "Sam Otero", "National Coordinator"),
)


centred_novel(
    "convened_military_time",
    "'Class convened 0800 hrs, adjourned 1200 hrs' and no hours printed: never 800 hours, never 1200.",
    name="Officer Ray D. Lindqvist",
    title="Active Shooter Response for Schools",
    issuer="County Sheriff's Office Training Division",
    start=date(2023, 9, 6),
    hours=None,
    catalog_id="school-active-shooter",
    category="school_safety",
    must_review=True,
    registry=NOVELS_9,
    frame="#212121",
    rows=[
        ("Helvetica-Bold", 13, 74, "COUNTY SHERIFF'S OFFICE TRAINING DIVISION"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Ray D. Lindqvist"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 306, "September 6, 2023"),
        ("Helvetica", 12, 330, "Class convened 0800 hrs, adjourned 1200 hrs"),
    ],
    signature=(90, 120, "Sgt. Omar Hale", "Training Sergeant"),
)
