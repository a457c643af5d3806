"""The date grammar of dictated text: one grammar for every stage.

    find_dates("seen on Monday the third of April twenty fifteen")   # -> [DateMention(...)]

Complete by this rule: the ways a date is written or said in British English (Oxford A-Z of English Usage,
"dates"; GOV.UK style guide, "dates"), as a recogniser writes them down: day then month ("3rd of April",
"the third of April"), month then day ("April the 3rd", "March 14th"), with or without a year in figures
or words ("2015", "twenty fifteen", "two thousand and three"), a weekday before it ("Monday, 3rd April"),
the months in full and in their usual abbreviations, and the numeric forms 03/04/15, 3.4.2015, 3-4-2015
(day first). A two-figure year below 50 is this century's.

Used by redaction (a date of birth is an identifier), structure (the visit date, when a next step is due)
and correction (``MONTH_NAMES``: "March 14th, 2025" rewritten as "14 March 2025").
"""

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

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_S = r"[\s-]"
_UNIT = "(?:" + "|".join(_UNITS) + ")"
_NUM_1_99 = (
    rf"(?:(?:{'|'.join(_TENS)})(?:{_S}{_UNIT})?|{'|'.join(_TEENS)}|{_UNIT})"
)
_ORD_WORD = (
    rf"(?:(?:twenty|thirty){_S}(?:{'|'.join(_ORD_UNITS)})|twentieth|thirtieth|"
    rf"{'|'.join(_ORD_TEENS)}|{'|'.join(_ORD_UNITS)})"
)
# Pattern pieces (no groups), for grammars that build on these: a day of the month, a month's name.
DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|{_ORD_WORD})"
MONTH_NAME = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_MONTH = MONTH_NAME + r"\.?"
_YEAR_SPOKEN = (
    rf"(?:(?:nineteen|twenty){_S}(?:oh{_S}{_UNIT}|{_NUM_1_99})"
    rf"|two{_S}thousand(?:{_S}(?:and{_S})?{_NUM_1_99})?)"
)
_YEAR = rf"(?:(?:19|20)\d{{2}}|{_YEAR_SPOKEN})"
# Pattern piece (no groups): a year said in words ("nineteen ninety one", "twenty oh five", "two thousand and ten").
YEAR_SPOKEN = _YEAR_SPOKEN
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)"

DATE_RE = re.compile(
    rf"\b(?:{_WEEKDAY}?(?:the\s)?(?P<d1>{DAY})(?:\sof)?\s(?P<m1>{_MONTH})(?:,?\s(?P<y1>{_YEAR}))?"
    rf"|{_WEEKDAY}?(?P<m2>{_MONTH})\s(?:the\s)?(?P<d2>{DAY})(?:,?\s(?P<y2>{_YEAR}))?"
    rf"|(?P<d3>[0-3]?\d)[/.\-](?P<m3>[01]?\d)[/.\-](?P<y3>(?:19|20)?\d{{2}})"
    # ISO 8601, as forms and systems export a date: 2012-03-05
    rf"|(?P<y4>(?:19|20)\d{{2}})-(?P<m4>[01]\d)-(?P<d4>[0-3]\d))\b",
    re.IGNORECASE,
)

# Times of day as a note writes them: hours and minutes with a dot or a colon, "am"/"pm" after them or not, or the hour
# alone with "am"/"pm" ("11am", "6 pm"), alone or as a range ("10.00-11.15", "9:30 to 10:45", "3.30pm"). Two of them
# make eight digits, and one a postcode-like "3.30pm" or "11am": neither is ever an identifier.
_TIME = r"(?:(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?(?:am|pm))?|(?:1[0-2]|0?[1-9])\s?(?:am|pm)\b)"
TIMES_OF_DAY = re.compile(rf"(?<![\d.:]){_TIME}(?:\s?(?:-|–|to|till|until)\s?{_TIME})?(?![\d.:]\d)", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date in the text. ``start``..``end`` is the date itself ("3rd of April 2015"); ``said_start`` is
    where the words that say it begin ("Monday the 3rd of April 2015")."""

    start: int
    end: int
    value: date | None  # None when the year is missing or the date is impossible
    has_year: bool
    said_start: int = -1
    day: int | None = None
    month: int | None = None
    year: int | None = None

    def on(self, year: int) -> date | None:
        """The date in this year (when the dictation did not say one), or None if there is no such day."""
        try:
            return date(year, self.month, self.day) if self.day and self.month else None
        except ValueError:
            return None


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


def read_date(m: re.Match) -> DateMention:
    """A match of ``DATE_RE`` read into a :class:`DateMention`."""
    g = m.groupdict()
    if g["d3"]:
        d, mo, y = int(g["d3"]), int(g["m3"]), _year(g["y3"])
        start = m.start("d3")
    elif g["y4"]:
        d, mo, y = int(g["d4"]), int(g["m4"]), int(g["y4"])
        start = m.start("y4")
    else:
        d = _day(g["d1"] or g["d2"])
        mo = MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
        ytext = g["y1"] or g["y2"]
        y = _year(ytext) if ytext else None
        start = m.start("d1") if g["d1"] else m.start("m2")
    value = None
    if d and y:
        try:
            value = date(y, mo, d)
        except ValueError:
            value = None
    return DateMention(start, m.end(), value, y is not None, m.start(), d, mo, y)


def find_dates(text: str) -> list[DateMention]:
    """Every date in ``text``, in order."""
    return [read_date(m) for m in DATE_RE.finditer(text)]
