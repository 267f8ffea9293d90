"""An application's review page, its line decisions, the approve/deny decision, summary and audit."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, get_args

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import col, select

from certledger.api.deps import EngineDep, SessionDep, SettingsDep
from certledger.reviews import LineChange, ReviewError, decide_application, decide_lines
from certledger.tables import AuditLog
from certledger.web.common import application_or_404, back_to, page_images
from certledger.web.deps import ReviewPost, ViewerDep, require
from certledger.web.errors import PageRoute
from certledger.web.templating import render
from certledger.web.views import application_view
from verify.policy import default_policy
from verify.types import Action, Category

router = APIRouter(route_class=PageRoute)
CATEGORIES: tuple[Category, ...] = get_args(Category)


def _back(application_id: int, anchor: str = "", message: str = "") -> RedirectResponse:
    return back_to(f"/applications/{application_id}", message, anchor)


@router.get("/applications/{application_id}", response_class=HTMLResponse)
def application_page(
    request: Request,
    application_id: int,
    session: SessionDep,
    settings: SettingsDep,
    viewer: ViewerDep,
    message: str = "",
) -> HTMLResponse:
    require(viewer, "review")
    view = application_view(session, application_or_404(session, application_id), page_images(settings))
    return render(request, "application.html", viewer, v=view, categories=CATEGORIES, message=message)


def _optional_float(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise HTTPException(422, f"hours {text!r} is not a number") from None
    if value < 0 or value > 1000:
        raise HTTPException(422, "hours must be between 0 and 1000")
    return value


def _optional_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        raise HTTPException(422, f"date {text!r} is not YYYY-MM-DD") from None


def _category(text: str) -> Category | None:
    return next((c for c in CATEGORIES if c == text), None)


@router.post("/applications/{application_id}/lines")
def decide_line(
    application_id: int,
    engine: EngineDep,
    session: SessionDep,
    viewer: ReviewPost,
    key: Annotated[str, Form()],
    action: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    hours: Annotated[str, Form()] = "",
    catalog_id: Annotated[str, Form()] = "",
    course_title: Annotated[str, Form()] = "",
    category: Annotated[str, Form()] = "",
    start_date: Annotated[str, Form()] = "",
    end_date: Annotated[str, Form()] = "",
    next_anchor: Annotated[str, Form()] = "",
) -> Response:
    """Confirm, correct or reject one line; back to the page at the next line."""
    application_or_404(session, application_id)
    chosen: Action | None = next((a for a in ("confirm", "correct", "reject") if a == action), None)
    if chosen is None:
        raise HTTPException(422, f"unknown action {action!r}")
    change = LineChange(
        hours=_optional_float(hours),
        catalog_id=catalog_id.strip() or None,
        course_title=course_title.strip() or None,
        category=_category(category),
        start_date=_optional_date(start_date),
        end_date=_optional_date(end_date),
    )
    try:
        decide_lines(
            engine,
            application_id,
            [key],
            chosen,
            viewer.email,
            reason=reason,
            change=change,
            policy=default_policy(),
        )
    except ReviewError as exc:
        return _back(application_id, message=str(exc))
    anchor = f"#{next_anchor}" if next_anchor.startswith("line-") else ""
    return _back(application_id, anchor, f"{chosen}ed" if chosen != "confirm" else "confirmed")


@router.post("/applications/{application_id}/confirm-auto")
def confirm_auto(
    application_id: int,
    engine: EngineDep,
    session: SessionDep,
    viewer: ReviewPost,
    keys: Annotated[list[str], Form()],
) -> Response:
    """Bulk confirm: the lines the machine was sure of, as listed on the page the reviewer saw."""
    application_or_404(session, application_id)
    try:
        n = decide_lines(engine, application_id, keys, "confirm", viewer.email, policy=default_policy())
    except ReviewError as exc:
        return _back(application_id, message=str(exc))
    return _back(application_id, message=f"{n} line(s) confirmed")


@router.post("/applications/{application_id}/decision")
def decide(
    application_id: int,
    session: SessionDep,
    settings: SettingsDep,
    viewer: ReviewPost,
    verdict: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
) -> Response:
    """Approve or deny the application (when every line and requirement is decided)."""
    app = application_or_404(session, application_id)
    view = application_view(session, app, page_images(settings))
    try:
        decide_application(session, app, verdict, viewer.email, reason, ready=view.can_decide)
    except ReviewError as exc:
        session.rollback()
        return _back(application_id, "#decision", str(exc))
    session.commit()
    return _back(application_id, "#decision", "approved" if verdict == "approve" else "denied")


@router.get("/applications/{application_id}/summary", response_class=HTMLResponse)
def summary(
    request: Request, application_id: int, session: SessionDep, settings: SettingsDep, viewer: ViewerDep
) -> HTMLResponse:
    """The printable summary: requirements, credited courses with their evidence, the decision."""
    require(viewer, "review")
    view = application_view(session, application_or_404(session, application_id), page_images(settings))
    # R3, R4 and R6 lines credit 0 further hours yet are what meets those requirements: listed too.
    met_by = {ln.key for g in view.groups if g.title[:2] in ("R3", "R4", "R6") for ln in g.lines}
    credited = [ln for ln in view.lines if ln.credited_hours > 0 or ln.key in met_by]
    return render(request, "summary.html", viewer, v=view, credited=credited)


@router.get("/applications/{application_id}/audit", response_class=HTMLResponse)
def audit(request: Request, application_id: int, session: SessionDep, viewer: ViewerDep) -> HTMLResponse:
    """Every change to the application, oldest first: who, when, before -> after."""
    require(viewer, "review")
    app = application_or_404(session, application_id)
    rows = session.exec(
        select(AuditLog)
        .where(AuditLog.application_id == application_id)
        .order_by(col(AuditLog.at), col(AuditLog.id))
    ).all()
    return render(request, "audit.html", viewer, app=app, rows=[_audit_row(r) for r in rows])


def _audit_row(row: AuditLog) -> dict[str, Any]:
    before, after = row.before or {}, row.after or {}
    changed = sorted(set(before) | set(after))
    return {
        "at": row.at,
        "actor": row.actor,
        "what": f"{row.entity} {row.entity_id}: {row.action}",
        "changes": [(k, before.get(k), after.get(k)) for k in changed],
    }
