"""Initial tables, and the triggers that keep audit_log append-only.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out here rather than imported from certledger.tables: a revision must not change
# when the models move on.
TS = sa.DateTime(timezone=True)


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "application",
        _id(),
        sa.Column("external_id", sa.String(), nullable=True),
        sa.Column("applicant_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("agency", sa.String(), nullable=False),
        sa.Column("sro_start_date", sa.Date(), nullable=True),
        sa.Column("currently_employed", sa.Boolean(), nullable=True),
        sa.Column("application_date", sa.Date(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
        sa.UniqueConstraint("applicant_id", name=op.f("uq_application_applicant_id")),
        sa.UniqueConstraint("external_id", name=op.f("uq_application_external_id")),
    )
    op.create_table(
        "audit_log",
        _id(),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("before", _json(), nullable=True),
        sa.Column("after", _json(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_application_id"), "audit_log", ["application_id"])
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_table(
        "document",
        _id(),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("error_code", sa.String(), nullable=True),
        sa.Column("error_message", sa.String(), nullable=True),
        sa.Column("doc_type", sa.String(), nullable=True),
        sa.Column("extraction", _json(), nullable=True),
        sa.Column("extractor_version", sa.String(), nullable=True),
        sa.Column("catalog_sha256", sa.String(length=64), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint(
            "state IN ('queued', 'processing', 'done', 'failed')", name=op.f("ck_document_state")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_document_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint(
            "application_id", "blob_sha256", name=op.f("uq_document_application_id_blob_sha256")
        ),
    )
    op.create_index(op.f("ix_document_application_id"), "document", ["application_id"])
    op.create_index(op.f("ix_document_state"), "document", ["state"])
    op.create_table(
        "ledger_line",
        _id(),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("line", _json(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_ledger_line_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_line")),
        sa.UniqueConstraint("application_id", "key", name=op.f("uq_ledger_line_application_id_key")),
    )
    op.create_index(op.f("ix_ledger_line_application_id"), "ledger_line", ["application_id"])
    op.create_index(op.f("ix_ledger_line_status"), "ledger_line", ["status"])
    op.create_table(
        "review_decision",
        _id(),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("line_key", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("fields", _json(), nullable=False),
        sa.Column("reviewer", sa.String(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "action IN ('confirm', 'correct', 'reject')", name=op.f("ck_review_decision_action")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_review_decision_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decision")),
    )
    op.create_index(op.f("ix_review_decision_application_id"), "review_decision", ["application_id"])
    op.create_index(op.f("ix_review_decision_line_key"), "review_decision", ["line_key"])
    op.create_index(op.f("ix_review_decision_stale"), "review_decision", ["stale"])
    op.create_table(
        "extracted_item",
        _id(),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("line_key", sa.String(), nullable=False),
        sa.Column("catalog_id", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("fields", _json(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_extracted_item_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extracted_item")),
        sa.UniqueConstraint("document_id", "line_key", name=op.f("uq_extracted_item_document_id_line_key")),
    )
    op.create_index(op.f("ix_extracted_item_catalog_id"), "extracted_item", ["catalog_id"])
    op.create_index(op.f("ix_extracted_item_document_id"), "extracted_item", ["document_id"])
    op.create_index(op.f("ix_extracted_item_line_key"), "extracted_item", ["line_key"])
    op.create_index(op.f("ix_extracted_item_status"), "extracted_item", ["status"])
    op.create_table(
        "page",
        _id(),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("height", sa.Float(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("engines", _json(), nullable=False),
        sa.Column("words", _json(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_page_document_id_document"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_page")),
        sa.UniqueConstraint("document_id", "number", name=op.f("uq_page_document_id_number")),
    )
    op.create_index(op.f("ix_page_document_id"), "page", ["document_id"])
    _create_audit_triggers()


def _create_audit_triggers() -> None:
    """The database refuses UPDATE and DELETE of audit rows, whoever connects and however."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
            END
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"
        )
        # TRUNCATE fires no row triggers; it needs a statement-level one.
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()"
        )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
            f"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: {verb} refused'); END"
        )


def _drop_audit_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION audit_log_refuse_change()")
        return
    op.execute("DROP TRIGGER audit_log_no_update")
    op.execute("DROP TRIGGER audit_log_no_delete")


def downgrade() -> None:
    _drop_audit_triggers()
    for table in ("page", "extracted_item", "review_decision", "ledger_line", "document", "audit_log"):
        op.drop_table(table)  # drops its indexes too
    op.drop_table("application")
