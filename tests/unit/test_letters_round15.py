"""Letters, round 15 (``tests/novel_letters_15.py``): school-safety posts other than the SRO's, and round
14's leftovers. The faults it found, each on several wordings, with look-alikes that must read as before.

- an SRO term followed by a post whose title says school safety ("School Safety Coordinator", "Director of
  School Safety") held today: the post R2 asks about goes on ("currently employed as an SRO or in school
  safety"), never "the SRO assignment ended" (R2 not met); another post handling school cases is no such
  post; "Campus Safety Officer" and "School Security Officer" are the role, as "School Safety Officer" was;
- a cue of the present in a letter naming no SRO or school-safety post at all (a school district's police
  officer "currently assigned to the day shift") says nothing of one: no employment read;
- a date after a post the sentence names first ("has served as the School Safety Coordinator ... since August
  2, 2021, after five years as a School Resource Officer") starts that post, not the SRO service;
- a past term's years up to a dated end ("for four years, until her promotion on June 30, 2024") give the
  start's span: R1 counts them to that end;
- a memo "FROM:" the officer it is about is self-signed, and a self-signed letter saying only that its
  officer still serves decides no R2 alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import CertificateReading
from extract.document import _letter_facts
from extract.letter import _employment, _flat, read_letter, read_past_service, read_sro_start
from extract.letter_end import EndReading
from tests.unit.test_layout_parsers import page_of
from verify.policy import default_policy
from verify.rules import Letter, person_decides, r1_sro_years, r2_employed
from verify.types import ApplicationFacts

APPLIED = date(2025, 6, 1)


def _app() -> ApplicationFacts:
    return ApplicationFacts(
        applicant_id="A15",
        name="Janelle R. Whitcombe",
        agency="Harlow Valley USD",
        sro_start_date=None,
        currently_employed=None,
        application_date=APPLIED,
    )


# ------------------------------------------------------------------ a school-safety post after an SRO term


@pytest.mark.parametrize(
    "text",
    [
        "Officer Whitcombe served as the School Resource Officer at Harlow Valley High School from "
        "August 15, "
        "2016 to June 30, 2022. On July 1, 2022 she was appointed the district's School Safety "
        "Coordinator, a "
        "position she currently holds.",
        "Deputy Ibarra served as a School Resource Officer from January 4, 2021 until June 30, 2023. Since "
        "July 1, 2023 he has served as our Director of School Safety and continues in that position.",
        "Officer Lee was our SRO from 2014 to 2020, when she was reassigned. She is currently the Campus "
        "Security Manager for the district.",
    ],
)
def test_a_school_safety_post_held_today_goes_on(text: str) -> None:
    assert _employment(_flat(text))[0] == "current"


@pytest.mark.parametrize(
    "text",
    [
        # another post, whatever cases it handles
        "Officer Rourke served as the School Resource Officer from August 19, 2015 to June 30, 2023. She is "
        "currently a detective in the Investigations Division, where she handles school safety referrals.",
        "Officer Okonkwo served as the School Resource Officer from August 22, 2016 to June 30, "
        "2022. On July "
        "1, 2022 he was promoted to Patrol Sergeant, the position he currently holds.",
        # the writer's post, not the officer's
        "Officer Lee served as the SRO from 2014 to 2020, when she was reassigned. As the district's School "
        "Safety Coordinator, I currently oversee the district's SRO program.",
        # the school-safety post named beside a patrol post: which goes on is unclear
        "Officer Lee served as the SRO from 2014 to 2020. She is currently assigned to the Patrol Division "
        "and to the School Safety Coordinator's office.",
    ],
)
def test_another_post_after_an_sro_term_is_not_school_safety(text: str) -> None:
    assert _employment(_flat(text))[0] != "current"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Officer Kowalczyk has been employed as a Campus Safety Officer at Ridgeview High School "
         "since March "
         "2, 2020. She remains in that position.", date(2020, 3, 2)),
        ("Mr. Baptiste has worked as a School Security Officer at Eastlake Junior High School since "
         "September "
         "8, 2020 and is currently serving in that role.", date(2020, 9, 8)),
        ("Officer Tate has served as a School Safety Officer since May 4, 2019.", date(2019, 5, 4)),
        # controls: a coordinator's post is no officer's role for R1's start; nor a campus's fence
        ("Ms. Tate has served as the School Safety Coordinator since May 4, 2019.", None),
        ("The campus security fence was installed on May 4, 2019.", None),
    ],
)  # fmt: skip
def test_school_safety_officers_are_the_role(text: str, start: date | None) -> None:
    assert read_sro_start(text).start == start


def test_r2_met_and_r1_counted_to_the_sro_end_for_a_coordinator_today() -> None:
    letter = Letter(
        document="letter.pdf",
        sro_start_date=date(2016, 8, 15),
        document_date=date(2025, 4, 21),
        names_applicant=True,
        employment="current",
        sro_end_range=(date(2022, 6, 30), date(2022, 6, 30)),
    )
    assert r2_employed(_app(), [letter], default_policy()).verdict == "met"
    assert r1_sro_years(_app(), [letter], default_policy()).verdict == "met"
    short = letter.model_copy(update={"sro_start_date": date(2021, 1, 4)})
    assert r1_sro_years(_app(), [short], default_policy()).verdict == "needs_review"


# ------------------------------------------------------------------ no SRO post named at all


@pytest.mark.parametrize(
    "text",
    [
        "Officer Marchbanks has been a sworn officer of the Sandoval Unified School District Police "
        "Department "
        "since January 13, 2020. She is currently assigned to the district's day shift.",
        "Officer Marchbanks has been employed by the Sandoval Unified School District since January 13, 2020 "
        "and remains with the district's police department at this time.",
    ],
)
def test_a_letter_naming_no_sro_post_says_nothing_of_one(text: str) -> None:
    assert _employment(_flat(text)) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Officer Lundqvist has been employed as a police officer with the Marlowe Independent "
        "School District "
        "Police Department since August 1, 2019. He currently serves as a patrol officer covering the "
        "district's campuses.",
        "Detective Arceneaux has been assigned as the Juvenile Detective for the Corbin Heights "
        "schools since "
        "October 1, 2019, and she continues in that assignment.",
    ],
)
def test_another_post_today_is_no_sro_post_whatever_schools_it_covers(text: str) -> None:
    assert _employment(_flat(text))[0] != "current"


def test_the_present_of_a_post_named_before_still_reads() -> None:
    text = (
        "Officer Lindgren has served as the School Resource Officer since 2019. She remains in that "
        "assignment."
    )
    assert _employment(_flat(text))[0] == "current"


# ------------------------------------------------------------------ a date after a post of its own


def test_a_date_after_another_post_starts_that_post() -> None:
    text = (
        "I, Sergeant Ivy N. Castellano, have served as the School Safety Coordinator for the Tillman County "
        "School District since August 2, 2021, after five years as a School Resource Officer."
    )
    assert read_sro_start(text).range is None
    # controls: a date opening its sentence, the role after it, still starts the role
    assert read_sro_start(
        "Effective October 1, 2019, Officer Herrera has served as the School Resource Officer at Oak High."
    ).start == date(2019, 10, 1)
    assert read_sro_start(
        "Officer Ruiz has served as the School Resource Officer at Oak High School since March 2, 2020."
    ).start == date(2020, 3, 2)


# ------------------------------------------------------------------ a past term's years to a dated end


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officer Odegaard served as the School Resource Officer at Wrenfield High School for four years, "
         "until her promotion on June 30, 2024.", (date(2019, 7, 1), date(2020, 6, 30))),
        ("Officer Lindahl served as the School Resource Officer for nearly three years, until his promotion "
         "on August 1, 2024.", (date(2021, 8, 2), date(2022, 8, 1))),
        ("Deputy Nakashima served as a School Resource Deputy for five years, ending with her retirement on "
         "December 31, 2024.", (date(2019, 1, 1), date(2019, 12, 31))),
        ("He was our SRO for 6 years before his transfer to Patrol on 03/01/2023.",
         (date(2016, 3, 2), date(2017, 3, 1))),
        # controls: a present perfect, an open "over", an end without its day, another post's years
        ("Officer Quist has served as the School Resource Officer for four years, until his retirement on "
         "June 30, 2026.", None),
        ("Officer Odegaard served as the SRO for over four years, until her promotion on June 30, "
         "2024.", None),
        ("Officer Odegaard served as the SRO for four years, until her promotion in June 2024.", None),
        ("Officer Odegaard served in the Patrol Division for four years, until her promotion on June 30, "
         "2024.", None),
    ],
)  # fmt: skip
def test_past_years_to_a_dated_end(text: str, span: tuple[date, date] | None) -> None:
    found = read_past_service(text)
    assert (found[0] if found else None) == span


@pytest.mark.parametrize(
    ("span", "end", "verdict"),
    [
        ((date(2019, 7, 1), date(2020, 6, 30)), date(2024, 6, 30), "met"),  # four years
        ((date(2022, 1, 7), date(2023, 1, 6)), date(2025, 1, 6), "not_met"),  # two years
        ((date(2021, 8, 2), date(2022, 8, 1)), date(2024, 8, 1), "not_met"),  # nearly three
    ],
)
def test_r1_counts_past_years_to_their_end(span: tuple[date, date], end: date, verdict: str) -> None:
    letter = Letter(
        document="letter.pdf",
        sro_start_date=None,
        document_date=date(2025, 2, 24),
        names_applicant=True,
        sro_start_range=span,
        employment="ended",
        sro_end_range=(end, end),
    )
    assert r1_sro_years(_app(), [letter], default_policy()).verdict == verdict


# ------------------------------------------------------------------ the officer's own


def _lines(rows: list[str]):  # type: ignore[no-untyped-def]
    return page_of([(text, 60, 100 + 20 * k, 11) for k, text in enumerate(rows)])


def test_a_memo_from_the_officer_is_self_signed() -> None:
    rows = [
        "MEMORANDUM",
        "DATE: May 9, 2025",
        "TO: NASRO Practitioner Committee",
        "FROM: Officer Quentin D. Harrow, School Resource Officer",
        "Officer Quentin D. Harrow has served as the School Resource Officer at Osgood High School",
        "since August 17, 2020 and remains in that assignment.",
    ]
    got = read_letter(_lines(rows))
    assert got.participant is None and got.self_signed == "Quentin D. Harrow"
    # control: a memo from the chief about an officer names the officer
    rows[3] = "FROM: Chief Nora B. Harrow, Chief of Police"
    other = read_letter(_lines(rows))
    assert other.participant is not None and other.participant.text == "Quentin D. Harrow"
    assert other.self_signed is None


def test_a_self_signed_letter_of_the_present_only_decides_no_r2() -> None:
    rows = [
        "April 8, 2025",
        "I, Sergeant Ivy N. Castellano, have served as the School Safety Coordinator for the Tillman County",
        "School District since August 2, 2021. I continue in that position.",
        "Sincerely,",
        "Sergeant Ivy N. Castellano",
        "School Safety Coordinator",
    ]
    letter = read_letter(_lines(rows))
    assert letter.self_signed == "Ivy N. Castellano" and letter.employment == "current"
    reading = CertificateReading(
        item=None, participant_name=None, issuer=None, certificate_number=None, issue_date=date(2025, 4, 8),
        dates=(),
    )  # fmt: skip
    facts = _letter_facts(letter, reading, EndReading(range=None, text=None))
    x = Letter(
        document="letter.pdf",
        sro_start_date=None,
        document_date=date(2025, 4, 8),
        names_applicant=True,
        sro_start_notes=facts["sro_start_notes"],
        employment=facts["employment"],
    )
    assert person_decides(x) is not None
    assert r2_employed(_app(), [x], default_policy()).verdict == "needs_review"


# ------------------------------------------------------------------ "was our SRO" is a letter's wording


def test_was_our_sro_is_a_letters_service_term() -> None:
    from classify.doctype import SERVICE_TERMS, found

    text = "sergeant santoro was our school resource officer for five years before his promotion"
    assert "was our" in found(SERVICE_TERMS, text)
    assert "was our" not in found(SERVICE_TERMS, "this certifies that the course was completed on our campus")


@pytest.mark.parametrize(
    "text",
    [
        "Sergeant Santoro was our School Resource Officer for five years before his promotion to Patrol "
        "Sergeant. He now supervises the evening patrol shift.",
        "Officer Vasquez served as a School Resource Officer for two years, until his transfer to "
        "the Traffic "
        "Unit on January 6, 2025.",
    ],
)
def test_leaving_for_another_post_ends_the_sro_term(text: str) -> None:
    assert _employment(_flat(text))[0] == "ended"
