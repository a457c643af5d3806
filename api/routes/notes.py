"""Finished notes: JSON (the structured note contract), readable text, the redacted variant, and a pull feed."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import PlainTextResponse

from service import dictations, notes
from service.redacted import redacted_note

from ..deps import MAX_ID, CurrentPrincipal, RuntimeDep, SessionDep, record_notes_access
from ..schemas.notes import NoteItem, NoteList

router = APIRouter(prefix="/notes", tags=["notes"])


def note_or_error(session, dictation_id: str):
    """The finished note, else 404 (unknown id) or 409 (failed or not finished yet) saying what to do."""
    note = notes.get_note(session, dictation_id)
    if note is not None:
        return note
    d = dictations.get_dictation(session, dictation_id)
    if d is None:
        raise HTTPException(status_code=404, detail=f"No dictation {dictation_id}. Check the id returned by the upload.")
    if d.status == "failed":
        raise HTTPException(status_code=409, detail=f"Dictation {dictation_id} failed: {d.error}")
    raise HTTPException(
        status_code=409,
        detail=f"Dictation {dictation_id} is not finished yet ({d.status}). Poll /dictations/{dictation_id}.",
    )


def _links(dictation_id: str) -> dict[str, str]:
    return {
        "self": f"/notes/{dictation_id}",
        "text": f"/notes/{dictation_id}/text",
        "redacted": f"/notes/{dictation_id}/redacted",
        "dictation": f"/dictations/{dictation_id}",
    }


@router.get("", response_model=NoteList)
def list_notes(
    session: SessionDep,
    rt: RuntimeDep,
    principal: CurrentPrincipal,
    case_ref: Annotated[str | None, Query(description="Only notes for this case")] = None,
    since: Annotated[datetime | None, Query(description="Finished at or after (ISO 8601)")] = None,
    until: Annotated[datetime | None, Query(description="Finished before (ISO 8601)")] = None,
    after: Annotated[int | None, Query(ge=0, le=MAX_ID, description="Cursor: the last note id already seen")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    include: Annotated[Literal["note", "summary"], Query()] = "note",
):
    """Notes in the order they were finished. A case management system polls with ``after`` = the last ``id`` it stored.

    With ``include=note`` each note in the page is a read of an identified note, and the access log gets one
    ``notes.feed`` entry per note (written before the page is served); ``include=summary`` holds no note
    content and is not logged."""
    page = notes.list_notes(session, case_ref=case_ref, since=since, until=until, after=after, limit=limit)
    items = [
        NoteItem(
            id=n.id,
            dictation_id=n.dictation_id,
            case_ref=n.case_ref,
            created_at=n.created_at,
            links=_links(n.dictation_id),
            note=json.loads(n.note_json) if include == "note" else None,
        )
        for n in page
    ]
    if include == "note":
        record_notes_access(rt.sessions, principal, "notes.feed", [(n.dictation_id, n.id, n.case_ref) for n in page])
    return NoteList(items=items, next_after=items[-1].id if len(items) == limit else None)


@router.get(
    "/{dictation_id}",
    response_model=dict[str, Any],
    responses={404: {"description": "Unknown dictation"}, 409: {"description": "Not finished (or failed)"}},
)
def get_note(dictation_id: str, session: SessionDep):
    """The structured note (transcript, redactions, tags, doubts), as ``dataclasses.asdict(CaseNote)``."""
    return json.loads(note_or_error(session, dictation_id).note_json)


@router.get("/{dictation_id}/text", response_class=PlainTextResponse, responses={404: {}, 409: {}})
def get_note_text(dictation_id: str, session: SessionDep):
    """The note as readable text, for pasting into a case record."""
    return PlainTextResponse(note_or_error(session, dictation_id).text)


@router.get("/{dictation_id}/redacted", response_model=dict[str, Any], responses={404: {}, 409: {}})
def get_note_redacted(dictation_id: str, session: SessionDep):
    """The redacted variant, for sharing beyond the case (``service.redacted``: made afresh, never stale)."""
    return redacted_note(note_or_error(session, dictation_id), dictations.get_dictation(session, dictation_id))
