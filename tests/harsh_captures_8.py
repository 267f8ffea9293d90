"""Real-world captures, round 9 (fixture module 8): twelve capture kinds no earlier round made.

Rounds 1-8 (``tests/harsh_captures.py`` .. ``_7.py``) photographed, scanned, faxed, stamped, shaded,
sleeved and struck pages. This round adds: a photo smeared straight up and down (the hand moved
along the columns, so lines run into the next); a fax whose receiver lost scan lines (white rows in
bursts, one through the hours); a certificate on blue or yellow paper scanned in grey without
levels; a barcode or QR label stuck right after the hours; a black-and-white scan thresholded too
dark (strokes swollen, the counters of 0/6/8/9 filled) and one too light (strokes broken); dust and
hairs on the scanner glass, one speck sitting on the baseline between the hours' first two digits
(a decimal point a reader may believe); the hours circled in ballpoint; a sheet that slipped in the
feeder (a band stretched, the rows drifting sideways); a laser printer's ghost (the page's print
repeated faintly one drum turn lower, over other lines); a record printed on a dot-matrix printer;
a microfilm print (white on black, grainy).

Every document is drawn by reportlab (``certledger.samples``; new holders, course dates and hours)
and rasterised; every effect is a small function of a seeded ``numpy`` generator, so a capture is the
same bytes for the same seed. ``CAPTURES`` lists the fixtures with their truth;
``bench/harsh_captures_8.py`` tabulates them.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw

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
    fit_long_side,
    image_pdf,
    jpeg_bytes,
    sensor_noise,
    tilt,
)
from tests.harsh_captures_3 import (
    DPI,
    Box,
    Capture,
    Drawn,
    _cert,
    _img,
    _pdf,
    _sign,
    page_image,
)
from tests.harsh_captures_3 import (
    write_capture as write_with,
)
from tests.harsh_captures_5 import _on_desk
from tests.harsh_captures_7 import _box, _scan

Rng = np.random.Generator

# ------------------------------------------------------------------------------------ sources

_RECORD = TranscriptSpec(
    agency="Harlow Springs Police Department",
    employee_name="VASQUEZ-LINDGREN, PERPETUA A.",
    rows=(
        TranscriptRow(
            "Basic School Resource Officer Course",
            "SRO-40",
            NASRO,
            date(2021, 6, 14),
            date(2021, 6, 18),
            40.0,
            "Basic SRO",
            "basic",
            "nasro-basic",
        ),
        TranscriptRow(
            "Interviewing and Interrogating Juveniles",
            "IIJ-16",
            "Public Agency Training Council",
            date(2022, 8, 9),
            date(2022, 8, 10),
            16.0,
            "Juvenile",
            "juvenile",
            "juvenile-interview",
        ),
        TranscriptRow(
            "Standard Response Protocol Training",
            "SRP-4",
            "The I Love U Guys Foundation",
            date(2023, 1, 26),
            date(2023, 1, 26),
            4.0,
            "School Safety",
            "school_safety",
            "srp-training",
        ),
    ),
    employee_id="HS-4418",
    printed_on=date(2024, 9, 3),
)


def transcript_drawn(key: str, spec: TranscriptSpec, layout: str, name: str, marks: tuple[str, str]) -> Drawn:
    """``spec`` drawn as a record in ``layout``, its truth from its rows; ``marks``: the date line's and
    the hours' printed strings the effects go over."""
    items = tuple(Expect(r.title, r.start, r.end, r.hours, r.catalog_id, r.truth_category) for r in spec.rows)
    return Drawn(
        Source(key, name, "transcript", items, lambda p: render_transcript_pdf(spec, layout, p)), *marks
    )


_SPECS: dict[str, tuple[str, CertificateSpec]] = {
    "basic_land": (
        "centered_landscape",
        _cert_spec(
            "Cornelius J. Abernathy-Osei",
            "Basic School Resource Officer Course",
            NASRO,
            date(2024, 6, 3),
            date(2024, 6, 7),
            40.0,
            "hours",
            "long",
            "basic",
            "nasro-basic",
            issuer_short="NASRO",
            location="Tucson, Arizona",
        ),
    ),
    "advanced_side": (
        "sidebar",
        _cert_spec(
            "Marisol K. Threlkeld",
            "Advanced School Resource Officer Course",
            NASRO,
            date(2023, 10, 16),
            date(2023, 10, 18),
            24.0,
            "contact",
            "long",
            "advanced",
            "nasro-advanced",
            issuer_short="NASRO",
        ),
    ),
    "alerrt_form": (
        "form_fields",
        _cert_spec(
            "Leopold V. Achterberg",
            "ALERRT Active Shooter Level I",
            "ALERRT Center at Texas State University",
            date(2022, 7, 11),
            date(2022, 7, 12),
            16.0,
            "hrs",
            "numeric",
            "school_safety",
            "alerrt-asl1",
        ),
    ),
    "tcole_letter": (
        "letter",
        _cert_spec(
            "Henrietta B. Oyelaran",
            "School-Based Law Enforcement (TCOLE 4064)",
            "Texas School Safety Center",
            date(2023, 4, 17),
            date(2023, 4, 19),
            20.0,
            "hours",
            "through",
            "school_safety",
            "tcole-4064",
        ),
    ),
    "ymhfa_side": (
        "sidebar",
        _cert_spec(
            "Evander Q. Moskowitz",
            "Youth Mental Health First Aid",
            "National Council for Mental Wellbeing",
            date(2023, 2, 28),
            date(2023, 2, 28),
            8.0,
            "hours",
            "long",
            "juvenile",
            "ymhfa",
        ),
    ),
    "juvint_form": (
        "form_fields",
        _cert_spec(
            "Philippa N. Durand-Achebe",
            "Interviewing and Interrogating Juveniles",
            "Public Agency Training Council",
            date(2021, 9, 20),
            date(2021, 9, 21),
            16.0,
            "credit",
            "long",
            "juvenile",
            "juvenile-interview",
        ),
    ),
    "is360_land": (
        "centered_landscape",
        _cert_spec(
            "Bartholomew S. Iwasaki",
            "IS-360: Preparing for Mass Casualty Incidents",
            "FEMA Emergency Management Institute",
            date(2023, 11, 8),
            date(2023, 11, 8),
            3.0,
            "hours",
            "numeric",
            "school_safety",
            "fema-is-360",
        ),
    ),
    "srp_letter": (
        "letter",
        _cert_spec(
            "Winifred O. Szczepanski",
            "Standard Response Protocol Training",
            "The I Love U Guys Foundation",
            date(2022, 5, 24),
            date(2022, 5, 24),
            4.0,
            "hours",
            "long",
            "school_safety",
            "srp-training",
        ),
    ),
}


SOURCES: dict[str, Drawn] = {
    **{key: _cert(key, layout, spec) for key, (layout, spec) in _SPECS.items()},
    **{
        key: transcript_drawn(key, _RECORD, layout, "Perpetua A. Vasquez-Lindgren", ("08/10/2022", "16.00"))
        for key, layout in (("record_grid", "grid"), ("record_plain", "whitespace"))
    },
}


def char_boxes(pdf: Path, text: str, dpi: int = DPI) -> list[Box]:
    """Each character's box of the first ``text`` printed on the PDF's first page, in pixels."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[0]
        height = page.get_height()
        tp = page.get_textpage()
        found = tp.search(text, match_case=False).get_next()
        if not found:
            raise ValueError(f"{text!r} is not printed on {pdf.name}")
        start, count = found
        s = dpi / 72.0
        out = []
        for i in range(start, start + count):
            left, bottom, right, top = tp.get_charbox(i)
            out.append((left * s, (height - top) * s, right * s, (height - bottom) * s))
        return out
    finally:
        doc.close()


# ------------------------------------------------------------------------------------ effects


def line_blur(img: Image.Image, length: int, degrees: float) -> Image.Image:
    """A straight smear ``length`` px long at ``degrees`` (90 = up and down): the phone moved one way."""
    k = np.zeros((length, length), np.float32)
    c = (length - 1) / 2
    for t in np.linspace(-c, c, length * 4):
        k[round(c + t * math.sin(math.radians(degrees))), round(c + t * math.cos(math.radians(degrees)))] = 1
    k /= k.sum()
    return Image.fromarray(cv2.filter2D(np.asarray(img.convert("RGB")), -1, k))


def fax_bw(img: Image.Image, rng: Rng, threshold: float = 150.0) -> np.ndarray:
    """A fax's page: grey plus noise, thresholded to black and white (float 0/255)."""
    g = np.asarray(img.convert("L"), dtype=np.float32) + rng.normal(0, 14, img.size[::-1])
    return np.where(g > threshold, 255, 0).astype(np.float32)


def dropouts(bw: np.ndarray, rng: Rng, through: Box) -> np.ndarray:
    """Scan lines the receiver lost: 25-40 bursts of 1-3 white rows down the page, and one burst of
    2 rows through the middle of the hours in ``through``."""
    out = bw.copy()
    h = out.shape[0]
    rows = [int(rng.integers(0, h - 3)) for _ in range(int(rng.integers(25, 40)))]
    for y in rows:
        out[y : y + int(rng.integers(1, 4))] = 255
    mid = round((through[1] + through[3]) / 2 + float(rng.uniform(-2, 2)))
    out[mid : mid + 2] = 255
    return out


def coloured_paper_grey(img: Image.Image, rng: Rng) -> Image.Image:
    """Printed on blue or yellow paper and scanned in grey with no levels: the paper a mid grey (blue)
    or a light grey (yellow), the black print not quite black."""
    paper = np.array([150, 185, 228] if rng.random() < 0.5 else [250, 232, 120], dtype=np.float32)
    ink = 1 - np.asarray(img.convert("L"), dtype=np.float32)[..., None] / 255
    coloured = paper * (1 - ink) + np.array([30, 30, 34], dtype=np.float32) * ink
    return _img(coloured).convert("L").convert("RGB")


def _code_bars(rng: Rng, height: int, module: int) -> Image.Image:
    """A 1-D barcode: quiet zone, 30-40 bars of 1-4 modules with 1-3 module gaps, digits under it."""
    widths = [int(rng.integers(1, 5)) * module for _ in range(int(rng.integers(30, 40)))]
    gaps = [int(rng.integers(1, 4)) * module for _ in widths]
    w = sum(widths) + sum(gaps) + 20 * module
    label = Image.new("L", (w, height), 255)
    d = ImageDraw.Draw(label)
    x = 10 * module
    for bw, gap in zip(widths, gaps, strict=True):
        d.rectangle((x, 4, x + bw - 1, height - 5), fill=0)
        x += bw + gap
    return label


def qr_label(rng: Rng, cells: int, cell: int) -> Image.Image:
    """A QR-like square: three finder squares and random modules."""
    side = (cells + 4) * cell
    q = np.full((side, side), 255, np.uint8)
    bits = rng.random((cells, cells)) < 0.5
    for fy, fx in ((0, 0), (0, cells - 7), (cells - 7, 0)):
        bits[fy : fy + 7, fx : fx + 7] = False
        bits[fy : fy + 7, fx] = bits[fy : fy + 7, fx + 6] = True
        bits[fy, fx : fx + 7] = bits[fy + 6, fx : fx + 7] = True
        bits[fy + 2 : fy + 5, fx + 2 : fx + 5] = True
    big = np.kron(bits, np.ones((cell, cell), bool))
    q[2 * cell : 2 * cell + big.shape[0], 2 * cell : 2 * cell + big.shape[1]][big] = 0
    return Image.fromarray(q)


def code_beside(img: Image.Image, box: Box, rng: Rng, qr: bool) -> Image.Image:
    """A white label with a barcode (or a QR code) stuck half a line after the text in ``box``, its
    middle level with the line."""
    h_line = box[3] - box[1]
    label = (
        qr_label(rng, 21, max(2, round(h_line / 7)))
        if qr
        else _code_bars(rng, round(h_line * 2.4), max(2, round(h_line / 12)))
    )
    out = img.convert("RGB").copy()
    x = round(box[2] + h_line * float(rng.uniform(0.35, 0.6)))
    y = round((box[1] + box[3]) / 2 - label.height / 2)
    out.paste(label.convert("RGB"), (min(x, out.width - label.width), max(0, y)))
    return out


def threshold_scan(img: Image.Image, rng: Rng, level: float) -> Image.Image:
    """A black-and-white scan at a bad threshold: a little optical blur, then cut at ``level`` (high:
    strokes swell and small counters fill; low: thin strokes break)."""
    g = cv2.GaussianBlur(np.asarray(img.convert("L"), dtype=np.float32), (0, 0), 1.3)
    g += rng.normal(0, 6, g.shape)
    return Image.fromarray(np.where(g > level, 255, 0).astype(np.uint8))


def glass_dust(img: Image.Image, rng: Rng, chars: list[Box]) -> Image.Image:
    """Dust and hairs on the scanner glass: a few hundred dark specks of 1-3 px, 3-6 curved hairs,
    and one round speck (a period's size) on the baseline between the first two characters of
    ``chars`` (the hours' figure)."""
    a = np.asarray(img.convert("L")).copy()
    h, w = a.shape
    for _ in range(int(rng.integers(250, 450))):
        r = int(rng.integers(0, 2))
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        cv2.circle(a, (x, y), r, int(rng.integers(20, 120)), -1)
    for _ in range(int(rng.integers(3, 7))):
        x, y = float(rng.uniform(0, w)), float(rng.uniform(0, h))
        ang, pts = float(rng.uniform(0, math.pi)), []
        for _ in range(int(rng.integers(40, 120))):
            ang += float(rng.normal(0, 0.12))
            x, y = x + 2 * math.cos(ang), y + 2 * math.sin(ang)
            pts.append((round(x), round(y)))
        cv2.polylines(a, [np.array(pts, np.int32)], False, 60, 1)
    first, second = chars[0], chars[1]
    size = max(2, round((first[3] - first[1]) * 0.13))
    cx = round((first[2] + second[0]) / 2)
    cy = round(first[3] - size * 0.6)
    cv2.circle(a, (cx, cy), size, 25, -1)
    return Image.fromarray(a).convert("RGB")


def ballpoint_circle(img: Image.Image, box: Box, rng: Rng) -> Image.Image:
    """A ballpoint loop drawn round the text in ``box`` (a reviewer marking the hours): an ellipse a
    little wider than the text, its ends overlapping, wobbling, in blue ink."""
    out = img.convert("RGB").copy()
    d = ImageDraw.Draw(out)
    h_line = box[3] - box[1]
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    rx, ry = (box[2] - box[0]) / 2 + h_line * 0.45, h_line * 0.95
    start = float(rng.uniform(0, 2 * math.pi))
    ts = np.linspace(start, start + 2 * math.pi * 1.12, 160)
    wob = 1 + 0.04 * np.sin(ts * 3 + float(rng.uniform(0, 6))) + np.linspace(0, 0.08, ts.size)
    tilt_r = math.radians(float(rng.uniform(-6, 6)))
    pts = []
    for t, k in zip(ts, wob, strict=True):
        x, y = rx * k * math.cos(t), ry * k * math.sin(t)
        pts.append(
            (
                cx + x * math.cos(tilt_r) - y * math.sin(tilt_r),
                cy + x * math.sin(tilt_r) + y * math.cos(tilt_r),
            )
        )
    d.line(pts, fill=(30, 45, 150), width=max(2, round(h_line / 9)), joint="curve")
    return out


def feeder_slip(img: Image.Image, rng: Rng) -> Image.Image:
    """A sheet that slipped in the document feeder: in a band of 6-10 % of the height the sheet slowed
    (its rows stretched 1.25-1.5 times, the page's foot cut off by as much), and the rows drift
    sideways a few pixels down the page."""
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    y0 = float(rng.uniform(0.3, 0.7)) * h
    band = float(rng.uniform(0.06, 0.10)) * h
    stretch = float(rng.uniform(1.25, 1.5))
    out_y = np.arange(h, dtype=np.float32)
    src_y = np.where(
        out_y < y0,
        out_y,
        np.where(out_y < y0 + band * stretch, y0 + (out_y - y0) / stretch, out_y - band * (stretch - 1)),
    )
    drift = np.cumsum(rng.normal(0, 0.08, h)).astype(np.float32) + np.linspace(
        0, 6, h, dtype=np.float32
    ) * _sign(rng)
    map_y = np.repeat(src_y[:, None], w, axis=1).astype(np.float32)
    map_x = (np.arange(w, dtype=np.float32)[None, :] + drift[:, None]).astype(np.float32)
    return Image.fromarray(
        cv2.remap(
            a, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255)
        )
    )


def laser_ghost(img: Image.Image, rng: Rng) -> Image.Image:
    """A laser printer's ghost: the page's print repeated at 12-20 % strength one drum turn
    (3.0-3.8 in) lower, a pixel softer, over whatever is printed there."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    ink = 1 - g / 255
    shift = round(float(rng.uniform(3.0, 3.8)) * DPI)
    ghost = np.zeros_like(ink)
    ghost[shift:] = cv2.GaussianBlur(ink, (0, 0), 0.8)[:-shift] * float(rng.uniform(0.12, 0.2))
    total = 1 - np.clip(ink + ghost, 0, 1)
    return _img(total[..., None] * 255 * np.ones(3, np.float32))


def dot_matrix(img: Image.Image, rng: Rng, pitch: int = 3) -> Image.Image:
    """Printed on a 9-pin dot-matrix printer (about 66 dots per inch at 200 dpi): each glyph a grid of
    round dots, a worn ribbon printing them grey and unevenly."""
    g = np.asarray(img.convert("L"), dtype=np.float32) / 255
    h, w = g.shape
    cells = cv2.resize(1 - g, (w // pitch, h // pitch), interpolation=cv2.INTER_AREA)
    out = np.full((h, w), 250, np.uint8)
    ys, xs = np.nonzero(cells > 0.3)
    shade = np.clip(rng.normal(95, 20, ys.size), 40, 150)
    for y, x, s in zip(ys, xs, shade, strict=True):
        cv2.circle(out, (int(x * pitch + pitch // 2), int(y * pitch + pitch // 2)), 2, int(s), -1)
    return Image.fromarray(out).convert("RGB")


def microfilm(img: Image.Image, rng: Rng) -> Image.Image:
    """A print from microfilm: white on black, soft, grainy, the light uneven across the frame."""
    g = cv2.GaussianBlur(np.asarray(img.convert("L"), dtype=np.float32), (0, 0), 1.1)
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 0.8 + 0.2 * np.cos((xx / w - 0.5) * 2.2) * np.cos((yy / h - 0.5) * 1.8)
    neg = (255 - g) * light * 0.85 + 18 + rng.normal(0, 10, g.shape)
    return _img(neg[..., None] * np.ones(3, np.float32))


# ------------------------------------------------------------------------------------ captures


def _rng(kind: str, key: str) -> Rng:
    return np.random.default_rng(zlib.crc32(f"harsh8/{kind}/{key}".encode()))


def _bilevel_pdf(page: Image.Image) -> bytes:
    """A black-and-white page as a one-page PDF at 200 dpi (a fax's or a B/W scan's form)."""
    buf = BytesIO()
    page.convert("1").save(buf, "PDF", resolution=DPI)
    return buf.getvalue()


def shaken_vertical(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A photo smeared 6-8 px up and down (80-100 degrees) on a dark desk, JPEG q70."""
    rng = _rng("vblur", d.source.key)
    photo = _on_desk(page_image(d, workdir), rng)
    smear = line_blur(photo, int(rng.integers(6, 9)), float(rng.uniform(80, 100)))
    return "jpg", jpeg_bytes(sensor_noise(smear, rng, 2.5), 70)


def fax_dropouts(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A fax with lost scan lines (white rows, one burst through the hours), as a bilevel PDF."""
    rng = _rng("dropout", d.source.key)
    box = _box(d, workdir, d.hours_text)
    bw = dropouts(fax_bw(page_image(d, workdir), rng), rng, box)
    return "pdf", _bilevel_pdf(tilt(Image.fromarray(bw.astype(np.uint8)), float(rng.uniform(-0.4, 0.4)), 255))


def coloured_paper(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """On blue or yellow paper, scanned in grey with no levels, JPEG q70."""
    rng = _rng("paper", d.source.key)
    return _scan(coloured_paper_grey(page_image(d, workdir), rng), rng, 70)


def code_by_hours(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A barcode (or on the landscape/letter ones a QR) label just after the hours, scanned."""
    rng = _rng("code", d.source.key)
    qr = d.source.key.endswith(("_land", "_letter"))
    page = code_beside(page_image(d, workdir), _box(d, workdir, d.hours_text), rng, qr)
    return _scan(page, rng, 72)


def bw_too_dark(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A black-and-white 200-dpi scan thresholded too dark (cut at 205-220 of 255), as a PDF."""
    rng = _rng("bwdark", d.source.key)
    page = tilt(page_image(d, workdir).convert("L"), float(rng.uniform(-0.5, 0.5)), 255)
    return "pdf", _bilevel_pdf(threshold_scan(page, rng, float(rng.uniform(205, 220))))


def bw_too_light(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A black-and-white 200-dpi scan thresholded too light (cut at 55-70 of 255), as a PDF."""
    rng = _rng("bwlight", d.source.key)
    page = tilt(page_image(d, workdir).convert("L"), float(rng.uniform(-0.5, 0.5)), 255)
    return "pdf", _bilevel_pdf(threshold_scan(page, rng, float(rng.uniform(55, 70))))


def dusty_glass(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Dust and hairs on the glass, a speck on the baseline inside the hours' figure, grey JPEG q75."""
    rng = _rng("dust", d.source.key)
    chars = char_boxes(_pdf(d, workdir), d.hours_text)
    return _scan(glass_dust(page_image(d, workdir), rng, chars), rng, 75)


def circled_hours(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """The hours circled in blue ballpoint, photographed on a desk, JPEG q70."""
    rng = _rng("circle", d.source.key)
    page = ballpoint_circle(page_image(d, workdir), _box(d, workdir, d.hours_text), rng)
    return "jpg", jpeg_bytes(_on_desk(page, rng, dark=False), 70)


def feeder_slipped(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A sheet that slipped in the feeder (a band stretched, rows drifting), grey scan to a PDF."""
    rng = _rng("slip", d.source.key)
    page = sensor_noise(feeder_slip(page_image(d, workdir), rng), rng, 3.0)
    return "pdf", image_pdf([page.convert("L")], DPI, quality=75)


def ghosted(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A laser print with a drum ghost one turn lower, scanned, JPEG q75."""
    rng = _rng("ghost", d.source.key)
    return _scan(laser_ghost(page_image(d, workdir), rng), rng, 75)


def dot_matrix_print(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """Printed on a 9-pin dot-matrix printer, scanned at 200 dpi, JPEG q75."""
    rng = _rng("dotmx", d.source.key)
    return _scan(dot_matrix(page_image(d, workdir), rng), rng, 75)


def microfilm_print(d: Drawn, workdir: Path) -> tuple[str, bytes]:
    """A microfilm reader's print (white on black, grainy), shrunk to 1600 px, JPEG q70."""
    rng = _rng("film", d.source.key)
    return "jpg", jpeg_bytes(fit_long_side(microfilm(page_image(d, workdir), rng), 1600), 70)


KINDS: dict[str, Callable[[Drawn, Path], tuple[str, bytes]]] = {
    "shaken_vertical": shaken_vertical,
    "fax_dropouts": fax_dropouts,
    "coloured_paper": coloured_paper,
    "code_by_hours": code_by_hours,
    "bw_too_dark": bw_too_dark,
    "bw_too_light": bw_too_light,
    "dusty_glass": dusty_glass,
    "circled_hours": circled_hours,
    "feeder_slip": feeder_slipped,
    "laser_ghost": ghosted,
    "dot_matrix": dot_matrix_print,
    "microfilm": microfilm_print,
}

PLAN: dict[str, tuple[str, ...]] = {
    "shaken_vertical": ("advanced_side", "record_plain"),
    "fax_dropouts": ("alerrt_form", "basic_land"),
    "coloured_paper": ("tcole_letter", "juvint_form"),
    "code_by_hours": ("ymhfa_side", "is360_land"),
    "bw_too_dark": ("juvint_form", "srp_letter"),
    "bw_too_light": ("basic_land", "advanced_side"),
    "dusty_glass": ("advanced_side", "tcole_letter"),
    "circled_hours": ("alerrt_form", "srp_letter"),
    "feeder_slip": ("is360_land", "record_grid"),
    "laser_ghost": ("ymhfa_side", "record_grid"),
    "dot_matrix": ("record_plain", "record_grid"),
    "microfilm": ("basic_land", "juvint_form"),
}

CAPTURES: dict[str, Capture] = {
    f"{kind}-{k}": Capture(f"{kind}-{k}", kind, SOURCES[k]) for kind, keys in PLAN.items() for k in keys
}


def write_capture(c: Capture, workdir: Path) -> Path:
    return write_with(c, workdir, KINDS)
