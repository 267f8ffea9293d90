"""The thirteenth unseen round (bench/unseen_applicants_13.py): documents dated after the application (a
course ended later, a course running on the application day, NASRO's conference of next month, NASRO's
Advanced taken after applying) go to a person and never meet a rule unseen; a later run of a yearly course
dated after the application does not set the completed run to 0; the application's "still an SRO" against
the applicant's latest letter saying the assignment ended goes to a person."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.unit.test_rules import (
    advanced,
    basic,
    build,
    conference,
    decide,
    letter,
    line,
    make_item,
    r5_items,
)

APP = date(2025, 6, 2)


def _build(items: list[object], **kw: object) -> object:
    return build(items, application_date=APP, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------- after the application


def test_a_course_ended_after_the_application_goes_to_a_person() -> None:
    later = make_item("Youth Mental Health First Aid", date(2025, 8, 14), 8.0, category="juvenile")
    ledger = _build([basic(), advanced(), conference(), later, *r5_items(120.0), _hours(32.0)])
    ln = line(ledger, later)  # type: ignore[arg-type]
    assert (ln.credited_hours, ln.rule, ln.status) == (0.0, "needs_review", "review")
    assert "after the application date (2025-06-02)" in ln.reason
    assert ledger.additional_hours_credited == 152.0  # type: ignore[attr-defined]
    assert ledger.requirements["additional_160"].verdict == "needs_review"  # type: ignore[attr-defined]
    assert not ledger.eligible  # type: ignore[attr-defined]


def _hours(h: float) -> object:
    return make_item("Threat Assessment in Schools", date(2023, 4, 12), h)


def test_a_course_running_on_the_application_day_goes_to_a_person() -> None:
    running = make_item("Threat Assessment Team Training", date(2025, 6, 6), 16.0)
    running = running.model_copy(update={"start_date": date(2025, 5, 28)})
    ledger = _build([basic(), advanced(), conference(), running, *r5_items(120.0), _hours(24.0)])
    assert line(ledger, running).rule == "needs_review"  # type: ignore[arg-type]
    assert ledger.requirements["additional_160"].verdict == "needs_review"  # type: ignore[attr-defined]


def test_a_course_ending_on_the_application_day_is_completed() -> None:
    today = make_item("Threat Assessment Team Training", APP, 16.0)
    ledger = _build([basic(), advanced(), conference(), today, *r5_items(120.0), _hours(24.0)])
    assert (line(ledger, today).rule, line(ledger, today).status) == ("credited", "auto")  # type: ignore[arg-type]
    assert ledger.eligible  # type: ignore[attr-defined]


def test_a_person_s_decision_settles_a_later_course() -> None:
    later = make_item("Youth Mental Health First Aid", date(2025, 8, 14), 8.0, category="juvenile")
    items = [basic(), advanced(), conference(), later, *r5_items(120.0), _hours(32.0)]
    ledger = _build(items, decisions=[decide(later, "confirm")])
    assert line(ledger, later).credited_hours == 8.0  # type: ignore[arg-type]
    assert ledger.requirements["additional_160"].verdict == "met"  # type: ignore[attr-defined]


def test_nasro_s_conference_after_the_application_does_not_meet_r6() -> None:
    ledger = _build([basic(), advanced(), conference(date(2025, 7, 16)), *r5_items()])
    r6 = ledger.requirements["conference"]  # type: ignore[attr-defined]
    assert r6.verdict == "needs_review"
    assert "after the application date" in r6.reason


def test_an_earlier_conference_meets_r6_beside_a_later_one() -> None:
    ledger = _build([basic(), advanced(), conference(), conference(date(2025, 7, 16)), *r5_items()])
    assert ledger.requirements["conference"].verdict == "met"  # type: ignore[attr-defined]


def test_the_only_advanced_after_the_application_goes_to_a_person() -> None:
    ledger = _build([basic(), advanced(date(2025, 7, 16)), conference(), *r5_items()])
    assert ledger.requirements["advanced"].verdict == "needs_review"  # type: ignore[attr-defined]
    assert not ledger.eligible  # type: ignore[attr-defined]


def test_the_only_basic_after_the_application_goes_to_a_person() -> None:
    ledger = _build([basic(date(2025, 9, 5)), advanced(), conference(), *r5_items()])
    assert ledger.requirements["basic"].verdict == "needs_review"  # type: ignore[attr-defined]


def test_a_yearly_course_s_later_run_does_not_zero_the_completed_one() -> None:
    # The department's in-service: 2023 on a certificate, 2025-09 (after the application) in a record.
    done = make_item("Annual School Safety In-Service", date(2023, 2, 7), 8.0)
    later = make_item("Annual School Safety In-Service", date(2025, 9, 9), 8.0)
    later = later.model_copy(update={"document": "05-record.pdf"})
    ledger = _build([basic(), advanced(), conference(), done, later, *r5_items(120.0), _hours(32.0)])
    assert (line(ledger, done).rule, line(ledger, done).credited_hours) == ("credited", 8.0)  # type: ignore[arg-type]
    assert line(ledger, later).rule == "needs_review"  # type: ignore[arg-type]
    assert ledger.eligible  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------- still an SRO?


def _r2(*letters: object, employed: bool | None = True) -> tuple[str, str]:
    ledger = build(
        [basic(), advanced(), conference(), *r5_items()],
        extra=letters,  # type: ignore[arg-type]
        application_date=APP,
        currently_employed=employed,
    )
    r2 = ledger.requirements["employed"]
    return r2.verdict, r2.reason


def _ended(dated: date, end: date) -> object:
    return letter(date(2017, 8, 14), dated, employment="ended", end=(end, end))


def test_the_latest_letter_saying_the_assignment_ended_sends_r2_to_a_person() -> None:
    chief = letter(date(2017, 8, 14), date(2024, 9, 3))
    district = _ended(date(2025, 5, 12), date(2024, 12, 20))
    verdict, reason = _r2(chief, district)
    assert verdict == "needs_review"
    assert "2024-12-20" in reason and "the application states current SRO employment" in reason


@pytest.mark.parametrize(
    ("letters", "verdict"),
    [
        ((("current", date(2025, 5, 12)), ("ended", date(2024, 9, 3))), "met"),  # the later letter: serving
        ((("current", date(2025, 5, 12)),), "met"),
        ((), "met"),
    ],
)
def test_the_application_s_word_stands_unless_the_latest_letter_says_ended(
    letters: tuple[tuple[str, date], ...], verdict: str
) -> None:
    made = [
        letter(date(2017, 8, 14), d, employment="current")
        if kind == "current"
        else _ended(d, d - timedelta(days=30))
        for kind, d in letters
    ]
    assert _r2(*made)[0] == verdict


def test_an_end_still_to_come_leaves_the_officer_serving() -> None:
    # "will serve until June 30, 2025": serving when applying on June 2.
    assert _r2(_ended(date(2025, 5, 12), date(2025, 6, 30)))[0] == "met"


def test_a_letter_after_the_application_does_not_overturn_it() -> None:
    assert _r2(_ended(date(2025, 8, 1), date(2025, 7, 15)))[0] == "met"


def test_the_application_saying_not_employed_stays_not_met() -> None:
    assert _r2(letter(date(2017, 8, 14), date(2025, 4, 21)), employed=False)[0] == "not_met"
