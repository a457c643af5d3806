"""Structuring: the one result object a dictation produces, serialised to JSON.

(First version; the tagging/structuring issue deepens the sections.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from .context import CaseContext
from .note import SCHEMA_VERSION, Doubt, Redaction, RedactionResult, Tag, Transcript


@dataclass
class CaseNote:
    transcript: Transcript
    redacted_text: str
    redactions: list[Redaction] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    case_ref: str | None = None
    schema_version: str = SCHEMA_VERSION
    created_at: str = ""


def build_note(
    transcript: Transcript,
    redaction: RedactionResult,
    tags: list[Tag],
    doubts: list[Doubt],
    context: CaseContext,
) -> CaseNote:
    """Assemble the structured note from the stage results."""
    return CaseNote(
        transcript=transcript,
        redacted_text=redaction.redacted_text,
        redactions=redaction.redactions,
        tags=tags,
        doubts=doubts,
        case_ref=context.case_ref,
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
