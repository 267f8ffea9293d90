"""Round 11 of the certificate wording audit: US police and school-safety training certificates as state
standards commissions, academies and continuing-education offices print them (rounds 1-10,
:mod:`tests.novel_certificates` to :mod:`tests.novel_certificates_10`, did not draw these wordings).

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- standards-commission certificates: a course number beside the title ("Course No. 3270", "Course #
  20250-08", "Control # 2214"), "Credit Hours", "CPE Credit Hours", "Hours Reported", a reporting date
  that is not the course's, a commission's roster number;
- other units: "PDH", "clock hours", "contact hours" in a sentence, "1.6 CEUs (16 clock hours)" (one
  amount), a webinar's "90 minutes" and "1.5 hrs", hours only inside a sentence ("has satisfactorily
  completed sixteen (16) hours of instruction in ...", "a 4-hour workshop");
- two courses listed each with its own hours (two items, never one of the sum);
- a course dated by its month only ("Completed: 05/2022", "Date of training: 2022-05"): a person's;
- participants: "Awarded to" on its own line, "Presented to", a name on its own line with no cue, the
  instructor's name and title printed level with the participant's in the signature row;
- a watermark and a seal's ring text crossing the title;
- dates in words ("the fifteenth day of May, two thousand twenty-two", "this 3rd day of June, 2022");
- an expiry ("Valid until", "Expires", "Recertification due") that is not the course's date; certificate
  numbers that look like dates ("No. 2022-0614", "06142022-17") or hours ("16-HR-0042", "8H-2291").

``must_review`` marks a document a careful person could not settle from the page alone. ``SECOND_COURSES``
holds the second course of a document listing two.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black

from certledger.samples import _seal, _signature
from classify.types import ClassifiedItem
from tests.novel_certificates import Novel, _centred, _frame, centred_draw, centred_novel, facts, novel, truth
from tests.novel_certificates_7 import _pairs

NOVELS_11: dict[str, Novel] = {}
SECOND_COURSES: dict[str, Novel] = {}

_CERT = ("Times-Bold", 28, 130, "Certificate of Completion")


def _plain(
    header: str,
    name: str,
    title: str,
    *tail: str,
    cue: str = "This certifies that",
    done: str = "has completed",
) -> list[tuple[str, float, float, str]]:
    """The plainest page: the issuer, "Certificate of Completion", the cue, the name, the course cue, the
    title and up to two lines under it (the date, the hours)."""
    rows = [
        ("Helvetica-Bold", 13.0, 74.0, header),
        _CERT,
        ("Times-Roman", 13.0, 166.0, cue),
        ("Times-Bold", 24.0, 204.0, name),
        ("Times-Roman", 13.0, 238.0, done),
        ("Helvetica-Bold", 18.0, 272.0, title),
    ]
    return rows + [("Helvetica", 12.0, 306.0 + 22.0 * k, text) for k, text in enumerate(tail)]


# ------------------------------------------------------------------ standards commissions

centred_novel(
    "commission_course_number",
    "A standards commission's 'Course No. 3270' above the title, 'Credit Hours: 8' (never 3270 hours).",
    name="Officer Leticia M. Garza",
    title="Juvenile Law for Law Enforcement",
    issuer="State Commission on Law Enforcement Standards",
    start=date(2022, 6, 14),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_11,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "STATE COMMISSION ON LAW ENFORCEMENT STANDARDS"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This is to certify that"),
        ("Times-Bold", 24, 198, "Officer Leticia M. Garza"),
        ("Times-Roman", 13, 232, "has completed Course No. 3270"),
        ("Helvetica-Bold", 18, 266, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 300, "Date of Course: 06/14/2022      Credit Hours: 8"),
    ],
    signature=(90, 120, "Col. Dwight Harmon", "Executive Director"),
)

centred_novel(
    "cpe_credit_hours",
    "'CPE Credit Hours: 8.0' and 'Completion Date: 2022-09-20' under a commission's heading.",
    name="Deputy Kyle R. Brandt",
    title="Youth Mental Health First Aid",
    issuer="Commission on Law Enforcement Standards",
    start=date(2022, 9, 20),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_11,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 12, 74, "COMMISSION ON LAW ENFORCEMENT STANDARDS"),
        ("Helvetica", 11, 92, "Continuing Professional Education"),
        ("Times-Bold", 26, 134, "Certificate of Credit"),
        ("Times-Roman", 13, 168, "awarded to"),
        ("Times-Bold", 24, 204, "Deputy Kyle R. Brandt"),
        ("Times-Roman", 13, 236, "for the completion of"),
        ("Helvetica-Bold", 18, 268, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 300, "Completion Date: 2022-09-20      CPE Credit Hours: 8.0"),
    ],
    signature=(90, 120, "Janet Kowalski", "Standards Manager"),
)

centred_novel(
    "reported_date_not_course",
    "'Course Date: 08/15/2022' and 'Reported to the Commission: 09/01/2022': the course's is the first.",
    name="Officer Brian T. Castillo",
    title="Interviewing and Interrogating Juveniles",
    issuer="Gulf Coast Regional Police Academy",
    start=date(2022, 8, 15),
    end=date(2022, 8, 16),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_11,
    frame="#004d40",
    rows=[
        ("Helvetica-Bold", 13, 74, "GULF COAST REGIONAL POLICE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 198, "Officer Brian T. Castillo"),
        ("Times-Roman", 13, 232, "has successfully completed Course # 4045"),
        ("Helvetica-Bold", 18, 266, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 300, "Course Dates: 08/15/2022 - 08/16/2022      Hours Reported: 16"),
        ("Helvetica", 10, 322, "Reported to the Commission: 09/01/2022"),
    ],
    signature=(90, 120, "Chief Ray Delgado", "Academy Director"),
)


@novel(
    "post_control_table",
    name="Sgt. Monica A. Ferris",
    title="Active Shooter Response for Schools",
    issuer="Peace Officer Standards and Training Council",
    start=date(2022, 10, 4),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_11,
)
def _post_control_table(c: Any, w: float, h: float) -> None:
    """A POST council's one-row table: Control # | Course Title | Date | Hours (the control number 2214 is
    no hours, no date)."""
    _frame(c, w, h, "#263238")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "PEACE OFFICER STANDARDS AND TRAINING COUNCIL"),
            ("Times-Bold", 26, 124, "Training Certificate"),
            ("Times-Roman", 13, 160, "This certifies that"),
            ("Times-Bold", 24, 196, "Sgt. Monica A. Ferris"),
            ("Times-Roman", 13, 228, "has completed the following POST-certified course:"),
        ],
    )
    cols = [70, 150, 430, 510]
    c.setFont("Helvetica-Bold", 10)
    for x, head in zip(cols, ["Control #", "Course Title", "Date", "Hours"], strict=True):
        c.drawString(x, h - 270, head)
    c.line(66, h - 276, w - 66, h - 276)
    c.setFont("Helvetica", 10)
    for x, cell in zip(cols, ["2214", "Active Shooter Response for Schools", "10/04/2022", "8"], strict=True):
        c.drawString(x, h - 292, cell)
    _signature(c, 90, 120, 200, "post", "Glenn Ashby", "Director of Training")


# ------------------------------------------------------------------ other units

centred_novel(
    "pdh_units",
    "'6 PDH' (professional development hours) in a sentence with the date.",
    name="Officer Samuel J. Okoro",
    title="School Emergency Operations Planning",
    issuer="Tri-County Education Service Center",
    start=date(2023, 1, 19),
    hours=6.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_11,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 13, 74, "TRI-COUNTY EDUCATION SERVICE CENTER"),
        ("Times-Bold", 26, 124, "Professional Development Certificate"),
        ("Times-Roman", 13, 160, "presented to"),
        ("Times-Bold", 24, 198, "Officer Samuel J. Okoro"),
        ("Times-Roman", 13, 232, "for participation in"),
        ("Helvetica-Bold", 18, 266, "School Emergency Operations Planning"),
        ("Helvetica", 12, 300, "January 19, 2023  ·  6 PDH"),
    ],
    signature=(90, 120, "Dr. Alma Reyes", "Executive Director"),
)

centred_novel(
    "clock_hours",
    "'Twelve (12) clock hours' on a line of its own.",
    name="Officer Teresa L. Quinn",
    title="Trauma-Informed Policing with Youth",
    issuer="Northern Plains Law Enforcement Academy",
    start=date(2023, 3, 7),
    end=date(2023, 3, 8),
    hours=12.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_11,
    frame="#3e2723",
    rows=_plain(
        "NORTHERN PLAINS LAW ENFORCEMENT ACADEMY",
        "Officer Teresa L. Quinn",
        "Trauma-Informed Policing with Youth",
        "March 7-8, 2023",
        "Twelve (12) clock hours",
    ),
    signature=(90, 120, "Wes Holloway", "Academy Coordinator"),
)

centred_novel(
    "contact_hours_sentence",
    "'This program has been approved for 3.0 contact hours.' in small print under the date.",
    name="Renee P. Valdez",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="University Center for Public Safety Education",
    start=date(2023, 4, 12),
    hours=3.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_11,
    frame="#880e4f",
    rows=[
        ("Helvetica-Bold", 12, 74, "UNIVERSITY CENTER FOR PUBLIC SAFETY EDUCATION"),
        ("Times-Bold", 26, 124, "Certificate of Attendance"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 198, "Renee P. Valdez"),
        ("Times-Roman", 13, 232, "attended"),
        ("Helvetica-Bold", 16, 264, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 296, "April 12, 2023"),
        ("Helvetica-Oblique", 10, 320, "This program has been approved for 3.0 contact hours."),
    ],
    signature=(90, 120, "Prof. Alan Briggs", "Program Director"),
)

centred_novel(
    "ceu_with_clock_hours",
    "'1.6 CEUs (16 clock hours)': one amount, 16 hours, never 32.",
    name="Officer Gina M. Russo",
    title="Interviewing and Interrogating Juveniles",
    issuer="Eastern State University Continuing Education",
    start=date(2023, 5, 9),
    end=date(2023, 5, 10),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_11,
    frame="#311b92",
    rows=[
        ("Helvetica-Bold", 12, 74, "EASTERN STATE UNIVERSITY · CONTINUING EDUCATION"),
        _CERT,
        ("Times-Roman", 13, 166, "is awarded to"),
        ("Times-Bold", 24, 204, "Officer Gina M. Russo"),
        ("Times-Roman", 13, 238, "for completing"),
        ("Helvetica-Bold", 18, 272, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 306, "May 9-10, 2023  ·  1.6 CEUs (16 clock hours)"),
    ],
    signature=(90, 120, "Marianne Cole", "Dean of Continuing Education"),
)

centred_novel(
    "hours_in_sentence_words",
    "'has satisfactorily completed sixteen (16) hours of instruction in' then the title.",
    name="Deputy Alan W. Pruitt",
    title="Child Abuse and Neglect Investigations",
    issuer="Cumberland County Sheriff's Office Training Division",
    start=date(2022, 11, 2),
    end=date(2022, 11, 3),
    hours=16.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_11,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 12, 74, "CUMBERLAND COUNTY SHERIFF'S OFFICE · TRAINING DIVISION"),
        _CERT,
        ("Times-Roman", 13, 166, "This is to certify that"),
        ("Times-Bold", 24, 204, "Deputy Alan W. Pruitt"),
        ("Times-Roman", 13, 238, "has satisfactorily completed sixteen (16) hours of instruction in"),
        ("Helvetica-Bold", 18, 272, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 306, "held November 2-3, 2022"),
    ],
    signature=(90, 120, "Lt. Carla Jennings", "Training Coordinator"),
)

centred_novel(
    "hyphen_hour_workshop",
    "'who attended a 4-hour workshop held on October 3, 2022' before the title.",
    name="Officer Devin K. Marsh",
    title="Standard Response Protocol Training",
    issuer="Prairie Schools Safety Network",
    start=date(2022, 10, 3),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_11,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "PRAIRIE SCHOOLS SAFETY NETWORK"),
        ("Times-Bold", 26, 124, "Certificate of Attendance"),
        ("Times-Roman", 13, 160, "presented to"),
        ("Times-Bold", 24, 198, "Officer Devin K. Marsh"),
        ("Times-Roman", 13, 232, "who attended a 4-hour workshop held on October 3, 2022:"),
        ("Helvetica-Bold", 18, 266, "Standard Response Protocol Training"),
    ],
    signature=(90, 120, "Beth Lanier", "Network Coordinator"),
)

centred_novel(
    "webinar_90_minutes",
    "A webinar of '90 minutes' (1.5 hours).",
    name="Officer Carmen I. Velez",
    title="Trauma-Informed Policing with Youth",
    issuer="Center for Youth Justice Webinars",
    start=date(2023, 6, 21),
    hours=1.5,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_11,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "CENTER FOR YOUTH JUSTICE"),
        ("Times-Bold", 26, 124, "Webinar Certificate"),
        ("Times-Roman", 13, 160, "This acknowledges that"),
        ("Times-Bold", 24, 198, "Officer Carmen I. Velez"),
        ("Times-Roman", 13, 232, "participated in the live 90-minute webinar"),
        ("Helvetica-Bold", 18, 266, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 300, "Broadcast June 21, 2023"),
    ],
    signature=(90, 120, "Nora Fitch", "Webinar Producer"),
)

centred_novel(
    "webinar_15_hrs",
    "'CE credit: 1.5 hrs' under a webinar's date.",
    name="Lamont D. Fisher",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Safe Schools Learning Exchange",
    start=date(2023, 9, 13),
    hours=1.5,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_11,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "SAFE SCHOOLS LEARNING EXCHANGE"),
        ("Times-Bold", 26, 124, "Certificate of Participation"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 198, "Lamont D. Fisher"),
        ("Times-Roman", 13, 232, "viewed the webinar"),
        ("Helvetica-Bold", 16, 264, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 296, "September 13, 2023"),
        ("Helvetica", 12, 318, "CE credit: 1.5 hrs"),
    ],
    signature=(90, 120, "Owen Park", "Education Manager"),
)

# ------------------------------------------------------------------ two courses, each its own hours


centred_novel(
    "two_courses_lines",
    "Two courses, each on its line with its date and hours: two items (8 and 4), never one of 12.",
    name="Officer Vanessa R. Holt",
    title="Youth Mental Health First Aid",
    issuer="Lakeland Regional Training Center",
    start=date(2023, 2, 7),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_11,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKELAND REGIONAL TRAINING CENTER"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Vanessa R. Holt"),
        ("Times-Roman", 13, 238, "has completed the following courses:"),
        ("Helvetica", 12, 270, "Youth Mental Health First Aid - 02/07/2023 - 8 hours"),
        ("Helvetica", 12, 292, "Standard Response Protocol Training - 02/08/2023 - 4 hours"),
    ],
    signature=(90, 120, "Harold Wynn", "Center Director"),
)


@novel(
    "two_courses_table",
    name="Deputy Omar F. Saleh",
    title="Juvenile Law for Law Enforcement",
    issuer="Hill Country Sheriffs' Training Academy",
    start=date(2022, 4, 5),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_11,
)
def _two_courses_table(c: Any, w: float, h: float) -> None:
    """A certificate whose table lists two courses with their own dates and hours."""
    _frame(c, w, h, "#3e2723")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "HILL COUNTRY SHERIFFS' TRAINING ACADEMY"),
            ("Times-Bold", 26, 124, "Certificate of Training"),
            ("Times-Roman", 13, 160, "Presented to"),
            ("Times-Bold", 24, 196, "Deputy Omar F. Saleh"),
            ("Times-Roman", 13, 228, "for completing the courses below"),
        ],
    )
    cols = [80, 360, 470]
    c.setFont("Helvetica-Bold", 10)
    for x, head in zip(cols, ["Course", "Date", "Hours"], strict=True):
        c.drawString(x, h - 270, head)
    c.line(76, h - 276, w - 76, h - 276)
    c.setFont("Helvetica", 10)
    rows = [
        ["Juvenile Law for Law Enforcement", "04/05/2022", "8"],
        ["Interviewing and Interrogating Juveniles", "04/06/2022", "16"],
    ]
    for k, row in enumerate(rows):
        for x, cell in zip(cols, row, strict=True):
            c.drawString(x, h - 292 - 18 * k, cell)
    _signature(c, 90, 120, 200, "hcsta", "Capt. Earl Mims", "Academy Commander")


SECOND_COURSES["two_courses_lines"] = replace(
    NOVELS_11["two_courses_lines"],
    course_title="Standard Response Protocol Training",
    start_date=date(2023, 2, 8),
    end_date=date(2023, 2, 8),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
)
SECOND_COURSES["two_courses_table"] = replace(
    NOVELS_11["two_courses_table"],
    course_title="Interviewing and Interrogating Juveniles",
    start_date=date(2022, 4, 6),
    end_date=date(2022, 4, 6),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
)

# ------------------------------------------------------------------ month-only course dates

centred_novel(
    "completed_month_slash",
    "'Completed: 05/2022' (a month only): a person finds the day.",
    name="Officer Kara J. Lindqvist",
    title="Youth Mental Health First Aid",
    issuer="Northwoods Behavioral Health Alliance",
    start=date(2022, 5, 1),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    must_review=True,
    registry=NOVELS_11,
    frame="#880e4f",
    rows=_plain(
        "NORTHWOODS BEHAVIORAL HEALTH ALLIANCE",
        "Officer Kara J. Lindqvist",
        "Youth Mental Health First Aid",
        "Completed: 05/2022      Hours: 8",
    ),
    signature=(90, 120, "Ingrid Sorensen", "Program Manager"),
)

centred_novel(
    "training_month_iso",
    "'Date of training: 2022-05' (ISO year and month): a person finds the day.",
    name="Officer Paul E. Dambrosio",
    title="School Emergency Operations Planning",
    issuer="Keystone School Safety Partnership",
    start=date(2022, 5, 1),
    hours=4.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    must_review=True,
    registry=NOVELS_11,
    frame="#004d40",
    rows=_plain(
        "KEYSTONE SCHOOL SAFETY PARTNERSHIP",
        "Officer Paul E. Dambrosio",
        "School Emergency Operations Planning",
        "Date of training: 2022-05      Hours: 4",
        cue="presented to",
        done="for completing",
    ),
    signature=(90, 120, "Rita Vance", "Partnership Chair"),
)

# ------------------------------------------------------------------ participant lines


@novel(
    "instructor_level_with_name",
    name="Officer Nadia S. Petrov",
    title="Active Shooter Response for Schools",
    issuer="Riverside County Public Safety Academy",
    start=date(2023, 7, 11),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_11,
)
def _instructor_level_with_name(c: Any, w: float, h: float) -> None:
    """No cue: the participant's name over the caption 'Participant', the lead instructor's name and title
    level with it at the right (the instructor is never the holder)."""
    _frame(c, w, h, "#b71c1c")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "RIVERSIDE COUNTY PUBLIC SAFETY ACADEMY"),
            _CERT,
            ("Helvetica-Bold", 18, 180, "Active Shooter Response for Schools"),
            ("Helvetica", 12, 210, "July 11, 2023  ·  8 hours"),
        ],
    )
    c.setFont("Times-Bold", 16)
    c.drawString(80, h - 300, "Officer Nadia S. Petrov")
    c.drawString(340, h - 300, "Sgt. Howard B. Lyle")
    c.line(80, h - 306, 280, h - 306)
    c.line(340, h - 306, 540, h - 306)
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(80, h - 320, "Participant")
    c.drawString(340, h - 320, "Lead Instructor, Active Threat Unit")


centred_novel(
    "awarded_to_own_line",
    "'AWARDED TO' on its own line in small capitals, the name in a script face below.",
    name="Cpl. Justin A. Mercer",
    title="Standard Response Protocol Training",
    issuer="Blue Ridge School Safety Consortium",
    start=date(2023, 8, 8),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_11,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "BLUE RIDGE SCHOOL SAFETY CONSORTIUM"),
        ("Times-Bold", 26, 124, "Certificate of Achievement"),
        ("Helvetica", 10, 160, "AWARDED TO"),
        ("Times-BoldItalic", 26, 198, "Cpl. Justin A. Mercer"),
        ("Helvetica", 10, 228, "IN RECOGNITION OF COMPLETING"),
        ("Helvetica-Bold", 18, 262, "Standard Response Protocol Training"),
        ("Helvetica", 12, 294, "August 8, 2023  ·  4 Training Hours"),
    ],
    signature=(90, 120, "Marcy Dunn", "Consortium Director"),
)

centred_novel(
    "name_own_line_no_cue",
    "The name alone under the heading, no cue, then 'has completed'.",
    name="Rosalind T. Baptiste",
    title="Juvenile Law for Law Enforcement",
    issuer="Delta Parish Training Institute",
    start=date(2023, 10, 24),
    hours=4.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_11,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "DELTA PARISH TRAINING INSTITUTE"),
        ("Times-Bold", 28, 126, "Certificate"),
        ("Times-Bold", 24, 176, "Rosalind T. Baptiste"),
        ("Times-Roman", 13, 210, "has completed four hours of"),
        ("Helvetica-Bold", 18, 244, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 278, "October 24, 2023"),
    ],
    signature=(90, 120, "Felix Guidry", "Institute Director"),
)

centred_novel(
    "presented_to_instructor_below",
    "'Presented to' the person; 'Instructor: Sgt. Paula Greer' under the title (never the holder).",
    name="Officer Miguel A. Ochoa",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="Mesa County Crisis Intervention Program",
    start=date(2023, 5, 15),
    end=date(2023, 5, 19),
    hours=40.0,
    catalog_id="cit-youth",
    category="juvenile",
    registry=NOVELS_11,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "MESA COUNTY CRISIS INTERVENTION PROGRAM"),
        _CERT,
        ("Times-Roman", 13, 166, "Presented to"),
        ("Times-Bold", 24, 204, "Officer Miguel A. Ochoa"),
        ("Times-Roman", 13, 238, "for completing the 40-hour course"),
        ("Helvetica-Bold", 18, 272, "Crisis Intervention Teams for Youth (CIT-Y)"),
        ("Helvetica", 12, 306, "May 15-19, 2023"),
        ("Helvetica", 11, 330, "Instructor: Sgt. Paula Greer"),
    ],
    signature=(90, 120, "Dr. Simone Hart", "Program Director"),
)

# ------------------------------------------------------------------ watermark and seal


@novel(
    "watermark_across_title",
    name="Officer Heather L. Sloan",
    title="School Emergency Operations Planning",
    issuer="Great Lakes School Safety Institute",
    start=date(2023, 3, 22),
    hours=8.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_11,
)
def _watermark_across_title(c: Any, w: float, h: float) -> None:
    """A pale diagonal 'OFFICIAL' watermark crossing the heading and the name, a seal beside the title."""
    _frame(c, w, h, "#283593")
    c.saveState()
    c.setFillColor(HexColor("#e0e0e0"))
    c.setFont("Helvetica-Bold", 90)
    c.translate(w / 2, h / 2 + 120)
    c.rotate(25)
    c.drawCentredString(0, 0, "OFFICIAL")
    c.restoreState()
    c.setFillColor(black)
    _centred(
        c,
        w,
        h,
        _plain(
            "GREAT LAKES SCHOOL SAFETY INSTITUTE",
            "Officer Heather L. Sloan",
            "School Emergency Operations Planning",
            "March 22, 2023  ·  8.0 hours",
        ),
    )
    _seal(c, w - 110, h - 200, 40, HexColor("#b8860b"))
    _signature(c, 90, 120, 200, "glssi", "Victor Lund", "Institute Director")


@novel(
    "seal_ring_text",
    name="Deputy Andre L. Moultrie",
    title="Child Abuse and Neglect Investigations",
    issuer="State Criminal Justice Training Academy",
    start=date(2022, 2, 15),
    end=date(2022, 2, 17),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_11,
)
def _seal_ring_text(c: Any, w: float, h: float) -> None:
    """A seal whose ring reads 'OFFICIAL SEAL · EST. 1967' overlapping the title's end."""
    rows = _plain(
        "STATE CRIMINAL JUSTICE TRAINING ACADEMY",
        "Deputy Andre L. Moultrie",
        "Child Abuse and Neglect Investigations",
        "February 15-17, 2022  ·  24 hours",
    )
    centred_draw("scjta", "", "#3e2723", rows, (90, 120, "Dir. Paula Kemp", "Academy Director"))(c, w, h)
    cx, cy, r = w - 95, h - 150, 44
    _seal(c, cx, cy, r, HexColor("#8d6e63"))
    c.setFont("Helvetica-Bold", 6)
    c.setFillColor(HexColor("#6d4c41"))
    c.drawCentredString(cx, cy + r + 3, "OFFICIAL SEAL")
    c.drawCentredString(cx, cy - r - 8, "EST. 1967")
    c.setFillColor(black)


# ------------------------------------------------------------------ dates in words

centred_novel(
    "date_fully_in_words",
    "'Given this fifteenth day of May, two thousand twenty-two' (no numeral).",
    name="Officer Thomas E. Rainier",
    title="Active Shooter Response for Schools",
    issuer="Old Dominion Police Training Academy",
    start=date(2022, 5, 15),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_11,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "OLD DOMINION POLICE TRAINING ACADEMY"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Thomas E. Rainier"),
        ("Times-Roman", 13, 238, "has completed eight (8) hours of"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Times-Italic", 13, 306, "Given this fifteenth day of May, two thousand twenty-two"),
    ],
    signature=(90, 120, "Maj. Helen Cross", "Academy Director"),
)

centred_novel(
    "ordinal_day_of_month_year",
    "'on this 3rd day of June, 2022'.",
    name="Officer Wendell P. Ames",
    title="Youth Mental Health First Aid",
    issuer="Piedmont Community Services Board",
    start=date(2022, 6, 3),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_11,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "PIEDMONT COMMUNITY SERVICES BOARD"),
        _CERT,
        ("Times-Roman", 13, 166, "is hereby awarded to"),
        ("Times-Bold", 24, 204, "Officer Wendell P. Ames"),
        ("Times-Roman", 13, 238, "for completing eight hours of"),
        ("Helvetica-Bold", 18, 272, "Youth Mental Health First Aid"),
        ("Times-Italic", 13, 306, "on this 3rd day of June, 2022"),
    ],
    signature=(90, 120, "Grace Whitley", "Training Coordinator"),
)

# ------------------------------------------------------------------ expiry dates, numbers like dates or hours

centred_novel(
    "valid_until_expiry",
    "'Date of Training: 03/10/2023' and 'Valid Until: 03/10/2025': the expiry is no course date.",
    name="Officer Celeste N. Ward",
    title="Youth Mental Health First Aid",
    issuer="Mental Health Training Collaborative",
    start=date(2023, 3, 10),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_11,
    frame="#006064",
    rows=_plain(
        "MENTAL HEALTH TRAINING COLLABORATIVE",
        "Officer Celeste N. Ward",
        "Youth Mental Health First Aid",
        "Date of Training: 03/10/2023      Hours: 8",
        "Valid Until: 03/10/2025",
        done="is certified in",
    ),
    signature=(90, 120, "Dana Whitcomb", "Program Director"),
)

centred_novel(
    "recert_due_first",
    "'Recertification due: July 2025' printed above the course's 'July 19, 2023'.",
    name="Officer Reginald O. Banks",
    title="Standard Response Protocol Training",
    issuer="Southwest School Safety Council",
    start=date(2023, 7, 19),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_11,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "SOUTHWEST SCHOOL SAFETY COUNCIL"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Reginald O. Banks"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "Standard Response Protocol Training"),
        ("Helvetica", 11, 304, "Recertification due: July 2025"),
        ("Helvetica", 12, 328, "Training date: July 19, 2023  ·  4 hours"),
    ],
    signature=(90, 120, "Andrea Kim", "Council Chair"),
)

centred_novel(
    "expires_card",
    "'Issued: 11/02/2022  Expires: 11/02/2024' and 'Course completed 11/01/2022'.",
    name="Deputy Sharon K. Albright",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="Coastal Crisis Intervention Partnership",
    start=date(2022, 10, 28),
    end=date(2022, 11, 1),
    hours=40.0,
    catalog_id="cit-youth",
    category="juvenile",
    registry=NOVELS_11,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 13, 74, "COASTAL CRISIS INTERVENTION PARTNERSHIP"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Deputy Sharon K. Albright"),
        ("Times-Roman", 13, 238, "has completed the 40-hour"),
        ("Helvetica-Bold", 18, 272, "Crisis Intervention Teams for Youth (CIT-Y)"),
        ("Helvetica", 12, 306, "Course dates: October 28 - November 1, 2022"),
        ("Helvetica", 10, 330, "Issued: 11/02/2022      Expires: 11/02/2024"),
    ],
    signature=(90, 120, "Dr. Kevin Obi", "Clinical Director"),
)

centred_novel(
    "cert_no_like_date",
    "'Certificate No. 2022-0614' and 'Roster 06142022-17' beside a course of September 12, 2022.",
    name="Officer Jolene M. Tate",
    title="Trauma-Informed Policing with Youth",
    issuer="Heartland Juvenile Justice Training Center",
    start=date(2022, 9, 12),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_11,
    frame="#311b92",
    rows=_plain(
        "HEARTLAND JUVENILE JUSTICE TRAINING CENTER",
        "Officer Jolene M. Tate",
        "Trauma-Informed Policing with Youth",
        "September 12, 2022  ·  8 hours",
    ),
    signature=(90, 120, "Marvin Ellis", "Center Director"),
    footer=[(60, 52, "Certificate No. 2022-0614      Roster 06142022-17")],
)

centred_novel(
    "cert_no_like_hours",
    "'Certificate # 16-HR-0042' and 'Class 8H-2291' in the footer, 'Hours: 4' on the page.",
    name="Officer Trent W. Kowal",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Great Basin Public Safety Training",
    start=date(2023, 11, 14),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_11,
    frame="#37474f",
    rows=[
        ("Helvetica-Bold", 13, 74, "GREAT BASIN PUBLIC SAFETY TRAINING"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Trent W. Kowal"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 16, 270, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 302, "Date: 11/14/2023      Hours: 4"),
    ],
    signature=(90, 120, "Stella Graves", "Training Manager"),
    footer=[(60, 52, "Certificate # 16-HR-0042      Class 8H-2291")],
)

centred_novel(
    "class_time_and_hours",
    "'8:00 AM - 4:00 PM (7 hours of instruction)': 7 hours, never 8 nor 4.",
    name="Officer Yolanda C. Pierce",
    title="School Emergency Operations Planning",
    issuer="Capitol Region School Safety Office",
    start=date(2023, 2, 28),
    hours=7.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_11,
    frame="#263238",
    rows=_plain(
        "CAPITOL REGION SCHOOL SAFETY OFFICE",
        "Officer Yolanda C. Pierce",
        "School Emergency Operations Planning",
        "February 28, 2023, 8:00 AM - 4:00 PM (7 hours of instruction)",
    ),
    signature=(90, 120, "Leon Fairbanks", "Safety Director"),
)

centred_novel(
    "unrelated_commission",
    "A commission's 'Defensive Tactics Refresher', 'Credit Hours 8': unrelated, credited 0 by the rules.",
    name="Officer Dale R. Whitmore",
    title="Defensive Tactics Refresher",
    issuer="Commission on Peace Officer Standards",
    start=date(2023, 4, 4),
    hours=8.0,
    catalog_id="defensive-tactics",
    category="unrelated",
    registry=NOVELS_11,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "COMMISSION ON PEACE OFFICER STANDARDS"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This is to certify that"),
        ("Times-Bold", 24, 198, "Officer Dale R. Whitmore"),
        ("Times-Roman", 13, 232, "has completed Course # 20250-08"),
        ("Helvetica-Bold", 18, 266, "Defensive Tactics Refresher"),
        ("Helvetica", 12, 300, "04/04/2023  ·  Credit Hours 8"),
    ],
    signature=(90, 120, "Norm Castell", "Bureau Chief"),
)


@novel(
    "left_labels_inservice",
    name="Officer Brenda F. Kessler",
    title="Juvenile Law for Law Enforcement",
    issuer="Sagebrush County Sheriff's Office",
    start=date(2023, 9, 6),
    hours=2.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_11,
)
def _left_labels(c: Any, w: float, h: float) -> None:
    """An in-service record page: labels on the left ('Attendee', 'Course', 'Session date', 'Credit'), the
    instructor's line last ('Instructor: Det. Ron Alvarez, Juvenile Division')."""
    _frame(c, w, h, "#4e342e")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "SAGEBRUSH COUNTY SHERIFF'S OFFICE"),
            ("Times-Bold", 24, 120, "In-Service Training Certificate"),
        ],
    )
    _pairs(
        c,
        110,
        h - 180,
        [
            ("Attendee:", "Officer Brenda F. Kessler"),
            ("Course:", "Juvenile Law for Law Enforcement"),
            ("Session date:", "September 6, 2023"),
            ("Credit:", "2.0 hrs"),
            ("Instructor:", "Det. Ron Alvarez, Juvenile Division"),
        ],
        gap=110,
        step=24,
    )
    _signature(c, 90, 120, 200, "scso", "Sheriff Wade Tillman", "Sheriff")


def item_matches(item: ClassifiedItem, n: Novel) -> bool:
    """``item`` reads ``n``'s course: its title (case and punctuation aside) and every fact."""

    def norm(t: str | None) -> str:
        return " ".join(re.findall(r"[\w&'-]+", (t or "").lower()))

    return norm(item.course_title) == norm(n.course_title) and facts(item) == truth(n)
