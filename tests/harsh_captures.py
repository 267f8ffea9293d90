"""Certificates and transcript pages captured the ways real applicants capture them, not as ``to_scan`` does.

``certledger.samples.to_scan`` degrades pages one way per kind (scan_light, scan_heavy, fax, photo,
rotated). Acceptance runs on phone photos and scans nobody here has seen, so this module captures the
project's own renderings (``certledger.samples`` specs, ``tests/novel_certificates.py``,
``tests/issuer_formats.py``) in other ways: a phone photo held at an angle over a desk (keystone,
5-12 degrees of turn, the page filling well under the frame, wood or a dark desk around it, a shadow
across the page, JPEG quality 25-40, the page about 1000-1300 px long, slight blur), a colour photo
under a coloured light, a 150-dpi greyscale scan, a scan with the lid's dark border, punched holes and
a staple's shadow, a page upside down inside a multi-page scanned PDF, EXIF-rotated JPEGs and two
certificates scanned on one page (one above the other, or side by side a finger apart, one crooked).

Every effect is a small named function taking a seeded ``numpy`` generator, so a capture is the same
bytes for the same seed. ``CAPTURES`` lists the audit's fixtures: (kind, sources) with the truth of
every item; ``bench/harsh_captures.py`` tabulates them, ``tests/integration/test_harsh_captures.py``
guards them.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from rapidfuzz import fuzz

from certledger.samples import (
    FEMA,
    NASRO,
    CertificateSpec,
    format_date_range,
    format_hours,
    rasterize_pdf,
    render_certificate_pdf,
)
from classify.types import ClassifiedDocument, ClassifiedItem
from extract.fields.names import name_tokens
from tests.issuer_formats import DOCS as ISSUER
from tests.issuer_formats import render_doc
from tests.novel_certificates import NOVELS, render_novel, show

Rng = np.random.Generator

# ------------------------------------------------------------------------------------ truth


@dataclass(frozen=True)
class Expect:
    """One item as a careful reader would record it."""

    title: str
    start: date
    end: date
    hours: float | None
    catalog_id: str | None
    category: str | None
    sure: bool = True  # False: no reading can be sure, the item must never be auto


@dataclass(frozen=True)
class Source:
    """A document drawn by the project's renderers, with its truth."""

    key: str
    name: str
    doc_type: str
    items: tuple[Expect, ...]
    render: Callable[[Path], Path]  # draws the text PDF at the given path


def _spec_source(key: str, spec: CertificateSpec, layout: str) -> Source:
    item = Expect(
        spec.course_title, spec.start_date, spec.end_date, spec.hours, spec.catalog_id, spec.category
    )
    return Source(
        key,
        spec.participant_name,
        spec.doc_type,
        (item,),
        lambda p: render_certificate_pdf(spec, layout, p),
    )


def _novel_source(key: str) -> Source:
    n = NOVELS[key]
    item = Expect(
        n.course_title, n.start_date, n.end_date, n.hours, n.catalog_id, n.category, not n.must_review
    )
    return Source(f"novel_{key}", n.participant_name, n.doc_type, (item,), lambda p: render_novel(n, p))


def _issuer_source(key: str) -> Source:
    d = ISSUER[key]
    items = tuple(Expect(t.title, t.start, t.end, t.hours, t.catalog_id, t.category, t.sure) for t in d.items)
    return Source(f"issuer_{key}", d.participant_name, d.doc_type, items, lambda p: render_doc(d, p))


def _cert_spec(
    name: str,
    title: str,
    issuer: str,
    start: date,
    end: date,
    hours: float,
    hours_style: str,
    date_style: str,
    category: str,
    catalog_id: str | None,
    **kw: object,
) -> CertificateSpec:
    return CertificateSpec(
        participant_name=name,
        course_title=title,
        issuer=issuer,
        start_date=start,
        end_date=end,
        hours=hours,
        hours_as_printed=format_hours(hours, hours_style),  # type: ignore[arg-type]
        date_as_printed=format_date_range(start, end, date_style),  # type: ignore[arg-type]
        category=category,
        catalog_id=catalog_id,
        **kw,  # type: ignore[arg-type]
    )


_GONZALEZ = "Maria L. Gonzalez"
_BASIC = _cert_spec(
    _GONZALEZ,
    "Basic School Resource Officer Course",
    NASRO,
    date(2021, 6, 7),
    date(2021, 6, 11),
    40.0,
    "words",
    "long",
    "basic",
    "nasro-basic",
    certificate_number="B21-0611-0042",
    distractors=("(205) 555-0140", "Session 2 of 3"),
    issuer_short="NASRO",
    location="Hoover, Alabama",
)
_YMHFA = _cert_spec(
    _GONZALEZ,
    "Youth Mental Health First Aid",
    "National Council for Mental Wellbeing",
    date(2022, 3, 14),
    date(2022, 3, 14),
    8.0,
    "hours",
    "numeric",
    "juvenile",
    "ymhfa",
    certificate_number="MH-22-3141",
)
_ADVANCED = _cert_spec(
    "Darnell K. Price",
    "Advanced School Resource Officer Course",
    NASRO,
    date(2019, 10, 21),
    date(2019, 10, 23),
    24.0,
    "contact",
    "through",
    "advanced",
    "nasro-advanced",
    issuer_short="NASRO",
    location="Reno, Nevada",
)
_IS362 = _cert_spec(
    "Tamara J. Whitfield",
    "IS-362.A: Multi-Hazard Emergency Planning for Schools",
    FEMA,
    date(2020, 4, 2),
    date(2020, 4, 2),
    3.0,
    "hrs",
    "long",
    "school_safety",
    "fema-is-362",
)
_JUVENILE = _cert_spec(
    _GONZALEZ,
    "Juvenile Law for Law Enforcement",
    "County Attorney's Office Training Unit",
    date(2018, 9, 12),
    date(2018, 9, 12),
    8.0,
    "credit",
    "long",
    "juvenile",
    "juvenile-law",
)

SOURCES: dict[str, Source] = {
    s.key: s
    for s in (
        _spec_source("basic_landscape", _BASIC, "centered_landscape"),
        _spec_source("ymhfa_form", _YMHFA, "form_fields"),
        _spec_source("advanced_sidebar", _ADVANCED, "sidebar"),
        _spec_source("is362_letter", _IS362, "letter"),
        _spec_source("juvenile_form", _JUVENILE, "form_fields"),
        _novel_source("table_row"),
        _novel_source("dates_two_lines"),
        _novel_source("month_only"),
        _issuer_source("fema_is907"),
        _issuer_source("ncjtc"),
        _issuer_source("ohio_opota"),
    )
}


# ------------------------------------------------------------------------------------ effects


def page_pixels(pdf: Path, dpi: int, page: int = 0, grayscale: bool = False) -> Image.Image:
    """One page of a PDF rasterised at ``dpi`` (RGB, or L when ``grayscale``)."""
    return rasterize_pdf(pdf, dpi, grayscale=grayscale)[page]


def fit_long_side(img: Image.Image, pixels: int) -> Image.Image:
    """The image resized (Lanczos) so its long side is ``pixels``: a low-resolution camera or scan."""
    factor = pixels / max(img.size)
    return img.resize((round(img.width * factor), round(img.height * factor)), Image.Resampling.LANCZOS)


def wood_desk(size: tuple[int, int], rng: Rng) -> Image.Image:
    """A wooden desk: warm brown with wavy grain streaks along its length."""
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    wave = np.sin(yy / h * float(rng.uniform(25, 45)) + 3.0 * np.sin(xx / w * float(rng.uniform(2, 5))))
    base = np.array([128.0, 88.0, 52.0]) + rng.uniform(-18, 18, 3)
    a = base + (wave[..., None] * 14.0) + rng.normal(0, 5.0, (h, w, 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def dark_desk(size: tuple[int, int], rng: Rng) -> Image.Image:
    """A dark desk or table cloth: near-black, slightly blue, with a faint light falloff."""
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    falloff = 1.0 - 0.35 * (((xx / w) - 0.5) ** 2 + ((yy / h) - 0.5) ** 2)
    base = np.array([38.0, 40.0, 48.0]) + rng.uniform(-8, 8, 3)
    a = base * falloff[..., None] + rng.normal(0, 4.0, (h, w, 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _perspective_coeffs(
    dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]
) -> list[float]:
    """PIL PERSPECTIVE coefficients taking output points ``dst`` to input points ``src`` (4 each)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(rows, float), np.array(rhs, float))]


def keystone_onto(
    page: Image.Image, background: Image.Image, rng: Rng, *, fill: float, turn_deg: float, keystone: float
) -> Image.Image:
    """The page laid on ``background`` as a hand-held phone sees it.

    Its long side spans ``fill`` of the frame's matching side, it is turned by ``turn_deg`` (either
    sign) and its far edge is ``keystone`` (a share of its width) narrower than its near edge, with a
    little jitter on every corner.
    """
    fw, fh = background.size
    pw, ph = page.size
    scale = fill * min(fw / pw, fh / ph)
    half_w, half_h = pw * scale / 2, ph * scale / 2
    corners = np.array([(-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h)])
    corners[0, 0] += keystone * half_w  # the far (top) edge is narrower
    corners[1, 0] -= keystone * half_w
    corners += rng.uniform(-0.015, 0.015, corners.shape) * np.array([fw, fh])
    rad = np.deg2rad(turn_deg)
    turn = np.array([[np.cos(rad), -np.sin(rad)], [np.sin(rad), np.cos(rad)]])
    centre = np.array([fw / 2, fh / 2]) + rng.uniform(-0.03, 0.03, 2) * np.array([fw, fh])
    dst = [tuple(p) for p in corners @ turn.T + centre]
    src = [(0.0, 0.0), (float(pw), 0.0), (float(pw), float(ph)), (0.0, float(ph))]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.convert("RGB").transform(
        background.size, Image.Transform.PERSPECTIVE, coeffs, resample=Image.Resampling.BICUBIC
    )
    mask = Image.new("L", page.size, 255).transform(
        background.size, Image.Transform.PERSPECTIVE, coeffs, resample=Image.Resampling.BILINEAR
    )
    shadow = mask.filter(ImageFilter.GaussianBlur(max(fw, fh) / 150)).point(lambda v: v * 0.55)
    out = background.convert("RGB").copy()
    out.paste(Image.new("RGB", out.size, (10, 8, 6)), (round(fw * 0.006), round(fh * 0.008)), shadow)
    out.paste(warped, (0, 0), mask)
    return out


def shadow_gradient(img: Image.Image, rng: Rng, strength: float) -> Image.Image:
    """Uneven light: a linear falloff across the frame in a random direction, plus the soft shadow of
    the phone and hand over one corner; ``strength`` is the darkest share lost (0.3: 30 %)."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = float(rng.uniform(0, 2 * np.pi))
    ramp = (np.cos(angle) * xx / w + np.sin(angle) * yy / h) / np.sqrt(2) + 0.5
    light = 1.0 - strength * 0.6 * ramp
    cx, cy = float(rng.choice([0.0, 1.0])) * w, float(rng.choice([0.0, 1.0])) * h
    blob = np.exp(-(((xx - cx) / (0.45 * w)) ** 2 + ((yy - cy) / (0.45 * h)) ** 2))
    light -= strength * 0.6 * blob
    a = np.asarray(img.convert("RGB"), dtype=np.float32) * np.clip(light, 0.2, 1.0)[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def colour_cast(img: Image.Image, rng: Rng) -> Image.Image:
    """A coloured light: tungsten (orange), fluorescent (green) or shade (blue), and sensor noise."""
    casts = {"tungsten": (1.08, 0.93, 0.70), "fluorescent": (0.86, 1.02, 0.80), "shade": (0.78, 0.90, 1.10)}
    gains = np.array(casts[str(rng.choice(sorted(casts)))], dtype=np.float32)
    a = np.asarray(img.convert("RGB"), dtype=np.float32) * gains + rng.normal(
        0, 4.0, (img.height, img.width, 3)
    )
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def soft_blur(img: Image.Image, radius: float) -> Image.Image:
    """Slight defocus or hand shake."""
    return img.filter(ImageFilter.GaussianBlur(radius))


def tilt(img: Image.Image, degrees: float, fill: int | tuple[int, int, int]) -> Image.Image:
    """A page fed or laid slightly crooked (counter-clockwise ``degrees``)."""
    return img.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill)


def lid_border(img: Image.Image, rng: Rng) -> Image.Image:
    """A page smaller than the platen, scanned with the lid's black inside: dark margins on two or
    three sides, uneven in width, the page's edge a little crooked."""
    w, h = img.size
    a = np.asarray(img.convert("L"), dtype=np.float32).copy()
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    left = w * float(rng.uniform(0.02, 0.05)) + (yy / h) * w * float(rng.uniform(-0.01, 0.01))
    top = h * float(rng.uniform(0.015, 0.04)) + (xx / w) * h * float(rng.uniform(-0.008, 0.008))
    bottom = h * (1 - float(rng.uniform(0.0, 0.03)))
    outside = (xx < left) | (yy < top) | (yy > bottom)
    a[outside] = rng.normal(28, 6, int(outside.sum()))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def punched_holes(img: Image.Image, rng: Rng) -> Image.Image:
    """Three ring-binder holes down the left margin, dark where the lid shows through."""
    out = img.convert("L")
    draw = ImageDraw.Draw(out)
    w, h = out.size
    r = 0.014 * max(w, h)
    x = w * float(rng.uniform(0.035, 0.05))
    for frac in (0.15, 0.5, 0.85):
        y = h * frac + float(rng.uniform(-0.01, 0.01)) * h
        draw.ellipse((x - r, y - r, x + r, y + r), fill=int(rng.integers(20, 50)))
    return out


def staple_shadow(img: Image.Image, rng: Rng) -> Image.Image:
    """A staple in the top-left corner: a short dark bar and its blurred shadow, and a torn-off
    corner of a second sheet peeking out beside it."""
    gray = img.convert("L")
    w, h = gray.size
    shade = Image.new("L", gray.size, 0)
    draw = ImageDraw.Draw(shade)
    x0, y0 = w * float(rng.uniform(0.04, 0.08)), h * float(rng.uniform(0.03, 0.06))
    length = 0.05 * max(w, h)
    x1, y1 = x0 + length * 0.8, y0 - length * 0.35
    draw.line((x0, y0 + 6, x1, y1 + 6), fill=140, width=max(4, round(0.006 * w)))
    shade = shade.filter(ImageFilter.GaussianBlur(0.006 * w))
    out = Image.composite(Image.new("L", gray.size, 40), gray, shade)
    ImageDraw.Draw(out).line((x0, y0, x1, y1), fill=60, width=max(2, round(0.003 * w)))
    return out


def sensor_noise(img: Image.Image, rng: Rng, sigma: float) -> Image.Image:
    a = np.asarray(img, dtype=np.float32)
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode=img.mode)


def jpeg_bytes(img: Image.Image, quality: int, exif: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    kw: dict[str, object] = {"quality": quality}
    if exif is not None:
        kw["exif"] = exif
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def jpeg_roundtrip(img: Image.Image, quality: int) -> Image.Image:
    """The blocky loss of a strongly compressed JPEG (kept as pixels, for a PDF page)."""
    with Image.open(io.BytesIO(jpeg_bytes(img, quality))) as im:
        return im.copy()


# EXIF orientation -> the turn (PIL transpose) that stores the upright picture as a camera does.
_STORED = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}


def exif_rotated_jpeg(upright: Image.Image, orientation: int, quality: int) -> bytes:
    """A camera JPEG: pixels stored sideways (or upside down) and an Orientation tag to show it upright."""
    stored = upright.transpose(_STORED[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    return jpeg_bytes(stored, quality, exif.tobytes())


def image_pdf(pages: Sequence[Image.Image], dpi: float, quality: int = 80) -> bytes:
    """Pages as an image-only PDF (a scanner's output)."""
    buf = io.BytesIO()
    first, *rest = [p.convert("RGB") if p.mode not in ("L", "RGB") else p for p in pages]
    first.save(buf, "PDF", save_all=True, append_images=rest, resolution=dpi, quality=quality)
    return buf.getvalue()


def two_up(top: Image.Image, bottom: Image.Image, dpi: int) -> Image.Image:
    """Two pages laid on one letter-size platen, one above the other, each shrunk to half its height."""
    w, h = round(8.5 * dpi), round(11 * dpi)
    sheet = Image.new("L", (w, h), 250)
    margin = round(0.2 * dpi)
    for i, img in enumerate((top, bottom)):
        g = img.convert("L")
        factor = min((w - 2 * margin) / g.width, (h / 2 - 2 * margin) / g.height)
        g = g.resize((round(g.width * factor), round(g.height * factor)), Image.Resampling.LANCZOS)
        sheet.paste(g, ((w - g.width) // 2, round(i * h / 2 + (h / 2 - g.height) / 2)))
    return sheet


def side_by_side(
    left: Image.Image, right: Image.Image, dpi: int, gap_in: float, right_tilt: float
) -> Image.Image:
    """Two portrait pages laid side by side on a landscape platen, ``gap_in`` inches apart, the right
    one laid ``right_tilt`` degrees crooked: each shrunk to half the platen's width."""
    w, h = round(11 * dpi), round(8.5 * dpi)
    sheet = Image.new("L", (w, h), 250)
    margin, gap = round(0.15 * dpi), round(gap_in * dpi)
    half = (w - 2 * margin - gap) / 2
    for i, img in enumerate((left, right)):
        g = img.convert("L")
        factor = min(half / g.width, (h - 2 * margin) / g.height)
        g = g.resize((round(g.width * factor), round(g.height * factor)), Image.Resampling.LANCZOS)
        if i == 1 and right_tilt:
            g = g.rotate(right_tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=250)
        # The two sheets meet at the middle, ``gap`` apart; each stands in its half's middle otherwise.
        x = round(w / 2 - gap / 2 - g.width) if i == 0 else round(w / 2 + gap / 2)
        sheet.paste(g, (x, (h - g.height) // 2))
    return sheet


# ------------------------------------------------------------------------------------ captures


def _seed(kind: str, key: str, seed: int) -> Rng:
    return np.random.default_rng(zlib.crc32(f"{kind}/{key}/{seed}".encode()))


def _render(source: Source, workdir: Path) -> Path:
    pdf = workdir / f"{source.key}.pdf"
    return pdf if pdf.exists() else source.render(pdf)


def _phone(
    page: Image.Image, rng: Rng, background: Callable[[tuple[int, int], Rng], Image.Image], long_side: int
) -> Image.Image:
    """A hand-held phone photo: the page keystoned onto ``background``, about ``long_side`` px long."""
    frame_long = round(long_side / float(rng.uniform(0.68, 0.8)))
    landscape = page.width > page.height
    size = (frame_long, round(frame_long * 0.75)) if landscape else (round(frame_long * 0.75), frame_long)
    page = fit_long_side(page, round(long_side * 1.1))
    turn = float(rng.uniform(5, 12)) * float(rng.choice([-1.0, 1.0]))
    fill = long_side / frame_long
    photo = keystone_onto(
        page, background(size, rng), rng, fill=fill, turn_deg=turn, keystone=float(rng.uniform(0.04, 0.1))
    )
    return photo


def phone_wood(source: Source, workdir: Path, seed: int) -> tuple[str, bytes]:
    """Phone photo on a wooden desk: keystone, 5-12 deg, shadow gradient, JPEG q30-40, slight blur."""
    rng = _seed("phone_wood", source.key, seed)
    photo = _phone(page_pixels(_render(source, workdir), 150), rng, wood_desk, int(rng.integers(1100, 1300)))
    photo = soft_blur(
        shadow_gradient(photo, rng, float(rng.uniform(0.25, 0.4))), float(rng.uniform(0.5, 0.8))
    )
    return "jpg", jpeg_bytes(photo, int(rng.integers(30, 41)))


def phone_dark(source: Source, workdir: Path, seed: int) -> tuple[str, bytes]:
    """Phone photo on a dark table: keystone, 5-12 deg, a strong shadow over a corner, JPEG q25-35."""
    rng = _seed("phone_dark", source.key, seed)
    photo = _phone(page_pixels(_render(source, workdir), 150), rng, dark_desk, int(rng.integers(1000, 1250)))
    photo = soft_blur(
        shadow_gradient(photo, rng, float(rng.uniform(0.35, 0.5))), float(rng.uniform(0.5, 0.9))
    )
    return "jpg", jpeg_bytes(photo, int(rng.integers(25, 36)))


def phone_cast(source: Source, workdir: Path, seed: int) -> tuple[str, bytes]:
    """Colour phone photo under a coloured light (tungsten, fluorescent or shade), on wood, JPEG q35-40."""
    rng = _seed("phone_cast", source.key, seed)
    photo = _phone(page_pixels(_render(source, workdir), 150), rng, wood_desk, int(rng.integers(1150, 1300)))
    photo = colour_cast(shadow_gradient(photo, rng, float(rng.uniform(0.15, 0.3))), rng)
    return "jpg", jpeg_bytes(soft_blur(photo, 0.6), int(rng.integers(35, 41)))


def lowres_jpeg(source: Source, workdir: Path, seed: int) -> tuple[str, bytes]:
    """A flat capture (a cheap scanner app) at 1000-1200 px, slightly blurred, JPEG q25-32, no DPI tag."""
    rng = _seed("lowres_jpeg", source.key, seed)
    page = fit_long_side(page_pixels(_render(source, workdir), 200), int(rng.integers(1000, 1200)))
    page = tilt(soft_blur(page, float(rng.uniform(0.5, 0.8))), float(rng.uniform(-1.5, 1.5)), (255, 255, 255))
    return "jpg", jpeg_bytes(page, int(rng.integers(25, 33)))


def grey150(source: Source, workdir: Path, seed: int) -> tuple[str, bytes]:
    """A 150-dpi greyscale flatbed scan in a PDF, half a degree crooked, with sensor noise."""
    rng = _seed("grey150", source.key, seed)
    pages = rasterize_pdf(_render(source, workdir), 150, grayscale=True)
    pages = [sensor_noise(tilt(p, float(rng.uniform(-0.7, 0.7)), 255), rng, 5.0) for p in pages]
    return "pdf", image_pdf(pages, 150, quality=60)


def scan_marks(source: Source, workdir: Path, seed: int) -> tuple[str, bytes]:
    """A 200-dpi scan of a page punched for a binder and stapled, on a black-lidded scanner."""
    rng = _seed("scan_marks", source.key, seed)
    page = page_pixels(_render(source, workdir), 200, grayscale=True)
    page = lid_border(staple_shadow(punched_holes(tilt(page, float(rng.uniform(-1, 1)), 255), rng), rng), rng)
    return "pdf", image_pdf([sensor_noise(page, rng, 4.0)], 200, quality=70)


def exif_rotated(source: Source, workdir: Path, seed: int) -> tuple[str, bytes]:
    """A phone photo (a mild one: 3-6 deg, light shadow) stored sideways or upside down with an EXIF tag."""
    rng = _seed("exif_rotated", source.key, seed)
    page = page_pixels(_render(source, workdir), 150)
    frame_long = int(rng.integers(1500, 1700))
    size = (
        (frame_long, frame_long * 3 // 4) if page.width > page.height else (frame_long * 3 // 4, frame_long)
    )
    turn = float(rng.uniform(3, 6)) * float(rng.choice([-1.0, 1.0]))
    desk = wood_desk(size, rng)
    photo = keystone_onto(fit_long_side(page, frame_long), desk, rng, fill=0.82, turn_deg=turn, keystone=0.03)
    photo = shadow_gradient(photo, rng, 0.15)
    return "jpg", exif_rotated_jpeg(photo, int(rng.choice([3, 6, 8])), 60)


CaptureFn = Callable[[Source, Path, int], tuple[str, bytes]]

KINDS: dict[str, CaptureFn] = {
    "phone_wood": phone_wood,
    "phone_dark": phone_dark,
    "phone_cast": phone_cast,
    "lowres_jpeg": lowres_jpeg,
    "grey150": grey150,
    "scan_marks": scan_marks,
    "exif_rotated": exif_rotated,
}


# ------------------------------------------------------------------------------------ multi-source


@dataclass(frozen=True)
class Capture:
    """One fixture: a capture kind applied to one or more sources, written to one file."""

    key: str
    kind: str
    sources: tuple[Source, ...]
    seed: int = 1

    @property
    def name(self) -> str:
        return self.sources[0].name

    @property
    def doc_type(self) -> str:
        return self.sources[0].doc_type

    @property
    def items(self) -> tuple[Expect, ...]:
        return tuple(i for s in self.sources for i in s.items)


def upside_down_in_pdf(sources: Sequence[Source], workdir: Path, seed: int) -> tuple[str, bytes]:
    """A stack of certificates scanned into one PDF at 200 dpi, the middle one fed upside down."""
    rng = _seed("upside_down", "+".join(s.key for s in sources), seed)
    pages = []
    for i, s in enumerate(sources):
        page = tilt(page_pixels(_render(s, workdir), 200, grayscale=True), float(rng.uniform(-0.8, 0.8)), 255)
        page = sensor_noise(page, rng, 4.0)
        pages.append(page.transpose(Image.Transpose.ROTATE_180) if i == len(sources) // 2 else page)
    return "pdf", image_pdf(pages, 200, quality=75)


def two_up_scan(sources: Sequence[Source], workdir: Path, seed: int) -> tuple[str, bytes]:
    """Two certificates laid on the platen together: one 300-dpi greyscale scan of both."""
    rng = _seed("two_up", "+".join(s.key for s in sources), seed)
    top, bottom = (page_pixels(_render(s, workdir), 300, grayscale=True) for s in sources[:2])
    sheet = sensor_noise(tilt(two_up(top, bottom, 300), float(rng.uniform(-0.6, 0.6)), 250), rng, 4.0)
    return "pdf", image_pdf([sheet], 300, quality=75)


def two_up_side_scan(sources: Sequence[Source], workdir: Path, seed: int) -> tuple[str, bytes]:
    """Two portrait certificates laid side by side a finger's width apart (0.1-0.2 in), the right one
    1-2 degrees crooked: one 300-dpi greyscale scan of both."""
    rng = _seed("two_up_side", "+".join(s.key for s in sources), seed)
    left, right = (page_pixels(_render(s, workdir), 300, grayscale=True) for s in sources[:2])
    turn = float(rng.uniform(1, 2)) * float(rng.choice([-1.0, 1.0]))
    sheet = side_by_side(left, right, 300, float(rng.uniform(0.1, 0.2)), turn)
    return "pdf", image_pdf([sensor_noise(sheet, rng, 4.0)], 300, quality=75)


MultiFn = Callable[[Sequence[Source], Path, int], tuple[str, bytes]]
MULTI_KINDS: dict[str, MultiFn] = {
    "upside_down": upside_down_in_pdf,
    "two_up": two_up_scan,
    "two_up_side": two_up_side_scan,
}

_PLAN: dict[str, tuple[str, ...]] = {
    "phone_wood": ("basic_landscape", "ymhfa_form", "is362_letter", "novel_table_row", "issuer_ncjtc"),
    "phone_dark": ("advanced_sidebar", "juvenile_form", "novel_dates_two_lines", "issuer_fema_is907"),
    "phone_cast": ("basic_landscape", "is362_letter", "novel_month_only", "issuer_ohio_opota"),
    "lowres_jpeg": (
        "ymhfa_form",
        "advanced_sidebar",
        "novel_table_row",
        "issuer_ohio_opota",
        "novel_month_only",
    ),
    "grey150": ("basic_landscape", "juvenile_form", "novel_dates_two_lines", "issuer_ohio_opota"),
    "scan_marks": ("ymhfa_form", "is362_letter", "issuer_fema_is907", "issuer_ohio_opota"),
    "exif_rotated": ("advanced_sidebar", "juvenile_form", "issuer_ncjtc"),
}
_MULTI_PLAN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("upside_down", ("basic_landscape", "ymhfa_form", "juvenile_form")),
    ("two_up", ("basic_landscape", "juvenile_form")),
    ("two_up", ("advanced_sidebar", "issuer_ncjtc")),
    ("two_up_side", ("ymhfa_form", "juvenile_form")),
    ("two_up_side", ("is362_letter", "ymhfa_form")),
)

CAPTURES: dict[str, Capture] = {}
for _kind, _keys in _PLAN.items():
    for _k in _keys:
        CAPTURES[f"{_kind}-{_k}"] = Capture(f"{_kind}-{_k}", _kind, (SOURCES[_k],))
for _kind, _keys in _MULTI_PLAN:
    _key = f"{_kind}-{'+'.join(_keys)}"
    CAPTURES[_key] = Capture(_key, _kind, tuple(SOURCES[k] for k in _keys))


def write_capture(c: Capture, workdir: Path) -> Path:
    """The capture's file in ``workdir`` (rendered sources are kept there too)."""
    workdir.mkdir(parents=True, exist_ok=True)
    if c.kind in MULTI_KINDS:
        ext, data = MULTI_KINDS[c.kind](c.sources, workdir, c.seed)
    else:
        ext, data = KINDS[c.kind](c.sources[0], workdir, c.seed)
    out = workdir / f"{c.key}.{ext}"
    out.write_bytes(data)
    return out


# ------------------------------------------------------------------------------------ scoring


def same_title(item: ClassifiedItem, e: Expect) -> bool:
    """The course read: its catalog match when the course is in the catalog, else its title (fuzzily)."""
    if e.catalog_id is not None:
        return item.catalog_id == e.catalog_id
    return (
        item.catalog_id is None
        and fuzz.token_set_ratio((item.course_title or "").lower(), e.title.lower()) >= 85
    )


def exact(item: ClassifiedItem, e: Expect) -> bool:
    return (
        same_title(item, e)
        and item.category == e.category
        and (item.start_date, item.end_date, item.hours) == (e.start, e.end, e.hours)
    )


def wrong_autos(doc: ClassifiedDocument, c: Capture) -> list[str]:
    """Auto items no careful reader would credit so: a wrong fact, or a reading that cannot be sure."""
    wrong = []
    for item in doc.items:
        if item.status != "auto":
            continue
        if not any(exact(item, e) and e.sure for e in c.items):
            wrong.append(show(item))
    return wrong


@dataclass(frozen=True)
class Score:
    """Per capture: counts of expected items read right on each field (best matching item)."""

    items: int
    title: int
    dates: int
    hours: int
    auto: int  # expected items read right and auto
    review: int  # expected items found (same course) and sent to review
    wrong_auto: int
    doc_type_right: bool
    name_right: bool


def _agreement(item: ClassifiedItem, e: Expect) -> int:
    return int((item.start_date, item.end_date) == (e.start, e.end)) + int(item.hours == e.hours)


def score(doc: ClassifiedDocument, c: Capture) -> Score:
    title = dates = hours = auto = review = 0
    for e in c.items:
        found = [i for i in doc.items if same_title(i, e)]
        best = max(found, key=lambda i: _agreement(i, e), default=None)
        if best is None:
            continue
        title += 1
        dates += (best.start_date, best.end_date) == (e.start, e.end)
        hours += best.hours == e.hours
        auto += best.status == "auto" and exact(best, e)
        review += best.status == "review"
    name = doc.participant_name.text if doc.participant_name is not None else ""
    if len({frozenset(name_tokens(s.name)) for s in c.sources}) > 1:
        # Certificates of different people in one file: no one name is right, a person sorts them out.
        name_right = doc.participant_name is None
    else:
        name_right = bool(name) and name_tokens(name) == name_tokens(c.name)
    return Score(
        items=len(c.items),
        title=title,
        dates=dates,
        hours=hours,
        auto=auto,
        review=review,
        wrong_auto=len(wrong_autos(doc, c)),
        doc_type_right=doc.doc_type == c.doc_type,
        name_right=name_right,
    )
