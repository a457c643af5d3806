"""Access log: who read which identified note (or its audio), and when.

Revision ID: 0003_access_log
Revises: 0002_review
Create Date: 2025-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_access_log"
down_revision = "0002_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("subject", sa.String(255)),
        sa.Column("name", sa.String(255)),
        sa.Column("role", sa.String(32)),
        sa.Column("via", sa.String(16), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("dictation_id", sa.String(64)),
        sa.Column("note_id", sa.Integer()),
        sa.Column("case_ref", sa.String(128)),
    )
    op.create_index("ix_access_log_at", "access_log", ["at"])
    op.create_index("ix_access_log_subject", "access_log", ["subject"])
    op.create_index("ix_access_log_dictation_id", "access_log", ["dictation_id"])
    op.create_index("ix_access_log_case_ref", "access_log", ["case_ref"])


def downgrade() -> None:
    op.drop_table("access_log")
