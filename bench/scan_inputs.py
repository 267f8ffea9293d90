"""Scanned multi-page inputs for the read-path benchmarks, built with certledger.samples (no corpus).

``build_scanned_pdf(folder, pages)`` writes ``scan-<pages>p.pdf``: one image-only PDF whose pages are
scans (light and heavy, 200 and 300 dpi) of the demo certificates in every layout and of the demo
transcripts' pages; plus ``png/page-NN.png``: the very pixels each PDF page holds (decoded from the
PDF by pdfium), for the tesseract-alone baseline. Same arguments, same files.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from certledger.samples import (
    CERTIFICATE_LAYOUTS,
    TRANSCRIPT_LAYOUTS,
    CertificateSpec,
    TranscriptSpec,
    render_certificate_pdf,
    render_transcript_pdf,
    sample_applicants,
    to_scan,
)

# (degradation, dpi) cycled over the pages, by mix: "mixed" (the default: a third heavy scans at 200 dpi,
# pages a second engine must read again) or "light" (every page a light scan at 300 dpi, as a department's
# own scanner makes them).
MIXES: dict[str, tuple[tuple[str, int], ...]] = {
    "mixed": (("scan_light", 300), ("scan_light", 200), ("scan_heavy", 200)),
    "light": (("scan_light", 300),),
}


@dataclass(frozen=True)
class ScanSet:
    pdf: Path
    pngs: tuple[Path, ...]


Source = tuple[Path, int, CertificateSpec | TranscriptSpec]  # text PDF, page index, the spec drawn


def _sources(folder: Path) -> list[Source]:
    """(text PDF, page index, spec) of every distinct page the demo specs make, certificates first."""
    folder.mkdir(parents=True, exist_ok=True)
    certs: list[Source] = []
    tables: list[Source] = []
    n = 0
    for applicant in sample_applicants():
        for doc in applicant.docs:
            if isinstance(doc.spec, CertificateSpec):
                for layout in CERTIFICATE_LAYOUTS:
                    n += 1
                    pdf_path = render_certificate_pdf(doc.spec, layout, folder / f"c{n:03d}.pdf")
                    certs.append((pdf_path, 0, doc.spec))
            elif isinstance(doc.spec, TranscriptSpec):
                for layout in TRANSCRIPT_LAYOUTS:
                    n += 1
                    path = render_transcript_pdf(doc.spec, layout, folder / f"t{n:03d}.pdf")
                    pdf = pdfium.PdfDocument(str(path))
                    count = len(pdf)
                    pdf.close()
                    tables.extend((path, i, doc.spec) for i in range(count))
    # Interleave: mostly certificates, a transcript page every fourth page.
    out: list[Source] = []
    while certs or tables:
        for _ in range(3):
            if certs:
                out.append(certs.pop(0))
        if tables:
            out.append(tables.pop(0))
    return out


def build_scanned_pdf(folder: Path, pages: int, seed: int = 7, mix: str = "mixed") -> ScanSet:
    """An image-only PDF of ``pages`` scanned pages (degradations of ``MIXES[mix]``) and the same
    pixels as PNG files."""
    scans = MIXES[mix]
    folder = folder / (f"scan-{pages}p-s{seed}" if mix == "mixed" else f"scan-{pages}p-s{seed}-{mix}")
    pdf_path = folder / f"scan-{pages}p.pdf"
    png_dir = folder / "png"
    pngs = tuple(png_dir / f"page-{i:02d}.png" for i in range(1, pages + 1))
    if pdf_path.exists() and all(p.exists() for p in pngs):
        return ScanSet(pdf_path, pngs)
    sources = _sources(folder / "drawn")
    if pages > len(sources):
        raise SystemExit(f"only {len(sources)} distinct pages available; asked for {pages}")
    images: list[Image.Image] = []
    dpis: list[int] = []
    for i, (src, index, _) in enumerate(sources[:pages]):
        kind, dpi = scans[i % len(scans)]
        one = folder / "one" / f"p{i + 1:02d}.png"
        to_scan(src, one, kind, "png", seed=seed * 1000 + i, dpi=dpi, page=index)  # type: ignore[arg-type]
        with Image.open(one) as scan:
            images.append(scan.convert("L"))
        dpis.append(dpi)
    # Pillow writes each page at its own size; resolution is one value for the file, so pages are
    # placed by their own dpi through separate saves merged by pdfium.
    merged = pdfium.PdfDocument.new()
    for im, dpi in zip(images, dpis, strict=True):
        buf = io.BytesIO()
        im.save(buf, "PDF", resolution=float(dpi), quality=85)
        part = pdfium.PdfDocument(buf.getvalue())
        merged.import_pages(part)
        part.close()
    merged.save(str(pdf_path))
    merged.close()
    images.clear()
    _decode_pages(pdf_path, png_dir)
    return ScanSet(pdf_path, pngs)


def page_specs(folder: Path, pages: int) -> list[CertificateSpec | TranscriptSpec]:
    """The spec each page of ``build_scanned_pdf(folder, pages)`` was drawn from, in page order."""
    return [spec for _, _, spec in _sources(folder / "spec-pages")[:pages]]


def _decode_pages(pdf_path: Path, png_dir: Path) -> None:
    """Each page's embedded scan, decoded as the read path decodes it, saved losslessly."""
    png_dir.mkdir(parents=True, exist_ok=True)
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            (img,) = [o for o in page.get_objects(max_depth=1) if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
            pil = img.get_bitmap(render=False).to_pil().convert("L")
            width_pt = page.get_width()
            dpi = round(pil.width * 72.0 / width_pt)
            pil.save(png_dir / f"page-{i + 1:02d}.png", dpi=(dpi, dpi))
            page.close()
    finally:
        doc.close()
