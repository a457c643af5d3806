"""The access log: who read which identified note, when (and who approved or audited it).

    GET /access-log     entries from a cursor; supervisors see everything, QA a view without identifiers

No entry holds note or transcript text. QA only ever sees redacted data, so its view leaves out the
dictation id, the case reference and the reader's name, keeps the note's number (as in /qa/...), and it may
not filter by dictation or case.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel, Field

from service import access_log

from ..deps import MAX_ID, QA, AuditReaderRole, SessionDep


class AccessLogItem(BaseModel):
    id: int = Field(description="Monotonic entry number: pass the last one seen as ?after=")
    at: datetime
    action: str = Field(description="note.json, note.text, note.redacted, review.note, review.audio, note.approve, "
                                    "note.audit, notes.feed, approvals.feed, review.excerpts, photo.read (a photo "
                                    "of direct work); webhook.note.completed and webhook.note.approved when the "
                                    "note was pushed to the case system, webhook.replay (who asked for it to be "
                                    "sent again); legal_hold.place, legal_hold.release; transcription for a clip "
                                    "sent to /v1/audio/transcriptions (no note)")
    subject: str | None = Field(description="The identity provider's subject (sub); null for static API tokens")
    name: str | None = Field(None, description="The reader's name from the token (left out for QA)")
    role: str | None
    via: str = Field(description="oidc, token or open (no sign-in configured); webhook for a push, whose name is the "
                                 "receiving host")
    note_id: int | None
    dictation_id: str | None = Field(None, description="Left out for QA")
    case_ref: str | None = Field(None, description="Left out for QA")


class AccessLogList(BaseModel):
    items: list[AccessLogItem]
    next_after: int | None


router = APIRouter(prefix="/access-log", tags=["access log"])


@router.get("", response_model=AccessLogList, response_model_exclude_unset=True)
def list_access_log(
    session: SessionDep,
    role: AuditReaderRole,
    dictation_id: Annotated[str | None, Query()] = None,
    case_ref: Annotated[str | None, Query()] = None,
    subject: Annotated[str | None, Query(description="One person's reads (their IdP subject)")] = None,
    note_id: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
    since: Annotated[datetime | None, Query(description="At or after (ISO 8601)")] = None,
    until: Annotated[datetime | None, Query(description="Before (ISO 8601)")] = None,
    after: Annotated[int | None, Query(ge=0, le=MAX_ID, description="Cursor: the last entry id already seen")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
):
    """Who read which note and when, oldest first from ``after``."""
    redacted = role == QA
    if redacted and (dictation_id or case_ref):
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail="A QA token sees the access log without identifiers: filter by note_id instead.",
        )
    rows = access_log.list_entries(session, dictation_id=dictation_id, case_ref=case_ref, subject=subject,
                                   note_id=note_id, since=since, until=until, after=after, limit=limit)
    items = []
    for e in rows:
        fields = dict(id=e.id, at=e.at, action=e.action, subject=e.subject, role=e.role, via=e.via, note_id=e.note_id)
        if not redacted:
            fields.update(name=e.name, dictation_id=e.dictation_id, case_ref=e.case_ref)
        items.append(AccessLogItem(**fields))
    return AccessLogList(items=items, next_after=items[-1].id if len(items) == limit else None)
