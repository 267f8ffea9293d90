"""``certledger ingest PATH --wait --export OUT`` and friends, as subprocesses on the embedded default.

Each run gets CERTLEDGER_DATA_DIR in tmp (SQLite file, blobs, OCR cache). Documents are text PDFs
drawn from specs, except one scan, so the module stays within a minute or two.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.applicants import (
    ELIGIBLE_HOURS,
    ELIGIBLE_VERDICTS,
    Applicant,
    basic,
    eligible_applicant,
    someone_else,
    write_applicant,
)
from tests.conftest import require_tesseract
from tests.e2e.test_cli_extract import CLI, ROOT, check_contract
from tests.factories import random_bytes, render_certificate_pdf, to_scan, truncated_copy

LEDGER_KEYS = {"applicant_id", "requirements", "additional_hours_credited", "eligible", "lines"}
LINE_KEYS = {"document", "page", "course_title", "hours", "credited_hours", "rule", "reason", "status"}


def run(*args: str, data_dir: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CERTLEDGER_DATABASE_URL")}
    env |= {"CERTLEDGER_DATA_DIR": str(data_dir), "CERTLEDGER_WORKERS": "2"}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT, check=False
    )


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def check_ledger(ledger: dict[str, Any], applicant_id: str, files: set[str]) -> None:
    assert set(ledger) >= LEDGER_KEYS
    assert ledger["applicant_id"] == applicant_id
    assert set(ledger["requirements"]) >= set(ELIGIBLE_VERDICTS)
    assert set(ledger["requirements"].values()) <= {"met", "not_met", "needs_review"}
    for line in ledger["lines"]:
        assert set(line) >= LINE_KEYS
        assert line["document"] in files  # R7: every line points at an uploaded document


def db_rows(data_dir: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data_dir / "certledger.db") as conn:
        return conn.execute(sql).fetchall()


# --------------------------------------------------------------------------------------------
# One batch: an eligible applicant, and one with a scan, someone else's certificate, a corrupt
# file and the same file twice. Ingested once for the module; the tests read its results.


def _second_applicant(root: Path) -> Applicant:
    # sidebar: on a form_fields scan the current extractor takes the location for the name (reported).
    drawn = render_certificate_pdf(basic(), "sidebar", root / "basic-drawn.pdf")
    scan = to_scan(drawn, root / "scan.png", "scan_light", "png", seed=3)
    corrupt = truncated_copy(drawn, root / "truncated.pdf", 0.4)
    return Applicant(
        "T002",
        name="Maria Gonzalez",
        sro_start_date="2022-08-01",  # under three years at application
        docs=[
            ("01-basic-scan.png", scan.read_bytes()),
            ("02-scan0007.pdf", someone_else()),
            ("03-damaged.pdf", corrupt.read_bytes()),
            ("04-basic-again.png", scan.read_bytes()),  # the same bytes twice: one document
        ],
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    require_tesseract()
    root = tmp_path_factory.mktemp("batch")
    apps = root / "applications"
    write_applicant(apps, eligible_applicant("T001"))
    write_applicant(apps, _second_applicant(root))
    data, out = root / "data", root / "out"
    first = run("ingest", str(apps), "--wait", "--export", str(out), data_dir=data)
    return {"apps": apps, "data": data, "out": out, "first": first}


def test_exit_code_is_non_zero_and_names_the_failed_document(batch: dict[str, Any]) -> None:
    """A corrupt file fails: exit 1 and one line with its reason; the batch still completes."""
    result = batch["first"]
    failed = [line for line in result.stderr.splitlines() if line.startswith("certledger: failed:")]
    prefix = "certledger: failed: T002/03-damaged.pdf: corrupt_document: "
    expected = (1, [True])
    assert expected == (result.returncode, [line.startswith(prefix) for line in failed]), result.stderr


def test_only_the_corrupt_document_failed(batch: dict[str, Any]) -> None:
    """Every other document is done; the summary table lists both applicants."""
    states = db_rows(batch["data"], "SELECT file_name, state FROM document ORDER BY file_name")
    expected = [
        ("01-basic-scan.png", "done"),
        ("01-basic.pdf", "done"),
        ("02-advanced.pdf", "done"),
        ("02-scan0007.pdf", "done"),
        ("03-conference.pdf", "done"),
        ("03-damaged.pdf", "failed"),
        ("04-transcript.pdf", "done"),
    ]
    assert expected == states
    assert "T001" in batch["first"].stdout and "T002" in batch["first"].stdout


def test_exported_documents_follow_the_contract(batch: dict[str, Any]) -> None:
    """OUT/<applicant>/<file>.json per document, named by the uploaded file, not the hash."""
    out: Path = batch["out"]
    expected = {
        "T001": {"01-basic.pdf", "02-advanced.pdf", "03-conference.pdf", "04-transcript.pdf", "ledger.json"},
        "T002": {"01-basic-scan.png", "02-scan0007.pdf", "03-damaged.pdf", "ledger.json"},
    }
    actual = {
        d.name: {p.name.removesuffix(".json") if p.name != "ledger.json" else p.name for p in d.iterdir()}
        for d in out.iterdir()
    }
    assert expected == actual
    for applicant, files in expected.items():
        for name in files - {"ledger.json", "03-damaged.pdf"}:
            check_contract(read_json(out / applicant / f"{name}.json"), name)
        check_ledger(read_json(out / applicant / "ledger.json"), applicant, files)


def test_a_failed_document_exports_its_error(batch: dict[str, Any]) -> None:
    """The failed document's JSON is doc_type other, no items, and the error code with its reason."""
    doc = read_json(batch["out"] / "T002" / "03-damaged.pdf.json")
    assert (doc["file"], doc["doc_type"], doc["items"]) == ("03-damaged.pdf", "other", [])
    assert doc["error"].startswith("corrupt_document: ")


def test_eligible_applicant_ledger_matches_the_rules(batch: dict[str, Any]) -> None:
    """T001's verdicts and credited hours are the ones worked out from its specs."""
    ledger = read_json(batch["out"] / "T001" / "ledger.json")
    verdicts = {k: ledger["requirements"][k] for k in ELIGIBLE_VERDICTS}
    assert (
        verdicts,
        ledger["additional_hours_credited"],
        ledger["eligible"],
    ) == (ELIGIBLE_VERDICTS, ELIGIBLE_HOURS, True)


def test_second_applicant_ledger_matches_the_rules(batch: dict[str, Any]) -> None:
    """T002: basic met from the scan, someone else's certificate credits 0, the duplicate counts once."""
    ledger = read_json(batch["out"] / "T002" / "ledger.json")
    expected = {
        "sro_3_years": "not_met",
        "employed": "met",
        "basic": "met",
        "advanced": "not_met",
        "additional_160": "not_met",
        "conference": "not_met",
    }
    verdicts = {k: ledger["requirements"][k] for k in expected}
    other = [line["credited_hours"] for line in ledger["lines"] if line["document"] == "02-scan0007.pdf"]
    basics = [line for line in ledger["lines"] if line["document"] == "01-basic-scan.png"]
    assert (expected, 0.0, False, [0.0], 1) == (
        verdicts,
        ledger["additional_hours_credited"],
        ledger["eligible"],
        other,
        len(basics),
    )
    flagged = {f["document"] for f in ledger["flags"]}
    assert {"02-scan0007.pdf", "03-damaged.pdf"} <= flagged


def test_the_same_file_twice_is_one_document(batch: dict[str, Any]) -> None:
    """04-basic-again.png has the bytes of 01-basic-scan.png: one row, a note, credited once."""
    rows = db_rows(batch["data"], "SELECT count(*) FROM document WHERE file_name LIKE '%basic%.png'")
    assert rows == [(1,)]
    assert "04-basic-again.png: same bytes as 01-basic-scan.png" in batch["first"].stdout


def test_re_running_the_same_folder_reprocesses_nothing(batch: dict[str, Any]) -> None:
    """A second ingest adds no document, re-reads none and leaves rows and ledgers untouched."""
    query = "SELECT id, state, updated_at FROM document ORDER BY id"
    ledgers = "SELECT application_id, built_at, inputs_sha256 FROM ledger ORDER BY application_id"
    before = (db_rows(batch["data"], query), db_rows(batch["data"], ledgers))
    again = run("ingest", str(batch["apps"]), "--wait", data_dir=batch["data"])
    after = (db_rows(batch["data"], query), db_rows(batch["data"], ledgers))
    assert (before, 1) == (after, again.returncode)  # the damaged file still fails
    assert "0 document(s) read, 7 already current" in again.stdout


def test_ledger_command_prints_requirements_and_lines(batch: dict[str, Any]) -> None:
    """`certledger ledger ID` shows every requirement with its reason, then the lines."""
    result = run("ledger", "T001", data_dir=batch["data"])
    assert result.returncode == 0, result.stderr
    for needle in ("additional_160", "satisfies_r3", "annual_once", "04-transcript.pdf"):
        assert needle in result.stdout


def test_export_command_writes_json_and_csv(batch: dict[str, Any], tmp_path: Path) -> None:
    """`certledger export OUT --applicant ID` writes the same JSON as --export, plus ledger.csv."""
    result = run("export", str(tmp_path), "--applicant", "T001", data_dir=batch["data"])
    assert result.returncode == 0, result.stderr
    assert read_json(tmp_path / "T001" / "ledger.json") == read_json(batch["out"] / "T001" / "ledger.json")
    csv_lines = (tmp_path / "T001" / "ledger.csv").read_text().splitlines()
    assert csv_lines[0].startswith("document,page,course_title")
    assert len(read_json(tmp_path / "T001" / "ledger.json")["lines"]) == len(csv_lines) - 1


# --------------------------------------------------------------------------------------------
# Other inputs: a zip, a CSV manifest, a consume folder


def _one_cert_applicant(root: Path, applicant_id: str) -> Path:
    return write_applicant(root, Applicant(applicant_id, docs=[("01-basic.pdf", basic())]))


def test_zip_input(tmp_path: Path) -> None:
    """A .zip of applicant folders ingests like the folder."""
    folder = _one_cert_applicant(tmp_path / "src", "Z001")
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in folder.iterdir():
            zf.write(path, f"batch/Z001/{path.name}")
    result = run("ingest", str(archive), "--wait", "--export", str(tmp_path / "out"), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    ledger = read_json(tmp_path / "out" / "Z001" / "ledger.json")
    check_contract(read_json(tmp_path / "out" / "Z001" / "01-basic.pdf.json"), "01-basic.pdf")
    assert ledger["requirements"]["basic"] == "met"


def test_csv_manifest_input(tmp_path: Path) -> None:
    """A CSV manifest (one row per applicant, documents beside it) ingests its rows."""
    render_certificate_pdf(basic(), "sidebar", tmp_path / "c1-basic.pdf")
    (tmp_path / "batch.csv").write_text(
        "applicant_id,name,agency,sro_start_date,currently_employed,application_date,documents\n"
        "C001,Maria L. Gonzalez,Riverside County Sheriff's Office,2015-08-01,yes,2024-03-15,c1-basic.pdf\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run(
        "ingest", str(tmp_path / "batch.csv"), "--wait", "--export", str(out), data_dir=tmp_path / "d"
    )
    assert result.returncode == 0, result.stderr
    ledger = read_json(out / "C001" / "ledger.json")
    assert tuple(ledger["requirements"][k] for k in ("sro_3_years", "employed", "basic")) == (
        "met",
        "met",
        "met",
    )


def test_watch_once_moves_entries_to_done_and_failed(tmp_path: Path) -> None:
    """watch --once ingests stable drops, then moves them to done/ or failed/ with a reason file."""
    inbox = tmp_path / "inbox"
    _one_cert_applicant(inbox, "W001")
    random_bytes(inbox / "not-a-zip.zip", 2000, seed=1)
    result = run("watch", str(inbox), "--once", "--interval", "0.3", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    listing = sorted(str(p.relative_to(inbox)) for p in inbox.iterdir())
    done = sorted(p.name for p in (inbox / "done").iterdir())
    failed = sorted(p.name for p in (inbox / "failed").iterdir())
    assert (
        listing,
        done,
        failed,
    ) == (["done", "failed"], ["W001"], ["not-a-zip.zip", "not-a-zip.zip.reason.txt"])
    assert "not a readable zip" in (inbox / "failed" / "not-a-zip.zip.reason.txt").read_text()


def test_db_upgrade_creates_the_schema(tmp_path: Path) -> None:
    """`certledger db upgrade` migrates an empty data dir to head."""
    result = run("db", "upgrade", data_dir=tmp_path)
    tables = {r[0] for r in db_rows(tmp_path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert (result.returncode, {"application", "document", "ledger"} <= tables) == (0, True), result.stderr


@pytest.mark.slow
@pytest.mark.tesseract
@pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("CERTLEDGER_SLOW_TESTS")),
    reason="OCRs the sample applications (minutes); set CERTLEDGER_SLOW_TESTS=1",
)
def test_demo_ledgers_match_the_samples_verdicts(tmp_path: Path) -> None:
    """`certledger demo` ingests the three sample applications; their ledgers give the rules' verdicts."""
    require_tesseract()
    result = run("demo", "--out", str(tmp_path), data_dir=tmp_path / "ignored", timeout=1800)
    assert result.returncode in (0, 1), result.stderr
    actual, expected = {}, {}
    for folder in sorted((tmp_path / "applications").iterdir()):
        # The manifest's `expected` is the answer: read here by the test, never by the product.
        want = read_json(folder / "manifest.json")["expected"]
        got = read_json(tmp_path / "export" / folder.name / "ledger.json")
        expected[folder.name] = (want["requirements"], want["eligible"])
        actual[folder.name] = ({k: got["requirements"][k] for k in want["requirements"]}, got["eligible"])
    assert expected == actual
    shutil.rmtree(tmp_path / "data")


def test_dates_in_exported_ledger_are_iso(batch: dict[str, Any]) -> None:
    """Ledger lines carry ISO dates (or null)."""
    for line in read_json(batch["out"] / "T001" / "ledger.json")["lines"]:
        for key in ("start_date", "end_date"):
            assert line[key] is None or date.fromisoformat(line[key])
