"""Employment letters and conference evidence, round 13: documents no earlier round draws
(``tests/novel_letters.py``, ``_7.py`` to ``_12.py`` and the unseen applicants' letters draw the others).

Letters carry their truth as :class:`NovelLetter13`: round 11's, and ``applicant`` (the applicant's name
when the letter is about another officer of the department: R1 and R2 may then take nothing from it) and
``r1`` / ``r2`` (the verdicts the letter allows where the default truth model, which counts to the
application date from the letter's date, has no answer: a letter dated after the application). Drawn here:
service stated in words
("two years and eleven months", "nearly three years", "the past 35 months", "will have served ... for three
years" by a coming month), letters dated after the application (still serving since before it; assigned only
after it; an assignment that ended after it), a school district's letter on an officer assigned to its schools
under an MOU, assignments listed in prose with dates in three forms ("from August of 2016 through June
of 2019", "2019-present", "AY 2020-21 through AY 2023-24"), a letter announcing a post still to come after
years on patrol, a letter about another officer of the same surname, a faxed letter whose header and form
number hold dates ("Rev. 03/2020"), a verification form of checkboxes (one "[X] Currently assigned", one
"[X] Formerly assigned").

Conference evidence carries :class:`tests.novel_letters_9.ConferenceCase9`: NASRO's letter accepting a
person's proposal to present at "the annual conference" (no attendance), NASRO's letter thanking a named
officer for attending it, the same thanks to "Dear Conference Attendee" (no name), a certificate of a
pre-conference workshop only, a photo of a conference badge on a desk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _signature
from classify.types import ClassifiedDocument
from tests.integration.test_novel_letters import ledger_of
from tests.novel_certificates import Draw, _centred, _frame
from tests.novel_letters import _body, _fields, _letterhead
from tests.novel_letters_7 import NovelLetter7
from tests.novel_letters_9 import ConferenceCase9, conference9, conference_marks, render_conference
from tests.novel_letters_11 import NovelLetter11, letter11
from tests.novel_letters_11 import _register as register11
from tests.novel_letters_11 import marks as marks11


@dataclass(frozen=True)
class NovelLetter13(NovelLetter11):
    applicant: str | None = None  # the applicant, when the letter is about another officer
    r1: str | None = None  # R1 the letter allows, where the default truth model has no answer
    r2: str | None = None


LETTERS_13: dict[str, NovelLetter13] = {}


def _as_round_13(key: str, scratch: dict[str, NovelLetter11], extra: dict[str, Any]) -> None:
    LETTERS_13[key] = NovelLetter13(**vars(scratch[key]), **extra)


_EXTRA = ("applicant", "r1", "r2")


def letter13(key: str, **kw: Any) -> None:
    """A one-page letter as round 7 draws them, into this round's registry."""
    scratch: dict[str, NovelLetter11] = {}
    extra = {k: kw.pop(k) for k in _EXTRA if k in kw}
    letter11(key, registry=scratch, **kw)
    _as_round_13(key, scratch, extra)


def _register(key: str, draw: Draw, **kw: Any) -> None:
    scratch: dict[str, NovelLetter11] = {}
    extra = {k: kw.pop(k) for k in _EXTRA if k in kw}
    register11(key, draw, registry=scratch, **kw)
    _as_round_13(key, scratch, extra)


def marks(doc: ClassifiedDocument, n: NovelLetter7) -> dict[str, str]:
    """Round 11's marks; R1/R2 against ``r1`` / ``r2`` where given, and on the applicant's ledger when the
    letter is about another officer (then only ``needs_review`` is right)."""
    out = marks11(doc, n)
    if not isinstance(n, NovelLetter13) or (n.applicant is None and n.r1 is None and n.r2 is None):
        return out
    ledger = ledger_of(doc, n.applicant or n.participant_name)
    got = [ledger.requirements[k].verdict for k in ("sro_3_years", "employed")]
    if n.applicant is not None:
        out["R1/R2"] = "ok" if got == ["needs_review", "needs_review"] else "WRONG"
        return out
    want = [n.r1 or "needs_review", n.r2 or "needs_review"]
    if any(g not in ("needs_review", w) for g, w in zip(got, want, strict=True)):
        out["R1/R2"] = "WRONG"
    else:
        out["R1/R2"] = "ok" if got == want else "review"
    return out


# ------------------------------------------------------------------------------------ service in words


letter13(
    "words_two_years_eleven_months",
    agency="Riverside Heights Police Department",
    head=("June 1, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Kendra M. Oyelaran has served as the School Resource Officer at Riverside Heights High "
        "School for two years and eleven months. She continues in that assignment.",
    ),
    signer=("Chief Dominic R. Salas", "Chief of Police"),
    name="Kendra M. Oyelaran",
    start=None,
    bounds=(date(2022, 6, 2), date(2022, 7, 1)),
    employed=True,
    letter_date=date(2025, 6, 1),
    by_design="years and months of service: a span as of the letter's date",
)

letter13(
    "words_nearly_three_years",
    agency="Eastbrook County Sheriff's Office",
    head=("April 22, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "Deputy Malik J. Ferrante has been our School Resource Deputy at Eastbrook Middle School for nearly "
        "three years and remains assigned there.",
    ),
    signer=("Sheriff Paula D. Kincaid", "Sheriff"),
    name="Malik J. Ferrante",
    start=None,
    employed=True,
    letter_date=date(2025, 4, 22),
    by_design="'nearly three years': fewer than three, by how much not said",
)

letter13(
    "words_past_35_months",
    agency="Sunnyvale Park Police Department",
    head=("May 20, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Ingrid T. Halvorsen has been assigned as the School Resource Officer at Sunnyvale Park "
        "Elementary School for the past 35 months and is currently serving in that role.",
    ),
    signer=("Chief Arturo L. Benavides", "Chief of Police"),
    name="Ingrid T. Halvorsen",
    start=None,
    bounds=(date(2022, 5, 21), date(2022, 6, 20)),
    employed=True,
    letter_date=date(2025, 5, 20),
    by_design="months of service: a span as of the letter's date",
)

letter13(
    "will_have_served_three_years",
    agency="Northgate Police Department",
    head=("April 15, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Bryce A. Tanaka is the School Resource Officer at Northgate High School. In August of this "
        "year he will have served as our School Resource Officer for three years.",
    ),
    signer=("Chief Leona F. Marsh", "Chief of Police"),
    name="Bryce A. Tanaka",
    start=None,
    bounds=(date(2022, 8, 1), date(2022, 8, 31)),
    employed=True,
    letter_date=date(2025, 4, 15),
    by_design="three years reached only in a coming month: fewer as of the letter",
)


# ---------------------------------------------------------------------------- dated after the application


letter13(
    "dated_after_application_still_serving",
    agency="Clearwater Bay Police Department",
    head=("July 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Hannah P. Delacroix has served as the School Resource Officer at Clearwater Bay High School "
        "since August 9, 2021, and she remains in that assignment today.",
    ),
    signer=("Chief Rolando V. Pierce", "Chief of Police"),
    name="Hannah P. Delacroix",
    start=date(2021, 8, 9),
    employed=True,
    letter_date=date(2025, 7, 14),
    r1="met",
    r2="met",
)

letter13(
    "dated_after_application_assigned_after",
    agency="Meadowlark Township Police Department",
    head=("September 10, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Terrence W. Obi was assigned as the School Resource Officer at Meadowlark Middle School on "
        "August 11, 2025, and he currently serves in that assignment.",
    ),
    signer=("Chief Alma G. Reyes", "Chief of Police"),
    name="Terrence W. Obi",
    start=date(2025, 8, 11),
    employed=True,
    letter_date=date(2025, 9, 10),
    r1="not_met",
    r2="not_met",  # an SRO only after the application date: not one on it
)

letter13(
    "dated_after_application_ended_after",
    agency="Silver Lake Police Department",
    head=("October 1, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Vanessa K. Moreau served as the School Resource Officer at Silver Lake High School from "
        "August 20, 2018 until July 31, 2025, when she was reassigned to the Patrol Division.",
    ),
    signer=("Chief Norman E. Platt", "Chief of Police"),
    name="Vanessa K. Moreau",
    start=date(2018, 8, 20),
    employed=False,
    letter_date=date(2025, 10, 1),
    end=(date(2025, 7, 31), date(2025, 7, 31)),
    r1="met",
    r2="met",  # the post ended two months after the application date: an SRO on it
)


# ------------------------------------------------------------------------------------ a district, an MOU


letter13(
    "district_mou_assignment",
    agency="Oakmont Unified School District",
    address="Department of Student Services  |  850 Linden Avenue  |  (555) 555-0171",
    head=("March 18, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Under the Memorandum of Understanding between the Oakmont Unified School District and the Oakmont "
        "Police Department, renewed each July, Officer Celeste N. Abara of the Oakmont Police Department has "
        "been assigned to our schools as a School Resource Officer since August 15, 2019.",
        "She remains assigned to Oakmont High School and its feeder middle schools for the 2024-2025 "
        "school year.",
    ),
    signer=("Dr. Lorenzo B. Whitfield", "Director of Student Services"),
    name="Celeste N. Abara",
    start=date(2019, 8, 15),
    employed=True,
    letter_date=date(2025, 3, 18),
)


# ------------------------------------------------------------------------------------ assignments in prose


letter13(
    "prose_assignments_of_year",
    agency="Granite Falls Police Department",
    head=("April 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Julian S. Okonkwo served as the School Resource Officer at Lincoln Middle School from "
        "August of 2016 through June of 2019, and has served as the School Resource Officer at Granite "
        "Falls High School from August of 2019 through the present.",
    ),
    signer=("Chief Maureen C. Lindahl", "Chief of Police"),
    name="Julian S. Okonkwo",
    start=None,
    bounds=(date(2016, 8, 1), date(2016, 8, 31)),
    employed=True,
    letter_date=date(2025, 4, 3),
    present_term_start=date(2019, 8, 1),
    by_design="months without their days: spans",
)

letter13(
    "prose_year_to_present_list",
    agency="Ferris County Sheriff's Office",
    head=("May 6, 2025", "RE: Deputy Sofia E. Brannigan", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Sofia E. Brannigan has held the following assignments with this Office: Detention, "
        "2011-2014; Patrol Division, 2014-2019; School Resource Deputy, Ferris Central High School, "
        "2019-present.",
    ),
    signer=("Sheriff Curtis J. Raines", "Sheriff"),
    name="Sofia E. Brannigan",
    start=None,
    bounds=(date(2019, 1, 1), date(2019, 12, 31)),
    employed=True,
    letter_date=date(2025, 5, 6),
    by_design="a year alone: a span",
)

letter13(
    "prose_academic_years_ended",
    agency="Harlan Valley Police Department",
    head=("March 5, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Damon R. Achterberg was assigned as the School Resource Officer at Harlan Valley High "
        "School for AY 2020-21 through AY 2023-24. At the end of that assignment he returned to the Patrol "
        "Division, where he serves today.",
    ),
    signer=("Chief Bernadette O. Kwan", "Chief of Police"),
    name="Damon R. Achterberg",
    start=None,
    bounds=(date(2020, 7, 1), date(2021, 6, 30)),
    employed=False,
    letter_date=date(2025, 3, 5),
    end=(date(2023, 7, 1), date(2024, 6, 30)),
    by_design="academic years: spans",
)


# ------------------------------------------------------------------------------------ a post still to come


letter13(
    "will_be_assigned_after_patrol",
    agency="Kingsbury Police Department",
    head=("April 30, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Reginald P. Osei has served in our Patrol Division since March 3, 2016. He has been "
        "selected as a School Resource Officer and will be assigned to Kingsbury High School beginning with "
        "the 2025-2026 school year.",
    ),
    signer=("Chief Annette M. Duval", "Chief of Police"),
    name="Reginald P. Osei",
    start=None,
    employed=None,
    letter_date=date(2025, 4, 30),
    hire_date=date(2016, 3, 3),
    by_design="an assignment still to begin: no service yet",
)


# ------------------------------------------------------------------------------------ another officer


letter13(
    "another_officer_same_surname",
    agency="Westbrook Police Department",
    head=("April 11, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Andrew L. Kovac has served as the School Resource Officer at Westbrook High School since "
        "August 12, 2018, and he continues in that assignment.",
    ),
    signer=("Chief Harriet S. Lund", "Chief of Police"),
    name="Andrew L. Kovac",
    start=date(2018, 8, 12),
    employed=True,
    letter_date=date(2025, 4, 11),
    applicant="Andrea L. Kovac",
)


# ------------------------------------------------------------------------------------ dates in the header


def _faxed(key: str) -> Draw:
    """A faxed letter: the fax machine's header line, a letterhead, a form number with its revision."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Courier", 8.5)
        c.drawString(36, h - 24, "03/14/2025 09:12   FAX 5555550199   BAYSIDE PD RECORDS        P.001/001")
        _letterhead(
            c, w, h, "Bayside Police Department", "Est. 1911  |  12 Harbor Road  |  Form PD-114 Rev. 03/2020"
        )
        c.setFont("Times-Roman", 12)
        c.drawString(72, h - 150, "March 12, 2025")
        c.drawString(72, h - 180, "To Whom It May Concern:")
        y = _body(
            c,
            w,
            h - 215,
            (
                "Officer Leon G. Castellano has served as a School Resource Officer at Bayside Middle School "
                "since September 8, 2020. He is presently assigned there.",
            ),
        )
        c.drawString(72, y - 10, "Sincerely,")
        _signature(c, 72, y - 76, 200, key, "Chief Ramona T. Gill", "Chief of Police")

    return draw


_register(
    "faxed_header_form_revision",
    _faxed("faxed_header_form_revision"),
    name="Leon G. Castellano",
    start=date(2020, 9, 8),
    employed=True,
    letter_date=date(2025, 3, 12),
)


# ------------------------------------------------------------------------------------ checkbox forms


def _checkbox_form(
    key: str,
    agency: str,
    name: str,
    current: bool,
    assigned: str,
    ended: str,
    day: str,
    signer: tuple[str, str],
) -> Draw:
    """An SRO verification form: labelled fields, two status boxes (one marked), a signature."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, "Office of Professional Standards  |  (555) 555-0158")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, h - 150, "SCHOOL RESOURCE OFFICER VERIFICATION")
        y = _fields(c, [("Officer Name:", name), ("Badge No.:", "2290")], 210, h - 185, 22)
        c.setFont("Helvetica", 11)
        c.drawString(72, y, ("[X]" if current else "[  ]") + "  Currently assigned as SRO")
        c.drawString(72, y - 20, ("[  ]" if current else "[X]") + "  Formerly assigned as SRO")
        y = _fields(
            c,
            [
                ("Date assigned to SRO position:", assigned),
                ("Date SRO assignment ended:", ended),
                ("Date of verification:", day),
            ],
            280,
            y - 56,
            22,
        )
        c.setFont("Helvetica", 11)
        c.drawString(72, y - 10, "I certify that the information above is accurate.")
        _signature(c, 72, y - 80, 200, key, *signer)

    return draw


_register(
    "checkbox_currently_assigned",
    _checkbox_form(
        "checkbox_currently_assigned",
        "Lakemont Police Department",
        "Officer Pilar V. Estrada",
        True,
        "01/06/2020",
        "N/A",
        "05/05/2025",
        ("Lt. Cyrus B. Hamid", "Professional Standards"),
    ),
    name="Pilar V. Estrada",
    start=date(2020, 1, 6),
    employed=True,
    letter_date=date(2025, 5, 5),
)

_register(
    "checkbox_formerly_assigned",
    _checkbox_form(
        "checkbox_formerly_assigned",
        "Dunmore Police Department",
        "Officer Xavier M. Lindqvist",
        False,
        "08/14/2017",
        "06/28/2024",
        "04/17/2025",
        ("Sgt. Priscilla A. Doyle", "Professional Standards"),
    ),
    name="Xavier M. Lindqvist",
    start=date(2017, 8, 14),
    employed=False,
    letter_date=date(2025, 4, 17),
    end=(date(2024, 6, 28), date(2024, 6, 28)),
)


# ------------------------------------------------------------------------------------ conference evidence


CONFERENCES_13: dict[str, ConferenceCase9] = {}


def conference13(key: str, **case: Any) -> Callable[[Draw], Draw]:
    """Round 9's ``conference9`` into this round's registry."""
    return conference9(key, registry=CONFERENCES_13, **case)


def _nasro_letter(
    c: Any,
    w: float,
    h: float,
    day: str,
    greeting: str,
    prose: tuple[str, ...],
    key: str,
    signer: tuple[str, str] = ("Teresa M. Valdez", "Conference Director, NASRO"),
) -> None:
    """A letter on NASRO's conference office letterhead: date, greeting, prose, ``signer``'s signature."""
    _letterhead(
        c, w, h, "National Association of School Resource Officers", "nasro.org  |  Conference Office"
    )
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, day)
    c.drawString(72, h - 180, greeting)
    y = _body(c, w, h - 215, prose)
    c.drawString(72, y - 10, "Sincerely,")
    _signature(c, 72, y - 76, 200, key, *signer)


@conference13(
    "nasro_presenter_acceptance",
    name="Corinne D. Haskell",
    r6="not_met",
    doc_types=("other", "conference_attendance", "employment_letter"),
    note="accepted to present at a conference to come: not attendance",
)
def _presenter(c: Any, w: float, h: float) -> None:
    """NASRO accepting a person's proposal to present at the coming annual conference."""
    _nasro_letter(
        c,
        w,
        h,
        "February 14, 2025",
        "Dear Sergeant Haskell:",
        (
            'Congratulations! We are pleased to inform you that your workshop proposal, "Restorative '
            'Practices for SROs", has been accepted for presentation at the annual conference in Orlando, '
            "Florida, June 29 - July 3, 2025.",
            "Please confirm your session by March 15 and register as a presenter.",
        ),
        "presenter25",
    )


@conference13(
    "nasro_thanks_for_attending_named",
    name="Everett J. Kowalczyk",
    r6="met",
    doc_types=("conference_attendance", "other", "employment_letter"),
)
def _thanks_named(c: Any, w: float, h: float) -> None:
    """NASRO thanking a named officer for attending its annual conference."""
    _nasro_letter(
        c,
        w,
        h,
        "August 4, 2023",
        "Dear Officer Everett J. Kowalczyk:",
        (
            "Thank you for attending the annual National School Safety Conference, held July 9-14, 2023 in "
            "Indianapolis, Indiana. Your participation helps keep our schools safe.",
        ),
        "thanks23",
    )


@conference13(
    "nasro_thanks_generic_attendee",
    name="Everett J. Kowalczyk",
    r6="not_met",
    doc_types=("conference_attendance", "other", "employment_letter"),
    note="names no one: not proof that the applicant attended",
)
def _thanks_generic(c: Any, w: float, h: float) -> None:
    """The same thanks to "Dear Conference Attendee": no name."""
    _nasro_letter(
        c,
        w,
        h,
        "August 4, 2023",
        "Dear Conference Attendee:",
        (
            "Thank you for attending the annual National School Safety Conference, held July 9-14, 2023 in "
            "Indianapolis, Indiana. Session slides are available on the conference app.",
        ),
        "thanksall23",
    )


@conference13(
    "nasro_pre_conference_workshop",
    name="Marisol A. Quintero",
    r6="review",
    doc_types=("conference_attendance", "certificate"),
    pagesize=landscape(letter),
    note="a pre-conference workshop only: whether it is the conference is a person's call",
)
def _pre_conference(c: Any, w: float, h: float) -> None:
    """A certificate of a pre-conference workshop of NASRO's conference."""
    _frame(c, w, h, "#12355b")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 66, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            ("Times-Bold", 28, 108, "Certificate of Completion"),
            ("Times-Italic", 13, 140, "awarded to"),
            ("Times-Bold", 24, 176, "Marisol A. Quintero"),
            ("Times-Italic", 13, 206, "for completing"),
            ("Helvetica-Bold", 16, 234, "NASRO 2023 School Safety Conference - Pre-Conference Workshop"),
            ("Times-Roman", 13, 258, "Threat Assessment Teams in Schools  |  8 hours"),
            ("Times-Roman", 13, 280, "July 8, 2023  |  Indianapolis, Indiana"),
        ],
    )
    _signature(c, 90, 60, 200, "precon23", "Teresa M. Valdez", "Conference Director")


@conference13(
    "nasro_badge_photo_on_desk",
    name="Quentin R. Abernathy",
    r6="review",
    doc_types=("conference_attendance", "other"),
    note="a badge shows registration, not attendance: a person decides",
)
def _badge_photo(c: Any, w: float, h: float) -> None:
    """A photo of a badge lying on a desk: wood-grey ground, the badge turned a little, its lanyard."""
    c.setFillColor(HexColor("#8a7f72"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.saveState()
    c.translate(w / 2 - 150, h / 2 - 210)
    c.rotate(4)
    c.setFillColor(white)
    c.rect(0, 0, 300, 420, stroke=0, fill=1)
    c.setFillColor(HexColor("#12355b"))
    c.rect(0, 320, 300, 100, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(150, 390, "NASRO")
    c.setFont("Helvetica", 11)
    c.drawCentredString(150, 370, "School Safety Conference 2024")
    c.drawCentredString(150, 352, "Grapevine, Texas")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 24)
    c.drawCentredString(150, 240, "Quentin")
    c.drawCentredString(150, 212, "Abernathy")
    c.setFont("Helvetica", 12)
    c.drawCentredString(150, 186, "Pine Ridge Sheriff's Office")
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(150, 80, "ATTENDEE")
    c.restoreState()
    c.setStrokeColor(HexColor("#1c2b5a"))
    c.setLineWidth(6)
    c.line(w / 2 - 20, h / 2 + 215, w / 2 - 60, h)
    c.line(w / 2 + 20, h / 2 + 217, w / 2 + 70, h)


__all__ = [
    "CONFERENCES_13",
    "LETTERS_13",
    "NovelLetter13",
    "conference_marks",
    "marks",
    "render_conference",
]
