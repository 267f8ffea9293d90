"""Sample documents: certificates, transcripts and letters drawn with reportlab, and degraded copies.

The demo (``certledger demo``) calls :func:`make_sample_applications`; the test suite uses the same
drawing code (``tests/factories.py`` re-exports it). Every document is made from a spec dataclass,
and the spec is the ground truth: what the product should read back from the document.

Nothing here reads files it did not write, and everything is deterministic given the spec and seed.
"""

from __future__ import annotations

import json
import random
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

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
    "format_date_range",
    "format_hours",
    "make_sample_applications",
    "number_words",
    "rasterize_pdf",
    "render_certificate_pdf",
    "render_employment_letter_pdf",
    "render_transcript_pdf",
    "sample_applicants",
    "to_scan",
    "truth",
]

CERTIFICATE_LAYOUTS: tuple[str, ...] = ("centered_landscape", "form_fields", "sidebar", "letter")
TRANSCRIPT_LAYOUTS: tuple[str, ...] = ("grid", "whitespace")
ScanKind = Literal["clean", "scan_light", "scan_heavy", "fax", "photo", "rotated"]
ImageFormat = Literal["pdf", "png", "jpeg", "tiff"]
DEGRADATIONS: tuple[ScanKind, ...] = ("clean", "scan_light", "scan_heavy", "fax", "photo", "rotated")

# Fixed dates written into every PDF so that the same spec gives the same bytes.
_FIXED_GMTIME = time.gmtime(1_600_000_000)


# --------------------------------------------------------------------------------------------
# Specs (the ground truth)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateSpec:
    """One certificate.

    ``hours`` is the number the printed ``hours_as_printed`` means (None: no legible hours).
    """

    participant_name: str
    course_title: str
    issuer: str
    start_date: date
    end_date: date
    hours: float | None
    hours_as_printed: str  # "40 Hours", "Forty (40) Hours", "0.3 IACET CEU", "Credit Hours: 16", "24-hour"
    date_as_printed: str  # "June 7-11, 2021", "06/07/2021 - 06/11/2021"
    certificate_number: str = ""
    distractors: tuple[str, ...] = ()  # "(205) 555-0140", "Session 2 of 3", "Course # IS-362.a"
    heading: str = "Certificate of Completion"
    issuer_short: str = ""  # "NASRO"; drawn large where a layout has room for a mark
    signer: str = "Dana K. Whitaker"
    signer_title: str = "Director of Training"
    location: str = ""
    doc_type: str = "certificate"  # certificate | conference_attendance
    # Truth for the rules, not printed:
    category: str | None = None
    catalog_id: str | None = None


@dataclass(frozen=True)
class TranscriptRow:
    title: str
    code: str
    provider: str
    start: date
    end: date
    hours: float
    category: str  # as the department prints it: "Juvenile", "Firearms", "In-Service"...
    truth_category: str | None = None  # the rule category (school_safety, juvenile, unrelated, ...)
    catalog_id: str | None = None


@dataclass(frozen=True)
class TranscriptSpec:
    agency: str
    employee_name: str  # as printed, e.g. "BROOKS, ANGELA R."
    rows: tuple[TranscriptRow, ...]
    employee_id: str = ""
    header: tuple[str, ...] = ("Course Title", "Course #", "Provider", "Start", "End", "Hours", "Category")
    report_title: str = "Employee Training History"
    printed_on: date = date(2024, 1, 15)
    date_format: str = "%m/%d/%Y"
    totals_label: str = "TOTAL HOURS"

    @property
    def total_hours(self) -> float:
        return sum(r.hours for r in self.rows)

    @property
    def totals_text(self) -> str:
        return f"{self.totals_label}: {_fmt_num(self.total_hours, 2)}"


@dataclass(frozen=True)
class EmploymentLetterSpec:
    agency: str
    employee_name: str
    rank: str  # "Deputy", "Officer", "Sgt."
    letter_date: date
    hire_date: date
    sro_start_date: date
    assignment: str  # "Lincoln Unified School District"
    signer: str = "Chief Raymond T. Ellis"
    signer_title: str = "Chief of Police"
    address_lines: tuple[str, ...] = ("1200 Main Street", "Springfield, ST 00000")
    phone: str = "(205) 555-0140"

    @property
    def body(self) -> str:
        return (
            f"This letter is to verify that {self.rank} {self.employee_name} has been employed by the "
            f"{self.agency} since {_long_date(self.hire_date)} and has served as a School Resource Officer "
            f"since {_long_date(self.sro_start_date)}, assigned to {self.assignment}. "
            f"{self.rank} {self.employee_name.split()[-1]} remains in this assignment as of the date of this "
            f"letter and is in good standing with the department."
        )


def truth(spec: CertificateSpec | TranscriptSpec | EmploymentLetterSpec, file: str = "") -> dict[str, Any]:
    """The spec as the contract's document JSON (without confidence, status and boxes)."""
    if isinstance(spec, CertificateSpec):
        return {
            "file": file,
            "doc_type": spec.doc_type,
            "participant_name": spec.participant_name,
            "issuer": spec.issuer,
            "sro_start_date": None,
            "items": [
                {
                    "course_title": spec.course_title,
                    "catalog_id": spec.catalog_id,
                    "category": spec.category,
                    "start_date": spec.start_date.isoformat(),
                    "end_date": spec.end_date.isoformat(),
                    "hours": spec.hours,
                    "hours_as_printed": spec.hours_as_printed,
                    "date_as_printed": spec.date_as_printed,
                    "page": 1,
                }
            ],
        }
    if isinstance(spec, TranscriptSpec):
        return {
            "file": file,
            "doc_type": "transcript",
            "participant_name": spec.employee_name,
            "issuer": spec.agency,
            "sro_start_date": None,
            "items": [
                {
                    "course_title": r.title,
                    "catalog_id": r.catalog_id,
                    "category": r.truth_category,
                    "start_date": r.start.isoformat(),
                    "end_date": r.end.isoformat(),
                    "hours": r.hours,
                }
                for r in spec.rows
            ],
        }
    return {
        "file": file,
        "doc_type": "employment_letter",
        "participant_name": spec.employee_name,
        "issuer": spec.agency,
        "sro_start_date": spec.sro_start_date.isoformat(),
        "items": [],
    }


# --------------------------------------------------------------------------------------------
# Printed forms of numbers and dates
# --------------------------------------------------------------------------------------------

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """0..999 in words, capitalised like a certificate: 24 -> 'Twenty-Four'."""
    if not 0 <= n <= 999:
        raise ValueError(f"number_words: {n} out of range")
    if n < 20:
        words = _ONES[n]
    elif n < 100:
        words = _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    else:
        rest = n % 100
        words = _ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest).lower())
    return "-".join(p.capitalize() for p in words.split("-")).title().replace(" And ", " and ")


def _fmt_num(x: float, decimals: int = 0) -> str:
    if decimals == 0 and float(x).is_integer():
        return str(int(x))
    return f"{x:.{decimals or 1}f}"


HoursStyle = Literal["hours", "words", "ceu", "credit", "hrs", "hyphen", "contact"]


def format_hours(hours: float, style: HoursStyle = "hours") -> str:
    """Printed forms: hours '40 Hours', words 'Forty (40) Hours', ceu '4.0 IACET CEU',
    credit 'Credit Hours: 16', hrs '40.0 hrs', hyphen '24-hour', contact '16 Contact Hours'."""
    n = _fmt_num(hours)
    if style == "hours":
        return f"{n} Hour" if hours == 1 else f"{n} Hours"
    if style == "words":
        if not float(hours).is_integer():
            raise ValueError("words style needs whole hours")
        return f"{number_words(int(hours))} ({n}) Hours"
    if style == "ceu":
        return f"{hours / 10:.1f} IACET CEU"
    if style == "credit":
        return f"Credit Hours: {n}"
    if style == "hrs":
        return f"{hours:.1f} hrs"
    if style == "hyphen":
        return f"{n}-hour"
    return f"{n} Contact Hours"


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

DateStyle = Literal["long", "numeric", "iso", "through", "day_month"]


def _long_date(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def format_date_range(start: date, end: date, style: DateStyle = "long") -> str:
    """long 'June 7-11, 2021' / 'June 28 - July 2, 2021' / 'June 7, 2021'; numeric '06/07/2021 - 06/11/2021';
    iso '2021-06-07 to 2021-06-11'; through 'June 7, 2021 through June 11, 2021';
    day_month '7-11 June 2021'."""
    same = start == end
    if style == "numeric":
        a, b = start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")
        return a if same else f"{a} - {b}"
    if style == "iso":
        return start.isoformat() if same else f"{start.isoformat()} to {end.isoformat()}"
    if style == "through":
        return _long_date(start) if same else f"{_long_date(start)} through {_long_date(end)}"
    if style == "day_month":
        if same:
            return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}-{end.day} {_MONTHS[end.month - 1]} {end.year}"
        return f"{start.day} {_MONTHS[start.month - 1]} - {end.day} {_MONTHS[end.month - 1]} {end.year}"
    if same:
        return _long_date(start)
    if start.year != end.year:
        return f"{_long_date(start)} - {_long_date(end)}"
    if start.month != end.month:
        return f"{_MONTHS[start.month - 1]} {start.day} - {_MONTHS[end.month - 1]} {end.day}, {end.year}"
    return f"{_MONTHS[start.month - 1]} {start.day}-{end.day}, {end.year}"


# --------------------------------------------------------------------------------------------
# Drawing helpers
# --------------------------------------------------------------------------------------------

_PALETTE = ("#1f3a68", "#7a1f2b", "#1d5c3a", "#4a2d6b", "#8a5a00", "#234e5f")


def _accent(key: str) -> Color:
    return HexColor(_PALETTE[zlib.crc32(key.encode()) % len(_PALETTE)])


def _new_canvas(path: Path, pagesize: tuple[float, float], title: str, encrypt: Any = None) -> Any:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1, encrypt=encrypt)
    c.setTitle(title)
    c.setAuthor("certledger sample generator")
    return c


def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def _fit_size(text: str, font: str, size: float, max_width: float, min_size: float = 9) -> float:
    while size > min_size and _width(text, font, size) > max_width:
        size -= 0.5
    return size


def _wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    return [str(x) for x in simpleSplit(text, font, size, max_width)]


def _centered_block(
    c: Any, text: str, font: str, size: float, cx: float, y: float, max_width: float
) -> float:
    """Draw wrapped centred lines starting at baseline y; returns the baseline after the last line."""
    c.setFont(font, size)
    for line in _wrap(text, font, size, max_width):
        c.drawCentredString(cx, y, line)
        y -= size * 1.2
    return y


def _left_block(
    c: Any,
    text: str,
    font: str,
    size: float,
    x: float,
    y: float,
    max_width: float,
    leading: float | None = None,
) -> float:
    c.setFont(font, size)
    for line in _wrap(text, font, size, max_width):
        c.drawString(x, y, line)
        y -= leading or size * 1.25
    return y


def _signature(c: Any, x: float, y: float, width: float, seed_text: str, name: str, title: str) -> None:
    """A hand-drawn looking squiggle above a line, the signer's printed name and title below."""
    rng = random.Random(zlib.crc32(seed_text.encode()))
    c.saveState()
    c.setStrokeColor(HexColor("#1b2a6b"))
    c.setLineWidth(1.1)
    p = c.beginPath()
    px, py = x + 8, y + 8
    p.moveTo(px, py)
    for _ in range(7):
        nx = px + rng.uniform(width * 0.06, width * 0.13)
        p.curveTo(
            px + rng.uniform(-6, 10),
            py + rng.uniform(6, 20),
            nx + rng.uniform(-10, 6),
            py + rng.uniform(-12, 2),
            nx,
            y + rng.uniform(3, 14),
        )
        px = nx
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.line(x, y, x + width, y)
    c.setFont("Helvetica", 9)
    c.drawString(x, y - 12, name)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(x, y - 23, title)


def _seal(c: Any, cx: float, cy: float, r: float, color: Color) -> None:
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.5)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.setLineWidth(0.7)
    c.circle(cx, cy, r * 0.86, stroke=1, fill=0)
    # Serrated ring.
    p = c.beginPath()
    n = 36
    for i in range(n * 2 + 1):
        a = np.pi * i / n
        rr = r * (0.80 if i % 2 else 0.74)
        px, py = cx + rr * float(np.cos(a)), cy + rr * float(np.sin(a))
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    c.drawPath(p, stroke=1, fill=0)
    # Five-point star.
    p = c.beginPath()
    for i in range(11):
        a = np.pi / 2 + np.pi * i / 5
        rr = r * (0.45 if i % 2 == 0 else 0.18)
        px, py = cx + rr * float(np.cos(a)), cy + rr * float(np.sin(a))
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def _short(spec: CertificateSpec) -> str:
    if spec.issuer_short:
        return spec.issuer_short
    words = [
        w for w in spec.issuer.replace("-", " ").split() if w[:1].isupper() and w.lower() not in {"of", "the"}
    ]
    return "".join(w[0] for w in words)[:6]


# --------------------------------------------------------------------------------------------
# Certificates
# --------------------------------------------------------------------------------------------


def render_certificate_pdf(spec: CertificateSpec, layout: str, path: Path | str) -> Path:
    """Draw ``spec`` as a one-page text PDF in one of :data:`CERTIFICATE_LAYOUTS`."""
    out = Path(path)
    drawers = {
        "centered_landscape": _cert_centered_landscape,
        "form_fields": _cert_form_fields,
        "sidebar": _cert_sidebar,
        "letter": _cert_letter,
    }
    if layout not in drawers:
        raise ValueError(f"unknown certificate layout {layout!r}; one of {', '.join(drawers)}")
    size = landscape(letter) if layout in ("centered_landscape", "sidebar") else letter
    c = _new_canvas(out, size, f"{spec.heading} - {spec.course_title}")
    drawers[layout](c, spec, float(size[0]), float(size[1]))
    c.showPage()
    c.save()
    return out


def _distractor_lines(c: Any, spec: CertificateSpec, x: float, y: float, size: float = 8) -> None:
    c.setFont("Helvetica", size)
    c.setFillColor(HexColor("#444444"))
    for line in spec.distractors:
        c.drawString(x, y, line)
        y -= size * 1.35
    c.setFillColor(black)


def _cert_centered_landscape(c: Any, spec: CertificateSpec, w: float, h: float) -> None:
    accent = _accent(spec.issuer)
    c.setStrokeColor(accent)
    c.setLineWidth(6)
    c.rect(24, 24, w - 48, h - 48)
    c.setLineWidth(1.2)
    c.rect(36, 36, w - 72, h - 72)
    cx = w / 2
    c.setFillColor(accent)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(cx, h - 80, spec.issuer.upper())
    c.setFillColor(black)
    heading_size = _fit_size(spec.heading.upper(), "Times-Bold", 38, w - 160)
    c.setFont("Times-Bold", heading_size)
    c.drawCentredString(cx, h - 135, spec.heading.upper())
    c.setFont("Times-Italic", 15)
    c.drawCentredString(cx, h - 175, "This certifies that")
    name_size = _fit_size(spec.participant_name, "Times-BoldItalic", 34, w - 200)
    c.setFont("Times-BoldItalic", name_size)
    c.drawCentredString(cx, h - 222, spec.participant_name)
    c.setLineWidth(0.6)
    c.setStrokeColor(black)
    c.line(cx - 220, h - 230, cx + 220, h - 230)
    verb = "attended the" if spec.doc_type == "conference_attendance" else "has successfully completed the"
    c.setFont("Times-Italic", 15)
    c.drawCentredString(cx, h - 258, verb)
    y = _centered_block(c, spec.course_title, "Helvetica-Bold", 21, cx, h - 290, w - 180)
    y -= 4
    c.setFont("Times-Roman", 14)
    held = f"held {spec.date_as_printed}" + (f" in {spec.location}" if spec.location else "")
    c.drawCentredString(cx, y, held)
    c.drawCentredString(cx, y - 20, spec.hours_as_printed)
    _signature(c, 90, 100, 200, spec.participant_name + "a", spec.signer, spec.signer_title)
    _seal(c, cx, 105, 42, accent)
    if spec.certificate_number:
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 60, 66, f"Certificate No. {spec.certificate_number}")
    _distractor_lines(c, spec, w - 250, 118)


def _cert_form_fields(c: Any, spec: CertificateSpec, w: float, h: float) -> None:
    accent = _accent(spec.issuer)
    c.setFillColor(accent)
    c.rect(0, h - 96, w, 96, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", _fit_size(spec.issuer, "Helvetica-Bold", 18, w - 100))
    c.drawString(50, h - 50, spec.issuer)
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 70, "Training Records Section")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, h - 150, spec.heading.upper())
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 170, "The training described below has been completed and is recorded as follows.")
    name_label = "Attendee Name:" if spec.doc_type == "conference_attendance" else "Student Name:"
    fields = [
        (name_label, spec.participant_name),
        ("Course Title:", spec.course_title),
        ("Dates Attended:", spec.date_as_printed),
        ("Training Hours:", spec.hours_as_printed),
    ]
    if spec.location:
        fields.append(("Location:", spec.location))
    if spec.certificate_number:
        fields.append(("Certificate No.:", spec.certificate_number))
    y = h - 220
    label_x, value_x, value_w = 50, 175, w - 225
    for label, value in fields:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(label_x, y, label)
        lines = _wrap(value, "Courier", 12, value_w)
        c.setFont("Courier", 12)
        for i, line in enumerate(lines):
            c.drawString(value_x, y - i * 16, line)
            c.setLineWidth(0.4)
            c.setStrokeColor(HexColor("#888888"))
            c.line(value_x - 4, y - i * 16 - 4, value_x + value_w, y - i * 16 - 4)
        y -= 16 * len(lines) + 22
    c.setStrokeColor(black)
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Additional information")
    _distractor_lines(c, spec, 50, y - 16, 9)
    _signature(c, 50, 150, 210, spec.participant_name + "b", spec.signer, spec.signer_title)
    c.setFont("Helvetica", 7)
    c.drawString(50, 40, f"{_short(spec)} training record - retain for your files")


def _cert_sidebar(c: Any, spec: CertificateSpec, w: float, h: float) -> None:
    accent = _accent(spec.issuer)
    band = 190.0
    c.setFillColor(accent)
    c.rect(0, 0, band, h, stroke=0, fill=1)
    c.setFillColor(white)
    short = _short(spec)
    c.setFont("Helvetica-Bold", _fit_size(short, "Helvetica-Bold", 40, band - 30))
    c.drawString(22, h - 100, short)
    # Issuer text in the band sits low on the page, below the main text lines.
    y = 190.0
    c.setFont("Helvetica", 11)
    for line in _wrap(spec.issuer, "Helvetica", 11, band - 40):
        c.drawString(22, y, line)
        y -= 14
    c.setFillColor(black)
    x = band + 50
    c.setFont("Helvetica-Bold", _fit_size(spec.heading, "Helvetica-Bold", 30, w - x - 40))
    c.drawString(x, h - 100, spec.heading)
    c.setFont("Helvetica", 12)
    c.drawString(x, h - 140, "Awarded to")
    c.setFont("Helvetica-Bold", _fit_size(spec.participant_name, "Helvetica-Bold", 28, w - x - 40))
    c.drawString(x, h - 175, spec.participant_name)
    c.setFont("Helvetica", 12)
    verb = "for attendance at" if spec.doc_type == "conference_attendance" else "for successful completion of"
    c.drawString(x, h - 205, verb)
    y = _left_block(c, spec.course_title, "Helvetica-Bold", 17, x, h - 232, w - x - 40, 21)
    c.setFont("Helvetica", 12)
    c.drawString(x, y - 6, f"Dates: {spec.date_as_printed}")
    c.drawString(x, y - 24, f"Hours: {spec.hours_as_printed}")
    if spec.location:
        c.drawString(x, y - 42, f"Location: {spec.location}")
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(x, 138, f"Presented by the {spec.issuer}")
    _signature(c, x, 80, 200, spec.participant_name + "c", spec.signer, spec.signer_title)
    if spec.certificate_number:
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 40, 40, f"Cert # {spec.certificate_number}")
    _distractor_lines(c, spec, w - 240, 110)


def _cert_letter(c: Any, spec: CertificateSpec, w: float, h: float) -> None:
    accent = _accent(spec.issuer)
    c.setFillColor(accent)
    c.setFont("Times-Bold", _fit_size(spec.issuer, "Times-Bold", 18, w - 144))
    c.drawCentredString(w / 2, h - 72, spec.issuer)
    c.setStrokeColor(accent)
    c.setLineWidth(1.5)
    c.line(72, h - 84, w - 72, h - 84)
    c.setFillColor(black)
    c.setFont("Times-Roman", 10)
    contact = "   ".join(spec.distractors[:1]) or "Office of Training"
    c.drawCentredString(w / 2, h - 98, contact)
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 140, _long_date(spec.end_date))
    c.drawString(72, h - 180, "To Whom It May Concern:")
    if spec.hours_as_printed.endswith("-hour"):
        body = (
            f"This is to certify that {spec.participant_name} completed {spec.course_title}, "
            f"a {spec.hours_as_printed} course held {spec.date_as_printed}."
        )
    else:
        body = (
            f"This is to certify that {spec.participant_name} completed {spec.course_title}, "
            f"held {spec.date_as_printed}, for a total of {spec.hours_as_printed}."
        )
    if spec.location:
        body += f" The course was presented in {spec.location}."
    y = _left_block(c, body, "Times-Roman", 12, 72, h - 212, w - 144, 17)
    more = (
        "The course was presented in accordance with the standards of the "
        f"{spec.issuer}. Please retain this letter as documentation of the training."
    )
    y = _left_block(c, more, "Times-Roman", 12, 72, y - 12, w - 144, 17)
    if spec.certificate_number:
        c.drawString(72, y - 12, f"Reference: {spec.certificate_number}")
        y -= 17
    _distractor_lines(c, replace(spec, distractors=spec.distractors[1:]), 72, y - 22, 10)
    c.setFont("Times-Roman", 12)
    c.drawString(72, 250, "Sincerely,")
    _signature(c, 72, 190, 200, spec.participant_name + "d", spec.signer, spec.signer_title)


# --------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------

_COL_FRACTIONS = (0.34, 0.09, 0.20, 0.09, 0.09, 0.07, 0.12)


def render_transcript_pdf(spec: TranscriptSpec, layout: str, path: Path | str) -> Path:
    """A department training transcript: ``grid`` (ruled table, landscape) or ``whitespace`` (no rules,
    portrait). Header row repeated on every page, totals row at the end, 'Page i of N' footers."""
    if layout not in TRANSCRIPT_LAYOUTS:
        raise ValueError(f"unknown transcript layout {layout!r}; one of {', '.join(TRANSCRIPT_LAYOUTS)}")
    out = Path(path)
    ruled = layout == "grid"
    size = landscape(letter) if ruled else letter
    w, h = float(size[0]), float(size[1])
    margin = 40.0
    font, bold, fsize = "Helvetica", "Helvetica-Bold", 8.0 if ruled else 7.5
    lead = fsize * 1.25
    pad = 4.0 if ruled else 3.0
    table_w = w - 2 * margin
    widths = [f * table_w for f in _COL_FRACTIONS]
    xs = [margin + sum(widths[:i]) for i in range(len(widths))]
    numeric = {5}

    def cells(r: TranscriptRow) -> list[str]:
        return [
            r.title,
            r.code,
            r.provider,
            r.start.strftime(spec.date_format),
            r.end.strftime(spec.date_format),
            _fmt_num(r.hours, 2),
            r.category,
        ]

    wrapped = [
        [_wrap(t, font, fsize, wd - 2 * pad) or [""] for t, wd in zip(cells(r), widths, strict=True)]
        for r in spec.rows
    ]
    heights = [max(len(cl) for cl in row) * lead + 2 * pad for row in wrapped]
    head_h = lead + 2 * pad + 2
    first_top, other_top, bottom = h - 150, h - 80, 60.0
    pages: list[list[int]] = [[]]
    y = first_top - head_h
    for i, rh in enumerate(heights):
        if y - rh < bottom + (lead + 2 * pad if i == len(heights) - 1 else 0):
            pages.append([])
            y = other_top - head_h
        pages[-1].append(i)
        y -= rh
    total_pages = len(pages)
    accent = _accent(spec.agency)
    c = _new_canvas(out, size, f"{spec.report_title} - {spec.employee_name}")
    for pno, idxs in enumerate(pages, start=1):
        if pno == 1:
            c.setFillColor(accent)
            c.setFont("Helvetica-Bold", 15)
            c.drawString(margin, h - 50, spec.agency.upper())
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(margin, h - 72, spec.report_title)
            c.setFont("Helvetica", 9.5)
            c.drawString(margin, h - 96, f"Employee: {spec.employee_name}")
            if spec.employee_id:
                c.drawString(margin + 260, h - 96, f"Employee ID: {spec.employee_id}")
            c.drawString(margin, h - 110, f"Report date: {spec.printed_on.strftime(spec.date_format)}")
            c.drawString(margin + 260, h - 110, f"Records: {len(spec.rows)}")
            top = first_top
        else:
            c.setFont("Helvetica", 8.5)
            c.drawString(margin, h - 50, f"{spec.report_title} - {spec.employee_name} (continued)")
            top = other_top
        # Header row.
        if ruled:
            c.setFillColor(HexColor("#d9dde3"))
            c.rect(margin, top - head_h, table_w, head_h, stroke=0, fill=1)
            c.setFillColor(black)
        c.setFont(bold, fsize)
        for j, label in enumerate(spec.header):
            text = label if ruled else label.upper()
            if j in numeric:
                c.drawRightString(xs[j] + widths[j] - pad, top - pad - fsize, text)
            else:
                c.drawString(xs[j] + pad, top - pad - fsize, text)
        y = top - head_h
        row_tops = [top, y]
        c.setFont(font, fsize)
        for i in idxs:
            for j, lines in enumerate(wrapped[i]):
                for k, line in enumerate(lines):
                    by = y - pad - fsize - k * lead + 1
                    if j in numeric:
                        c.drawRightString(xs[j] + widths[j] - pad, by, line)
                    else:
                        c.drawString(xs[j] + pad, by, line)
            y -= heights[i]
            row_tops.append(y)
        if pno == total_pages:
            th = lead + 2 * pad
            c.setFont(bold, fsize)
            c.drawRightString(xs[5] - pad, y - pad - fsize + 1, spec.totals_label + ":")
            c.drawRightString(xs[5] + widths[5] - pad, y - pad - fsize + 1, _fmt_num(spec.total_hours, 2))
            y -= th
            row_tops.append(y)
        if ruled:
            c.setLineWidth(0.5)
            c.setStrokeColor(HexColor("#555555"))
            for ry in row_tops:
                c.line(margin, ry, margin + table_w, ry)
            for x in [*xs, margin + table_w]:
                c.line(x, top, x, y)
            c.setStrokeColor(black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, 30, f"Page {pno} of {total_pages}")
        c.drawRightString(w - margin, 30, f"Printed {spec.printed_on.strftime(spec.date_format)}")
        c.showPage()
    c.save()
    return out


# --------------------------------------------------------------------------------------------
# Employment letter
# --------------------------------------------------------------------------------------------


def render_employment_letter_pdf(spec: EmploymentLetterSpec, path: Path | str) -> Path:
    out = Path(path)
    w, h = float(letter[0]), float(letter[1])
    accent = _accent(spec.agency)
    c = _new_canvas(out, letter, f"Employment verification - {spec.employee_name}")
    _seal(c, 100, h - 78, 30, accent)
    c.setFillColor(accent)
    c.setFont("Times-Bold", _fit_size(spec.agency.upper(), "Times-Bold", 18, w - 220))
    c.drawString(145, h - 70, spec.agency.upper())
    c.setFillColor(black)
    c.setFont("Times-Roman", 9.5)
    c.drawString(145, h - 86, "  |  ".join([*spec.address_lines, spec.phone]))
    c.setStrokeColor(accent)
    c.setLineWidth(1.2)
    c.line(72, h - 118, w - 72, h - 118)
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 160, _long_date(spec.letter_date))
    c.drawString(72, h - 196, "RE: Verification of Employment and Assignment")
    c.drawString(72, h - 228, "To Whom It May Concern:")
    y = _left_block(c, spec.body, "Times-Roman", 12, 72, h - 260, w - 144, 17)
    y = _left_block(
        c,
        "Please contact my office with any questions regarding this verification.",
        "Times-Roman",
        12,
        72,
        y - 12,
        w - 144,
        17,
    )
    c.drawString(72, y - 24, "Respectfully,")
    _signature(c, 72, y - 90, 200, spec.employee_name + "letter", spec.signer, spec.signer_title)
    c.showPage()
    c.save()
    return out


# --------------------------------------------------------------------------------------------
# Degradations
# --------------------------------------------------------------------------------------------

_U8 = npt.NDArray[np.uint8]
_F = npt.NDArray[np.float64]

_DEFAULT_DPI: dict[str, int] = {
    "clean": 200,
    "scan_light": 200,
    "scan_heavy": 150,
    "fax": 200,
    "photo": 150,
    "rotated": 200,
}


def rasterize_pdf(pdf_path: Path | str, dpi: int, grayscale: bool = False) -> list[Image.Image]:
    """Every page of a PDF as a Pillow image at ``dpi``."""
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        images: list[Image.Image] = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72.0, grayscale=grayscale)
            img = bitmap.to_pil()
            images.append(img.convert("L" if grayscale else "RGB"))
            bitmap.close()
            page.close()
        return images
    finally:
        doc.close()


def _skew(img: Image.Image, deg: float) -> Image.Image:
    fill: Any = 255 if img.mode == "L" else (255, 255, 255)
    return img.rotate(deg, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)


def _scan_light(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    angle = float(rng.uniform(0.25, 0.9)) * float(rng.choice([-1.0, 1.0]))
    img = _skew(img, angle)
    a = np.asarray(img, dtype=np.float64)
    # Paper texture: low-frequency noise (a quarter of the resolution, scaled up), the same in every channel.
    small = rng.normal(0, 3.0, (img.height // 4 + 1, img.width // 4 + 1))
    texture = np.asarray(
        Image.fromarray(small.astype(np.float32), mode="F").resize(img.size, Image.Resampling.BILINEAR)
    )
    a = a * 0.96 + 6 + (texture[..., None] if a.ndim == 3 else texture)
    a = np.round(a / 2) * 2  # a scanner's few bits of noise floor
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _scan_heavy(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    gray = img.convert("L")
    a = np.asarray(gray, dtype=np.float64)
    a = 105 + a * (235 - 105) / 255  # washed out: black ink prints as mid grey, paper as light grey
    gray = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    angle = float(rng.uniform(1.0, 1.5)) * float(rng.choice([-1.0, 1.0]))
    gray = gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=232)
    a = np.asarray(gray, dtype=np.float64) + rng.normal(0, 7.0, (gray.height, gray.width))
    speck = rng.random(a.shape)
    a[speck < 0.0025] = rng.uniform(40, 120, int((speck < 0.0025).sum()))
    a[speck > 0.9985] = 255
    # A few larger blots (dust on the glass).
    for _ in range(int(rng.integers(8, 20))):
        y, x = int(rng.integers(0, a.shape[0] - 6)), int(rng.integers(0, a.shape[1] - 6))
        s = int(rng.integers(2, 6))
        a[y : y + s, x : x + s] = rng.uniform(60, 140)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _fax_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # pragma: no cover - Pillow built without FreeType
        return ImageFont.load_default()


def _fax(img: Image.Image, rng: np.random.Generator, page_no: int, fax_from: str, stamp: str) -> Image.Image:
    """200x200 dpi page -> 200x100 dpi bilevel with a fax header line."""
    gray = img.convert("L")
    gray = gray.rotate(float(rng.uniform(-0.4, 0.4)), resample=Image.Resampling.BICUBIC, fillcolor=255)
    draw = ImageDraw.Draw(gray)
    header = f"{stamp}   FROM: {fax_from}   TO: 555 0199   PAGE {page_no:02d}"
    font = _fax_font(26)
    # The sending machine prints its header line over the top of the page, on a white strip.
    bottom = draw.textbbox((40, 14), header, font=font)[3]
    draw.rectangle((0, 0, gray.width, bottom + 8), fill=255)
    draw.text((40, 14), header, fill=0, font=font)
    half = gray.resize((gray.width, gray.height // 2), Image.Resampling.BOX)
    a = np.asarray(half, dtype=np.float64) + rng.normal(0, 18.0, (half.height, half.width))
    bits = a > 150
    speck = rng.random(bits.shape) < 0.0008
    bits[speck] = ~bits[speck]
    return Image.fromarray(bits.astype(np.uint8) * 255).convert("1", dither=Image.Dither.NONE)


def _photo(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A phone photo of the page lying on a desk: skewed quad, uneven light, warm cast."""
    w, h = img.size
    m = int(0.10 * w)
    cw, ch = w + 2 * m, h + 2 * m
    desk = np.empty((ch, cw, 3), dtype=np.float64)
    base = np.array([118.0, 92.0, 64.0]) + rng.uniform(-15, 15, 3)
    grain = np.sin(np.linspace(0, float(rng.uniform(20, 40)), ch))[:, None] * 9
    desk[:] = base
    desk += grain[..., None] + rng.normal(0, 6, (ch, cw, 1))
    canvas = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8))
    shadow = Image.new("L", (cw, ch), 0)
    ImageDraw.Draw(shadow).rectangle((m + 8, m + 10, m + w + 8, m + h + 10), fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(12))
    canvas.paste(Image.new("RGB", (cw, ch), (40, 30, 20)), (0, 0), shadow)
    canvas.paste(img.convert("RGB"), (m, m))
    j = 0.05 * w

    def jit() -> float:
        return float(rng.uniform(-j, j))

    quad = (
        m * 0.6 + jit(),
        m * 0.6 + jit(),  # upper left
        m * 0.4 + jit(),
        ch - m * 0.4 + jit(),  # lower left
        cw - m * 0.3 + jit(),
        ch - m * 0.7 + jit(),  # lower right
        cw - m * 0.8 + jit(),
        m * 0.3 + jit(),
    )  # upper right
    out_w = int(cw * 0.9)
    out_h = int(ch * 0.9)
    warped = canvas.transform((out_w, out_h), Image.Transform.QUAD, quad, resample=Image.Resampling.BICUBIC)
    a = np.asarray(warped, dtype=np.float64)
    yy, xx = np.mgrid[0:out_h, 0:out_w]
    gx, gy = float(rng.uniform(0.1, 0.35)), float(rng.uniform(0.1, 0.3))
    light = 1.05 - gx * (xx / out_w) - gy * (yy / out_h)
    cy, cx = out_h * float(rng.uniform(0.3, 0.6)), out_w * float(rng.uniform(0.3, 0.6))
    light -= 0.18 * (((xx - cx) / out_w) ** 2 + ((yy - cy) / out_h) ** 2)
    a = a * light[..., None]
    a *= np.array([1.06, 0.99, 0.84])
    a += np.array([10.0, 4.0, -2.0]) + rng.normal(0, 3.0, a.shape)
    photo = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return photo.filter(ImageFilter.GaussianBlur(0.6))


def to_scan(
    pdf_path: Path | str,
    out_path: Path | str,
    kind: ScanKind,
    fmt: ImageFormat,
    seed: int,
    rotate_deg: int = 0,
    *,
    dpi: int | None = None,
    page: int | None = None,
    fax_from: str = "TRAINING DIV",
) -> Path:
    """Rasterise a PDF and degrade it like a scanner, fax machine or phone camera would.

    ``kind``: clean (render only), scan_light (noise, <1 deg skew), scan_heavy (blur, speckle, washed out,
    1-1.5 deg skew, grey), fax (200x100 dpi bilevel with a header line), photo (perspective quad,
    uneven light, warm cast, no DPI), rotated (turned by ``rotate_deg`` in {90, 180, 270}; a seeded
    choice when 0).
    ``rotate_deg`` (counter-clockwise) also applies to the other kinds when non-zero.
    ``fmt``: pdf (image-only, one image a page at its own resolution), png, jpeg, tiff (multi-page; fax in
    Group 4). png and jpeg hold one page: pass ``page`` (0-based) for a multi-page source.
    """
    if kind not in _DEFAULT_DPI:
        raise ValueError(f"unknown degradation {kind!r}")
    if rotate_deg % 90:
        raise ValueError("rotate_deg must be a multiple of 90")
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    render_dpi = dpi or _DEFAULT_DPI[kind]
    pages = rasterize_pdf(pdf_path, render_dpi, grayscale=kind in ("fax", "scan_heavy"))
    if page is not None:
        pages = [pages[page]]
    if fmt in ("png", "jpeg") and len(pages) > 1:
        raise ValueError(f"{fmt} holds one page; the source has {len(pages)}: pass page=")
    out_dpi: tuple[float, float] | None = (render_dpi, render_dpi)
    stamp = (
        f"{int(rng.integers(1, 13)):02d}/{int(rng.integers(1, 29)):02d}/2024 {int(rng.integers(7, 18)):02d}:"
        f"{int(rng.integers(0, 60)):02d}"
    )
    done: list[Image.Image] = []
    for i, img in enumerate(pages, start=1 if page is None else page + 1):
        if kind == "scan_light":
            img = _scan_light(img, rng)
        elif kind == "scan_heavy":
            img = _scan_heavy(img, rng)
        elif kind == "fax":
            img = _fax(img, rng, i, fax_from, stamp)
            out_dpi = (render_dpi, render_dpi / 2)
        elif kind == "photo":
            img = _photo(img, rng)
            out_dpi = None
        done.append(img)
    turn = rotate_deg % 360
    if kind == "rotated" and turn == 0:
        turn = int(rng.choice([90, 180, 270]))
    if turn:
        op = {
            90: Image.Transpose.ROTATE_90,
            180: Image.Transpose.ROTATE_180,
            270: Image.Transpose.ROTATE_270,
        }[turn]
        done = [im.transpose(op) for im in done]
        if out_dpi and turn in (90, 270):
            out_dpi = (out_dpi[1], out_dpi[0])
    _save_images(done, out, fmt, out_dpi, photo=kind == "photo")
    return out


def _save_images(
    images: Sequence[Image.Image], out: Path, fmt: ImageFormat, dpi: tuple[float, float] | None, photo: bool
) -> None:
    first, rest = images[0], list(images[1:])
    kw: dict[str, Any] = {}
    if dpi is not None:
        kw["dpi"] = dpi
    if fmt == "png":
        first.save(out, "PNG", optimize=False, **kw)
    elif fmt == "jpeg":
        im = first.convert("L") if first.mode == "1" else first
        im.save(out, "JPEG", quality=70 if photo else 85, **kw)
    elif fmt == "tiff":
        bilevel = first.mode == "1"
        first.save(
            out,
            "TIFF",
            save_all=True,
            append_images=rest,
            compression="group4" if bilevel else "tiff_lzw",
            **kw,
        )
    elif fmt == "pdf":
        if dpi is None:
            kw["resolution"] = 150.0
        if first.mode != "1":
            kw["quality"] = 70 if photo else 85
        first.save(
            out,
            "PDF",
            save_all=True,
            append_images=rest,
            title="Scan",
            producer="Scanner",
            creationDate=_FIXED_GMTIME,
            modDate=_FIXED_GMTIME,
            **kw,
        )
    else:
        raise ValueError(f"unknown image format {fmt!r}")


# --------------------------------------------------------------------------------------------
# Sample applications for the demo
# --------------------------------------------------------------------------------------------

NASRO = "National Association of School Resource Officers"
FEMA = "FEMA Emergency Management Institute"


@dataclass
class _Doc:
    file: str
    spec: CertificateSpec | TranscriptSpec | EmploymentLetterSpec
    layout: str = ""
    kind: ScanKind | None = None  # None: the text PDF as drawn
    fmt: ImageFormat = "pdf"
    rotate_deg: int = 0


@dataclass
class _Applicant:
    applicant_id: str
    name: str
    agency: str
    sro_start_date: date
    currently_employed: bool
    application_date: date
    docs: list[_Doc] = field(default_factory=list)
    expected: dict[str, Any] = field(default_factory=dict)


def _cert(
    name: str,
    title: str,
    issuer: str,
    start: date,
    end: date,
    hours: float,
    hstyle: HoursStyle,
    dstyle: DateStyle,
    category: str,
    catalog_id: str | None,
    **kw: Any,
) -> CertificateSpec:
    return CertificateSpec(
        participant_name=name,
        course_title=title,
        issuer=issuer,
        start_date=start,
        end_date=end,
        hours=hours,
        hours_as_printed=format_hours(hours, hstyle),
        date_as_printed=format_date_range(start, end, dstyle),
        category=category,
        catalog_id=catalog_id,
        **kw,
    )


def _row(
    title: str,
    code: str,
    provider: str,
    start: date,
    end: date,
    hours: float,
    printed: str,
    cat: str,
    catalog_id: str | None = None,
) -> TranscriptRow:
    return TranscriptRow(title, code, provider, start, end, hours, printed, cat, catalog_id)


def _annual(
    title: str,
    code: str,
    hours: float,
    printed: str,
    cat: str,
    years: range,
    month: int,
    day: int,
    catalog_id: str | None = None,
    provider: str = "In-House",
) -> list[TranscriptRow]:
    return [
        _row(title, code, provider, date(y, month, day), date(y, month, day), hours, printed, cat, catalog_id)
        for y in years
    ]


def _gonzalez() -> _Applicant:
    name = "Maria L. Gonzalez"
    agency = "Riverside County Sheriff's Office"
    a = _Applicant("DEMO-001", name, agency, date(2015, 8, 1), True, date(2024, 3, 15))
    rows: list[TranscriptRow] = []
    rows += _annual("Firearms Qualification", "FQ-100", 4, "Firearms", "unrelated", range(2015, 2024), 4, 12)
    rows += _annual(
        "Defensive Tactics Refresher", "DT-210", 8, "Use of Force", "unrelated", range(2016, 2024), 9, 20
    )
    rows += _annual(
        "Active Shooter Response for Schools",
        "AS-300",
        8,
        "School Safety",
        "school_safety",
        range(2018, 2024),
        7,
        25,
        "school-active-shooter",
    )
    rows += [
        _row(
            "Emergency Vehicle Operations Course",
            "EV-110",
            "Regional Academy",
            date(2015, 10, 5),
            date(2015, 10, 6),
            16,
            "Driving",
            "unrelated",
            "evoc",
        ),
        _row(
            "Standardized Field Sobriety Testing",
            "TR-220",
            "State Highway Patrol",
            date(2016, 3, 7),
            date(2016, 3, 9),
            24,
            "Traffic",
            "unrelated",
            "sfst",
        ),
        _row(
            "Juvenile Law for Law Enforcement",
            "JV-101",
            "County Attorney",
            date(2018, 2, 14),
            date(2018, 2, 14),
            8,
            "Juvenile",
            "juvenile",
            "juvenile-law",
        ),
        _row(
            "Interviewing and Interrogating Juveniles",
            "JV-205",
            "Regional Academy",
            date(2019, 5, 6),
            date(2019, 5, 7),
            16,
            "Juvenile",
            "juvenile",
            "juvenile-interview",
        ),
        _row(
            "Child Abuse and Neglect Investigations",
            "JV-310",
            "State Attorney General",
            date(2020, 2, 10),
            date(2020, 2, 12),
            24,
            "Investigations",
            "juvenile",
            "child-abuse-inv",
        ),
        _row(
            "Youth Mental Health First Aid",
            "MH-120",
            "National Council for Mental Wellbeing",
            date(2021, 1, 21),
            date(2021, 1, 21),
            8,
            "Mental Health",
            "juvenile",
            "ymhfa",
        ),
        _row(
            "Standard Response Protocol Training",
            "SS-140",
            "The I Love U Guys Foundation",
            date(2021, 8, 3),
            date(2021, 8, 3),
            4,
            "School Safety",
            "school_safety",
            "srp-training",
        ),
        _row(
            "School Emergency Operations Planning",
            "SS-150",
            "County Office of Emergency Mgmt",
            date(2022, 3, 15),
            date(2022, 3, 15),
            8,
            "School Safety",
            "school_safety",
            "school-emergency-ops",
        ),
        _row(
            "Trauma-Informed Policing with Youth",
            "JV-330",
            "Regional Academy",
            date(2022, 10, 4),
            date(2022, 10, 4),
            8,
            "Juvenile",
            "juvenile",
            "trauma-informed-youth",
        ),
        _row(
            "Radar and Lidar Operator Certification",
            "TR-230",
            "State Highway Patrol",
            date(2022, 11, 14),
            date(2022, 11, 15),
            16,
            "Traffic",
            "unrelated",
            "radar-lidar",
        ),
        _row(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "JV-140",
            "State School Safety Center",
            date(2023, 2, 8),
            date(2023, 2, 8),
            4,
            "Juvenile",
            "juvenile",
            "bullying-prevention",
        ),
    ]
    rows.sort(key=lambda r: (r.start, r.title))
    transcript = TranscriptSpec(
        agency, "GONZALEZ, MARIA L.", tuple(rows), employee_id="RC-20417", printed_on=date(2024, 2, 28)
    )
    a.docs = [
        _Doc(
            "01-nasro-basic-sro.pdf",
            _cert(
                name,
                "Basic School Resource Officer Course",
                NASRO,
                date(2016, 6, 6),
                date(2016, 6, 10),
                40,
                "hours",
                "long",
                "basic",
                "nasro-basic",
                certificate_number="B16-0612-044",
                issuer_short="NASRO",
                location="Hoover, Alabama",
                distractors=("(205) 555-0140", "Session 2 of 3"),
            ),
            "centered_landscape",
        ),
        _Doc(
            "02-advanced-sro-scan.png",
            _cert(
                name,
                "Advanced School Resource Officer Course",
                NASRO,
                date(2017, 7, 17),
                date(2017, 7, 19),
                24,
                "words",
                "numeric",
                "advanced",
                "nasro-advanced",
                certificate_number="A17-0719-118",
                issuer_short="NASRO",
                distractors=("www.nasro.org",),
            ),
            "sidebar",
            "scan_light",
            "png",
        ),
        _Doc(
            "03-IMG_4471.jpg",
            _cert(
                name,
                "NASRO National School Safety Conference",
                NASRO,
                date(2019, 6, 23),
                date(2019, 6, 28),
                24,
                "credit",
                "long",
                "conference",
                "nasro-conference",
                heading="Certificate of Attendance",
                issuer_short="NASRO",
                doc_type="conference_attendance",
                location="Jacksonville, Florida",
                distractors=("Annual conference 29",),
            ),
            "centered_landscape",
            "photo",
            "jpeg",
        ),
        _Doc("04-training-history.pdf", transcript, "grid"),
        _Doc(
            "05-cit-youth-scan.pdf",
            _cert(
                name,
                "Crisis Intervention Teams for Youth (CIT-Y)",
                "National Center for Mental Health and Juvenile Justice",
                date(2018, 10, 15),
                date(2018, 10, 19),
                40,
                "contact",
                "through",
                "juvenile",
                "cit-youth",
                certificate_number="CITY-18-2291",
                distractors=("Phone: (518) 555-0193", "Course # CIT-Y 2018-04"),
            ),
            "form_fields",
            "scan_heavy",
            "pdf",
        ),
        _Doc(
            "06-FAX_0212.tif",
            _cert(
                name,
                "D.A.R.E. Officer Training",
                "D.A.R.E. America",
                date(2016, 9, 12),
                date(2016, 9, 23),
                80,
                "words",
                "long",
                "juvenile",
                "dare-officer",
                certificate_number="DOT-16-3307",
                distractors=("Region 9 Training Center",),
            ),
            "sidebar",
            "fax",
            "tiff",
        ),
        _Doc(
            "07-fema-is-362.png",
            _cert(
                name,
                "IS-362.A: Multi-Hazard Emergency Planning for Schools",
                FEMA,
                date(2020, 4, 2),
                date(2020, 4, 2),
                3,
                "ceu",
                "long",
                "school_safety",
                "fema-is-362",
                distractors=("Course # IS-362.a", "(301) 447-1200"),
            ),
            "letter",
            "rotated",
            "png",
            90,
        ),
        _Doc(
            "08-employment-verification.pdf",
            EmploymentLetterSpec(
                agency,
                name,
                "Deputy",
                date(2024, 2, 20),
                date(2012, 1, 9),
                date(2015, 8, 1),
                "Riverside Unified School District",
                signer="Sheriff Alan W. Pryor",
                signer_title="Sheriff",
            ),
        ),
    ]
    return a


def _whitfield() -> _Applicant:
    name = "James T. Whitfield"
    agency = "Macon Police Department"
    a = _Applicant("DEMO-002", name, agency, date(2022, 9, 1), True, date(2024, 5, 1))
    academy = "Georgia Public Safety Training Center"
    a.docs = [
        _Doc(
            "01-sro-basic-state-academy.pdf",
            _cert(
                name,
                "Basic School Resource Officer Course",
                academy,
                date(2023, 2, 6),
                date(2023, 2, 10),
                40,
                "hours",
                "numeric",
                "basic",
                None,
                certificate_number="GPSTC-23-00871",
                distractors=("Course # SRO-101", "(478) 555-0172"),
            ),
            "form_fields",
            "scan_heavy",
            "pdf",
        ),
        _Doc(
            "02-ymhfa.pdf",
            _cert(
                name,
                "Youth Mental Health First Aid",
                "National Council for Mental Wellbeing",
                date(2023, 4, 18),
                date(2023, 4, 18),
                8,
                "hours",
                "long",
                "juvenile",
                "ymhfa",
                certificate_number="YMHFA-7731-23",
                issuer_short="NCMW",
            ),
            "centered_landscape",
        ),
        _Doc(
            "03-PXL_20230911_141502.jpg",
            _cert(
                name,
                "IS-100.SCA: Introduction to the Incident Command System for Schools",
                FEMA,
                date(2023, 9, 11),
                date(2023, 9, 11),
                3,
                "ceu",
                "long",
                "school_safety",
                "fema-is-100-sc",
                distractors=("Course # IS-100.SCa",),
            ),
            "letter",
            "photo",
            "jpeg",
        ),
        _Doc(
            "04-firearms-qualification-fax.pdf",
            _cert(
                name,
                "Firearms Qualification",
                agency,
                date(2023, 10, 3),
                date(2023, 10, 3),
                4,
                "hours",
                "numeric",
                "unrelated",
                "firearms-qual",
                heading="Certificate of Qualification",
                distractors=("Range 2 - Lane 7",),
            ),
            "sidebar",
            "fax",
            "pdf",
        ),
        _Doc(
            "05-employment-letter.pdf",
            EmploymentLetterSpec(
                agency,
                name,
                "Officer",
                date(2024, 4, 22),
                date(2019, 3, 4),
                date(2022, 9, 1),
                "Bibb County School District",
                signer="Chief Ellen M. Darby",
                signer_title="Chief of Police",
            ),
        ),
    ]
    return a


def _brooks() -> _Applicant:
    name = "Angela R. Brooks"
    agency = "Franklin County Sheriff's Office"
    a = _Applicant("DEMO-003", name, agency, date(2012, 8, 13), True, date(2023, 11, 1))
    rows: list[TranscriptRow] = []
    rows += _annual("Firearms Qualification", "RNG-01", 4, "Firearms", "unrelated", range(2011, 2024), 5, 3)
    rows += _annual(
        "Active Shooter Response for Schools",
        "SS-ASR",
        8,
        "School Safety",
        "school_safety",
        range(2016, 2024),
        8,
        1,
        "school-active-shooter",
    )
    rows += [
        _row(
            "Juvenile Law for Law Enforcement",
            "JUV-01",
            "Prosecuting Attorney",
            date(2011, 3, 2),
            date(2011, 3, 2),
            8,
            "Juvenile",
            "juvenile",
            "juvenile-law",
        ),  # older than 10 years
        _row(
            "Interviewing and Interrogating Juveniles",
            "JUV-02",
            "State Academy",
            date(2012, 9, 10),
            date(2012, 9, 11),
            16,
            "Juvenile",
            "juvenile",
            "juvenile-interview",
        ),  # older than 10 years
        _row(
            "Child Abuse and Neglect Investigations",
            "INV-07",
            "State Academy",
            date(2014, 4, 7),
            date(2014, 4, 9),
            24,
            "Investigations",
            "juvenile",
            "child-abuse-inv",
        ),
        _row(
            "Emergency Vehicle Operations Course",
            "DRV-03",
            "State Academy",
            date(2015, 6, 8),
            date(2015, 6, 9),
            16,
            "Driving",
            "unrelated",
            "evoc",
        ),
        _row(
            "Youth Mental Health First Aid",
            "MH-04",
            "National Council for Mental Wellbeing",
            date(2017, 1, 26),
            date(2017, 1, 26),
            8,
            "Mental Health",
            "juvenile",
            "ymhfa",
        ),
        _row(
            "ALERRT Active Shooter Level I",
            "ALR-1",
            "ALERRT Center at Texas State University",
            date(2018, 3, 12),
            date(2018, 3, 13),
            16,
            "Tactical",
            "school_safety",
            "alerrt-asl1",
        ),
        _row(
            "ALERRT Active Shooter Level II Medical",
            "ALR-2M",
            "ALERRT Center at Texas State University",
            date(2019, 4, 15),
            date(2019, 4, 16),
            16,
            "Tactical",
            "school_safety",
            "alerrt-asl2-medical",
        ),
        _row(
            "Trauma-Informed Policing with Youth",
            "JUV-11",
            "State Academy",
            date(2019, 10, 22),
            date(2019, 10, 22),
            8,
            "Juvenile",
            "juvenile",
            "trauma-informed-youth",
        ),
        _row(
            "Standard Response Protocol Training",
            "SS-SRP",
            "The I Love U Guys Foundation",
            date(2020, 1, 8),
            date(2020, 1, 8),
            4,
            "School Safety",
            "school_safety",
            "srp-training",
        ),
        _row(
            "Adolescent Mental Health Training for School Resource Officers",
            "MH-12",
            NASRO,
            date(2020, 6, 2),
            date(2020, 6, 3),
            12,
            "Mental Health",
            "school_safety",
            "nasro-amht",
        ),
        _row(
            "IS-100.C: Introduction to the Incident Command System, ICS 100",
            "IS-100.C",
            FEMA,
            date(2021, 5, 19),
            date(2021, 5, 19),
            2,
            "Emergency Mgmt",
            "school_safety",
            "fema-is-100-c",
        ),
        _row(
            "School Emergency Operations Planning",
            "SS-EOP",
            "State School Safety Center",
            date(2021, 2, 17),
            date(2021, 2, 17),
            8,
            "School Safety",
            "school_safety",
            "school-emergency-ops",
        ),
        _row(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "JUV-14",
            "State School Safety Center",
            date(2022, 9, 28),
            date(2022, 9, 28),
            4,
            "Juvenile",
            "juvenile",
            "bullying-prevention",
        ),
        _row(
            "Defensive Tactics Refresher",
            "DT-09",
            "In-House",
            date(2022, 11, 2),
            date(2022, 11, 2),
            8,
            "Use of Force",
            "unrelated",
            "defensive-tactics",
        ),
    ]
    rows.sort(key=lambda r: (r.start, r.title))
    transcript = TranscriptSpec(
        agency,
        "BROOKS, ANGELA R.",
        tuple(rows),
        employee_id="0831",
        report_title="Training Record Summary",
        printed_on=date(2023, 10, 20),
    )
    a.docs = [
        _Doc(
            "01-nasro-basic.pdf",
            _cert(
                name,
                "Basic School Resource Officer Course",
                NASRO,
                date(2013, 1, 14),
                date(2013, 1, 18),
                40,
                "words",
                "long",
                "basic",
                "nasro-basic",
                certificate_number="B13-0114-207",
                issuer_short="NASRO",
            ),
            "sidebar",
            "scan_light",
            "pdf",
        ),
        _Doc(
            "02-supervisors-management.pdf",
            _cert(
                name,
                "School Resource Officer Supervisors and Management Course",
                NASRO,
                date(2016, 4, 25),
                date(2016, 4, 27),
                24,
                "hours",
                "long",
                "supervisor",
                "nasro-supervisors",
                certificate_number="S16-0427-031",
                issuer_short="NASRO",
                distractors=("(205) 555-0140",),
            ),
            "centered_landscape",
        ),
        _Doc(
            "03-conference-2018.pdf",
            _cert(
                name,
                "NASRO National School Safety Conference",
                NASRO,
                date(2018, 7, 8),
                date(2018, 7, 13),
                30,
                "hours",
                "long",
                "conference",
                "nasro-conference",
                heading="Certificate of Attendance",
                issuer_short="NASRO",
                doc_type="conference_attendance",
                location="Reno, Nevada",
            ),
            "form_fields",
        ),
        _Doc("04-training-record.pdf", transcript, "whitespace", "scan_light", "pdf"),
        _Doc(
            "05-cit-youth.pdf",
            _cert(
                name,
                "Crisis Intervention Teams for Youth (CIT-Y)",
                "National Center for Mental Health and Juvenile Justice",
                date(2020, 10, 5),
                date(2020, 10, 9),
                40,
                "hours",
                "through",
                "juvenile",
                "cit-youth",
                certificate_number="CITY-20-0448",
                distractors=("Session 2 of 3",),
            ),
            "letter",
        ),
        # Someone else's certificate uploaded by mistake: credited 0, and without it R5 falls short.
        _Doc(
            "06-scan0007.pdf",
            _cert(
                "Marcus D. Hill",
                "ALERRT Active Attack Integrated Response",
                "ALERRT Center at Texas State University",
                date(2021, 6, 14),
                date(2021, 6, 15),
                16,
                "hours",
                "numeric",
                "school_safety",
                "alerrt-aair",
                certificate_number="AAIR-21-5512",
                issuer_short="ALERRT",
            ),
            "form_fields",
            "scan_light",
            "pdf",
        ),
    ]
    return a


def _same_person(a: str, b: str) -> bool:
    def key(s: str) -> tuple[str, str]:
        if "," in s:
            last, first = s.split(",", 1)
            s = f"{first} {last}"
        parts = [p.strip(".").lower() for p in s.split() if len(p.strip(".")) > 1]
        return parts[0], parts[-1]

    return key(a) == key(b)


def _expected(a: _Applicant) -> dict[str, Any]:
    """The verdicts the practitioner rules give for a sample applicant (computed from the specs)."""
    items: list[
        tuple[str, str | None, str | None, date, float, str]
    ] = []  # person, cat, catalog, end, h, title
    letter_date: date | None = None
    for d in a.docs:
        s = d.spec
        if isinstance(s, CertificateSpec):
            items.append(
                (s.participant_name, s.category, s.catalog_id, s.end_date, s.hours or 0.0, s.course_title)
            )
        elif isinstance(s, TranscriptSpec):
            items += [
                (s.employee_name, r.truth_category, r.catalog_id, r.end, r.hours, r.title) for r in s.rows
            ]
        else:
            letter_date = s.letter_date
    mine = [it for it in items if _same_person(it[0], a.name)]
    app = a.application_date
    three = date(app.year - 3, app.month, app.day)
    basic = sorted(
        (it for it in mine if it[2] == "nasro-basic" or (it[1] == "basic" and app < date(2023, 1, 1))),
        key=lambda it: it[3],
    )
    adv = sorted(
        (it for it in mine if it[2] in ("nasro-advanced", "nasro-supervisors")), key=lambda it: it[3]
    )
    used = {id(basic[0]) if basic else 0, id(adv[0]) if adv else 0}
    cutoff = date(app.year - 10, app.month, app.day)
    latest: dict[str, tuple[date, float]] = {}
    for it in mine:
        if id(it) in used or it[1] not in ("school_safety", "juvenile", "basic", "advanced", "supervisor"):
            continue
        if not cutoff <= it[3] <= app:
            continue
        key = it[5].lower()
        if key not in latest or latest[key][0] < it[3]:
            latest[key] = (it[3], it[4])
    hours = sum(h for _, h in latest.values())
    req = {
        "sro_3_years": "met" if a.sro_start_date <= three else "not_met",
        "employed": "met" if a.currently_employed or letter_date else "not_met",
        "basic": "met" if basic else "not_met",
        "advanced": "met" if adv else "not_met",
        "additional_160": "met" if hours >= 160 else "not_met",
        "conference": "met" if any(it[2] == "nasro-conference" for it in mine) else "not_met",
    }
    others = [
        d.file
        for d in a.docs
        if isinstance(d.spec, CertificateSpec) and not _same_person(d.spec.participant_name, a.name)
    ]
    return {
        "requirements": req,
        "additional_hours_credited": float(hours),
        "eligible": all(v == "met" for v in req.values()),
        "documents_naming_someone_else": others,
    }


def sample_applicants() -> list[_Applicant]:
    return [_gonzalez(), _whitfield(), _brooks()]


def make_sample_applications(root: Path | str, seed: int = 1) -> list[Path]:
    """Write three applicant folders under ``root`` (one eligible, one failing, one with a document that
    names someone else), each with ``manifest.json`` and its documents; returns the folders.

    Manifests carry ``expected`` (the verdicts by the practitioner rules), as the dev corpus does: the
    product must never read it.
    """
    base = Path(root)
    base.mkdir(parents=True, exist_ok=True)
    folders: list[Path] = []
    for n, a in enumerate(sample_applicants()):
        folder = base / a.applicant_id
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / ".drawn"
        tmp.mkdir(exist_ok=True)
        for k, d in enumerate(a.docs):
            target = folder / d.file
            drawn = tmp / (Path(d.file).stem + ".pdf") if d.kind else target
            if isinstance(d.spec, CertificateSpec):
                render_certificate_pdf(d.spec, d.layout, drawn)
            elif isinstance(d.spec, TranscriptSpec):
                render_transcript_pdf(d.spec, d.layout, drawn)
            else:
                render_employment_letter_pdf(d.spec, drawn)
            if d.kind:
                to_scan(
                    drawn,
                    target,
                    d.kind,
                    d.fmt,
                    seed=seed * 1000 + n * 50 + k,
                    rotate_deg=d.rotate_deg,
                    fax_from=a.agency.upper()[:28],
                )
                drawn.unlink()
            # The truth sits beside the document as the dev corpus has it: <file>.truth.json.
            (folder / f"{d.file}.truth.json").write_text(
                json.dumps(truth(d.spec, d.file), indent=2) + "\n", encoding="utf-8"
            )
        tmp.rmdir()
        manifest = {
            "applicant_id": a.applicant_id,
            "name": a.name,
            "agency": a.agency,
            "sro_start_date": a.sro_start_date.isoformat(),
            "currently_employed": a.currently_employed,
            "application_date": a.application_date.isoformat(),
            "documents": [d.file for d in a.docs],
            "expected": _expected(a),
        }
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        folders.append(folder)
    return folders
