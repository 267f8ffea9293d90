"""Real-world captures, round 6: sleeves, screens, copies, punches, flashes and lids no earlier round made.

Rounds 3-5 (``tests/harsh_captures_3.py`` .. ``_5.py``) photographed pages with shadows, marks, glare,
hands, floors and neighbours. Round 6 adds: a steep photo shaken as it was taken (perspective and motion
blur together); a page in a clear plastic sleeve (a milky haze, curved bright reflections, the sleeve's
crinkles); a certificate shown on a phone's screen and photographed by another phone (a pixel grid
aliased into moire, the status bar, rounded corners, a reflection); a carbonless copy (faint blue
print on yellow paper); a notary's blind embossed seal pressed over the date line (relief only, no
ink); a page punched for a binder on the wrong side, the holes through the print; a photo at night with
the phone's flash (a burnt-out hotspot, dark corners, noise); a scan with the lid open (the room black
around a page laid crooked, light spilling in from one side); a thermal fax faded unevenly; two
certificates of one holder printed two to a sheet; a copy of a copy of a copy (thickened strokes, lost
hairlines, toner specks); a thin page scanned with the back side's print showing through, mirrored.

Every document is drawn by reportlab (``certledger.samples``; new holders and courses) and rasterised;
every effect is a small function of a seeded ``numpy`` generator, so a capture is the same bytes for
the same seed. ``CAPTURES`` lists the fixtures with their truth; ``bench/harsh_captures_6.py``
tabulates them.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageOps

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
    image_pdf,
    jpeg_bytes,
    keystone_onto,
    sensor_noise,
    tilt,
)
from tests.harsh_captures_3 import (
    DPI,
    Box,
    Capture,
    Drawn,
    _arr,
    _cert,
    _font,
    _img,
    _pdf,
    _photo,
    _sign,
    motion_blur,
    page_image,
    text_box,
)
from tests.harsh_captures_3 import (
    write_capture as write_with,
)
from tests.harsh_captures_5 import _on_desk

Rng = np.random.Generator

# ------------------------------------------------------------------------------------ sources

_RECORD = TranscriptSpec(
    agency="Willow Creek Police Department",
    employee_name="DELACROIX-NAKAMURA, BEATRIX O.",
    rows=(
        TranscriptRow(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "BP-310",
            "State Attorney General's Office",
            date(2021, 10, 5),
            date(2021, 10, 5),
            6.0,
            "Juvenile",
            "juvenile",
            "bullying-prevention",
        ),
        TranscriptRow(
            "Trauma-Informed Policing with Youth",
            "TIP-22",
            "Regional Training Center",
            date(2022, 4, 12),
            date(2022, 4, 13),
            16.0,
            "Juvenile",
            "juvenile",
            "trauma-informed-youth",
        ),
        TranscriptRow(
            "School Emergency Operations Planning",
            "SEOP-7",
            "State School Safety Center",
            date(2023, 1, 24),
            date(2023, 1, 24),
            8.0,
            "School Safety",
            "school_safety",
            "school-emergency-ops",
        ),
    ),
    employee_id="WC-4410",
    printed_on=date(2024, 2, 19),
)


def _record(key: str, layout: str) -> Drawn:
    items = tuple(
        Expect(r.title, r.start, r.end, r.hours, r.catalog_id, r.truth_category) for r in _RECORD.rows
    )
    src = Source(
        key,
        "Beatrix O. Delacroix-Nakamura",
        "transcript",
        items,
        lambda p: render_transcript_pdf(_RECORD, layout, p),
    )
    return Drawn(src, "01/24/2023", "8.00")


_SPECS: dict[str, tuple[str, CertificateSpec]] = {
    "basic_land": (
        "centered_landscape",
        _cert_spec(
            "Ignatius P. Wolcott",
            "Basic School Resource Officer Course",
            NASRO,
            date(2022, 6, 13),
            date(2022, 6, 17),
            40.0,
            "hours",
            "long",
            "basic",
            "nasro-basic",
            issuer_short="NASRO",
            location="Orlando, Florida",
        ),
    ),
    "is362_form": (
        "form_fields",
        _cert_spec(
            "Henrietta V. Castellano",
            "IS-362.A: Multi-Hazard Emergency Planning for Schools",
            "FEMA Emergency Management Institute",
            date(2021, 11, 2),
            date(2021, 11, 2),
            7.0,
            "hours",
            "numeric",
            "school_safety",
            "fema-is-362",
        ),
    ),
    "ymhfa_letter": (
        "letter",
        _cert_spec(
            "Leopold J. Abernethy",
            "Youth Mental Health First Aid",
            "National Council for Mental Wellbeing",
            date(2023, 5, 9),
            date(2023, 5, 9),
            8.0,
            "hrs",
            "long",
            "juvenile",
            "ymhfa",
        ),
    ),
    "asl1_side": (
        "sidebar",
        _cert_spec(
            "Marguerite S. Oyelaran",
            "ALERRT Active Shooter Level I",
            "ALERRT Center at Texas State University",
            date(2022, 8, 15),
            date(2022, 8, 16),
            16.0,
            "contact",
            "through",
            "school_safety",
            "alerrt-asl1",
        ),
    ),
    "advanced_form": (
        "form_fields",
        _cert_spec(
            "Cornelius R. Vandermeer",
            "Advanced School Resource Officer Course",
            NASRO,
            date(2023, 3, 6),
            date(2023, 3, 8),
            24.0,
            "words",
            "day_month",
            "advanced",
            "nasro-advanced",
            certificate_number="ADV-23-0917",
        ),
    ),
    "tcole_land": (
        "centered_landscape",
        _cert_spec(
            "Esperanza L. Guadarrama",
            "School-Based Law Enforcement (TCOLE 4064)",
            "Texas School Safety Center",
            date(2021, 9, 20),
            date(2021, 9, 22),
            20.0,
            "hours",
            "iso",
            "school_safety",
            "tcole-4064",
        ),
    ),
    "srp_letter": (
        "letter",
        _cert_spec(
            "Bartholomew K. Achterberg",
            "Standard Response Protocol Training",
            "The I Love U Guys Foundation",
            date(2022, 1, 18),
            date(2022, 1, 18),
            4.0,
            "credit",
            "numeric",
            "school_safety",
            "srp-training",
        ),
    ),
    "juvint_side": (
        "sidebar",
        _cert_spec(
            "Philippa N. Runcorn",
            "Interviewing and Interrogating Juveniles",
            "Public Agency Training Council",
            date(2023, 10, 17),
            date(2023, 10, 18),
            16.0,
            "hours",
            "long",
            "juvenile",
            "juvenile-interview",
        ),
    ),
}

# Two certificates of one holder, printed two to a sheet (the second a course of another day).
_PAIR_SECOND = _cert_spec(
    "Ignatius P. Wolcott",
    "Crisis Intervention Teams for Youth (CIT-Y)",
    "National Center for Mental Health and Juvenile Justice",
    date(2023, 2, 6),
    date(2023, 2, 10),
    40.0,
    "hours",
    "long",
    "juvenile",
    "cit-youth",
)
_PAIR_SECOND_B = _cert_spec(
    "Bartholomew K. Achterberg",
    "IS-907: Active Shooter: What You Can Do",
    "FEMA Emergency Management Institute",
    date(2022, 3, 1),
    date(2022, 3, 1),
    1.0,
    "hours",
    "numeric",
    "school_safety",
    "fema-is-907",
)


def _expect(spec: CertificateSpec) -> Expect:
    assert spec.hours is not None
    return Expect(
        spec.course_title, spec.start_date, spec.end_date, spec.hours, spec.catalog_id, spec.category or ""
    )


def _pair(key: str, first: str, second: CertificateSpec, second_layout: str) -> Drawn:
    """A two-page PDF: certificate ``first`` then ``second`` (the same holder)."""
    layout, spec = _SPECS[first]

    def render(p: Path) -> Path:
        a, b = p.with_suffix(".a.pdf"), p.with_suffix(".b.pdf")
        render_certificate_pdf(spec, layout, a)
        render_certificate_pdf(second, second_layout, b)
        out = pdfium.PdfDocument.new()
        for part in (a, b):
            src = pdfium.PdfDocument(str(part))
            out.import_pages(src)
            src.close()
        out.save(str(p))
        out.close()
        return p

    src = Source(key, spec.participant_name, "certificate", (_expect(spec), _expect(second)), render)
    return Drawn(src, spec.date_as_printed, spec.hours_as_printed)


SOURCES: dict[str, Drawn] = {
    **{key: _cert(key, layout, spec) for key, (layout, spec) in _SPECS.items()},
    "record_grid": _record("record_grid", "grid"),
    "record_plain": _record("record_plain", "whitespace"),
    "pair_basic": _pair("pair_basic", "basic_land", _PAIR_SECOND, "centered_landscape"),
    "pair_srp": _pair("pair_srp", "srp_letter", _PAIR_SECOND_B, "letter"),
}


# ------------------------------------------------------------------------------------ effects


def plastic_sleeve(img: Image.Image, rng: Rng) -> Image.Image:
    """A clear sheet protector: a milky haze lifting the print towards grey-white, two or three curved
    bright reflections of a ceiling light along the sleeve's bends, fine crinkle lines."""
    w, h = img.size
    a = _arr(img)
    a = a * 0.86 + 232 * 0.14  # the haze: print no darker than ~35, paper a little grey
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(int(rng.integers(2, 4))):
        x0 = float(rng.uniform(0.1, 0.9)) * w
        amp, period = w * float(rng.uniform(0.03, 0.08)), h * float(rng.uniform(0.8, 1.6))
        centre = x0 + amp * np.sin(yy / period * 2 * math.pi + float(rng.uniform(0, 6)))
        half = w * float(rng.uniform(0.01, 0.03))
        band = np.exp(-(((xx - centre) / half) ** 2)) * float(rng.uniform(0.55, 0.85))
        a = a + (255 - a) * band[..., None]
    for _ in range(int(rng.integers(4, 8))):  # crinkles: thin light lines with a dark twin
        y0, slope = float(rng.uniform(0, h)), float(rng.uniform(-0.3, 0.3))
        d = (yy - (y0 + slope * (xx - w / 2))) / 1.5
        a = a + 40 * np.exp(-(d**2))[..., None] - 18 * np.exp(-((d - 2) ** 2))[..., None]
    return _img(a)


def phone_screen(page: Image.Image, rng: Rng) -> Image.Image:
    """The page shown on a phone's screen (its width filling the screen, a status bar above) and
    photographed by another phone: the pixel grid aliased into moire, the glass's reflection, the
    phone's black body and rounded corners on a desk."""
    sw = 1080
    shown = fit_long_side(page, round(sw * max(page.size) / page.width))
    if shown.width != sw:
        shown = shown.resize((sw, round(shown.height * sw / shown.width)), Image.Resampling.LANCZOS)
    sh = max(2160, shown.height + 400)
    screen = Image.new("RGB", (sw, sh), (245, 245, 245))
    d = ImageDraw.Draw(screen)
    d.rectangle((0, 0, sw, 90), fill=(250, 250, 250))
    d.text((40, 24), "9:41", fill=(20, 20, 20), font=_font(40, True))
    d.text((sw - 200, 24), "87%", fill=(20, 20, 20), font=_font(38))
    d.rectangle((0, 90, sw, 200), fill=(240, 240, 243))
    d.text((40, 120), "< Files", fill=(30, 110, 230), font=_font(42))
    screen.paste(shown, (0, 200 + (sh - 200 - shown.height) // 2))
    a = _arr(screen)
    # the sub-pixel stripes and the dark grid between the pixels, at 3x to be aliased by the camera
    big = cv2.resize(a, (sw * 3, sh * 3), interpolation=cv2.INTER_NEAREST)
    xx = np.arange(sw * 3) % 3
    for ch in range(3):
        big[:, xx != ch, ch] *= 0.25
    big[np.arange(sh * 3) % 3 == 2] *= 0.55
    body = Image.new("RGB", (sw * 3 + 120, sh * 3 + 300), (12, 12, 14))
    mask = Image.new("L", body.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, body.width, body.height), radius=220, fill=255)
    body.paste(_img(big), (60, 150))
    desk = dark_desk((round(body.width * 1.3), round(body.height * 1.15)), rng)
    desk.paste(body, ((desk.width - body.width) // 2, (desk.height - body.height) // 2), mask)
    photo = keystone_onto(
        desk,
        Image.new("RGB", desk.size, (30, 30, 34)),
        rng,
        fill=0.97,
        turn_deg=float(rng.uniform(1, 3)) * _sign(rng),
        keystone=0.03,
    )
    photo = photo.resize((round(photo.width * 2400 / photo.height), 2400), Image.Resampling.BILINEAR)
    a = _arr(photo)
    h, w = a.shape[:2]
    xx = np.mgrid[0:h, 0:w][1].astype(np.float32)
    refl = np.exp(-(((xx - w * float(rng.uniform(0.3, 0.7))) / (w * 0.25)) ** 2)) * 0.12
    a = a + (255 - a) * refl[..., None]
    return sensor_noise(_img(a), rng, 3.0)


def carbon_copy(img: Image.Image, rng: Rng) -> Image.Image:
    """A carbonless copy's yellow sheet: the print a faint, slightly fuzzy blue at 35-45 % strength."""
    g = np.asarray(img.convert("L").filter(ImageFilter.GaussianBlur(0.9)), dtype=np.float32) / 255
    ink = 1 - g  # 1 = full print
    strength = (
        float(rng.uniform(0.35, 0.45))
        * np.clip(rng.normal(1.0, 0.12, (g.shape[0] // 40 + 1, g.shape[1] // 40 + 1)), 0.6, 1.3)
        .repeat(40, 0)
        .repeat(40, 1)[: g.shape[0], : g.shape[1]]
    )
    paper = np.array([250, 238, 170], dtype=np.float32)
    blue = np.array([60, 80, 190], dtype=np.float32)
    m = (ink * strength)[..., None]
    return _img(paper * (1 - m) + blue * m)


def embossed_seal(img: Image.Image, box: Box, rng: Rng) -> Image.Image:
    """A notary's blind embossed seal over ``box`` (the date line): no ink, only relief, each raised
    ring and letter lit on one side and shaded on the other, the paper squeezed flat around it."""
    h_line = box[3] - box[1]
    r = h_line * float(rng.uniform(3.2, 4.0))
    size = round(r * 2 + 20)
    relief = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(relief)
    c = size / 2
    for rr, wd in ((r, 6), (r * 0.93, 3), (r * 0.55, 4)):
        d.ellipse((c - rr, c - rr, c + rr, c + rr), outline=255, width=wd)
    f = _font(round(r * 0.16), True)
    text = "NOTARY PUBLIC * STATE OF OHIO * "
    for i, ch in enumerate(text):  # the legend round the ring
        ang = i / len(text) * 2 * math.pi
        x, y = c + r * 0.75 * math.cos(ang), c + r * 0.75 * math.sin(ang)
        d.text((x, y), ch, fill=255, font=f, anchor="mm")
    d.text((c, c), "SEAL", fill=255, font=_font(round(r * 0.3), True), anchor="mm")
    hgt = np.asarray(relief.filter(ImageFilter.GaussianBlur(2.0)), dtype=np.float32) / 255
    gy, gx = np.gradient(hgt)
    shade = np.clip((gx + gy) * 6.0, -1, 1)  # lit from the upper left
    a = _arr(img)
    cx = (box[0] + box[2]) / 2 + float(rng.uniform(-0.25, 0.25)) * (box[2] - box[0])
    cy = (box[1] + box[3]) / 2
    x0, y0 = round(cx - c), round(cy - c)
    x0, y0 = max(0, min(x0, a.shape[1] - size)), max(0, min(y0, a.shape[0] - size))
    region = a[y0 : y0 + size, x0 : x0 + size]
    s = shade[: region.shape[0], : region.shape[1], None]
    region = np.where(s > 0, region + (255 - region) * s * 0.6, region * (1 + s * 0.45))
    a[y0 : y0 + size, x0 : x0 + size] = region
    return _img(a)


def holes_over_print(img: Image.Image, rng: Rng) -> Image.Image:
    """Punched for a binder on the wrong edge: three holes 1/4 in across, 2 3/4 in apart, their centres
    half an inch in from an edge the print comes close to, so each takes letters with it; the dark
    desk shows through."""
    w, h = img.size
    landscape = w > h
    r = 0.125 * DPI
    inset = float(rng.uniform(0.5, 1.1)) * DPI
    out = img.convert("RGB").copy()
    d = ImageDraw.Draw(out)
    for k in (-1, 0, 1):
        if landscape:  # punched along the top edge, across the title region
            x, y = w / 2 + k * 2.75 * DPI, inset + float(rng.uniform(1.0, 1.6)) * DPI
        else:  # punched along the left edge, into the print
            x, y = inset + float(rng.uniform(0.3, 0.6)) * DPI, h / 2 + k * 2.75 * DPI
        d.ellipse((x - r, y - r, x + r, y + r), fill=(32, 30, 36))
    return out


def night_flash(img: Image.Image, rng: Rng) -> Image.Image:
    """A photo at night with the flash: a burnt-out hotspot off centre (the print inside it washed out
    towards white), the corners falling to a third, cold tint and noise."""
    w, h = img.size
    a = _arr(img)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * float(rng.uniform(0.4, 0.6)), h * float(rng.uniform(0.35, 0.55))
    dist = np.hypot((xx - cx) / w, (yy - cy) / h)
    fall = np.clip(1.15 - 1.6 * dist**1.4, 0.3, 1.15)
    hot = np.exp(-((dist / float(rng.uniform(0.06, 0.09))) ** 2)) * 0.85
    a = a * fall[..., None] * np.array([0.92, 0.96, 1.0], dtype=np.float32)
    a = a + (255 - a) * hot[..., None]
    a = a + rng.normal(0, 7, (h, w, 1))
    return _img(a)


def lid_open(page: Image.Image, rng: Rng) -> Image.Image:
    """A scan with the lid left open: the glass sees the dark room around the page, the page laid
    3-6 degrees crooked in a corner of the platen, light from the room spilling over one side."""
    W, H = round(8.5 * DPI), round(11.7 * DPI)
    if page.width > page.height:
        W, H = H, W
    g = page.convert("L")
    factor = min((W * 0.82) / g.width, (H * 0.82) / g.height)
    g = g.resize((round(g.width * factor), round(g.height * factor)), Image.Resampling.LANCZOS)
    rot = float(rng.uniform(3, 6)) * _sign(rng)
    angle_img = g.rotate(rot, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=0)
    mask = Image.new("L", g.size, 255).rotate(rot, expand=True, resample=Image.Resampling.BICUBIC)
    xx = np.mgrid[0:H, 0:W][1].astype(np.float32)
    side = int(rng.integers(0, 2))
    spill = (xx / W if side else 1 - xx / W) ** 3 * 70
    room = np.clip(8 + spill + rng.normal(0, 5, (H, W)), 0, 255).astype(np.uint8)
    out = Image.fromarray(room)
    out.paste(angle_img, (round(W * 0.03), round(H * 0.03)), mask)
    return out


def thermal_fade(img: Image.Image, rng: Rng) -> Image.Image:
    """A thermal fax years old: greyed paper, the print faded to 40-70 % unevenly (worse towards one
    side, in blotches), at fax resolution (rows halved)."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = g.shape
    g = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    g = cv2.resize(g, (w, h), interpolation=cv2.INTER_NEAREST)
    xx = np.mgrid[0:h, 0:w][1].astype(np.float32)
    ramp = 0.7 - 0.25 * (xx / w if rng.random() < 0.5 else 1 - xx / w)
    blot = cv2.GaussianBlur(rng.normal(0, 1, (h // 60 + 1, w // 60 + 1)).astype(np.float32), (0, 0), 1.5)
    blot = cv2.resize(blot, (w, h), interpolation=cv2.INTER_CUBIC)
    keep = np.clip(ramp + 0.12 * blot, 0.38, 0.75)
    ink = (255 - g) / 255 * keep
    paper = 232 + rng.normal(0, 3, (h, w))
    return Image.fromarray(np.clip(paper * (1 - ink) + 70 * ink, 0, 255).astype(np.uint8))


def two_per_sheet(pages: list[Image.Image]) -> Image.Image:
    """Two pages printed to one letter sheet (the print dialog's "2 pages per sheet"): landscape pages
    one above the other, portrait pages side by side on a landscape sheet, each shrunk to fit with a
    thin frame round it."""
    portrait = pages[0].height > pages[0].width
    W, H = (round(11 * DPI), round(8.5 * DPI)) if portrait else (round(8.5 * DPI), round(11 * DPI))
    sheet = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(sheet)
    m = round(0.3 * DPI)
    for i, p in enumerate(pages):
        cell = ((W - 3 * m) / 2, H - 2 * m) if portrait else (W - 2 * m, (H - 3 * m) / 2)
        f = min(cell[0] / p.width, cell[1] / p.height)
        q = p.resize((round(p.width * f), round(p.height * f)), Image.Resampling.LANCZOS)
        if portrait:
            x, y = round(m + i * (cell[0] + m) + (cell[0] - q.width) / 2), (H - q.height) // 2
        else:
            x, y = (W - q.width) // 2, round(m + i * (cell[1] + m) + (cell[1] - q.height) / 2)
        sheet.paste(q, (x, y))
        d.rectangle((x - 1, y - 1, x + q.width, y + q.height), outline=(90, 90, 90), width=1)
    return sheet


def photocopy_generations(img: Image.Image, rng: Rng, n: int = 3) -> Image.Image:
    """A copy of a copy of a copy: each pass a little blur and a steeper, darker curve (strokes thicken and
    run together, light greys go white) and a few toner specks."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    for _ in range(n):
        g = cv2.GaussianBlur(g, (0, 0), 0.9)
        g = np.clip((g - 200) * 1.6 + 200 + rng.normal(0, 4, g.shape), 0, 255)  # darker: strokes thicken
        specks = rng.random(g.shape) < 0.0004
        g[specks] = 30
    g = np.where(g > 170, np.minimum(255, g + 30), g)
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8))


def show_through(img: Image.Image, back: Image.Image, rng: Rng) -> Image.Image:
    """A thin page scanned: the back side's print shows through, mirrored, soft and at 20-30 %."""
    a = _arr(img)
    b = np.asarray(
        ImageOps.mirror(back.convert("L").resize(img.size)).filter(ImageFilter.GaussianBlur(1.8)),
        dtype=np.float32,
    )
    k = float(rng.uniform(0.2, 0.3))
    shade = 1 - k * (1 - b / 255)
    return _img(a * shade[..., None])


def _back_page(size: tuple[int, int]) -> Image.Image:
    """The back of the certificate: its terms printed in lines (dates and hours of another course)."""
    page = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(page)
    px = max(18, size[0] // 48)
    y = size[1] * 0.08
    lines = [
        ("CONTINUING EDUCATION POLICY", True),
        ("Credit is granted for sessions attended in full.", False),
        ("Refresher sessions held 04/14/2020 - 04/16/2020 carried 12 hours.", False),
        ("Certificates issued before January 1, 2019 are void.", False),
        ("Questions: training office, 8:00 AM - 4:30 PM, (614) 555-0192.", False),
    ] * 3
    for text, bold in lines:
        d.text((size[0] * 0.08, y), text, fill=(20, 20, 20), font=_font(px, bold))
        y += px * 2.2
    return page


# ------------------------------------------------------------------------------------ captures


def _rng(kind: str, key: str) -> Rng:
    return np.random.default_rng(zlib.crc32(f"harsh6/{kind}/{key}".encode()))


def perspective_shaken(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Shot steeply (far edge 15-20 % narrower, 3-6 degrees of turn), shaken (a 7-9 px streak), JPEG q60."""
    rng = _rng("pmotion", d.source.key)
    photo = _photo(
        page_image(d, workdir),
        rng,
        long_side=1900,
        fill=0.86,
        turn=float(rng.uniform(3, 6)) * _sign(rng),
        keystone=float(rng.uniform(0.15, 0.2)),
    )
    return "jpg", jpeg_bytes(motion_blur(photo, rng, int(rng.integers(7, 10))), 60)


def in_sleeve(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A page in a clear plastic sleeve on a dark desk: haze, curved reflections, crinkles, JPEG q65."""
    rng = _rng("sleeve", d.source.key)
    return "jpg", jpeg_bytes(_on_desk(plastic_sleeve(page_image(d, workdir), rng), rng), 65)


def on_phone_screen(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """The certificate on a phone's screen photographed by another phone, JPEG q70."""
    rng = _rng("phone", d.source.key)
    return "jpg", jpeg_bytes(phone_screen(page_image(d, workdir), rng), 70)


def carbonless(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A carbonless copy (faint blue on yellow) scanned in colour at 200 dpi, JPEG q75."""
    rng = _rng("carbon", d.source.key)
    page = tilt(carbon_copy(page_image(d, workdir), rng), float(rng.uniform(-0.6, 0.6)), (250, 238, 170))
    return "jpg", jpeg_bytes(sensor_noise(page, rng, 2.5), 75)


def embossed_on_date(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A notary's blind embossed seal over the date line, photographed on a dark desk under a raking
    light, JPEG q65."""
    rng = _rng("emboss", d.source.key)
    box = text_box(_pdf(d, workdir), d.date_text)
    if box is None:
        raise ValueError(f"the date is not printed on {d.source.key}")
    return "jpg", jpeg_bytes(_on_desk(embossed_seal(page_image(d, workdir), box, rng), rng), 65)


def punched_through(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Binder holes punched through the print, scanned over the open lid's dark, 200 dpi, JPEG q75."""
    rng = _rng("holes", d.source.key)
    page = holes_over_print(page_image(d, workdir), rng)
    return "jpg", jpeg_bytes(
        sensor_noise(tilt(page, float(rng.uniform(-0.5, 0.5)), (255, 255, 255)), rng, 2), 75
    )


def at_night_flash(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """At night with the flash on, on a dark desk: hotspot, dark corners, noise, JPEG q60."""
    rng = _rng("flash", d.source.key)
    return "jpg", jpeg_bytes(night_flash(_on_desk(page_image(d, workdir), rng), rng), 60)


def lid_left_open(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A greyscale scan with the lid open (the room dark around a crooked page), as a PDF."""
    rng = _rng("lid", d.source.key)
    return "pdf", image_pdf([lid_open(page_image(d, workdir), rng)], DPI)


def thermal_faded(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """An old thermal fax, faded unevenly, re-scanned to a PDF at 200 dpi."""
    rng = _rng("thermal", d.source.key)
    page = tilt(thermal_fade(page_image(d, workdir), rng), float(rng.uniform(-0.4, 0.4)), 232)
    return "pdf", image_pdf([page], DPI)


def two_up_sheet(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Two certificates printed two to a sheet, scanned at 200 dpi, JPEG q75."""
    rng = _rng("twoup", d.source.key)
    pages = rasterize_pdf(_pdf(d, workdir), DPI)
    sheet = tilt(two_per_sheet(list(pages)), float(rng.uniform(-0.5, 0.5)), (255, 255, 255))
    return "jpg", jpeg_bytes(sensor_noise(sheet, rng, 2), 75)


def third_generation(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A copy of a copy of a copy, scanned at 200 dpi to a PDF."""
    rng = _rng("copy3", d.source.key)
    page = tilt(photocopy_generations(page_image(d, workdir), rng), float(rng.uniform(-0.8, 0.8)), 255)
    return "pdf", image_pdf([page], DPI)


def backside_showing(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A thin page scanned with its back's print showing through, colour, JPEG q75."""
    rng = _rng("through", d.source.key)
    page = page_image(d, workdir)
    return "jpg", jpeg_bytes(sensor_noise(show_through(page, _back_page(page.size), rng), rng, 2), 75)


KINDS: dict[str, Callable[[Drawn, Path], tuple[str, bytes]]] = {
    "perspective_shaken": perspective_shaken,
    "plastic_sleeve": in_sleeve,
    "phone_screen": on_phone_screen,
    "carbonless_blue": carbonless,
    "emboss_on_date": embossed_on_date,
    "holes_through_print": punched_through,
    "night_flash": at_night_flash,
    "lid_open": lid_left_open,
    "thermal_fade": thermal_faded,
    "two_per_sheet": two_up_sheet,
    "copy_of_copy": third_generation,
    "show_through": backside_showing,
}

PLAN: dict[str, tuple[str, ...]] = {
    "perspective_shaken": ("basic_land", "record_grid"),
    "plastic_sleeve": ("is362_form", "ymhfa_letter"),
    "phone_screen": ("asl1_side", "srp_letter"),
    "carbonless_blue": ("advanced_form", "record_plain"),
    "emboss_on_date": ("tcole_land", "ymhfa_letter"),
    "holes_through_print": ("juvint_side", "basic_land"),
    "night_flash": ("srp_letter", "advanced_form"),
    "lid_open": ("is362_form", "tcole_land"),
    "thermal_fade": ("record_grid", "asl1_side"),
    "two_per_sheet": ("pair_basic", "pair_srp"),
    "copy_of_copy": ("juvint_side", "record_plain"),
    "show_through": ("basic_land", "is362_form"),
}


CAPTURES: dict[str, Capture] = {
    f"{kind}-{k}": Capture(f"{kind}-{k}", kind, SOURCES[k]) for kind, keys in PLAN.items() for k in keys
}


def write_capture(c: Capture, workdir: Path) -> Path:
    return write_with(c, workdir, KINDS)
