"""Round 6 of the certificate wording audit: issuers, layouts and wordings rounds 1-5
(:mod:`tests.novel_certificates` to :mod:`tests.novel_certificates_5`, :mod:`tests.issuer_formats`) did
not draw.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- issuers from the UK, Ireland, Australia and Canada: "7th June 2021", "Tuesday 8th and Wednesday 9th
  June 2021", "07-Jun-2021", "CPD hours: 6", "Duration: 1 day (6 CPD hours)", "Nominal hours: 14", an
  enrolment date beside the completion date, "6 h 30 min";
- hours in new places and words: a ribbon "8.0 CONTACT HOURS" above the title, "qualifies for 4 PDH",
  "1.5 hours of continuing education credit" inside the sentence, "CE HOURS" captioning a number under
  it in a box, a schedule "08:00 - 16:30" with the lunch break stated (no hours printed: a person works
  them out), two disagreeing statements of hours (a person decides);
- dates beside the course's: a registration date and a print date around the completion date, a form's
  revision "rev. 03/2019" in the footer, "Session: Jun 2021" (a month only: no sure day);
- names: "Conferred upon" a name in capitals with two middle names and "III", "In recognition of" the
  course in quotes then "is hereby presented to" the name, a participant's name in the middle of three
  captioned rules (instructor and director on either side), "Ofc." and "Jr." around a hyphenated name;
- courses and numbers: a course number before the title ("SRO-201:"), "Course No. CJ 2250" and "Course
  #4471" beside the title, "Certificate No. 2021-0840", a QR code with a verification URL full of digits,
  phone numbers, "Page 1 of 1".

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, landscape, letter

from certledger.samples import _seal, _signature
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_2 import _small, script_font
from tests.novel_certificates_5 import _captioned_line

NOVELS_6: dict[str, Novel] = {}
LANDSCAPE = landscape(letter)
A4_LANDSCAPE = landscape(A4)


def _qr(c: Any, x: float, y: float, size: float, payload: str) -> None:
    """A QR code of ``payload`` with its lower-left corner at (x, y)."""
    widget = qr.QrCodeWidget(payload)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, x, y)


# ---------------------------------------------------------------------- UK, Irish, Australian, Canadian


centred_novel(
    "uk_cpd_ordinal",
    "A UK training partnership: 'attended' a course 'on 7th June 2021', 'CPD hours: 6' on its own line, a "
    "company number and a telephone number in the footer.",
    name="Harriet Louise Pemberton",
    title="Safeguarding Children and Young People",
    issuer="Northfield Safeguarding Training Partnership",
    start=date(2021, 6, 7),
    hours=6.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_6,
    pagesize=A4,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 14, 80, "NORTHFIELD SAFEGUARDING TRAINING PARTNERSHIP"),
        ("Times-Bold", 30, 140, "Certificate of Attendance"),
        ("Times-Roman", 13, 180, "This is to certify that"),
        ("Times-Bold", 26, 220, "Harriet Louise Pemberton"),
        ("Times-Roman", 13, 256, "attended"),
        ("Helvetica-Bold", 18, 290, "Safeguarding Children and Young People"),
        ("Times-Roman", 13, 324, "on 7th June 2021"),
        ("Helvetica", 12, 356, "CPD hours: 6"),
    ],
    signature=(80, 150, "Fiona McAllister", "Training Manager"),
    footer=[
        (60, 50, "Registered in England and Wales, company no. 08812345  |  Tel: 0161 496 0732"),
    ],
)


centred_novel(
    "irish_duration_day",
    "An Irish issuer: 'Date: 07-Jun-2021' and 'Duration: 1 day (6 CPD hours)', the day and the hours in one "
    "line, an Eircode in the address.",
    name="Ciarán Ó Súilleabháin",
    title="Child Abuse and Neglect Investigations",
    issuer="Midlands Garda Training Unit",
    start=date(2021, 6, 7),
    hours=6.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_6,
    pagesize=A4,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 76, "MIDLANDS GARDA TRAINING UNIT"),
        ("Helvetica", 10, 94, "Athlone Road, Tullamore, Co. Offaly R35 X2Y7"),
        ("Times-Bold", 28, 150, "Certificate of Completion"),
        ("Times-Roman", 13, 186, "This certificate is presented to"),
        ("Times-Bold", 24, 224, "Ciarán Ó Súilleabháin"),
        ("Times-Roman", 13, 258, "for completing the course"),
        ("Helvetica-Bold", 18, 292, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 330, "Date: 07-Jun-2021"),
        ("Helvetica", 12, 350, "Duration: 1 day (6 CPD hours)"),
    ],
    signature=(80, 150, "Insp. Declan Murray", "Course Director"),
)


@novel(
    "aus_enrolment_completion",
    name="Bronwyn K. Fairweather",
    title="Youth Mental Health First Aid",
    issuer="Southern Cross Community Training",
    start=date(2021, 6, 21),
    hours=14.0,
    catalog_id="ymhfa",
    category="juvenile",
    pagesize=A4_LANDSCAPE,
    registry=NOVELS_6,
)
def _aus_enrolment_completion(c: Any, w: float, h: float) -> None:
    """An Australian 'Statement of Attainment': an enrolment date and an issue date beside the completion
    date, all day-first ('02/06/2021', '21/06/2021', '25/06/2021'), 'Nominal hours: 14', an ABN."""
    _frame(c, w, h, "#e65100")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 64, "SOUTHERN CROSS COMMUNITY TRAINING  ·  ABN 51 824 753 556"),
            ("Times-Bold", 30, 110, "Statement of Attainment"),
            ("Times-Roman", 13, 142, "is awarded to"),
            ("Times-Bold", 26, 180, "Bronwyn K. Fairweather"),
            ("Times-Roman", 13, 212, "who has successfully completed"),
            ("Helvetica-Bold", 18, 244, "Youth Mental Health First Aid"),
        ],
    )
    c.setFont("Helvetica", 11)
    y = h - 300
    for label, value in (
        ("Enrolment date:", "02/06/2021"),
        ("Completion date:", "21/06/2021"),
        ("Nominal hours:", "14"),
        ("Date of issue:", "25/06/2021"),
    ):
        c.drawString(w / 2 - 150, y, label)
        c.drawString(w / 2 + 10, y, value)
        y -= 18
    _signature(c, 80, 90, 200, "aus", "Megan Thornbury", "Chief Executive Officer")


centred_novel(
    "canada_h_min",
    "A Canadian police college: 'Duration: 6 h 30 min' (spaced hours and minutes), 'June 7, 2021', a "
    "bilingual heading, a postal code.",
    name="Étienne R. Gauthier",
    title="Trauma-Informed Policing with Youth",
    issuer="Prairie Police College",
    start=date(2021, 6, 7),
    hours=6.5,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_6,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 70, "PRAIRIE POLICE COLLEGE  /  COLLÈGE DE POLICE DES PRAIRIES"),
        ("Helvetica", 9, 86, "1200 College Ave., Regina SK  S4P 3V7"),
        ("Times-Bold", 28, 140, "Certificate of Completion"),
        ("Times-Roman", 13, 176, "This certifies that"),
        ("Times-Bold", 24, 214, "Étienne R. Gauthier"),
        ("Times-Roman", 13, 248, "has completed"),
        ("Helvetica-Bold", 18, 282, "Trauma-Informed Policing with Youth"),
        ("Times-Roman", 13, 316, "June 7, 2021"),
        ("Helvetica", 12, 340, "Duration: 6 h 30 min"),
    ],
    signature=(90, 140, "Supt. Laura Chen", "Director of Training"),
)


@novel(
    "uk_two_weekdays",
    name="Gareth Owain Pritchard",
    title="Lockdown and Invacuation Procedures for Schools",
    issuer="Welsh Schools Security Forum",
    start=date(2021, 6, 8),
    end=date(2021, 6, 9),
    hours=12.0,
    catalog_id=None,
    category="school_safety",
    pagesize=A4,
    registry=NOVELS_6,
)
def _uk_two_weekdays(c: Any, w: float, h: float) -> None:
    """Two named weekdays joined by 'and' sharing one month ('Tuesday 8th and Wednesday 9th June 2021'),
    'CPD: 12 hours' in a box at the lower right, a charity number."""
    _frame(c, w, h, "#006064")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 80, "Welsh Schools Security Forum"),
            ("Times-Bold", 30, 140, "Certificate"),
            ("Times-Roman", 13, 176, "Awarded to"),
            ("Times-Bold", 24, 214, "Gareth Owain Pritchard"),
            ("Times-Roman", 13, 250, "for participation in the two-day course"),
            ("Helvetica-Bold", 17, 284, "Lockdown and Invacuation Procedures for Schools"),
            ("Times-Roman", 13, 318, "held on Tuesday 8th and Wednesday 9th June 2021"),
        ],
    )
    c.setLineWidth(1)
    c.rect(w - 200, 120, 140, 50)
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(w - 130, 140, "CPD: 12 hours")
    _signature(c, 70, 150, 200, "wales", "Rhian Bevan", "Forum Secretary")
    _small(c, 60, 50, "Registered charity no. 1187654", 8)


# ---------------------------------------------------------------------- hours in new places and words


@novel(
    "ribbon_contact_hours",
    name="Desiree A. Montgomery",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Great Lakes Regional Training Center",
    start=date(2021, 9, 14),
    hours=8.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_6,
)
def _ribbon_contact_hours(c: Any, w: float, h: float) -> None:
    """The hours in a dark ribbon above the title ('8.0 CONTACT HOURS', white on dark), the date in the
    sentence after it ('presented September 14, 2021')."""
    _frame(c, w, h, "#283593")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 64, "GREAT LAKES REGIONAL TRAINING CENTER"),
            ("Times-Bold", 28, 106, "Certificate of Completion"),
            ("Times-Bold", 24, 150, "Desiree A. Montgomery"),
            ("Times-Roman", 13, 178, "has completed the requirements of"),
        ],
    )
    c.setFillColor(HexColor("#283593"))
    c.rect(w / 2 - 110, h - 222, 220, 26, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 213, "8.0 CONTACT HOURS")
    c.setFillColor(black)
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 18, 256, "Bullying and Cyberbullying Prevention for Law Enforcement"),
            ("Times-Roman", 13, 288, "presented September 14, 2021"),
        ],
    )
    _signature(c, 90, 110, 200, "ribbon", "Dr. Alan P. Kowalski", "Executive Director")


centred_novel(
    "pdh_sentence",
    "A professional association: 'This course qualifies for 4 PDH.' after the title, the date as "
    "'14-Sep-2021'.",
    name="Marisol T. Echeverría",
    title="School Emergency Operations Planning",
    issuer="Association of Campus Safety Professionals",
    start=date(2021, 9, 14),
    hours=4.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_6,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "ASSOCIATION OF CAMPUS SAFETY PROFESSIONALS"),
        ("Times-Bold", 28, 130, "Professional Development Certificate"),
        ("Times-Roman", 13, 166, "presented to"),
        ("Times-Bold", 24, 204, "Marisol T. Echeverría"),
        ("Times-Roman", 13, 238, "for the completion of"),
        ("Helvetica-Bold", 18, 272, "School Emergency Operations Planning"),
        ("Times-Roman", 13, 304, "14-Sep-2021"),
        ("Times-Roman", 13, 326, "This course qualifies for 4 PDH."),
    ],
    signature=(90, 140, "Kenneth O. Lyle", "Education Chair"),
)


centred_novel(
    "ce_credit_sentence",
    "An online provider: '... is awarded 1.5 hours of continuing education credit for' the course, the "
    "hours before the title in the same sentence, 'Completed 10/05/2021'.",
    name="Winston J. Abernathy",
    title="Standard Response Protocol Training",
    issuer="SafeCampus Online Learning",
    start=date(2021, 10, 5),
    hours=1.5,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_6,
    frame="#00695c",
    rows=[
        ("Helvetica-Bold", 13, 74, "SafeCampus Online Learning"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Bold", 24, 180, "Winston J. Abernathy"),
        ("Times-Roman", 13, 214, "is awarded 1.5 hours of continuing education credit for"),
        ("Helvetica-Bold", 18, 248, "Standard Response Protocol Training"),
        ("Times-Roman", 13, 282, "Completed 10/05/2021"),
    ],
    signature=(90, 140, "Priya Natarajan", "Director of Learning"),
    footer=[(60, 46, "Questions? Call 1-800-555-0147 or write to support@safecampus.example")],
)


@novel(
    "hours_box_caption",
    name="Lorenzo V. Castellanos",
    title="Interviewing and Interrogating Juveniles",
    issuer="Tri-County Criminal Justice Training Consortium",
    start=date(2021, 11, 2),
    hours=7.5,
    catalog_id="juvenile-interview",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_6,
)
def _hours_box_caption(c: Any, w: float, h: float) -> None:
    """Two boxes at the foot, each a value over its caption: 'November 2, 2021' over 'DATE' and '7.5' over
    'CE HOURS' (the caption under the number, the unit never beside it)."""
    _frame(c, w, h, "#4e342e")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 64, "TRI-COUNTY CRIMINAL JUSTICE TRAINING CONSORTIUM"),
            ("Times-Bold", 30, 112, "Certificate of Achievement"),
            ("Times-Roman", 13, 146, "This acknowledges that"),
            ("Times-Bold", 26, 186, "Lorenzo V. Castellanos"),
            ("Times-Roman", 13, 218, "satisfactorily completed"),
            ("Helvetica-Bold", 18, 250, "Interviewing and Interrogating Juveniles"),
        ],
    )
    for x, value, caption in ((w / 2 - 210, "November 2, 2021", "DATE"), (w / 2 + 60, "7.5", "CE HOURS")):
        c.setLineWidth(1)
        c.rect(x, h - 350, 150, 56)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(x + 75, h - 318, value)
        c.setFont("Helvetica", 8)
        c.drawCentredString(x + 75, h - 342, caption)
    _signature(c, 90, 90, 200, "boxcap", "Sgt. Teresa Valdez", "Training Coordinator")


centred_novel(
    "schedule_lunch",
    "A one-day workshop printing its schedule only ('Time: 08:00 - 16:30', 'Lunch break 12:00 - 12:30'): no "
    "hours are printed, working them out is a person's job.",
    name="Naomi F. Delacroix",
    title="Threat Assessment Teams in K-12 Schools",
    issuer="State School Safety Center",
    start=date(2021, 10, 19),
    hours=None,
    catalog_id=None,
    category="school_safety",
    must_review=True,
    registry=NOVELS_6,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "STATE SCHOOL SAFETY CENTER"),
        ("Times-Bold", 28, 130, "Certificate of Participation"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Naomi F. Delacroix"),
        ("Times-Roman", 13, 238, "participated in the workshop"),
        ("Helvetica-Bold", 18, 272, "Threat Assessment Teams in K-12 Schools"),
        ("Times-Roman", 13, 306, "Date: October 19, 2021"),
        ("Times-Roman", 13, 326, "Time: 08:00 - 16:30"),
        ("Times-Roman", 12, 346, "Lunch break 12:00 - 12:30"),
    ],
    signature=(90, 140, "Bradley S. Oakes", "Program Manager"),
)


centred_novel(
    "hours_disagree",
    "Two statements of hours that disagree ('a 6-hour course' in the sentence, 'Total hours: 7.5' below): "
    "a person settles which one is credited.",
    name="Cedric L. Vanterpool",
    title="Juvenile Law for Law Enforcement",
    issuer="Coastal Plains Police Academy",
    start=date(2021, 8, 17),
    hours=None,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=NOVELS_6,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "COASTAL PLAINS POLICE ACADEMY"),
        ("Times-Bold", 28, 130, "Certificate of Training"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Cedric L. Vanterpool"),
        ("Times-Roman", 13, 238, "has completed a 6-hour course in"),
        ("Helvetica-Bold", 18, 272, "Juvenile Law for Law Enforcement"),
        ("Times-Roman", 13, 306, "on August 17, 2021"),
        ("Helvetica", 12, 330, "Total hours: 7.5"),
    ],
    signature=(90, 140, "Lt. Roberta Hines", "Academy Commander"),
)


# ---------------------------------------------------------------------- dates beside the course's


@novel(
    "registered_printed",
    name="Felicity Anne Okonkwo",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Justice Learning Network",
    start=date(2021, 6, 7),
    hours=2.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_6,
)
def _registered_printed(c: Any, w: float, h: float) -> None:
    """An online learning system's certificate: a grid of 'Registered: 05/28/2021', 'Completed: 06/07/2021',
    'Printed: 06/10/2021', and 'Credit: 2.0 hours'; the user id holds digits."""
    _frame(c, w, h, "#37474f")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 70, "JUSTICE LEARNING NETWORK"),
            ("Times-Bold", 28, 124, "Course Completion Certificate"),
            ("Times-Bold", 24, 176, "Felicity Anne Okonkwo"),
            ("Times-Roman", 13, 208, "has completed the online course"),
            ("Helvetica-Bold", 16, 240, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ],
    )
    c.setFont("Helvetica", 11)
    for i, (label, value) in enumerate(
        (
            ("Registered:", "05/28/2021"),
            ("Completed:", "06/07/2021"),
            ("Credit:", "2.0 hours"),
            ("User ID:", "JLN-0048213"),
        )
    ):
        x = 110 if i % 2 == 0 else 330
        y = h - 300 - 20 * (i // 2)
        c.drawString(x, y, label)
        c.drawString(x + 80, y, value)
    _small(c, w - 50, 44, "Printed: 06/10/2021", 9, right=True)
    _signature(c, 90, 130, 200, "jln", "Harold B. Quist", "Registrar")


centred_novel(
    "form_revision_footer",
    "A state form with 'Clock hours: 24' and a range 'May 24-26, 2021'; the footer prints a form number with "
    "its revision month ('Form TR-12 rev. 03/2019'), a telephone number and 'Page 1 of 1'.",
    name="Augustus P. Whitcombe",
    title="Standardized Field Sobriety Testing",
    issuer="State Highway Safety Office",
    start=date(2021, 5, 24),
    end=date(2021, 5, 26),
    hours=24.0,
    catalog_id="sfst",
    category="unrelated",
    registry=NOVELS_6,
    frame="#546e7a",
    rows=[
        ("Helvetica-Bold", 13, 74, "STATE HIGHWAY SAFETY OFFICE"),
        ("Times-Bold", 28, 130, "Training Certificate"),
        ("Times-Roman", 13, 166, "This is to certify that"),
        ("Times-Bold", 24, 204, "Augustus P. Whitcombe"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "Standardized Field Sobriety Testing"),
        ("Times-Roman", 13, 306, "May 24-26, 2021"),
        ("Helvetica", 12, 330, "Clock hours: 24"),
    ],
    signature=(90, 140, "Capt. Vernon Briggs", "Program Coordinator"),
    footer=[
        (40, 46, "Form TR-12 rev. 03/2019"),
        (250, 46, "Phone (602) 555-0192"),
        (500, 46, "Page 1 of 1"),
    ],
)


centred_novel(
    "month_abbrev_only",
    "'Session: Jun 2021' (a month only, abbreviated) and 'Issued: 07/15/2021': the day of the course is not "
    "on the page, so a person decides.",
    name="Percival D. Ashworth",
    title="Active Shooter Response for Schools",
    issuer="Lakeside Regional Police Academy",
    start=date(2021, 6, 1),
    end=date(2021, 6, 30),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    must_review=True,
    registry=NOVELS_6,
    frame="#880e4f",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKESIDE REGIONAL POLICE ACADEMY"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Percival D. Ashworth"),
        ("Times-Roman", 13, 238, "for"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 306, "Session: Jun 2021"),
        ("Helvetica", 12, 326, "Hours: 8"),
    ],
    signature=(90, 140, "Maj. Ida R. Flores", "Academy Director"),
    footer=[(60, 46, "Issued: 07/15/2021")],
)


# ---------------------------------------------------------------------- names


centred_novel(
    "conferred_caps_iii",
    "'Conferred upon' a name in capitals with two middle names and 'III', a date in words after the title "
    "('this fourth day of August 2021'), 'Eight (8) hours'.",
    name="Desmond Alaric Beaumont Fitzgerald III",
    title="Juvenile Law for Law Enforcement",
    issuer="Commonwealth Criminal Justice Institute",
    start=date(2021, 8, 4),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_6,
    pagesize=LANDSCAPE,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 64, "COMMONWEALTH CRIMINAL JUSTICE INSTITUTE"),
        ("Times-Bold", 30, 108, "Certificate of Completion"),
        ("Times-Roman", 13, 140, "Conferred upon"),
        ("Times-Bold", 24, 178, "DESMOND ALARIC BEAUMONT FITZGERALD III"),
        ("Times-Roman", 13, 212, "for completing"),
        ("Helvetica-Bold", 18, 244, "Juvenile Law for Law Enforcement"),
        ("Times-Roman", 13, 276, "this fourth day of August 2021"),
        ("Times-Roman", 13, 298, "Eight (8) hours"),
    ],
    signature=(90, 110, "Dean Patricia Oduya", "Institute Director"),
)


centred_novel(
    "recognition_quoted",
    "'In recognition of the successful completion of' the course in quotes, then 'is hereby presented to' "
    "and the name under the course; the date and hours on one line ('June 7, 2021 · 16 hours').",
    name="Ofelia Rosario Bautista",
    title="Crisis Intervention Teams for Youth",
    issuer="Metro Behavioral Health Partnership",
    start=date(2021, 6, 7),
    hours=16.0,
    catalog_id="cit-youth",
    category="juvenile",
    registry=NOVELS_6,
    frame="#01579b",
    rows=[
        ("Helvetica-Bold", 13, 74, "METRO BEHAVIORAL HEALTH PARTNERSHIP"),
        ("Times-Bold", 28, 128, "Certificate"),
        ("Times-Roman", 13, 164, "In recognition of the successful completion of"),
        ("Helvetica-Bold", 18, 198, "\u201cCrisis Intervention Teams for Youth\u201d"),
        ("Times-Roman", 13, 232, "this certificate is hereby presented to"),
        ("Times-Bold", 24, 270, "Ofelia Rosario Bautista"),
        ("Times-Roman", 13, 306, "June 7, 2021  \u00b7  16 hours"),
    ],
    signature=(90, 140, "Gordon H. Pell", "CIT Coordinator"),
)


@novel(
    "three_captioned_rules",
    name="Kwame Obadiah Mensah",
    title="Advanced School Resource Officer Course",
    issuer="National Association of School Resource Officers",
    start=date(2021, 7, 12),
    end=date(2021, 7, 14),
    hours=24.0,
    catalog_id="nasro-advanced",
    category="advanced",
    pagesize=LANDSCAPE,
    registry=NOVELS_6,
)
def _three_captioned_rules(c: Any, w: float, h: float) -> None:
    """Three names on rules in a row near the middle of the page, captioned 'Lead Instructor',
    'Participant' and 'Program Director': the participant's in the middle, in the same type as theirs."""
    _frame(c, w, h, "#1a237e")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 62, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            ("Times-Bold", 30, 108, "Certificate of Completion"),
            ("Helvetica-Bold", 18, 150, "Advanced School Resource Officer Course"),
            ("Times-Roman", 13, 180, "July 12-14, 2021  |  24 hours"),
        ],
    )
    y = h - 290
    for x, value, caption in (
        (60, "Sgt. Roland E. Pike", "Lead Instructor"),
        (w / 2 - 110, "Kwame Obadiah Mensah", "Participant"),
        (w - 280, "Dr. Elaine M. Soto", "Program Director"),
    ):
        _captioned_line(c, x, y, 220, value, caption, 15)
    _seal(c, w / 2, 90, 44, HexColor("#1a237e"))


centred_novel(
    "ofc_hyphen_jr",
    "'Awarded to' 'Ofc. Luis Alberto Ramírez-Soto Jr.' (a rank before, a suffix after a hyphenated "
    "surname), 'on the 7th of June, 2021', 'Hours of instruction: 4'.",
    name="Luis Alberto Ramírez-Soto Jr.",
    title="Active Shooter Response for Schools",
    issuer="Desert Valley Police Department Training Division",
    start=date(2021, 6, 7),
    hours=4.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_6,
    frame="#795548",
    rows=[
        ("Helvetica-Bold", 12, 74, "DESERT VALLEY POLICE DEPARTMENT  \u2022  TRAINING DIVISION"),
        ("Times-Bold", 28, 130, "Certificate of Training"),
        ("Times-Roman", 13, 166, "Awarded to"),
        ("Times-Bold", 24, 204, "Ofc. Luis Alberto Ramírez-Soto Jr."),
        ("Times-Roman", 13, 238, "for completion of"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Times-Roman", 13, 306, "on the 7th of June, 2021"),
        ("Helvetica", 12, 330, "Hours of instruction: 4"),
    ],
    signature=(90, 140, "Chief Arturo Delgado", "Chief of Police"),
)


# ---------------------------------------------------------------------- course numbers and codes


centred_novel(
    "code_prefix_title",
    "A course number glued to the title ('SRO-201: Threat Assessment in Schools'), 'Course #4471' in the "
    "small print, 'Certificate No. 2021-0840', 'Contact hours: 8' and 'Date: 06/07/2021'.",
    name="Imogen S. Hathaway",
    title="SRO-201: Threat Assessment in Schools",
    issuer="Heartland School Safety Institute",
    start=date(2021, 6, 7),
    hours=8.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_6,
    frame="#33691e",
    rows=[
        ("Helvetica-Bold", 13, 74, "HEARTLAND SCHOOL SAFETY INSTITUTE"),
        ("Helvetica", 9, 92, "Certificate No. 2021-0840"),
        ("Times-Bold", 28, 140, "Certificate of Completion"),
        ("Times-Roman", 13, 176, "This certifies that"),
        ("Times-Bold", 24, 214, "Imogen S. Hathaway"),
        ("Times-Roman", 13, 248, "has completed"),
        ("Helvetica-Bold", 18, 282, "SRO-201: Threat Assessment in Schools"),
        ("Helvetica", 12, 316, "Date: 06/07/2021"),
        ("Helvetica", 12, 336, "Contact hours: 8"),
    ],
    signature=(90, 140, "Dr. Leonard Fisk", "Dean of Instruction"),
    footer=[(60, 46, "Course #4471  \u2022  Section 02  \u2022  Tel. 816-555-0110")],
)


@novel(
    "cj_course_number",
    name="Rosalind E. Achterberg",
    title="Interviewing and Interrogating Juveniles",
    issuer="Eastern State College Criminal Justice Training Center",
    start=date(2021, 3, 22),
    end=date(2021, 3, 23),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_6,
)
def _cj_course_number(c: Any, w: float, h: float) -> None:
    """Labelled lines on the left: 'Course No.: CJ 2250' before 'Course Title:', 'Dates: 03/22/2021 -
    03/23/2021', 'Clock Hours: 16', and a room number ('Room 2250B' is no course either)."""
    _frame(c, w, h, "#5d4037")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 12, 70, "EASTERN STATE COLLEGE"),
            ("Helvetica", 11, 86, "Criminal Justice Training Center"),
            ("Times-Bold", 28, 136, "Certificate of Completion"),
            ("Times-Roman", 13, 172, "This is to certify that"),
            ("Times-Bold", 24, 210, "Rosalind E. Achterberg"),
            ("Times-Roman", 13, 244, "has satisfactorily completed the following course"),
        ],
    )
    c.setFont("Helvetica", 11)
    y = h - 300
    for label, value in (
        ("Course No.:", "CJ 2250"),
        ("Course Title:", "Interviewing and Interrogating Juveniles"),
        ("Dates:", "03/22/2021 - 03/23/2021"),
        ("Clock Hours:", "16"),
        ("Location:", "Hale Hall, Room 2250B"),
    ):
        c.drawString(90, y, label)
        c.drawString(190, y, value)
        y -= 18
    _signature(c, 90, 120, 200, "cj2250", "Prof. Nathan Oyelowo", "Program Director")


@novel(
    "qr_verification",
    name="Thaddeus M. Kowalczyk",
    title="Standard Response Protocol Training",
    issuer="The I Love U Guys Foundation",
    start=date(2021, 6, 7),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_6,
)
def _qr_verification(c: Any, w: float, h: float) -> None:
    """A QR code at the lower right with a verification URL full of digits under it
    ('https://verify.iloveuguys.example/c/20210607-4471-0840'), a certificate id, 'Hours: 4'."""
    _frame(c, w, h, "#ad1457")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 64, "THE I LOVE U GUYS FOUNDATION"),
            ("Times-Bold", 30, 110, "Certificate of Completion"),
            ("Times-Roman", 13, 144, "This certificate is awarded to"),
            ("Times-Bold", 26, 184, "Thaddeus M. Kowalczyk"),
            ("Times-Roman", 13, 216, "for completing"),
            ("Helvetica-Bold", 18, 248, "Standard Response Protocol Training"),
            ("Times-Roman", 13, 280, "June 7, 2021"),
            ("Helvetica", 12, 302, "Hours: 4"),
        ],
    )
    _qr(c, w - 150, 60, 84, "https://verify.iloveuguys.example/c/20210607-4471-0840")
    _small(c, w - 60, 48, "verify.iloveuguys.example/c/20210607-4471-0840", 7, right=True)
    _small(c, 60, 48, "Certificate ID 20210607-4471", 8)
    _signature(c, 90, 110, 200, "qr", "Ellen P. Keyes", "Program Director")


centred_novel(
    "category_unsure_families",
    "A course whose subject is neither plainly about schools or youth nor plainly unrelated ('Working with "
    "Families in Crisis'): the category is a person's call.",
    name="Harriet J. Lindqvist",
    title="Working with Families in Crisis",
    issuer="Northwoods Regional Training Council",
    start=date(2021, 4, 13),
    hours=6.0,
    catalog_id=None,
    category="juvenile",
    must_review=True,
    registry=NOVELS_6,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "NORTHWOODS REGIONAL TRAINING COUNCIL"),
        ("Times-Bold", 28, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Harriet J. Lindqvist"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "Working with Families in Crisis"),
        ("Times-Roman", 13, 306, "April 13, 2021"),
        ("Helvetica", 12, 328, "6 hours"),
    ],
    signature=(90, 140, "Vivian O. Strand", "Training Coordinator"),
)


@novel(
    "script_name_a4",
    name="Anneliese Margarethe Vogt",
    title="School Emergency Operations Planning",
    issuer="Ontario School Safety Network",
    start=date(2021, 11, 30),
    end=date(2021, 12, 1),
    hours=12.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    pagesize=A4_LANDSCAPE,
    registry=NOVELS_6,
)
def _script_name_a4(c: Any, w: float, h: float) -> None:
    """A Canadian A4 landscape page: a calligraphic name, 'held from 30 November to 1 December 2021' (day
    first over a month end, words), 'Total learning hours: 12', a French subtitle."""
    _frame(c, w, h, "#c62828")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 62, "ONTARIO SCHOOL SAFETY NETWORK"),
            ("Helvetica-Oblique", 10, 78, "Réseau ontarien de sécurité scolaire"),
            ("Times-Bold", 30, 124, "Certificate of Completion"),
            ("Times-Roman", 13, 156, "presented to"),
        ],
    )
    c.setFont(script_font(), 34)
    c.drawCentredString(w / 2, h - 204, "Anneliese Margarethe Vogt")
    _centred(
        c,
        w,
        h,
        [
            ("Times-Roman", 13, 236, "for completing"),
            ("Helvetica-Bold", 18, 268, "School Emergency Operations Planning"),
            ("Times-Roman", 13, 298, "held from 30 November to 1 December 2021"),
            ("Helvetica", 12, 320, "Total learning hours: 12"),
        ],
    )
    _signature(c, 90, 100, 200, "ossn", "Geneviève Tremblay", "Executive Director")
