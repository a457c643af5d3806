"""Encryption at rest: encrypt the identified values stored before it (case context, file names,
notes, transcripts, webhook payloads, approval and audit comments, the child's feedback comments and 2a
reasons) under the council key.

The column types do not change (ciphertext is text; file names are cut to fit their column). The key is
the one the service starts with (CASENOTE_KEY_FILE, CASENOTE_KEY, or the generated one under the data
directory). Run without a key (``store.migrate(url)`` from a tool), the rows are left for ``casenote
rotate-key``, which also encrypts the audio files written before encryption (the migration sees no files);
encrypted columns read such rows as they are until then.

Revision ID: 0005_crypt_encrypt_at_rest
Revises: 0004_voice
Create Date: 2026-11-29
"""

import logging

from alembic import op

from store.crypto import EncryptedString, EncryptedText, rewrap_values

revision = "0005_crypt_encrypt_at_rest"
down_revision = "0004_voice"
branch_labels = None
depends_on = None

# the encrypted columns as of this revision (later ones encrypt their own)
COLUMNS = [
    ("dictations", "id", {"context_json": EncryptedText(), "audio_filename": EncryptedString(255)}),
    ("notes", "id", {"note_json": EncryptedText(), "text": EncryptedText(), "redacted_json": EncryptedText()}),
    ("uploads", "id", {"context_json": EncryptedText(), "filename": EncryptedString(255), "error": EncryptedText()}),
    ("webhook_deliveries", "id", {"payload": EncryptedText()}),
    ("note_approvals", "id", {"comment": EncryptedText()}),
    ("audit_judgements", "id", {"comment": EncryptedText()}),
    ("child_feedback", "id", {"comment": EncryptedText()}),
    ("voice_confirmations", "id", {"reason": EncryptedText()}),
]


def upgrade() -> None:
    conn = op.get_bind()
    if not any(conn.exec_driver_sql(f"SELECT 1 FROM {t} LIMIT 1").first() for t, _pk, _c in COLUMNS):
        return
    if getattr(conn.dialect, "casenote_keyring", None) is None:
        logging.getLogger(__name__).warning("migrated without a council key: run 'casenote rotate-key' to encrypt "
                                            "the notes and audio stored before encryption at rest")
        return
    rewrap_values(conn, COLUMNS)


def downgrade() -> None:
    pass  # values stay encrypted; the models of earlier revisions cannot read them
