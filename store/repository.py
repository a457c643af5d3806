"""Repository functions: every read and write the API and worker make, each in one transaction.

Functions take a ``Session`` (or a ``sessionmaker`` when they own the transaction) and return
ORM rows or plain values. None of them knows about HTTP or queues.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from . import access_log
from .access_log import AccessLogEntry
from .models import DeliveryAttempt, Dictation, DictationStatus, Note, Upload, WebhookDelivery, utcnow

RUNNING = DictationStatus.running()


# -- dictations ------------------------------------------------------------------
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
    with sessions() as s:
        d = Dictation(status=DictationStatus.queued.value, progress=0.0, attempts=0, **fields)
        s.add(d)
        try:
            s.commit()
            return d, True
        except IntegrityError:
            s.rollback()
    with sessions() as s:
        existing = find_dictation(s, fields.get("id"), fields.get("idempotency_key"))
        if existing is None:  # pragma: no cover - integrity error for another reason
            raise
        return existing, False


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


@dataclass
class OutboxEvent:
    url: str
    event: str
    payload: dict


def save_note(
    sessions: sessionmaker,
    dictation_id: str,
    note: dict,
    text: str,
    redacted: dict,
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
                redacted_json=json.dumps(redacted, ensure_ascii=False),
                created_at=now,
            )
        )
        d.status, d.progress, d.error, d.finished_at = DictationStatus.done.value, 1.0, None, now
        if webhook is not None:
            s.add(_delivery(dictation_id, webhook))
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
                s.add(_delivery(dictation_id, webhook))
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


# -- notes ------------------------------------------------------------------------
def get_note(session: Session, dictation_id: str) -> Note | None:
    return session.scalar(select(Note).where(Note.dictation_id == dictation_id))


def list_notes(
    session: Session,
    *,
    case_ref: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after_id: int | None = None,
    limit: int = 50,
) -> list[Note]:
    """Notes in the order they were finished (``id`` is monotonic), for the CMS to pull from a cursor."""
    q = feed_window(select(Note), Note, Note.created_at, case_ref, since, until, after_id, limit)
    return list(session.scalars(q))


def feed_window(q, table, when, case_ref, since, until, after_id, limit):
    """Filter a CMS feed query by case and time, and page it from a cursor on the table's monotonic ``id``."""
    if case_ref:
        q = q.where(table.case_ref == case_ref)
    if since:
        q = q.where(when >= since)
    if until:
        q = q.where(when < until)
    if after_id is not None:
        q = q.where(table.id > after_id)
    return q.order_by(table.id).limit(limit)


# -- resumable uploads -------------------------------------------------------------
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
    fields["filename"] = printable(fields.get("filename"))
    with sessions() as s:
        u = Upload(completed=False, **fields)
        s.add(u)
        try:
            s.commit()
            return u, True
        except IntegrityError:
            s.rollback()
    with sessions() as s:
        existing = find_upload(s, fields.get("dictation_id"), fields.get("idempotency_key"))
        if existing is None:  # pragma: no cover
            raise
        return existing, False


def finish_upload(sessions: sessionmaker, upload_id: str, error: str | None = None) -> None:
    with sessions() as s:
        s.execute(update(Upload).where(Upload.id == upload_id).values(completed=error is None, error=error))
        s.commit()


# -- webhook deliveries --------------------------------------------------------------
def _delivery(dictation_id: str, ev: OutboxEvent, replay_of: int | None = None) -> WebhookDelivery:
    return WebhookDelivery(
        dictation_id=dictation_id,
        event=ev.event,
        url=ev.url,
        payload=json.dumps(ev.payload, ensure_ascii=False, separators=(",", ":")),
        status="pending",
        attempts=0,
        next_attempt_at=utcnow(),
        replay_of=replay_of,
    )


def claim_due_deliveries(sessions: sessionmaker, lease_s: float, limit: int = 20) -> list[WebhookDelivery]:
    """Deliveries due now, each leased to the caller by pushing ``next_attempt_at`` ahead atomically,
    so several processes polling together never send the same attempt twice."""
    now = utcnow()
    claimed: list[WebhookDelivery] = []
    with sessions() as s:
        ids = list(
            s.scalars(
                select(WebhookDelivery.id)
                .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
                .order_by(WebhookDelivery.next_attempt_at)
                .limit(limit)
            )
        )
        for did in ids:
            res = s.execute(
                update(WebhookDelivery)
                .where(
                    WebhookDelivery.id == did,
                    WebhookDelivery.status == "pending",
                    WebhookDelivery.next_attempt_at <= now,
                )
                .values(next_attempt_at=now + timedelta(seconds=lease_s))
            )
            s.commit()
            if res.rowcount == 1:
                claimed.append(s.get(WebhookDelivery, did))
    return claimed


def claim_delivery(sessions: sessionmaker, delivery_id: int, lease_s: float) -> WebhookDelivery | None:
    now = utcnow()
    with sessions() as s:
        res = s.execute(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.id == delivery_id,
                WebhookDelivery.status == "pending",
                WebhookDelivery.next_attempt_at <= now,
            )
            .values(next_attempt_at=now + timedelta(seconds=lease_s))
        )
        s.commit()
        return s.get(WebhookDelivery, delivery_id) if res.rowcount == 1 else None


def record_attempt(
    sessions: sessionmaker,
    delivery_id: int,
    *,
    ok: bool,
    status_code: int | None,
    error: str | None,
    duration_ms: float,
    max_attempts: int,
    backoff_s: float,
) -> WebhookDelivery:
    with sessions() as s:
        d = s.get(WebhookDelivery, delivery_id)
        d.attempts += 1
        s.add(
            DeliveryAttempt(
                delivery_id=delivery_id, number=d.attempts, status_code=status_code, error=error, duration_ms=duration_ms
            )
        )
        d.last_status_code, d.last_error = status_code, error
        now = utcnow()
        if ok:
            d.status, d.delivered_at, d.next_attempt_at = "delivered", now, None
            if _carries_note(d.payload):
                s.add(_delivery_log_entry(s, d, now))
        elif d.attempts >= max_attempts:
            d.status, d.next_attempt_at = "failed", None
        else:
            d.next_attempt_at = now + timedelta(seconds=backoff_s * (2 ** (d.attempts - 1)))
        s.commit()
        return d


def _carries_note(payload: str) -> bool:
    try:
        return "note" in json.loads(payload)
    except ValueError:
        return False


def _delivery_log_entry(session: Session, d: WebhookDelivery, at: datetime) -> AccessLogEntry:
    """The access-log entry for an identified note pushed to the case system: who received it is the endpoint."""
    return access_log.new_entry(
        session, action=f"webhook.{d.event}", dictation_id=d.dictation_id, name=urlsplit(d.url).netloc or d.url[:255],
        role="case-system", via="webhook", at=at,
    )


def list_deliveries(
    session: Session, *, dictation_id: str | None = None, status: str | None = None, limit: int = 100
) -> list[WebhookDelivery]:
    q = select(WebhookDelivery).options(selectinload(WebhookDelivery.attempt_log))
    if dictation_id:
        q = q.where(WebhookDelivery.dictation_id == dictation_id)
    if status:
        q = q.where(WebhookDelivery.status == status)
    return list(session.scalars(q.order_by(WebhookDelivery.id.desc()).limit(limit)))


def get_delivery(session: Session, delivery_id: int) -> WebhookDelivery | None:
    return session.scalar(
        select(WebhookDelivery)
        .options(selectinload(WebhookDelivery.attempt_log))
        .where(WebhookDelivery.id == delivery_id)
    )


def replay_delivery(sessions: sessionmaker, delivery_id: int, url: str) -> WebhookDelivery | None:
    """A new pending delivery of the same payload to ``url`` (the configured webhook URL), signed afresh when sent."""
    with sessions() as s:
        old = s.get(WebhookDelivery, delivery_id)
        if old is None:
            return None
        new = _delivery(old.dictation_id, OutboxEvent(url, old.event, json.loads(old.payload)), old.id)
        s.add(new)
        s.commit()
        return new
