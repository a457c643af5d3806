"""Redaction: UK identifiers and case-aware names found with Presidio, replaced with
readable placeholders, masks or reversible per-case pseudonyms.

    options = RedactionOptions()                 # once, from settings
    redactor = build_redactor(load_spacy(), options)   # once per process
    result = redact_text(text, context, redactor)      # per note

The names backed by Presidio are imported when first used, so that building the options (as
``pipeline_options`` does before Whisper decodes) does not import Presidio and spaCy.
"""

from importlib import import_module

from .options import RedactionOptions

_LAZY = {
    "Detection": "detection",
    "apply_redactions": "operators",
    "reidentify": "pseudonym",
    "Redactor": "redactor",
    "build_redactor": "redactor",
    "redact_text": "redactor",
}

__all__ = [
    "Detection",
    "RedactionOptions",
    "Redactor",
    "apply_redactions",
    "build_redactor",
    "redact_text",
    "reidentify",
]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
