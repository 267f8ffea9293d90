"""A conference certificate's boxed HOURS field, scanned: left blank, or filled and perhaps lost to OCR.

A field both engines read surely as empty is "no hours printed", so a NASRO conference (whose hours
are never credited) needs no reviewer. A filled field must never come out the same way: whatever the
scan does to a lone "8", the hours are read, or the item goes to a person.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _new_canvas
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.types import NO_HOURS_PRINTED
from tests.conftest import require_tesseract
from tests.factories import to_scan
from tests.novel_certificates import read_in_two_processes, show

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# (hours printed in the field, degradation, seed)
CASES = [
    ("", "scan_light", 1),
    ("", "fax", 2),
    ("8", "scan_heavy", 3),
    ("8", "fax", 4),
    ("24", "scan_heavy", 5),  # a speck between the label and the value hid the value
]


def _boxed_conference(path: Path, hours: str) -> Path:
    w, h = landscape(letter)
    c: Any = _new_canvas(path, (w, h), "conference certificate")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, h - 60, "NASRO")
    c.setFont("Helvetica", 10)
    c.drawString(60, h - 76, "National Association of School Resource Officers")
    c.setFont("Helvetica-Bold", 28)
    c.drawCentredString(w / 2, h - 150, "CERTIFICATE OF ATTENDANCE")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 185, "This is to certify that")
    c.setFont("Helvetica-Bold", 24)
    c.drawCentredString(w / 2, h - 222, "Renata K. Oduya")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 250, "attended the")
    c.setFont("Helvetica-Bold", 18)
    c.drawCentredString(w / 2, h - 280, "NASRO National School Safety Conference")
    for x, label, value in ((80, "DATE(S)", "07/14/2023 - 07/19/2023"), (300, "HOURS", hours),
                            (520, "CERTIFICATE NO.", "NSSC-2023-11873")):  # fmt: skip
        c.rect(x, 150, 190, 50)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(x + 95, 188, label)
        c.setFont("Helvetica", 12)
        c.drawCentredString(x + 95, 163, value)
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    out = tmp_path_factory.mktemp("blank-fields")
    catalog: Catalog = load_catalog()
    jobs: dict[str, Path] = {}
    for hours, kind, seed in CASES:
        pdf = _boxed_conference(out / f"conf-{hours or 'blank'}.pdf", hours)
        key = f"{hours or 'blank'}/{kind}"
        jobs[key] = to_scan(pdf, out / f"{hours or 'blank'}-{kind}.png", kind, "png", seed=seed)  # type: ignore[arg-type]
    with read_in_two_processes(jobs, CFG, catalog, TODAY) as futures:
        yield futures


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize(("hours", "kind"), [(h, k) for h, k, _ in CASES])
def test_a_filled_field_is_read_or_reviewed_and_a_blank_one_needs_nobody(
    hours: str, kind: str, readings: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = readings[f"{hours or 'blank'}/{kind}"].result(timeout=600)
    (item,) = doc.items
    assert (item.catalog_id, item.start_date, item.end_date) == (
        "nasro-conference",
        date(2023, 7, 14),
        date(2023, 7, 19),
    ), show(item)
    if hours:
        assert item.hours == float(hours) or item.status == "review", show(item)
        assert item.hours is not None or NO_HOURS_PRINTED not in item.review_reasons, show(item)
    else:
        assert (item.hours, item.status) == (None, "auto"), (show(item), item.review_reasons)
