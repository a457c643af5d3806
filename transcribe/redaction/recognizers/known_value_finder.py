"""Where a transcript says an identifier the case context already holds, however it was heard.

The recogniser may lose an identifier's cue ("that's" heard "at") or turn its letters into words
("three A D" heard "free Ad"), so no pattern finds it. When the value is known (the postcode of the
context's address), each short stretch of the transcript is read as the digits and letters it may
stand for (:func:`spoken_numbers.heard_characters`) and compared with the value by edit distance; a
stretch close enough, holding its digits, is that value.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ..spoken_numbers import HeardToken

_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.IGNORECASE)
MAX_TOKENS = 9


def postcode_of(address: str) -> str | None:
    """The postcode in an address line, as its characters ("NE325RW"), or None."""
    m = _POSTCODE.search(address or "")
    return (m.group(1) + m.group(2)).upper() if m else None


def _digits(chars: str) -> str:
    return "".join(ch for ch in chars if ch.isdigit())


def find_known_value(heard: list[HeardToken], value: str, min_similarity: float = 0.7) -> list[tuple[int, int]]:
    """Character spans of the stretches of ``heard`` that say ``value`` (digits and capitals): at least
    four characters, a digit and a letter among them, the value's digits there with at most one slip,
    and edit similarity >= ``min_similarity`` or exactly the value without its leading letters. Stretches do not overlap; the closest, then the shortest, wins."""
    want_digits = _digits(value)
    # the value without its leading letters (a postcode's area, the letters most often lost: "any 32, 5RW")
    tail = value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    tail = tail if len(tail) >= 4 else None
    found: list[tuple[float, int, int]] = []  # (distance, i, j) token range [i, j)
    for i, first in enumerate(heard):
        if not first.chars:
            continue
        chars = ""
        for j in range(i, min(len(heard), i + MAX_TOKENS)):
            chars += heard[j].chars
            if len(chars) > len(value) + 3:
                break
            if not heard[j].chars or len(chars) < 4:
                continue
            if not any(c.isdigit() for c in chars) or not any(c.isalpha() for c in chars):
                continue
            if Levenshtein.distance(_digits(chars), want_digits) > (0 if len(want_digits) < 3 else 1):
                continue
            if Levenshtein.normalized_similarity(chars, value) >= min_similarity or chars == tail:
                found.append((Levenshtein.distance(chars, value), i, j + 1))
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    for _dist, i, j in sorted(found, key=lambda f: (f[0], f[2] - f[1])):
        if taken & set(range(i, j)):
            continue
        taken |= set(range(i, j))
        spans.append((heard[i].start, heard[j - 1].end))
    return sorted(spans)
