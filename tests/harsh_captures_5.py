"""Real-world captures, round 5: hands, backgrounds, neighbours and media no earlier round made.

Rounds 3 and 4 (``tests/harsh_captures_3.py``, ``tests/harsh_captures_4.py``) photographed pages with
shadows, marks, glare and steep angles. Round 5 adds: fingers and a thumb holding a corner down; a page
on a busy parquet floor (light planks as bright as paper, dark seams); a two-page spread (the
certificate beside another paper, both wholly in view, the other naming another officer, its own dates
and hours); a fax with vertical streaks (a dirty scan head) at fax resolution; a JPEG at quality 10; a
screenshot of a desktop PDF viewer at 50 % zoom; a coffee ring over the title; a framed certificate
behind glass with a window's reflection bands across it; a 100-dpi greyscale scan; a photo under a
tungsten lamp (a strong yellow cast); a photo taken upside down whose EXIF says so; a page folded in
thirds (two creases, each panel lit a little differently, kinked at the folds).

Every document is drawn by reportlab (``certledger.samples``; new holders and courses) and rasterised;
every effect is a small function of a seeded ``numpy`` generator, so a capture is the same bytes for
the same seed. ``CAPTURES`` lists the fixtures with their truth; ``bench/harsh_captures_5.py``
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
    dark_desk,
    exif_rotated_jpeg,
    fit_long_side,
    image_pdf,
    jpeg_bytes,
    keystone_onto,
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
    _png,
    _sign,
    _words_page,
    page_image,
    text_box,
)
from tests.harsh_captures_3 import (
    write_capture as write_with,
)

Rng = np.random.Generator

# ------------------------------------------------------------------------------------ sources

_RECORD = TranscriptSpec(
    agency="Cedar Falls County Sheriff's Office",
    employee_name="ABERNATHY-LOPEZ, TERESA M.",
    rows=(
        TranscriptRow(
            "Youth Mental Health First Aid",
            "YM-220",
            "National Council for Mental Wellbeing",
            date(2022, 2, 8),
            date(2022, 2, 8),
            8.0,
            "Mental Health",
            "juvenile",
            "ymhfa",
        ),
        TranscriptRow(
            "Standard Response Protocol Training",
            "SRP-4",
            "The I Love U Guys Foundation",
            date(2022, 9, 14),
            date(2022, 9, 14),
            4.0,
            "School Safety",
            "school_safety",
            "srp-training",
        ),
        TranscriptRow(
            "Crisis Intervention Teams for Youth (CIT-Y)",
            "CIT-Y40",
            "National Center for Mental Health and Juvenile Justice",
            date(2023, 3, 20),
            date(2023, 3, 24),
            40.0,
            "Juvenile",
            "juvenile",
            "cit-youth",
        ),
    ),
    employee_id="CF-0932",
    printed_on=date(2024, 5, 6),
)


def _record(key: str, layout: str) -> Drawn:
    items = tuple(
        Expect(r.title, r.start, r.end, r.hours, r.catalog_id, r.truth_category) for r in _RECORD.rows
    )
    src = Source(
        key,
        "Teresa M. Abernathy-Lopez",
        "transcript",
        items,
        lambda p: render_transcript_pdf(_RECORD, layout, p),
    )
    return Drawn(src, "03/24/2023", "40.00")


SOURCES: dict[str, Drawn] = {
    d.source.key: d
    for d in (
        _cert(
            "unite_land",
            "centered_landscape",
            _cert_spec(
                "Cornelius B. Fairweather",
                "Project Unite: The Four Integrated Systems for School Violence Prevention",
                NASRO,
                date(2023, 11, 6),
                date(2023, 11, 7),
                16.0,
                "hours",
                "long",
                "school_safety",
                "nasro-project-unite",
                issuer_short="NASRO",
                location="Reno, Nevada",
            ),
        ),
        _cert(
            "is360_letter",
            "letter",
            _cert_spec(
                "Priyanka D. Raghunathan",
                "IS-360: Preparing for Mass Casualty Incidents: A Guide for Schools, Higher Education, "
                "and Houses of Worship",
                "FEMA Emergency Management Institute",
                date(2022, 10, 11),
                date(2022, 10, 11),
                3.0,
                "hrs",
                "numeric",
                "school_safety",
                "fema-is-360",
            ),
        ),
        _cert(
            "aair_side",
            "sidebar",
            _cert_spec(
                "Desmond T. Okonkwo",
                "ALERRT Active Attack Integrated Response",
                "ALERRT Center at Texas State University",
                date(2023, 2, 13),
                date(2023, 2, 14),
                16.0,
                "contact",
                "through",
                "school_safety",
                "alerrt-aair",
            ),
        ),
        _cert(
            "ncja_form",
            "form_fields",
            _cert_spec(
                "Wendell J. Haversham",
                "School Resource Officer Training",
                "North Carolina Justice Academy",
                date(2021, 7, 12),
                date(2021, 7, 16),
                40.0,
                "words",
                "day_month",
                "basic",
                "ncja-sro-basic",
                certificate_number="NCJA-21-4471",
            ),
        ),
        _cert(
            "asl2_land",
            "centered_landscape",
            _cert_spec(
                "Rosalind F. Quintanilla",
                "ALERRT Active Shooter Level II Medical",
                "ALERRT Center at Texas State University",
                date(2024, 1, 22),
                date(2024, 1, 23),
                16.0,
                "hours",
                "iso",
                "school_safety",
                "alerrt-asl2-medical",
            ),
        ),
        _cert(
            "crase_letter",
            "letter",
            _cert_spec(
                "Thaddeus W. Blankenship",
                "ALERRT Civilian Response to Active Shooter Events Train-the-Trainer",
                "ALERRT Center at Texas State University",
                date(2022, 5, 3),
                date(2022, 5, 3),
                4.0,
                "hours",
                "long",
                "school_safety",
                "alerrt-crase-ttt",
                location="San Marcos, Texas",
            ),
        ),
        _cert(
            "is100c_form",
            "form_fields",
            _cert_spec(
                "Marisol E. Villanueva",
                "IS-100.C: Introduction to the Incident Command System, ICS 100",
                "FEMA Emergency Management Institute",
                date(2021, 3, 9),
                date(2021, 3, 9),
                2.0,
                "credit",
                "numeric",
                "school_safety",
                "fema-is-100-c",
                distractors=("(301) 555-0177",),
            ),
        ),
        _cert(
            "ncja_adv_side",
            "sidebar",
            _cert_spec(
                "Augustina K. Pellegrini",
                "Advanced SRO Survival",
                "North Carolina Justice Academy",
                date(2023, 8, 7),
                date(2023, 8, 9),
                24.0,
                "hours",
                "day_month",
                "advanced",
                "ncja-sro-advanced",
            ),
        ),
        _record("record_grid", "grid"),
        _record("record_plain", "whitespace"),
    )
}

_TITLE_WORDS = 3  # the coffee ring is set over the title's first words (a title may wrap)


def _title_text(d: Drawn) -> str:
    return " ".join(d.source.items[0].title.split()[:_TITLE_WORDS])


# ------------------------------------------------------------------------------------ effects


def fingers_on_corner(img: Image.Image, rng: Rng) -> Image.Image:
    """A thumb over one corner of the page and two fingertips along the next edge (skin tones,
    shaded at their rims), as a hand holds a curling page flat for the photo."""
    w, h = img.size
    a = _arr(img)
    corner = int(rng.integers(0, 4))
    cx = 0.0 if corner in (0, 3) else float(w)
    cy = 0.0 if corner in (0, 1) else float(h)
    mask = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(mask)
    s = min(w, h)
    # the thumb: a long ellipse from the corner inwards, turned towards the page's centre
    tx, ty = cx + (w / 2 - cx) * 0.13, cy + (h / 2 - cy) * 0.13
    r1, r2 = s * float(rng.uniform(0.09, 0.11)), s * float(rng.uniform(0.055, 0.07))
    d.ellipse((tx - r1, ty - r2, tx + r1, ty + r2), fill=255)
    d.polygon([(cx, cy), (tx, ty - r2), (tx, ty + r2)], fill=255)
    # two fingertips along the side edge, a little further from the corner
    for k in (0.28, 0.4):
        fy = cy + (h / 2 - cy) * k * 2 * float(rng.uniform(0.9, 1.1))
        fx = cx
        rr = s * float(rng.uniform(0.045, 0.055))
        d.ellipse((fx - rr * 1.8, fy - rr, fx + rr * 1.2, fy + rr), fill=255)
    m = np.asarray(mask.filter(ImageFilter.GaussianBlur(s * 0.004)), dtype=np.float32)[..., None] / 255
    rim = np.asarray(mask.filter(ImageFilter.GaussianBlur(s * 0.02)), dtype=np.float32)[..., None] / 255
    skin = np.array([214, 160, 130], dtype=np.float32) * (0.7 + 0.3 * rim)  # darker at the rims
    skin = skin + rng.normal(0, 4, (h, w, 1)).astype(np.float32)
    shadow = (
        np.asarray(mask.filter(ImageFilter.GaussianBlur(s * 0.02)), dtype=np.float32)[..., None] / 255
    )  # the hand's soft shadow beside it
    a = a * (1 - 0.35 * shadow)
    return _img(a * (1 - m) + skin * m)


def parquet(size: tuple[int, int], rng: Rng) -> Image.Image:
    """A herringbone-ish parquet floor: planks of several tones (the lightest as bright as paper),
    dark seams between them and a grain in each."""
    w, h = size
    plank_w, plank_l = int(rng.integers(50, 70)), int(rng.integers(220, 300))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u, v = (xx + yy) / math.sqrt(2), (xx - yy) / math.sqrt(2)  # planks laid at 45 degrees
    col = np.floor(u / plank_w)
    row = np.floor((v + (col % 2) * plank_l / 2) / plank_l)
    key = (col * 7919 + row * 104729) % 97
    tone = 0.55 + 0.45 * (key / 96.0)  # 0.55..1.0
    base = np.array([236.0, 214.0, 178.0])
    grain = 1 + 0.06 * np.sin(v / float(rng.uniform(3, 6)) + np.sin(u / 9.0) * 2)
    a = base * (tone * grain)[..., None]
    seam = (np.minimum(u % plank_w, plank_w - u % plank_w) < 1.5) | (
        np.minimum((v + (col % 2) * plank_l / 2) % plank_l, plank_l - (v + (col % 2) * plank_l / 2) % plank_l)
        < 1.5
    )
    a[seam] *= 0.35
    a += rng.normal(0, 3.0, (h, w, 1))
    return _img(a).filter(ImageFilter.GaussianBlur(0.8))


def memo_paper(size: tuple[int, int]) -> Image.Image:
    """Another paper of the applicant's pile: a training roster naming another officer, with its own
    course, dates and hours."""
    px = max(16, size[0] // 30)
    return _words_page(
        size,
        [
            ("TRAINING ROSTER", round(px * 1.5), True),
            ("Officer: Sgt. Lucinda R. Farrow", px, False),
            ("Course: Firearms Qualification", px, False),
            ("Dates: 09/18/2024 - 09/19/2024", px, False),
            ("Total: 6 hours", px, False),
            ("Range Master: K. Oduya", px, False),
        ],
    )


def streaks(img: Image.Image, rng: Rng) -> Image.Image:
    """A fax: greyscale at 204 x 98 dpi (every other row dropped, then doubled), thresholded, and
    vertical black streaks where the sending machine's scan head is dirty (some the whole page down,
    some fading out)."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = g.shape
    g = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    g = cv2.resize(g, (w, h), interpolation=cv2.INTER_NEAREST)
    g += rng.normal(0, 18, g.shape)
    bw = np.where(g > 150, 255, 0).astype(np.float32)
    for _ in range(int(rng.integers(4, 8))):
        x = int(rng.integers(int(w * 0.05), int(w * 0.95)))
        width = int(rng.integers(1, 4))
        y0 = 0 if rng.random() < 0.6 else int(rng.integers(0, h // 2))
        y1 = h if rng.random() < 0.6 else int(rng.integers(y0 + h // 4, h + 1))
        ink = rng.random(y1 - y0) < float(rng.uniform(0.75, 1.0))  # broken in places
        bw[y0:y1, x : x + width][ink] = 0
    return Image.fromarray(bw.astype(np.uint8))


def desktop_viewer(page: Image.Image, name: str) -> Image.Image:
    """A 2560 x 1440 desktop (150 % scaling) showing the page in a PDF viewer at 50 % zoom: a title
    bar with the file name, a toolbar reading "50%", a thumbnails pane on the left, the page centred
    on grey, a task bar. The page is drawn at 72 px per inch."""
    w, h = 2560, 1440
    screen = Image.new("RGB", (w, h), (82, 86, 89))
    d = ImageDraw.Draw(screen)
    d.rectangle((0, 0, w, 48), fill=(32, 33, 36))
    d.text((24, 8), f"{name}.pdf - Document Viewer", fill=(230, 230, 230), font=_font(28))
    d.rectangle((0, 48, w, 112), fill=(50, 54, 57))
    for i, label in enumerate(("File", "Edit", "View", "Window", "Help")):
        d.text((24 + i * 110, 64), label, fill=(220, 220, 220), font=_font(26))
    d.text((w // 2 - 60, 64), "50%", fill=(240, 240, 240), font=_font(28, True))
    d.text((w - 260, 64), "1 / 1", fill=(220, 220, 220), font=_font(26))
    d.rectangle((0, 112, 300, h - 60), fill=(40, 42, 44))
    thumb = fit_long_side(page, 200)
    screen.paste(thumb, (50, 150))
    d.rectangle((46, 146, 54 + thumb.width, 154 + thumb.height), outline=(90, 150, 240), width=3)
    shown = page.resize(
        (round(page.width * 72 / 200), round(page.height * 72 / 200)), Image.Resampling.LANCZOS
    )  # the page at 200 dpi shown at 72 px per inch
    x0 = 300 + (w - 300 - shown.width) // 2
    y0 = 112 + max(20, (h - 172 - shown.height) // 2)
    screen.paste(shown, (x0, y0))
    d.rectangle((0, h - 60, w, h), fill=(22, 24, 28))
    d.text((w - 180, h - 48), "4:12 PM", fill=(230, 230, 230), font=_font(26))
    return screen


def coffee_ring(img: Image.Image, box: Box, rng: Rng) -> Image.Image:
    """A coffee cup's ring set down over ``box`` (the title): a brown stain, faint inside, dark and
    uneven along its rim, a splash beside it."""
    w, h = img.size
    a = _arr(img)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx = box[0] + (box[2] - box[0]) * float(rng.uniform(0.25, 0.6))
    cy = (box[1] + box[3]) / 2 + float(rng.uniform(-0.2, 0.2)) * (box[3] - box[1])
    r = min(w, h) * float(rng.uniform(0.1, 0.13))
    dist = np.hypot(xx - cx, yy - cy)
    ang = np.arctan2(yy - cy, xx - cx)
    wobble = 1 + 0.03 * np.sin(ang * 3 + float(rng.uniform(0, 6))) + 0.02 * np.sin(ang * 7)
    rr = dist / (r * wobble)
    rim = np.exp(-(((rr - 1) / 0.025) ** 2)) * (0.55 + 0.45 * np.clip(np.sin(ang * 2 + 1) + 0.6, 0, 1))
    inside = (rr < 1).astype(np.float32) * 0.18
    stain = np.clip(rim * 0.7 + inside, 0, 0.8)[..., None]
    brown = np.array([150, 96, 52], dtype=np.float32)
    a = a * (1 - stain) + np.minimum(a, brown) * stain
    return _img(a)


def reflection_bands(img: Image.Image, rng: Rng) -> Image.Image:
    """A window reflected in the frame's glass: two or three bright slanted bands (the panes, the
    mullions between them darker), washing the print they cross towards white."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    slope = float(rng.uniform(0.3, 0.7)) * _sign(rng)
    u = xx + yy * slope
    a = _arr(img)
    span = w + abs(slope) * h
    for _ in range(int(rng.integers(2, 4))):
        c = float(rng.uniform(0.15, 0.85)) * span - (abs(slope) * h if slope < 0 else 0)
        half = w * float(rng.uniform(0.04, 0.08))
        band = 1 / (1 + np.exp(np.clip((np.abs(u - c) - half) / (w * 0.006), -60, 60)))
        strength = float(rng.uniform(0.45, 0.65))
        a = a + (255 - a) * (band * strength)[..., None]
    return _img(a)


def tungsten(img: Image.Image, rng: Rng) -> Image.Image:
    """A tungsten bulb's light the phone did not white-balance: red full, green 75-80 %, blue
    40-50 %, a falloff away from the lamp and a little noise."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lx, ly = float(rng.uniform(0, w)), float(rng.uniform(-0.2, 0.2)) * h
    fall = 1 - 0.3 * np.clip(np.hypot(xx - lx, yy - ly) / max(w, h), 0, 1)
    cast = np.array([1.0, float(rng.uniform(0.75, 0.8)), float(rng.uniform(0.4, 0.5))], dtype=np.float32)
    a = _arr(img) * cast * fall[..., None] + rng.normal(0, 4, (h, w, 1))
    return _img(a)


def folded_thirds(img: Image.Image, rng: Rng) -> Image.Image:
    """A page folded in thirds and opened: the three panels tilt a little (each lit by 4-12 % more
    or less, shading across its width), the creases a dark line beside a light one, the page kinked
    at each fold (the panel below shifted by a few px)."""
    w, h = img.size
    a = _arr(img)
    yy = np.arange(h, dtype=np.float32)[:, None]
    folds = [h / 3 + float(rng.uniform(-0.015, 0.015)) * h, 2 * h / 3 + float(rng.uniform(-0.015, 0.015)) * h]
    shift = np.zeros((h, 1), np.float32)
    light = np.ones((h, 1), np.float32)
    levels = [
        float(rng.uniform(-0.12, 0.04)),
        float(rng.uniform(-0.04, 0.04)),
        float(rng.uniform(-0.12, 0.04)),
    ]
    edges = [0.0, *folds, float(h)]
    for i in range(3):
        inside = (yy >= edges[i]) & (yy < edges[i + 1])
        t = (yy - edges[i]) / (edges[i + 1] - edges[i])
        light = np.where(inside, 1 + levels[i] * (0.5 + t if i != 1 else 1), light)
    for fy in folds:
        shift += (yy > fy) * float(rng.uniform(2, 5)) * _sign(rng)
    xx = np.arange(w, dtype=np.float32)[None, :]
    mapx = np.broadcast_to(xx + shift * 0.4, (h, w)).astype(np.float32)
    mapy = np.broadcast_to(yy - shift * 0.0, (h, w)).astype(np.float32)
    warped = cv2.remap(a, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    for fy in folds:
        crease = 1 - 0.3 * np.exp(-(((yy - fy) / 2.0) ** 2)) + 0.08 * np.exp(-(((yy - fy - 4) / 3.0) ** 2))
        light = light * crease
    return _img(warped * light[..., None])


# ------------------------------------------------------------------------------------ captures


def _rng(kind: str, key: str) -> Rng:
    return np.random.default_rng(zlib.crc32(f"harsh5/{kind}/{key}".encode()))


def _on_desk(page: Image.Image, rng: Rng, *, dark: bool = True, keystone: float = 0.04) -> Image.Image:
    """``page`` photographed on a desk (1700 px, 1-3 degrees of turn)."""
    turn = float(rng.uniform(1, 3)) * _sign(rng)
    return _photo(page, rng, long_side=1700, fill=0.84, turn=turn, keystone=keystone, dark=dark)


def thumb_corner(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A thumb over one corner and two fingertips along the edge, on a dark desk, JPEG q60."""
    rng = _rng("thumb", d.source.key)
    return "jpg", jpeg_bytes(_on_desk(fingers_on_corner(page_image(d, workdir), rng), rng), 60)


def on_parquet(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A page on a parquet floor (light planks as bright as paper), turned 4-8 degrees, JPEG q60."""
    rng = _rng("parquet", d.source.key)
    page = page_image(d, workdir)
    size = (2000, 1500) if page.width > page.height else (1500, 2000)
    photo = keystone_onto(
        fit_long_side(page, 1800),
        parquet(size, rng),
        rng,
        fill=0.8,
        turn_deg=float(rng.uniform(4, 8)) * _sign(rng),
        keystone=0.06,
    )
    return "jpg", jpeg_bytes(photo, 60)


def two_page_spread(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """The certificate and another paper (a roster naming another officer, its own course, dates
    and hours) side by side on a dark desk, both wholly in view, JPEG q60."""
    rng = _rng("spread", d.source.key)
    page = fit_long_side(page_image(d, workdir), 1300)
    other = (
        memo_paper((round(page.height * 0.77), page.height))
        if page.height > page.width
        else memo_paper((round(page.width * 0.6), round(page.width * 0.78)))
    )
    gap = round(page.width * 0.05)
    fw = page.width + other.width + gap + 2 * round(page.width * 0.06)
    fh = round(max(page.height, other.height) * 1.15)
    desk = dark_desk((fw, fh), rng)
    left = rng.random() < 0.5
    m = round(page.width * 0.06)
    first, second = (other, page) if left else (page, other)
    desk.paste(
        first.rotate(float(rng.uniform(-2, 2)), expand=True, fillcolor=(40, 42, 50)),
        (m, (fh - first.height) // 2),
    )
    desk.paste(
        second.rotate(float(rng.uniform(-2, 2)), expand=True, fillcolor=(40, 42, 50)),
        (m + first.width + gap, (fh - second.height) // 2),
    )
    return "jpg", jpeg_bytes(desk, 60)


def fax_streaked(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A fax received as a PDF: 200 dpi, rows halved, black and white, vertical streaks."""
    rng = _rng("fax", d.source.key)
    page = tilt(page_image(d, workdir).convert("L"), float(rng.uniform(-0.5, 0.5)), 255)
    return "pdf", image_pdf([streaks(page, rng)], 200)


def jpeg_q10(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A photo on a wooden desk, re-sent at JPEG quality 10 (1600 px)."""
    rng = _rng("q10", d.source.key)
    return "jpg", jpeg_bytes(_on_desk(page_image(d, workdir), rng, dark=False), 10)


def viewer_50(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A desktop screenshot of a PDF viewer at 50 % zoom (72 px per inch), PNG."""
    return "png", _png(desktop_viewer(page_image(d, workdir), d.source.key.replace("_", "-")))


def coffee_on_title(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A 200-dpi colour scan with a coffee ring over the title, JPEG q70."""
    rng = _rng("coffee", d.source.key)
    page = page_image(d, workdir)
    box = text_box(_pdf(d, workdir), _title_text(d))
    if box is None:
        raise ValueError(f"the title is not printed on {d.source.key}")
    page = tilt(coffee_ring(page, box, rng), float(rng.uniform(-0.6, 0.6)), (255, 255, 255))
    return "jpg", jpeg_bytes(sensor_noise(page, rng, 3.0), 70)


def framed_reflections(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A framed certificate on a wall, a window's reflection in the glass as bright slanted bands,
    JPEG q60."""
    rng = _rng("frame", d.source.key)
    page = fit_long_side(page_image(d, workdir), 1500)
    mat, frame = round(page.width * 0.06), round(page.width * 0.045)
    out = Image.new("RGB", (page.width + 2 * (mat + frame), page.height + 2 * (mat + frame)), (28, 26, 24))
    ImageDraw.Draw(out).rectangle((frame, frame, out.width - frame, out.height - frame), fill=(238, 236, 230))
    out.paste(page, (mat + frame, mat + frame))
    out = reflection_bands(out, rng)
    wall = Image.new("RGB", (round(out.width * 1.25), round(out.height * 1.25)), (150, 168, 160))
    photo = keystone_onto(out, wall, rng, fill=0.8, turn_deg=float(rng.uniform(-2, 2)), keystone=0.04)
    return "jpg", jpeg_bytes(photo, 60)


def scan_100dpi(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A 100-dpi greyscale scan, a little tilted and noisy, JPEG q75."""
    rng = _rng("dpi100", d.source.key)
    page = tilt(page_image(d, workdir, dpi=100).convert("L"), float(rng.uniform(-0.7, 0.7)), 255)
    return "jpg", jpeg_bytes(sensor_noise(page, rng, 2.5), 75)


def tungsten_cast(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A photo under a tungsten lamp (strong yellow cast, falloff), on a wooden desk, JPEG q60."""
    rng = _rng("tungsten", d.source.key)
    return "jpg", jpeg_bytes(tungsten(_on_desk(page_image(d, workdir), rng, dark=False), rng), 60)


def upside_down_exif(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A photo on a dark desk stored upside down, its EXIF orientation (3) saying so, JPEG q70."""
    rng = _rng("exif", d.source.key)
    return "jpg", exif_rotated_jpeg(_on_desk(page_image(d, workdir), rng), 3, 70)


def folded_in_thirds(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A page folded in thirds and opened, photographed on a dark desk, JPEG q60."""
    rng = _rng("thirds", d.source.key)
    return "jpg", jpeg_bytes(_on_desk(folded_thirds(page_image(d, workdir), rng), rng), 60)


KINDS: dict[str, Callable[[Drawn, Path], tuple[str, bytes]]] = {
    "thumb_corner": thumb_corner,
    "parquet": on_parquet,
    "two_page_spread": two_page_spread,
    "fax_streaks": fax_streaked,
    "jpeg_q10": jpeg_q10,
    "viewer_50pct": viewer_50,
    "coffee_on_title": coffee_on_title,
    "frame_reflections": framed_reflections,
    "scan_100dpi": scan_100dpi,
    "tungsten": tungsten_cast,
    "upside_down_exif": upside_down_exif,
    "folded_thirds": folded_in_thirds,
}

PLAN: dict[str, tuple[str, ...]] = {
    "thumb_corner": ("unite_land", "is360_letter"),
    "parquet": ("aair_side", "record_grid"),
    "two_page_spread": ("ncja_form", "crase_letter"),
    "fax_streaks": ("is100c_form", "record_plain"),
    "jpeg_q10": ("asl2_land", "ncja_adv_side"),
    "viewer_50pct": ("is360_letter", "unite_land"),
    "coffee_on_title": ("crase_letter", "aair_side"),
    "frame_reflections": ("asl2_land", "ncja_adv_side"),
    "scan_100dpi": ("ncja_form", "record_grid"),
    "tungsten": ("is100c_form", "unite_land"),
    "upside_down_exif": ("aair_side", "crase_letter"),
    "folded_thirds": ("is360_letter", "record_plain"),
}


CAPTURES: dict[str, Capture] = {
    f"{kind}-{k}": Capture(f"{kind}-{k}", kind, SOURCES[k]) for kind, keys in PLAN.items() for k in keys
}


def write_capture(c: Capture, workdir: Path) -> Path:
    return write_with(c, workdir, KINDS)
