"""Shared helper: drop leading words that cannot start a name ("Went to Bede Primary")."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

_WORD = re.compile(r"\S+")


def trim_leading(results: list[RecognizerResult], text: str, stopwords: set[str], min_words: int = 2) -> list[RecognizerResult]:
    """Move each result's start past leading ``stopwords``; drop it if fewer than
    ``min_words`` words are left."""
    kept = []
    for r in results:
        words = list(_WORD.finditer(text, r.start, r.end))
        i = 0
        while i < len(words) and words[i].group().lower().strip(",.") in stopwords:
            i += 1
        if len(words) - i < min_words:
            continue
        r.start = words[i].start()
        kept.append(r)
    return kept
