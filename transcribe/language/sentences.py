"""Splitting a transcript into sentences, with their offsets: one splitter for structure and filing.

A sentence ends at a full stop, question mark or exclamation mark (and the run of them), or at a line break;
a title's full stop ("Mrs. Whitfield", as Whisper writes it; the titles of ``titles.NAME_TITLES``) does not
end one. Spans are trimmed of white space and index into the text as given.
"""

from __future__ import annotations

import re

from .titles import NAME_TITLES

_SENT_RE = re.compile(r"[^.!?\n]+[.!?]*", re.M)


def sentences(text: str) -> list[tuple[int, int, str]]:
    """The sentences of ``text`` as (start, end, sentence), in order; ``text[start:end] == sentence``."""
    out: list[tuple[int, int, str]] = []
    for m in _SENT_RE.finditer(text):
        sent = m.group()
        if not sent.strip():
            continue
        start = m.start() + len(sent) - len(sent.lstrip())
        end = m.start() + len(sent.rstrip())
        if out and _ends_with_title(out[-1][2]):
            start = out.pop()[0]
        out.append((start, end, text[start:end]))
    return out


def _ends_with_title(sentence: str) -> bool:
    words = sentence.rstrip(".").split()
    return sentence.endswith(".") and bool(words) and words[-1].lower() in NAME_TITLES
