"""Round 4 of the certificate wording audit: issuers, layouts and wordings rounds 1-3
(:mod:`tests.novel_certificates`, :mod:`tests.novel_certificates_2`, :mod:`tests.novel_certificates_3`,
:mod:`tests.issuer_formats`) did not model.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- durations: "90 minutes", "Duration: 2.5 hrs", "Length of course: three days (24 hours)", an unlabelled
  "1h 26m" under the completion line, "approximately 300 hours", "0.8 CEU / 8 contact hours", a CEU figure
  that disagrees with the contact hours, "7,5 heures", "Credit Hours: 8.00";
- dates: a year-first dotted "2023.05.17", "17 May 2023" from a US issuer, "May 17th, 2023", "the 17th day
  of May, 2023", two-digit years with a validity date ("Issued: 05/17/23  Valid until: 05/17/25"), a range
  over a year end, a list of days sharing one year ("3/6, 3/7, 3/8/2023"), "Spring 2022 Cohort" and
  "FY2023" beside the real date;
- layouts: a landscape page with a translucent seal over the date line, two signature blocks naming an
  instructor and a director, a name printed after the title, a name in capitals with a suffix, hyphenated
  names, a wallet card, an online LMS certificate;
- issuers: FEMA EMI independent study, a state POST, a university continuing education unit, an online
  LMS, CIT for youth, ALICE, Handle With Care, a French and a Spanish certificate.

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import FEMA, _seal, _signature
from tests.issuer_formats import lines_at
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_2 import _small

NOVELS_4: dict[str, Novel] = {}
LANDSCAPE = landscape(letter)
WALLET = (252.0, 144.0)  # 3.5 x 2 inches


# ------------------------------------------------------------------------------ durations


centred_novel(
    "lms_two_and_half",
    "An online LMS: 'has completed the online course', an ordinal 'May 17th, 2023' and 'Duration: 2.5 hrs', "
    "a learner id and a URL in the footer.",
    name="Courtney A. Baptiste",
    title="Recognizing Signs of Human Trafficking in Schools",
    issuer="SafeCampus Learning Network",
    start=date(2023, 5, 17),
    hours=2.5,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
    frame="#00695c",
    rows=[
        ("Helvetica-Bold", 15, 62, "SafeCampus Learning Network"),
        ("Times-Bold", 30, 110, "Certificate of Completion"),
        ("Times-Roman", 14, 144, "Courtney A. Baptiste"),
        ("Times-Roman", 14, 170, "has completed the online course"),
        ("Helvetica-Bold", 20, 206, "Recognizing Signs of Human Trafficking in Schools"),
        ("Times-Roman", 13, 240, "Completed: May 17th, 2023"),
        ("Times-Roman", 13, 260, "Duration: 2.5 hrs"),
    ],
    signature=(90, 80, "Melissa J. Harmon", "Director of Learning Services"),
    footer=[(470, 56, "Learner ID 00418273"), (470, 44, "Verify at safecampus.example.com/verify")],
)


centred_novel(
    "webinar_minutes",
    "A live webinar's attendance certificate: '90 minutes' and nothing else of length, 'in recognition of "
    "attending', '17 May 2023' day-first in words from a US issuer.",
    name="Rafael O. Mendoza",
    title="Threat Assessment Teams in K-12 Schools",
    issuer="National Threat Assessment Webinar Series",
    start=date(2023, 5, 17),
    hours=1.5,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_4,
    frame="#37474f",
    rows=[
        ("Helvetica-Bold", 13, 80, "NATIONAL THREAT ASSESSMENT WEBINAR SERIES"),
        ("Times-Bold", 26, 134, "Certificate of Attendance"),
        ("Times-Roman", 13, 168, "In recognition of attending the live webinar"),
        ("Helvetica-Bold", 18, 200, "Threat Assessment Teams in K-12 Schools"),
        ("Times-Roman", 13, 232, "this certificate is presented to"),
        ("Times-Bold", 24, 268, "Rafael O. Mendoza"),
        ("Times-Roman", 13, 302, "17 May 2023  -  90 minutes"),
    ],
    signature=(90, 130, "Dr. Claire S. Whitford", "Series Moderator"),
)


centred_novel(
    "lms_unlabelled_hm",
    "An online course platform: 'Congratulations' above the name, the course, then 'Course completed on "
    "May 17, 2023' with an unlabelled '1h 26m' of seat time under it.",
    name="Tobias R. Lindgren",
    title="De-escalation Strategies for Students in Crisis",
    issuer="CampusLearn Online",
    start=date(2023, 5, 17),
    hours=1.4333,
    catalog_id=None,
    category="juvenile",  # young people in crisis: R5 counts school safety and juvenile work alike
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 14, 62, "CampusLearn Online"),
        ("Times-Bold", 28, 108, "Certificate of Completion"),
        ("Times-Roman", 14, 140, "Congratulations,"),
        ("Times-Bold", 26, 174, "Tobias R. Lindgren"),
        ("Times-Roman", 14, 204, "has completed the course"),
        ("Helvetica-Bold", 20, 238, "De-escalation Strategies for Students in Crisis"),
        ("Times-Roman", 13, 272, "Course completed on May 17, 2023"),
        ("Times-Roman", 13, 292, "1h 26m"),
    ],
    signature=(90, 80, "Jonas P. Ek", "Head of Content"),
    footer=[(470, 48, "Certificate ID 7F3K-22QX-91")],
)


centred_novel(
    "cit_youth_days",
    "A CIT for Youth course: 'Date(s) of Training: 3/6, 3/7, 3/8/2023' (a list of days sharing one year) and "
    "'Length of course: three days (24 hours)'.",
    name="Deshawn L. Carter",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="County Behavioral Health and Sheriff's Office",
    start=date(2023, 3, 6),
    end=date(2023, 3, 8),
    hours=24.0,
    catalog_id="cit-youth",
    category="juvenile",
    registry=NOVELS_4,
    frame="#1565c0",
    rows=[
        ("Helvetica-Bold", 13, 76, "COUNTY BEHAVIORAL HEALTH  &  SHERIFF'S OFFICE"),
        ("Times-Bold", 26, 126, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This is to certify that"),
        ("Times-Bold", 24, 196, "Deshawn L. Carter"),
        ("Times-Roman", 13, 228, "has completed"),
        ("Helvetica-Bold", 17, 260, "Crisis Intervention Teams for Youth (CIT-Y)"),
        ("Times-Roman", 13, 294, "Date(s) of Training: 3/6, 3/7, 3/8/2023"),
        ("Times-Roman", 13, 314, "Length of course: three days (24 hours)"),
    ],
    signature=(90, 130, "Lt. Sandra K. Beaumont", "CIT Coordinator"),
)


centred_novel(
    "approx_hours",
    "A field training programme's certificate: 'approximately 300 hours' is no amount a person can credit "
    "without asking.",
    name="Keith M. Arrington",
    title="School Resource Officer Field Training Program",
    issuer="Lakeview Police Department",
    start=date(2022, 12, 16),
    hours=None,  # a round figure is no stated length
    catalog_id=None,
    category="school_safety",
    must_review=True,
    registry=NOVELS_4,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 14, 76, "LAKEVIEW POLICE DEPARTMENT"),
        ("Times-Bold", 26, 126, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Keith M. Arrington"),
        ("Times-Roman", 13, 228, "has completed the"),
        ("Helvetica-Bold", 17, 260, "School Resource Officer Field Training Program"),
        ("Times-Roman", 13, 294, "consisting of approximately 300 hours of supervised field training,"),
        ("Times-Roman", 13, 312, "completed December 16, 2022."),
    ],
    signature=(90, 130, "Chief Roberta N. Hale", "Chief of Police"),
)


centred_novel(
    "ceu_slash_contact",
    "A university continuing education unit: '0.8 CEU / 8 contact hours' (the two agree), 'Spring 2022 "
    "Cohort' beside the real date.",
    name="Ingrid S. Halvorsen",
    title="Supporting Students Exposed to Trauma",
    issuer="Northern State University Continuing Education",
    start=date(2022, 4, 14),
    hours=8.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_4,
    frame="#6a1b9a",
    rows=[
        ("Helvetica-Bold", 13, 76, "NORTHERN STATE UNIVERSITY"),
        ("Helvetica", 11, 92, "Division of Continuing Education"),
        ("Times-Bold", 26, 140, "Certificate of Completion"),
        ("Times-Roman", 13, 174, "awarded to"),
        ("Times-Bold", 24, 210, "Ingrid S. Halvorsen"),
        ("Times-Roman", 13, 242, "for successful completion of"),
        ("Helvetica-Bold", 17, 274, "Supporting Students Exposed to Trauma"),
        ("Times-Roman", 12, 304, "Spring 2022 Cohort"),
        ("Times-Roman", 13, 324, "Completed April 14, 2022      0.8 CEU / 8 contact hours"),
    ],
    signature=(90, 130, "Dr. Martin E. Vogel", "Dean of Continuing Education"),
)


centred_novel(
    "ceu_disagree",
    "'1.2 CEUs (8 contact hours)': 1.2 CEUs are 12 hours, not 8; the page contradicts itself and a person "
    "settles it.",
    name="Beatriz N. Carvalho",
    title="Understanding Adolescent Substance Use",
    issuer="Coastal College Center for Professional Development",
    start=date(2023, 2, 9),
    hours=8.0,
    catalog_id=None,
    category="juvenile",
    must_review=True,
    registry=NOVELS_4,
    frame="#00838f",
    rows=[
        ("Helvetica-Bold", 13, 76, "Coastal College"),
        ("Helvetica", 11, 92, "Center for Professional Development"),
        ("Times-Bold", 26, 140, "Certificate of Completion"),
        ("Times-Roman", 13, 174, "This is to certify that"),
        ("Times-Bold", 24, 210, "Beatriz N. Carvalho"),
        ("Times-Roman", 13, 242, "has completed"),
        ("Helvetica-Bold", 17, 274, "Understanding Adolescent Substance Use"),
        ("Times-Roman", 13, 306, "February 9, 2023      1.2 CEUs (8 contact hours)"),
    ],
    signature=(90, 130, "Angela F. Moreau", "Director"),
)


# ------------------------------------------------------------------------------ dates


@novel(
    "fema_day_of",
    name="Patricia E. Donnelly",
    title="IS-100.SCA: Introduction to the Incident Command System for Schools",
    issuer=FEMA,
    start=date(2023, 5, 17),
    hours=3.0,
    catalog_id="fema-is-100-sc",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
)
def _fema_day_of(c: Any, w: float, h: float) -> None:
    """FEMA EMI independent study: the name in capitals, 'the Independent Study course', 'Issued this 17th
    day of May, 2023', '0.3 IACET CEU' and no hours."""
    _frame(c, w, h, "#1a237e")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 58, "U.S. Department of Homeland Security"),
            ("Helvetica-Bold", 15, 76, "Emergency Management Institute"),
            ("Times-Roman", 13, 112, "This Certificate of Achievement is to acknowledge that"),
            ("Times-Bold", 26, 148, "PATRICIA E. DONNELLY"),
            ("Times-Roman", 13, 178, "has reaffirmed a dedication to serve in times of crisis through"),
            (
                "Times-Roman",
                13,
                196,
                "continued professional development and completion of the Independent Study course",
            ),
            (
                "Helvetica-Bold",
                17,
                230,
                "IS-100.SCA: Introduction to the Incident Command System for Schools",
            ),
            ("Times-Roman", 13, 262, "Issued this 17th day of May, 2023"),
            ("Times-Roman", 12, 282, "0.3 IACET CEU"),
        ],
    )
    _seal(c, 130, 110, 44, HexColor("#1a237e"))
    _signature(c, w - 290, 80, 200, "fema_day_of", "Jeffrey D. Stern", "Superintendent")


@novel(
    "post_wallet_dotted",
    name="Andre K. Boateng",
    title="Juvenile Law Update",
    issuer="State POST Commission",
    start=date(2023, 5, 17),
    hours=4.0,
    catalog_id="juvenile-law",
    category="juvenile",
    pagesize=WALLET,
    registry=NOVELS_4,
)
def _post_wallet_dotted(c: Any, w: float, h: float) -> None:
    """A POST wallet card: 'Completed on 2023.05.17' (year first, dotted), 'POST Hrs: 4', a card number and
    an expiry a year later."""
    c.setFillColor(HexColor("#0d47a1"))
    c.rect(0, h - 30, w, 30, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(10, h - 19, "STATE POST COMMISSION  -  TRAINING CARD")
    c.setFillColor(black)
    lines_at(c, 10, h - 46, ["Andre K. Boateng"], "Helvetica-Bold", 11)
    lines_at(
        c,
        10,
        h - 62,
        ["Course: Juvenile Law Update", "Completed on 2023.05.17", "POST Hrs: 4", "Card expires 2024.05.17"],
        "Helvetica",
        8,
        12,
    )
    _small(c, w - 10, 8, "Card No. 23-51704", 6, right=True)


@novel(
    "issued_valid_card",
    name="Siobhan M. Gallagher",
    title="ALICE Active Shooter Response Training",
    issuer="ALICE Training Institute",
    start=date(2023, 5, 17),
    hours=8.0,
    catalog_id=None,  # ALICE's own programme, near the catalog's generic course but not named as it
    category="school_safety",
    pagesize=WALLET,
    registry=NOVELS_4,
)
def _issued_valid_card(c: Any, w: float, h: float) -> None:
    """An ALICE wallet card: two-digit years, 'Issued: 05/17/23  Valid until: 05/17/25' (the validity is no
    course date), '8 hours' on its own."""
    c.setStrokeColor(HexColor("#b71c1c"))
    c.setLineWidth(2)
    c.rect(4, 4, w - 8, h - 8)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(w / 2, h - 20, "ALICE TRAINING INSTITUTE")
    c.setFont("Helvetica", 7)
    c.drawCentredString(w / 2, h - 31, "This card certifies that")
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(w / 2, h - 46, "Siobhan M. Gallagher")
    c.setFont("Helvetica", 7)
    c.drawCentredString(w / 2, h - 58, "has completed")
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(w / 2, h - 70, "ALICE Active Shooter Response Training")
    c.setFont("Helvetica", 7)
    c.drawCentredString(w / 2, h - 84, "8 hours")
    c.drawString(12, 28, "Issued: 05/17/23")
    c.drawRightString(w - 12, 28, "Valid until: 05/17/25")
    c.setFont("Helvetica", 5)
    c.drawCentredString(w / 2, 12, "alicetraining.example.com  -  Card #A-230517-0442")


centred_novel(
    "year_end_range",
    "A winter academy over a year end ('December 28, 2022 - January 3, 2023') with 'Credit Hours: 32.00' and "
    "'FY2023' printed as the training year.",
    name="Morgan T. Ferreira",
    title="School Safety Officer Winter Academy",
    issuer="State School Safety Training Center",
    start=date(2022, 12, 28),
    end=date(2023, 1, 3),
    hours=32.0,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
    frame="#2e7d32",
    rows=[
        ("Helvetica-Bold", 14, 60, "STATE SCHOOL SAFETY TRAINING CENTER"),
        ("Helvetica", 10, 76, "Training Year FY2023"),
        ("Times-Bold", 30, 116, "Certificate of Completion"),
        ("Times-Roman", 14, 150, "is hereby awarded to"),
        ("Times-Bold", 26, 186, "Morgan T. Ferreira"),
        ("Times-Roman", 14, 216, "for completing the"),
        ("Helvetica-Bold", 20, 250, "School Safety Officer Winter Academy"),
        ("Times-Roman", 13, 284, "December 28, 2022 - January 3, 2023"),
        ("Times-Roman", 13, 304, "Credit Hours: 32.00"),
    ],
    signature=(90, 80, "Dir. Harold P. Quincy", "Center Director"),
)


# ------------------------------------------------------------------------------ layouts and names


@novel(
    "post_seal_over",
    name="Yolanda B. Pierce",
    title="Interviewing and Interrogating Juveniles",
    issuer="Peace Officer Standards and Training Board",
    start=date(2023, 5, 16),
    end=date(2023, 5, 17),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
)
def _post_seal_over(c: Any, w: float, h: float) -> None:
    """A state POST landscape certificate whose translucent gold seal lies over the date and hours line,
    'POST Course No. 2117' before the title."""
    _frame(c, w, h, "#8d6e63")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 60, "PEACE OFFICER STANDARDS AND TRAINING BOARD"),
            ("Times-Bold", 30, 104, "Certificate of Training"),
            ("Times-Roman", 14, 138, "presented to"),
            ("Times-Bold", 26, 174, "Yolanda B. Pierce"),
            ("Times-Roman", 14, 204, "for successful completion of POST Course No. 2117"),
            ("Helvetica-Bold", 20, 238, "Interviewing and Interrogating Juveniles"),
            ("Times-Roman", 13, 272, "May 16-17, 2023      Credit Hours: 16"),
        ],
    )
    c.saveState()
    c.setFillColor(HexColor("#d4a017"))
    c.setFillAlpha(0.35)
    c.circle(w / 2 + 60, h - 268, 40, stroke=0, fill=1)
    c.restoreState()
    _signature(c, 90, 70, 200, "post_seal_over", "Cmdr. Felix R. Ortega", "Executive Director")


@novel(
    "two_signers",
    name="Harriet V. Okonkwo",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Statewide Center for School Safety",
    start=date(2023, 10, 24),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
)
def _two_signers(c: Any, w: float, h: float) -> None:
    """Two signature blocks under the body, the instructor and the director, each printed name as large as
    the participant's; 'Instructor:' also named in the body."""
    _frame(c, w, h, "#455a64")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 60, "STATEWIDE CENTER FOR SCHOOL SAFETY"),
            ("Times-Bold", 30, 104, "Certificate of Completion"),
            ("Times-Roman", 14, 136, "This is to certify that"),
            ("Times-Bold", 24, 170, "Harriet V. Okonkwo"),
            ("Times-Roman", 14, 198, "has successfully completed"),
            ("Helvetica-Bold", 19, 230, "Bullying and Cyberbullying Prevention for Law Enforcement"),
            ("Times-Roman", 13, 262, "October 24, 2023   -   4 Hours   -   Instructor: Det. Paul F. Greco"),
        ],
    )
    for x, signer, role in (
        (110, "Paul F. Greco", "Lead Instructor"),
        (w - 330, "Dr. Lorraine M. Tate", "Director"),
    ):
        c.setFont("Times-Bold", 22)
        c.drawString(x, 120, signer)
        c.line(x, 112, x + 220, 112)
        c.setFont("Times-Roman", 12)
        c.drawString(x, 98, role)


centred_novel(
    "name_after_title",
    "The course in large type first, then 'is awarded to' and the name, a hyphenated name in capitals.",
    name="Ana-Lucia Delgado-Reyes",
    title="Standard Response Protocol Training",
    issuer="The I Love U Guys Foundation",
    start=date(2023, 8, 2),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_4,
    frame="#ad1457",
    rows=[
        ("Helvetica-Bold", 13, 76, "THE I LOVE U GUYS FOUNDATION"),
        ("Times-Bold", 24, 124, "Standard Response Protocol Training"),
        ("Times-Roman", 13, 158, "Certificate of Completion is awarded to"),
        ("Helvetica-Bold", 22, 196, "ANA-LUCIA DELGADO-REYES"),
        ("Times-Roman", 13, 232, "on August 2, 2023, for 4 hours of instruction."),
    ],
    signature=(90, 130, "John-Michael Keyes", "Executive Director"),
)


centred_novel(
    "caps_jr_handle_with_care",
    "Handle With Care: the name in capitals with an apostrophe and 'JR.', 'in recognition of', the length "
    "as '(1.5) hours' and the date 'Date: 9-12-2023'.",
    name="James T. O'Neill Jr.",
    title="Handle With Care Training for Law Enforcement",
    issuer="Handle With Care Program",
    start=date(2023, 9, 12),
    hours=1.5,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
    frame="#00796b",
    rows=[
        ("Helvetica-Bold", 14, 62, "HANDLE WITH CARE"),
        ("Helvetica", 10, 78, "Helping children exposed to trauma succeed in school"),
        ("Times-Bold", 30, 118, "Certificate of Recognition"),
        ("Times-Roman", 14, 150, "presented to"),
        ("Times-Bold", 26, 186, "JAMES T. O'NEILL JR."),
        ("Times-Roman", 14, 216, "in recognition of completing"),
        ("Helvetica-Bold", 20, 250, "Handle With Care Training for Law Enforcement"),
        ("Times-Roman", 13, 284, "Date: 9-12-2023      (1.5) hours"),
    ],
    signature=(90, 80, "Andrea L. Darr", "Program Director"),
)


@novel(
    "left_label_card",
    name="Connor J. Whitaker-Lee",
    title="Active Threat Response in Schools",
    issuer="County Sheriff's Office Training Division",
    start=date(2023, 11, 7),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_4,
)
def _left_label_card(c: Any, w: float, h: float) -> None:
    """A portrait form, labels then values on one line ('Student Name', 'Course Title', 'Date Completed',
    'Total Hours'), a hyphenated surname, a 'Training Officer' printed below with his own name and ID."""
    c.setFillColor(HexColor("#3e2723"))
    c.rect(0, h - 90, w, 90, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, h - 50, "County Sheriff's Office")
    c.setFont("Helvetica", 11)
    c.drawString(50, h - 68, "Training Division  -  Record of Training Completed")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(50, h - 140, "Training Certificate")
    rows = [
        ("Student Name", "Connor J. Whitaker-Lee"),
        ("Course Title", "Active Threat Response in Schools"),
        ("Date Completed", "Nov. 7, 2023"),
        ("Total Hours", "8.0"),
    ]
    y = h - 190
    for label, value in rows:
        c.setFont("Helvetica", 11)
        c.drawString(50, y, label)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(190, y, value)
        y -= 28
    c.setFont("Helvetica", 11)
    c.drawString(50, y - 30, "Training Officer:  Sgt. Reginald O. Banks  (ID 3382)")
    _signature(c, 50, 150, 200, "left_label_card", "Sheriff Donna K. Mills", "Sheriff")


# ------------------------------------------------------------------------------ other languages


centred_novel(
    "french_attestation",
    "A French 'Attestation de formation': 'décernée à', 'a suivi la formation', 'le 17 mai 2023', 'Durée : "
    "7,5 heures'.",
    name="Émilie Tremblay-Gagnon",
    title="Prévention de la violence en milieu scolaire",
    issuer="École nationale de police du Québec",
    start=date(2023, 5, 17),
    hours=7.5,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
    frame="#003f87",
    rows=[
        ("Helvetica-Bold", 14, 60, "ÉCOLE NATIONALE DE POLICE DU QUÉBEC"),
        ("Times-Bold", 30, 104, "Attestation de formation"),
        ("Times-Roman", 14, 138, "décernée à"),
        ("Times-Bold", 26, 174, "Émilie Tremblay-Gagnon"),
        ("Times-Roman", 14, 204, "qui a suivi la formation"),
        ("Helvetica-Bold", 20, 238, "Prévention de la violence en milieu scolaire"),
        ("Times-Roman", 13, 272, "le 17 mai 2023"),
        ("Times-Roman", 13, 292, "Durée : 7,5 heures"),
    ],
    signature=(90, 80, "Pierre St-Amour", "Directeur de la formation"),
)


centred_novel(
    "spanish_constancia",
    "A Mexican-style 'CONSTANCIA': 'Se otorga la presente a', 'por su participación en el curso', "
    "'los días 6, 7 y 8 de marzo de 2023', 'con una duración de 20 horas'.",
    name="Jorge Luis Castañeda Ruiz",
    title="Atención a Adolescentes en Conflicto con la Ley",
    issuer="Secretaría de Seguridad Ciudadana",
    start=date(2023, 3, 6),
    end=date(2023, 3, 8),
    hours=20.0,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_4,
    frame="#6d4c41",
    rows=[
        ("Helvetica-Bold", 14, 60, "SECRETARÍA DE SEGURIDAD CIUDADANA"),
        ("Helvetica", 10, 76, "Instituto de Formación Policial"),
        ("Times-Bold", 32, 118, "CONSTANCIA"),
        ("Times-Roman", 14, 150, "Se otorga la presente a"),
        ("Times-Bold", 26, 186, "Jorge Luis Castañeda Ruiz"),
        ("Times-Roman", 14, 216, "por su participación en el curso"),
        ("Helvetica-Bold", 20, 250, "Atención a Adolescentes en Conflicto con la Ley"),
        ("Times-Roman", 13, 284, "los días 6, 7 y 8 de marzo de 2023, con una duración de 20 horas."),
    ],
    signature=(90, 80, "Mtra. Laura Ibarra Solís", "Directora del Instituto"),
)


centred_novel(
    "hours_before_title",
    "The length in words and digits before the course ('has satisfactorily completed twelve (12) hours of "
    "instruction in'), the date after 'Given this' in a sentence of its own.",
    name="Marisol D. Quintero",
    title="Juvenile Justice Procedures for School Resource Officers",
    issuer="Regional Criminal Justice Training Academy",
    start=date(2023, 6, 22),
    hours=12.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_4,
    frame="#5d4037",
    rows=[
        ("Helvetica-Bold", 13, 76, "REGIONAL CRIMINAL JUSTICE TRAINING ACADEMY"),
        ("Times-Bold", 26, 126, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This is to certify that"),
        ("Times-Bold", 24, 196, "Marisol D. Quintero"),
        ("Times-Roman", 13, 228, "has satisfactorily completed twelve (12) hours of instruction in"),
        ("Helvetica-Bold", 16, 260, "Juvenile Justice Procedures for School Resource Officers"),
        ("Times-Roman", 13, 294, "Given this 22nd day of June, 2023."),
    ],
    signature=(90, 130, "Capt. Edwin L. Marsh", "Academy Director"),
)
