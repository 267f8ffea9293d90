"""Per-item auto/review decisions of the classifier, on items as the parsers hand them over."""

from __future__ import annotations

from datetime import date

import pytest

from classify.catalog import load_catalog
from classify.document import AutoPolicy, classify_document, classify_item
from extract.types import NO_HOURS_PRINTED, Evidence, ExtractedDocument, Page, RawItem, Word

CATALOG = load_catalog(None)
NASRO = "National Association of School Resource Officers"
TODAY = date(2025, 6, 1)


def raw_item(title: str, hours: float | None, hours_notes: tuple[str, ...] = ()) -> RawItem:
    return RawItem(
        course_title=title,
        start_date=date(2021, 7, 18),
        end_date=date(2021, 7, 23),
        hours=hours,
        hours_text=None if hours is None else f"{hours:g} hours",
        date_text="July 18 - 23, 2021",
        page=1,
        bbox=(72.0, 300.0, 540.0, 340.0),
        title_conf=0.95,
        date_conf=0.95,
        hours_conf=0.95 if hours is not None else 0.0,
        source="certificate",
        hours_notes=hours_notes,
    )


def table_row(title: str, hours: float, day: date, **fields: object) -> RawItem:
    """A transcript row of one date (its completion), with any other fields given."""
    update = {"start_date": day, "end_date": day, "source": "table_row", **fields}
    return raw_item(title, hours).model_copy(update=update)


def document(item: RawItem) -> ExtractedDocument:
    return ExtractedDocument(
        file="cert.pdf",
        sha256="0" * 64,
        media_type="application/pdf",
        pages=(),
        layout="single",
        participant_name=Evidence(page=1, bbox=(0, 0, 1, 1), text="Dana R. Whitfield", conf=0.95),
        issuer=Evidence(page=1, bbox=(0, 0, 1, 1), text=NASRO, conf=0.95),
        certificate_number=None,
        issue_date=None,
        sro_start_date=None,
        items=(item,),
    )


@pytest.mark.parametrize(
    ("title", "hours_notes", "status", "unsure"),
    [
        pytest.param(
            "NASRO School Safety Conference", (NO_HOURS_PRINTED,), "auto", (), id="conference-no-hours"
        ),
        pytest.param(
            "NASRO School Safety Conference",
            ("hours are mentioned but no value was read",),
            "review",
            ("hours",),
            id="conference-hours-unread",
        ),
        pytest.param(
            "Advanced School Resource Officer Course", (NO_HOURS_PRINTED,), "review", ("hours",), id="course"
        ),
    ],
)
def test_missing_hours_hold_only_what_credits_hours(
    title: str, hours_notes: tuple[str, ...], status: str, unsure: tuple[str, ...]
) -> None:
    """Conference hours are never credited: a conference that prints none needs nobody; a course does."""
    item = raw_item(title, None, hours_notes)
    got = classify_item(document(item), item, CATALOG, date(2026, 1, 1), AutoPolicy())
    assert (got.status, got.unsure) == (status, unsure)


@pytest.mark.parametrize(
    ("start", "hours", "status"),
    [
        pytest.param(date(2016, 12, 11), 80.0, "review", id="80-hours-in-one-day"),
        pytest.param(date(2016, 11, 28), 80.0, "auto", id="80-hours-in-two-weeks"),
        pytest.param(date(2016, 12, 11), 8.0, "auto", id="8-hours-in-one-day"),
    ],
)
def test_more_hours_than_the_days_can_hold_go_to_review(start: date, hours: float, status: str) -> None:
    """A lost range start ("December 11" for "November 28 - December 11") shows as 80 hours in a day."""
    item = raw_item("D.A.R.E. Officer Training", hours).model_copy(
        update={"start_date": start, "end_date": date(2016, 12, 11)}
    )
    got = classify_item(document(item), item, CATALOG, date(2026, 1, 1), AutoPolicy())
    assert got.status == status


def test_a_transcript_row_may_hold_a_weeks_hours_on_its_completion_date() -> None:
    """Transcripts print one date per row, when the course ended: 40 hours on it is no misreading."""
    item = table_row("D.A.R.E. Officer Training", 40.0, date(2016, 12, 11))
    got = classify_item(document(item), item, CATALOG, date(2026, 1, 1), AutoPolicy())
    assert "hours" not in got.unsure


def test_a_row_printing_its_start_and_end_holds_no_more_hours_than_its_days() -> None:
    """Start and end in columns of their own date the course: 25 hours in one day is 2.5 misread."""
    item = table_row("Legal Updates", 25.0, date(2023, 2, 11), span_printed=True)
    got = classify_item(document(item), item, CATALOG, date(2026, 1, 1), AutoPolicy())
    assert got.status == "review" and "hours" in got.unsure


@pytest.mark.parametrize(
    ("issuer", "status"),
    [
        pytest.param("Association of School Resource Officers", "review", id="first-word-lost"),
        pytest.param("Hoover Police Department Training Unit", "auto", id="plainly-another-issuer"),
    ],
)
def test_an_issuer_resembling_the_courses_provider_is_for_a_person(issuer: str, status: str) -> None:
    """A partly read issuer that does not name NASRO is no proof another body gave its Advanced course."""
    item = raw_item("Advanced SRO Training", 24.0).model_copy(
        update={"start_date": date(2019, 7, 1), "end_date": date(2019, 7, 3)}
    )
    doc = document(item).model_copy(
        update={"issuer": Evidence(page=1, bbox=(0, 0, 1, 1), text=issuer, conf=0.95)}
    )
    got = classify_item(doc, item, CATALOG, date(2026, 1, 1), AutoPolicy())
    assert got.catalog_id is None  # the document does not name NASRO either way
    assert got.status == status, got.review_reasons


def test_a_title_lacking_its_courses_qualifier_is_for_a_person() -> None:
    """'Mental Health First Aid' matches Youth MHFA by its words, but the adult course is not juvenile."""
    broad = raw_item("Mental Health First Aid", 8.0)
    item = classify_item(document(broad), broad, CATALOG, date(2025, 1, 1), AutoPolicy())
    assert item.status == "review"
    assert any("lacks 'youth'" in r for r in item.review_reasons)
    whole = raw_item("Youth Mental Health First Aid", 8.0)
    assert classify_item(document(whole), whole, CATALOG, date(2025, 1, 1), AutoPolicy()).status == "auto"


@pytest.mark.parametrize(
    ("title", "status"),
    [
        pytest.param("Fireanns Qualtication", "review", id="misread-catalog-name"),
        pytest.param("Ethics in Law Enforcement", "auto", id="another-course"),
    ],
)
def test_a_title_just_short_of_a_catalog_match_goes_to_a_person(title: str, status: str) -> None:
    """Two OCR slips can leave a catalog course's name just under the match score: its category from
    the title alone would be guessed with confidence, under no catalog id, so a person decides."""
    item = raw_item(title, 4.0).model_copy(
        update={"start_date": date(2023, 6, 26), "end_date": date(2023, 6, 26), "date_text": "06/26/2023"}
    )
    got = classify_item(document(item), item, CATALOG, date(2026, 1, 1), AutoPolicy())
    assert got.catalog_id is None
    assert got.status == status, got.review_reasons
    assert any("perhaps misread" in r for r in got.review_reasons) == (status == "review")


@pytest.mark.parametrize(
    ("title", "catalog_id", "status"),
    [
        # The catalog's Defensive Tactics is unrelated; the title's words say the course was for SROs.
        pytest.param(
            "Defensive Tactics for School Resource Officers", "defensive-tactics", "review", id="dt-sro"
        ),
        pytest.param("Firearms Qualification for SROs", "firearms-qual", "review", id="firearms-sro"),
        # The title holds only the words of the course's own name: nothing disagrees.
        pytest.param("Youth Mental Health First Aid", "ymhfa", "auto", id="ymhfa"),
        pytest.param("Defensive Tactics Refresher", "defensive-tactics", "auto", id="dt"),
    ],
)
def test_a_catalog_course_whose_title_words_say_the_other_side_of_r5_is_for_a_person(
    title: str, catalog_id: str, status: str
) -> None:
    raw = raw_item(title, 8.0)
    item = classify_item(document(raw), raw, CATALOG, date(2025, 1, 1), AutoPolicy())
    assert (item.catalog_id, item.status) == (catalog_id, status), item.review_reasons
    if status == "review":
        assert any("title's words say school_safety" in r for r in item.review_reasons)


@pytest.mark.parametrize(
    ("code", "title", "catalog_id"),
    [
        pytest.param("2150-21990", "Interviewing Juveniles", "juvenile-interview", id="digits-alias"),
        pytest.param(
            "1850-20015", "Juvenile Law and Procedures Update", "juvenile-law", id="digits-alias-plus"
        ),
        pytest.param("4471", "Youth Mental Health First Aid", "ymhfa", id="digits-only"),
        pytest.param("IS-907", "Active Shooter: What You Can Do", "fema-is-907", id="catalog-code-kept"),
    ],
)
def test_a_department_course_number_does_not_blur_the_title(code: str, title: str, catalog_id: str) -> None:
    """A POST or department course number of digits only names no catalog course: the row's title is
    matched as if the number were not there (its digits are no words of the course's name), while a
    code with a prefix still speaks for the course."""
    item = table_row(title, 8.0, date(2021, 9, 30), course_code=code)
    got = classify_item(document(item), item, CATALOG, date(2025, 6, 1), AutoPolicy())
    assert (got.catalog_id, got.status) == (catalog_id, "auto"), got.review_reasons


def _page_saying(text: str) -> Page:
    words = tuple(
        Word(text=t, bbox=(10.0 * i, 10.0, 10.0 * i + 8, 20.0), conf=0.95) for i, t in enumerate(text.split())
    )
    return Page(number=1, width=612, height=792, source="text_layer", engines=("text_layer",), words=words)


@pytest.mark.parametrize(
    ("printed", "title", "doc_type"),
    [
        pytest.param(
            "FROM: SUMMIT VALLEY ISD POLICE Certificate of Completion Dates Attended November 13-15, 2017",
            "Advanced School Resource Officer Course",
            "certificate",
            id="summit-in-a-fax-header-is-no-conference",
        ),
        pytest.param(
            "Summit County Sheriff's Office certifies that Dana R. Whitfield attended Juvenile Law Update",
            "Juvenile Law Update",
            "certificate",
            id="summit-county-is-no-conference",
        ),
        pytest.param(
            "Certificate of Attendance Dana R. Whitfield attended the Ohio School Safety Summit",
            "Ohio School Safety Summit",
            "conference_attendance",
            id="a-summit-the-course-is",
        ),
    ],
)
def test_a_conference_word_outside_the_course_does_not_make_a_conference_document(
    printed: str, title: str, doc_type: str
) -> None:
    doc = document(raw_item(title, 8.0)).model_copy(update={"pages": (_page_saying(printed),)})
    assert classify_document(doc, CATALOG, TODAY).doc_type == doc_type
