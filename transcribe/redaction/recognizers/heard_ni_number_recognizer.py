"""National insurance numbers read out and heard loosely, found by their shape alone.

An NI number is two prefix letters, six digits and a suffix letter A-D. Read out, its digits may come
back as numerals, digit words, number words or words that sound like a digit ("not free" for "nought
three", "or" for "oh" between its digits), its cue lost or garbled. Each stretch of the transcript is read
as the characters it may stand for (:func:`spoken_numbers.heard_characters`); one that starts with two prefix
letters written as capitals, letter names or letters spelt by a word and reads exactly as an NI number (the suffix
may be lost) is one; after two letters, one of them at least spelt by a word, six digits are one even where more
digits follow (the next number, run on); prefix letters, four or five digits and a suffix letter spelt by a word are one
(a digit or two lost). A stretch of day, month and year is not read this way ("AT 12 03 19" stays
a date).
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult

from ..entities import NI_NUMBER
from ..spoken_numbers import HESITATION, LETTER_NAMES, NI_PREFIX_GLUED, HeardToken, heard_spelling_letter
from ..text_reads import heard_tokens
from .result import make_result

# HMRC's rules (first letter not D F I Q U V, second not D F I O Q U V, not these pairs) for a number
# written out; a letter name is easily heard as one that rhymes ("ess" as "eff"), so where any of it was
# heard as words, any two letters
_NI_WRITTEN = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]?")
_NI_HEARD = re.compile(r"[A-Z]{2}\d{6}[A-D]?")
MAX_TOKENS = 14
# ... or prefix letters, four or five digits (the recogniser lost one or two) and the suffix letter spelt by a word
# ("QQ88, 41, 2, D for Delta"): no postcode (three digits before its two letters), phone or date ends so
_DIGITS_LOST = re.compile(r"[A-Z]{2}\d{4,5}[A-D]")


def _letter_token(token) -> bool:
    """Capitals, a letter's name, or a letter spelt by a word ("J for Juliet", "Kilo")."""
    text = token.text
    return token.spelt or (text.isalpha() and text.isupper() and len(text) <= 2) or text.lower() in LETTER_NAMES


def _as_an_ni_number_is_said(heard) -> list:
    """``heard`` read as an NI number is said: two words of the spelling alphabet as a recogniser wrote them
    ("Quibek Quibek" for "Quebec Quebec", ``spoken_numbers.heard_spelling_letter``) straight before a digit are the
    prefix letters; a hesitation ("erm", heard "Herm") between two digits is left out; an "O" glued to a digit among
    digits is a zero ("O6C" after "QQ8814": "oh six C")."""
    out = list(heard)
    for k in range(len(out) - 2):
        a, b, after = out[k], out[k + 1], out[k + 2]
        if after.chars[:1].isdigit() and a.text[:1].isupper() and b.text[:1].isupper() and not (a.chars or b.chars):
            first, second = heard_spelling_letter(a.text), heard_spelling_letter(b.text)
            if first and second:
                out[k] = HeardToken(a.text, a.start, a.end, first, spelt=True)
                out[k + 1] = HeardToken(b.text, b.start, b.end, second, spelt=True)
    kept = []
    for k, tok in enumerate(out):
        if (HESITATION.fullmatch(tok.text) and kept and kept[-1].chars[-1:].isdigit() and k + 1 < len(out)
                and out[k + 1].chars[:1].isdigit()):
            continue
        if tok.chars[:1] == "O" and tok.chars[1:2].isdigit() and kept and kept[-1].chars[-1:].isdigit():
            tok = HeardToken(tok.text, tok.start, tok.end, "0" + tok.chars[1:], tok.spelt)
        kept.append(tok)
    return kept


class HeardNiNumberRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[NI_NUMBER], supported_language=supported_language,
                         name="HeardNiNumberRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        heard = _as_an_ni_number_is_said(heard_tokens(text))
        results: list[RecognizerResult] = []
        i = 0
        while i < len(heard):
            best = None
            if _letter_token(heard[i]) or NI_PREFIX_GLUED.match(heard[i].text):
                chars = ""
                for j in range(i, min(len(heard), i + MAX_TOKENS)):
                    said = self._oh_heard_as_or(heard, i, j, chars) or heard[j].chars
                    if not said or len(chars) > 9:
                        break
                    chars += said
                    # the digits end here, or the recogniser ran them on into the next number after
                    # prefix letters one of which is spelt by a word ("Papa Hotel, 7-1-3-3-5, 8-1-1-1-2, ...",
                    # "K for Kilo, A. 6-0-3-3-1-8-3-1-0-1-7-5-..."): no one spells a letter with a word before
                    # six digits but to read out an identifier
                    ends = j + 1 == len(heard) or not heard[j + 1].chars[:1].isdigit() or (
                        i + 1 < j and (heard[i].spelt or heard[i + 1].spelt))
                    written = all(h.text.isupper() or h.text.isdigit() for h in heard[i:j + 1])
                    shape = _NI_WRITTEN if written else _NI_HEARD
                    if shape.fullmatch(chars) and ends and self._prefix_said_as_letters(heard[i:j + 1]):
                        best = j
                    elif (_DIGITS_LOST.fullmatch(chars) and heard[j].spelt and j > i
                          and self._prefix_said_as_letters(heard[i:j + 1])):
                        best = j  # its digits short by one or two (lost), its suffix spelt by a word after them
            if best is not None and not self._a_date(heard[i:best + 1]):
                results.append(make_result(self, NI_NUMBER, heard[i].start, heard[best].end, 0.7,
                                           "an NI number's shape, read out"))
                i = best + 1
            else:
                i += 1
        return results

    @staticmethod
    def _oh_heard_as_or(heard, i: int, j: int, chars: str) -> str:
        """"0" where "or" stands between the number's digits ("NK 52-66 or 1-A": "oh", zero, heard as "or", as a
        non-rhotic accent says both), after the prefix letters and a digit and before a digit; else ""."""
        # (the prefix letters and digits apart, or glued in one token: "QQ2731 or 8C")
        return "0" if (heard[j].text.lower() == "or" and (j > i + 1 or heard[i].chars[2:3].isdigit())
                       and chars[-1:].isdigit() and j + 1 < len(heard)
                       and heard[j + 1].chars[:1].isdigit()) else ""

    @staticmethod
    def _prefix_said_as_letters(tokens) -> bool:
        """The two prefix letters came from capitals or letter names, not from a word ("at", "in")."""
        first = tokens[0]
        if len(first.chars) >= 2:
            return first.text.isupper() and first.chars[:2].isalpha()
        return len(tokens) > 1 and _letter_token(tokens[1]) and len(tokens[1].chars) == 1

    @staticmethod
    def _a_date(tokens) -> bool:
        said = [t.text for t in tokens if t.chars[:1].isdigit()]
        nums = [t for t in said if t.isdigit()]
        return len(said) == len(nums) == 3 and 1 <= int(nums[0]) <= 31 and 1 <= int(nums[1]) <= 12
