"""The test-document factory itself: layouts carry their spec's text, degradations have the promised shape."""

from __future__ import annotations

import json
import struct
from datetime import date
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image

from tests.factories import (
    CERTIFICATE_LAYOUTS,
    DEGRADATIONS,
    TRANSCRIPT_LAYOUTS,
    CertificateSpec,
    certificate_spec,
    decompression_bomb_png,
    employment_letter_spec,
    encrypted_pdf,
    format_date_range,
    format_hours,
    make_sample_applications,
    number_words,
    random_bytes,
    render_certificate_pdf,
    render_employment_letter_pdf,
    render_transcript_pdf,
    to_scan,
    transcript_spec,
    truncated_copy,
)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _page_texts(path: Path, min_x: float = 0.0) -> list[str]:
    with pdfplumber.open(path) as pdf:
        out = []
        for page in pdf.pages:
            region = page.crop((min_x, 0, page.width, page.height)) if min_x else page
            out.append(region.extract_text() or "")
        return out


def _close(got: tuple[float, float], want: tuple[float, float], tol: float = 2) -> bool:
    return abs(got[0] - want[0]) <= tol and abs(got[1] - want[1]) <= tol


def _spec_strings(spec: CertificateSpec) -> list[str]:
    return [
        spec.participant_name,
        spec.course_title,
        spec.issuer,
        spec.hours_as_printed,
        spec.date_as_printed,
        spec.certificate_number,
        *spec.distractors,
    ]


LONG_TITLE = certificate_spec(
    participant_name="Sgt. Dwayne R. Le-Whitfield Jr.",
    course_title="IS-362.A: Multi-Hazard Emergency Planning for Schools and Houses of Worship",
    issuer="FEMA Emergency Management Institute",
    hours=0.3 * 10,
    hours_as_printed="0.3 IACET CEU",
    date_as_printed="06/07/2021",
    start_date=date(2021, 6, 7),
    end_date=date(2021, 6, 7),
    certificate_number="IS362A-2021-88213",
)


@pytest.mark.parametrize("layout", CERTIFICATE_LAYOUTS)
@pytest.mark.parametrize(
    "spec",
    [certificate_spec(), LONG_TITLE, certificate_spec(hours_as_printed="24-hour", hours=24.0)],
    ids=["basic", "long-title", "hyphen-hours"],
)
def test_certificate_layout_text_layer_holds_the_spec(
    tmp_path: Path, layout: str, spec: CertificateSpec
) -> None:
    pdf = render_certificate_pdf(spec, layout, tmp_path / f"{layout}.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    [full] = _page_texts(pdf)
    # The sidebar's coloured band shares baselines with the main text: read the main column alone too.
    main = _page_texts(pdf, min_x=200)[0] if layout == "sidebar" else full
    for s in _spec_strings(spec):
        assert _norm(s) in _norm(main) or _norm(s) in _norm(full), (layout, s, full)
    # The main facts are in the main area whatever the layout.
    for s in (spec.participant_name, spec.course_title, spec.date_as_printed):
        assert _norm(s) in _norm(main), (layout, s, main)


def test_certificate_layouts_are_different(tmp_path: Path) -> None:
    spec = certificate_spec()
    shapes = set()
    for layout in CERTIFICATE_LAYOUTS:
        with pdfplumber.open(render_certificate_pdf(spec, layout, tmp_path / f"{layout}.pdf")) as pdf:
            page = pdf.pages[0]
            name = next(w for w in page.extract_words() if w["text"] == "Gonzalez")
            shapes.add(
                (round(float(page.width)), round(float(name["x0"]) / 20), round(float(name["top"]) / 20))
            )
    assert len(shapes) == len(CERTIFICATE_LAYOUTS)


def test_unknown_layout_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="layout"):
        render_certificate_pdf(certificate_spec(), "diploma", tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="layout"):
        render_transcript_pdf(transcript_spec(5), "fancy", tmp_path / "x.pdf")


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    a = render_certificate_pdf(certificate_spec(), "sidebar", tmp_path / "a.pdf").read_bytes()
    b = render_certificate_pdf(certificate_spec(), "sidebar", tmp_path / "b.pdf").read_bytes()
    assert a == b


@pytest.mark.parametrize("layout", TRANSCRIPT_LAYOUTS)
def test_transcript_layouts(tmp_path: Path, layout: str) -> None:
    spec = transcript_spec(60)
    pdf = render_transcript_pdf(spec, layout, tmp_path / f"t-{layout}.pdf")
    texts = _page_texts(pdf)
    assert len(texts) >= 2
    assert _norm(spec.agency) in _norm(texts[0])
    assert _norm(spec.employee_name) in _norm(texts[0])
    for i, text in enumerate(texts, start=1):
        assert _norm("Course Title") in _norm(text), f"header row missing on page {i}"
        assert f"page {i} of {len(texts)}" in _norm(text)
    assert _norm(spec.totals_text) in _norm(texts[-1])
    assert spec.totals_label.casefold() not in _norm(" ".join(texts[:-1]))
    words = set(_norm(" ".join(texts)).split())
    for row in spec.rows:
        assert row.code.casefold() in words
        assert row.start.strftime(spec.date_format) in words
        assert all(w.casefold() in words for w in row.title.split()), row.title
    with pdfplumber.open(pdf) as doc:
        has_rules = any(p.lines or p.rects for p in doc.pages)
    assert has_rules == (layout == "grid")


def test_transcript_totals_sum_the_rows() -> None:
    spec = transcript_spec(12)
    assert spec.total_hours == sum(r.hours for r in spec.rows)
    assert spec.totals_text.startswith("TOTAL HOURS: ")


def test_employment_letter(tmp_path: Path) -> None:
    spec = employment_letter_spec()
    [text] = _page_texts(render_employment_letter_pdf(spec, tmp_path / "letter.pdf"))
    norm = _norm(text)
    assert _norm("This letter is to verify that Deputy Maria L. Gonzalez has been employed") in norm
    assert _norm("has served as a School Resource Officer since August 1, 2015") in norm
    assert _norm("February 20, 2024") in norm
    assert _norm(spec.agency) in norm


@pytest.mark.parametrize(
    ("value", "style", "printed"),
    [
        (40, "hours", "40 Hours"),
        (40, "words", "Forty (40) Hours"),
        (24, "words", "Twenty-Four (24) Hours"),
        (3, "ceu", "0.3 IACET CEU"),
        (16, "credit", "Credit Hours: 16"),
        (40, "hrs", "40.0 hrs"),
        (24, "hyphen", "24-hour"),
        (1, "hours", "1 Hour"),
    ],
)
def test_format_hours(value: float, style: str, printed: str) -> None:
    assert format_hours(value, style) == printed  # type: ignore[arg-type]


def test_format_date_range() -> None:
    d1, d2 = date(2021, 6, 7), date(2021, 6, 11)
    assert format_date_range(d1, d2) == "June 7-11, 2021"
    assert format_date_range(date(2021, 6, 28), date(2021, 7, 2)) == "June 28 - July 2, 2021"
    assert format_date_range(d1, d2, "numeric") == "06/07/2021 - 06/11/2021"
    assert format_date_range(d1, d1, "iso") == "2021-06-07"
    assert format_date_range(d1, d2, "day_month") == "7-11 June 2021"
    assert number_words(80) == "Eighty"
    assert number_words(112) == "One Hundred Twelve"


# --------------------------------------------------------------------------------------------
# Degradations
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def landscape_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_certificate_pdf(
        certificate_spec(), "centered_landscape", tmp_path_factory.mktemp("src") / "cert.pdf"
    )


@pytest.fixture(scope="module")
def transcript_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_transcript_pdf(
        transcript_spec(60), "grid", tmp_path_factory.mktemp("src") / "transcript.pdf"
    )


LANDSCAPE = (11 * 72, 8.5 * 72)  # points


@pytest.mark.parametrize(
    ("kind", "mode", "dpi", "size_inches"),
    [
        ("clean", "RGB", (200, 200), (11, 8.5)),
        ("scan_light", "RGB", (200, 200), (11, 8.5)),
        ("scan_heavy", "L", (150, 150), (11, 8.5)),
        ("rotated", "RGB", (200, 200), (8.5, 11)),
    ],
)
def test_scan_png_shape(
    tmp_path: Path,
    landscape_pdf: Path,
    kind: str,
    mode: str,
    dpi: tuple[int, int],
    size_inches: tuple[float, float],
) -> None:
    turn = 270 if kind == "rotated" else 0
    out = to_scan(landscape_pdf, tmp_path / f"{kind}.png", kind, "png", seed=7, rotate_deg=turn)  # type: ignore[arg-type]
    with Image.open(out) as im:
        assert im.format == "PNG"
        assert im.mode == mode
        assert tuple(round(v) for v in im.info["dpi"]) == dpi
        assert _close(im.size, (size_inches[0] * dpi[0], size_inches[1] * dpi[1]))


def test_scan_heavy_is_washed_out_and_light_is_not(tmp_path: Path, landscape_pdf: Path) -> None:
    with Image.open(to_scan(landscape_pdf, tmp_path / "h.png", "scan_heavy", "png", seed=1)) as im:
        hi = im.getextrema()[1]
        assert isinstance(hi, int) and hi > 200
        # Ink is grey: nearly no pixel is as dark as printed black (speckles aside).
        hist = im.histogram()
        assert sum(hist[:60]) < 0.001 * im.width * im.height
    with Image.open(to_scan(landscape_pdf, tmp_path / "l.png", "scan_light", "png", seed=1)) as im:
        hist = im.convert("L").histogram()
        assert sum(hist[:60]) > 0.001 * im.width * im.height


def test_fax_is_bilevel_anisotropic_group4(tmp_path: Path, landscape_pdf: Path) -> None:
    out = to_scan(landscape_pdf, tmp_path / "fax.tif", "fax", "tiff", seed=3)
    with Image.open(out) as im:
        assert im.mode == "1"
        assert im.info["compression"] == "group4"
        assert tuple(round(v) for v in im.info["dpi"]) == (200, 100)
        assert _close(im.size, (11 * 200, 8.5 * 100))


def test_fax_pdf_is_image_only_at_page_size(tmp_path: Path, landscape_pdf: Path) -> None:
    out = to_scan(landscape_pdf, tmp_path / "fax.pdf", "fax", "pdf", seed=3)
    with pdfplumber.open(out) as pdf:
        [page] = pdf.pages
        assert not page.chars
        assert len(page.images) == 1
        assert _close((float(page.width), float(page.height)), LANDSCAPE, tol=1)
        img = page.images[0]
        assert (img["srcsize"][0], img["srcsize"][1]) == (
            pytest.approx(2200, abs=2),
            pytest.approx(850, abs=2),
        )


def test_photo_jpeg_has_no_dpi_and_a_warm_cast(tmp_path: Path, landscape_pdf: Path) -> None:
    out = to_scan(landscape_pdf, tmp_path / "photo.jpg", "photo", "jpeg", seed=5)
    with Image.open(out) as im:
        assert im.format == "JPEG"
        assert im.mode == "RGB"
        assert "dpi" not in im.info
        r, g, b = (sum(i * n for i, n in enumerate(im.getchannel(c).histogram())) for c in "RGB")
        assert r > g > b


def test_multi_page_source_gives_multi_page_tiff_and_pdf(tmp_path: Path, transcript_pdf: Path) -> None:
    with pdfplumber.open(transcript_pdf) as pdf:
        n = len(pdf.pages)
    assert n >= 2
    with Image.open(to_scan(transcript_pdf, tmp_path / "t.tif", "scan_light", "tiff", seed=1)) as im:
        assert getattr(im, "n_frames", 1) == n
    doc = pdfium.PdfDocument(str(to_scan(transcript_pdf, tmp_path / "t.pdf", "scan_heavy", "pdf", seed=1)))
    try:
        assert len(doc) == n
    finally:
        doc.close()
    with pytest.raises(ValueError, match="page"):
        to_scan(transcript_pdf, tmp_path / "t.png", "clean", "png", seed=1)
    single = to_scan(transcript_pdf, tmp_path / "p2.png", "clean", "png", seed=1, page=1)
    with Image.open(single) as im:
        assert im.size[1] > 0


def test_rotation_turns_the_page_and_swaps_fax_dpi(tmp_path: Path, landscape_pdf: Path) -> None:
    out = to_scan(landscape_pdf, tmp_path / "r.tif", "fax", "tiff", seed=3, rotate_deg=90)
    with Image.open(out) as im:
        assert tuple(round(v) for v in im.info["dpi"]) == (100, 200)
        assert _close(im.size, (850, 2200))
    with pytest.raises(ValueError):
        to_scan(landscape_pdf, tmp_path / "bad.png", "rotated", "png", seed=1, rotate_deg=45)


@pytest.mark.parametrize("kind", DEGRADATIONS)
def test_degradations_are_deterministic(tmp_path: Path, landscape_pdf: Path, kind: str) -> None:
    fmt = "jpeg" if kind == "photo" else "pdf"
    a = to_scan(landscape_pdf, tmp_path / f"a.{fmt}", kind, fmt, seed=11, dpi=100)  # type: ignore[arg-type]
    b = to_scan(landscape_pdf, tmp_path / f"b.{fmt}", kind, fmt, seed=11, dpi=100)  # type: ignore[arg-type]
    assert a.read_bytes() == b.read_bytes()
    if kind not in ("clean", "rotated"):
        c = to_scan(landscape_pdf, tmp_path / f"c.{fmt}", kind, fmt, seed=12, dpi=100)  # type: ignore[arg-type]
        assert c.read_bytes() != a.read_bytes()


# --------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------


def test_truncated_copy(tmp_path: Path, landscape_pdf: Path) -> None:
    out = truncated_copy(landscape_pdf, tmp_path / "half.pdf", 0.5)
    assert out.stat().st_size == landscape_pdf.stat().st_size // 2
    assert landscape_pdf.read_bytes().startswith(out.read_bytes())


def test_encrypted_pdf_needs_its_password(tmp_path: Path) -> None:
    out = encrypted_pdf(tmp_path / "locked.pdf", "hunter2")
    with pytest.raises(Exception) as info, pdfplumber.open(out) as pdf:
        pdf.pages[0].extract_text()
    assert "password" in repr(info.value).lower()
    with pytest.raises(pdfium.PdfiumError, match=r"(?i)password"):
        pdfium.PdfDocument(str(out))
    with pdfplumber.open(out, password="hunter2") as pdf:
        assert "Certificate of Completion" in (pdf.pages[0].extract_text() or "")


def test_decompression_bomb_png_is_small_but_claims_huge(tmp_path: Path) -> None:
    out = decompression_bomb_png(tmp_path / "bomb.png")
    data = out.read_bytes()
    assert len(data) < 2048
    assert data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (50_000, 50_000)
    with pytest.raises(Image.DecompressionBombError):
        Image.open(out)


def test_random_bytes(tmp_path: Path) -> None:
    a = random_bytes(tmp_path / "a.pdf", 1000, seed=1, prefix=b"%PDF-1.7\n").read_bytes()
    b = random_bytes(tmp_path / "b.pdf", 1000, seed=1, prefix=b"%PDF-1.7\n").read_bytes()
    assert a == b and len(a) == 1009 and a.startswith(b"%PDF")


# --------------------------------------------------------------------------------------------
# Sample applications (the demo's input)
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_make_sample_applications(tmp_path: Path) -> None:
    folders = make_sample_applications(tmp_path, seed=1)
    assert [f.name for f in folders] == ["DEMO-001", "DEMO-002", "DEMO-003"]
    suffixes: set[str] = set()
    for folder in folders:
        manifest = json.loads((folder / "manifest.json").read_text())
        assert {
            "applicant_id",
            "name",
            "agency",
            "sro_start_date",
            "currently_employed",
            "application_date",
            "documents",
        } <= manifest.keys()
        assert 5 <= len(manifest["documents"]) <= 8
        for doc in manifest["documents"]:
            path = folder / doc
            assert path.is_file() and path.stat().st_size > 1000, doc
            truth = json.loads((folder / f"{doc}.truth.json").read_text())
            assert truth["file"] == doc
            suffixes.add(path.suffix)
        assert not list(folder.glob(".*")), "no scratch files left behind"
    expected = {f.name: json.loads((f / "manifest.json").read_text())["expected"] for f in folders}
    assert expected["DEMO-001"]["eligible"] is True
    assert expected["DEMO-001"]["additional_hours_credited"] == 211.0
    assert expected["DEMO-002"]["eligible"] is False
    assert expected["DEMO-002"]["requirements"]["basic"] == "not_met"
    assert expected["DEMO-002"]["requirements"]["additional_160"] == "not_met"
    assert expected["DEMO-003"]["eligible"] is False
    assert expected["DEMO-003"]["additional_hours_credited"] == 150.0
    assert expected["DEMO-003"]["documents_naming_someone_else"] == ["06-scan0007.pdf"]
    assert {".pdf", ".png", ".jpg", ".tif"} <= suffixes
