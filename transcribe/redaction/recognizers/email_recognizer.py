"""Email addresses, written or spoken, validated without any network access.

Presidio's stock EmailRecognizer validates with ``tldextract``, which downloads the
public suffix list on first use. This one checks the top-level domain's shape instead,
so nothing here ever opens a socket.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from ..entities import EMAIL
from ..spoken_numbers import SPELT_LINK, SPELT_X_RAY

_TLD = re.compile(r"\.[a-z]{2,24}$", re.IGNORECASE)

_LOCAL_WORD = r"[a-z0-9][a-z0-9_%+\-]*"
# ... and as a recogniser may write a letter of it, with a dot ("A.M.A.T.W.")
_LOCAL_WORD_HEARD = r"[a-z0-9][a-z0-9_%+\-.]*"
# ... its joins as a recogniser may write them, glued by a hyphen to the words beside ("Joy-Dot Adeyemi, at NHS.net")
_JOIN_HEARD = r"(?:\s|-)(?:dot|underscore|dash|hyphen)(?:\s|-)"
# a number said after the name part: "callum dot tate oh seven", "claire dot mack 79", "tomash k eighty five"
_SAID_NUMBER = (
    r"(?:\s(?:\d+|oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|double|[a-z]"
    r"|or))"  # "oh" heard "or", as a non-rhotic voice says both ("cal dot stu double or at email dot com")
)
# "dot" as people also say it: "full stop", "point"
_DOT = r"(?:dot|full\sstop|point)"
_JOIN = rf"\s(?:{_DOT}|underscore|dash|hyphen)\s"
# letters spelt by a word before the name part: "m for mike fenwick at icloud dot com"
_SPELT = rf"(?:[a-z]{SPELT_LINK}(?:{SPELT_X_RAY}|[a-z]+)\s)*"
# two-letter English words a sentence may end a spoken "at ... dot" with: never a country's domain
_SMALL_WORDS = r"(?:he|we|it|is|in|on|at|to|so|no|do|go|be|by|my|us|an|as|am|if|of|or|up|hi|ok|ye|oh)"
_DOMAIN_TAIL = (
    rf"(?:com|co\s{_DOT}\suk|org|org\s{_DOT}\suk|net|nhs\s{_DOT}\suk|nhs\s{_DOT}\snet|gov\s{_DOT}\suk|ac\s{_DOT}\suk|uk|co|me|info|(?!{_SMALL_WORDS}\b)[a-z]{{2}})"
)  # any country's two-letter domain too: "onet dot pl", "web dot de"


class OfflineEmailRecognizer(PatternRecognizer):
    """``name@domain.tld`` and dictated "kay dot smith at hotmail dot co dot uk"."""

    PATTERNS = [
        Pattern(
            "Email",
            r"\b[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24}\b",
            0.9,
        ),
        Pattern(
            "Email (spoken)",
            rf"\b{_SPELT}{_LOCAL_WORD}(?:{_JOIN}{_LOCAL_WORD}){{0,3}}{_SAID_NUMBER}{{0,4}}\s(?:at)\s[a-z0-9\-]+(?:\s{_DOT}\s[a-z0-9\-]+)*?\s{_DOT}\s{_DOMAIN_TAIL}\b",
            0.8,
        ),
        # the name part said with its joins ("d underscore hayes", "jo dot bell"), the domain written by the recogniser
        # ("at www.yau.co.uk"); a joined name part is never a team's or a place's ("the team at NHS.net" stays)
        Pattern(
            "Email (name part spoken, domain written)",
            rf"\b{_LOCAL_WORD_HEARD}(?:{_JOIN_HEARD}{_LOCAL_WORD_HEARD}){{1,3}}{_SAID_NUMBER}{{0,4}},?\sat\s"
            r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24}\b",
            0.7,
        ),
    ]
    CONTEXT = ["email", "e-mail", "address"]

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity=EMAIL,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="OfflineEmailRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        if "@" in pattern_text:
            return bool(_TLD.search(pattern_text))
        return None  # spoken form: the pattern already fixed the domain ending
