"""/api/v1/applications/{id}/ledger: the contract's ledger JSON, and the same lines as CSV."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict
from sqlmodel import Session

from certledger.api.auth import ReadKey
from certledger.api.deps import SessionDep
from certledger.api.problems import ProblemError, responses
from certledger.api.routes.applications import get_application
from certledger.api.schemas import ApplicationId
from certledger.export import ledger_csv, stored_ledger

router = APIRouter(prefix="/api/v1/applications", tags=["ledger"], responses=responses(401, 403, 404, 422))


class LedgerJson(BaseModel):
    """ledger.json of the output contract; further keys (reasons, flags, built_at) may follow."""

    model_config = ConfigDict(extra="allow")

    applicant_id: str
    requirements: dict[str, str]  # requirement -> met | not_met | needs_review
    additional_hours_credited: float
    eligible: bool
    lines: list[dict[str, Any]]  # document, page, bbox, course_title, hours, credited_hours, rule, ...


def _ledger(session: Session, application_id: int) -> dict[str, Any]:
    ledger = stored_ledger(session, get_application(session, application_id))
    if ledger is None:
        raise ProblemError(404, "ledger_not_ready", "no ledger yet: the documents are still being read")
    return ledger


@router.get("/{application_id}/ledger", summary="The ledger JSON of the output contract")
def read_ledger(application_id: ApplicationId, session: SessionDep, _key: ReadKey) -> LedgerJson:
    return LedgerJson.model_validate(_ledger(session, application_id))


@router.get(
    "/{application_id}/ledger.csv",
    summary="The ledger's lines as CSV",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "one row per ledger line"}},
)
def ledger_as_csv(application_id: ApplicationId, session: SessionDep, _key: ReadKey) -> Response:
    ledger = _ledger(session, application_id)
    name = f"{ledger['applicant_id']}-ledger.csv"
    return Response(
        ledger_csv(ledger),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
