"""Training records in layouts the sample generator never draws: other column orders, header
wordings and date styles, read as text PDFs and through real OCR (tesseract and the second engine).

Text PDFs must come out exactly right. Scans must never credit a wrong row without a person (the
SAFETY property): every ``auto`` item is one of the printed rows with its dates, hours and category.
Two failures this found: a rule OCR read as '~' inside the header cut every title to its first word,
and the second engine read two rows' hours cells ('4' over '8') as one number, '48', at 0.99.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from rapidfuzz import fuzz
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.factories import to_scan

TODAY = date(2025, 1, 1)
PERSON = "Officer Dana M. Reyes"


@dataclass(frozen=True)
class Row:
    title: str
    hours: float
    start: date
    end: date
    provider: str
    code: str
    category: str


COURSES = (
    ("Firearms Qualification", 4.0, "unrelated"),
    ("Active Shooter Response for Schools", 8.0, "school_safety"),
    ("Juvenile Law for Law Enforcement", 8.0, "juvenile"),
    ("Crisis Intervention Team Training", 40.0, "unrelated"),
    ("Youth Mental Health First Aid", 8.0, "juvenile"),
    ("Defensive Tactics Refresher", 8.0, "unrelated"),
    ("Threat Assessment in Schools", 16.0, "school_safety"),
    ("Child Abuse and Neglect Investigations", 24.0, "juvenile"),
    ("Legal Updates 2019", 2.5, "unrelated"),
    ("Gang Awareness for School Staff", 6.0, "juvenile"),
)


def rows(seed: int = 1, n: int = 12) -> list[Row]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        title, hours, category = COURSES[i % len(COURSES)]
        start = date(2015 + i % 9, rng.randint(1, 12), rng.randint(1, 25))
        end = start + timedelta(days=1 if hours >= 16 else 0)
        provider = rng.choice(["In-House", "State POST", "Regional Academy"])
        out.append(Row(title, hours, start, end, provider, f"C-{100 + i}", category))
    return out


DATE_STYLES = {
    "us": "%m/%d/%Y",
    "iso": "%Y-%m-%d",
    "mon": "%b %d, %Y",
    "dmy": "%d-%b-%Y",
    "short": "%m/%d/%y",
}
# (header, field, width in points) per column, and the date style: none of them the sample generator's.
LAYOUTS: dict[str, tuple[tuple[tuple[str, str, float], ...], str]] = {
    "date-first": (
        (
            ("Date Completed", "end", 90),
            ("Training Description", "title", 250),
            ("Credit Hrs", "hours", 60),
            ("Sponsor", "provider", 110),
        ),
        "us",
    ),
    "hours-in-the-middle": (
        (
            ("Course", "title", 220),
            ("Hours", "hours", 45),
            ("Start Date", "start", 85),
            ("End Date", "end", 85),
            ("Provider", "provider", 100),
        ),
        "iso",
    ),
    "month-names": (
        (
            ("Class Title", "title", 230),
            ("Date", "end", 100),
            ("Hrs", "hours", 40),
            ("Location", "provider", 120),
        ),
        "mon",
    ),
    "code-first": (
        (
            ("Code", "code", 60),
            ("Title", "title", 230),
            ("From", "start", 80),
            ("To", "end", 80),
            ("Contact Hours", "hours", 70),
        ),
        "dmy",
    ),
    "short-years": (
        (
            ("Training", "title", 250),
            ("Completed", "end", 80),
            ("Hours", "hours", 50),
            ("Instructor", "provider", 120),
        ),
        "short",
    ),
}


def _cell(row: Row, field: str, style: str) -> str:
    value = getattr(row, field)
    if isinstance(value, date):
        return value.strftime(DATE_STYLES[style])
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def render(layout: str, path: Path) -> list[Row]:
    columns, style = LAYOUTS[layout]
    printed = rows()
    c = Canvas(str(path), pagesize=letter, invariant=1)
    height = letter[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 50, "Metro City Police Department")
    c.setFont("Helvetica", 10)
    c.drawString(40, height - 68, f"Training Record for: {PERSON}   Badge 4471")
    y = height - 110
    c.setFont("Helvetica-Bold", 9)
    x = 40.0
    for label, _, width in columns:
        c.drawString(x, y, label)
        x += width
    y -= 16
    c.setFont("Helvetica", 9)
    for row in printed:
        x = 40.0
        for _, field, width in columns:
            c.drawString(x, y, _cell(row, field, style))
            x += width
        y -= 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y - 6, f"Total Hours: {sum(r.hours for r in printed):g}")
    c.showPage()
    c.save()
    return printed


def _printed_row(
    item_title: str | None, start: date | None, end: date | None, hours: float | None
) -> Row | None:
    for row in rows():
        same_dates = end == row.end and start in (row.start, row.end)  # a one-date column: start = end
        if (
            same_dates
            and hours == row.hours
            and fuzz.ratio((item_title or "").lower(), row.title.lower()) >= 85
        ):
            return row
    return None


def wrong_auto(doc: ClassifiedDocument) -> list[str]:
    wrong = []
    for it in doc.items:
        if it.status != "auto":
            continue
        row = _printed_row(it.course_title, it.start_date, it.end_date, it.hours)
        if row is None or it.category != row.category:
            wrong.append(f"{it.course_title} {it.start_date}..{it.end_date} {it.hours} h {it.category}")
    return wrong


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_text_records_in_other_layouts_are_read_whole(layout: str, tmp_path: Path, catalog: Catalog) -> None:
    printed = render(layout, tmp_path / f"{layout}.pdf")
    doc = process_file(tmp_path / f"{layout}.pdf", ExtractConfig(ocr_cache_dir=None), catalog, TODAY)
    assert doc.doc_type == "transcript"
    assert doc.participant_name is not None and doc.participant_name.text == PERSON
    assert len(doc.items) == len(printed)
    assert all(_printed_row(i.course_title, i.start_date, i.end_date, i.hours) for i in doc.items)
    assert wrong_auto(doc) == []


@pytest.mark.parametrize("kind", ["scan_light", "scan_heavy"])
@pytest.mark.parametrize("layout", ["hours-in-the-middle", "code-first"])
def test_scanned_records_in_other_layouts_credit_nothing_wrong(
    layout: str, kind: str, tmp_path: Path, catalog: Catalog
) -> None:
    require_tesseract()
    printed = render(layout, tmp_path / f"{layout}.pdf")
    scan = to_scan(tmp_path / f"{layout}.pdf", tmp_path / f"{layout}-{kind}.pdf", kind, "pdf", seed=5)
    doc = process_file(scan, ExtractConfig(ocr_cache_dir=None), catalog, TODAY)
    assert wrong_auto(doc) == []
    assert len(doc.items) >= len(printed) - 1
