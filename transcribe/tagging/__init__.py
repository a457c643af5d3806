"""Tagging: the child's voice, wishes and feelings, and Signs of Safety headings per sentence."""

from .tagger import LABELS, TaggingOptions, Tagger, build_tagger, parse_shared, tag_text

__all__ = ["LABELS", "TaggingOptions", "Tagger", "build_tagger", "parse_shared", "tag_text"]
