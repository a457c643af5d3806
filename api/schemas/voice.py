from __future__ import annotations

import json
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from service.photos import photo_url
from service.voice import Returns

Respondent = Literal["child", "young_person", "parent"]
Wording = Literal["a", "b"]
Stage = Literal["assessment", "closure"]
Confirmation = Literal["yes", "no", "not_appropriate"]
PlanType = Literal["early_help", "child_in_need", "child_protection", "child_looked_after", "pathway"]
PNCode = Literal["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7", "PN8"]
Score = Literal[1, 2, 3, 4, 5]
CaseRef = Field(min_length=1, max_length=128, pattern=r"^[^\x00-\x1f]+$")
Team = Field(None, max_length=128, pattern=r"^[^\x00-\x1f]+$")


class Question(BaseModel):
    number: int
    wording: Wording
    text: str


class Answers(BaseModel):
    q1: Score | None = None
    q2: Score | None = None
    q3: Score | None = None
    q4: Score | None = None


class FeedbackCreate(BaseModel):
    client_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$",
                           description="The phone's id for this form: sending it again stores nothing new")
    case_ref: str = CaseRef
    respondent: Respondent
    wording: Wording | None = Field(None, description="a or b; left out: chosen from the case's service")
    service: str | None = Field(None, max_length=64, description="The service the case is open to (child_in_need, "
                                                                 "child_protection, child_looked_after, early_help...)")
    answers: Answers
    comment: str | None = Field(None, max_length=4000)
    asked_on: date | None = Field(None, description="The day of the meeting (today when left out)")
    team: str | None = Team
    dictation_id: str | None = Field(None, max_length=64, description="The visit's recording, if it followed one")
    recorded_by: str | None = Field(None, max_length=255, description="Used only when no one is signed in")


class FeedbackPublic(BaseModel):
    id: int
    client_id: str
    case_ref: str
    team: str | None
    dictation_id: str | None
    respondent: Respondent
    wording: Wording
    answers: Answers
    comment: str | None
    child_voice: bool = Field(description="The comment is the child's or young person's own words")
    asked_on: date
    recorded_by: str | None
    created_at: datetime

    @classmethod
    def of(cls, row) -> FeedbackPublic:
        """From a stored feedback form (``service.voice.add_feedback``'s row)."""
        return cls(id=row.id, client_id=row.client_id, case_ref=row.case_ref, team=row.team,
                   dictation_id=row.dictation_id, respondent=row.respondent, wording=row.wording,
                   answers=Answers(**json.loads(row.answers_json)), comment=row.comment,
                   child_voice=bool(row.comment) and row.respondent in ("child", "young_person"),
                   asked_on=row.asked_on, recorded_by=row.recorded_by, created_at=row.created_at)


class FeedbackList(BaseModel):
    items: list[FeedbackPublic]


class ConfirmationCreate(BaseModel):
    case_ref: str = CaseRef
    stage: Stage
    answer: Confirmation
    reason: str | None = Field(None, max_length=2000, description="Needed when the answer is not_appropriate")
    confirmed_on: date | None = None
    team: str | None = Team
    confirmed_by: str | None = Field(None, max_length=255, description="Used only when no one is signed in")


class ConfirmationPublic(BaseModel):
    id: int
    case_ref: str
    team: str | None
    stage: Stage
    answer: Confirmation
    reason: str | None
    confirmed_on: date
    confirmed_by: str | None


class ReviewCreate(BaseModel):
    case_ref: str = CaseRef
    plan_type: PlanType
    review_on: date
    pn_code: PNCode = Field(description="The code the chair confirms")
    suggested_code: PNCode | None = Field(None, description="casenote's suggestion from the dictation, if any")
    team: str | None = Team
    recorded_by: str | None = Field(None, max_length=255, description="Used only when no one is signed in")


class ReviewPublic(BaseModel):
    id: int
    case_ref: str
    team: str | None
    plan_type: PlanType
    review_on: date
    pn_code: PNCode
    suggested_code: PNCode | None
    recorded_by: str | None


class Percent(BaseModel):
    numerator: int
    denominator: int
    percent: float | None = Field(description="null when there is nothing to count")


class ReturnsPublic(BaseModel):
    start: date
    end: date
    team: str | None = Field(description="null for the whole council")
    voice_evidenced: Percent = Field(description="2a: yes of yes + no")
    voice_answers: dict[str, int] = Field(description="2a counts: yes, no, not_appropriate")
    participation: dict[str, Percent] = Field(description="2b: each PN code's share of the period's reviews")
    reviews: int
    feedback_sought: Percent = Field(description="2c: children asked within three months, of children worked with")
    definitions: dict[str, str]
    teams: list[ReturnsPublic] = Field(default_factory=list, description="Each team's figures (council view only)")

    @classmethod
    def of(cls, r: Returns) -> ReturnsPublic:
        pct = lambda p: Percent(numerator=p.numerator, denominator=p.denominator, percent=p.percent)  # noqa: E731
        return cls(start=r.start, end=r.end, team=r.team, voice_evidenced=pct(r.voice_evidenced),
                   voice_answers=r.voice_answers, participation={k: pct(v) for k, v in r.participation.items()},
                   reviews=r.reviews, feedback_sought=pct(r.feedback_sought), definitions=r.definitions)


class PhotoPublic(BaseModel):
    """A photo of direct work attached to a visit; ``url`` serves the image (each read is logged)."""

    id: int
    dictation_id: str
    url: str
    content_type: str
    bytes: int
    sha256: str
    caption: str | None
    added_by: str | None
    created_at: datetime

    @classmethod
    def of(cls, row) -> PhotoPublic:
        return cls(id=row.id, dictation_id=row.dictation_id, url=photo_url(row), content_type=row.content_type,
                   bytes=row.bytes, sha256=row.sha256, caption=row.caption, added_by=row.added_by,
                   created_at=row.created_at)


class PhotoList(BaseModel):
    items: list[PhotoPublic]
