"""Review tables: a practitioner's approval of a note, and QA audit judgements. Plus their repository functions.

An approval is what makes a note final: one per dictation, recorded with who and when, never changed
afterwards. Approving queues a signed ``note.approved`` webhook in the same transaction (when webhooks
are configured), so the case management system hears about it exactly once.
Audit judgements are keyed by the note's number only: QA never needs, and never sees, the case.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from .crypto import EncryptedText
from .models import Base, Dictation, Note, UTCDateTime, WebhookDelivery, utcnow
from .repository import OutboxEvent, feed_window


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
) -> tuple[Approval, bool]:
    """Record the approval of a finished note. Returns (approval, created); approving twice keeps the first."""
    with sessions() as s:
        a = Approval(
            dictation_id=note.dictation_id,
            note_id=note.id,
            case_ref=note.case_ref,
            approved_by=approved_by,
            role=role,
            comment=comment,
            approved_at=utcnow(),
        )
        s.add(a)
        if webhook is not None:
            s.add(
                WebhookDelivery(
                    dictation_id=note.dictation_id,
                    event=webhook.event,
                    url=webhook.url,
                    payload=json.dumps(webhook.payload, ensure_ascii=False, separators=(",", ":")),
                    status="pending",
                    attempts=0,
                    next_attempt_at=utcnow(),
                )
            )
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
