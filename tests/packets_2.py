"""Packets of documents in one file, round 2: a scanned bundle holding several documents in situations the
read-path bench's bundle (``bench/packet_split.py``) and round 6 of the unseen applicants leave untested.

Drawn with reportlab (``certledger.samples`` for certificates, records and letters; plain canvases for the
rest), joined page by page with pdfium, each with its truth per contained document:

- a fax cover sheet first (naming the officer and the course the bundle carries);
- blank separator pages, and "this page intentionally left blank";
- each certificate's back side scanned too (blank, a seal, or printed terms naming hours);
- a two-page training record followed by certificates; the same record with its pages in reverse order;
- the same certificate twice in one packet (one completion: credited once);
- a page turned 90 or 180 degrees inside the packet;
- an employment letter between certificates;
- a certificate of another person in the packet;
- a page holding two small certificates side by side.

``PACKETS`` lists them; ``bench/packets_2.py`` reads them as text PDFs and as scans.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from certledger.samples import (
    NASRO,
    CertificateSpec,
    EmploymentLetterSpec,
    TranscriptRow,
    TranscriptSpec,
    format_date_range,
    format_hours,
    render_certificate_pdf,
    render_employment_letter_pdf,
    render_transcript_pdf,
)


@dataclass(frozen=True)
class Course:
    """One course a document proves: what the contract's item says."""

    title: str
    start: date
    end: date
    hours: float
    catalog_id: str | None = None


@dataclass(frozen=True)
class Part:
    """One document of a packet, its pages as they lie in the file (1-based)."""

    kind: str  # certificate | transcript | letter | other
    person: str | None
    courses: tuple[Course, ...]
    pages: tuple[int, ...]


@dataclass(frozen=True)
class Packet:
    key: str
    about: str
    holder: str
    parts: tuple[Part, ...]
    render: Callable[[Path], None] = field(repr=False, compare=False)

    def credits(self) -> set[Course]:
        """The holder's completions, each once (a copy of a certificate is the same completion)."""
        return {c for p in self.parts if p.person == self.holder for c in p.courses}

    def others(self) -> set[Course]:
        """Completions of other people the packet holds."""
        return {
            c for p in self.parts if p.person not in (None, self.holder) for c in p.courses
        } - self.credits()


# ------------------------------------------------------------------------------------------------ pages

Draw = Callable[[Path], object]  # writes a PDF of one or more pages


def _cert_page(name: str, c: Course, issuer: str, layout: str = "centered_landscape", **kw: Any) -> Draw:
    spec = CertificateSpec(
        participant_name=name,
        course_title=c.title,
        issuer=issuer,
        start_date=c.start,
        end_date=c.end,
        hours=c.hours,
        hours_as_printed=format_hours(c.hours, "hours"),
        date_as_printed=format_date_range(c.start, c.end, "long"),
        catalog_id=c.catalog_id,
        **kw,
    )
    return lambda path: render_certificate_pdf(spec, layout, path)


def _record(name: str, agency: str, courses: Sequence[Course], layout: str = "grid") -> Draw:
    rows = tuple(
        TranscriptRow(
            c.title, f"T{k:03d}", "In-house", c.start, c.end, c.hours, "In-Service", None, c.catalog_id
        )
        for k, c in enumerate(courses, start=101)
    )
    spec = TranscriptSpec(agency=agency, employee_name=name, rows=rows, employee_id=f"40{len(rows)}")
    return lambda path: render_transcript_pdf(spec, layout, path)


def _letter(name: str, agency: str, sro_start: date) -> Draw:
    spec = EmploymentLetterSpec(
        agency=agency,
        employee_name=name,
        rank="Officer",
        letter_date=date(2025, 3, 14),
        hire_date=date(2012, 6, 4),
        sro_start_date=sro_start,
        assignment="Maple Grove Unified School District",
    )
    return lambda path: render_employment_letter_pdf(spec, path)


def _canvas(
    path: Path, draw: Callable[[Any, float, float], None], size: tuple[float, float] = letter
) -> None:
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    draw(c, float(size[0]), float(size[1]))
    c.showPage()
    c.save()


def _fax_cover(to: str, sender: str, about: str, pages: int) -> Draw:
    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 30)
        c.drawString(72, h - 100, "FAX COVER SHEET")
        c.setFont("Helvetica", 13)
        rows = [
            ("To:", to),
            ("From:", sender),
            ("Date:", "March 18, 2025"),
            ("Pages (incl. cover):", str(pages)),
            ("Re:", about),
        ]
        for k, (label, value) in enumerate(rows):
            c.drawString(72, h - 160 - 30 * k, label)
            c.drawString(230, h - 160 - 30 * k, value)
        c.drawString(72, h - 340, "Comments: Please find the training certificates attached for review.")
        c.setFont("Helvetica", 9)
        c.drawString(72, 80, "CONFIDENTIALITY NOTICE: this facsimile is intended only for the addressee.")

    return lambda path: _canvas(path, draw)


def _blank(words: str = "") -> Draw:
    def draw(c: Any, w: float, h: float) -> None:
        if words:
            c.setFont("Helvetica-Oblique", 12)
            c.drawCentredString(w / 2, h / 2, words)

    return lambda path: _canvas(path, draw)


def _back_terms(issuer: str) -> Draw:
    """A certificate's back: its terms, hours and dates named in general only."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(w / 2, h - 80, "TERMS AND CONDITIONS")
        c.setFont("Helvetica", 10)
        text = [
            f"This certificate is issued by {issuer} to the person named on its face.",
            "Continuing education hours are awarded only for the hours actually attended.",
            "Credit hours may not be transferred. Retain this certificate for seven (7) years.",
            "Verification of attendance is available from the registrar on written request.",
            "Any alteration of this certificate voids it.",
        ]
        for k, t in enumerate(text):
            c.drawString(90, h - 130 - 18 * k, t)

    return lambda path: _canvas(path, draw, landscape(letter))


def _back_seal(issuer: str) -> Draw:
    def draw(c: Any, w: float, h: float) -> None:
        c.setLineWidth(3)
        c.circle(w / 2, h / 2, 80)
        c.circle(w / 2, h / 2, 66)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h / 2 + 4, issuer.upper()[:34])
        c.drawCentredString(w / 2, h / 2 - 14, "OFFICIAL SEAL")

    return lambda path: _canvas(path, draw, landscape(letter))


def _two_up(name: str, courses: tuple[Course, Course], issuer: str) -> Draw:
    """A landscape page holding two wallet-size certificates side by side."""

    def draw(c: Any, w: float, h: float) -> None:
        for k, course in enumerate(courses):
            x0 = 30 + k * (w / 2)
            cw = w / 2 - 60
            c.setLineWidth(2)
            c.rect(x0, 140, cw, h - 280)
            cx = x0 + cw / 2
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(cx, h - 175, issuer.upper())
            c.setFont("Times-Bold", 20)
            c.drawCentredString(cx, h - 215, "Certificate of Completion")
            c.setFont("Times-Roman", 11)
            c.drawCentredString(cx, h - 245, "This certifies that")
            c.setFont("Times-Bold", 17)
            c.drawCentredString(cx, h - 272, name)
            c.setFont("Times-Roman", 11)
            c.drawCentredString(cx, h - 298, "has successfully completed")
            c.setFont("Helvetica-Bold", 12)
            c.drawCentredString(cx, h - 322, course.title)
            c.setFont("Times-Roman", 11)
            c.drawCentredString(cx, h - 348, format_date_range(course.start, course.end, "long"))
            c.drawCentredString(cx, h - 368, format_hours(course.hours, "hours"))

    return lambda path: _canvas(path, draw, landscape(letter))


# ------------------------------------------------------------------------------------------------ packets

PACKETS: dict[str, Packet] = {}

Page = tuple[str, Draw, str | None, tuple[Course, ...], int]  # kind, drawer, person, courses, turn


def _add(
    key: str, about: str, holder: str, docs: Sequence[Page], reverse_pages: tuple[int, ...] = ()
) -> None:
    """A packet of ``docs`` in order (each a document of one or more pages). ``reverse_pages``: the
    index of a multi-page document whose pages are fed last page first."""

    def render(path: Path) -> None:
        out = pdfium.PdfDocument.new()
        with tempfile.TemporaryDirectory() as tmp:
            for k, (_, drawer, _, _, turn) in enumerate(docs):
                one = Path(tmp) / f"{k}.pdf"
                drawer(one)
                src = pdfium.PdfDocument(str(one))
                order = list(range(len(src)))
                if k in reverse_pages:
                    order.reverse()
                start = len(out)
                out.import_pages(src, order)
                src.close()
                for n in range(start, len(out)):
                    if turn:
                        out[n].set_rotation(turn)
            out.save(str(path))
        out.close()

    parts: list[Part] = []
    with tempfile.TemporaryDirectory() as tmp:
        page = 1
        for k, (kind, drawer, person, courses, _) in enumerate(docs):
            one = Path(tmp) / f"{k}.pdf"
            drawer(one)
            n = len(pdfium.PdfDocument(str(one)))
            parts.append(Part(kind, person, courses, tuple(range(page, page + n))))
            page += n
    PACKETS[key] = Packet(key, about, holder, tuple(parts), render)


HOLDER = "Officer Renata V. Okonkwo-Hale"
OTHER = "Officer Dmitri L. Sandoval"
AGENCY = "Maple Grove Police Department"
BASIC = Course(
    "Basic School Resource Officer Course", date(2021, 6, 7), date(2021, 6, 11), 40.0, "nasro-basic"
)
ADV = Course(
    "Advanced School Resource Officer Course", date(2022, 3, 14), date(2022, 3, 16), 24.0, "nasro-advanced"
)
YMHFA = Course("Youth Mental Health First Aid", date(2022, 9, 8), date(2022, 9, 8), 8.0, "ymhfa")
SRP = Course("Standard Response Protocol Training", date(2023, 2, 2), date(2023, 2, 2), 4.0, "srp-training")
JUV = Course("Juvenile Law for Law Enforcement", date(2023, 5, 9), date(2023, 5, 9), 8.0, "juvenile-law")
TRAUMA = Course(
    "Trauma-Informed Policing with Youth",
    date(2023, 10, 17),
    date(2023, 10, 18),
    16.0,
    "trauma-informed-youth",
)
CHILD = Course(
    "Child Abuse and Neglect Investigations", date(2024, 1, 23), date(2024, 1, 24), 12.0, "child-abuse-inv"
)


def _c(
    course: Course, layout: str = "centered_landscape", turn: int = 0, name: str = HOLDER, issuer: str = NASRO
) -> Page:
    return ("certificate", _cert_page(name, course, issuer, layout), name, (course,), turn)


def _o(drawer: Draw) -> Page:
    return ("other", drawer, None, (), 0)


RECORD_COURSES = tuple(
    Course(t, date(2019 + k // 8, 1 + k % 8, 3 + k), date(2019 + k // 8, 1 + k % 8, 3 + k), h)
    for k, (t, h) in enumerate(
        [
            ("Firearms Qualification", 4.0),
            ("Defensive Tactics Refresher", 8.0),
            ("Legal Updates", 2.0),
            ("Emergency Vehicle Operations", 8.0),
            ("Use of Force Policy Review", 2.0),
            ("CPR and First Aid", 4.0),
            ("Bloodborne Pathogens", 1.0),
            ("Crisis Intervention Basics", 8.0),
            ("Report Writing", 4.0),
            ("Radar Operator Refresher", 4.0),
            ("De-escalation Tactics", 8.0),
            ("Ethics in Policing", 2.0),
            ("Handcuffing Techniques", 2.0),
            ("Search and Seizure Update", 4.0),
            ("Domestic Violence Response", 8.0),
            ("Narcotics Identification", 4.0),
            ("Taser Recertification", 4.0),
            ("Patrol Procedures", 8.0),
            ("Victim Services Awareness", 2.0),
            ("Cultural Awareness", 4.0),
            ("Courtroom Testimony", 4.0),
            ("Traffic Stop Safety", 4.0),
            ("Human Trafficking Awareness", 2.0),
            ("Mental Health Awareness", 4.0),
            ("Gang Awareness", 4.0),
            ("Officer Wellness", 2.0),
        ]
    )
)
RECORD_NAME = "OKONKWO-HALE, RENATA V."


def _l(sro_start: date) -> Page:
    return ("letter", _letter(HOLDER.removeprefix("Officer "), AGENCY, sro_start), HOLDER, (), 0)


def _rec() -> Page:
    return ("transcript", _record(RECORD_NAME, AGENCY, RECORD_COURSES), HOLDER, RECORD_COURSES, 0)


_add(
    "fax_cover_first",
    "a fax cover sheet naming the officer and the bundle, then three certificates",
    HOLDER,
    [
        _o(
            _fax_cover(
                "NASRO Practitioner Review",
                f"Sgt. Paula Ruiz for {HOLDER}",
                "Basic SRO and other certificates",
                4,
            )
        ),
        _c(BASIC),
        _c(YMHFA, "form_fields"),
        _c(SRP, "sidebar"),
    ],
)
_add(
    "blank_separators",
    "blank separator pages between certificates (one 'intentionally left blank')",
    HOLDER,
    [
        _c(ADV),
        _o(_blank()),
        _c(JUV, "form_fields"),
        _o(_blank("This page intentionally left blank.")),
        _c(TRAUMA),
    ],
)
_add(
    "backs_scanned",
    "each certificate's back scanned: one blank, one a seal, one printed terms naming hours",
    HOLDER,
    [
        _c(BASIC),
        _o(_blank()),
        _c(ADV, "sidebar"),
        _o(_back_seal(NASRO)),
        _c(CHILD),
        _o(_back_terms("Regional Training Center")),
    ],
)
_add(
    "record_then_certificates",
    "a two-page training record, then two certificates",
    HOLDER,
    [_rec(), _c(BASIC), _c(YMHFA, "form_fields")],
)
_add(
    "record_reversed",
    "the two-page record fed last page first, then two certificates",
    HOLDER,
    [_rec(), _c(ADV), _c(JUV, "form_fields")],
    reverse_pages=(0,),
)
_add(
    "same_certificate_twice",
    "the same certificate twice (copied twice into the bundle), another between",
    HOLDER,
    [_c(TRAUMA), _c(SRP, "form_fields"), _c(TRAUMA)],
)
_add(
    "same_certificate_two_layouts",
    "one completion on its certificate and its wallet-style reprint, and a letter",
    HOLDER,
    [_c(ADV), _l(date(2019, 8, 12)), _c(ADV, "form_fields")],
)
_add(
    "turned_pages",
    "a page turned 90 degrees and one 180 degrees among certificates",
    HOLDER,
    [_c(BASIC), _c(CHILD, turn=90), _c(YMHFA, "form_fields", turn=180), _c(JUV, "sidebar")],
)
_add(
    "letter_between_certificates",
    "an employment letter between certificates",
    HOLDER,
    [_c(JUV), _l(date(2020, 8, 17)), _c(TRAUMA, "form_fields")],
)
_add(
    "another_persons_certificate",
    "a colleague's certificate among the holder's",
    HOLDER,
    [_c(BASIC), _c(ADV, name=OTHER), _c(SRP, "form_fields")],
)
_add(
    "two_up_page",
    "a page with two small certificates side by side, then a full certificate",
    HOLDER,
    [
        (
            "certificate",
            _two_up(HOLDER, (YMHFA, SRP), "Maple Grove Regional Training Center"),
            HOLDER,
            (YMHFA, SRP),
            0,
        ),
        _c(BASIC),
    ],
)
_add(
    "cover_record_letter_duplicate",
    "a fax cover, the record, the letter, and one certificate twice with a blank back between",
    HOLDER,
    [
        _o(_fax_cover("Practitioner Program", AGENCY, f"Training file - {HOLDER}", 7)),
        _rec(),
        _l(date(2018, 8, 13)),
        _c(CHILD),
        _o(_blank()),
        _c(CHILD),
    ],
)
