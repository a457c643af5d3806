from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

ChildVoiceJudgement = Literal["yes", "partly", "no"]
Grade = Literal["outstanding", "good", "requires_improvement", "inadequate"]
ExcerptLabel = Literal["child_voice", "wishes_feelings"]


class WhoAmI(BaseModel):
    role: str | None = Field(description="The token's role; null when the service runs open (no tokens configured)")
    open: bool
    pages: list[str] = Field(description="The pages this role can use")


class ApprovalRequest(BaseModel):
    approved_by: str = Field(min_length=1, max_length=255, description="Who approves (the practitioner's name)")
    comment: str | None = Field(None, max_length=2000)


class ApprovalPublic(BaseModel):
    dictation_id: str
    note_id: int
    status: Literal["approved"] = "approved"
    approved_by: str
    role: str | None
    comment: str | None
    approved_at: datetime


class NoteSummary(BaseModel):
    dictation_id: str
    note_id: int
    case_ref: str
    created_at: datetime
    duration_s: float | None
    status: Literal["draft", "approved"] = Field(description="draft until a practitioner approves it; approved = final")
    approval: ApprovalPublic | None
    review_url: str


class NoteSummaryList(BaseModel):
    items: list[NoteSummary]


class ReviewNote(NoteSummary):
    audio_url: str
    text_url: str
    note: dict[str, Any] = Field(description="The structured note, as GET /notes/{dictation_id}")


class ApprovedNoteItem(BaseModel):
    id: int = Field(description="Monotonic approval number: pass the last one seen as ?after=")
    dictation_id: str
    note_id: int
    case_ref: str
    status: Literal["approved"] = "approved"
    approved_at: datetime
    approved_by: str
    links: dict[str, str]
    note: dict[str, Any] | None = Field(None, description="The structured note (omitted with ?include=summary)")


class ApprovedNoteList(BaseModel):
    items: list[ApprovedNoteItem]
    next_after: int | None


class ExcerptItem(BaseModel):
    dictation_id: str
    note_id: int
    case_ref: str
    note_created_at: datetime
    label: ExcerptLabel
    text: str
    start_s: float | None
    end_s: float | None
    doubt: list[str] = Field(description="Doubt reasons overlapping the excerpt: check the audio")
    approved: bool
    review_url: str


class ExcerptList(BaseModel):
    items: list[ExcerptItem]
    notes_scanned: int


class AuditCreate(BaseModel):
    auditor: str = Field(min_length=1, max_length=255)
    child_voice: ChildVoiceJudgement = Field(description="Is the child's voice evidenced in the note?")
    grade: Grade
    comment: str | None = Field(None, max_length=4000)


class AuditPublic(BaseModel):
    id: int
    note_id: int
    auditor: str
    child_voice: ChildVoiceJudgement
    grade: Grade
    comment: str | None
    created_at: datetime


class AuditList(BaseModel):
    items: list[AuditPublic]


class QANote(BaseModel):
    note_id: int
    created_at: datetime
    approved: bool
    note: dict[str, Any] = Field(description="The redacted note: identifiers replaced by placeholders")
    audits: list[AuditPublic]


class QASample(BaseModel):
    seed: int = Field(description="Pass it back to draw the same sample again")
    population: int = Field(description="How many notes the sample was drawn from")
    items: list[QANote]
