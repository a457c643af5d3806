"""The access log: who read which identified note (or its audio), and when.

One row (:class:`store.models.AccessLogEntry`) per successful read (and per successful webhook push of a note to the
case system, and per approval / audit judgement, so the IdP subject of the person who made them is kept even where
the review tables hold only a name). It never holds note or transcript text: only who (:class:`Reader`), when, what
(the action) and which note. No foreign keys: the log outlives the notes that retention deletes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .feeds import FeedWindow
from .models import AccessLogEntry, Dictation, Note, utcnow


@dataclass(frozen=True)
class Reader:
    """Who read: the IdP's subject (none for static tokens) and name, the role, and how they signed in
    (oidc | token | open | webhook)."""

    subject: str | None = None
    name: str | None = None
    role: str | None = None
    via: str = "open"


def record(
    sessions: sessionmaker,
    reader: Reader,
    action: str,
    *,
    dictation_id: str | None = None,
    note_id: int | None = None,
    case_ref: str | None = None,
) -> AccessLogEntry:
    """Write one entry. The note's number and case reference are looked up from ``dictation_id`` when not given."""
    with sessions() as s:
        entry = new_entry(s, reader, action, dictation_id=dictation_id, note_id=note_id, case_ref=case_ref)
        s.add(entry)
        s.commit()
        return entry


def new_entry(
    session: Session,
    reader: Reader,
    action: str,
    *,
    dictation_id: str | None = None,
    note_id: int | None = None,
    case_ref: str | None = None,
    at: datetime | None = None,
) -> AccessLogEntry:
    """An entry (not yet added) for ``session``'s transaction, with the note's number and case reference
    looked up from ``dictation_id`` (the note's number only when not given)."""
    if dictation_id is not None:
        row = session.execute(
            select(Dictation.case_ref, Note.id).outerjoin(Note, Note.dictation_id == Dictation.id)
            .where(Dictation.id == dictation_id)
        ).first()
        if row is not None:
            case_ref = row[0]
            note_id = note_id if note_id is not None else row[1]
    return _entry(reader, action, at or utcnow(), dictation_id, note_id, case_ref)


def record_notes(sessions: sessionmaker, reader: Reader, action: str, notes: list[tuple[str, int, str | None]]) -> int:
    """Write one entry per note read in one response (``notes``: (dictation id, note id, case reference)),
    in one transaction: all are written or none is. Returns how many."""
    if not notes:
        return 0
    at = utcnow()
    with sessions() as s:
        s.add_all(_entry(reader, action, at, dictation_id, note_id, case_ref) for dictation_id, note_id, case_ref in notes)
        s.commit()
    return len(notes)


def _entry(reader: Reader, action: str, at: datetime, dictation_id: str | None, note_id: int | None,
           case_ref: str | None) -> AccessLogEntry:
    return AccessLogEntry(at=at, subject=reader.subject, name=reader.name, role=reader.role, via=reader.via,
                          action=action, dictation_id=dictation_id, note_id=note_id, case_ref=case_ref)


def list_entries(
    session: Session,
    *,
    dictation_id: str | None = None,
    case_ref: str | None = None,
    subject: str | None = None,
    note_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after_id: int | None = None,
    limit: int = 100,
) -> list[AccessLogEntry]:
    """Entries in the order they were written, from a cursor."""
    q = select(AccessLogEntry)
    if dictation_id:
        q = q.where(AccessLogEntry.dictation_id == dictation_id)
    if subject:
        q = q.where(AccessLogEntry.subject == subject)
    if note_id is not None:
        q = q.where(AccessLogEntry.note_id == note_id)
    window = FeedWindow(case_ref=case_ref, since=since, until=until, after_id=after_id, limit=limit)
    return list(session.scalars(window.apply(q, AccessLogEntry, AccessLogEntry.at)))
