"""The ninth unseen round (bench/unseen_applicants_9.py): the course that met R3/R4 taken again years later
goes to a person for R5 (the rules say both 0 and its hours), never 0 unseen; a mixed number ("Hours: 16
1/2", "7-1/2 Hours", "7 ½") is one amount, never its whole number; a registration's form names its person
("Registrant: ..."); and the rules' edges the round drew, pinned on the pure functions."""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import read_certificate
from extract.fields.hours import find_hours
from tests.unit.test_layout_parsers import page_of
from tests.unit.test_rules import advanced, basic, build, conference, line, r5_items
from verify.policy import default_policy
from verify.rules import Letter, r1_sro_years, r2_employed
from verify.types import ApplicationFacts


def test_a_registrant_label_names_the_person() -> None:
    rows = [
        ("National Association of School Resource Officers", 50, 50, 16),
        ("Registration Confirmation", 50, 140, 18),
        ("Registrant:        Dwayne A. Fletcher", 50, 205, 11),
        ("Event:             2024 NASRO School Safety Conference", 50, 227, 11),
        ("Event Dates:       June 23 - 28, 2024", 50, 249, 11),
        ("Amount Paid:       $595.00", 50, 271, 11),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Dwayne A. Fletcher"


def _app(applied: str, start: str | None = None) -> ApplicationFacts:
    return ApplicationFacts(
        applicant_id="Z07",
        name="Heather J. Lindgren",
        agency="Brookhaven Police Department",
        sro_start_date=date.fromisoformat(start) if start else None,
        currently_employed=None,
        application_date=date.fromisoformat(applied),
    )


def test_three_years_on_the_very_day_and_one_day_short() -> None:
    policy = default_policy()
    assert r1_sro_years(_app("2025-03-31", "2022-03-31"), [], policy).verdict == "met"
    assert r1_sro_years(_app("2025-06-02", "2022-06-03"), [], policy).verdict == "not_met"


def _letter(dated: str, span: tuple[str, str]) -> Letter:
    return Letter(
        document="01-letter.pdf",
        sro_start_date=None,
        document_date=date.fromisoformat(dated),
        names_applicant=True,
        sro_start_range=(date.fromisoformat(span[0]), date.fromisoformat(span[1])),
        employment="current",
    )


def test_a_letter_dated_twelve_months_before_is_recent_a_day_more_is_not() -> None:
    policy = default_policy()
    may = ("2021-05-01", "2021-05-31")
    assert r2_employed(_app("2025-06-02"), [_letter("2024-06-02", may)], policy).verdict == "met"
    assert r2_employed(_app("2025-06-02"), [_letter("2024-06-01", may)], policy).verdict == "needs_review"


def test_a_month_start_straddling_three_years_is_a_persons_call() -> None:
    policy = default_policy()
    june = _letter("2025-04-21", ("2022-06-01", "2022-06-30"))
    may = _letter("2025-04-21", ("2022-05-01", "2022-05-31"))
    assert r1_sro_years(_app("2025-06-02"), [june], policy).verdict == "needs_review"
    assert r1_sro_years(_app("2025-06-02"), [may], policy).verdict == "met"


# ------------------------------------------------------------------------------------ a retaken course


def test_the_basic_course_retaken_goes_to_a_person() -> None:
    first, again = basic(date(2015, 9, 18)), basic(date(2021, 3, 12))
    ledger = build([first, again, advanced(), conference(), *r5_items(120.0)])
    assert (line(ledger, first).rule, line(ledger, first).status) == ("satisfies_r3", "auto")
    retake = line(ledger, again)
    assert (retake.credited_hours, retake.rule, retake.status) == (0.0, "needs_review", "review")
    assert "taken again" in retake.reason
    assert ledger.requirements["additional_160"].verdict == "needs_review"  # 120 + 40 could reach 160


def test_a_retake_that_cannot_reach_160_leaves_r5_not_met() -> None:
    first, again = basic(date(2015, 9, 18)), basic(date(2021, 3, 12))
    ledger = build([first, again, advanced(), conference(), *r5_items(80.0)])
    assert line(ledger, again).rule == "needs_review"
    assert ledger.requirements["additional_160"].verdict == "not_met"


def test_the_same_completion_listed_again_is_no_retake() -> None:
    # A record printing only the completion day of the Basic the certificate shows: that completion
    # again (ends within the used run), counted once as before, unseen.
    first = basic(date(2015, 9, 18))
    row = basic(date(2015, 9, 18), start_date=date(2015, 9, 18), document="record.pdf")
    ledger = build([first, row, advanced(), conference(), *r5_items()])
    assert line(ledger, row).credited_hours == 0.0
    assert line(ledger, row).status == "auto"
    assert ledger.requirements["additional_160"].verdict == "met"


def test_the_advanced_course_retaken_goes_to_a_person() -> None:
    first, again = advanced(date(2016, 6, 3)), advanced(date(2022, 6, 3))
    ledger = build([basic(), first, again, conference(), *r5_items(120.0)])
    assert line(ledger, first).rule == "satisfies_r4"
    assert (line(ledger, again).rule, line(ledger, again).status) == ("needs_review", "review")


# ------------------------------------------------------------------------------------ mixed numbers


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Training Hours: 16 1/2", 16.5),
        ("for a total of 7-1/2 Hours.", 7.5),
        ("6 1/2 Hours", 6.5),
        ("Hours Completed: 10 1/4", 10.25),
        ("Hours: 3 3/4", 3.75),
        ("Hours: 7 ½", 7.5),
        ("7 ¼ contact hours", 7.25),
        ("3½ hours", 3.5),
    ],
)
def test_a_mixed_number_is_one_amount(text: str, hours: float) -> None:
    assert [h.hours for h in find_hours(text)] == [hours]


@pytest.mark.parametrize("text", ["Hours: 8 1/8", "Hours: 2 of 3", "7-12 hours"])
def test_an_amount_followed_by_another_figure_is_no_amount(text: str) -> None:
    # Never the whole number alone (a form's "8 1/8" read 8): no hours, so a person reads them.
    assert find_hours(text) == []


def test_a_date_after_a_number_is_no_fraction() -> None:
    assert [h.hours for h in find_hours("completed 8 1/4/2023, 8 hours")] == [8.0]


def test_the_used_course_s_other_part_is_no_retake() -> None:
    # NASRO's Advanced given in two parts ("Part 1 of 2", 16 h; "Part 2 of 2", 8 h): one course, used by R4;
    # the second part is no retake and counts 0 unseen, as before.
    part1 = advanced(date(2020, 2, 12)).model_copy(update={"hours": 16.0})
    part2 = advanced(date(2020, 3, 11)).model_copy(update={"hours": 8.0})
    ledger = build([basic(), part1, part2, conference(), *r5_items(120.0)])
    assert line(ledger, part1).rule == "satisfies_r4"
    assert (line(ledger, part2).rule, line(ledger, part2).status) == ("annual_once", "auto")
