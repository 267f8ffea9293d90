"""Letters and conference evidence, round 12 (``tests/novel_letters_12.py``): the faults it found, each on
several wordings, with controls that must read as before.

- a table's "Present" / "Current" / "to date" after the From date of an SRO row: the post goes on; after
  another assignment's row (patrol), the SRO post listed above it is over; a rank's row says neither;
- the last SRO row's "To" cell ends the service (a later SRO row, back to back, runs it on);
- a present cue after another post named past the SRO role ("promoted to Detective in the Investigations
  Division, where he currently serves") is no current SRO post; "until 05/2022" is an end;
- a start sentence opening with its date finds its verb past a ranked full name;
- a Spanish letter: "desde el ... de ... de", "hasta el ...", "actualmente", "el Oficial José Luis Ramírez";
- a conference programme page (heading, sessions at times of day, no attendance): R6 not met with its reason.
"""

from __future__ import annotations

from datetime import date

import pytest

from classify.completion import conference_programme_reason
from classify.doctype import classify_doctype
from classify.types import PROGRAMME_NOT_ATTENDANCE
from extract.letter import _employment, _flat, read_letter, read_sro_start
from extract.letter_end import read_sro_end
from tests.unit.test_prose_title import lines_of

# ------------------------------------------------------------------ a table's "Present"


@pytest.mark.parametrize(
    ("text", "employment"),
    [
        ("Position From To Police Officer 06/06/2011 08/20/2016 School Resource Officer 08/21/2016 Present",
         "current"),
        ("Assignment Start End Detention Deputy 03/04/2012 08/13/2015 "
         "School Resource Deputy 08/17/2017 Current",
         "current"),
        ("Positions held: SRO, Oak Middle School 08/21/2016 to date", "current"),
        # another assignment runs to the present: the SRO row above it is over
        ("Assignment Start End School Resource Officer 08/16/2016 07/31/2023 "
         "Patrol Officer 08/01/2023 Present",
         "ended"),
        ("School Resource Officer 08/16/2016 07/31/2023 Patrol Officer 08/01/2023 - Present", "ended"),
        # both run to the present: a person's call
        ("Patrol Officer 06/06/2011 Present School Resource Officer 08/21/2016 Present", None),
        # a rank to the present says nothing of the post; the SRO row does
        ("Police Officer 06/06/2011 Present School Resource Officer 08/21/2016 Present", "current"),
        # "Current" as a label's first word is no cell
        ("Position: School Resource Officer Start date: 08/21/2016 Current Assignment: Patrol Division",
         None),
    ],
)  # fmt: skip
def test_a_table_rows_present(text: str, employment: str | None) -> None:
    assert _employment(_flat(text))[0] == employment


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Assignment Start End Patrol Officer 06/01/2010 08/15/2016 School Resource Officer 08/16/2016 "
         "07/31/2023 Patrol Officer 08/01/2023 Present", date(2023, 7, 31)),
        # back to back: the second SRO row runs the service on, no end
        ("Position From To Patrol Officer 02/10/2014 08/14/2018 School Resource Officer - Glen Ellis MS "
         "08/15/2018 06/30/2021 School Resource Officer - Glen Ellis HS 07/01/2021 Present", None),
        ("Position From To School Resource Officer 08/21/2016 Present", None),
    ],
)  # fmt: skip
def test_the_last_sro_rows_to_cell_ends_the_service(text: str, end: date | None) -> None:
    reading = read_sro_end(text)
    assert (reading.range[1] if reading.range else None) == end


# ------------------------------------------------------------------ the present of another post


@pytest.mark.parametrize(
    ("text", "employment"),
    [
        ("Detective Samir K. Haddad was our School Resource Officer at Glenwood High School from "
         "08/2016 until 05/2022, when he was promoted to Detective in the Investigations Division, "
         "where he currently serves.",
         "ended"),
        ("Officer Kim was the SRO at Oak High School, then moved to the Traffic Unit, where she is currently "
         "assigned.", None),
        # controls: the present is the SRO post's
        ("Officer Kim has been the SRO at Oak High School since 2019 and currently serves there.", "current"),
        ("Officer Kim, the SRO at Oak High School, continues in that role in addition to her patrol duties.",
         "current"),
    ],
)  # fmt: skip
def test_a_present_cue_after_another_post(text: str, employment: str | None) -> None:
    assert _employment(_flat(text))[0] == employment


def test_a_start_sentence_opening_with_its_date_past_a_ranked_full_name() -> None:
    text = (
        "On the fourteenth day of August, 2017, Officer Tobias E. Wainwright was assigned as the\n"
        "School Resource Officer at Cedar Falls High School."
    )
    assert read_sro_start(text).start == date(2017, 8, 14)
    # control: another post's assignment opening with its date is no SRO start
    assert (
        read_sro_start(
            "On August 6, 2018, Officer Tobias E. Wainwright was assigned to the Patrol Division."
        ).start
        is None
    )


# ------------------------------------------------------------------ Spanish


SPANISH = [
    "12 de marzo de 2025",
    "A quien corresponda:",
    "Por medio de la presente se hace constar que el Oficial José Luis Ramírez ha desempeñado el cargo",
    "de Oficial de Recursos Escolares en la Escuela Secundaria Benito Juárez desde el 15 de agosto de",
    "2018, y actualmente continúa en dicho cargo.",
    "Atentamente,",
    "Comandante Elena Ruiz Ortega",
    "Jefa de Policía",
]


def test_a_spanish_letter_is_read() -> None:
    reading = read_letter(lines_of(SPANISH))
    assert reading.sro_start == date(2018, 8, 15)
    assert reading.employment == "current"
    assert reading.participant is not None and reading.participant.text == "José Luis Ramírez"
    guess = classify_doctype(" ".join(SPANISH), "single", 0, True)
    assert guess.doc_type == "employment_letter"


def test_a_spanish_letter_with_its_end() -> None:
    text = (
        "se hace constar que el Agente Martín Esquivel Duarte se desempeñó como Oficial de Recursos "
        "Escolares en la Escuela Preparatoria Santa Rita desde el 1 de septiembre de 2019 hasta el 30 de "
        "junio de 2021."
    )
    assert read_sro_start(text).start == date(2019, 9, 1)
    assert _employment(_flat(text))[0] == "ended"
    assert read_sro_end(text).range == (date(2021, 6, 30), date(2021, 6, 30))


# ------------------------------------------------------------------ a conference's programme


@pytest.mark.parametrize(
    "text",
    [
        "National School Safety Conference - Conference Program Tuesday, July 16, 2024 Time Session "
        "Location 7:30 AM Registration and Breakfast 9:00 AM Keynote: Building Safer Schools 10:30 AM "
        "Breakout 2:00 PM",
        "2025 National School Safety Conference Agenda at a Glance Wednesday, July 2 8:00 AM General Session "
        "10:15 AM Workshop 1:30 PM Workshop 3:45 PM Exhibit Hall Reception",
    ],
)
def test_a_conference_programme_is_no_attendance(text: str) -> None:
    reason = conference_programme_reason(text)
    assert reason is not None and reason.endswith(PROGRAMME_NOT_ATTENDANCE)


@pytest.mark.parametrize(
    "text",
    [
        # a certificate of attendance printing the conference's hours
        "Certificate of Attendance presented to Leona Barrett for attending the 2023 National School Safety "
        "Conference Program 8:00 AM - 5:00 PM, July 9-14, 2023, 9:00 AM",
        # a programme of a course, not a conference
        "Basic SRO Course Program 8:00 AM Welcome 10:00 AM Legal Issues 1:00 PM Adolescent Development",
        # a conference page with one time
        "2024 National School Safety Conference Agenda: opening session at 9:00 AM",
    ],
)
def test_not_a_conference_programme(text: str) -> None:
    assert conference_programme_reason(text) is None


def test_r6_not_met_on_a_programme_with_its_reason() -> None:
    from tests.unit.test_letters_round11 import _conference_line, _r6

    reason = conference_programme_reason(
        "2025 National School Safety Conference Agenda at a Glance 8:00 AM Keynote 10:15 AM Workshop "
        "1:30 PM Panel"
    )
    assert reason is not None
    verdict, why = _r6(_conference_line(reason), [])
    assert verdict == "not_met"
    assert PROGRAMME_NOT_ATTENDANCE in why
