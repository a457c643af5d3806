"""Signed webhooks: HMAC-SHA256 over ``<timestamp>.<body>``, retried with exponential backoff.

Headers sent with each POST::

    Casenote-Timestamp: 1732280000               (Unix seconds, part of what is signed)
    Casenote-Signature: v1=<hex hmac_sha256(secret, f"{timestamp}.{body}")>
    Casenote-Delivery: 42                         (delivery id; the same for every retry of it)
    Casenote-Event: note.completed

A receiver recomputes the HMAC over the raw body, compares in constant time and rejects
timestamps older than a few minutes (replay protection); :func:`verify_signature` does this.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time

import httpx
from sqlalchemy.orm import sessionmaker

from store import deliveries as delivery_store
from store.models import WebhookDelivery

log = logging.getLogger(__name__)

TIMESTAMP_HEADER = "Casenote-Timestamp"
SIGNATURE_HEADER = "Casenote-Signature"
DELIVERY_HEADER = "Casenote-Delivery"
EVENT_HEADER = "Casenote-Event"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def verify_signature(secret: str, timestamp: str, body: bytes, signature: str, tolerance_s: int = 300) -> bool:
    try:
        ts = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs(time.time() - ts) > tolerance_s:
        return False
    expected = sign(secret, ts, body)
    return any(hmac.compare_digest(expected, s.strip()) for s in signature.split(","))


def send(delivery: WebhookDelivery, secret: str, timeout_s: float) -> tuple[bool, int | None, str | None, float]:
    """One attempt. Returns (ok, status code, error, duration ms). Any 2xx is success."""
    body = delivery.payload.encode()
    ts = int(time.time())
    headers = {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: str(ts),
        SIGNATURE_HEADER: sign(secret, ts, body),
        DELIVERY_HEADER: str(delivery.id),
        EVENT_HEADER: delivery.event,
        "User-Agent": "casenote-webhook/1",
    }
    t0 = time.perf_counter()
    try:
        # no redirects: a receiver cannot send the note on to somewhere else
        r = httpx.post(delivery.url, content=body, headers=headers, timeout=timeout_s, follow_redirects=False)
    except httpx.HTTPError as exc:  # the kind of failure only: its text names hosts and addresses
        return False, None, type(exc).__name__, (time.perf_counter() - t0) * 1000
    ms = (time.perf_counter() - t0) * 1000
    if 200 <= r.status_code < 300:
        return True, r.status_code, None, ms
    return False, r.status_code, f"receiver answered {r.status_code}", ms  # never its body


def attempt(sessions: sessionmaker, delivery: WebhookDelivery, settings) -> WebhookDelivery:
    """One attempt, recorded. A delivery to anywhere but the configured CASENOTE_WEBHOOK_URL (an https URL, or http
    to the loopback, checked when the settings are read) is not sent: it fails at once, and can be replayed to the
    configured URL."""
    max_attempts = settings.webhook_max_attempts
    if delivery.url != settings.webhook_url:
        ok, code, err, ms, max_attempts = False, None, "not sent: not the configured CASENOTE_WEBHOOK_URL", 0.0, 0
    else:
        ok, code, err, ms = send(delivery, settings.webhook_secret or "", settings.webhook_timeout_s)
    if not ok:
        log.warning("webhook delivery %s attempt failed: %s", delivery.id, err)
    return delivery_store.record_attempt(
        sessions,
        delivery.id,
        ok=ok,
        status_code=code,
        error=err,
        duration_ms=ms,
        max_attempts=max_attempts,
        backoff_s=settings.webhook_backoff_s,
    )


def deliver_due(sessions: sessionmaker, settings) -> int:
    """Send every delivery that is due (first tries and retries). Returns how many were attempted."""
    lease = settings.webhook_timeout_s + 30
    n = 0
    for d in delivery_store.claim_due_deliveries(sessions, lease):
        attempt(sessions, d, settings)
        n += 1
    return n


def deliver_now(sessions: sessionmaker, settings, dictation_id: str) -> None:
    """Best-effort first attempt right after a note is saved; the poller retries whatever fails."""
    with sessions() as s:
        ids = [d.id for d in delivery_store.list_deliveries(s, dictation_id=dictation_id, status="pending")]
    for did in ids:
        d = delivery_store.claim_delivery(sessions, did, settings.webhook_timeout_s + 30)
        if d is not None:
            attempt(sessions, d, settings)
