"""Rules the real-certificate audit (session 13) found missing, each shown in wordings of its own.

A salutation is never a person, however OCR spaced it; a team or a group named under "presented to" is
not the person when a name of a person follows; a sentence's subject before "has completed" is the
person; a bracket naming an offering ("Turma SET/2025", "Cohort 7") is not the course; a credential's
name set around a lone connector ("Graduate Certificate" / "in" / "...") is one title; a title a
paragraph wraps goes on at the paragraph's line pitch; a letter's opening or closing is never a title;
a date wholly in words ("the fourteenth day of December, two thousand twenty-one") is a date.
None of the strings below is a real certificate's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.certificate import _without_trailing_value, find_participant, looks_like_title, read_certificate
from extract.config import ExtractConfig
from extract.document import extract_document
from extract.fields.dates import find_dates
from extract.fields.names import is_salutation, name_tokens, person_name_score
from tests.unit.test_layout_parsers import page_of

SALUTATIONS = [
    "To Whom It May Concern:",
    "To Whom It May Concern",
    "ToWhomIt MayConcern",
    "TO WHOMIT MAY CONCERN",
    "TOWHOMITMAYCONCERN",
    "To whom it may concem",  # OCR's "rn" for "m"
    "T0 WH0M IT MAY C0NCERN",
    "Dear Sir or Madam",
    "DEARSIR",
    "DearSelection Committee",
    "Dear Members of the Review Board",
    "DEAROFFICER HALVORSEN",
    "Greetings",
    "Prezados Senhores",
    "A quien corresponda",
    "AQUEM POSSA INTERESSAR",
]
NAMES = [
    "Cara Thompson",  # "Cara" greets in Portuguese, and is a given name
    "Dearing Castellanos",
    "Greta Dear",
    "Toby Whomack",
    "Tomas Whitmay",
    "Estela Prado",
    "Marcus T. Reyes",
]


@pytest.mark.parametrize("text", SALUTATIONS)
def test_a_salutation_however_spaced_is_never_a_name(text: str) -> None:
    assert is_salutation(text)
    assert person_name_score(text) == 0.0


@pytest.mark.parametrize("text", NAMES)
def test_names_that_share_a_greetings_letters_stay_names(text: str) -> None:
    assert not is_salutation(text)
    assert person_name_score(text) >= 0.5


@pytest.mark.parametrize(
    "salutation", ["ToWhomIt MayConcern", "DearReview Committee", "TO WHOMIT MAY CONCERN"]
)
@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Deputy Lena Ortiz has successfully completed Crisis Intervention", "Lena Ortiz"),
        ("Priya Raman attended Juvenile Interviewing Techniques", "Priya Raman"),
        ("Sgt. Tomas Iverson was awarded credit for completing Report Writing", None),
    ],
)
def test_a_letter_names_its_person_in_its_prose_never_in_its_salutation(
    salutation: str, sentence: str, person: str | None
) -> None:
    page = page_of(
        [
            ("Harbor Valley Training Consortium", 150, 60, 14),
            ("October 2, 2024", 72, 120, 11),
            (salutation, 72, 160, 11),
            (sentence, 72, 190, 11),
            ("on September 12, 2024, for eight (8) contact hours.", 72, 208, 11),
        ]
    )
    found = find_participant(page)
    if person is None:
        assert found is None or not is_salutation(found.text)
    else:
        assert found is not None and name_tokens(found.text) == name_tokens(person)


FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
BOLD = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"


def _letter_scan(path: Path, salutation: str, body: list[str]) -> Path:
    """A letter-layout certificate as a 300 dpi page image, its salutation drawn as OCR mis-spaced it."""
    img = Image.new("L", (2550, 3300), 255)
    draw = ImageDraw.Draw(img)
    draw.text(
        (1275, 250),
        "Northgate Public Safety Institute",
        font=ImageFont.truetype(BOLD, 72),
        fill=0,
        anchor="mm",
    )
    font = ImageFont.truetype(FONT, 50)
    draw.text((300, 500), "May 20, 2024", font=font, fill=0)
    draw.text((300, 640), salutation, font=font, fill=0)
    y = 780
    for line in body:
        draw.text((300, y), line, font=font, fill=0)
        y += 75
    draw.text((300, y + 150), "Sincerely,", font=font, fill=0)
    draw.text((300, y + 350), "Hollis R. Vantreese", font=font, fill=0)
    draw.text((300, y + 425), "Program Coordinator", font=font, fill=0)
    img.save(path, dpi=(300, 300))
    return path


@pytest.mark.parametrize(
    ("salutation", "body", "person"),
    [
        pytest.param(
            "ToWhomIt MayConcern",
            [
                "Officer Renata Szabo has successfully completed Youth",
                "Crisis Response on April 30, 2024 (6 hours).",
            ],
            "Renata Szabo",
            id="glued-title-case",
        ),
        pytest.param(
            "DearSelection Committee",
            [
                "Nadia Boateng has completed Gang Awareness for School",
                "Staff on March 7, 2024, a course of 4 hours.",
            ],
            "Nadia Boateng",
            id="glued-dear",
        ),
    ],
)
def test_an_ocred_letter_never_takes_its_salutation_for_the_person(
    tmp_path: Path, salutation: str, body: list[str], person: str
) -> None:
    scan = _letter_scan(tmp_path / "letter.png", salutation, body)
    doc = extract_document(scan, ExtractConfig(second_engine=False, reread_blank_cells=False))
    assert doc.participant_name is not None
    assert not is_salutation(doc.participant_name.text)
    assert name_tokens(doc.participant_name.text) == name_tokens(person)


@pytest.mark.parametrize(
    ("team", "person"),
    [
        ("SRBD Hyperbola", "Arnab Sen Sharma"),
        ("Team Nimbus", "Carlos Mendez"),
        ("Blue Falcons", "Aisha Karim"),
    ],
)
def test_the_person_under_a_team_name_is_the_participant(team: str, person: str) -> None:
    """ "presented to" / a team in small type / its member set large: the member, who has a given name."""
    page = page_of(
        [
            ("Certificate of Excellence", 150, 60, 30),
            ("This certificate is presented to", 200, 120, 11),
            (team, 100, 145, 13),
            (person, 180, 170, 28),
            ("in recognition of outstanding work in the Spring Robotics Challenge", 120, 215, 11),
        ]
    )
    found = find_participant(page)
    assert found is not None and found.text == person


def test_a_person_named_first_under_the_cue_stays_the_participant() -> None:
    page = page_of(
        [
            ("This certificate is presented to", 200, 120, 11),
            ("Helena Brandt", 180, 145, 24),
            ("Lakeside Robotics Club", 180, 180, 24),
        ]
    )
    found = find_participant(page)
    assert found is not None and found.text == "Helena Brandt"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Gestão de Conflitos (Turma SET/2025)", "Gestão de Conflitos"),
        ("Crisis Intervention (Class 24-03)", "Crisis Intervention"),
        ("Youth Mental Health First Aid (Cohort 7)", "Youth Mental Health First Aid"),
        ("Leadership in Schools (Spring 2024 Cohort)", "Leadership in Schools"),
        ("Ética Policial (Edição 2023)", "Ética Policial"),
        # No number: the bracket may name a kind of the course, which stays.
        ("Firearms Qualification (Class A)", "Firearms Qualification (Class A)"),
        ("Active Shooter Response (Level II)", "Active Shooter Response (Level II)"),
        ("Juvenile Law (Group Dynamics)", "Juvenile Law (Group Dynamics)"),
    ],
)
def test_a_bracket_naming_the_offering_is_not_the_course(title: str, expected: str) -> None:
    assert _without_trailing_value(title) == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "concluiu o curso Mediação Escolar (Turma ABR/2024), com carga horária de 12 horas.",
            "Mediação Escolar",
        ),
        ("has completed the course Report Writing (Cohort 12), a course of 8 hours.", "Report Writing"),
    ],
)
def test_an_offering_bracket_inside_prose_is_left_out_of_the_title(sentence: str, title: str) -> None:
    page = page_of(
        [
            ("This is to certify that", 200, 100, 11),
            ("Jordan Ellsworth", 200, 130, 20),
            (sentence, 60, 170, 11),
        ]
    )
    reading = read_certificate(page)
    assert reading.item is not None and reading.item.course_title == title


@pytest.mark.parametrize(
    ("credential", "connector", "field"),
    [
        ("Graduate Certificate", "in", "Criminal Justice Administration"),
        ("Associate Degree", "in", "Emergency Management"),
        ("Professional Certificate", "in", "School Safety Leadership"),
    ],
)
def test_a_credential_set_around_a_lone_connector_is_one_title(
    credential: str, connector: str, field: str
) -> None:
    page = page_of(
        [
            ("Marisol Quintero", 180, 100, 32),
            ("has completed the requirements for and is hereby awarded the", 120, 150, 11),
            (credential, 180, 175, 28),
            (connector, 280, 211, 12),
            (field, 120, 230, 28),
        ]
    )
    reading = read_certificate(page)
    assert reading.item is not None
    assert reading.item.course_title == f"{credential} {connector} {field}"


def test_a_smaller_line_after_a_lone_connector_is_not_the_title() -> None:
    page = page_of(
        [
            ("Marisol Quintero", 180, 100, 32),
            ("is hereby awarded the", 200, 150, 11),
            ("Distinguished Service Award", 150, 175, 28),
            ("for", 280, 211, 12),
            ("Twenty Years With The Department", 200, 230, 12),
        ]
    )
    reading = read_certificate(page)
    assert reading.item is not None and reading.item.course_title == "Distinguished Service Award"


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        ("Dana Whitfield has completed Threat Assessment", "for Schools on March 5, 2024 (6 hours).",
         "Threat Assessment for Schools"),
        ("Officer Ray Oduya attended Juvenile Law", "for Patrol Officers on May 2, 2024 (4 hours).",
         "Juvenile Law for Patrol Officers"),
    ],
)  # fmt: skip
def test_a_title_a_paragraph_wraps_goes_on_at_its_line_pitch(first: str, second: str, title: str) -> None:
    """Letter prose set at 1.5 line spacing: the next line of the paragraph is not too far to read on."""
    page = page_of([("To Whom It May Concern:", 72, 100, 11), (first, 72, 130, 11), (second, 72, 148, 11)])
    reading = read_certificate(page)
    assert reading.item is not None and reading.item.course_title == title


@pytest.mark.parametrize(
    "text", ["Sincerely,", "Respectfully", "Best regards,", "Dear Members", "To Whom It May Concern"]
)
def test_a_letters_opening_or_closing_is_never_a_title(text: str) -> None:
    assert not looks_like_title(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("this the fourteenth day of December, two thousand twenty-one.", date(2021, 12, 14)),
        ("given this twenty-first day of May in the year two thousand and three", date(2003, 5, 21)),
        ("Signed this tenth day of April, Two Thousand Twenty Four", date(2024, 4, 10)),
        ("on the first day of June, nineteen hundred ninety-nine", date(1999, 6, 1)),
        ("conferred the third dag of March, two thousand nineteen", date(2019, 3, 3)),  # a script "y" as "g"
    ],
)
def test_a_date_wholly_in_words_is_read(text: str, day: date) -> None:
    found = find_dates(text)
    assert [(d.start, d.end, d.precision) for d in found] == [(day, day, "day")]


@pytest.mark.parametrize(
    "text",
    [
        "the fifth day of May, two thousandth",
        "two thousand twenty-one participants",
        "the fourteenth of two thousand",
    ],
)
def test_number_words_that_are_no_date_stay_unread(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("rows", "event"),
    [
        pytest.param(
            [
                "This is to certify that the paper",
                "EARLY WARNING SIGNS IN SCHOOL THREAT ASSESSMENT",
                "by J. Ruiz; K. Patel; M. Osei, was presented in the Lightning Talk track at the 2023",
                "National School Safety Conference held June 5-7, 2023 in Reno, Nevada.",
            ],
            "2023 National School Safety Conference",
            id="en-paper-wrapped-event",
        ),
        pytest.param(
            [
                "Se certifica que el trabajo",
                "PREVENCIÓN DEL ACOSO ESCOLAR EN ZONAS RURALES",
                "de los autores: ANA GIL; LUIS MORA, fue presentado en la modalidad Póster en el",
                "XV Congreso Nacional de Convivencia Escolar, del 3 al 5 de mayo de 2022.",
            ],
            "XV Congreso Nacional de Convivencia Escolar",
            id="es-poster",
        ),
    ],
)
def test_a_work_presented_at_an_event_is_credited_as_the_event(rows: list[str], event: str) -> None:
    page = page_of([(text, 60, 100 + 20 * k, 11) for k, text in enumerate(rows)])
    reading = read_certificate(page)
    assert reading.item is not None and reading.item.course_title == event


def test_a_work_presented_at_no_named_event_keeps_its_own_title() -> None:
    page = page_of(
        [
            ("This is to certify that the paper", 60, 100, 11),
            ("Campus Safety Audits", 60, 130, 20),
            ("was presented at the Monthly Staff Briefing of the Harbor Police Department.", 60, 170, 11),
        ]
    )
    reading = read_certificate(page)
    assert reading.item is not None and reading.item.course_title != "Monthly Staff Briefing"
