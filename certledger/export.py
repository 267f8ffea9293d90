"""The output contract on disk: OUT/<applicant_id>/<file>.json, ledger.json and ledger.csv."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from certledger.tables import Application, Document, LedgerSummary

CSV_COLUMNS = (
    "document",
    "page",
    "course_title",
    "catalog_id",
    "category",
    "start_date",
    "end_date",
    "hours",
    "credited_hours",
    "rule",
    "reason",
    "status",
    "confidence",
    "key",
)


def document_json(doc: Document) -> dict[str, Any]:
    """The contract's document JSON; a failed document says why instead of listing items."""
    if doc.state == "done" and doc.extraction is not None:
        return doc.extraction | {"file": doc.file_name}
    return {
        "file": doc.file_name,
        "doc_type": "other",
        "participant_name": None,
        "issuer": None,
        "pages": doc.pages,
        "sro_start_date": None,
        "items": [],
        "error": f"{doc.error_code or doc.state}: {doc.error_message or 'not processed'}",
    }


def stored_ledger(session: Session, app: Application) -> dict[str, Any] | None:
    """ledger.json as last built, or None when the application has no ledger yet."""
    row = session.exec(select(LedgerSummary).where(LedgerSummary.application_id == app.id)).first()
    if row is None:
        return None
    return row.contract | {"applicant_id": app.applicant_id, "built_at": row.built_at.isoformat()}


def application_by_id(session: Session, applicant_id: str) -> Application | None:
    return session.exec(select(Application).where(Application.applicant_id == applicant_id)).first()


def documents_of(session: Session, app: Application) -> Sequence[Document]:
    query = select(Document).where(Document.application_id == app.id).order_by(col(Document.id))
    return session.exec(query).all()


def export_application(session: Session, app: Application, out: Path, *, with_csv: bool = False) -> Path:
    """Write one applicant's contract files under ``out/<applicant_id>/``; returns that folder."""
    folder = out / app.applicant_id
    folder.mkdir(parents=True, exist_ok=True)
    for doc in documents_of(session, app):
        _write_json(folder / f"{doc.file_name}.json", document_json(doc))
    ledger = stored_ledger(session, app)
    if ledger is not None:
        _write_json(folder / "ledger.json", ledger)
        if with_csv:
            (folder / "ledger.csv").write_text(ledger_csv(ledger), encoding="utf-8")
    return folder


def ledger_csv(ledger: dict[str, Any]) -> str:
    """The ledger's lines as CSV, one row per line, for a spreadsheet."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for line in ledger["lines"]:
        writer.writerow(line)
    return buf.getvalue()


def _write_json(path: Path, value: dict[str, Any]) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
