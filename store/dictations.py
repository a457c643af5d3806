"""Dictations: a recording accepted for processing, and its way through the pipeline (queued, running, done,
failed). Each function is one transaction; a ``Session`` argument reads, a ``sessionmaker`` writes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from .deliveries import OutboxEvent, new_delivery
from .models import Dictation, DictationStatus, Note, utcnow
from .session import insert_once

RUNNING = DictationStatus.running()


def get_dictation(session: Session, dictation_id: str) -> Dictation | None:
    return session.get(Dictation, dictation_id)


def find_dictation(session: Session, dictation_id: str | None, idempotency_key: str | None) -> Dictation | None:
    if dictation_id:
        d = session.get(Dictation, dictation_id)
        if d is not None:
            return d
    if idempotency_key:
        return session.scalar(select(Dictation).where(Dictation.idempotency_key == idempotency_key))
    return None


def printable(name: str | None) -> str | None:
    """A client's file name as the database can hold it: control characters (a NUL byte) dropped, 255 at most."""
    name = "".join(ch for ch in (name or "") if ch.isprintable())[:255]
    return name or None


def create_dictation(sessions: sessionmaker, **fields) -> tuple[Dictation, bool]:
    """Insert a queued dictation. Returns (row, created); a concurrent identical insert returns the winner's row."""
    fields["audio_filename"] = printable(fields.get("audio_filename"))

    def add(s: Session) -> Dictation:
        d = Dictation(status=DictationStatus.queued.value, progress=0.0, attempts=0, **fields)
        s.add(d)
        return d

    return insert_once(sessions, add, lambda s: find_dictation(s, fields.get("id"), fields.get("idempotency_key")))


def set_progress(sessions: sessionmaker, dictation_id: str, stage: str, fraction: float) -> None:
    with sessions() as s:
        s.execute(
            update(Dictation)
            .where(Dictation.id == dictation_id, Dictation.status != DictationStatus.done.value)
            .values(status=stage, progress=float(fraction), heartbeat_at=utcnow(), updated_at=utcnow())
        )
        s.commit()


def heartbeat(sessions: sessionmaker, dictation_id: str) -> None:
    with sessions() as s:
        s.execute(
            update(Dictation)
            .where(Dictation.id == dictation_id, Dictation.status.in_(RUNNING))
            .values(heartbeat_at=utcnow())
        )
        s.commit()


def start_processing(sessions: sessionmaker, dictation_id: str, worker: str) -> Dictation | None:
    """Mark a dictation as being processed. None when it is unknown or already has a note."""
    with sessions() as s:
        d = s.get(Dictation, dictation_id)
        if d is None:
            return None
        if d.status == DictationStatus.done.value or s.scalar(select(Note.id).where(Note.dictation_id == dictation_id)):
            if d.status != DictationStatus.done.value:
                d.status, d.progress = DictationStatus.done.value, 1.0
                s.commit()
            return None
        d.status = DictationStatus.transcribing.value
        d.progress = 0.0
        d.attempts = (d.attempts or 0) + 1
        d.worker = worker
        d.heartbeat_at = utcnow()
        d.error = None
        s.commit()
        return d


def mark_failed(
    sessions: sessionmaker, dictation_id: str, reason: str, *, final: bool, webhook: OutboxEvent | None = None
) -> None:
    """Record a failure. ``final`` = no retry is coming; otherwise the dictation goes back to queued."""
    with sessions() as s:
        d = s.get(Dictation, dictation_id)
        if d is None or d.status == DictationStatus.done.value:
            return
        d.error = reason
        if final:
            d.status = DictationStatus.failed.value
            d.finished_at = utcnow()
            if webhook is not None:
                s.add(new_delivery(dictation_id, webhook))
        else:
            d.status = DictationStatus.queued.value
            d.progress = 0.0
        s.commit()


def requeue(sessions: sessionmaker, dictation_id: str) -> Dictation | None:
    """Put a dictation back to queued (retry of a failed one, or reconciler recovery)."""
    with sessions() as s:
        d = s.get(Dictation, dictation_id)
        if d is None or d.status == DictationStatus.done.value:
            return d
        d.status, d.progress, d.heartbeat_at = DictationStatus.queued.value, 0.0, None
        s.commit()
        return d


def unfinished(session: Session, stale_before: datetime) -> tuple[list[str], list[str]]:
    """(queued ids, ids of running dictations whose worker has gone silent since ``stale_before``)."""
    queued = list(
        session.scalars(
            select(Dictation.id).where(Dictation.status == DictationStatus.queued.value).order_by(Dictation.created_at)
        )
    )
    stale = list(
        session.scalars(
            select(Dictation.id)
            .where(
                Dictation.status.in_(RUNNING),
                or_(Dictation.heartbeat_at.is_(None), Dictation.heartbeat_at < stale_before),
            )
            .order_by(Dictation.created_at)
        )
    )
    return queued, stale
