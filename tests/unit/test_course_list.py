"""A certificate page listing several courses, each with its own hours: one item per course
(``extract/course_list.py``), and what stays one course (modules, an agenda, the usual date and hours line).

Each rule is tried on positioned words (``tests.unit.test_layout_parsers.words_at``), read as a page is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from classify.types import ClassifiedDocument
from tests.unit.test_assignment_letters import Row, _classified, _document


def _certificate(listed: Sequence[str], done: str = "has completed the following courses:") -> list[Row]:
    head: list[Row] = [
        ("LAKESIDE REGIONAL TRAINING CENTER", 150, 74, 13),
        ("Certificate of Completion", 160, 130, 26),
        ("This certifies that", 250, 166, 13),
        ("Officer Vanessa R. Holt", 190, 204, 22),
        (done, 200, 238, 13),
    ]
    body: list[Row] = [(text, 80, 270 + 22 * k, 12) for k, text in enumerate(listed)]
    return head + body + [("Harold Wynn, Center Director", 90, 680, 10)]


def _facts(doc: ClassifiedDocument) -> list[tuple[object, ...]]:
    return [(i.course_title, i.start_date, i.end_date, i.hours) for i in doc.items]


@pytest.mark.parametrize(
    "listed",
    [
        [
            "Youth Mental Health First Aid - 02/07/2023 - 8 hours",
            "Juvenile Law for Law Enforcement - 02/08/2023 - 4 hours",
        ],
        [
            "Youth Mental Health First Aid (8 hrs) February 7, 2023",
            "Juvenile Law for Law Enforcement (4 hrs) February 8, 2023",
        ],
        [
            "02/07/2023   Youth Mental Health First Aid   8 hrs",
            "02/08/2023   Juvenile Law for Law Enforcement   4 hrs",
        ],
        [
            "• Youth Mental Health First Aid, February 7, 2023, 8 hours",
            "• Juvenile Law for Law Enforcement, February 8, 2023, 4 hours",
        ],
        [
            "e Youth Mental Health First Aid, February 7, 2023, 8 hours",
            "¢ Juvenile Law for Law Enforcement, February 8, 2023, 4 hours",
        ],
        [
            "Course 1: Youth Mental Health First Aid",
            "Date: 02/07/2023     Hours: 8",
            "Course 2: Juvenile Law for Law Enforcement",
            "Date: 02/08/2023     Hours: 4",
        ],
    ],
)
def test_each_listed_course_is_its_own_item(listed: list[str]) -> None:
    doc = _classified(_certificate(listed))
    assert _facts(doc) == [
        ("Youth Mental Health First Aid", date(2023, 2, 7), date(2023, 2, 7), 8.0),
        ("Juvenile Law for Law Enforcement", date(2023, 2, 8), date(2023, 2, 8), 4.0),
    ]
    assert doc.participant_name is not None and doc.participant_name.text.endswith("Vanessa R. Holt")
    assert all(i.status == "auto" for i in doc.items)


def test_a_hyphen_inside_a_title_stays() -> None:
    doc = _document(
        _certificate(
            [
                "Trauma-Informed Policing with Youth - 03/08/2023 - 8 hours",
                "Juvenile Law for Law Enforcement - 03/09/2023 - 8 hours",
            ]
        )
    )
    assert [i.course_title for i in doc.items] == [
        "Trauma-Informed Policing with Youth",
        "Juvenile Law for Law Enforcement",
    ]


def test_a_total_is_no_course_and_is_checked_against_the_sum() -> None:
    listed = [
        "Youth Mental Health First Aid - 11/08/2022 - 8 hours",
        "Juvenile Law for Law Enforcement - 11/09/2022 - 4 hours",
    ]
    doc = _document(_certificate([*listed, "Total CE Hours: 12.0"]))
    assert [i.hours for i in doc.items] == [8.0, 4.0]
    assert all(not i.notes for i in doc.items)
    wrong = _classified(_certificate([*listed, "Total CE Hours: 16.0"]))
    assert [i.hours for i in wrong.items] == [8.0, 4.0]
    assert all(i.status == "review" for i in wrong.items)
    assert all(any("total (16 h)" in r for r in i.review_reasons) for i in wrong.items)


def test_courses_without_a_date_of_their_own_take_the_pages() -> None:
    listed = [
        "Youth Mental Health First Aid - 8 hours",
        "Juvenile Law for Law Enforcement - 4 hours",
        "",
        "Date of training: August 9, 2023",
    ]
    doc = _document(_certificate([t for t in listed if t]))
    assert [(i.start_date, i.hours) for i in doc.items] == [(date(2023, 8, 9), 8.0), (date(2023, 8, 9), 4.0)]


def test_a_course_without_a_date_among_dated_ones_has_none() -> None:
    listed = [
        "Youth Mental Health First Aid - 02/07/2023 - 8 hours",
        "Juvenile Law for Law Enforcement - 4 hours",
    ]
    doc = _classified(_certificate(listed))
    assert [i.start_date for i in doc.items] == [date(2023, 2, 7), None]
    assert doc.items[1].status == "review"


@pytest.mark.parametrize(
    "listed",
    [
        # a course's modules: no hours on their lines
        [
            "Basic School Resource Officer Course",
            "June 5-9, 2023  ·  40 hours",
            "Modules completed:",
            "• Legal issues in schools",
            "• Adolescent brain development",
        ],
        # a course's agenda, day by day: dates, no hours
        [
            "Crisis Intervention Teams for Youth",
            "40 hours of instruction",
            "Day 1 - 04/04/2022 - Adolescent development",
            "Day 2 - 04/05/2022 - De-escalation with youth",
        ],
        # one course, its title then its date and hours, then a CEU line
        ["Youth Mental Health First Aid", "February 7, 2023 - 8 hours", "0.8 CEUs awarded"],
    ],
)
def test_one_course_stays_one_item(listed: list[str]) -> None:
    doc = _document(_certificate(listed, done="has completed"))
    assert len(doc.items) == 1


def test_a_conferences_listed_sessions_are_its_attendance() -> None:
    listed = [
        "Youth Mental Health First Aid - 07/18/2023 - 1.5 hours",
        "Juvenile Law for Law Enforcement - 07/19/2023 - 3 hours",
    ]
    doc = _classified(
        _certificate(listed, done="attended the 2023 State School Safety Conference sessions below:")
    )
    assert doc.doc_type == "conference_attendance"
    assert [(i.category, i.catalog_id, i.status) for i in doc.items] == [("conference", None, "review")] * 2


def test_the_sentences_length_before_the_title_is_the_courses_hours() -> None:
    """'has completed the 40-hour' ending its line, the title on the next: the sentence states the hours."""
    rows = _certificate(
        ["Basic School Resource Officer Course", "June 5-9, 2023"], done="has completed the 40-hour"
    )
    (item,) = _document(rows).items
    assert (item.course_title, item.hours) == ("Basic School Resource Officer Course", 40.0)
    assert "hours read from the course title only" not in item.hours_notes + item.notes


def test_a_length_inside_the_title_is_still_the_titles() -> None:
    rows = _certificate(
        ["40-Hour Basic School Resource Officer Course", "June 5-9, 2023"], done="has completed the"
    )
    (item,) = _classified(rows).items
    assert item.status == "review"
    assert "hours read from the course title only" in item.review_reasons


def test_courses_under_one_span_of_days_go_to_a_person() -> None:
    listed = [
        "Youth Mental Health First Aid (8 hours)",
        "Juvenile Law for Law Enforcement (16 hours)",
        "June 6-8, 2022",
    ]
    doc = _classified(_certificate(listed))
    assert [(i.hours, i.end_date) for i in doc.items] == [(8.0, date(2022, 6, 8)), (16.0, date(2022, 6, 8))]
    assert all(i.status == "review" for i in doc.items)
    assert all(any("one span of days" in r for r in i.review_reasons) for i in doc.items)


def test_a_sentence_wrapped_over_lines_with_a_date_and_hours_is_no_list() -> None:
    """A letter's paragraph whose lines each hold a date or an amount (a conference's CEU letter) reads as
    one attendance, not as courses named "in Anaheim California and earned ..." and "the equivalent of"."""
    paragraph = [
        "This letter verifies that Officer Vanessa R. Holt attended the 2022 NASRO School Safety Conference",
        "July 10-15, 2022 in Anaheim, California, and earned 2.4 Continuing Education Units",
        "(CEUs), the equivalent of 24 contact hours.",
    ]
    doc = _document(_certificate(paragraph, done="To Whom It May Concern:"))
    assert len(doc.items) == 1


def test_courses_printed_side_by_side_are_one_item_each() -> None:
    """Two columns of courses: each line holds two courses, each its own item with its own words' box."""
    rows = _certificate([], done="completed the following courses on April 12, 2023:")
    rows += [
        ("Youth Mental Health First Aid \u2014 3 hours", 40, 270, 10),
        ("Juvenile Law for Law Enforcement \u2014 2 hours", 330, 270, 10),
        ("Standard Response Protocol Training \u2014 2 hours", 40, 292, 10),
        ("Active Shooter Response for Schools \u2014 1 hour", 330, 292, 10),
    ]
    doc = _classified(rows)
    assert sorted((i.course_title, i.hours, i.start_date) for i in doc.items) == [
        ("Active Shooter Response for Schools", 1.0, date(2023, 4, 12)),
        ("Juvenile Law for Law Enforcement", 2.0, date(2023, 4, 12)),
        ("Standard Response Protocol Training", 2.0, date(2023, 4, 12)),
        ("Youth Mental Health First Aid", 3.0, date(2023, 4, 12)),
    ]
    boxes = [i.bbox for i in doc.items]
    assert len(boxes) == 4 and len({b[0] < 300 for b in boxes}) == 2  # left and right columns' own boxes


def test_sentence_case_titles_are_listed_courses() -> None:
    listed = [
        "Crisis intervention for youth - 8 hours - 05/02/2023",
        "Standard response protocol training - 4 hours - 05/03/2023",
    ]
    doc = _document(_certificate(listed))
    assert [(i.course_title, i.hours, i.start_date) for i in doc.items] == [
        ("Crisis intervention for youth", 8.0, date(2023, 5, 2)),
        ("Standard response protocol training", 4.0, date(2023, 5, 3)),
    ]


def test_each_courses_stated_length_gives_dated_lines_their_hours() -> None:
    listed = [
        "Youth Mental Health First Aid, February 7, 2023",
        "Juvenile Law for Law Enforcement, February 8, 2023",
    ]
    doc = _classified(
        _certificate(listed, done="has completed the following courses, each 8 hours in length:")
    )
    assert _facts(doc) == [
        ("Youth Mental Health First Aid", date(2023, 2, 7), date(2023, 2, 7), 8.0),
        ("Juvenile Law for Law Enforcement", date(2023, 2, 8), date(2023, 2, 8), 8.0),
    ]
    assert all(i.status == "auto" for i in doc.items)


def test_dated_lines_under_one_total_have_no_hours_of_their_own() -> None:
    listed = [
        "Youth Mental Health First Aid - 02/07/2023",
        "Juvenile Law for Law Enforcement - 02/08/2023",
        "Total training: 12 hours",
    ]
    doc = _classified(_certificate(listed))
    assert [(i.course_title, i.hours) for i in doc.items] == [
        ("Youth Mental Health First Aid", None),
        ("Juvenile Law for Law Enforcement", None),
    ]
    assert all(i.status == "review" for i in doc.items)
    assert all(any("only its courses' total (12 h)" in r for r in i.review_reasons) for i in doc.items)


@pytest.mark.parametrize(
    "listed",
    [
        # dated lines and no hours stated for them: not sure they are courses of their own
        ["Youth Mental Health First Aid - 02/07/2023", "Juvenile Law for Law Enforcement - 02/08/2023"],
        # one course's modules, each with its hours, numbered as modules
        [
            "Basic School Resource Officer Course",
            "June 5-9, 2023  ·  40 hours",
            "Module 1: Legal Issues in Schools - 16 hours",
            "Module 2: School Emergency Operations Planning - 24 hours",
        ],
        # ... or under a line naming them a course's modules
        [
            "Basic School Resource Officer Course",
            "June 5-9, 2023  ·  40 hours",
            "The course consisted of the following modules:",
            "Legal Issues in Schools - 16 hours",
            "School Emergency Operations Planning - 24 hours",
        ],
        # a wrapped sentence in sentence case is still prose
        [
            "completed Active Shooter Response for Schools held",
            "August 1, 2022 in Portland, Oregon, and was awarded 0.8 CEUs",
            "for the equivalent of 8 contact hours of instruction.",
        ],
    ],
)
def test_no_list_of_courses(listed: list[str]) -> None:
    doc = _document(_certificate(listed, done="has completed"))
    assert len(doc.items) <= 1, [(i.course_title, i.hours) for i in doc.items]


# ------------------------------------------------------------------ round 3 (multi_course_certificates_3)


@pytest.mark.parametrize("marker", ["(audited)", "(incomplete)", "Not Completed", "In Progress"])
def test_a_course_the_list_marks_not_completed_is_never_auto(marker: str) -> None:
    listed = [
        "Juvenile Law for Law Enforcement - 03/06/2023 - 8 hours",
        f"Child Abuse and Neglect Investigations - 03/07/2023 - 8 hours {marker}",
        "School Emergency Operations Planning - 03/08/2023 - 8 hours",
    ]
    doc = _classified(_certificate(listed))
    assert [i.course_title for i in doc.items] == [
        "Juvenile Law for Law Enforcement",
        "Child Abuse and Neglect Investigations",
        "School Emergency Operations Planning",
    ]
    assert doc.items[1].status == "review"
    assert any("not completed" in r for r in doc.items[1].review_reasons)
    assert doc.items[0].status == doc.items[2].status == "auto"


def test_hours_beside_the_same_amount_in_ceus_are_one_amount() -> None:
    listed = [
        "Child Abuse and Neglect Investigations - 06/13/2022 - 8 hours (0.8 CEUs)",
        "Interviewing and Interrogating Juveniles - 06/14/2022 - 4 hours (0.4 CEUs)",
    ]
    doc = _document(_certificate(listed))
    assert _facts(doc) == [
        ("Child Abuse and Neglect Investigations", date(2022, 6, 13), date(2022, 6, 13), 8.0),
        ("Interviewing and Interrogating Juveniles", date(2022, 6, 14), date(2022, 6, 14), 4.0),
    ]


def test_a_numbered_course_wrapped_over_two_lines_is_one_course() -> None:
    listed = [
        "1.  Bullying and Cyberbullying Prevention for Law",
        "     Enforcement, 04/17/2023, 4 hours",
        "2.  School Emergency Operations Planning, 04/18/2023,",
        "     8 hours",
    ]
    doc = _document(_certificate(listed))
    assert _facts(doc) == [
        (
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            date(2023, 4, 17),
            date(2023, 4, 17),
            4.0,
        ),
        ("School Emergency Operations Planning", date(2023, 4, 18), date(2023, 4, 18), 8.0),
    ]


def test_a_courses_line_in_another_language_is_no_other_course() -> None:
    listed = [
        "Youth Mental Health First Aid - 06/05/2023 - 8 hours",
        "   Primeros Auxilios de Salud Mental Juvenil - 8 horas",
        "Juvenile Law for Law Enforcement - 06/06/2023 - 4 hours",
        "   Derecho Juvenil para las Fuerzas del Orden - 4 horas",
    ]
    doc = _document(_certificate(listed))
    assert [(i.course_title, i.hours) for i in doc.items] == [
        ("Youth Mental Health First Aid", 8.0),
        ("Juvenile Law for Law Enforcement", 4.0),
    ]


def test_subjects_whose_hours_sum_to_the_courses_printed_above_are_one_course() -> None:
    rows: list[Row] = [
        ("PRAIRIE STATE LAW ENFORCEMENT ACADEMY", 150, 74, 13),
        ("Diploma", 250, 124, 26),
        ("is awarded to", 250, 156, 13),
        ("Officer Caleb J. Whitfield", 190, 192, 22),
        ("who has completed the", 220, 222, 13),
        ("Basic School Resource Officer Course", 160, 250, 17),
        ("July 10-14, 2023  ·  40 hours", 220, 274, 12),
        ("Subjects of instruction", 230, 300, 11),
        ("The SRO's Roles and Responsibilities ........ 8 hours", 120, 330, 11),
        ("Legal Issues for School Officers ........ 12 hours", 120, 352, 11),
        ("Adolescent Brain Development ........ 12 hours", 120, 374, 11),
        ("Emergency Planning for Schools ........ 8 hours", 120, 396, 11),
        ("Harold Wynn, Academy Director", 90, 680, 10),
    ]
    (item,) = _document(rows).items
    assert item.course_title == "Basic School Resource Officer Course"


def test_courses_under_a_sentence_stating_their_sum_are_still_courses() -> None:
    listed = [
        "Youth Mental Health First Aid - January 23, 2023 - 8 hours",
        "Juvenile Law for Law Enforcement - January 24, 2023 - 8 hours",
    ]
    doc = _document(_certificate(listed, done="has completed 16 hours of training in the following courses:"))
    assert [i.hours for i in doc.items] == [8.0, 8.0]


def test_a_numbered_session_line_with_its_own_facts_takes_no_total_below() -> None:
    listed = [
        "Breakout A - Threat Assessment Teams in Practice - 10/03/2023 - 1.5 hours",
        "Breakout B - Social Media Threats and Students - 10/03/2023 - 1 hour",
        "Breakout C - Reunification Drills That Work - 10/04/2023 - 1.5 hours",
        "Total Continuing Education: 4 hours",
    ]
    doc = _document(_certificate(listed))
    assert [(i.course_title, i.start_date, i.hours) for i in doc.items] == [
        ("Threat Assessment Teams in Practice", date(2023, 10, 3), 1.5),
        ("Social Media Threats and Students", date(2023, 10, 3), 1.0),
        ("Reunification Drills That Work", date(2023, 10, 4), 1.5),
    ]
    assert all(not i.notes for i in doc.items)  # the total is their sum


def test_a_summits_breakout_sessions_are_its_attendance() -> None:
    rows = _certificate(
        [
            "Threat Assessment Teams in Practice - 10/03/2023 - 1.5 hours",
            "Reunification Drills That Work - 10/04/2023 - 1.5 hours",
        ],
        done="for attending the following breakout sessions:",
    )
    rows[0] = ("GREAT LAKES SCHOOL SAFETY SUMMIT 2023", 150, 74, 13)
    doc = _classified(rows)
    assert doc.doc_type == "conference_attendance"
    assert all(i.status == "review" for i in doc.items)


def test_an_undated_line_inside_a_list_keeps_the_list_whole() -> None:
    listed = [
        "Juvenile Law for Law Enforcement - 01/10/2022 - 8 hours",
        "Standard Response Protocol Training - 4 hours",
        "Youth Mental Health First Aid - 01/12/2022 - 8 hours",
    ]
    doc = _classified(_certificate(listed))
    assert [(i.course_title, i.start_date, i.hours) for i in doc.items] == [
        ("Juvenile Law for Law Enforcement", date(2022, 1, 10), 8.0),
        ("Standard Response Protocol Training", None, 4.0),
        ("Youth Mental Health First Aid", date(2022, 1, 12), 8.0),
    ]
    assert [i.status for i in doc.items] == ["auto", "review", "auto"]


def test_figures_left_beside_a_title_send_the_course_to_a_person() -> None:
    listed = [
        "Child Abuse and Neglect Investigations - 06/13/2022 - 8 hours (0.8 CEUs)",
        "Interviewing and Interrogating Juveniles - 06/14/2022 - 8 hours -.8 CEUs",  # a fax lost "(0"
    ]
    doc = _classified(_certificate(listed))
    assert [i.course_title for i in doc.items] == [
        "Child Abuse and Neglect Investigations",
        "Interviewing and Interrogating Juveniles",
    ]
    assert [i.status for i in doc.items] == ["auto", "review"]
    assert any("misread" in r for r in doc.items[1].review_reasons)
