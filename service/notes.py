"""Finished notes as the API reads them: one note, the case system's pull feed, and the lists the review and QA pages
page through. A stored note is ``asdict(CaseNote)`` as JSON; :func:`case_note` reads it back as the dataclass."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from pydantic import TypeAdapter

from store import notes as note_store
from store.feeds import FeedWindow
from store.models import Note


def get_note(session, dictation_id: str) -> Note | None:
    return note_store.get_note(session, dictation_id)


def list_notes(session, *, case_ref: str | None = None, since: datetime | None = None, until: datetime | None = None,
               after: int | None = None, limit: int = 50) -> list[Note]:
    """Notes in the order they were finished, from the cursor ``after`` (the last note id the caller has)."""
    return note_store.list_notes(
        session, FeedWindow(case_ref=case_ref, since=since, until=until, after_id=after, limit=limit))


def recent_notes(session, *, case_ref: str | None = None, since: datetime | None = None,
                 until: datetime | None = None, limit: int = 50) -> list[tuple]:
    """Finished notes, newest first, each as (note, dictation, approval or None)."""
    return note_store.recent_notes(session, case_ref=case_ref, since=since, until=until, limit=limit)


def note_ids(session, *, since: datetime | None = None, until: datetime | None = None,
             approved_only: bool = False) -> list[int]:
    """Every finished note's number in the period (QA samples from these)."""
    return note_store.note_ids(session, since=since, until=until, approved_only=approved_only)


def notes_with_dictations(session, ids: list[int]) -> list[tuple]:
    """The notes numbered ``ids``, each as (note, dictation), in number order."""
    return note_store.notes_with_dictations(session, ids)


@lru_cache(maxsize=1)
def _case_note_adapter() -> TypeAdapter:
    from transcribe.note import CaseNote

    return TypeAdapter(CaseNote)


def case_note(data: dict):
    """The stored note (``asdict(CaseNote)``) back as the dataclass that ``redacted_view`` takes."""
    return _case_note_adapter().validate_python(data)
