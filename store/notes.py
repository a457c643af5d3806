"""Notes: the finished note of a dictation, its versions (the machine's draft is version 1, each save by the
practitioner a new one), and the feeds the case system and the review pages read.

A save is refused when someone saved a newer version first (:class:`store.errors.StaleVersionError`). What the
case system reads (the ``notes`` row) is the machine's draft until a version is approved or amended
(:func:`publish_version`); every version stays readable. No redacted copy is stored: the redacted view is made
from the note afresh on each read (``transcribe.redaction.view``), so it is never stale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from .deliveries import OutboxEvent, new_delivery
from .errors import StaleVersionError
from .feeds import FeedWindow, in_period
from .models import Approval, Dictation, DictationStatus, Note, NoteVersion, utcnow


# -- the note ----------------------------------------------------------------------------------------------------
def save_note(
    sessions: sessionmaker,
    dictation_id: str,
    note: dict,
    text: str,
    webhook: OutboxEvent | None = None,
) -> bool:
    """Insert the note, mark the dictation done and queue its webhook, in one transaction.

    Idempotent: the unique constraint on ``notes.dictation_id`` means a second finisher (a worker
    that was presumed dead, a duplicate job) inserts nothing and gets False.
    """
    with sessions() as s:
        d = s.get(Dictation, dictation_id)
        if d is None:
            raise LookupError(f"dictation {dictation_id} vanished")
        now = utcnow()
        s.add(
            Note(
                dictation_id=dictation_id,
                case_ref=d.case_ref,
                note_json=json.dumps(note, ensure_ascii=False),
                text=text,
                created_at=now,
            )
        )
        d.status, d.progress, d.error, d.finished_at = DictationStatus.done.value, 1.0, None, now
        if webhook is not None:
            s.add(new_delivery(dictation_id, webhook))
        try:
            s.commit()
            return True
        except IntegrityError:
            s.rollback()
    with sessions() as s:  # someone else finished it first: make sure the status says so
        s.execute(
            update(Dictation).where(Dictation.id == dictation_id).values(status=DictationStatus.done.value, progress=1.0)
        )
        s.commit()
    return False


def get_note(session: Session, dictation_id: str) -> Note | None:
    return session.scalar(select(Note).where(Note.dictation_id == dictation_id))


def list_notes(session: Session, window: FeedWindow = FeedWindow()) -> list[Note]:
    """Notes in the order they were finished (``id`` is monotonic), for the CMS to pull from a cursor."""
    return list(session.scalars(window.apply(select(Note), Note, Note.created_at)))


# -- versions ----------------------------------------------------------------------------------------------------
@dataclass
class VersionContent:
    """What a version holds, made by the API from the note (the store knows nothing of notes' insides)."""

    note: dict
    text: str
    html: str


def list_versions(session: Session, dictation_id: str) -> list[NoteVersion]:
    return list(session.scalars(select(NoteVersion).where(NoteVersion.dictation_id == dictation_id)
                                .order_by(NoteVersion.number)))


def get_version(session: Session, dictation_id: str, number: int | None = None) -> NoteVersion | None:
    """One version; the latest when ``number`` is None."""
    q = select(NoteVersion).where(NoteVersion.dictation_id == dictation_id)
    q = q.where(NoteVersion.number == number) if number is not None else q.order_by(NoteVersion.number.desc())
    return session.scalars(q.limit(1)).first()


def add_first_version(sessions: sessionmaker, note: Note, content: VersionContent) -> None:
    """Record the machine's draft as version 1 (once: a concurrent first reader's row stands)."""
    with sessions() as s:
        s.add(_version(note, 1, "machine", None, content, created_by="casenote", role=None, reason=None))
        try:
            s.commit()
        except IntegrityError:
            s.rollback()


def save_version(
    sessions: sessionmaker,
    note: Note,
    content: VersionContent,
    *,
    base: int,
    kind: str,
    created_by: str,
    role: str | None,
    reason: str | None = None,
    webhook: OutboxEvent | None = None,
) -> NoteVersion:
    """Save version ``base + 1``. Raises StaleVersionError when ``base`` is not the latest (someone saved first).
    An amendment (``kind="amendment"``) is published to the case system at once, with its webhook."""
    with sessions() as s:
        latest = s.scalar(select(func.max(NoteVersion.number)).where(NoteVersion.dictation_id == note.dictation_id))
        if latest != base:
            raise StaleVersionError(latest or 0, base)
        v = _version(note, base + 1, kind, base, content, created_by=created_by, role=role, reason=reason)
        s.add(v)
        if webhook is not None:
            s.add(new_delivery(note.dictation_id, webhook))
        try:  # an amendment flushes before it publishes: a concurrent save's number can refuse it there too
            if kind == "amendment":
                s.flush()
                publish_version(s, note.dictation_id, content, version=v.number)
            s.commit()
        except IntegrityError:
            s.rollback()
            with sessions() as s2:
                raise StaleVersionError(get_version(s2, note.dictation_id).number, base) from None
        return v


def _version(note: Note, number: int, kind: str, based_on: int | None, content: VersionContent, **who) -> NoteVersion:
    return NoteVersion(
        dictation_id=note.dictation_id, note_id=note.id, number=number, kind=kind, based_on=based_on,
        note_json=json.dumps(content.note, ensure_ascii=False), text=content.text, html=content.html,
        created_at=utcnow(), **who,
    )


def publish_version(s: Session, dictation_id: str, content: VersionContent, *, version: int) -> None:
    """The version becomes what the case system reads (in ``s``'s transaction); the version row keeps the same (approved) content."""
    fields = dict(note_json=json.dumps(content.note, ensure_ascii=False), text=content.text)
    s.execute(update(Note).where(Note.dictation_id == dictation_id).values(**fields))
    s.execute(update(NoteVersion).where(NoteVersion.dictation_id == dictation_id, NoteVersion.number == version)
              .values(html=content.html, **fields))



# -- for the review pages -------------------------------------------------------------------------------------
def recent_notes(
    session: Session,
    *,
    case_ref: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 50,
) -> list[tuple[Note, Dictation, Approval | None]]:
    """Finished notes, newest first, each with its dictation and approval (if any)."""
    q = (
        select(Note, Dictation, Approval)
        .join(Dictation, Dictation.id == Note.dictation_id)
        .outerjoin(Approval, Approval.note_id == Note.id)
    )
    if case_ref:
        q = q.where(Note.case_ref == case_ref)
    q = in_period(q, Note.created_at, since, until)
    return [tuple(r) for r in session.execute(q.order_by(Note.id.desc()).limit(limit))]


def note_ids(
    session: Session, *, since: datetime | None = None, until: datetime | None = None, approved_only: bool = False
) -> list[int]:
    q = select(Note.id)
    if approved_only:
        q = q.join(Approval, Approval.note_id == Note.id)
    q = in_period(q, Note.created_at, since, until)
    return list(session.scalars(q.order_by(Note.id)))


def notes_with_dictations(session: Session, ids: list[int]) -> list[tuple[Note, Dictation]]:
    if not ids:
        return []
    q = select(Note, Dictation).join(Dictation, Dictation.id == Note.dictation_id).where(Note.id.in_(ids))
    return [tuple(r) for r in session.execute(q.order_by(Note.id))]
