"""Note versions: the machine's draft is version 1, each practitioner's save a new one; the approval names the
version it froze.

Revision ID: 0006_editor_note_versions
Revises: 0005_crypt_encrypt_at_rest
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_editor_note_versions"
down_revision = "0005_crypt_encrypt_at_rest"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "note_versions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("dictation_id", sa.String(64), sa.ForeignKey("dictations.id"), nullable=False),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("based_on", sa.Integer()),
        sa.Column("note_json", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("redacted_json", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(255), nullable=False),
        sa.Column("role", sa.String(32)),
        sa.Column("reason", sa.Text()),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("dictation_id", "number", name="uq_note_versions_number"),
    )
    op.create_index("ix_note_versions_dictation_id", "note_versions", ["dictation_id"])
    with op.batch_alter_table("note_approvals") as batch:
        batch.add_column(sa.Column("version", sa.Integer()))


def downgrade() -> None:
    with op.batch_alter_table("note_approvals") as batch:
        batch.drop_column("version")
    op.drop_table("note_versions")
