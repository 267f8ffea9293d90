"""Wordings from round 10 of the certificate audit (``tests/novel_certificates_10.py``), on strings and
positioned words.

Each case is a fault the audit found, tried on several wordings (none of them the fixture's lines alone):
a page worded in Spanish, Portuguese, French or German whose numeric date was read month first without a
note, a sentence's "no período de" read as a report's period, "the bearer" after the cue (the signer was
read as the holder), a name field running into the next field's label, "Hrs.:", clock-style lengths under
other labels and a video's "45:00", "Zeitstunden", foreign ranks before a name, course cues after an
article ("el curso", "no curso", "des Kurses") and a webinar's "for viewing".
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import read_certificate
from extract.fields.dates import date_label, find_dates, in_a_day_first_language
from extract.fields.hours import find_hours
from extract.fields.names import name_tokens, tidy_read_name
from extract.letter import may_print_day_first
from tests.unit.test_layout_parsers import page_of


def _hours(text: str) -> list[float]:
    return [m.hours for m in find_hours(text)]


def _page(*middle: str, name: str = "Officer Dana K. Whitfield") -> list[tuple[str, float, float, float]]:
    rows = [("Regional Training Academy", 150, 60, 14), ("Certificate of Completion", 170, 100, 24)]
    rows += [(text, 120, 140 + 30 * k, 12) for k, text in enumerate((name, *middle))]
    return rows


# ------------------------------------------------------------------------------------ languages and dates


@pytest.mark.parametrize(
    "text",
    [
        "Reconocimiento que se otorga a por concluir el curso Fecha: 04/05/2022 Horas: 8",
        "Certificamos que concluiu o curso realizado em 04/05/2022 com carga horária de 8 horas",
        "Attestation décernée à ... pour avoir suivi la formation le 04/05/2022, 7 heures",
        "Hiermit wird bescheinigt, dass ... teilgenommen hat. Datum: 04.05.2022 Dauer: 4 Stunden",
        "Attestato di partecipazione rilasciato a ... che ha frequentato il corso",
    ],
)
def test_prose_in_a_day_first_language(text: str) -> None:
    assert in_a_day_first_language(text)
    assert may_print_day_first(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officer Maria de la Cruz completed Active Shooter Response, El Paso, TX, on 04/05/2022",
        "Los Angeles County Sheriff's Department, San Jose Police, Des Moines, IA",
        "Juvenile Law Update, Springfield, IL 9:00 EST www.example.com 8 hours per day",
        "Attestation of completion: Formation of school safety teams, 04/05/2022",
        "Spanish for Law Enforcement (Español para policías), 04/05/2022",
    ],
)
def test_english_pages_with_a_foreign_word_or_two_are_not(text: str) -> None:
    assert not in_a_day_first_language(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fecha: 04/05/2022      Horas: 8", date(2022, 5, 4)),
        ("realizado em 04/05/2022, com carga horária de 8 horas", date(2022, 5, 4)),
        ("Datum: 07.06.2022      Dauer: 4 Stunden", date(2022, 6, 7)),
    ],
)
def test_a_foreign_pages_numeric_date_reads_day_first_and_goes_to_a_person(line: str, expected: date) -> None:
    rows = _page("por haber completado el curso para que conste", "Youth Mental Health First Aid", line)
    reading = read_certificate(page_of(rows))
    assert reading.item is not None
    assert (reading.item.start_date, reading.item.end_date) == (expected, expected)
    assert any("either way round" in n for n in reading.item.date_notes), reading.item.date_notes


def test_an_english_page_keeps_month_first_and_sure() -> None:
    rows = _page("has successfully completed", "Youth Mental Health First Aid", "Date: 04/05/2022  Hours: 8")
    reading = read_certificate(page_of(rows))
    assert reading.item is not None
    assert reading.item.start_date == date(2022, 4, 5)
    assert not any("either way round" in n for n in reading.item.date_notes)


@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("no período de ", "course"),
        ("durante el periodo del ", "course"),
        ("nel periodo ", "course"),
        ("Período: ", "report"),
        ("Report Period ", "report"),
        ("Period: ", "report"),
    ],
)
def test_a_period_in_a_sentence_is_the_courses(before: str, label: str) -> None:
    assert date_label(before) == label


# ------------------------------------------------------------------------------------ participants


@pytest.mark.parametrize(
    "sentence",
    [
        "This certifies that the bearer has satisfactorily completed",
        "This is to certify that the holder of this card has completed",
        "We certify that the bearer completed",
    ],
)
def test_the_bearer_is_the_name_above_not_the_signer(sentence: str) -> None:
    rows = [
        ("Mountain West School Safety Institute", 150, 60, 14),
        ("Certificate of Completion", 170, 100, 24),
        ("Officer Quentin R. Haas", 190, 150, 22),
        (sentence, 120, 185, 12),
        ("School Emergency Operations Planning", 160, 215, 16),
        ("February 22, 2023  ·  8 hours", 200, 245, 11),
        ("Gail Winters", 70, 600, 11),
        ("Institute Director", 70, 615, 10),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert name_tokens(reading.participant_name.text) == ("quentin", "haas")


@pytest.mark.parametrize(
    "line",
    [
        "Name: Officer Carlos Ibarra      Badge #: 0915",
        "Name: Officer Carlos Ibarra  Employee ID: 4471",
        "Name: Officer Carlos Ibarra  Agency: Riverbend PD",
        "Name: Officer Carlos Ibarra",
    ],
)
def test_a_name_field_stops_at_the_next_fields_label(line: str) -> None:
    rows = [
        ("Riverbend Police Department", 150, 60, 14),
        ("Training Certificate", 170, 100, 24),
        (line, 80, 150, 12),
        ("Course: Bullying and Cyberbullying Prevention for Law Enforcement", 80, 175, 12),
        ("Date: 10/11/2023      Hrs.: 2.0", 80, 200, 12),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert name_tokens(reading.participant_name.text) == ("carlos", "ibarra")
    assert reading.item is not None and reading.item.hours == 2.0


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Sergent Luc Bélanger", ("luc", "belanger")),
        ("Inspetora Mariana Costa Silva", ("mariana", "costa", "silva")),
        ("Polizeioberkommissarin Katrin Weber", ("katrin", "weber")),
        ("Teniente Rosa Ibáñez", ("rosa", "ibanez")),
        ("Capitaine Marc Leroy", ("marc", "leroy")),
    ],
)
def test_foreign_ranks_are_no_part_of_the_name(name: str, tokens: tuple[str, ...]) -> None:
    assert name_tokens(name) == tokens


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Hrs.: 2.0", [2.0]),
        ("Date: 10/11/2023   Hrs.: 7.5", [7.5]),
        ("Seat time: 02:30:00 (hh:mm:ss)", [2.5]),
        ("Running time: 1:15:00", [1.25]),
        ("Course length: 3:30", [3.5]),
        ("Video length: 45:00 (mm:ss)", [0.75]),
        ("Duration: 12:00 (hh:mm)", [12.0]),
        ("Duration: 05:14:51", [5.2475]),
        ("Umfang: 8 Zeitstunden", [8.0]),
    ],
)
def test_lengths_in_other_forms(text: str, hours: list[float]) -> None:
    assert _hours(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "Video length: 45:00",
        "Duration: 45:00",
        "Webinar length: 20:15",
        "8 Unterrichtsstunden",
        "Course length: 5 days",
    ],
)
def test_lengths_that_are_no_sure_amount(text: str) -> None:
    """A video's "45:00" is minutes and seconds as often as hours; a 45-minute lesson unit is no hour."""
    assert _hours(text) == []


# ------------------------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    "cue",
    [
        "for viewing the live webinar",
        "por concluir el curso",
        "pela participação no curso",
        "für den erfolgreichen Abschluss des Kurses",
    ],
)
def test_the_course_after_a_foreign_or_webinar_cue_is_sure(cue: str) -> None:
    rows = _page("presented to", cue, "Standard Response Protocol Training", "August 2, 2023  ·  4 hours")
    reading = read_certificate(page_of(rows))
    assert reading.item is not None
    assert reading.item.course_title == "Standard Response Protocol Training"
    assert not any("low confidence" in n for n in reading.item.date_notes), reading.item.date_notes


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("1.º de marzo de 2022", date(2022, 3, 1), date(2022, 3, 1)),
        ("del 1.º al 3 de marzo de 2022", date(2022, 3, 1), date(2022, 3, 3)),
        ("am 12. Mär. 2022", date(2022, 3, 12), date(2022, 3, 12)),
        ("3. Okt. 2022", date(2022, 10, 3), date(2022, 10, 3)),
        ("le 12 janv. 2022", date(2022, 1, 12), date(2022, 1, 12)),
        ("du 12 avr. 2022 au 14 avr. 2022", date(2022, 4, 12), date(2022, 4, 14)),
        ("il 3 dicembre 2022", date(2022, 12, 3), date(2022, 12, 3)),
        ("dal 5 al 7 maggio 2022", date(2022, 5, 5), date(2022, 5, 7)),
    ],
)
def test_foreign_month_abbreviations_and_ordinals(text: str, start: date, end: date) -> None:
    """Read whole: "1.º de marzo" was the month alone (no day), "12 janv. 2022" and Italian months nothing."""
    (found,) = find_dates(text)
    assert (found.start, found.end, found.precision) == (start, end, "day")


@pytest.mark.parametrize(
    "text",
    [
        "de 8 h 30 à 16 h 30",
        "Horaire : 8h30-11h30",
        "le 12 mars 2022 de 9 h à 12 h",
        "Horario: 9:00 a 13:00 hrs",
        "de 8:00 a 14:00 horas",
        "von 9 Uhr bis 17 Uhr",
        "9h00 - 17h00",
    ],
)
def test_a_sessions_times_of_day_are_no_length(text: str) -> None:
    """Times of day in French, Spanish or German notation: "8h30" was 8.5 hours, "13:00 hrs" 13."""
    assert _hours(text) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Durée : 7 h 30", [7.5]),
        ("7 h 30 de formation", [7.5]),
        ("Durée : 7 h 30 (de 9 h à 16 h 30)", [7.5]),
        ("2h30", [2.5]),
        ("7 h 30 min", [7.5]),
        ("Horaire 08:00-16:30, 7.5 hours", [7.5]),
    ],
)
def test_minutes_after_a_bare_h_are_read(text: str, hours: list[float]) -> None:
    """French "7 h 30" is seven and a half hours (it read 7)."""
    assert _hours(text) == hours


@pytest.mark.parametrize(
    ("line", "tokens"),
    [
        ("SGT. MARIA DELGADO-RUIZ, Badge #4412", ("maria", "delgado", "ruiz")),
        ("Ofc. John A. Smith (ID 4412)", ("john", "smith")),
        ("Officer John Smith, Badge 1215", ("john", "smith")),
        ("DET. JAMES O'NEIL III  #0612", ("james", "oneil")),
        ("Deputy Luis Ramírez-Ortega Jr. — Badge No. 12/15", ("luis", "ramirez", "ortega")),
    ],
)
def test_a_badge_number_after_the_name_is_no_part_of_it(line: str, tokens: tuple[str, ...]) -> None:
    """The line under "This certifies that" was no name at all with its number (the holder unread)."""
    rows = [
        ("Regional Training Academy", 150, 60, 14),
        ("Certificate of Completion", 170, 100, 24),
        ("This certifies that", 200, 140, 12),
        (line, 150, 170, 20),
        ("has successfully completed", 190, 200, 12),
        ("Youth Mental Health First Aid", 160, 230, 16),
        ("June 6, 2023  ·  8 hours", 200, 260, 11),
        ("Gail Winters", 70, 600, 11),
        ("Director", 70, 615, 10),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert name_tokens(reading.participant_name.text) == tokens
    assert reading.item is not None
    assert (reading.item.start_date, reading.item.hours) == (date(2023, 6, 6), 8.0)


@pytest.mark.parametrize(
    ("read", "tidy"),
    [
        ("OfficerCarlos IbarraBadge", "Officer Carlos Ibarra"),
        ("OficialAna Lucía Torres", "Oficial Ana Lucía Torres"),
        ("Kevin SmithID", "Kevin Smith"),
        ("McDonald Smith", "McDonald Smith"),
        ("DeShawn Jones", "DeShawn Jones"),
        ("LaToya Officer", "LaToya Officer"),
    ],
)
def test_a_rank_or_a_label_glued_to_the_name_is_parted(read: str, tidy: str) -> None:
    """A second engine's read of a large name line glues the rank to the given name and the next field's
    label to the surname: the holder read "OfficialAna", "IbarraBadge"."""
    assert tidy_read_name(read) == tidy
