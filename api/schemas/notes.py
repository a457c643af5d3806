from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class NoteItem(BaseModel):
    id: int = Field(description="Monotonic note number: pass the last one seen as ?after= to pull only newer notes")
    dictation_id: str
    case_ref: str
    created_at: datetime
    links: dict[str, str]
    note: dict[str, Any] | None = Field(None, description="The structured note (omitted with ?include=summary)")


class NoteList(BaseModel):
    items: list[NoteItem]
    next_after: int | None = Field(description="Cursor for the next page; null when this page was the last")
