"""Tagging: the child's voice, wishes and feelings, and Signs of Safety headings per sentence.

The spaCy-backed names are imported when first used, so that building the options does not import spaCy.
"""

from importlib import import_module

from .options import TaggingOptions

_LAZY = {name: "tagger" for name in ("LABELS", "Tagger", "build_tagger", "parse_shared", "tag_text")}

__all__ = ["LABELS", "TaggingOptions", "Tagger", "build_tagger", "parse_shared", "tag_text"]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
