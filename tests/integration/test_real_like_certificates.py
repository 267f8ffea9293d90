"""Certificates made in the shape of weaknesses a real-certificate audit found, read end to end.

Each document is written here (reportlab), in its own wording: a length printed as a clock after a
duration label, centred prose that wraps the hours' amount away from its unit, and a title wrapped
after its colon whose second line ends in a dash-set length, day-first dates labelled in Portuguese,
and a long name wrapped onto a line of its own. Both are read as
text PDFs and as light scans (tesseract and the second engine, as the CLI runs): the hours must be
read, and nothing is credited wrongly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.factories import to_scan

TODAY = date(2026, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)


@dataclass(frozen=True)
class RealLike:
    lines: tuple[tuple[str, float], ...]  # text, font size; centred, one under the other
    hours: float
    name: str
    title: str | None = None  # checked on the text PDF when given
    dates: tuple[date, date] | None = None  # start and end, checked on the text PDF when given


DOCS = {
    # An online platform's badge: the length is a clock value after "Duration:".
    "clock_duration": RealLike(
        lines=(
            ("Certificate of Participation", 28),
            ("This recognition belongs to", 13),
            ("Renata Okafor", 24),
            ("for taking part in the learning path", 13),
            ("Youth Crisis Response Foundations", 17),
            ("Duration: 03:20:00", 13),
            ("Date: 14-Mar-2025", 13),
        ),
        hours=3 + 20 / 60,
        name="Renata Okafor",
    ),
    # Centred prose that breaks between the amount and "(words) hours".
    "wrapped_amount": RealLike(
        lines=(
            ("CERTIFICATE", 28),
            ("The County Training Office certifies that", 13),
            ("Tobias Lindqvist", 24),
            ("took part in the workshop Restorative Practices in Schools, held on", 13),
            ("9 May 2024 at the district office, amounting to 06", 13),
            ("(six) hours of instruction.", 13),
        ),
        hours=6.0,
        name="Tobias Lindqvist",
    ),
    # A title wrapped after its colon, its second line ending in a dash-set length.
    "dash_length_subtitle": RealLike(
        lines=(
            ("Certificate of Completion", 28),
            ("This is to certify that", 13),
            ("Priya Raman", 24),
            ("has successfully completed", 13),
            ("Threat Assessment in Schools:", 15),
            ("Building a Multidisciplinary Team - 3 Hours", 15),
            ("August 2, 2024", 13),
        ),
        hours=3.0,
        name="Priya Raman",
        title="Threat Assessment in Schools: Building a Multidisciplinary Team",
    ),
    # Day-first numeric dates, one of which could be read either way, labelled as start and end in
    # Portuguese; the hours in the prose.
    "day_first_range": RealLike(
        lines=(
            ("CERTIFICADO", 28),
            ("A Escola Regional de Segurança certifica que", 13),
            ("Beatriz Moura Salgado", 24),
            ("concluiu a oficina Mediação de Conflitos Escolares, com carga horária de 12 horas,", 12),
            ("com início em 28/02/2024 e término em 09/03/2024.", 12),
        ),
        hours=12.0,
        name="Beatriz Moura Salgado",
        dates=(date(2024, 2, 28), date(2024, 3, 9)),
    ),
    # A long name set large, its last part on a line of its own under a bare "Awarded to".
    "wrapped_name": RealLike(
        lines=(
            ("Certificate of Completion", 26),
            ("Awarded to", 11),
            ("OLUWASEUN ADEBAYO", 26),
            ("WICKERSHAM", 26),
            ("for completing Campus Threat Assessment - 4 Hours", 13),
            ("June 2, 2024", 13),
        ),
        hours=4.0,
        name="OLUWASEUN ADEBAYO WICKERSHAM",
    ),
}


def render(doc: RealLike, out: Path) -> Path:
    width, height = landscape(letter)
    c = canvas.Canvas(str(out), pagesize=(width, height))
    y = height - 90
    for text, size in doc.lines:
        y -= size * 1.45  # each line's own leading above it, so large type clears the line over it
        c.setFont("Helvetica-Bold" if size >= 17 else "Helvetica", size)
        c.drawCentredString(width / 2, y, text)
    c.save()
    return out


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.mark.parametrize("kind", ["pdf", "scan_light"])
@pytest.mark.parametrize("key", sorted(DOCS))
def test_the_hours_are_read(key: str, kind: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = DOCS[key]
    path = render(doc, tmp_path / f"{key}.pdf")
    if kind != "pdf":
        require_tesseract()
        path = to_scan(path, tmp_path / f"{key}.png", kind, "png", seed=3)  # type: ignore[arg-type]
    read = process_file(path, CFG, catalog, TODAY)
    assert len(read.items) == 1
    (item,) = read.items
    assert item.hours is not None, item.review_reasons
    assert item.hours == pytest.approx(doc.hours, abs=0.01)
    # The name is not what these documents test; on a scan OCR may misread its cue ("belonas to"),
    # and then it is left out, never another line taken for it.
    if kind == "pdf":
        assert read.participant_name is not None
        assert doc.title is None or item.course_title == doc.title
        assert doc.dates is None or (item.start_date, item.end_date) == doc.dates
    if read.participant_name is not None:
        assert read.participant_name.text.lower() == doc.name.lower()
    assert all(i.status != "auto" or i.hours == pytest.approx(doc.hours, abs=0.01) for i in read.items)
