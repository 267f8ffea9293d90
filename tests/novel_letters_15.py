"""Employment letters and conference evidence, round 15: school-safety posts other than the SRO's, and
round 14's leftovers (``tests/novel_letters.py``, ``_7.py`` to ``_14.py`` and the unseen applicants' letters
draw the others).

The rules count R2 as "currently employed as an SRO or in school safety", and R1 from the day the applicant
"started as an SRO (or school-safety role)". Only a post whose title says school or campus safety, or school
security, is plainly such a role here; a school district's police officer, a juvenile detective "assigned to
the district's schools" are a person's call. Letters carry their truth as
:class:`tests.novel_letters_13.NovelLetter13`; ``r1`` / ``r2`` are always given (``"needs_review"``: only a
person may decide). ``employed`` is the present of the SRO or school-safety post: True it goes on (an SRO
term followed by a school-safety post held today too), False the letter says it ended (or names another post
held today), None the letter leaves it to a person.

Drawn here: an SRO now the district's School Safety Coordinator, one now Director of School Safety after a
term too short alone, one now a detective handling "school safety referrals", a Campus Safety Officer and a
School Security Officer as the only post, a school district's police officer (on patrol; on a day shift), a
juvenile detective assigned to schools, an SRO promoted to Patrol Sergeant (dated and undated), "for four
years, until her promotion on June 30, 2024" and its look-alikes (two years until a transfer; five years
ending with a retirement; nearly three years), letters signed by the officer they are about (a
coordinator's, a memo "FROM:" the officer). Conference evidence
(:class:`tests.novel_letters_9.ConferenceCase9`): NASRO's registration confirmation for its School Safety
Conference and its paid registration receipt (neither attendance).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tests.novel_certificates import Draw
from tests.novel_letters import _letterhead
from tests.novel_letters_9 import ConferenceCase9, conference9, conference_marks, render_conference
from tests.novel_letters_13 import LETTERS_13, NovelLetter13, _nasro_letter, letter13, marks
from tests.novel_letters_13 import _register as register13

LETTERS_15: dict[str, NovelLetter13] = {}
PERSON = "needs_review"  # a verdict only a person may give


def letter15(key: str, **kw: Any) -> None:
    """Round 13's ``letter13`` into this round's registry."""
    letter13(key, **kw)
    LETTERS_15[key] = LETTERS_13.pop(key)


def _register(key: str, draw: Draw, **kw: Any) -> None:
    register13(key, draw, **kw)
    LETTERS_15[key] = LETTERS_13.pop(key)


# ------------------------------------------------------------------------------------ school-safety posts


letter15(
    "sro_then_safety_coordinator",
    agency="Harlow Valley Unified School District",
    address="Office of the Superintendent  |  900 Academy Road  |  (555) 555-0190",
    head=("April 21, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Janelle R. Whitcombe served as the School Resource Officer at Harlow Valley High "
        "School from "
        "August 15, 2016 to June 30, 2022.",
        "On July 1, 2022 she was appointed the district's School Safety Coordinator, a position she "
        "currently "
        "holds.",
    ),
    signer=("Dr. Marcus L. Fenwick", "Superintendent"),
    name="Janelle R. Whitcombe",
    start=date(2016, 8, 15),
    employed=True,  # the SRO term ended; the school-safety post goes on
    end=(date(2022, 6, 30), date(2022, 6, 30)),
    letter_date=date(2025, 4, 21),
    r1="met",  # six years as an SRO
    r2="met",  # in school safety today
)

letter15(
    "sro_short_then_director_school_safety",
    agency="Brookfield County Public Schools",
    address="Department of School Safety  |  12 Commerce Street  |  (555) 555-0171",
    head=("May 6, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "Deputy Carlos M. Ibarra served as a School Resource Officer at Brookfield Middle School "
        "from January "
        "4, 2021 until June 30, 2023. Since July 1, 2023 he has served as our Director of School Safety and "
        "continues in that position.",
    ),
    signer=("Angela T. Morrow", "Chief Operations Officer"),
    name="Carlos M. Ibarra",
    start=date(2021, 1, 4),
    employed=True,  # the SRO term ended; the school-safety post goes on
    end=(date(2023, 6, 30), date(2023, 6, 30)),
    letter_date=date(2025, 5, 6),
    r1=PERSON,  # under three years as an SRO; over four in SRO and school-safety posts: a person's
    r2="met",
)

letter15(
    "campus_safety_officer_only",
    agency="Ridgeview Independent School District",
    address="Human Resources  |  45 Ridge Parkway  |  (555) 555-0133",
    head=("April 9, 2025", "RE: Employment Verification", "To Whom It May Concern:"),
    paragraphs=(
        "This letter confirms that Officer Dana P. Kowalczyk has been employed as a Campus Safety Officer at "
        "Ridgeview High School since March 2, 2020. She remains in that position.",
    ),
    signer=("Theresa G. Alvarado", "Director of Human Resources"),
    name="Dana P. Kowalczyk",
    start=date(2020, 3, 2),
    employed=True,
    letter_date=date(2025, 4, 9),
    r1="met",  # a school-safety role since 2020
    r2="met",
)

letter15(
    "school_security_officer_only",
    agency="Eastlake Area School District",
    address="Office of Safety and Security  |  300 Lakeview Drive  |  (555) 555-0148",
    head=("March 28, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Mr. Terrence O. Baptiste has worked as a School Security Officer at Eastlake Junior High School "
        "since September 8, 2020 and is currently serving in that role.",
    ),
    signer=("Gwendolyn S. Parrish", "Director of Safety and Security"),
    name="Terrence O. Baptiste",
    start=date(2020, 9, 8),
    employed=True,
    letter_date=date(2025, 3, 28),
    r1="met",
    r2="met",
)

letter15(
    "school_district_police_officer",
    agency="Marlowe Independent School District Police Department",
    head=("May 13, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Keith A. Lundqvist has been employed as a police officer with the Marlowe "
        "Independent School "
        "District Police Department since August 1, 2019. He currently serves as a patrol officer covering "
        "the district's campuses.",
    ),
    signer=("Chief Ramona D. Espinoza", "Chief of Police"),
    name="Keith A. Lundqvist",
    start=None,
    employed=False,  # another post today (patrol, a detective's): not an SRO now, as round 9 reads it
    letter_date=date(2025, 5, 13),
    r1=PERSON,
    r2=PERSON,
)

letter15(
    "district_police_officer_in_good_standing",
    agency="Sandoval Unified School District Police Department",
    head=("April 30, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Lydia F. Marchbanks has been a sworn officer of the Sandoval Unified School District Police "
        "Department since January 13, 2020. She is currently assigned to the district's day shift and "
        "remains an employee in good standing.",
    ),
    signer=("Chief Howard B. Quintero", "Chief of Police"),
    name="Lydia F. Marchbanks",
    start=None,
    employed=None,
    letter_date=date(2025, 4, 30),
    r1=PERSON,
    r2=PERSON,
)

letter15(
    "juvenile_detective_assigned_schools",
    agency="Corbin Heights Police Department",
    head=("April 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Detective Simone L. Arceneaux has been assigned as the Juvenile Detective for the Corbin Heights "
        "schools since October 1, 2019, and she continues in that assignment.",
    ),
    signer=("Chief Donovan E. Pruett", "Chief of Police"),
    name="Simone L. Arceneaux",
    start=None,
    employed=False,  # another post today (patrol, a detective's): not an SRO now, as round 9 reads it
    letter_date=date(2025, 4, 14),
    r1=PERSON,
    r2=PERSON,
)


# ------------------------------------------------------------------------------------ out of school safety


letter15(
    "sro_then_patrol_sergeant",
    agency="Kessler Township Police Department",
    head=("May 1, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Brendan J. Okonkwo served as the School Resource Officer at Kessler Township High School "
        "from August 22, 2016 to June 30, 2022. On July 1, 2022 he was promoted to Patrol Sergeant, the "
        "position he currently holds.",
    ),
    signer=("Chief Linda C. Abernathy", "Chief of Police"),
    name="Brendan J. Okonkwo",
    start=date(2016, 8, 22),
    employed=False,
    end=(date(2022, 6, 30), date(2022, 6, 30)),
    letter_date=date(2025, 5, 1),
    r1="met",
    r2="not_met",
)

letter15(
    "sro_years_then_patrol_sergeant_undated",
    agency="Granby Falls Police Department",
    head=("April 17, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Sergeant Miguel A. Santoro was our School Resource Officer at Granby Falls Middle School for five "
        "years before his promotion to Patrol Sergeant. He now supervises the department's evening patrol "
        "shift.",
    ),
    signer=("Chief Deborah K. Lindholm", "Chief of Police"),
    name="Miguel A. Santoro",
    start=None,
    employed=False,
    letter_date=date(2025, 4, 17),
    r1="met",  # five years as an SRO, whenever
    r2="not_met",
    by_design="five years, no date",
)


letter15(
    "sro_then_investigations_school_cases",
    agency="Millbrook Police Department",
    head=("April 25, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Tamsin E. Rourke served as the School Resource Officer at Millbrook High School from August "
        "19, 2015 to June 30, 2023. She is currently a detective in the Investigations Division, where she "
        "handles school safety referrals.",
    ),
    signer=("Chief Oswaldo R. Pena", "Chief of Police"),
    name="Tamsin E. Rourke",
    start=date(2015, 8, 19),
    employed=False,
    end=(date(2023, 6, 30), date(2023, 6, 30)),
    letter_date=date(2025, 4, 25),
    r1="met",
    r2="not_met",  # a detective's post, whatever cases it handles: no school-safety title
)


# ------------------------------------------------------------------------------ a past duration, a dated end


letter15(
    "four_years_until_promotion_june30",
    agency="Wrenfield Police Department",
    head=("February 24, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Harriet M. Odegaard served as the School Resource Officer at Wrenfield High School for four "
        "years, until her promotion on June 30, 2024. She now serves as a Lieutenant in the Patrol Division.",
    ),
    signer=("Chief Everett P. Sloane", "Chief of Police"),
    name="Harriet M. Odegaard",
    start=None,
    bounds=(date(2019, 7, 1), date(2020, 6, 30)),
    employed=False,
    end=(date(2024, 6, 30), date(2024, 6, 30)),
    letter_date=date(2025, 2, 24),
    r1="met",  # four years up to its end
    r2="not_met",
    by_design="four years up to a dated end: no start printed",
)

letter15(
    "two_years_until_transfer",
    agency="Ashby Creek Police Department",
    head=("March 19, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Roland T. Vasquez served as a School Resource Officer at Ashby Creek Middle School for two "
        "years, until his transfer to the Traffic Unit on January 6, 2025.",
    ),
    signer=("Chief Marian O. Whitlow", "Chief of Police"),
    name="Roland T. Vasquez",
    start=None,
    bounds=(date(2022, 1, 7), date(2023, 1, 6)),
    employed=False,
    end=(date(2025, 1, 6), date(2025, 1, 6)),
    letter_date=date(2025, 3, 19),
    r1="not_met",  # two years as an SRO, ended
    r2="not_met",
    by_design="two years up to a dated end: no start printed",
)

letter15(
    "five_years_ending_retirement",
    agency="Pinecrest County Sheriff's Office",
    head=("May 22, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Gloria E. Nakashima served as a School Resource Deputy at Pinecrest High School for five "
        "years, ending with her retirement on December 31, 2024.",
    ),
    signer=("Sheriff Alan W. Brody", "Sheriff"),
    name="Gloria E. Nakashima",
    start=None,
    bounds=(date(2019, 1, 1), date(2019, 12, 31)),
    employed=False,
    end=(date(2024, 12, 31), date(2024, 12, 31)),
    letter_date=date(2025, 5, 22),
    r1="met",
    r2="not_met",
    by_design="five years up to a dated end: no start printed",
)

letter15(
    "about_three_years_until_promotion",
    agency="Dunmore Police Department",
    head=("April 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Peter K. Lindahl served as the School Resource Officer at Dunmore High School for nearly "
        "three years, until his promotion on August 1, 2024.",
    ),
    signer=("Chief Rosalind V. Achebe", "Chief of Police"),
    name="Peter K. Lindahl",
    start=None,
    bounds=(date(2021, 8, 2), date(2022, 8, 1)),
    employed=False,
    end=(date(2024, 8, 1), date(2024, 8, 1)),
    letter_date=date(2025, 4, 3),
    r1="not_met",  # fewer than three years, ended
    r2="not_met",
    by_design="'nearly three years' up to a dated end: no start printed",
)


# ------------------------------------------------------------------------------------ the officer's own


letter15(
    "coordinator_self_signed",
    agency="Tillman County School District",
    address="School Safety Office  |  77 Main Street  |  (555) 555-0102",
    head=("April 8, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "I, Sergeant Ivy N. Castellano, have served as the School Safety Coordinator for the Tillman County "
        "School District since August 2, 2021, after five years as a School Resource Officer. I continue in "
        "that position.",
    ),
    signer=("Sergeant Ivy N. Castellano", "School Safety Coordinator"),
    name="Ivy N. Castellano",
    start=None,
    employed=True,
    letter_date=date(2025, 4, 8),
    person_decides="self",
    r1=PERSON,
    r2=PERSON,
)


def _memo_from_self(c: Any, w: float, h: float) -> None:
    """A memo "FROM:" the officer it is about, on the agency's letterhead, unsigned."""
    _letterhead(c, w, h, "Osgood Police Department", "1 Civic Plaza  |  (555) 555-0166")
    c.setFont("Times-Roman", 12)
    y = h - 150
    for line in (
        "MEMORANDUM",
        "DATE: May 9, 2025",
        "TO: NASRO Practitioner Committee",
        "FROM: Officer Quentin D. Harrow, School Resource Officer",
        "SUBJECT: Verification of SRO Service",
    ):
        c.drawString(72, y, line)
        y -= 22
    y -= 12
    for line in (
        "Officer Quentin D. Harrow has served as the School Resource Officer at Osgood High School",
        "since August 17, 2020 and remains in that assignment.",
    ):
        c.drawString(72, y, line)
        y -= 18


_register(
    "memo_from_the_officer",
    _memo_from_self,
    name="Quentin D. Harrow",
    start=date(2020, 8, 17),
    employed=True,
    letter_date=date(2025, 5, 9),
    person_decides="self",
    r1=PERSON,
    r2=PERSON,
)


# ------------------------------------------------------------------------------------ conference evidence


CONFERENCES_15: dict[str, ConferenceCase9] = {}


def conference15(key: str, **case: Any) -> Callable[[Draw], Draw]:
    """Round 9's ``conference9`` into this round's registry."""
    return conference9(key, registry=CONFERENCES_15, **case)


_REGISTRAR = ("Colleen J. Patterson", "Registrar, NASRO Conference Office")


@conference15(
    "nasro_ssc_registration_confirmation",
    name="Anthony R. Delgado",
    r6="not_met",
    doc_types=("other", "conference_attendance", "employment_letter"),
    note="registered for a conference to come: not attendance",
)
def _registration(c: Any, w: float, h: float) -> None:
    """NASRO confirming a named officer's registration for its coming School Safety Conference, by name."""
    _nasro_letter(
        c,
        w,
        h,
        "April 2, 2025",
        "Dear Officer Anthony R. Delgado:",
        (
            "Thank you for registering for the 2025 NASRO School Safety Conference, June 29 - July 3, 2025, "
            "in Orlando, Florida. This letter confirms your full conference registration (confirmation "
            "number SSC25-11872).",
            "Badges are picked up at the registration desk on arrival. We look forward to seeing you.",
        ),
        "reg15",
        _REGISTRAR,
    )


@conference15(
    "nasro_registration_receipt_paid",
    name="Whitney S. Oyelowo",
    r6="not_met",
    doc_types=("other", "conference_attendance", "employment_letter", "certificate"),
    note="a paid registration: not attendance",
)
def _receipt(c: Any, w: float, h: float) -> None:
    """NASRO's receipt for a paid registration to its School Safety Conference."""
    _letterhead(
        c, w, h, "National Association of School Resource Officers", "nasro.org  |  Conference Office"
    )
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, h - 150, "Registration Receipt")
    c.setFont("Helvetica", 12)
    y = h - 185
    for line in (
        "Date: March 14, 2025",
        "Registrant: Deputy Whitney S. Oyelowo",
        "Agency: Tolland County Sheriff's Office",
        "Event: 2025 National School Safety Conference (NASRO)",
        "Dates: June 29 - July 3, 2025, Orlando, Florida",
        "Registration type: Full Conference",
        "Amount paid: $495.00   Status: PAID",
    ):
        c.drawString(72, y, line)
        y -= 22


__all__ = [
    "CONFERENCES_15",
    "LETTERS_15",
    "NovelLetter13",
    "conference_marks",
    "marks",
    "render_conference",
]
