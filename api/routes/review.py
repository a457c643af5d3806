"""Review: practitioners approve notes (approved = final for the CMS), supervisors read the child's voice
across notes, QA audits a random sample of notes that it only ever sees redacted.

    GET  /review/whoami                         the caller's role, for the pages
    GET  /review/notes                          finished notes, newest first, draft or approved
    GET  /review/notes/{dictation_id}           one note with its approval
    GET  /review/notes/{dictation_id}/audio     the recording, for playback at the excerpts' times
    POST /review/notes/{dictation_id}/approve   freeze the latest version: who approved it and when (once)
    (the editor's draft, versions and amendments: versions.py)
    GET  /review/excerpts                       child's voice / wishes and feelings across notes
    GET  /approvals                             approved notes from a cursor: the CMS's pull of final notes
    GET  /qa/sample                             a random sample of notes, redacted
    GET  /qa/notes/{note_id}                    one note, redacted
    POST /qa/notes/{note_id}/audits             record an audit judgement
    GET  /qa/audits, /qa/audits.csv             the judgements (CSV is redacted too)
"""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from fastapi.responses import StreamingResponse
from pydantic import Field

from service import approvals as approval_service
from service import dictations, notes
from service.redacted import note_scrubber, redacted_note

from ..audio_response import audio_response
from ..deps import (
    MAX_ID,
    AuditReaderRole,
    CurrentPrincipal,
    FinalNotesRole,
    LogNoteRead,
    QARole,
    RecordId,
    ReviewerRole,
    RuntimeDep,
    SessionDep,
    SupervisorRole,
    actor_name,
    record_access,
    record_notes_access,
)
from .notes import note_or_error
from . import versions
from .versions import note_versions
from ..schemas.review import (
    ApprovalPublic,
    ApprovalRequest,
    ApprovedNoteItem,
    ApprovedNoteList,
    AuditCreate,
    AuditList,
    AuditPublic,
    ExcerptItem,
    ExcerptLabel,
    ExcerptList,
    NoteSummary,
    NoteSummaryList,
    QANote,
    QASample,
    ReviewNote,
    WhoAmI,
)

review = APIRouter(prefix="/review", tags=["review"])
approvals = APIRouter(prefix="/approvals", tags=["review"])
qa = APIRouter(prefix="/qa", tags=["qa (redacted only)"])

AUDIO_TYPES = {".webm": "audio/webm", ".m4a": "audio/mp4", ".mp4": "audio/mp4", ".ogg": "audio/ogg",
               ".mp3": "audio/mpeg", ".wav": "audio/wav", ".flac": "audio/flac", ".3gp": "audio/3gpp"}
PAGES = {"practitioner": ["/app/", "/app/review", "/app/feedback"],
         "supervisor": ["/app/review", "/app/supervisor", "/app/feedback", "/app/returns"],
         "qa": ["/app/qa"], "cms": ["/app/returns"]}


class PrincipalPublic(WhoAmI):
    subject: str | None = Field(None, description="The identity provider's subject (sub); only for an OIDC sign-in")
    name: str | None = Field(None, description="The name claim, recorded on approvals and audits")
    roles: list[str] | None = Field(None, description="Every casenote role the caller's groups map to")


# -- practitioner / supervisor ------------------------------------------------------------
@review.get("/whoami", response_model=PrincipalPublic, response_model_exclude_unset=True)
def whoami(principal: CurrentPrincipal):
    """The caller: role and pages; for an OIDC sign-in also subject, name and roles."""
    if principal is None:
        return PrincipalPublic(role=None, open=True, pages=["/app/", "/app/review", "/app/supervisor", "/app/qa",
                                                                   "/app/feedback", "/app/returns"])
    pages = list(dict.fromkeys(p for r in principal.roles for p in PAGES.get(r, [])))
    if principal.subject is None:  # a static API token
        return PrincipalPublic(role=principal.role, open=False, pages=pages)
    return PrincipalPublic(role=principal.role, open=False, pages=pages, subject=principal.subject,
                           name=principal.name, roles=list(principal.roles))


@review.get("/notes", response_model=NoteSummaryList)
def list_review_notes(
    session: SessionDep,
    _: ReviewerRole,
    case_ref: Annotated[str | None, Query()] = None,
    since: Annotated[datetime | None, Query(description="Finished at or after (ISO 8601)")] = None,
    until: Annotated[datetime | None, Query(description="Finished before (ISO 8601)")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
):
    """Finished notes, newest first, each marked draft or approved."""
    rows = notes.recent_notes(session, case_ref=case_ref, since=since, until=until, limit=limit)
    return NoteSummaryList(items=[_summary(n, d, a) for n, d, a in rows])


@review.get("/notes/{dictation_id}", response_model=ReviewNote, responses={404: {}, 409: {}},
            dependencies=[LogNoteRead])
def get_review_note(dictation_id: str, session: SessionDep, _: ReviewerRole):
    note = note_or_error(session, dictation_id)
    d = dictations.get_dictation(session, dictation_id)
    summary = _summary(note, d, approval_service.get_approval(session, dictation_id))
    return ReviewNote(
        **summary.model_dump(),
        audio_url=f"/review/notes/{dictation_id}/audio",
        text_url=f"/notes/{dictation_id}/text",
        note=json.loads(note.note_json),
    )


@review.get("/notes/{dictation_id}/audio", response_class=StreamingResponse, responses={206: {}, 404: {}, 416: {}},
            dependencies=[LogNoteRead])
def get_audio(dictation_id: str, request: Request, session: SessionDep, rt: RuntimeDep, _: ReviewerRole):
    """The recording as uploaded (byte ranges supported, so the player can jump to an excerpt)."""
    d = dictations.get_dictation(session, dictation_id)
    if d is None:
        raise HTTPException(status_code=404, detail=f"No dictation {dictation_id}.")
    if d.audio_purged_at is not None:
        raise HTTPException(status_code=404, detail=f"The audio of {dictation_id} was deleted under the retention policy.")
    path = rt.store.path_for(d.audio_sha256)
    if not path.is_file():
        raise HTTPException(status_code=404, detail=f"The audio of {dictation_id} is not in the store; check shared storage.")
    ext = Path(d.audio_filename or "").suffix.lower()
    return audio_response(request, rt.store, d.audio_sha256, AUDIO_TYPES.get(ext, "application/octet-stream"))


@review.post(
    "/notes/{dictation_id}/approve",
    response_model=ApprovalPublic,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"description": "Already approved: the first approval stands"}, 404: {}, 409: {}, 422: {}},
)
def approve_note(
    dictation_id: str, body: ApprovalRequest, rt: RuntimeDep, role: ReviewerRole, principal: CurrentPrincipal,
    response: Response,
):
    """Approve the latest version of the note: it is frozen and becomes final. The case system reads that version
    in ``GET /notes``, ``GET /approvals`` and ``/notes/{id}/text`` (the filed text says who approved it and when)
    and, when webhooks are set up, receives a signed ``note.approved`` event. Approving again changes nothing and
    answers 200. A recording in which nothing was heard has no note to approve (422).
    A signed-in (OIDC) caller is recorded by the token's name (or subject); the typed name counts only for
    static tokens and open mode."""
    note, saved = note_versions(rt, dictation_id)
    with rt.sessions() as s:
        existing = approval_service.get_approval(s, dictation_id)
    if existing is not None:
        response.status_code = status.HTTP_200_OK
        return _approval(existing)
    latest = saved[-1]
    if not approval_service.has_note_to_approve(latest):
        raise HTTPException(status_code=422, detail="Nothing was heard in this recording, so there is no note to "
                            "approve. Record the visit again.")
    if body.version is not None and body.version != latest.number:
        raise HTTPException(status_code=409, detail=f"Version {latest.number} was saved after version {body.version}; "
                            "reload the note, check the newest version and approve that.")
    approval, created = approval_service.approve(rt, note, latest, approved_by=actor_name(principal, body.approved_by),
                                                 role=role, comment=body.comment)
    if not created:
        response.status_code = status.HTTP_200_OK
    else:
        record_access(rt.sessions, principal, "note.approve", dictation_id=dictation_id, note_id=note.id)
    return _approval(approval)


@review.get("/excerpts", response_model=ExcerptList)
def list_excerpts(
    session: SessionDep,
    rt: RuntimeDep,
    _: SupervisorRole,
    principal: CurrentPrincipal,
    case_ref: Annotated[str | None, Query()] = None,
    since: Annotated[date | None, Query(description="Notes finished on or after this day")] = None,
    until: Annotated[date | None, Query(description="Notes finished on or before this day")] = None,
    label: Annotated[ExcerptLabel | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="How many notes to read, newest first")] = 200,
):
    """Tagged child's voice and wishes-and-feelings excerpts across the team's notes, newest note first.

    The child's own words are identified content: each note that gave at least one excerpt gets a
    ``review.excerpts`` access-log entry."""
    rows = notes.recent_notes(session, case_ref=case_ref, since=_day_start(since), until=_day_end(until), limit=limit)
    labels = [label] if label else ["child_voice", "wishes_feelings"]
    items = []
    for n, _d, a in rows:
        sections = json.loads(n.note_json).get("sections") or {}
        for lab in labels:
            for ex in sections.get(lab) or []:
                items.append(
                    ExcerptItem(
                        dictation_id=n.dictation_id,
                        note_id=n.id,
                        case_ref=n.case_ref,
                        note_created_at=n.created_at,
                        label=lab,
                        text=ex.get("text", ""),
                        start_s=ex.get("start_s"),
                        end_s=ex.get("end_s"),
                        doubt=ex.get("doubt") or [],
                        approved=a is not None,
                        review_url=_review_url(n.dictation_id, ex.get("start_s")),
                    )
                )
    shown = {(i.dictation_id, i.note_id, i.case_ref) for i in items}
    record_notes_access(rt.sessions, principal, "review.excerpts", sorted(shown, key=lambda t: t[1]))
    return ExcerptList(items=items, notes_scanned=len(rows))


@approvals.get("", response_model=ApprovedNoteList)
def list_approved_notes(
    session: SessionDep,
    rt: RuntimeDep,
    _: FinalNotesRole,
    principal: CurrentPrincipal,
    case_ref: Annotated[str | None, Query()] = None,
    since: Annotated[datetime | None, Query(description="Approved at or after (ISO 8601)")] = None,
    until: Annotated[datetime | None, Query(description="Approved before (ISO 8601)")] = None,
    after: Annotated[int | None, Query(ge=0, le=MAX_ID, description="Cursor: the last approval id already seen")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    include: Annotated[Literal["note", "summary"], Query()] = "note",
):
    """Final (approved) notes in the order they were approved. A CMS that files only final notes polls this
    with ``after`` = the last ``id`` it stored, instead of ``GET /notes`` (which lists drafts too).

    With ``include=note`` each note in the page is a read of an identified note: one ``approvals.feed``
    access-log entry per note, written before the page is served."""
    rows = approval_service.list_approvals(session, case_ref=case_ref, since=since, until=until, after=after,
                                           limit=limit)
    items = [
        ApprovedNoteItem(
            id=a.id,
            dictation_id=a.dictation_id,
            note_id=n.id,
            case_ref=a.case_ref,
            approved_at=a.approved_at,
            approved_by=a.approved_by,
            links={"note": f"/notes/{a.dictation_id}", "text": f"/notes/{a.dictation_id}/text",
                   "redacted": f"/notes/{a.dictation_id}/redacted", "review": _review_url(a.dictation_id)},
            note=json.loads(n.note_json) if include == "note" else None,
            voice=approval_service.voice_with_note(session, a) if include == "note" else None,
        )
        for a, n in rows
    ]
    if include == "note":
        record_notes_access(rt.sessions, principal, "approvals.feed", [(n.dictation_id, n.id, n.case_ref) for _a, n in rows])
    return ApprovedNoteList(items=items, next_after=items[-1].id if len(items) == limit else None)


# -- QA: redacted only -------------------------------------------------------------------------
@qa.get("/sample", response_model=QASample)
def qa_sample(
    session: SessionDep,
    _: QARole,
    size: Annotated[int, Query(ge=1, le=100)] = 10,
    seed: Annotated[int | None, Query(description="Same seed, same sample")] = None,
    since: Annotated[date | None, Query()] = None,
    until: Annotated[date | None, Query()] = None,
    approved_only: bool = False,
):
    """A random sample of finished notes, each redacted, with the audit judgements already recorded."""
    ids = notes.note_ids(session, since=_day_start(since), until=_day_end(until), approved_only=approved_only)
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 10**9)
    chosen = sorted(random.Random(seed).sample(ids, min(size, len(ids))))
    rows = notes.notes_with_dictations(session, chosen)
    approved = approval_service.approvals_for(session, [n.dictation_id for n, _d in rows])
    items = [_qa_note(session, n, d, n.dictation_id in approved) for n, d in rows]
    return QASample(seed=seed, population=len(ids), items=items)


@qa.get("/notes/{note_id}", response_model=QANote, responses={404: {}})
def qa_note(note_id: RecordId, session: SessionDep, _: QARole):
    n, d = _qa_note_row(session, note_id)
    return _qa_note(session, n, d, approval_service.get_approval(session, n.dictation_id) is not None)


@qa.post("/notes/{note_id}/audits", response_model=AuditPublic, status_code=status.HTTP_201_CREATED,
         responses={404: {}})
def add_audit(note_id: RecordId, body: AuditCreate, rt: RuntimeDep, _: QARole, principal: CurrentPrincipal):
    """Record an audit judgement on a note (several per note are kept: each auditor, each round). A signed-in
    (OIDC) auditor is recorded by the token's name (or subject), not the typed one."""
    with rt.sessions() as s:
        _qa_note_row(s, note_id)
    a = approval_service.add_audit(rt.sessions, note_id, auditor=actor_name(principal, body.auditor),
                                 child_voice=body.child_voice, grade=body.grade, comment=body.comment)
    record_access(rt.sessions, principal, "note.audit", note_id=note_id)
    return _audit(a)


@qa.get("/audits", response_model=AuditList)
def list_audits(
    session: SessionDep,
    _: AuditReaderRole,
    note_id: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
    since: Annotated[date | None, Query()] = None,
    until: Annotated[date | None, Query()] = None,
):
    audits = approval_service.list_audits(session, note_id=note_id, since=_day_start(since), until=_day_end(until))
    return AuditList(items=[_audit(a, _scrubber_for(session, a.note_id)) for a in audits])


@qa.get("/audits.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_audits(
    session: SessionDep,
    _: AuditReaderRole,
    since: Annotated[date | None, Query()] = None,
    until: Annotated[date | None, Query()] = None,
):
    """The audit judgements as CSV, one row each, with the note's number and date but no identifiers."""
    audits = approval_service.list_audits(session, since=_day_start(since), until=_day_end(until), limit=100_000)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["audit_id", "note_id", "note_date", "approved", "audited_at", "auditor", "child_voice_evidenced",
                "grade", "comment", "note_child_voice_flag"])
    cache: dict[int, tuple] = {}
    for a in audits:
        if a.note_id not in cache:
            n, d = _qa_note_row(session, a.note_id)
            view = redacted_note(n, d)
            flag = ((view.get("sections") or {}).get("evidence") or {}).get("child_voice_evidenced", "")
            cache[a.note_id] = (n.created_at.date().isoformat(),
                                approval_service.get_approval(session, n.dictation_id) is not None,
                                flag, note_scrubber(n, d))
        note_date, approved, flag, scrub = cache[a.note_id]
        w.writerow([_cell(v) for v in (a.id, a.note_id, note_date, "yes" if approved else "no",
                                       a.created_at.isoformat(timespec="seconds"), a.auditor, a.child_voice, a.grade,
                                       scrub(a.comment or ""), flag)])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="casenote-audits.csv"',
                             "Cache-Control": "no-store"})


router = APIRouter()
for _r in (review, versions.router, approvals, qa):
    router.include_router(_r)


# -- helpers ----------------------------------------------------------------------------------
def _review_url(dictation_id: str, at: float | None = None) -> str:
    return f"/app/review?id={dictation_id}" + (f"&t={at:.1f}" if at is not None else "")


def _approval(a) -> ApprovalPublic:
    return ApprovalPublic(dictation_id=a.dictation_id, note_id=a.note_id, approved_by=a.approved_by, role=a.role,
                          comment=a.comment, approved_at=a.approved_at, version=a.version)


def _summary(n, d, a) -> NoteSummary:
    return NoteSummary(
        dictation_id=n.dictation_id,
        note_id=n.id,
        case_ref=n.case_ref,
        created_at=n.created_at,
        duration_s=d.duration_s if d is not None else None,
        status="approved" if a is not None else "draft",
        approval=_approval(a) if a is not None else None,
        review_url=_review_url(n.dictation_id),
    )


def _audit(a, scrub=None) -> AuditPublic:
    return AuditPublic(id=a.id, note_id=a.note_id, auditor=a.auditor, child_voice=a.child_voice, grade=a.grade,
                       comment=scrub(a.comment) if scrub and a.comment else a.comment, created_at=a.created_at)


def _day_start(d: date | None) -> datetime | None:
    return datetime(d.year, d.month, d.day) if d else None


def _day_end(d: date | None) -> datetime | None:
    return datetime(d.year, d.month, d.day) + timedelta(days=1) if d else None


def _cell(v: Any) -> Any:
    """Spreadsheet-safe: a cell starting with = + - @ is not run as a formula."""
    return "'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v


# -- the redacted view for QA ------------------------------------------------------------------
def _qa_note_row(session, note_id: int):
    rows = notes.notes_with_dictations(session, [note_id])
    if not rows:
        raise HTTPException(status_code=404, detail=f"No note {note_id}.")
    return rows[0]


def _qa_note(session, n, d, approved: bool) -> QANote:
    scrub = note_scrubber(n, d)
    return QANote(
        note_id=n.id,
        created_at=n.created_at,
        approved=approved,
        note=redacted_note(n, d),
        audits=[_audit(a, scrub) for a in approval_service.list_audits(session, note_id=n.id)],
    )


def _scrubber_for(session, note_id: int):
    rows = notes.notes_with_dictations(session, [note_id])
    return note_scrubber(rows[0][0], rows[0][1]) if rows else (lambda s: s)
