"""NHS numbers: ten digits with a modulus-11 check digit, written or spoken."""

from __future__ import annotations

from .result import make_result
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from ..entities import NHS_NUMBER
from ..text_reads import digit_runs


def nhs_checksum_ok(digits: str) -> bool:
    """Modulus 11 check used by NHS England (weights 10..2, check digit last)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


class NhsNumberRecognizer(PatternRecognizer):
    """Ten digits (3-3-4 or run together), written or spoken ("nine four three, four seven six ...").

    The check digit raises the score, it never gates (Presidio's ``validate_result`` style):
    a recogniser that mishears one digit, or a number typed with a slip, makes the check
    fail, and the number is still someone's. A leading 0 is a phone number's.
    """

    VALID_SCORE = 0.85
    UNCHECKED_SCORE = 0.3  # below the stage threshold unless a cue ("NHS") stands near: Presidio adds 0.35

    PATTERNS = [
        # not the tail of a phone number: "+44 (0)131 4960792"
        Pattern("NHS number (3-3-4)", r"(?<![\d)+][\s-]?)\b[1-9]\d{2}[- ]?\d{3}[- ]?\d{4}\b(?![\s-]?\d)", UNCHECKED_SCORE),
    ]
    CONTEXT = ["nhs", "nhs number", "health number", "national health"]

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity=NHS_NUMBER,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="NhsNumberRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """True (top score) for a valid check digit; otherwise None: the pattern's own score stands."""
        return nhs_checksum_ok(EntityRecognizer.sanitize_value(pattern_text, [("-", ""), (" ", "")])) or None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        seen = {(r.start, r.end) for r in results}
        for run in digit_runs(text, 10):
            if run.spoken and len(run.digits) == 10 and run.digits[0] != "0" and (run.start, run.end) not in seen:
                score = self.VALID_SCORE if nhs_checksum_ok(run.digits) else self.UNCHECKED_SCORE
                results.append(make_result(self, NHS_NUMBER, run.start, run.end, score))
        return results
