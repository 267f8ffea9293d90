"""The fifth unseen round's fixes (bench/unseen_applicants_5.py): an online course's ISO timestamp dates
its completion (not a UTC time that is the day before in the US), a form stating its date order
("DD.MM.YYYY") reads its numeric dates in that order, and a letter introducing the officer without a rank
("verify the employment of ...") names them. Each document is drawn here with reportlab and read as an
upload is."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from classify.catalog import load_catalog
from classify.document import classify_document
from extract.config import ExtractConfig
from extract.document import parse_document
from extract.fields.dates import find_dates
from extract.read import read_pages
from extract.transcript import ONE_DATE_CELL_BLANK
from extract.types import ExtractedDocument
from tests.factories import read_drawn_lines as _read
from verify.policy import default_policy
from verify.rules import Letter, r2_employed
from verify.types import ApplicationFacts


def _dates(doc: ExtractedDocument) -> tuple[date | None, date | None]:
    assert len(doc.items) == 1
    return doc.items[0].start_date, doc.items[0].end_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("Completion Date: 2023-05-10T14:22:11Z", date(2023, 5, 10), id="utc-afternoon"),
        pytest.param("2023-05-10T09:05:00-05:00", date(2023, 5, 10), id="local-offset"),
        pytest.param("2023-05-10T09:05", date(2023, 5, 10), id="no-zone"),
        # 02:22 UTC is the evening before in every US time zone: no date is read from it.
        pytest.param("2023-05-10T02:22:11Z", None, id="utc-small-hours"),
        pytest.param("2023-05-10T02:22:11.250+00:00", None, id="utc-offset-small-hours"),
        pytest.param("2023-05-10X", None, id="glued-letter"),
    ],
)
def test_iso_timestamps(text: str, day: date | None) -> None:
    found = [(m.start, m.end) for m in find_dates(text)]
    assert found == ([(day, day)] if day else [])


CERT = [
    "CampusShield Online Academy",
    "Certificate of Completion",
    "This certifies that",
    "Samuel T. Okonjo",
    "has successfully completed the online course",
    "Trauma-Informed Policing with Youth",
    "Credit Hours: 8.00",
]


def test_an_online_certificate_dated_by_its_timestamp(tmp_path: Path) -> None:
    doc = _read(tmp_path, [*CERT, "Completion Date: 2023-05-10T14:22:11Z"])
    assert _dates(doc) == (date(2023, 5, 10), date(2023, 5, 10))
    late = _read(tmp_path, [*CERT, "Completion Date: 2023-05-10T01:22:11Z"])
    assert _dates(late) == (None, None)


ABROAD = [
    "Northern Institute for Threat Assessment",
    "Certificate of Attendance",
    "This is to certify that",
    "Fiona C. Brannigan",
    "attended and completed the programme",
    "Threat Assessment in Schools",
    "Contact hours: 16",
]


@pytest.mark.parametrize(
    ("label", "dates", "unsure"),
    [
        pytest.param(
            "Dates (DD.MM.YYYY):", (date(2022, 3, 5), date(2022, 3, 6)), False, id="day-first-legend"
        ),
        pytest.param("Dates (dd/mm/yyyy):", (date(2022, 3, 5), date(2022, 3, 6)), False, id="lower-slashes"),
        pytest.param(
            "Dates (MM.DD.YYYY):", (date(2022, 5, 3), date(2022, 6, 3)), False, id="month-first-legend"
        ),
        # No legend: dots are how most of the world writes day first, so either order is open.
        pytest.param("Dates:", (date(2022, 5, 3), date(2022, 6, 3)), True, id="no-legend"),
    ],
)
def test_a_stated_date_order_settles_numeric_dates(
    tmp_path: Path, label: str, dates: tuple[date, date], unsure: bool
) -> None:
    sep = "/" if "/" in label else "."
    doc = _read(tmp_path, [*ABROAD, f"{label} 05{sep}03{sep}2022 - 06{sep}03{sep}2022"])
    assert _dates(doc) == dates
    either_way = any("either way round" in n for n in (*doc.items[0].notes, *doc.items[0].date_notes))
    assert either_way is unsure


def test_a_legend_leaves_a_date_with_a_day_above_12_alone(tmp_path: Path) -> None:
    doc = _read(tmp_path, [*ABROAD, "Dates (DD.MM.YYYY): 25.03.2022 - 26.03.2022"])
    assert _dates(doc) == (date(2022, 3, 25), date(2022, 3, 26))


def test_a_verification_letter_names_an_officer_given_no_rank(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            "City of Ridgeway - Human Resources Department",
            "April 15, 2025",
            "RE: Verification of Employment",
            "To Whom It May Concern:",
            "This letter is to verify the employment of Marcus T. Oyelaran. Mr. Oyelaran was employed",
            "as a Police Officer from 03/14/2011 to 01/31/2025. He was assigned as School Resource",
            "Officer effective August 1, 2016. Mr. Oyelaran is no longer employed by the City.",
            "Respectfully,",
            "Janelle S. Ortiz",
            "Human Resources Manager",
        ],
    )
    assert doc.participant_name is not None
    assert doc.participant_name.text == "Marcus T. Oyelaran"
    assert doc.sro_start_date == date(2016, 8, 1)
    assert doc.employment == "ended"


HR = [
    "City of Ridgeway - Human Resources Department",
    "April 15, 2025",
    "RE: Verification of Employment",
    "To Whom It May Concern:",
    "This letter is to verify the employment of Marcus T. Oyelaran. He was assigned as School Resource",
    "Officer effective August 1, 2016.",
]


@pytest.mark.parametrize(
    ("says", "verdict"),
    [
        pytest.param("Mr. Oyelaran is no longer employed by the City.", "not_met", id="no-longer-now"),
        # Past tense: it tells of some earlier time, not of the letter's date.
        pytest.param("In 2014 he was no longer employed by the County.", "needs_review", id="past-tense"),
    ],
)
def test_no_longer_employed_ends_the_service_by_the_letters_date(
    tmp_path: Path, says: str, verdict: str
) -> None:
    doc = _read(tmp_path, [*HR, says, "Respectfully,", "Janelle S. Ortiz", "Human Resources Manager"])
    letter = Letter(
        document="letter.pdf",
        sro_start_date=doc.sro_start_date,
        document_date=doc.issue_date,
        names_applicant=True,
        sro_start_range=doc.sro_start_range,
        employment=doc.employment,
        sro_end_range=doc.sro_end_range,
    )
    app = ApplicationFacts(
        applicant_id="Y07",
        name="Marcus T. Oyelaran",
        agency="Ridgeway PD",
        sro_start_date=None,
        currently_employed=None,
        application_date=date(2025, 6, 2),
    )
    assert r2_employed(app, [letter], default_policy()).verdict == verdict
    if verdict == "not_met":
        assert doc.sro_end_range == (date(2016, 8, 1), date(2025, 4, 15))


def test_a_letter_naming_nobody_legibly_stays_a_letter(tmp_path: Path) -> None:
    """No name read (here: none printed) and no hours: still a letter, its facts for a person to confirm,
    not an `other` page whose start and status are lost."""
    doc = _read(
        tmp_path,
        [
            "Human Resources Department",
            "April 15, 2025",
            "To Whom It May Concern:",
            "This letter is to verify that the above employee was assigned as School Resource Officer",
            "effective August 1, 2016, and continues in that assignment.",
            "Respectfully,",
        ],
    )
    assert doc.participant_name is None
    out = classify_document(doc, load_catalog(), date(2025, 6, 2))
    assert (out.doc_type, out.sro_start_date) == ("employment_letter", date(2016, 8, 1))


def test_a_letters_name_has_ocrs_damage_to_its_suffix_undone(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            "To Whom It May Concern:",
            "This letter is to verify that Jeremiah Adams Il has served as a School Resource Officer",
            "since June 9, 2018. He is currently assigned to the School Resource Unit.",
            "Respectfully,",
        ],
    )
    assert doc.participant_name is not None and doc.participant_name.text == "Jeremiah Adams II"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # A scan's speck before a date is no part of a number.
        pytest.param(".10/21/2019. 10/25/2019", [date(2019, 10, 21), date(2019, 10, 25)], id="speck"),
        pytest.param("x .03/04/2021", [date(2021, 3, 4)], id="speck-after-space"),
        pytest.param("1.10/21/2019", [], id="after-a-number"),
        pytest.param("No.10/21/2019", [], id="after-a-word"),
    ],
)
def test_a_speck_before_a_date(text: str, days: list[date]) -> None:
    assert [m.start for m in find_dates(text)] == days


def _table(tmp_path: Path, rows: Sequence[tuple[str, str, str, str]]) -> ExtractedDocument:
    path = tmp_path / "record.pdf"
    c = Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 740, "Harmon County Sheriff's Office - Training History")
    c.setFont("Helvetica", 10)
    c.drawString(40, 722, "Name: Dana R. Whitfield")
    y = 690.0
    for k, cells in enumerate((("Course Title", "Start Date", "End Date", "Hours"), *rows)):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 9.5)
        for x, text in zip((40, 300, 380, 470), cells, strict=True):
            c.drawString(x, y, text)
        y -= 20
    c.showPage()
    c.save()
    media, pages = read_pages(path, ExtractConfig())
    return parse_document(path.name, "0" * 64, media, pages)


def test_a_row_with_one_of_its_start_and_end_cells_blank_has_no_known_span(tmp_path: Path) -> None:
    doc = _table(
        tmp_path,
        [
            ("School Emergency Operations Planning", "02/10/2020", "02/12/2020", "24"),
            ("Crisis Intervention Teams for Youth", "", "10/25/2019", "40"),
            ("Juvenile Law Update", "02/06/2024", "02/06/2024", "4"),
        ],
    )
    blank = [it.course_title for it in doc.items if ONE_DATE_CELL_BLANK in it.date_notes]
    assert blank == ["Crisis Intervention Teams for Youth"]
