"""The webhook delivery log as the API reads it, and a replay recorded as a new delivery (sent at once by
:func:`service.lifecycle.send_delivery`, else by the webhook sender)."""

from __future__ import annotations

from store import deliveries as delivery_store
from store.models import WebhookDelivery


def list_deliveries(session, *, dictation_id: str | None = None, status: str | None = None,
                    limit: int = 100) -> list[WebhookDelivery]:
    """Deliveries, newest first, each with its attempt log."""
    return delivery_store.list_deliveries(session, dictation_id=dictation_id, status=status, limit=limit)


def get_delivery(session, delivery_id: int) -> WebhookDelivery | None:
    return delivery_store.get_delivery(session, delivery_id)


def replay_delivery(sessions, delivery_id: int, url: str) -> WebhookDelivery | None:
    """A new delivery of the same payload to ``url`` (None when there is no such delivery)."""
    return delivery_store.replay_delivery(sessions, delivery_id, url=url)
