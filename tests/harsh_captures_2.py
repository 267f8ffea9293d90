"""Certificates in the typography and captures real ones come in: script names, colour, screenshots.

``tests/harsh_captures.py`` captures the project's own plain renderings. Real certificates are
designed: the holder's name in a calligraphic or decorative face twice the size of anything else,
white text over a gradient or a photograph, headings set in capitals with wide tracking
("C E R T I F I C A T E"), the course in the largest type and the name small, a logo block down one
side, a programme's name over its track with a rule between, a name under the heading with no "this
certifies that". And they arrive as an 800-px screenshot saved at JPEG quality 40, or as a phone
photo with perspective and uneven light.

Each design is drawn with Pillow (the faces on the machine: Liberation, DejaVu, and reportlab's
Type 1 calligraphic and decorative faces), school-safety courses only, then captured three ways:
``png`` (the issuer's image, 200 dpi), ``screenshot`` (800 px wide, JPEG q40) and ``photo`` (keystoned
onto a desk, shadowed, JPEG q35). ``bench/harsh_captures_2.py`` tabulates them.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np
import reportlab
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from classify.types import ClassifiedDocument
from extract.fields.names import name_tokens
from tests.harsh_captures import (
    Expect,
    exact,
    fit_long_side,
    jpeg_bytes,
    keystone_onto,
    same_title,
    shadow_gradient,
    soft_blur,
    wood_desk,
)

W, H = 2200, 1700  # letter, landscape, 200 dpi
Rgb = tuple[int, int, int]
Font = ImageFont.FreeTypeFont

_LIB = Path("/usr/share/fonts/truetype/liberation")
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_RL = Path(reportlab.__file__).parent / "fonts"
FACES = {
    "serif": _LIB / "LiberationSerif-Regular.ttf",
    "serif_bold": _LIB / "LiberationSerif-Bold.ttf",
    "serif_italic": _LIB / "LiberationSerif-Italic.ttf",
    "sans": _LIB / "LiberationSans-Regular.ttf",
    "sans_bold": _LIB / "LiberationSans-Bold.ttf",
    "condensed": _DEJAVU / "DejaVuSansCondensed-Bold.ttf",
    "script": _RL / "callig15.pfb",  # a calligraphic face
    "decorative": _RL / "DarkGardenMK.pfb",  # a decorative display face
}


@cache
def font(face: str, size: int) -> Font:
    path = FACES[face]
    if not path.exists():  # no reportlab Type 1 faces: an italic stands in
        path = FACES["serif_italic"]
    return ImageFont.truetype(str(path), size)


# ------------------------------------------------------------------------------------ drawing


def text_width(text: str, f: Font, tracking: float = 0.0) -> float:
    if not tracking:
        return float(f.getlength(text))
    return sum(float(f.getlength(ch)) for ch in text) + tracking * f.size * (len(text) - 1)


def put(
    d: ImageDraw.ImageDraw,
    text: str,
    y: float,
    f: Font,
    fill: Rgb = (20, 20, 20),
    *,
    x: float | None = None,
    centre: float = W / 2,
    tracking: float = 0.0,
) -> None:
    """``text`` at height ``y``, centred on ``centre`` unless ``x`` is given, ``tracking`` ems apart."""
    left = x if x is not None else centre - text_width(text, f, tracking) / 2
    if not tracking:
        d.text((left, y), text, font=f, fill=fill)
        return
    for ch in text:
        d.text((left, y), ch, font=f, fill=fill)
        left += float(f.getlength(ch)) + tracking * f.size


def rule(
    d: ImageDraw.ImageDraw, y: float, half: float, fill: Rgb = (60, 60, 60), centre: float = W / 2
) -> None:
    d.line([(centre - half, y), (centre + half, y)], fill=fill, width=4)


def border(d: ImageDraw.ImageDraw, colour: Rgb) -> None:
    d.rectangle([60, 60, W - 60, H - 60], outline=colour, width=14)
    d.rectangle([95, 95, W - 95, H - 95], outline=colour, width=3)


def gradient(size: tuple[int, int], a: Rgb, b: Rgb, diagonal: bool = True) -> Image.Image:
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w]
    t = (xx / w + yy / h) / 2 if diagonal else yy / h
    arr = np.stack([a[i] + (b[i] - a[i]) * t for i in range(3)], axis=-1)
    return Image.fromarray(arr.astype(np.uint8), "RGB")


def photo_texture(size: tuple[int, int], seed: int, tint: Rgb) -> Image.Image:
    """A blurred, blotchy "photograph" (crowd, building) in ``tint``'s hue."""
    rng = np.random.default_rng(seed)
    w, h = size
    small = rng.uniform(0.2, 1.0, (max(2, h // 60), max(2, w // 60)))
    base = Image.fromarray((small * 255).astype(np.uint8), "L").resize(size, Image.Resampling.BICUBIC)
    blobs = Image.new("L", size, 0)
    bd = ImageDraw.Draw(blobs)
    for _ in range(40):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(h * 0.1, h * 0.5)
        bd.ellipse([cx - r, cy - r * 1.3, cx + r, cy + r * 1.3], fill=int(rng.integers(60, 255)))
    mix = Image.blend(base, blobs.filter(ImageFilter.GaussianBlur(h / 25)), 0.5)
    arr = np.asarray(mix, dtype=np.float32)[..., None] / 255.0
    return Image.fromarray((arr * np.array(tint, dtype=np.float32)).astype(np.uint8), "RGB")


def signature_block(d: ImageDraw.ImageDraw, x: float, y: float, name: str, role: str, fill: Rgb) -> None:
    d.line([(x - 260, y), (x + 260, y)], fill=fill, width=3)
    put(d, name, y + 12, font("sans", 34), fill, centre=x)
    put(d, role, y + 56, font("sans", 30), fill, centre=x)


# ------------------------------------------------------------------------------------ designs


@dataclass(frozen=True)
class Design:
    """One certificate as an issuer drew it, and what a careful reader records from it."""

    key: str
    name: str  # the holder, as the truth spells it
    expect: Expect
    draw: Callable[[Design], Image.Image]
    doc_type: str = "certificate"


def _page(colour: Rgb = (255, 255, 255)) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", (W, H), colour)
    return img, ImageDraw.Draw(img)


def script_name(x: Design) -> Image.Image:
    """The name in a calligraphic face, 2.5 times the body's size, over a rule."""
    img, d = _page((253, 250, 240))
    border(d, (120, 90, 30))
    put(d, "Certificate of Completion", 230, font("serif_bold", 96), (90, 60, 20))
    put(d, "This certifies that", 430, font("serif_italic", 48))
    put(d, "Jordan T. Whitaker", 540, font("script", 150), (30, 30, 90))
    rule(d, 730, 620, (120, 90, 30))
    put(d, "has successfully completed", 780, font("serif", 48))
    put(d, "Behavioral Threat Assessment for Schools", 870, font("serif_bold", 66))
    put(d, "Sixteen (16) contact hours", 990, font("serif", 46))
    put(d, "Presented on March 15, 2024", 1060, font("serif", 46))
    signature_block(d, 620, 1380, "Karen Holt", "Training Director", (40, 40, 40))
    signature_block(d, 1580, 1380, "Midwest School Safety Institute", "Issuer", (40, 40, 40))
    return img


def decorative_name(x: Design) -> Image.Image:
    """Heading and name in a decorative display face, the name the largest thing on the page."""
    img, d = _page((250, 248, 242))
    border(d, (30, 70, 40))
    put(d, "Certificate of Achievement", 200, font("decorative", 110), (30, 70, 40))
    put(d, "is proudly presented to", 420, font("serif", 50))
    put(d, "Renee Castillo", 510, font("decorative", 170), (20, 20, 20))
    rule(d, 730, 560, (30, 70, 40))
    put(d, "for successfully completing the course", 780, font("serif", 48))
    put(d, "Youth Mental Health First Aid", 870, font("serif_bold", 70))
    put(d, "8 hours  |  Completed October 22, 2023", 1000, font("serif", 46))
    signature_block(d, 1100, 1360, "Lakeview County Schools", "Office of Student Safety", (30, 30, 30))
    return img


def gradient_dark(x: Design) -> Image.Image:
    """Light text on a dark diagonal gradient, the name in bright capitals, a ribbon of shapes beside."""
    img = gradient((W, H), (8, 30, 70), (10, 120, 170))
    d = ImageDraw.Draw(img)
    for k in range(6):  # chevrons down the right side
        x0 = 1500 + k * 90
        d.line([(x0, 0), (x0 + 300, H / 2), (x0, H)], fill=(20, 200 - k * 20, 160), width=22)
    white, green = (245, 245, 245), (40, 230, 140)
    put(d, "CERTIFICATE OF COMPLETION", 260, font("sans_bold", 62), white, x=150)
    put(d, "This is awarded to", 400, font("sans", 46), white, x=150)
    put(d, "MARCUS D. ELLINGTON", 480, font("sans_bold", 100), green, x=150)
    d.line([(140, 620), (1450, 620)], fill=white, width=4)
    put(
        d,
        "For completing the course School Crisis Response and Recovery",
        720,
        font("sans", 44),
        white,
        x=150,
    )
    put(d, "Contact hours: 12", 800, font("sans", 44), white, x=150)
    put(d, "Date of issue: 5th June 2024", 1350, font("sans_bold", 40), green, x=150)
    put(d, "Course completion date: 28th May 2024", 1410, font("sans_bold", 40), green, x=150)
    return img


def photo_header(x: Design) -> Image.Image:
    """A photograph across the top with the heading in white over it; the course on a textured page."""
    img = photo_texture((W, H), 7, (235, 225, 205))
    img = Image.blend(img, Image.new("RGB", (W, H), (248, 246, 240)), 0.8)
    band = photo_texture((W, 560), 11, (60, 150, 220))
    img.paste(band, (0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 560, W, 585], fill=(210, 170, 60))
    white = (250, 250, 250)
    put(d, "CERTIFICATE OF COMPLETION", 150, font("sans_bold", 90), white)
    put(d, "PROGRAM SPONSORED BY THE STATE SCHOOL SAFETY CENTER", 280, font("sans_bold", 36), white)
    put(d, "This is to certify that", 660, font("sans", 52))
    put(d, "OLIVIA M. PRESCOTT", 750, font("sans_bold", 72), (20, 30, 80))
    put(d, "has successfully attended the", 860, font("sans", 50))
    put(d, "Standard Response Protocol Training", 950, font("sans_bold", 60))
    put(d, "4 hours, February 9, 2024", 1050, font("sans", 50))
    signature_block(d, 520, 1400, "Dr. Alan Brooks", "Director", (30, 30, 30))
    signature_block(d, 1680, 1400, "Dr. Ruth Greene", "Program Manager", (30, 30, 30))
    return img


def tracked_caps(x: Design) -> Image.Image:
    """Heading and name in capitals with wide tracking; the rest small."""
    img, d = _page()
    border(d, (20, 20, 20))
    put(d, "CERTIFICATE OF TRAINING", 230, font("serif", 70), tracking=0.55)
    put(d, "THIS CERTIFIES THAT", 420, font("sans", 36), (90, 90, 90), tracking=0.5)
    put(d, "DARNELL WEBB", 510, font("serif_bold", 96), tracking=0.45)
    rule(d, 650, 600)
    put(d, "HAS COMPLETED", 700, font("sans", 36), (90, 90, 90), tracking=0.5)
    put(d, "Active Shooter Response for Schools", 780, font("serif_bold", 68))
    put(d, "8 HOURS  ·  APRIL 18, 2024", 900, font("sans", 40), tracking=0.3)
    signature_block(d, 1100, 1350, "Harbor City Police Academy", "Training Coordinator", (20, 20, 20))
    return img


def title_largest(x: Design) -> Image.Image:
    """The course in the largest type at the top, the holder small below a caption."""
    img, d = _page((244, 247, 250))
    d.rectangle([0, 0, W, 120], fill=(150, 20, 30))
    put(d, "Certificate of Completion", 190, font("sans", 52), (150, 20, 30))
    put(d, "Interviewing and Interrogating Juveniles", 330, font("serif_bold", 104), (20, 20, 20))
    put(d, "awarded to", 560, font("sans", 40), (80, 80, 80))
    put(d, "Deputy Samuel K. Ortega", 630, font("sans", 50))
    put(d, "16 training hours  ·  Completed November 3, 2023", 760, font("sans", 42))
    signature_block(d, 1100, 1300, "Regional Juvenile Justice Training Center", "Registrar", (20, 20, 20))
    return img


def two_column(x: Design) -> Image.Image:
    """A coloured logo block down the left with the issuer's name stacked in it; the text at the right."""
    img, d = _page()
    d.rectangle([0, 0, 620, H], fill=(25, 60, 110))
    d.ellipse([160, 200, 460, 500], outline=(240, 240, 240), width=10)
    put(d, "SSA", 300, font("sans_bold", 100), (240, 240, 240), centre=310)
    for k, word in enumerate(("School", "Safety", "Alliance")):
        put(d, word, 600 + k * 80, font("sans_bold", 64), (240, 240, 240), centre=310)
    cx = 1400
    put(d, "CERTIFICATE", 200, font("serif_bold", 100), (25, 60, 110), centre=cx)
    put(d, "OF PARTICIPATION", 320, font("serif", 54), (25, 60, 110), centre=cx)
    put(d, "presented to", 480, font("serif_italic", 46), centre=cx)
    put(d, "Alicia Fernandez", 560, font("serif_bold", 84), centre=cx)
    rule(d, 680, 500, centre=cx)
    put(d, "for participating in", 720, font("serif_italic", 46), centre=cx)
    put(d, "Bullying and Cyberbullying", 800, font("serif_bold", 60), centre=cx)
    put(d, "Prevention for Law Enforcement", 880, font("serif_bold", 60), centre=cx)
    put(d, "January 24, 2024  ·  4.0 hours", 1010, font("serif", 44), centre=cx)
    signature_block(d, cx, 1380, "Executive Director", "School Safety Alliance", (20, 20, 20))
    return img


def programme_track(x: Design) -> Image.Image:
    """A programme's name, a rule, then its track on the next line, and a month range."""
    img, d = _page((247, 247, 247))
    d.rectangle([0, 0, W, 300], fill=(30, 140, 200))
    put(d, "CERTIFICATE OF COMPLETION", 110, font("sans_bold", 84), (255, 255, 255))
    put(d, "This is to certify that", 420, font("sans", 52))
    put(d, "TERRENCE J. NOLAN", 510, font("sans_bold", 72), (20, 30, 80))
    put(d, "has successfully attended the", 620, font("sans", 48))
    put(d, "Safe Schools Leadership Academy", 710, font("sans_bold", 54))
    rule(d, 800, 520)
    put(d, "Emergency Operations Planning for Schools", 830, font("sans_bold", 58))
    put(d, "held April 8-12, 2024  ·  32 hours", 930, font("sans", 48))
    signature_block(d, 600, 1350, "Dana Whitfield", "Academy Director", (30, 30, 30))
    signature_block(d, 1600, 1350, "Marcus Reyes", "Program Coordinator", (30, 30, 30))
    return img


def heading_then_name(x: Design) -> Image.Image:
    """The name in capitals under the heading, no "this certifies that"; labelled fields after it."""
    img, d = _page()
    put(d, "Regional Training Consortium", 150, font("serif_bold", 58), (40, 80, 40))
    put(d, "Training Certificate", 260, font("serif_bold", 80), x=300)
    put(d, "LATOYA R. BENNETT", 420, font("serif_bold", 56), x=300)
    f, v = font("serif_bold", 46), font("serif_italic", 48)
    rows = (
        ("Certificate No:", "20418"),
        ("Program:", "Crisis Intervention Teams for Youth"),
        ("Start Date:", "09-10-2023"),
        ("End Date:", "09-14-2023"),
        ("Duration:", "40 Hours"),
    )
    for k, (label, value) in enumerate(rows):
        put(d, label, 560 + k * 90, f, x=300)
        put(d, value, 560 + k * 90, v, x=800)
    signature_block(d, 1600, 1350, "Harold Winston", "Executive Director", (30, 30, 30))
    return img


def _ex(
    title: str, start: date, end: date, hours: float | None, catalog: str | None, category: str
) -> Expect:
    return Expect(title, start, end, hours, catalog, category)


DESIGNS: dict[str, Design] = {
    d.key: d
    for d in (
        Design(
            "script_name",
            "Jordan T. Whitaker",
            _ex(
                "Behavioral Threat Assessment for Schools",
                date(2024, 3, 15),
                date(2024, 3, 15),
                16.0,
                None,
                "school_safety",
            ),
            script_name,
        ),
        Design(
            "decorative_name",
            "Renee Castillo",
            _ex(
                "Youth Mental Health First Aid",
                date(2023, 10, 22),
                date(2023, 10, 22),
                8.0,
                "ymhfa",
                "juvenile",
            ),
            decorative_name,
        ),
        Design(
            "gradient_dark",
            "Marcus D. Ellington",
            _ex(
                "School Crisis Response and Recovery",
                date(2024, 5, 28),
                date(2024, 5, 28),
                12.0,
                None,
                "school_safety",
            ),
            gradient_dark,
        ),
        Design(
            "photo_header",
            "Olivia M. Prescott",
            _ex(
                "Standard Response Protocol Training",
                date(2024, 2, 9),
                date(2024, 2, 9),
                4.0,
                "srp-training",
                "school_safety",
            ),
            photo_header,
        ),
        Design(
            "tracked_caps",
            "Darnell Webb",
            _ex(
                "Active Shooter Response for Schools",
                date(2024, 4, 18),
                date(2024, 4, 18),
                8.0,
                "school-active-shooter",
                "school_safety",
            ),
            tracked_caps,
        ),
        Design(
            "title_largest",
            "Samuel K. Ortega",
            _ex(
                "Interviewing and Interrogating Juveniles",
                date(2023, 11, 3),
                date(2023, 11, 3),
                16.0,
                "juvenile-interview",
                "juvenile",
            ),
            title_largest,
        ),
        Design(
            "two_column",
            "Alicia Fernandez",
            _ex(
                "Bullying and Cyberbullying Prevention for Law Enforcement",
                date(2024, 1, 24),
                date(2024, 1, 24),
                4.0,
                "bullying-prevention",
                "juvenile",
            ),
            two_column,
        ),
        Design(
            "programme_track",
            "Terrence J. Nolan",
            _ex(
                "Emergency Operations Planning for Schools",
                date(2024, 4, 8),
                date(2024, 4, 12),
                32.0,
                None,
                "school_safety",
            ),
            programme_track,
        ),
        Design(
            "heading_then_name",
            "Latoya R. Bennett",
            _ex(
                "Crisis Intervention Teams for Youth",
                date(2023, 9, 10),
                date(2023, 9, 14),
                40.0,
                "cit-youth",
                "juvenile",
            ),
            heading_then_name,
        ),
    )
}


# ------------------------------------------------------------------------------------ captures


def _rng(kind: str, key: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(f"{kind}/{key}".encode()))


def png_capture(page: Image.Image, key: str) -> tuple[str, bytes]:
    """The issuer's own image: a 200-dpi PNG."""
    buf = io.BytesIO()
    page.save(buf, "PNG", dpi=(200, 200))
    return "png", buf.getvalue()


def screenshot(page: Image.Image, key: str) -> tuple[str, bytes]:
    """A screenshot of the certificate on a web page: 800 px wide, JPEG quality 40, no DPI."""
    small = page.resize((800, round(800 * page.height / page.width)), Image.Resampling.BILINEAR)
    return "jpg", jpeg_bytes(small, 40)


def phone_photo(page: Image.Image, key: str) -> tuple[str, bytes]:
    """A phone photo: keystone and 4-8 degrees of turn on a desk, a shadow across, JPEG q35."""
    rng = _rng("photo", key)
    long_side = int(rng.integers(1300, 1500))
    frame = round(long_side / 0.78)
    size = (frame, round(frame * 0.75))
    turn = float(rng.uniform(4, 8)) * float(rng.choice([-1.0, 1.0]))
    photo = keystone_onto(
        fit_long_side(page, long_side), wood_desk(size, rng), rng, fill=0.78, turn_deg=turn, keystone=0.06
    )
    photo = soft_blur(shadow_gradient(photo, rng, float(rng.uniform(0.3, 0.4))), 0.6)
    return "jpg", jpeg_bytes(photo, 35)


CAPTURE_KINDS: dict[str, Callable[[Image.Image, str], tuple[str, bytes]]] = {
    "png": png_capture,
    "screenshot": screenshot,
    "photo": phone_photo,
}


def write_design(design: Design, kind: str, folder: Path) -> Path:
    ext, data = CAPTURE_KINDS[kind](design.draw(design), design.key)
    path = folder / f"{design.key}-{kind}.{ext}"
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------ scoring


@dataclass(frozen=True)
class Marks:
    """What one capture's reading got right, per field, and whether it credited wrongly."""

    doc_type: bool
    name: bool
    title: bool
    dates: bool
    hours: bool
    auto: bool  # the course's item right and auto
    review: bool  # the course's item found and sent to review
    wrong_auto: int  # auto items with any fact wrong, or naming someone else


def marks(doc: ClassifiedDocument, design: Design) -> Marks:
    e = design.expect
    name = doc.participant_name.text if doc.participant_name is not None else ""
    name_right = bool(name) and name_tokens(name) == name_tokens(design.name)
    found = [i for i in doc.items if same_title(i, e)]
    best = found[0] if found else None
    # A document naming nobody is checked against the applicant by a person; one naming someone else
    # under an ``auto`` item is a wrong credit.
    wrong = sum(1 for i in doc.items if i.status == "auto" and not (exact(i, e) and (name_right or not name)))
    return Marks(
        doc_type=doc.doc_type == design.doc_type,
        name=name_right,
        title=best is not None,
        dates=best is not None and (best.start_date, best.end_date) == (e.start, e.end),
        hours=best is not None and best.hours == e.hours,
        auto=best is not None and best.status == "auto" and exact(best, e) and name_right,
        review=best is not None and best.status == "review",
        wrong_auto=wrong,
    )
