"""Test-document factory: the product's sample generator plus makers of bad input.

All drawing and degrading lives in :mod:`certledger.samples` (the demo ships it); this module
re-exports it for tests and adds the inputs no demo should make: truncated files, encrypted PDFs,
decompression bombs and noise. Tests make their documents here, in ``tmp_path``; nothing reads
``../shared``.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import letter
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from certledger.samples import (
    CERTIFICATE_LAYOUTS,
    DEGRADATIONS,
    FEMA,
    NASRO,
    TRANSCRIPT_LAYOUTS,
    CertificateSpec,
    EmploymentLetterSpec,
    ImageFormat,
    ScanKind,
    TranscriptRow,
    TranscriptSpec,
    format_date_range,
    format_hours,
    make_sample_applications,
    number_words,
    rasterize_pdf,
    render_certificate_pdf,
    render_employment_letter_pdf,
    render_transcript_pdf,
    sample_applicants,
    to_scan,
    truth,
)

if TYPE_CHECKING:
    from extract.types import ExtractedDocument

__all__ = [
    "CERTIFICATE_LAYOUTS",
    "DEGRADATIONS",
    "FEMA",
    "NASRO",
    "TRANSCRIPT_LAYOUTS",
    "CertificateSpec",
    "EmploymentLetterSpec",
    "ImageFormat",
    "ScanKind",
    "TranscriptRow",
    "TranscriptSpec",
    "certificate_spec",
    "decompression_bomb_png",
    "employment_letter_spec",
    "encrypted_pdf",
    "format_date_range",
    "format_hours",
    "make_sample_applications",
    "number_words",
    "random_bytes",
    "rasterize_pdf",
    "render_certificate_pdf",
    "render_employment_letter_pdf",
    "render_transcript_pdf",
    "sample_applicants",
    "to_scan",
    "transcript_spec",
    "truncated_copy",
    "truth",
]


# --------------------------------------------------------------------------------------------
# Ready-made specs
# --------------------------------------------------------------------------------------------


def certificate_spec(**overrides: object) -> CertificateSpec:
    """A NASRO Basic certificate with the usual distractors; override any field."""
    fields: dict[str, object] = {
        "participant_name": "Maria L. Gonzalez",
        "course_title": "Basic School Resource Officer Course",
        "issuer": NASRO,
        "start_date": date(2021, 6, 7),
        "end_date": date(2021, 6, 11),
        "hours": 40.0,
        "hours_as_printed": "Forty (40) Hours",
        "date_as_printed": "June 7-11, 2021",
        "certificate_number": "B21-0611-0042",
        "distractors": ("(205) 555-0140", "Session 2 of 3", "Course # IS-362.a"),
        "issuer_short": "NASRO",
        "location": "Hoover, Alabama",
        "category": "basic",
        "catalog_id": "nasro-basic",
    }
    fields.update(overrides)
    return CertificateSpec(**fields)  # type: ignore[arg-type]


def ymhfa_spec(**overrides: object) -> CertificateSpec:
    """A Youth Mental Health First Aid certificate (catalog ``ymhfa``) for the NASRO Basic's holder."""
    fields: dict[str, object] = {
        "course_title": "Youth Mental Health First Aid",
        "issuer": "National Council for Mental Wellbeing",
        "issuer_short": "",
        "start_date": date(2019, 3, 4),
        "end_date": date(2019, 3, 4),
        "hours": 8.0,
        "hours_as_printed": "8 Contact Hours",
        "date_as_printed": "March 4, 2019",
        "certificate_number": "MH-190304-11",
        "category": "juvenile",
        "catalog_id": "ymhfa",
    }
    return certificate_spec(**{**fields, **overrides})


_ROW_TEMPLATES: tuple[tuple[str, str, str, float, str, str], ...] = (
    ("Firearms Qualification", "FQ-100", "In-House", 4, "Firearms", "unrelated"),
    ("Active Shooter Response for Schools", "AS-300", "In-House", 8, "School Safety", "school_safety"),
    ("Juvenile Law for Law Enforcement", "JV-101", "County Attorney", 8, "Juvenile", "juvenile"),
    ("Defensive Tactics Refresher", "DT-210", "In-House", 8, "Use of Force", "unrelated"),
    ("Interviewing and Interrogating Juveniles", "JV-205", "Regional Academy", 16, "Juvenile", "juvenile"),
    ("Standardized Field Sobriety Testing", "TR-220", "State Highway Patrol", 24, "Traffic", "unrelated"),
    (
        "Youth Mental Health First Aid",
        "MH-120",
        "National Council for Mental Wellbeing",
        8,
        "Mental Health",
        "juvenile",
    ),
    (
        "IS-362.A: Multi-Hazard Emergency Planning for Schools",
        "IS-362.A",
        FEMA,
        3,
        "Emergency Mgmt",
        "school_safety",
    ),
    (
        "Bullying and Cyberbullying Prevention for Law Enforcement",
        "JV-140",
        "State School Safety Center",
        4,
        "Juvenile",
        "juvenile",
    ),
    ("Emergency Vehicle Operations Course", "EV-110", "Regional Academy", 16, "Driving", "unrelated"),
)


def transcript_spec(n_rows: int = 60, seed: int = 0, **overrides: object) -> TranscriptSpec:
    """A department transcript of ``n_rows`` rows (60 spans several pages in either layout)."""
    rng = random.Random(seed)
    rows: list[TranscriptRow] = []
    for i in range(n_rows):
        title, code, provider, hours, printed, cat = _ROW_TEMPLATES[i % len(_ROW_TEMPLATES)]
        year = 2014 + (i * 9) // max(n_rows, 1)
        start = date(year, rng.randint(1, 12), rng.randint(1, 26))
        end = date(start.year, start.month, start.day + (1 if hours >= 16 else 0))
        rows.append(TranscriptRow(title, code, provider, start, end, float(hours), printed, cat))
    rows.sort(key=lambda r: (r.start, r.title))
    fields: dict[str, object] = {
        "agency": "Riverside County Sheriff's Office",
        "employee_name": "GONZALEZ, MARIA L.",
        "rows": tuple(rows),
        "employee_id": "RC-20417",
    }
    fields.update(overrides)
    return TranscriptSpec(**fields)  # type: ignore[arg-type]


def employment_letter_spec(**overrides: object) -> EmploymentLetterSpec:
    fields: dict[str, object] = {
        "agency": "Riverside County Sheriff's Office",
        "employee_name": "Maria L. Gonzalez",
        "rank": "Deputy",
        "letter_date": date(2024, 2, 20),
        "hire_date": date(2012, 1, 9),
        "sro_start_date": date(2015, 8, 1),
        "assignment": "Riverside Unified School District",
    }
    fields.update(overrides)
    return EmploymentLetterSpec(**fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------


def truncated_copy(path: Path | str, out: Path | str, fraction: float) -> Path:
    """The first ``fraction`` (0..1) of a file's bytes."""
    if not 0 <= fraction <= 1:
        raise ValueError("fraction must be within 0..1")
    data = Path(path).read_bytes()
    target = Path(out)
    target.write_bytes(data[: int(len(data) * fraction)])
    return target


def encrypted_pdf(out: Path | str, password: str = "secret", text: str = "Certificate of Completion") -> Path:
    """A one-page text PDF that needs ``password`` to open (RC4 128-bit, reportlab's standard handler)."""
    target = Path(out)
    enc = StandardEncryption(password, ownerPassword=password + "-owner", strength=128)
    c = Canvas(str(target), pagesize=letter, invariant=1, encrypt=enc)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(72, 700, text)
    c.setFont("Helvetica", 12)
    c.drawString(72, 670, "Maria L. Gonzalez - Basic School Resource Officer Course - 40 Hours")
    c.showPage()
    c.save()
    return target


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def decompression_bomb_png(
    out: Path | str, width: int = 50_000, height: int = 50_000, *, complete: bool = False
) -> Path:
    """A PNG whose header claims ``width`` x ``height`` (1-bit grey) in a file of a few hundred bytes.

    By default the image data holds only the first rows (a decoder that trusts the header and
    allocates first is the target). ``complete=True`` compresses every (zero) row: a real bomb of
    about 300 KB that inflates to ~300 MB of rows (takes a second or two to write).
    """
    target = Path(out)
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed 1-bit pixels
    comp = zlib.compressobj(9)
    parts: list[bytes] = []
    for _ in range(height if complete else min(height, 16)):
        parts.append(comp.compress(row))
    parts.append(comp.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale, no interlace
    target.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )
    return target


def random_bytes(out: Path | str, n: int, seed: int = 0, prefix: bytes = b"") -> Path:
    """``n`` seeded random bytes after ``prefix`` (e.g. b"%PDF-1.7\\n" for a fake PDF)."""
    target = Path(out)
    target.write_bytes(prefix + random.Random(seed).randbytes(n))
    return target


def read_drawn_lines(folder: Path, lines: Sequence[str]) -> ExtractedDocument:
    """``lines`` drawn one under another (Helvetica 12) as a one-page text PDF in ``folder``, read as an
    upload is: the wording rules' tests draw a document's text without its layout."""
    from extract.config import ExtractConfig
    from extract.document import parse_document
    from extract.read import read_pages

    path = folder / "doc.pdf"
    c = Canvas(str(path), pagesize=letter)
    y = 700.0
    for text in lines:
        c.setFont("Helvetica", 12)
        c.drawString(72, y, text)
        y -= 24
    c.showPage()
    c.save()
    media, pages = read_pages(path, ExtractConfig())
    return parse_document(path.name, "0" * 64, media, pages)
