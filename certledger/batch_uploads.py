"""Applications uploaded from the browser: files saved to a scratch folder, discovered, submitted.

The same path as `certledger ingest` (ingest.discover with its zip-bomb and traversal guards, then
pipeline.submit_bundles); only rows and outbox messages are written here. Workers do the reading.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from certledger.blobs import BlobStore
from certledger.db import session_scope
from certledger.pipeline import submit_bundles
from certledger.tables import Document, UploadBatch
from classify.catalog import Catalog
from ingest.sources import discover
from ingest.types import IngestLimits


@dataclass(frozen=True)
class UploadedFile:
    """One file of the upload: its path inside the chosen folder (or a .zip's name) and its bytes."""

    path: str
    data: bytes


@dataclass(frozen=True)
class BatchStatus:
    total: int
    done: int
    failed: int
    problems: tuple[str, ...]


class UploadError(ValueError):
    """An upload that names no file, or a path that would leave the scratch folder."""


def safe_relative(path: str) -> PurePosixPath:
    """``path`` as a relative path with no ``..``, absolute or empty parts (browsers send folder paths)."""
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or any(p == ".." or ":" in p for p in parts):
        raise UploadError(f"refused file path {path!r}")
    return PurePosixPath(*parts)


def submit_upload(
    engine: Engine,
    files: Sequence[UploadedFile],
    store: BlobStore,
    catalog: Catalog,
    limits: IngestLimits,
    uploaded_by: str,
) -> int:
    """Register the uploaded applications (a .zip, or a folder's files) and queue their documents.

    Returns the batch id, whose status the upload page polls.
    """
    if not files:
        raise UploadError("choose a folder or a .zip file")
    with tempfile.TemporaryDirectory(prefix="certledger-upload-") as tmp:
        root = Path(tmp) / "upload"
        for f in files:
            target = root / safe_relative(f.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f.data)
        zips = [f for f in files if f.path.lower().endswith(".zip")]
        source = root / safe_relative(zips[0].path) if len(files) == 1 and zips else _top(root)
        discovery = discover(source, limits)
        batch = submit_bundles(engine, discovery.bundles, store, catalog)
    problems = [f"{p.origin}: {p.message}" for p in discovery.problems]
    problems += [f"{f.applicant_id}/{f.file}: {f.code}: {f.message}" for f in batch.failures]
    if not discovery.bundles:
        problems.append("no application found (a folder needs manifest.json and its documents)")
    with session_scope(engine) as session:
        row = UploadBatch(
            uploaded_by=uploaded_by,
            application_ids=list(batch.application_ids),
            document_ids=list(batch.document_ids),
            problems=problems,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def _top(root: Path) -> Path:
    """The folder the person chose: browsers send its name as the first part of every path."""
    entries = list(root.iterdir())
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else root


def batch_status(session: Session, batch: UploadBatch) -> BatchStatus:
    ids = batch.document_ids
    if not ids:
        return BatchStatus(0, 0, 0, tuple(batch.problems))
    rows = session.exec(
        select(Document.state, func.count()).where(col(Document.id).in_(ids)).group_by(col(Document.state))
    ).all()
    states = dict(rows)
    done = states.get("done", 0) + states.get("failed", 0)
    return BatchStatus(len(ids), done, states.get("failed", 0), tuple(batch.problems))
