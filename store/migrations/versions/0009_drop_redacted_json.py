"""A note's redacted copy is no longer stored: the one redacted view is made from the note afresh on each read
(``transcribe.redaction.view`` via ``api.redacted``), so a stored copy could only be stale. ``notes.redacted_json``
and ``note_versions.redacted_json`` are dropped.

A plain ALTER TABLE ... DROP COLUMN on both databases (SQLite 3.35 or later): batch mode would copy ``notes`` into
a new table and drop the old one, which SQLite's foreign keys (``note_versions.note_id``, ``note_approvals.note_id``)
refuse while rows point at it.

Revision ID: 0009_drop_redacted_json
Revises: 0008_voice2_photos
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_drop_redacted_json"
down_revision = "0008_voice2_photos"
branch_labels = None
depends_on = None

TABLES = ("notes", "note_versions")


def upgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "redacted_json")


def downgrade() -> None:
    # the copies are gone; an empty object stands in (nothing ever read the column)
    for table in TABLES:
        op.add_column(table, sa.Column("redacted_json", sa.Text(), nullable=False, server_default="{}"))
