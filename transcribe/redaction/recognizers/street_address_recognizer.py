"""Street addresses: house number (or flat) + street name + street type."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from ...language.kinship import KIN_WORDS
from ..entities import STREET_ADDRESS
from .result import make_result
from .trimming import trim_leading

_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)"
)
_HOUSE = rf"(?:\d{{1,4}}[a-zA-Z]?|{_NUM_WORD})"
# a flat by its number (a site's plot or pitch), or a Scottish tenement's floor/flat ("0/2, 113 Dumbarton Road") or Edinburgh's
# house/flat ("14/3 Leith Walk"), said with "stroke" or "slash" ("flat three stroke two"); "three" heard "free" (always
# before a house number and a street here)
_FLAT_NUM = rf"(?:\d{{1,3}}[a-zA-Z]?|{_NUM_WORD}|free)"
_FLAT = (rf"(?:(?:(?:flat|apartment|unit|plot|pitch)\s{_FLAT_NUM}(?:,?\s(?:stroke|slash)\s{_FLAT_NUM})?"
         rf"|\d{{1,3}}/\d{{1,2}}),?\s)")
_NAME_WORD = r"(?-i:(?:St\.?|[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?))"
_ANY_TYPE = (
    r"(?-i:(?:Street|St|Road|Rd|Avenue|Ave|Close|Crescent|Cres|Drive|Gardens|Gdns|Grove|Lane|"
    r"Place|Terrace|Tce|Walk|Way|Court|Square|View|Mews|Row|Rise|Hill|Park|Green|Vale|"
    r"Parade|Bank|Chare|Wynd|Villas|Croft|Gate|Heights|Meadows|Fields|Boulevard|Estate|"
    r"Approach|Crest|Lea|Dene|Garth|Yard|Grange|Walks|Circle|Oval|Paddock|Glade|Nook|Mount|"
    # the regional words for a street up a slope, a lane, a passage and a waterside street
    r"Brow|Brae|Loan|Vennel|Wharf|Quay|Causeway))"
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
# (a Gypsy and Traveller site's plot or pitch, and the site named by its lane: "Plot 7, Maltby Lane site")
_NUMBERED = rf"\b(?:{_FLAT}(?:{_HOUSE},?\s)?|{_HOUSE},?\s)(?:{_NAME_WORD}\s){{1,3}}{_ANY_TYPE}(?:\s(?i:site))?\b"
NUMBERED_STREET = re.compile(_NUMBERED, re.IGNORECASE)  # as Presidio compiles the pattern below
NAMED_STREET = re.compile(rf"\b(?:{_NAME_WORD}\s){{1,3}}{_ANY_TYPE}\b")


# -- addresses as people say them -----------------------------------------------------------------------------
# "number twelve Ferndale Avenue", "Ferndale Avenue number twelve", "No. 12 ..."
_NUMBER_CUE = r"(?:number|no\.?)\s"
_HOUSE_SAID = rf"(?:{_NUMBER_CUE})?{_HOUSE}"
# A building named before the street by its kind of building ("Hollins House", "Skelwith Court", "Rose Cottage")
_BUILDING_TYPE = (
    r"(?-i:(?:House|Court|Lodge|Mansions|Tower|Towers|Flats|Buildings|Cottage|Cottages|Farm|Hall|Point|Heights|"
    r"Manor|Barn|Chambers|Block|Mews))"
)
_BUILDING = rf"(?:(?-i:The)\s)?(?:{_NAME_WORD}\s){{1,2}}{_BUILDING_TYPE}"
# Welsh names a street by its kind first ("Heol y Felin", "Ffordd Tudno", "Maes yr Haf"): the Welsh words for
# road, way, street, lane, avenue, crescent, terrace, close, court and field, with the article or "of" that may follow
_LEAD_TYPES = ("heol", "ffordd", "stryd", "lôn", "lon", "rhodfa", "cilgant", "teras", "clos", "llys", "maes")
_LEAD_TYPE = rf"(?-i:(?:{'|'.join(w.capitalize() for w in _LEAD_TYPES)}))"
_WELSH_LINK = r"(?-i:(?:y|yr|ar|o|'r)\s)"
_STREET = rf"(?:(?:{_NAME_WORD}\s){{1,3}}{_ANY_TYPE}|{_LEAD_TYPE}\s{_WELSH_LINK}?{_NAME_WORD}(?:\s{_NAME_WORD})?)"
# a flat, a building or both before a numbered street; a flat in a named building before a street without a
# number ("Flat 4 Hollins House, Moss Lane"); a street with its number after it ("Moss Lane number four")
_SAID = re.compile(
    rf"\b(?:(?:{_FLAT}(?:{_BUILDING},?\s)?|{_BUILDING},\s)?{_HOUSE_SAID},?\s{_STREET}(?:,?\s{_NUMBER_CUE}{_HOUSE})?"
    rf"|{_FLAT}{_BUILDING},?\s{_STREET}"
    rf"|{_STREET},?\s{_NUMBER_CUE}{_HOUSE})\b",
    re.IGNORECASE,
)
# a Welsh street without its number, named by its kind first and capitalised ("in Maes yr Haf")
_LEAD_STREET = re.compile(rf"\b{_LEAD_TYPE}\s{_WELSH_LINK}?(?-i:[A-Z][a-z'’]+)(?:\s(?-i:[A-Z][a-z'’]+))?\b")
# A house known by its name, said where an address is ("lives at The Old Forge, Mill Lane"): two or three
# capitalised words, a comma, then a street
_HOUSE_NAME_AT = re.compile(
    rf"\b(?:lives|lived|living|resides|resided|residing|stays|stayed|staying|is|are|was|were|address(?:\sis)?)"
    rf"\s(?:at|in)\s(?P<addr>(?-i:The\s)?(?:{_NAME_WORD}\s){{0,2}}{_NAME_WORD},\s{_STREET})\b",
    re.IGNORECASE,
)
# A named house beside its farm, cottage or building, after "at" ("at The Bothy, Kinloss Farm")
_HOUSE_NAME_BUILDING = re.compile(
    rf"\bat\s(?P<addr>(?-i:The)\s{_NAME_WORD}(?:\s{_NAME_WORD})?,\s(?:{_NAME_WORD}\s){{1,2}}{_BUILDING_TYPE})\b",
    re.IGNORECASE,
)

# All-lower-case dictation: a street is lower-case words before a lower-case street type. Alone that is any
# phrase ("down the road", "a ten minute walk"), so it needs a house number and either a flat, "number", digits
# or a word that places a home before it ("at", "lives", "moved to"), and no word of it may be a function word,
# a word of time or distance, or a family possessive ("mum's").
_LOWER_STOP = {
    "the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "every", "each", "other", "another",
    "more", "most", "less", "few", "many", "much", "all", "both", "same", "different", "own", "very", "so", "too",
    "on", "in", "at", "to", "of", "for", "from", "with", "by", "up", "down", "off", "out", "over", "under", "round",
    "around", "along", "across", "past", "near", "into", "onto", "through", "and", "or", "but", "then", "than",
    "if", "when", "while", "as", "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
    "my", "your", "his", "its", "our", "their", "is", "was", "are", "were", "be", "been", "has", "had", "have",
    "do", "did", "does", "went", "go", "goes", "going", "got", "get", "gets", "said", "says", "lives", "living",
    "moved", "just", "still", "also", "not", "only", "about", "minute", "minutes", "hour", "hours", "mile", "miles",
    "second", "seconds", "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times",
    "metre", "metres", "yard", "yards", "foot", "feet", "step", "steps", "long", "short", "big", "little", "small",
    "good", "bad", "nice", "quick", "whole", "door", "doors", "house", "houses", "way", "ways", "car", "bus",
    "o'clock", "oclock", "am", "pm",
} | {f"{w}'s" for w in KIN_WORDS} | set(KIN_WORDS)
_LOW_WORD = rf"(?-i:(?!(?:{'|'.join(sorted(re.escape(w) for w in _LOWER_STOP))})\b)[a-z][a-z'’]*[a-z](?:-[a-z]+)?)"
_LOW_TYPE = (
    r"(?-i:(?:street|road|avenue|close|crescent|drive|gardens|grove|lane|terrace|walk|way|court|square|mews|row|"
    r"rise|hill|parade|wynd|place|view|vale|chare|villas|croft|brae|brow|dene|garth|green|bank|gate))"
)
_LOW_BUILDING = rf"(?:{_LOW_WORD}\s){{1,2}}(?-i:(?:house|court|lodge|mansions|tower|towers|flats|cottage|hall|point|heights))"
_LOW_FLAT = rf"(?-i:(?:flat|apartment|unit)\s(?:\d{{1,3}}[a-z]?|{_NUM_WORD}),?\s)"
_LOW_STREET = (
    rf"(?:(?:{_LOW_WORD}\s){{1,3}}{_LOW_TYPE}"
    rf"|(?-i:(?:{'|'.join(_LEAD_TYPES)}))\s{_WELSH_LINK}?{_LOW_WORD})"
)
_LOW_HOME_CUE = r"(?-i:(?:at|to|from|lives|live|lived|living|address|moved|moving|staying|stays|stay|called|is))"
_LOWER_SAID = re.compile(
    rf"(?:\b{_LOW_HOME_CUE}\s(?P<cued>(?:{_LOW_FLAT}(?:{_LOW_BUILDING},?\s)?)?(?:number\s)?(?-i:{_HOUSE}),?\s{_LOW_STREET}"
    rf"(?:,?\snumber\s(?-i:{_HOUSE}))?|{_LOW_STREET},?\snumber\s(?-i:{_HOUSE}))"
    rf"|\b(?P<plain>(?:{_LOW_FLAT}(?:{_LOW_BUILDING},?\s)?|number\s)(?-i:{_HOUSE}),?\s{_LOW_STREET}"
    rf"|{_LOW_FLAT}(?:{_LOW_BUILDING},?\s)?{_LOW_STREET}"
    rf"|\d{{1,4}}[a-z]?,?\s{_LOW_STREET}))\b"
)


# A through-route named by its kind ("Darlington Ring Road", "Tees Relief Road", "the Spine Road"): a ring road, a
# relief road, a link road, a spine road and a distributor road are the kinds of road the Department for Transport's
# road classification names for routes that carry traffic round or between towns, never a home's street; named
# without a house number they are a public place, not an address.
_THROUGH_ROUTE = re.compile(r"\b(?:Ring|Relief|Link|Spine|Distributor)\s(?:Road|Rd)\b")


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
        named = [r for r in results if not text[r.start].isdigit() and not _THROUGH_ROUTE.search(text, r.start, r.end)]
        numbered = [r for r in results if text[r.start].isdigit()]
        said = [make_result(self, STREET_ADDRESS, m.start(), m.end(), 0.8, "an address as said")
                for m in _SAID.finditer(text)]
        said += [make_result(self, STREET_ADDRESS, m.start("addr"), m.end("addr"), 0.7, "a house name before a street")
                 for m in list(_HOUSE_NAME_AT.finditer(text)) + list(_HOUSE_NAME_BUILDING.finditer(text))]
        said += [make_result(self, STREET_ADDRESS, m.start(), m.end(), 0.6, "a Welsh street, its kind first")
                 for m in _LEAD_STREET.finditer(text)]
        for m in _LOWER_SAID.finditer(text):
            group = "cued" if m.group("cued") else "plain"
            said.append(make_result(self, STREET_ADDRESS, m.start(group), m.end(group), 0.75, "a lower-case address"))
        return numbered + trim_leading(named, text, _NOT_A_STREET, min_words=2) + said
