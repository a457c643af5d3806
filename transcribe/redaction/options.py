"""Options for the redaction stage, built once from settings by the caller."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..errors import RedactionConfigError

Operator = Literal["replace", "mask", "pseudonymise"]
OPERATORS = ("replace", "mask", "pseudonymise")


@dataclass(frozen=True)
class RedactionOptions:
    """How the redactor finds identifiers and what it writes in their place.

    ``operator``: ``replace`` writes readable placeholders ("[CHILD]", "[PERSON 2]"),
    ``mask`` overwrites each character with ``mask_char``, ``pseudonymise`` writes a
    token that the holder of ``pseudonym_key`` can turn back into the original
    (see :func:`transcribe.redaction.reidentify`).
    """

    operator: Operator = "replace"
    pseudonym_key: bytes | None = None
    max_chars: int = 100_000
    score_threshold: float = 0.4
    mask_char: str = "*"
    fuzzy_name_threshold: float = 85.0  # rapidfuzz ratio for case-name matching
    use_ner: bool = True  # catch names not in the case context with spaCy NER
    # a word the recogniser heard below this probability is unsure (the doubt stage's own threshold,
    # DoubtOptions.min_word_probability): after an identifier's cue it continues the value
    unsure_word_probability: float = 0.4
    entities: tuple[str, ...] = field(default=())  # empty: every entity this stage knows

    def __post_init__(self) -> None:
        if self.operator not in OPERATORS:
            raise RedactionConfigError(
                f"Unknown redaction operator {self.operator!r}. Use one of: {', '.join(OPERATORS)}."
            )
        if self.operator == "pseudonymise" and not self.pseudonym_key:
            raise RedactionConfigError(
                "The 'pseudonymise' operator needs a secret key. Set pseudonym_key "
                "(at least 16 bytes, kept out of the case record) or use operator='replace'."
            )
        if self.pseudonym_key is not None and len(self.pseudonym_key) < 16:
            raise RedactionConfigError("pseudonym_key is too short. Use at least 16 random bytes.")
        if self.max_chars <= 0:
            raise RedactionConfigError("max_chars must be a positive number of characters.")
        if not 0.0 <= self.score_threshold <= 1.0:
            raise RedactionConfigError("score_threshold must be between 0 and 1.")
        if not 0.0 <= self.unsure_word_probability <= 1.0:
            raise RedactionConfigError("unsure_word_probability must be between 0 and 1.")
        if len(self.mask_char) != 1:
            raise RedactionConfigError("mask_char must be a single character, e.g. '*'.")
