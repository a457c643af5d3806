"""The redacted view of a stored note, for every route that serves one: ``GET /notes/{id}/redacted``, QA's
sample and notes, and the audits export (its child's-voice column and comments).

The view is ``transcribe.redaction.view.redacted_view`` of the stored note, with every identifier its case
context names scrubbed too; it is made afresh on each read and never replaced by stored or unredacted text:
a note that cannot be redacted is a ``RedactedViewError`` (HTTP 500, saying so).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from transcribe.context import CaseContext, parse_context
from transcribe.errors import CasenoteError, RedactedViewError
from transcribe.redaction.view import case_identifiers, identifier_scrubber, redacted_view

from .notes import case_note


def stored_context(d) -> CaseContext:
    """The case context the dictation was sent with (validated at intake)."""
    return parse_context(d.context_json) if d is not None and d.context_json else CaseContext()


def note_identifiers(n, d) -> list[str]:
    """What the note's case context names, with its case reference and dictation id."""
    try:
        context = stored_context(d)
    except CasenoteError as exc:
        raise RedactedViewError(f"Note {n.dictation_id}'s stored case context cannot be read ({exc}), so its "
                                "identifiers cannot be scrubbed; nothing was served in its place.") from exc
    return case_identifiers(context, n.case_ref, n.dictation_id)


def redacted_note(n, d) -> dict:
    """The redacted view of stored note ``n`` (dictation ``d``); raises RedactedViewError rather than serve
    anything else."""
    try:
        note = case_note(json.loads(n.note_json))
    except (TypeError, ValueError) as exc:  # pydantic's ValidationError is a ValueError
        raise RedactedViewError(f"Note {n.dictation_id} cannot be read back as a case note ({exc}); nothing was "
                                "served in its place. Process the dictation again.") from exc
    return redacted_view(note, note_identifiers(n, d))


def note_scrubber(n, d) -> Callable[[str], str]:
    """Writes [REDACTED] over what the note's case context names, in free text beside it (an audit comment)."""
    return identifier_scrubber(note_identifiers(n, d))
