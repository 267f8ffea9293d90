"""A certificate for a presented work names the work under its cue ("Certificamos que o trabalho", "Se
certifica que el trabajo", "This is to certify that the paper"), often a title in capitals over several
lines. The title's last line can read like a name ("DE SANTA ROSA.", "NORTH BRANCH."): it ends the
paragraph above it and is no person. Found on the real corpus (session 19); none of the strings below is
a real certificate's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.certificate import find_participant
from extract.config import ExtractConfig
from extract.document import extract_document
from extract.fields.names import person_name_score
from tests.unit.test_layout_parsers import page_of

WORKS = [
    pytest.param(
        "Se certifica que el trabajo",
        [
            "ANÁLISIS DE LOS REPORTES DE ACOSO ESCOLAR EN LAS ESCUELAS",
            "SECUNDARIAS DEL DISTRITO ESCOLAR ENTRE 2016 Y 2021 EN EL MUNICIPIO",
            "DE SANTA ROSA.",
        ],
        "de los autores: ANA GIL; LUIS MORA; TOMAS REYES, fue presentado en la modalidad Póster en el",
        id="es-three-lines",
    ),
    pytest.param(
        "Certificamos que o trabalho",
        [
            "AVALIAÇÃO DAS OCORRÊNCIAS DE VIOLÊNCIA NAS ESCOLAS ESTADUAIS DO",
            "VALLE CENTRAL.",
        ],
        "dos autores: ANA GIL; LUIS MORA, foi apresentado na modalidade Comunicação Oral no",
        id="pt-two-lines",
    ),
    pytest.param(
        "This is to certify that the paper",
        [
            "TRUANCY, THREAT REPORTS AND SCHOOL RESOURCE OFFICER CONTACTS IN THE",
            "NORTH BRANCH.",
        ],
        "by J. Ruiz; K. Patel; M. Osei, was presented in the Lightning Talk track at the 2023",
        id="en-two-lines",
    ),
]


@pytest.mark.parametrize(("cue", "title", "authors"), WORKS)
def test_a_works_wrapped_title_is_no_person(cue: str, title: list[str], authors: str) -> None:
    assert person_name_score(title[-1]) >= 0.5  # the tail alone would pass for a name
    rows = [cue, *title, authors, "National School Safety Conference, May 3-5, 2022."]
    found = find_participant(page_of([(text, 60, 100 + 20 * k, 11) for k, text in enumerate(rows)]))
    assert found is None or found.text != title[-1]


@pytest.mark.parametrize(
    "rows",
    [
        # A long line that ends its sentence, then the person.
        [
            "This certificate is presented to",
            "the member of the district's school safety team named here.",
            "Helena Brandt",
        ],
        # A cue whose long line ends with a colon, then the person.
        ["This certifies that on behalf of the regional training board of the county:", "Marcus T. Reyes"],
        # The person right under the cue.
        ["This certificate is presented to", "Dana Whitley"],
    ],
)
def test_a_person_under_a_cue_is_still_found(rows: list[str]) -> None:
    found = find_participant(page_of([(text, 60, 100 + 20 * k, 11) for k, text in enumerate(rows)]))
    assert found is not None and found.text == rows[-1]


def _work_scan(path: Path, rows: list[str]) -> Path:
    img = Image.new("L", (2550, 1650), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", 34)
    head = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", 72)
    draw.text((700, 150), "CERTIFICADO", font=head, fill=0)
    y = 400
    for text in rows:
        draw.text((200, y), text, font=font, fill=0)
        y += 52
    img.save(path, dpi=(200, 200))
    return path


def test_a_scanned_works_title_tail_is_no_participant(tmp_path: Path) -> None:
    rows = [
        "Certificamos que o trabalho",
        "ANÁLISE DAS OCORRÊNCIAS DE VIOLÊNCIA NAS ESCOLAS ESTADUAIS DA REGIÃO",
        "SUL ENTRE 2016 E 2021 E O PAPEL DAS RONDAS ESCOLARES NO MUNICÍPIO",
        "DE SANTA ROSA.",
        "dos autores: ANA GIL; LUIS MORA; TOMAS REYES, foi apresentado na modalidade",
        "Comunicação Oral Curta, no 9º Congresso Nacional de Segurança Escolar ocorrido",
        "de 3 a 5 de maio de 2022 em Porto Alegre.",
    ]
    scan = _work_scan(tmp_path / "work.png", rows)
    doc = extract_document(scan, ExtractConfig(second_engine=False, reread_blank_cells=False))
    assert doc.participant_name is None or "ROSA" not in doc.participant_name.text.upper()
    # The event stays read, so the page is still an item for a person to review.
    assert doc.items and "Congresso" in (doc.items[0].course_title or "")
