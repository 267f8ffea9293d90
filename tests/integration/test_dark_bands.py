"""Print set light on a dark band (a coloured header, a side bar) is read from scans, with real tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.config import ExtractConfig
from extract.document import extract_document
from tests.factories import ImageFormat, ScanKind, certificate_spec, render_certificate_pdf, to_scan

CFG = ExtractConfig(second_engine=False)  # tesseract alone: the band must not need the second engine


@pytest.mark.tesseract
@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize(("kind", "fmt"), [("photo", "jpeg"), ("fax", "tiff")])
def test_the_short_name_on_a_side_band_is_read(tmp_path: Path, kind: ScanKind, fmt: ImageFormat) -> None:
    """The sidebar layout prints the issuer's short name large, in white, on a coloured bar."""
    spec = certificate_spec()
    pdf = render_certificate_pdf(spec, "sidebar", tmp_path / "cert.pdf")
    doc = extract_document(to_scan(pdf, tmp_path / f"cert.{fmt}", kind, fmt, seed=11), CFG)
    assert spec.issuer_short and spec.issuer_short in doc.text.split(), doc.text


@pytest.mark.tesseract
@pytest.mark.usefixtures("tesseract")
def test_the_issuer_on_a_photographed_header_band_is_read(tmp_path: Path) -> None:
    """The form layout prints the issuer in white on a coloured band across the top of the page."""
    spec = certificate_spec()
    pdf = render_certificate_pdf(spec, "form_fields", tmp_path / "cert.pdf")
    doc = extract_document(to_scan(pdf, tmp_path / "cert.jpeg", "photo", "jpeg", seed=11), CFG)
    assert doc.issuer is not None and doc.issuer.text == spec.issuer, doc.issuer
    assert doc.items and doc.items[0].course_title == spec.course_title
