"""A sideways scan is read turned upright: its page image (reviewer UI and API) is shown turned the
same way, so the evidence boxes (upright coordinates) land on the words they came from."""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pytesseract
from PIL import Image
from sqlmodel import Session, select

from certledger.page_images import page_png
from certledger.tables import Document, ExtractedItem, Page
from certledger.web.common import page_images
from certledger.web.page_images import PageGeometry
from certledger.web.views import document_geometry
from extract.config import ExtractConfig
from tests.applicants import Applicant
from tests.conftest import require_tesseract
from tests.factories import certificate_spec, render_certificate_pdf, to_scan
from tests.harsh_captures import CAPTURES, write_capture
from tests.web_support import site


def test_a_sideways_scan_is_shown_as_it_was_read(tmp_path: Path) -> None:
    require_tesseract()
    pdf = render_certificate_pdf(certificate_spec(), "centered_landscape", tmp_path / "cert.pdf")
    scan = to_scan(pdf, tmp_path / "sideways.png", "rotated", "png", seed=5, rotate_deg=90)
    applicant = Applicant("R001", docs=[("01-sideways.png", scan.read_bytes())])
    with site(tmp_path / "site", [applicant], {}) as s, Session(s.engine) as session:
        doc = session.exec(select(Document)).one()
        page = session.exec(select(Page)).one()
        geometry = document_geometry(session, doc, page_images(s.settings))[1]
        images = page_images(s.settings)
        shown = Image.open(io.BytesIO(images.png(doc, geometry).read_bytes()))
        as_filed = Image.open(
            io.BytesIO(images.png(doc, PageGeometry(1, page.height, page.width)).read_bytes())
        )
        data = images.store.get(doc.blob_sha256)
        served = [  # the API's page image, with the stored turn and without
            Image.open(io.BytesIO(page_png(data, doc.media_type, 1, 60, ExtractConfig(), turn)))
            for turn in (page.rotation, 0)
        ]
    landscape = page.width > page.height  # the certificate, upright, as the reader saw it
    assert (page.rotation in (90, 270), landscape, geometry.rotation == page.rotation) == (True, True, True)
    # Shown upright, its text runs in rows (ink alternates from row to row far more than from
    # column to column); the file's own sideways pixels run in columns.
    assert [_runs_in_rows(i) for i in (shown, as_filed, *served)] == [True, False, True, False]


def _runs_in_rows(image: Image.Image) -> bool:
    ink = 255.0 - np.asarray(image.convert("L"), dtype=float)
    rows, columns = ink.mean(axis=1), ink.mean(axis=0)
    return bool(rows.std() / rows.mean() > columns.std() / columns.mean())


def test_a_phone_photo_is_shown_flat_as_it_was_read(tmp_path: Path) -> None:
    """A photo of a tilted page is read warped flat (``extract/flatten.py``); the viewer shows the same
    flat page, so the title's evidence box, cut from the shown image, reads as the title."""
    require_tesseract()
    capture = CAPTURES["phone_wood-basic_landscape"]
    photo = write_capture(capture, tmp_path / "capture")
    applicant = Applicant("R002", docs=[("01-photo.jpg", photo.read_bytes())])
    with site(tmp_path / "site", [applicant], {}) as s, Session(s.engine) as session:
        doc = session.exec(select(Document)).one()
        item = session.exec(select(ExtractedItem)).one()
        geometry = document_geometry(session, doc, page_images(s.settings))[1]
        shown = Image.open(io.BytesIO(page_images(s.settings).png(doc, geometry).read_bytes()))
        raw = Image.open(photo).convert("L").resize(shown.size)  # what the viewer showed before
    title = item.fields["course_title"]
    assert _words(title) >= {"school", "resource", "officer"}, title
    seen = [_words(_read_box(image, item.fields["bbox"], geometry)) for image in (shown, raw)]
    assert len(seen[0] & _words(title)) >= 0.6 * len(_words(title)), (title, seen[0])
    assert len(seen[1] & _words(title)) < 0.6 * len(_words(title)), (title, seen[1])  # the test can fail


def _read_box(image: Image.Image, bbox: list[float], page: PageGeometry) -> str:
    x0, y0, x1, y1 = bbox
    sx, sy = image.width / page.width, image.height / page.height
    crop = image.crop((round(x0 * sx) - 4, round(y0 * sy) - 4, round(x1 * sx) + 4, round(y1 * sy) + 4))
    scale = 3  # the viewer's 110 dpi is small for tesseract
    return str(pytesseract.image_to_string(crop.resize((crop.width * scale, crop.height * scale))))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}
