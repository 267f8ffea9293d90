"""The eighth unseen round's fixes (bench/unseen_applicants_8.py): a yearly course named by its school,
academic or fiscal year ("(2021-22 School Year)", "FY 2022-23") is one course; a letter stating two terms
as SRO decides R1 only where the present term alone or the first start does, never the application's
start over the letter's break."""

from __future__ import annotations

from datetime import date

import pytest

from certledger.ledgers import document_facts_from_contract
from extract.letter import _employment, read_sro_start
from tests.unit.test_rules import build, line, make_item, r5_items
from verify.lines import repeat_title, said_to_recur
from verify.policy import default_policy
from verify.rules import Letter, r1_sro_years
from verify.types import ApplicationFacts

# ------------------------------------------------------------------------------------ school years


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("School Safety In-Service (2021-22 School Year)", "School Safety In-Service (2023-24 School Year)"),
        ("School Safety In-Service 2021-2022", "School Safety In-Service 2022/23"),
        ("SRO In-Service FY 2022-23", "SRO In-Service FY2024"),
        ("SY 2021-22 Legal Update", "Legal Update SY 2023-24"),
        ("Legal Update - Academic Year 2020-21", "Legal Update 2022"),
        ("Juvenile Law Update 2019\u201320", "Juvenile Law Update 2021-22"),
    ],
)
def test_a_yearly_course_named_by_its_school_year_is_one_course(a: str, b: str) -> None:
    assert repeat_title(a) == repeat_title(b)
    assert said_to_recur(a) and said_to_recur(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Report 2021-12 School Safety", "Report 2022-12 School Safety"),  # no school year: not two years
        ("Part 1 of 2", "Part 2 of 2"),
        ("School Year Planning Workshop", "Workshop"),  # no year beside it: the words stay
    ],
)
def test_other_numbers_and_words_still_tell_courses_apart(a: str, b: str) -> None:
    assert repeat_title(a) != repeat_title(b)


def test_a_school_year_in_service_repeated_is_credited_once() -> None:
    titles = [
        (f"School Safety In-Service ({y}-{y - 1999} School Year)", date(y, 8, 16)) for y in (2021, 2022, 2023)
    ]
    yearly = [make_item(t, d, 8.0) for t, d in titles]
    ledger = build([*r5_items(120.0), *yearly])
    credits = [line(ledger, i).credited_hours for i in yearly]
    assert credits == [0.0, 0.0, 8.0]
    assert ledger.additional_hours_credited == 128.0


# ------------------------------------------------------------------------------------ two terms

TWO_TERMS = (
    "Officer Whitfield was assigned as the School Resource Officer at Harbor View Middle School from August "
    "2012 until June 2015, when he was promoted to the Detective Bureau. He returned to the School Resource "
    "Officer assignment in August 2020 and continues to serve in that position today."
)


def test_a_letter_with_two_terms_keeps_each_start() -> None:
    reading = read_sro_start(TWO_TERMS)
    assert reading.range is None
    assert reading.several == ((date(2012, 8, 1), date(2012, 8, 31)), (date(2020, 8, 1), date(2020, 8, 31)))


def _r1(
    terms: tuple[tuple[date, date], ...],
    stated: date | None = None,
    employment: str | None = "current",
    end: tuple[date, date] | None = None,
) -> tuple[str, str]:
    """R1's verdict and reason for an application dated 2025-06-02 (stating ``stated``, or no start) with a
    letter naming the applicant that states the SRO starts ``terms``, the end ``end``, and ``employment``."""
    letter_ = Letter(
        document="letter.pdf",
        sro_start_date=None,
        document_date=date(2025, 4, 14),
        names_applicant=True,
        sro_start_notes=("the letter states several SRO start dates (...): a person decides",),
        sro_start_ranges=terms,
        sro_end_range=end,
        employment=employment,  # type: ignore[arg-type]
    )
    app = ApplicationFacts(
        applicant_id="S02",
        name="Danielle R. Okafor",
        agency="Pinecrest PD",
        sro_start_date=stated,
        currently_employed=True if stated else None,
        application_date=date(2025, 6, 2),
    )
    result = r1_sro_years(app, [letter_], default_policy())
    return result.verdict, result.reason


def _day(d: date) -> tuple[date, date]:
    return (d, d)


AUG_2012, AUG_2020 = (date(2012, 8, 1), date(2012, 8, 31)), (date(2020, 8, 1), date(2020, 8, 31))


def test_the_present_term_alone_long_enough_meets_r1() -> None:
    verdict, reason = _r1((AUG_2012, AUG_2020))
    assert verdict == "met" and "present term alone" in reason
    assert _r1((AUG_2012, AUG_2020), stated=date(2012, 8, 6))[0] == "met"


def test_two_short_terms_are_a_persons_even_when_the_application_states_the_first_start() -> None:
    terms = (_day(date(2014, 8, 18)), _day(date(2023, 1, 9)))
    verdict, reason = _r1(terms, stated=date(2014, 8, 18))
    assert verdict == "needs_review"
    assert "2014-08-18 (application)" in reason and "add up" in reason
    assert _r1(terms)[0] == "needs_review"


def test_a_present_term_long_enough_needs_a_letter_saying_it_goes_on() -> None:
    assert _r1((AUG_2012, AUG_2020), employment=None)[0] == "needs_review"


def test_terms_all_too_recent_are_not_met() -> None:
    terms = (_day(date(2023, 1, 9)), _day(date(2024, 8, 12)))
    assert _r1(terms)[0] == "not_met"
    # The application saying three years against a letter saying under three: a person reads both.
    assert _r1(terms, stated=date(2019, 8, 1))[0] == "needs_review"


def test_an_application_under_three_years_against_earlier_terms_is_a_persons() -> None:
    terms = (_day(date(2014, 8, 18)), _day(date(2023, 1, 9)))
    assert _r1(terms, stated=date(2023, 1, 9))[0] == "needs_review"


def test_the_terms_survive_the_document_json() -> None:
    ex = {
        "doc_type": "employment_letter",
        "participant_name": "Danielle R. Okafor",
        "issuer": "City of Pinecrest",
        "items": [],
        "sro_start_ranges": [["2014-08-18", "2014-08-18"], ["2023-01-09", "2023-01-09"]],
    }
    facts = document_facts_from_contract("01-letter.pdf", ex)
    assert facts.sro_start_ranges == (_day(date(2014, 8, 18)), _day(date(2023, 1, 9)))
    old = document_facts_from_contract(
        "01-letter.pdf", {k: v for k, v in ex.items() if k != "sro_start_ranges"}
    )
    assert old.sro_start_ranges == ()


@pytest.mark.parametrize(
    "text",
    [
        "Officer Okafor served as the School Resource Officer from August 18, 2014 through June 10, 2016, "
        "when she was reassigned to the Patrol Division. On January 9, 2023 she was again assigned as a "
        "School Resource Officer, at Pinecrest Middle School, and she currently serves in that position.",
        "Officer Okafor was the SRO until June 2016, when she was reassigned to patrol. She was re-appointed "
        "School Resource Officer in 2023 and currently serves in that role.",
    ],
)
def test_a_second_term_worded_as_again_assigned_is_current(text: str) -> None:
    assert _employment(text)[0] == "current"


def test_an_again_assigned_other_post_after_the_present_is_no_return() -> None:
    text = (
        "Officer Okafor was the SRO at Pinecrest High School until June 2016. She was again assigned to the "
        "Patrol Division in 2023 and currently serves there."
    )
    assert _employment(text)[0] != "current"


@pytest.mark.parametrize(
    "text",
    [
        "She was reassigned back to the school resource officer post in July 2021 and currently serves.",
        "She was re-appointed School Resource Officer in July 2021.",
        "She was reinstated as the School Resource Officer at Coastal Bend High School in July 2021.",
    ],
)
def test_a_return_to_the_post_dates_a_start(text: str) -> None:
    assert read_sro_start(text).range == (date(2021, 7, 1), date(2021, 7, 31))


@pytest.mark.parametrize(
    "text",
    [
        "He was reassigned to the Patrol Division in July 2021.",
        "After four years as an SRO, he was reassigned to the Patrol Division on July 1, 2023.",
        "She was re-assigned to Investigations in July 2021, leaving the School Resource Officer post.",
    ],
)
def test_a_move_to_another_post_dates_no_start(text: str) -> None:
    assert read_sro_start(text).range is None


def test_two_terms_adding_up_to_under_three_years_are_not_met() -> None:
    # Round 7's Y05: August 2018 - June 2019, back since January 2024: 2 years 3 months at most.
    terms = ((date(2018, 8, 1), date(2018, 8, 31)), (date(2024, 1, 1), date(2024, 1, 31)))
    june_2019 = (date(2019, 6, 1), date(2019, 6, 30))
    assert _r1(terms, end=june_2019)[0] == "not_met"
    # The application saying three years against it: a person reads both.
    assert _r1(terms, stated=date(2018, 8, 1), end=june_2019)[0] == "needs_review"
    # Two terms long enough together (the first to June 2022): added, met (round 14 of the letters).
    assert _r1(terms, end=(date(2022, 6, 1), date(2022, 6, 30)))[0] == "met"
