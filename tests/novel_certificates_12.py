"""Round 12 of the certificate wording audit: training certificates as state POST boards, university
continuing-education offices, regional academies and bilingual issuers print them (rounds 1-11,
:mod:`tests.novel_certificates` to :mod:`tests.novel_certificates_11`, did not draw these wordings).

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- POST-like boards: a "Course Control Number" or "POST Course ID" beside the title, "Total Instructional
  Hours 24.0", "has satisfactorily fulfilled the requirements of", a "Presenter #" or a board's file number;
- continuing-education units: "1.6 CEUs" alone (16 hours), "16 PDHs", "Continuing Education Units: 2.4";
- participants in capitals with middle initials and suffixes ("JR.", "III", "SR."), surname first in
  capitals, "awarded to" on its own line above the name or after the course;
- dates: only beside a signature ("Signed this 4th day of May 2023"), a range "05/01/2023 - 05/03/2023" over
  "Date(s) of Instruction", ordinal ranges ("May 1st - 3rd, 2023"), a year in the title ("2023 Juvenile Law
  Update"), "valid through" / "Certification expires" dates that are not the course's;
- hours in a seal or a stamp, a webinar's "1.5 hours" beside "10:00 AM - 11:30 AM", "7.5 hours (including a
  0.5-hour written examination)";
- people who are not the holder: "Instructor:", "Director:", "Lead Instructor", "Attendance verified by";
- numbers that are neither dates nor hours: verification codes, certificate numbers like "2023-0417-16";
- Spanish and French certificates ("por haber completado satisfactoriamente", "intensidad horaria", "a
  participé à la formation", "les 2 et 3 octobre 2023", "14 heures").

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black

from certledger.samples import _signature
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_7 import _pairs

NOVELS_12: dict[str, Novel] = {}


# ------------------------------------------------------------------ POST-like boards

centred_novel(
    "post_course_control_number",
    "A POST board's 'Course Control Number: 21440-0512' and 'Total Instructional Hours 8.0' on one line, "
    "a name in capitals with 'JR.'.",
    name="MARCUS D. WELLINGTON JR.",
    title="Active Shooter Response for Schools",
    issuer="Board of Police Standards and Training",
    start=date(2023, 5, 9),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_12,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 13, 74, "BOARD OF POLICE STANDARDS AND TRAINING"),
        ("Times-Bold", 26, 124, "Certificate of Course Completion"),
        ("Times-Roman", 13, 160, "This is to certify that"),
        ("Times-Bold", 22, 196, "MARCUS D. WELLINGTON JR."),
        ("Times-Roman", 13, 230, "has satisfactorily fulfilled the requirements of"),
        ("Helvetica-Bold", 18, 264, "Active Shooter Response for Schools"),
        ("Helvetica", 11, 296, "Course Control Number: 21440-0512      Total Instructional Hours 8.0"),
        ("Helvetica", 11, 316, "Completed: May 9, 2023"),
    ],
    signature=(90, 120, "Lt. Col. Anita Shores", "Director of Standards"),
)

centred_novel(
    "post_dates_of_instruction",
    "'Date(s) of Instruction: 05/01/2023 - 05/03/2023' and 'Total Instructional Hours 24.0' on two lines.",
    name="Deputy Yolanda C. Merriweather",
    title="Child Abuse and Neglect Investigations",
    issuer="Piedmont Criminal Justice Training Academy",
    start=date(2023, 5, 1),
    end=date(2023, 5, 3),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_12,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "PIEDMONT CRIMINAL JUSTICE TRAINING ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "Be it known that"),
        ("Times-Bold", 24, 196, "Deputy Yolanda C. Merriweather"),
        ("Times-Roman", 13, 230, "has satisfactorily fulfilled the requirements of"),
        ("Helvetica-Bold", 18, 264, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 298, "Date(s) of Instruction: 05/01/2023 - 05/03/2023"),
        ("Helvetica", 12, 318, "Total Instructional Hours 24.0"),
    ],
    signature=(90, 120, "Capt. Eldon Ruffin", "Academy Director"),
)

centred_novel(
    "post_course_id_presenter",
    "'POST Course ID 1190-20245' and 'Presenter # 3318' beside 'Hours: 4' (neither number is hours).",
    name="Officer Tamsin L. Beaudry",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Northern Lakes Regional Training Center",
    start=date(2023, 2, 22),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_12,
    frame="#37474f",
    rows=[
        ("Helvetica-Bold", 13, 74, "NORTHERN LAKES REGIONAL TRAINING CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Attendance"),
        ("Times-Roman", 13, 160, "presented to"),
        ("Times-Bold", 24, 196, "Officer Tamsin L. Beaudry"),
        ("Times-Roman", 13, 230, "for attending"),
        ("Helvetica-Bold", 16, 262, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 11, 294, "POST Course ID 1190-20245      Presenter # 3318"),
        ("Helvetica", 11, 314, "February 22, 2023      Hours: 4"),
    ],
    signature=(90, 120, "Wendell Raske", "Training Coordinator"),
)

centred_novel(
    "board_file_number_like_date",
    "A board's 'File No. 2023-0417-16' (like a date and hours) under the heading; the course ran 04/12/2023, "
    "8 h.",
    name="Officer Gregory P. Lindqvist",
    title="Trauma-Informed Policing with Youth",
    issuer="State Board of Law Enforcement Education",
    start=date(2023, 4, 12),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_12,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "STATE BOARD OF LAW ENFORCEMENT EDUCATION"),
        ("Helvetica", 10, 92, "File No. 2023-0417-16"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Gregory P. Lindqvist"),
        ("Times-Roman", 13, 238, "completed"),
        ("Helvetica-Bold", 18, 270, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 304, "on 04/12/2023 for 8.0 hours of credit"),
    ],
    signature=(90, 120, "Marla Vinter", "Executive Secretary"),
)

# ------------------------------------------------------------------ continuing-education units


@novel(
    "ceu_title_then_awarded_to",
    name="Officer Dana K. Pruitt",
    title="Youth Mental Health First Aid",
    issuer="University of the Northern Plains, Division of Continuing Studies",
    start=date(2023, 3, 14),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_12,
)
def _ceu_title_then_awarded_to(c: Any, w: float, h: float) -> None:
    """A university's continuing studies certificate: the course first ('In recognition of the successful
    completion of'), then 'awarded to' alone on its line over the name; '0.8 CEUs' only (8 hours)."""
    _frame(c, w, h, "#4a148c")
    _centred(
        c,
        w,
        h,
        [
            ("Times-Bold", 15, 70, "UNIVERSITY OF THE NORTHERN PLAINS"),
            ("Times-Italic", 12, 88, "Division of Continuing Studies"),
            ("Times-Bold", 28, 136, "Certificate of Achievement"),
            ("Times-Roman", 13, 172, "In recognition of the successful completion of"),
            ("Helvetica-Bold", 18, 204, "Youth Mental Health First Aid"),
            ("Times-Italic", 13, 238, "awarded to"),
            ("Times-Bold", 24, 274, "Officer Dana K. Pruitt"),
            ("Helvetica", 12, 312, "March 14, 2023   \u00b7   0.8 CEUs"),
        ],
    )
    _signature(c, 90, 120, 200, "unp", "Dr. Helena Voss", "Dean, Continuing Studies")


centred_novel(
    "pdhs_plural",
    "'16 PDHs' (professional development hours, plural) and a two-day span 'June 6-7, 2023'.",
    name="Sgt. Corinne A. Blackwood",
    title="School Emergency Operations Planning",
    issuer="Great Basin Educational Cooperative",
    start=date(2023, 6, 6),
    end=date(2023, 6, 7),
    hours=16.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_12,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "GREAT BASIN EDUCATIONAL COOPERATIVE"),
        ("Times-Bold", 26, 124, "Professional Learning Certificate"),
        ("Times-Roman", 13, 160, "This certificate is presented to"),
        ("Times-Bold", 24, 196, "Sgt. Corinne A. Blackwood"),
        ("Times-Roman", 13, 230, "for participation in"),
        ("Helvetica-Bold", 18, 262, "School Emergency Operations Planning"),
        ("Helvetica", 12, 296, "June 6-7, 2023      16 PDHs"),
    ],
    signature=(90, 120, "Orlan Metz", "Professional Learning Director"),
)

centred_novel(
    "ceu_label_value",
    "'Continuing Education Units: 2.4' (24 hours) under a three-day course.",
    name="Officer Naveen R. Chandrasekar",
    title="Child Abuse and Neglect Investigations",
    issuer="Coastal State University Extended Education",
    start=date(2023, 7, 11),
    end=date(2023, 7, 13),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_12,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "COASTAL STATE UNIVERSITY  \u2022  EXTENDED EDUCATION"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This is to certify that"),
        ("Times-Bold", 24, 196, "Officer Naveen R. Chandrasekar"),
        ("Times-Roman", 13, 230, "has successfully completed"),
        ("Helvetica-Bold", 18, 262, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 296, "July 11-13, 2023"),
        ("Helvetica", 12, 316, "Continuing Education Units: 2.4"),
    ],
    signature=(90, 120, "Priscilla Oduya", "Associate Dean"),
)

# ------------------------------------------------------------------ participants

centred_novel(
    "caps_name_suffix_iii",
    "'awarded to' alone on its line over 'ROBERT J. HALVORSEN III' in capitals.",
    name="ROBERT J. HALVORSEN III",
    title="Interviewing and Interrogating Juveniles",
    issuer="Mesa Verde Law Enforcement Academy",
    start=date(2023, 10, 17),
    end=date(2023, 10, 18),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_12,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "MESA VERDE LAW ENFORCEMENT ACADEMY"),
        ("Times-Bold", 28, 124, "Certificate"),
        ("Times-Roman", 13, 160, "awarded to"),
        ("Times-Bold", 24, 196, "ROBERT J. HALVORSEN III"),
        ("Times-Roman", 13, 230, "for completing"),
        ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 296, "October 17-18, 2023  |  16 Hours"),
    ],
    signature=(90, 120, "Cmdr. Felipe Arvizu", "Academy Commander"),
)

centred_novel(
    "caps_surname_first_sr",
    "The name surname first in capitals with 'SR.' ('OKAFOR, LAWRENCE P., SR.') under 'Participant'.",
    name="LAWRENCE P. OKAFOR SR.",
    title="Standard Response Protocol Training",
    issuer="Heartland School Safety Institute",
    start=date(2023, 8, 2),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_12,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "HEARTLAND SCHOOL SAFETY INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Helvetica", 10, 160, "PARTICIPANT"),
        ("Times-Bold", 22, 192, "OKAFOR, LAWRENCE P., SR."),
        ("Times-Roman", 13, 226, "has completed the course"),
        ("Helvetica-Bold", 18, 258, "Standard Response Protocol Training"),
        ("Helvetica", 12, 292, "Date: 08/02/2023      Credit: 4 hours"),
    ],
    signature=(90, 120, "Ingrid Solberg", "Program Manager"),
)

centred_novel(
    "instructor_director_lines",
    "'Instructor: Sgt. Paul Everly' and 'Director: Dr. Ruth Ann Keller' under the course, never the holder.",
    name="Officer Celeste M. Ingram",
    title="Juvenile Law for Law Enforcement",
    issuer="River Valley Police Training Institute",
    start=date(2023, 1, 26),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_12,
    frame="#33691e",
    rows=[
        ("Helvetica-Bold", 13, 74, "RIVER VALLEY POLICE TRAINING INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Celeste M. Ingram"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 296, "January 26, 2023  \u2014  8 hours"),
        ("Helvetica", 11, 330, "Instructor: Sgt. Paul Everly"),
        ("Helvetica", 11, 348, "Director: Dr. Ruth Ann Keller"),
    ],
    signature=(90, 120, "Dr. Ruth Ann Keller", "Director"),
)


@novel(
    "instructor_above_name",
    name="Deputy Harlan W. Frost",
    title="Youth Mental Health First Aid",
    issuer="Cascade County Sheriff's Office",
    start=date(2023, 11, 8),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_12,
)
def _instructor_above_name(c: Any, w: float, h: float) -> None:
    """'Lead Instructor: Maya Torvik' printed under the heading, above the cue and the holder's name."""
    _frame(c, w, h, "#004d40")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "CASCADE COUNTY SHERIFF'S OFFICE"),
            ("Times-Bold", 26, 120, "Youth Mental Health First Aid"),
            ("Helvetica", 11, 146, "Lead Instructor: Maya Torvik"),
            ("Times-Roman", 13, 188, "This certifies that"),
            ("Times-Bold", 24, 224, "Deputy Harlan W. Frost"),
            ("Times-Roman", 13, 258, "has completed the eight-hour course named above"),
            ("Helvetica", 12, 290, "on November 8, 2023  (8 hours)"),
        ],
    )
    _signature(c, 90, 120, 200, "ccso", "Sheriff Ola Brandvold", "Sheriff")


centred_novel(
    "attendance_verified_by",
    "'Attendance verified by: Lt. Sandra Obi' under the hours line (a signer, never the holder).",
    name="Officer Jerome A. Whitfield",
    title="Standard Response Protocol Training",
    issuer="Plains Unified School District Police",
    start=date(2023, 8, 14),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_12,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "PLAINS UNIFIED SCHOOL DISTRICT POLICE"),
        ("Times-Bold", 26, 124, "Training Certificate"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Jerome A. Whitfield"),
        ("Times-Roman", 13, 230, "attended"),
        ("Helvetica-Bold", 18, 262, "Standard Response Protocol Training"),
        ("Helvetica", 12, 296, "August 14, 2023  \u00b7  4.0 hours"),
        ("Helvetica-Oblique", 10, 324, "Attendance verified by: Lt. Sandra Obi"),
    ],
    signature=(90, 120, "Chief Arlo Pinkney", "Chief of Police"),
)

# ------------------------------------------------------------------ dates


@novel(
    "date_beside_signature_only",
    name="Officer Priscilla G. Hawthorne",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Tidewater Juvenile Services Council",
    start=date(2023, 5, 4),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_12,
)
def _date_beside_signature_only(c: Any, w: float, h: float) -> None:
    """The only date is beside the signature, 'Signed this 4th day of May 2023' (no comma)."""
    _frame(c, w, h, "#880e4f")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "TIDEWATER JUVENILE SERVICES COUNCIL"),
            ("Times-Bold", 26, 124, "Certificate of Completion"),
            ("Times-Roman", 13, 160, "This certifies that"),
            ("Times-Bold", 24, 196, "Officer Priscilla G. Hawthorne"),
            ("Times-Roman", 13, 230, "has completed four (4) hours of training in"),
            ("Helvetica-Bold", 16, 262, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ],
    )
    _signature(c, 90, 130, 200, "tjsc", "Beatrix Lowell", "Council Chair")
    c.setFont("Times-Italic", 12)
    c.drawString(340, 140, "Signed this 4th day of May 2023")


centred_novel(
    "ordinal_day_range",
    "An ordinal range 'May 1st - 3rd, 2023' and '24 Hours' on one line.",
    name="Officer Benedikt S. Marchetti",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="Sonoran Behavioral Health Partnership",
    start=date(2023, 5, 1),
    end=date(2023, 5, 3),
    hours=24.0,
    catalog_id="cit-youth",
    category="juvenile",
    registry=NOVELS_12,
    frame="#01579b",
    rows=[
        ("Helvetica-Bold", 13, 74, "SONORAN BEHAVIORAL HEALTH PARTNERSHIP"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Benedikt S. Marchetti"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Crisis Intervention Teams for Youth (CIT-Y)"),
        ("Helvetica", 12, 296, "May 1st - 3rd, 2023   \u2022   24 Hours"),
    ],
    signature=(90, 120, "Dr. Amara Whitlock", "Program Director"),
)

centred_novel(
    "year_in_title",
    "A year in the title ('2023 Juvenile Law Update'), the course on 'January 10, 2023' for '4 hours'.",
    name="Deputy Sofia R. Lindgren",
    title="2023 Juvenile Law Update",
    issuer="Office of the District Attorney, Training Unit",
    start=date(2023, 1, 10),
    hours=4.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_12,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "OFFICE OF THE DISTRICT ATTORNEY  \u2022  TRAINING UNIT"),
        ("Times-Bold", 26, 124, "Certificate of Attendance"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Sofia R. Lindgren"),
        ("Times-Roman", 13, 230, "attended"),
        ("Helvetica-Bold", 18, 262, "2023 Juvenile Law Update"),
        ("Helvetica", 12, 296, "held January 10, 2023, for 4 hours"),
    ],
    signature=(90, 120, "ADA Quentin Farrow", "Training Coordinator"),
)

centred_novel(
    "certification_expires_first",
    "'Certification expires: 06/30/2025' printed above 'Course completed 06/28/2023' (the expiry is no "
    "course date).",
    name="Officer Ruben T. Castellanos",
    title="Firearms Qualification",
    issuer="Valley Regional Firearms Range",
    start=date(2023, 6, 28),
    hours=4.0,
    catalog_id="firearms-qual",
    category="unrelated",
    registry=NOVELS_12,
    frame="#212121",
    rows=[
        ("Helvetica-Bold", 13, 74, "VALLEY REGIONAL FIREARMS RANGE"),
        ("Times-Bold", 26, 124, "Qualification Certificate"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Ruben T. Castellanos"),
        ("Times-Roman", 13, 230, "has successfully completed"),
        ("Helvetica-Bold", 18, 262, "Firearms Qualification"),
        ("Helvetica", 11, 294, "Certification expires: 06/30/2025"),
        ("Helvetica", 12, 314, "Course completed 06/28/2023  \u00b7  4 hours"),
    ],
    signature=(90, 120, "Rangemaster Ivo Daniels", "Rangemaster"),
)

centred_novel(
    "good_through_card_date",
    "'Good through May 2025' under 'Training date: 05/16/2023' and 'Hours: 8'.",
    name="Officer Lucinda B. Harrow",
    title="Defensive Tactics Refresher",
    issuer="Metro Police Training Bureau",
    start=date(2023, 5, 16),
    hours=8.0,
    catalog_id="defensive-tactics",
    category="unrelated",
    registry=NOVELS_12,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "METRO POLICE TRAINING BUREAU"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Lucinda B. Harrow"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Defensive Tactics Refresher"),
        ("Helvetica", 12, 296, "Training date: 05/16/2023      Hours: 8"),
        ("Helvetica-Oblique", 10, 318, "Good through May 2025"),
    ],
    signature=(90, 120, "Sgt. Hollis Brandt", "Defensive Tactics Coordinator"),
)

# ------------------------------------------------------------------ hours in odd places


@novel(
    "hours_in_seal",
    name="Officer Keisha L. Montgomery",
    title="Interviewing and Interrogating Juveniles",
    issuer="Bayou State Juvenile Justice Institute",
    start=date(2022, 10, 12),
    end=date(2022, 10, 13),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_12,
)
def _hours_in_seal(c: Any, w: float, h: float) -> None:
    """The hours printed only inside a round seal at the foot ('16' over 'HOURS', 'CREDIT' under)."""
    _frame(c, w, h, "#1565c0")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "BAYOU STATE JUVENILE JUSTICE INSTITUTE"),
            ("Times-Bold", 26, 124, "Certificate of Completion"),
            ("Times-Roman", 13, 160, "This certifies that"),
            ("Times-Bold", 24, 196, "Officer Keisha L. Montgomery"),
            ("Times-Roman", 13, 230, "has completed"),
            ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
            ("Helvetica", 12, 296, "October 12-13, 2022"),
        ],
    )
    cx, cy, r = w - 150, 150, 52
    c.setStrokeColor(HexColor("#1565c0"))
    c.setFillColor(HexColor("#1565c0"))
    c.setLineWidth(2)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.setLineWidth(0.8)
    c.circle(cx, cy, r - 7, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 24)
    c.drawCentredString(cx, cy + 2, "16")
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(cx, cy - 14, "HOURS")
    c.setFont("Helvetica", 7)
    c.drawCentredString(cx, cy - 26, "CREDIT")
    c.setFillColor(black)
    c.setStrokeColor(black)
    _signature(c, 90, 120, 200, "bsjji", "Dr. Avery Thibodeaux", "Executive Director")


@novel(
    "hours_in_stamp_box",
    name="Officer Dmitri V. Sokolov",
    title="School Emergency Operations Planning",
    issuer="Northwest School Safety Center",
    start=date(2023, 9, 19),
    hours=8.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_12,
)
def _hours_in_stamp_box(c: Any, w: float, h: float) -> None:
    """A boxed stamp at the foot: 'POST APPROVED' / '8.0 HOURS' / 'Cert. 77-1903' (the stamp's number is
    no hours)."""
    _frame(c, w, h, "#2e7d32")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "NORTHWEST SCHOOL SAFETY CENTER"),
            ("Times-Bold", 26, 124, "Certificate of Completion"),
            ("Times-Roman", 13, 160, "This certifies that"),
            ("Times-Bold", 24, 196, "Officer Dmitri V. Sokolov"),
            ("Times-Roman", 13, 230, "has completed"),
            ("Helvetica-Bold", 18, 262, "School Emergency Operations Planning"),
            ("Helvetica", 12, 296, "September 19, 2023"),
        ],
    )
    x, y = w - 230, 96
    c.setStrokeColor(HexColor("#c62828"))
    c.setFillColor(HexColor("#c62828"))
    c.setLineWidth(2)
    c.rect(x, y, 150, 70)
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(x + 75, y + 50, "POST APPROVED")
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(x + 75, y + 30, "8.0 HOURS")
    c.setFont("Helvetica", 8)
    c.drawCentredString(x + 75, y + 12, "Cert. 77-1903")
    c.setFillColor(black)
    c.setStrokeColor(black)
    _signature(c, 90, 120, 200, "nwssc", "Jolene Marsh", "Center Director")


centred_novel(
    "webinar_time_range",
    "A webinar of '1.5 hours' beside its time '10:00 AM - 11:30 AM CT' (never 10 or 11.5 hours).",
    name="Officer Isabela F. Duarte",
    title="Social Media Threats and Students",
    issuer="Midwest Center for School Safety",
    start=date(2023, 3, 7),
    hours=1.5,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_12,
    frame="#6a1b9a",
    rows=[
        ("Helvetica-Bold", 13, 74, "MIDWEST CENTER FOR SCHOOL SAFETY"),
        ("Times-Bold", 26, 124, "Webinar Certificate"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Isabela F. Duarte"),
        ("Times-Roman", 13, 230, "attended the live webinar"),
        ("Helvetica-Bold", 18, 262, "Social Media Threats and Students"),
        ("Helvetica", 12, 296, "March 7, 2023, 10:00 AM - 11:30 AM CT"),
        ("Helvetica", 12, 316, "Credit: 1.5 hours"),
    ],
    signature=(90, 120, "Dr. Lorraine Pike", "Center Director"),
)

centred_novel(
    "hours_including_exam",
    "'7.5 hours (including a 0.5-hour written examination)': the total is 7.5.",
    name="Officer Terrence J. Albright",
    title="Juvenile Law for Law Enforcement",
    issuer="Lakeshore Police Academy",
    start=date(2023, 4, 25),
    hours=7.5,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_12,
    frame="#0277bd",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKESHORE POLICE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Terrence J. Albright"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 296, "April 25, 2023"),
        ("Helvetica", 11, 316, "7.5 hours (including a 0.5-hour written examination)"),
    ],
    signature=(90, 120, "Dir. Paulette Greer", "Academy Director"),
)

centred_novel(
    "course_code_in_title",
    "A course code before the title ('JS-101: Juvenile Law for Law Enforcement'); 'Hours Awarded: 8'.",
    name="Officer Amelia J. Thornquist",
    title="JS-101: Juvenile Law for Law Enforcement",
    issuer="Prairie State Criminal Justice Institute",
    start=date(2023, 2, 8),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_12,
    frame="#5d4037",
    rows=[
        ("Helvetica-Bold", 13, 74, "PRAIRIE STATE CRIMINAL JUSTICE INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Amelia J. Thornquist"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "JS-101: Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 296, "Date: 02/08/2023      Hours Awarded: 8"),
    ],
    signature=(90, 120, "Hon. Clark Ridley", "Institute Director"),
)

centred_novel(
    "verification_code_digits",
    "A verification line 'Verification code 8841-2023-0816 · verify.example.org/8841' (never a date, "
    "never hours) under the facts.",
    name="Deputy Marisol E. Ventura",
    title="Youth Mental Health First Aid",
    issuer="Cornerstone Behavioral Training",
    start=date(2023, 8, 16),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_12,
    frame="#00695c",
    rows=[
        ("Helvetica-Bold", 13, 74, "CORNERSTONE BEHAVIORAL TRAINING"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Marisol E. Ventura"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 296, "August 16, 2023  \u00b7  8 hours"),
    ],
    signature=(90, 120, "Renata Sorensen", "Training Manager"),
    footer=[(90, 60, "Verification code 8841-2023-0816  \u00b7  verify.example.org/8841")],
)

centred_novel(
    "certificate_number_like_date_hours",
    "'Certificate Number: 2023-0417-16' above the facts; the course 'April 12, 2023', '4 hours'.",
    name="Officer Winston A. Abernathy",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Southern Tier Youth Safety Alliance",
    start=date(2023, 4, 12),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_12,
    frame="#ad1457",
    rows=[
        ("Helvetica-Bold", 13, 74, "SOUTHERN TIER YOUTH SAFETY ALLIANCE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Helvetica", 10, 144, "Certificate Number: 2023-0417-16"),
        ("Times-Roman", 13, 180, "This certifies that"),
        ("Times-Bold", 24, 214, "Officer Winston A. Abernathy"),
        ("Times-Roman", 13, 246, "has completed"),
        ("Helvetica-Bold", 16, 276, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 308, "April 12, 2023  \u2014  4 hours"),
    ],
    signature=(90, 120, "Noreen Castile", "Alliance Coordinator"),
)

# ------------------------------------------------------------------ Spanish and French

centred_novel(
    "es_intensidad_horaria",
    "Spanish (Colombia): 'por haber completado satisfactoriamente', 'realizado del 10 al 12 de julio de "
    "2023', 'Intensidad horaria: 20 horas'.",
    name="Subintendente Andrés Felipe Rojas",
    title="Prevención de la Violencia Escolar",
    issuer="Escuela de Policía Metropolitana",
    start=date(2023, 7, 10),
    end=date(2023, 7, 12),
    hours=20.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_12,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "ESCUELA DE POLICÍA METROPOLITANA"),
        ("Times-Bold", 28, 124, "Certificado"),
        ("Times-Roman", 13, 160, "Se otorga el presente certificado a"),
        ("Times-Bold", 22, 196, "Subintendente Andrés Felipe Rojas"),
        ("Times-Roman", 13, 230, "por haber completado satisfactoriamente el curso"),
        ("Helvetica-Bold", 18, 262, "Prevención de la Violencia Escolar"),
        ("Helvetica", 12, 296, "realizado del 10 al 12 de julio de 2023"),
        ("Helvetica", 12, 316, "Intensidad horaria: 20 horas"),
    ],
    signature=(90, 120, "Coronel Mauricio Lozano", "Director de la Escuela"),
)

centred_novel(
    "es_dias_y",
    "Spanish: 'los días 8 y 9 de junio de 2023' (two days joined by 'y'), 'con una duración de 16 horas'.",
    name="Agente Rosa Elena Quintero",
    title="Intervención con Adolescentes en Crisis",
    issuer="Instituto de Formación Policial",
    start=date(2023, 6, 8),
    end=date(2023, 6, 9),
    hours=16.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_12,
    frame="#e65100",
    rows=[
        ("Helvetica-Bold", 13, 74, "INSTITUTO DE FORMACIÓN POLICIAL"),
        ("Times-Bold", 26, 124, "Constancia de Participación"),
        ("Times-Roman", 13, 160, "Se extiende la presente constancia a"),
        ("Times-Bold", 24, 196, "Agente Rosa Elena Quintero"),
        ("Times-Roman", 13, 230, "quien participó en el taller"),
        ("Helvetica-Bold", 18, 262, "Intervención con Adolescentes en Crisis"),
        ("Helvetica", 12, 296, "los días 8 y 9 de junio de 2023, con una duración de 16 horas"),
    ],
    signature=(90, 120, "Mtra. Gabriela Ochoa", "Coordinadora Académica"),
)

centred_novel(
    "fr_les_deux_jours",
    "French: 'a participé à la formation', 'les 2 et 3 octobre 2023', 'pour un total de 14 heures'.",
    name="Agente Mireille Fontaine",
    title="Prévention de la violence en milieu scolaire",
    issuer="École nationale de police, formation continue",
    start=date(2023, 10, 2),
    end=date(2023, 10, 3),
    hours=14.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_12,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "ÉCOLE NATIONALE DE POLICE  \u2014  FORMATION CONTINUE"),
        ("Times-Bold", 26, 124, "Attestation de formation"),
        ("Times-Roman", 13, 160, "Nous attestons que"),
        ("Times-Bold", 24, 196, "Agente Mireille Fontaine"),
        ("Times-Roman", 13, 230, "a participé à la formation"),
        ("Helvetica-Bold", 18, 262, "Prévention de la violence en milieu scolaire"),
        ("Helvetica", 12, 296, "les 2 et 3 octobre 2023, pour un total de 14 heures"),
    ],
    signature=(90, 120, "Julien Marchand", "Directeur de la formation continue"),
)

centred_novel(
    "fr_heures_de_formation",
    "French: 'Nombre d'heures de formation : 7' and 'Date de la formation : 15/11/2023'.",
    name="Sergent Olivier Desrosiers",
    title="Intervention auprès des jeunes en crise",
    issuer="Institut de formation policière de l'Outaouais",
    start=date(2023, 11, 15),
    hours=7.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_12,
    frame="#311b92",
    rows=[
        ("Helvetica-Bold", 13, 74, "INSTITUT DE FORMATION POLICIÈRE DE L'OUTAOUAIS"),
        ("Times-Bold", 26, 124, "Attestation de réussite"),
        ("Times-Roman", 13, 160, "décernée à"),
        ("Times-Bold", 24, 196, "Sergent Olivier Desrosiers"),
        ("Times-Roman", 13, 230, "qui a réussi la formation"),
        ("Helvetica-Bold", 18, 262, "Intervention auprès des jeunes en crise"),
        ("Helvetica", 12, 296, "Date de la formation : 15/11/2023"),
        ("Helvetica", 12, 316, "Nombre d'heures de formation : 7"),
    ],
    signature=(90, 120, "Nathalie Gagnon", "Directrice des études"),
)

# ------------------------------------------------------------------ layouts


@novel(
    "left_labels_caps_values",
    name="KATHERINE M. DUBOIS",
    title="Threat Assessment in K-12 Schools",
    issuer="Commonwealth School Safety Training Office",
    start=date(2023, 3, 28),
    end=date(2023, 3, 29),
    hours=12.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_12,
)
def _left_labels_caps_values(c: Any, w: float, h: float) -> None:
    """A record-style certificate with labels at the left: 'Name of Participant', 'Program', 'Date(s)' as
    '03/28/2023 & 03/29/2023', 'Clock Hours', and a 'Director:' line last."""
    _frame(c, w, h, "#1f3a68")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "COMMONWEALTH SCHOOL SAFETY TRAINING OFFICE"),
            ("Times-Bold", 24, 120, "Certificate of Program Completion"),
        ],
    )
    _pairs(
        c,
        100,
        h - 180,
        [
            ("Name of Participant:", "KATHERINE M. DUBOIS"),
            ("Program:", "Threat Assessment in K-12 Schools"),
            ("Date(s):", "03/28/2023 & 03/29/2023"),
            ("Clock Hours:", "12.0"),
            ("Director:", "Dr. Samuel Okonjo"),
        ],
        gap=150,
        step=24,
    )
    _signature(c, 90, 120, 200, "cssto", "Dr. Samuel Okonjo", "Director")


@novel(
    "landscape_two_signers",
    name="Officer Reginald T. Baptiste",
    title="Active Shooter Response for Schools",
    issuer="Gulf Plains Tactical Training Group",
    start=date(2023, 7, 20),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_12,
    pagesize=(792.0, 612.0),
)
def _landscape_two_signers(c: Any, w: float, h: float) -> None:
    """A landscape page with two signers at the foot ('Lead Instructor' left, 'Director' right) and the
    date under the left one only ('Date: 07/20/2023'); '8 Contact Hours' under the title."""
    _frame(c, w, h, "#ff6f00")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 70, "GULF PLAINS TACTICAL TRAINING GROUP"),
            ("Times-Bold", 30, 120, "Certificate of Completion"),
            ("Times-Roman", 14, 160, "is hereby granted to"),
            ("Times-Bold", 26, 198, "Officer Reginald T. Baptiste"),
            ("Times-Roman", 14, 234, "for successfully completing"),
            ("Helvetica-Bold", 20, 268, "Active Shooter Response for Schools"),
            ("Helvetica", 13, 300, "8 Contact Hours"),
        ],
    )
    _signature(c, 90, 130, 200, "gptt1", "Sgt. Mason Ellery", "Lead Instructor")
    _signature(c, w - 290, 130, 200, "gptt2", "Victor Almanza", "Director")
    c.setFont("Helvetica", 10)
    c.drawString(90, 84, "Date: 07/20/2023")


centred_novel(
    "sessions_two_half_days",
    "Two sessions on one line 'Sessions: 09/12/2023 and 09/19/2023 (4 hours each)', 'Total: 8 hours'.",
    name="Officer Anneliese K. Vogt",
    title="Trauma-Informed Policing with Youth",
    issuer="Three Rivers Juvenile Justice Collaborative",
    start=date(2023, 9, 12),
    end=date(2023, 9, 19),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_12,
    frame="#4527a0",
    rows=[
        ("Helvetica-Bold", 13, 74, "THREE RIVERS JUVENILE JUSTICE COLLABORATIVE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Anneliese K. Vogt"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 296, "Sessions: 09/12/2023 and 09/19/2023 (4 hours each)"),
        ("Helvetica", 12, 316, "Total: 8 hours"),
    ],
    signature=(90, 120, "Delphine Acheson", "Collaborative Chair"),
)

centred_novel(
    "online_module_completed_timestamp",
    "An online module: 'Completed on 05/04/2023 at 2:32 PM', 'Credit hours: 2.0'.",
    name="Officer Tobias N. Grunewald",
    title="Recognizing Signs of Child Trafficking",
    issuer="SafeSchools Online Academy",
    start=date(2023, 5, 4),
    hours=2.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_12,
    frame="#00838f",
    rows=[
        ("Helvetica-Bold", 13, 74, "SAFESCHOOLS ONLINE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Tobias N. Grunewald"),
        ("Times-Roman", 13, 230, "has completed the online module"),
        ("Helvetica-Bold", 18, 262, "Recognizing Signs of Child Trafficking"),
        ("Helvetica", 12, 296, "Completed on 05/04/2023 at 2:32 PM      Credit hours: 2.0"),
    ],
    signature=(90, 120, "Compliance Team", "SafeSchools Online Academy"),
)

centred_novel(
    "hours_word_before_number",
    "'Hours of Credit Earned — Eight (8.0)' with the date in words 'the twelfth of September, 2023'.",
    name="Deputy Fernando L. Ibáñez",
    title="Defensive Tactics Refresher",
    issuer="High Desert Sheriffs' Training Consortium",
    start=date(2023, 9, 12),
    hours=8.0,
    catalog_id="defensive-tactics",
    category="unrelated",
    registry=NOVELS_12,
    frame="#6d4c41",
    rows=[
        ("Helvetica-Bold", 13, 74, "HIGH DESERT SHERIFFS' TRAINING CONSORTIUM"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Fernando L. Ibáñez"),
        ("Times-Roman", 13, 230, "completed on the twelfth of September, 2023"),
        ("Helvetica-Bold", 18, 262, "Defensive Tactics Refresher"),
        ("Helvetica", 12, 296, "Hours of Credit Earned \u2014 Eight (8.0)"),
    ],
    signature=(90, 120, "Undersheriff Nola Crane", "Consortium Chair"),
)
