"""Wordings from round 12 of the certificate audit (``tests/novel_certificates_12.py``), on strings and
positioned words.

Each case is a fault the audit found, tried on several wordings (none of them the fixture's lines alone).
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import read_certificate
from extract.fields.dates import find_dates
from extract.fields.hours import find_hours
from tests.unit.test_layout_parsers import page_of

# ------------------------------------------------------------------------------------ hours labels


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Total Instructional Hours 24.0", 24.0),
        ("Course Control Number: 21440-0512      Total Instructional Hours 8.0", 8.0),
        ("Instructional Hours 6", 6.0),
        ("Total Classroom Hours 12.5", 12.5),
        ("Credit Instruction Hours 4", 4.0),
        # French, Spanish, Portuguese: what the hours were spent on, after the word
        ("Nombre d'heures de formation : 7", 7.0),
        ("Heures de cours : 14", 14.0),
        ("Horas de capacitación: 16", 16.0),
        ("Horas de instrucción: 40", 40.0),
        ("Horas de formação: 20", 20.0),
    ],
)
def test_hours_labels_of_instruction_and_of_other_languages(text: str, hours: float) -> None:
    assert [m.hours for m in find_hours(text)] == [hours]


@pytest.mark.parametrize(
    "text",
    [
        # a bare label must close its line, as before: a title's "Instructional Hours" and a year stay out
        "Instructional Hours 2023 Annual Report of the Academy",
        "Heures de cours 2023",
    ],
)
def test_a_bare_label_still_closes_its_line(text: str) -> None:
    assert find_hours(text) == []


# ------------------------------------------------------------------------------------ parts of a length


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("7.5 hours (including a 0.5-hour written examination)", [7.5]),
        ("16 hours, of which 2 hours online", [16.0]),
        ("8 hrs (incl. 1 hr range time)", [8.0]),
        ("Duration: 24 hours, including 4 hours of scenario practice", [24.0]),
        ("14 heures, dont 3 heures de mise en situation", [14.0]),
        # not said to be a part: both stay (a person settles two lengths)
        ("8 hours classroom and 2 hours online", [8.0, 2.0]),
        # a larger amount is no part of a smaller one
        ("2 hours (including 8 hours of reading)", [2.0, 8.0]),
    ],
)
def test_an_amount_a_length_includes_is_no_other_length(text: str, hours: list[float]) -> None:
    assert [m.hours for m in find_hours(text)] == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Sessions: 09/12/2023 and 09/19/2023 (4 hours each)", []),
        ("Three modules, 2 hrs each", []),
        ("Two sessions of 3 hours apiece", []),
        ("Sessions: 09/12/2023 and 09/19/2023 (4 hours each)   Total: 8 hours", [8.0]),
        ("dos sesiones de 4 horas cada una", []),
    ],
)
def test_an_amount_of_each_part_is_no_total(text: str, hours: list[float]) -> None:
    assert [m.hours for m in find_hours(text)] == hours


# ------------------------------------------------------------------------------------ dates joined by "and"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Date(s): 03/28/2023 & 03/29/2023", (date(2023, 3, 28), date(2023, 3, 29))),
        ("Sessions: 09/30/2023 and 10/01/2023", (date(2023, 9, 30), date(2023, 10, 1))),
        ("held June 5, 2023 and June 6, 2023", (date(2023, 6, 5), date(2023, 6, 6))),
        ("2023-10-02 et 2023-10-03", (date(2023, 10, 2), date(2023, 10, 3))),
    ],
)
def test_two_days_back_to_back_joined_by_and_are_the_course_span(text: str, span: tuple[date, date]) -> None:
    assert [(m.start, m.end) for m in find_dates(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Issued 05/01/2023 and valid until 05/01/2025",  # words between: two dates
        "Completed 06/28/2023 and 06/14/2022",  # the second before the first: no span
        "Completed 06/28/2023 and June 2023",  # not the same precision
        "Sessions: 09/12/2023 and 09/19/2023",  # two sessions a week apart: no span (a person's)
        "June 2023 and July 2023",  # months, not days
    ],
)
def test_dates_joined_by_and_that_are_no_span_stay_apart(text: str) -> None:
    assert len(find_dates(text)) == 2


# ------------------------------------------------------------------------------------ course cues


@pytest.mark.parametrize(
    "cue",
    [
        "quien participó en el taller",
        "por su asistencia al seminario",
        "por haber aprobado la capacitación",
        "a assisté au séminaire",
        "qui a participé à l'atelier",
        "participou do seminário",
    ],
)
def test_course_cues_of_workshops_and_seminars_in_other_languages(cue: str) -> None:
    rows: list[tuple[str, float, float, float]] = [
        ("Academia Regional de Policía", 150, 60, 14),
        ("Constancia", 230, 100, 24),
        ("Se otorga la presente a", 200, 140, 12),
        ("Agente Lucía M. Paredes", 190, 170, 20),
        (cue, 210, 205, 12),
        ("Prevención del Acoso Escolar", 170, 235, 16),
        ("10 de marzo de 2023      Duración: 8 horas", 170, 265, 12),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.course_title == "Prevención del Acoso Escolar"
    assert item.title_conf >= 0.8


# ----------------------------------------------------------------------------------- a day as an ordinal word


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("completed on the twelfth of September, 2023", date(2023, 9, 12)),
        ("Awarded on the Third of March 2022", date(2022, 3, 3)),
        ("on the twenty-third of June, two thousand twenty-three", date(2023, 6, 23)),
        ("this the fourteenth day of December, 2021", date(2021, 12, 14)),  # with "day", as before
    ],
)
def test_a_day_in_words_after_the(text: str, day: date) -> None:
    assert [(m.start, m.end) for m in find_dates(text)] == [(day, day)]


@pytest.mark.parametrize(
    "text", ["Session twelfth of May 2023", "the second of May 2023", "the first of May 2023"]
)
def test_an_ordinal_without_the_or_day_is_no_day(text: str) -> None:
    """Without "day" an ordinal needs "the" before it, and "first" and "second" (words of other senses)
    stay out as round 2 decided: the month alone."""
    (found,) = find_dates(text)
    assert (found.start, found.end) == (date(2023, 5, 1), date(2023, 5, 31))


# ----------------------------------------------------------------------------------- a label over listed days


@pytest.mark.parametrize(
    "dates",
    [
        "Sessions: 09/12/2023 and 09/19/2023 (4 hours each)",
        "Training dates: May 2, 2023, May 9, 2023 & May 16, 2023",
        "Dates of training: 05/02/2023 and 05/16/2023",
    ],
)
def test_a_date_label_names_every_day_listed_after_it(dates: str) -> None:
    """The second day of "Sessions: X and Y" was unlabelled and left out: one session's day was credited
    `auto` as the course's (when "(4 hours each)" is read as no total). Both are the course's: a person's."""
    rows: list[tuple[str, float, float, float]] = [
        ("Three Rivers Training Collaborative", 150, 60, 14),
        ("Certificate of Completion", 170, 100, 24),
        ("This certifies that", 220, 140, 12),
        ("Officer Celeste N. Ward", 190, 170, 20),
        ("has completed", 230, 205, 12),
        ("Trauma-Informed Policing with Youth", 170, 235, 16),
        (dates, 150, 265, 12),
        ("Total: 8 hours", 230, 285, 12),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.hours == 8.0
    assert any(n.startswith("several dates printed") for n in item.date_notes), item.date_notes
