"""/api/v1/applications: create, read, list (filters, pages) and processing/review status."""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response, status
from pydantic import AwareDatetime, BaseModel, ConfigDict
from sqlmodel import Session, col, func, select

from certledger.api.auth import IngestKey, ReadKey
from certledger.api.deps import SessionDep, get_or_404
from certledger.api.problems import ProblemError, responses
from certledger.api.schemas import ApplicationId, IdText, Limit, Offset, Text
from certledger.submission import upsert_application
from certledger.tables import (
    DOCUMENT_STATES,
    Application,
    ApplicationDecision,
    Document,
    LedgerLine,
    LedgerSummary,
    ReviewDecision,
)
from ingest.manifest import manifest_from_mapping
from ingest.types import ManifestError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/applications", tags=["applications"], responses=responses(401, 403))


class ApplicationCreate(BaseModel):
    """What the intake system knows of an application."""

    model_config = ConfigDict(extra="forbid")

    applicant_name: Text
    agency: Text
    sro_start_date: date | None = None
    application_date: date
    currently_employed: bool | None = None
    external_id: IdText | None = None  # the intake system's id; also the applicant id of exports


class ApplicationPublic(BaseModel):
    id: int
    applicant_id: str
    external_id: str | None
    applicant_name: str
    agency: str
    sro_start_date: date | None
    application_date: date
    currently_employed: bool | None
    created_at: datetime

    @classmethod
    def of(cls, app: Application) -> ApplicationPublic:
        assert app.id is not None
        return cls(
            id=app.id,
            applicant_id=app.applicant_id,
            external_id=app.external_id,
            applicant_name=app.name,
            agency=app.agency,
            sro_start_date=app.sro_start_date,
            application_date=app.application_date,
            currently_employed=app.currently_employed,
            created_at=app.created_at,
        )


class ApplicationPage(BaseModel):
    items: list[ApplicationPublic]
    total: int
    limit: int
    offset: int


class DocumentCounts(BaseModel):
    queued: int = 0
    processing: int = 0
    done: int = 0
    failed: int = 0


class RequirementStatus(BaseModel):
    verdict: str  # met | not_met | needs_review
    reason: str


class ReviewStatus(BaseModel):
    state: Literal["no_ledger", "pending", "complete"]
    lines_to_review: int  # ledger lines a person must still confirm
    decisions: int  # reviewer decisions in force
    # The reviewer's approval or denial of the whole application, if any; ``verdict_current`` is
    # False when the ledger changed after it (the application is open again).
    verdict: Literal["approve", "deny"] | None = None
    verdict_at: datetime | None = None
    verdict_current: bool = False


class ApplicationStatus(BaseModel):
    application_id: int
    documents: DocumentCounts
    ledger_built_at: datetime | None
    eligible: bool | None
    requirements: dict[str, RequirementStatus]
    additional_hours_credited: float | None
    additional_hours_pending: float | None
    review: ReviewStatus


def get_application(session: Session, application_id: int) -> Application:
    """The application, or a 404 problem."""
    return get_or_404(session, Application, application_id)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create an application",
    responses=responses(409, 422),
)
def create_application(
    body: ApplicationCreate, session: SessionDep, key: IngestKey, response: Response
) -> ApplicationPublic:
    applicant_id = body.external_id or f"api-{uuid.uuid4().hex[:16]}"
    taken = select(Application.id).where(
        (col(Application.applicant_id) == applicant_id) | (col(Application.external_id) == applicant_id)
    )
    if session.exec(taken).first() is not None:
        raise ProblemError(409, "application_exists", f"an application with id {applicant_id!r} exists")
    fields = {
        "applicant_id": applicant_id,
        "name": body.applicant_name,
        "agency": body.agency,
        "sro_start_date": body.sro_start_date,
        "currently_employed": body.currently_employed,
        "application_date": body.application_date,
        "documents": (),
    }
    try:
        # the manifest's own checks go further than the body's schema (a name of spaces alone)
        manifest = manifest_from_mapping(fields, "application")
    except ManifestError as exc:
        raise ProblemError(422, "invalid_application", str(exc)) from None
    app = upsert_application(session, manifest)
    app.external_id = body.external_id
    session.add(app)
    session.commit()
    log.info("application %s created by key %s", app.id, key.id)
    response.headers["Location"] = f"{router.prefix}/{app.id}"
    return ApplicationPublic.of(app)


@router.get("", summary="List applications, newest first", responses=responses(422))
def list_applications(
    session: SessionDep,
    _key: ReadKey,
    external_id: Annotated[str | None, Query(max_length=64, pattern=r"^[^\x00]*$")] = None,
    agency: Annotated[str | None, Query(max_length=200, pattern=r"^[^\x00]*$")] = None,
    created_after: AwareDatetime | None = None,  # with its offset: 2024-03-01T00:00:00Z
    created_before: AwareDatetime | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> ApplicationPage:
    query = select(Application)
    if external_id is not None:
        query = query.where(Application.external_id == external_id)
    if agency is not None:
        query = query.where(Application.agency == agency)
    if created_after is not None:
        query = query.where(col(Application.created_at) >= created_after)
    if created_before is not None:
        query = query.where(col(Application.created_at) < created_before)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(col(Application.id).desc()).offset(offset).limit(limit)).all()
    return ApplicationPage(
        items=[ApplicationPublic.of(a) for a in rows], total=total, limit=limit, offset=offset
    )


@router.get("/{application_id}", summary="Read an application", responses=responses(404, 422))
def read_application(application_id: ApplicationId, session: SessionDep, _key: ReadKey) -> ApplicationPublic:
    return ApplicationPublic.of(get_application(session, application_id))


@router.get(
    "/{application_id}/status",
    summary="Documents by state, requirements, credited hours and review state",
    responses=responses(404, 422),
)
def application_status(
    application_id: ApplicationId, session: SessionDep, _key: ReadKey
) -> ApplicationStatus:
    app = get_application(session, application_id)
    by_state = session.exec(
        select(Document.state, func.count()).where(Document.application_id == app.id).group_by(Document.state)
    ).all()
    counts = DocumentCounts(**{s: int(n) for s, n in by_state if s in DOCUMENT_STATES})
    ledger = session.exec(select(LedgerSummary).where(LedgerSummary.application_id == app.id)).first()
    to_review = session.exec(
        select(func.count()).where(LedgerLine.application_id == app.id, LedgerLine.status == "review")
    ).one()
    decisions = session.exec(
        select(func.count()).where(
            ReviewDecision.application_id == app.id, col(ReviewDecision.stale).is_(False)
        )
    ).one()
    verdict = session.exec(
        select(ApplicationDecision)
        .where(ApplicationDecision.application_id == app.id)
        .order_by(col(ApplicationDecision.at).desc(), col(ApplicationDecision.id).desc())
    ).first()
    state: Literal["no_ledger", "pending", "complete"] = (
        "no_ledger" if ledger is None else "pending" if to_review else "complete"
    )
    return ApplicationStatus(
        application_id=application_id,
        documents=counts,
        ledger_built_at=ledger.built_at if ledger else None,
        eligible=ledger.eligible if ledger else None,
        requirements={
            k: RequirementStatus(verdict=v["verdict"], reason=v["reason"])
            for k, v in (ledger.requirements if ledger else {}).items()
        },
        additional_hours_credited=ledger.additional_hours_credited if ledger else None,
        additional_hours_pending=ledger.additional_hours_pending if ledger else None,
        review=ReviewStatus(
            state=state,
            lines_to_review=int(to_review),
            decisions=int(decisions),
            verdict=verdict.verdict if verdict else None,
            verdict_at=verdict.at if verdict else None,
            verdict_current=bool(verdict and ledger and verdict.ledger_sha256 == ledger.inputs_sha256),
        ),
    )
