"""The HTTP server uses pdfium on a thread pool (upload checks, page images for the API and the UI).

pdfium is not thread-safe: without the one process-wide lock, concurrent renders crash the whole
process (seen while building the reviewer UI). Many threads at once must all get their answers.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from certledger.page_images import page_png, page_sizes
from certledger.uploads import check_upload
from certledger.web.page_images import PageGeometry, render_page_png
from extract.config import ExtractConfig
from tests.factories import certificate_spec, render_certificate_pdf


def test_threads_checking_and_rendering_pdfs_at_once_all_succeed(tmp_path: Path) -> None:
    pdfs = [
        render_certificate_pdf(
            certificate_spec(certificate_number=f"T-{i}"), "centered_landscape", tmp_path / f"{i}.pdf"
        ).read_bytes()
        for i in range(4)
    ]
    cfg = ExtractConfig()

    def work(n: int) -> tuple[int, bool, bool, bool]:
        data = pdfs[n % len(pdfs)]
        checked = check_upload(f"{n}.pdf", data, cfg)
        width, height = page_sizes(data, "application/pdf", cfg)[0]
        api_png = page_png(data, "application/pdf", 1, 72, cfg)
        ui_png = render_page_png(data, "application/pdf", PageGeometry(1, width, height), 60)
        return checked.pages, api_png.startswith(b"\x89PNG"), ui_png.startswith(b"\x89PNG"), width > 0

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(64)))
    assert results == [(1, True, True, True)] * 64
