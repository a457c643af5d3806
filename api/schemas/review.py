from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from . import Line, Text

ChildVoiceJudgement = Literal["yes", "partly", "no"]
Grade = Literal["outstanding", "good", "requires_improvement", "inadequate"]
ExcerptLabel = Literal["child_voice", "wishes_feelings"]


class WhoAmI(BaseModel):
    role: str | None = Field(description="The token's role; null when the service runs open (no tokens configured)")
    open: bool
    pages: list[str] = Field(description="The pages this role can use")


class ApprovalRequest(BaseModel):
    approved_by: Line = Field(min_length=1, max_length=255, description="Who approves (the practitioner's name)")
    comment: Text | None = Field(None, max_length=2000)
    version: int | None = Field(None, ge=1, le=2**31 - 1,
                                description="The version being approved (the latest); a newer one means 409")


class ApprovalPublic(BaseModel):
    dictation_id: str
    note_id: int
    status: Literal["approved"] = "approved"
    approved_by: str
    role: str | None
    comment: str | None
    approved_at: datetime
    version: int | None = Field(None, description="The version approved")


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
    voice: dict[str, Any] | None = Field(None, description=(
        "The voice-of-the-child records sent with the note (as in the note.approved webhook; omitted with "
        "?include=summary): the case's feedback forms since its previous approved note, its 2a confirmations and "
        "2b reviews, and links to this visit's photos of direct work"))


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
    auditor: Line = Field(min_length=1, max_length=255)
    child_voice: ChildVoiceJudgement = Field(description="Is the child's voice evidenced in the note?")
    grade: Grade
    comment: Text | None = Field(None, max_length=4000)


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


# -- the editor: versions of a note ------------------------------------------------------------------
VoiceAnswer = Literal["yes", "no", "not_appropriate"]
ParticipationCode = Literal["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7", "PN8"]


class SentenceIn(BaseModel):
    text: str = Field(min_length=1, max_length=5000, description="The sentence as the practitioner wants it filed")
    heading: str = Field(min_length=1, max_length=64, description="A heading key of the note's template")
    child_voice: bool = False
    wishes_feelings: bool = False
    origin: int | None = Field(None, description="The machine sentence it came from (keeps its audio times); null: typed in")


class SentenceOut(SentenceIn):
    start_s: float | None = None
    end_s: float | None = None
    suggested_heading: str | None = Field(None, description="Where the machine's tagging files this sentence")


class EvidenceIn(BaseModel):
    child_voice_evidenced: VoiceAnswer | None = None
    feedback_sought: VoiceAnswer | None = None
    child_seen: bool | None = None
    seen_alone: bool | None = None
    participation_code: ParticipationCode | None = None


class DraftSave(BaseModel):
    base_version: int = Field(ge=1, description="The version this edit started from: a newer one means 409")
    sentences: list[SentenceIn] = Field(max_length=2000)
    evidence: EvidenceIn = Field(default_factory=EvidenceIn)
    checked: list[str] = Field(default_factory=list, max_length=2000, description="Ids of passages listened to")
    edited_by: str | None = Field(None, max_length=255, description="Who saved (static tokens / open mode only)")


class AmendmentSave(DraftSave):
    reason: str = Field(min_length=3, max_length=2000, description="Why the approved note is amended")


class Suggestion(BaseModel):
    value: Any = None
    reason: str


class PassageOut(BaseModel):
    id: str
    sentence: int = Field(description="The machine sentence (a sentence's origin) it lies in")
    start: int = Field(description="Offset into that sentence's text")
    end: int
    text: str
    start_s: float
    end_s: float
    reasons: list[str]
    checked: bool


class VersionSummary(BaseModel):
    number: int
    kind: Literal["machine", "edit", "amendment"]
    based_on: int | None
    created_by: str
    created_at: datetime
    reason: str | None
    approved: bool = Field(description="This is the version the practitioner approved")


class VersionList(BaseModel):
    items: list[VersionSummary]
    latest: int
    approved_version: int | None


class DraftPublic(BaseModel):
    dictation_id: str
    version: VersionSummary
    status: Literal["draft", "approved"]
    speech_detected: bool
    template: dict[str, Any]
    sentences: list[SentenceOut]
    evidence: EvidenceIn
    suggestions: dict[str, Suggestion] = Field(description="The machine's answer to each evidence question, and why")
    passages: list[PassageOut] = Field(description="Unclear passages still in the text, to listen to")
    unchecked: int = Field(description="How many passages are not yet ticked as listened to")
    text: str = Field(description="The filed text in the council's template")
    html: str


class VersionPublic(VersionSummary):
    text: str
    html: str
    note: dict[str, Any]


class VersionCompare(BaseModel):
    a: int
    b: int
    diff: list[str] = Field(description="Unified diff of the two versions' filed text")
