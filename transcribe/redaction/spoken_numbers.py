"""Digit runs in dictated text, written or spoken ("oh seven seven double oh nine ...").

Transcripts render numbers either way, often mixed ("0191 four nine six ..."). Phone and
NHS recognizers share this reader so both see the same digits with exact character spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
REPEAT_WORDS = {"double": 2, "treble": 3, "triple": 3}
# What a recogniser writes for a digit word it half-heard, said by itself in a British voice. Complete by
# this rule: the English words (and the letter I) that sound like a digit word but for one sound
# (voicing, a vowel, a dropped or added consonant), as speech recognisers are seen to write them:
# "free"/"tree" (three), "for"/"fore"/"ford" (four), "to"/"too" (two), "ate" (eight), "won" (one),
# "I"/"I'm"/"nein" (nine), "seeks"/"sicks" (six), "oh"/"o"/"all"/"ore"/"owe"/"north"/"naught" (oh, nought). Never
# digits on their own: only after an identifier's cue, between digits read out, or inside a date.
MISHEARD_DIGITS = {
    "oh": "0", "o": "0", "all": "0", "ore": "0", "owe": "0", "north": "0", "naught": "0", "to": "2", "too": "2", "for": "4", "fore": "4",
    "ford": "4", "free": "3", "tree": "3", "ate": "8", "won": "1", "i": "9", "i'm": "9", "nein": "9",
    "seeks": "6", "sicks": "6",
}

# A run is digit groups and digit words joined by spaces, commas, hyphens or dots.
_TOKEN = re.compile(r"\+?\d+|[A-Za-z]+")
_JOINER = re.compile(r"[\s,\-.()]*")


@dataclass(frozen=True)
class DigitRun:
    digits: str
    start: int
    end: int
    spoken: bool  # at least one digit came from a word
    token_spans: tuple[tuple[int, int], ...] = ()  # per digit: the span of the token it came from

    def sub(self, i: int, j: int) -> "DigitRun | None":
        """Digits ``i:j`` as a run of their own, or None if that would split a token."""
        spans = self.token_spans
        if i > 0 and spans[i - 1] == spans[i]:
            return None
        if j < len(spans) and spans[j - 1] == spans[j]:
            return None
        return DigitRun(self.digits[i:j], spans[i][0], spans[j - 1][1], self.spoken, spans[i:j])


def find_digit_runs(text: str, min_digits: int = 6) -> list[DigitRun]:
    """Every maximal run of written or spoken digits with at least ``min_digits`` digits."""
    runs: list[DigitRun] = []
    digits: list[str] = []
    spans: list[tuple[int, int]] = []
    start = end = -1
    spoken = False
    repeat = 1
    last_end = -1

    def flush() -> None:
        nonlocal digits, spans, start, end, spoken, repeat
        if len(digits) >= min_digits:
            runs.append(DigitRun("".join(digits), start, end, spoken, tuple(spans)))
        digits, spans, start, end, spoken, repeat = [], [], -1, -1, False, 1

    for m in _TOKEN.finditer(text):
        tok = m.group()
        low = tok.lower()
        is_digit = tok.lstrip("+").isdigit()
        is_word = low in DIGIT_WORDS or low in REPEAT_WORDS
        # a lone "o" only counts between other digits ("oh" and "o" in "o seven")
        if low == "o" and not digits:
            is_word = False
        if is_digit or is_word:
            if digits and not _JOINER.fullmatch(text[last_end:m.start()]):
                flush()
            if low in REPEAT_WORDS:
                if not digits:
                    start = m.start()
                repeat = REPEAT_WORDS[low]
                last_end = m.end()
                continue
            if not digits and start < 0:
                start = m.start()
            if is_digit:
                raw = tok.lstrip("+")
                new = raw if repeat == 1 else raw[0] * repeat + raw[1:]
            else:
                new = DIGIT_WORDS[low] * repeat
                spoken = True
            digits.extend(new)
            spans.extend([(m.start(), m.end())] * len(new))
            repeat = 1
            end = m.end()
            last_end = m.end()
        else:
            if digits or start >= 0:
                flush()
    flush()
    return runs
