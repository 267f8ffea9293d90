"""Typed view models of the reviewer's pages, built from the stored rows (no business rules here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlmodel import Session, col, func, select

from certledger.records import stored_page_geometry
from certledger.tables import (
    Application,
    ApplicationDecision,
    Document,
    ExtractedItem,
    LedgerLine,
    LedgerSummary,
    Page,
)
from certledger.web.page_images import PageGeometry, PageImages
from verify.types import LedgerLine as LedgerLineModel

QueueState = Literal["processing", "needs_review", "ready", "decided"]
QUEUE_STATES: tuple[tuple[QueueState, str], ...] = (
    ("processing", "Processing"),
    ("needs_review", "Needs review"),
    ("ready", "Ready to decide"),
    ("decided", "Decided"),
)
REQUIREMENTS: tuple[tuple[str, str, str], ...] = (
    ("sro_3_years", "R1", "SRO for at least three years"),
    ("employed", "R2", "Currently employed as an SRO or in school safety"),
    ("basic", "R3", "NASRO Basic SRO course (40 h)"),
    ("advanced", "R4", "NASRO Advanced SRO or Supervisors course"),
    ("additional_160", "R5", "160 additional hours"),
    ("conference", "R6", "NASRO School Safety Conference"),
    ("documents", "R7", "Every credited line backed by a document"),
)
# Where a line is shown: the first requirement that names it, in this order.
GROUP_ORDER = ("basic", "advanced", "conference", "additional_160")
TARGET_HOURS = 160.0
CROP_WIDTH_PX = 520  # the crop shown beside a line
CROP_MARGIN_PT = (12.0, 30.0)  # x, y: rows above and below give the reviewer context


# --------------------------------------------------------------------------------------------
# Queue


@dataclass(frozen=True)
class QueueRow:
    id: int
    applicant_id: str
    external_id: str | None
    name: str
    agency: str
    created_at: datetime
    state: QueueState
    review_lines: int
    documents: int
    credited_hours: float
    verdict: str | None = None  # approve | deny, once decided


def application_state(
    pending_docs: int, has_ledger: bool, review_lines: int, undecided_reqs: int, decided: bool
) -> QueueState:
    if pending_docs or not has_ledger:
        return "processing"
    if decided:
        return "decided"
    if review_lines or undecided_reqs:
        return "needs_review"
    return "ready"


def queue_rows(session: Session, search: str = "") -> list[QueueRow]:
    """Every application matching ``search`` (name, applicant or external id), oldest first."""
    query = select(Application).order_by(col(Application.created_at), col(Application.id))
    if search.strip():
        like = f"%{search.strip().lower()}%"
        query = query.where(
            func.lower(Application.name).like(like)
            | func.lower(Application.applicant_id).like(like)
            | func.lower(func.coalesce(Application.external_id, "")).like(like)
        )
    apps = list(session.exec(query))
    ids = [a.id for a in apps if a.id is not None]
    if not ids:
        return []
    docs: dict[int, tuple[int, int]] = {}
    for app_id, state, n in session.exec(
        select(Document.application_id, Document.state, func.count())
        .where(col(Document.application_id).in_(ids))
        .group_by(col(Document.application_id), col(Document.state))
    ):
        total, pending = docs.get(app_id, (0, 0))
        docs[app_id] = (total + n, pending + (n if state in ("queued", "processing") else 0))
    reviews = dict(
        session.exec(
            select(LedgerLine.application_id, func.count())
            .where(col(LedgerLine.application_id).in_(ids), LedgerLine.status == "review")
            .group_by(col(LedgerLine.application_id))
        ).all()
    )
    summaries = {
        s.application_id: s
        for s in session.exec(select(LedgerSummary).where(col(LedgerSummary.application_id).in_(ids)))
    }
    decisions = latest_decisions(session, ids)
    rows = []
    for app in apps:
        assert app.id is not None
        total, pending = docs.get(app.id, (0, 0))
        summary = summaries.get(app.id)
        decision = decisions.get(app.id)
        decided = (
            summary is not None and decision is not None and decision.ledger_sha256 == summary.inputs_sha256
        )
        undecided = (
            sum(r["verdict"] == "needs_review" for r in summary.requirements.values()) if summary else 0
        )
        state = application_state(pending, summary is not None, reviews.get(app.id, 0), undecided, decided)
        rows.append(
            QueueRow(
                app.id,
                app.applicant_id,
                app.external_id,
                app.name,
                app.agency,
                app.created_at,
                state,
                reviews.get(app.id, 0),
                total,
                summary.additional_hours_credited if summary else 0.0,
                decision.verdict if decision and state == "decided" else None,
            )
        )
    return rows


def latest_decisions(session: Session, application_ids: Sequence[int]) -> dict[int, ApplicationDecision]:
    rows = session.exec(
        select(ApplicationDecision)
        .where(col(ApplicationDecision.application_id).in_(application_ids))
        .order_by(col(ApplicationDecision.at), col(ApplicationDecision.id))
    )
    return {d.application_id: d for d in rows}


# --------------------------------------------------------------------------------------------
# Application page


@dataclass(frozen=True)
class Crop:
    """A region of a page image, scaled to CROP_WIDTH_PX, with the evidence box inside it (pixels)."""

    image_url: str
    image_w: float
    image_h: float
    left: float  # offset of the page image inside the crop window
    top: float
    width: float  # the crop window
    height: float
    box: tuple[float, float, float, float]  # x, y, w, h of the evidence box in the window


class LineView(LedgerLineModel):
    """A ledger line as the page shows it: the line itself, where its evidence is, and what was read."""

    index: int
    document_id: int | None
    text_read: str
    crop: Crop | None

    @property
    def anchor(self) -> str:
        return f"line-{self.index}"


@dataclass(frozen=True)
class RequirementView:
    key: str
    label: str
    title: str
    verdict: str
    reason: str


@dataclass(frozen=True)
class LineGroup:
    title: str
    lines: list[LineView]


@dataclass(frozen=True)
class DocumentView:
    id: int
    file_name: str
    state: str
    pages: int | None
    error: str | None


@dataclass(frozen=True)
class ApplicationView:
    app: Application
    state: QueueState
    requirements: list[RequirementView]
    credited_hours: float
    pending_hours: float
    eligible: bool
    review: list[LineView]  # lines awaiting a human, shown first
    groups: list[LineGroup]
    documents: list[DocumentView]
    flags: list[dict[str, Any]]
    decision: ApplicationDecision | None
    ledger_sha256: str | None
    unconfirmed_auto: int = 0
    lines: list[LineView] = field(default_factory=list)

    @property
    def progress_pct(self) -> float:
        return min(100.0, 100.0 * self.credited_hours / TARGET_HOURS)

    @property
    def can_decide(self) -> bool:
        return self.state in ("ready", "decided")


def application_view(session: Session, app: Application, images: PageImages) -> ApplicationView:
    assert app.id is not None
    docs = list(
        session.exec(select(Document).where(Document.application_id == app.id).order_by(col(Document.id)))
    )
    summary = session.exec(select(LedgerSummary).where(LedgerSummary.application_id == app.id)).first()
    rows = {r.key: r for r in session.exec(select(LedgerLine).where(LedgerLine.application_id == app.id))}
    order = [ln["key"] for ln in summary.contract.get("lines", [])] if summary else []
    ordered = [rows[k] for k in order if k in rows] + [r for k, r in rows.items() if k not in order]
    by_name = {d.file_name: d for d in docs if d.state == "done"}
    evidence = _evidence(session, by_name, images)
    lines = [_line_view(i, r.line, r.status, by_name, evidence) for i, r in enumerate(ordered)]
    decision = latest_decisions(session, [app.id]).get(app.id)
    stored = summary.requirements if summary else {}
    requirements = [
        RequirementView(
            key,
            label,
            title,
            (stored.get(key) or {}).get("verdict", "needs_review"),
            (stored.get(key) or {}).get("reason", "not built yet"),
        )
        for key, label, title in REQUIREMENTS
    ]
    pending = sum(d.state in ("queued", "processing") for d in docs)
    decided = summary is not None and decision is not None and decision.ledger_sha256 == summary.inputs_sha256
    undecided = sum(r.verdict == "needs_review" for r in requirements)
    review_n = sum(ln.status == "review" for ln in lines)
    state = application_state(pending, summary is not None, review_n, undecided, decided)
    return ApplicationView(
        app=app,
        state=state,
        requirements=requirements,
        credited_hours=summary.additional_hours_credited if summary else 0.0,
        pending_hours=summary.additional_hours_pending if summary else 0.0,
        eligible=summary.eligible if summary else False,
        review=[ln for ln in lines if ln.status == "review"],
        groups=_groups(summary, [ln for ln in lines if ln.status != "review"]),
        documents=[
            DocumentView(
                d.id or 0,
                d.file_name,
                d.state,
                d.pages,
                f"{d.error_code}: {d.error_message}" if d.error_code else None,
            )
            for d in docs
        ],
        flags=list(summary.contract.get("flags", [])) if summary else [],
        decision=decision,
        ledger_sha256=summary.inputs_sha256 if summary else None,
        unconfirmed_auto=sum(ln.status == "auto" and ln.decision is None for ln in lines),
        lines=lines,
    )


@dataclass(frozen=True)
class _Evidence:
    """What the application's documents offer the line views: page sizes, words, item readings."""

    geometry: dict[int, dict[int, PageGeometry]]  # document id -> page number -> size
    words: dict[tuple[int, int], list[dict[str, Any]]]  # (document id, page) -> words, when stored
    items: dict[str, dict[str, Any]]  # line key -> the classified item as stored


def document_geometry(session: Session, doc: Document, images: PageImages) -> dict[int, PageGeometry]:
    """Page sizes and turns as the reader saw the pages; documents read before pages were kept: the file's."""
    assert doc.id is not None
    return stored_page_geometry(session, doc.id) or images.geometry(doc)


def _evidence(session: Session, docs: dict[str, Document], images: PageImages) -> _Evidence:
    ids = [d.id for d in docs.values() if d.id is not None]
    if not ids:
        return _Evidence({}, {}, {})
    pages = list(session.exec(select(Page).where(col(Page.document_id).in_(ids))))
    items = session.exec(select(ExtractedItem).where(col(ExtractedItem.document_id).in_(ids)))
    geometry: dict[int, dict[int, PageGeometry]] = {}
    for p in pages:
        geometry.setdefault(p.document_id, {})[p.number] = PageGeometry(
            p.number, p.width, p.height, p.rotation
        )
    for d in docs.values():
        if d.id is not None and d.id not in geometry:
            geometry[d.id] = images.geometry(d)
    return _Evidence(
        geometry=geometry,
        words={(p.document_id, p.number): p.words for p in pages},
        items={i.line_key: i.fields for i in items},
    )


def _groups(summary: LedgerSummary | None, lines: list[LineView]) -> list[LineGroup]:
    reqs = summary.requirements if summary else {}
    titles = {key: f"{label} {title}" for key, label, title in REQUIREMENTS}
    placed: dict[str, list[LineView]] = {k: [] for k in GROUP_ORDER}
    other: list[LineView] = []
    for line in lines:
        home = next((k for k in GROUP_ORDER if line.key in (reqs.get(k) or {}).get("line_keys", ())), None)
        (placed[home] if home else other).append(line)
    groups = [LineGroup(titles[k], placed[k]) for k in GROUP_ORDER if placed[k]]
    if other:
        groups.append(LineGroup("Other lines (not credited toward a requirement)", other))
    return groups


def _line_view(
    index: int, line: dict[str, Any], status: str, docs: dict[str, Document], ev: _Evidence
) -> LineView:
    doc = docs.get(line["document"])
    doc_id = doc.id if doc is not None else None
    page = ev.geometry.get(doc_id or 0, {}).get(line["page"])
    bbox = line.get("bbox")
    crop = crop_for(doc_id, page, bbox) if doc_id and page and bbox else None
    words = ev.words.get((doc_id or 0, line["page"]))
    stored = LedgerLineModel.model_validate(line)
    read = words_in(words, bbox) if words and bbox else _as_read(ev.items.get(line["key"]))
    extra = {"index": index, "document_id": doc_id, "status": status, "text_read": read, "crop": crop}
    return LineView(**(dict(stored) | extra))


def _as_read(item: dict[str, Any] | None) -> str:
    """The item's texts as printed (title, dates, hours), when the page's words are not stored."""
    if item is None:
        return ""
    parts = (item.get("course_title"), item.get("date_text"), item.get("hours_text"))
    return " · ".join(p for p in parts if p)


def words_in(words: list[dict[str, Any]], bbox: Sequence[float]) -> str:
    """The words read inside ``bbox`` (their centres), in reading order."""
    x0, y0, x1, y1 = bbox
    inside = []
    for w in words:
        wx0, wy0, wx1, wy1 = w["bbox"]
        cx, cy = (wx0 + wx1) / 2, (wy0 + wy1) / 2
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            inside.append((round(wy0 / 4), wx0, w["text"]))  # same line within ~4 pt
    return " ".join(t for _, _, t in sorted(inside))


def crop_for(document_id: int, page: PageGeometry, bbox: Sequence[float]) -> Crop:
    """The window on the page image around ``bbox``, in CSS pixels (the image is scaled, not cut)."""
    x0, y0, x1, y1 = bbox
    mx, my = CROP_MARGIN_PT
    cx0, cy0 = max(0.0, x0 - mx), max(0.0, y0 - my)
    cx1, cy1 = min(page.width, x1 + mx), min(page.height, y1 + my)
    # Never zoom in more than 2x a page width across the crop: tiny boxes stay legible, not blurry.
    scale = min(CROP_WIDTH_PX / max(cx1 - cx0, 1.0), 2.0 * CROP_WIDTH_PX / max(page.width, 1.0))
    return Crop(
        image_url=f"/documents/{document_id}/pages/{page.number}.png",
        image_w=round(page.width * scale, 1),
        image_h=round(page.height * scale, 1),
        left=round(-cx0 * scale, 1),
        top=round(-cy0 * scale, 1),
        width=round((cx1 - cx0) * scale, 1),
        height=round((cy1 - cy0) * scale, 1),
        box=(
            round((x0 - cx0) * scale, 1),
            round((y0 - cy0) * scale, 1),
            round((x1 - x0) * scale, 1),
            round((y1 - y0) * scale, 1),
        ),
    )
