"""What staff really upload: every image format phones, scanners, fax servers and e-mail produce, and
the PDFs that look like text but must be OCRed. Every document is made here by the test itself.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from PIL import Image
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from extract.config import ExtractConfig
from extract.errors import CorruptDocument, EncryptedDocument, ImageTooLarge
from extract.pdf_text import text_layer_is_usable
from extract.preprocess import MAX_UPSCALED_PIXELS, upscale_low_res
from extract.read import read_pages
from extract.types import Word
from tests.integration.test_read_path import (
    CERT_LINES,
    FONT,
    PAGE_H,
    PAGE_W,
    assert_near,
    find,
    page_image,
    pdf_bytes,
    saved,
    texts,
    write,
)


@pytest.fixture
def cfg() -> ExtractConfig:
    return ExtractConfig(second_engine=False)


def _transparent_ink(gray: Image.Image) -> Image.Image:
    """Black ink on a fully transparent background whose colour is black (0, 0, 0, 0)."""
    rgba = np.zeros((gray.height, gray.width, 4), dtype=np.uint8)
    rgba[..., 3] = 255 - np.asarray(gray)
    return Image.fromarray(rgba, "RGBA")


@pytest.mark.tesseract
@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize(
    ("fmt", "media_type", "convert"),
    [
        ("GIF", "image/gif", "P"),  # e-mail signatures and old web exports
        ("BMP", "image/bmp", "RGB"),  # Windows scanner software
        ("WEBP", "image/webp", "RGB"),  # images saved from a browser
        ("JPEG2000", "image/jp2", "RGB"),  # some document scanners
        ("PNG", "image/png", "RGBA-transparent"),  # the text must not vanish on black
    ],
)
def test_image_formats_are_read(
    tmp_path: Path, cfg: ExtractConfig, fmt: str, media_type: str, convert: str
) -> None:
    upright = page_image(150)
    image = _transparent_ink(upright) if convert == "RGBA-transparent" else upright.convert(convert)
    path = write(tmp_path, "cert.bin", saved(image, fmt))  # the extension says nothing
    got_type, (page,) = read_pages(path, cfg)
    assert got_type == media_type
    assert page.width == pytest.approx(PAGE_W, abs=1)
    assert_near(find(page, "Diaz"), "Diaz", tolerance=3.0)


@pytest.mark.tesseract
@pytest.mark.usefixtures("tesseract")
def test_iphone_heic_photo_is_read(tmp_path: Path, cfg: ExtractConfig) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    data = saved(page_image(150).convert("RGB"), "HEIF", quality=95)
    got_type, (page,) = read_pages(write(tmp_path, "IMG_0042.HEIC", data), cfg)
    assert got_type == "image/heic"
    assert "Diaz" in [w.text for w in page.words]


def _raw_pdf(objs: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1, the first the catalog) with a correct xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _stream(entries: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (entries, len(data), data)


def _image_only_pdf(image_entries: bytes, data: bytes, size: tuple[float, float] = (PAGE_W, PAGE_H)) -> bytes:
    """One page that is nothing but one image XObject drawn over the whole page."""
    width, height = size
    paint = b"q 0 g %g 0 0 %g 0 0 cm /Im0 Do Q" % (width, height)
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Resources << /XObject << /Im0 4 0 R >> >> "
            b"/Contents 5 0 R >>" % (width, height),
            _stream(b"/Type /XObject /Subtype /Image " + image_entries, data),
            _stream(b"", paint),
        ]
    )


def _g4(image: Image.Image) -> bytes:
    """CCITT Group 4 data of a 1-bit image, in one strip (also what JBIG2's MMR coding is)."""
    buf = io.BytesIO()
    image.save(buf, format="TIFF", compression="group4", strip_size=1 << 30)
    tiff = Image.open(io.BytesIO(buf.getvalue()))
    (offset,), (count,) = tiff.tag_v2[273], tiff.tag_v2[279]
    return buf.getvalue()[offset : offset + count]


def _jbig2_mmr(image: Image.Image) -> bytes:
    """An embedded JBIG2 stream: page information, one lossless generic region coded MMR, end of page."""
    width, height = image.size
    page_info = struct.pack(">IIIIBH", width, height, 0, 0, 0, 0)
    region = struct.pack(">IIIIB", width, height, 0, 0, 0) + b"\x01" + _g4(image)  # flags: MMR
    segments = [(0, 48, page_info), (1, 38, region), (2, 49, b"")]
    return b"".join(struct.pack(">IBBBI", n, kind, 0, 1, len(body)) + body for n, kind, body in segments)


def _scan_pdf(kind: str) -> bytes:
    gray = page_image(200)
    bits = gray.point(lambda v: 255 if v > 128 else 0).convert("1")
    w, h = gray.size
    if kind == "ccitt":  # fax servers
        parms = b"/DecodeParms << /K -1 /Columns %d /Rows %d /BlackIs1 false >>" % (w, h)
        entries = b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode "
        return _image_only_pdf(entries % (w, h) + parms, _g4(bits))
    if kind == "jbig2":  # office copiers' "compact PDF"
        entries = b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode"
        return _image_only_pdf(entries % (w, h), _jbig2_mmr(bits))
    if kind == "jpx":
        entries = b"/Width %d /Height %d /Filter /JPXDecode" % (w, h)
        return _image_only_pdf(entries, saved(gray.convert("RGB"), "JPEG2000"))
    if kind == "decode-inverted":  # samples stored inverted, /Decode [1 0] turns them back
        inverted = (255 - np.asarray(gray)).astype(np.uint8).tobytes()
        entries = b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Decode [1 0] "
        return _image_only_pdf(entries % (w, h) + b"/Filter /FlateDecode", zlib.compress(inverted))
    assert kind == "imagemask"  # a stencil: 0 bits paint the fill colour (black)
    entries = b"/Width %d /Height %d /ImageMask true /BitsPerComponent 1 /Filter /FlateDecode"
    return _image_only_pdf(entries % (w, h), zlib.compress(bits.tobytes()))


@pytest.mark.tesseract
@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize("kind", ["ccitt", "jbig2", "jpx", "decode-inverted", "imagemask"])
def test_image_only_pdfs_in_every_scanner_encoding(tmp_path: Path, cfg: ExtractConfig, kind: str) -> None:
    _, (page,) = read_pages(write(tmp_path, f"{kind}.pdf", _scan_pdf(kind)), cfg)
    assert page.source == "ocr"
    assert_near(find(page, "Diaz"), "Diaz", tolerance=3.0)
    assert_near(find(page, "Colorado"), "Colorado", tolerance=3.0)


# ----------------------------------------------------------------------------- refusals, said plainly


def test_zero_page_pdf_says_it_has_no_pages(tmp_path: Path, cfg: ExtractConfig) -> None:
    body = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    empty = write(tmp_path, "empty.pdf", _raw_pdf(body))
    truncated = write(tmp_path, "cut.pdf", pdf_bytes(lambda c: None)[:200])
    # pdfium's error code is process-wide and an empty page tree sets none: read after a damaged PDF,
    # the zero-page one must still be called what it is.
    with pytest.raises(CorruptDocument, match=r"damaged or incomplete.*upload it again"):
        read_pages(truncated, cfg)
    with pytest.raises(CorruptDocument, match="has no pages"):
        read_pages(empty, cfg)


def test_damaged_pdf_after_a_password_protected_one_is_not_called_encrypted(
    tmp_path: Path, cfg: ExtractConfig
) -> None:
    locked = write(tmp_path, "locked.pdf", pdf_bytes(lambda c: c.drawString(72, 700, "x"), encrypt="pw"))
    with pytest.raises(EncryptedDocument, match="password"):
        read_pages(locked, cfg)
    broken = write(tmp_path, "broken.pdf", b"%PDF-1.7\n" + bytes(300))
    with pytest.raises(CorruptDocument, match="damaged or incomplete"):
        read_pages(broken, cfg)


def test_empty_user_password_pdf_is_read(tmp_path: Path, cfg: ExtractConfig) -> None:
    # Owner password only (printing or copying restricted): anyone may open it, and so do we.
    def draw(c: canvas.Canvas) -> None:
        for left, baseline, text, size in CERT_LINES:
            c.setFont(FONT, size)
            c.drawString(left, PAGE_H - baseline, text)

    enc = StandardEncryption("", ownerPassword="owner", canCopy=0, strength=128)
    _, (page,) = read_pages(write(tmp_path, "restricted.pdf", pdf_bytes(draw, encrypt=enc)), cfg)  # type: ignore[arg-type]
    assert page.source == "text_layer"
    assert "Diaz" in texts(page)


def test_oversized_image_names_our_limit_not_pillows(tmp_path: Path, cfg: ExtractConfig) -> None:
    data = saved(Image.new("1", (20_000, 20_000), 1), "PNG")  # 400 MP: over Pillow's own bomb limit too
    with pytest.raises(ImageTooLarge) as refused:
        read_pages(write(tmp_path, "huge.png", data), cfg)
    message = str(refused.value)
    assert f"the limit is {cfg.max_pixels} pixels" in message and "300 dpi" in message
    assert "DOS" not in message and "178956970" not in message


# ------------------------------------------------------------------------- PDFs that must be OCRed


def _scan_with_hidden_layer(hidden_text: dict[str, str]) -> bytes:
    """A scanned page (one image) with a scanner's invisible OCR layer (render mode 3) over it.

    ``hidden_text`` changes words of the hidden layer: what the scanner's own OCR misread.
    """
    scan = page_image(200)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H))
    c.drawImage(ImageReader(scan), 0, 0, PAGE_W, PAGE_H)
    for left, baseline, text, size in CERT_LINES:
        layer = c.beginText()
        layer.setTextRenderMode(3)
        layer.setFont(FONT, size)
        layer.setTextOrigin(left, PAGE_H - baseline)
        layer.textOut(" ".join(hidden_text.get(w, w) for w in text.split(" ")))
        c.drawText(layer)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.tesseract
@pytest.mark.usefixtures("tesseract")
def test_scanner_ocr_layer_is_not_trusted_over_the_scan(tmp_path: Path, cfg: ExtractConfig) -> None:
    # The scanner's OCR read "Diaz" as "Dlaz" and "forty" as "fourty": its layer has no confidences,
    # so taking it would make an auto item of a misreading. The scan is read here instead.
    data = _scan_with_hidden_layer({"Diaz": "Dlaz", "forty": "fourty"})
    _, (page,) = read_pages(write(tmp_path, "searchable.pdf", data), cfg)
    assert page.source == "ocr"
    assert "Dlaz" not in texts(page)
    assert_near(find(page, "Diaz"), "Diaz", tolerance=3.0)


def _caesar(text: str, shift: int = 3) -> str:
    def turn(ch: str) -> str:
        if "a" <= ch <= "z":
            return chr((ord(ch) - 97 + shift) % 26 + 97)
        if "A" <= ch <= "Z":
            return chr((ord(ch) - 65 + shift) % 26 + 65)
        return ch

    return "".join(turn(ch) for ch in text)


def _with_wrong_tounicode(pdf: bytes) -> bytes:
    """``pdf`` (reportlab, Helvetica, uncompressed) with a ToUnicode map that shifts every letter.

    The glyphs still draw the right text; only the text layer is garbage, as with fonts whose
    ToUnicode is missing or broken (a common PDF/A export fault).
    """
    pairs = [(code, _caesar(chr(code))) for code in range(0x41, 0x7B) if chr(code).isalpha()]
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Shift def "
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        + b"%d beginbfchar\n" % len(pairs)
        + b"".join(b"<%02X> <%04X>\n" % (code, ord(to)) for code, to in pairs)
        + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = re.search(rb"\n(\d+) 0 obj\s*(<<[^>]*?/BaseFont /Helvetica\b[^>]*>>)\s*endobj", pdf)
    assert font is not None
    number, body = int(font.group(1)), font.group(2)
    size = int(re.findall(rb"/Size (\d+)", pdf)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    root = re.findall(rb"/Root (\d+ 0 R)", pdf)[-1]
    out = bytearray(pdf)
    font_at = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (number, body[:-2] + b" /ToUnicode %d 0 R >>" % size)
    cmap_at = len(out)
    out += b"%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (size, len(cmap), cmap)
    xref = len(out)
    out += b"xref\n%d 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n" % (number, font_at, size, cmap_at)
    out += b"trailer\n<< /Size %d /Root %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + 1,
        root,
        prev,
        xref,
    )
    return bytes(out)


@pytest.mark.tesseract
@pytest.mark.usefixtures("tesseract")
def test_garbage_text_layer_falls_back_to_ocr(tmp_path: Path, cfg: ExtractConfig) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), pageCompression=0)
    for left, baseline, text, size in CERT_LINES:
        c.setFont(FONT, size)
        c.drawString(left, PAGE_H - baseline, text)
    c.showPage()
    c.save()
    data = _with_wrong_tounicode(buf.getvalue())
    with pdfplumber.open(io.BytesIO(data)) as pdf:  # the fixture is what it claims: a garbage layer
        assert "Urehuw Gldc" in (pdf.pages[0].extract_text() or "")
    _, (page,) = read_pages(write(tmp_path, "pdfa.pdf", data), cfg)
    assert page.source == "ocr"
    assert_near(find(page, "Diaz"), "Diaz", tolerance=3.0)


@pytest.mark.tesseract
@pytest.mark.usefixtures("tesseract")
def test_scan_on_a_huge_page_box_is_not_blown_up(tmp_path: Path, cfg: ExtractConfig) -> None:
    # A 200-dpi scan placed on a page ten times letter size: judged by the page box it is 20 dpi, and
    # was enlarged tenfold (17000 x 22000 pixels, 20 s of OCR) before.
    scan = page_image(200)
    big_w, big_h = PAGE_W * 10, PAGE_H * 10
    entries = b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"
    data = _image_only_pdf(entries % scan.size, zlib.compress(scan.tobytes()), (big_w, big_h))
    _, (page,) = read_pages(write(tmp_path, "poster.pdf", data), cfg)
    assert page.width == pytest.approx(big_w, rel=0.01)
    assert "Diaz" in texts(page)


def test_upscaling_is_bounded() -> None:
    image = Image.new("L", (1700, 2200))  # a 200-dpi letter scan on a page box ten times too big
    bigger, scale = upscale_low_res(image, 72 / 20)
    assert bigger.width * bigger.height <= MAX_UPSCALED_PIXELS
    assert bigger.width <= 1.6 * image.width
    assert bigger.width * scale == pytest.approx(image.width * 72 / 20, rel=0.01)
    small = Image.new("L", (5000, 300))  # a strip at 10 dpi by its box: enlarged, within the cap
    grown, _ = upscale_low_res(small, 72 / 10)
    assert grown.width * grown.height <= MAX_UPSCALED_PIXELS


def _words(text: str) -> list[Word]:
    return [Word(text=t, bbox=(0.0, 0.0, 1.0, 1.0), conf=1.0, engine="text_layer") for t in text.split()]


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        (" ".join(t for _, _, t, _ in CERT_LINES), True),
        (_caesar(" ".join(t for _, _, t, _ in CERT_LINES)), False),  # letters, but not the printed ones
        ("ÀÁÂÃÄ ÅÆÇ ÈÉÊË ÌÍÎÏ ÐÑÒÓ ÔÕÖØ ÙÚÛÜ ÝÞßà áâãä åæçè éêëì íîïð ñòóô", False),  # high codes as Latin-1
        # A transcript page: course titles, codes and numbers, few sentences; still real text.
        (
            "Firearms Qualification FQ-100 In-House 4.0 03/12/2019 Defensive Tactics Refresher DT-210 8.0 "
            "Standardized Field Sobriety Testing TR-220 24.0 Emergency Vehicle Operations Course EV-110 16.0 "
            "Juvenile Law for Law Enforcement JV-101 County Attorney 8.0 Active Shooter Response",
            True,
        ),
        ("Certificado de Finalización Curso Básico para Oficiales de Recursos Escolares", True),
        # Portuguese prose in capitals, as a Brazilian congress prints it: real text, no English in it.
        (
            "ANÁLISE DOS DADOS DE NOTIFICAÇÃO DE DENGUE NO MUNICÍPIO DE VIÇOSA NO PERÍODO DE 1998 ATÉ 2014 "
            "OCUPAÇÃO DOS PACIENTES NOTIFICADOS X RISCO DE CONTRAIR DENGUE foi apresentado na modalidade",
            True,
        ),
    ],
)
def test_garbled_text_layers_are_not_usable(text: str, usable: bool) -> None:
    assert text_layer_is_usable(_words(text), PAGE_W * PAGE_H, 0.0) is usable
