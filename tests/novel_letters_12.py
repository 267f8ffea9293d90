"""Employment letters and conference evidence, round 12: documents no earlier round draws
(``tests/novel_letters.py``, ``_7.py`` to ``_11.py`` and the unseen applicants' letters draw the others).

Letters carry their truth as :class:`tests.novel_letters_11.NovelLetter11` does. Drawn here: a school
district's letter whose SRO assignment comes in a paragraph after the officer's other duties, "since the start
of the 2019-2020 school year", a memorandum (TO / FROM / DATE / RE), an excerpt of a memorandum of
understanding naming the officer assigned under it, an officer reassigned away from the school and back, a
letter announcing an assignment still to begin, HR tables whose SRO row runs to "Current" (the post goes on)
or closes before a patrol row running to "Present" (the post is over), an officer retired after years as SRO,
a start printed as an ordinal day in words, a form of labelled fields ("Effective Date:", "Status: Active"),
a sheriff's letter in Spanish naming the start and the end.

Conference evidence carries :class:`tests.novel_letters_9.ConferenceCase9`: NASRO's letter confirming
attendance naming the conference's year and city, NASRO's letter naming only "the annual conference" of a
year in a city, a name badge ("FULL CONFERENCE", a badge number), a statement of continuing-education credits
from the conference (sessions by code, no dates), an "Agenda at a Glance" page (no attendance), a state
association's school-safety conference certificate (not NASRO's: R6 not met).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _signature
from tests.novel_certificates import Draw, _centred, _frame
from tests.novel_letters import _body, _fields, _letterhead, _table
from tests.novel_letters_9 import ConferenceCase9, conference9, conference_marks, render_conference
from tests.novel_letters_11 import NovelLetter11, _hr_positions, letter11, marks
from tests.novel_letters_11 import _register as register11

LETTERS_12: dict[str, NovelLetter11] = {}


_register = partial(register11, registry=LETTERS_12)
letter12 = partial(letter11, registry=LETTERS_12)


# ------------------------------------------------------------------------------------ district letterhead


letter12(
    "district_duties_then_assignment",
    agency="Harbor City Unified School District",
    address="Office of the Superintendent  |  2100 Bayview Avenue  |  (555) 555-0114",
    head=("April 7, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Renee T. Castillo of the Harbor City Police Department has worked closely with our schools "
        "for many years, teaching bicycle safety, coordinating drills with our principals and speaking at "
        "parent nights.",
        "On August 10, 2020, Officer Castillo was assigned as the School Resource Officer for Harbor City "
        "Middle School, where she currently serves.",
    ),
    signer=("Dr. Alan P. Whitcomb", "Superintendent of Schools"),
    name="Renee T. Castillo",
    start=date(2020, 8, 10),
    employed=True,
    letter_date=date(2025, 4, 7),
)

letter12(
    "since_start_of_school_year",
    agency="Pine Valley School District",
    address="District Administration Center  |  (555) 555-0152",
    head=("March 24, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "Deputy Elliot R. Mensah has served as our School Resource Officer since the start of the 2019-2020 "
        "school year and continues in that role at Pine Valley High School.",
    ),
    signer=("Margaret L. Osei", "Assistant Superintendent"),
    name="Elliot R. Mensah",
    start=None,
    bounds=(date(2019, 7, 1), date(2019, 9, 30)),
    employed=True,
    letter_date=date(2025, 3, 24),
    by_design="the start of a school year: a span, never a day",
)


letter12(
    "since_month_two_schools",
    agency="Lincoln Park Police Department",
    head=("April 9, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Since January 2018, Officer Beatrice N. Aldana has been the School Resource Officer for both "
        "Lincoln Elementary School and Jefferson Middle School, and she continues to serve both schools.",
    ),
    signer=("Chief Warren D. Holt", "Chief of Police"),
    name="Beatrice N. Aldana",
    start=None,
    bounds=(date(2018, 1, 1), date(2018, 1, 31)),
    employed=True,
    letter_date=date(2025, 4, 9),
    by_design="a month without its day: a span",
)

letter12(
    "promoted_away_currently_investigations",
    agency="Glenwood Police Department",
    head=("March 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Detective Samir K. Haddad was our School Resource Officer at Glenwood High School from 08/2016 "
        "until 05/2022, when he was promoted to Detective in the Investigations Division, where he "
        "currently serves.",
    ),
    signer=("Chief Naomi R. Fisk", "Chief of Police"),
    name="Samir K. Haddad",
    start=None,
    bounds=(date(2016, 8, 1), date(2016, 8, 31)),
    employed=False,
    letter_date=date(2025, 3, 14),
    end=(date(2022, 5, 1), date(2022, 5, 31)),
    by_design="months without their days: spans",
)


# ------------------------------------------------------------------------------------ a memorandum


def _memo(
    key: str, agency: str, fields: tuple[tuple[str, str], ...], prose: tuple[str, ...], initials: str
) -> Draw:
    """An internal memorandum: TO / FROM / DATE / RE, a rule, prose, the writer's initials."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, h - 72, agency.upper())
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, h - 110, "MEMORANDUM")
        y = _fields(c, list(fields), 150, h - 150, 20)
        c.line(72, y + 6, w - 72, y + 6)
        y = _body(c, w, y - 20, prose, "Helvetica")
        c.setFont("Helvetica", 11)
        c.drawString(72, y - 10, initials)

    return draw


_register(
    "memo_to_from_re",
    _memo(
        "memo_to_from_re",
        "Ridgeview County Sheriff's Office",
        (
            ("TO:", "NASRO Practitioner Committee"),
            ("FROM:", "Captain Harold V. Brandt, Community Services Division"),
            ("DATE:", "April 2, 2025"),
            ("RE:", "Assignment of Deputy Carla J. Benton"),
        ),
        (
            "Deputy Carla J. Benton has been assigned to the School Resource Unit at Ridgeview High School "
            "since 01/13/2020. She is presently assigned there and in good standing with this Office.",
        ),
        "HVB/kl",
    ),
    name="Carla J. Benton",
    start=date(2020, 1, 13),
    employed=True,
    letter_date=date(2025, 4, 2),
)


# ------------------------------------------------------------------------------------ an MOU excerpt


def _mou(key: str) -> Draw:
    """An excerpt of a memorandum of understanding between a district and a police department, naming the
    officer assigned under it; its own term runs July to June."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Times-Bold", 14)
        c.drawCentredString(w / 2, h - 72, "MEMORANDUM OF UNDERSTANDING")
        c.setFont("Times-Roman", 12)
        c.drawCentredString(
            w / 2, h - 90, "between the Greenfield School District and the Greenfield Police Department"
        )
        c.drawCentredString(w / 2, h - 106, "(excerpt)")
        y = _body(
            c,
            w,
            h - 140,
            (
                "Section 2. Term. This Agreement is in effect from July 1, 2024 through June 30, 2025 and "
                "renews each year unless either party ends it.",
                "Section 4. Assigned Personnel. Officer Dmitri A. Volkov has been assigned as the School "
                "Resource Officer under this Agreement effective August 2, 2021.",
            ),
        )
        c.setFont("Times-Roman", 12)
        c.drawString(72, y - 10, "Signed on behalf of the parties on July 1, 2024.")
        _signature(c, 72, y - 80, 200, key + "a", "Dr. Susan E. Marsh", "Superintendent")
        _signature(c, 330, y - 80, 200, key + "b", "Chief Paul R. Ingram", "Chief of Police")

    return draw


_register(
    "mou_excerpt",
    _mou("mou_excerpt"),
    name="Dmitri A. Volkov",
    start=date(2021, 8, 2),
    employed=None,  # an agreement names who is assigned under it, not that the officer still serves
    letter_date=date(2024, 7, 1),
)


# ------------------------------------------------------------------------------------ away and back


letter12(
    "reassigned_away_and_back",
    agency="Fairhaven Police Department",
    head=("May 1, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Lydia M. Okafor served as the School Resource Officer at Fairhaven High School from "
        "August 2014 to June 2017, when she was reassigned to the Patrol Division.",
        "She returned to the SRO assignment at Fairhaven Middle School on August 12, 2021 and remains in "
        "that assignment today.",
    ),
    signer=("Chief Samuel T. Greer", "Chief of Police"),
    name="Lydia M. Okafor",
    start=None,
    employed=True,
    letter_date=date(2025, 5, 1),
    present_term_start=date(2021, 8, 12),
)


# ------------------------------------------------------------------------------------ still to begin


letter12(
    "assignment_still_to_begin",
    agency="Weston Township Police Department",
    head=("April 28, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Caleb J. Lindqvist will be assigned as the School Resource Officer at Weston Elementary "
        "School effective August 11, 2025, at the start of the coming school year.",
    ),
    signer=("Chief Marion F. Dutra", "Chief of Police"),
    name="Caleb J. Lindqvist",
    start=None,
    employed=None,
    letter_date=date(2025, 4, 28),
    by_design="an assignment still to begin: no service yet",
)


# ------------------------------------------------------------------------------------ HR tables


def _hr_history(
    key: str,
    agency: str,
    prose: tuple[str, ...],
    rows: tuple[tuple[str, str, str], ...],
    signer: tuple[str, str],
    day: str,
) -> Draw:
    """Human Resources' employment history: round 11's table letter headed "RE: Employment History", its
    columns Assignment | Start | End."""
    return _hr_positions(
        key,
        agency,
        prose,
        rows,
        signer,
        day,
        heads=("Assignment", "Start", "End"),
        greeting="RE: Employment History",
        closing="Respectfully,",
        address="Human Resources Department  |  (555) 555-0177",
        cols=(72, 330, 440),
    )


_register(
    "hr_history_current",
    _hr_history(
        "hr_history_current",
        "County of Del Norte",
        ("The employment history of Deputy Rosa I. Valdivia with the Del Norte County Sheriff's Office is:",),
        (
            ("Detention Deputy", "03/04/2012", "08/13/2015"),
            ("Patrol Deputy", "08/14/2015", "08/16/2017"),
            ("School Resource Deputy", "08/17/2017", "Current"),
        ),
        ("Theresa A. Nguyen", "HR Generalist"),
        "May 12, 2025",
    ),
    name="Rosa I. Valdivia",
    start=date(2017, 8, 17),
    employed=True,
    letter_date=date(2025, 5, 12),
    hire_date=date(2012, 3, 4),
)

_register(
    "hr_history_sro_then_patrol",
    _hr_history(
        "hr_history_sro_then_patrol",
        "City of Ashgrove",
        ("The employment history of Officer Daniel K. Boateng with the Ashgrove Police Department is:",),
        (
            ("Patrol Officer", "06/01/2010", "08/15/2016"),
            ("School Resource Officer", "08/16/2016", "07/31/2023"),
            ("Patrol Officer", "08/01/2023", "Present"),
        ),
        ("Gregory S. Pike", "Director of Human Resources"),
        "April 22, 2025",
    ),
    name="Daniel K. Boateng",
    start=date(2016, 8, 16),
    employed=False,
    letter_date=date(2025, 4, 22),
    hire_date=date(2010, 6, 1),
    end=(date(2023, 7, 31), date(2023, 7, 31)),
)


# ------------------------------------------------------------------------------------ retired, words, form


letter12(
    "retired_after_years",
    agency="Brandt County Sheriff's Office",
    head=("February 18, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Harold W. Jansen served as the School Resource Deputy at Brandt Consolidated Schools from "
        "September 6, 2016 until his retirement on March 29, 2024.",
    ),
    signer=("Sheriff Colleen M. Rourke", "Sheriff"),
    name="Harold W. Jansen",
    start=date(2016, 9, 6),
    employed=False,
    letter_date=date(2025, 2, 18),
    end=(date(2024, 3, 29), date(2024, 3, 29)),
)

letter12(
    "ordinal_day_in_words",
    agency="Cedar Falls Police Department",
    head=("March 31, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "On the fourteenth day of August, 2017, Officer Tobias E. Wainwright was assigned as the School "
        "Resource Officer at Cedar Falls High School. He remains in that assignment.",
    ),
    signer=("Chief Ingrid L. Paulsen", "Chief of Police"),
    name="Tobias E. Wainwright",
    start=date(2017, 8, 14),
    employed=True,
    letter_date=date(2025, 3, 31),
)


def _form(key: str) -> Draw:
    """A one-page assignment verification form: labelled fields, a status, a signature."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, "Marion Heights Police Department", "Personnel Services  |  (555) 555-0148")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, h - 150, "ASSIGNMENT VERIFICATION")
        y = _fields(
            c,
            [
                ("Employee:", "Officer Nadia S. Petrov"),
                ("Badge No.:", "4471"),
                ("Assignment:", "School Resource Officer - Marion Heights HS"),
                ("Effective Date:", "08/09/2017"),
                ("Status:", "Active"),
                ("Date:", "04/15/2025"),
            ],
            200,
            h - 185,
            22,
        )
        c.setFont("Helvetica", 11)
        c.drawString(72, y - 10, "I verify that the information above is true and correct.")
        _signature(c, 72, y - 80, 200, key, "Sgt. Owen R. Blake", "Personnel Sergeant")

    return draw


_register(
    "assignment_form_effective",
    _form("assignment_form_effective"),
    name="Nadia S. Petrov",
    start=date(2017, 8, 9),
    employed=True,
    letter_date=date(2025, 4, 15),
)


# ------------------------------------------------------------------------------------ Spanish, start and end


letter12(
    "spanish_start_and_end",
    agency="Oficina del Alguacil del Condado de Santa Rita",
    address="Avenida Central 45  |  Santa Rita  |  (555) 555-0183",
    head=("3 de abril de 2025", "A quien corresponda:"),
    paragraphs=(
        "Por medio de la presente se hace constar que el Agente Martín Esquivel Duarte se desempeñó como "
        "Oficial de Recursos Escolares en la Escuela Preparatoria Santa Rita desde el 1 de septiembre de "
        "2019 hasta el 30 de junio de 2021.",
    ),
    signer=("Alguacil Rebeca Solís Ochoa", "Alguacil del Condado"),
    closing="Atentamente,",
    name="Martín Esquivel Duarte",
    start=date(2019, 9, 1),
    employed=False,
    letter_date=date(2025, 4, 3),
    end=(date(2021, 6, 30), date(2021, 6, 30)),
)


# ------------------------------------------------------------------------------------ conference evidence


CONFERENCES_12: dict[str, ConferenceCase9] = {}


def conference12(key: str, **case: Any) -> Callable[[Draw], Draw]:
    """Round 9's ``conference9`` into this round's registry."""
    return conference9(key, registry=CONFERENCES_12, **case)


@conference12(
    "nasro_attendance_letter_city", name="Felicia A. Drummond", r6="met", doc_types=("conference_attendance",)
)
def _nasro_letter(c: Any, w: float, h: float) -> None:
    """NASRO's letter confirming attendance, naming the conference's year and city."""
    _letterhead(
        c, w, h, "National Association of School Resource Officers", "nasro.org  |  Training Division"
    )
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "August 20, 2023")
    c.drawString(72, h - 180, "To Whom It May Concern:")
    y = _body(
        c,
        w,
        h - 215,
        (
            "This letter confirms that Officer Felicia A. Drummond attended the 2023 National School Safety "
            "Conference held July 9-14, 2023 in Indianapolis, Indiana.",
        ),
    )
    c.drawString(72, y - 10, "Sincerely,")
    _signature(c, 72, y - 76, 200, "attletter23", "Mac Hardy", "Director of Operations, NASRO")


@conference12(
    "nasro_letter_annual_conference",
    name="Gideon P. Marsh",
    r6="met",
    doc_types=("conference_attendance", "employment_letter", "other"),
)
def _annual(c: Any, w: float, h: float) -> None:
    """NASRO's letter naming only its annual conference, the year and the city."""
    _letterhead(c, w, h, "National Association of School Resource Officers", "nasro.org")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "September 5, 2024")
    c.drawString(72, h - 180, "Dear Officer Marsh:")
    y = _body(
        c,
        w,
        h - 215,
        (
            "Our records show that Officer Gideon P. Marsh was in attendance at NASRO's annual conference in "
            "Grapevine, Texas in July 2024. Thank you for joining us.",
        ),
    )
    c.drawString(72, y - 10, "Sincerely,")
    _signature(c, 72, y - 76, 200, "annual24", "Dr. Kevin T. Quinn", "President, NASRO")


@conference12(
    "nasro_badge_full_conference",
    name="Yolanda C. Brightwater",
    r6="review",
    doc_types=("conference_attendance", "other"),
    pagesize=(288.0, 432.0),
)
def _badge(c: Any, w: float, h: float) -> None:
    """A name badge: the conference, the wearer, a band, a badge number."""
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 12, 40, "NASRO 2024"),
            ("Helvetica", 10, 58, "National School Safety Conference"),
            ("Helvetica", 9, 72, "Grapevine, TX"),
            ("Helvetica-Bold", 22, 160, "Yolanda"),
            ("Helvetica-Bold", 16, 184, "Brightwater"),
            ("Helvetica", 11, 206, "Lakeshore Police Dept."),
            ("Helvetica-Bold", 16, 330, "FULL CONFERENCE"),
            ("Helvetica", 8, 400, "Badge # 24-08817"),
        ],
    )


@conference12(
    "nasro_ce_credit_statement", name="Warrick J. Fontaine", r6="met", doc_types=("conference_attendance",)
)
def _ce_statement(c: Any, w: float, h: float) -> None:
    """A statement of CE credits from NASRO's conference: sessions by code, no dates."""
    _letterhead(c, w, h, "National Association of School Resource Officers", "Continuing Education")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, h - 150, "Statement of Continuing Education Credits")
    y = _fields(
        c,
        [
            ("Participant:", "Warrick J. Fontaine"),
            ("Event:", "2024 National School Safety Conference"),
            ("Location:", "Grapevine, Texas"),
        ],
        180,
        h - 180,
        18,
    )
    rows = (
        ("W-104", "School Law Update", "1.5"),
        ("W-211", "Threat Assessment in Practice", "3.0"),
        ("W-318", "Mental Health and the SRO", "1.5"),
    )
    _table(c, w, y - 20, (72, 150, 470), ("Code", "Session", "Credits"), rows, "Helvetica")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(330, y - 130, "Credits Earned: 6.0")


@conference12(
    "agenda_at_a_glance",
    name="Warrick J. Fontaine",
    r6="not_met",
    doc_types=("other", "conference_attendance"),
    note="an agenda names sessions, not who attended them",
)
def _agenda(c: Any, w: float, h: float) -> None:
    """A page of the conference's agenda."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, h - 72, "2025 National School Safety Conference")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, h - 92, "Agenda at a Glance  -  Wednesday, July 2")
    c.setFont("Helvetica", 10)
    c.drawString(72, h - 108, "National Association of School Resource Officers")
    rows = (
        ("8:00 AM", "General Session: Leading Through Crisis", "Palms Ballroom"),
        ("10:15 AM", "Workshop: Reunification Planning", "Room 201"),
        ("1:30 PM", "Workshop: De-escalation with Students", "Room 204"),
        ("3:45 PM", "Exhibit Hall Reception", "Hall B"),
    )
    _table(c, w, h - 140, (72, 150, 450), ("Time", "Session", "Room"), rows, "Helvetica")


@conference12(
    "state_school_safety_conference",
    name="Odessa L. Pruitt",
    r6="not_met",
    doc_types=("conference_attendance", "certificate"),
    r5_hours=0.0,
    pagesize=landscape(letter),
)
def _state(c: Any, w: float, h: float) -> None:
    """A state association's school-safety conference: not NASRO's."""
    _frame(c, w, h, "#24553a")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 66, "TRI-STATE ASSOCIATION OF SCHOOL SAFETY PROFESSIONALS"),
            ("Times-Bold", 28, 108, "Certificate of Attendance"),
            ("Times-Italic", 13, 140, "presented to"),
            ("Times-Bold", 24, 176, "Odessa L. Pruitt"),
            ("Times-Italic", 13, 206, "for attending the"),
            ("Helvetica-Bold", 17, 234, "2024 Tri-State School Safety Conference"),
            ("Times-Roman", 13, 260, "October 7-9, 2024  |  Wheeling, West Virginia"),
        ],
    )
    _signature(c, 90, 70, 200, "tristate24", "Janet R. Holm", "Executive Director")


__all__ = [
    "CONFERENCES_12",
    "LETTERS_12",
    "conference_marks",
    "marks",
    "render_conference",
]
