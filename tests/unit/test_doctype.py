"""Document type from text, layout and what the extractor found."""

from __future__ import annotations

import pytest

from classify.doctype import classify_doctype, present

CERT = "Certificate of Completion. This certifies that Officer Jane Roe has successfully completed"
TRANSCRIPT = "Anytown Police Department Employee Training Transcript Report Period: 01/01/2018 - 09/28/2024"
LETTER = (
    "To Whom It May Concern: This letter is to verify that Officer Jane Roe has been employed by the "
    "Anytown Police Department and has served as a School Resource Officer since August 2017. Sincerely,"
)
CONFERENCE = "Certificate of Attendance. Jane Roe attended the NASRO National School Safety Conference"


@pytest.mark.parametrize(
    ("text", "layout", "n_items", "sro_start", "doc_type"),
    [
        pytest.param(
            CERT + " Basic SRO Course 40 hours", "single", 1, False, "certificate", id="certificate"
        ),
        pytest.param(
            "Certificate of Achievement awarded to Jane Roe",
            "single",
            1,
            False,
            "certificate",
            id="achievement",
        ),
        pytest.param(
            "Jane Roe Juvenile Law 8 hours 2019-05-01", "single", 1, False, "certificate", id="no-vocab"
        ),
        pytest.param(TRANSCRIPT, "table", 12, False, "transcript", id="transcript"),
        pytest.param("Course Start End Hours", "table", 5, False, "transcript", id="table-rows"),
        pytest.param("TRAINING HISTORY for Jane Roe", "single", 4, False, "transcript", id="words-not-table"),
        pytest.param(LETTER, "single", 0, True, "employment_letter", id="letter"),
        pytest.param(LETTER, "single", 0, False, "employment_letter", id="letter-no-date-read"),
        pytest.param(CONFERENCE, "single", 1, False, "conference_attendance", id="conference"),
        pytest.param(
            "Annual School Safety Conference 2019 Jane Roe 24 hours",
            "single",
            1,
            False,
            "conference_attendance",
            id="conference-title",
        ),
        pytest.param("", "single", 0, False, "other", id="blank"),
        pytest.param("x ~ ; ' ,", "single", 0, False, "other", id="illegible"),
        pytest.param(
            "City of Anytown Parking Permit 2023 Lot B Vehicle plate ABC123 valid until December",
            "single",
            0,
            False,
            "other",
            id="parking-permit",
        ),
    ],
)
def test_doctype(text: str, layout: str, n_items: int, sro_start: bool, doc_type: str) -> None:
    guess = classify_doctype(text, layout, n_items, sro_start)
    assert guess.doc_type == doc_type, guess.reason
    assert 0.0 < guess.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        pytest.param("Employee Tra1ning Transcr1pt Rep0rt Peri0d", "transcript", id="ocr-transcript"),
        pytest.param(
            "T0 wh0m it may c0ncern: this 1etter ... emp1oyed ... S1ncerely",
            "employment_letter",
            id="ocr-letter",
        ),
    ],
)
def test_ocr_noise(text: str, doc_type: str) -> None:
    layout = "table" if doc_type == "transcript" else "single"
    n_items = 3 if doc_type == "transcript" else 0
    assert classify_doctype(text, layout, n_items, False).doc_type == doc_type


def test_a_certificate_set_as_a_letter_is_a_certificate() -> None:
    """A provider's letter certifying one course, its dates and hours: a letter's salutation and
    closing, and the course name 'School Resource Officer Supervisors...', make no employment letter."""
    text = (
        "National Association of School Resource Officers Office of Training April 18, 2018 To Whom It May "
        "Concern: This is to certify that Kevin J. Thornton completed School Resource Officer Supervisors "
        "and Management Course, held April 16-18, 2018, for a total of 24 Hours. Please retain this letter "
        "as documentation of the training. Sincerely, Dana K. Whitaker Director of Training"
    )
    guess = classify_doctype(text, "single", 1, False)
    assert guess.doc_type == "certificate", guess.reason


def test_table_with_conference_row_is_transcript() -> None:
    text = TRANSCRIPT + " NASRO National School Safety Conference attended"
    assert classify_doctype(text, "table", 6, False).doc_type == "transcript"


@pytest.mark.parametrize(
    ("keyword", "text", "expected"),
    [
        pytest.param("transcript", "training transcrlpt", True, id="fuzzy-long"),
        pytest.param("dear", "dean of students", False, id="short-exact-only"),
        pytest.param("dear", "dear sir", True, id="short-exact"),
        pytest.param(
            "school resource officer since", "school resource officer sinee 2015", True, id="phrase-misread"
        ),
        pytest.param(
            "school resource officer since",
            "completed school resource officer supervisors and management course",
            False,
            id="phrase-other-last-word",
        ),
    ],
)
def test_present(keyword: str, text: str, expected: bool) -> None:
    assert present(keyword, text) is expected
