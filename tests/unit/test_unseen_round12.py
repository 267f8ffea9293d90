"""The twelfth unseen round (bench/unseen_applicants_12.py): a certificate and a record of one course and
dates stating other hours go to a person (the first upload's hours were credited unseen); an application's
start over three years that the applicant's own letter puts under them goes to a person (the application
alone decided); a state association's conference naming NASRO as its affiliation is not NASRO's; a
curriculum named after a dash ("... - NASRO Curriculum") is no part of the course's name."""

from __future__ import annotations

from datetime import date

import pytest

from classify.catalog import load_catalog
from classify.match import match_course
from tests.unit.test_rules import advanced, basic, build, conference, letter, line, make_item, r5_items

# ------------------------------------------------------------------------------- hours that disagree


def _cit_y(document: str, hours: float) -> object:
    item = make_item("Crisis Intervention Teams for Youth", date(2019, 10, 25), hours, category="juvenile")
    return item.model_copy(update={"start_date": date(2019, 10, 21), "document": document})


def test_a_certificate_and_a_record_stating_other_hours_go_to_a_person() -> None:
    # CIT-Y on its certificate (40 h) and as the record's row of the same dates (32 h): the copy was a
    # silent duplicate and the certificate's 40 made 160 (wrongly eligible).
    cert, row = _cit_y("04-cit-y.pdf", 40.0), _cit_y("05-record.pdf", 32.0)
    ledger = build([basic(), advanced(), conference(), cert, row, *r5_items(120.0)])  # type: ignore[list-item]
    kept = line(ledger, cert)  # type: ignore[arg-type]
    assert (kept.credited_hours, kept.rule, kept.status) == (0.0, "needs_review", "review")
    assert "05-record.pdf (page 1) states 32 h" in kept.reason
    assert line(ledger, row).rule == "duplicate"  # type: ignore[arg-type]
    assert ledger.additional_hours_credited == 120.0
    assert ledger.requirements["additional_160"].verdict == "needs_review"
    assert not ledger.eligible


def test_the_same_hours_twice_stay_one_settled_credit() -> None:
    cert, row = _cit_y("04-cit-y.pdf", 40.0), _cit_y("05-record.pdf", 40.0)
    ledger = build([basic(), advanced(), conference(), cert, row, *r5_items(120.0)])  # type: ignore[list-item]
    assert (line(ledger, cert).credited_hours, line(ledger, cert).rule) == (40.0, "credited")  # type: ignore[arg-type]
    assert ledger.requirements["additional_160"].verdict == "met"


def test_the_hours_that_could_not_reach_160_leave_r5_not_met() -> None:
    cert, row = _cit_y("04-cit-y.pdf", 40.0), _cit_y("05-record.pdf", 32.0)
    ledger = build([basic(), advanced(), conference(), cert, row, *r5_items(80.0)])  # type: ignore[list-item]
    assert ledger.requirements["additional_160"].verdict == "not_met"


# ------------------------------------------------------------------------------- the application's start


def _r1(app_start: date, letter_start: date | None, employment: str | None = "current") -> str:
    extra = [letter(letter_start, date(2025, 4, 30), employment=employment)]  # type: ignore[arg-type]
    ledger = build(
        [basic(), advanced(), conference(), *r5_items()],
        extra=extra,
        sro_start_date=app_start,
        application_date=date(2025, 6, 2),
    )
    return ledger.requirements["sro_3_years"].verdict


def test_a_letter_putting_the_start_under_three_years_sends_r1_to_a_person() -> None:
    # The application says 2022-05-02 (three years and a month), the chief's letter "effective July 11,
    # 2022" (two years and eleven months): R1 was met from the application alone.
    assert _r1(date(2022, 5, 2), date(2022, 7, 11)) == "needs_review"


@pytest.mark.parametrize(
    ("app_start", "letter_start", "verdict"),
    [
        (date(2022, 5, 2), date(2021, 8, 16), "met"),  # the letter says earlier still: met
        (date(2022, 5, 2), None, "met"),  # the letter states no start
        (date(2022, 8, 1), date(2022, 7, 11), "not_met"),  # both under: the application's verdict
        (date(2016, 8, 1), date(2016, 8, 1), "met"),
    ],
)
def test_what_the_application_still_decides(app_start: date, letter_start: date | None, verdict: str) -> None:
    assert _r1(app_start, letter_start) == verdict


def test_a_letter_saying_the_assignment_ended_is_no_later_start() -> None:
    assert _r1(date(2022, 5, 2), date(2022, 7, 11), employment="ended") == "met"


# ------------------------------------------------------------------------------- affiliates, curricula


@pytest.mark.parametrize(
    ("title", "context"),
    [
        ("TASRO Annual School Safety Conference (NASRO State Affiliate)",
         "TEXAS ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
        ("Annual School Safety Conference", "Ohio School Resource Officers Association, a state affiliate of "
         "the National Association of School Resource Officers"),
        ("NASRO Chapter Annual School Safety Conference", "Keystone State SRO Association"),
    ],
)  # fmt: skip
def test_a_state_affiliate_s_conference_is_not_nasro_s(title: str, context: str) -> None:
    m = match_course(title, context, load_catalog())
    assert m.catalog_id != "nasro-conference"


def test_nasro_s_basic_presented_by_an_affiliate_is_still_nasro_s() -> None:
    # Round 5's affiliate certificate: the course named as NASRO's own, the affiliate on the letterhead.
    context = (
        "Georgia Association of School Resource Officers\nA State Affiliate of the National "
        "Association of School Resource Officers"
    )
    m = match_course("NASRO Basic School Resource Officer Course", context, load_catalog())
    assert m.catalog_id == "nasro-basic"


def test_nasro_s_conference_still_matches() -> None:
    m = match_course("National School Safety Conference", "National Association of School Resource Officers",
                     load_catalog())  # fmt: skip
    assert m.catalog_id == "nasro-conference"


@pytest.mark.parametrize("context", ["OHIO PEACE OFFICER TRAINING ACADEMY", ""])
def test_a_curriculum_after_a_dash_is_no_part_of_the_name(context: str) -> None:
    # "... - NASRO Curriculum" scored 82 against NASRO's Basic ("perhaps misread": a person) where the
    # parenthesised curriculum was read as a basic course of another provider.
    m = match_course("Basic School Resource Officer Course - NASRO Curriculum", context, load_catalog())
    assert m.course is None
    assert m.candidate is not None and m.candidate.id == "nasro-basic"
    assert m.category == "basic"
    assert "misread" not in m.reason


def test_the_dash_curriculum_on_nasro_s_own_page_is_nasro_s() -> None:
    m = match_course("Basic School Resource Officer Course - NASRO Curriculum",
                     "National Association of School Resource Officers", load_catalog())  # fmt: skip
    assert m.catalog_id == "nasro-basic"
