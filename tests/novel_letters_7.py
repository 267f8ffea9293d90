"""Employment letters, round 7: wordings and layouts no earlier fixture draws (``tests/novel_letters.py``,
``bench/unseen_applicants_3.py``, ``_5.py``, ``_6.py`` draw the others).

Each letter is drawn with reportlab (a text PDF; the bench and the tests scan and fax it) and carries its
truth as :class:`tests.novel_letters.NovelLetter` does: ``start`` the SRO start a person reads to the day
(None when the letter prints no day, or when a person must decide which of its dates it is),
``start_bounds`` the earliest and latest day it can be, ``employed`` what the letter says of the present,
``end_bounds`` a former SRO's end. ``by_design`` says why a letter must go to a person: its start may then
never be read as sure, whatever the reading.

Drawn here: letters from a principal and a superintendent, an MOU-style assignment to a district, "has been
assigned as the SRO ... since", "for the past four years" (a span as of the letter's date), a personnel
action form ("Effective Date:" beside a previous patrol assignment), patrol then SRO ("On <date>, he was
assigned"), an SRO stint that ended and a new one that began, "currently serves ..., a position she has
held since", "served" in the past, a retired officer, a letter dated only at its foot, a day-first issuer,
an academy graduation and hire date before the SRO start, an assignment table (Assignment | From | To), a
signature block stating its signer's own years, an officer named only in the "RE:" line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from certledger.samples import _left_block, _signature
from classify.types import ClassifiedDocument
from extract.fields.names import name_tokens
from tests.integration.test_novel_letters import expected_r1, expected_r2, ledger_of
from tests.novel_certificates import Draw
from tests.novel_letters import NovelLetter, _body, _fields, _letterhead, _table


@dataclass(frozen=True)
class NovelLetter7(NovelLetter):
    by_design: str | None = None  # why a person must read the start (never a sure start)


LETTERS_7: dict[str, NovelLetter7] = {}
EMPLOYMENT = {True: "current", False: "ended", None: None}


def _register(
    key: str,
    draw: Draw,
    *,
    name: str,
    start: date | None,
    bounds: tuple[date, date] | None = None,
    employed: bool | None,
    letter_date: date | None,
    hire_date: date | None = None,
    end: tuple[date, date] | None = None,
    by_design: str | None = None,
    present_term_start: date | None = None,
    registry: dict[str, NovelLetter7] = LETTERS_7,
) -> None:
    registry[key] = NovelLetter7(
        key=key,
        participant_name=name,
        start=start,
        start_bounds=bounds or ((start, start) if start else None),
        employed=employed,
        letter_date=letter_date,
        pages=(draw,),
        hire_date=hire_date,
        end_bounds=end,
        by_design=by_design,
        present_term_start=present_term_start,
    )


def letter7(
    key: str,
    *,
    agency: str,
    address: str = "400 Court Street  |  (555) 555-0123",
    head: Sequence[str],
    paragraphs: Sequence[str],
    signer: tuple[str, str],
    foot: Sequence[str] = (),
    font: str = "Times-Roman",
    closing: str = "Sincerely,",
    **truth: Any,
) -> None:
    """A one-page letter: letterhead, ``head`` lines (date, RE, salutation), prose, signature, ``foot``
    (``truth`` may name the ``registry`` it joins: LETTERS_7 unless told)."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, address)
        c.setFont(font, 12)
        y = h - 150
        for line in head:
            c.drawString(72, y, line)
            y -= 30
        y = _body(c, w, y - 4, paragraphs, font)
        c.setFont(font, 12)
        c.drawString(72, y - 10, closing)
        _signature(c, 72, y - 76, 200, key, *signer)
        c.setFont(font, 11)
        fy = y - 130
        for line in foot:
            c.drawString(72, fy, line)
            fy -= 16

    _register(key, draw, **truth)


# ------------------------------------------------------------------------------------ letters

letter7(
    "principal_assigned_since",
    agency="Westfield High School",
    address="Office of the Principal  |  1200 Ridge Avenue",
    head=("January 13, 2025", "To the NASRO Review Committee:"),
    paragraphs=(
        "Officer Marcus L. Tate has been assigned as the School Resource Officer at Westfield High School "
        "since August 14, 2019. In that time he has built strong relationships with students and staff.",
        "He remains our SRO this school year.",
    ),
    signer=("Dr. Helen C. Ames", "Principal"),
    name="Marcus L. Tate",
    start=date(2019, 8, 14),
    employed=True,
    letter_date=date(2025, 1, 13),
)

letter7(
    "mou_district",
    agency="Riverside Unified School District",
    address="Office of the Superintendent  |  55 Mission Street",
    head=("February 24, 2025", "Subject: School Resource Officer Agreement"),
    paragraphs=(
        "Under the Memorandum of Understanding between the Riverside Police Department and the Riverside "
        "Unified School District, Officer Jenna K. Morales is assigned to the District as a School "
        "Resource Officer. Her assignment under the agreement began on July 1, 2018.",
        "The assignment remains in effect for the current school year.",
    ),
    signer=("Thomas R. Eberly", "Superintendent of Schools"),
    name="Jenna K. Morales",
    start=date(2018, 7, 1),
    employed=True,
    letter_date=date(2025, 2, 24),
)

letter7(
    "past_four_years",
    agency="Lakeview Middle School",
    address="2400 Shoreline Drive  |  (555) 555-0177",
    head=("March 10, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "It is my pleasure to write on behalf of Deputy Carlos M. Ibarra, who has been our School Resource "
        "Officer for the past four years. Deputy Ibarra is a trusted presence in our hallways.",
    ),
    signer=("Monica S. Feld", "Principal"),
    name="Carlos M. Ibarra",
    start=None,
    bounds=(date(2020, 3, 11), date(2021, 3, 10)),
    employed=True,
    letter_date=date(2025, 3, 10),
    by_design="four years as of the letter's date: a span of a year",
)


def _personnel_action(c: Any, w: float, h: float) -> None:
    """A personnel action notice: labelled fields, the previous assignment above the new one."""
    _letterhead(c, w, h, "City of Hillcrest Police Department", "Personnel Section  |  (555) 555-0140")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, h - 150, "PERSONNEL ACTION NOTICE")
    rows = [
        ("Notice Date:", "September 2, 2024"),
        ("Employee:", "Officer Dwayne A. Porter"),
        ("Employee ID:", "30918"),
        ("Action:", "Transfer"),
        ("Previous Assignment:", "Patrol Division, B Shift"),
        ("New Assignment:", "School Resource Officer, Hillcrest High School"),
        ("Effective Date:", "08/01/2020"),
    ]
    y = _fields(c, rows, 230, h - 190, 24)
    _left_block(
        c,
        "Officer Porter continues in this assignment as of the date of this notice.",
        "Helvetica",
        11,
        72,
        y - 16,
        w - 144,
        16,
    )
    _signature(c, 72, y - 110, 200, "personnel_action", "Capt. Irene V. Salko", "Personnel Commander")


_register(
    "personnel_action",
    _personnel_action,
    name="Dwayne A. Porter",
    start=date(2020, 8, 1),
    employed=True,
    letter_date=date(2024, 9, 2),
)

letter7(
    "patrol_then_sro",
    agency="Kennedy Township Police Department",
    head=("April 7, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Daniel R. Kim worked in the Patrol Division from March 5, 2012 to August 5, 2018. "
        "On August 6, 2018, he was assigned as the School Resource Officer at Kennedy High School, where "
        "he continues to serve.",
    ),
    signer=("Chief Anthony B. Russo", "Chief of Police"),
    name="Daniel R. Kim",
    start=date(2018, 8, 6),
    employed=True,
    letter_date=date(2025, 4, 7),
)

letter7(
    "two_stints",
    agency="Marlow County Sheriff's Office",
    head=("March 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Sharon T. Blake first served as a School Resource Officer from August 2010 to June 2013. "
        "After five years in the Investigations Bureau, she returned to the School Resource Unit on "
        "August 13, 2018 and is currently assigned to Marlow Middle School.",
    ),
    signer=("Sheriff Curtis L. Wade", "Sheriff"),
    name="Sharon T. Blake",
    start=None,
    employed=True,
    letter_date=date(2025, 3, 3),
    by_design="two SRO services: no one start date (the present one alone is over three years: R1 met)",
    present_term_start=date(2018, 8, 13),
)

letter7(
    "currently_serves_held_since",
    agency="Brookhaven Police Department",
    head=("May 19, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Corporal Lisa M. Fenwick currently serves as the School Resource Officer for Brookhaven "
        "Elementary School, a position she has held since January 7, 2019.",
    ),
    signer=("Lt. George P. Abara", "Support Services"),
    name="Lisa M. Fenwick",
    start=date(2019, 1, 7),
    employed=True,
    letter_date=date(2025, 5, 19),
)

letter7(
    "served_past",
    agency="Birchwood Police Department",
    head=("November 18, 2024", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Renee A. Fowler served as the School Resource Officer at Birchwood High School beginning "
        "September 3, 2013. Her work with the school's threat assessment team was exemplary.",
    ),
    signer=("Chief Samuel O. Grant", "Chief of Police"),
    name="Renee A. Fowler",
    start=date(2013, 9, 3),
    employed=None,  # "served": over, or not? the letter does not say it ended, nor that it goes on
    letter_date=date(2024, 11, 18),
    by_design="'served' without an end: whether the service goes on is a person's call",
)

letter7(
    "retired_officer",
    agency="Eastlake Police Department",
    head=("October 28, 2024", "RE: Sgt. Walter J. Okafor (Retired)"),
    paragraphs=(
        "Sgt. Walter J. Okafor retired from the Eastlake Police Department on May 31, 2024. From August "
        "16, 2015 until his retirement he served as the School Resource Officer at Eastlake High School.",
    ),
    signer=("Chief Paula D. Irving", "Chief of Police"),
    name="Walter J. Okafor",
    start=date(2015, 8, 16),
    employed=False,
    letter_date=date(2024, 10, 28),
    by_design="the end is the retirement, dated in another sentence: a person reads it",
)

letter7(
    "dated_at_foot",
    agency="Granby Police Department",
    head=("To Whom It May Concern:",),
    paragraphs=(
        "This is to verify that Officer Kendra J. Lowry has served as a School Resource Officer with the "
        "Granby Police Department since January 10, 2017, and is currently assigned to Granby Middle "
        "School.",
    ),
    signer=("Chief Martin E. Vogt", "Chief of Police"),
    foot=("Dated: March 3, 2025",),
    name="Kendra J. Lowry",
    start=date(2017, 1, 10),
    employed=True,
    letter_date=date(2025, 3, 3),
)

letter7(
    "day_first_issuer",
    agency="Halton Regional Police Service",
    address="1151 Bronte Road, Oakville, Ontario  |  905-555-0100",
    head=("14/03/2025", "To Whom It May Concern:"),
    paragraphs=(
        "This letter confirms that Constable Priya Nair has been assigned as a School Resource Officer "
        "with the Halton Regional Police Service since 03/09/2018, and she is currently assigned to "
        "Oakville Trafalgar High School.",
    ),
    signer=("Staff Sgt. Ian R. McLeod", "Community Safety Unit"),
    name="Priya Nair",
    start=date(2018, 9, 3),
    employed=True,
    letter_date=date(2025, 3, 14),
    by_design="a numeric date in day-first form: a reading of 9 March would add half a year",
)

letter7(
    "academy_and_hire",
    agency="Dover Police Department",
    head=("June 2, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Natalie G. Brooks graduated from the State Police Academy on December 15, 2014 and was "
        "hired by the Dover Police Department on January 5, 2015. She was promoted to Corporal on "
        "March 1, 2021.",
        "Corporal Brooks has been our School Resource Officer since August 22, 2016 and is currently "
        "assigned to Dover High School.",
    ),
    signer=("Chief William T. Osgood", "Chief of Police"),
    name="Natalie G. Brooks",
    start=date(2016, 8, 22),
    employed=True,
    letter_date=date(2025, 6, 2),
    hire_date=date(2015, 1, 5),
)


def _assignment_table(c: Any, w: float, h: float) -> None:
    """A letter with an assignment history table: Assignment | From | To."""
    _letterhead(c, w, h, "Jefferson County Sheriff's Office", "Records Unit  |  (555) 555-0109")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "February 10, 2025")
    c.drawString(72, h - 180, "To Whom It May Concern:")
    y = _body(
        c,
        w,
        h - 214,
        ("The assignment history of Deputy Omar F. Haddad with this Office is as follows:",),
    )
    rows = (
        ("Detention Deputy", "06/01/2011", "07/31/2013"),
        ("Patrol Division", "08/01/2013", "07/31/2016"),
        ("School Resource Officer", "08/01/2016", "Present"),
    )
    y = _table(c, w, y, (72, 340, 440), ("Assignment", "From", "To"), rows, "Times")
    _body(c, w, y - 34, ("Please contact the Records Unit with any questions.",))
    _signature(c, 72, y - 130, 200, "assignment_table", "Ruth A. Kessler", "Records Supervisor")


_register(
    "assignment_table",
    _assignment_table,
    name="Omar F. Haddad",
    start=date(2016, 8, 1),
    employed=True,
    letter_date=date(2025, 2, 10),
)

letter7(
    "signer_years",
    agency="Sutton Police Department",
    head=("January 27, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Julian K. Reyes has been a School Resource Officer under my command since September 8, "
        "2020. He is currently assigned to Sutton High School.",
    ),
    signer=("Lt. Frances M. Duarte", "School Resource Unit Commander since 2014"),
    name="Julian K. Reyes",
    start=date(2020, 9, 8),
    employed=True,
    letter_date=date(2025, 1, 27),
)

letter7(
    "named_in_re_only",
    agency="Carver City Police Department",
    head=("March 31, 2025", "RE: Jonathan P. Whitaker, Badge No. 2217", "To Whom It May Concern:"),
    paragraphs=(
        "The above-named officer has served as a School Resource Officer with this department since "
        "March 2, 2016 and is currently assigned to Carver Middle School.",
    ),
    signer=("Chief Donna L. Pierce", "Chief of Police"),
    name="Jonathan P. Whitaker",
    start=date(2016, 3, 2),
    employed=True,
    letter_date=date(2025, 3, 31),
)

letter7(
    "assumed_duties_year",
    agency="Norwood Police Department",
    head=("April 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Teresa B. Malone has been a member of this department since 2009. She assumed School "
        "Resource Officer duties in 2017 and continues in that role at Norwood High School.",
    ),
    signer=("Chief Leonard H. Stroud", "Chief of Police"),
    name="Teresa B. Malone",
    start=None,
    bounds=(date(2017, 1, 1), date(2017, 12, 31)),
    employed=True,
    letter_date=date(2025, 4, 14),
    hire_date=None,
    by_design="only the year of the SRO start is printed",
)

letter7(
    "range_to_present_dash",
    agency="Fairmont Independent School District Police",
    head=("December 9, 2024", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Brandon E. Cole, School Resource Officer, Fairmont Junior High School, August 2017 - "
        "present.",
        "Officer Cole's service to our district has been outstanding.",
    ),
    signer=("Chief Yvonne G. Tillman", "Chief of District Police"),
    name="Brandon E. Cole",
    start=None,
    bounds=(date(2017, 8, 1), date(2017, 8, 31)),
    employed=True,
    letter_date=date(2024, 12, 9),
    by_design="the month of the SRO start, without its day",
)

letter7(
    "no_longer_reassigned",
    agency="Stonebridge Police Department",
    head=("February 18, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Aaron D. Whitlock was assigned as a School Resource Officer at Stonebridge High School on "
        "August 10, 2016. On July 1, 2023 he was reassigned to the Criminal Investigations Division, "
        "where he currently serves.",
    ),
    signer=("Chief Rebecca N. Hale", "Chief of Police"),
    name="Aaron D. Whitlock",
    start=date(2016, 8, 10),
    employed=False,
    letter_date=date(2025, 2, 18),
    end=(date(2023, 7, 1), date(2023, 7, 1)),
)


# ------------------------------------------------------------------------------------ scoring


def start_mark(doc: ClassifiedDocument, n: NovelLetter7) -> str:
    """ok | review | WRONG: the SRO start read against the truth."""
    sure, span = doc.sro_start_date, doc.sro_start_range
    if sure is not None:
        return "ok" if sure == n.start else "WRONG"
    if span is None:
        return "ok" if n.start_bounds is None else "review"
    if n.start_bounds is None:
        return "review"  # a span for a letter whose start is a person's call: never sure, R1 may decide
    lo, hi = n.start_bounds
    if not (span[0] <= lo and hi <= span[1]):
        return "WRONG"  # the span misses a day the start can be
    return "ok" if span == n.start_bounds else "review"


def employment_mark(doc: ClassifiedDocument, n: NovelLetter7) -> str:
    want = EMPLOYMENT[n.employed]
    if doc.employment == want:
        return "ok"
    if doc.employment is None:
        return "none"
    return "WRONG"


def verdicts_mark(doc: ClassifiedDocument, n: NovelLetter7) -> str:
    """ok | review | WRONG: R1 and R2 on this letter alone (an application stating neither), against what
    the letter allows (``tests/integration/test_novel_letters.expected_r1``/``_r2``)."""
    ledger = ledger_of(doc, n.participant_name)
    got = [ledger.requirements[k].verdict for k in ("sro_3_years", "employed")]
    want = [expected_r1(n), expected_r2(n)]
    if any(g not in ("needs_review", w) for g, w in zip(got, want, strict=True)):
        return "WRONG"
    return "ok" if got == want else "review"


def marks(doc: ClassifiedDocument, n: NovelLetter7) -> dict[str, str]:
    name = doc.participant_name.text if doc.participant_name else None
    return {
        "R1/R2": verdicts_mark(doc, n),
        "doc_type": "ok" if doc.doc_type == "employment_letter" else doc.doc_type,
        "name": "ok" if name and name_tokens(name) == name_tokens(n.participant_name) else f"{name!r}",
        "start": start_mark(doc, n),
        "employment": employment_mark(doc, n),
    }
