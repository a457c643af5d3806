"""UK postcodes in the six outward formats, with or without the space, any case."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from ..entities import POSTCODE

_INWARD = r"\s?[0-9][ABD-HJLNP-UW-Z]{2}"


class UkPostcodeRecognizer(PatternRecognizer):
    """A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA (and GIR 0AA)."""

    PATTERNS = [
        Pattern(
            "UK postcode",
            r"\b(?:GIR\s?0AA"
            rf"|[A-PR-UWYZ][0-9][A-HJKPSTUW]?{_INWARD}"
            rf"|[A-PR-UWYZ][0-9]{{2}}{_INWARD}"
            rf"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?{_INWARD}"
            rf"|[A-PR-UWYZ][A-HK-Y][0-9]{{2}}{_INWARD}"
            r")\b",
            0.7,
        ),
    ]
    CONTEXT = ["postcode", "post code", "address", "lives", "moved"]

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity=POSTCODE,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="UkPostcodeRecognizer",
        )
