"""The seventh unseen round's fixes (bench/unseen_applicants_7.py): a yearly course whose title a department
words differently each year is one course (its words in any order, "In-Service" or "Inservice"); a letter
saying the officer left the SRO post and came back, and serves today, says they are current; a name
differing only in its surname, its given and middle names agreeing, may be a name changed by marriage (a
person decides, never "someone else" silently); a page thanking its holder for a talk at a conference is
the conference's line for a person, not a course credited or dropped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from classify.catalog import load_catalog
from classify.document import classify_document, presented_at_a_conference
from extract.letter import _employment
from tests.factories import read_drawn_lines as _read
from tests.unit.test_rules import advanced, basic, build, conference, line, make_item, r5_items
from verify.lines import repeat_title
from verify.names import names_match

# ------------------------------------------------------------------------------------ yearly courses


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Annual School Safety In-Service 2019", "In-Service Training: School Safety"),
        ("2020 School Safety In-Service Training", "School Safety In-Service - Yearly"),
        ("School Safety Inservice 2021", "SCHOOL SAFETY IN-SERVICE (2022)"),
        ("Active Shooter Response Refresher 2019", "Response to Active Shooter - Annual"),
        ("Legal Update for SROs 2021", "SROs Legal Update"),
        # Accents OCR puts on a scan's letters (a dev-corpus record: "Annual School Thréat Drill Training").
        ("Annual School Thréat Drill Training", "Annual School Threat Drill Training 2019"),
        ("Annuál Legal Update", "Annual Legal Update"),
    ],
)
def test_a_yearly_course_worded_otherwise_is_one_course(a: str, b: str) -> None:
    assert repeat_title(a) == repeat_title(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Advanced SRO Course (Part 1 of 2)", "Advanced SRO Course (Part 2 of 2)"),
        ("Crisis Intervention Level I", "Crisis Intervention Level II"),
        ("School Safety In-Service", "School Safety Pre-Service"),
        ("Juvenile Law Update", "Juvenile Law"),
    ],
)
def test_other_courses_stay_apart(a: str, b: str) -> None:
    assert repeat_title(a) != repeat_title(b)


def test_a_yearly_in_service_worded_four_ways_is_credited_once() -> None:
    """It was credited twice ("In-Service Training: School Safety" a course of its own), which made a
    159.5-hour applicant eligible."""
    titles = ("Annual School Safety In-Service 2019", "2020 School Safety In-Service Training",
              "School Safety In-Service - Yearly", "In-Service Training: School Safety")  # fmt: skip
    runs = [make_item(t, date(2019 + i, 8, 13), 8.0) for i, t in enumerate(titles)]
    ledger = build([basic(), advanced(), conference(), *r5_items(120.0), *runs])
    assert [line(ledger, r).rule for r in runs] == ["annual_once", "annual_once", "annual_once", "credited"]
    assert ledger.additional_hours_credited == 128.0


# ------------------------------------------------------------------------------------ letters


@pytest.mark.parametrize(
    "text",
    [
        "Officer Oyelaran was assigned as the School Resource Officer at Ridgeview High School from August "
        "2018 until June 2019, when he was reassigned to the Patrol Division. He returned to the School "
        "Resource Officer assignment at Ridgeview High School in January 2024 and continues to serve in that "
        "position today.",
        "Deputy Cole served as SRO at Elm Middle School from 2015 to 2018. After two years in investigations "
        "she resumed her duties as School Resource Officer in 2020 and remains in that role.",
        "She was transferred to Patrol in 2019. In 2022 she was reassigned back to the SRO unit, where she "
        "currently serves.",
    ],
)
def test_a_return_to_the_post_after_an_end_is_current(text: str) -> None:
    assert _employment(text)[0] == "current"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # An end after the return, or a return to another post, is not today's SRO service.
        ("He returned to the SRO assignment in 2021 and continues in it. He retired in May 2024.", None),
        (
            "He served as SRO until June 2019. He returned to the Patrol Division and currently serves "
            "there.",
            "ended",
        ),
        (
            "He was the SRO at Lincoln High until 2019. He is currently assigned to the Patrol Division.",
            "ended",
        ),
    ],
)
def test_a_return_elsewhere_or_an_end_after_it_is_not(text: str, status: str | None) -> None:
    assert _employment(text)[0] == status


# ------------------------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("applicant", "printed", "same"),
    [
        ("Jessica L. Hartwell", "Jessica L. Moreno", None),
        ("Jessica L. Hartwell", "MORENO, JESSICA L.", None),
        ("Maria Elena Torres", "Maria Elena Whitfield", None),
        ("Maria E. Torres", "Maria Elena Whitfield", None),
        # Without the middle name, with another one, or another given name: someone else, as before.
        ("Jessica L. Hartwell", "Jessica Moreno", False),
        ("Jessica L. Hartwell", "Jessica K. Moreno", False),
        ("Jessica L. Hartwell", "J. L. Moreno", False),
        ("Jane Q. Doe", "John Q. Smith", False),
    ],
)
def test_only_the_surname_differing_may_be_a_changed_name(
    applicant: str, printed: str, same: bool | None
) -> None:
    assert names_match(applicant, printed).same_person is same


# ------------------------------------------------------------------------------------ presenters


@pytest.mark.parametrize(
    ("text", "presented"),
    [
        (
            "in grateful recognition of presenting the workshop at the 2022 National School Safety "
            "Conference",
            True,
        ),
        ("Thank you for serving as a featured speaker at the NASRO School Safety Conference", True),
        ("for her presentation on threat assessment at the Annual School Safety Conference", True),
        ("with thanks to our keynote speaker, School Safety Summit 2023", True),
        (
            "This certificate is presented to Jane Doe for attending the National School Safety Conference",
            False,
        ),
        ("Session: Threat Assessment. Presenter: Dr. Lee. School Safety Summit 2023", False),
        ("for presenting at the roll call briefing", False),
    ],
)
def test_a_talk_given_at_a_conference(text: str, presented: bool) -> None:
    assert presented_at_a_conference(text) is presented


def test_a_presenters_certificate_is_a_conference_line_for_a_person(tmp_path: Path) -> None:
    """It was a certificate of a course named after the talk, and R6 was not met silently."""
    doc = _read(
        tmp_path,
        [
            "National Association of School Resource Officers",
            "Certificate of Appreciation",
            "is presented to",
            "Theresa M. Kowalczyk",
            "in grateful recognition of presenting the workshop",
            "Building Trust with Students Through Mentoring",
            "at the 2022 National School Safety Conference",
        ],
    )
    out = classify_document(doc, load_catalog(), date(2025, 6, 2))
    assert out.doc_type == "conference_attendance"
    assert [(i.category, i.catalog_id, i.status) for i in out.items] == [("conference", None, "review")]


@pytest.mark.parametrize(
    ("misread", "pending"),
    [
        ("School Safety In-Servlce 2020", True),  # one word an OCR slip from the other year's
        ("Schoo1 Safety In-Service 2020", True),
        ("School Safety Pre-Service 2020", False),  # another word: another course
        ("School Safety In-Service Level 2", False),
    ],
)
def test_a_yearly_title_one_misread_word_apart_waits_for_a_person(misread: str, pending: bool) -> None:
    """Never credited twice unseen: the earlier run waits for a person when its title is one slip away."""
    a = make_item(misread, date(2020, 8, 11), 8.0)
    b = make_item("School Safety In-Service 2021", date(2021, 8, 10), 8.0)
    ledger = build([basic(), advanced(), conference(), *r5_items(160.0), a, b])
    assert line(ledger, b).rule == "credited"
    assert (line(ledger, a).rule == "needs_review") is pending
    assert line(ledger, a).credited_hours == (0.0 if pending else 8.0)


def test_courses_a_word_apart_in_one_year_are_two() -> None:
    a = make_item("Juvenile Law Update", date(2021, 3, 1), 4.0)
    b = make_item("Juvenile Law Updates", date(2021, 9, 1), 4.0)
    ledger = build([basic(), advanced(), conference(), *r5_items(160.0), a, b])
    assert (line(ledger, a).rule, line(ledger, b).rule) == ("credited", "credited")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Officer Jessica Hartwell (formerly Moreno) has served as the School Resource Officer at Lakeshore "
         "High School since August 2016, and she continues in that assignment.", "current"),
        ("Deputy Ana Ruiz (née Ortega) is currently assigned as the SRO at Elm High School.", "current"),
        ("Deputy Ana Ruiz, formerly known as Ana Ortega, is currently assigned as our School Resource "
         "Officer.", "current"),
        # "formerly" of the post still ends it.
        ("Officer Lee (formerly the SRO at Elm High) now works in patrol.", "ended"),
        ("Officer Lee formerly served as the SRO at Elm High School.", "ended"),
    ],
)  # fmt: skip
def test_a_former_name_is_no_end_of_the_post(text: str, status: str) -> None:
    assert _employment(text)[0] == status


@pytest.mark.parametrize(
    ("a", "b", "credited"),
    [
        # Two providers' basic courses, neither said to recur (unseen applicants round 1, U03): both count.
        ("Basic School Resource Officer Course", "School Resource Officer Basic", [40.0, 40.0]),
        # Said to recur in one of them: one yearly course, the latest counts.
        ("Active Shooter Response Refresher", "Response to Active Shooter", [0.0, 40.0]),
    ],
)
def test_reordered_titles_are_one_course_only_when_said_to_recur(
    a: str, b: str, credited: list[float]
) -> None:
    from tests.unit.test_rules import base_items, build, line, make_item

    runs = [make_item(a, date(2019, 5, 3), 40.0), make_item(b, date(2021, 5, 3), 40.0)]
    ledger = build([*base_items(), *runs])
    assert [line(ledger, r).credited_hours for r in runs] == credited
