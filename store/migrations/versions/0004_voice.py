"""Voice of the child as data: feedback forms, the manager's 2a confirmation, review participation (2b).

Revision ID: 0004_voice
Revises: 0003_access_log
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_voice"
down_revision = "0003_access_log"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "child_feedback",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("client_id", sa.String(64), nullable=False, unique=True),
        sa.Column("case_ref", sa.String(128), nullable=False, index=True),
        sa.Column("team", sa.String(128), index=True),
        sa.Column("dictation_id", sa.String(64), index=True),
        sa.Column("respondent", sa.String(16), nullable=False),
        sa.Column("wording", sa.String(1), nullable=False),
        sa.Column("answers_json", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text()),
        sa.Column("asked_on", sa.Date(), nullable=False, index=True),
        sa.Column("recorded_by", sa.String(255)),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "voice_confirmations",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("case_ref", sa.String(128), nullable=False, index=True),
        sa.Column("team", sa.String(128), index=True),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("answer", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("confirmed_on", sa.Date(), nullable=False, index=True),
        sa.Column("confirmed_by", sa.String(255)),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "review_participation",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("case_ref", sa.String(128), nullable=False, index=True),
        sa.Column("team", sa.String(128), index=True),
        sa.Column("plan_type", sa.String(32), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False, index=True),
        sa.Column("pn_code", sa.String(4), nullable=False),
        sa.Column("suggested_code", sa.String(4)),
        sa.Column("recorded_by", sa.String(255)),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("case_ref", "plan_type", "review_on", name="uq_review_case_plan_day"),
    )


def downgrade() -> None:
    op.drop_table("review_participation")
    op.drop_table("voice_confirmations")
    op.drop_table("child_feedback")
