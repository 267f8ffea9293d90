"""The course catalog in force, and its versions edited in the browser.

Every edit stores the whole catalog as a new ``catalog_version`` (who, when, what changed); the
newest one is the catalog the workers match against (``current_catalog``), else the configured
file. A change lists the documents whose matches it would alter; ``rematch`` queues them to be read
again. Reviewer decisions are never deleted: they are keyed by line (document, page, course title,
dates), which a catalog change does not alter; one whose line now reads differently is kept and
flagged ``stale`` (see ``records``), as after any re-extraction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from certledger.db import append_audit
from certledger.submission import request_processing
from certledger.tables import Application, CatalogVersion, Document
from classify.catalog import COLUMNS, Catalog, Course, load_catalog, parse_catalog
from classify.match import match_course


def current_catalog(source: Session | Engine, catalog_path: Path | None) -> Catalog:
    """The newest ``catalog_version`` row, or (none yet) the CSV at ``catalog_path`` / the packaged one."""
    if isinstance(source, Session):
        return _current(source, catalog_path)
    with Session(source) as session:
        return _current(session, catalog_path)


def _current(session: Session, catalog_path: Path | None) -> Catalog:
    row = session.exec(select(CatalogVersion).order_by(col(CatalogVersion.id).desc())).first()
    if row is None:
        return load_catalog(catalog_path)
    return parse_catalog(row.csv_text.encode("utf-8"), f"catalog version {row.id}")


def catalog_csv(courses: Sequence[Course]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for c in courses:
        hours = "" if c.hours is None else f"{c.hours:g}"
        verified = "yes" if c.hours_verified else "no"
        writer.writerow([c.id, c.title, "|".join(c.aliases), c.provider or "", hours, c.category, verified])
    return out.getvalue()


def describe_change(old: Course | None, new: Course) -> str:
    """What an edit changed, field by field: ``id: field before -> after``."""
    if old is None:
        return f"{new.id}: added ({new.title}, {new.category}, {new.hours or 'varies'} h)"
    changes = [
        f"{name} {getattr(old, name)!r} -> {getattr(new, name)!r}"
        for name in ("title", "aliases", "provider", "hours", "category", "hours_verified")
        if getattr(old, name) != getattr(new, name)
    ]
    return f"{new.id}: " + ("; ".join(changes) if changes else "no change")


def save_course(session: Session, course: Course, author: str, catalog_path: Path | None) -> CatalogVersion:
    """A new catalog version with ``course`` added or replaced (by id); validated like a catalog file."""
    catalog = current_catalog(session, catalog_path)
    old = catalog.get(course.id)
    courses = [course if c.id == course.id else c for c in catalog.courses]
    if old is None:
        courses.append(course)
    text = catalog_csv(courses)
    parsed = parse_catalog(text.encode("utf-8"), "edited catalog")  # raises CatalogError naming the row
    row = CatalogVersion(
        sha256=parsed.sha256, csv_text=text, author=author, note=describe_change(old, course)
    )
    session.add(row)
    session.flush()
    append_audit(
        session,
        actor=author,
        entity="catalog",
        entity_id=str(row.id),
        action="course_added" if old is None else "course_edited",
        before=old.model_dump(mode="json") if old else None,
        after=course.model_dump(mode="json") | {"catalog_sha256": parsed.sha256},
    )
    return row


@dataclass(frozen=True)
class AffectedDocument:
    document_id: int
    application_id: int
    applicant: str
    file_name: str
    changes: tuple[str, ...]  # "title: old match -> new match"


def affected_documents(session: Session, old: Catalog, new: Catalog) -> list[AffectedDocument]:
    """Read documents whose items would match differently under ``new`` (or match a course it changed).

    Matching is re-run on the stored course titles with the document's issuer as context: what a
    re-read would decide, without reading the pages again. Documents read against ``new`` are left out.
    """
    changed = {c.id for c in new.courses if old.get(c.id) != c} | {
        c.id for c in old.courses if c.id not in new
    }
    out = []
    rows = session.exec(
        select(Document, Application)
        .join(Application, col(Application.id) == col(Document.application_id))
        .where(Document.state == "done")
        .order_by(col(Document.id))
    )
    for doc, app in rows:
        if doc.catalog_sha256 == new.sha256:
            continue  # already read against this catalog (re-matched)
        extraction = doc.extraction or {}
        context = extraction.get("issuer") or ""
        changes = []
        for item in extraction.get("items", []):
            title = item.get("course_title") or ""
            before = item.get("catalog_id")
            after = match_course(title, context, new).catalog_id if title else None
            if after != before or (before in changed):
                changes.append(f"{title}: {before or 'no match'} -> {after or 'no match'}")
        if changes and doc.id is not None:
            out.append(
                AffectedDocument(doc.id, doc.application_id, app.applicant_id, doc.file_name, tuple(changes))
            )
    return out


def rematch(session: Session, document_ids: Sequence[int], actor: str) -> int:
    """Queue these documents to be read again against the current catalog (workers do it)."""
    for document_id in document_ids:
        request_processing(session, document_id)
    append_audit(
        session,
        actor=actor,
        entity="catalog",
        entity_id="rematch",
        action="rematch_requested",
        after={"document_ids": list(document_ids)},
    )
    return len(document_ids)
