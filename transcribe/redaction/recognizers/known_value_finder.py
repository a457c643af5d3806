"""Where a transcript says an identifier the case context already holds, however it was heard.

The recogniser may lose an identifier's cue ("that's" heard "at") or turn its letters into words
("three A D" heard "free Ad"), so no pattern finds it. When the value is known (the postcode of the
context's address), each short stretch of the transcript is read as the digits and letters it may
stand for (:func:`spoken_numbers.heard_characters`) and compared with the value by edit distance; a
stretch close enough, holding its digits, is that value.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ...language.kinship import KIN_WORDS
from ..spoken_numbers import HeardToken
from ..uncased import bare, is_english

_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.IGNORECASE)
MAX_TOKENS = 9
CLAUSE_BREAK = re.compile(r"[.!?;:]")  # a sentence's end, or a clause's at ";" or ":"


def _broken(text: str, before: HeardToken, after: HeardToken) -> bool:
    """A sentence ends (or a clause, at ";" or ":") between two heard tokens."""
    return CLAUSE_BREAK.search(text, before.end, after.start) is not None


def postcode_of(address: str) -> str | None:
    """The postcode in an address line, as its characters ("NE325RW"), or None."""
    m = _POSTCODE.search(address or "")
    return (m.group(1) + m.group(2)).upper() if m else None


def _digits(chars: str) -> str:
    return "".join(ch for ch in chars if ch.isdigit())


def find_known_value(heard: list[HeardToken], value: str, min_similarity: float = 0.7) -> list[tuple[int, int]]:
    """Character spans of the stretches of ``heard`` that say ``value`` (digits and capitals): at least
    four characters, a digit and a letter among them, the value's digits there with at most one slip,
    and edit similarity >= ``min_similarity`` or exactly the value without its leading letters. Stretches do not overlap; the closest, then the shortest, wins."""
    want_digits = _digits(value)
    # the value without its leading letters (a postcode's area, the letters most often lost: "any 32, 5RW")
    tail = value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    tail = tail if len(tail) >= 4 else None
    found: list[tuple[float, int, int]] = []  # (distance, i, j) token range [i, j)
    for i, first in enumerate(heard):
        if not first.chars:
            continue
        chars = ""
        for j in range(i, min(len(heard), i + MAX_TOKENS)):
            chars += heard[j].chars
            if len(chars) > len(value) + 3:
                break
            if not heard[j].chars or len(chars) < 4:
                continue
            if not any(c.isdigit() for c in chars) or not any(c.isalpha() for c in chars):
                continue
            if Levenshtein.distance(_digits(chars), want_digits) > (0 if len(want_digits) < 3 else 1):
                continue
            if Levenshtein.normalized_similarity(chars, value) >= min_similarity or chars == tail:
                found.append((Levenshtein.distance(chars, value), i, j + 1))
    return _closest_apart(found, heard)


# the small words between a date's parts ("the twenty second of the eighth", "on the 8th, 2000 and 19")
_DATE_LINKS = frozenset({"of", "the", "on", "and", "in"})


def date_forms(day: int, month: int, year: int) -> set[str]:
    """The digit strings a date may be read as: day and month with or without a leading zero, the year
    whole or its last two digits ("22082019", "2282019", "220819", ...); those of six or more digits."""
    forms = {d + m + y for d in {str(day), f"{day:02d}"} for m in {str(month), f"{month:02d}"}
             for y in (str(year), f"{year % 100:02d}")}
    return {f for f in forms if len(f) >= 6}


def _date_digits(tokens: list[HeardToken]) -> str:
    """The digits a stretch says, a year said as "two thousand and nineteen" or "2000, and 19" read as
    2019, an ordinal's letters dropped ("8th" -> 8)."""
    out: list[str] = []
    pad_next = False
    k = 0
    while k < len(tokens):
        t = tokens[k]
        low = t.text.lower()
        digits = _digits(t.chars)
        if t.text in ("2000",) or (digits == "2" and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "thousand"):
            out.append("20")
            pad_next = True
            k += 2 if t.text != "2000" else 1
            continue
        if digits:
            out.append(digits.zfill(2) if pad_next and len(digits) <= 2 else digits)
            pad_next = False
        elif low != "and":
            pad_next = False
        k += 1
    return "".join(out)


def find_known_date(heard: list[HeardToken], day: int, month: int, year: int) -> list[tuple[int, int]]:
    """Character spans of the stretches of ``heard`` whose digits read as the known date, however its
    words were heard ("20 seconds on the 8th. 2000, and 19" for the twenty-second of the eighth, two
    thousand and nineteen): exactly one of :func:`date_forms`, or within one slip of one where three or
    more of its words said digits; at most one other word between two that say digits. The closest,
    then the shortest, wins."""
    forms = date_forms(day, month, year)
    longest = max(len(f) for f in forms)
    found: list[tuple[int, int, int]] = []
    for i, first in enumerate(heard):
        if not _digits(first.chars):
            continue
        strangers = 0  # words since the last digit that are not a date's own small words
        for j in range(i, min(len(heard), i + MAX_TOKENS + 3)):
            if not _digits(heard[j].chars):
                strangers += heard[j].text.lower() not in _DATE_LINKS
                if strangers > 1:
                    break
                continue
            strangers = 0
            said = _date_digits(heard[i:j + 1])
            if len(said) > longest + 1:
                break
            saying = sum(1 for h in heard[i:j + 1] if _digits(h.chars))
            dist = min(Levenshtein.distance(said, f) for f in forms)
            if dist == 0 or (dist == 1 and saying >= 3 and len(said) >= 6):
                found.append((dist, i, j + 1))
    return _closest_apart(found, heard)


def _closest_apart(found: list[tuple[int, int, int]], heard) -> list[tuple[int, int]]:
    """The character spans of ``found`` (distance, first token, end token), closest and shortest first, none
    overlapping one already taken; in text order."""
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    for _dist, i, j in sorted(found, key=lambda f: (f[0], f[2] - f[1])):
        if taken & set(range(i, j)):
            continue
        taken |= set(range(i, j))
        spans.append((heard[i].start, heard[j - 1].end))
    return sorted(spans)


# where the case context says the postcode is due: straight after the town of the family's address ("50 Hanbury
# Road, Pontypool, NB4, Seek Sale for Ema, T4 Tango": "N P four, six L for Lima, T for Tango"), however heard
MAX_DUE_TOKENS = 8  # a postcode's longest spoken form, two letters and two spelt by words: "O for Oscar, L ..."
MAX_DUE_GAP = 2  # words that say no character, one after another, inside it (a spelling heard as words)


def _common_in_order(a: str, b: str) -> int:
    """The length of the longest common subsequence of ``a`` and ``b``."""
    row = [0] * (len(b) + 1)
    for ch in a:
        prev = 0
        for j, other in enumerate(b):
            prev, row[j + 1] = row[j + 1], prev + 1 if ch == other else max(row[j + 1], row[j])
    return row[-1]


def find_postcode_where_due(heard: list[HeardToken], text: str, places: frozenset[str], postcode: str,
                            names: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of what follows the address's town in ``heard`` where it says the known ``postcode``
    garbled past :func:`find_known_value`: the stretch right after the town (said once or twice), up to
    MAX_DUE_TOKENS words, from its first word that says a character (:func:`spoken_numbers.heard_characters`) to its
    last, two such words at least and two of the postcode's characters among theirs in order; it ends once it says
    as many characters as the postcode has, at a sentence's end, a case name, a lower-case word of four letters or more that says nothing (the note goes on),
    or MAX_DUE_GAP + 1 such words in a row."""
    out = []
    for k, h in enumerate(heard):
        if h.text.lower() not in places:
            continue
        j = k + 1
        while j < len(heard) and heard[j].text.lower() in places:
            j += 1  # the town said again
        first = last = None
        chars, saying, gap = "", 0, 0
        for m in range(j, min(len(heard), j + MAX_DUE_TOKENS)):
            t = heard[m]
            if _broken(text, heard[m - 1], t) or t.text.lower() in names:
                break
            # a lower-case word says letters only when spelt ("at", "in" are the note's); digit words say digits
            prose = t.text.isalpha() and t.text.islower() and len(t.text) > 1 and not t.spelt and not t.chars.isdigit()
            if t.chars and not prose:
                if first is None and m - j > 1:
                    break  # the postcode comes straight after the town
                first = m if first is None else first
                last, gap = m, 0
                saying += 1
                chars += t.chars
                if len(chars) >= len(postcode):
                    break  # as many characters as the postcode has: it is all said
                continue
            gap += 1
            if gap > MAX_DUE_GAP or (t.text[:1].islower() and len(t.text) > 3):
                break
        if first is not None and saying >= 2 and _common_in_order(chars.upper(), postcode) >= 2:
            out.append((heard[first].start, heard[last].end))
    return out


MAX_INWARD_WORD = 4  # the letters of a postcode's inward code heard as one short word ("seven A A" -> "7 May")


def _says_characters(t: HeardToken) -> bool:
    """``t`` says its characters as such: spelt by a word, with a digit, or in capitals (never prose: "at", "be")."""
    return t.spelt or t.text.isupper() or any(c.isdigit() for c in t.text)


def _one_letter_slip(heard: str, outward: str) -> bool:
    """``heard`` is ``outward`` with one letter heard as another ("DS17" for TS17, "SF5" for SA5), its digits exact."""
    return (len(heard) == len(outward) and [c.isdigit() for c in heard] == [c.isdigit() for c in outward]
            and sum(a != b for a, b in zip(heard, outward)) == 1
            and all(a == b for a, b in zip(heard, outward) if a.isdigit()))


def find_postcode_by_its_outward_code(heard: list[HeardToken], text: str, postcode: str, english: frozenset[str],
                                      stop_words: frozenset[str], names: frozenset[str],
                                      irregular: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Character spans where ``heard`` says the known ``postcode``'s outward code, then what follows it in the same
    sentence while it may be the inward code heard garbled. The outward code heard exactly ("NE49", "T-S-1", "S.R.4")
    is the family's postcode begun; heard with one letter slipped ("DS 17" for TS17, "SF5" for SA5) only where the
    next word says the inward code's digit ("9th", "9"). What follows is taken word by word, MAX_DUE_TOKENS at most,
    while each word says characters with a digit, a capital or a spelling word ("5QL", "X4", "D", "Delta"), or is no
    English (``english``, with ``irregular``'s forms: "seen") and no stop word ("Nauterage" for "nought A H"), or an
    English word of three letters at most that is no stop word ("day" for "D E"), or a capitalised word of MAX_INWARD_WORD letters at most straight after the inward
    code's digit ("7 May" for "seven A A"); a sentence's end, a stop word, a longer English word, a family word or a
    word of a case name (``names``: "..., 5QL, mam Gaynor") ends it."""
    outward, inward = postcode[:-3], postcode[-3:]
    out = []
    for i, first in enumerate(heard):
        if not first.chars or not first.chars[0].isalpha():
            continue
        chars, j = "", i
        while j < len(heard) and heard[j].chars and len(chars) < len(outward) and j - i < 4:
            chars += heard[j].chars
            j += 1
        exact = chars == outward
        if not exact and not (_one_letter_slip(chars, outward) and j < len(heard)
                              and heard[j].chars[:1] == inward[0]
                              and not _broken(text, heard[j - 1], heard[j])):
            continue
        end, after_digit = heard[j - 1].end, False
        for k in range(j, min(len(heard), j + MAX_DUE_TOKENS)):
            t = heard[k]
            if _broken(text, heard[k - 1], t):
                break
            low = t.text.lower()
            if low in KIN_WORDS or bare(t.text) in names:
                break
            says = bool(t.chars) and _says_characters(t)
            foreign = (t.text.isalpha() and not is_english(low, english) and low not in irregular
                       and low not in stop_words)
            short_word = t.text.isalpha() and len(low) <= 3 and low not in stop_words
            inward_letters = after_digit and t.text.isalpha() and t.text[0].isupper() and len(t.text) <= MAX_INWARD_WORD
            if not (says or foreign or short_word or inward_letters):
                break
            after_digit = k == j and t.chars[:1] == inward[0]
            end = t.end
        out.append((first.start, end))
    return out


def find_postcode_by_its_inward_code(heard: list[HeardToken], text: str, postcode: str,
                                     english: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans where ``heard`` says the known ``postcode``'s inward code exactly ("6BJ", "6 B J", "6B Juliet"),
    its letters in capitals or spelt (never prose: "6 at" is no "6AT"), with the word before it in the same sentence
    where that word may be the outward code heard garbled: it starts with the outward code's first letter and is no
    English word ("LSIm, 6BJ" for "LS9 6BJ")."""
    outward, inward = postcode[:-3], postcode[-3:]
    out = []
    for i, first in enumerate(heard):
        if not first.chars or first.chars[0] != inward[0]:
            continue
        chars, j = "", i
        while j < len(heard) and heard[j].chars and len(chars) < len(inward) and j - i < 3:
            t = heard[j]
            if j > i and _broken(text, heard[j - 1], t):
                break
            if any(c.isalpha() for c in t.chars) and not _says_characters(t):
                break  # a word that only may say letters ("at", "be")
            chars += t.chars
            j += 1
        if chars != inward:
            continue
        start = first.start
        if i > 0 and not _broken(text, heard[i - 1], first):
            before = heard[i - 1].text.strip(",")
            if before[:1] == outward[0] and before.isalnum() and not is_english(before.lower(), english):
                start = heard[i - 1].start
        out.append((start, heard[j - 1].end))
    return out
