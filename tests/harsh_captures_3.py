"""Real-world captures, round 3: ways a page is photographed or scanned badly that rounds 1-2 did not make.

``tests/harsh_captures.py`` laid pages on a desk (keystone 4-10 %, 5-12 degrees of turn, a shadow
gradient, JPEG q25-40), scanned them with holes and a staple on the left, at 150 dpi, EXIF-rotated or
two to a page; ``tests/harsh_captures_2.py`` drew designed certificates and took a screenshot and a
photo of each. Real applicants also send: a page shot steeply from one side (the far edge a fifth
narrower), a page bulging off the desk (a smooth vertical displacement across it), the hard shadow of
a hand or a phone over half the page, a dim room's photo with sensor noise, a messenger's JPEG at
quality 15-25, a shaken photo (motion blur), a phone screenshot of a PDF viewer (status bar, toolbar,
the next page's top below), a framed certificate behind glass with a glare spot, a photo with another
document at one edge (its name, dates and hours are not the certificate's), punches and a staple on
the top edge, yellow highlighter over the hours, a handwritten scribble or a red "RECEIVED" stamp
(with its own date) across the date line.

Every certificate is drawn by reportlab (``certledger.samples.render_certificate_pdf``, new holders
and courses; one department record by ``render_transcript_pdf``) and rasterised; every effect is a
small function of a seeded ``numpy`` generator, so a capture is the same bytes for the same seed.
The marks that sit on a printed line (highlighter, stamp, scribble) find that line through the PDF's
own text layer. ``CAPTURES`` lists the fixtures with their truth; ``bench/harsh_captures_3.py``
tabulates them.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from certledger.samples import (
    NASRO,
    CertificateSpec,
    TranscriptRow,
    TranscriptSpec,
    rasterize_pdf,
    render_certificate_pdf,
    render_transcript_pdf,
)
from tests.harsh_captures import (
    Expect,
    Source,
    _cert_spec,
    dark_desk,
    fit_long_side,
    jpeg_bytes,
    keystone_onto,
    sensor_noise,
    tilt,
    wood_desk,
)

Rng = np.random.Generator
Box = tuple[float, float, float, float]  # left, top, right, bottom in pixels

_LIB = Path("/usr/share/fonts/truetype/liberation")


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return ImageFont.truetype(str(_LIB / name), size)


# ------------------------------------------------------------------------------------ sources

DPI = 200


@dataclass(frozen=True)
class Drawn:
    """A source with the printed strings the marks go over (the date line, the hours)."""

    source: Source
    date_text: str
    hours_text: str


def _cert(key: str, layout: str, spec: CertificateSpec) -> Drawn:
    """A certificate drawn by reportlab in ``layout``, with its truth from ``spec``."""
    assert spec.hours is not None
    item = Expect(
        spec.course_title, spec.start_date, spec.end_date, spec.hours, spec.catalog_id, spec.category or ""
    )
    src = Source(
        key,
        spec.participant_name,
        "certificate",
        (item,),
        lambda p: render_certificate_pdf(spec, layout, p),
    )
    return Drawn(src, spec.date_as_printed, spec.hours_as_printed)


_RECORD = TranscriptSpec(
    agency="Lakeview County Sheriff's Office",
    employee_name="OKONKWO, ADAEZE C.",
    rows=(
        TranscriptRow(
            "Youth Mental Health First Aid",
            "MH-210",
            "National Council for Mental Wellbeing",
            date(2022, 2, 8),
            date(2022, 2, 8),
            8.0,
            "Juvenile",
            "juvenile",
            "ymhfa",
        ),
        TranscriptRow(
            "Juvenile Law for Law Enforcement",
            "JL-114",
            "County Attorney's Office",
            date(2022, 9, 20),
            date(2022, 9, 20),
            8.0,
            "Juvenile",
            "juvenile",
            "juvenile-law",
        ),
        TranscriptRow(
            "Standard Response Protocol Training",
            "SRP-01",
            "I Love U Guys Foundation",
            date(2023, 1, 17),
            date(2023, 1, 17),
            4.0,
            "School Safety",
            "school_safety",
            "srp-training",
        ),
    ),
    employee_id="E-20931",
    printed_on=date(2024, 3, 4),
)


def _record(key: str, layout: str) -> Drawn:
    items = tuple(
        Expect(r.title, r.start, r.end, r.hours, r.catalog_id, r.truth_category) for r in _RECORD.rows
    )
    src = Source(
        key, "Adaeze C. Okonkwo", "transcript", items, lambda p: render_transcript_pdf(_RECORD, layout, p)
    )
    return Drawn(src, "01/17/2023", "4.00")


SOURCES: dict[str, Drawn] = {
    d.source.key: d
    for d in (
        _cert(
            "ymhfa_land",
            "centered_landscape",
            _cert_spec(
                "Kendra L. Okafor",
                "Youth Mental Health First Aid",
                "National Council for Mental Wellbeing",
                date(2023, 3, 18),
                date(2023, 3, 18),
                8.0,
                "hours",
                "numeric",
                "juvenile",
                "ymhfa",
                certificate_number="YM-23-88412",
            ),
        ),
        _cert(
            "basic_form",
            "form_fields",
            _cert_spec(
                "Rafael M. Quintero",
                "Basic School Resource Officer Course",
                NASRO,
                date(2022, 7, 11),
                date(2022, 7, 15),
                40.0,
                "words",
                "long",
                "basic",
                "nasro-basic",
                issuer_short="NASRO",
                location="Tulsa, Oklahoma",
                distractors=("(918) 555-0173",),
            ),
        ),
        _cert(
            "is362_letter",
            "letter",
            _cert_spec(
                "Priya Raghunathan",
                "IS-362.A: Multi-Hazard Emergency Planning for Schools",
                "FEMA Emergency Management Institute",
                date(2023, 1, 9),
                date(2023, 1, 9),
                3.0,
                "hrs",
                "long",
                "school_safety",
                "fema-is-362",
            ),
        ),
        _cert(
            "alerrt_side",
            "sidebar",
            _cert_spec(
                "Colin J. MacAllister",
                "ALERRT Active Shooter Level I",
                "ALERRT Center at Texas State University",
                date(2022, 10, 3),
                date(2022, 10, 4),
                16.0,
                "contact",
                "through",
                "school_safety",
                "alerrt-asl1",
                issuer_short="ALERRT",
            ),
        ),
        _cert(
            "cit_land",
            "centered_landscape",
            _cert_spec(
                "Beatrice N. Holloway",
                "Crisis Intervention Teams for Youth (CIT-Y)",
                "Regional Crisis Intervention Partnership",
                date(2024, 2, 5),
                date(2024, 2, 9),
                40.0,
                "hours",
                "day_month",
                "juvenile",
                "cit-youth",
                location="Dayton, Ohio",
            ),
        ),
        _cert(
            "trauma_form",
            "form_fields",
            _cert_spec(
                "Desmond A. Whitlock",
                "Trauma-Informed Policing with Youth",
                "Center for Youth Justice Training",
                date(2023, 8, 22),
                date(2023, 8, 22),
                8.0,
                "credit",
                "iso",
                "juvenile",
                "trauma-informed-youth",
                certificate_number="TIY-0822-117",
            ),
        ),
        _cert(
            "advanced_letter",
            "letter",
            _cert_spec(
                "Yolanda F. Brightwater",
                "Advanced School Resource Officer Course",
                NASRO,
                date(2023, 6, 13),
                date(2023, 6, 15),
                24.0,
                "contact",
                "long",
                "advanced",
                "nasro-advanced",
                issuer_short="NASRO",
                location="Spokane, Washington",
            ),
        ),
        _cert(
            "emergency_side",
            "sidebar",
            _cert_spec(
                "Tobias E. Lindqvist",
                "School Emergency Operations Planning",
                "State School Safety Center",
                date(2024, 4, 30),
                date(2024, 4, 30),
                8.0,
                "hours",
                "long",
                "school_safety",
                "school-emergency-ops",
            ),
        ),
        _record("record_grid", "grid"),
    )
}


def _pdf(d: Drawn, workdir: Path) -> Path:
    pdf = workdir / f"{d.source.key}.pdf"
    return pdf if pdf.exists() else d.source.render(pdf)


def page_image(d: Drawn, workdir: Path, dpi: int = DPI) -> Image.Image:
    return rasterize_pdf(_pdf(d, workdir), dpi)[0]


def text_box(pdf: Path, text: str, dpi: int = DPI) -> Box | None:
    """Where ``text`` is printed on the PDF's first page, in pixels at ``dpi`` (the first occurrence)."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[0]
        height = page.get_height()
        tp = page.get_textpage()
        found = tp.search(text, match_case=False).get_next()
        if not found:
            return None
        start, count = found
        boxes = [tp.get_charbox(i) for i in range(start, start + count)]
        s = dpi / 72.0
        left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
        bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
        return (left * s, (height - top) * s, right * s, (height - bottom) * s)
    finally:
        doc.close()


# ------------------------------------------------------------------------------------ effects


def _arr(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _img(a: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def page_bulge(img: Image.Image, rng: Rng, amount: float) -> Image.Image:
    """A page lifting off the desk: every column shifted down by a smooth bump (largest at one side,
    ``amount`` of the height), and rows near the bump stretched, so lines of text bend."""
    w, h = img.size
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    phase = float(rng.uniform(0.0, 1.0))
    bump = amount * h * np.sin(np.pi * (xx / w * 0.8 + phase * 0.2)) ** 2
    bump *= 0.6 + 0.4 * (yy / h)  # the lower half lifts more (the page curls from its bottom edge)
    out = cv2.remap(
        np.asarray(img.convert("RGB")),
        xx,
        yy - bump,
        cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(255, 255, 255),
    )
    return Image.fromarray(out)


def hard_shadow(img: Image.Image, rng: Rng, darkness: float) -> Image.Image:
    """The shadow of a hand or phone over part of the page: a straight soft edge across the page,
    everything beyond it ``darkness`` darker (and a little bluer, as shade is)."""
    w, h = img.size
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    angle = float(rng.uniform(-0.6, 0.6)) + (0.0 if rng.random() < 0.5 else np.pi / 2)
    nx, ny = math.cos(angle), math.sin(angle)
    d = (xx - w * float(rng.uniform(0.35, 0.6))) * nx + (yy - h * float(rng.uniform(0.35, 0.6))) * ny
    soft = max(w, h) * 0.02
    inside = 1.0 / (1.0 + np.exp(-d / soft))
    light = 1.0 - darkness * inside
    tint = np.array([0.92, 0.96, 1.0], dtype=np.float32)
    a = _arr(img) * light[..., None] * (1 - inside[..., None] * (1 - tint))
    return _img(a)


def low_light(img: Image.Image, rng: Rng, level: float, sigma: float) -> Image.Image:
    """A dim room: exposure at ``level`` of full, a warm cast, luminance and colour noise, a little
    smoothing the phone's denoiser leaves."""
    a = _arr(img) * level * np.array([1.0, 0.93, 0.8], dtype=np.float32)
    h, w = a.shape[:2]
    a += rng.normal(0, sigma, (h, w, 1)) + rng.normal(0, sigma * 0.6, (h, w, 3))
    return _img(a).filter(ImageFilter.GaussianBlur(0.5))


def motion_blur(img: Image.Image, rng: Rng, length: int) -> Image.Image:
    """A hand shaking as the shutter opens: a line kernel ``length`` px long at a random angle."""
    k = np.zeros((length, length), np.float32)
    angle = float(rng.uniform(0, 180))
    c = (length - 1) / 2
    for t in np.linspace(-c, c, length * 3):
        x = round(c + t * math.cos(math.radians(angle)))
        y = round(c + t * math.sin(math.radians(angle)))
        k[y, x] = 1.0
    k /= k.sum()
    return Image.fromarray(cv2.filter2D(np.asarray(img.convert("RGB")), -1, k))


def glare(img: Image.Image, rng: Rng, box: Box) -> Image.Image:
    """A lamp's reflection on the glass of a frame: a bright, washed-out ellipse inside ``box``
    (a corner of the certificate), brightest in its core."""
    w, h = img.size
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    cx, cy = float(rng.uniform(box[0], box[2])), float(rng.uniform(box[1], box[3]))
    rx, ry = w * float(rng.uniform(0.07, 0.11)), h * float(rng.uniform(0.05, 0.08))
    g = np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2))
    a = _arr(img)
    a = a + (255 - a) * np.clip(g * 1.3, 0, 0.97)[..., None]
    return _img(a)


def highlight(img: Image.Image, box: Box, rng: Rng) -> Image.Image:
    """A yellow highlighter stroke over ``box``: multiplied into the page, a little wider and taller
    than the text, its ends uneven."""
    a = _arr(img)
    pad_x, pad_y = (box[3] - box[1]) * 0.6, (box[3] - box[1]) * 0.35
    mask = Image.new("L", img.size, 0)
    dr = ImageDraw.Draw(mask)
    x0, x1 = box[0] - pad_x * float(rng.uniform(0.5, 1.5)), box[2] + pad_x * float(rng.uniform(0.5, 1.5))
    dr.polygon(
        [
            (x0, box[1] - pad_y),
            (x1, box[1] - pad_y * 0.5),
            (x1 + pad_x * 0.3, box[3] + pad_y),
            (x0, box[3] + pad_y),
        ],
        fill=255,
    )
    m = np.asarray(mask.filter(ImageFilter.GaussianBlur(2)), dtype=np.float32)[..., None] / 255
    yellow = np.array([255, 238, 60], dtype=np.float32) / 255
    return _img(a * (1 - m) + a * yellow * m)


def rubber_stamp(img: Image.Image, box: Box, rng: Rng, stamped: str) -> Image.Image:
    """A red "RECEIVED" stamp, turned a little, whose frame crosses the line in ``box``: two rounded
    rectangles, "RECEIVED", the stamp's own date and an office, in patchy translucent ink."""
    h_line = box[3] - box[1]
    sw, sh = round(h_line * 12), round(h_line * 5.2)
    stamp = Image.new("L", (sw, sh), 0)
    d = ImageDraw.Draw(stamp)
    d.rounded_rectangle((4, 4, sw - 4, sh - 4), radius=sh // 8, outline=255, width=max(3, sh // 40))
    d.rounded_rectangle((14, 14, sw - 14, sh - 14), radius=sh // 10, outline=255, width=max(2, sh // 70))
    for text, frac, size in (("RECEIVED", 0.1, 0.3), (stamped, 0.45, 0.22), ("TRAINING UNIT", 0.73, 0.14)):
        f = _font(round(sh * size), bold=True)
        tw = f.getlength(text)
        d.text(((sw - tw) / 2, sh * frac), text, fill=255, font=f)
    stamp = stamp.rotate(float(rng.uniform(-14, 14)), expand=True, resample=Image.Resampling.BICUBIC)
    ink = np.asarray(stamp, dtype=np.float32) / 255
    ink *= np.clip(rng.normal(0.75, 0.2, ink.shape), 0.2, 1.0)  # patchy ink
    a = _arr(img)
    cx = (box[0] + box[2]) / 2 + float(rng.uniform(-0.3, 0.3)) * (box[2] - box[0])
    cy = (box[1] + box[3]) / 2 + float(rng.uniform(-0.2, 0.2)) * h_line
    x0, y0 = round(cx - stamp.width / 2), round(cy - stamp.height / 2)
    x0, y0 = max(0, min(x0, a.shape[1] - stamp.width)), max(0, min(y0, a.shape[0] - stamp.height))
    region = a[y0 : y0 + stamp.height, x0 : x0 + stamp.width]
    red = np.array([200, 30, 40], dtype=np.float32)
    m = ink[: region.shape[0], : region.shape[1], None] * 0.8
    a[y0 : y0 + stamp.height, x0 : x0 + stamp.width] = region * (1 - m) + np.minimum(region, red) * m
    return _img(a)


def scribble(img: Image.Image, box: Box, rng: Rng) -> Image.Image:
    """A pen's scribble across the line in ``box``: a looping stroke from its left to past its
    right end and a tick with initials above it, in blue ballpoint."""
    out = img.convert("RGB").copy()
    d = ImageDraw.Draw(out)
    h_line = box[3] - box[1]
    x, y = box[0] - h_line, (box[1] + box[3]) / 2
    pts = []
    t = 0.0
    while x < box[2] + h_line * 2:
        t += 0.35
        pts.append(
            (x + h_line * 0.6 * math.cos(t * 2.2), y + h_line * 0.9 * math.sin(t * 2.2) + rng.normal(0, 1.5))
        )
        x += h_line * 0.18
        y += float(rng.normal(0, 0.4))
    blue = (28, 48, 150)
    width = max(2, round(h_line / 9))
    d.line(pts, fill=blue, width=width, joint="curve")
    tx, ty = box[2] + h_line * 1.5, box[1] - h_line * 1.2
    d.line(
        [(tx, ty), (tx + h_line * 0.4, ty + h_line * 0.5), (tx + h_line * 1.3, ty - h_line * 0.7)],
        fill=blue,
        width=width,
    )
    return out


def binder_top(img: Image.Image, rng: Rng) -> Image.Image:
    """Two punched holes along the top edge, a staple and its dent at the top right, and a fold
    crease across the page's middle (a faint dark-light line)."""
    out = img.convert("RGB").copy()
    d = ImageDraw.Draw(out)
    w, h = out.size
    r = 0.013 * max(w, h)
    y = h * float(rng.uniform(0.03, 0.045))
    for frac in (0.33, 0.67):
        x = w * frac + float(rng.uniform(-0.01, 0.01)) * w
        d.ellipse((x - r, y - r, x + r, y + r), fill=(30, 30, 34))
    sx, sy = w * float(rng.uniform(0.9, 0.94)), h * float(rng.uniform(0.03, 0.05))
    d.line((sx - 0.04 * w, sy + 0.02 * h, sx, sy), fill=(90, 90, 95), width=max(3, round(0.003 * w)))
    d.line((sx - 0.04 * w, sy + 0.02 * h + 5, sx, sy + 5), fill=(170, 170, 170), width=2)
    a = _arr(out)
    fy = h * float(rng.uniform(0.45, 0.55))
    yy = np.arange(h, dtype=np.float32)[:, None, None]
    a *= 1 - 0.18 * np.exp(-(((yy - fy) / 3.0) ** 2)) + 0.05 * np.exp(-(((yy - fy - 6) / 4.0) ** 2))
    return _img(a)


def _words_page(
    size: tuple[int, int], lines: list[tuple[str, int, bool]], margin: float = 0.08
) -> Image.Image:
    """A plain page of typed lines: (text, size in px, bold)."""
    page = Image.new("RGB", size, (250, 250, 246))
    d = ImageDraw.Draw(page)
    y = size[1] * margin
    for text, px, bold in lines:
        d.text((size[0] * margin, y), text, fill=(25, 25, 25), font=_font(px, bold))
        y += px * 1.6
    return page


def other_document(size: tuple[int, int]) -> Image.Image:
    """Another paper on the desk: an overtime memo naming another officer, with dates and hours."""
    px = max(14, size[0] // 22)
    return _words_page(
        size,
        [
            ("MEMORANDUM", round(px * 1.4), True),
            ("To: Sgt. Gregory T. Palmer", px, False),
            ("From: Lt. Harriet Vance", px, False),
            ("Date: March 3, 2021", px, False),
            ("Re: Overtime approval, 12 hours", px, False),
            ("", px, False),
            ("Overtime of 12 hours for the", px, False),
            ("Spring Festival detail on", px, False),
            ("03/06/2021 is approved.", px, False),
            ("Please submit timesheets by", px, False),
            ("Friday, March 12, 2021.", px, False),
        ],
    )


def agenda_page(width: int) -> Image.Image:
    """The PDF's second page: the course agenda (times of day, a revision date)."""
    px = max(14, width // 34)
    return _words_page(
        (width, round(width * 1.29)),
        [
            ("Course Agenda", round(px * 1.5), True),
            ("Day 1", px, True),
            ("8:00 AM  Registration and welcome", px, False),
            ("8:30 AM  Module 1: Roles and responsibilities", px, False),
            ("10:15 AM  Break", px, False),
            ("10:30 AM  Module 2: Case studies", px, False),
            ("12:00 PM  Lunch (on your own)", px, False),
            ("Revised 01/15/2021", round(px * 0.8), False),
        ],
        margin=0.07,
    )


# ------------------------------------------------------------------------------------ captures


def _rng(kind: str, key: str) -> Rng:
    return np.random.default_rng(zlib.crc32(f"harsh3/{kind}/{key}".encode()))


def _photo(
    page: Image.Image,
    rng: Rng,
    *,
    long_side: int,
    fill: float,
    turn: float,
    keystone: float,
    dark: bool = False,
) -> Image.Image:
    frame_long = round(long_side / fill)
    size = (
        (frame_long, round(frame_long * 0.75))
        if page.width > page.height
        else (round(frame_long * 0.75), frame_long)
    )
    desk = (dark_desk if dark else wood_desk)(size, rng)
    return keystone_onto(
        fit_long_side(page, round(long_side * 1.1)), desk, rng, fill=fill, turn_deg=turn, keystone=keystone
    )


def _sign(rng: Rng) -> float:
    return float(rng.choice([-1.0, 1.0]))


def steep_angle(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Shot steeply from the near edge: the far edge 18-25 % narrower, 2-5 degrees of turn, JPEG q50."""
    rng = _rng("steep", d.source.key)
    photo = _photo(
        page_image(d, workdir),
        rng,
        long_side=int(rng.integers(1500, 1700)),
        fill=0.8,
        turn=float(rng.uniform(2, 5)) * _sign(rng),
        keystone=float(rng.uniform(0.18, 0.25)),
        dark=True,
    )
    return "jpg", jpeg_bytes(photo, 50)


def bulge(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A page bulging off the desk (lines bend by 1.5-2.5 % of the height), photographed at a slight
    angle on wood, JPEG q55."""
    rng = _rng("bulge", d.source.key)
    page = page_bulge(page_image(d, workdir), rng, float(rng.uniform(0.015, 0.025)))
    photo = _photo(
        page, rng, long_side=1600, fill=0.82, turn=float(rng.uniform(1, 3)) * _sign(rng), keystone=0.04
    )
    return "jpg", jpeg_bytes(photo, 55)


def shadowed(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A scanner app's flat capture with the hard shadow of a hand over 40-65 % of the page (55-70 %
    darker), JPEG q60."""
    rng = _rng("shadow", d.source.key)
    page = fit_long_side(page_image(d, workdir), 1700)
    return "jpg", jpeg_bytes(hard_shadow(page, rng, float(rng.uniform(0.55, 0.7))), 60)


def dim_room(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A photo in a dim room: exposure 30-40 %, sensor noise sigma 9-13, a small angle, JPEG q55."""
    rng = _rng("dim", d.source.key)
    photo = _photo(
        page_image(d, workdir),
        rng,
        long_side=1500,
        fill=0.8,
        turn=float(rng.uniform(2, 4)) * _sign(rng),
        keystone=0.05,
    )
    return "jpg", jpeg_bytes(
        low_light(photo, rng, float(rng.uniform(0.3, 0.4)), float(rng.uniform(9, 13))), 55
    )


def crushed_jpeg(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Forwarded through a messenger: 1200-1400 px, JPEG quality 15-25."""
    rng = _rng("crushed", d.source.key)
    page = fit_long_side(page_image(d, workdir), int(rng.integers(1200, 1400)))
    return "jpg", jpeg_bytes(page, int(rng.integers(15, 26)))


def shaken(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A shaken phone photo: motion blur 5-8 px long at any angle, slight angle, JPEG q60."""
    rng = _rng("shaken", d.source.key)
    photo = _photo(
        page_image(d, workdir),
        rng,
        long_side=1700,
        fill=0.84,
        turn=float(rng.uniform(1, 3)) * _sign(rng),
        keystone=0.04,
    )
    return "jpg", jpeg_bytes(motion_blur(photo, rng, int(rng.integers(5, 9))), 60)


def viewer_screenshot(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A phone screenshot of the certificate open in a PDF viewer: status bar (time, battery), the
    viewer's toolbar with the file name and "1 / 2", the page fitted to the width, the agenda page's
    top below it, a bottom toolbar. 1080 x 2340 PNG."""
    w, h = 1080, 2340
    screen = Image.new("RGB", (w, h), (58, 58, 60))
    dr = ImageDraw.Draw(screen)
    dr.rectangle((0, 0, w, 90), fill=(20, 20, 22))
    dr.text((40, 25), "9:41", fill=(255, 255, 255), font=_font(38, True))
    dr.text((w - 190, 25), "87%", fill=(255, 255, 255), font=_font(36))
    dr.rectangle((0, 90, w, 250), fill=(34, 34, 36))
    dr.text(
        (130, 140), f"{d.source.key.replace('_', '-')}-certificate.pdf", fill=(240, 240, 240), font=_font(40)
    )
    dr.text((w - 170, 140), "1 / 2", fill=(200, 200, 200), font=_font(38))
    page = page_image(d, workdir)
    page = page.resize((w - 40, round((w - 40) * page.height / page.width)), Image.Resampling.LANCZOS)
    top = 290
    screen.paste(page, (20, top))
    nxt = agenda_page(w - 40)
    screen.paste(nxt, (20, top + page.height + 30))
    dr.rectangle((0, h - 170, w, h), fill=(34, 34, 36))
    for i, label in enumerate(("Annotate", "Search", "Share", "More")):
        dr.text((60 + i * 260, h - 110), label, fill=(220, 220, 220), font=_font(34))
    return "png", _png(screen)


def framed(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A framed certificate on a wall: a dark wooden frame and a cream mat around it, behind glass
    with a lamp's glare over one corner, photographed slightly off-axis, JPEG q60."""
    rng = _rng("framed", d.source.key)
    page = fit_long_side(page_image(d, workdir), 1500)
    mat = round(page.width * 0.06)
    frame = round(page.width * 0.05)
    framed_img = Image.new(
        "RGB", (page.width + 2 * (mat + frame), page.height + 2 * (mat + frame)), (70, 42, 24)
    )
    ImageDraw.Draw(framed_img).rectangle(
        (frame, frame, framed_img.width - frame, framed_img.height - frame), fill=(236, 230, 214)
    )
    framed_img.paste(page, (mat + frame, mat + frame))
    pw, ph = page.size
    corner = int(rng.integers(0, 4))
    ox, oy = mat + frame, mat + frame
    bx = (ox, ox + pw * 0.3) if corner in (0, 3) else (ox + pw * 0.7, ox + pw)
    by = (oy, oy + ph * 0.3) if corner in (0, 1) else (oy + ph * 0.7, oy + ph)
    framed_img = glare(framed_img, rng, (bx[0], by[0], bx[1], by[1]))
    wall = Image.new(
        "RGB", (round(framed_img.width * 1.25), round(framed_img.height * 1.25)), (196, 190, 178)
    )
    photo = keystone_onto(framed_img, wall, rng, fill=0.8, turn_deg=float(rng.uniform(-2, 2)), keystone=0.05)
    return "jpg", jpeg_bytes(photo, 60)


def neighbour(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A photo with another paper (an overtime memo naming another officer, its own dates and hours)
    lying under the certificate and showing along one side of the frame, JPEG q55."""
    rng = _rng("neighbour", d.source.key)
    page = fit_long_side(page_image(d, workdir), 1500)
    landscape = page.width > page.height
    fw, fh = (2100, 1500) if landscape else (1700, 2000)
    desk = wood_desk((fw, fh), rng)
    memo = other_document((round(fh * 0.6), round(fh * 0.78))).rotate(
        float(rng.uniform(-6, 6)), expand=True, fillcolor=(0, 0, 0)
    )
    mask = memo.convert("L").point(lambda v: 255 if v > 0 else 0)
    right = rng.random() < 0.5
    mx = fw - round(memo.width * 0.45) if right else -round(memo.width * 0.55)
    desk.paste(memo, (mx, round(fh * 0.08)), mask)
    # the certificate over it, nearer the other side
    scale = 0.7 * min(fw / page.width, fh / page.height)
    cert = page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)
    cert = cert.rotate(float(rng.uniform(-2, 2)), expand=True, fillcolor=(0, 0, 0))
    cmask = cert.convert("L").point(lambda v: 255 if v > 0 else 0)
    cx = round(fw * 0.04) if right else fw - cert.width - round(fw * 0.04)
    desk.paste(cert, (cx, (fh - cert.height) // 2), cmask)
    return "jpg", jpeg_bytes(desk, 55)


def punched_top(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A 200-dpi colour scan of a page punched on its top edge, stapled top right and folded in half."""
    rng = _rng("punched", d.source.key)
    page = tilt(binder_top(page_image(d, workdir), rng), float(rng.uniform(-0.8, 0.8)), (255, 255, 255))
    return "jpg", jpeg_bytes(sensor_noise(page, rng, 3.0), 75)


def _marked(
    d: Drawn,
    workdir: Path,
    text: str,
    mark: Callable[[Image.Image, Box, Rng], Image.Image],
    kind: str,
    rng: Rng | None = None,
) -> tuple[str, bytes]:
    """A 200-dpi scan (a little tilt, noise, JPEG q70) with ``mark`` over the printed ``text``."""
    rng = rng or _rng(kind, d.source.key)
    page = page_image(d, workdir)
    box = text_box(_pdf(d, workdir), text)
    if box is None:
        raise ValueError(f"{text!r} is not printed on {d.source.key}")
    page = tilt(mark(page, box, rng), float(rng.uniform(-0.6, 0.6)), (255, 255, 255))
    return "jpg", jpeg_bytes(sensor_noise(page, rng, 3.0), 70)


def highlighted(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A scan with yellow highlighter over the hours."""
    return _marked(d, workdir, d.hours_text, highlight, "highlight")


def stamped(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A scan with a red RECEIVED stamp (its own date, a year after the course) across the date line."""
    return _marked(d, workdir, d.date_text, lambda p, b, r: rubber_stamp(p, b, r, "JUN 02 2025"), "stamp")


def scribbled(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A scan with a ballpoint scribble and a tick across the date line."""
    return _marked(d, workdir, d.date_text, scribble, "scribble")


def _png(img: Image.Image) -> bytes:
    import io

    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


KINDS: dict[str, Callable[[Drawn, Path], tuple[str, bytes]]] = {
    "steep_angle": steep_angle,
    "bulge": bulge,
    "hard_shadow": shadowed,
    "dim_room": dim_room,
    "crushed_jpeg": crushed_jpeg,
    "shaken": shaken,
    "viewer_screenshot": viewer_screenshot,
    "framed_glare": framed,
    "neighbour_doc": neighbour,
    "punched_top": punched_top,
    "highlighter": highlighted,
    "stamp_on_date": stamped,
    "scribble_on_date": scribbled,
}

PLAN: dict[str, tuple[str, ...]] = {
    "steep_angle": ("ymhfa_land", "basic_form"),
    "bulge": ("cit_land", "advanced_letter"),
    "hard_shadow": ("alerrt_side", "trauma_form"),
    "dim_room": ("is362_letter", "emergency_side"),
    "crushed_jpeg": ("basic_form", "cit_land", "record_grid"),
    "shaken": ("trauma_form", "ymhfa_land"),
    "viewer_screenshot": ("is362_letter", "alerrt_side"),
    "framed_glare": ("advanced_letter", "emergency_side"),
    "neighbour_doc": ("ymhfa_land", "advanced_letter"),
    "punched_top": ("cit_land", "record_grid"),
    "highlighter": ("basic_form", "emergency_side"),
    "stamp_on_date": ("trauma_form", "is362_letter"),
    "scribble_on_date": ("alerrt_side", "cit_land"),
}


@dataclass(frozen=True)
class Capture:
    key: str
    kind: str
    drawn: Drawn


CAPTURES: dict[str, Capture] = {
    f"{kind}-{k}": Capture(f"{kind}-{k}", kind, SOURCES[k]) for kind, keys in PLAN.items() for k in keys
}


def write_capture(
    c: Capture, workdir: Path, kinds: dict[str, Callable[[Drawn, Path], tuple[str, bytes]]] = KINDS
) -> Path:
    """``c`` drawn by its kind's function (from ``kinds``: round 4 passes its own) into ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    ext, data = kinds[c.kind](c.drawn, workdir)
    out = workdir / f"{c.key}.{ext}"
    out.write_bytes(data)
    return out
