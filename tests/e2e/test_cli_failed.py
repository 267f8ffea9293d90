"""`certledger failed` and `certledger requeue` as subprocesses on the embedded default."""

from __future__ import annotations

from pathlib import Path

from tests.applicants import Applicant, basic, write_applicant
from tests.e2e.test_cli_ingest import db_rows, run
from tests.factories import render_certificate_pdf, truncated_copy


def test_failed_lists_the_reason_and_requeue_reads_the_document_again(tmp_path: Path) -> None:
    """A corrupt file is listed with its code; `requeue ID` reads it again (and it fails the same way)."""
    drawn = render_certificate_pdf(basic(), "centered_landscape", tmp_path / "drawn.pdf")
    corrupt = truncated_copy(drawn, tmp_path / "cut.pdf", 0.4).read_bytes()
    write_applicant(
        tmp_path / "apps", Applicant("F001", docs=[("01-basic.pdf", basic()), ("02-cut.pdf", corrupt)])
    )
    data = tmp_path / "data"
    assert run("ingest", str(tmp_path / "apps"), "--wait", data_dir=data).returncode == 1
    listed = run("failed", data_dir=data)
    (doc_id,) = db_rows(data, "SELECT id FROM document WHERE file_name = '02-cut.pdf'")[0]
    assert (listed.returncode, "02-cut.pdf" in listed.stdout, "corrupt_document" in listed.stdout) == (
        0,
        True,
        True,
    )
    assert "1 failed document(s), 0 dead letter(s)" in listed.stdout
    before = db_rows(
        data, f"SELECT count(*) FROM audit_log WHERE action = 'extraction_failed' AND entity_id = '{doc_id}'"
    )
    again = run("requeue", str(doc_id), data_dir=data)
    after = db_rows(
        data, f"SELECT count(*) FROM audit_log WHERE action = 'extraction_failed' AND entity_id = '{doc_id}'"
    )
    assert (again.returncode, "requeued 1 document(s)" in again.stdout) == (0, True), again.stderr
    assert (before, after) == ([(1,)], [(2,)])
    assert run("requeue", data_dir=data).returncode == 2  # neither ids nor --all
