"""Saving what the stages produced, so that reviewer decisions survive a re-extraction.

Items are matched by line key (``verify.lines.line_key``), never by row id: a re-run that reads
the same course again keeps its key. A decision whose line disappeared, or whose fields the
re-run read differently, is marked ``stale`` and kept: the reviewer judged other values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from certledger.db import append_audit
from certledger.page_images import PageGeometry
from certledger.tables import Document, ExtractedItem, Page, ReviewDecision, utcnow
from classify.types import ClassifiedDocument, ClassifiedItem
from extract.types import Page as ReadPage
from verify.lines import line_key
from verify.types import EvidenceItem
from verify.types import ReviewDecision as Decision

# What a reviewer saw and judged; confidence or box changes alone do not unsettle a decision.
REVIEWED_FIELDS = (
    "course_title",
    "catalog_id",
    "category",
    "start_date",
    "end_date",
    "hours",
    "nominal_hours",
)
CORRECTABLE_FIELDS = ("hours", "category", "catalog_id", "course_title", "start_date", "end_date")


@dataclass(frozen=True)
class ExtractionChange:
    """What a stored extraction changed, by line key."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    stale_decision_ids: tuple[int, ...]


def evidence_item(file_name: str, doc: ClassifiedDocument, item: ClassifiedItem) -> EvidenceItem:
    """A classified item as the verify stage reads it."""
    return evidence_from_contract(file_name, doc.to_contract(), item.to_contract())


def evidence_from_contract(file_name: str, doc: dict[str, Any], item: dict[str, Any]) -> EvidenceItem:
    """The same from stored contract JSON (what the database keeps of an extraction)."""
    return EvidenceItem.model_validate(
        {
            "document": file_name,
            "doc_type": doc["doc_type"],
            "participant_name": doc["participant_name"],
            "issuer": doc["issuer"],
            "page": item["page"],
            "bbox": item["bbox"],
            "course_title": item["course_title"] or "",
            "catalog_id": item["catalog_id"],
            "category": item["category"],
            "start_date": item["start_date"],
            "end_date": item["end_date"],
            "hours": item["hours"],
            "proposed_hours": item.get("nominal_hours"),
            "status": item["status"],
            "confidence": item["confidence"],
            "review_reasons": item.get("review_reasons", []),
            "unsure": item.get("unsure", []),
        }
    )


def item_keys(file_name: str, doc: ClassifiedDocument) -> list[str]:
    """Line keys of ``doc.items``, in order; a repeated key gets ``#2``, ``#3`` as verify.lines does."""
    seen: dict[str, int] = {}
    keys = []
    for item in doc.items:
        key = line_key(evidence_item(file_name, doc, item))
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys


def store_extraction(
    session: Session,
    document: Document,
    doc: ClassifiedDocument,
    *,
    actor: str = "pipeline",
    at: datetime | None = None,
) -> ExtractionChange:
    """Save ``doc`` as ``document``'s extraction; mark decisions on moved lines stale; audit it."""
    if document.id is None:
        raise ValueError("store the document row before its extraction")
    at = at or utcnow()
    new = {
        key: item.model_dump(mode="json")
        for key, item in zip(item_keys(document.file_name, doc), doc.items, strict=True)
    }
    old_keys, added, changed, removed = _replace_items(session, document.id, new)
    stale = _mark_stale(session, document.application_id, [*removed, *changed])
    before = _versions(document) | {"line_keys": old_keys}
    document.extraction = doc.to_contract()
    document.doc_type, document.pages = doc.doc_type, doc.pages
    document.extractor_version, document.catalog_sha256 = doc.extractor_version, doc.catalog_sha256
    document.updated_at = at
    session.add(document)
    change = ExtractionChange(added, changed, removed, stale)
    after = _versions(document) | {"line_keys": sorted(new), "stale_decision_ids": list(stale)}
    append_audit(
        session,
        actor=actor,
        entity="document",
        entity_id=document.id,
        action="extraction_stored",
        before=before,
        after=after,
        application_id=document.application_id,
        at=at,
    )
    session.flush()
    return change


def _replace_items(
    session: Session, document_id: int, new: dict[str, dict[str, Any]]
) -> tuple[list[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Upsert items by line key, delete vanished ones; return old keys, added, changed, removed."""
    query = select(ExtractedItem).where(ExtractedItem.document_id == document_id)
    old = {row.line_key: row for row in session.exec(query)}
    removed = tuple(sorted(old.keys() - new.keys()))
    added = tuple(sorted(new.keys() - old.keys()))
    changed = tuple(
        sorted(k for k in old.keys() & new.keys() if _reviewed(old[k].fields) != _reviewed(new[k]))
    )
    for key in removed:
        session.delete(old[key])
    for key, fields in new.items():
        row = old.get(key) or ExtractedItem(document_id=document_id, line_key=key, status="", fields={})
        row.fields, row.catalog_id, row.status = fields, fields["catalog_id"], fields["status"]
        session.add(row)
    return sorted(old), added, changed, removed


def _reviewed(fields: dict[str, Any]) -> dict[str, Any]:
    return {f: fields.get(f) for f in REVIEWED_FIELDS}


def _versions(document: Document) -> dict[str, Any]:
    return {"extractor_version": document.extractor_version, "catalog_sha256": document.catalog_sha256}


def _mark_stale(session: Session, application_id: int, keys: Sequence[str]) -> tuple[int, ...]:
    if not keys:
        return ()
    query = select(ReviewDecision).where(
        ReviewDecision.application_id == application_id,
        col(ReviewDecision.line_key).in_(keys),
        col(ReviewDecision.stale).is_(False),
    )
    decisions = list(session.exec(query))
    for decision in decisions:
        decision.stale = True  # the one sanctioned change to a decision: it is never deleted
        session.add(decision)
    return tuple(sorted(d.id for d in decisions if d.id is not None))


def store_pages(session: Session, document: Document, pages: Sequence[ReadPage]) -> None:
    """Save the pages as read (words and boxes for the reviewer's view), replacing earlier ones."""
    if document.id is None:
        raise ValueError("store the document row before its pages")
    old = {row.number: row for row in session.exec(select(Page).where(Page.document_id == document.id))}
    for page in pages:
        # Updated in place by number: deleting and re-inserting would trip UNIQUE(document, number).
        row = old.pop(page.number, None) or Page(
            document_id=document.id, number=page.number, width=0, height=0, source=""
        )
        row.width, row.height, row.source = page.width, page.height, page.source
        row.engines, row.rotation = list(page.engines), page.rotation
        row.words = [w.model_dump(mode="json") for w in page.words]
        session.add(row)
    for row in old.values():
        session.delete(row)
    session.flush()


def stored_page_geometry(session: Session, document_id: int) -> dict[int, PageGeometry]:
    """Each stored page's size (points, upright) and the reader's turn, without loading its words;
    empty for documents read before pages were kept."""
    query = (
        select(Page.number, Page.width, Page.height, Page.rotation)
        .where(Page.document_id == document_id)
        .order_by(col(Page.number))
    )
    return {n: PageGeometry(n, w, h, r) for n, w, h, r in session.exec(query)}


def record_decision(session: Session, application_id: int, decision: Decision) -> ReviewDecision:
    """Append a reviewer's decision (and its audit row). Decisions are never edited or deleted."""
    fields = decision.model_dump(mode="json", include=set(CORRECTABLE_FIELDS), exclude_none=True)
    row = ReviewDecision(
        application_id=application_id,
        line_key=decision.line_key,
        action=decision.action,
        fields=fields,
        reviewer=decision.reviewer,
        at=decision.at,
        reason=decision.reason,
    )
    session.add(row)
    session.flush()  # the audit row names the decision's id
    append_audit(
        session,
        actor=decision.reviewer,
        entity="review_decision",
        entity_id=str(row.id),
        action=decision.action,
        after=decision.model_dump(mode="json"),
        application_id=application_id,
        at=decision.at,
    )
    return row


def load_decisions(session: Session, application_id: int, *, include_stale: bool = False) -> list[Decision]:
    """An application's decisions, oldest first, as ``build_ledger`` takes them; stale ones left out."""
    query = select(ReviewDecision).where(ReviewDecision.application_id == application_id)
    if not include_stale:
        query = query.where(col(ReviewDecision.stale).is_(False))
    rows = session.exec(query.order_by(col(ReviewDecision.at), col(ReviewDecision.id)))
    return [to_decision(row) for row in rows]


def to_decision(row: ReviewDecision) -> Decision:
    return Decision.model_validate(
        {
            "line_key": row.line_key,
            "action": row.action,
            "reviewer": row.reviewer,
            "at": row.at,
            "reason": row.reason,
        }
        | row.fields
    )
