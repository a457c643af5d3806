"""The practitioner's editor: versions of a note.

    GET  /review/notes/{dictation_id}/draft     the latest version for the editor: sentences under headings,
                                                marks, evidence answers with the machine's suggestions, passages
    PUT  /review/notes/{dictation_id}/draft     save an edit as a new version (409 if based on an old one)
    POST /review/notes/{dictation_id}/amendments          after approval: a new version with a reason
    GET  /review/notes/{dictation_id}/versions  every version: who, when, what kind
    GET  /review/notes/{dictation_id}/versions/{n}        one version: filed text, HTML, the note
    GET  /review/notes/{dictation_id}/compare?a=&b=       two versions' filed text, as a diff

The machine's draft is version 1 (recorded the first time anyone asks); approval (``review.approve_note``) freezes
the latest. The note's filing, templates, passages and re-running redaction and tagging live in
``transcribe.filing``; this module only adapts them to HTTP and the store.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import asdict, replace
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import TypeAdapter

from store import approvals as approval_store
from store import dictations as dictation_store
from store import notes as note_store
from store.deliveries import OutboxEvent
from store.models import utcnow
from store.notes import VersionContent
from transcribe.errors import CasenoteError

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
    note, versions = note_versions(rt, dictation_id)
    return _draft(rt, note, versions)


@router.put("/notes/{dictation_id}/draft", response_model=DraftPublic, status_code=status.HTTP_201_CREATED,
            responses={404: {}, 409: {"description": "Based on an old version, or already approved"}, 422: {}})
def save_draft(dictation_id: str, body: DraftSave, rt: RuntimeDep, role: ReviewerRole, principal: CurrentPrincipal):
    """Save the practitioner's edit as a new version. Redaction and tagging run again on the edited text (a name
    typed in is redacted like any other). ``base_version`` must be the latest version: if someone saved a newer
    one, nothing is saved and the answer is 409. An approved note is changed only by an amendment."""
    note, versions = note_versions(rt, dictation_id)
    with rt.sessions() as s:
        if approval_store.get_approval(s, dictation_id) is not None:
            raise HTTPException(status_code=409, detail="This note is approved and final. To change it, send an "
                                f"amendment with a reason: POST /review/notes/{dictation_id}/amendments.")
    revised = _revise(rt, note, versions, body)
    who = actor_name(principal, body.edited_by or role or "practitioner")
    _save(rt, note, revised, body.base_version, kind="edit", created_by=who, role=role)
    record_access(rt.sessions, principal, "note.edit", dictation_id=dictation_id, note_id=note.id)
    return _draft(rt, note, note_versions(rt, dictation_id)[1])


@router.post("/notes/{dictation_id}/amendments", response_model=DraftPublic, status_code=status.HTTP_201_CREATED,
             responses={404: {}, 409: {"description": "Not approved yet, or based on an old version"}, 422: {}})
def amend_note(dictation_id: str, body: AmendmentSave, rt: RuntimeDep, role: ReviewerRole,
               principal: CurrentPrincipal):
    """Amend an approved note: a new version with the reason, at once what the case system reads, and sent to it as
    a signed ``note.amended`` webhook. The approved version stays readable in ``/versions``."""
    note, versions = note_versions(rt, dictation_id)
    with rt.sessions() as s:
        if approval_store.get_approval(s, dictation_id) is None:
            raise HTTPException(status_code=409, detail="This note is not approved yet: save your changes with "
                                f"PUT /review/notes/{dictation_id}/draft, then approve it.")
    revised = _revise(rt, note, versions, body)
    who = actor_name(principal, body.edited_by or role or "practitioner")
    revised.filed = replace(revised.filed, approved_by=who, approved_at=utcnow().isoformat(timespec="seconds"),
                            amendment_reason=body.reason.strip())
    _save(rt, note, revised, body.base_version, kind="amendment", created_by=who, role=role, reason=body.reason.strip())
    record_access(rt.sessions, principal, "note.amend", dictation_id=dictation_id, note_id=note.id)
    return _draft(rt, note, note_versions(rt, dictation_id)[1])


@router.get("/notes/{dictation_id}/versions", response_model=VersionList, responses={404: {}, 409: {}})
def list_note_versions(dictation_id: str, rt: RuntimeDep, _: ReviewerRole):
    """Every version of the note, oldest first: 1 is the machine's draft; who saved each and when."""
    _note, versions = note_versions(rt, dictation_id)
    approved = _approved_version(rt, dictation_id)
    return VersionList(items=[_version_summary(v, approved) for v in versions], latest=versions[-1].number,
                       approved_version=approved)


@router.get("/notes/{dictation_id}/versions/{number}", response_model=VersionPublic, responses={404: {}, 409: {}},
            dependencies=[LogNoteRead])
def get_note_version(dictation_id: str, number: int, rt: RuntimeDep, _: ReviewerRole):
    """One version: its filed text (plain and HTML) and the structured note."""
    v = _version_or_404(rt, dictation_id, number)
    return VersionPublic(**_version_summary(v, _approved_version(rt, dictation_id)).model_dump(), text=v.text,
                         html=v.html, note=json.loads(v.note_json))


@router.get("/notes/{dictation_id}/compare", response_model=VersionCompare, responses={404: {}, 409: {}},
            dependencies=[LogNoteRead])
def compare_versions(dictation_id: str, rt: RuntimeDep, _: ReviewerRole,
                     a: Annotated[int, Query(ge=1)], b: Annotated[int, Query(ge=1)]):
    """Two versions' filed text compared line by line (unified diff: '-' only in a, '+' only in b)."""
    va, vb = _version_or_404(rt, dictation_id, a), _version_or_404(rt, dictation_id, b)
    diff = difflib.unified_diff(va.text.splitlines(), vb.text.splitlines(), f"version {a}", f"version {b}", lineterm="")
    return VersionCompare(a=a, b=b, diff=list(diff))


# -- helpers (approval in review.py uses the first five) ----------------------------------------
@lru_cache(maxsize=1)
def _case_note_adapter() -> TypeAdapter:
    from transcribe.note import CaseNote

    return TypeAdapter(CaseNote)


def case_note(data: dict):
    """The stored note (``asdict(CaseNote)``) back as the dataclass that ``redacted_view`` takes."""
    return _case_note_adapter().validate_python(data)


@lru_cache(maxsize=8)
def _load_template(name: str):
    from transcribe.filing import load_template

    return load_template(name)


def note_template(rt):
    """The council's note template (CASENOTE_NOTE_TEMPLATE), read once per process."""
    try:
        return _load_template(rt.settings.note_template)
    except CasenoteError as exc:
        raise HTTPException(status_code=500, detail=str(exc)) from exc


def version_content(note, template) -> VersionContent:
    from transcribe.filing import render_filed_html, render_filed_text

    return VersionContent(asdict(note), render_filed_text(note, template), render_filed_html(note, template))


def note_versions(rt, dictation_id: str):
    """The finished note's row and its versions, oldest first; version 1 (the machine's filing) is recorded the
    first time anyone asks."""
    with rt.sessions() as s:
        note = note_or_error(s, dictation_id)
        versions = note_store.list_versions(s, dictation_id)
    if not versions:
        from transcribe.filing import draft_filing

        machine = case_note(json.loads(note.note_json))
        machine.filed = draft_filing(machine, note_template(rt))
        note_store.add_first_version(rt.sessions, note, version_content(machine, note_template(rt)))
        with rt.sessions() as s:
            versions = note_store.list_versions(s, dictation_id)
    return note, versions


def _version_or_404(rt, dictation_id: str, number: int):
    note_versions(rt, dictation_id)
    with rt.sessions() as s:
        v = note_store.get_version(s, dictation_id, number)
    if v is None:
        raise HTTPException(status_code=404, detail=f"Note {dictation_id} has no version {number}; "
                            f"GET /review/notes/{dictation_id}/versions lists them.")
    return v


def _approved_version(rt, dictation_id: str) -> int | None:
    with rt.sessions() as s:
        a = approval_store.get_approval(s, dictation_id)
    return (a.version or 1) if a is not None else None


def _version_summary(v, approved: int | None) -> VersionSummary:
    return VersionSummary(number=v.number, kind=v.kind, based_on=v.based_on, created_by=v.created_by,
                          created_at=v.created_at, reason=v.reason, approved=v.number == approved)


def _case_context(rt, dictation_id: str):
    from transcribe.context import CaseContext, parse_context

    with rt.sessions() as s:
        d = dictation_store.get_dictation(s, dictation_id)
    try:
        return parse_context(d.context_json) if d is not None and d.context_json else CaseContext()
    except CasenoteError:
        return CaseContext()


def _revise(rt, note, versions, body):
    """The edit as a new note: sentences keep the audio times of the machine sentence they came from; redaction
    and tagging run again on the edited text."""
    from transcribe.filing import revise_note
    from transcribe.note import EvidenceAnswers, FiledSentence, Filing

    template = note_template(rt)
    machine = case_note(json.loads(versions[0].note_json))
    origins = {s.origin: s for s in machine.filed.sentences} if machine.filed else {}
    sentences = []
    for s in body.sentences:
        o = origins.get(s.origin)
        sentences.append(FiledSentence(text=s.text, heading=s.heading, child_voice=s.child_voice,
                                       wishes_feelings=s.wishes_feelings, start_s=o.start_s if o else None,
                                       end_s=o.end_s if o else None, origin=s.origin if o else None))
    filing = Filing(template=template.id, sentences=sentences, evidence=EvidenceAnswers(**body.evidence.model_dump()),
                    checked=list(dict.fromkeys(body.checked)), version=body.base_version + 1)
    redactor, tagger = rt.text_stages
    try:
        return revise_note(machine, filing, template, _case_context(rt, note.dictation_id), redactor, tagger)
    except CasenoteError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc


def _save(rt, note, revised, base: int, *, kind: str, created_by: str, role, reason: str | None = None) -> None:
    content = version_content(revised, note_template(rt))
    webhook = None
    if kind == "amendment":
        webhook = outbox_event(rt, "note.amended", note, content, base + 1, amended_by=created_by, reason=reason)
    note_store.save_version(rt.sessions, note, content, base=base, kind=kind, created_by=created_by[:255],
                            role=role, reason=reason, webhook=webhook)  # StaleVersionError: 409


def outbox_event(rt, event: str, note, content: VersionContent, version: int, **extra) -> OutboxEvent | None:
    if not rt.settings.webhook_url:
        return None
    status_word = event.split(".", 1)[1]
    return OutboxEvent(rt.settings.webhook_url, event, {
        "event": event, "dictation_id": note.dictation_id, "case_ref": note.case_ref, "status": status_word,
        "version": version, **extra, "text": content.text, "note": content.note})


def _draft(rt, note, versions) -> DraftPublic:
    from transcribe.filing import doubt_passages, machine_sentences, open_passages, suggest_answers

    latest = versions[-1]
    current = case_note(json.loads(latest.note_json))
    machine = case_note(json.loads(versions[0].note_json))
    approved = _approved_version(rt, note.dictation_id)
    filing = current.filed
    passages = open_passages(doubt_passages(machine, context=_case_context(rt, note.dictation_id)), filing,
                             machine_sentences(machine))
    checked = set(filing.checked)
    items = [{**asdict(p), "checked": p.id in checked} for p in passages]
    return DraftPublic(
        dictation_id=note.dictation_id, version=_version_summary(latest, approved),
        status="approved" if approved is not None else "draft",
        speech_detected=current.transcript.speech_detected, template=note_template(rt).public(),
        sentences=[asdict(s) for s in filing.sentences], evidence=asdict(filing.evidence),
        suggestions=suggest_answers(machine), passages=items, unchecked=sum(1 for p in items if not p["checked"]),
        text=latest.text, html=latest.html,
    )
