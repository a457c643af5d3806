"""Approvals and QA's audit judgements.

An approval is what makes a note final: one per dictation, recorded with who and when, never changed
afterwards. Approving freezes a version (it becomes the note the case system reads) and queues a signed
``note.approved`` webhook in the same transaction (when webhooks are configured), so the case management
system hears about it exactly once. Audit judgements are keyed by the note's number only: QA never needs,
and never sees, the case.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .deliveries import OutboxEvent, new_delivery
from .models import Approval, AuditJudgement, Note, utcnow
from .feeds import FeedWindow, in_period
from .notes import VersionContent, publish_version
from .session import insert_once


# -- approvals ---------------------------------------------------------------------------------------------------
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

    def add(s: Session) -> Approval:
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
            publish_version(s, note.dictation_id, content, version=version)
        if webhook is not None:
            s.add(new_delivery(note.dictation_id, webhook))
        return a

    return insert_once(sessions, add, lambda s: get_approval(s, note.dictation_id))


def list_approvals(session: Session, window: FeedWindow = FeedWindow()) -> list[tuple[Approval, Note]]:
    """Approved (final) notes in the order they were approved, for the CMS to pull from a cursor."""
    q = select(Approval, Note).join(Note, Note.id == Approval.note_id)
    return [(a, n) for a, n in session.execute(window.apply(q, Approval, Approval.approved_at))]


# -- audit judgements -------------------------------------------------------------------------------------
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
    q = in_period(q, AuditJudgement.created_at, since, until)
    return list(session.scalars(q.order_by(AuditJudgement.id).limit(limit)))
