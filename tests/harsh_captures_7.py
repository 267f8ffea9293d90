"""Real-world captures, round 8 (fixture module 7): twelve capture kinds no earlier round made.

Rounds 1-7 (``tests/harsh_captures.py`` .. ``_6.py``) photographed pages steeply from the near edge,
bulged, crumpled, shadowed, stamped and struck the date, highlighted the hours, sleeved and
screened them. This round adds: a photo from the side (keystone in x: one vertical edge much
shorter than the other, the page foreshortened across); a page curled near its binding (the lines
bend and crowd into a dark gutter on one side only); a second paper lying over part of the first
(its edge and shadow across the print); a red "RECEIVED" or "COPY" stamp over the hours; a green or
pink highlighter over the holder's name; a pen striking the printed hours out and writing other
hours beside them, and one thin red line through them with a bare number written above (no reading
of either may be ``auto``); an old certificate gone yellow-brown with
foxing spots and faded brown ink; a colour certificate with mid-tone print on a guilloche pattern;
the page printed by an 80 mm receipt printer (576 dots, dithered) and photographed; a photo sent
through a messenger twice (shrunk, JPEG q30, shrunk again, q30); a close-up with a wide-angle lens
(barrel distortion, colour fringes, vignetting); a page torn across and taped back a little
misaligned.

Every document is drawn by reportlab (``certledger.samples``; new holders and courses) and rasterised;
every effect is a small function of a seeded ``numpy`` generator, so a capture is the same bytes for
the same seed. ``CAPTURES`` lists the fixtures with their truth; ``bench/harsh_captures_7.py``
tabulates them.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from certledger.samples import (
    NASRO,
    CertificateSpec,
    TranscriptRow,
    TranscriptSpec,
    render_transcript_pdf,
)
from tests.harsh_captures import (
    Expect,
    Source,
    _cert_spec,
    _perspective_coeffs,
    dark_desk,
    fit_long_side,
    jpeg_bytes,
    sensor_noise,
    tilt,
)
from tests.harsh_captures_3 import (
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
    highlight,
    other_document,
    page_image,
    rubber_stamp,
    text_box,
)
from tests.harsh_captures_3 import (
    write_capture as write_with,
)
from tests.harsh_captures_5 import _on_desk

Rng = np.random.Generator

_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

# ------------------------------------------------------------------------------------ sources

_RECORD = TranscriptSpec(
    agency="Cedar Bluff Public Safety Department",
    employee_name="FONTAINE-OKAFOR, LUCINDA M.",
    rows=(
        TranscriptRow(
            "Adolescent Brain Development for Officers",
            "ABD-12",
            "State Juvenile Justice Commission",
            date(2022, 3, 15),
            date(2022, 3, 15),
            6.0,
            "Juvenile",
            "juvenile",
            None,
        ),
        TranscriptRow(
            "Threat Assessment in Schools",
            "TAS-40",
            "Regional School Safety Center",
            date(2022, 11, 1),
            date(2022, 11, 3),
            24.0,
            "School Safety",
            "school_safety",
            None,
        ),
        TranscriptRow(
            "Youth Mental Health First Aid",
            "MH-210",
            "National Council for Mental Wellbeing",
            date(2023, 6, 6),
            date(2023, 6, 6),
            8.0,
            "Juvenile",
            "juvenile",
            "ymhfa",
        ),
    ),
    employee_id="CB-7731",
    printed_on=date(2024, 4, 8),
)


def _record(key: str, layout: str) -> Drawn:
    items = tuple(
        Expect(r.title, r.start, r.end, r.hours, r.catalog_id, r.truth_category) for r in _RECORD.rows
    )
    src = Source(
        key,
        "Lucinda M. Fontaine-Okafor",
        "transcript",
        items,
        lambda p: render_transcript_pdf(_RECORD, layout, p),
    )
    return Drawn(src, "11/03/2022", "24.00")


_SPECS: dict[str, tuple[str, CertificateSpec]] = {
    "basic_side": (
        "sidebar",
        _cert_spec(
            "Thaddeus W. Kowalczyk",
            "Basic School Resource Officer Course",
            NASRO,
            date(2023, 7, 10),
            date(2023, 7, 14),
            40.0,
            "hours",
            "long",
            "basic",
            "nasro-basic",
            issuer_short="NASRO",
            location="Columbus, Ohio",
        ),
    ),
    "is360_letter": (
        "letter",
        _cert_spec(
            "Rosalind E. Nakashima",
            "IS-360: Preparing for Mass Casualty Incidents",
            "FEMA Emergency Management Institute",
            date(2022, 2, 22),
            date(2022, 2, 22),
            3.0,
            "hours",
            "numeric",
            "school_safety",
            "fema-is-360",
        ),
    ),
    "ymhfa_form": (
        "form_fields",
        _cert_spec(
            "Desmond A. Whitfield",
            "Youth Mental Health First Aid",
            "National Council for Mental Wellbeing",
            date(2022, 9, 14),
            date(2022, 9, 14),
            8.0,
            "hours",
            "long",
            "juvenile",
            "ymhfa",
        ),
    ),
    "advanced_land": (
        "centered_landscape",
        _cert_spec(
            "Genevieve T. Castellanos",
            "Advanced School Resource Officer Course",
            NASRO,
            date(2024, 2, 5),
            date(2024, 2, 7),
            24.0,
            "hours",
            "long",
            "advanced",
            "nasro-advanced",
            issuer_short="NASRO",
        ),
    ),
    "srp_form": (
        "form_fields",
        _cert_spec(
            "Augustin P. Lindqvist",
            "Standard Response Protocol Training",
            "The I Love U Guys Foundation",
            date(2023, 3, 21),
            date(2023, 3, 21),
            4.0,
            "hours",
            "numeric",
            "school_safety",
            "srp-training",
        ),
    ),
    "alerrt_letter": (
        "letter",
        _cert_spec(
            "Imogen R. Castellví",
            "ALERRT Active Shooter Level I",
            "ALERRT Center at Texas State University",
            date(2021, 5, 3),
            date(2021, 5, 4),
            16.0,
            "hours",
            "through",
            "school_safety",
            "alerrt-asl1",
        ),
    ),
    "tcole_side": (
        "sidebar",
        _cert_spec(
            "Barnaby O. Egbuna",
            "School-Based Law Enforcement (TCOLE 4064)",
            "Texas School Safety Center",
            date(2022, 10, 24),
            date(2022, 10, 26),
            20.0,
            "hours",
            "long",
            "school_safety",
            "tcole-4064",
        ),
    ),
    "juvint_land": (
        "centered_landscape",
        _cert_spec(
            "Ottilie F. Marchetti",
            "Interviewing and Interrogating Juveniles",
            "Public Agency Training Council",
            date(2022, 4, 19),
            date(2022, 4, 20),
            16.0,
            "hours",
            "long",
            "juvenile",
            "juvenile-interview",
        ),
    ),
}


SOURCES: dict[str, Drawn] = {
    **{key: _cert(key, layout, spec) for key, (layout, spec) in _SPECS.items()},
    "record_grid": _record("record_grid", "grid"),
    "record_plain": _record("record_plain", "whitespace"),
}


def _unsure(d: Drawn) -> Drawn:
    """``d`` whose items no reading can be sure of (its hours struck out and others written)."""
    src = d.source
    return Drawn(
        replace(src, items=tuple(replace(e, sure=False) for e in src.items)), d.date_text, d.hours_text
    )


# ------------------------------------------------------------------------------------ effects


def side_keystone(page: Image.Image, rng: Rng, squeeze: float) -> Image.Image:
    """Photographed from one side: the far vertical edge ``squeeze`` shorter than the near one and
    the page foreshortened across (its width 75-85 %), on a dark desk."""
    pw, ph = page.size
    fw, fh = round(max(pw, ph) * 1.15), round(max(pw, ph) * 0.95)
    if ph > pw:
        fw, fh = fh, fw
    scale = 0.82 * min(fw / pw, fh / ph)
    hw, hh = pw * scale / 2 * float(rng.uniform(0.75, 0.85)), ph * scale / 2
    far_right = rng.random() < 0.5
    near, far = hh, hh * (1 - squeeze)
    lh, rh = (near, far) if far_right else (far, near)
    cx, cy = fw / 2, fh / 2
    dst = [(cx - hw, cy - lh), (cx + hw, cy - rh), (cx + hw, cy + rh), (cx - hw, cy + lh)]
    dst = [(x + float(rng.normal(0, 6)), y + float(rng.normal(0, 6))) for x, y in dst]
    src = [(0.0, 0.0), (float(pw), 0.0), (float(pw), float(ph)), (0.0, float(ph))]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.convert("RGB").transform(
        (fw, fh), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", page.size, 255).transform((fw, fh), Image.Transform.PERSPECTIVE, coeffs)
    out = dark_desk((fw, fh), rng)
    out.paste(warped, (0, 0), mask)
    # the light falls off towards the far edge
    xx = np.linspace(0, 1, fw, dtype=np.float32)
    fall = 1 - 0.22 * (xx if far_right else 1 - xx)
    return _img(_arr(out) * fall[None, :, None])


def binding_curl(img: Image.Image, rng: Rng) -> Image.Image:
    """Curled near the binding: within the 25-35 % of the width next to one edge the page rises, so
    its lines bend (up at the top, down at the bottom: they fan out) and crowd together towards a
    dark gutter."""
    w, h = img.size
    left = rng.random() < 0.5
    zone = float(rng.uniform(0.25, 0.35)) * w
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dist = xx if left else (w - 1 - xx)  # distance from the binding
    t = np.clip(1 - dist / zone, 0, 1)  # 1 at the binding, 0 past the zone
    lift = t**2
    amp = float(rng.uniform(0.035, 0.055)) * h
    map_y = yy + amp * lift * (yy / h - 0.5) * 2 * 0.6 + amp * 0.4 * lift
    crowd = zone * 0.18 * t**3  # the columns near the binding are foreshortened
    map_x = xx - crowd if left else xx + crowd
    out = cv2.remap(
        np.asarray(img.convert("RGB")),
        map_x,
        map_y,
        cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(40, 38, 36),
    ).astype(np.float32)
    out *= (1 - 0.55 * t**3)[..., None]
    return _img(out)


def paper_over(img: Image.Image, rng: Rng) -> Image.Image:
    """Another paper lying over part of the page: its corner covers a bottom corner region (a quarter
    to a third of the width, a fifth of the height), turned 4-10 degrees, its shadow on the print."""
    w, h = img.size
    cover = other_document((round(w * 0.6), round(h * 0.6)))
    rot = float(rng.uniform(4, 10)) * _sign(rng)
    paper = cover.convert("RGB").rotate(
        rot, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=(0, 0, 0)
    )
    mask = Image.new("L", cover.size, 255).rotate(rot, expand=True, resample=Image.Resampling.BICUBIC)
    right = rng.random() < 0.5
    x = (
        round(w * (1 - float(rng.uniform(0.25, 0.33))))
        if right
        else round(w * float(rng.uniform(0.25, 0.33))) - paper.width
    )
    y = round(h * (1 - float(rng.uniform(0.17, 0.22))))
    out = img.convert("RGB").copy()
    shadow = mask.filter(ImageFilter.GaussianBlur(max(w, h) / 120)).point(lambda v: v * 0.45)
    out.paste(Image.new("RGB", shadow.size, (20, 18, 16)), (x + 8, y + 10), shadow)
    out.paste(paper, (x, y), mask)
    return out


def copy_stamp(img: Image.Image, box: Box, rng: Rng) -> Image.Image:
    """A big red "COPY" stamp in a frame, turned 8-20 degrees, its letters across the line in ``box``."""
    h_line = box[3] - box[1]
    sw, sh = round(h_line * 9), round(h_line * 3.6)
    stamp = Image.new("L", (sw, sh), 0)
    d = ImageDraw.Draw(stamp)
    d.rectangle((3, 3, sw - 3, sh - 3), outline=255, width=max(3, sh // 22))
    f = _font(round(sh * 0.7), True)
    tw = f.getlength("COPY")
    d.text(((sw - tw) / 2, sh * 0.1), "COPY", fill=255, font=f)
    stamp = stamp.rotate(
        float(rng.uniform(8, 20)) * _sign(rng), expand=True, resample=Image.Resampling.BICUBIC
    )
    ink = np.asarray(stamp, dtype=np.float32) / 255 * np.clip(rng.normal(0.7, 0.2, stamp.size[::-1]), 0.2, 1)
    a = _arr(img)
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    x0 = max(0, min(round(cx - stamp.width / 2), a.shape[1] - stamp.width))
    y0 = max(0, min(round(cy - stamp.height / 2), a.shape[0] - stamp.height))
    region = a[y0 : y0 + stamp.height, x0 : x0 + stamp.width]
    m = ink[: region.shape[0], : region.shape[1], None] * 0.75
    red = np.array([205, 35, 45], dtype=np.float32)
    a[y0 : y0 + stamp.height, x0 : x0 + stamp.width] = region * (1 - m) + np.minimum(region, red) * m
    return _img(a)


def coloured_highlight(img: Image.Image, box: Box, rng: Rng) -> Image.Image:
    """A green or pink highlighter over ``box`` (round 3's stroke, another ink)."""
    marked = np.asarray(highlight(img, box, rng), dtype=np.float32)
    plain = _arr(img)
    yellow = np.array([255, 238, 60], dtype=np.float32) / 255
    ink = np.array([120, 255, 120] if rng.random() < 0.5 else [255, 130, 200], dtype=np.float32) / 255
    # the stroke's strength per pixel, recovered from the yellow's blue channel
    m = np.clip((plain[..., 2] - marked[..., 2]) / np.maximum(plain[..., 2] * (1 - yellow[2]), 1), 0, 1)
    return _img(plain * (1 - m[..., None]) + plain * ink * m[..., None])


def hours_correction(img: Image.Image, box: Box, rng: Rng, written: str) -> Image.Image:
    """The printed hours struck through with two pen lines and ``written`` written above-right of
    them in a slanted hand, with the writer's initials."""
    out = img.convert("RGB").copy()
    d = ImageDraw.Draw(out)
    h_line = box[3] - box[1]
    blue = (25, 40, 140)
    width = max(2, round(h_line / 8))
    for k in (0.4, 0.6):
        y = box[1] + h_line * k + float(rng.normal(0, 1))
        d.line((box[0] - h_line * 0.3, y + 2, box[2] + h_line * 0.3, y - 2), fill=blue, width=width)
    f = ImageFont.truetype(_HAND, round(h_line * 1.3))
    tx, ty = box[2] + h_line * 0.4, box[1] - h_line * 1.25
    layer = Image.new("L", (round(f.getlength(written + "  J.K.") + 20), round(h_line * 2)), 0)
    ImageDraw.Draw(layer).text((5, 0), written + "  J.K.", fill=255, font=f)
    layer = layer.rotate(float(rng.uniform(3, 8)), expand=True, resample=Image.Resampling.BICUBIC)
    out.paste(Image.new("RGB", layer.size, blue), (round(tx), round(ty)), layer)
    return out


def red_strike(img: Image.Image, box: Box, rng: Rng, written: str) -> Image.Image:
    """One thin red line through the printed hours (a little aslant, just past both ends) and a bare
    number written above it: the printed figures stay legible under the line."""
    out = img.convert("RGB").copy()
    d = ImageDraw.Draw(out)
    h_line = box[3] - box[1]
    y = (box[1] + box[3]) / 2 + float(rng.normal(0, 1))
    red = (210, 30, 35)
    d.line((box[0] - 4, y + 2, box[2] + 4, y - 3), fill=red, width=max(2, round(h_line / 10)))
    f = ImageFont.truetype(_HAND, round(h_line * 1.2))
    d.text((box[2] + h_line * 0.5, box[1] - h_line * 1.1), written, fill=red, font=f)
    return out


def sepia_aged(img: Image.Image, rng: Rng) -> Image.Image:
    """An old certificate: paper gone yellow-brown (darker to the edges), the black ink faded to
    brown, foxing spots scattered over it."""
    g = np.asarray(img.convert("L"), dtype=np.float32) / 255
    h, w = g.shape
    ink = (1 - g) * float(rng.uniform(0.6, 0.75))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum.reduce([xx / w, 1 - xx / w, yy / h, 1 - yy / h])
    tone = 1 - 0.18 * np.exp(-edge / 0.05)
    paper = np.array([232, 214, 170], dtype=np.float32) * tone[..., None]
    spots = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(25, 45))):
        cx, cy, r = float(rng.uniform(0, w)), float(rng.uniform(0, h)), float(rng.uniform(3, 14))
        cv2.circle(spots, (round(cx), round(cy)), round(r), float(rng.uniform(0.2, 0.45)), -1)
    spots = cv2.GaussianBlur(spots, (0, 0), 3)
    paper = paper * (1 - spots[..., None] * np.array([0.3, 0.45, 0.65], dtype=np.float32))
    brown = np.array([85, 55, 30], dtype=np.float32)
    return _img(paper * (1 - ink[..., None]) + brown * ink[..., None])


def guilloche_colour(img: Image.Image, rng: Rng) -> Image.Image:
    """A colour certificate: a guilloche of fine sine curves in two pastel inks over a radial wash,
    and the print itself a mid-tone blue or maroon, not black."""
    g = np.asarray(img.convert("L"), dtype=np.float32) / 255
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    r = np.hypot(xx - cx, yy - cy) / max(w, h)
    ang = np.arctan2(yy - cy, xx - cx)
    wave1 = 0.5 + 0.5 * np.cos(r * 260 + 6 * np.sin(ang * 9))
    wave2 = 0.5 + 0.5 * np.cos(r * 190 - 5 * np.sin(ang * 13 + 1))
    line1, line2 = (wave1 > 0.93).astype(np.float32), (wave2 > 0.94).astype(np.float32)
    wash = np.array([236, 244, 250], dtype=np.float32) * (1 - 0.08 * r[..., None])
    bg = (
        wash * (1 - 0.35 * line1[..., None])
        + np.array([150, 200, 220], dtype=np.float32) * 0.35 * line1[..., None]
    )
    bg = (
        bg * (1 - 0.3 * line2[..., None])
        + np.array([230, 170, 190], dtype=np.float32) * 0.3 * line2[..., None]
    )
    ink_colour = np.array([60, 80, 150] if rng.random() < 0.5 else [120, 40, 60], dtype=np.float32)
    ink = (1 - g)[..., None]
    return _img(bg * (1 - ink) + ink_colour * ink)


def receipt_print(img: Image.Image, dots: int = 576) -> Image.Image:
    """The page printed by an 80 mm thermal receipt printer: shrunk to ``dots`` wide and dithered to
    black and white, on slightly grey thermal paper, each dot a little soft."""
    g = img.convert("L")
    small = g.resize((dots, round(g.height * dots / g.width)), Image.Resampling.LANCZOS).convert("1")
    big = small.convert("L").resize((dots * 3, small.height * 3), Image.Resampling.NEAREST)
    a = np.asarray(big.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32)
    return _img(
        (a / 255 * 0.9 + 0.06)[..., None] * np.array([244, 244, 240], dtype=np.float32) + 0 * a[..., None]
    )


def messenger_twice(img: Image.Image) -> Image.Image:
    """Sent through a messenger and forwarded: 1600 px long side at q30, then 1280 px at q30."""
    from io import BytesIO

    out = img
    for side in (1600, 1280):
        out = fit_long_side(out, side)
        buf = BytesIO()
        out.convert("RGB").save(buf, "JPEG", quality=30)
        out = Image.open(BytesIO(buf.getvalue()))
        out.load()
    return out


def wide_angle(img: Image.Image, rng: Rng) -> Image.Image:
    """A close-up with a wide-angle lens: barrel distortion (straight lines bow out, k1 0.10-0.16),
    red and blue fringes growing to the corners, vignetting."""
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    nx, ny = (xx - w / 2) / (max(w, h) / 2), (yy - h / 2) / (max(w, h) / 2)
    r2 = nx**2 + ny**2
    k1 = float(rng.uniform(0.10, 0.16))
    chans = []
    for ch, ca in ((0, 1.004), (1, 1.0), (2, 0.996)):
        f = (1 + k1 * r2) * ca  # an output pixel looks further out in the source: lines bow outwards
        mx = (nx * f) * (max(w, h) / 2) + w / 2
        my = (ny * f) * (max(w, h) / 2) + h / 2
        chans.append(cv2.remap(a[..., ch], mx, my, cv2.INTER_LINEAR, borderValue=30))
    out = np.stack(chans, -1).astype(np.float32)
    out *= (1 - 0.35 * r2)[..., None]
    return _img(out)


def torn_taped(img: Image.Image, rng: Rng) -> Image.Image:
    """Torn across and taped: a jagged tear at 35-65 % of the height, the lower part shifted a few
    pixels and turned half a degree, a thin light gap along the tear, a strip of yellowed tape over it."""
    w, h = img.size
    y0 = h * float(rng.uniform(0.35, 0.65))
    xs = np.arange(w, dtype=np.float32)
    jag = np.cumsum(rng.normal(0, 1.2, w)).astype(np.float32)
    jag -= np.linspace(jag[0], jag[-1], w, dtype=np.float32)
    tear = y0 + jag + 6 * np.sin(xs / w * math.pi * float(rng.uniform(1, 3)))
    a = np.asarray(img.convert("RGB"))
    dx, dy = float(rng.uniform(3, 7)) * _sign(rng), float(rng.uniform(2, 5))
    rot = math.radians(float(rng.uniform(0.3, 0.7)) * _sign(rng))
    m = np.array([[math.cos(rot), -math.sin(rot), dx], [math.sin(rot), math.cos(rot), dy]], dtype=np.float32)
    moved = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    yy = np.mgrid[0:h, 0:w][0].astype(np.float32)
    below = yy > tear[None, :]
    out = np.where(below[..., None], moved, a).astype(np.float32)
    gap = np.abs(yy - tear[None, :]) < 1.6
    out[gap] = 250
    band = np.abs(yy - (y0 + float(rng.uniform(-4, 4)))) < h * 0.025
    out[band] = out[band] * np.array([0.97, 0.95, 0.86]) + 6
    return _img(out)


# ------------------------------------------------------------------------------------ captures


def _rng(kind: str, key: str) -> Rng:
    return np.random.default_rng(zlib.crc32(f"harsh7/{kind}/{key}".encode()))


def _box(d: Drawn, workdir: Path, text: str) -> Box:
    pdf = _pdf(d, workdir)
    for t in (text, text.upper()):
        box = text_box(pdf, t)
        if box is not None:
            return box
    raise ValueError(f"{text!r} is not printed on {d.source.key}")


def _name_text(d: Drawn) -> str:
    if d.source.doc_type == "transcript":
        return _RECORD.employee_name
    return d.source.name


def _scan(page: Image.Image, rng: Rng, quality: int = 70) -> tuple[str, bytes]:
    page = tilt(page, float(rng.uniform(-0.6, 0.6)), (255, 255, 255))
    return "jpg", jpeg_bytes(sensor_noise(page, rng, 3.0), quality)


def from_the_side(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Photographed from the side: the far edge 25-32 % shorter, foreshortened across, JPEG q65."""
    rng = _rng("side", d.source.key)
    photo = side_keystone(page_image(d, workdir), rng, float(rng.uniform(0.25, 0.32)))
    return "jpg", jpeg_bytes(sensor_noise(fit_long_side(photo, 2000), rng, 3.0), 65)


def curled_binding(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A page curled near its binding, photographed on a dark desk, JPEG q65."""
    rng = _rng("curl", d.source.key)
    return "jpg", jpeg_bytes(_on_desk(binding_curl(page_image(d, workdir), rng), rng), 65)


def overlapped(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Another paper lying over a bottom corner, photographed on a desk, JPEG q65."""
    rng = _rng("over", d.source.key)
    return "jpg", jpeg_bytes(_on_desk(paper_over(page_image(d, workdir), rng), rng), 65)


def stamp_on_hours(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A red stamp over the hours: RECEIVED with its own date on one, COPY on the other, scanned."""
    rng = _rng("stamph", d.source.key)
    page, box = page_image(d, workdir), _box(d, workdir, d.hours_text)
    if d.source.doc_type == "certificate" and "form" in d.source.key:
        page = rubber_stamp(page, box, rng, "AUG 19 2024")
    else:
        page = copy_stamp(page, box, rng)
    return _scan(page, rng)


def highlighted_name(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A green or pink highlighter over the holder's name, scanned."""
    rng = _rng("hiname", d.source.key)
    page = coloured_highlight(page_image(d, workdir), _box(d, workdir, _name_text(d)), rng)
    return _scan(page, rng)


def corrected_hours(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """The printed hours struck out in pen and other hours written beside them, scanned."""
    rng = _rng("correct", d.source.key)
    hours = d.source.items[0].hours or 8.0
    written = f"{int(hours) + 4}"
    page = hours_correction(page_image(d, workdir), _box(d, workdir, d.hours_text), rng, written)
    return _scan(page, rng)


def red_pen_strike(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """The printed hours struck by one thin red line, another number written above, scanned."""
    rng = _rng("redpen", d.source.key)
    written = f"{int(d.source.items[0].hours or 8) + 8}"
    page = red_strike(page_image(d, workdir), _box(d, workdir, d.hours_text), rng, written)
    return _scan(page, rng)


def aged_sepia(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """An old yellowed certificate with foxing, scanned in colour, JPEG q70."""
    rng = _rng("sepia", d.source.key)
    return _scan(sepia_aged(page_image(d, workdir), rng), rng)


def patterned_colour(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A colour certificate (guilloche background, blue or maroon print) photographed on a desk, q70."""
    rng = _rng("guill", d.source.key)
    return "jpg", jpeg_bytes(_on_desk(guilloche_colour(page_image(d, workdir), rng), rng, dark=False), 70)


def receipt_printer(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Printed on an 80 mm receipt printer and photographed on a dark desk, JPEG q70."""
    rng = _rng("receipt", d.source.key)
    return "jpg", jpeg_bytes(_on_desk(receipt_print(page_image(d, workdir)), rng), 70)


def messenger(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A phone photo sent through a messenger and forwarded (two shrinks, q30 twice)."""
    rng = _rng("msg", d.source.key)
    photo = _photo(
        page_image(d, workdir), rng, long_side=2400, fill=0.88, turn=float(rng.uniform(1, 3)), keystone=0.05
    )
    return "jpg", jpeg_bytes(messenger_twice(photo), 95)


def wide_angle_lens(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A close-up with a wide-angle lens on a dark desk, JPEG q70."""
    rng = _rng("wide", d.source.key)
    photo = _photo(
        page_image(d, workdir),
        rng,
        long_side=1900,
        fill=0.93,
        turn=float(rng.uniform(0.5, 2)),
        keystone=0.03,
        dark=True,
    )
    return "jpg", jpeg_bytes(sensor_noise(wide_angle(photo, rng), rng, 2.5), 70)


def taped_tear(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Torn across, taped back a little misaligned, scanned."""
    rng = _rng("tear", d.source.key)
    return _scan(torn_taped(page_image(d, workdir), rng), rng)


KINDS: dict[str, Callable[[Drawn, Path], tuple[str, bytes]]] = {
    "side_keystone": from_the_side,
    "binding_curl": curled_binding,
    "paper_over": overlapped,
    "stamp_on_hours": stamp_on_hours,
    "highlight_name": highlighted_name,
    "hours_corrected": corrected_hours,
    "red_strike_hours": red_pen_strike,
    "sepia_aged": aged_sepia,
    "guilloche_colour": patterned_colour,
    "receipt_printer": receipt_printer,
    "messenger_twice": messenger,
    "wide_angle": wide_angle_lens,
    "torn_taped": taped_tear,
}

PLAN: dict[str, tuple[str, ...]] = {
    "side_keystone": ("basic_side", "record_grid"),
    "binding_curl": ("is360_letter", "record_plain"),
    "paper_over": ("advanced_land", "ymhfa_form"),
    "stamp_on_hours": ("srp_form", "juvint_land"),
    "highlight_name": ("tcole_side", "record_grid"),
    "hours_corrected": ("alerrt_letter", "ymhfa_form"),
    "red_strike_hours": ("srp_form", "tcole_side"),
    "sepia_aged": ("juvint_land", "basic_side"),
    "guilloche_colour": ("advanced_land", "is360_letter"),
    "receipt_printer": ("srp_form", "alerrt_letter"),
    "messenger_twice": ("tcole_side", "record_plain"),
    "wide_angle": ("ymhfa_form", "juvint_land"),
    "torn_taped": ("basic_side", "srp_form"),
}

# Struck-out hours with others written: no reading may be auto (the printed or the written hours).
MUST_REVIEW: frozenset[str] = frozenset({"hours_corrected", "red_strike_hours"})

CAPTURES: dict[str, Capture] = {
    f"{kind}-{k}": Capture(f"{kind}-{k}", kind, _unsure(SOURCES[k]) if kind in MUST_REVIEW else SOURCES[k])
    for kind, keys in PLAN.items()
    for k in keys
}


def write_capture(c: Capture, workdir: Path) -> Path:
    return write_with(c, workdir, KINDS)
