"""The tenth unseen round (bench/unseen_applicants_10.py): a title naming the curriculum it follows ("Basic
SRO Course (NASRO Model Curriculum)") names no provider; the course used for R3/R4 stating fewer hours than
the course's (NASRO's Advanced for 16 h) goes to a person unless its parts add up; two letters disagreeing
about the SRO start across the three years go to a person; and the rules' edges the round drew, pinned on
the pure functions (the window read from the application date, not today)."""

from __future__ import annotations

from datetime import date

import pytest

from classify.catalog import load_catalog
from classify.match import match_course
from tests.unit.test_rules import advanced, basic, build, conference, letter, line, make_item, r5_items

ACADEMY = "Lone Star Regional Police Academy"


@pytest.mark.parametrize(
    ("title", "context"),
    [
        ("Basic School Resource Officer Course (NASRO Model Curriculum)", ACADEMY),
        ("Basic School Resource Officer Course - NASRO Curriculum", ACADEMY),
        ("Basic School Resource Officer Course", f"{ACADEMY}\nTaught using the NASRO approved curriculum."),
    ],
)
def test_a_curriculum_named_is_not_its_provider(title: str, context: str) -> None:
    m = match_course(title, f"{context}\n{title}", load_catalog())
    assert m.course is None  # another provider's basic SRO course: R3 only before 2023, else R5
    assert m.provider_agrees is not True


@pytest.mark.parametrize(
    "context",
    ["National Association of School Resource Officers", "NASRO\nBasic School Resource Officer Course"],
)
def test_nasro_s_own_course_still_matches(context: str) -> None:
    m = match_course("Basic School Resource Officer Course", context, load_catalog())
    assert m.course is not None and m.course.id == "nasro-basic"


def _with_nominal(item: object, hours: float, nominal: float) -> object:
    return item.model_copy(update={"hours": hours, "proposed_hours": nominal})  # type: ignore[attr-defined]


def test_nasro_advanced_for_16_hours_goes_to_a_person() -> None:
    short = _with_nominal(advanced(date(2020, 2, 25)), 16.0, 24.0)
    ledger = build([basic(), short, conference(), *r5_items()])  # type: ignore[list-item]
    r4 = ledger.requirements["advanced"]
    assert r4.verdict == "needs_review"
    assert "16 h of the 24-hour course" in r4.reason
    assert not ledger.eligible


def test_the_advanced_in_two_parts_adding_up_is_met() -> None:
    part1 = _with_nominal(advanced(date(2020, 2, 12)), 16.0, 24.0)
    part2 = _with_nominal(advanced(date(2020, 3, 11)), 8.0, 24.0)
    ledger = build([basic(), part1, part2, conference(), *r5_items()])  # type: ignore[list-item]
    assert ledger.requirements["advanced"].verdict == "met"


def test_the_full_course_and_a_short_basic() -> None:
    full = _with_nominal(advanced(), 24.0, 24.0)
    short_basic = _with_nominal(basic(), 32.0, 40.0)
    ledger = build([short_basic, full, conference(), *r5_items()])  # type: ignore[list-item]
    assert ledger.requirements["advanced"].verdict == "met"
    assert ledger.requirements["basic"].verdict == "needs_review"


def _letters_app(first: date, second: date) -> str:
    letters = [letter(first, date(2025, 3, 10)), letter(second, date(2025, 4, 1))]
    ledger = build(
        [basic(), advanced(), conference(), *r5_items()],
        extra=letters,
        sro_start_date=None,
        currently_employed=None,
        application_date=date(2025, 6, 2),
    )
    return ledger.requirements["sro_3_years"].verdict


def test_two_letters_disagreeing_across_three_years_go_to_a_person() -> None:
    assert _letters_app(date(2021, 8, 16), date(2022, 8, 15)) == "needs_review"
    assert _letters_app(date(2022, 8, 15), date(2021, 8, 16)) == "needs_review"


def test_two_letters_disagreeing_on_the_same_side_settle_it() -> None:
    assert _letters_app(date(2018, 1, 8), date(2019, 8, 12)) == "met"
    assert _letters_app(date(2023, 1, 9), date(2023, 8, 14)) == "not_met"


def test_the_window_is_read_from_the_application_date() -> None:
    # An application dated 2019-04-15: the window opens 2009-04-15 (inside), whatever today is.
    first_day = make_item("Juvenile Justice Procedures", date(2009, 4, 15), 24.0, category="juvenile")
    day_before = make_item("Juvenile Court Liaison", date(2009, 4, 14), 16.0, category="juvenile")
    items = [basic(date(2010, 3, 12)), advanced(date(2012, 6, 13)), conference(date(2013, 7, 17))]
    ledger = build(
        [*items, first_day, day_before, *r5_items(120.0, date(2016, 3, 1))],
        application_date=date(2019, 4, 15),
        sro_start_date=date(2008, 8, 4),
    )
    assert (line(ledger, first_day).credited_hours, line(ledger, first_day).rule) == (24.0, "credited")
    assert line(ledger, day_before).rule == "older_than_window"
    assert ledger.additional_hours_credited == 144.0


def test_a_record_printing_only_the_completion_day_repeats_the_certificate() -> None:
    # CIT-Y on its certificate (Oct 21-25) and as the record's row dated only Oct 25: one completion,
    # a duplicate (not "annual training counted once"), its reason naming the line that counts.
    cert = make_item("Crisis Intervention Teams for Youth", date(2019, 10, 25), 40.0, category="juvenile")
    cert = cert.model_copy(update={"start_date": date(2019, 10, 21), "document": "08-cit-y.pdf"})
    row = make_item("Crisis Intervention Teams for Youth", date(2019, 10, 25), 40.0, category="juvenile")
    row = row.model_copy(update={"document": "04-record.pdf"})
    ledger = build([basic(), advanced(), conference(), cert, row, *r5_items(120.0)])
    assert (line(ledger, cert).credited_hours, line(ledger, cert).rule) == (40.0, "credited")
    copy = line(ledger, row)
    assert (copy.credited_hours, copy.rule, copy.status) == (0.0, "duplicate", "auto")
    assert copy.reason == "duplicate of a document already counted (08-cit-y.pdf, page 1)"
    assert ledger.additional_hours_credited == 160.0


def test_the_same_end_with_other_hours_is_not_merged() -> None:
    # Two documents of one course ending the same day but stating other hours: not one completion by
    # this rule (the annual rule or a person sees them, as before).
    a = make_item("Crisis Intervention Teams for Youth", date(2019, 10, 25), 40.0, category="juvenile")
    a = a.model_copy(update={"start_date": date(2019, 10, 21), "document": "a.pdf"})
    b = make_item("Crisis Intervention Teams for Youth", date(2019, 10, 25), 24.0, category="juvenile")
    ledger = build([basic(), advanced(), conference(), a, b, *r5_items(120.0)])
    assert line(ledger, b).rule != "duplicate"
