"""``certledger extract FILE --json`` as the acceptance scorer drives it: a subprocess, no database.

A good file: exit 0 and the contract's document JSON on stdout. A bad one: a non-zero exit, nothing on
stdout and one specific line on stderr (what is wrong with *this* file, not a traceback).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require_tesseract
from tests.factories import (
    certificate_spec,
    decompression_bomb_png,
    encrypted_pdf,
    random_bytes,
    render_certificate_pdf,
    to_scan,
    truncated_copy,
)

ROOT = Path(__file__).resolve().parents[2]
_EXE = ROOT / ".venv" / "bin" / "certledger"
CLI = [str(_EXE)] if _EXE.exists() else [sys.executable, "-m", "certledger.cli"]

DOC_KEYS = {"file", "doc_type", "participant_name", "issuer", "pages", "sro_start_date", "items"}
ITEM_KEYS = {
    "course_title",
    "catalog_id",
    "category",
    "start_date",
    "end_date",
    "hours",
    "confidence",
    "status",
    "page",
    "bbox",
}
DOC_TYPES = {"certificate", "transcript", "conference_attendance", "employment_letter", "other"}
CATEGORIES = {"basic", "advanced", "supervisor", "conference", "school_safety", "juvenile", "unrelated", None}


def extract(path: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CERTLEDGER_DATA_DIR": str(data_dir)}  # the OCR cache goes to tmp, not ./data
    return subprocess.run(
        [*CLI, "extract", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
        check=False,
    )


def check_contract(doc: dict[str, Any], file: str) -> None:
    assert set(doc) >= DOC_KEYS, DOC_KEYS - set(doc)
    assert doc["file"] == file
    assert doc["doc_type"] in DOC_TYPES
    assert isinstance(doc["pages"], int) and doc["pages"] >= 1
    assert doc["sro_start_date"] is None or date.fromisoformat(doc["sro_start_date"])
    for item in doc["items"]:
        assert set(item) >= ITEM_KEYS, ITEM_KEYS - set(item)
        assert item["status"] in {"auto", "review"}
        assert item["category"] in CATEGORIES
        assert 0.0 <= item["confidence"] <= 1.0
        assert item["hours"] is None or isinstance(item["hours"], float)
        for key in ("start_date", "end_date"):
            assert item[key] is None or date.fromisoformat(item[key])
        assert isinstance(item["page"], int) and 1 <= item["page"] <= doc["pages"]
        assert len(item["bbox"]) == 4 and all(isinstance(v, float | int) for v in item["bbox"])
        x0, top, x1, bottom = item["bbox"]
        assert x0 <= x1 and top <= bottom


# ------------------------------------------------------------------------------------ good files


def test_text_pdf_gives_exit_0_and_contract_json(tmp_path: Path) -> None:
    spec = certificate_spec()
    pdf = render_certificate_pdf(spec, "form_fields", tmp_path / "01-basic.pdf")
    proc = extract(pdf, tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    check_contract(doc, "01-basic.pdf")
    assert doc["doc_type"] == "certificate"
    assert doc["participant_name"] == spec.participant_name
    (item,) = doc["items"]
    assert (item["course_title"], item["catalog_id"], item["category"]) == (
        spec.course_title,
        spec.catalog_id,
        spec.category,
    )
    assert (item["start_date"], item["end_date"], item["hours"]) == ("2021-06-07", "2021-06-11", 40.0)
    assert item["status"] == "auto"


@pytest.mark.tesseract
def test_scanned_png_gives_exit_0_and_contract_json(tmp_path: Path) -> None:
    require_tesseract()
    pdf = render_certificate_pdf(certificate_spec(), "sidebar", tmp_path / "cert.pdf")
    png = to_scan(pdf, tmp_path / "02-basic-scan.png", "clean", "png", seed=0)
    proc = extract(png, tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    check_contract(doc, "02-basic-scan.png")
    assert doc["doc_type"] == "certificate"
    assert len(doc["items"]) == 1


# ------------------------------------------------------------------------------------ bad files


def _empty(d: Path) -> Path:
    p = d / "empty.pdf"
    p.write_bytes(b"")
    return p


def _random(d: Path) -> Path:
    return random_bytes(d / "noise.pdf", 8192, seed=3)


def _random_with_pdf_header(d: Path) -> Path:
    return random_bytes(d / "fake.pdf", 8192, seed=4, prefix=b"%PDF-1.7\n")


def _truncated(d: Path) -> Path:
    good = render_certificate_pdf(certificate_spec(), "form_fields", d / "whole.pdf")
    return truncated_copy(good, d / "truncated.pdf", 0.5)


def _encrypted(d: Path) -> Path:
    return encrypted_pdf(d / "locked.pdf")


def _bomb(d: Path) -> Path:
    return decompression_bomb_png(d / "bomb.png")


def _complete_bomb(d: Path) -> Path:
    # Every row present: 100 Mpx of zeros in ~40 KB.
    return decompression_bomb_png(d / "bomb-full.png", 10_000, 10_000, complete=True)


def _text(d: Path) -> Path:
    p = d / "certificate.txt"
    p.write_text("Basic School Resource Officer Course\nMaria L. Gonzalez\nJune 7-11, 2021, 40 hours\n")
    return p


BAD: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    # name: (maker, any of these words must be on the error line)
    "empty": (_empty, ("empty",)),
    "random-bytes": (_random, ("unsupported", "unrecognised", "unrecognized")),
    "random-bytes-pdf-header": (_random_with_pdf_header, ("corrupt", "cannot be opened", "damaged")),
    "truncated-pdf": (_truncated, ("corrupt", "truncated", "damaged")),
    "encrypted-pdf": (_encrypted, ("encrypted", "password")),
    "bomb-png": (_bomb, ("too large", "decompression", "image_too_large")),
    "complete-bomb-png": (_complete_bomb, ("too large", "decompression", "image_too_large")),
    "text-file": (_text, ("unsupported", "text")),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_exits_non_zero_with_one_specific_line(case: str, tmp_path: Path) -> None:
    maker, words = BAD[case]
    path = maker(tmp_path)
    proc = extract(path, tmp_path / "data")
    assert proc.returncode != 0, f"{case}: exit 0, stdout {proc.stdout[:200]!r}"
    assert proc.stdout.strip() == "", f"{case}: something on stdout: {proc.stdout[:200]!r}"
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, f"{case}: stderr is not one line:\n{proc.stderr}"
    (line,) = lines
    assert "Traceback" not in line
    assert path.name in line, f"{case}: the error does not name the file: {line!r}"
    assert any(w in line.lower() for w in words), f"{case}: not specific (want one of {words}): {line!r}"


def test_missing_file_exits_non_zero(tmp_path: Path) -> None:
    proc = extract(tmp_path / "nowhere.pdf", tmp_path / "data")
    assert proc.returncode != 0
    assert proc.stdout.strip() == ""
    assert "nowhere.pdf" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`certledger extract x.pdf --json | head -1`: the closed pipe ends the command quietly."""
    pdf = render_certificate_pdf(certificate_spec(), "letter", tmp_path / "cert.pdf")
    env = {**os.environ, "CERTLEDGER_DATA_DIR": str(tmp_path / "data")}
    read, write = os.pipe()
    os.close(read)  # nobody will read: the first write fails with EPIPE
    with os.fdopen(write, "w") as stdout:
        done = subprocess.run(
            [*CLI, "extract", str(pdf), "--json"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=300,
        )
    assert (done.returncode, done.stderr) == (0, "")
