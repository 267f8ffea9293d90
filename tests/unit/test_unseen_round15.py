"""The fifteenth unseen round's fixes (bench/unseen_applicants_15.py): one completion printed on two documents
that do not agree to the letter is counted once. A department's record prints its own short form of a
certificate's title ("Threat Assmt. in Schools") or dates the course a day off; neither makes a second
course. When the two copies state other hours, which is right is a person's call, never both credited."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tests.unit.test_rules import advanced, basic, build, conference, line, make_item
from verify.abbreviations import one_course_abbreviated, title_words
from verify.types import EvidenceItem

# ------------------------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Threat Assmt. in Schools", "Threat Assessment in Schools"),
        ("Child Abuse & Neglect Inv.", "Child Abuse and Neglect Investigations"),
        ("Adv. SRO Course (NASRO)", "Advanced School Resource Officer Course"),
        ("Trauma-Informed Policing w/ Youth", "Trauma-Informed Policing with Youth"),
        ("Sch. Threat Assmt. Team Trng.", "School Threat Assessment Team Training"),
        ("Adolescent Mental Hlth Trng for SROs", "Adolescent Mental Health Training for SROs"),
        ("Juv. Law Update", "Juvenile Law Update"),
        ("CIT for Youth", "Crisis Intervention Teams for Youth"),
    ],
)
def test_a_title_abbreviated_is_one_course(short: str, full: str) -> None:
    assert one_course_abbreviated(short, full)
    assert one_course_abbreviated(full, short)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Advanced SRO Course (Part 1 of 2)", "Advanced SRO Course (Part 2 of 2)"),
        ("Crisis Intervention Level I", "Crisis Intervention Level II"),
        ("Juvenile Law", "Juvenile Law Update"),
        ("Threat Awareness in Schools", "Threat Assessment in Schools"),
        ("Social Media Threats", "School Safety Threats"),
        ("Gang Awareness", "Gun Awareness"),
        ("Advanced School Resource Officer Course - Day 1 of 3", "Advanced School Resource Officer Course"),
    ],
)
def test_other_courses_are_not_abbreviations(a: str, b: str) -> None:
    assert not one_course_abbreviated(a, b)


def test_title_words_read_ampersands_slashes_and_hyphens() -> None:
    assert title_words("Child Abuse & Neglect Inv.") == ("child", "abuse", "neglect", "inv")
    assert title_words("Trauma-Informed Policing w/ Youth") == ("trauma", "informed", "policing", "youth")


# ------------------------------------------------------------------------------------ ledgers


def _settled(n: float) -> list[EvidenceItem]:
    """Distinct juvenile courses of 8 h adding up to ``n`` hours."""
    return [
        make_item(f"Juvenile Course {i}", date(2021, 6, 1) + timedelta(days=7 * i), 8.0, category="juvenile")
        for i in range(int(n // 8))
    ]


def _course(title: str, start: date, end: date, hours: float, document: str, **kw: Any) -> EvidenceItem:
    return make_item(title, end, hours, start_date=start, document=document, **kw)


def test_a_record_row_abbreviating_a_certificate_is_its_duplicate() -> None:
    """Z02: 144 + the record's "Threat Assmt. in Schools" (the certificate's course, same days) made 160:
    the row was credited beside its certificate (wrongly eligible)."""
    cert = _course("Threat Assessment in Schools", date(2021, 4, 12), date(2021, 4, 13), 16, "threat.pdf")
    row = _course("Threat Assmt. in Schools", date(2021, 4, 12), date(2021, 4, 13), 16, "record.pdf",
                  doc_type="transcript")  # fmt: skip
    ledger = build([basic(), advanced(), conference(), *_settled(136), cert, row])
    assert ledger.additional_hours_credited == 152.0
    assert ledger.requirements["additional_160"].verdict == "not_met"
    assert line(ledger, row).rule == "duplicate"
    assert line(ledger, cert).rule == "credited"


def test_a_record_row_a_day_off_and_abbreviated_is_its_duplicate() -> None:
    """Z13, Z05: the record dates the course a day later and abbreviates its title."""
    cert = _course(
        "School Threat Assessment Team Training", date(2023, 3, 7), date(2023, 3, 8), 16, "team.pdf"
    )
    row = _course("Sch. Threat Assmt. Team Trng.", date(2023, 3, 8), date(2023, 3, 9), 16, "record.pdf",
                  doc_type="transcript")  # fmt: skip
    ledger = build([basic(), advanced(), conference(), *_settled(136), cert, row])
    assert ledger.additional_hours_credited == 152.0
    assert {line(ledger, cert).rule, line(ledger, row).rule} == {"credited", "duplicate"}


def test_the_same_title_a_day_off_is_a_duplicate_not_annual_training() -> None:
    """Z01: overlapping days cannot be two runs of one course: the copy is a duplicate, not "annual
    training counted once"."""
    cert = _course(
        "Child Abuse and Neglect Investigations", date(2021, 3, 1), date(2021, 3, 3), 24, "abuse.pdf"
    )
    row = _course("Child Abuse and Neglect Investigations", date(2021, 3, 2), date(2021, 3, 4), 24,
                  "record.pdf", doc_type="transcript")  # fmt: skip
    ledger = build([basic(), advanced(), conference(), *_settled(128), cert, row])
    assert ledger.additional_hours_credited == 152.0
    assert sorted(line(ledger, x).rule for x in (cert, row)) == ["credited", "duplicate"]


def test_two_courses_on_the_same_day_stay_two() -> None:
    """Two half-day courses of one day, the same hours, titles not abbreviating each other: both count."""
    law = _course("Juvenile Law Update", date(2024, 2, 6), date(2024, 2, 6), 4, "law.pdf")
    media = _course("Social Media Threats to Schools", date(2024, 2, 6), date(2024, 2, 6), 4, "media.pdf")
    ledger = build([basic(), advanced(), conference(), *_settled(152), law, media])
    assert [line(ledger, x).rule for x in (law, media)] == ["credited", "credited"]
    assert ledger.additional_hours_credited == 160.0


def test_a_yearly_run_next_year_is_still_annual() -> None:
    """Runs of one course in two years share no day: the yearly rule, as before."""
    y1 = _course("Annual School Safety In-Service", date(2023, 2, 7), date(2023, 2, 7), 8, "in-2023.pdf")
    y2 = _course("Annual School Safety In-Service", date(2024, 2, 6), date(2024, 2, 6), 8, "in-2024.pdf")
    ledger = build([basic(), advanced(), conference(), *_settled(144), y1, y2])
    assert [line(ledger, x).rule for x in (y1, y2)] == ["annual_once", "credited"]


def test_an_abbreviated_row_stating_other_hours_goes_to_a_person() -> None:
    """Z14: the certificate's 16 h and the abbreviated row's 8 h of the same days were both credited (136 +
    24 = 160: wrongly eligible); which is right is a person's call."""
    cert = _course("Threat Assessment in Schools", date(2021, 4, 12), date(2021, 4, 13), 16, "threat.pdf")
    row = _course("Threat Assmt. in Schools", date(2021, 4, 12), date(2021, 4, 13), 8, "record.pdf",
                  doc_type="transcript")  # fmt: skip
    ledger = build([basic(), advanced(), conference(), *_settled(136), cert, row])
    assert ledger.additional_hours_credited == 136.0
    assert [line(ledger, x).rule for x in (cert, row)] == ["needs_review", "needs_review"]
    assert ledger.eligible is False


def test_two_catalog_courses_on_the_same_days_are_never_merged_by_title() -> None:
    """Catalog ids settle which course a line is: an abbreviation never joins two of them."""
    a = _course("Youth MHFA", date(2022, 9, 8), date(2022, 9, 8), 8, "a.pdf", catalog_id="ymhfa")
    b = _course("Youth Mental Health First Aid Instructor", date(2022, 9, 8), date(2022, 9, 8), 8, "b.pdf",
                catalog_id="ymhfa-instructor")  # fmt: skip
    ledger = build([basic(), advanced(), conference(), *_settled(144), a, b])
    assert [line(ledger, x).rule for x in (a, b)] == ["credited", "credited"]


def test_a_course_stated_two_ways_may_add_its_hours_once() -> None:
    """Z14: 136 settled + 16 or 8 can never reach 160: R5 is not met whichever a person picks (it waited for
    a person on 136 + 16 + 16)."""
    cert = _course("Threat Assessment in Schools", date(2021, 4, 12), date(2021, 4, 13), 16, "threat.pdf")
    row = _course("Threat Assmt. in Schools", date(2021, 4, 12), date(2021, 4, 13), 8, "record.pdf",
                  doc_type="transcript")  # fmt: skip
    ledger = build([basic(), advanced(), conference(), *_settled(136), cert, row])
    assert ledger.additional_hours_pending == 16.0
    assert ledger.requirements["additional_160"].verdict == "not_met"


def test_a_course_stated_two_ways_that_could_reach_160_waits_for_a_person() -> None:
    """144 settled + 16 (the certificate) reaches 160, + 8 (the row) does not: a person's."""
    cert = _course("Threat Assessment in Schools", date(2021, 4, 12), date(2021, 4, 13), 16, "threat.pdf")
    row = _course("Threat Assessment in Schools", date(2021, 4, 12), date(2021, 4, 13), 8, "record.pdf",
                  doc_type="transcript")  # fmt: skip
    ledger = build([basic(), advanced(), conference(), *_settled(144), cert, row])
    assert ledger.requirements["additional_160"].verdict == "needs_review"
    assert ledger.eligible is False
