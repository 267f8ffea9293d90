"""Employment letters and conference evidence, round 11: documents no earlier round draws
(``tests/novel_letters.py``, ``_7.py`` to ``_10.py`` and the unseen applicants' letters draw the others).

Letters carry their truth as :class:`tests.novel_letters_10.NovelLetter10` does, and ``person_decides``:
why R1 and R2 on the letter alone are a person's whatever it states (a part-time or relief SRO post, a
letter its officer signs). Drawn here: letters on letterhead dated only at their foot (a date line, a
"Date:" beside the signature), letters from Human Resources (not the chief) with a table of positions held
(one SRO row; two SRO rows back to back, one ending the day before the next begins: one service), the time
as SRO in words ("for the past four years", "for the past seven years"), a part-time SRO and a relief SRO, a
school district's own police department, letters naming the SRO post's start and its end (the officer left
the post: R2 not met), an officer signing their own letter ("My name is ..."), a chief writing of an officer
who shares the chief's surname (no self-verification), a letter in Spanish.

Conference evidence carries :class:`tests.novel_letters_9.ConferenceCase9`: NASRO certificates naming a
session track, a continuing-education transcript from NASRO's conference (sessions and CE hours: attendance,
R5 credits 0), a page of the conference's programme (no attendance), a registration confirmation email and a
payment receipt (registration/payment is not proof of attendance: R6 not met).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _left_block, _signature
from classify.types import ClassifiedDocument
from tests.integration.test_novel_letters import ledger_of
from tests.novel_certificates import Draw, _centred, _frame
from tests.novel_letters import _body, _fields, _letterhead, _table
from tests.novel_letters_7 import NovelLetter7, letter7
from tests.novel_letters_7 import _register as register
from tests.novel_letters_7 import marks as marks7
from tests.novel_letters_9 import ConferenceCase9, conference9, conference_marks, render_conference
from tests.novel_letters_10 import NovelLetter10


@dataclass(frozen=True)
class NovelLetter11(NovelLetter10):
    # why R1 and R2 on this letter alone must be a person's (a part-time or relief post, a self-verification)
    person_decides: str | None = None


LETTERS_11: dict[str, NovelLetter11] = {}


def _as_round_11(
    key: str,
    scratch: dict[str, NovelLetter7],
    person_decides: str | None,
    registry: dict[str, NovelLetter11] = LETTERS_11,
) -> None:
    registry[key] = NovelLetter11(
        **vars(scratch[key]), self_declared=person_decides == "self", person_decides=person_decides
    )


def _register(
    key: str,
    draw: Draw,
    *,
    person_decides: str | None = None,
    registry: dict[str, NovelLetter11] = LETTERS_11,
    **truth: Any,
) -> None:
    """A letter drawn by ``draw`` into ``registry`` (round 11's unless told)."""
    scratch: dict[str, NovelLetter7] = {}
    register(key, draw, registry=scratch, **truth)
    _as_round_11(key, scratch, person_decides, registry)


def letter11(
    key: str, *, person_decides: str | None = None, registry: dict[str, NovelLetter11] = LETTERS_11, **kw: Any
) -> None:
    """A one-page letter as round 7 draws them (``tests.novel_letters_7.letter7``), into ``registry``."""
    scratch: dict[str, NovelLetter7] = {}
    letter7(key, registry=scratch, **kw)
    _as_round_11(key, scratch, person_decides, registry)


def marks(doc: ClassifiedDocument, n: NovelLetter7) -> dict[str, str]:
    """Round 7's marks; a letter a person must decide has R1 and R2 ``ok`` only when both are left to one."""
    out = marks7(doc, n)
    if isinstance(n, NovelLetter11) and n.person_decides:
        ledger = ledger_of(doc, n.participant_name)
        got = [ledger.requirements[k].verdict for k in ("sro_3_years", "employed")]
        out["R1/R2"] = "ok" if got == ["needs_review", "needs_review"] else "WRONG"
    return out


# ------------------------------------------------------------------------------------ dated at the foot


letter11(
    "dated_at_foot_line",
    agency="Brookhaven Police Department",
    address="77 Orchard Street  |  Brookhaven  |  (555) 555-0162",
    head=("To Whom It May Concern:",),
    paragraphs=(
        "This letter verifies that Officer Teresa M. Lindgren has served as the School Resource Officer at "
        "Brookhaven High School since September 3, 2019. Officer Lindgren remains in that assignment.",
    ),
    signer=("Chief Howard E. Baines", "Chief of Police"),
    foot=("Brookhaven, April 9, 2025",),
    name="Teresa M. Lindgren",
    start=date(2019, 9, 3),
    employed=True,
    letter_date=date(2025, 4, 9),
)

letter11(
    "dated_at_foot_label",
    agency="Castle Rock County Sheriff's Office",
    address="1 Justice Plaza  |  (555) 555-0130",
    head=("RE: Service Verification", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "Deputy Lucas J. Ferreira was assigned as a School Resource Deputy at Castle Rock Middle School on "
        "January 8, 2021, and he is currently serving in that assignment.",
    ),
    signer=("Sheriff Dana K. Whitmore", "Sheriff"),
    foot=("Date: 05/02/2025",),
    name="Lucas J. Ferreira",
    start=date(2021, 1, 8),
    employed=True,
    letter_date=date(2025, 5, 2),
)


# ------------------------------------------------------------------------------------ HR, a table of posts


def _hr_positions(
    key: str,
    agency: str,
    prose: tuple[str, ...],
    rows: tuple[tuple[str, str, str], ...],
    signer: tuple[str, str],
    day: str,
    *,
    heads: tuple[str, str, str] = ("Position", "From", "To"),
    greeting: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    address: str = "Department of Human Resources  |  (555) 555-0190",
    cols: tuple[float, float, float] = (72, 340, 450),
) -> Draw:
    """A letter from Human Resources: prose, a table of positions held (Position | From | To), signed by
    an HR officer."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, address)
        c.setFont("Times-Roman", 12)
        c.drawString(72, h - 150, day)
        c.drawString(72, h - 180, greeting)
        y = _body(c, w, h - 215, prose)
        _table(c, w, y - 6, cols, heads, rows, "Helvetica")
        y -= 40 + 22 * len(rows)
        c.setFont("Times-Roman", 12)
        c.drawString(72, y, closing)
        _signature(c, 72, y - 66, 200, key, *signer)

    return draw


_register(
    "hr_positions_table",
    _hr_positions(
        "hr_positions_table",
        "City of Marlow",
        (
            "The Department of Human Resources confirms that Jordan P. Whitley has been employed by the "
            "City of Marlow Police Department since June 6, 2011 and is a current employee. Positions held:",
        ),
        (
            ("Police Officer - Patrol", "06/06/2011", "08/20/2016"),
            ("School Resource Officer", "08/21/2016", "Present"),
        ),
        ("Angela R. Voss", "Director of Human Resources"),
        "March 27, 2025",
    ),
    name="Jordan P. Whitley",
    start=date(2016, 8, 21),
    employed=True,
    letter_date=date(2025, 3, 27),
    hire_date=date(2011, 6, 6),
)

_register(
    "hr_table_back_to_back",
    _hr_positions(
        "hr_table_back_to_back",
        "Township of Glen Ellis",
        (
            "Human Resources verifies the employment of Officer Priya N. Castellanos with the Glen Ellis "
            "Police Department. Officer Castellanos is currently employed. Her positions are listed below.",
        ),
        (
            ("Patrol Officer", "02/10/2014", "08/14/2018"),
            ("School Resource Officer - Glen Ellis MS", "08/15/2018", "06/30/2021"),
            ("School Resource Officer - Glen Ellis HS", "07/01/2021", "Present"),
        ),
        ("Kenneth L. Ashby", "Human Resources Manager"),
        "April 16, 2025",
    ),
    name="Priya N. Castellanos",
    start=date(2018, 8, 15),
    employed=True,
    letter_date=date(2025, 4, 16),
    hire_date=date(2014, 2, 10),
    present_term_start=date(2021, 7, 1),
)


# ------------------------------------------------------------------------------------ time in words


letter11(
    "past_four_years_words",
    agency="Fox Run Police Department",
    head=("March 10, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Miguel A. Santangelo has been assigned as the School Resource Officer at Fox Run "
        "Elementary School for the past four years and remains in that position.",
    ),
    signer=("Chief Laura B. Kincaid", "Chief of Police"),
    name="Miguel A. Santangelo",
    start=None,
    bounds=(date(2020, 3, 11), date(2021, 3, 10)),
    employed=True,
    letter_date=date(2025, 3, 10),
    by_design="four years as of the letter's date: a span of a year",
)

letter11(
    "past_seven_years_words",
    agency="Pelham County Sheriff's Office",
    head=("February 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Aisha R. Conteh has worked as a School Resource Deputy at Pelham Regional High School for "
        "the past seven years. She continues to serve in this assignment.",
    ),
    signer=("Sheriff Calvin T. Mosby", "Sheriff"),
    name="Aisha R. Conteh",
    start=None,
    bounds=(date(2017, 2, 4), date(2018, 2, 3)),
    employed=True,
    letter_date=date(2025, 2, 3),
    by_design="seven years as of the letter's date: a span of a year",
)


# ------------------------------------------------------------------------------------ part-time, relief


letter11(
    "part_time_sro",
    agency="Hadley Village Police Department",
    head=("April 1, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Brandon K. Oyelowo has served as a part-time School Resource Officer at Hadley Elementary "
        "School since August 24, 2020, dividing his week between the school and patrol. He is currently "
        "in that assignment.",
    ),
    signer=("Chief Ruth A. Penrose", "Chief of Police"),
    name="Brandon K. Oyelowo",
    start=date(2020, 8, 24),
    employed=True,
    letter_date=date(2025, 4, 1),
    person_decides="a part-time SRO post",
)

letter11(
    "relief_sro",
    agency="Stanton Police Department",
    head=("May 8, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Gwen T. Albrecht has been the relief SRO for the Stanton School District since October 5, "
        "2019, covering the district's schools when the assigned officers are absent. She currently "
        "continues in that role in addition to her patrol duties.",
    ),
    signer=("Lt. Marcus O. Feeney", "Patrol Division Commander"),
    name="Gwen T. Albrecht",
    start=date(2019, 10, 5),
    employed=True,
    letter_date=date(2025, 5, 8),
    person_decides="a relief SRO post",
)


# ------------------------------------------------------------------------------------ a district's police


letter11(
    "district_police_department",
    agency="Lakewood Independent School District Police Department",
    address="Office of the Chief  |  4400 Campus Drive",
    head=("April 24, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Nathaniel S. Broussard has served as a School Resource Officer with the Lakewood ISD "
        "Police Department at Lakewood North High School since January 6, 2020. He is currently assigned "
        "there.",
    ),
    signer=("Chief Delia M. Quintero", "Chief of Police, Lakewood ISD"),
    name="Nathaniel S. Broussard",
    start=date(2020, 1, 6),
    employed=True,
    letter_date=date(2025, 4, 24),
)


# ------------------------------------------------------------------------------------ left the post


letter11(
    "left_post_from_until",
    agency="Mill Creek Police Department",
    head=("March 19, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Hannah L. Szabo served as the School Resource Officer at Mill Creek High School from "
        "August 12, 2015 until June 2, 2023, when she left the department.",
    ),
    signer=("Chief Dennis W. Arbuckle", "Chief of Police"),
    name="Hannah L. Szabo",
    start=date(2015, 8, 12),
    employed=False,
    letter_date=date(2025, 3, 19),
    end=(date(2023, 6, 2), date(2023, 6, 2)),
)

letter11(
    "left_post_resigned",
    agency="Tolland County Sheriff's Office",
    head=("January 29, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Victor E. Nakamura was assigned as the School Resource Deputy at Tolland Middle School "
        "from September 1, 2016 to December 31, 2024. He resigned from the Sheriff's Office effective "
        "December 31, 2024.",
    ),
    signer=("Capt. Irene J. Solberg", "Administrative Services"),
    name="Victor E. Nakamura",
    start=date(2016, 9, 1),
    employed=False,
    letter_date=date(2025, 1, 29),
    end=(date(2024, 12, 31), date(2024, 12, 31)),
)


# ------------------------------------------------------------------------------------ who signs


letter11(
    "self_signed_my_name_is",
    agency="Wexford Police Department",
    head=("April 11, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "My name is Officer Tamsin R. Doyle. I have been the School Resource Officer at Wexford High "
        "School since August 19, 2019, and I remain in that assignment today.",
    ),
    signer=("Officer Tamsin R. Doyle", "School Resource Officer"),
    name="Tamsin R. Doyle",
    start=date(2019, 8, 19),
    employed=True,
    letter_date=date(2025, 4, 11),
    person_decides="self",
)

letter11(
    "chief_shares_surname",
    agency="Oak Bluff Police Department",
    head=("March 5, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Megan C. Hale has served as the School Resource Officer at Oak Bluff Middle School since "
        "August 16, 2017, and she is currently assigned there.",
    ),
    signer=("Chief Robert D. Hale", "Chief of Police"),
    name="Megan C. Hale",
    start=date(2017, 8, 16),
    employed=True,
    letter_date=date(2025, 3, 5),
)


# ------------------------------------------------------------------------------------ in Spanish


letter11(
    "spanish_letter",
    agency="Departamento de Policía de San Benito",
    address="Calle Principal 120  |  San Benito  |  (555) 555-0171",
    head=("12 de marzo de 2025", "A quien corresponda:"),
    paragraphs=(
        "Por medio de la presente se hace constar que el Oficial José Luis Ramírez ha desempeñado el cargo "
        "de Oficial de Recursos Escolares (School Resource Officer) en la Escuela Secundaria Benito Juárez "
        "desde el 15 de agosto de 2018, y actualmente continúa en dicho cargo.",
    ),
    signer=("Comandante Elena Ruiz Ortega", "Jefa de Policía"),
    closing="Atentamente,",
    name="José Luis Ramírez",
    start=date(2018, 8, 15),
    employed=True,
    letter_date=date(2025, 3, 12),
)


# ------------------------------------------------------------------------------------ conference evidence


CONFERENCES_11: dict[str, ConferenceCase9] = {}


def conference11(key: str, **case: Any) -> Callable[[Draw], Draw]:
    """Round 9's ``conference9`` into this round's registry."""
    return conference9(key, registry=CONFERENCES_11, **case)


@conference11("nasro_certificate_track", name="Rafael D. Okonkwo", r6="met", pagesize=landscape(letter))
def _track(c: Any, w: float, h: float) -> None:
    """NASRO's certificate naming the session track its holder followed."""
    _frame(c, w, h, "#0d2c54")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 66, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            ("Times-Bold", 28, 108, "Certificate of Attendance"),
            ("Times-Italic", 13, 140, "presented to"),
            ("Times-Bold", 24, 176, "Rafael D. Okonkwo"),
            ("Times-Italic", 13, 206, "for attending the"),
            ("Helvetica-Bold", 17, 234, "2024 National School Safety Conference"),
            ("Times-Roman", 13, 260, "Track: School Safety Leadership and Threat Assessment"),
            ("Times-Roman", 13, 282, "July 14-19, 2024  |  Grapevine, Texas"),
        ],
    )
    _signature(c, 90, 70, 200, "track24", "Mac Hardy", "Director of Operations, NASRO")


@conference11("nasro_certificate_track_hours", name="Leona F. Barrett", r6="met", pagesize=landscape(letter))
def _track_hours(c: Any, w: float, h: float) -> None:
    """NASRO's certificate naming a track and the hours of the conference."""
    _frame(c, w, h, "#5b1a1a")
    _centred(
        c,
        w,
        h,
        [
            ("Times-Bold", 28, 88, "Certificate of Participation"),
            ("Times-Italic", 13, 120, "This certifies that"),
            ("Times-Bold", 24, 156, "Leona F. Barrett"),
            ("Times-Italic", 13, 186, "participated in the Legal Issues Track of the"),
            ("Helvetica-Bold", 17, 214, "NASRO School Safety Conference 2023"),
            ("Times-Roman", 13, 240, "July 9-14, 2023  |  Indianapolis, Indiana  |  24 Hours"),
        ],
    )
    _signature(c, 90, 70, 200, "trackhrs23", "Dr. Kevin T. Quinn", "President, NASRO")


@conference11("nasro_ce_transcript", name="Isaac M. Delgado", r6="met", doc_types=("conference_attendance",))
def _ce_transcript(c: Any, w: float, h: float) -> None:
    """A continuing-education transcript NASRO issues from its conference: sessions and their CE hours."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, h - 72, "2024 NASRO School Safety Conference")
    c.setFont("Helvetica", 12)
    c.drawString(72, h - 92, "Continuing Education Transcript")
    y = _fields(
        c,
        [("Attendee:", "Isaac M. Delgado"), ("Agency:", "Fairmont Police Department")],
        170,
        h - 124,
        18,
    )
    rows = (
        ("07/15/2024", "Legal Update for School Resource Officers", "1.5"),
        ("07/15/2024", "Behavioral Threat Assessment", "3.0"),
        ("07/16/2024", "Adolescent Brain Development", "1.5"),
        ("07/17/2024", "Social Media and Student Safety", "1.5"),
    )
    _table(c, w, y - 20, (72, 160, 470), ("Date", "Session", "CE Hours"), rows, "Helvetica")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(330, y - 150, "Total CE Hours: 7.5")


@conference11(
    "nasro_program_page",
    name="Isaac M. Delgado",
    r6="not_met",
    doc_types=("other", "conference_attendance"),
    note="a programme names sessions, not who attended them",
)
def _program(c: Any, w: float, h: float) -> None:
    """A page of the conference's printed programme."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, h - 72, "National School Safety Conference - Conference Program")
    c.setFont("Helvetica", 11)
    c.drawString(72, h - 90, "National Association of School Resource Officers  |  Tuesday, July 16, 2024")
    rows = (
        ("7:30 AM", "Registration and Breakfast", "Exhibit Hall"),
        ("9:00 AM", "Keynote: Building Safer Schools", "Ballroom C"),
        ("10:30 AM", "Breakout: Crisis Intervention for SROs", "Room 310"),
        ("2:00 PM", "Breakout: Juvenile Law Update", "Room 312"),
    )
    _table(c, w, h - 128, (72, 160, 450), ("Time", "Session", "Location"), rows, "Helvetica")


@conference11(
    "nasro_registration_email",
    name="Marisa J. Holloway",
    r6="not_met",
    doc_types=("other", "conference_attendance", "certificate"),
    note="a registration confirmation proves no attendance",
)
def _email(c: Any, w: float, h: float) -> None:
    """A registration confirmation email, printed."""
    c.setFont("Helvetica", 10)
    for i, line in enumerate(
        (
            "From: registration@nasro.org",
            "To: mholloway@ridgefieldpd.example",
            "Date: Monday, March 3, 2025 10:14 AM",
            "Subject: Your registration - 2025 National School Safety Conference",
        )
    ):
        c.drawString(72, h - 72 - 14 * i, line)
    _left_block(
        c,
        "Dear Marisa J. Holloway, thank you for registering for the 2025 NASRO National School Safety "
        "Conference, June 29 - July 3, 2025. Your registration number is NSSC25-44120. Please keep this "
        "message for your records.",
        "Helvetica",
        11,
        72,
        h - 150,
        w - 144,
        15,
    )


@conference11(
    "nasro_payment_receipt",
    name="Owen T. Macready",
    r6="not_met",
    doc_types=("other", "conference_attendance", "transcript"),
    note="a payment receipt proves no attendance",
)
def _receipt(c: Any, w: float, h: float) -> None:
    """NASRO's payment receipt for a conference registration."""
    _letterhead(c, w, h, "National Association of School Resource Officers", "nasro.org  |  Receipt")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, h - 145, "PAYMENT RECEIPT")
    y = _fields(
        c,
        [
            ("Receipt No.:", "R-2024-30917"),
            ("Name:", "Owen T. Macready"),
            ("Event:", "2024 National School Safety Conference"),
            ("Amount Paid:", "$595.00"),
            ("Payment Date:", "May 2, 2024"),
        ],
        210,
        h - 180,
        22,
    )
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 10, "Thank you for your payment.")


__all__ = [
    "CONFERENCES_11",
    "LETTERS_11",
    "NovelLetter11",
    "conference_marks",
    "marks",
    "render_conference",
]
