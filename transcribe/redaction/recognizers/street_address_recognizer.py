"""Street addresses: house number (or flat) + street name + street type."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from ...language.kinship import KIN_WORDS
from ..entities import STREET_ADDRESS
from .trimming import trim_leading

_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)"
)
_HOUSE = rf"(?:\d{{1,4}}[a-zA-Z]?|{_NUM_WORD})"
# a flat by its number, or a Scottish tenement's floor/flat ("0/2, 113 Dumbarton Road") or Edinburgh's
# house/flat ("14/3 Leith Walk")
_FLAT = rf"(?:(?:(?:flat|apartment|unit)\s(?:\d{{1,3}}[a-zA-Z]?|{_NUM_WORD})|\d{{1,3}}/\d{{1,2}}),?\s)"
_NAME_WORD = r"(?-i:(?:St\.?|[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?))"
_ANY_TYPE = (
    r"(?-i:(?:Street|St|Road|Rd|Avenue|Ave|Close|Crescent|Cres|Drive|Gardens|Gdns|Grove|Lane|"
    r"Place|Terrace|Tce|Walk|Way|Court|Square|View|Mews|Row|Rise|Hill|Park|Green|Vale|"
    r"Parade|Bank|Chare|Wynd|Villas|Croft|Gate|Heights|Meadows|Fields|Boulevard|Estate|"
    r"Approach|Crest|Lea|Dene|Garth|Yard|Grange|Walks|Circle|Oval|Paddock|Glade|Nook|Mount))"
)
_STRONG_TYPE = (
    r"(?-i:(?:Street|Road|Avenue|Close|Crescent|Drive|Gardens|Grove|Lane|Terrace|Walk|Court|"
    r"Square|Mews|Parade|Chare|Wynd|Villas|Place|View))"
)
_NOT_A_STREET = {
    "the", "a", "on", "in", "at", "to", "and", "high", "main", "front", "back", "then", "we",
    "she", "he", "they", "went", "down", "up", "from", "off", "round", "near", "by", "her",
    "his", "their", "our", "my", "lives", "living", "moved",
} | {f"{w}'s" for w in KIN_WORDS}  # "mum's Elm Terrace": the family's possessives, as language.kinship lists the family


# "14 Elm Terrace", "Flat 3, 27 Coronation Street", and a flat in a named block with no house number ("Flat 6,
# Elm Court")
_NUMBERED = rf"\b(?:{_FLAT}(?:{_HOUSE},?\s)?|{_HOUSE},?\s)(?:{_NAME_WORD}\s){{1,3}}{_ANY_TYPE}\b"
NUMBERED_STREET = re.compile(_NUMBERED, re.IGNORECASE)  # as Presidio compiles the pattern below
NAMED_STREET = re.compile(rf"\b(?:{_NAME_WORD}\s){{1,3}}{_ANY_TYPE}\b")


class StreetAddressRecognizer(PatternRecognizer):
    """"14 Elm Terrace", "Flat 3, 27 Coronation Street", "fourteen Elm Terrace",
    and, with a lower score, a named street without a number ("on Elm Terrace")."""

    PATTERNS = [
        Pattern(
            "House number + street",
            _NUMBERED,
            0.8,
        ),
        Pattern(
            "Named street",
            rf"\b(?:{_NAME_WORD}\s){{1,2}}{_STRONG_TYPE}\b",
            0.6,
        ),
    ]
    CONTEXT = ["lives", "live", "living", "address", "moved", "house", "flat", "home", "at"]

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity=STREET_ADDRESS,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="StreetAddressRecognizer",
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        named = [r for r in results if not text[r.start].isdigit()]
        numbered = [r for r in results if text[r.start].isdigit()]
        return numbered + trim_leading(named, text, _NOT_A_STREET, min_words=2)
