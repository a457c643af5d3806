"""Resumable (tus) uploads in progress: each becomes a dictation when its last byte arrives."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from .dictations import printable
from .models import Upload
from .session import insert_once


def get_upload(session: Session, upload_id: str) -> Upload | None:
    return session.get(Upload, upload_id)


def find_upload(session: Session, dictation_id: str | None, idempotency_key: str | None) -> Upload | None:
    if dictation_id:
        u = session.scalar(select(Upload).where(Upload.dictation_id == dictation_id))
        if u is not None:
            return u
    if idempotency_key:
        return session.scalar(select(Upload).where(Upload.idempotency_key == idempotency_key))
    return None


def create_upload(sessions: sessionmaker, **fields) -> tuple[Upload, bool]:
    """Insert an upload. Returns (row, created); a retry of the same upload returns the first one's row."""
    fields["filename"] = printable(fields.get("filename"))

    def add(s: Session) -> Upload:
        u = Upload(completed=False, **fields)
        s.add(u)
        return u

    return insert_once(sessions, add, lambda s: find_upload(s, fields.get("dictation_id"), fields.get("idempotency_key")))


def finish_upload(sessions: sessionmaker, upload_id: str, error: str | None = None) -> None:
    with sessions() as s:
        s.execute(update(Upload).where(Upload.id == upload_id).values(completed=error is None, error=error))
        s.commit()
