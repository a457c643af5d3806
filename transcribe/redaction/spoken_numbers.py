"""Digit runs in dictated text, written or spoken ("oh seven seven double oh nine ...").

Transcripts render numbers either way, often mixed ("0191 four nine six ..."). Phone and
NHS recognizers share this reader so both see the same digits with exact character spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jellyfish

from ..language.dates import MONTHS

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
REPEAT_WORDS = {"double": 2, "treble": 3, "triple": 3}
# A speaker who corrects a number repairs it in place: the digits, an editing term, the digits again ("oh seven
# seven one, no, oh seven eight one"). The editing terms, complete by this rule: the explicit editing phrases of
# speech-repair studies (Levelt 1983, "Monitoring and self-repair in speech"; Shriberg 1994, "Preliminaries to a
# theory of speech disfluencies"): "no", "sorry", "I mean", "rather", "or rather", "actually", "wait",
# "correction", and the pairs a speaker says together ("no, sorry", "sorry, no", "no, I mean", "sorry, I mean"); with
# "wait" its British equivalents "hang on" and "hold on", said alone or after "no" or "sorry" (round twenty-three).
EDITING_TERMS = tuple(tuple(t.split()) for t in (
    "no sorry", "sorry no", "no I mean", "sorry I mean", "no hang on", "no hold on", "sorry hang on", "sorry hold on",
    "or rather", "I mean", "hang on", "hold on", "no", "sorry", "rather", "actually", "wait", "correction"))
EDITING_TERM_WORDS = frozenset(w.lower() for term in EDITING_TERMS for w in term)
# What a recogniser writes for a digit word it half-heard, said by itself in a British voice. Complete by
# this rule: the English words (and the letter I) that sound like a digit word but for one sound
# (voicing, a vowel, a dropped or added consonant), as speech recognisers are seen to write them:
# "free"/"tree" (three), "for"/"fore"/"ford" (four), "to"/"too" (two), "ate" (eight), "won" (one),
# "I"/"I'm" (and "Im", its apostrophe lost)/"nein" (nine), "seeks"/"sicks" (six), "oh"/"o"/"all"/"ore"/"owe"/"north"/"naught" (oh, nought), "know"
# ("oh" with the "n" of the word before run on to it: "nine oh" heard "I know"; not its homophone "no", which is the
# editing term of a speaker's repair and an answer); and "zero" with its first sound heard as another consonant, as a
# recogniser writes it ("hero", "Nero", "Lero": every consonant letter before "ero"). Never digits on their own: only after an identifier's cue,
# between digits read out, or inside a date.
MISHEARD_DIGITS = {
    "oh": "0", "o": "0", "all": "0", "ore": "0", "owe": "0", "north": "0", "naught": "0", "know": "0", "to": "2", "too": "2", "for": "4", "fore": "4",
    "ford": "4", "free": "3", "tree": "3", "ate": "8", "won": "1", "i": "9", "i'm": "9", "im": "9", "nein": "9",
    "seeks": "6", "sicks": "6",
    **{c + "ero": "0" for c in "bcdfghjklmnprstvwxy"},
}

# A repeat word ending in "-le" (double, treble, triple) runs its "l" on to a digit word starting with a vowel, and a
# recogniser writes the two as a word: "double oh" heard "double law" or "double low", "double eight" heard "double
# late". Complete by that rule for the vowel-initial digit words ("oh" and "eight"; "one" starts with a "w" sound), in
# the spellings English gives those sounds: read as digits only straight after a repeat word. And "or": "double oh"
# heard "double or" (a recogniser's word for the British "oh" after a repeat word, where "or" joins no two things).
LINKED_AFTER_REPEAT = {"law": "0", "lore": "0", "low": "0", "lo": "0", "loh": "0", "late": "8", "lait": "8", "or": "0"}

# An NI number's two prefix letters glued to its first digits in one token, as a recogniser writes them ("QQ71443",
# "QQ2731 or 8C")
NI_PREFIX_GLUED = re.compile(r"[A-Z]{2}\d")

# A run is digit groups and digit words joined by spaces, commas, hyphens or dots.
_TOKEN = re.compile(r"\+?\d+|[A-Za-z]+")
_JOINER = re.compile(r"[\s,\-.()]*")


@dataclass(frozen=True)
class DigitRun:
    digits: str
    start: int
    end: int
    spoken: bool  # at least one digit came from a word
    token_spans: tuple[tuple[int, int], ...] = ()  # per digit: the span of the token it came from

    def sub(self, i: int, j: int) -> "DigitRun | None":
        """Digits ``i:j`` as a run of their own, or None if that would split a token."""
        spans = self.token_spans
        if i > 0 and spans[i - 1] == spans[i]:
            return None
        if j < len(spans) and spans[j - 1] == spans[j]:
            return None
        return DigitRun(self.digits[i:j], spans[i][0], spans[j - 1][1], self.spoken, spans[i:j])


def find_digit_runs(text: str, min_digits: int = 6) -> list[DigitRun]:
    """Every maximal run of written or spoken digits with at least ``min_digits`` digits."""
    runs: list[DigitRun] = []
    digits: list[str] = []
    spans: list[tuple[int, int]] = []
    start = end = -1
    spoken = False
    repeat = 1
    last_end = -1

    def flush() -> None:
        nonlocal digits, spans, start, end, spoken, repeat
        if len(digits) >= min_digits:
            runs.append(DigitRun("".join(digits), start, end, spoken, tuple(spans)))
        digits, spans, start, end, spoken, repeat = [], [], -1, -1, False, 1

    last_word = False  # the token before was a digit said as a word ("nine" of "nine hundred")
    for m in _TOKEN.finditer(text):
        tok = m.group()
        low = tok.lower()
        if low == "hundred" and digits and last_word and _JOINER.fullmatch(text[last_end:m.start()]):
            # a digit and "hundred" inside a number read out are that digit and two zeros, as a phone's "nine
            # hundred" of 07700 900412 is said; alone ("nine hundred pounds") it is too short to be a run
            digits.extend("00")
            spans.extend([(m.start(), m.end())] * 2)
            end = last_end = m.end()
            last_word = False
            continue
        is_digit = tok.lstrip("+").isdigit()
        linked = low in LINKED_AFTER_REPEAT and repeat > 1  # "double law": the repeat's "l" run on to "oh"
        is_word = low in DIGIT_WORDS or low in REPEAT_WORDS or linked
        last_word = is_word and low not in REPEAT_WORDS and low != "o"
        # a lone "o" only counts between other digits ("oh" and "o" in "o seven")
        if low == "o" and not digits:
            is_word = False
        if is_digit or is_word:
            if digits and not _JOINER.fullmatch(text[last_end:m.start()]):
                flush()
            if low in REPEAT_WORDS:
                if not digits:
                    start = m.start()
                repeat = REPEAT_WORDS[low]
                last_end = m.end()
                continue
            if not digits and start < 0:
                start = m.start()
            if is_digit:
                raw = tok.lstrip("+")
                new = raw if repeat == 1 else raw[0] * repeat + raw[1:]
            else:
                new = (LINKED_AFTER_REPEAT[low] if linked else DIGIT_WORDS[low]) * repeat
                spoken = True
            digits.extend(new)
            spans.extend([(m.start(), m.end())] * len(new))
            repeat = 1
            end = m.end()
            last_end = m.end()
        else:
            if digits or start >= 0:
                flush()
    flush()
    return runs


# -- what a stretch of transcript says, letter by letter and digit by digit ------------------------
# Letter names as written words. Complete by this rule: the English spelling of each letter's name as
# dictionaries give it ("aitch", "double u", "zed"), plus the common words spelled the same way aloud
# ("sea"/"see" for C, "pea"/"pee" for P, "tea"/"tee" for T, "you" for U, "why" for Y, "are" for R).
LETTER_NAMES = {
    "ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "cee": "C", "dee": "D", "ee": "E", "eff": "F",
    "gee": "G", "aitch": "H", "haitch": "H", "eye": "I", "jay": "J", "kay": "K", "el": "L", "ell": "L",
    "em": "M", "en": "N", "pee": "P", "pea": "P", "queue": "Q", "cue": "Q", "are": "R", "ess": "S", "tee": "T",
    "tea": "T", "you": "U", "vee": "V", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z",
}
_UNIT_VALUE = {w: int(d) for w, d in DIGIT_WORDS.items() if d != "0"}
_TEEN_VALUE = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS_VALUE = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90}
_ORDINAL_VALUE = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                  "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                  "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
_DIGIT_SOUNDS = {jellyfish.metaphone(w): d for w, d in DIGIT_WORDS.items() if len(w) >= 3}
# "double", "treble", "triple" as a recogniser may write them inside a number ("Tribal 8", "Trebleau"): a word of the
# same Metaphone key, as _DIGIT_SOUNDS reads "not" for "nought"
_REPEAT_SOUNDS = frozenset(jellyfish.metaphone(w) for w in REPEAT_WORDS)


def sounds_like_repeat(word: str) -> bool:
    """``word`` is "double", "treble" or "triple", or sounds as one of them ("Tribal", "Trebleau")."""
    low = word.lower()
    return low in REPEAT_WORDS or (low.isalpha() and len(low) >= 5 and jellyfish.metaphone(low) in _REPEAT_SOUNDS)


def sounds_near_repeat(word: str) -> bool:
    """``word`` sounds as a repeat word with one sound of its Metaphone key changed, added or lost, and starts with a
    repeat word's first two letters ("Tremel" for "treble"; never "total", "title"): read so only between two digits,
    where a word of a number is expected."""
    low = word.lower()
    return sounds_like_repeat(low) or (
        low.isalpha() and len(low) >= 5 and low[:2] in {w[:2] for w in REPEAT_WORDS}
        and any(jellyfish.levenshtein_distance(jellyfish.metaphone(low), key) <= 1 for key in _REPEAT_SOUNDS))


_HEARD_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# whether a heard token has a digit: its characters are ASCII letters and digits and an apostrophe, of which only
# 0-9 are ``str.isdigit``
_HAS_DIGIT = re.compile(r"[0-9]").search


@lru_cache(maxsize=4096)
def _metaphone(word: str) -> str:
    """``jellyfish.metaphone``, remembered per word (asked of every word of every note read for characters)."""
    return jellyfish.metaphone(word)
# The ICAO/NATO spelling alphabet, complete by its rule (one word per letter, A-Z, as ICAO Annex 10 gives
# it, with the spellings people write: "alfa"/"alpha", "juliett"/"juliet", "whiskey"/"whisky", "x-ray"/
# "xray"). "November" is left out: beside a number it is far more often the month.
SPELLING_ALPHABET = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
    "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L",
    "mike": "M", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T",
    "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X", "yankee": "Y",
    "zulu": "Z",
}
# A letter spelt by a word: "J for Juliet", "J as in Juliet", "A for apple", and as recognisers write
# them, "J4 Juliet", "J 4 Juliet", "L4-Lima", and glued to the digit before ("8Q4 Queen"): a letter (or its
# name), "for"/"4"/"as in"/"as"/"like", then a word that starts with that letter. The whole stretch
# stands for the one letter.
_LETTER = "|".join(sorted(LETTER_NAMES, key=len, reverse=True))
SPELT_LINK = r"(?:\s*4|(?:\s+|-)(?:for|as\s+in|as|like|4))[\s\-]+"  # between the letter and its word; shared with emails
# (the recogniser may join the letter to its "4" or its "as" with a hyphen: "K-4 King", "D-4 Delta", "L-As in Lima")
# The "X-ray" of "X for X-ray", which may come written as two words ("X for X Ray"); shared with emails
SPELT_X_RAY = r"x[\s\-]?ray"
_SPELT_LETTER = re.compile(rf"(?<![A-Za-z])(?P<letter>[A-Za-z]|{_LETTER})(?:-4[\s\-]+|{SPELT_LINK})(?P<word>{SPELT_X_RAY}|[A-Za-z]+)\b", re.IGNORECASE)
# ... and run it on to the capital before it, a digit heard as a letter ("nine R for Romeo" heard "IR-4 Romeo")
_SPELT_AFTER_CAPITAL = re.compile(r"(?<=[A-Z])(?P<letter>[A-Z])-?4\s+(?P<word>[A-Z][a-z]+)\b")
_SPELLING_WORD = re.compile(r"\b(?:" + "|".join(SPELLING_ALPHABET) + r")\b", re.IGNORECASE)
_GLUED_SPELLING_WORD = re.compile(r"(?<![A-Za-z0-9])(?P<letter>[A-Za-z])4(?P<word>" + "|".join(SPELLING_ALPHABET) + r")\b",
                                  re.IGNORECASE)
# The letter itself misheard as a short word before its spelling word ("G for golf" heard "key for golf", "E for
# echo" heard "safe for echo", "A for apple" heard "the 4 Apple"): a word of two to four letters, the link, then a word
# of the spelling alphabet, or a word of two or three letters and any capitalised word where the recogniser wrote the
# link as the numeral "4". The spelling word's first letter is the letter.
_MISHEARD_SPELT = re.compile(
    r"\b(?:[A-Za-z]{2,4}\s+(?:for|as\s+in)\s+(?P<nato>" + "|".join(SPELLING_ALPHABET) + r")\b"
    r"|[A-Za-z]{2,3}\s+4\s+(?P<word>[A-Z][a-z]+)\b)", re.IGNORECASE)
# A letter whose name starts with a vowel (F "eff", L "el", M "em", N "en", R "are", S "ess", X "ex", H "aitch") heard as
# the short word of the same consonants before its spelling word ("S for Sugar" heard "is for Sugar", "N as in
# November" heard "in as in November"): a word of two or three letters starting with a vowel, "for" or "as in", then a
# capitalised word; the short word's Metaphone key past its first vowel is the letter name's, and the capitalised
# word starts with that letter. Complete by LETTER_NAMES (every vowel-initial name of a letter).
_VOWEL_NAMED = {letter: _m[1:] for name, letter in LETTER_NAMES.items()
                if name[0] in "aeiou" and letter not in "AEIOU" and (_m := jellyfish.metaphone(name))[1:]}
_SOUNDED_SPELT = re.compile(r"(?<![\w'’])(?P<short>[AEIOUaeiou][a-z]{1,2})\s+(?:for|as\s+in)\s+(?P<word>[A-Z][a-z]+)\b")
# The recogniser's own "X4 Word" with the letter misheard ("P for Peter" heard "B4 Peter"), or a capital letter
# with "for" and a capitalised word ("P for Papa" heard "B for Papar"; not "A" or "I", which are words): the letter said
_GLUED_MISMATCH = re.compile(r"(?<![A-Za-z])(?P<letter>[A-Z]4|[B-HJ-Z]\.?(?=\s+for\s))(?:\s+for)?\s+[A-Z][a-z]+\b")
# "X as in Word" with "as in" heard as initials after the letter ("B.N. Boy", "J.A.N. Jelly"): the word starts
# with the letter
_INITIALS_SPELT = re.compile(r"(?<![A-Za-z.])(?P<letter>[A-Z])\.(?:[A-Z]\.){1,2}\s+(?P<word>[A-Z][a-z]+)\b")


# A letter spelt "X4 Word" run on to the digit word said before it ("three H for Hotel" heard "FreeH4 Hotel"): the
# digit word or its mishearing, then the letter; the digit word is a token of its own (heard_characters)
_DIGIT_WORD_GLUED = "|".join(sorted((w for w in set(DIGIT_WORDS) | set(MISHEARD_DIGITS) if len(w) > 2), key=len, reverse=True))
_GLUED_TO_DIGIT_WORD = re.compile(rf"\b(?i:{_DIGIT_WORD_GLUED})(?P<letter>[A-Z])4\s+(?P<word>[A-Z][a-z]+)\b")


# (the letter lost, or heard as a short word: "and for November")
_LINK_AND_WORD = re.compile(r"(?<![\w-])(?:(?:[A-Za-z]{1,3}\s+)?(?:4|for)|as\s+in)\s+(?P<word>[A-Z][a-z]+)\b")


def _is_a_day_of_the_month(word: str) -> bool:
    """Whether ``word``, after a numeral 4 a recogniser wrote, makes it a day of a date ("4 June", "the 4 May"), not
    "for" spelling a letter: a month's name (``language.dates.MONTHS``); no spelling alphabet spells by months."""
    return word.lower() in MONTHS


@dataclass(frozen=True)
class HeardToken:
    text: str
    start: int
    end: int
    chars: str  # the digits and capital letters this token may stand for ("" if it says none)
    spelt: bool = False  # a letter spelt by a word ("J for Juliet", "Kilo"): one token over the stretch


def spelt_letters(text: str) -> list[tuple[int, int, str]]:
    """Letters said by a word (``_SPELT_LETTER``, a word of the spelling alphabet) as (start, end, letter)."""
    out: list[tuple[int, int, str]] = []
    for m in _SPELT_LETTER.finditer(text):
        said = m.group("letter").lower()
        letter = LETTER_NAMES.get(said, said.upper())
        if len(letter) == 1 and m.group("word")[0].upper() == letter:
            out.append((m.start(), m.end(), letter))
    taken = [(a, b) for a, b, _ in out]
    for m in _MISHEARD_SPELT.finditer(text):
        word = m.group("nato") or m.group("word")
        if m.group("word") and _is_a_day_of_the_month(word):
            continue
        if word[0].isupper() or m.group("nato"):  # "(?i)" let "the 4 apple" through: the word must be capitalised
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append((m.start(), m.end(), word[0].upper()))
                taken.append((m.start(), m.end()))
    for m in _SOUNDED_SPELT.finditer(text):
        letter = m.group("word")[0]
        if letter in _VOWEL_NAMED and jellyfish.metaphone(m.group("short").lower())[1:] == _VOWEL_NAMED[letter] \
                and not any(a < m.end() and m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), letter))
            taken.append((m.start(), m.end()))
    for m in _GLUED_TO_DIGIT_WORD.finditer(text):
        if m.group("word")[0].upper() == m.group("letter") and not any(a < m.end() and m.start("letter") < b for a, b in taken):
            out.append((m.start("letter"), m.end(), m.group("letter")))
            taken.append((m.start("letter"), m.end()))
    for m in _INITIALS_SPELT.finditer(text):
        if m.group("word")[0] == m.group("letter") and not any(a < m.end() and m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), m.group("letter")))
            taken.append((m.start(), m.end()))
    for m in _GLUED_MISMATCH.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), m.group("letter")[0]))
            taken.append((m.start(), m.end()))
    # the next letter's spelling with its letter lost, straight after a spelt letter ("5B4 Peter, 4 Apple": A for apple)
    for m in _SPELT_AFTER_CAPITAL.finditer(text):
        if m.group("word")[0] == m.group("letter") and not any(a < m.end() and m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), m.group("letter")))
            taken.append((m.start(), m.end()))
    # (straight after a spelt letter, or straight before one: "as in Apple, B as in Bob")
    for m in _LINK_AND_WORD.finditer(text):
        if _is_a_day_of_the_month(m.group("word")) and "4" in m.group():
            continue
        beside = any((b <= m.start() and re.fullmatch(r",?\s", text[b:m.start()]))
                     or (a >= m.end() and re.fullmatch(r",?\s", text[m.end():a])) for a, b in taken)
        if beside and not any(a < m.end() and m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), m.group("word")[0].upper()))
            taken.append((m.start(), m.end()))
    # "L for Lima" written as one word, "l4lima": the letter, the numeral and a word of the spelling alphabet glued
    for m in _GLUED_SPELLING_WORD.finditer(text):
        if m.group("word")[0].lower() == m.group("letter").lower() and not any(a < m.end() and m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), m.group("letter").upper()))
            taken.append((m.start(), m.end()))
    for m in _SPELLING_WORD.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), SPELLING_ALPHABET[m.group().lower()]))
    return sorted(out)


# A value read out in the spelling alphabet, its words one after another ("November Echo one oh, nine Romeo Papa" heard
# "November 180, I'm Romeo Papar"; a surname spelt "Whisky Alpha Romeo Sierra Alpha Mike Echo"): a stretch of
# MIN_SPELLING_RUN or more tokens, each a spelling word (with "November", which SPELLING_ALPHABET leaves out alone), a
# word within one letter of one or sounding as one (the recogniser's "Papar", "Quibek"), a digit or a digit word (or
# its mishearing), or a capital letter alone (the letter said before or after its word: "S-S-4 Sierra, W-4 Whiskey,
# S-W"), joined by spaces, commas or hyphens, at least two of them spelling words as written. Nothing else
# in a note says two words of the spelling alphabet among other such tokens: it is something being spelt.
MIN_SPELLING_RUN = 3
_RUN_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+")
_RUN_JOINER = re.compile(r"[\s,\-]*")
_SPELLING_WORDS_ALL = {**SPELLING_ALPHABET, "november": "N"}
_SPELLING_SOUNDS = {jellyfish.metaphone(w): w for w in _SPELLING_WORDS_ALL}


def _near_spelling_word(low: str) -> bool:
    return len(low) >= 4 and (_metaphone(low) in _SPELLING_SOUNDS or any(
        abs(len(low) - len(w)) <= 1 and jellyfish.levenshtein_distance(low, w) <= 1 for w in _SPELLING_WORDS_ALL))


def heard_spelling_letter(word: str) -> str:
    """The letter a word of the spelling alphabet stands for where ``word`` is one as a recogniser wrote it, within one
    letter of it or sounding as it ("Quibek" for "Quebec", "Papar" for "Papa") and starting with its letter; else ""."""
    low = word.lower()
    if low in _SPELLING_WORDS_ALL:
        return _SPELLING_WORDS_ALL[low]
    if not low.isalpha() or len(low) < 4:
        return ""
    # the word ``_near_spelling_word`` finds it near
    near = _SPELLING_SOUNDS.get(_metaphone(low)) or next(
        (w for w in _SPELLING_WORDS_ALL if abs(len(low) - len(w)) <= 1 and jellyfish.levenshtein_distance(low, w) <= 1), "")
    return _SPELLING_WORDS_ALL[near] if near[:1] == low[:1] else ""


# A hesitation said inside a value read out ("six, erm, two"), as a recogniser writes it ("erm", "Herm", "um", "er",
# "uh", "hmm"): the sounds a British speaker makes while finding the next digit, complete by their spellings (a vowel
# held, with or without the "m" or the breath before it); never "her" or "err"'s neighbours with other letters.
HESITATION = re.compile(r"(?i:h?e+r+m+|e+r|u+m+|u+h+|h+m+)")


def spelling_runs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, holds a digit) of each stretch read out in the spelling alphabet (the rule above MIN_SPELLING_RUN)."""
    toks = list(_RUN_TOKEN.finditer(text))
    if sum(t.group().lower() in _SPELLING_WORDS_ALL for t in toks) < 2:
        return []  # no run without two spelling words as written: the words near one need not be tested
    kinds = []
    for t in toks:
        low = t.group().lower()
        if low in _SPELLING_WORDS_ALL:
            kinds.append("S")
        elif low.isdigit() or low in DIGIT_WORDS or low in MISHEARD_DIGITS:
            kinds.append("D")
        elif _near_spelling_word(low):
            kinds.append("s")
        elif re.fullmatch(r"[A-Z]", t.group()):
            kinds.append("L")  # a letter said as itself beside its spelling word ("S, S for Sierra" heard "S-S-4 Sierra")
        else:
            kinds.append("")
    out, k = [], 0
    while k < len(toks):
        if not kinds[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(toks) and kinds[j + 1] and _RUN_JOINER.fullmatch(text, toks[j].end(), toks[j + 1].start()):
            j += 1
        # a digit or misheard word at either end belongs to the run only beside its spelling words
        while k < j and kinds[k] == "D" and toks[k].group().lower() in MISHEARD_DIGITS:
            k += 1
        while j > k and kinds[j] == "D" and toks[j].group().lower() in MISHEARD_DIGITS:
            j -= 1
        while j > k and kinds[j] == "L" and toks[j].group() in "AI":
            j -= 1  # "..., Romeo, I think": the word "I" after the run, not a letter of it
        run = kinds[k:j + 1]
        # two spelling words as written, or one and one near it before a digit ("Tungo Sierra 1", a postcode's)
        if len(run) >= MIN_SPELLING_RUN and (run.count("S") >= 2 or (run.count("S") == 1 and run.count("s") >= 1
                                                                     and "D" in run and run.index("D") <= 2)):
            out.append((toks[k].start(), toks[j].end(), "D" in run))
        k = j + 1
    return out


def heard_characters(text: str) -> list[HeardToken]:
    """Each word of ``text`` with the digits and letters it may stand for when an identifier is read out:
    numerals as written, digit words and their mishearings, number words ("thirty two" -> "32" over two
    tokens: "thirty" -> "3" and the unit its digit), ordinals ("eighth" -> "8", "twenty second" -> "22"), letter
    names, other words that sound like a digit word (the same Metaphone key: "not" for "nought"), and
    tokens of at most two letters or mixing letters and digits as their characters ("5RW",
    "Ad", "N.E." as two tokens), and a letter spelt by a word ("J for Juliet", "Kilo") as that letter, one
    token over the words that spell it."""
    toks = list(_HEARD_TOKEN.finditer(text))
    spelt = spelt_letters(text)
    out: list[HeardToken] = []
    s = 0
    for k, m in enumerate(toks):
        while s < len(spelt) and spelt[s][1] <= m.start():
            s += 1
        if s < len(spelt) and spelt[s][0] <= m.start() < spelt[s][1]:
            a, b, letter = spelt[s]
            if m.start() == a:
                out.append(HeardToken(text[a:b], a, b, letter, spelt=True))
            continue
        if s < len(spelt) and m.start() < spelt[s][0] < m.end():
            # "8Q4 Queen": the digits before the glued letter are a token of their own, then the letter
            a, b, letter = spelt[s]
            before = text[m.start():a]
            said = DIGIT_WORDS.get(before.lower()) or MISHEARD_DIGITS.get(before.lower())  # "FreeH4 Hotel": a digit word
            out.append(HeardToken(before, m.start(), a, said or re.sub(r"[^0-9A-Z]", "", before.upper())))
            out.append(HeardToken(text[a:b], a, b, letter, spelt=True))
            continue
        tok = m.group()
        low = tok.lower()
        if _HAS_DIGIT(tok):
            chars = re.sub(r"[^0-9A-Z]", "", tok.upper())
        elif low in DIGIT_WORDS:
            chars = DIGIT_WORDS[low]
        elif low in MISHEARD_DIGITS:
            chars = MISHEARD_DIGITS[low]
        elif low in LINKED_AFTER_REPEAT and k > 0 and toks[k - 1].group().lower() in REPEAT_WORDS:
            chars = LINKED_AFTER_REPEAT[low]  # "double law": "double oh"
        elif low in _TEEN_VALUE:
            chars = str(_TEEN_VALUE[low])
        elif low in _TENS_VALUE:
            tens = str(_TENS_VALUE[low])
            nxt = toks[k + 1].group().lower() if k + 1 < len(toks) else ""
            chars = tens[0] if nxt in _UNIT_VALUE or _ORDINAL_VALUE.get(nxt, 10) < 10 else tens
        elif low in _ORDINAL_VALUE:
            chars = str(_ORDINAL_VALUE[low])
        elif low in LETTER_NAMES:
            chars = LETTER_NAMES[low]
        elif len(tok) <= 2 and tok.isalpha():
            chars = tok.upper()
        elif tok.isalpha() and _metaphone(low) in _DIGIT_SOUNDS:
            chars = _DIGIT_SOUNDS[_metaphone(low)]  # "not" (nought), "sex" (six): same sounds
        else:
            chars = ""
        out.append(HeardToken(tok, m.start(), m.end(), chars))
    return out
