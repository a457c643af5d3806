"""What a request's text may hold, checked as the intake checks a dictation's context (:mod:`transcribe.context`):
no NUL byte or other control character, which a case record (and PostgreSQL) cannot store. ``PlainText`` (free
text: tabs and line breaks allowed) is re-exported for api/'s schemas to name."""

from __future__ import annotations

from transcribe.context import PlainText, control_characters

__all__ = ["PlainText", "has_control_characters"]


def has_control_characters(value: str, *, multiline: bool = False) -> bool:
    """Whether ``value`` holds a control character (NUL...; tabs and line breaks allowed when ``multiline``)."""
    return control_characters(value, multiline=multiline)
