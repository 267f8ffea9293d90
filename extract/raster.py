"""Page images for OCR: a PDF page's own scan or a rendering of it, or the frames of an image file.

Every page image carries its pixel->point scale per axis (faxes are 200x100 dpi). Pages are produced
one at a time so a long document never holds all its bitmaps at once.
"""

from __future__ import annotations

import io
import re
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageOps, UnidentifiedImageError

from extract.config import ExtractConfig
from extract.errors import CorruptDocument, EncryptedDocument, ImageTooLarge, TooManyPages
from extract.heif import heif_available

DEFAULT_DPI = 150.0  # image files without a usable resolution tag
SANE_DPI = (50.0, 1200.0)
# A page implied by the file's dpi outside these inches (long side) is a photo or a bogus tag:
# then the image is scaled so its long side is LETTER_LONG_SIDE_IN (a phone photo of a letter page).
PLAUSIBLE_LONG_SIDE_IN = (3.0, 17.0)
LETTER_LONG_SIDE_IN = 11.0
COVER_TOLERANCE_PT = 2.0  # an embedded image this close to every page edge "is" the page

heif_available()  # registers the HEIC opener with Pillow where pillow-heif is installed

# EXIF orientation tag -> clockwise degrees the image is turned to display it upright.
_EXIF_ROTATION = {1: 0, 2: 0, 3: 180, 4: 180, 5: 90, 6: 90, 7: 270, 8: 270}


@dataclass(frozen=True)
class PageImage:
    number: int  # 1-based page number
    image: Image.Image
    scale_x: float  # points per pixel along x (72 / dpi)
    scale_y: float
    rotation: int = 0  # degrees already turned clockwise (EXIF orientation)
    # A grey image's pixels as a read-only array whose memory the image shares, when it was made so (a
    # PDF's embedded grey scan): the reader's checks take them from here instead of copying them out.
    pixels: np.ndarray | None = field(default=None, compare=False, repr=False)

    @property
    def width_pt(self) -> float:
        return self.image.width * self.scale_x

    @property
    def height_pt(self) -> float:
        return self.image.height * self.scale_y


# ---------------------------------------------------------------------------------------------- PDF


# pdfium is not thread-safe: two documents handled at once by threads of one process can crash it.
# Code that uses pdfium on a thread pool (the HTTP server's upload checks and page images) holds
# this one lock; the readers run one document per process and need not.
PDFIUM_LOCK = threading.RLock()


def open_pdfium(data: bytes) -> pdfium.PdfDocument:
    """pypdfium2 document; typed errors for password-protected and broken files."""
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # pdfium's error code is process-wide and not reset by a load that fails without setting one
        # (an empty page tree): in a worker it can be the previous document's. Check the bytes too.
        code = getattr(exc, "err_code", None)
        encrypted = b"/Encrypt" in data
        if _declares_no_pages(data):
            raise CorruptDocument(_NO_PAGES) from exc
        if code == pdfium_c.FPDF_ERR_PASSWORD and encrypted:
            raise EncryptedDocument(
                "the PDF is password-protected: upload a copy without the password (open it, print to PDF)"
            ) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY and encrypted:
            raise EncryptedDocument("the PDF uses an unsupported encryption: print it to a new PDF") from exc
        raise CorruptDocument(
            "the PDF is damaged or incomplete (cut off during upload, download or scanning?) and cannot "
            "be opened: upload it again, or a fresh copy from its source"
        ) from exc
    return _with_pages(doc)


def open_pdfium_file(path: Path) -> pdfium.PdfDocument:
    """``open_pdfium`` of the file at ``path``, read by pdfium as it needs it, not held whole in memory
    (a page worker reading one page of a 20 MB scan); the bytes are read only to say why it fails."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return open_pdfium(path.read_bytes())  # raises the typed error (or opens, if it was passing)
    return _with_pages(doc)


def _with_pages(doc: pdfium.PdfDocument) -> pdfium.PdfDocument:
    """``doc``, or CorruptDocument (``doc`` closed) when it has no pages."""
    if len(doc) == 0:
        doc.close()
        raise CorruptDocument(_NO_PAGES)
    return doc


_NO_PAGES = (
    "the PDF has no pages (empty, or its page list is damaged): upload a copy that shows the certificate"
)


def _declares_no_pages(data: bytes) -> bool:
    """pdfium refuses a PDF whose page tree is empty with "success" as the error: tell that case apart."""
    counts = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)
    return bool(counts) and all(int(a or b) == 0 for a, b in counts)


def pdf_page_image(doc: pdfium.PdfDocument, index: int, cfg: ExtractConfig) -> PageImage:
    """The page's one full-page scan at its own resolution, else a rendering at ``cfg.render_dpi``."""
    try:
        page = doc[index]
    except pdfium.PdfiumError as exc:
        raise CorruptDocument(f"page {index + 1} cannot be loaded: {exc}") from exc
    try:
        scan = _full_page_scan(page, cfg)
        return scan if scan is not None else _render(page, index, cfg)
    finally:
        page.close()


def _full_page_scan(page: pdfium.PdfPage, cfg: ExtractConfig) -> PageImage | None:
    """The embedded image when the page is nothing but one upright image covering it."""
    if page.get_rotation() != 0:
        return None  # let the renderer apply /Rotate
    images = []
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append(obj)
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT and _invisible(obj):
            continue  # an old OCR layer over the scan: not part of the picture
        else:
            return None  # visible text or drawings over the scan: a rendering keeps them
    if len(images) != 1:
        return None
    img = images[0]
    m = img.get_matrix()
    if abs(m.b) > 1e-6 or abs(m.c) > 1e-6 or m.a <= 0 or m.d <= 0:
        return None  # rotated or mirrored placement
    left, bottom, right, top = img.get_bounds()
    box_l, box_b, box_r, box_t = page.get_cropbox()
    if max(abs(left - box_l), abs(bottom - box_b), abs(right - box_r), abs(top - box_t)) > COVER_TOLERANCE_PT:
        return None
    width_px, height_px = img.get_px_size()
    _check_pixels(width_px, height_px, cfg, "embedded page image")
    try:
        bitmap = img.get_bitmap(render=False)
    except pdfium.PdfiumError:
        return None  # a filter pdfium cannot hand out raw: rendering still works
    pixels = None
    if bitmap.mode == "L":
        # Own the pixels (pdfium's buffer goes away with the page) in one array the image is made on:
        # one copy of the page instead of two (the image's own, then the array the checks take out).
        pixels = np.array(bitmap.to_numpy())
        pixels.flags.writeable = False
        pil = Image.frombuffer("L", (pixels.shape[1], pixels.shape[0]), pixels, "raw", "L", 0, 1)
    else:
        pil = bitmap.to_pil().copy()  # own the pixels: pdfium's buffer goes away with the page
    return PageImage(
        number=0,
        image=pil,
        scale_x=(right - left) / pil.width,
        scale_y=(top - bottom) / pil.height,
        pixels=pixels,
    )


def text_is_all_invisible(doc: pdfium.PdfDocument, index: int) -> bool:
    """True when page ``index`` has text and all of it is invisible (render mode 3).

    That is a scanner's or an OCR tool's hidden layer over a page image: its words carry no
    confidence and may hold the other tool's misreadings, so the page is OCRed here instead.
    """
    try:
        page = doc[index]
    except pdfium.PdfiumError:
        return False
    try:
        found = False
        for obj in page.get_objects():
            if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                if not _invisible(obj):
                    return False
                found = True
        return found
    finally:
        page.close()


def _invisible(obj: pdfium.PdfObject) -> bool:
    mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw)
    return bool(mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)


def _render(page: pdfium.PdfPage, index: int, cfg: ExtractConfig) -> PageImage:
    width_pt, height_pt = page.get_size()
    scale = cfg.render_dpi / 72.0
    # Cap the rendering (posters, huge MediaBoxes) rather than refuse: the PDF is not a bomb, our DPI is.
    max_scale = (cfg.max_pixels / max(width_pt * height_pt, 1.0)) ** 0.5
    scale = min(scale, max_scale)
    try:
        bitmap = page.render(scale=scale, grayscale=True)
    except pdfium.PdfiumError as exc:
        raise CorruptDocument(f"page {index + 1} cannot be rendered: {exc}") from exc
    pil = bitmap.to_pil().copy()
    return PageImage(number=0, image=pil, scale_x=width_pt / pil.width, scale_y=height_pt / pil.height)


# ---------------------------------------------------------------------------------------- image files


def iter_image_file(data: bytes, cfg: ExtractConfig) -> Iterator[PageImage]:
    """Each frame of a PNG/JPEG/TIFF upright (EXIF applied), checked against the pixel limit first."""
    im = _open_image(data, cfg)
    try:
        frames = getattr(im, "n_frames", 1)
        if frames > cfg.max_pages:
            raise TooManyPages(f"{frames} pages; the limit is {cfg.max_pages}")
        for index in range(frames):
            try:
                im.seek(index)
            except (EOFError, OSError) as exc:
                raise CorruptDocument(f"image page {index + 1} cannot be read: {exc}") from exc
            yield _frame_page(im, index + 1, cfg)
    finally:
        im.close()


def _open_image(data: bytes, cfg: ExtractConfig) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb warning fires in open(); our limit (cfg.max_pixels) is checked per frame.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        # Pillow's own (higher) limit: say it in our terms, not Pillow's "DOS attack" wording.
        found = re.search(r"\((\d+) pixels\)", str(exc))
        size = f"{int(found.group(1))} pixels" if found else "more pixels than Pillow allows"
        raise ImageTooLarge(f"the image is {size}; {_pixel_limit(cfg)}") from exc
    except UnidentifiedImageError as exc:
        raise CorruptDocument("the image cannot be decoded (damaged or not really an image)") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptDocument(f"the image cannot be decoded: {exc}") from exc


def _frame_page(im: Image.Image, number: int, cfg: ExtractConfig) -> PageImage:
    # Header only so far: refuse before any pixel is decoded.
    _check_pixels(im.width, im.height, cfg, f"image page {number}")
    dpi_x, dpi_y = image_dpi(im.info.get("dpi"), im.size)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            # Reading EXIF may decode (PNG keeps it after the pixels); exif_transpose decodes this frame.
            orientation = im.getexif().get(0x0112, 1)
            upright = ImageOps.exif_transpose(im)
    except (OSError, SyntaxError, ValueError) as exc:  # "image file is truncated", bad data streams
        raise CorruptDocument(f"image page {number} cannot be decoded: {exc}") from exc
    rotation = _EXIF_ROTATION.get(orientation, 0) if isinstance(orientation, int) else 0
    if rotation in (90, 270):
        dpi_x, dpi_y = dpi_y, dpi_x
    return PageImage(
        number=number, image=upright, scale_x=72.0 / dpi_x, scale_y=72.0 / dpi_y, rotation=rotation
    )


def image_dpi(tag: object, size: tuple[int, int]) -> tuple[float, float]:
    """(dpi_x, dpi_y) from a file's resolution tag, with fallbacks for missing or implausible ones.

    A tag outside 50..1200 dpi is ignored (150 dpi assumed). If the page this implies is not a
    plausible document size (long side outside 3..17 in: phone photos, 72-dpi screen captures), the
    image is taken to show a letter page: its long side becomes 11 in.
    """
    dpi_x = dpi_y = DEFAULT_DPI
    if isinstance(tag, tuple) and len(tag) == 2:
        try:
            tx, ty = float(tag[0]), float(tag[1])
        except (TypeError, ValueError):
            tx = ty = 0.0
        if SANE_DPI[0] <= tx <= SANE_DPI[1] and SANE_DPI[0] <= ty <= SANE_DPI[1]:
            dpi_x, dpi_y = tx, ty
    long_side_in = max(size[0] / dpi_x, size[1] / dpi_y)
    if not PLAUSIBLE_LONG_SIDE_IN[0] <= long_side_in <= PLAUSIBLE_LONG_SIDE_IN[1]:
        fit = max(size) / LETTER_LONG_SIDE_IN
        dpi_x = dpi_y = max(fit, 1.0)
    return dpi_x, dpi_y


def _check_pixels(width: int, height: int, cfg: ExtractConfig, what: str) -> None:
    if width * height > cfg.max_pixels:
        raise ImageTooLarge(f"{what} is {width}x{height} = {width * height} pixels; {_pixel_limit(cfg)}")


def _pixel_limit(cfg: ExtractConfig) -> str:
    return (
        f"the limit is {cfg.max_pixels} pixels (a decompression bomb, or scanned at a needlessly high "
        "resolution: scan at 300 dpi)"
    )
