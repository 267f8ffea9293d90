"""Wordings from round 5 of the certificate audit (``tests/novel_certificates_5.py``), on positioned words.

Each case is a fault the audit found: the strings are what such certificates print, with the distractors
beside them, and the assertion is the reading a person would sign, or a review note where the page cannot
settle a fact.
"""

from __future__ import annotations

from datetime import date

import pytest

from classify.category import category_from_title
from extract.certificate import choose_hours, hours_candidates, read_certificate
from extract.fields.dates import find_dates
from extract.fields.hours import find_hours
from extract.fields.names import name_tokens
from tests.unit.test_layout_parsers import page_of

# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Training time: 3½ hours", 3.5),
        ("2¼ hrs", 2.25),
        ("Umfang: 8 Stunden", 8.0),
        ("Dauer: 16 Stunden", 16.0),
        ("Horas lectivas: 8", 8.0),
        ("Horas académicas: 40", 40.0),
    ],
)
def test_fractions_german_hours_and_spanish_kinds_of_hours(text: str, hours: float) -> None:
    assert [h.hours for h in find_hours(text)] == [hours]


@pytest.mark.parametrize(
    "text",
    [
        "Length: ½ day",  # a half day is no number of hours
        "Dauer: 3 Tage",  # days, not hours
        "Check-in: 8:02 AM   Check-out: 3:47 PM",  # times of day: working out hours is a person's job
    ],
)
def test_no_hours_from_days_or_times(text: str) -> None:
    assert find_hours(text) == []


def test_a_table_rows_amount_is_no_length_of_the_total_label_under_it() -> None:
    """ "Module 3: ... 6" over "Total Hours 16": the unit on the next line labels that line's own amount,
    so the module's 6 is read in its column only, and the modules add up to the total."""
    rows = [
        ("Module", 110, 322, 10),
        ("Hours", 440, 322, 10),
        ("Module 1: Building a Safety Team", 110, 338, 10),
        ("4", 440, 338, 10),
        ("Module 2: Threat Assessment Basics", 110, 352, 10),
        ("6", 440, 352, 10),
        ("Module 3: Drills and After-Action Review", 110, 366, 10),
        ("6", 440, 366, 10),
        ("Total Hours", 110, 381, 10),
        ("16", 440, 381, 10),
    ]
    best, notes = choose_hours(hours_candidates(page_of(rows)))
    assert best is not None and best.hours == 16.0
    assert notes == []


def test_prose_wrapping_an_amount_away_from_its_unit_is_still_read() -> None:
    rows = [("a workload of 40", 100, 100, 12), ("hours of training in school safety", 100, 116, 12)]
    assert [c.hours for c in hours_candidates(page_of(rows))] == [40.0]


# ------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("am 3. Mai 2022 an der Fortbildung", date(2022, 5, 3), date(2022, 5, 3)),
        ("vom 3. bis 5. Mai 2022 teilgenommen.", date(2022, 5, 3), date(2022, 5, 5)),
        ("vom 30. Juni bis 2. Juli 2022", date(2022, 6, 30), date(2022, 7, 2)),
        ("3. März 2022", date(2022, 3, 3), date(2022, 3, 3)),
        ("am 14. Dezember 2021", date(2021, 12, 14), date(2021, 12, 14)),
        ("May 3rd\u20135th, 2022", date(2022, 5, 3), date(2022, 5, 5)),
        ("3rd\u20135th May 2022", date(2022, 5, 3), date(2022, 5, 5)),
    ],
)
def test_german_dates_and_ranges(text: str, start: date, end: date) -> None:
    (found,) = find_dates(text)
    assert (found.start, found.end) == (start, end)


# ------------------------------------------------------------------------------------ names and titles


def test_german_forms_of_address_are_no_part_of_the_name() -> None:
    assert name_tokens("Herrn Matthias Schröder") == name_tokens("Matthias Schröder")
    assert name_tokens("Frau Johanna Becker") == name_tokens("Johanna Becker")


def test_a_name_written_over_its_participant_caption() -> None:
    """No verb names the participant: the name stands on a rule captioned "Participant" below it, and the
    instructor's beside it under "Instructor"."""
    rows = [
        ("Certificate of Completion", 250, 108, 30),
        ("Trauma-Informed Policing with Youth", 220, 150, 20),
        ("May 3, 2022 | 8 Contact Hours", 290, 180, 13),
        ("Octavia L. Brennan", 130, 266, 20),
        ("Marcus D. Felder", 480, 266, 20),
        ("Participant", 195, 290, 9),
        ("Instructor", 545, 290, 9),
    ]
    name = read_certificate(page_of(rows)).participant_name
    assert name is not None and name.text == "Octavia L. Brennan"


def test_a_caption_under_a_signature_line_names_no_participant() -> None:
    rows = [
        ("Certificate of Completion", 250, 108, 30),
        ("Trauma-Informed Policing with Youth", 220, 150, 20),
        ("May 3, 2022 | 8 Contact Hours", 290, 180, 13),
        ("Participant Signature", 130, 290, 9),
    ]
    assert read_certificate(page_of(rows)).participant_name is None


@pytest.mark.parametrize(
    ("cue", "closing", "title"),
    [
        ("am 3. Mai 2022 an der Fortbildung", "teilgenommen hat.", "Gewaltprävention an Schulen"),
        (
            "hat erfolgreich am Seminar",
            "vom 3. bis 5. Mai 2022 teilgenommen.",
            "Jugendkriminalität und Prävention",
        ),
    ],
)
def test_german_cues_lead_to_the_title_and_the_verb_closes_the_sentence(
    cue: str, closing: str, title: str
) -> None:
    rows = [
        ("Teilnahmebescheinigung", 250, 108, 30),
        ("Hiermit wird bescheinigt, dass", 300, 142, 14),
        ("Herrn Matthias Schröder", 270, 178, 26),
        (cue, 290, 208, 14),
        (title, 260, 242, 20),
        (closing, 340, 272, 14),
        ("Umfang: 8 Stunden", 340, 300, 13),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert (item.course_title, item.title_conf) == (title, 0.9)


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Jugendkriminalität und Prävention", "juvenile"),
        ("Kinderschutz in der Polizeiarbeit", "juvenile"),
        ("Amoklauf an Schulen: Einsatztaktik", "school_safety"),
    ],
)
def test_german_titles_have_a_category(title: str, category: str) -> None:
    guess = category_from_title(title)
    assert guess.category == category


def test_a_german_setting_word_alone_leaves_the_category_to_a_person() -> None:
    assert category_from_title("Gewaltprävention an Schulen").category is None


def test_a_two_digit_year_glued_to_the_next_label_is_still_read() -> None:
    """The second engine loses the space after "05/03/22" ("05/03/22Training time: ..."), as it does after
    four-digit years; digits glued on stay a code."""
    assert [d.start for d in find_dates("Date: 05/03/22Training time: 3½ hours")] == [date(2022, 5, 3)]
    assert find_dates("Ref 1/2/22AB12") == []


def test_a_lone_by_under_the_title_is_no_part_of_it() -> None:
    rows = [
        ("Certificate of Achievement", 226, 87, 30),
        ("In recognition of the successful completion of the", 257, 132, 14),
        ("Advanced School Resource Officer Course", 192, 161, 20),
        ("by", 389, 186, 18),
        ("Cornelius B. Fairweather", 256, 226, 26),
        ("3-5 May 2022 | Hours: 24", 323, 269, 13),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.course_title == "Advanced School Resource Officer Course"
