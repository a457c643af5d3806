"""The access log as the API writes and reads it: who read which identified note, when (and who approved, audited,
placed a hold or asked for a clip). Entries hold no note or transcript text (:mod:`store.access_log`)."""

from __future__ import annotations

from datetime import datetime

from store import access_log as log_store
from store.access_log import Reader
from store.models import AccessLogEntry

__all__ = ["Reader", "list_entries", "record", "record_notes"]


def record(sessions, reader: Reader, action: str, *, dictation_id: str | None = None, note_id: int | None = None,
           case_ref: str | None = None) -> None:
    """One entry; the note's number and case reference are looked up from ``dictation_id`` when not given."""
    log_store.record(sessions, reader, action, dictation_id=dictation_id, note_id=note_id, case_ref=case_ref)


def record_notes(sessions, reader: Reader, action: str, notes: list[tuple[str, int, str | None]]) -> None:
    """One entry per note a response served (``notes``: (dictation id, note id, case reference))."""
    log_store.record_notes(sessions, reader, action, notes)


def list_entries(session, *, dictation_id: str | None = None, case_ref: str | None = None,
                 subject: str | None = None, note_id: int | None = None, since: datetime | None = None,
                 until: datetime | None = None, after: int | None = None, limit: int = 100) -> list[AccessLogEntry]:
    """Entries in the order they were written, from the cursor ``after``."""
    return log_store.list_entries(session, dictation_id=dictation_id, case_ref=case_ref, subject=subject,
                                  note_id=note_id, since=since, until=until, after_id=after, limit=limit)
