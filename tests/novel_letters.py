"""Employment letters and conference attendance documents unlike those of :mod:`certledger.samples`.

The generalization audit's fixtures for the two document kinds that decide R1, R2 and R6: each one is
drawn here with reportlab (a text PDF) and carries its truth.

Letters: other wordings of the SRO start ("effective 08/15/2016", "on the 3rd day of September, 2014",
"from 2016 to present", "since August 2015"), a hire date as a deputy before the SRO start, a former SRO
("from 2012 until 2019"), a memo, a letter in capitals, a two-page letter. Their truth is what R1 and
R2 may conclude: ``start`` is the SRO start the letter states exactly (None when it prints no day), and
``start_bounds`` the earliest and latest day it can be; ``employed`` what the letter says of the
present (None: it does not say).

Conference documents: a certificate of attendance naming NASRO, prose, a badge, a certificate listing
sessions with hours, other associations' conferences of similar names (never NASRO's without a
person), a year-only date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _left_block, _new_canvas, _seal, _signature
from tests.novel_certificates import Draw, Novel, _centred, _frame, centred_draw, novel


@dataclass(frozen=True)
class NovelLetter:
    key: str
    participant_name: str
    start: date | None  # the SRO start printed to the day; None when no day is printed
    start_bounds: tuple[date, date] | None  # earliest and latest day the printed start can be
    employed: bool | None  # True: still an SRO; False: the letter says the assignment ended
    letter_date: date | None
    pages: tuple[Draw, ...]
    hire_date: date | None = None  # an earlier date as a deputy: never the SRO start
    end_bounds: tuple[date, date] | None = None  # a former SRO's: earliest and latest day the service ended
    # a letter of two terms: the present one's start (the officer serving today); alone three years or more,
    # R1 is met whichever start counts
    present_term_start: date | None = None


LETTERS: dict[str, NovelLetter] = {}


def render_letter(n: NovelLetter, path: Path | str) -> Path:
    out = Path(path)
    c = _new_canvas(out, letter, f"letter {n.key}")
    w, h = float(letter[0]), float(letter[1])
    for draw in n.pages:
        draw(c, w, h)
        c.showPage()
    c.save()
    return out


def _letterhead(c: Any, w: float, h: float, agency: str, address: str, color: str = "#1f3a68") -> None:
    accent = HexColor(color)
    _seal(c, 96, h - 76, 28, accent)
    c.setFillColor(accent)
    c.setFont("Times-Bold", 17)
    c.drawString(140, h - 70, agency)
    c.setFillColor(black)
    c.setFont("Times-Roman", 9.5)
    c.drawString(140, h - 86, address)
    c.setStrokeColor(accent)
    c.line(72, h - 110, w - 72, h - 110)
    c.setStrokeColor(black)


def _body(c: Any, w: float, y: float, paragraphs: Sequence[str], font: str = "Times-Roman") -> float:
    for para in paragraphs:
        y = _left_block(c, para, font, 12, 72, y, w - 144, 17) - 12
    return y


def prose_letter(
    key: str,
    *,
    name: str,
    start: date | None,
    bounds: tuple[date, date] | None = None,
    employed: bool | None,
    letter_date: date | None,
    agency: str,
    head: Sequence[str],
    paragraphs: Sequence[str],
    signer: tuple[str, str],
    hire_date: date | None = None,
    font: str = "Times-Roman",
    end: tuple[date, date] | None = None,
) -> None:
    """Register a one-page letter: letterhead, ``head`` lines (date, RE, salutation), prose, signature."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, "400 Court Street  |  (555) 555-0123")
        c.setFont(font, 12)
        y = h - 150
        for line in head:
            c.drawString(72, y, line)
            y -= 30
        y = _body(c, w, y - 4, paragraphs, font)
        c.setFont(font, 12)
        c.drawString(72, y - 10, "Sincerely,")
        _signature(c, 72, y - 76, 200, key, *signer)

    LETTERS[key] = NovelLetter(
        key,
        name,
        start,
        bounds or ((start, start) if start else None),
        employed,
        letter_date,
        (draw,),
        hire_date,
        end,
    )


# ------------------------------------------------------------------------------------ letters

prose_letter(
    "since_month",
    name="Angela R. Whitmore",
    start=None,
    bounds=(date(2015, 8, 1), date(2015, 8, 31)),
    employed=True,
    letter_date=date(2024, 11, 4),
    agency="Maple Grove Police Department",
    head=("November 4, 2024", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Angela R. Whitmore has served as a School Resource Officer since August 2015 and is "
        "currently assigned to Maple Grove High School.",
        "She is a valued member of this department.",
    ),
    signer=("Chief Daniel K. Ross", "Chief of Police"),
)

prose_letter(
    "effective_numeric",
    name="Terrence J. Hollis",
    start=date(2016, 8, 15),
    employed=True,
    letter_date=date(2025, 3, 12),
    agency="Cedar County Sheriff's Office",
    head=("March 12, 2025", "RE: Deputy Terrence J. Hollis", "Dear Review Committee:"),
    paragraphs=(
        "Deputy Terrence J. Hollis was assigned to the School Resource Unit effective 08/15/2016. "
        "He continues to serve in that unit at Cedar Middle School.",
    ),
    signer=("Sheriff Ellen M. Park", "Sheriff"),
)

prose_letter(
    "ordinal_assignment",
    name="Rosa M. Delgado",
    start=date(2014, 9, 3),
    employed=True,
    letter_date=date(2025, 1, 21),
    agency="Lincoln Public Schools Police",
    head=("January 21, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "This letter confirms that Officer Rosa M. Delgado began her assignment as School Resource "
        "Officer at Lincoln High School on the 3rd day of September, 2014.",
        "Officer Delgado remains in this assignment today.",
    ),
    signer=("Lt. Carl B. Jensen", "Division Commander"),
)

prose_letter(
    "year_to_present",
    name="Kevin D. Oyelaran",
    start=None,
    bounds=(date(2016, 1, 1), date(2016, 12, 31)),
    employed=True,
    letter_date=date(2025, 4, 2),
    agency="Harbor City Police Department",
    head=("April 2, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Kevin D. Oyelaran has worked as our School Resource Officer from 2016 to present, "
        "at Harbor City Unified School District.",
    ),
    signer=("Capt. Maria F. Lowell", "Patrol Division"),
)

prose_letter(
    "hire_then_sro",
    name="Bradley S. Nguyen",
    start=date(2017, 1, 9),
    employed=True,
    letter_date=date(2025, 2, 3),
    agency="Pine Valley Sheriff's Office",
    head=("February 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Bradley S. Nguyen, our School Resource Officer at Pine Valley Middle School, has been "
        "with the Sheriff's Office since June 6, 2009. He was assigned to the school on January 9, 2017 "
        "and continues in that role.",
    ),
    signer=("Sheriff Thomas A. Greer", "Sheriff"),
    hire_date=date(2009, 6, 6),
)

prose_letter(
    "hire_only",
    name="Lauren E. Mitchell",
    start=None,
    employed=None,
    letter_date=date(2025, 1, 8),
    agency="Brookside Police Department",
    head=("January 8, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Lauren E. Mitchell, a School Resource Officer with this agency, has been employed by "
        "the Brookside Police Department since March 14, 2011.",
    ),
    signer=("Chief Samuel O. Barnes", "Chief of Police"),
    hire_date=date(2011, 3, 14),
)

prose_letter(
    "former_sro",
    name="Gregory P. Santos",
    start=date(2012, 8, 20),
    employed=False,
    letter_date=date(2025, 2, 14),
    agency="Westfield Police Department",
    head=("February 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Gregory P. Santos served as a School Resource Officer from August 20, 2012 until "
        "June 30, 2019, when he transferred to the Investigations Bureau.",
    ),
    signer=("Chief Nora L. Haddad", "Chief of Police"),
    end=(date(2019, 6, 30), date(2019, 6, 30)),
)

prose_letter(
    "former_years",
    name="Denise A. Crawford",
    start=None,
    bounds=(date(2012, 1, 1), date(2012, 12, 31)),
    employed=False,
    letter_date=date(2025, 3, 3),
    agency="Oakdale County Sheriff's Office",
    head=("March 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Denise A. Crawford served as the School Resource Officer at Oakdale High School from "
        "2012 until 2019. She retired from the Sheriff's Office in 2023.",
    ),
    signer=("Sheriff Paul E. Whitaker", "Sheriff"),
    end=(date(2019, 1, 1), date(2019, 12, 31)),
)

prose_letter(
    "dated_long_ago",
    name="Miguel A. Herrera",
    start=date(2019, 10, 1),
    employed=True,
    letter_date=date(2022, 9, 30),
    agency="Sunset Ridge Police Department",
    head=("September 30, 2022", "To Whom It May Concern:"),
    paragraphs=(
        "Effective October 1, 2019, Officer Miguel A. Herrera has served as the School Resource "
        "Officer for Sunset Ridge Elementary School, and he currently remains in that position.",
    ),
    signer=("Chief Alan J. Porter", "Chief of Police"),
)

prose_letter(
    "supervisor_named",
    name="Tanya L. Brooks",
    start=date(2018, 1, 16),
    employed=True,
    letter_date=date(2025, 5, 1),
    agency="Granite Falls Police Department",
    head=("May 1, 2025", "Dear Members of the Committee:"),
    paragraphs=(
        "I am Sergeant Howard E. Lim, supervisor of the School Resource Unit. Officer Tanya L. Brooks "
        "has served under my supervision as a School Resource Officer since January 16, 2018.",
        "Officer Brooks is currently assigned to Granite Falls High School.",
    ),
    signer=("Sgt. Howard E. Lim", "SRO Unit Supervisor"),
)

prose_letter(
    "capitals",
    name="Patrick J. Olsen",
    start=date(2013, 2, 11),
    employed=True,
    letter_date=date(2025, 1, 15),
    agency="RIVER BEND COUNTY SHERIFF'S OFFICE",
    head=("JANUARY 15, 2025", "TO WHOM IT MAY CONCERN:"),
    paragraphs=(
        "THIS IS TO CERTIFY THAT DEPUTY PATRICK J. OLSEN HAS SERVED AS A SCHOOL RESOURCE OFFICER SINCE "
        "FEBRUARY 11, 2013 AND IS CURRENTLY ASSIGNED TO RIVER BEND HIGH SCHOOL.",
    ),
    signer=("SHERIFF JOHN T. MARSH", "SHERIFF"),
    font="Courier",
)


prose_letter(
    "former_now_patrol",
    name="Victor H. Salas",
    start=date(2013, 9, 2),
    employed=False,
    letter_date=date(2025, 4, 10),
    agency="Elm Grove Police Department",
    head=("April 10, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Victor H. Salas served as the School Resource Officer at Elm Grove High School from "
        "September 2, 2013 to June 15, 2018.",
        "Officer Salas is currently assigned to the Patrol Division and is in good standing.",
    ),
    signer=("Chief Irene D. Walsh", "Chief of Police"),
    end=(date(2018, 6, 15), date(2018, 6, 15)),
)


prose_letter(
    "former_months",
    name="Yolanda C. Reyes",
    start=None,
    bounds=(date(2015, 6, 1), date(2015, 6, 30)),
    employed=False,
    letter_date=date(2025, 1, 27),
    agency="Brookfield Police Department",
    head=("January 27, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Yolanda C. Reyes served as School Resource Officer at Brookfield Middle School from June "
        "2015 to August 2017. She is no longer assigned to a school.",
    ),
    signer=("Chief Arthur N. Pell", "Chief of Police"),
    end=(date(2017, 8, 1), date(2017, 8, 31)),
)


def _form(c: Any, w: float, h: float) -> None:
    """A verification form: label and value pairs, the hire date above the SRO assignment date."""
    _letterhead(c, w, h, "Valley County Sheriff's Office", "Human Resources  |  (555) 555-0150")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, h - 150, "Employment Verification")
    rows = [
        ("Date:", "02/27/2025"),
        ("Employee:", "Deputy Marisol T. Greene"),
        ("Badge Number:", "4471"),
        ("Date of Hire:", "03/01/2009"),
        ("SRO Assignment Date:", "08/15/2016"),
        ("Current Assignment:", "Valley High School"),
        ("Status:", "Active"),
    ]
    y = _fields(c, rows, 230, h - 190, 24)
    _signature(c, 72, y - 80, 200, "form", "Karen P. Doyle", "Human Resources Manager")


LETTERS["form"] = NovelLetter(
    "form",
    "Marisol T. Greene",
    date(2016, 8, 15),
    (date(2016, 8, 15), date(2016, 8, 15)),
    True,
    date(2025, 2, 27),
    (_form,),
    date(2009, 3, 1),
)


def _table(
    c: Any,
    w: float,
    y: float,
    cols: Sequence[float],
    heads: Sequence[str],
    rows: Sequence[Sequence[str]],
    font: str,
) -> float:
    """A letter's small table: ``heads`` in ``font``'s bold over a rule, the ``rows`` 20 pt apart under it
    (a row may leave its last cells out); returns the last row's height."""
    c.setFont(f"{font}-Bold", 11)
    for x, head in zip(cols, heads, strict=True):
        c.drawString(x, y, head)
    c.line(72, y - 5, w - 72, y - 5)
    c.setFont("Times-Roman" if font == "Times" else font, 11)
    for row in rows:
        y -= 20
        for x, cell in zip(cols[: len(row)], row, strict=True):
            c.drawString(x, y, cell)
    return y


def _fields(c: Any, rows: Sequence[tuple[str, str]], x_value: float, y: float, step: float) -> float:
    """Label and value pairs, the labels bold, one pair a row; returns the baseline under the last."""
    for label, value in rows:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, label)
        c.setFont("Helvetica", 11)
        c.drawString(x_value, y, value)
        y -= step
    return y


def _memo(c: Any, w: float, h: float) -> None:
    """TO / FROM / DATE / RE, a rule, then prose naming the officer and an effective date."""
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, h - 80, "MEMORANDUM")
    c.setFont("Helvetica", 11)
    rows = [
        ("TO:", "NASRO Practitioner Review"),
        ("FROM:", "Lt. Brenda K. Fowler, Community Services Division"),
        ("DATE:", "04/18/2025"),
        ("RE:", "Assignment history of Officer Nathan C. Pruitt"),
    ]
    y = _fields(c, rows, 140, h - 120, 22)
    c.line(72, y + 6, w - 72, y + 6)
    body = (
        "Officer Nathan C. Pruitt was hired on 07/01/2008. He has been a School Resource Officer "
        "assigned to Eastview Middle School effective 01/05/2015 and is still in that assignment."
    )
    _left_block(c, body, "Helvetica", 11, 72, y - 24, w - 144, 16)
    _signature(c, 72, 300, 200, "memo", "Lt. Brenda K. Fowler", "Community Services Division")


LETTERS["memo"] = NovelLetter(
    "memo",
    "Nathan C. Pruitt",
    date(2015, 1, 5),
    (date(2015, 1, 5), date(2015, 1, 5)),
    True,
    date(2025, 4, 18),
    (_memo,),
    date(2008, 7, 1),
)


def _two_page_1(c: Any, w: float, h: float) -> None:
    _letterhead(c, w, h, "Clearwater Unified School District Police", "12 Bay Road  |  (555) 555-0188")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "December 2, 2024")
    c.drawString(72, h - 180, "To Whom It May Concern:")
    paragraphs = (
        "I write on behalf of the Clearwater Unified School District Police Department regarding the "
        "service of Officer Alicia N. Bennett.",
        "Officer Alicia N. Bennett joined the department on May 2, 2010 as a patrol officer. After six "
        "years on patrol and two years in the detective bureau, she applied for the campus program.",
        "Her duties include threat assessment, mentoring, and classroom instruction on internet safety.",
    )
    _body(c, w, h - 215, paragraphs)
    c.setFont("Times-Italic", 9)
    c.drawCentredString(w / 2, 40, "Page 1 of 2")


def _two_page_2(c: Any, w: float, h: float) -> None:
    c.setFont("Times-Roman", 10)
    c.drawString(72, h - 60, "Officer Alicia N. Bennett  -  page 2")
    paragraphs = (
        "Officer Bennett has served as a School Resource Officer since March 1, 2018, and she is "
        "presently assigned to Clearwater High School.",
        "Please contact me with any questions.",
    )
    y = _body(c, w, h - 110, paragraphs)
    c.drawString(72, y - 10, "Sincerely,")
    _signature(c, 72, y - 76, 200, "two_page", "Chief Robert V. Kim", "Chief of Police")
    c.setFont("Times-Italic", 9)
    c.drawCentredString(w / 2, 40, "Page 2 of 2")


LETTERS["two_page"] = NovelLetter(
    "two_page",
    "Alicia N. Bennett",
    date(2018, 3, 1),
    (date(2018, 3, 1), date(2018, 3, 1)),
    True,
    date(2024, 12, 2),
    (_two_page_1, _two_page_2),
    date(2010, 5, 2),
)


# ------------------------------------------------------------------------------------ conferences

CONFERENCES: dict[str, Novel] = {}


def conference(key: str, **truth: Any) -> Callable[[Draw], Draw]:
    """Register a conference document: its truth as a :class:`Novel` of doc_type conference_attendance."""
    return novel(key, doc_type="conference_attendance", registry=CONFERENCES, **truth)


def centred_conference(
    key: str,
    doc: str,
    *,
    frame: str,
    rows: list[tuple[str, float, float, str]],
    signature: tuple[float, float, str, str],
    **truth: Any,
) -> None:
    """Register a framed conference certificate of centred lines with a signature."""
    conference(key, **truth)(centred_draw(key, doc, frame, rows, signature))


centred_conference(
    "attendance_nasro",
    "Certificate of Attendance / National School Safety Conference / July 2022 / Orlando, Florida.",
    frame="#0b3d6b",
    rows=[
        ("Helvetica-Bold", 14, 70, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
        ("Times-Bold", 34, 125, "Certificate of Attendance"),
        ("Times-Italic", 14, 165, "is awarded to"),
        ("Times-BoldItalic", 28, 205, "Vanessa R. Cole"),
        ("Times-Italic", 14, 240, "for attending the"),
        ("Helvetica-Bold", 22, 280, "National School Safety Conference"),
        ("Times-Roman", 14, 310, "July 2022  |  Orlando, Florida"),
    ],
    signature=(90, 80, "Mac Hardy", "Director of Operations"),
    name="Vanessa R. Cole",
    title="National School Safety Conference",
    issuer="National Association of School Resource Officers",
    start=date(2022, 7, 1),
    end=date(2022, 7, 31),
    hours=None,
    catalog_id="nasro-conference",
    category="conference",
    pagesize=landscape(letter),
    must_review=True,  # "July 2022": no day printed
)


@conference(
    "prose_letter",
    name="Harold W. Simms",
    title="NASRO School Safety Conference",
    issuer="National Association of School Resource Officers",
    start=date(2023, 6, 25),
    end=date(2023, 6, 30),
    hours=None,
    catalog_id="nasro-conference",
    category="conference",
)
def _prose_letter(c: Any, w: float, h: float) -> None:
    """An attendance letter in prose from NASRO's conference office."""
    _letterhead(c, w, h, "National Association of School Resource Officers", "Conference Office")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "August 8, 2023")
    c.drawString(72, h - 180, "Dear Officer Simms:")
    body = (
        "This letter confirms that Officer Harold W. Simms attended the NASRO School Safety Conference "
        "held June 25-30, 2023 in Indianapolis, Indiana. Thank you for your participation."
    )
    y = _left_block(c, body, "Times-Roman", 12, 72, h - 215, w - 144, 17)
    c.drawString(72, y - 20, "Sincerely,")
    _signature(c, 72, y - 90, 200, "prose_conf", "Conference Registrar", "NASRO")


@conference(
    "badge",
    name="Lydia M. Ferraro",
    title="NASRO School Safety Conference",
    issuer="National Association of School Resource Officers",
    start=date(2021, 7, 11),
    end=date(2021, 7, 16),
    hours=None,
    catalog_id="nasro-conference",
    category="conference",
    pagesize=(288.0, 216.0),
)
def _badge(c: Any, w: float, h: float) -> None:
    """A 4 x 3 inch name badge: the conference band, the name large, ATTENDEE below."""
    c.setFillColor(HexColor("#0b3d6b"))
    c.rect(0, h - 50, w, 50, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(w / 2, h - 22, "NASRO School Safety Conference")
    c.setFont("Helvetica", 9)
    c.drawCentredString(w / 2, h - 38, "July 11-16, 2021  -  Nashville, TN")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(w / 2, h - 100, "Lydia M. Ferraro")
    c.setFont("Helvetica", 11)
    c.drawCentredString(w / 2, h - 120, "Westbrook Police Department")
    c.setFillColor(HexColor("#c8102e"))
    c.rect(0, 0, w, 36, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(w / 2, 12, "ATTENDEE")
    c.setFillColor(black)


@conference(
    "sessions",
    name="Omar J. Haddad",
    title="NASRO School Safety Conference",
    issuer="National Association of School Resource Officers",
    start=date(2024, 7, 14),
    end=date(2024, 7, 19),
    hours=18.5,
    catalog_id="nasro-conference",
    category="conference",
    must_review=True,  # the sessions' hours are listed too: which amount is the conference's is for a person
)
def _sessions(c: Any, w: float, h: float) -> None:
    """A conference certificate listing the sessions attended, each with its hours, and a total."""
    _frame(c, w, h, "#0b3d6b")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 70, "National Association of School Resource Officers"),
            ("Times-Bold", 26, 110, "Certificate of Attendance"),
            ("Times-Roman", 13, 140, "This certifies that"),
            ("Times-Bold", 22, 170, "Omar J. Haddad"),
            ("Times-Roman", 13, 198, "attended the NASRO School Safety Conference"),
            ("Times-Roman", 13, 218, "July 14-19, 2024, Grapevine, Texas"),
        ],
    )
    sessions = [
        ("Opening General Session", "1.5"),
        ("Behavioral Threat Assessment Update", "3.0"),
        ("Adolescent Brain Development", "4.0"),
        ("School Law Review", "6.0"),
        ("Social Media and Student Safety", "4.0"),
    ]
    y = h - 270
    c.setFont("Helvetica-Bold", 11)
    c.drawString(110, y, "Session")
    c.drawString(430, y, "Hours")
    c.setFont("Helvetica", 11)
    for title, hrs in sessions:
        y -= 20
        c.drawString(110, y, title)
        c.drawString(430, y, hrs)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(110, y - 28, "Total Conference Hours")
    c.drawString(430, y - 28, "18.5")
    _signature(c, 90, 90, 200, "sessions", "Conference Director", "NASRO")


centred_conference(
    "ssac_national",
    "Another association's 'National School Safety Conference': never NASRO's without a person.",
    frame="#5a2d82",
    rows=[
        ("Helvetica-Bold", 14, 70, "SCHOOL SAFETY ADVOCACY COUNCIL"),
        ("Times-Bold", 32, 120, "Certificate of Attendance"),
        ("Times-Italic", 14, 160, "presented to"),
        ("Times-BoldItalic", 28, 200, "Carla D. Mendes"),
        ("Times-Italic", 14, 235, "for attendance at the"),
        ("Helvetica-Bold", 22, 272, "National School Safety Conference"),
        ("Times-Roman", 14, 302, "February 20-24, 2023  |  Orlando, Florida  |  24 hours"),
    ],
    signature=(90, 80, "Sean F. Burke", "President"),
    name="Carla D. Mendes",
    title="National School Safety Conference",
    issuer="School Safety Advocacy Council",
    start=date(2023, 2, 20),
    end=date(2023, 2, 24),
    hours=24.0,
    catalog_id="ssac-nssc",  # the catalog knows it: school safety training, not NASRO's conference
    category="school_safety",
    pagesize=landscape(letter),
)


centred_conference(
    "state_conference",
    "A state school safety conference by another body, hours printed.",
    frame="#7a1f2b",
    rows=[
        ("Helvetica-Bold", 13, 72, "TEXAS SCHOOL SAFETY CENTER"),
        ("Times-Bold", 26, 120, "Certificate of Attendance"),
        ("Times-Roman", 13, 160, "Jamal T. Reed"),
        ("Times-Roman", 13, 185, "attended the"),
        ("Helvetica-Bold", 18, 215, "Texas School Safety Conference"),
        ("Times-Roman", 13, 245, "June 20-22, 2022  -  San Marcos, Texas"),
        ("Times-Roman", 13, 270, "15 contact hours"),
    ],
    signature=(90, 100, "Dr. Kathy M. Reyes", "Director"),
    name="Jamal T. Reed",
    title="Texas School Safety Conference",
    issuer="Texas School Safety Center",
    start=date(2022, 6, 20),
    end=date(2022, 6, 22),
    hours=15.0,
    catalog_id=None,
    category="school_safety",
)


centred_conference(
    "year_only",
    "A conference certificate whose only date is the year in the conference's name.",
    frame="#0b3d6b",
    rows=[
        ("Helvetica-Bold", 14, 70, "National Association of School Resource Officers"),
        ("Times-Bold", 32, 120, "Certificate of Attendance"),
        ("Times-Italic", 14, 160, "presented to"),
        ("Times-BoldItalic", 28, 200, "Eileen S. Park"),
        ("Times-Italic", 14, 235, "in recognition of attendance at the"),
        ("Helvetica-Bold", 22, 272, "2019 NASRO School Safety Conference"),
    ],
    signature=(90, 80, "Conference Director", "NASRO"),
    name="Eileen S. Park",
    title="NASRO School Safety Conference",
    issuer="National Association of School Resource Officers",
    start=date(2019, 1, 1),
    end=date(2019, 12, 31),
    hours=None,
    catalog_id="nasro-conference",
    category="conference",
    pagesize=landscape(letter),
    must_review=True,  # "2019": no month or day printed
)


centred_conference(
    "annual_ordinal",
    "'28th Annual' before the name, a 'Reno, Nevada' line, no hours: a plain portrait certificate.",
    frame="#0b3d6b",
    rows=[
        ("Helvetica-Bold", 12, 70, "National Association of School Resource Officers"),
        ("Times-Bold", 28, 130, "Certificate of Attendance"),
        ("Times-Roman", 14, 175, "Ruben A. Castillo"),
        ("Times-Roman", 13, 205, "attended the 28th"),
        ("Helvetica-Bold", 18, 235, "NASRO Annual School Safety Conference"),
        ("Times-Roman", 13, 262, "July 15-20, 2018  |  Reno, Nevada"),
    ],
    signature=(200, 140, "Conference Director", "NASRO"),
    name="Ruben A. Castillo",
    title="NASRO Annual School Safety Conference",
    issuer="National Association of School Resource Officers",
    start=date(2018, 7, 15),
    end=date(2018, 7, 20),
    hours=None,
    catalog_id="nasro-conference",
    category="conference",
)


centred_conference(
    "state_sro_association",
    'A state association of SROs (its name holds NASRO\'s but for "National") runs its own conference.',
    frame="#00587a",
    rows=[
        ("Helvetica-Bold", 13, 72, "Florida Association of School Resource Officers"),
        ("Times-Bold", 28, 125, "Certificate of Attendance"),
        ("Times-Italic", 14, 165, "This certifies that"),
        ("Times-Bold", 24, 200, "Monica L. Tran"),
        ("Times-Italic", 14, 232, "attended the"),
        ("Helvetica-Bold", 20, 266, "Annual School Safety Conference"),
        ("Times-Roman", 13, 294, "June 12-15, 2023  |  Daytona Beach, Florida  |  20 hours"),
    ],
    signature=(90, 100, "Rita J. Gomez", "President"),
    name="Monica L. Tran",
    title="Annual School Safety Conference",
    issuer="Florida Association of School Resource Officers",
    start=date(2023, 6, 12),
    end=date(2023, 6, 15),
    hours=20.0,
    catalog_id=None,
    category="school_safety",
    must_review=True,  # a state SRO association's conference: NASRO's name nearly, not NASRO's event
)


centred_conference(
    "no_issuer",
    "Certificate of Attendance / National School Safety Conference / dates / Orlando: no organisation.",
    frame="#333333",
    rows=[
        ("Times-Bold", 34, 110, "Certificate of Attendance"),
        ("Times-Italic", 14, 150, "presented to"),
        ("Times-BoldItalic", 28, 190, "Derek W. Lyons"),
        ("Times-Italic", 14, 215, "for attendance at the"),
        ("Helvetica-Bold", 22, 245, "National School Safety Conference"),
        ("Times-Roman", 14, 275, "July 24-29, 2022  |  Orlando, Florida  |  24 hours"),
    ],
    signature=(90, 80, "Conference Chair", "Program Committee"),
    name="Derek W. Lyons",
    title="National School Safety Conference",
    issuer="",
    start=date(2022, 7, 24),
    end=date(2022, 7, 29),
    hours=24.0,
    catalog_id=None,
    category="conference",
    pagesize=landscape(letter),
    must_review=True,  # NASRO's conference or another's of that name: nothing on the page says whose
)
