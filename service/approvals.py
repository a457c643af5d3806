"""Approving a note (its latest version frozen as final, with its ``note.approved`` webhook), the case system's feed
of approved notes, and QA's audit judgements."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from store import approvals as approval_store
from store import voice as voice_store
from store.feeds import FeedWindow
from store.models import Approval, AuditJudgement, Note, NoteVersion, utcnow

from .notes import case_note
from .versions import note_template, outbox_event, version_content


def get_approval(session, dictation_id: str) -> Approval | None:
    return approval_store.get_approval(session, dictation_id)


def approvals_for(session, dictation_ids: list[str]) -> dict[str, Approval]:
    """The approvals of those of ``dictation_ids`` that are approved, by dictation id."""
    return approval_store.approvals_for(session, dictation_ids)


def has_note_to_approve(version: NoteVersion) -> bool:
    """False for a recording in which nothing was heard (no filed sentence): there is nothing to approve."""
    current = case_note(json.loads(version.note_json))
    return bool(current.transcript.speech_detected and current.filed and current.filed.sentences)


def approve(rt, note: Note, latest: NoteVersion, *, approved_by: str | None, role: str | None,
            comment: str | None) -> tuple[Approval, bool]:
    """Freeze ``latest`` as the approved note: who approved it and when in its filed text, the case's voice records
    in its ``note.approved`` webhook. Returns (approval, created): a second approval, even one at the same instant,
    gets the first back with created False and changes nothing."""
    at = utcnow()
    current = case_note(json.loads(latest.note_json))
    current.filed = replace(current.filed, version=latest.number, approved_by=approved_by,
                            approved_at=at.isoformat(timespec="seconds"))
    content = version_content(current, note_template(rt.settings))
    with rt.sessions() as s:
        voice = voice_store.voice_with_note(s, note.case_ref, note.dictation_id, at)
    webhook = outbox_event(rt.settings, "note.approved", note, content, latest.number, approved_by=approved_by,
                           voice=voice)
    return approval_store.approve(
        rt.sessions, note, approved_by=approved_by, role=role, comment=comment, webhook=webhook,
        version=latest.number, content=content, approved_at=at,
    )


def list_approvals(session, *, case_ref: str | None = None, since: datetime | None = None,
                   until: datetime | None = None, after: int | None = None, limit: int = 50) -> list[tuple]:
    """Approved notes in the order they were approved, from the cursor ``after``: (approval, note) pairs."""
    return approval_store.list_approvals(
        session, FeedWindow(case_ref=case_ref, since=since, until=until, after_id=after, limit=limit))


def voice_with_note(session, approval: Approval) -> dict:
    """The case's voice-of-the-child records sent with an approved note (as in its ``note.approved`` webhook)."""
    return voice_store.voice_with_note(session, approval.case_ref, approval.dictation_id, approval.approved_at)


def add_audit(sessions, note_id: int, *, auditor: str | None, child_voice: str, grade: str,
              comment: str | None) -> AuditJudgement:
    return approval_store.add_audit(sessions, note_id, auditor=auditor, child_voice=child_voice, grade=grade,
                                    comment=comment)


def list_audits(session, *, note_id: int | None = None, since: datetime | None = None, until: datetime | None = None,
                limit: int = 1000) -> list[AuditJudgement]:
    return approval_store.list_audits(session, note_id=note_id, since=since, until=until, limit=limit)
