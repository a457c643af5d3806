"""Retention: legal holds, the record of each retention run, and when a dictation's audio was deleted;
receivers' replies dropped from the webhook error text.

Revision ID: 0007_sec_retention
Revises: 0006_editor_note_versions
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_sec_retention"
down_revision = "0006_editor_note_versions"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "legal_holds",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("case_ref", sa.String(128)),
        sa.Column("dictation_id", sa.String(64)),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_by", sa.String(255)),
        sa.Column("role", sa.String(32)),
        sa.Column("placed_at", TS, nullable=False),
    )
    op.create_index("ix_legal_holds_case_ref", "legal_holds", ["case_ref"])
    op.create_index("ix_legal_holds_dictation_id", "legal_holds", ["dictation_id"])
    op.create_table(
        "retention_runs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS, nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("deleted_json", sa.Text(), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Text()),
    )
    op.create_index("ix_retention_runs_started_at", "retention_runs", ["started_at"])
    with op.batch_alter_table("dictations") as batch:
        batch.add_column(sa.Column("audio_purged_at", TS))
    op.create_index("ix_dictations_finished_at", "dictations", ["finished_at"])
    # receivers' replies were kept in the error text and shown to callers: keep the status code only
    for table, col in (("webhook_deliveries", "last_error"), ("webhook_attempts", "error")):
        op.execute(f"UPDATE {table} SET {col} = substr({col}, 1, 21) WHERE {col} LIKE 'receiver answered %'")
        op.execute(f"UPDATE {table} SET {col} = NULL WHERE {col} NOT LIKE 'receiver answered %'")


def downgrade() -> None:
    op.drop_index("ix_dictations_finished_at", "dictations")
    with op.batch_alter_table("dictations") as batch:
        batch.drop_column("audio_purged_at")
    op.drop_table("retention_runs")
    op.drop_table("legal_holds")
