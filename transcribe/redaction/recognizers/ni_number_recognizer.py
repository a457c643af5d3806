"""National Insurance numbers: two prefix letters, six digits, suffix A-D."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from ..entities import NI_NUMBER

# HMRC never issues D, F, I, Q, U or V as either prefix letter, nor O as the second;
# BG, GB, KN, NK, NT, TN and ZZ are not allocated. (QQ is HMRC's specimen prefix and
# is accepted so that example numbers in notes are redacted too.)
UNISSUED_PREFIXES = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def unissued_prefix(between: str) -> str:
    """A lookahead refusing the unissued prefixes, with ``between`` allowed between their letters."""
    return "(?!(?:" + "|".join(f"{a}{between}{b}" for a, b in UNISSUED_PREFIXES) + r")\b)"


_PREFIX = unissued_prefix(r"\s?") + r"(?:[A-CEGHJ-PR-TW-Z]|Q)\s?(?:[A-CEGHJ-NPR-TW-Z]|Q)"
_DIGITS = r"\d{2}[\s-]?\d{2}[\s-]?\d{2}"


class NiNumberRecognizer(PatternRecognizer):
    """UK National Insurance numbers, spaced or not, any case (e.g. "QQ 12 34 56 C")."""

    PATTERNS = [
        Pattern("NI number", rf"\b{_PREFIX}\s?{_DIGITS}\s?[A-D]\b", 0.7),
        Pattern("NI number without suffix", rf"\b{_PREFIX}\s?{_DIGITS}\b", 0.3),
    ]
    CONTEXT = ["national insurance", "ni number", "nino", "ni", "insurance number"]

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity=NI_NUMBER,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="NiNumberRecognizer",
        )
