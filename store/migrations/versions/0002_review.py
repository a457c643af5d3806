"""Review: note approvals (what makes a note final for the CMS) and QA audit judgements.

Revision ID: 0002_review
Revises: 0001
Create Date: 2025-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_review"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "note_approvals",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("dictation_id", sa.String(64), sa.ForeignKey("dictations.id"), nullable=False, unique=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), nullable=False, unique=True),
        sa.Column("case_ref", sa.String(128), nullable=False),
        sa.Column("approved_by", sa.String(255), nullable=False),
        sa.Column("role", sa.String(32)),
        sa.Column("comment", sa.Text()),
        sa.Column("approved_at", TS, nullable=False),
    )
    op.create_index("ix_note_approvals_case_ref", "note_approvals", ["case_ref"])
    op.create_index("ix_note_approvals_approved_at", "note_approvals", ["approved_at"])

    op.create_table(
        "audit_judgements",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id"), nullable=False),
        sa.Column("auditor", sa.String(255), nullable=False),
        sa.Column("child_voice", sa.String(16), nullable=False),
        sa.Column("grade", sa.String(32), nullable=False),
        sa.Column("comment", sa.Text()),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_audit_judgements_note_id", "audit_judgements", ["note_id"])
    op.create_index("ix_audit_judgements_created_at", "audit_judgements", ["created_at"])


def downgrade() -> None:
    op.drop_table("audit_judgements")
    op.drop_table("note_approvals")
