"""Photos of direct work attached to a visit (encrypted files under <data>/photos; one row per photo and visit).

Revision ID: 0008_voice2_photos
Revises: 0007_sec_retention
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_voice2_photos"
down_revision = "0007_sec_retention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dictation_photos",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("dictation_id", sa.String(64), sa.ForeignKey("dictations.id"), nullable=False, index=True),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("content_type", sa.String(32), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text()),
        sa.Column("added_by", sa.String(255)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("dictation_id", "sha256", name="uq_photo_dictation_sha"),
    )


def downgrade() -> None:
    op.drop_table("dictation_photos")
