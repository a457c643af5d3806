"""UK postcodes in the six outward formats, with or without the space, any case; and a postcode's outward code
alone after its cue ("the postcode starts SR8", "postcode is DH1, she'll text the rest"): half a postcode said is
still the family's district and street, so it is the postcode's."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from ..entities import POSTCODE
from .result import make_result

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

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for m in _OUTWARD_AFTER_CUE.finditer(text):
            if not any(r.start <= m.start("code") < r.end for r in results):
                results.append(make_result(self, POSTCODE, m.start("code"), m.end("code"), 0.6,
                                           "a postcode's outward code after its cue"))
        return results

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity=POSTCODE,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="UkPostcodeRecognizer",
        )


# Royal Mail's postcode areas, complete by their rule (the 121 areas of the UK, the Isle of Man and the Channel Islands,
# as the Postcode Address File names them)
POSTCODE_AREAS = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL
GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA
PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS
WV YO ZE""".split())
_AREA = "|".join(sorted(POSTCODE_AREAS, key=len, reverse=True))
# the cue, up to three of the words said between it and its value ("is", "starts with", "area", "begins"), then an
# outward code (an area, then a district of one or two digits or a digit and a letter) ending there, not a whole
# postcode
_OUTWARD_AFTER_CUE = re.compile(
    r"\b(?i:post\s?code)(?:['’]s)?(?:[\s,:]+(?i:is|was|starts|start|starting|begins|begin|beginning|with|of|area|"
    r"district|it's|it’s|just|the|first|part|half)){0,3}[\s,:]+"
    rf"(?P<code>(?:{_AREA})[0-9][0-9A-Z]?)(?![\w-])(?!\s?[0-9][A-Z]{{2}}\b)")
