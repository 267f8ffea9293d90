"""Employment letters and conference evidence, round 8: documents no earlier round draws
(``tests/novel_letters.py``, ``tests/novel_letters_7.py``, ``bench/unseen_applicants_3.py`` draw the others).

Letters carry their truth as :class:`tests.novel_letters_7.NovelLetter7` does. Drawn here: an HR
verification-of-employment form with check boxes and a table of positions, "for the past four school
years", "beginning with the 2020-21 school year", one paragraph holding the letter's, hire, academy,
SRO and promotion dates (the promotion after the SRO start, the officer still an SRO), a former SRO now a
patrol sergeant ("until his promotion to Sergeant on ..."), a school district's own safety officer, a
sheriff's "School Resource Deputy", an e-mail with From/Sent/To/Subject headers, and an officer who "will be
assigned" as SRO on a future day (no SRO service yet).

Conference evidence carries :class:`ConferenceCase`: whether the document proves attendance of NASRO's
conference (``r6``: what R6 may conclude on it alone) and whether any of its hours may be credited to R5
(``r5_hours``: a NASRO conference's sessions are conference attendance, credited 0). Drawn here: a lanyard
badge whose first name is printed large above the full name, a CEU letter listing sessions with hours and a
CEU total, a registration receipt (payment is no attendance), a state association's school safety
conference certificate, a NASRO conference attended virtually (prose), and a NASRO session transcript with
hours per session and no total.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import letter

from certledger.samples import _left_block, _new_canvas, _signature
from classify.types import ClassifiedDocument
from extract.fields.names import name_tokens
from tests.integration.test_novel_letters import ledger_of
from tests.novel_certificates import Draw, _centred, _frame
from tests.novel_letters import _body, _fields, _letterhead, _table
from tests.novel_letters_7 import NovelLetter7, letter7, marks
from tests.novel_letters_7 import _register as register

LETTERS_8: dict[str, NovelLetter7] = {}


def _register(key: str, draw: Draw, **truth: Any) -> None:
    register(key, draw, registry=LETTERS_8, **truth)


def letter8(key: str, *, address: str = "210 Main Street  |  (555) 555-0188", **kw: Any) -> None:
    """A one-page letter as round 7 draws them (``tests.novel_letters_7.letter7``), closed "Respectfully,"."""
    letter7(key, address=address, closing="Respectfully,", registry=LETTERS_8, **kw)


# ------------------------------------------------------------------------------------ letters


def _box(c: Any, x: float, y: float, ticked: bool) -> None:
    c.rect(x, y - 1, 9, 9, stroke=1, fill=0)
    if ticked:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 1.5, y, "X")


def _voe_form(c: Any, w: float, h: float) -> None:
    """An HR verification-of-employment form: fields, check boxes, a table of positions held."""
    _letterhead(c, w, h, "City of Oakhaven", "Department of Human Resources  |  (555) 555-0170")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, h - 145, "VERIFICATION OF EMPLOYMENT")
    y = _fields(
        c,
        [
            ("Date Completed:", "03/18/2025"),
            ("Employee Name:", "Reginald T. Okafor"),
            ("Department:", "Oakhaven Police Department"),
            ("Original Hire Date:", "06/02/2011"),
        ],
        210,
        h - 180,
        22,
    )
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y, "Employment Status:")
    c.setFont("Helvetica", 11)
    for x, label, ticked in ((210, "Active", True), (290, "Inactive", False), (380, "Separated", False)):
        _box(c, x, y, ticked)
        c.drawString(x + 14, y, label)
    y -= 22
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y, "Employment Type:")
    c.setFont("Helvetica", 11)
    for x, label, ticked in ((210, "Full-time", True), (290, "Part-time", False), (380, "Seasonal", False)):
        _box(c, x, y, ticked)
        c.drawString(x + 14, y, label)
    y -= 40
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y, "Positions Held")
    y -= 20
    rows = (
        ("Police Officer - Patrol", "06/02/2011", "07/31/2016"),
        ("School Resource Officer", "08/01/2016", "Current"),
    )
    y = _table(c, w, y, (72, 290, 390, 480), ("Position / Title", "From", "To", ""), rows, "Helvetica")
    y -= 36
    _left_block(
        c,
        "The information above is provided at the employee's request and is accurate per our records.",
        "Helvetica",
        10,
        72,
        y,
        w - 144,
        14,
    )
    _signature(c, 72, y - 90, 200, "voe_form", "Denise A. Whitcomb", "HR Generalist")


_register(
    "voe_form_positions",
    _voe_form,
    name="Reginald T. Okafor",
    start=date(2016, 8, 1),
    employed=True,
    letter_date=date(2025, 3, 18),
    hire_date=date(2011, 6, 2),
)

letter8(
    "four_school_years",
    agency="Lakeview Police Department",
    head=("March 3, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "Officer Brianna S. Whitfield has served as the School Resource Officer at Lakeview Middle School "
        "for the past four school years and continues in that assignment today.",
    ),
    signer=("Chief Raymond E. Dunn", "Chief of Police"),
    name="Brianna S. Whitfield",
    start=None,
    # four school years as of March 2025 (the 2024-25 one counted or not): begun July 2020 to June 2022
    bounds=(date(2020, 7, 1), date(2022, 6, 30)),
    employed=True,
    letter_date=date(2025, 3, 3),
)

letter8(
    "beginning_school_year_short",
    agency="Cedar Falls Police Department",
    head=("February 10, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Beginning with the 2020-21 school year, Officer Tomas J. Villareal was assigned to the School "
        "Resource Unit and placed at Cedar Falls High School. He remains assigned there at this time.",
    ),
    signer=("Lt. Paula M. Hurst", "School Resource Unit Commander"),
    name="Tomas J. Villareal",
    start=None,
    bounds=(date(2020, 7, 1), date(2021, 6, 30)),
    employed=True,
    letter_date=date(2025, 2, 10),
)

letter8(
    "many_dates_promotion_after",
    agency="Harbor City Police Department",
    head=("April 22, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Corporal Andre M. Fontaine was hired by the Harbor City Police Department on January 9, 2012, "
        "graduated from the regional police academy on June 14, 2012, and was assigned as the School "
        "Resource Officer at Harbor City High School on August 19, 2019. He was promoted to the rank of "
        "Corporal on October 3, 2022 and remains the school's SRO.",
    ),
    signer=("Chief Lorraine D. Bishop", "Chief of Police"),
    name="Andre M. Fontaine",
    start=date(2019, 8, 19),
    employed=True,
    letter_date=date(2025, 4, 22),
    hire_date=date(2012, 1, 9),
)

letter8(
    "former_now_patrol_sergeant",
    agency="Pinecrest Police Department",
    head=("January 27, 2025", "RE: Sergeant Colin F. Mahoney"),
    paragraphs=(
        "Sergeant Colin F. Mahoney was a School Resource Officer at Pinecrest Elementary and Pinecrest "
        "Middle School from September 6, 2016 until his promotion to Sergeant on March 4, 2023. He is "
        "now a patrol sergeant supervising the department's evening shift.",
    ),
    signer=("Chief Warren J. Lytle", "Chief of Police"),
    name="Colin F. Mahoney",
    start=date(2016, 9, 6),
    employed=False,
    letter_date=date(2025, 1, 27),
    end=(date(2023, 3, 4), date(2023, 3, 4)),
)

letter8(
    "district_safety_officer",
    agency="Northgate Independent School District",
    address="Department of Safety and Security  |  900 District Way",
    head=("May 5, 2025", "To the National Association of School Resource Officers:"),
    paragraphs=(
        "Ms. Keandra L. Holloway is employed by Northgate ISD as a School Safety Officer. She began in "
        "this position on November 1, 2020 and currently serves at Northgate High School, where she is "
        "responsible for campus safety, threat assessment and emergency drills.",
    ),
    signer=("Victor N. Stroud", "Director of Safety and Security"),
    name="Keandra L. Holloway",
    start=date(2020, 11, 1),
    employed=True,
    letter_date=date(2025, 5, 5),
)

letter8(
    "sheriff_school_resource_deputy",
    agency="Tillman County Sheriff's Office",
    head=("December 2, 2024", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy First Class Ramon E. Arce has been a sworn deputy with this office since May 1, 2013. "
        "He was selected for the School Resource Deputy program and has served as a School Resource "
        "Deputy at Tillman County High School since August 8, 2017. Deputy Arce remains in that "
        "assignment.",
    ),
    signer=("Sheriff Dale K. Pruett", "Sheriff"),
    name="Ramon E. Arce",
    start=date(2017, 8, 8),
    employed=True,
    letter_date=date(2024, 12, 2),
    hire_date=date(2013, 5, 1),
)


def _email(c: Any, w: float, h: float) -> None:
    """A printed e-mail: From / Sent / To / Subject headers, then the message."""
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, h - 60, "Outlook")
    c.line(72, h - 68, w - 72, h - 68)
    y = _fields(
        c,
        [
            ("From:", "Capt. Gloria N. Ibarra <gibarra@westmontpd.org>"),
            ("Sent:", "Tuesday, March 11, 2025 9:42 AM"),
            ("To:", "practitioner@nasro.org"),
            ("Subject:", "SRO verification - Officer Phillip D. Nakamura"),
        ],
        140,
        h - 95,
        18,
    )
    c.line(72, y + 6, w - 72, y + 6)
    y = _body(
        c,
        w,
        y - 20,
        (
            "Good morning,",
            "I am writing to verify that Officer Phillip D. Nakamura of the Westmont Police Department "
            "has served as a School Resource Officer since August 14, 2017. He is currently assigned "
            "to Westmont High School.",
            "Please let me know if you need anything further.",
        ),
        "Helvetica",
    )
    c.setFont("Helvetica", 11)
    signature = ("Capt. Gloria N. Ibarra", "Support Services Division", "Westmont Police Department")
    for i, line in enumerate(signature):
        c.drawString(72, y - 10 - 15 * i, line)


_register(
    "email_headers",
    _email,
    name="Phillip D. Nakamura",
    start=date(2017, 8, 14),
    employed=True,
    letter_date=date(2025, 3, 11),
)

letter8(
    "future_assignment",
    agency="Elm Grove Police Department",
    head=("May 12, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Naomi R. Castellanos is currently assigned to the Patrol Division. She has been "
        "selected for the School Resource Officer position and will be assigned as the School Resource "
        "Officer at Elm Grove Middle School effective August 11, 2025.",
    ),
    signer=("Chief Harlan P. Voss", "Chief of Police"),
    name="Naomi R. Castellanos",
    start=None,  # no SRO service yet: a future start is none (R1 not met, or a person's)
    employed=False,  # on patrol now: not (yet) in school safety
    letter_date=date(2025, 5, 12),
    by_design="the SRO assignment begins after the letter: no service yet",
)


# ------------------------------------------------------------------------------------ conference evidence


@dataclass(frozen=True)
class ConferenceCase:
    key: str
    participant_name: str
    draw: Draw
    pagesize: tuple[float, float]
    doc_types: tuple[str, ...]  # acceptable doc types
    r6: str  # what R6 may conclude on this document alone: met | not_met
    r5_hours: float  # hours R5 may credit from it (a NASRO conference: 0)
    note: str = ""


CONFERENCES_8: dict[str, ConferenceCase] = {}


def conference8(
    key: str,
    *,
    name: str,
    r6: str,
    r5_hours: float = 0.0,
    doc_types: tuple[str, ...] = ("conference_attendance",),
    pagesize: tuple[float, float] = letter,
    note: str = "",
) -> Any:
    def register(draw: Draw) -> Draw:
        CONFERENCES_8[key] = ConferenceCase(key, name, draw, pagesize, doc_types, r6, r5_hours, note)
        return draw

    return register


@conference8("lanyard_badge", name="Keisha D. Brown", r6="met", pagesize=(288.0, 432.0))
def _lanyard_badge(c: Any, w: float, h: float) -> None:
    """A 4 x 6 inch lanyard badge: the conference band, the first name large, the full name under it."""
    c.setFillColor(HexColor("#0b3d6b"))
    c.rect(0, h - 90, w, 90, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 32, "NASRO 2023")
    c.drawCentredString(w / 2, h - 50, "School Safety Conference")
    c.setFont("Helvetica", 10)
    c.drawCentredString(w / 2, h - 70, "July 9-14, 2023  |  National Harbor, MD")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 40)
    c.drawCentredString(w / 2, h - 170, "KEISHA")
    c.setFont("Helvetica", 15)
    c.drawCentredString(w / 2, h - 200, "Keisha D. Brown")
    c.setFont("Helvetica-Oblique", 12)
    c.drawCentredString(w / 2, h - 222, "Greenville County Sheriff's Office")
    c.setFillColor(HexColor("#2e7d32"))
    c.rect(0, 0, w, 60, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(w / 2, 22, "FULL CONFERENCE")
    c.setFillColor(black)


@conference8("ceu_letter_sessions", name="Victor H. Lindqvist", r6="met")
def _ceu_letter(c: Any, w: float, h: float) -> None:
    """NASRO's CEU letter: prose, then the sessions attended with hours each, then CEUs in total."""
    _letterhead(c, w, h, "National Association of School Resource Officers", "Training Division")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "August 21, 2024")
    c.drawString(72, h - 180, "Dear Officer Lindqvist:")
    y = _left_block(
        c,
        "This letter verifies that Officer Victor H. Lindqvist attended the 2024 NASRO School Safety "
        "Conference, July 14-19, 2024, in Grapevine, Texas, and earned the continuing education units "
        "below for the sessions he attended.",
        "Times-Roman",
        12,
        72,
        h - 210,
        w - 144,
        17,
    )
    y -= 24
    c.setFont("Times-Bold", 12)
    c.drawString(90, y, "Session")
    c.drawString(420, y, "Hours")
    c.setFont("Times-Roman", 12)
    for title, hrs in (
        ("Keynote: Building Safer Schools", "1.0"),
        ("Threat Assessment in K-12 Schools", "3.0"),
        ("Juvenile Law Update", "2.0"),
        ("Responding to Student Mental Health Crises", "3.0"),
    ):
        y -= 18
        c.drawString(90, y, title)
        c.drawString(420, y, hrs)
    y -= 28
    c.drawString(72, y, "Total: 0.9 CEUs (9 contact hours)")
    c.drawString(72, y - 36, "Sincerely,")
    _signature(c, 72, y - 100, 200, "ceu_letter", "Registrar", "NASRO Training Division")


@conference8(
    "registration_receipt",
    name="Dominic A. Ferrante",
    r6="not_met",
    doc_types=("other", "conference_attendance"),
    note="a receipt: registration and payment prove no attendance",
)
def _receipt(c: Any, w: float, h: float) -> None:
    """A registration confirmation and payment receipt for NASRO's conference (no attendance)."""
    _letterhead(c, w, h, "National Association of School Resource Officers", "Conference Registration")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, h - 145, "Registration Confirmation / Receipt")
    y = _fields(
        c,
        [
            ("Confirmation #:", "NSSC24-08812"),
            ("Order Date:", "April 2, 2024"),
            ("Registrant:", "Dominic A. Ferrante"),
            ("Agency:", "Bayside Police Department"),
            ("Event:", "2024 NASRO School Safety Conference"),
            ("Event Dates:", "July 14-19, 2024"),
            ("Registration Type:", "Full Conference - Member"),
            ("Amount Paid:", "$595.00 (Visa ending 4417)"),
        ],
        220,
        h - 180,
        22,
    )
    _left_block(
        c,
        "Thank you for registering. Please bring this confirmation to the registration desk to pick up "
        "your badge. Cancellations received before June 1, 2024 are refunded less a $50 fee.",
        "Helvetica",
        10,
        72,
        y - 10,
        w - 144,
        14,
    )


@conference8("state_association_conference", name="Harriet G. Osei", r6="not_met", r5_hours=16.0)
def _state_conf(c: Any, w: float, h: float) -> None:
    """A state association's school safety conference: not NASRO's (not R6), its hours school safety."""
    _frame(c, w, h, "#2f5d3a")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 80, "GEORGIA ASSOCIATION OF SCHOOL SAFETY PROFESSIONALS"),
            ("Times-Bold", 28, 140, "Certificate of Attendance"),
            ("Times-Italic", 14, 185, "This is to certify that"),
            ("Times-Bold", 24, 225, "Harriet G. Osei"),
            ("Times-Italic", 14, 260, "attended the"),
            ("Helvetica-Bold", 17, 295, "2023 Georgia School Safety Conference"),
            ("Times-Roman", 13, 325, "October 16-18, 2023  |  Macon, Georgia"),
            ("Times-Roman", 13, 350, "16 hours"),
        ],
    )
    _signature(c, 90, 110, 200, "state_conf", "Dr. Nolan B. Kerr", "Executive Director")


@conference8("virtual_prose", name="Sofia M. Delgado", r6="met")
def _virtual(c: Any, w: float, h: float) -> None:
    """NASRO's letter of virtual attendance."""
    _letterhead(c, w, h, "National Association of School Resource Officers", "Conference Services")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "August 3, 2020")
    c.drawString(72, h - 180, "To Whom It May Concern:")
    y = _left_block(
        c,
        "This is to confirm that Officer Sofia M. Delgado attended the 2020 NASRO School Safety Conference "
        "virtually, July 20-23, 2020. The conference was delivered online this year.",
        "Times-Roman",
        12,
        72,
        h - 215,
        w - 144,
        17,
    )
    c.drawString(72, y - 20, "Sincerely,")
    _signature(c, 72, y - 90, 200, "virtual_conf", "Conference Manager", "NASRO")


@conference8("session_transcript", name="Gerald P. Whitmore", r6="met")
def _session_transcript(c: Any, w: float, h: float) -> None:
    """A NASRO conference transcript: one row per session (date, title, hours), no total."""
    _letterhead(c, w, h, "National Association of School Resource Officers", "Conference Attendance Record")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, h - 145, "2022 NASRO School Safety Conference - Session Transcript")
    c.setFont("Helvetica", 11)
    c.drawString(72, h - 168, "Attendee: Gerald P. Whitmore    Agency: Dalton Police Department")
    c.drawString(72, h - 186, "Conference Dates: June 26 - July 1, 2022    Location: Anaheim, California")
    y = h - 220
    sessions = (
        ("06/27/2022", "Adolescent Brain Development", "4.0"),
        ("06/28/2022", "Behavioral Threat Assessment", "4.0"),
        ("06/29/2022", "Trauma-Informed Policing in Schools", "3.0"),
        ("06/30/2022", "Legal Issues for SROs", "3.0"),
    )
    y = _table(c, w, y, (72, 160, 470), ("Date", "Session", "Hours"), sessions, "Helvetica")
    _left_block(
        c,
        "Sessions listed were scanned in at the door. This record is issued by the NASRO conference office.",
        "Helvetica",
        9,
        72,
        y - 30,
        w - 144,
        12,
    )


def render_conference(n: ConferenceCase, path: Path) -> Path:
    c = _new_canvas(path, n.pagesize, f"conference {n.key}")
    n.draw(c, float(n.pagesize[0]), float(n.pagesize[1]))
    c.showPage()
    c.save()
    return path


# ------------------------------------------------------------------------------------ scoring


def conference_marks(doc: ClassifiedDocument, n: ConferenceCase) -> dict[str, str]:
    """doc type; R6 on the document alone (ok | review | WRONG); R5 hours credited without a person
    beyond what may be (ok | WRONG); participant."""
    ledger = ledger_of(doc, n.participant_name)
    r6 = ledger.requirements["conference"].verdict
    if r6 == n.r6:
        r6_mark = "ok"
    elif r6 == "needs_review":
        r6_mark = "review"
    else:
        r6_mark = "WRONG"
    auto_credit = sum(line.credited_hours for line in ledger.lines if line.status == "auto")
    r5 = "WRONG" if auto_credit > n.r5_hours else ("ok" if auto_credit == n.r5_hours else "review")
    name = doc.participant_name.text if doc.participant_name else None
    return {
        "doc_type": "ok" if doc.doc_type in n.doc_types else doc.doc_type,
        "R6": r6_mark,
        "R5": f"{r5}({auto_credit:g})",
        "name": "ok" if name and name_tokens(name) == name_tokens(n.participant_name) else f"{name!r}",
    }


__all__ = ["CONFERENCES_8", "LETTERS_8", "ConferenceCase", "conference_marks", "marks", "render_conference"]
