"""/api/v1/webhooks: register, list and delete URLs events are POSTed to; each one's delivery log.

A webhook belongs to the key that registered it (``ingest`` scope), or is global (``admin`` only).
A key sees its own and the global ones; an admin key sees and deletes any.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Response, status
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, UrlConstraints
from sqlmodel import Session, col, or_, select

from certledger.api.auth import IngestKey
from certledger.api.deps import SessionDep, SettingsDep
from certledger.api.problems import ProblemError, responses
from certledger.api.schemas import NO_NUL, Limit, Offset, WebhookId
from certledger.apikeys import allows
from certledger.events import EVENT_TYPES
from certledger.tables import ApiKey, DeliveryAttempt, Event, Webhook, WebhookDelivery
from certledger.webhooks import non_public_address

router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"], responses=responses(401, 403, 422))
HookUrl = Annotated[AnyHttpUrl, UrlConstraints(max_length=2000, allowed_schemes=["http", "https"])]


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: HookUrl
    # The HMAC key of the signatures; None: one is generated and returned once.
    secret: Annotated[str, Field(min_length=16, max_length=200, pattern=NO_NUL)] | None = None
    is_global: bool = Field(False, alias="global", description="every key's events, admin keys only")


class WebhookPublic(BaseModel):
    id: int
    url: str
    is_global: bool = Field(serialization_alias="global")
    created_at: datetime
    event_types: list[str] = list(EVENT_TYPES)

    @classmethod
    def of(cls, hook: Webhook) -> WebhookPublic:
        assert hook.id is not None
        return cls(id=hook.id, url=hook.url, is_global=hook.api_key_id is None, created_at=hook.created_at)


class WebhookCreated(WebhookPublic):
    secret: str  # shown once: verify the Certledger-Signature header with it


class AttemptPublic(BaseModel):
    at: datetime
    status_code: int | None
    error: str | None
    duration_ms: float


class DeliveryPublic(BaseModel):
    id: int
    event_id: int
    event_type: str
    application_id: int | None
    state: str  # pending | delivered | failed
    attempts: list[AttemptPublic]
    next_attempt_at: datetime | None  # None once delivered or failed
    delivered_at: datetime | None


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Register a webhook",
    response_model_by_alias=True,
)
def create_webhook(
    body: WebhookCreate, session: SessionDep, settings: SettingsDep, key: IngestKey
) -> WebhookCreated:
    if body.is_global and not allows(key, "admin"):
        raise ProblemError(403, "forbidden", "only an admin key registers global webhooks", title="Forbidden")
    refused = None if settings.webhook_allow_private else non_public_address(str(body.url))
    if refused:
        raise ProblemError(422, "webhook_url_not_public", f"webhooks go to public addresses only: {refused}")
    hook = Webhook(
        url=str(body.url),
        secret=body.secret or secrets.token_urlsafe(32),
        api_key_id=None if body.is_global else key.id,
    )
    session.add(hook)
    session.commit()
    return WebhookCreated(**WebhookPublic.of(hook).model_dump(), secret=hook.secret)


@router.get("", summary="Webhooks this key sees: its own and the global ones (admin: all)")
def list_webhooks(session: SessionDep, key: IngestKey) -> list[WebhookPublic]:
    query = select(Webhook).order_by(col(Webhook.id))
    if not allows(key, "admin"):
        query = query.where(or_(col(Webhook.api_key_id) == key.id, col(Webhook.api_key_id).is_(None)))
    return [WebhookPublic.of(h) for h in session.exec(query)]


def _visible(session: Session, key: ApiKey, webhook_id: int, *, to_change: bool) -> Webhook:
    hook = session.get(Webhook, webhook_id)
    own = hook is not None and hook.api_key_id == key.id
    seen = hook is not None and (own or allows(key, "admin") or (hook.api_key_id is None and not to_change))
    if hook is None or not seen:
        raise ProblemError(404, "webhook_not_found", f"no webhook {webhook_id} for this key")
    return hook


@router.delete(
    "/{webhook_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a webhook (and its delivery log)",
    responses=responses(404),
)
def delete_webhook(webhook_id: WebhookId, session: SessionDep, key: IngestKey) -> Response:
    session.delete(_visible(session, key, webhook_id, to_change=True))
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{webhook_id}/deliveries",
    summary="The delivery log: each event sent to this webhook and every attempt, newest first",
    responses=responses(404),
)
def list_deliveries(
    webhook_id: WebhookId, session: SessionDep, key: IngestKey, limit: Limit = 20, offset: Offset = 0
) -> list[DeliveryPublic]:
    hook = _visible(session, key, webhook_id, to_change=False)
    rows = session.exec(
        select(WebhookDelivery, Event)
        .join(Event, col(Event.id) == col(WebhookDelivery.event_id))
        .where(WebhookDelivery.webhook_id == hook.id)
        .order_by(col(WebhookDelivery.id).desc())
        .offset(offset)
        .limit(limit)
    ).all()
    ids = [d.id for d, _ in rows]
    attempts: dict[int, list[AttemptPublic]] = {}
    query = select(DeliveryAttempt).where(col(DeliveryAttempt.delivery_id).in_(ids))
    for a in session.exec(query.order_by(col(DeliveryAttempt.id))):
        attempts.setdefault(a.delivery_id, []).append(AttemptPublic.model_validate(a, from_attributes=True))
    return [
        DeliveryPublic(
            id=d.id or 0,
            event_id=e.id or 0,
            event_type=e.type,
            application_id=e.application_id,
            state=d.state,
            attempts=attempts.get(d.id or 0, []),
            next_attempt_at=d.next_attempt_at if d.state == "pending" else None,
            delivered_at=d.delivered_at,
        )
        for d, e in rows
    ]
