"""Wordings from round 3 of the certificate audit (``tests/novel_certificates_3.py``), on positioned words.

Each case is a fault the audit found: the strings are what such certificates print, with the distractors
beside them, and the assertion is the reading a person would sign, or a review note where the page cannot
settle a fact.
"""

from __future__ import annotations

from datetime import date

import pytest

from classify.category import category_from_title
from extract.certificate import read_certificate
from extract.fields.dates import names_a_day_first_place
from extract.fields.hours import find_hours
from extract.fields.names import person_name_score
from tests.unit.test_layout_parsers import page_of

# ------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    "text",
    [
        "10716 Hacienda Road, Aylmer, Ontario N5H 2T2, Canada",
        "Leamington Road, Ryton-on-Dunsmore, Coventry CV8 3EN",
        "Tulliallan Castle, Kincardine, Alloa FK10 4BE",
        "Queensland Police Service, Brisbane, Australia",
    ],
)
def test_places_that_do_not_write_month_first(text: str) -> None:
    assert names_a_day_first_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "3408 Covington Hwy, Decatur, GA 30032",
        "Ontario Police Department, Ontario, CA 91761",  # a US city named like a province
        "New Mexico Law Enforcement Academy, Santa Fe, NM 87507",
        "Course # IS-362.a   (205) 555-0140   Session 2 of 3",
        "Certificate No. 21-4471   TCOLE Course #3318",
        "Georgia Public Safety Training Center, Forsyth, GA 31029",
    ],
)
def test_us_addresses_and_codes_name_no_such_place(text: str) -> None:
    assert not names_a_day_first_place(text)


def _ambiguous_certificate(address: str) -> list[tuple[str, float, float, float]]:
    return [
        ("ONTARIO POLICE COLLEGE", 230, 60, 14),
        (address, 150, 80, 10),
        ("Certificate of Completion", 200, 120, 26),
        ("This is to certify that", 240, 160, 13),
        ("Marc-Andre Tremblay", 220, 190, 24),
        ("has completed", 260, 230, 13),
        ("Juvenile Law Update", 230, 260, 18),
        ("Date: 04/05/2022      Hours: 4", 220, 300, 13),
    ]


def test_a_canadian_issuers_ambiguous_numeric_date_goes_to_a_person() -> None:
    """Canada writes 04/05/2022 both ways: the 5th of April is a guess, said in the date notes."""
    item = read_certificate(page_of(_ambiguous_certificate("Aylmer, Ontario N5H 2T2, Canada"))).item
    assert item is not None
    assert any("either way round" in n for n in item.date_notes), item.date_notes


def test_a_us_issuers_numeric_date_stays_month_first() -> None:
    item = read_certificate(page_of(_ambiguous_certificate("Ontario, CA 91761"))).item
    assert item is not None
    assert (item.start_date, item.date_notes) == (date(2022, 4, 5), ())


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Hours Awarded 7,5", 7.5),  # no colon, a decimal comma
        ("Total Contact Hours 16", 16.0),
        ("Completed on June 11, 2022      Time: 1h 26m", 1.4333),
        ("Course length: 1h 30m", 1.5),
        ("Seat time: 2h 15m", 2.25),
    ],
)
def test_labels_that_vouch_for_an_amount(text: str, hours: float) -> None:
    (m,) = find_hours(text)
    assert m.hours == hours and m.labelled


@pytest.mark.parametrize(
    "text",
    [
        "Total Hours 2019 report",  # a year, and not the line's end
        "Hours Awarded 8 of 10",  # a fraction of something else
        "Time: 9:00 AM",  # a clock time
        "Time: 1:30 PM - 3:00 PM",
    ],
)
def test_no_hours_from_distractors_near_those_labels(text: str) -> None:
    assert [m for m in find_hours(text) if m.labelled] == []


@pytest.mark.parametrize("text", ["Contact Hours 8.0  IACET CEUs 0.8", "Hours 8  CEUs 0.8"])
def test_a_ceu_label_before_its_own_amount_does_not_count_the_hours_as_ceus(text: str) -> None:
    """Both lengths printed without colons: 8.0 is the hours label's, not 8 CEUs (80 hours). (Round 14 reads
    "CEUs 0.8" set apart as its own field too: the same 8 hours.)"""
    found = [(m.hours, m.unit) for m in find_hours(text)]
    assert (8.0, "hours") in found and {h for h, _ in found} == {8.0}


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("1.6 CEU 16 hours", 16.0),
        ("2.4 CEUs 2019 Annual Conference", 24.0),
        ("0.1 IACET CEU", 1.0),
        ("2.4 CEU 06/08/2022", 24.0),
        ("Training Hours 2.4 CEU", 24.0),  # no amount after the CEU word: the unit is the amount's own
    ],
)
def test_ceus_still_read_before_hours_or_a_year(text: str, hours: float) -> None:
    assert [m.hours for m in find_hours(text) if m.unit == "ceu"] == [hours]


def test_bare_hours_and_minutes_without_a_label_are_not_vouched_for() -> None:
    (m,) = find_hours("Session 1h 26m")
    assert not m.labelled


def _module_table(
    total_row: tuple[str, float, float, float] | None, heading: str = "Module"
) -> list[tuple[str, float, float, float]]:
    rows = [
        ("Certificate of Participation", 180, 100, 26),
        ("This certifies that", 240, 140, 13),
        ("Carmen I. Villareal", 220, 170, 24),
        ("participated in the", 240, 205, 13),
        ("School Safety Assessment Workshop", 170, 235, 17),
        ("May 4, 2023", 270, 262, 13),
        (heading, 110, 320, 10),
        ("Hours", 440, 320, 10),
        ("1. Site vulnerability walk-through", 110, 336, 10),
        ("2.0", 440, 336, 10),
        ("2. Access control and visitor management", 110, 350, 10),
        ("1.5", 440, 350, 10),
        ("3. Writing the assessment report", 110, 364, 10),
        ("2.5", 440, 364, 10),
    ]
    return rows + ([total_row] if total_row else [])


def test_module_hours_with_their_total_are_the_whole() -> None:
    item = read_certificate(page_of([*_module_table(("Total:", 380, 380, 10)), ("6.0", 440, 380, 10)])).item
    assert item is not None
    assert (item.hours, item.hours_notes) == (6.0, ())


def test_module_hours_with_a_total_in_the_column() -> None:
    item = read_certificate(page_of(_module_table(("Total: 6.0", 440, 380, 10)))).item
    assert item is not None
    assert (item.hours, item.hours_notes) == (6.0, ())


def test_module_hours_without_a_total_are_summed_for_a_person() -> None:
    item = read_certificate(page_of(_module_table(None))).item
    assert item is not None
    assert item.hours == 6.0
    assert any("amounts listed under one hours heading" in n for n in item.hours_notes), item.hours_notes


def test_a_total_that_is_not_the_sum_goes_to_a_person() -> None:
    item = read_certificate(page_of([*_module_table(("Total:", 380, 380, 10)), ("8.0", 440, 380, 10)])).item
    assert item is not None
    assert any("amounts listed under one hours heading" in n for n in item.hours_notes), item.hours_notes


# ------------------------------------------------------------------------------------ names and titles


def test_name_after_the_course_in_prose_not_the_signer() -> None:
    rows = [
        ("Regional Fusion Center", 227, 69, 14),
        ("Certificate of Training", 171, 114, 28),
        ("This certificate verifies that the course Social Media Threats to Schools was", 90, 189, 14),
        ("completed by Officer Jane Q. Doe, Badge #4471, on September 9th, 2023,", 90, 210, 14),
        ("for a total of 3.0 hours of instruction.", 90, 231, 14),
        ("Lt. Omar B. Hassan", 90, 300, 9),
        ("Center Director", 90, 312, 8),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Officer Jane Q. Doe"
    item = reading.item
    assert item is not None
    assert (item.course_title, item.start_date, item.hours) == (
        "Social Media Threats to Schools",
        date(2023, 9, 9),
        3.0,
    )


def test_learner_and_programme_labels() -> None:
    rows = [
        ("College of Policing", 60, 60, 15),
        ("Certificate of Learning", 60, 140, 22),
        ("Learner: Priya K. Sandhu", 60, 190, 12),
        ("Programme: Countering Radicalisation in Schools", 60, 214, 12),
        ("Date attended: 22/09/2022", 60, 238, 12),
        ("Duration: 6 hours", 60, 262, 12),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None and reading.participant_name.text == "Priya K. Sandhu"
    assert reading.item is not None
    assert reading.item.course_title == "Countering Radicalisation in Schools"


def test_a_spanish_title_is_no_persons_name() -> None:
    assert person_name_score("Prevención de la Violencia Escolar") < 0.8
    assert person_name_score("Luis Alberto Rivera Soto") >= 0.8


def test_bilingual_cue_line_then_a_spanish_title() -> None:
    rows = [
        ("NEGOCIADO DE LA POLICÍA DE PUERTO RICO", 237, 49, 14),
        ("Certificado de finalización", 238, 92, 28),
        ("Certificate of Completion", 330, 124, 13),
        ("Otorgado a / Awarded to", 331, 154, 13),
        ("Luis Alberto Rivera Soto", 257, 178, 26),
        ("por completar el curso / for completing the course", 266, 216, 13),
        ("Prevención de la Violencia Escolar", 231, 242, 20),
        ("15 de marzo de 2022", 341, 280, 13),
        ("Duración: 8 horas", 349, 300, 13),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.item is not None
    assert (reading.item.course_title, reading.item.start_date, reading.item.hours) == (
        "Prevención de la Violencia Escolar",
        date(2022, 3, 15),
        8.0,
    )


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Prevención de la Violencia Escolar", "school_safety"),
        ("Segurança Escolar para Policiais", "school_safety"),
        ("Justicia Juvenil y Derechos de los Adolescentes", "juvenile"),
    ],
)
def test_spanish_and_portuguese_titles_have_a_category(title: str, category: str) -> None:
    assert category_from_title(title).category == category


def test_a_date_field_under_the_title_is_no_part_of_it() -> None:
    """A fax glued the hours to the year ("03/15/20234 hrs"): the line parses as no date, yet its label says
    it is the date's field, not the title's second line."""
    rows = [
        ("The I Love U Guys Foundation", 200, 60, 14),
        ("Certificate of Completion", 190, 110, 26),
        ("This certifies that", 240, 150, 13),
        ("Brianna L. Kessler", 220, 180, 24),
        ("has completed the", 240, 215, 13),
        ("Standard Reunification Method Training", 150, 245, 14),
        ("Training date: 03/15/20234 hrs", 150, 262, 14),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert item.course_title == "Standard Reunification Method Training"


def test_courses_listed_with_their_total_are_no_one_courses_hours() -> None:
    """A header naming courses: the rows are courses of their own, their total no single course's length."""
    rows = [*_module_table(("Total:", 380, 380, 10), heading="Course"), ("6.0", 440, 380, 10)]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert any("amounts listed under one hours heading" in n for n in item.hours_notes), item.hours_notes


def test_amounts_under_a_non_parts_heading_are_not_summed() -> None:
    """Attendees' hours on a roster, a conference's sessions: the amounts are no parts of one course."""
    rows = _module_table(None, heading="Session")
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert item.hours == 2.0  # the first amount, as before: a person reads the column
    assert any("amounts listed under one hours heading" in n for n in item.hours_notes), item.hours_notes
