"""Any long run of digits read out, whatever cue it had or lost; in a transcript, any number-dense stretch.

Recognisers lose cues ("mobile" heard "NOMO Bio") and digits ("six two" heard "seeks to"), so a phone
or NHS number may reach redaction with neither its cue nor its full length. In a case note a run of
eight or more digits said one after another (numerals, digit words, "double"/"treble") is an
identifier whatever it was introduced by: amounts, times, dates and counts are not said that way.
Misheard digit words (:data:`spoken_numbers.MISHEARD_DIGITS`) join a run only beside its digits, and
only once seven digits were clearly heard, and only up to ten digits in all (a
full number followed by "I" or "to" ends before them).

Number density (transcripts only, ``heard=True``). A recogniser breaks a read-out identifier in ways
that the strict run above does not survive: a digit word misheard as a short word inside a hyphenated
run ("four-in-eight"), the number split into groups across letters and mixed tokens ("00X, 3106, 777,
a"), the letters of an NI number read out ("A as in apple" heard "on an apple"). The rule, from what a
note says briefly and what an identifier is:

* a *stretch* is tokens of four kinds joined only by spaces, commas, hyphens, dots or brackets: digits
  (numerals, digit words, "double"/"treble", tokens mixing letters and digits such as "00X"), misheard
  digit words, letters read out (a single letter, one or two capitals, a letter spelt by a word), and a
  word of at most three letters glued by hyphens between two digit tokens ("four-in-eight": the
  recogniser hyphenates digits said one by one, so a word inside such a chain is a digit it misheard);
  a word of three or more letters glued before the first digits ("Phono7") is a cue, not part of it;
* the identifiers a note holds are UK phone numbers (11 digits, 10 after "+44"), NHS numbers (10), NI
  numbers (6 digits with two letters before and one after) and postcodes (at most 3 digits, left to the
  postcode recognisers). What a note says briefly and must keep: times (4 digits), money (a currency
  sign, at most 6-7 digits with pence), dates (up to 8 digits, holding a year or a day and month),
  years and ages (2-4 digits each, several in a list);
* so a stretch is an identifier when, dates aside and not after a currency sign, it holds at least 8
  digits counting its misheard words and at least 6 clearly heard (an 11-digit phone or 10-digit NHS
  number that lost up to three), or at least 6 clearly heard digits and a letter read out inside it or
  right before it (an NI number: no time, amount, date or age carries a read-out letter);
* a misheard word at a stretch's end belongs to it only beside its digits and while it has fewer than
  ten clear ones (a full number followed by "I" or "to" ends before them);
* letters read out just before such a stretch ("X as in Word" heard "<word> in/an <Word>", or with "as in"
  heard as any one short word where the letter, written as itself or its name, is the spelling word's first:
  "El Amin London"; up to two such groups) are part of it;
* an identifier keeps its shape with one digit in five unclear (MAX_UNCLEAR_SHARE): a misheard digit word, or a
  letter standing between two of its digit tokens (no identifier holds a letter there: an NI number's letters
  stand before and after its six digits, a phone or NHS number has none, so "six" heard "C" is a digit). So an NI
  number's six digits, its letters said before them (two read out before the stretch, or a letter starting it),
  may be five clearly heard and one unclear;
* a speaker who corrects a number repairs it in place: the digits said, an editing term
  (``spoken_numbers.EDITING_TERMS``), the digits again ("oh seven seven one, no, oh seven eight one ...",
  "six oh two, sorry, six oh three ..."). Where such a term
  stands between an identifier stretch and a run of two or more clear digits (joined by spaces, commas,
  hyphens or dots), the run is the same identifier said before or after its repair and joins it, term and
  all: the digits abandoned are mostly the identifier's own.
* an NI number ends in a letter, and that letter is one of A, B, C, D (HMRC's suffixes). Read out after the six
  digits as "D as in Delta", a recogniser may keep only the spelling word and write the letter and its "as in" as
  one or two short words ("A as in apple" heard "at the Apple"): after an NI stretch that ends with its digits, one
  or two words of at most three letters and then a capitalised word starting with A, B, C or D, where the first short
  word starts with the same letter or is that letter's name, are its last letter and join it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import LocalRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from ...language.dates import TIMES_OF_DAY
from ..entities import NHS_NUMBER, NI_NUMBER, PHONE
from ..spoken_numbers import (DIGIT_WORDS, EDITING_TERMS, LETTER_NAMES, LINKED_AFTER_REPEAT, MISHEARD_DIGITS, NI_PREFIX_GLUED,
                              REPEAT_WORDS, sounds_near_repeat)
from ..text_reads import heard_tokens
from .nhs_number_recognizer import nhs_checksum_ok
from .result import make_result

_JOINER = re.compile(r"[\s,\-.()+]*")
MIN_CLEAR_DIGITS = 8


def _clear(tok: str) -> bool:
    low = tok.lower()
    return tok.isdigit() or (low in DIGIT_WORDS and low != "o") or low in REPEAT_WORDS


def _is_date(tokens: list[str]) -> bool:
    """Dates and years written as numerals ("12 03 2016", "2024-11-13", "2019, 2020 or 2021"): a run not
    starting with 0 that holds a year, or day, month and year. The date recognizers' business."""
    if tokens[0].isdigit() and not tokens[0].startswith("0") and any(len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2099 for t in tokens):
        return True
    if len(tokens) != 3 or not all(t.isdigit() for t in tokens):
        return False
    day, month, _year = (int(t) for t in tokens)
    return 1 <= day <= 31 and 1 <= month <= 12 and len(tokens[2]) in (2, 4)


def _written_date_first(text: str, four) -> bool:
    """The first three of ``four`` tokens are a date written with one "/", "." or "-" between its parts
    ("02.09.14", "1/12/83"), and the fourth is joined to it otherwise (", 12"): a date, then another number."""
    seps = [text[a.end:b.start] for a, b in zip(four, four[1:])]
    return (seps[0] == seps[1] and seps[0] in ("/", ".", "-") and seps[2] != seps[0]
            and _is_date([t.text for t in four[:3]]))


class DigitRunRecognizer(LocalRecognizer):
    """PHONE (or NHS_NUMBER for ten digits with a valid check digit) for long runs of digits read out."""

    def __init__(self, supported_language: str = "en", heard: bool = False):
        super().__init__(supported_entities=[PHONE, NHS_NUMBER, NI_NUMBER], supported_language=supported_language,
                         name="HeardDigitRunRecognizer" if heard else "DigitRunRecognizer")
        self.heard = heard

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.heard:
            return [make_result(self, d.entity, d.start, d.end, 0.6, "a number-dense stretch") for d in find_dense_stretches(text)]
        heard = heard_tokens(text)
        results: list[RecognizerResult] = []
        # a time of day is no digits of a run, however many are listed ("rang at 20.05, 20.20 and 20.35")
        times = [m.span() for m in TIMES_OF_DAY.finditer(text)]

        def clear(tok) -> bool:
            return _clear(tok.text) and not any(a <= tok.start < b for a, b in times)
        i = 0
        while i < len(heard):
            if not clear(heard[i]):
                i += 1
                continue
            j = i  # clear tokens i..j joined by joiners
            while j + 1 < len(heard) and clear(heard[j + 1]) and _JOINER.fullmatch(text[heard[j].end:heard[j + 1].start]):
                j += 1
            if j - i >= 3 and _written_date_first(text, heard[i:i + 4]):
                i += 3  # "dob 02.09.14, 12": a date written whole, then another number (an age)
                continue
            digits = self._digits(heard[i:j + 1])
            if _is_date([t.text for t in heard[i:j + 1]]) or TIMES_OF_DAY.fullmatch(text, heard[i].start, heard[j].end):
                i = j + 1
                continue
            if len(digits) >= MIN_CLEAR_DIGITS - 1:
                lo, hi = i, j
                # misheard digit words beside the run ("417, seeks to")
                while hi + 1 < len(heard) and heard[hi + 1].text.lower() in MISHEARD_DIGITS and len(digits) + (hi - j) + (i - lo) < 10 \
                        and _JOINER.fullmatch(text[heard[hi].end:heard[hi + 1].start]):
                    hi += 1
                while lo - 1 >= 0 and heard[lo - 1].text.lower() in MISHEARD_DIGITS and len(digits) + (hi - j) + (i - lo) < 10 \
                        and _JOINER.fullmatch(text[heard[lo - 1].end:heard[lo].start]):
                    lo -= 1
                extra = (hi - j) + (i - lo)
                if len(digits) >= MIN_CLEAR_DIGITS or len(digits) + extra >= MIN_CLEAR_DIGITS + 1:
                    all_digits = self._digits(heard[lo:hi + 1])
                    entity = NHS_NUMBER if len(all_digits) == 10 and nhs_checksum_ok(all_digits) else PHONE
                    results.append(make_result(self, entity, heard[lo].start, heard[hi].end, 0.6,
                                               "a long run of digits read out"))
            i = j + 1
        return results

    @staticmethod
    def _digits(tokens) -> str:
        out: list[str] = []
        repeat = 1
        for t in tokens:
            low = t.text.lower()
            if low in REPEAT_WORDS:
                repeat = REPEAT_WORDS[low]
                continue
            chars = "".join(c for c in (t.chars or MISHEARD_DIGITS.get(low, "")) if c.isdigit())
            out.append(chars[:1] * repeat + chars[1:] if chars else "")
            repeat = 1
        return "".join(out)


# -- number density (transcripts) -----------------------------------------------------------------
DENSE_MIN_DIGITS = 8  # digits with misheard words: an 11-digit phone or 10-digit NHS number that lost some
DENSE_MIN_CLEAR = 6  # clearly heard digits: an NI number's six
NI_DIGITS = 6
MAX_UNCLEAR_SHARE = 5  # one digit in five may be unclear (misheard as a word or a letter): 1 of an NI number's 6
_GLUED_FILLER = re.compile(r"[A-Za-z]{1,3}")
_CURRENCY_BEFORE = re.compile(r"[£$€]\s*$")
# "A as in apple" heard "on an apple", "B as in" heard "began in", "Y as in" heard "Why I'm in": a letter
# said, then "as in"/"in"/"an", then the word that spells it (absent when that word starts the stretch)
_READ_OUT_LETTER_BEFORE = re.compile(r"(?:\b[\w'’]{1,5}\s+){1,2}(?:as\s+)?(?:in|an)\b(?:\s+[A-Za-z]+)?[\s,\-.]*$", re.IGNORECASE)
# ... or with "as in" heard as any one short word, where the letter is still written as itself or its name and the
# spelling word starts with it ("L as in London" heard "El Amin London"): the letter and its word agree, which no
# other words before a number do by chance often enough to matter next to six digits
_LETTER_SPELT_BEFORE = re.compile(r"(?<![\w'’])(?P<letter>[A-Za-z]{1,5})[\s\-]+[\w'’]{1,5}\s+(?P<word>[A-Z][a-z]+)[\s,\-.]*$")


# ... or with the letter's name and its "as in" run into one word that starts with the name ("M as in Mary" heard
# "Emerson Mary": "em" + "erson"), the spelling word starting with the letter named
_NAME_RUN_INTO_LINK_BEFORE = re.compile(r"(?<![\w'’])(?P<said>[A-Za-z]{4,9})\s+(?P<word>[A-Z][a-z]+)[\s,\-.]*$")


# ... and, before an NI number's digits only, a letter read out as a word and its spelling word that start alike, with
# "as in", "and", "for" or "&" between them or lost ("Asin Apple, Buss & Bob, 5, 2, ...": "A as in apple, B as in
# Bob"; "W and water, X and X-ray"): the word said for the letter starts with it, which two words before six digits
# and a suffix letter do by chance too seldom to matter
_SPELT_PAIR_BEFORE = re.compile(
    r"(?<![\w'’])(?P<said>[A-Za-z]{1,6})(?:\s*(?:&|and|as|in|an|for|4))?\s+(?P<word>[A-Za-z][a-z\-]+)[\s,\-.]*$")


# ... the letter and its link alone, where the stretch starts with the spelling word ("X and X-ray, 1, 2, ...")
_SPELT_LINK_BEFORE = re.compile(r"(?<![\w'’])(?P<said>[A-Za-z]{1,6})\s*(?:&|and|as\s+in|as|in|an|for|4)\s+$")


def _a_spelling_word(word: str) -> bool:
    """A word one spells a letter with: three letters or more, no function word ("I is B for ...": "is" spells no I)."""
    return len(word) >= 3 and word.lower() not in STOP_WORDS


def _spelt_pair_before(text: str, start: int) -> int | None:
    """Where a letter and its spelling word said just before ``start`` begin (``_SPELT_PAIR_BEFORE``), or None: the
    spelling word starts with the said word's first letter, and is capitalised or follows a letter written alone; or
    where the letter and its link begin, the spelling word starting at ``start`` (``_SPELT_LINK_BEFORE``)."""
    window = max(0, start - 40)
    link = _SPELT_LINK_BEFORE.search(text[window:start])
    word = re.match(r"[A-Za-z][a-z\-]*", text[start:])
    if link and word and link.group("said")[0].lower() == text[start].lower() and (
            text[start].isupper() or len(link.group("said")) == 1) and _a_spelling_word(word.group()):
        return window + link.start()
    m = _SPELT_PAIR_BEFORE.search(text[window:start])
    if m and m.group("said")[0].lower() == m.group("word")[0].lower() and (
            m.group("word")[0].isupper() or len(m.group("said")) == 1) and _a_spelling_word(m.group("word")):
        return window + m.start()
    return None


def _read_out_letter_before(text: str, start: int) -> int | None:
    """Where a letter read out just before ``start`` begins (``_READ_OUT_LETTER_BEFORE`` or
    ``_LETTER_SPELT_BEFORE``), or None."""
    window = max(0, start - 60)
    m = _READ_OUT_LETTER_BEFORE.search(text[window:start])
    if m:
        return window + m.start()
    m = _LETTER_SPELT_BEFORE.search(text[window:start])
    if m:
        said = m.group("letter").lower()
        letter = LETTER_NAMES.get(said, said.upper() if len(said) == 1 and said not in ("a", "i") else "")
        if letter and m.group("word")[0] == letter:
            return window + m.start()
    m = _NAME_RUN_INTO_LINK_BEFORE.search(text[window:start])
    if m:
        said, letter = m.group("said").lower(), m.group("word")[0]
        if any(said.startswith(name) and len(name) >= 2 for name, named in LETTER_NAMES.items() if named == letter):
            return window + m.start()
    return None


@dataclass(frozen=True)
class DenseStretch:
    start: int
    end: int
    entity: str
    clear_digits: int
    heard_digits: int  # clear ones and misheard words counted as one digit each


def _role(tok) -> str:
    """'D' digits, 'M' a misheard digit word, 'L' a letter read out, '' none."""
    low = tok.text.lower()
    if any(c.isdigit() for c in tok.text) or (low in DIGIT_WORDS and low != "o") or low in REPEAT_WORDS:
        return "D"
    if low in LINKED_AFTER_REPEAT and tok.chars.isdigit():
        return "D"  # "double law": its digit, read only after a repeat word (spoken_numbers.heard_characters)
    if low in MISHEARD_DIGITS:
        return "M"
    if tok.spelt or (tok.text.isalpha() and (len(tok.text) == 1 or (len(tok.text) == 2 and tok.text.isupper()))):
        return "L"
    return ""


def _clear_digit_count(tokens) -> int:
    n, repeat = 0, 1
    for t in tokens:
        low = t.text.lower()
        if low in REPEAT_WORDS:
            repeat = REPEAT_WORDS[low]
            continue
        linked = low in LINKED_AFTER_REPEAT and repeat > 1  # "double law", "double or": a digit after a repeat word only
        said = t.chars if any(c.isdigit() for c in t.text) or linked else DIGIT_WORDS.get(low, "")
        k = sum(c.isdigit() for c in said)
        n += k + (repeat - 1 if k else 0)
        repeat = 1
    return n


def find_dense_stretches(text: str) -> list[DenseStretch]:
    """The number-dense stretches of a transcript that are identifiers (the rule at the top of this module)."""
    heard = heard_tokens(text)
    roles = [_role(t) for t in heard]
    for k in range(1, len(heard) - 1):  # "four-in-eight": a short word glued by hyphens between digits
        if not roles[k] and _GLUED_FILLER.fullmatch(heard[k].text) and roles[k - 1] in ("D", "M") and roles[k + 1] in ("D", "M") \
                and text[heard[k - 1].end:heard[k].start] == "-" and text[heard[k].end:heard[k + 1].start] == "-":
            roles[k] = "M"
    for k in range(1, len(heard) - 1):  # "45, Tremel 6": a word that sounds near "treble" between two digits
        if not roles[k] and roles[k - 1] == "D" and roles[k + 1] == "D" and sounds_near_repeat(heard[k].text) \
                and _JOINER.fullmatch(text[heard[k - 1].end:heard[k].start]) and _JOINER.fullmatch(text[heard[k].end:heard[k + 1].start]):
            roles[k] = "M"
    for m in TIMES_OF_DAY.finditer(text):  # "10.00-11.15": times of day are no digits of an identifier
        for k, h in enumerate(heard):
            if m.start() <= h.start < m.end():
                roles[k] = ""
    out: list[DenseStretch] = []
    k = 0
    while k < len(heard):
        if not roles[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(heard) and roles[j + 1] and _JOINER.fullmatch(text[heard[j].end:heard[j + 1].start]):
            j += 1
        if j - k >= 3 and roles[k:k + 4] == ["D"] * 4 and _written_date_first(text, heard[k:k + 4]):
            k += 3  # "02.09.14, 12": a date written whole, then another number (an age)
            continue
        out += _identifier_in(text, heard, roles, k, j)
        k = j + 1
    return [_with_repairs(text, heard, roles, d) for d in out]


_REPAIR_JOINER = re.compile(r"[\s,\-.]*")


def _editing_term_at(heard, k: int, step: int) -> int | None:
    """The index past an editing term read from token ``k`` in direction ``step`` (1 forward, -1 back), or None."""
    for term in EDITING_TERMS:
        words = term if step == 1 else term[::-1]
        idx = [k + step * n for n in range(len(words))]
        if all(0 <= x < len(heard) and heard[x].text.lower().strip("'’") == w.lower() for x, w in zip(idx, words)):
            return idx[-1] + step
    return None


def _with_repairs(text, heard, roles, d: DenseStretch) -> DenseStretch:
    """``d`` grown over a self-repair on either side: an editing term, then a run of two or more clear digits."""
    first = next((k for k, h in enumerate(heard) if h.end > d.start), None)
    last = max((k for k, h in enumerate(heard) if h.start < d.end), default=None)
    if first is None or last is None:
        return d
    start, end = d.start, d.end
    while first - 1 >= 0 and roles[first - 1] and _JOINER.fullmatch(text[heard[first - 1].end:heard[first].start]):
        first -= 1  # "O-" of "O-7-8-1" left off at the stretch's edge
    # before: "<run>, no, <d>"
    k = _editing_term_at(heard, first - 1, -1)
    if k is not None and k >= 0 and roles[k] and _REPAIR_JOINER.fullmatch(text[heard[first - 1].end:heard[first].start]) \
            and _REPAIR_JOINER.fullmatch(text[heard[k].end:heard[k + 1].start]):
        lo = k
        while lo - 1 >= 0 and roles[lo - 1] and _JOINER.fullmatch(text[heard[lo - 1].end:heard[lo].start]):
            lo -= 1
        run = [h for h, r in zip(heard[lo:k + 1], roles[lo:k + 1]) if r == "D"]
        if _clear_digit_count(run) >= 2:
            start = heard[lo].start
    # after: "<d>, sorry, <run>"
    k = _editing_term_at(heard, last + 1, 1)
    if k is not None and k < len(heard) and roles[k] and _REPAIR_JOINER.fullmatch(text[heard[last].end:heard[last + 1].start]) \
            and _REPAIR_JOINER.fullmatch(text[heard[k - 1].end:heard[k].start]):
        hi = k
        while hi + 1 < len(heard) and roles[hi + 1] and _JOINER.fullmatch(text[heard[hi].end:heard[hi + 1].start]):
            hi += 1
        run = [h for h, r in zip(heard[k:hi + 1], roles[k:hi + 1]) if r == "D"]
        if _clear_digit_count(run) >= 2:
            while roles[hi] != "D":
                hi -= 1
            end = heard[hi].end
    if (start, end) == (d.start, d.end):
        return d
    return DenseStretch(start, end, d.entity, d.clear_digits, d.heard_digits)


# the NI number's last letter read out after its digits, "as in" heard as short words ("at the Apple")
_NI_LAST_LETTER_AFTER = re.compile(r"[\s,\-.]*(?P<said>[A-Za-z]{1,3})(?:[\s\-]+[A-Za-z]{1,3})?[\s\-]+(?P<word>[A-D][a-z]+)\b")


def suffix_letter_after(text: str, end: int) -> int | None:
    """Where an NI number's last letter read out right after ``end`` ends (``_NI_LAST_LETTER_AFTER``), or None."""
    m = _NI_LAST_LETTER_AFTER.match(text, end)
    if not m:
        return None
    said, letter = m.group("said").lower(), m.group("word")[0]
    return m.end() if said[0].upper() == letter or LETTER_NAMES.get(said) == letter else None


# a digit read out is written apart from the next with a comma or a hyphen ("Im, Im, Im, 2, 4, 7"); a misheard digit
# joined to the digits so is one of them, where up to MAX_LEADING_MISHEARD stand before the first clear digit
_READ_OUT_JOINER = re.compile(r"\s*[,\-]\s*")
MAX_LEADING_MISHEARD = 3
MAX_TRAILING_MISHEARD = 4  # an NHS number's last group of four, every digit misheard


def _read_out_before_digits(text, heard, roles, lo, hi) -> bool:
    """Token ``lo`` is a misheard digit word that starts a read-out run: it and the misheard words after it (at most
    MAX_LEADING_MISHEARD) stand before a clear digit, joined by commas or hyphens, or two or more of them."""
    k = lo
    while k <= hi and roles[k] == "M" and k - lo < MAX_LEADING_MISHEARD:
        k += 1
    if not (lo < k <= hi and roles[k] == "D"):
        return False
    # joined by commas or hyphens, or two or more said one after another ("I'm I'm I'm 700551": no one says that)
    return k - lo >= 2 or all(_READ_OUT_JOINER.fullmatch(text[heard[n].end:heard[n + 1].start]) for n in range(lo, k))


def _read_out_after_digits(roles, lo, hi) -> bool:
    """Token ``hi`` ends two or more misheard digit words said one after another straight after a clear digit (at
    most MAX_TRAILING_MISHEARD): "999672, to to seeks for" ("two two six four")."""
    k = hi
    while k > lo and roles[k] == "M" and hi - k < MAX_TRAILING_MISHEARD:
        k -= 1
    return roles[k] == "D" and hi - k >= 2 and all(r == "M" for r in roles[k + 1:hi + 1])


def _identifier_in(text, heard, roles, lo, hi) -> list[DenseStretch]:
    # a misheard word or letter at the edges belongs only beside digits; two letters at most each side
    while lo <= hi and roles[lo] != "D" and not (roles[lo] == "L" and hi > lo and roles[lo + 1] in ("D", "L")
                                                  and sum(r == "L" for r in roles[lo:lo + 3]) <= 2 and "D" in roles[lo:lo + 3]) \
            and not _read_out_before_digits(text, heard, roles, lo, hi):
        lo += 1
    while hi >= lo and roles[hi] != "D" and not (roles[hi] in ("L", "M") and roles[hi - 1] == "D") \
            and not _read_out_after_digits(roles, lo, hi):
        hi -= 1
    if lo > hi:
        return []
    if _clear_digit_count([t for t, r in zip(heard[lo:hi + 1], roles[lo:hi + 1]) if r == "D"]) >= 10:
        while roles[hi] == "M":  # a full number needs no misheard word after it ("07700900484 I")
            hi -= 1
    tokens = heard[lo:hi + 1]
    digit_tokens = [t for t, r in zip(tokens, roles[lo:hi + 1]) if r == "D"]
    clear = _clear_digit_count(digit_tokens)
    misheard = sum(r == "M" for r in roles[lo:hi + 1])
    letters = sum(r == "L" for r in roles[lo:hi + 1])
    start = tokens[0].start
    glued = re.match(r"[A-Za-z]{3,}(?=\d)", tokens[0].text)
    if glued:  # "Phono7 ...": a word glued to the number is not part of it
        start += glued.end()
    before = _read_out_letter_before(text, start)
    # an NI number's six digits after its letters read out may have lost one to a misheard word ("4 2, 1 Seeks 8 3")
    again = _read_out_letter_before(text, before) if before is not None else None  # a second letter before it
    # a letter between two of its digit tokens: no identifier holds one there (an NI number's letters stand before and
    # after its digits, a phone or NHS number has none), so it is a digit heard as a letter ("six" heard "C")
    d_at = [n for n, r in enumerate(roles[lo:hi + 1]) if r == "D"]
    inner = sum(r == "L" for r in roles[lo + d_at[0] + 1:lo + d_at[-1]]) if d_at else 0
    unclear = misheard + inner
    # an identifier of n digits keeps its shape with one in five of them unclear (MAX_UNCLEAR_SHARE): an NI number's
    # six digits, its letters said before them, with one unclear (five clear)
    # (or its two letters glued before its digits, as a recogniser writes them: "QQ71443-I-N-C")
    lettered = again is not None or roles[lo] == "L" or NI_PREFIX_GLUED.match(tokens[0].text) is not None
    # ... and where the NI number's letters frame its digits, read out before them and its suffix (A-D) after them,
    # the one digit may be lost outright (five clear digits, nothing in its place)
    framed = before is not None and roles[hi] == "L" and re.fullmatch(r"[A-Da-d]", tokens[-1].text or "") is not None
    least = DENSE_MIN_CLEAR - NI_DIGITS // MAX_UNCLEAR_SHARE if lettered and clear + unclear >= DENSE_MIN_CLEAR or framed else DENSE_MIN_CLEAR
    if clear < least or _CURRENCY_BEFORE.search(text[:tokens[0].start]):
        return []
    numerals = [t.text for t in digit_tokens]
    if all(n.isdigit() for n in numerals) and _is_date(numerals):
        return []
    if clear + misheard >= DENSE_MIN_DIGITS:
        entity = PHONE
    elif letters or before is not None or NI_PREFIX_GLUED.match(tokens[0].text):
        entity = NI_NUMBER
    else:
        return []
    if before is not None:  # up to two letters read out before it
        start = before
        if again is not None:
            start = again
    if entity == PHONE:
        digits = DigitRunRecognizer._digits(digit_tokens)
        if len(digits) == 10 and nhs_checksum_ok(digits):
            entity = NHS_NUMBER
        elif letters >= 1 and clear <= 7:
            entity = NI_NUMBER
    if entity == NI_NUMBER:  # its two letters spelt by words, their links heard loosely
        for _ in range(2 - (before is not None) - (again is not None)):
            pair = _spelt_pair_before(text, start)
            if pair is None:
                break
            start = pair
    end = tokens[-1].end
    if entity == NI_NUMBER and roles[hi] == "D" and clear >= DENSE_MIN_CLEAR:
        end = suffix_letter_after(text, end) or end
    elif entity == NI_NUMBER and roles[hi] == "M":
        # its last digit misheard, then letters read out up to its suffix (A-D): "QQ71443-I-N-C", "nine" heard "I-N"
        k = hi
        while k + 1 < len(heard) and k - hi < 2 and roles[k + 1] == "L" and _JOINER.fullmatch(text[heard[k].end:heard[k + 1].start]):
            k += 1
        if k > hi and heard[k].text in ("A", "B", "C", "D"):
            end = heard[k].end
    return [DenseStretch(start, end, entity, clear, clear + misheard)]
