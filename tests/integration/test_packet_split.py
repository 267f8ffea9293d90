"""A packet scanned into one file: a transcript over several pages, certificates and an employment
letter, in any order. Each document is read from its own pages: every certificate is an item, every
transcript row is one, and the letter's SRO start still reaches the ledger.

Read whole, such a file was a table: the rows of its transcript pages only, every certificate lost.
The packets are drawn here from the factory's documents (text layer, and a scanned copy).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from certledger.ledgers import document_facts_from_contract
from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument, ClassifiedItem
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.factories import (
    CertificateSpec,
    TranscriptSpec,
    certificate_spec,
    employment_letter_spec,
    render_certificate_pdf,
    render_employment_letter_pdf,
    render_transcript_pdf,
    to_scan,
    transcript_spec,
    ymhfa_spec,
)
from verify.ledger import build_ledger
from verify.policy import Policy
from verify.types import ApplicationFacts

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)

BASIC = certificate_spec()
YMHFA = ymhfa_spec()
CONFERENCE = certificate_spec(
    course_title="NASRO National School Safety Conference",
    start_date=date(2019, 6, 23),
    end_date=date(2019, 6, 28),
    hours=24.0,
    hours_as_printed="24 Credit Hours",
    date_as_printed="June 23-28, 2019",
    heading="Certificate of Attendance",
    certificate_number="",
    distractors=(),
    doc_type="conference_attendance",
    category="conference",
    catalog_id="nasro-conference",
)
RECORD = transcript_spec(n_rows=40, seed=3)
LETTER = employment_letter_spec()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


Drawn = CertificateSpec | TranscriptSpec | str  # "letter": the employment letter


def _packet(tmp: Path, order: list[Drawn]) -> tuple[Path, list[Drawn]]:
    """One PDF of the documents in ``order`` (a transcript: all its pages), and each page's source."""
    merged = pdfium.PdfDocument.new()
    sources: list[Drawn] = []
    layouts = iter(("form_fields", "centered_landscape", "sidebar", "letter"))
    for i, doc in enumerate(order):
        if isinstance(doc, CertificateSpec):
            path = render_certificate_pdf(doc, next(layouts), tmp / f"part-{i}.pdf")
        elif isinstance(doc, TranscriptSpec):
            path = render_transcript_pdf(doc, "grid", tmp / f"part-{i}.pdf")
        else:
            path = render_employment_letter_pdf(LETTER, tmp / f"part-{i}.pdf")
        part = pdfium.PdfDocument(str(path))
        sources.extend([doc] * len(part))
        merged.import_pages(part)
    out = tmp / "packet.pdf"
    merged.save(str(out))
    return out, sources


def _as_drawn(item: ClassifiedItem, source: Drawn) -> bool:
    """The item says what the page it cites was drawn with."""
    got = (item.start_date, item.end_date, item.hours)
    if isinstance(source, CertificateSpec):
        return (
            got == (source.start_date, source.end_date, source.hours) and item.catalog_id == source.catalog_id
        )
    if isinstance(source, TranscriptSpec):
        return any(got == (r.start, r.end, r.hours) for r in source.rows)
    return False  # a letter's page holds no course of the applicant's


def _check_packet(doc: ClassifiedDocument, sources: list[Drawn]) -> None:
    certificate_pages = {n: s for n, s in enumerate(sources, 1) if isinstance(s, CertificateSpec)}
    by_page = {i.page: i for i in doc.items if i.page in certificate_pages}
    for page, spec in certificate_pages.items():
        item = by_page.get(page)
        assert item is not None, f"certificate of page {page} ({spec.course_title}) lost"
        assert (item.course_title, item.start_date, item.end_date, item.hours) == (
            spec.course_title,
            spec.start_date,
            spec.end_date,
            spec.hours,
        )
    rows = [i for i in doc.items if isinstance(sources[i.page - 1], TranscriptSpec)]
    assert sorted((r.end_date, r.hours) for r in rows) == sorted((r.end, r.hours) for r in RECORD.rows)
    assert len(doc.items) == len(certificate_pages) + len(RECORD.rows)
    wrong = [i for i in doc.items if i.status == "auto" and not _as_drawn(i, sources[i.page - 1])]
    assert wrong == []
    assert doc.doc_type == "transcript"
    assert doc.participant_name is not None and doc.participant_name.text in (
        BASIC.participant_name,
        LETTER.employee_name,
    )
    assert doc.sro_start_date == LETTER.sro_start_date
    assert doc.document_date == LETTER.letter_date  # R2 dates the letter, not a certificate
    assert any(w.startswith(f"{len(certificate_pages) + 2} documents in one file") for w in doc.warnings)


ORDER: list[Drawn] = [BASIC, RECORD, YMHFA, "letter", CONFERENCE]


def test_each_document_of_a_packet_is_read_from_its_own_pages(tmp_path: Path, catalog: Catalog) -> None:
    path, sources = _packet(tmp_path, ORDER)
    assert sum(isinstance(s, TranscriptSpec) for s in sources) >= 2  # the table goes on over pages
    doc = process_file(path, CFG, catalog, TODAY)
    _check_packet(doc, sources)
    kinds = [p.kind for p in doc.parts]
    assert kinds == ["certificate", "transcript", "certificate", "letter", "certificate"]


def test_a_scanned_packet_reads_each_document(tmp_path: Path, catalog: Catalog) -> None:
    require_tesseract()
    path, sources = _packet(tmp_path, ORDER)
    scan = to_scan(path, tmp_path / "packet-scan.pdf", "scan_light", "pdf", seed=5)
    doc = process_file(scan, CFG, catalog, TODAY)
    _check_packet(doc, sources)


def test_a_packets_letter_and_conference_reach_the_ledger(tmp_path: Path, catalog: Catalog) -> None:
    """R1 and R2 from the letter inside the packet; R6 from its conference certificate."""
    path, _ = _packet(tmp_path, ORDER)
    doc = process_file(path, CFG, catalog, TODAY)
    app = ApplicationFacts(
        applicant_id="P1",
        name=BASIC.participant_name,
        agency=LETTER.agency,
        sro_start_date=None,
        currently_employed=None,
        application_date=date(2024, 6, 1),
    )
    facts = document_facts_from_contract(doc.file, doc.to_contract())
    assert facts.holds_letter
    ledger = build_ledger(app, [facts], [], Policy())
    assert ledger.requirements["sro_3_years"].verdict == "met"
    assert "employment letter" in ledger.requirements["sro_3_years"].reason
    assert ledger.requirements["employed"].verdict == "met"
    assert ledger.requirements["conference"].verdict == "met"
    assert ledger.requirements["basic"].verdict == "met"


def test_a_packet_naming_two_people_names_nobody(tmp_path: Path, catalog: Catalog) -> None:
    other = transcript_spec(n_rows=12, seed=4, employee_name="OKAFOR, DERRICK J.")
    merged = pdfium.PdfDocument.new()
    for part in (
        render_certificate_pdf(BASIC, "form_fields", tmp_path / "c.pdf"),
        render_transcript_pdf(other, "grid", tmp_path / "t.pdf"),
    ):
        merged.import_pages(pdfium.PdfDocument(str(part)))
    merged.save(str(tmp_path / "two-people.pdf"))
    doc = process_file(tmp_path / "two-people.pdf", CFG, catalog, TODAY)
    assert len(doc.items) == 1 + len(other.rows)
    assert doc.participant_name is None
    assert any("different people" in w for w in doc.warnings)


def test_a_letter_and_a_certificate_keep_both(tmp_path: Path, catalog: Catalog) -> None:
    """The letter's facts and the certificate's course: neither is lost to the other."""
    merged = pdfium.PdfDocument.new()
    for part in (
        render_employment_letter_pdf(LETTER, tmp_path / "letter.pdf"),
        render_certificate_pdf(BASIC, "letter", tmp_path / "certificate.pdf"),
    ):
        merged.import_pages(pdfium.PdfDocument(str(part)))
    merged.save(str(tmp_path / "letter-and-certificate.pdf"))
    doc = process_file(tmp_path / "letter-and-certificate.pdf", CFG, catalog, TODAY)
    assert doc.sro_start_date == LETTER.sro_start_date
    assert [(i.page, i.catalog_id, i.hours) for i in doc.items] == [(2, "nasro-basic", 40.0)]
