"""Changing the text: replace (readable placeholders), mask, or reversible pseudonyms.

Detection never touches the text; these operators only ever see detections.
"""

from __future__ import annotations

from ..context import CaseContext
from ..note import Redaction, RedactionResult
from .detection import Detection
from .options import RedactionOptions
from .placeholders import PlaceholderNamer
from .pseudonym import case_key, pseudonymise


def replacement_for(text: str, d: Detection, label: str, options: RedactionOptions, key: bytes | None) -> str:
    surface = text[d.start:d.end]
    if options.operator == "mask":
        return "".join(ch if ch.isspace() else options.mask_char for ch in surface)
    if options.operator == "pseudonymise":
        assert key is not None  # RedactionOptions insists on a key for this operator
        bare = label.rsplit(" ", 1)[0] if label.rsplit(" ", 1)[-1].isdigit() else label
        return pseudonymise(key, bare, surface)
    return f"[{label}]"


def apply_redactions(text: str, redactions: list[Redaction]) -> str:
    """Write each replacement over its span, right to left (spans must not overlap)."""
    out = text
    for r in sorted(redactions, key=lambda r: r.start, reverse=True):
        out = out[: r.start] + r.replacement + out[r.end :]
    return out


def anonymize(text: str, detections: list[Detection], context: CaseContext, options: RedactionOptions) -> RedactionResult:
    namer = PlaceholderNamer(context)
    key = case_key(options.pseudonym_key, context.case_ref) if options.operator == "pseudonymise" else None
    redactions = []
    for d in sorted(detections, key=lambda d: d.start):
        label = namer.label(text, d)
        redactions.append(
            Redaction(
                start=d.start,
                end=d.end,
                entity=d.entity,
                replacement=replacement_for(text, d, label, options, key),
                score=round(d.score, 3),
                source=d.source,
            )
        )
    return RedactionResult(text=text, redacted_text=apply_redactions(text, redactions), redactions=redactions)
