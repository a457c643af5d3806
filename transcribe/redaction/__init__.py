"""Redaction: UK identifiers and case-aware names found with Presidio, replaced with
readable placeholders, masks or reversible per-case pseudonyms.

    options = RedactionOptions()                 # once, from settings
    redactor = build_redactor(load_spacy(), options)   # once per process
    result = redact_text(text, context, redactor)      # per note
"""

from .detection import Detection
from .operators import apply_redactions
from .options import RedactionOptions
from .pseudonym import reidentify
from .redactor import Redactor, build_redactor, redact_text

__all__ = [
    "Detection",
    "RedactionOptions",
    "Redactor",
    "apply_redactions",
    "build_redactor",
    "redact_text",
    "reidentify",
]
