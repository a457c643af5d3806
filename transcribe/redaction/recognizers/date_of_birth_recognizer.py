"""Dates of birth, told apart from visit and meeting dates by what precedes them."""

from __future__ import annotations

import re
from datetime import date

from .result import make_result
from presidio_analyzer import LocalRecognizer, RecognizerResult

from ...language.dates import find_dates
from ..entities import DATE_OF_BIRTH

# A birth cue must come shortly before the date with no other date in between:
# "DOB 03/04/2015", "born on the third of April", "her birthday is 3rd April 2015".
BIRTH_CUE = re.compile(
    r"\b(?:born|dob|d\.\s?o\.\s?b\.?|d o b|date of birth|birth date|birthdate|birthday|b\.)(?=\W|$)",
    re.IGNORECASE,
)
CUE_WINDOW = 45  # characters between the end of the cue and the date
# What may not stand between cue and date: a sentence or clause break, or another event.
CUE_BREAK = re.compile(
    r"[.;!?]\s|\b(?:visit|visited|meeting|seen|conference|review|appointment|next|file|today|moved|started)\b",
    re.IGNORECASE,
)


class DateOfBirthRecognizer(LocalRecognizer):
    """Full or partial dates with a birth cue, and any date equal to a known DOB.

    ``known_dobs`` is set on per-note instances built from the case context, so the
    child's date of birth is found even where nobody says "born".
    """

    def __init__(self, known_dobs: tuple[date, ...] = (), supported_language: str = "en", name: str | None = None):
        self.known_dobs = tuple(known_dobs)
        super().__init__(
            supported_entities=[DATE_OF_BIRTH],
            supported_language=supported_language,
            name=name or "DateOfBirthRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results: list[RecognizerResult] = []
        mentions = find_dates(text)
        cues = [m.end() for m in BIRTH_CUE.finditer(text)]
        prev_end = -1
        for mention in mentions:
            score = 0.0
            if mention.value is not None and mention.value in self.known_dobs:
                score = 0.95
            elif not self.known_dobs:
                cue = max((c for c in cues if c <= mention.start), default=None)
                if (
                    cue is not None
                    and mention.start - cue <= CUE_WINDOW
                    and cue > prev_end
                    and not CUE_BREAK.search(text, cue, mention.start)
                ):
                    score = 0.85 if mention.has_year else 0.6
            prev_end = mention.end
            if score:
                results.append(
                    make_result(self, DATE_OF_BIRTH, mention.start, mention.end, score)
                )
        return results
