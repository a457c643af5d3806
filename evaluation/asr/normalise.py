"""A Whisper-style English normaliser for scoring, so formatting differences are not counted as errors.

OpenAI Whisper's ``EnglishTextNormalizer`` (packaged as ``whisper-normalizer``): lower case, no
punctuation, spoken numbers to digits ("twenty one" -> "21"), American/British spelling unified
("colour" -> "color"), contractions and titles expanded. On top of it, dates are put in one order
("the 14th of march", "march 14th" and "14 march" all -> "14 march"), since a case record's date
style is a convention, not a recognition error. Applied identically to reference and both systems.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DAY_MONTH = re.compile(rf"\b(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTHS})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTHS}) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?\b(?! ?%)")


@lru_cache(maxsize=1)
def _whisper():
    from whisper_normalizer.english import EnglishTextNormalizer

    return EnglishTextNormalizer()


def normalise(text: str) -> str:
    out = _whisper()(text)
    out = _DAY_MONTH.sub(lambda m: f"{int(m.group(1))} {m.group(2)}", out)
    out = _MONTH_DAY.sub(lambda m: f"{int(m.group(2))} {m.group(1)}", out)
    return re.sub(r"\s+", " ", out).strip()
