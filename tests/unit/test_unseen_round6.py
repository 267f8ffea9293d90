"""The sixth unseen round's fixes (bench/unseen_applicants_6.py): a letter dating the SRO start only by a
season or part of a year ("since the fall of 2021") states a span, which decides R1 only when all of it
does; a name printed surname first in a certificate's sentence ("certify that PEÑA-IBÁÑEZ, JOSÉ Á.
completed") is its person; a name whose spaces OCR moved ("Jose AngelPena Ibanez") is the applicant's; a
harm done to minors names the juvenile subject; a date glued to its label's colon is read and a label's
amount before a misread unit of time is no hours. Documents are drawn here with reportlab and
read as an upload is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from classify.catalog import load_catalog
from classify.category import category_from_title
from classify.document import AutoPolicy, classify_document
from extract.certificate import leading_name
from extract.fields.dates import find_dates
from extract.fields.hours import find_hours
from extract.letter import read_sro_start
from tests.factories import read_drawn_lines as _read
from verify.names import names_match
from verify.policy import default_policy
from verify.rules import Letter, r1_sro_years
from verify.types import ApplicationFacts

# ------------------------------------------------------------------------------------ seasons


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Officer Whitfield has served as the School Resource Officer at Cedar Hollow Middle School since "
            "the fall of 2021, and he continues in that assignment today.",
            (date(2021, 8, 1), date(2021, 12, 31)),
            id="since-the-fall-of",
        ),
        pytest.param(
            "Deputy Ruiz has been our SRO since fall 2021.",
            (date(2021, 8, 1), date(2021, 12, 31)),
            id="since-fall",
        ),
        pytest.param(
            "She has served as a School Resource Officer since the autumn of 2019.",
            (date(2019, 8, 1), date(2019, 12, 31)),
            id="autumn",
        ),
        pytest.param(
            "He was assigned as School Resource Officer beginning in the spring of 2020.",
            (date(2020, 1, 1), date(2020, 6, 30)),
            id="beginning-in-the-spring",
        ),
        pytest.param(
            "She has served as a School Resource Officer since mid-2018.",
            (date(2018, 4, 1), date(2018, 9, 30)),
            id="mid-year",
        ),
        pytest.param(
            "He has served as our SRO since early 2019.", (date(2019, 1, 1), date(2019, 6, 30)), id="early"
        ),
        pytest.param(
            "Deputy Z has served as our SRO since the winter of 2021.",
            (date(2020, 12, 1), date(2022, 3, 31)),
            id="winter-either-side",
        ),
    ],
)
def test_a_season_dates_the_start_as_a_span(text: str, span: tuple[date, date]) -> None:
    reading = read_sro_start(text)
    assert (reading.start, reading.range) == (None, span)
    assert reading.notes and "only by" in reading.notes[0]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He has been employed by the department since the fall of 2012.", id="a-hire"),
        pytest.param("He completed the Basic SRO course in the fall of 2019.", id="a-course"),
        pytest.param("The school opened in the fall of 2019 and he visits it weekly.", id="no-role"),
    ],
)
def test_a_season_starts_no_sro_service_unless_the_sentence_says_so(text: str) -> None:
    assert read_sro_start(text).range is None


def _r1(span: tuple[date, date], applied: date) -> str:
    letter_ = Letter(
        document="letter.pdf",
        sro_start_date=None,
        document_date=date(2024, 9, 20),
        names_applicant=True,
        sro_start_range=span,
        employment="current",
    )
    app = ApplicationFacts(
        applicant_id="Z03",
        name="Terrell A. Whitfield",
        agency="Cedar Hollow PD",
        sro_start_date=None,
        currently_employed=None,
        application_date=applied,
    )
    return r1_sro_years(app, [letter_], default_policy()).verdict


def test_a_season_decides_r1_only_when_all_of_it_does() -> None:
    fall = read_sro_start("He has served as our School Resource Officer since the fall of 2021.").range
    assert fall is not None
    assert _r1(fall, date(2024, 10, 15)) == "needs_review"  # three years from August, not from December
    assert _r1(fall, date(2025, 1, 2)) == "met"
    assert _r1(fall, date(2024, 6, 1)) == "not_met"


def test_a_district_letter_dating_by_season_is_a_letter(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            "Cedar Hollow Unified School District",
            "Office of Safety and Security",
            "September 20, 2024",
            "To the NASRO Practitioner Review Committee:",
            "I write in support of the application of Officer Terrell A. Whitfield of the Cedar Hollow",
            "Police Department. Officer Whitfield has served as the School Resource Officer at Cedar",
            "Hollow Middle School since the fall of 2021, and he continues in that assignment today.",
            "Sincerely,",
            "Dr. Alicia M. Brandt",
            "Director of Safety and Security",
        ],
    )
    out = classify_document(doc, load_catalog(), date(2024, 10, 15))
    assert out.doc_type == "employment_letter"
    assert (out.sro_start_date, doc.sro_start_range, doc.employment) == (
        None,
        (date(2021, 8, 1), date(2021, 12, 31)),
        "current",
    )
    assert not out.items


# ------------------------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PEÑA-IBÁÑEZ, JOSÉ Á. completed Crisis Intervention", "PEÑA-IBÁÑEZ, JOSÉ Á."),
        ("KNAPP, OSCAR A. has completed the course", "KNAPP, OSCAR A."),
        ("Álvarez, María completed", "Álvarez, María"),
        ("Smith-Jones, Robert T., completed", "Smith-Jones, Robert T."),
        # A place names no given name; a rank before the comma is no surname: the name stops as before.
        ("Houston, Texas Police Department", "Houston"),
        ("Officer Smith, John completed", "Officer Smith"),
        ("Dana K. Whitaker, Director of Training", "Dana K. Whitaker"),
    ],
)
def test_a_name_printed_surname_first_in_a_sentence(text: str, name: str) -> None:
    assert leading_name(text) == name


@pytest.mark.parametrize(
    "printed", ["PEÑA-IBÁÑEZ, JOSÉ Á.", "PENA-IBANEZ, JOSE A.", "Peña-Ibáñez, José Ángel"]
)
def test_a_certificate_names_its_person_surname_first(tmp_path: Path, printed: str) -> None:
    doc = _read(
        tmp_path,
        [
            "National Center for Mental Health and Juvenile Justice",
            "To Whom It May Concern:",
            f"This is to certify that {printed} completed Crisis Intervention Teams for Youth",
            "(CIT-Y), held October 21-25, 2019, for a total of 40 Hours.",
            "Sincerely,",
        ],
    )
    assert doc.participant_name is not None and doc.participant_name.text == printed
    assert names_match("José Ángel Peña-Ibáñez", doc.participant_name.text).same_person is True


@pytest.mark.parametrize(
    ("applicant", "printed", "same"),
    [
        ("José Ángel Peña-Ibáñez", "Jose AngelPena Ibanez", True),
        ("José Ángel Peña-Ibáñez", "JOSE ANGELPENA-IBANEZ", True),
        ("José Ángel Peña-Ibáñez", "Jose AngeIPena Ibanez", True),  # I for l as well
        ("Mary Ann Lee", "Mary Annlee", True),
        # The given name must be the same word: the same letters spaced otherwise may be another person.
        ("Jo Ann Smith", "Joan N. Smith", None),
        # Other letters: the rule does not apply.
        ("José Ángel Peña-Ibáñez", "Jose AngelaPena Ibanez", None),
        ("Mary Ann Lee", "Mary Annlee Jr", None),
    ],
)
def test_a_name_whose_spaces_moved(applicant: str, printed: str, same: bool | None) -> None:
    got = names_match(applicant, printed).same_person
    assert got is same if same else got is not True


# ------------------------------------------------------------------------------------ conferences


def test_a_state_associations_conference_is_still_a_persons(tmp_path: Path) -> None:
    """Left as it was, by design (tests/novel_letters.py "state_sro_association"): an association whose name
    is NASRO's but for the state may be confused with NASRO's conference; a person confirms who gave it."""
    doc = _read(
        tmp_path,
        [
            "Florida Association of School Resource Officers",
            "Certificate of Attendance",
            "This certifies that",
            "Brandon K. Ashworth",
            "attended the",
            "Annual School Safety Training Conference",
            "June 19-22, 2023",
            "Training Hours: 20",
        ],
    )
    item = classify_document(doc, load_catalog(), date(2025, 6, 2)).items[0]
    assert (item.catalog_id, item.status) == (None, "review")


# ------------------------------------------------------------------------------------ categories


@pytest.mark.parametrize(
    ("title", "category", "sure"),
    [
        ("Online Exploitation of Minors", "juvenile", True),
        ("Sexual Abuse of Youth", "juvenile", True),
        ("Neglect of Minors Investigations", "juvenile", True),
        # A group alone, or beside another subject, is still for a person.
        ("Minor Accident Investigation", "juvenile", False),
        ("Youth Sports Coaching", "juvenile", False),
        ("Firearms Safety for Minors", "juvenile", False),
    ],
)
def test_a_harm_done_to_minors_names_the_juvenile_subject(title: str, category: str, sure: bool) -> None:
    guess = category_from_title(title)
    assert guess.category == category
    assert (guess.confidence >= AutoPolicy().min_category_conf) is sure


# ------------------------------------------------------------------------------------ hours and dates


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # A unit of time other than hours as OCR misreads it: no amount (the line goes to a person).
        pytest.param("Duration: 90 minuteș", [], id="s-comma"),
        pytest.param("Duration: 90 mínutes", [], id="i-acute"),
        pytest.param("Duration: 90 rninutes", [], id="rn-for-m"),
        pytest.param("Duration: 90 minules", [], id="one-letter-off"),
        pytest.param("Duration: 2 dayș", [], id="days"),
        pytest.param("Duration: 90 Minuten", [], id="german-minutes"),
        # Spelled right, as before.
        pytest.param("Duration: 90 minutes", [1.5], id="minutes"),
        pytest.param("Training Hours: 8 hours", [8.0], id="hours-word"),
        # Another field's label after the amount is no unit; a short unit one letter off is not guessed.
        pytest.param("Hours: 8 Date: 10/18/2022", [8.0], id="next-label-date"),
        pytest.param("Training Hours: 8 Location: Room B", [8.0], id="next-label-location"),
        pytest.param("Hours: 16 Minimum", [16.0], id="a-word"),
    ],
)
def test_a_labels_amount_before_a_misread_unit(text: str, hours: list[float]) -> None:
    assert [h.hours for h in find_hours(text)] == hours


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Date of training:10/18/2022", ["10/18/2022"], id="label-colon"),
        pytest.param("Date:10/18/2022", ["10/18/2022"], id="date-colon"),
        pytest.param("Completed:October 18, 2022", ["October 18, 2022"], id="month-name"),
        # A clock's colon, a code's dot or slash: no date, as before.
        pytest.param("13:10/18/2022", [], id="clock"),
        pytest.param("No.10/18/2022", [], id="number-sign"),
        pytest.param("A/10/18/2022", [], id="slash"),
    ],
)
def test_a_date_glued_to_its_labels_colon(text: str, found: list[str]) -> None:
    assert [d.text for d in find_dates(text)] == found


def test_a_fax_line_the_second_engine_glued(tmp_path: Path) -> None:
    """The second engine's reading of a faxed certificate: the date glued to its label, the minutes word
    with a comma below its s. The date is read; the 90 is no 90 hours."""
    doc = _read(
        tmp_path,
        [
            "State Juvenile Justice Commission",
            "Certificate of Completion",
            "This is to certify that",
            "Terrell A. Whitfield",
            "has completed the training",
            "Juvenile Curfew and Truancy Enforcement",
            "Date of training:10/18/2022",
            "Duration: 90 minuteș",
        ],
    )
    item = doc.items[0]
    assert (item.start_date, item.end_date, item.hours) == (date(2022, 10, 18), date(2022, 10, 18), None)
