"""Named schools, nurseries, children's centres and GP surgeries."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from ..entities import INSTITUTION
from .trimming import trim_leading

_WORD = r"(?-i:(?:St\.?|Saint|RC|CE|C\sof\sE|[A-Z][a-zA-Z'’\-]+))"
_LINK = r"(?:\s(?:of|the|and|&|on|upon|in)\s|\s)"
_KIND = (
    r"(?-i:(?:(?:Primary|Infant|Infants|Junior|First|Middle|High|Secondary|Community|Catholic|"
    r"Church|Special|Grammar|Free|Nursery|Day|Pre)\s)?"
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Children's\sCentre|Childrens\sCentre|Family\sHub|"
    r"Surgery|Medical\sCentre|Medical\sPractice|Health\sCentre|Medical\sGroup|Practice|Primary|"
    r"Infants|Juniors))"
)
_NOT_A_NAME = {
    "the", "a", "an", "at", "to", "her", "his", "their", "my", "our", "your", "this", "that",
    "local", "new", "old", "went", "goes", "go", "from", "primary", "secondary", "high",
    "nursery", "school", "and", "mum", "dad", "same", "next", "last", "other", "special",
    "in", "on", "after", "before", "breakfast", "forest", "sunday", "she", "he", "they",
}


class InstitutionRecognizer(PatternRecognizer):
    """"Bede Primary School", "St Mary's RC Primary", "Little Acorns Nursery",
    "Elm Road Surgery", "Saltwell Medical Centre". Lower-case "the school" is left alone."""

    PATTERNS = [
        Pattern("Named institution", rf"\b{_WORD}(?:{_LINK}{_WORD}){{0,3}}\s{_KIND}\b", 0.75),
    ]
    CONTEXT = ["school", "nursery", "gp", "surgery", "attends", "teacher", "doctor"]

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity=INSTITUTION,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="InstitutionRecognizer",
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        return trim_leading(results, text, _NOT_A_NAME, min_words=2)
