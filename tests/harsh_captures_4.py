"""Real-world captures, round 4: hard shadows across a photographed page, and what else phones do.

Round 3 (``tests/harsh_captures_3.py``) cast one straight shadow over half of a flat capture. Real
applicants' photos hold shadows of other shapes: a hand's (a rounded blob reaching in from one side,
over about a third of the page), a phone's (a rounded rectangle from the top edge), a diagonal edge
cutting off a corner, a letter folded in three whose bottom panel faces away from the lamp (its light
falls off sharply at the crease). Also here: a dark-ink stamp or a pen scribble across the date line
(the date may be lost, never misread), a glare spot over the hours of a glossy certificate, a page shot
at a steep angle (the far edge a third narrower), a crumpled and smoothed-out page (creases bend the
lines and shade the paper in facets), a page on a checked tablecloth (the cloth's white squares are as
bright as paper), a page shown on a monitor and photographed (a pixel grid beating with the camera's
into moire), and a very dim room (exposure a quarter, heavy noise).

Every document is drawn by reportlab (``certledger.samples``; new holders and courses) and rasterised;
every effect is a small function of a seeded ``numpy`` generator, so a capture is the same bytes for
the same seed. ``CAPTURES`` lists the fixtures with their truth; ``bench/harsh_captures_4.py``
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
from PIL import Image, ImageDraw, ImageFilter

from certledger.samples import NASRO, TranscriptRow, TranscriptSpec, render_transcript_pdf
from tests.harsh_captures import (
    Expect,
    Source,
    _cert_spec,
    fit_long_side,
    jpeg_bytes,
    keystone_onto,
)
from tests.harsh_captures_3 import (
    Box,
    Capture,
    Drawn,
    _arr,
    _cert,
    _font,
    _img,
    _marked,
    _pdf,
    _photo,
    _sign,
    glare,
    low_light,
    page_image,
    text_box,
)
from tests.harsh_captures_3 import (
    write_capture as write_with,
)

Rng = np.random.Generator

# ------------------------------------------------------------------------------------ sources

_RECORD = TranscriptSpec(
    agency="Harbor City Police Department",
    employee_name="VANTERPOOL, MARCUS J.",
    rows=(
        TranscriptRow(
            "Interviewing and Interrogating Juveniles",
            "IJ-305",
            "State Juvenile Justice Academy",
            date(2021, 11, 3),
            date(2021, 11, 4),
            16.0,
            "Juvenile",
            "juvenile",
            "juvenile-interview",
        ),
        TranscriptRow(
            "Bullying and Cyberbullying Prevention for Law Enforcement",
            "BCP-12",
            "Regional Training Center",
            date(2022, 4, 19),
            date(2022, 4, 19),
            8.0,
            "Juvenile",
            "juvenile",
            "bullying-prevention",
        ),
        TranscriptRow(
            "Active Shooter Response for Schools",
            "ASR-7",
            "Harbor City Police Department",
            date(2023, 5, 10),
            date(2023, 5, 10),
            8.0,
            "School Safety",
            "school_safety",
            "school-active-shooter",
        ),
    ),
    employee_id="HC-4471",
    printed_on=date(2024, 1, 22),
)


def _record(key: str, layout: str) -> Drawn:
    items = tuple(
        Expect(r.title, r.start, r.end, r.hours, r.catalog_id, r.truth_category) for r in _RECORD.rows
    )
    src = Source(
        key, "Marcus J. Vanterpool", "transcript", items, lambda p: render_transcript_pdf(_RECORD, layout, p)
    )
    return Drawn(src, "05/10/2023", "8.00")


SOURCES: dict[str, Drawn] = {
    d.source.key: d
    for d in (
        _cert(
            "supervisors_land",
            "centered_landscape",
            _cert_spec(
                "Harriet O. Pemberton",
                "School Resource Officer Supervisors and Management Course",
                NASRO,
                date(2023, 9, 25),
                date(2023, 9, 27),
                24.0,
                "hours",
                "long",
                "supervisor",
                "nasro-supervisors",
                issuer_short="NASRO",
                location="Orlando, Florida",
            ),
        ),
        _cert(
            "dare_form",
            "form_fields",
            _cert_spec(
                "Luis A. Betancourt",
                "D.A.R.E. Officer Training",
                "D.A.R.E. America",
                date(2022, 6, 6),
                date(2022, 6, 17),
                80.0,
                "hours",
                "numeric",
                "juvenile",
                "dare-officer",
                certificate_number="DA-22-0617-33",
            ),
        ),
        _cert(
            "is100_letter",
            "letter",
            _cert_spec(
                "Naomi R. Castellanos",
                "IS-100.SCA: Introduction to the Incident Command System for Schools",
                "FEMA Emergency Management Institute",
                date(2023, 10, 2),
                date(2023, 10, 2),
                3.0,
                "hrs",
                "long",
                "school_safety",
                "fema-is-100-sc",
            ),
        ),
        _cert(
            "amht_side",
            "sidebar",
            _cert_spec(
                "Gideon P. Ashworth",
                "Adolescent Mental Health Training for School Resource Officers",
                NASRO,
                date(2024, 3, 12),
                date(2024, 3, 12),
                8.0,
                "contact",
                "through",
                "school_safety",
                "nasro-amht",
                issuer_short="NASRO",
            ),
        ),
        _cert(
            "great_land",
            "centered_landscape",
            _cert_spec(
                "Imani S. Whitfield",
                "G.R.E.A.T. Officer Training",
                "G.R.E.A.T. National Training Center",
                date(2022, 8, 1),
                date(2022, 8, 5),
                40.0,
                "words",
                "day_month",
                "juvenile",
                "great-officer",
            ),
        ),
        _cert(
            "child_abuse_form",
            "form_fields",
            _cert_spec(
                "Everett K. Mondragon",
                "Child Abuse and Neglect Investigations",
                "State Child Advocacy Training Institute",
                date(2023, 4, 18),
                date(2023, 4, 19),
                16.0,
                "credit",
                "iso",
                "juvenile",
                "child-abuse-inv",
                distractors=("(505) 555-0118",),
            ),
        ),
        _cert(
            "tcole_letter",
            "letter",
            _cert_spec(
                "Samantha J. Ortega-Reyes",
                "School-Based Law Enforcement (TCOLE 4064)",
                "Texas Commission on Law Enforcement",
                date(2022, 1, 24),
                date(2022, 1, 26),
                24.0,
                "contact",
                "long",
                "school_safety",
                "tcole-4064",
                location="Austin, Texas",
            ),
        ),
        _cert(
            "is907_side",
            "sidebar",
            _cert_spec(
                "Bartholomew C. Nakamura",
                "IS-907: Active Shooter: What You Can Do",
                "FEMA Emergency Management Institute",
                date(2024, 7, 9),
                date(2024, 7, 9),
                1.0,
                "hours",
                "numeric",
                "school_safety",
                "fema-is-907",
            ),
        ),
        _record("record_grid", "grid"),
        _record("record_plain", "whitespace"),
    )
}


# ------------------------------------------------------------------------------------ effects


def _shade(img: Image.Image, mask: Image.Image, darkness: float, soft: float) -> Image.Image:
    """``img`` darker by ``darkness`` where ``mask`` (mode L) is white, its edge blurred by ``soft``
    px (the penumbra), and a little bluer there, as shade lit by the sky or a ceiling is."""
    m = np.asarray(mask.filter(ImageFilter.GaussianBlur(soft)), dtype=np.float32)[..., None] / 255
    tint = np.array([0.93, 0.96, 1.0], dtype=np.float32)
    return _img(_arr(img) * (1 - darkness * m) * (1 - m * (1 - tint)))


def hand_shadow(img: Image.Image, rng: Rng, darkness: float) -> Image.Image:
    """A hand's shadow reaching in from the left or right edge over about a third of the page: a
    palm (a large ellipse partly beyond the edge) and the wrist and forearm behind it."""
    w, h = img.size
    mask = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(mask)
    left = rng.random() < 0.5
    reach = w * float(rng.uniform(0.3, 0.38))
    cy = h * float(rng.uniform(0.35, 0.65))
    rx, ry = reach * 0.9, h * float(rng.uniform(0.22, 0.3))
    cx = reach - rx * 0.55 if left else w - reach + rx * 0.55
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=255)
    edge = 0.0 if left else float(w)
    d.polygon([(edge, cy - ry * 0.5), (cx, cy - ry * 0.6), (cx, h), (edge, h)], fill=255)  # the forearm
    return _shade(img, mask, darkness, max(w, h) * float(rng.uniform(0.006, 0.015)))


def phone_shadow(img: Image.Image, rng: Rng, darkness: float) -> Image.Image:
    """The phone's own shadow: a rounded rectangle hanging from the top edge over a third of the
    page's height, its sides inside the page."""
    w, h = img.size
    mask = Image.new("L", img.size, 0)
    cw = w * float(rng.uniform(0.45, 0.6))
    x0 = w * float(rng.uniform(0.1, 0.9)) - cw / 2
    bottom = h * float(rng.uniform(0.3, 0.38))
    ImageDraw.Draw(mask).rounded_rectangle((x0, -h * 0.1, x0 + cw, bottom), radius=round(cw * 0.12), fill=255)
    return _shade(img, mask, darkness, max(w, h) * 0.008)


def diagonal_shadow(img: Image.Image, rng: Rng, darkness: float) -> Image.Image:
    """A straight shadow edge at 30-60 degrees across the page, cutting off a corner (a third to
    nearly half of the page)."""
    w, h = img.size
    corner = int(rng.integers(0, 4))
    a, b = w * float(rng.uniform(0.6, 0.85)), h * float(rng.uniform(0.6, 0.85))
    cx, cy = (0.0 if corner in (0, 3) else float(w)), (0.0 if corner in (0, 1) else float(h))
    sx, sy = (1 if cx == 0 else -1), (1 if cy == 0 else -1)
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon([(cx, cy), (cx + sx * a, cy), (cx, cy + sy * b)], fill=255)
    return _shade(img, mask, darkness, max(w, h) * 0.005)


def folded_in_three(img: Image.Image, rng: Rng, darkness: float) -> Image.Image:
    """A letter folded in three and opened: creases at a third and two thirds of the height, each a
    thin dark line beside a light one; the bottom (or top) panel tilts away from the lamp, so it is
    ``darkness`` darker from its crease on, falling off a little more towards its edge."""
    h = img.height
    a = _arr(img)
    yy = np.arange(h, dtype=np.float32)[:, None, None]
    creases = [h / 3 + float(rng.uniform(-0.01, 0.01)) * h, 2 * h / 3 + float(rng.uniform(-0.01, 0.01)) * h]
    for fy in creases:
        a *= 1 - 0.25 * np.exp(-(((yy - fy) / 2.5) ** 2)) + 0.06 * np.exp(-(((yy - fy - 5) / 3.0) ** 2))
    bottom = rng.random() < 0.6
    crease = creases[1] if bottom else creases[0]
    depth = (yy - crease) / (h - crease) if bottom else (crease - yy) / crease
    panel = 1.0 / (1.0 + np.exp(np.clip(-((yy - crease) if bottom else (crease - yy)) / 1.5, -60, 60)))
    light = 1 - panel * (darkness + 0.12 * np.clip(depth, 0, 1))
    return _img(a * light * (1 - panel * np.array([0.05, 0.03, 0.0], dtype=np.float32)))


def seal_stamp(img: Image.Image, box: Box, rng: Rng, stamped: str) -> Image.Image:
    """A round office seal in dark ink ("RECORDS DIVISION", a date, "VERIFIED") pressed over the
    line in ``box``, turned a little, its ink patchy."""
    h_line = box[3] - box[1]
    r = round(h_line * 3.6)
    size = 2 * r + 8
    seal = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(seal)
    c = size / 2
    d.ellipse((4, 4, size - 4, size - 4), outline=255, width=max(3, r // 18))
    d.ellipse((c - r * 0.72, c - r * 0.72, c + r * 0.72, c + r * 0.72), outline=255, width=max(2, r // 30))
    f = _font(round(r * 0.16), bold=True)
    for i, ch in enumerate("RECORDS DIVISION"):
        ang = math.radians(-150 + i * 8.5)
        d.text(
            (c + r * 0.84 * math.cos(ang), c + r * 0.84 * math.sin(ang)), ch, fill=255, font=f, anchor="mm"
        )
    for text, dy, px in (("VERIFIED", -0.25, 0.2), (stamped, 0.08, 0.16)):
        d.text((c, c + r * dy), text, fill=255, font=_font(round(r * px), bold=True), anchor="mm")
    seal = seal.rotate(float(rng.uniform(-20, 20)), resample=Image.Resampling.BICUBIC)
    ink = np.asarray(seal, dtype=np.float32) / 255 * np.clip(rng.normal(0.8, 0.2, seal.size[::-1]), 0.3, 1)
    a = _arr(img)
    cx = box[0] + (box[2] - box[0]) * float(rng.uniform(0.3, 0.7))
    cy = (box[1] + box[3]) / 2 + float(rng.uniform(-0.3, 0.3)) * h_line
    x0 = max(0, min(round(cx - size / 2), a.shape[1] - size))
    y0 = max(0, min(round(cy - size / 2), a.shape[0] - size))
    region = a[y0 : y0 + size, x0 : x0 + size]
    m = ink[: region.shape[0], : region.shape[1], None] * 0.85
    navy = np.array([30, 34, 70], dtype=np.float32)
    a[y0 : y0 + size, x0 : x0 + size] = region * (1 - m) + np.minimum(region, navy) * m
    return _img(a)


def pen_strike(img: Image.Image, box: Box, rng: Rng) -> Image.Image:
    """A black pen's zig-zag striking through the line in ``box`` (someone crossing out a copy's
    date to write another), and a handwritten-looking correction above it."""
    out = img.convert("RGB").copy()
    d = ImageDraw.Draw(out)
    h_line = box[3] - box[1]
    pts = []
    x = box[0] - h_line * 0.5
    up = True
    while x < box[2] + h_line * 0.5:
        pts.append((x, (box[1] + h_line * 0.1) if up else (box[3] - h_line * 0.1)))
        x += h_line * float(rng.uniform(0.35, 0.55))
        up = not up
    width = max(2, round(h_line / 7))
    d.line(pts, fill=(20, 20, 24), width=width, joint="curve")
    # a short scrawl above: wavy strokes, no legible digits
    y = box[1] - h_line * 0.9
    x = box[0] + (box[2] - box[0]) * 0.2
    wave = [(x + i * h_line * 0.12, y + math.sin(i * 1.3) * h_line * 0.3) for i in range(30)]
    d.line(wave, fill=(20, 20, 24), width=max(2, width - 1), joint="curve")
    return out


def crumple(img: Image.Image, rng: Rng, strength: float) -> Image.Image:
    """A crumpled page smoothed out: a height field of smooth lumps and sharp ridges (creases along
    random lines); the page is displaced by its slope (lines bend, kink at a crease) and shaded by
    it (each facet lit differently)."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    small = rng.normal(0, 1, (12, 10)).astype(np.float32)
    height = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * 0.4
    for _ in range(int(rng.integers(5, 9))):
        ang = float(rng.uniform(0, np.pi))
        px, py = float(rng.uniform(0, w)), float(rng.uniform(0, h))
        dist = (xx - px) * math.sin(ang) - (yy - py) * math.cos(ang)
        height += float(rng.uniform(-1, 1)) * np.exp(-np.abs(dist) / (0.08 * max(w, h)))
    gy, gx = np.gradient(height)
    top = max(float(np.abs(gx).max()), float(np.abs(gy).max()), 1e-6)
    gx, gy = gx / top, gy / top  # slopes in -1..1
    shift = strength * 0.006 * max(w, h)  # px at the steepest slope
    warped = cv2.remap(
        np.asarray(img.convert("RGB")),
        xx + gx * shift,
        yy + gy * shift,
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    ).astype(np.float32)
    light = 1.0 + np.clip(0.3 * (gx * 0.6 - gy * 0.8), -0.25, 0.1)  # lamp to the upper right
    return _img(warped * light[..., None])


def tablecloth(size: tuple[int, int], rng: Rng) -> Image.Image:
    """A red-and-white gingham cloth: white squares as bright as paper, red where stripes cross."""
    w, h = size
    period = int(rng.integers(40, 70))
    yy, xx = np.mgrid[0:h, 0:w]
    col = ((xx // (period // 2)) % 2 == 0).astype(np.float32)
    row = ((yy // (period // 2)) % 2 == 0).astype(np.float32)
    tone = 0.45 * col + 0.45 * row  # 0 white, .45 one stripe, .9 both
    red = np.array([196, 36, 44], dtype=np.float32)
    white = np.array([244, 242, 236], dtype=np.float32)
    a = white * (1 - tone[..., None]) + red * tone[..., None]
    a += rng.normal(0, 4.0, (h, w, 1))
    return _img(a).filter(ImageFilter.GaussianBlur(1.2))


def on_screen(page: Image.Image, rng: Rng) -> Image.Image:
    """The page as a monitor shows it, photographed: the picture drawn in RGB sub-pixel stripes
    (a 3-px period), then turned 1-2 degrees and resampled to the camera's grid, so the two grids beat
    into moire bands; a dark bezel around, a bluish cast, a faint reflection across."""
    w = 1900
    shown = fit_long_side(page, w)
    a = _arr(shown)
    xx = np.arange(a.shape[1])[None, :]
    stripes = np.stack([(xx % 3 == k).astype(np.float32) * 0.75 + 0.25 for k in range(3)], axis=-1)
    a = a * stripes * 1.25
    rows = (np.arange(a.shape[0]) % 3 != 2).astype(np.float32)[:, None, None] * 0.25 + 0.75
    a = a * rows
    screen = _img(a * np.array([0.9, 0.96, 1.05], dtype=np.float32))
    bezel = Image.new("RGB", (round(screen.width * 1.12), round(screen.height * 1.14)), (18, 18, 20))
    bezel.paste(screen, ((bezel.width - screen.width) // 2, (bezel.height - screen.height) // 2))
    turned = bezel.rotate(
        float(rng.uniform(1, 2)) * _sign(rng), resample=Image.Resampling.BILINEAR, expand=True
    )
    photo = turned.resize(
        (round(turned.width * 0.71), round(turned.height * 0.71)), Image.Resampling.BILINEAR
    )  # the camera's grid: no anti-aliasing, so the stripes alias into bands
    b = _arr(photo)
    hh, ww = b.shape[:2]
    yy, xx2 = np.mgrid[0:hh, 0:ww].astype(np.float32)
    b += 28 * np.exp(-(((xx2 + yy * 0.6 - ww * float(rng.uniform(0.4, 0.8))) / (ww * 0.12)) ** 2))[..., None]
    return _img(b)


# ------------------------------------------------------------------------------------ captures


def _on_dark_desk(page: Image.Image, rng: Rng, fill: float, keystone: float) -> bytes:
    """``page`` photographed on a dark desk (1700 px, 1-3 degrees of turn), JPEG q60."""
    turn = float(rng.uniform(1, 3)) * _sign(rng)
    photo = _photo(page, rng, long_side=1700, fill=fill, turn=turn, keystone=keystone, dark=True)
    return jpeg_bytes(photo, 60)


def _rng(kind: str, key: str) -> Rng:
    return np.random.default_rng(zlib.crc32(f"harsh4/{kind}/{key}".encode()))


def _flat(d: Drawn, workdir: Path, effect: Callable[[Image.Image, Rng], Image.Image], kind: str) -> bytes:
    """A scanner app's flat capture (1700 px) with ``effect``, JPEG q60."""
    rng = _rng(kind, d.source.key)
    return jpeg_bytes(effect(fit_long_side(page_image(d, workdir), 1700), rng), 60)


def hand_shadowed(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A hand's shadow over a third of a flat capture, 45-60 % darker."""
    return "jpg", _flat(d, workdir, lambda p, r: hand_shadow(p, r, float(r.uniform(0.45, 0.6))), "hand")


def phone_shadowed(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """The phone's shadow over the top third of a page photographed on a dark desk, 40-55 % darker."""
    rng = _rng("phone", d.source.key)
    page = phone_shadow(page_image(d, workdir), rng, float(rng.uniform(0.4, 0.55)))
    return "jpg", _on_dark_desk(page, rng, 0.84, 0.05)


def diagonal_shadowed(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A diagonal shadow edge cutting off a corner of a flat capture, 50-65 % darker."""
    return "jpg", _flat(d, workdir, lambda p, r: diagonal_shadow(p, r, float(r.uniform(0.5, 0.65))), "diag")


def fold_shadowed(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A letter folded in three, one end panel 35-50 % darker from its crease, flat capture."""
    return "jpg", _flat(d, workdir, lambda p, r: folded_in_three(p, r, float(r.uniform(0.35, 0.5))), "fold")


def sealed(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A scan with a dark-ink round seal (its own date, later than the course) over the date line."""
    return _marked(
        d,
        workdir,
        d.date_text,
        lambda p, b, r: seal_stamp(p, b, r, "11/14/2024"),
        "seal",
        _rng("seal", d.source.key),
    )


def struck(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A scan with a black pen's zig-zag through the date line and a scrawl above it."""
    return _marked(d, workdir, d.date_text, pen_strike, "strike", _rng("strike", d.source.key))


def glare_on_hours(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A glossy certificate photographed under a ceiling lamp: a glare spot centred on the hours,
    on a dark desk, JPEG q60."""
    rng = _rng("glare", d.source.key)
    page = page_image(d, workdir)
    box = text_box(_pdf(d, workdir), d.hours_text)
    if box is None:
        raise ValueError(f"{d.hours_text!r} is not printed on {d.source.key}")
    page = glare(page, rng, box)
    return "jpg", _on_dark_desk(page, rng, 0.82, 0.06)


def very_steep(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Shot very steeply: the far edge 30-36 % narrower, 3-6 degrees of turn, JPEG q55."""
    rng = _rng("steep", d.source.key)
    photo = _photo(
        page_image(d, workdir),
        rng,
        long_side=int(rng.integers(1700, 1900)),
        fill=0.82,
        turn=float(rng.uniform(3, 6)) * _sign(rng),
        keystone=float(rng.uniform(0.3, 0.36)),
        dark=True,
    )
    return "jpg", jpeg_bytes(photo, 55)


def crumpled(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A crumpled, smoothed-out page photographed on a dark desk, JPEG q60."""
    rng = _rng("crumple", d.source.key)
    page = crumple(page_image(d, workdir), rng, float(rng.uniform(0.9, 1.3)))
    return "jpg", _on_dark_desk(page, rng, 0.84, 0.04)


def on_tablecloth(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A page on a red-and-white checked tablecloth, a little turned and keystoned, JPEG q60."""
    rng = _rng("cloth", d.source.key)
    page = page_image(d, workdir)
    frame_long = 2000
    size = (frame_long, 1500) if page.width > page.height else (1500, frame_long)
    photo = keystone_onto(
        fit_long_side(page, 1800),
        tablecloth(size, rng),
        rng,
        fill=0.82,
        turn_deg=float(rng.uniform(4, 9)) * _sign(rng),
        keystone=0.07,
    )
    return "jpg", jpeg_bytes(photo, 60)


def screen_photo(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """The certificate open on a monitor, photographed: sub-pixel moire, bezel, a reflection, q65."""
    rng = _rng("screen", d.source.key)
    return "jpg", jpeg_bytes(on_screen(page_image(d, workdir), rng), 65)


def very_dim(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A very dim room: exposure 20-26 %, noise sigma 14-18, on a dark desk, JPEG q55."""
    rng = _rng("dim", d.source.key)
    photo = _photo(
        page_image(d, workdir),
        rng,
        long_side=1600,
        fill=0.8,
        turn=float(rng.uniform(2, 4)) * _sign(rng),
        keystone=0.05,
    )
    return "jpg", jpeg_bytes(
        low_light(photo, rng, float(rng.uniform(0.2, 0.26)), float(rng.uniform(14, 18))), 55
    )


KINDS: dict[str, Callable[[Drawn, Path], tuple[str, bytes]]] = {
    "hand_shadow": hand_shadowed,
    "phone_shadow": phone_shadowed,
    "diagonal_shadow": diagonal_shadowed,
    "fold_shadow": fold_shadowed,
    "seal_on_date": sealed,
    "strike_on_date": struck,
    "glare_on_hours": glare_on_hours,
    "very_steep": very_steep,
    "crumpled": crumpled,
    "tablecloth": on_tablecloth,
    "screen_moire": screen_photo,
    "very_dim": very_dim,
}

PLAN: dict[str, tuple[str, ...]] = {
    "hand_shadow": ("supervisors_land", "dare_form", "amht_side"),
    "phone_shadow": ("is100_letter", "record_grid"),
    "diagonal_shadow": ("great_land", "child_abuse_form", "tcole_letter"),
    "fold_shadow": ("tcole_letter", "record_plain"),
    "seal_on_date": ("dare_form", "is907_side"),
    "strike_on_date": ("great_land", "child_abuse_form"),
    "glare_on_hours": ("supervisors_land", "amht_side"),
    "very_steep": ("is100_letter", "child_abuse_form"),
    "crumpled": ("is907_side", "supervisors_land"),
    "tablecloth": ("dare_form", "great_land"),
    "screen_moire": ("tcole_letter", "amht_side"),
    "very_dim": ("is907_side", "record_grid"),
}


CAPTURES: dict[str, Capture] = {
    f"{kind}-{k}": Capture(f"{kind}-{k}", kind, SOURCES[k]) for kind, keys in PLAN.items() for k in keys
}


def write_capture(c: Capture, workdir: Path) -> Path:
    return write_with(c, workdir, KINDS)
