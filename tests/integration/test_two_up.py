"""Two certificates scanned onto one page ("two-up"): each sheet read as a certificate of its own.

Staff lay two certificates on the platen together, one above the other or side by side. Read as one
page, their lines mixed: the title of one with the dates and hours of the other. The pages here are
made of the factory's certificates, placed two on a page as a text layer (pdfium form objects) and as
scans (Pillow, through tesseract); and the pages that must stay one document are single certificates
with wide white bands, a certificate with its wallet card, transcripts and letters.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.document import extract_document, page_lines, page_sheets
from extract.read import read_pages
from tests.conftest import require_tesseract
from tests.factories import (
    CERTIFICATE_LAYOUTS,
    CertificateSpec,
    certificate_spec,
    employment_letter_spec,
    render_certificate_pdf,
    render_employment_letter_pdf,
    render_transcript_pdf,
    transcript_spec,
    ymhfa_spec,
)
from tests.harsh_captures import image_pdf, page_pixels, side_by_side, two_up
from tests.novel_certificates import show

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)

BASIC = certificate_spec()
YMHFA = ymhfa_spec()
JUVENILE = certificate_spec(
    course_title="Juvenile Law for Law Enforcement",
    issuer="County Attorney's Office Training Unit",
    issuer_short="",
    start_date=date(2018, 9, 12),
    end_date=date(2018, 9, 12),
    hours=8.0,
    hours_as_printed="8 Credit Hours",
    date_as_printed="September 12, 2018",
    certificate_number="",
    distractors=(),
    location="",
    category="juvenile",
    catalog_id="juvenile-law",
)
OTHER_HOLDER = replace(YMHFA, participant_name="Derrick J. Okafor")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _render(tmp: Path, spec: CertificateSpec, layout: str) -> Path:
    return render_certificate_pdf(
        spec, layout, tmp / f"{spec.course_title[:12]}-{spec.participant_name}-{layout}.pdf"
    )


def text_two_up(
    tmp: Path, name: str, parts: list[tuple[CertificateSpec, str]], across: bool, gap: float
) -> Path:
    """Two certificates drawn on one text page: stacked on a portrait page, or side by side on a
    landscape one, each shrunk to its half and ``gap`` points apart at the middle."""
    out = pdfium.PdfDocument.new()
    w, h = (792.0, 612.0) if across else (612.0, 792.0)
    page = out.new_page(w, h)
    margin = 12.0
    for i, (spec, layout) in enumerate(parts):
        src = pdfium.PdfDocument(str(_render(tmp, spec, layout)))
        sw, sh = src[0].get_size()
        if across:
            f = min((w / 2 - gap / 2 - margin) / sw, (h - 2 * margin) / sh)
            x = w / 2 - gap / 2 - sw * f if i == 0 else w / 2 + gap / 2
            y = (h - sh * f) / 2
        else:
            f = min((w - 2 * margin) / sw, (h / 2 - gap / 2 - margin) / sh)
            x = (w - sw * f) / 2
            y = h / 2 + gap / 2 if i == 0 else h / 2 - gap / 2 - sh * f  # PDF y runs up: the first on top
        obj = src.page_as_xobject(0, out).as_pageobject()
        obj.transform(pdfium.PdfMatrix().scale(f, f).translate(x, y))
        page.insert_obj(obj)
    page.gen_content()
    path = tmp / f"{name}.pdf"
    out.save(str(path))
    return path


def _facts(
    doc: ClassifiedDocument,
) -> list[tuple[str | None, date | None, date | None, float | None, str | None]]:
    return [(i.course_title, i.start_date, i.end_date, i.hours, i.catalog_id) for i in doc.items]


def _spec_facts(spec: CertificateSpec) -> tuple[str, date, date, float | None, str | None]:
    return (spec.course_title, spec.start_date, spec.end_date, spec.hours, spec.catalog_id)


def _all_auto(doc: ClassifiedDocument) -> bool:
    return all(i.status == "auto" for i in doc.items)


# ---------------------------------------------------------------------------------- two-up pages


@pytest.mark.parametrize(
    ("across", "parts"),
    [
        (False, [(BASIC, "centered_landscape"), (YMHFA, "form_fields")]),
        (False, [(JUVENILE, "sidebar"), (BASIC, "letter")]),
        (True, [(YMHFA, "form_fields"), (JUVENILE, "letter")]),
        (True, [(BASIC, "letter"), (JUVENILE, "form_fields")]),
    ],
)
def test_two_certificates_on_one_page_are_two_items(
    tmp_path: Path, catalog: Catalog, across: bool, parts: list[tuple[CertificateSpec, str]]
) -> None:
    path = text_two_up(tmp_path, "two-up", parts, across, gap=14.0)
    doc = process_file(path, CFG, catalog, TODAY)
    assert sorted(_facts(doc), key=str) == sorted((_spec_facts(s) for s, _ in parts), key=str), [
        show(i) for i in doc.items
    ]
    assert _all_auto(doc), [show(i) for i in doc.items]
    assert doc.participant_name is not None and doc.participant_name.text == BASIC.participant_name
    assert doc.doc_type == "certificate"


def test_each_sheet_speaks_for_itself(tmp_path: Path) -> None:
    """A sheet's issuer and text are its own: NASRO printed on the other sheet makes no course NASRO's."""
    path = text_two_up(
        tmp_path, "issuers", [(BASIC, "centered_landscape"), (YMHFA, "form_fields")], False, 20.0
    )
    doc = extract_document(path, CFG)
    own = {i.course_title: i for i in doc.items}
    ymhfa = own[YMHFA.course_title]
    assert ymhfa.own_issuer is not None and ymhfa.own_issuer.text == YMHFA.issuer
    assert ymhfa.own_text is not None and "NASRO" not in ymhfa.own_text.upper()
    assert "Youth Mental" not in (own[BASIC.course_title].own_text or "")


def test_two_holders_on_one_page_name_nobody(tmp_path: Path, catalog: Catalog) -> None:
    parts = [(BASIC, "form_fields"), (OTHER_HOLDER, "letter")]
    doc = process_file(text_two_up(tmp_path, "two-holders", parts, True, 14.0), CFG, catalog, TODAY)
    assert sorted(_facts(doc), key=str) == sorted((_spec_facts(s) for s, _ in parts), key=str)
    assert doc.participant_name is None
    assert any("different people" in w for w in doc.warnings), doc.warnings


def test_two_up_scans(tmp_path: Path, catalog: Catalog) -> None:
    """Scanned at 300 dpi: stacked, and side by side a tenth of an inch apart with the right sheet laid
    1.5 degrees crooked. Every course right (its catalog entry, dates and hours) and auto."""
    require_tesseract()
    basic = page_pixels(_render(tmp_path, BASIC, "centered_landscape"), 300, grayscale=True)
    ymhfa = page_pixels(_render(tmp_path, YMHFA, "form_fields"), 300, grayscale=True)
    juvenile = page_pixels(_render(tmp_path, JUVENILE, "letter"), 300, grayscale=True)
    (tmp_path / "stacked.pdf").write_bytes(image_pdf([two_up(basic, ymhfa, 300)], 300))
    (tmp_path / "across.pdf").write_bytes(image_pdf([side_by_side(ymhfa, juvenile, 300, 0.1, 1.5)], 300))
    for name, specs in (("stacked", (BASIC, YMHFA)), ("across", (YMHFA, JUVENILE))):
        doc = process_file(tmp_path / f"{name}.pdf", CFG, catalog, TODAY)
        read = sorted((i.catalog_id, i.start_date, i.end_date, i.hours) for i in doc.items if i.catalog_id)
        expected = sorted((s.catalog_id, s.start_date, s.end_date, s.hours) for s in specs)
        assert len(doc.items) == 2 and read == expected, [show(i) for i in doc.items]
        assert _all_auto(doc), [show(i) for i in doc.items]


# ---------------------------------------------------------------------------------- one document


def _sheets(path: Path) -> list[int]:
    _, pages = read_pages(path, CFG.model_copy(update={"second_engine": False}))
    return [len(page_sheets(lines)) for lines in page_lines(pages)]


@pytest.mark.parametrize("layout", CERTIFICATE_LAYOUTS)
def test_a_certificate_is_one_sheet(tmp_path: Path, layout: str) -> None:
    assert _sheets(_render(tmp_path, BASIC, layout)) == [1]


def _gapped_certificate(path: Path, bottom: list[str]) -> Path:
    """A certificate whose body stands at the top and ``bottom``'s lines past three inches of white."""
    c = Canvas(str(path), pagesize=letter)
    y = 720.0
    for text, size in (
        ("CERTIFICATE OF COMPLETION", 22),
        ("This certifies that", 12),
        ("Jordan A. Ellis", 18),
        ("has successfully completed", 12),
        ("Crisis Intervention Team Training", 16),
        ("March 1-3, 2022", 12),
        ("24 Contact Hours", 12),
    ):
        c.setFont("Helvetica", size)
        c.drawCentredString(306, y, text)
        y -= size * 2.2
    y -= 216
    for text in bottom:
        c.setFont("Helvetica", 11)
        c.drawCentredString(306, y, text)
        y -= 24
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(
    "bottom",
    [
        # Signatures and a footer under a wide band.
        [
            "Dr. Ana M. Ruiz, Director of Training",
            "Date issued: March 10, 2022",
            "Regional Public Safety Training Center, 400 Main Street",
        ],
        # An outline that names a course and a person of its own (the instructor) and a date.
        [
            "Course outline: de-escalation, mental illness awareness, community resources",
            "Instructor: Sgt. Paul Bianchi",
            "Module 3 completed March 3, 2022 - 8 hours",
        ],
        # The certificate's wallet card: the same course and person, dated by its last day.
        [
            "CERTIFICATE OF COMPLETION - WALLET CARD",
            "Name: Jordan A. Ellis",
            "Course: Crisis Intervention Team Training",
            "Completed: March 3, 2022   Hours: 24",
        ],
    ],
)
def test_a_certificate_with_a_wide_white_band_is_one_document(
    tmp_path: Path, catalog: Catalog, bottom: list[str]
) -> None:
    doc = process_file(_gapped_certificate(tmp_path / "gapped.pdf", bottom), CFG, catalog, TODAY)
    assert len(doc.items) == 1, [show(i) for i in doc.items]
    assert not any("scanned together" in w for w in doc.warnings)


def test_transcripts_and_letters_are_one_sheet(tmp_path: Path) -> None:
    for layout in ("grid", "whitespace"):
        path = render_transcript_pdf(transcript_spec(n_rows=30), layout, tmp_path / f"t-{layout}.pdf")
        assert set(_sheets(path)) == {1}
    letter_pdf = render_employment_letter_pdf(employment_letter_spec(), tmp_path / "letter.pdf")
    assert set(_sheets(letter_pdf)) == {1}
