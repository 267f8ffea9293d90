"""Liveness and readiness for load balancers and docker-compose health checks."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from certledger.api.deps import EngineDep

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is up")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="The database answers")
def readyz(engine: EngineDep) -> dict[str, str]:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return {"status": "ready"}
