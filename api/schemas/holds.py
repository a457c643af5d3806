from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field, model_validator

from . import Line, Text


class LegalHoldCreate(BaseModel):
    case_ref: Line | None = Field(None, min_length=1, max_length=128, description="Keep every dictation of this case")
    dictation_id: Line | None = Field(None, min_length=1, max_length=64, description="Keep this one dictation")
    reason: Text = Field(min_length=1, max_length=2000, description="Why (litigation, complaint, inquiry...)")

    @model_validator(mode="after")
    def _one_target(self) -> LegalHoldCreate:
        if (self.case_ref is None) == (self.dictation_id is None):
            raise ValueError("give exactly one of case_ref (a whole case) or dictation_id (one dictation)")
        return self


class LegalHoldPublic(BaseModel):
    id: int
    case_ref: str | None
    dictation_id: str | None
    reason: str
    placed_by: str | None
    role: str | None
    placed_at: datetime


class LegalHoldList(BaseModel):
    items: list[LegalHoldPublic]


def public(h) -> LegalHoldPublic:
    return LegalHoldPublic(id=h.id, case_ref=h.case_ref, dictation_id=h.dictation_id, reason=h.reason,
                           placed_by=h.placed_by, role=h.role, placed_at=h.placed_at)
