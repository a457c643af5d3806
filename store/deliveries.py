"""Webhook deliveries: the outbox. An event is written in the same transaction as what it announces (a note, an
approval, a failure), then sent, retried with backoff and logged attempt by attempt (:mod:`worker.webhooks`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from . import access_log
from .models import AccessLogEntry, DeliveryAttempt, WebhookDelivery, utcnow


@dataclass
class OutboxEvent:
    url: str
    event: str
    payload: dict


def new_delivery(dictation_id: str, ev: OutboxEvent, replay_of: int | None = None) -> WebhookDelivery:
    """A pending delivery of ``ev``, to be added to the transaction that records what it announces."""
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
    receiver = access_log.Reader(name=urlsplit(d.url).netloc or d.url[:255], role="case-system", via="webhook")
    return access_log.new_entry(session, receiver, f"webhook.{d.event}", dictation_id=d.dictation_id, at=at)


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
        new = new_delivery(old.dictation_id, OutboxEvent(url, old.event, json.loads(old.payload)), old.id)
        s.add(new)
        s.commit()
        return new
