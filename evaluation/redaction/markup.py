"""Inline markup for labelled notes.

``⟦TYPE|text⟧`` marks an identifier that must be redacted; ``⟪text⟫`` marks words that
must never be redacted (relationship words, social-care terms, visit dates ...).
``⟪kind|text⟫`` names the kind of never-redact word.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"⟦(?P<type>[A-Z_]+)\|(?P<id>[^⟧]*)⟧|⟪(?:(?P<kind>[a-z_]+)\|)?(?P<keep>[^⟫]*)⟫")


def ident(entity: str, text: str) -> str:
    return f"⟦{entity}|{text}⟧"


def keep(text: str, kind: str = "term") -> str:
    return f"⟪{kind}|{text}⟫"


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Plain text, identifier spans and never-redact spans."""
    out: list[str] = []
    spans: list[dict] = []
    keeps: list[dict] = []
    pos = 0
    length = 0
    for m in _TOKEN.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        if m.group("type"):
            value = m.group("id")
            spans.append({"start": length, "end": length + len(value), "type": m.group("type")})
        else:
            value = m.group("keep")
            keeps.append({"start": length, "end": length + len(value), "kind": m.group("kind") or "term"})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, keeps
