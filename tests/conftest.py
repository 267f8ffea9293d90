"""Shared test helpers."""

from __future__ import annotations

import os
import shutil

import pytest


def require_tesseract() -> None:
    """Skip when the tesseract binary is absent; on CI (env ``CI`` set) its absence is a failure."""
    if shutil.which("tesseract") is not None:
        return
    if os.environ.get("CI"):
        pytest.fail("tesseract is not installed on CI: apt-get install tesseract-ocr tesseract-ocr-osd")
    pytest.skip("tesseract binary not found (apt-get install tesseract-ocr tesseract-ocr-osd)")


@pytest.fixture
def tesseract() -> None:
    """Fixture form of ``require_tesseract``."""
    require_tesseract()
