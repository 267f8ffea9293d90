"""Field readers on wordings the real-certificate audit found unread: a length printed as a clock
("Duração: 05:14:51") and an amount that prose wraps away from its unit ("... de 40 / horas").

The strings are written for these tests in other words than any certificate seen; what they share
with the real ones is the shape of the weakness.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import (
    date_candidates,
    find_course_title,
    find_issuer,
    find_participant,
    hours_candidates,
    read_certificate,
)
from extract.fields.hours import find_hours
from extract.fields.names import initials_and_surname
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


# --- the person greeted, and the course on the line under the greeting ---------------------------------


@pytest.mark.parametrize(
    ("rows", "name", "title"),
    [
        pytest.param(
            [("Certificate of Completion", 20), ("Well done, Priscilla Okonkwo", 15),
             ("Spreadsheet Modelling Essentials", 21),
             ("Course finished on 12 Jan 2024 • 3 hours 10 min", 13),
             ("Keep learning to stay ahead in your field.", 11), ("Brightpath Learning", 11)],
            "Priscilla Okonkwo",
            "Spreadsheet Modelling Essentials",
            id="well-done-comma",
        ),
        pytest.param(
            [("Great job Tomas Rivera!", 15), ("Negotiation Skills for Managers", 21),
             ("Course completed on March 4, 2023", 12), ("Sandbox Academy Online", 11)],
            "Tomas Rivera",
            "Negotiation Skills for Managers",
            id="great-job-exclamation",
        ),
        pytest.param(
            [("Certificate of Achievement", 20), ("Congratulations!", 14), ("Henrik Aalto", 22),
             ("Mastering Git Branching", 20), ("Completed on 9 October 2022", 12)],
            "Henrik Aalto",
            "Mastering Git Branching",
            id="congratulations-alone-then-name",
        ),
        # A cue after the greeting names the course itself.
        pytest.param(
            [("Congratulations, Odette Marchand", 15), ("You have successfully completed", 12),
             ("Forensic Interviewing of Children", 20), ("June 3, 2024", 12)],
            "Odette Marchand",
            "Forensic Interviewing of Children",
            id="guard-cue-after-greeting",
        ),
    ],
)  # fmt: skip
def test_a_greeted_learner_and_the_course_below(rows: list[tuple[str, float]], name: str, title: str) -> None:
    lines = sized(rows)
    person = find_participant(lines)
    assert person is not None and person.text == name, person
    found = find_course_title(lines, exclude=[person.text])
    assert found is not None and found[0] == title, found


def test_praise_closing_a_sentence_names_nobody() -> None:
    """ "... advancing their career. Well done!": no name follows the praise; the person is the one above
    the completion cue, never the line after the praise."""
    lines = sized(
        [("CERTIFICATE OF COMPLETION", 20), ("Rosalind Achterberg", 22), ("has successfully completed", 12),
         ("Fundamentals of Wetland Ecology", 18), ("The learner showed real commitment. Well done!", 11),
         ("Marcus Ebbesen", 12), ("Programme Director", 10)]
    )  # fmt: skip
    person = find_participant(lines)
    assert person is not None and person.text == "Rosalind Achterberg"


def test_a_course_set_like_a_name_between_the_person_and_the_cue() -> None:
    """ "Priya Venkataraman" / "Mastering Git Branching" / "Completed: 06/2022": the line naming a given
    name is the person; the other is the course."""
    lines = sized(
        [("Certificate of Completion", 30), ("Priya Venkataraman", 30), ("Mastering Git Branching", 38),
         ("Released: 05/2021 • Completed: 06/2022 • 52m", 14)]
    )  # fmt: skip
    reading = read_certificate(lines)
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Priya Venkataraman"
    assert reading.item is not None and reading.item.course_title == "Mastering Git Branching"


# --- where a title stops: a new sentence after it -------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        pytest.param(
            ["Certificate", "Ignatius Feld", "is awarded for completion of",
             "Applied Soil Mechanics. It was delivered online over four", "weeks by the faculty."],
            "Applied Soil Mechanics",
            id="same-line-new-sentence",
        ),
        pytest.param(
            ["CERTIFICATE OF COMPLETION", "Halima Osei", "has successfully completed the online program:",
             "Intro to Marine Navigation", "They have shown dedication to learning and a", "drive to grow."],
            "Intro to Marine Navigation",
            id="next-line-new-sentence",
        ),
        pytest.param(
            ["We confirm that the course Remote Sensing Primer has been successfully",
             "finished by Jana Novak on 2 May 2024."],
            "Remote Sensing Primer",
            id="has-been-successfully",
        ),
        # Capitalised words after a full stop are the title's own.
        pytest.param(
            ["Certificate", "Tariq Benali", "has completed", "Emergency Care, Part II. The Airway",
             "May 1, 2024"],
            "Emergency Care, Part II. The Airway",
            id="guard-capitalised-words-after-a-stop",
        ),
    ],
)  # fmt: skip
def test_a_title_stops_where_a_new_sentence_starts(texts: list[str], title: str) -> None:
    found = find_course_title(lines_at(centred(texts)))
    assert found is not None and found[0] == title, found


# --- a course named in the text, not a header -----------------------------------------------------------


def test_a_course_opening_the_line_after_the_word_course() -> None:
    """ "... concluiu em <date> o curso" / "<Course>, promovido pela ...": the course opens the next line,
    before a second page's header ("Programa do curso")."""
    first = lines_at(
        [(72.0, "Declaramos que Rui Tavares Monteiro concluiu em 12/09/2025 o curso"),
         (72.0, "Gestão do Tempo, promovido pela Escola Virtual, com duração de 8 horas."),
         (72.0, "Lisboa, 12 de setembro de 2025.")]
    )  # fmt: skip
    second = [ln.model_copy(update={"page": 2}) for ln in lines_at([(200.0, "Programa do curso")])]
    found = find_course_title(first + second)
    assert found is not None and found[0] == "Gestão do Tempo", found


def test_an_english_sentence_wrapping_after_the_course() -> None:
    lines = lines_at(
        [(72.0, "We confirm that Ingrid Solberg completed, on 3 March 2025, the course"),
         (72.0, "Conflict Coaching, offered by the Regional Learning Hub, with a workload of 6 hours.")]
    )  # fmt: skip
    found = find_course_title(lines)
    assert found is not None and found[0] == "Conflict Coaching", found


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(
            [("Verified Certificate of Program Completion", 12), ("Foundation of Secure Coding", 34),
             ("Awarded to", 9), ("LEOPOLD VASQUEZ", 28), ("April 2, 2025", 12),
             ("Skillport has confirmed participation of this learner in this", 9)],
            id="verified-heading-then-course",
        ),
        pytest.param(
            [("Professional Certificate of Course Completion", 30), ("Principles of Incident Response", 24),
             ("Presented to", 9), ("Greta Lindholm", 26), ("Issued 8 August 2024", 11)],
            id="completion-certificate-heading",
        ),
    ],
)  # fmt: skip
def test_a_heading_or_a_course_form_is_no_title_or_issuer(rows: list[tuple[str, float]]) -> None:
    lines = sized(rows)
    issuer = find_issuer(lines)
    assert issuer is None, issuer  # "Foundation of ..." names a course, not a foundation
    reading = read_certificate(lines)
    assert reading.item is not None and reading.item.course_title == rows[1][0]


# --- initials and a surname, where a name goes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        pytest.param(
            [("This Certificate of Training is to acknowledge that", 11), ("R J KOWALSKI", 20),
             ("has completed the independent study course:", 11), ("Hazardous Materials Awareness", 16)],
            "R J KOWALSKI",
            id="initials-without-dots-under-a-cue",
        ),
        pytest.param(
            [("The Board certifies that M. T. Okafor completed the course", 11),
             ("Defensive Tactics Refresher", 16)],
            "M. T. Okafor",
            id="dotted-initials-inline-after-a-cue",
        ),
        pytest.param(
            [("Participant: A.B. NAKAMURA", 12), ("Course: Radio Procedures", 12)],
            "A. B. NAKAMURA",  # a scan's lost space after an initial's dot is put back
            id="initials-after-a-name-label",
        ),
    ],
)  # fmt: skip
def test_initials_and_a_surname_where_a_name_goes(rows: list[tuple[str, float]], name: str) -> None:
    found = find_participant(sized(rows))
    assert found is not None and found.text == name, found


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([("This is to acknowledge that", 11), ("IS 700 B", 20), ("for completing", 11)],
                     id="code"),
        pytest.param([("Presented to", 11), ("U.S. ARMY", 20), ("for outstanding support", 11)], id="body"),
        pytest.param([("Awarded to", 11), ("C E", 20), ("for school safety", 11)], id="initials-alone"),
    ],
)  # fmt: skip
def test_short_capitals_under_a_cue_are_no_name(rows: list[tuple[str, float]]) -> None:
    assert find_participant(sized(rows)) is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [("K L MARTINSEN", True), ("J. Osei", True), ("J OSEI", False), ("IS 700 B", False),
     ("U.S. COAST GUARD", False), ("A B", False), ("T. R. VAN DYKE", True), ("N.I.M.S. Training", False)],
)  # fmt: skip
def test_initials_and_surname_shape(text: str, ok: bool) -> None:
    assert initials_and_surname(text) is ok
