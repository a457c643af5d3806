"""Numbers beside an identifier, and numbers read out where a note is dense with them (transcripts only).

A recogniser breaks an identifier read out into pieces of any shape: an aside inside it ("999211, sorry, it is
smudge, 5807"), a full stop inside it ("4-7-7-0. I know, sorry, I know, 2-6-4"), a cue heard as other words. Readings
written for each shape (a repair, an aside, a hyphen) close the shapes they were written from and no other. The two
readings here do not look at the shape of what lies between, only at what a number near an identifier is:

* **a number beside an identifier is the identifier's** (:func:`with_numbers_nearby`): once a structured identifier
  that is said in digits (an NHS, NI or phone number, a date of birth) is found, a group of digits read out within a
  few words of it, before or after, across commas, asides, editing terms and full stops, is more of the same value,
  unless it is a quantity by :func:`is_quantity`. A note says its identifiers one after the other, and the numbers it
  says near them that are not identifiers are times, money, counts, ages, school years, scores and the years of
  events, each of which English marks with its own words;
* **digits read out in a number-dense stretch are an identifier** (:func:`read_out_numbers`): a group that reads as
  three digits or more, said as two or more groups one after another ("86, 1, 2") or standing within a few words of
  another such group or an identifier, and no quantity by the same rule, is an identifier whatever its cue was.

A *group* is digits (numerals, digit words, number words, "double"/"treble") and the words a recogniser writes for a
digit it half-heard (``spoken_numbers.MISHEARD_DIGITS``), joined by spaces, commas, hyphens or a dot inside a token,
with one clearly heard digit at least.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from ..language.dates import MONTHS, NUMBER_WORDS, ORDINAL_WORDS
from ..language.kinship import KIN_WORDS
from .detection import Detection
from .entities import DATE_OF_BIRTH, EMAIL, NHS_NUMBER, NI_NUMBER, PERSON, PHONE, POSTCODE
from . import text_reads
from .lexicon import CUE_WORDS, TIME_WORDS
from .recognizers.digit_run_recognizer import suffix_letter_after
from .recognizers.date_of_birth_recognizer import find_date_parts
from .recognizers.known_value_finder import CLAUSE_BREAK
from .spoken_numbers import (DIGIT_WORDS, EDITING_TERM_WORDS, EDITING_TERMS, HESITATION, LETTER_NAMES, MISHEARD_DIGITS,
                             REPEAT_WORDS, SPELLING_ALPHABET, heard_spelling_letter, spelling_runs, spelt_letters)

# The identifiers said in digits, whose neighbourhood is read (a postcode's and an email's are words and letters).
NUMBER_IDENTIFIERS = (NHS_NUMBER, NI_NUMBER, PHONE, DATE_OF_BIRTH)
# Words other than numbers a number may reach across to its identifier: an aside is a phrase, and a listener holds
# no more than a few words of one inside a number said aloud ("sorry, it is smudge").
MAX_WORDS_BETWEEN = 3
# A date is said in one breath, its parts joined only by its own small words ("the 30th of the 1st, 2000, and 19"): a
# date of birth reaches no group across any other word.
_DATE_SMALL_WORDS = frozenset("the of on and".split())
# A group joins only if it reads as this many digits at least, clearly heard, or is two numbers or more read out one
# after another: a number said as one number of one or two digits ("is fourteen", "and 14") is a count or an age as
# often as anything; "2-6-4", "5807", "I know, 2-6-4", "55, 01" are digits read out.
MIN_JOINED_DIGITS = 3
MIN_READ_OUT_DIGITS = 3  # digits a group must read as to be an identifier with no identifier beside it
DENSE_WORDS = 8  # words within which another group read out makes a stretch number-dense
READ_OUT_SINGLES = 5  # single digits in a row that are digits read out however the recogniser joined them

_PIECE = re.compile(r"[£$€]?[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_GROUP_JOINER = re.compile(r"(?:[\s,\-/]|\.(?!\s))*")
_ORDINAL_NUMERAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
_TEENS_AND_TENS = frozenset(NUMBER_WORDS) - frozenset(DIGIT_WORDS)

# The words English marks a quantity with, by kind (the source of each: the grammar of English number expressions,
# Quirk et al., "A Comprehensive Grammar of the English Language", 1985, on measure phrases, time and age; the
# forms British speakers use, as the Oxford English Dictionary gives them). Each list is complete by its rule:
# money: the UK currency's units in their spoken and written forms (pound, penny: "pounds", "pence", "p", "quid"),
#   the multipliers said after a sum ("hundred", "thousand", "million", "billion", "grand", "k") and the words of a
#   rate or share ("per", "percent");
_MONEY_AFTER = frozenset("pounds pound quid pence p k grand hundred thousand million billion percent per".split())
# time: the words after a time of day or a duration (the clock words "past", "o'clock", "am", "pm"; the units of a
#   duration under a day, "hour", "minute" and their written short forms; "till"/"until" of a span: "ten till one"),
#   and the words before one (the clock's "half", "quarter", "past"; the prepositions of a span or deadline "from",
#   "until", "till", "til", "by", "between"; "at" of a time); and the days, months and units of time of
#   ``lexicon.TIME_WORDS`` before a number ("open Thursdays 10", "November 18");
_TIME_AFTER = frozenset("past o'clock oclock am pm a.m p.m hour hours hr hrs minute minutes min mins till until".split())
_TIME_BEFORE = frozenset("half quarter past from until till til by between".split())
# and the verbs of an event's beginning and end, which take a time of day after them with their "at" left out
#   ("started 1015, finished 1050"): start, finish, begin, end, arrive, leave, open, close in their past forms, said
#   before a number that reads as a clock time (three or four digits, an hour of 0-23 and minutes under 60)
_EVENT_TIME_VERBS = frozenset("started finished began begun ended arrived left opened closed".split())
# age: the verbs English gives an age with before a number of one or two digits (the copula "be" in its forms, "age"
#   and "turn" in theirs: "is seven", "aged 11", "turns twelve"), and the units of an age after it ("years old",
#   "11 months", "six weeks");
_AGE_BEFORE = frozenset("is was aged age turns turned turning be being".split())
_AGE_AFTER = frozenset("years year months month weeks week days day old".split())
# school year: the word a school year is named with in England, Wales and Northern Ireland ("year six", "Year 3",
#   "yr 10"); scores: "out of" after a score, and the verbs of scoring and rating before one ("scored 8", "rated 6")
_YEAR_BEFORE = frozenset("year yr years".split())
_SCORE_BEFORE = frozenset("scored scores score scoring rated rates rate".split())
_YEAR_NUMERAL = re.compile(r"(?:19|20)\d\d")
_DATE_WORDS = frozenset(MONTHS) | frozenset(ORDINAL_WORDS)


@dataclass(frozen=True)
class NumberGroup:
    """Digits read out together: pieces ``first``..``last`` of the text."""

    start: int
    end: int
    first: int
    last: int
    clear: int  # digits clearly said
    misheard: int  # words written for a digit half-heard
    money: bool  # a pound or euro sign inside it or before it


def _piece_digits(piece: str) -> tuple[int, int] | None:
    """(clear, misheard) digits a piece says, or None where it is no part of a number."""
    low = piece.lower().lstrip("£$€")
    if any(c.isdigit() for c in low):
        if _ORDINAL_NUMERAL.fullmatch(low):
            return None  # a day of a date
        return sum(c.isdigit() for c in low), sum(c == "o" for c in low)
    if low in DIGIT_WORDS and low not in ("o", "oh"):
        return 1, 0
    if low in _TEENS_AND_TENS:
        return 2, 0
    if low in REPEAT_WORDS:
        return 1, 0
    if low in MISHEARD_DIGITS:
        return 0, 1
    return None


def number_groups(text: str, pieces: list[re.Match] | None = None) -> tuple[list[re.Match], list[NumberGroup]]:
    """The words of ``text`` and its groups of digits read out (with one clear digit at least)."""
    pieces = pieces if pieces is not None else list(_PIECE.finditer(text))
    said = [_piece_digits(p.group()) for p in pieces]
    groups: list[NumberGroup] = []
    k = 0
    while k < len(pieces):
        if said[k] is None:
            k += 1
            continue
        j = k
        while j + 1 < len(pieces) and said[j + 1] is not None and _GROUP_JOINER.fullmatch(text[pieces[j].end():pieces[j + 1].start()]):
            j += 1
        a, b = k, j
        while a < b and said[a][0] == 0:
            a += 1  # a word for a digit half-heard at a group's edge ("down to 300") is the group's only inside it
        while b > a and said[b][0] == 0:
            b -= 1
        clear = sum(s[0] for s in said[a:b + 1])
        if clear:
            # money by its sign: pounds (and euros); no one dictating a British case note says dollars, so a "$" is
            # a recogniser's guess at digits read out (as ``cue_value_recognizer._dollars_as_digits`` reads it)
            money = any(p.group()[0] in "£€" for p in pieces[a:b + 1]) or re.search(r"[£€]\s*$", text[max(0, pieces[a].start() - 3):pieces[a].start()]) is not None
            groups.append(NumberGroup(pieces[a].start(), pieces[b].end(), a, b, clear, sum(s[1] for s in said[a:b + 1]), money))
        k = j + 1
    return pieces, groups


@text_reads.reading
def read_number_groups(text: str) -> tuple[tuple[re.Match, ...], tuple[NumberGroup, ...]]:
    """:func:`number_groups` of the whole of ``text``, read once per note (three rules below read it)."""
    pieces, groups = number_groups(text)
    return tuple(pieces), tuple(groups)


def _word(pieces: list[re.Match], k: int) -> str:
    return pieces[k].group().lower().rstrip(".") if 0 <= k < len(pieces) else ""


def is_quantity(text: str, pieces: list[re.Match], g: NumberGroup, nouns: frozenset[str] = frozenset(),
                stop_words: frozenset[str] = frozenset()) -> bool:
    """``g`` is a quantity, time, age, school year, score, year or part of a date by the words English marks those
    with (the lists above), or a thing's number after the noun that names it ("room 214"; not a cue's, a family
    word's or a name's), not an identifier."""
    before, after = _word(pieces, g.first - 1), _word(pieces, g.last + 1)
    after2 = _word(pieces, g.last + 2)
    touching_after = g.last + 1 < len(pieces) and re.fullmatch(r"\s+", text[g.end:pieces[g.last + 1].start()]) is not None
    parts = g.last - g.first + 1
    # a word before a group marks the number straight after it: the whole group only where it is one number or its
    # numbers are each said as one (of one or two digits: "at 10 to 4"); "year 1, 477, ..." is a school year, then
    # digits read out
    marks = parts == 1 or all(len(_part_digits(p.group())) <= 2 for p in pieces[g.first:g.last + 1])
    if g.money or after in _MONEY_AFTER:
        return True
    k = g.last + 1
    while k < min(len(pieces), g.last + 4) and (_word(pieces, k) == "and" or _piece_digits(pieces[k].group()) is not None):
        k += 1  # "300 and six pounds": a sum said in parts
    if k > g.last + 1 and _word(pieces, k) in _MONEY_AFTER:
        return True
    if after in _TIME_AFTER or (marks and (before in _TIME_BEFORE or before == "at")):
        return True
    if marks and (before in TIME_WORDS or before.rstrip("s") in TIME_WORDS):
        return True
    if re.fullmatch(r"(?:[01]?\d|2[0-3])[.:][0-5]\d", text[g.start:g.end]):
        return True  # "4.15", "11:30"
    clock = re.fullmatch(r"([01]?\d|2[0-3])([0-5]\d)", text[g.start:g.end])
    if clock and before in _EVENT_TIME_VERBS:
        return True  # "started 1015": an event's time with its "at" left out
    times = re.fullmatch(r"(\d{3,4})\s*-\s*(\d{3,4})", text[g.start:g.end])
    if times and all(int(t[-2:]) < 60 and 0 < int(t[:-2]) <= 23 for t in times.groups()):
        return True  # "930-1040": a time from and to
    if after == "to" and _piece_digits(after2) is not None and parts == 1:
        return True  # "from four to seven", "ten to five"
    if re.fullmatch(r"\d{1,2}\s?-\s?\d{1,2}", text[g.start:g.end]):
        return True  # a range, a time from and to or a score: "10-4", "3-1", "5-11"
    if g.clear <= 2 and parts == 1 and (before in _AGE_BEFORE or before.endswith(("'s", "’s")) or after in _AGE_AFTER):
        return True
    out_of = (after == "out" and after2 == "of") or (before == "of" and _word(pieces, g.first - 2) == "out")
    if (marks and (before in _YEAR_BEFORE or before in _SCORE_BEFORE)) or out_of:
        return True
    if after in _DATE_WORDS or _ORDINAL_NUMERAL.fullmatch(after or "x") or (marks and (
            before in _DATE_WORDS or _ORDINAL_NUMERAL.fullmatch(before or "x"))):
        return True  # a day or a year beside a month or a day's ordinal: a date of an event
    numbers = [p.group().lstrip("£$€") for p in pieces[g.first:g.last + 1]]
    if all(_YEAR_NUMERAL.fullmatch(n) for n in numbers) or (parts == 1 and before in ("twenty", "nineteen") and g.clear == 2):
        return True  # a year, or years ("2019, 2020")
    if "/" in text[g.start:g.end]:
        return True  # a date or a fraction written with a slash ("12/12")
    touching_before = g.first > 0 and re.fullmatch(r"[ \t]+", text[pieces[g.first - 1].end():g.start]) is not None
    if marks and touching_before and len(before) >= 3 and before.isalpha() and before not in stop_words \
            and before not in CUE_WORDS and before not in KIN_WORDS and before not in MISHEARD_DIGITS \
            and (before in nouns or before.rstrip("s") in nouns):
        return True  # a thing's number, after the noun that names it in one phrase: "room 214", "ward 21", "bus 43"
    if touching_after and after.isalpha() and after not in stop_words and after not in CUE_WORDS and (
            after in nouns or after.rstrip("s") in nouns or after[:-2] in nouns) and not (parts >= 3 and g.clear >= 7):
        # a count of something: "the 27 bus", "18 weeks", "3 children"; never seven digits and more read out in three
        # parts or more, which no count is, before a capitalised word a recogniser ran on to them ("..., oh, eight Plan")
        return True
    return False


def _big_enough(g: NumberGroup) -> bool:
    """``g`` reads as MIN_JOINED_DIGITS clear digits, or as two numbers or more read out (two digits at least)."""
    return g.clear >= MIN_JOINED_DIGITS or (g.last > g.first and g.clear >= 2)


def _is_year_alone(text: str, g: NumberGroup) -> bool:
    return g.last == g.first and _YEAR_NUMERAL.fullmatch(text[g.start:g.end]) is not None


def _between_words(pieces: list[re.Match], a: int, b: int, free: frozenset[str] = EDITING_TERM_WORDS) -> int:
    """Words among pieces ``a``..``b-1`` that count against MAX_WORDS_BETWEEN (a digit half-heard and an editing
    term do not: they are part of a number said and corrected; nor, beside a date, the date's own small words)."""
    return sum(1 for k in range(a, b) if _word(pieces, k) not in free and _piece_digits(pieces[k].group()) is None)


def with_numbers_nearby(text: str, dets: list[Detection], nouns: frozenset[str] = frozenset(),
                        stop_words: frozenset[str] = frozenset()) -> list[Detection]:
    """Each identifier said in digits grown over the groups of digits beside it (the first rule at the top)."""
    if not any(d.entity in NUMBER_IDENTIFIERS for d in dets):
        return dets
    pieces, groups = read_number_groups(text)
    if not groups:
        return dets
    starts = [p.start() for p in pieces]
    group_at = {}
    for g in groups:
        for k in range(g.first, g.last + 1):
            group_at[k] = g

    def taken(k: int, own: Detection) -> bool:
        """Piece ``k`` lies in another detection (as the detections stand now: spans may not overlap)."""
        p = pieces[k]
        return any(o is not own and o.start < p.end() and p.start() < o.end for o in dets)

    def boundary(k: int, step: int) -> bool:
        """Piece ``k`` is a cue's word (another identifier starts there), or a new paragraph stands between it and
        the identifier's side."""
        if re.sub(r"['’]s$", "", _word(pieces, k)) in CUE_WORDS:
            return True
        a, b = (k - 1, k) if step == 1 else (k, k + 1)
        return 0 <= a and b < len(pieces) and "\n" in text[pieces[a].end():pieces[b].start()]

    def grow(d: Detection, step: int) -> None:
        """``d`` grown over the groups on one side of it (``step`` 1: after, -1: before) until a quantity, another
        detection, a cue's word, a new paragraph or more than MAX_WORDS_BETWEEN other words (a date of birth: any
        word but a date's own small words)."""
        if step == 1:
            k = next((n for n, s in enumerate(starts) if s >= d.end), len(pieces))
        else:
            k = max((n for n, p in enumerate(pieces) if p.end() <= d.start), default=-1)
        edge = k  # the piece next to the identifier as it stands
        free, most = (_DATE_SMALL_WORDS, 0) if d.entity == DATE_OF_BIRTH else (EDITING_TERM_WORDS, MAX_WORDS_BETWEEN)
        while 0 <= k < len(pieces):
            if taken(k, d) or boundary(k, step):
                return
            if _between_words(pieces, *((edge, k) if step == 1 else (k + 1, edge + 1)), free) > most:
                return
            g = group_at.get(k)
            if g is not None and (g.start >= d.end if step == 1 else g.end <= d.start):
                if _big_enough(g) and not is_quantity(text, pieces, g, nouns, stop_words) and not any(
                        taken(n, d) for n in range(g.first, g.last + 1)):
                    if step == 1:
                        d.end, k = g.end, g.last + 1
                    else:
                        d.start, k = g.start, g.first - 1
                    edge = k
                    continue
                if _big_enough(g) or _is_year_alone(text, g):
                    return  # a quantity: the identifier's neighbourhood ends there
            k += step

    for d in dets:
        if d.entity in NUMBER_IDENTIFIERS:
            grow(d, 1)
            grow(d, -1)
    return dets


def _part_digits(piece: str) -> str:
    low = piece.lower()
    if any(c.isdigit() for c in low):
        return "".join("0" if c == "o" else c for c in low if c.isdigit() or c == "o")
    return DIGIT_WORDS.get(low) or MISHEARD_DIGITS.get(low, "")


def _reads_as_a_date(pieces: list[re.Match]) -> bool:
    """``pieces`` are three numbers read out as a day, a month and a year ("free, O2, 19"): a date said with no
    month's name, as only a record's date is, and so a date of birth (``birth_cue_date_recognizer.record_dates``)."""
    parts = [_part_digits(p.group()) for p in pieces]
    return (len(parts) == 3 and all(parts) and 1 <= int(parts[0]) <= 31 and 1 <= int(parts[1]) <= 12
            and len(parts[2]) in (2, 4))


def _reads_as_digits(text: str, pieces: list[re.Match], g: NumberGroup) -> bool:
    """``g`` was said digit by digit or in groups of digits, as an identifier is read out, not as numbers said whole
    (scores, ages, counts and dates are said as numbers of one or two digits: "3, 7, 14", "45, 62", "27, 3, 19"):
    it holds a number of three digits or more that is no year ("477", "5807"; "2020", "1990-2001" are years), or a
    number said with its leading zero ("O2", "07": no number said whole starts with one), or three single digits at
    least of which some the recogniser joined with hyphens or dots, as it writes digits said one by one ("2-6-4",
    "4.0.1"; "4 2, 1" may be three scores), or READ_OUT_SINGLES single digits in a row however joined ("4 2, 1 seeks 8
    3": no list of scores or ages runs to five without an "and")."""
    parts = [_part_digits(p.group()) for p in pieces[g.first:g.last + 1]]
    if any(len(d) >= 3 and not _YEAR_NUMERAL.fullmatch(d) for d in parts):
        return True
    if any(len(d) >= 2 and d[0] == "0" for d in parts):
        return True
    joins = [text[a.end():b.start()] for a, b in zip(pieces[g.first:g.last], pieces[g.first + 1:g.last + 1])]
    singles = sum(len(d) == 1 for d in parts)
    return (singles >= 3 and any(j in ("-", ".") for j in joins)) or singles >= READ_OUT_SINGLES


# the letter a value ends with, the word a speaker spells it with ("for", "as in") taken into it or not
_LETTER_AT_END = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,3})(?P<by>,?\s(?i:for|as\sin|as|like))?$")
_SPELLING_WORD_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:(?P<by>(?i:for|as\sin|as|like))[ \t]+)?(?P<word>[A-Za-z][a-z]{2,})\b")


# A date of birth said, then repaired ("31st, no, sorry, 30 December 2013", "the 4th, sorry, the 5th of June"): the
# first try, a date's parts, an editing term (``spoken_numbers.EDITING_TERMS``), then the date found
_EDITING_TERM = "|".join(r"\s*,?\s*".join(term) for term in sorted(EDITING_TERMS, key=len, reverse=True))
_REPAIR_BEFORE = re.compile(rf"(?i)[\s,]*\b(?:{_EDITING_TERM})\b[\s,.]*(?:the\s+)?$")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
REPAIR_REACH = 60  # characters before a date of birth that its first try and the editing term may take


def with_repair_before(text: str, dets: list[Detection]) -> list[Detection]:
    """Each date of birth grown back over a first try a speaker repaired just before it (the rule above
    ``_REPAIR_BEFORE``): the date's parts said before an editing term that stands straight before the date."""
    for d in dets:
        if d.entity != DATE_OF_BIRTH:
            continue
        lo = max(0, d.start - REPAIR_REACH)
        term = _REPAIR_BEFORE.search(text, lo, d.start)
        if not term:
            continue
        runs = [r for r in find_date_parts(text[lo:term.start()]) if r and lo + r[-1].end == term.start()]
        if not runs:
            continue
        start = lo + runs[-1][0].start
        the = _THE_BEFORE.search(text, max(0, start - 4), start)
        start = the.start() if the else start
        if not any(o is not d and o.start < d.start and start < o.end for o in dets):
            d.start = start
    return dets


# A postcode said twice, the first try broken off ("T S fourteen, seven, B, hang on, T S fourteen seven B X"): the try
# is read out in characters, starts as the postcode does (its area letters and district digit at least: three
# characters in common) and stands at most this many words before it (an editing term, or that term misheard)
FIRST_TRY_GAP_WORDS = 2
_FIRST_TRY_JOINER = re.compile(r"[\s,.\-]*")


def _first_try(tokens, said: str) -> bool:
    tried = "".join(t.chars for t in tokens)
    common = next((n for n, (a, b) in enumerate(zip(tried, said)) if a != b), min(len(tried), len(said)))
    return tried[:1].isalpha() and common >= 3 and len(tried) <= len(said) + 2


def with_first_try_before(text: str, dets: list[Detection]) -> list[Detection]:
    """Each postcode grown back over a first try of it said just before, broken off (the rule above
    ``FIRST_TRY_GAP_WORDS``)."""
    tokens = text_reads.heard_tokens(text)
    for d in dets:
        if d.entity != POSTCODE:
            continue
        k = next((n for n, t in enumerate(tokens) if t.start >= d.start), None)
        if k is None:
            continue
        said = "".join(t.chars for t in tokens[k:] if t.end <= d.end)
        j, gap = k - 1, 0
        while j >= 0 and gap < FIRST_TRY_GAP_WORDS and (not tokens[j].chars or tokens[j].text.lower() in EDITING_TERM_WORDS):
            j, gap = j - 1, gap + 1
        if gap == 0 and j >= 0 and tokens[j].text.lower() not in EDITING_TERM_WORDS:
            continue  # nothing between: not a second try
        first = j
        while first - 1 >= 0 and tokens[first - 1].chars and j - first < 8 and \
                _FIRST_TRY_JOINER.fullmatch(text[tokens[first - 1].end:tokens[first].start]):
            first -= 1
        if j < 0 or not tokens[j].chars:
            continue
        # the earliest token of the run from which it says the postcode's start ("at T.S. 14, 7, B": from "T")
        first = next((f for f in range(first, j + 1) if _first_try(tokens[f:j + 1], said)), None)
        if first is None:
            continue
        start = tokens[first].start
        if any(o is not d and o.entity != POSTCODE and o.start < d.start and start < o.end for o in dets):
            continue
        d.start = start
    return dets


# A value said, then its end said again after an editing term, an "oh" or "erm" perhaps before it ("S R 7, 7HM, no,
# 7HM is", "oh seven seven double oh, nine hundred, one two three, sorry, one two four", a date of birth's "7th on April
# 2020, oh no, sorry 2021"): the repair is read out in characters (a digit among them), two characters at least and no
# more than the value, straight after the term in at most this many tokens, and says the value's tail again but for one
# character
REPAIR_AFTER_TOKENS = 6
_REPAIR_AFTER = re.compile(rf"(?i)[\s,.]*(?:\b(?:oh|erm|er|um|ah)\b[\s,.]*)?\b(?:{_EDITING_TERM})\b[\s,.]*")
_REPAIRED_KINDS = (POSTCODE, PHONE, NHS_NUMBER, NI_NUMBER, DATE_OF_BIRTH)


def _says_the_tail(run: str, said: str) -> bool:
    return (2 <= len(run) <= len(said) and any(c.isdigit() for c in run)
            and sum(a != b for a, b in zip(run, said[-len(run):])) <= 1)


def with_repair_after(text: str, dets: list[Detection]) -> list[Detection]:
    """Each postcode, phone, NHS or NI number or date of birth grown over a repair of its end said just after it (the
    rule above ``REPAIR_AFTER_TOKENS``), taking in what another pass found there, or, where it is said again from its
    start after the repair, that second try found too (``SECOND_TRY_GAP_WORDS``)."""
    tokens = text_reads.heard_tokens(text)
    added: list[Detection] = []
    taken_in: list[int] = []  # detections a grown value took in
    for d in dets:
        if d.entity not in _REPAIRED_KINDS or id(d) in taken_in:
            continue
        term = _REPAIR_AFTER.match(text, d.end)
        if not term:
            continue
        said = "".join(t.chars for t in tokens if d.start <= t.start and t.end <= d.end)
        k = next((n for n, t in enumerate(tokens) if t.start >= term.end()), None)
        if k is None or not said:
            continue
        run, end = "", None
        for n in range(k, min(len(tokens), k + REPAIR_AFTER_TOKENS)):
            if tokens[n].text.lower() == "and" and run[-1:].isdigit() and n + 1 < len(tokens) \
                    and tokens[n + 1].chars[:1].isalpha():
                continue  # "59 and B": the digits, then "and" before the suffix letter, as an NI number is said
            if not tokens[n].chars or tokens[n].text.lower() in EDITING_TERM_WORDS or (
                    n > k and not _FIRST_TRY_JOINER.fullmatch(text[tokens[n - 1].end:tokens[n].start])):
                break
            run += tokens[n].chars
            if len(run) > len(said):
                break
            if _says_the_tail(run, said):
                end = tokens[n].end
        # what another pass found inside the repair is the value's ("2020, oh no, sorry 2021": "2021" a number after
        # a cue); anything reaching past it stops the growth
        inside = [o for o in dets if o is not d and o.start < end and d.end < o.end] if end is not None else []
        if end is not None and all(d.end <= o.start and o.end <= end for o in inside):
            d.end = end
            taken_in += [id(o) for o in inside]
        elif end is None:
            again = _said_again_from_its_start(text, tokens, k, said)
            inside = [o for o in dets if o.start < again[1] and again[0] < o.end] if again else []
            if again and all(again[0] <= o.start and o.end <= again[1] for o in inside):
                added.append(Detection(again[0], again[1], d.entity, d.score, "SaidAgainAfterRepair", d.person_index))
    dets = [d for d in dets if id(d) not in taken_in]
    if not added:
        return dets
    return sorted([d for d in dets if not any(a.start <= d.start and d.end <= a.end for a in added)] + added,
                  key=lambda d: d.start)


# ... or said again from its start after the editing term and a few words of apology ("QQ, 3106, no, sorry, I've read
# that wrong, QQ, 31022, a"): within this many words, a run read out in characters that starts as the value did (three
# characters in common, as a first try's) and is no shorter than it but for two
SECOND_TRY_GAP_WORDS = 8
_SENTENCE_END = re.compile(r"[.?!]\s")


def _read_out_from(text: str, tokens, k: int, most: int, stop: frozenset[str] = frozenset()) -> tuple[int, str]:
    """From token ``k`` (one that says characters), the tokens read out together after it, joined as a first try's are
    (``_FIRST_TRY_JOINER``), while the characters said are fewer than ``most`` and no word of ``stop`` comes: the last
    token's index and the characters said."""
    last, run = k, tokens[k].chars
    while (last + 1 < len(tokens) and tokens[last + 1].chars and len(run) < most
           and tokens[last + 1].text.lower() not in stop
           and _FIRST_TRY_JOINER.fullmatch(text[tokens[last].end:tokens[last + 1].start])):
        last += 1
        run += tokens[last].chars
    return last, run


def _said_again_from_its_start(text: str, tokens, k: int, said: str) -> tuple[int, int] | None:
    gap = 0
    while k < len(tokens) and not tokens[k].chars and gap < SECOND_TRY_GAP_WORDS:
        if _SENTENCE_END.search(text, tokens[k - 1].end if k else 0, tokens[k].start):
            return None
        k, gap = k + 1, gap + 1
    if k >= len(tokens) or not tokens[k].chars:
        return None
    last, run = _read_out_from(text, tokens, k, len(said) + 2, EDITING_TERM_WORDS)
    common = next((n for n, (a, b) in enumerate(zip(run, said)) if a != b), min(len(run), len(said)))
    return (tokens[k].start, tokens[last].end) if common >= 3 and len(run) >= len(said) - 2 else None


# A number's last figures said again to check it, a few words on ("NHS number 999-617-2848. Let me check, yes, 2848."):
# within this many words after the number, a run of three or more figures read out together that is exactly the
# number's end is that number's (a speaker checking a number against the letter reads back its last group); a run
# that is any other number, or longer than the value, is left
CHECKED_BACK_WORDS = 12
_CHECKED_BACK_KINDS = (PHONE, NHS_NUMBER, NI_NUMBER)


def with_tail_checked_back(text: str, dets: list[Detection]) -> list[Detection]:
    """Each phone, NHS or NI number's end said again to check it (the rule above ``CHECKED_BACK_WORDS``), found too."""
    tokens = text_reads.heard_tokens(text)
    added: list[Detection] = []
    for d in dets:
        if d.entity not in _CHECKED_BACK_KINDS:
            continue
        said = "".join(t.chars for t in tokens if d.start <= t.start and t.end <= d.end)
        k = next((n for n, t in enumerate(tokens) if t.start >= d.end), None)
        if k is None or len(said) < 6:
            continue
        for n in range(k, min(len(tokens), k + CHECKED_BACK_WORDS)):
            if any(o.start < tokens[n].end and tokens[n].start < o.end for o in dets):
                break  # the next value found: no check of this one past it
            if not tokens[n].chars or (n > k and tokens[n - 1].chars
                                       and _FIRST_TRY_JOINER.fullmatch(text[tokens[n - 1].end:tokens[n].start])):
                continue
            last, run = _read_out_from(text, tokens, n, len(said) + 1)
            if 3 <= len(run) < len(said) and run.isdigit() and said.endswith(run):
                added.append(Detection(tokens[n].start, tokens[last].end, d.entity, d.score, "TailCheckedBack",
                                       d.person_index))
                break
    return sorted(dets + added, key=lambda d: d.start) if added else dets


# A number a cue introduced, taken from the cue with the words said before the number ("NI number for the free school
# meals form, QQ, ...", "NHS number, he read it in two of her letter, 99, 97, 8"): it starts at its first characters
# read out together (``_read_out``), two or more in one token or in tokens side by side, or a letter spelt ("cue for
# Quebec"); a lone character among words before them ("two of her letter") is the sentence's. Left as found where no
# such run is in it, or where a word before it is capitalised.
_STARTED_AT_ITS_CHARACTERS = (NHS_NUMBER, PHONE, NI_NUMBER)


def _read_out(t) -> bool:
    """A token that says a value's characters: a digit among them, or letters written as capitals or spelt ("QQ",
    "Q", "Quebec"), a letter's name ("cue"), a repeat word ("double", "triple") or the "plus" of a country code; never a
    little word that could be two letters ("he")."""
    bare = t.text.strip(".,-")
    if bare.lower() in REPEAT_WORDS or bare.lower() in LETTER_NAMES or bare.lower() == "plus":
        return True  # "Triple 9", "cue for Quebec", "plus 44": a digit's count, a letter's name, a country code's sign
    return bool(t.chars) and (any(c.isdigit() for c in t.chars) or t.spelt or bare.isupper())


# an NI number whose letters were heard as capitalised words, after the form it is for said in lower case ("council tax
# support, Kyosink Wayne, ...", "allowance form, Quibek Quibek, 5-6"): a clause of one to six lower-case words closed by
# a comma, then a capital, is the sentence's, where no word of it says a digit ("oh seven seven, Sorry, O777...")
_WORDS_BEFORE_ITS_LETTERS = re.compile(r"(?:[a-z][a-z'’\-]*\s){0,5}[a-z][a-z'’\-]*,\s(?=[A-Z])")


def _starts_as_an_ni_number(tokens) -> bool:
    """An NI number's run starts with its two prefix letters written as one token ("QQ"), or is digits alone (a
    number the cue misnamed): an NI number whose letters are spelt as words ("and an apple, began in Bravo-19") starts
    at words that say its letters, and is left as found."""
    chars = "".join(t.chars for t in tokens)
    return bool(re.fullmatch(r"[A-Z]{2}", tokens[0].text.strip(".,-"))) or chars.isdigit()


def from_its_first_characters(text: str, dets: list[Detection]) -> list[Detection]:
    """Each NHS, NI or phone number started at its first characters read out together (the rule above
    ``_STARTED_AT_ITS_CHARACTERS``)."""
    tokens = text_reads.heard_tokens(text)
    for d in dets:
        if d.entity not in _STARTED_AT_ITS_CHARACTERS:
            continue
        inside = [t for t in tokens if d.start <= t.start and t.end <= d.end]
        first = next((n for n, t in enumerate(inside) if _read_out(t) and (len(t.chars) >= 2 or t.spelt or (
            n + 1 < len(inside) and _read_out(inside[n + 1])
            and _FIRST_TRY_JOINER.fullmatch(text[t.end:inside[n + 1].start])))), None)
        # a run further in than the first token: the words before it are no part of the number, unless one is
        # capitalised (a name the number ran over: "Wayne's 0780, 142, 661", "4 Peony, 521 208")
        if first and not re.search(r"\b[A-Z]", text[d.start:inside[first].start]) and (
                d.entity != NI_NUMBER or _starts_as_an_ni_number(inside[first:])):
            d.start = inside[first].start
        elif (d.entity == NI_NUMBER and (words := _WORDS_BEFORE_ITS_LETTERS.match(text, d.start, d.end))
              and not any(any(c.isdigit() for c in t.chars) for t in inside if t.end <= words.end())):
            d.start = words.end()
    return dets


def with_spelling_word_after(text: str, dets: list[Detection]) -> list[Detection]:
    """An NI number or a postcode that ends in a letter read out (written as itself, or run into its "as" or "as
    in": "ASI") grown over the word that spells that letter right after it ("ASI Apple" for "A as in apple"), or after
    "for", "as", "as in" or "like" and the word in any case ("QQ551739A, for Apple", "A for apple"): the
    spelling word starts with the letter it spells, and a value that holds letters is read out so. An NI number
    found however it was found takes its suffix letter read out after it as the number-dense reading does
    (``digit_run_recognizer.suffix_letter_after``: A-D, HMRC's suffixes)."""
    for d in dets:
        if d.entity not in (NI_NUMBER, POSTCODE):
            continue
        last = _LETTER_AT_END.search(text, d.start, d.end)
        word = _SPELLING_WORD_AFTER.match(text, d.end)
        # a function word (spaCy's English stop words: "With her partner") spells no letter
        spelt = word is not None and (word.group("word")[0].isupper() or word.group("by") is not None
                                      or (last is not None and last.group("by") is not None))
        end = (word.end() if last and word and spelt and word.group("word")[0].upper() == last.group(1)[0].upper()
               and word.group("word").lower() not in STOP_WORDS else None)
        if end is None and d.entity == NI_NUMBER:
            end = suffix_letter_after(text, d.end)  # the suffix letter and its word both after the value
        if end is not None and not any(o is not d and o.start < end and d.end < o.end for o in dets):
            d.end = end
        # a value that ends in a spelling word reads its next letters so too: the spelling words straight after it, as
        # the recogniser wrote them ("9QY, Quebec Yankees" for "Quebec Yankee")
        if (last_word := _LAST_WORD.search(text, d.start, d.end)) and heard_spelling_letter(last_word.group()):
            for _ in range(SPELT_ON_WORDS):
                nxt = _NEXT_WORD.match(text, d.end)
                if nxt is None or not heard_spelling_letter(nxt.group("word")) or any(
                        o is not d and o.start < nxt.end() and d.end < o.end for o in dets):
                    break
                d.end = nxt.end()
    return dets


SPELT_ON_WORDS = 3  # spelling words after a value that ends in one, taken as its (a postcode's inward code has three)
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_NEXT_WORD = re.compile(r"[\s,\-]{1,3}(?P<word>[A-Za-z]+)\b")


# An NI number's suffix (A-D, HMRC's) said by its spelling-alphabet word alone after the digits and ending the clause
# ("QQ 90 12 04, Alpha."), the last pair said again before it allowed ("..., 04, 04, Alpha"); a value read out so, its
# prefix lost, is digits in pairs and the word ("2-9, 5-8, Alpha."). No phone, NHS number or date ends in a letter.
_SUFFIX_WORDS = {w: letter for w, letter in SPELLING_ALPHABET.items() if letter in "ABCD"}
_SUFFIX_WORD_AFTER = re.compile(
    r"[\s,\-.]*(?:(?P<again>\d{1,2})[\s,\-.]+)?(?P<word>" + "|".join(w.capitalize() for w in _SUFFIX_WORDS)
    + r")\b(?=\s*(?:[.,;:!?]|$))")
# a digit as a figure, a zero heard as the letter before a figure ("O3"), or a digit's word
_DIGIT_WORD = r"\b(?i:" + "|".join(w for w in DIGIT_WORDS if w.isalpha()) + ")"
_DIGIT_READ = re.compile(rf"\d|(?<![A-Za-z])[Oo](?=\d)|{_DIGIT_WORD}\b")
_ENDS_IN_A_DIGIT = re.compile(rf"(?:\d|{_DIGIT_WORD})$")
SUFFIX_DIGITS_MAX = 6  # an NI number's digits; a value with more is no NI number's tail


def with_suffix_word_after(text: str, dets: list[Detection]) -> list[Detection]:
    """An NI number, or a value of at most SUFFIX_DIGITS_MAX digits read out that ends in a digit, grown over an NI
    suffix said by its word after it (``_SUFFIX_WORD_AFTER``); a value that takes one is an NI number. What the
    recogniser made a value of its own in between (the last pair said again) goes into it."""
    gone: set[int] = set()
    for d in dets:
        if id(d) in gone or d.entity not in (NI_NUMBER, NHS_NUMBER, PHONE):
            continue
        if d.entity == NI_NUMBER:
            _with_suffix_repaired(text, d, dets, gone)
        value = text[d.start:d.end]
        digits = len(_DIGIT_READ.findall(value))
        if not _ENDS_IN_A_DIGIT.search(value) or not 0 < digits <= SUFFIX_DIGITS_MAX:
            continue
        m = _SUFFIX_WORD_AFTER.match(text, d.end)
        if m is not None and m.group("again") and not value.endswith(m.group("again")):
            m = None
        end = m.end() if m is not None else suffix_letter_after(text, d.end)  # or its letter and word ("A as in apple")
        if end is None:
            continue
        inside = [o for o in dets if o is not d and d.end <= o.start and o.end <= end]
        if any(o is not d and o not in inside and o.start < end and d.end < o.end for o in dets):
            continue
        d.end, d.entity = end, NI_NUMBER
        gone |= {id(o) for o in inside}
        _with_suffix_repaired(text, d, dets, gone)
    return [d for d in dets if id(d) not in gone] if gone else dets


def _suffix_at(text: str, pos: int) -> int | None:
    """Where an NI suffix said at ``pos`` ends: its word alone ending the clause, or its letter and word."""
    m = _SUFFIX_WORD_AFTER.match(text, pos)
    return m.end() if m is not None and not m.group("again") else suffix_letter_after(text, pos)


def _with_suffix_repaired(text: str, d: Detection, dets: list[Detection], gone: set[int]) -> None:
    """``d`` (an NI number) grown over its suffix said again after an editing term ("C for Charlie, no, sorry, B for
    Bravo"), taking in what another pass found there."""
    term = _REPAIR_AFTER.match(text, d.end)
    end = _suffix_at(text, term.end()) if term else None
    if end is None:
        return
    inside = [o for o in dets if o is not d and o.start < end and d.end < o.end]
    if all(d.end <= o.start and o.end <= end for o in inside):
        d.end = end
        gone |= {id(o) for o in inside}


YEAR_APART_WORDS = 3  # words said between a date of birth's day and month and its year ("last year", "I think")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def with_year_said_apart(text: str, dets: list[Detection]) -> list[Detection]:
    """A date of birth found as two, its day and month without a year and then a year alone, with at most
    YEAR_APART_WORDS words and no digit or sentence end between ("born the second of August last year, 2025", "14th of
    March, I think, 2016"): one date, the words between it. Two whole dates stay two ("3 May 2010 and 4 June 2012")."""
    births = sorted((d for d in dets if d.entity == DATE_OF_BIRTH), key=lambda d: d.start)
    gone = set()
    for a, b in zip(births, births[1:]):
        if id(a) in gone:
            continue
        between = text[a.end:b.start]
        if (_YEAR_ALONE.fullmatch(text[b.start:b.end].strip()) and not _HAS_YEAR.search(text, a.start, a.end)
                and not CLAUSE_BREAK.search(between) and not any(c.isdigit() for c in between)
                and len(between.split()) <= YEAR_APART_WORDS
                and not any(o.start < b.start and a.end < o.end for o in dets if o is not a and o is not b)):
            a.end = b.end
            gone.add(id(b))
    for d in births:  # its two-figure year said again whole straight after it ("1-9-06, 2006"): the date's own; and a
        # year said straight after a date that ends in one, alone in its clause, is that year put right ("first of
        # January 2010, 2016, no, ..."): a year no other date has
        m = _YEAR_SAID_AGAIN.match(text, d.end)
        if m and (text[d.start:d.end].endswith(m.group("year")[2:]) or (
                _YEAR_AT_END.search(text, d.start, d.end) and _CLAUSE_ENDS.match(text, m.end()))) and not any(
                o is not d and id(o) not in gone and o.start < m.end() and d.end < o.end for o in dets):
            d.end = m.end()
    return [d for d in dets if id(d) not in gone] if gone else dets


_YEAR_SAID_AGAIN = re.compile(r"[\s,]+(?P<year>(?:19|20)\d\d)\b")
_YEAR_AT_END = re.compile(r"\b(?:19|20)\d\d$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?]|$)")


SPELT_AFTER_WORDS = 2  # words of the value heard as other words between a postcode or NI number and its spelt letter
# a clause's end between a value and a letter spelt after it; a recogniser's dot between letters read out ("P.X.E
# Bravo") or after one ("double U.S. in whiskey") is no full stop
_BREAK_BEFORE_SPELT = re.compile(r"[!?;:]|(?<!\b[A-Z])\.(?![A-Za-z0-9])")
# a repair of the value's last letter said before its spelling: an editing term, then perhaps what it repairs ("no,
# sorry, the last letter D, D for Delta", "sorry, it's D"): none of it counts among the words between
_LETTER_REPAIRED = re.compile(rf"(?i)[\s,.]*\b(?:{_EDITING_TERM})\b[\s,.]*(?:(?:the\s)?(?:last|final)\s(?:letter|one|bit)"
                              r"(?:\s(?:is|was|should\sbe|'s))?[\s,.]*|it(?:'s|\sis|\sshould\sbe)[\s,.]*)?")
# the words of a spelling itself, said before its word: the letter (as a capital, its name or "double u") and the
# link ("as in", "for", heard "is in" or "S. in"): "W as in whisky" heard "double U.S. in whiskey"; none of them
# counts among the words between
_SPELLING_OWN = re.compile(r"(?i)(?:[a-z]\.?){1,2}|double|as|in|is|for|" + "|".join(LETTER_NAMES))


def with_spelt_letter_after(text: str, dets: list[Detection]) -> list[Detection]:
    """A postcode or an NI number grown over a letter spelt by its word (``spoken_numbers.spelt_letters``: "E for
    echo", "safe for echo") said after it in the same sentence, at most SPELT_AFTER_WORDS other words between (the
    value's last characters heard as words: "TS17, seek safe for echo" for "TS17 6E for echo"). Spelling a letter by
    a word is how identifiers are read out, so the spelt letter and what stands between are the value's. Each letter
    spelt so grows it on to the next ("SF5, 9.4, Delta, X4, Xray": D and X spelt one after the other). An email address
    too: a letter spelt after it is its spelling ("Renata.ell928atgmail.com, at l4lima": "L for Lima")."""
    spelt, taken = None, []
    for d in dets:
        if d.entity not in (NI_NUMBER, POSTCODE, EMAIL) or any(d is t for t in taken):
            continue
        if spelt is None:
            spelt = spelt_letters(text)
        for start, end, _ in spelt:
            if start < d.end:
                continue
            from_ = d.end
            if d.entity != EMAIL and (repair := _LETTER_REPAIRED.match(text, d.end)) and repair.end() <= start:
                from_ = repair.end()  # "..., B, no, sorry, the last letter D, D for Delta": the speaker's
            between = text[from_:start]
            others = [w for w in re.findall(r"[\w.'’]+", between) if not _SPELLING_OWN.fullmatch(w)]
            crossed = [o for o in dets if o is not d and o.start < end and d.end < o.end]
            # (read in the text, so a dot straight after the value's own last letter is seen as no full stop: "N.J.")
            if _BREAK_BEFORE_SPELT.search(text, from_, start) or len(others) > SPELT_AFTER_WORDS or any(
                    o.entity != EMAIL or d.entity != EMAIL for o in crossed):
                break
            taken += crossed  # an email's spelling found as an email of its own: one with the address
            d.end = max([end, *(o.end for o in crossed)])
            if d.entity == EMAIL and (digits := _DIGITS_ENDING_A_CLAUSE.match(text, d.end)):
                d.end = digits.end()  # "..., at l4lima, 9-8.": the letters and then the digits spelt
    return [d for d in dets if not any(d is t for t in taken)] if taken else dets


# digits read out (figures, or a digit's word) straight after a spelt letter, to the end of the clause
_DIGITS_ENDING_A_CLAUSE = re.compile(rf"(?:[\s,\-]+(?:\d+|{_DIGIT_WORD}))+(?=\s*(?:[.,;:!?]|$))")


# A phone number's country code said before it: "plus" and one to three digits, each a numeral, a digit's word or a
# word a recogniser writes for one ("plus four for": "plus four four")
_DIGIT_SAID = "|".join(sorted({re.escape(w) for w in (*DIGIT_WORDS, *MISHEARD_DIGITS)} | {r"\d{1,3}"}, key=len, reverse=True))
_COUNTRY_CODE_BEFORE = re.compile(rf"(?i)\bplus\s+(?:(?:{_DIGIT_SAID})\b[\s,\-]*){{0,3}}$")


def with_country_code_before(text: str, dets: list[Detection]) -> list[Detection]:
    """A phone number (or ten digits read as an NHS number) grown back over the country code said before it
    (``_COUNTRY_CODE_BEFORE``); with a country code it is a phone number."""
    for d in dets:
        if d.entity not in (PHONE, NHS_NUMBER):
            continue
        m = _COUNTRY_CODE_BEFORE.search(text, max(0, d.start - 40), d.start)
        if m and not any(o is not d and o.start < d.start and m.start() < o.end for o in dets):
            d.start, d.entity = m.start(), PHONE
    return dets


# A phone's extension said after it ("0191-498-0241. Extension 2-3-4"): the number's own
_EXTENSION_AFTER = re.compile(r"[\s,.]*\b(?i:extension|ext\.?)\s*(?:\d[\s\-]*){0,4}\d\b")
# Another phone given by how it ends, after one said in full ("nana's the same, but ends 3-8-1", "Rory Burn ends 424",
# "the same, but in 8, 1, 9": "ends" heard "in"): two to four digits read out, a phone said at most PHONE_ENDING_REACH
# characters before
_PHONE_ENDING = re.compile(
    r"\b(?i:(?:the\s+same,?\s+but\s+(?:it\s+)?(?:ends?|in)|ends?|ending))(?:\s+(?i:in|with|on))?\s+"
    r"(?P<digits>\d(?:[\s,\-]*\d){1,3})\b")
PHONE_ENDING_REACH = 120


def with_extension_after(text: str, dets: list[Detection]) -> list[Detection]:
    """Each phone number grown over the extension said straight after it (``_EXTENSION_AFTER``)."""
    for d in dets:
        if d.entity != PHONE:
            continue
        m = _EXTENSION_AFTER.match(text, d.end)
        if m and not any(o is not d and d.end <= o.start < m.end() for o in dets):
            d.end = m.end()
    return dets


def phone_endings(text: str, dets: list[Detection]) -> list[Detection]:
    """``dets`` with another phone number given by its last digits after one said in full (``_PHONE_ENDING``)."""
    numbers = [d for d in dets if d.entity in (PHONE, NHS_NUMBER)]  # a phone read out may be taken for ten digits
    added = []
    for m in _PHONE_ENDING.finditer(text):
        start, end = m.span("digits")
        if any(d.start < end and start < d.end for d in dets):
            continue
        if any(0 <= m.start() - d.end <= PHONE_ENDING_REACH for d in numbers):
            added.append(Detection(start, end, PHONE, 0.5, "a phone number given by how it ends"))
    return sorted(dets + added, key=lambda d: d.start) if added else dets


def spelt_out(text: str, dets: list[Detection]) -> list[Detection]:
    """``dets`` with each stretch read out in the spelling alphabet (``spoken_numbers.spelling_runs``): an identifier
    found inside or beside it grown over it, else a new one, a postcode where it holds a digit and a name spelt where
    it holds none."""
    added = []
    for start, end, digit in spelling_runs(text):
        inside = [d for d in dets if d.start < end and start < d.end]
        if inside:
            d = inside[0]
            d.start, d.end = min(d.start, start), max(d.end, end)
            if digit and d.entity == PERSON:
                d.entity = POSTCODE  # "Sierra 9, 8 Quibek Tango": a spelling word read as a name, the run a postcode
            continue
        added.append(Detection(start, end, POSTCODE if digit else PERSON, 0.5, "a value read out in the spelling alphabet"))
    return sorted(dets + added, key=lambda d: d.start) if added else dets


def read_out_numbers(text: str, dets: list[Detection], nouns: frozenset[str] = frozenset(),
                     stop_words: frozenset[str] = frozenset()) -> list[Detection]:
    """``dets`` with every group of digits read out in a number-dense stretch that no detection holds (the second
    rule at the top), as the identifier nearest it said in digits, or a phone number where none is near."""
    pieces, groups = read_number_groups(text)
    covered = sorted((d.start, d.end) for d in dets)
    added = []
    for n, g in enumerate(groups):
        if g.clear + g.misheard < MIN_READ_OUT_DIGITS or g.clear < 2 or not _reads_as_digits(text, pieces, g):
            continue
        if any(s < g.end and g.start < e for s, e in covered):
            continue
        if is_quantity(text, pieces, g, nouns, stop_words):
            continue
        read_out = g.last > g.first
        near = [h for h in groups[max(0, n - 3):n + 4] if h is not g and h.clear >= 2 and _reads_as_digits(text, pieces, h)
                and not any(s < h.end and h.start < e for s, e in covered)
                and _between_words(pieces, min(g.last, h.last) + 1, max(g.first, h.first)) <= DENSE_WORDS
                and not is_quantity(text, pieces, h, nouns, stop_words)]
        if not (read_out or near):
            continue
        first, last = g.first, g.last
        while first > 0 and _piece_digits(pieces[first - 1].group()) == (0, 1) and re.fullmatch(
                r"\s*[,\-]\s*", text[pieces[first - 1].end():pieces[first].start()]):
            first -= 1  # "free, O2, 19": a digit half-heard, joined as digits read out are
        while last + 1 < len(pieces) and _piece_digits(pieces[last + 1].group()) == (0, 1) and re.fullmatch(
                r"\s*[,\-]\s*", text[pieces[last].end():pieces[last + 1].start()]):
            last += 1
        start, end = pieces[first].start(), pieces[last].end()
        if any(s < end and start < e for s, e in covered):
            start, end, first, last = g.start, g.end, g.first, g.last
        near_ids = [d for d in dets if d.entity in NUMBER_IDENTIFIERS + (POSTCODE,)
                    and (0 <= start - d.end <= 60 or 0 <= d.start - end <= 60)]
        cued = _cue_before(text, start)
        entity = (DATE_OF_BIRTH if _reads_as_a_date(pieces[first:last + 1])
                  else min(near_ids, key=lambda d: min(abs(start - d.end), abs(d.start - end))).entity if near_ids
                  else cued if cued in NUMBER_IDENTIFIERS else PHONE)
        added.append(Detection(start, end, entity, 0.5, "a number read out in a number-dense stretch"))
    return sorted(dets + added, key=lambda d: d.start) if added else dets


# How far a cue's sentence is read for its value: a sentence of a transcript may run on where the recogniser
# wrote no full stop, and a value is said within a breath or two of its cue.
CUE_SENTENCE_WORDS = 24
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# A date of birth's cue for a whole sentence: the phrases that give a person's date of birth ("date of birth", "DOB",
# "born", "birth date"), not "birth" alone, which names other things too ("a pre-birth visit", "birth mam", "birth
# certificate"), nor "birthday", whose sentence is as often a party's ("her birthday party ... is 3, 7 and 14 people")
_BIRTH_CUE = re.compile(r"\bdate\s+o[fn]\s+birth\b|\bd\.?\s?o\.?\s?b\b\.?|(?<![\w-])born\b|\bbirth\s+date\b", re.I)


def _cues_in(text: str) -> list[tuple[int, int, str]]:
    """Each identifier's cue in ``text`` (``cue_value_recognizer.CUES``, their date-of-birth cue replaced by
    ``_BIRTH_CUE``, and "date of birth" as a recogniser may write it): (start, end, the identifier it introduces), in
    order."""
    from .recognizers.cue_value_recognizer import CUES, HEARD_DATE_OF_BIRTH

    found = [(m.start(), m.end(), entity) for pattern, entity in CUES if entity != DATE_OF_BIRTH
             for m in pattern.finditer(text)]
    found += [(m.start(), m.end(), DATE_OF_BIRTH) for pattern in (_BIRTH_CUE, HEARD_DATE_OF_BIRTH)
              for m in pattern.finditer(text)]
    return sorted(found)


def _cue_before(text: str, start: int) -> str | None:
    """The identifier whose cue is the last before ``start`` in its sentence, within CUE_SENTENCE_WORDS words ("NHS
    number, he read it off her letter, 99, 97, ..."), else None."""
    stop = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    cues = [(a, entity) for a, b, entity in _cues_in(text) if stop <= a and b <= start
            and len(text[b:start].split()) <= CUE_SENTENCE_WORDS]
    return cues[-1][1] if cues else None


def _a_date_part(text: str, pieces: list[re.Match], g: NumberGroup) -> tuple[int, int] | None:
    """The span of ``g``, with the month's name beside it, where it is a year or a day of a date ("1961", "20 October",
    "20 of October", "October 20"), else None."""
    before, after = _word(pieces, g.first - 1), _word(pieces, g.last + 1)
    if _YEAR_NUMERAL.fullmatch(text[g.start:g.end].lstrip("£$€")):
        return g.start, g.end
    start, end = g.start, g.end
    if after in MONTHS:
        end = pieces[g.last + 1].end()
    elif after == "of" and _word(pieces, g.last + 2) in MONTHS:
        end = pieces[g.last + 2].end()
    elif before in MONTHS:
        start = pieces[g.first - 1].start()
    else:
        return None
    return start, end


def numbers_after_a_cue(text: str, dets: list[Detection], nouns: frozenset[str] = frozenset(),
                        stop_words: frozenset[str] = frozenset()) -> list[Detection]:
    """``dets`` with the numbers said after an identifier's cue in its sentence that no detection holds, as that
    identifier, whatever shape the recogniser gave them (transcripts only).

    A sentence that gives a date of birth, an NHS, NI or phone number or an email address says its value after the
    cue, and a recogniser may write that value in any shape: a date year first ("1961, 20 October"), a second date in
    a list ("..., and Geoff 1961, 20 October"), the digits of an email's name part ("Jodie Lamb 2000, and free at
    Outlook.com"), groups that no value reader takes. So after the cue, up to the sentence's end (or
    CUE_SENTENCE_WORDS words), each group of digits read out (three digits at least, or two numbers or more) is that
    identifier unless English marks it a quantity (:func:`is_quantity`: a time, money, an age, a count); after a
    birth cue a year, or a day with its month's name, is the date's, not the year or day of an event. Another cue
    ends the one before it."""
    cues = _cues_in(text)
    if not cues:
        return dets
    pieces, groups = read_number_groups(text)
    if not groups:
        return dets
    covered = sorted((d.start, d.end) for d in dets)
    added: list[Detection] = []
    for n, (_start, cue_end, entity) in enumerate(cues):
        stop = _SENTENCE_END.search(text, cue_end)
        end = stop.start() if stop else len(text)
        if n + 1 < len(cues) and cues[n + 1][0] >= cue_end:
            end = min(end, cues[n + 1][0])
        first_piece = next((k for k, p in enumerate(pieces) if p.start() >= cue_end), len(pieces))
        if first_piece + CUE_SENTENCE_WORDS < len(pieces):
            end = min(end, pieces[first_piece + CUE_SENTENCE_WORDS].start())
        for g in groups:
            if g.start < cue_end or g.end > end or g.money:
                continue
            if any(s < g.end and g.start < e for s, e in covered):
                continue
            span = None
            if entity == DATE_OF_BIRTH:
                span = _a_date_part(text, pieces, g)
            if span is None and (g.clear + g.misheard >= MIN_READ_OUT_DIGITS and g.clear >= 2 or _big_enough(g)) \
                    and not is_quantity(text, pieces, g, nouns, stop_words):
                span = (g.start, g.end)
            if span is None and entity == EMAIL and g.clear >= 2:
                span = (g.start, g.end)  # an email's digits: "2000" is no year in an address
            if span is not None:
                added.append(Detection(span[0], span[1], entity, 0.5, "a number said after its identifier's cue"))
                covered.append(span)
    return sorted(dets + added, key=lambda d: d.start) if added else dets


# A number's last digits said after a hesitation ("077 Nero 96, erm, free."): the hesitation, then one to four digits,
# digit words or their mishearings, ending the clause, or before a capitalised word that opens the next item where the
# recogniser wrote no stop ("0191498066 Herm, 1 Jaxon NHS ...")
# (``_DIGIT_SAID``: a numeral or a digit's word or its mishearing, as a country code is read)
_DIGITS_AFTER_A_HESITATION = re.compile(
    rf"[\s,.]*(?:{HESITATION.pattern})[\s,.]+(?i:{_DIGIT_SAID})\b(?:[\s,\-]+(?i:{_DIGIT_SAID})\b){{0,3}}"
    rf"(?=\s*(?:[.,;:!?]|$)|\s(?-i:[A-Z][a-z]))")


def with_digits_after_a_hesitation(text: str, dets: list[Detection]) -> list[Detection]:
    """A phone, NHS or NI number grown over its last digits said after a hesitation (``_DIGITS_AFTER_A_HESITATION``):
    a speaker who stops to find the rest of a number says the rest; no other digits end a clause so straight after it."""
    for d in dets:
        if d.entity in (PHONE, NHS_NUMBER, NI_NUMBER) and (m := _DIGITS_AFTER_A_HESITATION.match(text, d.end)):
            if not any(o is not d and d.end <= o.start < m.end() for o in dets):
                d.end = m.end()
    return dets
