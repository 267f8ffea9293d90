"""Round 3 of the certificate wording audit: wordings, layouts and issuers rounds 1 and 2
(:mod:`tests.novel_certificates`, :mod:`tests.novel_certificates_2`, :mod:`tests.issuer_formats`) did not
model.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- dates: day-first forms ("15.03.2022", "15-17 March 2022", "22/09/2022", "Monday 28 March to Friday 1
  April 2022"), ISO "2022-03-15", "March 15th-17th, 2022", a range over month end ("June 29 - July 1,
  2021"), an ambiguous "04/05/2022" from a Canadian issuer (day or month first: a person decides), a
  completion date printed only in the footer, "Date of Completion:" with its value on the line below;
- hours: "Duration: 3 days" (no hours), "Course length: 16 hrs.", "1h 26m", "(8) eight hours",
  "0.8 CEUs (8 contact hours)", "8 POST hours", "Hours Awarded 7,5", hours only in a table of modules
  (with and without a total row), "Total: 24.0", hours only in the small print;
- names: "Awarded to", "Name of participant:", a name in capitals with a middle initial and a suffix, a
  name after the course ("completed by Officer ..."), a badge number beside the name, an instructor's name
  in large type;
- courses: a course code before the title, a title over two lines in large type, a title in quotes, a
  Spanish/English bilingual certificate;
- distractors: expiry and renewal dates, "valid for 2 years", a print date, certificate numbers that look
  like dates, a sponsor's address with a ZIP code, an issue date before the course date.

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import NASRO, _left_block, _seal, _signature
from tests.issuer_formats import lines_at, table
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_2 import _small

NOVELS_3: dict[str, Novel] = {}
LANDSCAPE = landscape(letter)


# ------------------------------------------------------------------------------ day-first dates


centred_novel(
    "eu_dotted",
    "A European police college's seminar: a dotted day-first date whose day cannot be a month, 'Hours "
    "Awarded 7,5' with a decimal comma and no colon, 'Awarded to'.",
    name="Sean P. Gallagher",
    title="School Violence Prevention Seminar",
    issuer="European Police College",
    start=date(2022, 3, 15),
    hours=7.5,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
    frame="#003399",
    rows=[
        ("Helvetica-Bold", 14, 62, "EUROPEAN POLICE COLLEGE"),
        ("Helvetica", 10, 78, "Training Unit for Community and School Policing"),
        ("Times-Bold", 30, 122, "Certificate of Attendance"),
        ("Times-Roman", 14, 156, "Awarded to"),
        ("Times-Bold", 26, 192, "Sean P. Gallagher"),
        ("Times-Roman", 14, 222, "for attending the"),
        ("Helvetica-Bold", 20, 256, "School Violence Prevention Seminar"),
        ("Times-Roman", 13, 290, "Date: 15.03.2022"),
        ("Times-Roman", 13, 310, "Hours Awarded 7,5"),
    ],
    signature=(90, 80, "Dr. Ingrid Vermeulen", "Head of Training"),
    footer=[(470, 48, "Ref. CEPOL/22/031   Budapest, H-1066")],
)


centred_novel(
    "dm_range_days",
    "A day-first range in words ('15-17 March 2022') and 'Duration: 3 days': no hours are printed, and "
    "the 3 is no hours.",
    name="Fiona M. Drummond",
    title="Youth Engagement and Juvenile Diversion Workshop",
    issuer="Scottish Police College",
    start=date(2022, 3, 15),
    end=date(2022, 3, 17),
    hours=None,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_3,
    frame="#2b3a67",
    rows=[
        ("Helvetica-Bold", 13, 76, "SCOTTISH POLICE COLLEGE"),
        ("Helvetica", 10, 92, "Tulliallan Castle, Kincardine, Alloa FK10 4BE"),
        ("Times-Bold", 26, 140, "Certificate of Completion"),
        ("Times-Roman", 13, 176, "This is to certify that"),
        ("Times-Bold", 24, 212, "Fiona M. Drummond"),
        ("Times-Roman", 13, 246, "has completed the"),
        ("Helvetica-Bold", 16, 278, "Youth Engagement and Juvenile Diversion Workshop"),
        ("Times-Roman", 13, 312, "held 15-17 March 2022"),
        ("Times-Roman", 13, 332, "Duration: 3 days"),
    ],
    signature=(90, 130, "Chief Supt. Alan Ross", "Head of Leadership and Training"),
)


@novel(
    "uk_slash",
    name="Priya K. Sandhu",
    title="Countering Radicalisation in Schools",
    issuer="College of Policing",
    start=date(2022, 9, 22),
    hours=6.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_3,
)
def _uk_slash(c: Any, w: float, h: float) -> None:
    """A left-aligned record: the course date '22/09/2022' (day-first: 22 is no month), an issue date
    '05/10/2022' above it whose order only the page's other date settles, 'Duration: 6 hours', a UK
    postcode."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, h - 66, "College of Policing")
    _small(c, 60, h - 80, "Leamington Road, Ryton-on-Dunsmore, Coventry CV8 3EN", 9)
    c.line(60, h - 88, w - 60, h - 88)
    _small(c, w - 60, h - 110, "Issued: 05/10/2022", 10, right=True)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, h - 150, "Certificate of Learning")
    lines_at(
        c,
        60,
        h - 200,
        [
            "Learner: Priya K. Sandhu",
            "Programme: Countering Radicalisation in Schools",
            "Date attended: 22/09/2022",
            "Duration: 6 hours",
        ],
        "Helvetica",
        12,
        24,
    )
    _signature(c, 60, 200, 200, "uk_slash", "Andy Marsh", "Chief Executive Officer")


@novel(
    "ambiguous_ca",
    name="Marc-Andre Tremblay",
    title="Juvenile Law Update",
    issuer="Ontario Police College",
    start=date(2022, 4, 5),
    hours=4.0,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=NOVELS_3,
)
def _ambiguous_ca(c: Any, w: float, h: float) -> None:
    """A Canadian college prints '04/05/2022' and nothing else dated: Canada writes both orders, so the
    4th of May and the 5th of April are both readings a person has to settle."""
    _frame(c, w, h, "#b22222")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 76, "ONTARIO POLICE COLLEGE"),
            ("Helvetica", 10, 92, "10716 Hacienda Road, Aylmer, Ontario N5H 2T2, Canada"),
            ("Times-Bold", 26, 140, "Certificate of Completion"),
            ("Times-Roman", 13, 176, "This is to certify that"),
            ("Times-Bold", 24, 212, "Marc-Andre Tremblay"),
            ("Times-Roman", 13, 246, "has completed"),
            ("Helvetica-Bold", 18, 278, "Juvenile Law Update"),
            ("Times-Roman", 13, 312, "Date: 04/05/2022      Hours: 4"),
        ],
    )
    _signature(c, 90, 130, 200, "ambiguous_ca", "Bruce Herridge", "Director")


centred_novel(
    "weekday_dm_range",
    "A G.R.E.A.T. officer training worded day-first with weekdays ('from Monday 28 March to Friday 1 "
    "April 2022', over a month end) and 'Total instruction: 40 hours'.",
    name="Adaeze N. Okoro",
    title="G.R.E.A.T. Officer Training",
    issuer="G.R.E.A.T. National Training Team",
    start=date(2022, 3, 28),
    end=date(2022, 4, 1),
    hours=40.0,
    catalog_id="great-officer",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
    frame="#c8102e",
    rows=[
        ("Helvetica-Bold", 14, 62, "GANG RESISTANCE EDUCATION AND TRAINING"),
        ("Times-Bold", 30, 110, "Certificate of Training"),
        ("Times-Roman", 14, 144, "is hereby presented to"),
        ("Times-Bold", 26, 180, "Adaeze N. Okoro"),
        ("Times-Roman", 14, 210, "who successfully completed"),
        ("Helvetica-Bold", 20, 244, "G.R.E.A.T. Officer Training"),
        ("Times-Roman", 13, 278, "from Monday 28 March to Friday 1 April 2022"),
        ("Times-Roman", 13, 298, "Total instruction: 40 hours"),
    ],
    signature=(90, 80, "Sgt. Alvin Pruitt", "National Training Coordinator"),
)


# ------------------------------------------------------------------------------ other date forms


@novel(
    "iso_code_left",
    name="Dwayne A. Whitlock",
    title="SSC-101: School Threat Assessment Fundamentals",
    issuer="State School Safety Center",
    start=date(2022, 3, 15),
    hours=16.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_3,
)
def _iso_code_left(c: Any, w: float, h: float) -> None:
    """Portrait, left-aligned: a course code before the title, 'Date of Completion:' with its ISO value on
    the line below, 'Course length: 16 hrs.', a sponsor address with a ZIP code in the header."""
    c.setFillColor(HexColor("#0b4f6c"))
    c.rect(0, h - 96, w, 96, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, h - 52, "State School Safety Center")
    c.setFont("Helvetica", 9)
    c.drawString(60, h - 70, "350 N. Guadalupe St., Suite 140, San Marcos, TX 78666")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(60, h - 150, "Certificate of Completion")
    lines_at(c, 60, h - 200, ["Participant"], "Helvetica", 10)
    lines_at(c, 60, h - 220, ["Dwayne A. Whitlock"], "Helvetica-Bold", 20)
    lines_at(c, 60, h - 260, ["Course"], "Helvetica", 10)
    lines_at(c, 60, h - 280, ["SSC-101: School Threat Assessment Fundamentals"], "Helvetica-Bold", 15)
    lines_at(c, 60, h - 320, ["Date of Completion:"], "Helvetica", 10)
    lines_at(c, 60, h - 338, ["2022-03-15"], "Helvetica-Bold", 13)
    lines_at(c, 300, h - 320, ["Course length: 16 hrs."], "Helvetica", 11)
    _signature(c, 60, 160, 200, "iso_code_left", "Dr. Kathy Martinez-Prather", "Director")
    _small(c, 60, 50, "Certificate 2022-0315-0412   Form SSC-7 (rev. 08/2021)", 7)


centred_novel(
    "ordinal_range_nasro",
    "NASRO's Advanced course with ordinal days in a range ('March 15th-17th, 2022'), 'Course length: 24 "
    "hrs.' and a certificate number shaped like a date.",
    name="Rosalind T. Achebe",
    title="Advanced School Resource Officer Course",
    issuer=NASRO,
    start=date(2022, 3, 15),
    end=date(2022, 3, 17),
    hours=24.0,
    catalog_id="nasro-advanced",
    category="advanced",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
    frame="#1f3a68",
    rows=[
        ("Helvetica-Bold", 13, 62, NASRO.upper()),
        ("Times-Bold", 30, 110, "Certificate of Completion"),
        ("Times-Roman", 14, 144, "is proudly presented to"),
        ("Times-Bold", 26, 180, "Rosalind T. Achebe"),
        ("Times-Roman", 14, 210, "for completing the"),
        ("Helvetica-Bold", 20, 244, "Advanced School Resource Officer Course"),
        ("Times-Roman", 13, 278, "March 15th-17th, 2022   |   Course length: 24 hrs."),
    ],
    signature=(90, 80, "Mac Hardy", "Director of Operations"),
    footer=[(480, 48, "Certificate No. 2022-0317-024   nasro.org")],
)


@novel(
    "month_end_total",
    name="Gregory L. Fontaine",
    title="Crisis Response for School Resource Officers",
    issuer="Midwest Regional Training Institute",
    start=date(2021, 6, 29),
    end=date(2021, 7, 1),
    hours=24.0,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
)
def _month_end_total(c: Any, w: float, h: float) -> None:
    """A range over a month end ('June 29 - July 1, 2021') and a table of days with their hours over a
    'Total: 24.0' row (the label left of the column, the sum under it)."""
    _frame(c, w, h, "#3d5a80")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 60, "MIDWEST REGIONAL TRAINING INSTITUTE"),
            ("Times-Bold", 28, 102, "Certificate of Completion"),
            ("Times-Roman", 13, 132, "This certifies that"),
            ("Times-Bold", 24, 164, "Gregory L. Fontaine"),
            ("Times-Roman", 13, 190, "completed"),
            ("Helvetica-Bold", 18, 218, "Crisis Response for School Resource Officers"),
            ("Times-Roman", 13, 244, "June 29 - July 1, 2021"),
        ],
    )
    y = table(
        c,
        h - 290,
        [("Day", 250), ("Topic", 310), ("Hours", 500)],
        [
            ("1", "Crisis theory and school climate", "8.0"),
            ("2", "Tactical communication", "8.0"),
            ("3", "Scenario exercises", "8.0"),
        ],
        size=10,
    )
    c.setFont("Helvetica-Bold", 10)
    c.drawString(440, y - 4, "Total:")
    c.drawString(500, y - 4, "24.0")
    _signature(c, 90, 60, 200, "month_end_total", "Dr. Leon R. Hatfield", "Institute Director")


@novel(
    "module_table",
    name="Carmen I. Villareal",
    title="School Safety Assessment Workshop",
    issuer="County Office of Education",
    start=date(2023, 5, 4),
    hours=6.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_3,
)
def _module_table(c: Any, w: float, h: float) -> None:
    """The length only in a table of modules (2.0 + 1.5 + 2.5 hours) with no total row."""
    _frame(c, w, h, "#5c4d7d")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 76, "County Office of Education"),
            ("Times-Bold", 26, 126, "Certificate of Participation"),
            ("Times-Roman", 13, 160, "This certifies that"),
            ("Times-Bold", 24, 196, "Carmen I. Villareal"),
            ("Times-Roman", 13, 228, "participated in the"),
            ("Helvetica-Bold", 17, 258, "School Safety Assessment Workshop"),
            ("Times-Roman", 13, 286, "May 4, 2023"),
        ],
    )
    table(
        c,
        h - 340,
        [("Module", 110), ("Hours", 440)],
        [
            ("1. Site vulnerability walk-through", "2.0"),
            ("2. Access control and visitor management", "1.5"),
            ("3. Writing the assessment report", "2.5"),
        ],
        size=10,
    )
    _signature(c, 90, 120, 200, "module_table", "Dr. Helen Ybarra", "Assistant Superintendent")


@novel(
    "footer_date",
    name="Lamar D. Whitaker",
    title="Juvenile Case Law Review",
    issuer="District Attorney's Office",
    start=date(2023, 11, 8),
    hours=8.0,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
)
def _footer_date(c: Any, w: float, h: float) -> None:
    """The completion date only in the footer's small print, '8 POST hours' in the body."""
    _frame(c, w, h, "#4b2e2a")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 62, "OFFICE OF THE DISTRICT ATTORNEY"),
            ("Times-Bold", 30, 112, "Certificate of Training"),
            ("Times-Roman", 14, 146, "Presented to"),
            ("Times-Bold", 26, 182, "Lamar D. Whitaker"),
            ("Times-Roman", 14, 212, "for completing"),
            ("Helvetica-Bold", 20, 246, "Juvenile Case Law Review"),
            ("Times-Roman", 13, 280, "8 POST hours"),
        ],
    )
    _signature(c, 90, 80, 200, "footer_date", "Deputy DA Ellen Markowitz", "Training Coordinator")
    _small(c, w - 60, 40, "Course completed 11/08/2023   Course #JCL-23   Training Unit", 7, right=True)


# ------------------------------------------------------------------------------ hours


centred_novel(
    "quoted_ceus",
    "A title in quotes, 'Name of participant:' as a field, '0.8 CEUs (8 contact hours)' and 'Nov. 2, 2023'.",
    name="Heather J. Lindqvist",
    title="Recognizing Signs of Child Abuse",
    issuer="State University Center for Continuing Education",
    start=date(2023, 11, 2),
    hours=8.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_3,
    frame="#7b3f00",
    rows=[
        ("Helvetica-Bold", 13, 76, "Center for Continuing Education"),
        ("Times-Bold", 26, 126, "Certificate of Completion"),
        ("Helvetica", 12, 170, "Name of participant: Heather J. Lindqvist"),
        ("Times-Roman", 13, 206, "has completed the course"),
        ("Helvetica-Bold", 17, 238, '"Recognizing Signs of Child Abuse"'),
        ("Times-Roman", 13, 272, "Nov. 2, 2023"),
        ("Times-Roman", 13, 292, "0.8 CEUs (8 contact hours)"),
    ],
    signature=(90, 130, "Dr. Paul Mercer", "Dean"),
    footer=[(330, 60, "IACET Accredited Provider #1234   Certificate 23-1102-0088")],
)


centred_novel(
    "online_minutes",
    "An online course: '1h 26m' of seat time, a print date with a time, a certificate number shaped like a "
    "date.",
    name="Natalie R. Osei",
    title="Recognizing and Reporting Child Trafficking",
    issuer="Blue Line Online Academy",
    start=date(2022, 6, 11),
    hours=1.4333,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
    frame="#0f4c81",
    rows=[
        ("Helvetica-Bold", 15, 62, "Blue Line Online Academy"),
        ("Times-Bold", 30, 110, "Certificate of Completion"),
        ("Times-Roman", 14, 144, "This is to certify that"),
        ("Times-Bold", 26, 180, "Natalie R. Osei"),
        ("Times-Roman", 14, 210, "has completed"),
        ("Helvetica-Bold", 20, 244, "Recognizing and Reporting Child Trafficking"),
        ("Times-Roman", 13, 278, "Completed on June 11, 2022      Time: 1h 26m"),
    ],
    signature=(90, 80, "Karen W. Doyle", "Director of Learning"),
    footer=[(470, 56, "Cert # 2022-0611-08"), (470, 44, "Printed: 07/01/2022 10:12 AM")],
)


@novel(
    "caps_suffix_two_line",
    name="Michael J. O'Connor Jr.",
    title="Active Threat Response for School Campuses",
    issuer="State Police Training Academy",
    start=date(2023, 6, 10),
    hours=8.0,
    catalog_id="school-active-shooter",  # the catalog's generic course ("Active Threat Response in Schools")
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
)
def _caps_suffix_two_line(c: Any, w: float, h: float) -> None:
    """The name in capitals with an initial, an apostrophe and a suffix; the title split over two lines in
    large type; '(8) eight hours'; a seal."""
    _frame(c, w, h, "#1c3144")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 60, "STATE POLICE TRAINING ACADEMY"),
            ("Times-Bold", 28, 100, "CERTIFICATE OF COMPLETION"),
            ("Helvetica", 12, 130, "THIS IS TO CERTIFY THAT"),
            ("Helvetica-Bold", 26, 166, "MICHAEL J. O'CONNOR JR."),
            ("Helvetica", 12, 194, "HAS SUCCESSFULLY COMPLETED"),
            ("Helvetica-Bold", 26, 230, "ACTIVE THREAT RESPONSE"),
            ("Helvetica-Bold", 26, 262, "FOR SCHOOL CAMPUSES"),
            ("Helvetica", 12, 296, "JUNE 10, 2023  -  (8) EIGHT HOURS"),
        ],
    )
    _seal(c, w - 150, 100, 42, HexColor("#1c3144"))
    _signature(c, 90, 70, 200, "caps_suffix", "Maj. Daniel K. Boone", "Academy Commandant")


@novel(
    "small_print_hours",
    name="Oksana V. Petrenko",
    title="School Bus Safety and Emergency Evacuation",
    issuer="State Pupil Transportation Office",
    start=date(2023, 4, 4),
    hours=4.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_3,
)
def _small_print_hours(c: Any, w: float, h: float) -> None:
    """Portrait with a seal; a day-first word date; the hours only in the small-print approval line."""
    _frame(c, w, h, "#6b4226")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 80, "STATE PUPIL TRANSPORTATION OFFICE"),
            ("Times-Bold", 28, 136, "Certificate"),
            ("Times-Italic", 14, 172, "presented to"),
            ("Times-Bold", 24, 208, "Oksana V. Petrenko"),
            ("Times-Italic", 14, 242, "for completion of"),
            ("Helvetica-Bold", 16, 274, "School Bus Safety and Emergency Evacuation"),
            ("Times-Roman", 13, 306, "4 April 2023"),
        ],
    )
    _seal(c, w / 2, 250, 50, HexColor("#6b4226"))
    _signature(c, 90, 130, 200, "small_print", "Gail S. Montgomery", "State Director")
    _small(c, 60, 60, "This course is approved for 4 hours of POST credit (Course Control #1234-22401).", 7)


# ------------------------------------------------------------------------------ names


@novel(
    "name_after_course",
    name="Jane Q. Doe",
    title="Social Media Threats to Schools",
    issuer="Regional Fusion Center",
    start=date(2023, 9, 9),
    hours=3.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_3,
)
def _name_after_course(c: Any, w: float, h: float) -> None:
    """Prose naming the course first and the person after it with a rank and a badge number."""
    _frame(c, w, h, "#2d3047")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 80, "Regional Fusion Center"),
            ("Times-Bold", 28, 136, "Certificate of Training"),
        ],
    )
    body = (
        "This certificate verifies that the course Social Media Threats to Schools was completed by "
        "Officer Jane Q. Doe, Badge #4471, on September 9th, 2023, for a total of 3.0 hours of instruction."
    )
    _left_block(c, body, "Times-Roman", 14, 90, h - 200, w - 180, 21)
    _signature(c, 90, 150, 200, "name_after", "Lt. Omar B. Hassan", "Center Director")
    _small(c, 90, 60, "Regional Fusion Center  -  PO Box 1190, Columbus, OH 43216")


@novel(
    "instructor_large",
    name="Dominic E. Castellano",
    title="Drug Trends and Youth Substance Abuse",
    issuer="Metro Narcotics Task Force",
    start=date(2024, 2, 7),
    hours=4.0,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
)
def _instructor_large(c: Any, w: float, h: float) -> None:
    """The instructor's name in larger type than the participant's, under a 'Lead Instructor' caption; a
    single-digit date '2/7/2024'."""
    _frame(c, w, h, "#264653")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 60, "METRO NARCOTICS TASK FORCE"),
            ("Times-Bold", 28, 100, "Certificate of Attendance"),
            ("Times-Roman", 13, 128, "Presented to"),
            ("Times-Bold", 22, 158, "Dominic E. Castellano"),
            ("Times-Roman", 13, 184, "for attending"),
            ("Helvetica-Bold", 20, 214, "Drug Trends and Youth Substance Abuse"),
            ("Times-Roman", 13, 242, "Date: 2/7/2024      Hours: 4"),
            ("Times-Roman", 11, 280, "Lead Instructor"),
            ("Times-Bold", 26, 310, "Sgt. Raymond K. Ellison"),
        ],
    )
    _signature(c, 90, 70, 200, "instructor_large", "Cmdr. Tasha L. Greer", "Task Force Commander")


@novel(
    "badge_table",
    name="Dana M. Whitley",
    title="Youth Diversion Programs for Officers",
    issuer="Regional Police Academy",
    start=date(2022, 3, 15),
    hours=8.0,
    catalog_id=None,
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
)
def _badge_table(c: Any, w: float, h: float) -> None:
    """One table row: the participant with a rank and a badge number, a dashed numeric date, the hours."""
    _frame(c, w, h, "#3c1518")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 64, "REGIONAL POLICE ACADEMY"),
            ("Times-Bold", 30, 112, "Training Certificate"),
            ("Times-Italic", 14, 150, "The following officer has completed the course below."),
        ],
    )
    table(
        c,
        h - 210,
        [("Participant", 70), ("Course", 270), ("Date", 520), ("Hours", 630)],
        [("Ofc. Dana M. Whitley #2217", "Youth Diversion Programs for Officers", "03-15-2022", "8")],
        size=11,
        step=22,
    )
    _signature(c, 90, 90, 200, "badge_table", "Capt. Rhonda S. Pike", "Academy Director")


# ------------------------------------------------------------------------------ layouts and distractors


@novel(
    "two_column_sponsor",
    name="Terrell J. Matthews",
    title="Campus Emergency Drill Planning",
    issuer="Great Lakes School Safety Consortium",
    start=date(2022, 10, 3),
    end=date(2022, 10, 4),
    hours=16.0,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
)
def _two_column_sponsor(c: Any, w: float, h: float) -> None:
    """Two columns: the sponsor's name, address with a ZIP code and phone on a coloured left band; the
    certificate on the right, 'Date(s):' with a numeric range and '16.0 hrs'."""
    c.setFillColor(HexColor("#14213d"))
    c.rect(0, 0, 220, h, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    lines_at(
        c,
        24,
        h - 80,
        ["Great Lakes School", "Safety Consortium"],
        "Helvetica-Bold",
        14,
        18,
    )
    lines_at(
        c,
        24,
        h - 140,
        ["1200 Academy Road, Suite 150", "Glenview, IL 60025", "(847) 555-0192", "glssc.example.org"],
        "Helvetica",
        9,
        13,
    )
    c.setFillColor(black)
    c.setFont("Times-Bold", 28)
    c.drawString(260, h - 110, "Certificate of Completion")
    lines_at(c, 260, h - 160, ["This certifies that"], "Times-Roman", 13)
    lines_at(c, 260, h - 194, ["Terrell J. Matthews"], "Times-Bold", 24)
    lines_at(c, 260, h - 226, ["has completed"], "Times-Roman", 13)
    lines_at(c, 260, h - 256, ["Campus Emergency Drill Planning"], "Helvetica-Bold", 18)
    lines_at(c, 260, h - 296, ["Date(s): 10/03/2022 - 10/04/2022", "Credit: 16.0 hrs"], "Helvetica", 12, 20)
    _signature(c, 260, 90, 200, "two_column_sponsor", "Dr. Renee A. Kowalczyk", "Executive Director")


centred_novel(
    "srm_expiry",
    "A Standard Reunification Method course: 'valid for 2 years', an expiration and a renewal date after "
    "the course date, '4 hrs'.",
    name="Brianna L. Kessler",
    title="Standard Reunification Method Training",
    issuer="The I Love U Guys Foundation",
    start=date(2023, 3, 15),
    hours=4.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_3,
    frame="#234e5f",
    rows=[
        ("Helvetica-Bold", 14, 78, "The I Love U Guys Foundation"),
        ("Times-Bold", 26, 128, "Certificate of Completion"),
        ("Times-Roman", 13, 162, "This certifies that"),
        ("Times-Bold", 24, 198, "Brianna L. Kessler"),
        ("Times-Roman", 13, 230, "has completed the"),
        ("Helvetica-Bold", 18, 262, "Standard Reunification Method Training"),
        ("Times-Roman", 13, 294, "Training date: 03/15/2023      4 hrs"),
        ("Times-Roman", 12, 318, "This certificate is valid for 2 years."),
        ("Times-Roman", 12, 336, "Expiration Date: 03/15/2025      Renewal due by 02/15/2025"),
    ],
    signature=(90, 130, "John-Michael Keyes", "Executive Director"),
)


@novel(
    "bilingual_es",
    name="Luis Alberto Rivera Soto",
    title="Prevención de la Violencia Escolar",
    issuer="Negociado de la Policía de Puerto Rico",
    start=date(2022, 3, 15),
    hours=8.0,
    catalog_id=None,
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_3,
)
def _bilingual_es(c: Any, w: float, h: float) -> None:
    """A Spanish certificate with English under each line: 'Certificado de finalización', 'Otorgado a',
    '15 de marzo de 2022', 'Duración: 8 horas'."""
    _frame(c, w, h, "#0050a0")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 60, "NEGOCIADO DE LA POLICÍA DE PUERTO RICO"),
            ("Helvetica", 10, 76, "Academia de la Policía  -  Gurabo, PR 00778"),
            ("Times-Bold", 28, 114, "Certificado de finalización"),
            ("Times-Italic", 13, 134, "Certificate of Completion"),
            ("Times-Roman", 13, 164, "Otorgado a / Awarded to"),
            ("Times-Bold", 26, 198, "Luis Alberto Rivera Soto"),
            ("Times-Roman", 13, 226, "por completar el curso / for completing the course"),
            ("Helvetica-Bold", 20, 258, "Prevención de la Violencia Escolar"),
            ("Times-Roman", 13, 290, "15 de marzo de 2022"),
            ("Times-Roman", 13, 310, "Duración: 8 horas"),
        ],
    )
    _signature(c, 90, 70, 200, "bilingual_es", "Cnel. Antonio López Figueroa", "Comisionado")
