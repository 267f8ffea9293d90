"""Employment letters and conference evidence, round 9: documents no earlier round draws
(``tests/novel_letters.py``, ``_7.py``, ``_8.py`` and the unseen applicants' letters draw the others).

Letters carry their truth as :class:`tests.novel_letters_7.NovelLetter7` does (``start`` only when the
letter prints the day and says it surely; ``bounds`` the span a vague start lies in). Drawn here: starts
worded vaguely ("in mid-June 2022", "on or about June 6, 2022", "since the start of the 2022-2023 school
year", "beginning with the fall semester of 2019", "effective the first day of school, August 2021", "for
approximately four years", "since early 2020", "sometime in 2019"); the SRO post under other names ("Campus
Police Officer" of a school district's police department, "School Liaison Officer", "Youth Services Officer
assigned to ... High School", "Deputy assigned to the School Resource Unit"); letters naming only a
detective's or a patrol post near schools (never SRO service); an HR verification form ("Position: / Start
date in position: / Still employed: Yes/No"), a letter with an enclosure of the officer's assignment history,
a two-page letter whose start is on page 2.

Conference evidence carries :class:`ConferenceCase9`: ``r6`` is what R6 may conclude on the document alone
(``met``, ``not_met``, or ``review``: only a person may say, as for a badge, which shows registration, not
attendance). Drawn here: a NASRO conference lanyard badge, a NASRO certificate of attendance listing its
tracks, a state SRO association's conference (its name much like NASRO's), a department's travel
authorization to attend NASRO's conference (no attendance).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _left_block, _signature
from classify.types import ClassifiedDocument
from extract.fields.names import name_tokens
from tests.integration.test_novel_letters import ledger_of
from tests.novel_certificates import Draw, _centred, _frame
from tests.novel_letters import _body, _fields, _letterhead, _table
from tests.novel_letters_7 import NovelLetter7, letter7, marks
from tests.novel_letters_7 import _register as register
from tests.novel_letters_8 import ConferenceCase, render_conference

LETTERS_9: dict[str, NovelLetter7] = {}


def _register(key: str, draw: Draw, **truth: Any) -> None:
    register(key, draw, registry=LETTERS_9, **truth)


def letter9(key: str, **kw: Any) -> None:
    """A one-page letter as round 7 draws them (``tests.novel_letters_7.letter7``)."""
    letter7(key, registry=LETTERS_9, **kw)


# ------------------------------------------------------------------------------------ vague starts

letter9(
    "mid_june",
    agency="Brookhaven Police Department",
    head=("May 2, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "Officer Lamar J. Whitaker began his duties as the School Resource Officer at Brookhaven High "
        "School in mid-June 2022, after six years on patrol. He continues to serve in that assignment.",
    ),
    signer=("Chief Dolores M. Vance", "Chief of Police"),
    name="Lamar J. Whitaker",
    start=None,
    bounds=(date(2022, 6, 1), date(2022, 6, 30)),  # "mid-June": some day of June, never a sure one
    employed=True,
    letter_date=date(2025, 5, 2),
    by_design="the month of the SRO start, no day",
)

letter9(
    "on_or_about",
    agency="Sutter Creek Police Department",
    head=("April 28, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "This is to confirm that Officer Priya N. Raman was assigned as the School Resource Officer for "
        "Sutter Creek Middle School on or about June 6, 2022. Officer Raman remains in that assignment.",
    ),
    signer=("Capt. Harold B. Ness", "Operations Commander"),
    name="Priya N. Raman",
    start=None,
    # "on or about": near the day, not surely it (a month either side)
    bounds=(date(2022, 5, 6), date(2022, 7, 6)),
    employed=True,
    letter_date=date(2025, 4, 28),
    by_design="'on or about' gives no sure day",
)

letter9(
    "start_of_school_year",
    agency="Maple Ridge Unified School District",
    address="Office of Student Services  |  77 Orchard Lane",
    head=("April 10, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Samuel K. Oduya of the Kern County Sheriff's Office has served as the School Resource "
        "Officer at Maple Ridge High School since the start of the 2022-2023 school year. He is "
        "currently assigned to our campus.",
    ),
    signer=("Dr. Andrea F. Lowell", "Director of Student Services"),
    name="Samuel K. Oduya",
    start=None,
    bounds=(date(2022, 7, 1), date(2022, 9, 30)),  # a school year starts between July and September
    employed=True,
    letter_date=date(2025, 4, 10),
    by_design="a school year's start, no day",
)

letter9(
    "fall_semester",
    agency="Granite Bay Police Department",
    head=("March 20, 2025", "RE: Officer Melissa A. Corwin"),
    paragraphs=(
        "Officer Melissa A. Corwin has been the School Resource Officer at Granite Bay College Preparatory "
        "beginning with the fall semester of 2019, and she remains in that post this year.",
    ),
    signer=("Chief Kenneth W. Ashby", "Chief of Police"),
    name="Melissa A. Corwin",
    start=None,
    bounds=(date(2019, 8, 1), date(2019, 12, 31)),
    employed=True,
    letter_date=date(2025, 3, 20),
    by_design="a semester, no day",
)

letter9(
    "first_day_of_school",
    agency="Pike County Sheriff's Office",
    head=("February 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Travis L. McCall was assigned as School Resource Deputy to Pike County Middle School "
        "effective the first day of school, August 2021. Deputy McCall is still assigned there.",
    ),
    signer=("Sheriff Nolan R. Greer", "Sheriff"),
    name="Travis L. McCall",
    start=None,
    bounds=(date(2021, 8, 1), date(2021, 8, 31)),
    employed=True,
    letter_date=date(2025, 2, 14),
    by_design="the first day of school of a month: no day printed",
)

letter9(
    "approximately_four_years",
    agency="Willow Springs Police Department",
    head=("March 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Dante R. Ellison has served as the School Resource Officer at Willow Springs Middle "
        "School for approximately four years. He is a valued member of our school community and "
        "continues to serve there today.",
    ),
    signer=("Principal Carmen J. Ruiz", "Principal"),
    name="Dante R. Ellison",
    start=None,  # "approximately four years": no span a reader may count on
    employed=True,
    letter_date=date(2025, 3, 3),
    by_design="'approximately four years' states no start",
)

letter9(
    "since_early_2020",
    agency="Lakeshore Police Department",
    head=("January 30, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Fiona T. Brandt has been employed by the Lakeshore Police Department since March 3, 2014. "
        "She has been the School Resource Officer at Lakeshore High School since early 2020 and is "
        "presently assigned there.",
    ),
    signer=("Chief Martin O. Quaid", "Chief of Police"),
    name="Fiona T. Brandt",
    start=None,
    bounds=(date(2020, 1, 1), date(2020, 6, 30)),
    employed=True,
    letter_date=date(2025, 1, 30),
    hire_date=date(2014, 3, 3),
    by_design="part of a year",
)

letter9(
    "sometime_in_year",
    agency="Oak Hollow Police Department",
    head=("April 4, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Gregory P. Lindell became the School Resource Officer at Oak Hollow Elementary sometime "
        "in 2019; our records of that year were lost in a flood. He is still serving in that role.",
    ),
    signer=("Chief Ramona E. Stiles", "Chief of Police"),
    name="Gregory P. Lindell",
    start=None,
    bounds=(date(2019, 1, 1), date(2019, 12, 31)),
    employed=True,
    letter_date=date(2025, 4, 4),
    by_design="only the year",
)

# ------------------------------------------------------------------------------------ the post by other names

letter9(
    "district_pd_campus_officer",
    agency="Brazos Valley Independent School District Police Department",
    address="1400 Aggie Boulevard  |  (555) 555-0101",
    head=("March 12, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Alana M. Vickers has been a Campus Police Officer with the Brazos Valley ISD Police "
        "Department since August 3, 2018. She is currently assigned to Brazos Valley High School.",
    ),
    signer=("Chief Raul D. Espinoza", "Chief of Police"),
    name="Alana M. Vickers",
    start=date(2018, 8, 3),
    employed=True,
    letter_date=date(2025, 3, 12),
)

letter9(
    "school_liaison_officer",
    agency="Kingsbridge Regional Police Service",
    address="Community Services Bureau  |  50 Queen Street",
    head=("February 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Constable Harjit S. Bains has served as the School Liaison Officer for Kingsbridge Secondary "
        "School since September 3, 2019. He remains in this role.",
    ),
    signer=("Inspector Joanne C. Tremblay", "Community Services Bureau"),
    name="Harjit S. Bains",
    start=date(2019, 9, 3),
    employed=True,
    letter_date=date(2025, 2, 3),
)

letter9(
    "youth_services_officer",
    agency="Marshall Township Police Department",
    head=("March 27, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Benjamin T. Cruz is a Youth Services Officer assigned to Marshall High School. He has "
        "held this assignment since January 8, 2020 and continues in it.",
    ),
    signer=("Lt. Sandra P. Gill", "Youth Services Commander"),
    name="Benjamin T. Cruz",
    start=date(2020, 1, 8),
    employed=True,
    letter_date=date(2025, 3, 27),
)

letter9(
    "school_resource_unit_deputy",
    agency="Calloway County Sheriff's Office",
    head=("December 16, 2024", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Monica J. Ferris was hired by the Calloway County Sheriff's Office on October 1, 2015 and "
        "served in the Detention Division until 2018. She has been a Deputy assigned to the School "
        "Resource Unit since July 15, 2019, and presently serves at Calloway Middle School.",
    ),
    signer=("Major Dwight E. Hollis", "Enforcement Bureau"),
    name="Monica J. Ferris",
    start=date(2019, 7, 15),
    employed=True,
    letter_date=date(2024, 12, 16),
    hire_date=date(2015, 10, 1),
)

letter9(
    "detective_school_referrals",
    agency="Riverbend Police Department",
    head=("March 5, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Detective Ivan G. Sorensen has been employed by the Riverbend Police Department since May 12, "
        "2014. Since June 3, 2019, he has been assigned to the Juvenile Unit, which handles school "
        "referrals. He is currently assigned to the Investigations Division.",
    ),
    signer=("Chief Paulette R. Mims", "Chief of Police"),
    name="Ivan G. Sorensen",
    start=None,  # a detective's post, not SRO service
    employed=False,
    letter_date=date(2025, 3, 5),
    hire_date=date(2014, 5, 12),
    by_design="no SRO service stated",
)

letter9(
    "patrol_beat_with_school",
    agency="Cedar Point Police Department",
    head=("April 15, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Natalie E. Brooks is a patrol officer with the Cedar Point Police Department. She has "
        "been assigned to patrol Beat 4, which includes Cedar Point High School, since 2016, and she "
        "remains on patrol today.",
    ),
    signer=("Sgt. Owen H. Pratt", "Patrol Supervisor"),
    name="Natalie E. Brooks",
    start=None,  # a patrol beat near a school is no SRO service
    employed=False,
    letter_date=date(2025, 4, 15),
    by_design="no SRO service stated",
)

# ------------------------------------------------------------------------------------ forms and tables


def _hr_form(key: str, agency: str, rows: list[tuple[str, str]], signer: tuple[str, str]) -> Draw:
    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, "Human Resources  |  (555) 555-0166")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(72, h - 145, "EMPLOYMENT VERIFICATION REQUEST")
        c.setFont("Helvetica", 10)
        c.drawString(72, h - 162, "Section B - to be completed by the employer")
        y = _fields(c, rows, 250, h - 195, 22)
        _left_block(
            c,
            "I certify that the information above is true and correct according to our personnel records.",
            "Helvetica",
            10,
            72,
            y - 8,
            w - 144,
            14,
        )
        _signature(c, 72, y - 90, 200, key, *signer)

    return draw


_register(
    "hr_form_still_yes",
    _hr_form(
        "hr_form_still_yes",
        "Northfield Public Schools",
        [
            ("Employee Name:", "Teresa L. Okonkwo"),
            ("Date of Hire:", "08/24/2015"),
            ("Position:", "School Safety Officer"),
            ("Start date in position:", "09/08/2020"),
            ("Still employed:", "Yes"),
            ("Date Completed:", "04/22/2025"),
        ],
        ("Gail S. Hammond", "HR Specialist"),
    ),
    name="Teresa L. Okonkwo",
    start=date(2020, 9, 8),
    employed=True,
    letter_date=date(2025, 4, 22),
    hire_date=date(2015, 8, 24),
)

_register(
    "hr_form_still_no",
    _hr_form(
        "hr_form_still_no",
        "City of Bellmont",
        [
            ("Employee Name:", "Curtis W. Yancey"),
            ("Position:", "School Resource Officer"),
            ("Start date in position:", "08/15/2016"),
            ("End date in position:", "06/30/2023"),
            ("Still employed:", "No"),
            ("Date Completed:", "03/11/2025"),
        ],
        ("Rhonda K. Bell", "Payroll and HR Coordinator"),
    ),
    name="Curtis W. Yancey",
    start=date(2016, 8, 15),
    employed=False,
    letter_date=date(2025, 3, 11),
    end=(date(2023, 6, 30), date(2023, 6, 30)),
)


def cover_letter(
    c: Any,
    w: float,
    h: float,
    letterhead: tuple[str, str],
    head: tuple[str, str],
    paragraphs: tuple[str, ...],
    sign: tuple[str, str, str, str],
    foot: str,
) -> None:
    """A letter's first page sending an enclosure: letterhead, date and salutation (``head``), prose, the
    closing and signature (``sign``: closing, key, signer, title), and the enclosure's note (``foot``)."""
    _letterhead(c, w, h, *letterhead)
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, head[0])
    c.drawString(72, h - 180, head[1])
    y = _body(c, w, h - 215, paragraphs)
    c.drawString(72, y - 10, sign[0])
    _signature(c, 72, y - 76, 200, *sign[1:])
    c.setFont("Times-Roman", 11)
    c.drawString(72, y - 130, foot)


def _enclosure_1(c: Any, w: float, h: float) -> None:
    cover_letter(
        c,
        w,
        h,
        ("Hollister Police Department", "300 Fifth Street  |  (555) 555-0199"),
        ("January 21, 2025", "To Whom It May Concern:"),
        (
            "At the request of Officer Rosa I. Delacruz, I am providing verification of her service with "
            "the Hollister Police Department. Officer Delacruz is in good standing and is currently a "
            "School Resource Officer with this department.",
            "Her assignment history is enclosed.",
        ),
        ("Sincerely,", "enclosure", "Chief Leonard A. Fisk", "Chief of Police"),
        "Enclosure: Assignment History",
    )


def _enclosure_2(c: Any, w: float, h: float) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, h - 72, "ASSIGNMENT HISTORY - Officer Rosa I. Delacruz, #4410")
    y = h - 110
    rows = (
        ("Patrol Division - Day Shift", "02/06/2012", "08/13/2017"),
        ("School Resource Officer - Hollister MS", "08/14/2017", "07/31/2020"),
        ("School Resource Officer - Hollister HS", "08/01/2020", "Present"),
    )
    _table(c, w, y, (72, 330, 440), ("Assignment", "Start", "End"), rows, "Helvetica")


_register(
    "assignment_enclosure",
    _enclosure_1,
    name="Rosa I. Delacruz",
    start=date(2017, 8, 14),
    employed=True,
    letter_date=date(2025, 1, 21),
    hire_date=date(2012, 2, 6),
    present_term_start=date(2020, 8, 1),
)
LETTERS_9["assignment_enclosure"] = replace(
    LETTERS_9["assignment_enclosure"], pages=(_enclosure_1, _enclosure_2)
)


def _two_page_1(c: Any, w: float, h: float) -> None:
    _letterhead(c, w, h, "Summit County Sheriff's Office", "18 Courthouse Square  |  (555) 555-0155")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "November 18, 2024")
    c.drawString(72, h - 180, "To the National Association of School Resource Officers:")
    _body(
        c,
        w,
        h - 215,
        (
            "I am pleased to write in support of Deputy Elias R. Norquist's application for National "
            "Practitioner status.",
            "Deputy Norquist joined the Summit County Sheriff's Office on April 4, 2011 and worked in the "
            "jail and on road patrol for several years. He holds an instructor certification in crisis "
            "intervention and has mentored many younger deputies.",
            "His commitment to the youth of our county has been evident throughout his career.",
        ),
    )
    c.setFont("Times-Italic", 9)
    c.drawCentredString(w / 2, 40, "- continued -")


def _two_page_2(c: Any, w: float, h: float) -> None:
    c.setFont("Times-Roman", 10)
    c.drawString(72, h - 60, "Deputy Elias R. Norquist")
    c.drawString(72, h - 74, "November 18, 2024")
    c.drawString(72, h - 88, "Page 2")
    y = _body(
        c,
        w,
        h - 130,
        (
            "Deputy Norquist was assigned as the School Resource Deputy at Summit Valley High School on "
            "August 22, 2018, and he remains in this assignment today.",
            "Please do not hesitate to contact my office with any questions.",
        ),
    )
    c.setFont("Times-Roman", 12)
    c.drawString(72, y - 10, "Respectfully,")
    _signature(c, 72, y - 76, 200, "two_page_9", "Sheriff Cora L. Dunmore", "Sheriff")


_register(
    "two_page_start_on_page_2",
    _two_page_1,
    name="Elias R. Norquist",
    start=date(2018, 8, 22),
    employed=True,
    letter_date=date(2024, 11, 18),
    hire_date=date(2011, 4, 4),
)
LETTERS_9["two_page_start_on_page_2"] = replace(
    LETTERS_9["two_page_start_on_page_2"], pages=(_two_page_1, _two_page_2)
)


# ------------------------------------------------------------------------------------ conference evidence


# Round 8's case; ``r6`` may also be ``review``: only a person may say (a badge).
ConferenceCase9 = ConferenceCase


CONFERENCES_9: dict[str, ConferenceCase9] = {}


def conference9(
    key: str,
    *,
    name: str,
    r6: str,
    r5_hours: float = 0.0,
    doc_types: tuple[str, ...] = ("conference_attendance",),
    pagesize: tuple[float, float] = letter,
    note: str = "",
    registry: dict[str, ConferenceCase9] = CONFERENCES_9,
) -> Callable[[Draw], Draw]:
    """Register the decorated drawing as a conference case of ``registry`` (round 9's unless told)."""

    def register(draw: Draw) -> Draw:
        registry[key] = ConferenceCase9(key, name, draw, pagesize, doc_types, r6, r5_hours, note)
        return draw

    return register


@conference9(
    "nasro_lanyard_badge",
    name="Dwayne K. Mitchell",
    r6="review",
    doc_types=("conference_attendance", "other"),
    pagesize=(288.0, 432.0),
    note="a badge shows registration, not attendance: a person decides",
)
def _lanyard(c: Any, w: float, h: float) -> None:
    """A 4 x 6 inch badge: NASRO's conference band, the name, the agency, a role band."""
    c.setFillColor(HexColor("#12355b"))
    c.rect(0, h - 100, w, 100, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(w / 2, h - 30, "NASRO")
    c.drawCentredString(w / 2, h - 50, "2024 School Safety Conference")
    c.setFont("Helvetica", 10)
    c.drawCentredString(w / 2, h - 72, "July 14-19, 2024  -  Grapevine, Texas")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(w / 2, h - 170, "Dwayne K. Mitchell")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 195, "Tulsa Public Schools Police")
    c.drawCentredString(w / 2, h - 213, "Tulsa, OK")
    c.setFillColor(HexColor("#b71c1c"))
    c.rect(0, 0, w, 56, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(w / 2, 20, "ATTENDEE")
    c.setFillColor(black)


@conference9("nasro_certificate_tracks", name="Yvette C. Armstrong", r6="met", pagesize=landscape(letter))
def _tracks(c: Any, w: float, h: float) -> None:
    """NASRO's certificate of attendance listing the conference's tracks (no hours)."""
    _frame(c, w, h, "#0b3d6b")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 70, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            ("Times-Bold", 30, 115, "Certificate of Attendance"),
            ("Times-Italic", 13, 148, "presented to"),
            ("Times-Bold", 24, 185, "Yvette C. Armstrong"),
            ("Times-Italic", 13, 215, "for attending the"),
            ("Helvetica-Bold", 18, 245, "2023 NASRO School Safety Conference"),
            ("Times-Roman", 13, 272, "July 9-14, 2023  |  National Harbor, Maryland"),
            (
                "Times-Italic",
                12,
                305,
                "Tracks attended: Legal Issues - Mental Health - Threat Assessment",
            ),
        ],
    )
    _signature(c, 90, 70, 200, "tracks", "Mac Hardy", "Director of Operations")


@conference9(
    "state_sro_association",
    name="Lionel B. Hargrove",
    r6="not_met",
    r5_hours=20.0,
    pagesize=landscape(letter),
    note="a state SRO association's conference is no NASRO conference",
)
def _state_sro(c: Any, w: float, h: float) -> None:
    """A state SRO association's conference certificate: its name is NASRO's but for the state."""
    _frame(c, w, h, "#7a1f1f")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 70, "FLORIDA ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            ("Times-Bold", 30, 115, "Certificate of Attendance"),
            ("Times-Italic", 13, 150, "This certifies that"),
            ("Times-Bold", 24, 187, "Lionel B. Hargrove"),
            ("Times-Italic", 13, 217, "attended the"),
            ("Helvetica-Bold", 18, 247, "FASRO 2024 Annual School Safety Conference"),
            ("Times-Roman", 13, 274, "June 10-13, 2024  |  Daytona Beach, Florida"),
            ("Times-Roman", 13, 298, "20 Hours"),
        ],
    )
    _signature(c, 90, 70, 200, "fasro", "Gina M. Perales", "FASRO President")


@conference9(
    "travel_authorization",
    name="Shawn P. Delaney",
    r6="not_met",
    doc_types=("other", "conference_attendance"),
    note="an approval to travel to the conference proves no attendance",
)
def _travel(c: Any, w: float, h: float) -> None:
    """A department's travel authorization for NASRO's conference, signed before it."""
    _letterhead(c, w, h, "Eastport Police Department", "Office of the Chief  |  (555) 555-0112")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, h - 145, "TRAINING / TRAVEL AUTHORIZATION")
    y = _fields(
        c,
        [
            ("Request Date:", "May 20, 2024"),
            ("Employee:", "Officer Shawn P. Delaney"),
            ("Event:", "2024 NASRO School Safety Conference"),
            ("Dates:", "July 14-19, 2024"),
            ("Location:", "Grapevine, Texas"),
            ("Estimated Cost:", "$1,840.00"),
            ("Approved:", "Yes"),
        ],
        220,
        h - 180,
        22,
    )
    _left_block(
        c,
        "Officer Delaney is authorized to attend the conference above. Upon return, submit receipts and the "
        "certificate of attendance to the Training Unit.",
        "Helvetica",
        10,
        72,
        y - 10,
        w - 144,
        14,
    )
    _signature(c, 72, y - 90, 200, "travel", "Chief Angela R. Boyd", "Chief of Police")


# ------------------------------------------------------------------------------------ scoring


def conference_marks(doc: ClassifiedDocument, n: ConferenceCase9) -> dict[str, str]:
    """doc type; R6 on the document alone (``ok`` the truth; ``review`` left to a person where the truth
    is met or not met; ``miss`` not met where a person should decide; ``WRONG`` met where it may not be,
    or not met for NASRO's attendance); R5 hours credited without a person beyond what may be; name."""
    ledger = ledger_of(doc, n.participant_name)
    r6 = ledger.requirements["conference"].verdict
    want = "needs_review" if n.r6 == "review" else n.r6
    if r6 == want:
        r6_mark = "ok"
    elif r6 == "needs_review":
        r6_mark = "review"
    elif n.r6 == "review" and r6 == "not_met":
        r6_mark = "miss"
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


__all__ = [
    "CONFERENCES_9",
    "LETTERS_9",
    "ConferenceCase9",
    "conference_marks",
    "marks",
    "render_conference",
]
