"""R1..R7 and build_ledger on small hand-made applications."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.ledger import build_ledger
from verify.lines import line_key
from verify.policy import default_policy
from verify.rules import add_months
from verify.types import (
    Action,
    ApplicationFacts,
    DocumentFacts,
    EvidenceItem,
    Ledger,
    LedgerLine,
    ReviewDecision,
)

NAME = "Jane Q. Doe"
APPLIED = date(2024, 6, 1)
POLICY = default_policy()


# --- factories -----------------------------------------------------------------------------------


def make_app(**kw: Any) -> ApplicationFacts:
    fields: dict[str, Any] = dict(
        applicant_id="T001",
        name=NAME,
        agency="Test County Sheriff's Office",
        sro_start_date=date(2015, 1, 1),
        currently_employed=True,
        application_date=APPLIED,
    )
    return ApplicationFacts(**(fields | kw))


def make_item(title: str, end: date, hours: float | None = 8.0, **kw: Any) -> EvidenceItem:
    fields: dict[str, Any] = dict(
        document=f"{title.lower().replace(' ', '-')}-{end.isoformat()}.pdf",
        doc_type="certificate",
        participant_name=NAME,
        issuer="Some Academy",
        page=1,
        course_title=title,
        catalog_id=None,
        category="school_safety",
        start_date=end,
        end_date=end,
        hours=hours,
        status="auto",
        confidence=0.99,
    )
    return EvidenceItem(**(fields | kw))


def basic(end: date = date(2015, 6, 5), **kw: Any) -> EvidenceItem:
    kw = {"catalog_id": "nasro-basic", "category": "basic", "start_date": end - timedelta(days=4)} | kw
    return make_item("Basic School Resource Officer Course", end, 40.0, **kw)


def state_basic(end: date = date(2015, 6, 5)) -> EvidenceItem:
    return make_item("Basic SRO Course", end, 40.0, catalog_id="ncja-sro-basic", category="basic")


def advanced(end: date = date(2016, 6, 3), catalog_id: str = "nasro-advanced") -> EvidenceItem:
    category = "supervisor" if catalog_id == "nasro-supervisors" else "advanced"
    return make_item(f"Course {catalog_id}", end, 24.0, catalog_id=catalog_id, category=category)


def conference(end: date = date(2017, 7, 21), catalog_id: str = "nasro-conference") -> EvidenceItem:
    category = "conference" if catalog_id == "nasro-conference" else "school_safety"
    return make_item("National School Safety Conference", end, None, catalog_id=catalog_id, category=category)


def r5_items(total: float = 160.0, end: date = date(2021, 3, 1)) -> list[EvidenceItem]:
    """Distinct juvenile courses adding up to `total` hours, completed inside the window."""
    return [
        make_item(f"Juvenile Course {i}", end + timedelta(days=i), 40.0, category="juvenile")
        for i in range(int(total // 40))
    ]


def base_items() -> list[EvidenceItem]:
    """An application that meets everything: basic, advanced, conference and 160 hours."""
    return [basic(), advanced(), conference(), *r5_items()]


def docs_of(items: Sequence[EvidenceItem]) -> list[DocumentFacts]:
    """One document per distinct file name, in first-seen order."""
    files: dict[str, list[EvidenceItem]] = {}
    for it in items:
        files.setdefault(it.document, []).append(it)
    return [
        DocumentFacts(
            file=f,
            doc_type=its[0].doc_type,
            participant_name=its[0].participant_name,
            issuer=its[0].issuer,
            items=tuple(its),
        )
        for f, its in files.items()
    ]


RECENT = date(2024, 3, 1)  # a letter dated within 12 months of the application (APPLIED)
JUNE_2015 = (date(2015, 6, 1), date(2015, 6, 30))  # a start printed as a month


def letter(
    start: date | None,
    dated: date,
    name: str = NAME,
    employment: Literal["current", "ended"] | None = "current",
    span: tuple[date, date] | None = None,
    end: tuple[date, date] | None = None,
) -> DocumentFacts:
    return DocumentFacts(
        file=f"letter-{dated}.pdf",
        doc_type="employment_letter",
        participant_name=name,
        issuer="Test County Sheriff's Office",
        sro_start_date=start,
        document_date=dated,
        employment=employment,
        sro_start_range=span,
        sro_end_range=end,
    )


def build(
    items: Sequence[EvidenceItem],
    decisions: Sequence[ReviewDecision] = (),
    extra: Sequence[DocumentFacts] = (),
    **app: Any,
) -> Ledger:
    return build_ledger(make_app(**app), [*docs_of(items), *extra], decisions, POLICY)


def line(ledger: Ledger, item: EvidenceItem) -> LedgerLine:
    return next(ln for ln in ledger.lines if ln.key == line_key(item))


def decide(item: EvidenceItem, action: Action, minute: int = 0, **kw: Any) -> ReviewDecision:
    return ReviewDecision(
        line_key=line_key(item),
        action=action,
        reviewer="rev@example.org",
        at=datetime(2024, 6, 2, 9, minute),
        reason="checked the scan",
        **kw,
    )


def verdict(ledger: Ledger, key: str) -> str:
    return ledger.requirements[key].verdict


# --- the whole application ------------------------------------------------------------------------


def test_base_application_is_eligible() -> None:
    """The base application meets all requirements and credits exactly its R5 courses."""
    ledger = build(base_items())
    assert {k: "met" for k in ledger.requirements} == {k: r.verdict for k, r in ledger.requirements.items()}
    assert (
        ledger.additional_hours_credited,
        ledger.additional_hours_pending,
        ledger.eligible,
    ) == (160.0, 0.0, True)


def test_contract_dict_keys() -> None:
    """to_contract_dict carries the contract's keys, verdicts as plain strings."""
    out = build(base_items()).to_contract_dict()
    assert {"sro_3_years", "employed", "basic", "advanced", "additional_160", "conference"} <= set(
        out["requirements"]
    )
    assert out["requirements"]["basic"] == "met"
    assert {"document", "page", "course_title", "hours", "credited_hours", "rule", "reason", "status"} <= set(
        out["lines"][0]
    )


# --- R1, R2 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "letters", "expected"),
    [
        pytest.param(date(2021, 6, 1), [], "met", id="exactly-three-years"),
        pytest.param(date(2021, 6, 2), [], "not_met", id="one-day-short"),
        pytest.param(None, [letter(date(2018, 1, 1), date(2024, 1, 1))], "met", id="start-from-letter"),
        pytest.param(None, [letter(date(2023, 1, 1), date(2024, 1, 1))], "not_met", id="letter-too-recent"),
        pytest.param(
            None,
            [letter(date(2018, 1, 1), date(2024, 1, 1), "Mark Twain")],
            "needs_review",
            id="letter-other-person",
        ),
        pytest.param(None, [], "needs_review", id="no-start-anywhere"),
        # "since June 2018" / "since June 2021" / "from 2021": a span, decided only when all of it agrees.
        pytest.param(
            None, [letter(None, RECENT, span=(date(2018, 6, 1), date(2018, 6, 30)))], "met", id="month-far"
        ),
        pytest.param(
            None,
            [letter(None, RECENT, span=(date(2021, 6, 1), date(2021, 6, 30)))],
            "needs_review",
            id="month-boundary",
        ),
        pytest.param(
            None,
            [letter(None, RECENT, span=(date(2021, 1, 1), date(2021, 12, 31)))],
            "needs_review",
            id="year-boundary",
        ),
        pytest.param(
            None,
            [letter(None, RECENT, span=(date(2022, 7, 1), date(2022, 7, 31)))],
            "not_met",
            id="month-too-recent",
        ),
        pytest.param(
            None,
            [letter(date(2010, 1, 1), RECENT, employment="ended")],
            "needs_review",
            id="former-sro-years-unsure",
        ),
        pytest.param(None, [letter(None, RECENT)], "needs_review", id="letter-states-no-start"),
        # A former SRO: three years counted from the start to the end the letter states.
        pytest.param(
            None,
            [letter(date(2012, 8, 20), RECENT, employment="ended", end=(date(2019, 6, 30),) * 2)],
            "met",
            id="former-sro-served-years",
        ),
        pytest.param(
            None,
            [letter(date(2012, 8, 20), RECENT, employment="ended", end=(date(2015, 8, 19),) * 2)],
            "not_met",
            id="former-sro-a-day-short",
        ),
        pytest.param(
            None,
            [letter(date(2012, 8, 20), RECENT, employment="ended", end=(date(2015, 8, 20),) * 2)],
            "met",
            id="former-sro-three-years-to-the-day",
        ),
        pytest.param(
            None,
            [
                letter(
                    None,
                    RECENT,
                    employment="ended",
                    span=JUNE_2015,
                    end=(date(2018, 6, 1), date(2018, 6, 30)),
                )
            ],
            "needs_review",
            id="former-sro-months-leave-it-open",
        ),
        pytest.param(
            None,
            [
                letter(
                    None,
                    RECENT,
                    employment="ended",
                    span=JUNE_2015,
                    end=(date(2018, 7, 1), date(2018, 7, 31)),
                )
            ],
            "met",
            id="former-sro-months-far-enough",
        ),
        pytest.param(
            None,
            [letter(date(2019, 1, 1), RECENT, employment="ended", end=(date(2018, 1, 1),) * 2)],
            "needs_review",
            id="end-before-start",
        ),
        # Under three years to an end, and the letter says nothing of the service since (another school, or
        # the end of it): the years to the application would be a guess.
        pytest.param(
            None,
            [letter(date(2015, 1, 1), RECENT, employment=None, end=(date(2016, 1, 1),) * 2)],
            "needs_review",
            id="end-of-one-school-silent-on-the-service-since",
        ),
        # Three years before that end: met whatever came after.
        pytest.param(
            None,
            [letter(date(2015, 1, 1), RECENT, employment=None, end=(date(2018, 1, 1),) * 2)],
            "met",
            id="three-years-to-an-end-silent-on-the-service-since",
        ),
    ],
)
def test_r1_sro_years(start: date | None, letters: list[DocumentFacts], expected: str) -> None:
    """Three years as an SRO, from the application or else an employment letter."""
    assert expected == verdict(build(base_items(), extra=letters, sro_start_date=start), "sro_3_years")


@pytest.mark.parametrize(
    ("employed", "letters", "expected"),
    [
        pytest.param(True, [], "met", id="application-yes"),
        pytest.param(False, [letter(None, date(2024, 5, 1))], "not_met", id="application-no"),
        pytest.param(None, [letter(None, date(2023, 6, 1))], "met", id="letter-12-months-old"),
        pytest.param(None, [letter(None, date(2023, 5, 31))], "needs_review", id="letter-too-old"),
        pytest.param(
            None, [letter(None, RECENT, employment="ended")], "needs_review", id="letter-says-it-ended"
        ),
        pytest.param(
            None,
            [letter(None, RECENT, employment="ended", end=(date(2019, 6, 30),) * 2)],
            "not_met",
            id="letter-dates-the-end",
        ),
        pytest.param(
            None,
            [letter(None, RECENT, employment="ended", end=(date(2024, 6, 30),) * 2)],
            "needs_review",
            id="end-after-the-letter",
        ),
        pytest.param(
            None,
            [
                letter(None, RECENT),
                letter(None, date(2024, 2, 1), employment="ended", end=(date(2020, 1, 1),) * 2),
            ],
            "needs_review",
            id="one-ended-one-current",
        ),
        pytest.param(
            None, [letter(None, RECENT, employment=None)], "needs_review", id="letter-silent-on-now"
        ),
        pytest.param(
            None,
            [letter(None, RECENT), letter(None, date(2024, 2, 1), employment="ended")],
            "needs_review",
            id="one-ended",
        ),
        pytest.param(None, [], "needs_review", id="no-information"),
    ],
)
def test_r2_employed(employed: bool | None, letters: list[DocumentFacts], expected: str) -> None:
    """Current employment from the application, else a letter dated within 12 months."""
    assert expected == verdict(build(base_items(), extra=letters, currently_employed=employed), "employed")


# --- R3, R4 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("applied", "expected"),
    [
        pytest.param(date(2022, 12, 31), "met", id="pre-2023"),
        pytest.param(date(2023, 1, 1), "not_met", id="cut-over-day"),
    ],
)
def test_state_basic_before_and_after_2023(applied: date, expected: str) -> None:
    """A non-NASRO basic course meets R3 only for applications dated before 2023-01-01."""
    items = [state_basic(), advanced(), conference(), *r5_items(200, date(2020, 1, 1))]
    ledger = build(items, application_date=applied)
    assert expected == verdict(ledger, "basic")
    if expected == "not_met":
        assert "only a non-NASRO basic course" in ledger.requirements["basic"].reason
        assert (line(ledger, items[0]).credited_hours, line(ledger, items[0]).rule) == (40.0, "credited")


def test_earliest_basic_used_and_other_credited_in_r5() -> None:
    """Before 2023 the earliest basic course meets R3; the later NASRO one then counts in R5."""
    state, nasro = state_basic(date(2014, 1, 10)), basic(date(2016, 1, 10))
    ledger = build([state, nasro, advanced(), conference(), *r5_items()], application_date=date(2022, 6, 1))
    assert (line(ledger, state).rule, line(ledger, state).credited_hours) == ("satisfies_r3", 0.0)
    assert (line(ledger, nasro).rule, line(ledger, nasro).credited_hours) == ("credited", 40.0)


def test_both_advanced_courses_second_counts_in_r5() -> None:
    """The earliest of Advanced / Supervisors meets R4; the other is credited in R5."""
    sup, adv = advanced(date(2014, 3, 19), "nasro-supervisors"), advanced(date(2018, 3, 19))
    ledger = build([basic(), sup, adv, conference(), *r5_items(120)])
    assert verdict(ledger, "advanced") == "met"
    assert (line(ledger, sup).rule, line(ledger, sup).credited_hours) == ("satisfies_r4", 0.0)
    assert (line(ledger, adv).rule, line(ledger, adv).credited_hours) == ("credited", 24.0)
    assert ledger.additional_hours_credited == 144.0


def test_other_providers_advanced_does_not_meet_r4() -> None:
    """An advanced SRO course by another provider leaves R4 not met and counts in R5."""
    other = make_item(
        "Advanced SRO Survival", date(2019, 4, 8), 24.0, catalog_id="ncja-sro-advanced", category="advanced"
    )
    ledger = build([basic(), other, conference(), *r5_items()])
    assert (
        verdict(ledger, "advanced"),
        ledger.requirements["advanced"].reason,
    ) == ("not_met", "another provider's advanced course does not meet R4")
    assert ledger.additional_hours_credited == 184.0


# --- R5 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("end", "credited", "rule"),
    [
        pytest.param(date(2014, 6, 1), 8.0, "credited", id="boundary-day-inside"),
        pytest.param(date(2014, 5, 31), 0.0, "older_than_window", id="day-before-outside"),
    ],
)
def test_ten_year_window(end: date, credited: float, rule: str) -> None:
    """Training completed exactly ten years before the application counts; a day earlier does not."""
    old = make_item("CPTED", end, 8.0)
    ledger = build([*base_items(), old])
    assert (credited, rule) == (line(ledger, old).credited_hours, line(ledger, old).rule)


def test_window_leap_day() -> None:
    """Ten years before 2024-02-29 is 2014-02-28 (no 29th that year)."""
    assert date(2014, 2, 28) == add_months(date(2024, 2, 29), -120)


def test_annual_refresher_credited_once_most_recent() -> None:
    """The same course in several years is credited once, at its most recent occurrence."""
    runs = [make_item("Active Shooter Refresher", date(y, 3, 14), 4.0) for y in (2015, 2019, 2023)]
    ledger = build([*base_items(), *runs])
    assert [(line(ledger, r).credited_hours, line(ledger, r).rule) for r in runs] == [
        (0.0, "annual_once"),
        (0.0, "annual_once"),
        (4.0, "credited"),
    ]
    assert ledger.additional_hours_credited == 164.0


def test_annual_groups_by_catalog_id_across_titles() -> None:
    """Two titles of one catalog course are the same course."""
    a = make_item("IS-100.C", date(2019, 1, 1), 2.0, catalog_id="fema-is-100")
    b = make_item("Intro to ICS IS-100", date(2022, 1, 1), 2.0, catalog_id="fema-is-100")
    ledger = build([*base_items(), a, b])
    assert (line(ledger, a).rule, line(ledger, b).rule) == ("annual_once", "credited")


def test_annual_course_whose_title_varies_by_year_is_one_course() -> None:
    """A department's yearly course printed with its year, "Refresher" or "- ANNUAL" is one course: it was
    credited three times, which made a 156-hour applicant eligible."""
    titles = ("Active Shooter Response 2019", "Active Shooter Response Refresher 2021",
              "ACTIVE SHOOTER RESPONSE - ANNUAL")  # fmt: skip
    runs = [make_item(t, date(2019 + 2 * i, 8, 5), 8.0) for i, t in enumerate(titles)]
    ledger = build([*base_items(), *runs])
    assert [line(ledger, r).rule for r in runs] == ["annual_once", "annual_once", "credited"]
    assert ledger.additional_hours_credited == 168.0


@pytest.mark.parametrize(
    "titles",
    [
        ("Juvenile Crisis De-escalation - Part 1", "Juvenile Crisis De-escalation - Part 2"),
        ("School Safety Assessment I", "School Safety Assessment II"),
        ("Gang Awareness Level 1", "Gang Awareness Level 2 2022"),
    ],
)
def test_different_courses_with_near_titles_are_not_annual(titles: tuple[str, str]) -> None:
    """A part or level number makes another course, in any year: each is credited."""
    a, b = (make_item(t, date(2021 + i, 3, 8), 16.0) for i, t in enumerate(titles))
    ledger = build([*base_items(), a, b])
    assert (line(ledger, a).rule, line(ledger, b).rule) == ("credited", "credited")


def test_same_course_on_certificate_and_transcript_with_a_year_in_one_title() -> None:
    """Same dates, one title with its year: the same course, credited once."""
    cert = make_item("Threat Assessment in Schools", date(2021, 4, 13), 16.0, document="04-threat.pdf")
    row = cert.model_copy(update={"document": "05-transcript.pdf", "course_title": "Threat Assessment in "
                                  "Schools 2021", "doc_type": "transcript"})  # fmt: skip
    ledger = build([*base_items(), cert, row])
    assert (line(ledger, cert).rule, line(ledger, row).rule) == ("credited", "duplicate")


def test_duplicate_upload_credited_once() -> None:
    """The same certificate uploaded twice (same course, same dates) is credited once."""
    first = make_item(
        "DARE Officer Training",
        date(2020, 5, 3),
        80.0,
        catalog_id="dare-officer",
        category="juvenile",
        document="01-dare.pdf",
    )
    again = first.model_copy(update={"document": "07-dare-photo.jpg", "confidence": 0.7})
    ledger = build([*base_items(), first, again])
    assert [(line(ledger, x).credited_hours, line(ledger, x).rule) for x in (first, again)] == [
        (80.0, "credited"),
        (0.0, "duplicate"),
    ]


def test_other_person_document_credits_nothing_and_is_flagged() -> None:
    """A document naming someone else credits 0 and raises a flag."""
    theirs = make_item("Juvenile Law", date(2022, 5, 4), 40.0, participant_name="Justin Macias")
    ledger = build([basic(), advanced(), conference(), *r5_items(120), theirs])
    assert (line(ledger, theirs).rule, line(ledger, theirs).credited_hours) == ("other_person", 0.0)
    assert [(theirs.document, "document names 'Justin Macias', not the applicant: credited 0")] == [
        (f.document, f.flag) for f in ledger.flags
    ]
    assert verdict(ledger, "additional_160") == "not_met"


def test_other_person_advanced_does_not_meet_r4() -> None:
    """A qualifying course on someone else's certificate does not meet its requirement."""
    ledger = build(
        [
            basic(),
            advanced().model_copy(update={"participant_name": "Cpl. Rhonda Doe"}),
            conference(),
            *r5_items(),
        ]
    )
    assert (
        verdict(ledger, "advanced"),
        ledger.requirements["advanced"].reason,
    ) == ("not_met", "no NASRO Advanced or Supervisors course")


@pytest.mark.parametrize(
    ("auto_hours", "expected"),
    [
        pytest.param(120.0, "needs_review", id="could-reach-160"),
        pytest.param(160.0, "met", id="already-met"),
    ],
)
def test_missing_hours(auto_hours: float, expected: str) -> None:
    """A course with no legible hours needs review only when it could change R5's verdict."""
    no_hours = make_item(
        "DARE Officer Training",
        date(2022, 4, 14),
        None,
        catalog_id="dare-officer",
        category="juvenile",
        proposed_hours=80.0,
    )
    ledger = build([basic(), advanced(), conference(), *r5_items(auto_hours), no_hours])
    got = line(ledger, no_hours)
    assert (expected, 80.0) == (verdict(ledger, "additional_160"), ledger.additional_hours_pending)
    assert (got.rule, got.status, got.credited_hours) == ("no_hours", "review", 0.0)
    assert got.reason == "no legible hours: needs review (catalog proposes 80.0)"


def test_pending_hours_that_cannot_reach_160_leave_r5_not_met() -> None:
    """Pending hours too few to reach 160 do not hold R5 open."""
    pending = make_item(
        "Youth MHFA",
        date(2022, 1, 1),
        8.0,
        category="juvenile",
        status="review",
        review_reasons=("hours read at low confidence",),
    )
    ledger = build([basic(), advanced(), conference(), *r5_items(120), pending])
    assert (
        verdict(ledger, "additional_160"),
        ledger.additional_hours_credited,
        ledger.additional_hours_pending,
    ) == ("not_met", 120.0, 8.0)
    assert (line(ledger, pending).rule, line(ledger, pending).status) == ("needs_review", "review")


def test_unknown_category_is_pending_not_credited() -> None:
    """A course the classifier could not place is never auto-credited."""
    unknown = make_item("Tactical Thing", date(2022, 1, 1), 40.0, category=None)
    ledger = build([basic(), advanced(), conference(), *r5_items(120), unknown])
    assert (verdict(ledger, "additional_160"), ledger.additional_hours_credited) == ("needs_review", 120.0)
    assert line(ledger, unknown).rule == "unknown_category"


def test_unrelated_training_credited_zero() -> None:
    """Firearms and the like are shown and credited 0 with the reason."""
    guns = make_item("Firearms Qualification", date(2023, 2, 1), 4.0, category="unrelated")
    ledger = build([*base_items(), guns])
    assert (
        line(ledger, guns).credited_hours,
        line(ledger, guns).reason,
    ) == (0.0, "category unrelated: credited 0")


# --- R6 ------------------------------------------------------------------------------------------


def test_conference_credited_zero_in_r5_but_meets_r6() -> None:
    """NASRO's conference meets R6 (hours or not) and is credited 0 in R5."""
    conf = conference().model_copy(update={"hours": 24.0})
    ledger = build([basic(), advanced(), conf, *r5_items()])
    assert (
        verdict(ledger, "conference"),
        ledger.requirements["conference"].reason,
    ) == ("met", "attended 2017")
    assert (line(ledger, conf).rule, line(ledger, conf).credited_hours) == ("category_zero", 0.0)
    assert ledger.additional_hours_credited == 160.0


def test_ssac_conference_does_not_meet_r6() -> None:
    """The School Safety Advocacy Council's conference of the same name is not NASRO's."""
    ssac = conference(catalog_id="ssac-nssc").model_copy(update={"hours": 20.0})
    ledger = build([basic(), advanced(), ssac, *r5_items()])
    assert (verdict(ledger, "conference"), ledger.additional_hours_credited) == ("not_met", 180.0)


def test_conference_awaiting_review_holds_r6_open() -> None:
    """The only conference document still awaiting review makes R6 needs_review."""
    conf = conference().model_copy(update={"status": "review"})
    assert verdict(build([basic(), advanced(), conf, *r5_items()]), "conference") == "needs_review"


def test_a_misread_conference_awaiting_review_holds_r6_open() -> None:
    """A conference line no catalog course matched ("National School SafetyConference", its words run
    together by OCR) that awaits a person may be NASRO's: R6 needs review, not "not met"."""
    misread = make_item("National School SafetyConference", date(2023, 6, 28), 18.0, category="school_safety")
    misread = misread.model_copy(update={"issuer": "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS -"})
    pending = misread.model_copy(update={"status": "review"})
    assert verdict(build([basic(), advanced(), pending, *r5_items()]), "conference") == "needs_review"
    # A page not naming NASRO (no issuer, or a state association) cannot meet R6, review or not.
    for issuer in ("", "Florida Association of School Resource Officers"):
        other = pending.model_copy(update={"issuer": issuer})
        assert verdict(build([basic(), advanced(), other, *r5_items()]), "conference") == "not_met"
    assert verdict(build([basic(), advanced(), misread, *r5_items()]), "conference") == "not_met"
    # Doubted only for its hours: its provider is read, and it is not NASRO's.
    hours_only = pending.model_copy(update={"unsure": ("hours",)})
    assert verdict(build([basic(), advanced(), hours_only, *r5_items()]), "conference") == "not_met"


# --- reviewer decisions --------------------------------------------------------------------------


def test_reject_removes_credit() -> None:
    """A rejected line credits nothing, whatever the machine read."""
    items = base_items()
    ledger = build(items, [decide(items[-1], "reject")])
    assert (
        line(ledger, items[-1]).rule,
        line(ledger, items[-1]).credited_hours,
        verdict(ledger, "additional_160"),
    ) == ("rejected", 0.0, "not_met")


def test_correct_changes_hours() -> None:
    """A correction's hours replace the read hours and the decision stays on the line."""
    items = base_items()
    ledger = build(items, [decide(items[-1], "correct", hours=16.0)])
    got = line(ledger, items[-1])
    assert (
        got.credited_hours,
        ledger.additional_hours_credited,
        got.decision.action if got.decision else None,
    ) == (16.0, 136.0, "correct")


def test_confirm_settles_review_line_and_proposed_hours() -> None:
    """Confirming credits a review line; confirming a no-hours line accepts the catalog's proposal."""
    review = make_item("Youth MHFA", date(2022, 1, 1), 8.0, category="juvenile", status="review")
    no_hours = make_item(
        "DARE Officer Training", date(2022, 4, 14), None, category="juvenile", proposed_hours=80.0
    )
    items = [basic(), advanced(), conference(), *r5_items(80), review, no_hours]
    ledger = build(items, [decide(review, "confirm"), decide(no_hours, "confirm")])
    assert (
        verdict(ledger, "additional_160"),
        ledger.additional_hours_credited,
        ledger.additional_hours_pending,
    ) == ("met", 168.0, 0.0)
    assert (line(ledger, review).status, line(ledger, no_hours).status) == ("auto", "auto")


def test_latest_decision_wins() -> None:
    """Decisions are append-only; the latest for a line holds whatever order they arrive in."""
    items = base_items()
    later, earlier = decide(items[-1], "correct", minute=5, hours=10.0), decide(items[-1], "reject", minute=1)
    assert line(build(items, [later, earlier]), items[-1]).credited_hours == 10.0


def test_reviewer_can_accept_other_name() -> None:
    """A reviewer's confirm overrides a name mismatch (e.g. a maiden name)."""
    maiden = make_item("Juvenile Law", date(2022, 5, 4), 40.0, participant_name="Jane Q. Smith")
    ledger = build([basic(), advanced(), conference(), *r5_items(120), maiden], [decide(maiden, "confirm")])
    assert (line(ledger, maiden).rule, verdict(ledger, "additional_160")) == ("credited", "met")


def test_rebuild_is_idempotent_and_keys_survive_reextraction() -> None:
    """Same inputs give the same ledger; a re-read with new confidence and box keeps its decision."""
    items = base_items()
    decisions = [decide(items[-1], "reject")]
    assert build(items, decisions) == build(items, decisions)
    reread = [*items[:-1], items[-1].model_copy(update={"confidence": 0.5, "bbox": (1.0, 2.0, 3.0, 4.0)})]
    assert line(build(reread, decisions), reread[-1]).rule == "rejected"


def test_orphaned_decision_is_flagged() -> None:
    """A decision whose line no longer exists after re-extraction is flagged, not silently lost."""
    items = base_items()
    gone = make_item("Course Read Differently", date(2020, 1, 1), 8.0)
    ledger = build(items, [decide(gone, "reject")])
    assert [f.document for f in ledger.flags] == [gone.document]
    assert ledger.additional_hours_credited == 160.0


def test_not_eligible_unless_all_met() -> None:
    """One requirement short of met makes the application not eligible."""
    assert False is build(base_items(), currently_employed=None).eligible


def test_r7_every_credited_line_has_a_document() -> None:
    """R7 is met: each credited line points at its document and page."""
    ledger = build(base_items())
    assert verdict(ledger, "documents") == "met"
    assert all(ln.document and ln.page >= 1 for ln in ledger.lines if ln.credited_hours > 0)


# --- invariants ----------------------------------------------------------------------------------


def _shuffle_items() -> list[EvidenceItem]:
    refreshers = [make_item("Refresher", date(y, 1, 1), 4.0) for y in (2019, 2023)]
    dup = base_items()[-1].model_copy(update={"document": "copy.pdf"})
    return [*base_items(), *refreshers, dup]


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(docs_of(_shuffle_items())))))
def test_upload_order_does_not_change_outcome(order: list[int]) -> None:
    """Shuffling the documents changes neither verdicts nor credited hours."""
    docs = docs_of(_shuffle_items())
    a = build_ledger(make_app(), docs, [], POLICY)
    b = build_ledger(make_app(), [docs[i] for i in order], [], POLICY)
    assert ({k: r.verdict for k, r in a.requirements.items()}, a.additional_hours_credited) == (
        {k: r.verdict for k, r in b.requirements.items()},
        b.additional_hours_credited,
    )


@pytest.mark.parametrize(
    ("unsure", "verdict"),
    [
        pytest.param(("hours",), "met", id="only-hours-unsure"),
        pytest.param(("dates", "hours"), "met", id="dates-unsure"),
        pytest.param(("course",), "needs_review", id="course-unsure"),
        pytest.param(("course", "dates"), "needs_review", id="course-and-dates-unsure"),
    ],
)
def test_conference_review_on_hours_or_dates_meets_r6(unsure: tuple[str, ...], verdict: str) -> None:
    """R6 ignores hours and dates (any year): only a doubt about the course itself holds it."""
    conf = conference().model_copy(update={"status": "review", "unsure": unsure})
    items = [basic(), advanced(), conf, *r5_items()]
    ledger = build_ledger(make_app(), docs_of(items), [], POLICY)
    assert ledger.requirements["conference"].verdict == verdict


@pytest.mark.parametrize(
    ("advanced_unsure", "second_advanced", "verdict"),
    [
        pytest.param(("dates",), False, "met", id="only-course-dates-unsure"),
        pytest.param(("dates",), True, "met", id="settled-second-course-used"),
        pytest.param(("course",), False, "needs_review", id="course-unsure"),
    ],
)
def test_r4_rests_on_dates_only_to_choose_among_courses(
    advanced_unsure: tuple[str, ...], second_advanced: bool, verdict: str
) -> None:
    """Dates pick the earliest of several advanced courses; a lone one with unread dates still meets R4."""
    pending = advanced().model_copy(update={"status": "review", "unsure": advanced_unsure})
    extra = [advanced(end=date(2018, 5, 4))] if second_advanced else []
    ledger = build_ledger(
        make_app(), docs_of([basic(), pending, *extra, conference(), *r5_items()]), [], POLICY
    )
    assert ledger.requirements["advanced"].verdict == verdict


def test_r4_waits_when_several_courses_all_have_unread_dates() -> None:
    """With two advanced courses both awaiting their dates, which one is earliest is for a person to say."""
    a = advanced().model_copy(update={"status": "review", "unsure": ("dates",)})
    b = advanced(end=date(2018, 5, 4)).model_copy(update={"status": "review", "unsure": ("dates",)})
    ledger = build_ledger(make_app(), docs_of([basic(), a, b, conference(), *r5_items()]), [], POLICY)
    assert ledger.requirements["advanced"].verdict == "needs_review"


def test_pending_advanced_course_without_catalog_match_needs_review() -> None:
    """An advanced course awaiting review (provider unconfirmed) leaves R4 open, not failed."""
    unconfirmed = make_item(
        "Advanced SRO Course", date(2016, 6, 3), 24.0, category="advanced", status="review"
    )
    items = [basic(), unconfirmed, conference(), *r5_items()]
    ledger = build_ledger(make_app(), docs_of(items), [], POLICY)
    assert ledger.requirements["advanced"].verdict == "needs_review"


def _unread_course(hours: float | None, end: date = date(2015, 6, 5)) -> EvidenceItem:
    """A scan's course line the machine could not read or place: a label for a title, no category."""
    return make_item(
        "Course Title", end, hours, category=None, status="review", confidence=0.1, unsure=("course",)
    )


@pytest.mark.parametrize(
    ("hours", "expected"), [(40.0, "needs_review"), (None, "needs_review"), (8.0, "not_met")]
)
def test_r3_waits_for_a_course_line_nobody_could_read(hours: float | None, expected: str) -> None:
    """With no basic course read, a pending line whose course is unread and long enough to be one may be
    the Basic: R3 is a person's call, not "not met"."""
    items = [_unread_course(hours), advanced(), conference(), *r5_items()]
    ledger = build_ledger(make_app(), docs_of(items), [], POLICY)
    assert ledger.requirements["basic"].verdict == expected


@pytest.mark.parametrize(("hours", "expected"), [(24.0, "needs_review"), (4.0, "not_met")])
def test_r4_waits_for_a_course_line_nobody_could_read(hours: float, expected: str) -> None:
    items = [basic(), _unread_course(hours, date(2016, 6, 3)), conference(), *r5_items()]
    ledger = build_ledger(make_app(), docs_of(items), [], POLICY)
    assert ledger.requirements["advanced"].verdict == expected


def test_an_unread_line_is_no_doubt_once_the_course_is_found() -> None:
    items = [basic(), advanced(), _unread_course(40.0), conference(), *r5_items()]
    ledger = build_ledger(make_app(), docs_of(items), [], POLICY)
    assert ledger.requirements["basic"].verdict == "met"
    assert ledger.requirements["advanced"].verdict == "met"
