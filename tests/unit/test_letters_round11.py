"""Letters and conference evidence, round 11 (``tests/novel_letters_11.py``): the faults it found, each on
several wordings, with controls that must read as before.

- a letter its officer signs (the signer's name is the officer's) says so in R1's and R2's reason; a chief
  sharing the officer's surname is no self-verification;
- a part-time or relief SRO post leaves R1 and R2 to a person, with the words that name it;
- "continues in that role in addition to her patrol duties" is no reassignment;
- back-to-back SRO rows (one ending the day before, or the day, the next begins) are one service;
- a conference's registration, receipt or invoice: R6 not met, its reason saying registration/payment is
  not proof of attendance, until a person accepts the line; a certificate of attendance is not one;
- a track under a conference's name, or before it ("the Legal Issues Track of the"), is no part of its title;
- a record of sessions at NASRO's conference holds NASRO's conference line (R6 waits for a person).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from classify.completion import conference_registration_reason
from classify.types import NOT_ATTENDANCE
from extract.certificate import find_course_title
from extract.letter import _employment, _flat, part_post, read_letter, read_sro_start, self_signed_name
from extract.types import PART_POST_NOTE, SELF_SIGNED_NOTE
from tests.unit.test_prose_title import lines_of
from verify.ledger import build_ledger
from verify.lines import line_key
from verify.policy import default_policy
from verify.types import ApplicationFacts, DocumentFacts, EvidenceItem, ReviewDecision

APPLIED = date(2025, 6, 1)
NAME = "Darnell K. Pruitt"


def _app() -> ApplicationFacts:
    return ApplicationFacts(
        applicant_id="T011",
        name=NAME,
        agency="Millbrook Police Department",
        sro_start_date=None,
        currently_employed=None,
        application_date=APPLIED,
    )


# ------------------------------------------------------------------ who signs


SELF_SIGNED = [
    "April 18, 2025",
    "To the NASRO Practitioner Committee:",
    "I, Officer Darnell K. Pruitt, have served as the School Resource Officer at Millbrook High School",
    "since August 15, 2018, and I currently remain in that assignment.",
    "Sincerely,",
    "Officer Darnell K. Pruitt",
    "School Resource Officer",
]


@pytest.mark.parametrize(
    ("prose", "signer", "officer"),
    [
        (SELF_SIGNED[2], "Officer Darnell K. Pruitt", "Darnell K. Pruitt"),
        (
            "My name is Deputy Tamsin R. Doyle. I have been the School Resource Deputy at Wexford High",
            "Deputy Tamsin Doyle",
            "Tamsin R. Doyle",
        ),
        (
            "Deputy Yolanda S. Petrakis has been assigned as the School Resource Deputy at Ashford Middle",
            "Yolanda S. Petrakis",
            "Yolanda S. Petrakis",
        ),
    ],
)
def test_a_letter_signed_by_its_officer_is_a_self_verification(prose: str, signer: str, officer: str) -> None:
    lines = lines_of(
        ["April 18, 2025", prose, "since August 15, 2018.", "Sincerely,", signer, "School Resource Officer"]
    )
    reading = read_letter(lines)
    assert reading.participant is None
    assert reading.self_signed == officer


@pytest.mark.parametrize(
    ("prose", "signer"),
    [
        # the chief shares the officer's surname, not the given name
        ("Officer Megan C. Hale has served as the School Resource Officer at Oak Bluff Middle School",
         "Chief Robert D. Hale"),
        # the signer names another officer too
        ("I, Lt. Frank Duarte, supervise Officer Lena Ortiz, our School Resource Officer at Oak High School",
         "Lt. Frank Duarte"),
    ],
)  # fmt: skip
def test_no_self_verification_when_the_names_differ(prose: str, signer: str) -> None:
    lines = lines_of([prose, "since August 16, 2017.", "Sincerely,", signer, "Chief of Police"])
    assert self_signed_name(lines) is None


def _letter_doc(notes: tuple[str, ...], participant: str | None) -> DocumentFacts:
    return DocumentFacts(
        file="letter.pdf",
        doc_type="employment_letter",
        participant_name=participant,
        issuer="Millbrook Police Department",
        sro_start_date=date(2018, 8, 15),
        sro_start_range=(date(2018, 8, 15), date(2018, 8, 15)),
        sro_start_notes=notes,
        document_date=date(2025, 4, 18),
        employment="current",
    )


@pytest.mark.parametrize(
    ("note", "participant"),
    [
        (f"{SELF_SIGNED_NOTE} ({NAME}): a self-verification", None),
        (f"{PART_POST_NOTE} ('relief SRO'): a person's call", NAME),
    ],
)
def test_r1_and_r2_name_why_a_person_reads_the_letter(note: str, participant: str | None) -> None:
    ledger = build_ledger(_app(), [_letter_doc((note,), participant)], [], default_policy())
    for key in ("sro_3_years", "employed"):
        assert ledger.requirements[key].verdict == "needs_review"
        assert note in ledger.requirements[key].reason


def test_the_same_letter_without_the_note_meets_r1_and_r2() -> None:
    ledger = build_ledger(_app(), [_letter_doc((), NAME)], [], default_policy())
    assert [ledger.requirements[k].verdict for k in ("sro_3_years", "employed")] == ["met", "met"]


# ------------------------------------------------------------------ part-time, relief, in addition


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Officer Oyelowo has served as a part-time School Resource Officer at Hadley Elementary since 2020.",
         "part-time School Resource Officer"),
        ("Officer Albrecht has been the relief SRO for the district since October 5, 2019.", "relief SRO"),
        ("Deputy Ames serves as the backup School Resource Deputy at Lee High School.",
         "backup School Resource Deputy"),
        ("Officer Reyes has been a School Resource Officer at Oak High School since 2019.", None),
        ("The relief officer covers patrol while our School Resource Officer attends training.", None),
    ],
)  # fmt: skip
def test_a_part_time_or_relief_post(text: str, words: str | None) -> None:
    assert part_post(_flat(text)) == words


@pytest.mark.parametrize(
    ("text", "employment"),
    [
        ("Officer Gwen T. Albrecht has been the SRO at Stanton High since 2019. She currently continues in "
         "that role in addition to her patrol duties.", "current"),
        ("Officer Gwen T. Albrecht was the SRO at Stanton High from 2019. She is currently assigned to the "
         "Patrol Division.", "ended"),
    ],
)  # fmt: skip
def test_a_post_held_in_addition_keeps_the_sro_one(text: str, employment: str) -> None:
    assert _employment(_flat(text))[0] == employment


# ------------------------------------------------------------------ back-to-back rows


@pytest.mark.parametrize(
    ("second_from", "one_service"),
    [
        ("08/01/2020", True),  # the day after the first row's end
        ("07/31/2020", True),  # the same day
        ("08/02/2020", False),  # a day's gap: two terms, a person decides
        ("09/14/2020", False),
    ],
)
def test_back_to_back_sro_rows_are_one_service(second_from: str, one_service: bool) -> None:
    text = (
        "Position From To\n"
        "Patrol Officer 02/10/2014 08/13/2017\n"
        "School Resource Officer - Hollister MS 08/14/2017 07/31/2020\n"
        f"School Resource Officer - Hollister MS {second_from} Present"
    )
    reading = read_sro_start(text)
    if one_service:
        assert reading.start == date(2017, 8, 14)
        assert reading.several == ()
    else:
        assert reading.start is None
        assert len(reading.several) == 2


def test_three_rows_back_to_back_start_with_the_first() -> None:
    text = (
        "School Resource Officer - Lee ES 08/15/2016 06/30/2018\n"
        "School Resource Officer - Lee MS 07/01/2018 06/30/2021\n"
        "School Resource Officer - Lee HS 07/01/2021 Present"
    )
    assert read_sro_start(text).start == date(2016, 8, 15)


# ------------------------------------------------------------------ a conference's registration


@pytest.mark.parametrize(
    "text",
    [
        "INVOICE Invoice #: INV-2025-11842 National Association of School Resource Officers "
        "2025 National School Safety Conference - Full Registration $695.00 PAID IN FULL",
        "PAYMENT RECEIPT Receipt No.: R-2024-30917 Event: 2024 National School Safety Conference "
        "Amount Paid: $595.00",
        "Dear Marisa J. Holloway, thank you for registering for the 2025 NASRO National School Safety "
        "Conference.",
    ],
)
def test_a_conference_registration_is_no_attendance(text: str) -> None:
    reason = conference_registration_reason(text)
    assert reason is not None and reason.endswith(NOT_ATTENDANCE)


@pytest.mark.parametrize(
    "text",
    [
        # attended: a certificate, whatever registration number it prints
        "Certificate of Attendance This certifies that Ana Ruiz attended the 2024 NASRO School Safety "
        "Conference. Registration ID: 4471",
        # a course's receipt: no conference
        "PAYMENT RECEIPT Course: Basic SRO Course Amount Paid: $450.00",
    ],
)
def test_not_a_conference_registration(text: str) -> None:
    assert conference_registration_reason(text) is None


def _conference_line(reason: str) -> EvidenceItem:
    return EvidenceItem(
        document="receipt.pdf",
        doc_type="conference_attendance",
        participant_name=NAME,
        issuer="National Association of School Resource Officers",
        page=1,
        course_title="2024 NASRO School Safety Conference",
        catalog_id="nasro-conference",
        category="conference",
        start_date=date(2024, 7, 14),
        end_date=date(2024, 7, 19),
        hours=None,
        status="review",
        confidence=0.5,
        review_reasons=(reason,),
    )


def _r6(item: EvidenceItem, decisions: list[ReviewDecision]) -> tuple[str, str]:
    doc = DocumentFacts(
        file=item.document,
        doc_type=item.doc_type,
        participant_name=NAME,
        issuer=item.issuer,
        items=(item,),
    )
    r6 = build_ledger(_app(), [doc], decisions, default_policy()).requirements["conference"]
    return r6.verdict, r6.reason


def test_r6_not_met_on_a_registration_with_its_reason() -> None:
    reason = (
        f"the page is a registration, receipt or invoice for the conference ('INVOICE'): {NOT_ATTENDANCE}"
    )
    verdict, why = _r6(_conference_line(reason), [])
    assert verdict == "not_met"
    assert NOT_ATTENDANCE in why and "receipt.pdf" in why


def test_r6_met_once_a_person_confirms_the_line() -> None:
    item = _conference_line(f"the page is a registration ('Registration Confirmation'): {NOT_ATTENDANCE}")
    accept = ReviewDecision(
        line_key=line_key(item), action="confirm", reviewer="rev@example.org", at=datetime(2025, 6, 2, 9)
    )
    assert _r6(item, [accept])[0] == "met"


def test_r6_waits_on_any_other_review_line() -> None:
    """Another reason (a badge): R6 waits for the person as before."""
    verdict, _ = _r6(_conference_line("a conference badge shows registration for the event"), [])
    assert verdict == "needs_review"


# ------------------------------------------------------------------ a conference's track


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Certificate of Attendance",
            "presented to",
            "Rafael D. Okonkwo",
            "for attending the",
            "2024 National School Safety Conference",
            "Track: School Safety Leadership and Threat Assessment",
        ],
        [
            "Certificate of Participation",
            "This certifies that",
            "Leona F. Barrett",
            "participated in the Legal Issues Track of the",
            "2024 National School Safety Conference",
            "July 9-14, 2024",
        ],
    ],
)
def test_a_track_is_no_part_of_the_conference_title(texts: list[str]) -> None:
    found = find_course_title(lines_of(texts))
    assert found is not None
    assert found[0] == "2024 National School Safety Conference"


def test_an_officer_sharing_the_signers_surname_is_the_letters_person() -> None:
    lines = lines_of(
        [
            "Officer Megan C. Hale has served as the School Resource Officer at Oak Bluff Middle School",
            "since August 16, 2017, and she is currently assigned there.",
            "Sincerely,",
            "Chief Robert D. Hale",
            "Chief of Police",
        ]
    )
    participant = read_letter(lines).participant
    assert participant is not None and participant.text == "Megan C. Hale"


def test_the_signer_named_in_prose_with_an_initial_is_still_the_signer() -> None:
    lines = lines_of(
        [
            "I, Lt. F. Duarte, write for Officer Lena Ortiz, School Resource Officer at Oak High School",
            "since August 16, 2017.",
            "Sincerely,",
            "Lt. F. Duarte",
            "School Resource Unit Commander",
        ]
    )
    participant = read_letter(lines).participant
    assert participant is not None and participant.text == "Lena Ortiz"
