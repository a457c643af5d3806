"""UK phone numbers (landline and mobile), written or spoken."""

from __future__ import annotations

import phonenumbers
from .result import make_result
from presidio_analyzer import LocalRecognizer, RecognizerResult

from ..entities import PHONE
from ..spoken_numbers import DigitRun
from ..text_reads import digit_runs


def _candidate_lengths(digits: str) -> tuple[int, ...]:
    if digits.startswith("440"):
        return (13, 12)  # +44 (0) 191 ...
    if digits.startswith("44"):
        return (12, 11)
    if digits.startswith("0"):
        return (11, 10)
    return ()


def _is_gb_number(digits: str) -> bool:
    if digits.startswith("440"):
        digits = "44" + digits[3:]
    number = "+" + digits if digits.startswith("44") else digits
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return False
    return parsed.country_code == 44 and phonenumbers.is_possible_number(parsed)


class UkPhoneRecognizer(LocalRecognizer):
    """GB numbers read from digit runs: "0191 496 0123", "+44 7700 900123",
    "oh seven seven double oh, nine oh oh one two three".

    Uses libphonenumber's *possible* test (length and leading digits), not *valid*,
    so Ofcom's drama ranges (07700 900xxx) used in training notes are caught too.
    """

    CONTEXT = ["phone", "mobile", "number", "ring", "call", "text", "landline", "contact"]

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entities=[PHONE],
            supported_language=supported_language,
            name="UkPhoneRecognizer",
            context=self.CONTEXT,
        )

    def load(self) -> None:  # nothing to load
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results: list[RecognizerResult] = []
        for run in digit_runs(text, 10):
            for sub in self._numbers_in(run):
                start = sub.start - 1 if sub.start > 0 and text[sub.start - 1] == "(" else sub.start
                results.append(
                    make_result(self, PHONE, start, sub.end, 0.75 if sub.spoken else 0.8)
                )
        return results

    @staticmethod
    def _numbers_in(run: DigitRun) -> list[DigitRun]:
        found: list[DigitRun] = []
        i = 0
        n = len(run.digits)
        while i < n:
            hit = None
            for length in _candidate_lengths(run.digits[i:]):
                if i + length <= n:
                    sub = run.sub(i, i + length)
                    if sub and _is_gb_number(sub.digits):
                        hit = sub
                        break
            if hit:
                found.append(hit)
                i += len(hit.digits)
            else:
                i += 1
        return found
