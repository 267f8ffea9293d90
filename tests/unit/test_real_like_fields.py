"""Field readers on wordings the real-certificate audit found unread: a length printed as a clock
("Duração: 05:14:51") and an amount that prose wraps away from its unit ("... de 40 / horas").

The strings are written for these tests in other words than any certificate seen; what they share
with the real ones is the shape of the weakness.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import date_candidates, find_course_title, find_participant, hours_candidates
from extract.fields.hours import find_hours
from extract.types import Line, Word

CHAR_W = 6.0


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        pytest.param("Duration: 03:20:00", 3 + 20 / 60, id="duration-h-m-s"),
        pytest.param("Tempo total: 1:45", 1.75, id="pt-total-time-h-m"),
        pytest.param("Duración: 02:07:30 de contenido", 2 + 7 / 60 + 30 / 3600, id="es-duration"),
        pytest.param("Total time: 12:00", 12.0, id="total-time"),
    ],
)
def test_a_length_label_reads_a_clock_value(text: str, hours: float) -> None:
    found = find_hours(text)
    assert [round(h.hours, 4) for h in found] == [round(hours, 4)]
    assert found[0].labelled


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hours: 9:00", id="hours-label-is-a-time-of-day"),
        pytest.param("Duration: 9:30 a.m.", id="a-time-of-day"),
        pytest.param("Session time 14:30", id="no-length-label"),
        pytest.param("Duration: 12:75", id="not-a-clock"),
    ],
)
def test_clock_values_without_a_length_label_are_not_hours(text: str) -> None:
    assert find_hours(text) == []


def lines_at(rows: list[tuple[float, str]]) -> list[Line]:
    """Lines of 11 pt prose, one under the other, each starting at its own x."""
    out = []
    for i, (x0, text) in enumerate(rows):
        x, y, words = x0, 100.0 + 15 * i, []
        for token in text.split(" "):
            words.append(Word(text=token, bbox=(x, y, x + len(token) * CHAR_W, y + 11), conf=1.0))
            x += (len(token) + 1) * CHAR_W
        out.append(Line(words=tuple(words), page=1))
    return out


def centred(texts: list[str], middle: float = 300.0) -> list[tuple[float, str]]:
    return [(middle - len(t) * CHAR_W / 2, t) for t in texts]


@pytest.mark.parametrize(
    ("rows", "hours"),
    [
        pytest.param(
            [
                (
                    72.0,
                    "certifica que Joana Prado concluiu o curso Primeiros Socorros, com carga horária de 16",
                ),
                (72.0, "horas, realizado na escola regional."),
            ],
            16.0,
            id="flush-left-amount-then-unit",
        ),
        pytest.param(
            centred(
                [
                    "attended the evening workshop on de-escalation, amounting to 06",
                    "(six) hours of instruction.",
                ]
            ),
            6.0,
            id="centred-amount-then-written-and-unit",
        ),
    ],
)
def test_an_amount_wrapped_away_from_its_unit_is_read(rows: list[tuple[float, str]], hours: float) -> None:
    found = hours_candidates(lines_at(rows))
    assert [c.hours for c in found] == [hours]
    assert found[0].labelled


@pytest.mark.parametrize(
    "rows",
    [
        # The digits ending a line are a year; the next line has hours of its own.
        pytest.param(
            [(72.0, "completed on June 3, 2021"), (72.0, "Hours: 8")], id="year-then-labelled-hours"
        ),
        # A far-off line below is no continuation of the first.
        pytest.param(
            [(72.0, "Course number 16"), (400.0, "hours of operation")], id="not-the-same-paragraph"
        ),
    ],
)
def test_only_a_wrap_inside_one_amount_is_joined(rows: list[tuple[float, str]]) -> None:
    found = hours_candidates(lines_at(rows))
    assert all(c.text != "16 hours" for c in found)
    assert sorted(c.hours for c in found) == sorted(h.hours for _, t in rows for h in find_hours(t))


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        pytest.param(
            ["This is to certify that", "Rosa Delgado", "has successfully completed",
             "Active Threat Awareness:", "Recognising the Warning Signs - 2 Hours", "May 14, 2023"],
            "Active Threat Awareness: Recognising the Warning Signs",
            id="subtitle-ending-in-a-dash-set-length",
        ),
        pytest.param(
            ["This is to certify that", "Rosa Delgado", "has successfully completed",
             "Bloodborne Pathogens for Campus Staff – 1.5 hrs", "May 14, 2023"],
            "Bloodborne Pathogens for Campus Staff",
            id="one-line-title-ending-in-a-dash-set-length",
        ),
    ],
)  # fmt: skip
def test_a_length_set_off_by_a_dash_ends_the_title(texts: list[str], title: str) -> None:
    found = find_course_title(lines_at(centred(texts)))
    assert found is not None and found[0] == title, found
    assert any(c.hours for c in hours_candidates(lines_at(centred(texts))))


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        # A dash and a year or a date is part of what the course is called, or another field: left as it is.
        pytest.param(
            ["has successfully completed", "Annual Legal Update - 2022", "May 14, 2023"],
            "Annual Legal Update - 2022",
            id="dash-and-a-year",
        ),
        # A label of its own on the next line is never the title's end.
        pytest.param(
            ["has successfully completed", "Active Threat Awareness:", "Hours: 2"],
            "Active Threat Awareness",
            id="a-labelled-value-follows",
        ),
    ],
)
def test_what_a_dash_leaves_in_the_title(texts: list[str], title: str) -> None:
    found = find_course_title(lines_at(centred(texts)))
    assert found is not None and found[0] == title, found


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        pytest.param(
            ["CERTIFICATE OF COMPLETION", "MARCUS OYELARAN", "HAS SATISFACTORILY COMPLETED THE PROGRAM",
             "Data Visualisation Basics", "ON MARCH 2, 2022"],
            "Data Visualisation Basics",
            id="upper-case-cue-ends-on-program",
        ),
        pytest.param(
            ["Certificate", "Ana Beatriz Lopes", "has completed the training:", "Restorative Circles",
             "Issued 10 May 2024"],
            "Restorative Circles",
            id="guard-cue-ends-on-training-colon",
        ),
    ],
)  # fmt: skip
def test_a_cue_ending_on_the_word_course_names_it_below(texts: list[str], title: str) -> None:
    found = find_course_title(lines_at(centred(texts)))
    assert found is not None and found[0] == title, found


def sized(rows: list[tuple[str, float]]) -> list[Line]:
    """Lines of the given type sizes, left-aligned at x = 72, one under the other."""
    out, y = [], 100.0
    for text, size in rows:
        x, words = 72.0, []
        for token in text.split(" "):
            w = len(token) * size * 0.6
            words.append(Word(text=token, bbox=(x, y, x + w, y + size), conf=1.0))
            x += w + size * 0.6
        out.append(Line(words=tuple(words), page=1))
        y += size * 1.2
    return out


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        pytest.param(
            [("Awarded to", 9), ("OLUWASEUN ADEBAYO", 30), ("WICKERSHAM", 30), ("June 2, 2024", 12)],
            "OLUWASEUN ADEBAYO WICKERSHAM",
            id="bare-label-then-name-over-two-lines",
        ),
        pytest.param(
            [("This certificate is presented to", 11), ("Maria Fernanda", 28), ("Castellanos", 28),
             ("for completing Campus Threat Assessment", 11)],
            "Maria Fernanda Castellanos",
            id="cue-then-name-over-two-lines",
        ),
        # The line under the name is smaller, or in another case: not the rest of the name.
        pytest.param(
            [("Awarded to", 9), ("OLUWASEUN ADEBAYO", 30), ("LEADERSHIP", 16), ("June 2, 2024", 12)],
            "OLUWASEUN ADEBAYO",
            id="smaller-word-below-is-not-the-name",
        ),
        pytest.param(
            [("This certificate is presented to", 11), ("Maria Fernanda", 28), ("MENTORING", 28)],
            "Maria Fernanda",
            id="other-case-below-is-not-the-name",
        ),
    ],
)  # fmt: skip
def test_a_long_name_wrapped_onto_its_own_line(rows: list[tuple[str, float]], name: str) -> None:
    found = find_participant(sized(rows))
    assert found is not None and found.text == name, found


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param(
            "concluiu a oficina, com início em 28/02/2024 e término em 09/03/2024, com nota final 9.5.",
            date(2024, 2, 28),
            date(2024, 3, 9),
            id="pt-start-and-end-labels-day-first",
        ),
        pytest.param(
            "completó el taller, inicio: 19/08/2023, fin: 02/09/2023.",
            date(2023, 8, 19),
            date(2023, 9, 2),
            id="es-start-and-end-labels-day-first",
        ),
    ],
)
def test_a_day_first_document_reads_its_other_dates_day_first(text: str, start: date, end: date) -> None:
    cands = date_candidates(lines_at([(72.0, text)]))
    assert [(c.start, c.end) for c in cands] == [(start, end)]
    assert cands[0].order_unsure  # the document never says which number is the day: a person confirms


def test_without_a_day_first_date_the_order_is_left_as_read() -> None:
    cands = date_candidates(lines_at([(72.0, "Start Date: 03/04/2024  End Date: 03/06/2024")]))
    assert [(c.start, c.end) for c in cands] == [(date(2024, 3, 4), date(2024, 3, 6))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("Completion date: 11/06/2023Credits: 2", date(2023, 11, 6), id="label-glued-title-case"),
        pytest.param("DATE 09/14/2021HOURS 6", date(2021, 9, 14), id="label-glued-capitals"),
        pytest.param("Issued 28.02.2024Signature", date(2024, 2, 28), id="dotted-day-first-glued"),
    ],
)
def test_a_date_glued_to_the_next_label_is_read(text: str, day: date) -> None:
    """A scan drops the space between a date and the label after it; the date is read all the same."""
    cands = date_candidates(lines_at([(72.0, text)]))
    assert [(c.start, c.end) for c in cands] == [(day, day)]


@pytest.mark.parametrize("text", ["Ref 11/06/2023AB7", "Code 11/06/2023x9", "ID 03/04/2022B"])
def test_a_date_running_into_a_code_is_no_date(text: str) -> None:
    assert date_candidates(lines_at([(72.0, text)])) == []


def test_a_glued_ambiguous_date_stays_unsure_where_dates_go_both_ways() -> None:
    rows = [
        (72.0, "Fraser Valley Justice Institute, 41 Main Street, Abbotsford, BC V2S 4N5, Canada"),
        (72.0, "Date: 06/07/2023Hours: 3"),
    ]
    (cand,) = date_candidates(lines_at(rows))
    assert (cand.start, cand.order_unsure) == (date(2023, 6, 7), True)
