"""Every database table, in one module. JSON columns hold the stages' frozen models as contract JSON."""

from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import JSON, CheckConstraint, DateTime, Dialect, UniqueConstraint, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper
from sqlalchemy.types import TypeDecorator, TypeEngine
from sqlmodel import Field, SQLModel

metadata = SQLModel.metadata  # every table below registers here; alembic compares against it
# Deterministic constraint names, so migrations can name what they alter or drop on every backend.
metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSONB on PostgreSQL (indexable, compact); plain JSON (text) on SQLite.
JSONType: TypeEngine[Any] = JSON().with_variant(JSONB(), "postgresql")

DocumentState = Literal["queued", "processing", "done", "failed"]
DOCUMENT_STATES: tuple[DocumentState, ...] = ("queued", "processing", "done", "failed")
DecisionAction = Literal["confirm", "correct", "reject"]
DECISION_ACTIONS: tuple[DecisionAction, ...] = ("confirm", "correct", "reject")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend: SQLite keeps no offset, so store UTC and reattach it."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware one (UTC)")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Application(SQLModel, table=True):
    """One applicant's application, as the intake system or a bulk manifest states it."""

    __tablename__ = "application"

    id: int | None = Field(default=None, primary_key=True)
    external_id: str | None = Field(default=None, unique=True)  # the intake system's id, when it has one
    applicant_id: str = Field(unique=True)  # the manifest's applicant_id
    name: str
    agency: str
    sro_start_date: date | None = None
    currently_employed: bool | None = None
    application_date: date
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Document(SQLModel, table=True):
    """One uploaded file of an application; its bytes live in the blob store under ``blob_sha256``."""

    __tablename__ = "document"
    # The same bytes uploaded twice to one application are one document.
    __table_args__ = (
        UniqueConstraint("application_id", "blob_sha256"),
        CheckConstraint(_in("state", DOCUMENT_STATES), name="state"),
    )

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", index=True)
    file_name: str
    blob_sha256: str = Field(max_length=64)
    media_type: str
    pages: int | None = None
    state: str = Field(default="queued", index=True)  # a DocumentState
    error_code: str | None = None
    error_message: str | None = None
    doc_type: str | None = None
    extraction: dict[str, Any] | None = Field(default=None, sa_type=JSONType)  # ClassifiedDocument contract
    extractor_version: str | None = None
    catalog_sha256: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Page(SQLModel, table=True):
    """One page as read: its size, how it was read and every word with its box (for the reviewer's view)."""

    __tablename__ = "page"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    number: int  # 1-based
    width: float  # PDF points
    height: float
    source: str  # text_layer | ocr
    engines: list[str] = Field(default_factory=list, sa_type=JSONType)
    # Degrees the reader turned the page image clockwise (EXIF and OSD): the words' boxes are upright.
    rotation: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    words: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONType)


class ExtractedItem(SQLModel, table=True):
    """One classified training record of a document, found again by its line key."""

    __tablename__ = "extracted_item"
    __table_args__ = (UniqueConstraint("document_id", "line_key"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    line_key: str = Field(index=True)
    catalog_id: str | None = Field(default=None, index=True)
    status: str = Field(index=True)  # auto | review
    fields: dict[str, Any] = Field(sa_type=JSONType)  # the ClassifiedItem, JSON mode


class LedgerLine(SQLModel, table=True):
    """One credited line of an application's latest ledger; rebuilt, never edited by hand."""

    __tablename__ = "ledger_line"
    __table_args__ = (UniqueConstraint("application_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", index=True)
    key: str
    status: str = Field(index=True)  # auto | review: the reviewer's queue is a query on this
    line: dict[str, Any] = Field(sa_type=JSONType)  # verify.types.LedgerLine, JSON mode


class ReviewDecision(SQLModel, table=True):
    """A reviewer's decision on one ledger line. Appended, never deleted; ``stale`` when the line moved."""

    __tablename__ = "review_decision"
    __table_args__ = (CheckConstraint(_in("action", DECISION_ACTIONS), name="action"),)

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", index=True)
    line_key: str = Field(index=True)
    action: str  # a DecisionAction
    fields: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)  # corrected values only
    reviewer: str
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    reason: str = ""
    # Set when re-extraction removed or changed the line: kept for the record, no longer applied.
    stale: bool = Field(default=False, index=True)


class AuditLog(SQLModel, table=True):
    """Append-only record of every change: refused on UPDATE/DELETE here and by a database trigger."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    actor: str
    # No foreign key: the log must outlive what it describes, and ON DELETE SET NULL would be an UPDATE.
    application_id: int | None = Field(default=None, index=True)
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None = Field(default=None, sa_type=JSONType)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSONType)


class AuditLogIsAppendOnly(RuntimeError):
    """Raised by the ORM before it would UPDATE or DELETE an audit row."""


@event.listens_for(AuditLog, "before_update")
@event.listens_for(AuditLog, "before_delete")
def _refuse_audit_change(mapper: Mapper[AuditLog], connection: Connection, target: AuditLog) -> None:
    raise AuditLogIsAppendOnly(f"audit_log row {target.id} is append-only")


class LedgerSummary(SQLModel, table=True):
    """An application's latest ledger, whole: verdicts with reasons, totals and the contract JSON."""

    __tablename__ = "ledger"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", unique=True)
    requirements: dict[str, Any] = Field(sa_type=JSONType)  # key -> {verdict, reason, line_keys}
    additional_hours_credited: float
    additional_hours_pending: float
    eligible: bool
    contract: dict[str, Any] = Field(sa_type=JSONType)  # ledger.json as exported (lines in ledger order)
    policy: str
    # SHA-256 of everything the ledger was built from: equal inputs, no rebuild (built_at unchanged).
    inputs_sha256: str = Field(max_length=64)
    built_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OutboxMessage(SQLModel, table=True):
    """A message to a worker, written in the transaction that made it necessary; a relay sends it later.

    Nothing is enqueued to the broker inside a request: a committed row here is the promise that the
    work happens, whether or not the broker was up at the time.
    """

    __tablename__ = "outbox_message"

    id: int | None = Field(default=None, primary_key=True)
    actor: str  # the dramatiq actor's name
    payload: dict[str, Any] = Field(sa_type=JSONType)  # keyword arguments: ids only, never file bodies
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    attempts: int = 0  # failed sends (the broker was down)
    last_error: str | None = None


class LedgerRequest(SQLModel, table=True):
    """Rebuild bookkeeping of one application: requests counted, the last one built, for coalescing.

    ``requested`` grows with every request; a rebuild builds what was requested when it started and
    records it in ``built``. A message finding ``built == requested`` has nothing to do.
    """

    __tablename__ = "ledger_request"

    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", primary_key=True)
    requested: int = 0
    built: int = 0
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class DeadLetter(SQLModel, table=True):
    """A worker message that failed for good (a permanent error, or its retries spent)."""

    __tablename__ = "dead_letter"

    id: int | None = Field(default=None, primary_key=True)
    actor: str
    payload: dict[str, Any] = Field(sa_type=JSONType)
    error: str
    failed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    requeued_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)


class PageReading(SQLModel, table=True):
    """One page of a large PDF as read by a page-range job, kept until the document's pages are merged."""

    __tablename__ = "page_reading"

    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", primary_key=True)
    number: int = Field(primary_key=True)  # 1-based
    page: dict[str, Any] = Field(sa_type=JSONType)  # extract.types.Page, JSON mode


# --------------------------------------------------------------------------------------------
# The intake API (issue 5): keys, idempotent uploads, webhooks and their delivery log

API_SCOPES: tuple[str, ...] = ("ingest", "read", "admin")
DELIVERY_STATES: tuple[str, ...] = ("pending", "delivered", "failed")


class ApiKey(SQLModel, table=True):
    """A client's API key: only its SHA-256 is stored; the key itself is shown once, at creation."""

    __tablename__ = "api_key"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    key_sha256: str = Field(max_length=64, unique=True)
    prefix: str  # the key's first characters, to tell keys apart in listings
    scopes: list[str] = Field(default_factory=list, sa_type=JSONType)  # of API_SCOPES
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class IdempotentRequest(SQLModel, table=True):
    """The answer given to a request carrying an ``Idempotency-Key``, replayed when it is retried."""

    __tablename__ = "idempotent_request"

    api_key_id: int = Field(foreign_key="api_key.id", ondelete="CASCADE", primary_key=True)
    key: str = Field(primary_key=True, max_length=255)
    request_sha256: str = Field(max_length=64)  # what was asked: a different request under the key is refused
    status_code: int
    response: dict[str, Any] = Field(sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Webhook(SQLModel, table=True):
    """A URL events are POSTed to, signed with its secret; owned by an API key, or global (None)."""

    __tablename__ = "webhook"

    id: int | None = Field(default=None, primary_key=True)
    url: str
    secret: str
    api_key_id: int | None = Field(default=None, foreign_key="api_key.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Event(SQLModel, table=True):
    """Something an intake system may want to hear about, recorded in the transaction that caused it."""

    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    type: str = Field(index=True)
    application_id: int | None = Field(default=None, index=True)  # no foreign key: events outlive rows
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class WebhookDelivery(SQLModel, table=True):
    """One event to one webhook: pending until a POST gets a 2xx, failed when its attempts are spent."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (CheckConstraint(_in("state", DELIVERY_STATES), name="state"),)

    id: int | None = Field(default=None, primary_key=True)
    webhook_id: int = Field(foreign_key="webhook.id", ondelete="CASCADE", index=True)
    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", index=True)
    state: str = Field(default="pending", index=True)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class DeliveryAttempt(SQLModel, table=True):
    """One POST of a delivery: the answer's status, or the error, and how long it took."""

    __tablename__ = "delivery_attempt"

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="webhook_delivery.id", ondelete="CASCADE", index=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    status_code: int | None = None
    error: str | None = None
    duration_ms: float


# The reviewer's web UI (issue 6): users, sessions, application decisions, catalog versions

UserRole = Literal["reviewer", "staff", "admin"]
USER_ROLES: tuple[UserRole, ...] = ("reviewer", "staff", "admin")
ApplicationVerdict = Literal["approve", "deny"]
APPLICATION_VERDICTS: tuple[ApplicationVerdict, ...] = ("approve", "deny")


class WebUser(SQLModel, table=True):
    """A person who signs in to the web UI; created by `certledger user create`."""

    __tablename__ = "web_user"
    __table_args__ = (CheckConstraint(_in("role", USER_ROLES), name="role"),)

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True)  # stored lower-case
    password_hash: str  # argon2id, with its parameters (argon2-cffi's encoded form)
    role: str  # a UserRole
    disabled: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class WebSession(SQLModel, table=True):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored here."""

    __tablename__ = "web_session"

    id: str = Field(primary_key=True, max_length=64)  # sha256 of the cookie's token
    user_id: int = Field(foreign_key="web_user.id", ondelete="CASCADE", index=True)
    csrf_token: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class ApplicationDecision(SQLModel, table=True):
    """A reviewer's approval or denial of a whole application. Appended; the latest holds."""

    __tablename__ = "application_decision"
    __table_args__ = (CheckConstraint(_in("verdict", APPLICATION_VERDICTS), name="verdict"),)

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", index=True)
    verdict: str  # an ApplicationVerdict
    reviewer: str
    reason: str = ""
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    ledger_sha256: str = Field(max_length=64)  # the ledger inputs decided on: a later change reopens it


class CatalogVersion(SQLModel, table=True):
    """One version of the course catalog as edited in the browser: the whole CSV, who, when and what."""

    __tablename__ = "catalog_version"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, index=True)
    csv_text: str
    author: str
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    note: str  # what changed, e.g. "nasro-basic: hours 40 -> 36"


class UploadBatch(SQLModel, table=True):
    """Applications a staff member uploaded from the browser at once, for the progress page."""

    __tablename__ = "upload_batch"

    id: int | None = Field(default=None, primary_key=True)
    uploaded_by: str
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    application_ids: list[int] = Field(default_factory=list, sa_type=JSONType)
    document_ids: list[int] = Field(default_factory=list, sa_type=JSONType)  # queued for reading
    problems: list[str] = Field(default_factory=list, sa_type=JSONType)  # what could not be taken in
