"""Several certificates scanned or merged into one file: one item per certificate, never a mix.

Staff scan a stack of certificates into one PDF. Read as one certificate, such a file gave one item
built from several pages (the title of one, the hours and dates of another). The files here are
merged from the factory's one-page certificates (text layer, and a scanned copy through tesseract).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.factories import (
    CERTIFICATE_LAYOUTS,
    CertificateSpec,
    certificate_spec,
    employment_letter_spec,
    render_certificate_pdf,
    render_employment_letter_pdf,
    to_scan,
    ymhfa_spec,
)

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)

BASIC = certificate_spec()
YMHFA = ymhfa_spec()
# "Advanced SRO" from a body that is not NASRO: only NASRO's Advanced course is nasro-advanced.
OTHER_ADVANCED = certificate_spec(
    course_title="Advanced School Resource Officer Course",
    issuer="Lakeside Regional Police Academy",
    issuer_short="",
    start_date=date(2020, 10, 5),
    end_date=date(2020, 10, 7),
    hours=24.0,
    hours_as_printed="24 Hours",
    date_as_printed="October 5-7, 2020",
    certificate_number="LRPA-2020-771",
    category="advanced",
    catalog_id=None,
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _stack(tmp: Path, name: str, specs: list[CertificateSpec]) -> Path:
    merged = pdfium.PdfDocument.new()
    for i, spec in enumerate(specs):
        page = render_certificate_pdf(
            spec, CERTIFICATE_LAYOUTS[i % len(CERTIFICATE_LAYOUTS)], tmp / f"{name}-{i}.pdf"
        )
        merged.import_pages(pdfium.PdfDocument(str(page)))
    out = tmp / f"{name}.pdf"
    merged.save(str(out))
    return out


def _facts(doc: ClassifiedDocument) -> list[tuple[int, str | None, date | None, date | None, float | None]]:
    return [(i.page, i.course_title, i.start_date, i.end_date, i.hours) for i in doc.items]


def _spec_facts(page: int, spec: CertificateSpec) -> tuple[int, str, date, date, float | None]:
    return (page, spec.course_title, spec.start_date, spec.end_date, spec.hours)


def test_each_certificate_of_a_stack_is_an_item_of_its_own(tmp_path: Path, catalog: Catalog) -> None:
    path = _stack(tmp_path, "stack", [BASIC, YMHFA])
    doc = process_file(path, CFG, catalog, TODAY)
    assert doc.doc_type == "certificate"
    assert _facts(doc) == [_spec_facts(1, BASIC), _spec_facts(2, YMHFA)]
    assert [i.catalog_id for i in doc.items] == ["nasro-basic", "ymhfa"]
    assert all(i.status == "auto" for i in doc.items)
    assert doc.participant_name is not None and doc.participant_name.text == BASIC.participant_name


def test_a_stacked_certificate_is_not_credited_to_another_pages_issuer(
    tmp_path: Path, catalog: Catalog
) -> None:
    """NASRO printed on page 1 must not make page 2's Advanced course NASRO's: page 2 reads as alone."""
    path = _stack(tmp_path, "mixed-issuers", [BASIC, OTHER_ADVANCED])
    stacked = process_file(path, CFG, catalog, TODAY).items[1]
    alone = process_file(tmp_path / "mixed-issuers-1.pdf", CFG, catalog, TODAY).items[0]
    assert (stacked.page, stacked.hours, stacked.catalog_id) == (2, 24.0, None)
    assert stacked.model_dump(exclude={"page"}) == alone.model_dump(exclude={"page"})


def test_a_stack_naming_different_people_names_nobody(tmp_path: Path, catalog: Catalog) -> None:
    other = YMHFA.__class__(**{**YMHFA.__dict__, "participant_name": "Derrick J. Okafor"})
    doc = process_file(_stack(tmp_path, "two-people", [BASIC, other]), CFG, catalog, TODAY)
    assert len(doc.items) == 2
    assert doc.participant_name is None
    assert any("different people" in w for w in doc.warnings)


def test_a_certificate_printed_twice_is_one_item(tmp_path: Path, catalog: Catalog) -> None:
    """The same course on two pages (a copy, a second layout) is one document, not two credits."""
    doc = process_file(_stack(tmp_path, "copy", [BASIC, BASIC]), CFG, catalog, TODAY)
    assert len(doc.items) == 1


def test_a_scanned_stack_reads_each_certificate(tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    scan = to_scan(
        _stack(tmp_path, "scan", [BASIC, YMHFA]), tmp_path / "scan-stack.pdf", "scan_light", "pdf", seed=3
    )
    doc = process_file(scan, CFG, catalog, TODAY)
    assert _facts(doc) == [_spec_facts(1, BASIC), _spec_facts(2, YMHFA)]


def test_a_letter_stating_an_sro_start_is_no_stack(tmp_path: Path, catalog: Catalog) -> None:
    """A letter's page reads like a certificate (a subject line, a date, a name): its SRO start date
    makes it the file's letter, not a second certificate; the certificate beside it is one item
    (a packet: ``test_packet_split``)."""
    letter_spec = employment_letter_spec()
    letter = render_employment_letter_pdf(letter_spec, tmp_path / "letter.pdf")
    certificate = render_certificate_pdf(BASIC, "letter", tmp_path / "certificate.pdf")
    merged = pdfium.PdfDocument.new()
    for part in (letter, certificate):
        merged.import_pages(pdfium.PdfDocument(str(part)))
    merged.save(str(tmp_path / "letter-and-certificate.pdf"))
    doc = process_file(tmp_path / "letter-and-certificate.pdf", CFG, catalog, TODAY)
    assert (doc.holds_a_letter, doc.sro_start_date) == (True, letter_spec.sro_start_date)
    assert [(i.page, i.catalog_id) for i in doc.items] == [(2, "nasro-basic")]
