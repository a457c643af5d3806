from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

# how far through the whole job each stage starts, for one overall percentage
STAGE_SPAN = {
    "queued": (0.0, 0.0),
    "transcribing": (0.0, 85.0),
    "redacting": (85.0, 92.0),
    "tagging": (92.0, 97.0),
    "structuring": (97.0, 99.0),
    "done": (100.0, 100.0),
    "failed": (0.0, 0.0),
}


class DictationLinks(BaseModel):
    self: str
    note: str
    note_text: str
    note_redacted: str


class DictationAccepted(BaseModel):
    id: str
    status: str
    status_url: str
    case_ref: str
    sha256: str
    bytes: int
    duration_s: float | None
    duplicate: bool = Field(description="True when this upload repeated one already accepted (nothing new was queued)")
    links: DictationLinks


class DictationPublic(BaseModel):
    id: str
    case_ref: str
    status: str = Field(description="uploading | queued | transcribing | redacting | tagging | structuring | done | failed")
    progress: float = Field(description="Overall percentage, 0-100")
    stage_progress: float = Field(description="Percentage through the current stage (transcribing: share of audio done)")
    error: str | None = Field(None, description="Why it failed (or why the last attempt failed, when it will be retried)")
    attempts: int = 0
    duration_s: float | None = None
    bytes: int | None = None
    sha256: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    finished_at: datetime | None = None
    speech_detected: bool | None = Field(None, description="Once done: false when nothing was heard in the recording (there is no note to approve)")
    links: DictationLinks


def links_for(dictation_id: str) -> DictationLinks:
    return DictationLinks(
        self=f"/dictations/{dictation_id}",
        note=f"/notes/{dictation_id}",
        note_text=f"/notes/{dictation_id}/text",
        note_redacted=f"/notes/{dictation_id}/redacted",
    )


def overall_progress(status: str, fraction: float) -> float:
    lo, hi = STAGE_SPAN.get(status, (0.0, 0.0))
    return round(lo + (hi - lo) * max(0.0, min(1.0, fraction)), 1)


def accepted(d, duplicate: bool) -> DictationAccepted:
    return DictationAccepted(
        id=d.id,
        status=d.status,
        status_url=f"/dictations/{d.id}",
        case_ref=d.case_ref,
        sha256=d.audio_sha256,
        bytes=d.audio_bytes,
        duration_s=d.duration_s,
        duplicate=duplicate,
        links=links_for(d.id),
    )


def public(d) -> DictationPublic:
    return DictationPublic(
        id=d.id,
        case_ref=d.case_ref,
        status=d.status,
        progress=overall_progress(d.status, d.progress or 0.0),
        stage_progress=round(100 * (d.progress or 0.0), 1),
        error=d.error,
        attempts=d.attempts or 0,
        duration_s=d.duration_s,
        bytes=d.audio_bytes,
        sha256=d.audio_sha256,
        created_at=d.created_at,
        updated_at=d.updated_at,
        finished_at=d.finished_at,
        links=links_for(d.id),
    )


def uploading(u, offset: int) -> DictationPublic:
    return DictationPublic(
        id=u.dictation_id,
        case_ref=u.case_ref,
        status="uploading" if not u.error else "failed",
        progress=0.0,
        stage_progress=round(100 * offset / u.length, 1) if u.length else 0.0,
        error=u.error,
        bytes=u.length,
        created_at=u.created_at,
        links=links_for(u.dictation_id),
    )
