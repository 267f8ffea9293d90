"""The eleventh unseen round (bench/unseen_applicants_11.py): a record's row with no provider column whose
title names a curriculum ("Basic School Resource Officer Course (NASRO Model Curriculum)") names no
provider, so it is no NASRO course by its title alone: a person confirms who gave it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from classify.catalog import load_catalog
from classify.document import AutoPolicy, classify_item
from classify.match import match_course
from extract.config import ExtractConfig
from extract.document import extract_document
from tests.unit.test_classify_item import TODAY, document, table_row
from tests.unit.test_rules import advanced, basic, build, conference, line, r5_items
from verify.types import EvidenceItem

CURRICULUM_TITLES = (
    "Basic School Resource Officer Course (NASRO Model Curriculum)",
    "Basic School Resource Officer Course (National Association of School Resource Officers Curriculum)",
    "Advanced School Resource Officer Course (NASRO Approved Curriculum)",
    "Basic School Resource Officer Course (State Model Curriculum)",
)


@pytest.mark.parametrize("title", CURRICULUM_TITLES)
def test_a_curriculum_in_a_title_with_nobody_named_is_no_catalog_course(title: str) -> None:
    m = match_course(title, "", load_catalog())
    assert m.course is None
    assert m.curriculum_only
    assert m.candidate is not None and m.candidate.provider is not None
    assert m.category in ("basic", "advanced")  # still an SRO course of its kind, for R3/R4 before 2023
    assert "curriculum" in m.reason


@pytest.mark.parametrize(
    ("title", "context", "catalog_id"),
    [
        # The provider column names NASRO: NASRO's own course, whatever the title adds.
        (CURRICULUM_TITLES[0], "NASRO", "nasro-basic"),
        # No curriculum named, nobody named: the title decides, as before.
        ("Basic School Resource Officer Course", "", "nasro-basic"),
        # NASRO named as the course's own, not as a curriculum.
        ("NASRO Basic School Resource Officer Course", "", "nasro-basic"),
    ],
)
def test_what_still_matches(title: str, context: str, catalog_id: str) -> None:
    m = match_course(title, context, load_catalog())
    assert m.catalog_id == catalog_id
    assert not m.curriculum_only


def test_the_record_row_goes_to_a_person_with_the_reason() -> None:
    row = table_row(CURRICULUM_TITLES[0], 40.0, date(2017, 3, 10), provider=None)
    item = classify_item(document(row), row, load_catalog(), TODAY, AutoPolicy())
    assert item.catalog_id is None
    assert item.category == "basic"
    assert item.status == "review"
    assert any("names a curriculum, not who gave the course" in r for r in item.review_reasons)


def test_the_row_naming_nasro_as_provider_stays_nasro_s() -> None:
    row = table_row(CURRICULUM_TITLES[0], 40.0, date(2017, 3, 10), provider="NASRO")
    item = classify_item(document(row), row, load_catalog(), TODAY, AutoPolicy())
    assert item.catalog_id == "nasro-basic"
    assert not any("curriculum" in r for r in item.review_reasons)


# ------------------------------------------------------------------------------- an Advanced in two parts


def _part(end: date, hours: float) -> EvidenceItem:
    """One certificate of NASRO's 24-hour Advanced given in parts (its catalog length proposed)."""
    item = advanced(end).model_copy(update={"hours": hours, "proposed_hours": 24.0})
    return item.model_copy(update={"document": f"advanced-{end.isoformat()}.pdf"})


@pytest.mark.parametrize(("first", "second"), [(12.0, 12.0), (16.0, 8.0), (8.0, 16.0)])
def test_the_advanced_s_other_part_is_counted_once_not_a_retake(first: float, second: float) -> None:
    one, two = _part(date(2019, 2, 12), first), _part(date(2019, 3, 12), second)
    ledger = build([basic(), one, two, conference(), *r5_items(120.0)])
    assert ledger.requirements["advanced"].verdict == "met"
    assert line(ledger, one).rule == "satisfies_r4"
    other = line(ledger, two)
    assert (other.credited_hours, other.rule, other.status) == (0.0, "annual_once", "auto")
    assert "another part of the course that met R4" in other.reason
    # 120 h and the second part's hours can never reach 160: R5 settled, not a person's call.
    assert ledger.requirements["additional_160"].verdict == "not_met"


def test_the_whole_advanced_taken_again_still_goes_to_a_person() -> None:
    one, again = _part(date(2016, 6, 3), 24.0), _part(date(2022, 6, 3), 24.0)
    ledger = build([basic(), one, again, conference(), *r5_items(120.0)])
    assert line(ledger, again).rule == "needs_review"
    assert "taken again" in line(ledger, again).reason


def test_two_halves_that_overrun_the_course_are_no_parts() -> None:
    # 16 h, then 16 h: together more than the 24-hour course: not its other part (a retake of the short
    # course, a person's call, as before).
    one, again = _part(date(2019, 2, 12), 16.0), _part(date(2021, 3, 12), 16.0)
    ledger = build([basic(), one, again, conference(), *r5_items(120.0)])
    assert line(ledger, again).rule == "needs_review"


# ------------------------------------------------------------------------------------ a record of one course


def _one_course_history(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A department's training history (date completed, title, hours; no provider column), text PDF."""
    c = canvas.Canvas(str(path), pagesize=letter)
    w, h = letter
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 44, "Mesquite Flats Police Department")
    c.setFont("Helvetica", 10)
    c.drawString(40, h - 60, "Training Division  -  Individual Training History")
    c.drawString(40, h - 80, "Employee: ALISTAIR J. PENHALIGON")
    c.drawString(300, h - 80, "Employee No.: 20417")
    y = h - 112
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(40, y, "Date Completed")
    c.drawString(130, y, "Course Title")
    c.drawRightString(w - 40, y, "Hours")
    c.setFont("Helvetica", 9.5)
    for done, title, hours in rows:
        y -= 21
        c.drawString(40, y, done)
        c.drawString(130, y, title)
        c.drawRightString(w - 40, y, hours)
    c.drawString(130, y - 21, "Grand Total")
    c.drawRightString(w - 40, y - 21, f"{sum(float(r[2]) for r in rows):.1f}")
    c.save()
    return path


@pytest.mark.parametrize(
    "title",
    ["Basic School Resource Officer Course (NASRO Model Curriculum)", "Youth Mental Health First Aid"],
)
def test_a_record_of_one_course_is_read_as_its_row(tmp_path: Path, title: str) -> None:
    pdf = _one_course_history(tmp_path / "history.pdf", [("03/11/2016", title, "40.0")])
    doc = extract_document(pdf, ExtractConfig(second_engine=False))
    assert [(it.course_title, it.hours, it.end_date) for it in doc.items] == [
        (title, 40.0, date(2016, 3, 11))
    ]
    assert doc.participant_name is not None and "PENHALIGON" in doc.participant_name.text


def test_a_record_of_two_courses_is_unchanged(tmp_path: Path) -> None:
    rows = [
        ("03/11/2016", "Youth Mental Health First Aid", "8.0"),
        ("04/12/2017", "Juvenile Law Update", "4.0"),
    ]
    doc = extract_document(_one_course_history(tmp_path / "h.pdf", rows), ExtractConfig(second_engine=False))
    assert [(it.course_title, it.hours) for it in doc.items] == [
        ("Youth Mental Health First Aid", 8.0),
        ("Juvenile Law Update", 4.0),
    ]
