"""NHS numbers: ten digits with a modulus-11 check digit, written or spoken."""

from __future__ import annotations

from .result import make_result
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from ..entities import NHS_NUMBER
from ..spoken_numbers import find_digit_runs


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
    """Ten digits (3-3-4 or run together) that pass the NHS check digit.

    Spoken forms ("nine four three, four seven six ...") are read by the shared
    digit-run reader and held to the same checksum.
    """

    PATTERNS = [
        # not the tail of a phone number: "+44 (0)131 4960792"
        Pattern("NHS number (3-3-4)", r"(?<![\d)+][\s-]?)\b\d{3}[- ]?\d{3}[- ]?\d{4}\b(?![\s-]?\d)", 0.7),
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

    def validate_result(self, pattern_text: str) -> bool:
        return nhs_checksum_ok(EntityRecognizer.sanitize_value(pattern_text, [("-", ""), (" ", "")]))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        seen = {(r.start, r.end) for r in results}
        for run in find_digit_runs(text, min_digits=10):
            if run.spoken and len(run.digits) == 10 and nhs_checksum_ok(run.digits):
                if (run.start, run.end) not in seen:
                    results.append(
                        make_result(self, NHS_NUMBER, run.start, run.end, 0.8)
                    )
        return results
