"""A name spelt out letter by letter: "that's D-O-C-H-E-R-T-Y", "Okafor, O K A F O R".

Practitioners spell an unusual surname for the record, and the letters are the name as surely as the name is: left in,
they undo its redaction. A run of single capital letters (or lower-case ones joined by hyphens or dots), at least
:data:`MIN_LETTERS` of them with a vowel among them, is a name spelt out, unless the letters make a word that is never
an identifier (an agency's initials spelt out: "C-A-M-H-S", "N-S-P-C-C"). A recogniser may write the first two letters
as one token ("St-O-C-H-R-D-Y"), or the first three or four as capitals ("VRO-D-H-E-R-O", "MUSG-R-A-V-E"); one such
token may start the run. Letters with digits among them are a postcode's or an NI number's, read by their own recognizers. The word the
letters spell, said just before or after them ("Okafor, O-K-A-F-O-R"; "D-O-C-H-E-R-T-Y, Docherty"), is the same name. Letters a recogniser wrote together as one
token after the name, some lost ("Darcy, DRCY"), are its spelling where they are its letters in order, its first
first, and at least SPELT_SHARE of them.
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer
from rapidfuzz import fuzz

from ..entities import PERSON
from ..lexicon import is_protected_word
from .result import make_result

MIN_LETTERS = 5  # shorter runs are mostly initialisms spelt out ("A-D-H-D", "P-C-S-O")
_VOWELS = frozenset("AEIOUY")
# single capitals joined by hyphens, spaces, dots or commas; or single lower-case letters joined by hyphens, or by
# dots, three or more, the first few maybe run together ("cmc.a.l.i.s.t.e.r": an address's name spelt, as a
# recogniser writes it)
_UPPER_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]?[-.]?|[A-Z]{2,4}(?=-))(?:[\s,.-]{1,2}[A-Z](?![\w'’]))+")
_LOWER_RUN = re.compile(r"(?<![\w'’-])[a-z](?:-[a-z](?![\w'’]))+"
                        r"|(?<![\w'’.-])[a-z]{1,4}(?:\.[a-z](?![\w'’])){3,}")
# the word spelt, just before the letters ("Okafor, O-K-...", "Okafor, that's O-K-...") or just after them
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’-]+)(?:,?\s(?:that's|that\sis|spelt|spelled)?,?\s?)$")
_WORD_AFTER = re.compile(r"^,?\s(?:that's\s)?([A-Za-z][A-Za-z'’-]+)")


class SpeltNameRecognizer(LocalRecognizer):
    """A name spelt out letter by letter, as a person's name."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[PERSON], supported_language=supported_language,
                         name="SpeltNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for pattern in (_UPPER_RUN, _LOWER_RUN):
            for m in pattern.finditer(text):
                letters = re.sub(r"[^A-Za-z]", "", m.group()).upper()
                if (len(letters) >= MIN_LETTERS and _VOWELS & set(letters)
                        and not is_protected_word(letters.lower())):
                    start, end = m.start(), m.end()
                    while end > start and not text[end - 1].isalpha():
                        end -= 1
                    out.append(make_result(self, PERSON, start, end, 0.6, "a name spelt out letter by letter"))
                    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
                    if before and _spells(letters, before.group(1)):
                        at = start - len(before.group(0))
                        out.append(make_result(self, PERSON, at, at + len(before.group(1)), 0.6, "the name spelt after it"))
                    after = _WORD_AFTER.search(text[end:end + 40])
                    if after and _spells(letters, after.group(1)):
                        out.append(make_result(self, PERSON, end + after.start(1), end + after.end(1), 0.6,
                                               "the name spelt before it"))
        # the letters said together as one capitalised token after the name, some lost ("Darcy, DRCY,"): the name's
        # letters in order, at least SPELT_SHARE of them
        for m in _CAPITALS.finditer(text):
            before = _WORD_BEFORE.search(text[max(0, m.start() - 40):m.start()])
            if before and before.group(1)[:1].isupper() and _letters_of(m.group(), before.group(1)) \
                    and not is_protected_word(m.group().lower()):
                out.append(make_result(self, PERSON, m.start(), m.end(), 0.6, "the name before it, its letters said"))
        return out


SPELT_SHARE = 0.6
_CAPITALS = re.compile(r"(?<![\w'’-])[A-Z]{3,}(?![\w'’-])")


def _letters_of(capitals: str, word: str) -> bool:
    """``capitals`` are ``word``'s letters in their order, its first among them, at least SPELT_SHARE of them."""
    letters = re.sub(r"[^A-Za-z]", "", word).upper()
    if not letters or capitals[0] != letters[0] or len(capitals) < SPELT_SHARE * len(letters):
        return False
    rest = iter(letters)
    return all(ch in rest for ch in capitals)


def _spells(letters: str, word: str) -> bool:
    """``word`` is what ``letters`` spell, allowing a letter misheard ("Docherty" for "D-O-C-H-R-D-Y")."""
    return fuzz.ratio(letters, re.sub(r"[^A-Za-z]", "", word).upper()) >= 75
