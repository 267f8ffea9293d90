"""Certificates made in the shape of weaknesses a real-certificate audit found, read end to end.

Each document is written here (reportlab), in its own wording: a length printed as a clock after a
duration label, centred prose that wraps the hours' amount away from its unit, and a title wrapped
after its colon whose second line ends in a dash-set length, day-first dates labelled in Portuguese,
and a long name wrapped onto a line of its own. Both are read as
text PDFs and as light scans (tesseract and the second engine, as the CLI runs): the hours must be
read, and nothing is credited wrongly.

The person and the course are read (``TITLED``) where an online course greets its learner and names the
course under the greeting, where the prose goes on past a title into a new sentence, under a heading
with words before "Certificate of", after "the course" at a line's end with an outline page after it,
and where the person is printed as initials and a surname.
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
    return render_pages([doc.lines], out)


def render_pages(pages: list[tuple[tuple[str, float], ...]], out: Path) -> Path:
    """Landscape pages of centred lines (text, font size), one under the other."""
    width, height = landscape(letter)
    c = canvas.Canvas(str(out), pagesize=(width, height))
    for lines in pages:
        y = height - 90
        for text, size in lines:
            y -= size * 1.45  # each line's own leading above it, so large type clears the line over it
            c.setFont("Helvetica-Bold" if size >= 17 else "Helvetica", size)
            c.drawCentredString(width / 2, y, text)
        c.showPage()
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


# --- who and which course: greetings, titles that run into the next sentence, headings, initials --------


@dataclass(frozen=True)
class Titled:
    lines: tuple[tuple[str, float], ...]  # text, font size; centred, one under the other
    name: str
    title: str
    later_pages: tuple[tuple[str, ...], ...] = ()  # pages after the first (an outline), a header first


TITLED = {
    # An online course's certificate greets its learner and names the course on the next line; its
    # "completed" comes after, with the date.
    "greeting_then_course": Titled(
        lines=(
            ("Certificate of Completion", 22),
            ("Great work, Yusuf Demirci", 15),
            ("Python for Spatial Analysis", 21),
            ("Course completed on June 14, 2024 • 1 hour 45 min", 12),
            ("Skills you build here travel with you.", 11),
            ("Northwind Learning", 11),
        ),
        name="Yusuf Demirci",
        title="Python for Spatial Analysis",
    ),
    # The prose goes on past the title's full stop on the same line.
    "title_then_thanks": Titled(
        lines=(
            ("CERTIFICATE OF ACHIEVEMENT", 24),
            ("THIS CERTIFICATE IS PRESENTED TO:", 12),
            ("Daniela Ferreira Lopes", 22),
            ("This certificate is awarded for completion of", 12),
            ("Urban Flood Resilience 200. We thank you for your", 12),
            ("commitment to safer cities.", 12),
            ("May 9, 2025", 12),
        ),
        name="Daniela Ferreira Lopes",
        title="Urban Flood Resilience 200",
    ),
    # A new sentence opens on the line under the title, set the same size and centred like it.
    "title_then_new_sentence": Titled(
        lines=(
            ("CERTIFICATE OF COMPLETION", 24),
            ("Olumide Bakare", 22),
            ("has successfully completed the online course:", 12),
            ("Fundamentals of Data Privacy", 12),
            ("This learner has shown initiative and a commitment to", 12),
            ("growing their skills. Keep going!", 12),
            ("12th March 2025", 12),
        ),
        name="Olumide Bakare",
        title="Fundamentals of Data Privacy",
    ),
    # A small heading with words before "Certificate of", the course large under it, its name holding an
    # organisation's word.
    "heading_over_course": Titled(
        lines=(
            ("Verified Certificate of Program Completion", 12),
            ("Foundation of Secure Web Design", 30),
            ("Awarded to", 10),
            ("Mariana Esteves", 24),
            ("November 3, 2024", 12),
            ("Learnhub has confirmed the participation of this individual in this program.", 9),
        ),
        name="Mariana Esteves",
        title="Foundation of Secure Web Design",
    ),
    # The course opens the line after "the course", its sentence going on; page two is an outline whose
    # header is no course.
    "course_after_the_word_course": Titled(
        lines=(
            ("CERTIFICATE", 26),
            ("This is to certify that Kwame Asante completed, on 21/10/2025, the course", 12),
            ("Incident Reporting Basics, offered by Harbor Safety Network, with a workload of 4 hours.", 12),
        ),
        name="Kwame Asante",
        title="Incident Reporting Basics",
        later_pages=(("Course outline", "Module 1 - Why reports matter", "Module 2 - Writing it down"),),
    ),
    # Initials and a surname, where the name goes.
    "initials_name": Titled(
        lines=(
            ("Certificate of Training", 24),
            ("This document acknowledges that", 12),
            ("K L MARTINSEN", 20),
            ("has finished the independent study course:", 12),
            ("Radiological Emergency Basics", 16),
            ("Issued this 4th day of May, 2023", 12),
        ),
        name="K L MARTINSEN",
        title="Radiological Emergency Basics",
    ),
}


def render_titled(doc: Titled, out: Path) -> Path:
    outlines = [tuple((text, 20.0 if k == 0 else 12.0) for k, text in enumerate(p)) for p in doc.later_pages]
    return render_pages([doc.lines, *outlines], out)


@pytest.mark.parametrize("kind", ["pdf", "scan_light"])
@pytest.mark.parametrize("key", sorted(TITLED))
def test_the_person_and_the_course_are_read(key: str, kind: str, tmp_path: Path, catalog: Catalog) -> None:
    doc = TITLED[key]
    path = render_titled(doc, tmp_path / f"{key}.pdf")
    if kind != "pdf":
        require_tesseract()
        path = to_scan(path, tmp_path / f"{key}-scan.pdf", kind, "pdf", seed=4)  # type: ignore[arg-type]
    read = process_file(path, CFG, catalog, TODAY)
    assert len(read.items) == 1, [i.course_title for i in read.items]
    (item,) = read.items
    assert item.course_title is not None and item.course_title.lower() == doc.title.lower(), item.course_title
    assert read.participant_name is not None and read.participant_name.text.lower() == doc.name.lower()
