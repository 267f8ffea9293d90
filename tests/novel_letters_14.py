"""Employment letters and conference evidence, round 14: documents no earlier round draws
(``tests/novel_letters.py``, ``_7.py`` to ``_13.py`` and the unseen applicants' letters draw the others).

Letters carry their truth as :class:`tests.novel_letters_13.NovelLetter13`. Drawn here: two SRO terms with
a break of years between them, told in prose (terms that add up to under three years though the first start
is nine years back; terms that add up to more than three years though neither alone does; a first term
printed by months), a school district's Human Resources (not the police) confirming an officer's assignment,
a letter on letterhead dated but not signed, service "since the 2019-2020 school year" and "since the start of
the 2022-23 school year", "for the past three years" in a letter dated days before the application, a letter
about an SRO signed by the applicant as the SRO's supervisor, a letter in the officer's own words signed by
the officer, a letter in the third person signed by the officer it is about, an SRO post that ended with a
promotion ("for four years, until her promotion"), an SRO who "will retire" after the application date.

Conference evidence carries :class:`tests.novel_letters_9.ConferenceCase9`: NASRO's letter confirming a
person's registration for "the annual conference" (no attendance), NASRO's letter saying its records show
a person attended "the annual conference", NASRO's letter selecting a person as a speaker at its School
Safety Conference (no attendance), a certificate of attendance whose name line is blank, a day's agenda of
the conference listing the person as a presenter, a photo of a name tag held on a lanyard.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _signature
from tests.novel_certificates import Draw, _centred, _frame
from tests.novel_letters import _body, _letterhead
from tests.novel_letters_9 import ConferenceCase9, conference9, conference_marks, render_conference
from tests.novel_letters_13 import LETTERS_13, NovelLetter13, _nasro_letter, letter13, marks
from tests.novel_letters_13 import _register as register13

LETTERS_14: dict[str, NovelLetter13] = {}


def letter14(key: str, **kw: Any) -> None:
    """Round 13's ``letter13`` into this round's registry."""
    letter13(key, **kw)
    LETTERS_14[key] = LETTERS_13.pop(key)


def _register(key: str, draw: Draw, **kw: Any) -> None:
    register13(key, draw, **kw)
    LETTERS_14[key] = LETTERS_13.pop(key)


# ------------------------------------------------------------------------------------ two terms, a break


letter14(
    "two_terms_short_in_all",
    agency="Oak Hollow Police Department",
    head=("May 12, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Nadia F. Brennan served as the School Resource Officer at Oak Hollow Middle School from "
        "August 14, 2017 to June 8, 2018. She then served in the Patrol Division for five years.",
        "On August 14, 2023 Officer Brennan returned to the School Resource Officer assignment at Oak Hollow "
        "High School, where she continues to serve.",
    ),
    signer=("Chief Warren D. Ashby", "Chief of Police"),
    name="Nadia F. Brennan",
    start=date(2017, 8, 14),
    employed=True,
    letter_date=date(2025, 5, 12),
    r1="not_met",  # ten months and twenty-one months: under three years in all
    r2="met",
)

letter14(
    "two_terms_add_to_more",
    agency="Pelham Ridge Police Department",
    head=("April 24, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "Officer Gideon T. Marsh was assigned as a School Resource Officer at Pelham Ridge High School from "
        "September 4, 2015 until June 16, 2017, when he was transferred to the Criminal Investigations "
        "Division. He was assigned again as a School Resource Officer, at Pelham Ridge Middle School, on "
        "August 10, 2022, and he is currently serving in that assignment.",
    ),
    signer=("Chief Lorraine B. Okafor", "Chief of Police"),
    name="Gideon T. Marsh",
    start=date(2015, 9, 4),
    employed=True,
    letter_date=date(2025, 4, 24),
    r1="met",  # one year nine months and two years nine months: four and a half years in all
    r2="met",
)

letter14(
    "two_terms_months_present_long",
    agency="Carver Lake County Sheriff's Office",
    head=("March 31, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Deputy Imani C. Thorsen served as a School Resource Deputy from January 2016 to December 2016. "
        "After an assignment to the Courts Division she returned to school resource duty in August 2019 and "
        "has served as the School Resource Deputy at Carver Lake High School from then to the present.",
    ),
    signer=("Sheriff Douglas P. Haverford", "Sheriff"),
    name="Imani C. Thorsen",
    start=None,
    bounds=(date(2016, 1, 1), date(2016, 1, 31)),
    employed=True,
    letter_date=date(2025, 3, 31),
    present_term_start=date(2019, 8, 1),
    r1="met",  # the present term alone is over five years
    r2="met",
    by_design="months without their days: spans",
)


letter14(
    "two_terms_months_present_short",
    agency="Linwood Heights Police Department",
    head=("April 18, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Rafael J. Castellanos served as a School Resource Officer from February 2016 to December "
        "2016. After eight years in the Traffic Unit he returned to school resource duty in August 2023 and "
        "has served as the School Resource Officer at Linwood Heights Middle School from then to the "
        "present.",
    ),
    signer=("Chief Bernice T. Oyelowo", "Chief of Police"),
    name="Rafael J. Castellanos",
    start=None,
    bounds=(date(2016, 2, 1), date(2016, 2, 29)),
    employed=True,
    letter_date=date(2025, 4, 18),
    r1="not_met",  # eleven months and twenty-two months: under three years in all
    r2="met",
    by_design="months without their days: spans",
)


# ------------------------------------------------------------------------------------ a district's HR


letter14(
    "district_hr_confirms_assignment",
    agency="Cedar Grove Independent School District",
    address="Human Resources Department  |  4100 Mill Road  |  (555) 555-0144",
    head=("April 7, 2025", "RE: Employment Verification", "To Whom It May Concern:"),
    paragraphs=(
        "The Human Resources Department of the Cedar Grove Independent School District confirms that Officer "
        "Samuel K. Whitford, an employee of the Cedar Grove ISD Police Department, has been assigned as a "
        "School Resource Officer at Cedar Grove High School since August 2, 2021.",
        "Officer Whitford is an active employee in good standing and remains in that assignment.",
    ),
    signer=("Monica E. Strand", "Executive Director of Human Resources"),
    name="Samuel K. Whitford",
    start=date(2021, 8, 2),
    employed=True,
    letter_date=date(2025, 4, 7),
)


# ------------------------------------------------------------------------------------ dated, not signed


def _unsigned(c: Any, w: float, h: float) -> None:
    """A letter on letterhead, dated, ending "Sincerely," with no signature nor name under it."""
    _letterhead(c, w, h, "Bellmont County Sheriff's Office", "22 Courthouse Square  |  (555) 555-0107")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 150, "May 2, 2025")
    c.drawString(72, h - 180, "To Whom It May Concern:")
    y = _body(
        c,
        w,
        h - 215,
        (
            "Deputy Rosa I. Calderon has served as a School Resource Deputy at Bellmont Junior High School "
            "since January 11, 2021, and she remains assigned there.",
        ),
    )
    c.drawString(72, y - 10, "Sincerely,")


_register(
    "dated_not_signed",
    _unsigned,
    name="Rosa I. Calderon",
    start=date(2021, 1, 11),
    employed=True,
    letter_date=date(2025, 5, 2),
)


# ------------------------------------------------------------------------------------ school years, words


letter14(
    "since_school_year_2019_2020",
    agency="Maple Ridge Police Department",
    head=("March 3, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Tomas E. Lindgren has served as the School Resource Officer at Maple Ridge Elementary "
        "School since the 2019-2020 school year and continues in that role.",
    ),
    signer=("Chief Beatrice N. Carroway", "Chief of Police"),
    name="Tomas E. Lindgren",
    start=None,
    bounds=(date(2019, 7, 1), date(2020, 6, 30)),
    employed=True,
    letter_date=date(2025, 3, 3),
    by_design="a school year, no day",
)

letter14(
    "since_start_of_2022_23",
    agency="Wexford Police Department",
    head=("May 19, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Priyanka D. Hollis has been assigned as the School Resource Officer at Wexford High School "
        "since the start of the 2022-23 school year. She is presently assigned there.",
    ),
    signer=("Chief Raymond J. Szabo", "Chief of Police"),
    name="Priyanka D. Hollis",
    start=None,
    bounds=(date(2022, 7, 1), date(2022, 9, 30)),
    employed=True,
    letter_date=date(2025, 5, 19),
    by_design="a school year's first weeks, no day",
)

letter14(
    "past_three_years_days_before",
    agency="Stonebridge Police Department",
    head=("May 30, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Felix A. Marchetti has served as our School Resource Officer at Stonebridge Middle School "
        "for the past three years and remains in that position.",
    ),
    signer=("Chief Janelle S. Okoro", "Chief of Police"),
    name="Felix A. Marchetti",
    start=None,
    bounds=(date(2021, 5, 31), date(2022, 5, 30)),
    employed=True,
    letter_date=date(2025, 5, 30),
    by_design="three years as of the letter's date: a span of a year",
)


# ------------------------------------------------------------------------------------ another officer


letter14(
    "applicant_signs_as_supervisor",
    agency="Harbor Point Police Department",
    head=("April 16, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "As the supervisor of the School Resource Unit, I confirm that Officer Tobias M. Grant has served as "
        "the School Resource Officer at Harbor Point High School since August 19, 2019. He continues in "
        "that assignment under my supervision.",
    ),
    signer=("Sgt. Renee K. Holloway", "School Resource Unit Supervisor"),
    name="Tobias M. Grant",
    start=date(2019, 8, 19),
    employed=True,
    letter_date=date(2025, 4, 16),
    applicant="Renee K. Holloway",
)


letter14(
    "another_officer_other_name",
    agency="Quarry Hill Police Department",
    head=("March 25, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Gregory P. Lindqvist has served as the School Resource Officer at Quarry Hill Middle School "
        "since January 9, 2018, and he remains in that assignment.",
    ),
    signer=("Chief Miriam A. Talbot", "Chief of Police"),
    name="Gregory P. Lindqvist",
    start=date(2018, 1, 9),
    employed=True,
    letter_date=date(2025, 3, 25),
    applicant="Hector J. Morales",
)

letter14(
    "past_four_years_old_letter",
    agency="Brandt Valley Police Department",
    head=("February 6, 2024", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Celia N. Dunmore has served as our School Resource Officer at Brandt Valley High School for "
        "the past four years and continues in that assignment.",
    ),
    signer=("Chief Preston L. Yardley", "Chief of Police"),
    name="Celia N. Dunmore",
    start=None,
    bounds=(date(2019, 2, 7), date(2020, 2, 6)),
    employed=True,
    letter_date=date(2024, 2, 6),
    by_design="four years as of a letter over a year old: a span of a year",
)


# ------------------------------------------------------------------------------------ the officer's own


letter14(
    "own_words_self_signed",
    agency="Dalton Falls County Sheriff's Office",
    head=("April 2, 2025", "To the NASRO Practitioner Committee:"),
    paragraphs=(
        "I, Deputy Craig L. Mendoza, have served as a School Resource Deputy at Dalton Falls High School "
        "since March 2, 2020. I am currently assigned to that school.",
    ),
    signer=("Deputy Craig L. Mendoza", "School Resource Deputy"),
    name="Craig L. Mendoza",
    start=date(2020, 3, 2),
    employed=True,
    letter_date=date(2025, 4, 2),
    person_decides="self",
)

letter14(
    "third_person_self_signed",
    agency="Lyndale Police Department",
    head=("March 14, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Lena R. Voskuijlen has served as the School Resource Officer at Lyndale Middle School since "
        "October 5, 2020 and remains in that assignment.",
    ),
    signer=("Officer Lena R. Voskuijlen", "School Resource Officer"),
    name="Lena R. Voskuijlen",
    start=date(2020, 10, 5),
    employed=True,
    letter_date=date(2025, 3, 14),
    person_decides="self",
)


# ------------------------------------------------------------------------------------ ends


letter14(
    "four_years_until_promotion",
    agency="Ashgrove Police Department",
    head=("February 10, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Mara J. Ellison served as our School Resource Officer at Ashgrove High School for four "
        "years, until her promotion to Sergeant on June 30, 2024. She now supervises a Patrol Division "
        "shift.",
    ),
    signer=("Chief Stanley V. Mercer", "Chief of Police"),
    name="Mara J. Ellison",
    start=None,
    bounds=(date(2019, 7, 1), date(2020, 6, 30)),  # four whole years up to the end (round 15 reads it)
    employed=False,
    letter_date=date(2025, 2, 10),
    end=(date(2024, 6, 30), date(2024, 6, 30)),
    r1="met",  # four years as SRO, whenever they began
    r2="not_met",
    by_design="four years up to an end: no start printed",
)

letter14(
    "will_retire_after_application",
    agency="Fenwick Township Police Department",
    head=("April 28, 2025", "To Whom It May Concern:"),
    paragraphs=(
        "Officer Harold B. Quist has served as the School Resource Officer at Fenwick Township High School "
        "since August 21, 2017. He will retire from the department on June 30, 2025, after twenty-six years "
        "of service.",
    ),
    signer=("Chief Evelyn R. Castor", "Chief of Police"),
    name="Harold B. Quist",
    start=date(2017, 8, 21),
    employed=True,  # still the SRO on the application date
    letter_date=date(2025, 4, 28),
)


# ------------------------------------------------------------------------------------ conference evidence


CONFERENCES_14: dict[str, ConferenceCase9] = {}


def conference14(key: str, **case: Any) -> Callable[[Draw], Draw]:
    """Round 9's ``conference9`` into this round's registry."""
    return conference9(key, registry=CONFERENCES_14, **case)


_DIRECTOR = ("Gerald P. Whitman", "Director of Conferences, NASRO")


@conference14(
    "nasro_annual_registration_confirmed",
    name="Lucia M. Fontaine",
    r6="not_met",
    doc_types=("other", "conference_attendance", "employment_letter"),
    note="registered for a conference to come: not attendance",
)
def _registered(c: Any, w: float, h: float) -> None:
    """NASRO confirming a named person's registration for the coming annual conference."""
    _nasro_letter(
        c,
        w,
        h,
        "May 5, 2025",
        "Dear Officer Lucia M. Fontaine:",
        (
            "This letter confirms your registration for the annual conference, to be held July 13-18, 2025 "
            "in Orlando, Florida. Your registration number is 25-04418.",
            "We look forward to welcoming you in July. Please bring this letter to the registration desk.",
        ),
        "reg25",
        _DIRECTOR,
    )


@conference14(
    "nasro_records_show_attended",
    name="Desmond K. Aherne",
    r6="met",
    doc_types=("conference_attendance", "other", "employment_letter"),
)
def _records_show(c: Any, w: float, h: float) -> None:
    """NASRO saying its records show a named officer attended its annual conference."""
    _nasro_letter(
        c,
        w,
        h,
        "October 2, 2024",
        "Dear Deputy Desmond K. Aherne:",
        (
            "At your request, this letter confirms that our records show you attended the annual National "
            "School Safety Conference held July 14-19, 2024 in Grapevine, Texas.",
        ),
        "records24",
        _DIRECTOR,
    )


@conference14(
    "nasro_speaker_selected",
    name="Yolanda B. Merriweather",
    r6="not_met",
    doc_types=("other", "conference_attendance", "employment_letter"),
    note="selected to speak at a conference to come: not attendance",
)
def _speaker(c: Any, w: float, h: float) -> None:
    """NASRO selecting a named person as a speaker at its coming School Safety Conference."""
    _nasro_letter(
        c,
        w,
        h,
        "January 27, 2025",
        "Dear Lieutenant Merriweather:",
        (
            "On behalf of the program committee, I am pleased to tell you that you have been selected as a "
            "speaker at the 2025 NASRO School Safety Conference in Orlando, Florida. Your session, "
            '"Mentoring Students Through Crisis", is scheduled for Tuesday, July 15, 2025.',
            "Speakers receive complimentary registration; please complete the speaker agreement by March 1.",
        ),
        "speaker25",
        _DIRECTOR,
    )


@conference14(
    "nasro_certificate_blank_name",
    name="Owen T. Calloway",
    r6="not_met",
    doc_types=("conference_attendance", "certificate", "other"),
    pagesize=landscape(letter),
    note="the name line is blank: it proves nothing of the applicant",
)
def _blank_name(c: Any, w: float, h: float) -> None:
    """NASRO's certificate of attendance with its name line left blank."""
    _frame(c, w, h, "#12355b")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 66, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
            ("Times-Bold", 28, 108, "Certificate of Attendance"),
            ("Times-Italic", 13, 140, "This certifies that"),
            ("Times-Roman", 18, 190, "_______________________________________"),
            ("Times-Italic", 13, 222, "attended the"),
            ("Helvetica-Bold", 16, 250, "2024 National School Safety Conference"),
            ("Times-Roman", 13, 276, "July 14-19, 2024  |  Grapevine, Texas"),
        ],
    )
    _signature(c, 90, 60, 200, "blank24", "Gerald P. Whitman", "Director of Conferences")


@conference14(
    "nasro_agenda_lists_presenter",
    name="Vincent R. Oduya",
    r6="not_met",
    doc_types=("other", "conference_attendance", "course_list", "transcript"),
    note="a programme listing a presenter: not proof that anyone attended",
)
def _agenda(c: Any, w: float, h: float) -> None:
    """A day's agenda of NASRO's conference: times, sessions, their presenters (the person among them)."""
    c.setFillColor(HexColor("#12355b"))
    c.rect(0, h - 96, w, 96, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(54, h - 48, "NASRO 2024 School Safety Conference")
    c.setFont("Helvetica", 12)
    c.drawString(54, h - 72, "Agenda  -  Tuesday, July 16, 2024  -  Gaylord Texan, Grapevine, Texas")
    c.setFillColor(black)
    rows = (
        ("7:30 AM", "Registration and Continental Breakfast", ""),
        ("8:30 AM", "General Session: The State of School Safety", "Mac Hardy, NASRO"),
        ("10:15 AM", "Threat Assessment in Practice", "Sgt. Vincent R. Oduya"),
        ("11:45 AM", "Lunch (on your own)", ""),
        ("1:15 PM", "Social Media and Student Conflict", "Dr. Helena Ward"),
        ("3:00 PM", "Building Trust With Families", "Cpl. Ana Ruiz"),
        ("5:00 PM", "Exhibit Hall Reception", ""),
    )
    y = h - 130
    c.setFont("Helvetica-Bold", 11)
    for x, head in ((54, "Time"), (140, "Session"), (400, "Presenter")):
        c.drawString(x, y, head)
    c.setFont("Helvetica", 11)
    for when, what, who in rows:
        y -= 26
        c.drawString(54, y, when)
        c.drawString(140, y, what)
        c.drawString(400, y, who)


@conference14(
    "nasro_name_tag_on_lanyard_photo",
    name="Beatriz L. Okonjo",
    r6="review",
    doc_types=("conference_attendance", "other"),
    note="a name tag shows registration, not attendance: a person decides",
)
def _name_tag(c: Any, w: float, h: float) -> None:
    """A photo of a name tag in its plastic sleeve held up on a lanyard: dark ground, a hand's shadow."""
    c.setFillColor(HexColor("#3b3f46"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.saveState()
    c.translate(w / 2 - 170, h / 2 - 120)
    c.rotate(-3)
    c.setFillColor(HexColor("#e9eef2"))
    c.rect(-8, -8, 356, 256, stroke=0, fill=1)
    c.setFillColor(white)
    c.rect(0, 0, 340, 240, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(170, 212, "NASRO School Safety Conference")
    c.setFont("Helvetica", 11)
    c.drawCentredString(170, 194, "July 2023  -  Indianapolis")
    c.setFont("Helvetica-Bold", 28)
    c.drawCentredString(170, 130, "Beatriz Okonjo")
    c.setFont("Helvetica", 13)
    c.drawCentredString(170, 100, "Fairview Unified School District Police")
    c.restoreState()
    c.setStrokeColor(HexColor("#b3261e"))
    c.setLineWidth(7)
    c.line(w / 2 - 40, h / 2 + 132, w / 2 - 90, h)
    c.line(w / 2 + 40, h / 2 + 128, w / 2 + 80, h)


__all__ = [
    "CONFERENCES_14",
    "LETTERS_14",
    "conference_marks",
    "marks",
    "render_conference",
]
