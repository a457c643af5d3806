"""The practitioner's editor: versions of a note.

    GET  /review/notes/{dictation_id}/draft     the latest version for the editor: sentences under headings,
                                                marks, evidence answers with the machine's suggestions, passages
    PUT  /review/notes/{dictation_id}/draft     save an edit as a new version (409 if based on an old one)
    POST /review/notes/{dictation_id}/amendments          after approval: a new version with a reason
    GET  /review/notes/{dictation_id}/versions  every version: who, when, what kind
    GET  /review/notes/{dictation_id}/versions/{n}        one version: filed text, HTML, the note
    GET  /review/notes/{dictation_id}/compare?a=&b=       two versions' filed text, as a diff

The machine's draft is version 1 (recorded the first time anyone asks); approval (``review.approve_note``) freezes
the latest. Versions are :mod:`service.versions`' (the filing itself is ``transcribe.filing``'s); this module only
adapts them to HTTP.
"""

from __future__ import annotations

import difflib
import json
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from service import approvals, versions
from service.versions import Edit, EditedSentence

from ..deps import CurrentPrincipal, LogNoteRead, actor_name, ReviewerRole, RuntimeDep, record_access
from ..schemas.review import (
    AmendmentSave,
    DraftPublic,
    DraftSave,
    VersionCompare,
    VersionList,
    VersionPublic,
    VersionSummary,
)
from .notes import note_or_error

router = APIRouter(prefix="/review", tags=["review"])


@router.get("/notes/{dictation_id}/draft", response_model=DraftPublic, responses={404: {}, 409: {}},
            dependencies=[LogNoteRead])
def get_draft(dictation_id: str, rt: RuntimeDep, _: ReviewerRole):
    """The latest version for the editor: each sentence once under its heading (with where it was said and where
    the machine would file it), the child's voice and wishes-and-feelings marks, the evidence answers beside the
    machine's suggestion and reason, and the unclear passages still in the text with whether each was listened to."""
    note, saved = note_versions(rt, dictation_id)
    return draft_public(versions.draft(rt, note, saved))


@router.put("/notes/{dictation_id}/draft", response_model=DraftPublic, status_code=status.HTTP_201_CREATED,
            responses={404: {}, 409: {"description": "Based on an old version, or already approved"}, 422: {}})
def save_draft(dictation_id: str, body: DraftSave, rt: RuntimeDep, role: ReviewerRole, principal: CurrentPrincipal):
    """Save the practitioner's edit as a new version. Redaction and tagging run again on the edited text (a name
    typed in is redacted like any other). ``base_version`` must be the latest version: if someone saved a newer
    one, nothing is saved and the answer is 409. An approved note is changed only by an amendment."""
    note, saved = note_versions(rt, dictation_id)
    with rt.sessions() as s:
        if approvals.get_approval(s, dictation_id) is not None:
            raise HTTPException(status_code=409, detail="This note is approved and final. To change it, send an "
                                f"amendment with a reason: POST /review/notes/{dictation_id}/amendments.")
    who = actor_name(principal, body.edited_by or role or "practitioner")
    versions.save_edit(rt, note, saved, _edit(body), by=who, role=role)
    record_access(rt.sessions, principal, "note.edit", dictation_id=dictation_id, note_id=note.id)
    return draft_public(versions.draft(rt, note, versions.versions_of(rt, note)))


@router.post("/notes/{dictation_id}/amendments", response_model=DraftPublic, status_code=status.HTTP_201_CREATED,
             responses={404: {}, 409: {"description": "Not approved yet, or based on an old version"}, 422: {}})
def amend_note(dictation_id: str, body: AmendmentSave, rt: RuntimeDep, role: ReviewerRole,
               principal: CurrentPrincipal):
    """Amend an approved note: a new version with the reason, at once what the case system reads, and sent to it as
    a signed ``note.amended`` webhook. The approved version stays readable in ``/versions``."""
    note, saved = note_versions(rt, dictation_id)
    with rt.sessions() as s:
        if approvals.get_approval(s, dictation_id) is None:
            raise HTTPException(status_code=409, detail="This note is not approved yet: save your changes with "
                                f"PUT /review/notes/{dictation_id}/draft, then approve it.")
    who = actor_name(principal, body.edited_by or role or "practitioner")
    versions.save_amendment(rt, note, saved, _edit(body), by=who, role=role, reason=body.reason.strip())
    record_access(rt.sessions, principal, "note.amend", dictation_id=dictation_id, note_id=note.id)
    return draft_public(versions.draft(rt, note, versions.versions_of(rt, note)))


@router.get("/notes/{dictation_id}/versions", response_model=VersionList, responses={404: {}, 409: {}})
def list_note_versions(dictation_id: str, rt: RuntimeDep, _: ReviewerRole):
    """Every version of the note, oldest first: 1 is the machine's draft; who saved each and when."""
    _note, saved = note_versions(rt, dictation_id)
    approved = versions.approved_version(rt.sessions, dictation_id)
    return VersionList(items=[version_summary(v, approved) for v in saved], latest=saved[-1].number,
                       approved_version=approved)


@router.get("/notes/{dictation_id}/versions/{number}", response_model=VersionPublic, responses={404: {}, 409: {}},
            dependencies=[LogNoteRead])
def get_note_version(dictation_id: str, number: int, rt: RuntimeDep, _: ReviewerRole):
    """One version: its filed text (plain and HTML) and the structured note."""
    v = _version_or_404(rt, dictation_id, number)
    return VersionPublic(**version_summary(v, versions.approved_version(rt.sessions, dictation_id)).model_dump(),
                         text=v.text, html=v.html, note=json.loads(v.note_json))


@router.get("/notes/{dictation_id}/compare", response_model=VersionCompare, responses={404: {}, 409: {}},
            dependencies=[LogNoteRead])
def compare_versions(dictation_id: str, rt: RuntimeDep, _: ReviewerRole,
                     a: Annotated[int, Query(ge=1)], b: Annotated[int, Query(ge=1)]):
    """Two versions' filed text compared line by line (unified diff: '-' only in a, '+' only in b)."""
    va, vb = _version_or_404(rt, dictation_id, a), _version_or_404(rt, dictation_id, b)
    diff = difflib.unified_diff(va.text.splitlines(), vb.text.splitlines(), f"version {a}", f"version {b}", lineterm="")
    return VersionCompare(a=a, b=b, diff=list(diff))


# -- helpers (approval in review.py uses the first two) -------------------------------------------
def note_versions(rt, dictation_id: str):
    """The finished note's row (else 404 / 409) and its versions, oldest first."""
    with rt.sessions() as s:
        note = note_or_error(s, dictation_id)
    return note, versions.versions_of(rt, note)


def version_summary(v, approved: int | None) -> VersionSummary:
    return VersionSummary(number=v.number, kind=v.kind, based_on=v.based_on, created_by=v.created_by,
                          created_at=v.created_at, reason=v.reason, approved=v.number == approved)


def _version_or_404(rt, dictation_id: str, number: int):
    note_versions(rt, dictation_id)
    v = versions.get_version(rt.sessions, dictation_id, number)
    if v is None:
        raise HTTPException(status_code=404, detail=f"Note {dictation_id} has no version {number}; "
                            f"GET /review/notes/{dictation_id}/versions lists them.")
    return v


def _edit(body: DraftSave) -> Edit:
    return Edit(base_version=body.base_version, evidence=body.evidence.model_dump(), checked=body.checked,
                sentences=[EditedSentence(text=s.text, heading=s.heading, child_voice=s.child_voice,
                                          wishes_feelings=s.wishes_feelings, origin=s.origin) for s in body.sentences])


def draft_public(d) -> DraftPublic:
    items = d.passages
    return DraftPublic(
        dictation_id=d.dictation_id, version=version_summary(d.latest, d.approved_version),
        status="approved" if d.approved_version is not None else "draft",
        speech_detected=d.speech_detected, template=d.template,
        sentences=d.sentences, evidence=d.evidence,
        suggestions=d.suggestions, passages=items, unchecked=sum(1 for p in items if not p["checked"]),
        text=d.text, html=d.html,
    )
