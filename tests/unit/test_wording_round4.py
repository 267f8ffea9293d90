"""Wordings from round 4 of the certificate audit (``tests/novel_certificates_4.py``), on positioned words.

Each case is a fault the audit found: the strings are what such certificates print, with the distractors
beside them, and the assertion is the reading a person would sign, or a review note where the page cannot
settle a fact.
"""

from __future__ import annotations

from datetime import date

import pytest

from classify.category import category_from_title
from classify.doctype import classify_doctype
from extract.certificate import HoursCandidate, choose_hours, read_certificate
from extract.fields.dates import find_dates
from extract.fields.hours import find_hours
from tests.unit.test_layout_parsers import page_of

# ------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Date(s) of Training: 3/6, 3/7, 3/8/2023", date(2023, 3, 6), date(2023, 3, 8)),
        ("3/6, 3/7 & 3/8/2023", date(2023, 3, 6), date(2023, 3, 8)),
        ("13/6, 14/6, 15/6/2023", date(2023, 6, 13), date(2023, 6, 15)),  # day first: 13 is no month
        ("los días 6, 7 y 8 de marzo de 2023, con", date(2023, 3, 6), date(2023, 3, 8)),
        ("held 6, 7 and 8 March 2023", date(2023, 3, 6), date(2023, 3, 8)),
        ("du 6 au 8 mars 2023", date(2023, 3, 6), date(2023, 3, 8)),
        ("le 17 mai 2023", date(2023, 5, 17), date(2023, 5, 17)),
        ("1er décembre 2022", date(2022, 12, 1), date(2022, 12, 1)),
        ("Completed on 2023.05.17", date(2023, 5, 17), date(2023, 5, 17)),
        ("Issued this 17th day of May, 2023", date(2023, 5, 17), date(2023, 5, 17)),
        ("December 28, 2022 - January 3, 2023", date(2022, 12, 28), date(2023, 1, 3)),
    ],
)
def test_days_listed_and_french_dates(text: str, start: date, end: date) -> None:
    (found,) = find_dates(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "3/8, 3/7, 3/9/2023",  # not in rising order: no list of course days
        "Room 12, 3/8/2023",  # a number before a date is no day of it
        "Mars Academy 2023",  # the French month alone is a planet's name
    ],
)
def test_no_list_from_numbers_out_of_order_or_a_lone_number(text: str) -> None:
    assert all(not d.is_range for d in find_dates(text))


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Durée : 7,5 heures", 7.5),
        ("7,5 heures", 7.5),
        ("1h 26m", 1.4333),  # alone on its line
        ("Updated: 02/2018 Completed: 03/2019 © 1h 26m", 1.4333),  # after a clock icon
        ("17 May 2023  -  90 minutes", 1.5),
        ("Duration: 2.5 hrs", 2.5),
    ],
)
def test_lengths_that_stand_as_printed(text: str, hours: float) -> None:
    (m,) = find_hours(text)
    assert m.hours == pytest.approx(hours, abs=1e-4)
    assert m.labelled


@pytest.mark.parametrize("text", ["Session 1h 26m", "1h 26m of video", "2h30"])
def test_bare_hours_and_minutes_after_a_word_or_without_their_m_are_not_vouched_for(text: str) -> None:
    (m,) = find_hours(text)
    assert not m.labelled


@pytest.mark.parametrize(
    "text",
    [
        "consisting of approximately 300 hours of supervised field training",
        "approx. 2 hrs",
        "over 40 hours of instruction",
        "more than 2,000 hours",
        "about 90 minutes",
        "aproximadamente 20 horas",
    ],
)
def test_approximate_amounts_are_no_stated_length(text: str) -> None:
    assert find_hours(text) == []


def test_an_exact_amount_beside_over_a_span_of_days_is_still_read() -> None:
    assert [m.hours for m in find_hours("completed 40 hours over 5 days")] == [40.0]


def _candidate(hours: float, from_ceus: bool) -> HoursCandidate:
    return HoursCandidate(hours, "x", True, False, 1.0, (0, 0, 1, 1), 1, from_ceus=from_ceus)


def test_ceus_that_disagree_with_the_hours_leave_the_hours_for_a_person() -> None:
    """'1.2 CEUs (8 contact hours)': the CEUs are a conversion; the printed hours are the reading."""
    best, notes = choose_hours([_candidate(12.0, True), _candidate(8.0, False)])
    assert best is not None and best.hours == 8.0
    assert any("several hour values" in n for n in notes)


# ------------------------------------------------------------------------------------ titles


def _title(rows: list[tuple[str, float, float, float]]) -> str | None:
    item = read_certificate(page_of(rows)).item
    return item.course_title if item else None


def test_length_before_the_title_then_the_title_on_its_own_line() -> None:
    rows = [
        ("Certificate of Training", 200, 126, 26),
        ("This is to certify that", 240, 160, 13),
        ("Marisol D. Quintero", 220, 196, 24),
        ("has satisfactorily completed twelve (12) hours of instruction in", 130, 228, 13),
        ("Juvenile Justice Procedures for School Resource Officers", 90, 260, 16),
        ("Given this 22nd day of June, 2023.", 200, 294, 13),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert (item.course_title, item.hours, item.start_date) == (
        "Juvenile Justice Procedures for School Resource Officers",
        12.0,
        date(2023, 6, 22),
    )
    assert item.title_conf >= 0.9  # the cue led to it: no guess by type size


def test_a_course_number_after_the_cue_is_no_title() -> None:
    rows = [
        ("Certificate of Training", 250, 104, 30),
        ("presented to", 330, 138, 14),
        ("Yolanda B. Pierce", 290, 174, 26),
        ("for successful completion of POST Course No. 2117", 240, 204, 14),
        ("Interviewing and Interrogating Juveniles", 220, 238, 20),
        ("May 16-17, 2023      Credit Hours: 16", 260, 272, 13),
    ]
    assert _title(rows) == "Interviewing and Interrogating Juveniles"


def test_a_heading_under_a_record_line_is_no_title_the_labelled_course_is() -> None:
    rows = [
        ("Training Division - Record of Training Completed", 50, 68, 11),
        ("Training Certificate", 50, 140, 22),
        ("Student Name", 50, 190, 11),
        ("Connor J. Whitaker-Lee", 190, 190, 13),
        ("Course Title", 50, 218, 11),
        ("Active Threat Response in Schools", 190, 218, 13),
        ("Date Completed", 50, 246, 11),
        ("Nov. 7, 2023", 190, 246, 13),
    ]
    assert _title(rows) == "Active Threat Response in Schools"


def test_attending_a_live_webinar_names_the_course_on_the_next_line() -> None:
    rows = [
        ("Certificate of Attendance", 200, 134, 26),
        ("In recognition of attending the live webinar", 170, 168, 13),
        ("Threat Assessment Teams in K-12 Schools", 150, 200, 18),
        ("this certificate is presented to", 210, 232, 13),
        ("Rafael O. Mendoza", 220, 268, 24),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert (item.course_title, item.title_conf) == ("Threat Assessment Teams in K-12 Schools", 0.9)


@pytest.mark.parametrize(
    ("cue", "title"),
    [
        ("qui a suivi la formation", "Prévention de la violence en milieu scolaire"),
        ("por su participación en el curso", "Atención a Adolescentes en Conflicto con la Ley"),
    ],
)
def test_french_and_spanish_cues_lead_to_an_accented_title(cue: str, title: str) -> None:
    rows = [
        ("Attestation de formation", 250, 104, 30),
        ("décernée à", 350, 138, 14),
        ("Émilie Tremblay-Gagnon", 270, 174, 26),
        (cue, 300, 204, 14),
        (title, 200, 238, 20),
        ("le 17 mai 2023", 340, 272, 13),
    ]
    assert _title(rows) == title


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Prévention de la violence en milieu scolaire", "school_safety"),
        ("Intervention auprès des jeunes en crise", "juvenile"),
    ],
)
def test_french_titles_have_a_category(title: str, category: str) -> None:
    assert category_from_title(title, None).category == category


# ------------------------------------------------------------------------------------ doc types


@pytest.mark.parametrize(
    "text",
    [
        "Certificate of Participation This certificate is proudly awarded to Khaled Fathallah for "
        "participation in the Cloud Catalyst Tech Forum GenAI Hackathon on the 18th & 19th of January 2026.",
        "Certificamos que o trabalho foi apresentado no 11º Congresso Brasileiro de Saúde Coletiva",
        "certifica a participação de Melina no evento Encontros Carreira tech, totalizando 02 (duas) horas",
    ],
)
def test_congresses_forums_hackathons_and_meetings_are_events(text: str) -> None:
    assert classify_doctype(text, "single", 1, False).doc_type == "conference_attendance"


def test_a_prize_with_no_hours_is_no_training_record() -> None:
    text = (
        "ROBOT HACKATHON 3rd PRIZE Certificate of Excellence This Certificate is presented to Arnab Sen "
        "Sharma In recognition of your outstanding efforts and achievement in the Robot Hackathon 2018."
    )
    guess = classify_doctype(text, "single", 1, False)
    assert guess.doc_type == "other" and "prize" in guess.reason


def test_a_course_that_names_a_winner_and_its_hours_stays_a_certificate() -> None:
    text = (
        "Certificate of Completion This certifies that Dana Whitley, winner of the academy's top score, has "
        "completed Juvenile Law Update on May 4, 2023. 8 hours"
    )
    assert classify_doctype(text, "single", 1, False).doc_type == "certificate"


def test_a_line_stating_an_approximate_length_is_no_part_of_the_title_above() -> None:
    rows = [
        ("Certificate of Completion", 200, 126, 26),
        ("This certifies that", 250, 160, 13),
        ("Keith M. Arrington", 220, 196, 24),
        ("has completed the", 260, 228, 13),
        ("School Resource Officer Field Training Program", 130, 260, 14),
        ("consisting of approximately 300 hours of supervised field training,", 120, 278, 14),
        ("completed December 16, 2022.", 220, 296, 13),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert (item.course_title, item.hours) == ("School Resource Officer Field Training Program", None)


def test_the_words_leading_to_the_course_on_its_line_are_no_part_of_the_title() -> None:
    """Prose wraps "completed eight hours of instruction in" after "of": the next line opens with the
    sentence's "instruction in", then the course and its date."""
    rows = [
        ("Certificate of Training", 200, 119, 25),
        ("Robert James Miller Jr.", 220, 180, 18),
        ("This certifies that the above-named deputy completed eight hours of", 90, 240, 10),
        ("instruction in Gang Awareness and Intervention on the twelfth day of May,", 90, 260, 10),
        ("2021, given by the Training Division of this office.", 90, 280, 10),
    ]
    assert _title(rows) == "Gang Awareness and Intervention"
