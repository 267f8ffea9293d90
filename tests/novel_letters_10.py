"""Employment letters and conference evidence, round 10: documents no earlier round draws
(``tests/novel_letters.py``, ``_7.py`` to ``_9.py`` and the unseen applicants' letters draw the others).

Letters carry their truth as :class:`tests.novel_letters_7.NovelLetter7` does, and ``self_declared``: a
letter its officer signs about themself is no employer's verification, whatever it states, so R1 and R2
on it are a person's (``marks``). Drawn here: an OCR full stop inside a school's name ("... Pine Hollow
Elementary. School since MARCH 4, 2019.": a verbless fragment holding the start), an HR verification form
whose own date is at its foot below its hire and assignment dates (two layouts), a two-page letter whose
SRO assignment is only in its page-2 attachment ("Attachment A: Assignment History"), a school district
writing that an officer is assigned to its campus under an MOU (and "stationed at our campus"), service
given as a list of school years ("2020-21, 2021-22, ... and 2024-25 school years"), two separate SRO stints
neither three years long (R1 is ``application - start``: their sum is a person's call), a retirement or a
reassignment announced for a later date (still serving now), a letter signed by the officer themself.

Conference evidence carries :class:`tests.novel_letters_9.ConferenceCase9`: a NASRO certificate of
attendance, a NASRO conference registration invoice stamped paid (paid is not attended), a page of the
conference's agenda, a hotel folio of the conference's group block, a state SRO association's conference
certificate (no NASRO conference: R6 not met).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _left_block, _signature
from classify.types import ClassifiedDocument
from tests.integration.test_novel_letters import ledger_of
from tests.novel_certificates import Draw, _centred, _frame
from tests.novel_letters import _fields, _letterhead, _table
from tests.novel_letters_7 import NovelLetter7, letter7
from tests.novel_letters_7 import _register as register
from tests.novel_letters_7 import marks as marks7
from tests.novel_letters_9 import (
    ConferenceCase9,
    conference9,
    conference_marks,
    cover_letter,
    render_conference,
)


@dataclass(frozen=True)
class NovelLetter10(NovelLetter7):
    # signed by the officer the letter is about: no employer verifies it, R1 and R2 go to a person
    self_declared: bool = False


LETTERS_10: dict[str, NovelLetter10] = {}


def _as_round_10(key: str, scratch: dict[str, NovelLetter7], self_declared: bool) -> None:
    LETTERS_10[key] = NovelLetter10(**vars(scratch[key]), self_declared=self_declared)


def _register(key: str, draw: Draw, *, self_declared: bool = False, **truth: Any) -> None:
    scratch: dict[str, NovelLetter7] = {}
    register(key, draw, registry=scratch, **truth)
    _as_round_10(key, scratch, self_declared)


def letter10(key: str, *, self_declared: bool = False, **kw: Any) -> None:
    """A one-page letter as round 7 draws them (``tests.novel_letters_7.letter7``)."""
    scratch: dict[str, NovelLetter7] = {}
    letter7(key, registry=scratch, **kw)
    _as_round_10(key, scratch, self_declared)


def marks(doc: ClassifiedDocument, n: NovelLetter7) -> dict[str, str]:
    """Round 7's marks; a self-declared letter's R1 and R2 must be left to a person (``ok`` only then)."""
    out = marks7(doc, n)
    if isinstance(n, NovelLetter10) and n.self_declared:
        ledger = ledger_of(doc, n.participant_name)
        got = [ledger.requirements[k].verdict for k in ("sro_3_years", "employed")]
        out["R1/R2"] = "ok" if got == ["needs_review", "needs_review"] else "WRONG"
    return out


# ------------------------------------------------------------------------------------ an OCR full stop


letter10(
    "dot_in_school_name",
    agency="Pine Hollow Police Department",
    head=("April 22, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Hector V. Alvarado has served as School Resource Deputy at Pine Hollow Elementary. "
        "School since MARCH 4, 2019. He continues in that assignment today.",
    ),
    signer=("Chief Irene T. Colby", "Chief of Police"),
    name="Hector V. Alvarado",
    start=date(2019, 3, 4),
    employed=True,
    letter_date=date(2025, 4, 22),
)

letter10(
    "dot_in_academy_name",
    agency="Harbor City Police Department",
    head=("May 6, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "Officer Leah W. Sandoval has been employed by the Harbor City Police Department since June 2, "
        "2011. She has been the School Resource Officer at Harbor City Preparatory. Academy since "
        "September 12, 2018, and she is presently assigned there.",
    ),
    signer=("Capt. Owen J. Marsh", "Support Services"),
    name="Leah W. Sandoval",
    start=date(2018, 9, 12),
    employed=True,
    letter_date=date(2025, 5, 6),
    hire_date=date(2011, 6, 2),
)


# ------------------------------------------------------------------------------------ forms dated at the foot


def _verification_form(
    key: str,
    agency: str,
    title: str,
    rows: list[tuple[str, str]],
    foot: tuple[str, str],
    signer: tuple[str, str],
) -> Draw:
    """An HR form: its fields (hire, position, the position's start), a certification, then its own date
    at the foot beside the signature."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, "Personnel Office  |  (555) 555-0140")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(72, h - 145, title)
        y = _fields(c, rows, 260, h - 185, 22)
        _left_block(
            c,
            "The undersigned certifies that the above is accurate according to the official personnel file.",
            "Helvetica",
            10,
            72,
            y - 8,
            w - 144,
            14,
        )
        _signature(c, 72, y - 90, 200, key, *signer)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(330, y - 100, foot[0])
        c.setFont("Helvetica", 11)
        c.drawString(330 + 8 + c.stringWidth(foot[0], "Helvetica-Bold", 11), y - 100, foot[1])

    return draw


_register(
    "form_dated_at_foot",
    _verification_form(
        "form_dated_at_foot",
        "Clearwater County Sheriff's Office",
        "VERIFICATION OF EMPLOYMENT",
        [
            ("Name of Employee:", "Deputy Marisol K. Abernathy"),
            ("Original Hire Date:", "03/02/2012"),
            ("Current Assignment:", "School Resource Deputy"),
            ("Assignment Start Date:", "08/17/2020"),
            ("Currently Employed:", "Yes"),
        ],
        ("Date:", "05/06/2025"),
        ("Lorraine P. Egan", "Personnel Manager"),
    ),
    name="Marisol K. Abernathy",
    start=date(2020, 8, 17),
    employed=True,
    letter_date=date(2025, 5, 6),
    hire_date=date(2012, 3, 2),
)

_register(
    "form_signed_on_foot",
    _verification_form(
        "form_signed_on_foot",
        "Westbrook School District",
        "SCHOOL RESOURCE OFFICER SERVICE VERIFICATION",
        [
            ("Officer:", "Officer Quentin A. Ballard"),
            ("Employing Agency:", "Westbrook Police Department"),
            ("Sworn Since:", "January 9, 2009"),
            ("SRO Assignment Began:", "August 21, 2017"),
            ("Assigned School:", "Westbrook High School"),
            ("Status:", "Active"),
        ],
        ("Signed on:", "April 30, 2025"),
        ("Dr. Nadia R. Pruitt", "Assistant Superintendent"),
    ),
    name="Quentin A. Ballard",
    start=date(2017, 8, 21),
    employed=True,
    letter_date=date(2025, 4, 30),
    hire_date=date(2009, 1, 9),
)


# ------------------------------------------------------------------------------------ page-2 attachment


def _attachment_1(c: Any, w: float, h: float) -> None:
    cover_letter(
        c,
        w,
        h,
        ("Fairhaven Police Department", "12 Harbor Road  |  (555) 555-0118"),
        ("March 18, 2025", "To the National Association of School Resource Officers:"),
        (
            "This letter is provided in support of the application of Officer Dominic S. Farrow for "
            "National Practitioner status. Officer Farrow has been a sworn member of this department "
            "since July 7, 2010 and is currently serving in a school assignment.",
            "His assignment history is set out in Attachment A.",
        ),
        ("Respectfully,", "attachment_a", "Chief Sylvia N. Carden", "Chief of Police"),
        "Attachment A (1 page)",
    )


def _attachment_2(c: Any, w: float, h: float) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, h - 72, "Attachment A: Assignment History")
    c.setFont("Helvetica", 11)
    c.drawString(72, h - 92, "Officer Dominic S. Farrow, Badge 2291")
    rows = (
        ("Patrol Officer, Second Watch", "07/07/2010", "08/09/2016"),
        ("School Resource Officer, Fairhaven HS", "08/10/2016", "Present"),
    )
    _table(c, w, h - 130, (72, 340, 450), ("Assignment", "Start", "End"), rows, "Helvetica")


_register(
    "attachment_a_page_2",
    _attachment_1,
    name="Dominic S. Farrow",
    start=date(2016, 8, 10),
    employed=True,
    letter_date=date(2025, 3, 18),
    hire_date=date(2010, 7, 7),
)
LETTERS_10["attachment_a_page_2"] = replace(
    LETTERS_10["attachment_a_page_2"], pages=(_attachment_1, _attachment_2)
)


# -------------------------------------------------------------------------------- a school district writes


letter10(
    "district_mou_campus",
    agency="Lakeland Unified School District",
    address="Department of Safety and Security  |  900 Lakeview Parkway",
    head=("April 2, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Pursuant to the Memorandum of Understanding between Lakeland Unified School District and the "
        "Lakeland Police Department, Officer Renee J. Castellano has been assigned to our Jefferson High "
        "School campus since August 9, 2021. Officer Castellano continues to be assigned to our campus "
        "for the 2024-25 school year.",
    ),
    signer=("Marcus D. Hale", "Director of Safety and Security"),
    name="Renee J. Castellano",
    start=date(2021, 8, 9),
    employed=True,
    letter_date=date(2025, 4, 2),
)

letter10(
    "district_stationed_campus",
    agency="Fairview City Schools",
    address="Office of the Superintendent  |  31 Academy Street",
    head=("February 26, 2025", "RE: School Resource Deputy Program"),
    paragraphs=(
        "Under our agreement with the Fairview County Sheriff's Office, Deputy Tomas E. Whitcomb serves as "
        "the School Resource Deputy at Fairview Intermediate School. He has been stationed on our campus "
        "since October 1, 2019, and he is currently stationed there.",
    ),
    signer=("Dr. Beverly A. Stroud", "Superintendent"),
    name="Tomas E. Whitcomb",
    start=date(2019, 10, 1),
    employed=True,
    letter_date=date(2025, 2, 26),
)


# ------------------------------------------------------------------------------------ service in school years


letter10(
    "school_years_listed",
    agency="Ridgecrest Police Department",
    head=("April 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Adrienne M. Kowalczyk served as the School Resource Officer at Ridgecrest Middle School for "
        "the 2020-21, 2021-22, 2022-23, 2023-24 and 2024-25 school years. She is currently in that "
        "assignment.",
    ),
    signer=("Chief Warren B. Hoyle", "Chief of Police"),
    name="Adrienne M. Kowalczyk",
    start=None,
    bounds=(date(2020, 7, 1), date(2021, 6, 30)),  # some day of the first school year listed
    employed=True,
    letter_date=date(2025, 4, 14),
    by_design="school years, no day",
)

letter10(
    "school_years_listed_short",
    agency="Granger Township Police Department",
    head=("March 31, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Felix R. Amundsen has been the SRO at Granger Elementary throughout the 2022-23, 2023-24 "
        "and 2024-25 school years and remains our SRO.",
    ),
    signer=("Lt. Carla J. Munoz", "Community Services Lieutenant"),
    name="Felix R. Amundsen",
    start=None,
    bounds=(date(2022, 7, 1), date(2023, 6, 30)),
    employed=True,
    letter_date=date(2025, 3, 31),
    by_design="school years, no day",
)


letter10(
    "mou_term_dates",
    agency="Lincoln County Public Schools",
    address="Student Support Services  |  14 Capitol Way",
    head=("March 4, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "The current Memorandum of Understanding with the Lincoln County Sheriff's Office runs from July 1, "
        "2024 through June 30, 2025. Deputy Simone A. Hargreaves has been assigned to Lincoln High School "
        "under successive agreements since August 14, 2019, and she remains assigned to our campus.",
    ),
    signer=("Grant W. Ostrowski", "Director of Student Support Services"),
    name="Simone A. Hargreaves",
    start=date(2019, 8, 14),
    employed=True,
    letter_date=date(2025, 3, 4),
)

letter10(
    "school_years_past",
    agency="Dover Heights Police Department",
    head=("February 10, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Julian T. Mercer served as our School Resource Officer at Dover Heights High School during "
        "the 2016-17, 2017-18 and 2018-19 school years. He transferred to the Detective Bureau in July "
        "2019, where he serves today.",
    ),
    signer=("Chief Elaine R. Boswell", "Chief of Police"),
    name="Julian T. Mercer",
    start=None,
    bounds=(date(2016, 7, 1), date(2017, 6, 30)),
    employed=False,
    letter_date=date(2025, 2, 10),
    end=(date(2019, 7, 1), date(2019, 7, 31)),
    by_design="school years, no day",
)


# ------------------------------------------------------------------------------------ two stints


letter10(
    "two_short_stints",
    agency="Bayport Police Department",
    head=("May 12, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Celeste N. Ambrose was the School Resource Officer at Bayport Middle School from August "
        "2013 to June 2015. After several years with the Traffic Unit, she returned to the SRO assignment "
        "at Bayport High School on August 15, 2023, and she continues in that role.",
    ),
    signer=("Chief Gordon F. Pike", "Chief of Police"),
    name="Celeste N. Ambrose",
    start=None,
    employed=True,
    letter_date=date(2025, 5, 12),
    by_design="two SRO stints, neither three years: whether they add up is a person's call",
    present_term_start=date(2023, 8, 15),
)


# ------------------------------------------------------------------------------------ later dates announced


letter10(
    "will_retire_later",
    agency="Coldwater County Sheriff's Office",
    head=("April 8, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Raymond L. Osei has been the School Resource Deputy at Coldwater High School since "
        "September 6, 2017. He will retire June 30, 2027.",
    ),
    signer=("Sheriff Monica V. Drake", "Sheriff"),
    name="Raymond L. Osei",
    start=date(2017, 9, 6),
    employed=True,
    letter_date=date(2025, 4, 8),
)

letter10(
    "planned_retirement_date",
    agency="Elm Grove Police Department",
    head=("May 1, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Janelle P. Whitfield has served as the School Resource Officer at Elm Grove Middle School "
        "since January 10, 2018. Her planned retirement date is June 30, 2027, and until then she "
        "remains assigned to Elm Grove Middle School.",
    ),
    signer=("Chief Peter S. Lund", "Chief of Police"),
    name="Janelle P. Whitfield",
    start=date(2018, 1, 10),
    employed=True,
    letter_date=date(2025, 5, 1),
)

letter10(
    "reassignment_scheduled",
    agency="North Ridge Police Department",
    head=("May 20, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Kendall B. Rourke has been the School Resource Officer at North Ridge High School since "
        "August 3, 2020. He is scheduled to be reassigned to the Patrol Division effective July 1, 2025.",
    ),
    signer=("Chief Alma G. Seward", "Chief of Police"),
    name="Kendall B. Rourke",
    start=date(2020, 8, 3),
    employed=True,
    letter_date=date(2025, 5, 20),
)


# ------------------------------------------------------------------------------------ signed by the officer


letter10(
    "self_signed",
    agency="Millbrook Police Department",
    head=("April 18, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "I, Officer Darnell K. Pruitt, have served as the School Resource Officer at Millbrook High School "
        "since August 15, 2018, and I currently remain in that assignment.",
        "Please accept this letter as verification of my service.",
    ),
    signer=("Officer Darnell K. Pruitt", "School Resource Officer"),
    name="Darnell K. Pruitt",
    start=date(2018, 8, 15),
    employed=True,
    letter_date=date(2025, 4, 18),
    self_declared=True,
)

letter10(
    "self_signed_third_person",
    agency="Ashford County Sheriff's Office",
    head=("March 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Yolanda S. Petrakis has been assigned as the School Resource Deputy at Ashford Middle "
        "School since July 22, 2019 and is currently assigned there.",
    ),
    signer=("Deputy Yolanda S. Petrakis", "School Resource Deputy"),
    name="Yolanda S. Petrakis",
    start=date(2019, 7, 22),
    employed=True,
    letter_date=date(2025, 3, 14),
    self_declared=True,
)


# ------------------------------------------------------------------------------------ conference evidence


CONFERENCES_10: dict[str, ConferenceCase9] = {}


def conference10(key: str, **case: Any) -> Callable[[Draw], Draw]:
    """Round 9's ``conference9`` into this round's registry."""
    return conference9(key, registry=CONFERENCES_10, **case)


@conference10("nasro_attendance_2024", name="Gabriela T. Okafor", r6="met", pagesize=landscape(letter))
def _attendance(c: Any, w: float, h: float) -> None:
    """NASRO's certificate of attendance, the conference named by its organiser in prose."""
    _frame(c, w, h, "#0d2c54")
    _centred(
        c,
        w,
        h,
        [
            ("Times-Bold", 30, 90, "Certificate of Attendance"),
            ("Times-Italic", 13, 125, "This acknowledges that"),
            ("Times-Bold", 24, 162, "Gabriela T. Okafor"),
            ("Times-Italic", 13, 192, "was in attendance at the"),
            ("Helvetica-Bold", 17, 222, "34th Annual National School Safety Conference"),
            ("Times-Roman", 13, 248, "hosted by the National Association of School Resource Officers"),
            ("Times-Roman", 13, 272, "July 14-19, 2024  -  Grapevine, Texas"),
        ],
    )
    _signature(c, 90, 70, 200, "attendance24", "Mac Hardy", "Director of Operations, NASRO")


@conference10(
    "nasro_registration_invoice",
    name="Curtis D. Mallory",
    r6="not_met",
    doc_types=("other", "conference_attendance", "transcript"),
    note="a paid invoice for the registration proves no attendance",
)
def _invoice(c: Any, w: float, h: float) -> None:
    """NASRO's invoice for a conference registration, stamped paid: its line items name the conference."""
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, h - 72, "INVOICE")
    c.setFont("Helvetica", 10)
    c.drawString(72, h - 90, "National Association of School Resource Officers  -  nasro.org")
    c.drawString(380, h - 72, "Invoice #: INV-2025-11842")
    c.drawString(380, h - 86, "Invoice Date: 03/28/2025")
    c.drawString(72, h - 120, "Bill To: Curtis D. Mallory, Dunmore Police Department")
    rows = (
        ("2025 National School Safety Conference - Full Registration", "1", "$695.00"),
        ("Pre-Conference Workshop: Threat Assessment", "1", "$150.00"),
        ("Total Paid (Visa ending 4417, 04/03/2025)", "", "$845.00"),
    )
    _table(c, w, h - 160, (72, 400, 460), ("Description", "Qty", "Amount"), rows, "Helvetica")
    c.setFont("Helvetica-Bold", 28)
    c.setFillColor(HexColor("#b71c1c"))
    c.drawString(360, h - 300, "PAID IN FULL")
    c.setFillColor(black)


@conference10(
    "nasro_agenda_page",
    name="Curtis D. Mallory",
    r6="not_met",
    doc_types=("other", "conference_attendance"),
    note="an agenda names sessions, not who attended them",
)
def _agenda(c: Any, w: float, h: float) -> None:
    """A page of NASRO's conference agenda: sessions and times, nobody's attendance."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, h - 72, "NASRO 2025 National School Safety Conference")
    c.setFont("Helvetica", 12)
    c.drawString(72, h - 92, "Agenda - Monday, June 30, 2025")
    rows = (
        ("8:00 AM", "General Session: Keynote Address", "Ballroom A"),
        ("10:00 AM", "Threat Assessment in Schools", "Room 201"),
        ("1:00 PM", "Legal Update for School Resource Officers", "Room 105"),
        ("3:00 PM", "Adolescent Mental Health First Aid", "Room 203"),
    )
    _table(c, w, h - 130, (72, 160, 450), ("Time", "Session", "Room"), rows, "Helvetica")


@conference10(
    "conference_hotel_folio",
    name="Nora E. Whitaker",
    r6="not_met",
    doc_types=("other", "conference_attendance"),
    note="a hotel bill proves a stay, not attendance",
)
def _folio(c: Any, w: float, h: float) -> None:
    """A hotel folio for the conference's room block."""
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, h - 72, "Gaylord Texan Resort & Convention Center")
    c.setFont("Helvetica", 10)
    c.drawString(72, h - 88, "1501 Gaylord Trail, Grapevine, TX 76051")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, h - 120, "GUEST FOLIO")
    y = _fields(
        c,
        [
            ("Guest:", "Nora E. Whitaker"),
            ("Arrival:", "07/13/2024"),
            ("Departure:", "07/19/2024"),
            ("Group:", "NASRO National School Safety Conference 2024"),
            ("Room Rate:", "$199.00 / night"),
        ],
        200,
        h - 150,
        20,
    )
    rows = (
        ("07/13/2024", "Room Charge", "199.00"),
        ("07/13/2024", "Occupancy Tax", "33.83"),
        ("07/19/2024", "Payment - Visa", "-1,393.98"),
    )
    _table(c, w, y - 20, (72, 200, 460), ("Date", "Description", "Amount"), rows, "Helvetica")


@conference10(
    "state_association_conference",
    name="Bryce A. Lindqvist",
    r6="not_met",
    r5_hours=21.0,
    pagesize=landscape(letter),
    note="a state SRO association's conference is not NASRO's",
)
def _state(c: Any, w: float, h: float) -> None:
    """A state SRO association's conference certificate, hours stated."""
    _frame(c, w, h, "#3a5f0b")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 70, "OHIO SCHOOL RESOURCE OFFICERS ASSOCIATION"),
            ("Times-Bold", 28, 112, "Certificate of Attendance"),
            ("Times-Italic", 13, 146, "awarded to"),
            ("Times-Bold", 24, 182, "Bryce A. Lindqvist"),
            ("Times-Italic", 13, 212, "for attendance at the"),
            ("Helvetica-Bold", 17, 242, "OSROA Annual Training Conference"),
            ("Times-Roman", 13, 268, "June 9-11, 2024  |  Columbus, Ohio  |  21 Contact Hours"),
        ],
    )
    _signature(c, 90, 70, 200, "osroa", "Dale M. Kettering", "OSROA President")


__all__ = [
    "CONFERENCES_10",
    "LETTERS_10",
    "NovelLetter10",
    "conference_marks",
    "marks",
    "render_conference",
]
