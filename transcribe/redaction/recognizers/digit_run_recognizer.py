"""Any long run of digits read out, whatever cue it had or lost.

Recognisers lose cues ("mobile" heard "NOMO Bio") and digits ("six two" heard "seeks to"), so a phone
or NHS number may reach redaction with neither its cue nor its full length. In a case note a run of
eight or more digits said one after another (numerals, digit words, "double"/"treble") is an
identifier whatever it was introduced by: amounts, times, dates and counts are not said that way.
Misheard digit words (:data:`spoken_numbers.MISHEARD_DIGITS`) join a run only beside its digits, and
only once seven digits were clearly heard, and only up to ten digits in all (a
full number followed by "I" or "to" ends before them).
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult

from ..entities import NHS_NUMBER, PHONE
from ..spoken_numbers import DIGIT_WORDS, MISHEARD_DIGITS, REPEAT_WORDS
from ..text_reads import heard_tokens
from .nhs_number_recognizer import nhs_checksum_ok
from .result import make_result

_JOINER = re.compile(r"[\s,\-.()+]*")
MIN_CLEAR_DIGITS = 8


def _clear(tok: str) -> bool:
    low = tok.lower()
    return tok.isdigit() or (low in DIGIT_WORDS and low != "o") or low in REPEAT_WORDS


def _is_date(tokens: list[str]) -> bool:
    """Dates and years written as numerals ("12 03 2016", "2024-11-13", "2019, 2020 or 2021"): a run not
    starting with 0 that holds a year, or day, month and year. The date recognizers' business."""
    if tokens[0].isdigit() and not tokens[0].startswith("0") and any(len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2099 for t in tokens):
        return True
    if len(tokens) != 3 or not all(t.isdigit() for t in tokens):
        return False
    day, month, _year = (int(t) for t in tokens)
    return 1 <= day <= 31 and 1 <= month <= 12 and len(tokens[2]) in (2, 4)


def _written_date_first(text: str, four) -> bool:
    """The first three of ``four`` tokens are a date written with one "/", "." or "-" between its parts
    ("02.09.14", "1/12/83"), and the fourth is joined to it otherwise (", 12"): a date, then another number."""
    seps = [text[a.end:b.start] for a, b in zip(four, four[1:])]
    return (seps[0] == seps[1] and seps[0] in ("/", ".", "-") and seps[2] != seps[0]
            and _is_date([t.text for t in four[:3]]))


class DigitRunRecognizer(LocalRecognizer):
    """PHONE (or NHS_NUMBER for ten digits with a valid check digit) for long runs of digits read out."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[PHONE, NHS_NUMBER], supported_language=supported_language,
                         name="DigitRunRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        heard = heard_tokens(text)
        results: list[RecognizerResult] = []
        i = 0
        while i < len(heard):
            if not _clear(heard[i].text):
                i += 1
                continue
            j = i  # clear tokens i..j joined by joiners
            while j + 1 < len(heard) and _clear(heard[j + 1].text) and _JOINER.fullmatch(text[heard[j].end:heard[j + 1].start]):
                j += 1
            if j - i >= 3 and _written_date_first(text, heard[i:i + 4]):
                i += 3  # "dob 02.09.14, 12": a date written whole, then another number (an age)
                continue
            digits = self._digits(heard[i:j + 1])
            if _is_date([t.text for t in heard[i:j + 1]]):
                i = j + 1
                continue
            if len(digits) >= MIN_CLEAR_DIGITS - 1:
                lo, hi = i, j
                # misheard digit words beside the run ("417, seeks to")
                while hi + 1 < len(heard) and heard[hi + 1].text.lower() in MISHEARD_DIGITS and len(digits) + (hi - j) + (i - lo) < 10 \
                        and _JOINER.fullmatch(text[heard[hi].end:heard[hi + 1].start]):
                    hi += 1
                while lo - 1 >= 0 and heard[lo - 1].text.lower() in MISHEARD_DIGITS and len(digits) + (hi - j) + (i - lo) < 10 \
                        and _JOINER.fullmatch(text[heard[lo - 1].end:heard[lo].start]):
                    lo -= 1
                extra = (hi - j) + (i - lo)
                if len(digits) >= MIN_CLEAR_DIGITS or len(digits) + extra >= MIN_CLEAR_DIGITS + 1:
                    all_digits = self._digits(heard[lo:hi + 1])
                    entity = NHS_NUMBER if len(all_digits) == 10 and nhs_checksum_ok(all_digits) else PHONE
                    results.append(make_result(self, entity, heard[lo].start, heard[hi].end, 0.6,
                                               "a long run of digits read out"))
            i = j + 1
        return results

    @staticmethod
    def _digits(tokens) -> str:
        out: list[str] = []
        repeat = 1
        for t in tokens:
            low = t.text.lower()
            if low in REPEAT_WORDS:
                repeat = REPEAT_WORDS[low]
                continue
            chars = "".join(c for c in (t.chars or MISHEARD_DIGITS.get(low, "")) if c.isdigit())
            out.append(chars[:1] * repeat + chars[1:] if chars else "")
            repeat = 1
        return "".join(out)
