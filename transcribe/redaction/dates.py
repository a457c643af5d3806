"""Calendar dates in dictated text ("3rd of April 2015", "the third of April twenty fifteen",
"03/04/15"), found with their spans and read into ``datetime.date`` where complete."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
              "sixteenth", "seventeenth", "eighteenth", "nineteenth"]

NUMBER_WORDS = tuple(_UNITS + _TEENS + _TENS)
ORDINAL_WORDS = tuple(_ORD_UNITS + _ORD_TEENS + ["twentieth", "thirtieth"])

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}

_S = r"[\s-]"
_UNIT = "(?:" + "|".join(_UNITS) + ")"
_NUM_1_99 = (
    rf"(?:(?:{'|'.join(_TENS)})(?:{_S}{_UNIT})?|{'|'.join(_TEENS)}|{_UNIT})"
)
_ORD_WORD = (
    rf"(?:(?:twenty|thirty){_S}(?:{'|'.join(_ORD_UNITS)})|twentieth|thirtieth|"
    rf"{'|'.join(_ORD_TEENS)}|{'|'.join(_ORD_UNITS)})"
)
_DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|{_ORD_WORD})"
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR_SPOKEN = (
    rf"(?:(?:nineteen|twenty){_S}(?:oh{_S}{_UNIT}|{_NUM_1_99})"
    rf"|two{_S}thousand(?:{_S}(?:and{_S})?{_NUM_1_99})?)"
)
_YEAR = rf"(?:(?:19|20)\d{{2}}|{_YEAR_SPOKEN})"

DATE_RE = re.compile(
    rf"\b(?:(?:the\s)?(?P<d1>{_DAY})(?:\sof)?\s(?P<m1>{_MONTH})(?:,?\s(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\s(?:the\s)?(?P<d2>{_DAY})(?:,?\s(?P<y2>{_YEAR}))?"
    rf"|(?P<d3>[0-3]?\d)[/.\-](?P<m3>[01]?\d)[/.\-](?P<y3>(?:19|20)?\d{{2}}))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date | None  # None when the year is missing or the date is impossible
    has_year: bool


def _words_to_int(words: str) -> int | None:
    total = 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in ("and", ""):
            continue
        if w in _UNITS:
            total += _UNITS.index(w) + 1
        elif w in _TEENS:
            total += _TEENS.index(w) + 10
        elif w in _TENS:
            total += (_TENS.index(w) + 2) * 10
        elif w in _ORD_UNITS:
            total += _ORD_UNITS.index(w) + 1
        elif w in _ORD_TEENS:
            total += _ORD_TEENS.index(w) + 10
        elif w == "twentieth":
            total += 20
        elif w == "thirtieth":
            total += 30
        elif w == "oh":
            continue
        else:
            return None
    return total


def number_value(word: str) -> int | None:
    """A number or ordinal said as one word or hyphenated ("nine", "eleven", "twenty-five",
    "third", "twenty-first"), or None."""
    if not word or not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", word.lower()) or word.lower() in ("and", "oh"):
        return None
    return _words_to_int(word)


def _day(text: str) -> int | None:
    m = re.match(r"\d+", text)
    return int(m.group()) if m else _words_to_int(text)


def _year(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        y = int(text)
        return y + (2000 if y < 50 else 1900) if len(text) == 2 else y
    if text.startswith("two"):
        rest = re.sub(r"^two[\s-]thousand", "", text)
        return 2000 + (_words_to_int(rest) or 0)
    first, _, rest = text.partition(" ") if " " in text else text.partition("-")
    century = 1900 if first == "nineteen" else 2000
    n = _words_to_int(rest)
    return None if n is None else century + n


def find_dates(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if g["d3"]:
            d, mo, y = int(g["d3"]), int(g["m3"]), _year(g["y3"])
        else:
            d = _day(g["d1"] or g["d2"])
            mo = MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
            ytext = g["y1"] or g["y2"]
            y = _year(ytext) if ytext else None
        value = None
        if d and y:
            try:
                value = date(y, mo, d)
            except ValueError:
                value = None
        start = m.start()
        if m.group().lower().startswith("the "):
            start += 4
        out.append(DateMention(start, m.end(), value, y is not None))
    return out
