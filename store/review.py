"""Review tables: the versions of a note, a practitioner's approval of one, and QA audit judgements. Plus their
repository functions.

The machine's draft is version 1; each save by the practitioner is a new version (who, when, what it was based
on), refused when someone saved a newer one first. Approval freezes a version: the note the case system reads
(``notes`` row, ``GET /notes``, ``/approvals``, webhooks) becomes that version. An amendment after approval is a
new version with a reason, sent as ``note.amended``; every version stays readable.

An approval is what makes a note final: one per dictation, recorded with who and when, never changed
afterwards. Approving queues a signed ``note.approved`` webhook in the same transaction (when webhooks
are configured), so the case management system hears about it exactly once.
Audit judgements are keyed by the note's number only: QA never needs, and never sees, the case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from .crypto import EncryptedText
from .models import Base, Dictation, Note, UTCDateTime, utcnow
from .repository import OutboxEvent, _delivery, feed_window


class Approval(Base):
    __tablename__ = "note_approvals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)  # cursor for the CMS feed
    dictation_id: Mapped[str] = mapped_column(ForeignKey("dictations.id"), unique=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), unique=True)
    case_ref: Mapped[str] = mapped_column(String(128), index=True)
    approved_by: Mapped[str] = mapped_column(String(255))
    role: Mapped[str | None] = mapped_column(String(32))
    comment: Mapped[str | None] = mapped_column(EncryptedText)
    approved_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    version: Mapped[int | None] = mapped_column(Integer)  # the version approved (null: approved before versions)


class NoteVersion(Base):
    __tablename__ = "note_versions"
    __table_args__ = (UniqueConstraint("dictation_id", "number", name="uq_note_versions_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dictation_id: Mapped[str] = mapped_column(ForeignKey("dictations.id"), index=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1 = the machine's draft
    kind: Mapped[str] = mapped_column(String(16))  # machine | edit | amendment
    based_on: Mapped[int | None] = mapped_column(Integer)
    note_json: Mapped[str] = mapped_column(EncryptedText)  # asdict(CaseNote) with its filing
    text: Mapped[str] = mapped_column(EncryptedText)  # the filed text in the council's template
    html: Mapped[str] = mapped_column(EncryptedText)
    redacted_json: Mapped[str] = mapped_column(EncryptedText)
    created_by: Mapped[str] = mapped_column(String(255))
    role: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(EncryptedText)  # why an approved note was amended (may name the child)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


@dataclass
class VersionContent:
    """What a version holds, made by the API from the note (the store knows nothing of notes' insides)."""

    note: dict
    text: str
    html: str
    redacted: dict


class StaleVersionError(Exception):
    """A save based on a version that is no longer the latest."""

    def __init__(self, latest: int):
        super().__init__(f"latest version is {latest}")
        self.latest = latest


class AuditJudgement(Base):
    __tablename__ = "audit_judgements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), index=True)
    auditor: Mapped[str] = mapped_column(String(255))
    child_voice: Mapped[str] = mapped_column(String(16))  # yes | partly | no
    grade: Mapped[str] = mapped_column(String(32))  # outstanding | good | requires_improvement | inadequate
    comment: Mapped[str | None] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


# -- approvals -----------------------------------------------------------------------
def get_approval(session: Session, dictation_id: str) -> Approval | None:
    return session.scalar(select(Approval).where(Approval.dictation_id == dictation_id))


def approvals_for(session: Session, dictation_ids: list[str]) -> dict[str, Approval]:
    if not dictation_ids:
        return {}
    rows = session.scalars(select(Approval).where(Approval.dictation_id.in_(dictation_ids)))
    return {a.dictation_id: a for a in rows}


def approve(
    sessions: sessionmaker,
    note: Note,
    *,
    approved_by: str,
    role: str | None,
    comment: str | None = None,
    webhook: OutboxEvent | None = None,
    version: int | None = None,
    content: VersionContent | None = None,
    approved_at: datetime | None = None,
) -> tuple[Approval, bool]:
    """Record the approval of a finished note. Returns (approval, created); approving twice keeps the first.

    With ``version`` and ``content`` (that version as approved: who and when in its filing), the version is
    frozen and becomes the note the case system reads, in the same transaction as the approval and its webhook."""
    with sessions() as s:
        a = Approval(
            dictation_id=note.dictation_id,
            note_id=note.id,
            case_ref=note.case_ref,
            approved_by=approved_by,
            role=role,
            comment=comment,
            approved_at=approved_at or utcnow(),
            version=version,
        )
        s.add(a)
        if content is not None and version is not None:
            _publish(s, note.dictation_id, content, version=version)
        if webhook is not None:
            s.add(_delivery(note.dictation_id, webhook))
        try:
            s.commit()
            return a, True
        except IntegrityError:
            s.rollback()
    with sessions() as s:
        existing = get_approval(s, note.dictation_id)
        if existing is None:  # pragma: no cover - integrity error for another reason
            raise
        return existing, False


def _publish(s: Session, dictation_id: str, content: VersionContent, *, version: int) -> None:
    """The version becomes what the case system reads; the version row keeps the same (approved) content."""
    fields = dict(note_json=json.dumps(content.note, ensure_ascii=False), text=content.text,
                  redacted_json=json.dumps(content.redacted, ensure_ascii=False))
    s.execute(update(Note).where(Note.dictation_id == dictation_id).values(**fields))
    s.execute(update(NoteVersion).where(NoteVersion.dictation_id == dictation_id, NoteVersion.number == version)
              .values(html=content.html, **fields))


# -- versions ------------------------------------------------------------------------
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
            raise StaleVersionError(latest or 0)
        v = _version(note, base + 1, kind, base, content, created_by=created_by, role=role, reason=reason)
        s.add(v)
        if kind == "amendment":
            s.flush()
            _publish(s, note.dictation_id, content, version=v.number)
        if webhook is not None:
            s.add(_delivery(note.dictation_id, webhook))
        try:
            s.commit()
        except IntegrityError:
            s.rollback()
            with sessions() as s2:
                raise StaleVersionError(get_version(s2, note.dictation_id).number) from None
        return v


def _version(note: Note, number: int, kind: str, based_on: int | None, content: VersionContent, **who) -> NoteVersion:
    return NoteVersion(
        dictation_id=note.dictation_id, note_id=note.id, number=number, kind=kind, based_on=based_on,
        note_json=json.dumps(content.note, ensure_ascii=False), text=content.text, html=content.html,
        redacted_json=json.dumps(content.redacted, ensure_ascii=False), created_at=utcnow(), **who,
    )


def list_approvals(
    session: Session,
    *,
    case_ref: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after_id: int | None = None,
    limit: int = 50,
) -> list[tuple[Approval, Note]]:
    """Approved (final) notes in the order they were approved, for the CMS to pull from a cursor."""
    q = select(Approval, Note).join(Note, Note.id == Approval.note_id)
    q = feed_window(q, Approval, Approval.approved_at, case_ref, since, until, after_id, limit)
    return [(a, n) for a, n in session.execute(q)]


# -- notes for the review pages --------------------------------------------------------
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
    if since:
        q = q.where(Note.created_at >= since)
    if until:
        q = q.where(Note.created_at < until)
    return [tuple(r) for r in session.execute(q.order_by(Note.id.desc()).limit(limit))]


def note_ids(
    session: Session, *, since: datetime | None = None, until: datetime | None = None, approved_only: bool = False
) -> list[int]:
    q = select(Note.id)
    if approved_only:
        q = q.join(Approval, Approval.note_id == Note.id)
    if since:
        q = q.where(Note.created_at >= since)
    if until:
        q = q.where(Note.created_at < until)
    return list(session.scalars(q.order_by(Note.id)))


def notes_with_dictations(session: Session, ids: list[int]) -> list[tuple[Note, Dictation]]:
    if not ids:
        return []
    q = select(Note, Dictation).join(Dictation, Dictation.id == Note.dictation_id).where(Note.id.in_(ids))
    return [tuple(r) for r in session.execute(q.order_by(Note.id))]


# -- audit judgements -------------------------------------------------------------------
def add_audit(
    sessions: sessionmaker, note_id: int, *, auditor: str, child_voice: str, grade: str, comment: str | None
) -> AuditJudgement:
    with sessions() as s:
        a = AuditJudgement(
            note_id=note_id, auditor=auditor, child_voice=child_voice, grade=grade, comment=comment, created_at=utcnow()
        )
        s.add(a)
        s.commit()
        return a


def list_audits(
    session: Session,
    *,
    note_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 1000,
) -> list[AuditJudgement]:
    q = select(AuditJudgement)
    if note_id is not None:
        q = q.where(AuditJudgement.note_id == note_id)
    if since:
        q = q.where(AuditJudgement.created_at >= since)
    if until:
        q = q.where(AuditJudgement.created_at < until)
    return list(session.scalars(q.order_by(AuditJudgement.id).limit(limit)))
