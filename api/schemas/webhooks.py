from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class AttemptPublic(BaseModel):
    number: int
    at: datetime
    status_code: int | None
    error: str | None
    duration_ms: float


class DeliveryPublic(BaseModel):
    id: int
    dictation_id: str
    event: str
    url: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None = Field(description="The receiver's status code or the kind of network error; never its reply")
    replay_of: int | None
    created_at: datetime
    delivered_at: datetime | None
    attempt_log: list[AttemptPublic] = []


class DeliveryList(BaseModel):
    items: list[DeliveryPublic]


class ReplayRequest(BaseModel):
    url: str | None = Field(None, description="Must be CASENOTE_WEBHOOK_URL if given (anything else is refused, 403)")


def public(d, with_log: bool = True) -> DeliveryPublic:
    return DeliveryPublic(
        id=d.id,
        dictation_id=d.dictation_id,
        event=d.event,
        url=d.url,
        status=d.status,
        attempts=d.attempts,
        next_attempt_at=d.next_attempt_at,
        last_status_code=d.last_status_code,
        last_error=d.last_error,
        replay_of=d.replay_of,
        created_at=d.created_at,
        delivered_at=d.delivered_at,
        attempt_log=[
            AttemptPublic(number=a.number, at=a.at, status_code=a.status_code, error=a.error, duration_ms=a.duration_ms)
            for a in (d.attempt_log if with_log else [])
        ],
    )
