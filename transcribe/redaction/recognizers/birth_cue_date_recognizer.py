"""A date of birth after a birth cue whose small words were misheard.

The date recognizer reads dates as they are written ("the fifth of November 2012"); read out and
transcribed, the words between a date's parts come back wrong ("the 5th on November, 2012", "first on
April 2010") or go ("date of birth 14, 08, 17"). Here any date-shaped run of parts (a day as a number or
ordinal, a month as a name or a number, then a year) that starts within a few words after a birth cue
is a date of birth, whatever joins its parts (:func:`date_of_birth_recognizer.find_date_parts`). The cue
may be heard as one word that sounds like "D O B" ("D'Obi"), and dates of birth said in a list ("Tyler's
date of birth is ..., and Brook's is the 5th on November, 2012") each count: a date of birth is the cue
for the next date-shaped run in the same sentence.

With no cue at all, a whole date (a day, a month and a year of four digits, in that order, or the month named
first) whose year is OLD_YEARS or more before this year is a date of birth too: a case note dates the visit,
the meeting, the referral of this year or the last, while a day, month and year long past is most often when
someone was born ("Adaobi is the 23rd of the 3rd, 2016", "Seonaid Duthie, 15 April 2013": the cue lost or
never said). A year said alone ("in 2016") or with a month only ("since March 2019") is no such date; a date
written in numerals with a two-digit year ("14-06-82") is read in the last hundred years.

In a transcript (``heard=True``), two readings that rest on how a date of birth is said, not on one transcript's
words. **A date read off a record**: day, month and year said as three groups of figures, the day or the month
with its leading zero ("oh three", "zero six", "0-2", heard "O3", "or 6", "0-2"): "27, 03, 19", "or 6, 10, 17",
"14, 0-2, 2013". A speaker says a date's zero only when reading a form's two-digit field; a visit, a meeting or a
deadline is said with an ordinal or a month's name, a time is two groups, a count or an age has no leading zero.
Nothing of a longer number: no figures joined before or after it. **"D O B" heard as one or two other words**: a
word starting with "d", or a word of up to three letters starting with "d" and the next starting with "b" ("Deo
Beto", "Deo Bay", "Diobato"), whose Metaphone key is "TB" with at most one more sound (the first sound of the word
said next, run on: "two" in "Diobato 7"), no English word and no "double"; it is a birth cue as "DOB" is, for a
whole date that starts within a few words after it.
"""

from __future__ import annotations

import re
from datetime import date

import jellyfish
from presidio_analyzer import LocalRecognizer, RecognizerResult

from ...language.dates import MONTH_NAME, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, TIMES_OF_DAY, YEAR_SPOKEN, number_value
from ..entities import DATE_OF_BIRTH
from ..spoken_numbers import DIGIT_WORDS, MISHEARD_DIGITS, heard_characters, sounds_like_repeat
from ..text_reads import heard_tokens
from .date_of_birth_recognizer import BIRTH_CUE, CUE_BREAK, FIXED_DAYS, DatePart, date_part_runs, ordinal_year, year_at
from .result import make_result

# the cue's own small word may be misheard too ("date on birth")
HEARD_BIRTH_CUE = re.compile(rf"{BIRTH_CUE.pattern}|\bdate\s+\w{{1,3}}\s+birth\b", re.IGNORECASE)
# "born" as a recogniser writes it from British (non-rhotic) speech, "bawn": the words one sound from it, its vowel or
# its end changed ("borne", "bourne", "bone", "bond", "bonn"); a cue only for a whole date's shape straight after
_BORN_HEARD = re.compile(r"\b(?:bawn|borne|bourne|bone|bond|bonn)\b", re.IGNORECASE)
CUE_WORDS = 4  # words between the cue and the date ("is", "on the", "of", a misheard one)
# words after a cue whose sentence ends with no value, the date opening the next sentence ("date of birth for the front
# sheet. ..."): what the date is for, said before it is read out
CARRIED_WORDS = 6
LIST_WORDS = 8  # between one date of birth and the next in a list ("..., and her wee sister Cadi, 11th of the 6th, 2019")
# a sentence that gives another's date of birth by ellipsis after one said ("Kieran's is, erm, ...", "His is the ...")
_ANOTHERS_IS = re.compile(r"\s*(?:[A-Z][\w\-]*['’]s|[Hh]is|[Hh]ers|[Tt]heirs)\s+is\b[\s,]*(?:(?:erm|er|um|uh)\b[\s,]*)?"
                          r"(?:the\s+)?")
_BREAK = re.compile(r"[.;!?](?:\s|$)")
_WORD = re.compile(r"[A-Za-z0-9'’]+")
# "D O B" said and written as one word ("D'Obi", "Dobe", "Diobase" for "DOB is"): a word starting with d
# whose Metaphone key is that of "dob" (TB), perhaps with the "s" of "is" run on
_DOB_SOUNDS = ("TB", "TBS")
# a whole date this many years past or more, with no cue, is a date of birth (a note's own events are of this
# year or the last two: visits, meetings, referrals; a child's birth is further back, and a parent's further still)
OLD_YEARS = 3
# a four-digit year ("19.82" as a recogniser may write it), a numeric date with a two-digit year, or a year said in words
_ON_BEFORE = re.compile(r"\bon\s+$", re.I)
# ... or a year in two figures after a day or a month said as such ("the 19th of the 6th, 97", "12th of May 88")
_TWO_FIGURE_YEAR = re.compile(rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)|\b{MONTH_NAME})\b[\s,]+(?:(?:of|the|on)\s+)*(?:\d{{1,2}}(?:st|nd|rd|th)[\s,]+)?\d\d\b", re.I)
_A_YEAR = re.compile(rf"\b(?:1[89]|20)\.?\d\d\b|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d\d\b|\b{YEAR_SPOKEN}\b", re.I)


def _day(p: DatePart) -> bool:
    return 1 <= p.value <= 31 and not p.month_word


def _month(p: DatePart) -> bool:
    return p.month_word or 1 <= p.value <= 12


def _year(p: DatePart) -> bool:
    return not p.month_word and not p.ordinal and (0 <= p.value <= 99 or 1900 <= p.value <= 2099)


def _written_year(text: str, day: DatePart, month: DatePart, year: DatePart) -> int:
    """The year of a date's year part: a date written in numerals with one "-", "/" or "." between its parts and a
    two-digit year ("14-06-82", "3/5/19") is of the last hundred years (82 is 1982, 19 is 2019); any other year as
    it was said."""
    joined = all(re.fullmatch(r"[-/.]", text[a.end:b.start]) for a, b in ((day, month), (month, year)))
    if joined and year.value <= 99 and re.fullmatch(r"\d\d", text[year.start:year.end]):
        return _of_last_hundred_years(year.value)
    return year.value


def _of_last_hundred_years(two_figures: int, ahead: int = 0) -> int:
    """A year written in two figures as of the last hundred years, up to ``ahead`` years to come (82 is 1982, 19 is
    2019)."""
    return 2000 + two_figures if 2000 + two_figures <= date.today().year + ahead else 1900 + two_figures


# a unit of age after a number: the number is an age ("4 months", "2 yrs")
AGE_UNIT_AFTER = re.compile(r"\s*(?:months?|mths?|years?|yrs?|weeks?|wks?|days?)\b", re.IGNORECASE)


def _in_a_time(text: str, start: int, end: int) -> bool:
    """Whether figures of ``text[start:end]`` are a time of day's (``dates.TIMES_OF_DAY``: "9.30-10.40", "at 20.05,
    20.20"): hours and minutes read as a day, a month and a year are no date."""
    return any(m.start() < end and start < m.end() for m in TIMES_OF_DAY.finditer(text, max(0, start - 8), end + 8))


SAID_YEARS_AHEAD = 10
# a preposition that dates an event ("go through from the third of March 10", "on the 4th of May, 19"): what follows
# is when something happens, its last figures as likely a time or a count as a year
_EVENT_PREPOSITION_BEFORE = re.compile(r"\b(?:from|on|since|until|till|by|before|after|at)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")


# figures read out one by one, as a recogniser joins them with hyphens ("9-00", "No-7"), straight before or after
_READ_OUT_BEFORE = re.compile(r"(?:\w+-)+\w*\d[\s,]*$|\w+-$")
_READ_OUT_AFTER = re.compile(r"[\s,]*\d+(?:-\w+)+")


def _inside_a_read_out_run(text: str, start: int, end: int) -> bool:
    """A date whose figures are joined by hyphens ("7-7-00") inside a longer run read out so ("No-7-7-00, 9-00,
    7-1-9": a phone number): part of that number, no date."""
    if "-" not in text[start:end]:
        return False
    return bool(_READ_OUT_BEFORE.search(text, max(0, start - 20), start) or _READ_OUT_AFTER.match(text, end))


def _said_year(text: str, year: DatePart) -> int:
    """A year said in two figures after a day and a month said as such ("the 19th of the 6th, 97", "12th of May,
    88"), ending its clause: of the last hundred years, as a written one is (``_written_year``); any other year as it
    was said."""
    if re.fullmatch(r"\d\d", text[year.start:year.end]) and _CLAUSE_ENDS.match(text, year.end):  # not "19 people"
        # a year said may be one to come (a meeting's, "3rd on June 27"); a year ahead of this one by more than
        # SAID_YEARS_AHEAD is of the last century
        return _of_last_hundred_years(year.value, SAID_YEARS_AHEAD)
    return year.value


# a fixed-date festival and a year ("Boxing Day, 2022")
_FESTIVAL_YEAR = re.compile(rf"\b(?:{FIXED_DAYS}),?\s(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


# A person's age said just before a whole date ("Amal is 8, on the 21st of the 6th, 18", "aged two, 3rd March 2024"):
# the date is when they were born where its year is the one that age gives (this year less the age, or a year before
# that, the birthday yet to come); a date of that year said straight after an age is nothing else a note dates.
_AGE_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_AGE_BEFORE = re.compile(
    rf"\b(?:is|was|aged?|age|turned|turns|['’]s)\s+(?P<age>\d{{1,2}}|(?:{_AGE_WORD})(?:[\s-](?:{_AGE_WORD}))?)"
    rf"(?:\s+(?:years?|yrs?)(?:\s+old)?)?[\s,]+(?:(?:born|on|and)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _age_fits(text: str, start: int, year: DatePart, said: int | None = None) -> bool:
    """Whether the age said straight before ``start`` (``_AGE_BEFORE``) gives the year of ``year`` (two figures read as
    the one that fits; ``said``, where the year was said in two parts)."""
    m = _AGE_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    age = int(m["age"]) if m["age"].isdigit() else number_value(m["age"].replace(" ", "-"))
    if age is None:
        return False
    born = {date.today().year - age, date.today().year - age - 1}
    if said is None and year.value <= 99 and re.fullmatch(r"\d\d", text[year.start:year.end]):
        return 2000 + year.value in born or 1900 + year.value in born
    return (year.value if said is None else said) in born


def _long_past(year: int) -> bool:
    """A year of four digits OLD_YEARS or more before this one (never one to come)."""
    return 1900 <= year <= date.today().year - OLD_YEARS


# In a transcript, a date whose day the recogniser lost or garbled, its month said and a year ADULT_YEARS or more
# past (an adult's birth: a visit note's own events are of this year or the last few): "<a word> of (the)
# <month>, <year>" ("mam Road of March 1992" for "the third of March", "I of the Seaks, 1997" for "the first of the
# sixth": the month a month's name or a word heard as a digit), or "on <month> <year>" ("Dad Anselm, on November
# 1984" for "born on the eighth of November"). Read in transcripts only (BirthCueDateRecognizer(heard=True)):
# typed text writes "the end of March 1992" as prose.
ADULT_YEARS = 16
_HEARD_YEAR = r"(?P<year>(?:19|20)[.\-]?\d\d)\b"  # "1991", and "19-91", "19.91" as a recogniser writes it
_HEARD_OF_MONTH_YEAR = re.compile(
    rf"\b(?P<day>[A-Za-z0-9'’]+)\s+of\s+(?:the\s+)?(?P<month>[A-Za-z]+),?\s+{_HEARD_YEAR}")
_HEARD_ON_MONTH_YEAR = re.compile(rf"\bon\s+(?P<month>{MONTH_NAME}),?\s+{_HEARD_YEAR}", re.I)
# ... or "<figures> <month> <year>" whose figures are no day ("Dad Anselm 1, 48 November 1984" for "was born on the eighth
# of November nineteen eighty four"): a day was said and heard wrong; a whole date with a real day is read above
_HEARD_NO_DAY_MONTH_YEAR = re.compile(rf"(?<![\d.,])\b(?P<day>\d{{2}})\s+(?P<month>{MONTH_NAME}),?\s+{_HEARD_YEAR}", re.I)
# ... or a day said as an ordinal in figures, "of the" and one small word where the month stands (its ordinal heard as
# a word: "23rd of the tin, 2010" for "twenty third of the tenth"), and a year OLD_YEARS or more past, as a whole date
# long past is; never "of the" a word of time ("the 3rd of the month, 2019")
_HEARD_ORDINAL_OF_THE_WORD_YEAR = re.compile(rf"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+the\s+(?P<month>[a-z]{{2,6}}),?\s+{_HEARD_YEAR}")
TIME_NOUNS = frozenset("month year week day term night morning evening holidays holiday summer winter spring autumn".split())
# ... and a day or month said as an ordinal straight before such a year, the rest lost ("from the 1st, 19-91" for
# "the ninth of the first, nineteen ninety one")
_HEARD_ORDINAL_YEAR = re.compile(rf"\b(?P<part>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))}),?\s+{_HEARD_YEAR}", re.I)

# ... and a day said as a digit and heard as the small word that sounds like it, before the month's number and such a
# year ("his heart for 7, 1980" for "his date of birth, four, seven, nineteen eighty"): "for", "to", "free", "won",
# "ate" (spoken_numbers.MISHEARD_DIGITS' words of two letters or more for 1-9; "I" is the pronoun), the month 1 to 12
_HEARD_WORD_DAY_YEAR = re.compile(
    rf"\b(?P<day>{'|'.join(sorted((w for w, d in MISHEARD_DIGITS.items() if d.isdigit() and d != '0' and w.isalpha() and len(w) > 1), key=len, reverse=True))})"
    rf",?\s+(?P<month>\d{{1,2}}),?\s+{_HEARD_YEAR}", re.I)

# ... and a day or month run into such a year with a dot or a hyphen, the rest lost ("dad Fitzwilliam Oduya, 3.1996"
# for "the third of January nineteen ninety six"): no decimal or range a note says has a year of four figures after
# its point
_HEARD_PART_GLUED_YEAR = re.compile(r"(?<![\d.\-])(?P<part>\d{1,2})[.\-](?P<year>(?:19|20)\d\d)\b(?![.\-]\d)")


# -- a date read off a record, and "D O B" heard as other words (transcripts) ------------------------------
# the words said for a zero, complete by spoken_numbers' tables: every digit word and misheard digit word for 0, and
# "or", one sound with "ore" in British (non-rhotic) speech: read for a zero here only, straight before a single figure
# that starts a date's three groups ("or 6, 10, 17"); elsewhere "or" joins numbers that are no value ("six, or 7")
ZERO_WORDS = frozenset(w for w, d in {**DIGIT_WORDS, **MISHEARD_DIGITS}.items() if d == "0") | {"or"}
_GROUP_JOINER = re.compile(r"[\s,\-./]+")
_ZERO_GLUED = re.compile(r"[0Oo][1-9]")  # "O3", "03": the zero written with its digit


def _figures(tok) -> bool:
    return any(c.isdigit() for c in tok.text)


def _date_group(toks, k: int, text: str) -> tuple[int, int, bool] | None:
    """The number group at token ``k``: (value, tokens taken, said with a leading zero), or None."""
    t = toks[k].text
    if _ZERO_GLUED.fullmatch(t):
        return int(t[1]), 1, True
    if (t.lower() in ZERO_WORDS or t == "0") and k + 1 < len(toks) and re.fullmatch(r"[1-9]", toks[k + 1].text) \
            and re.fullmatch(r"[\s\-]+", text[toks[k].end:toks[k + 1].start]):
        return int(toks[k + 1].text), 2, True  # "or 6", "0-2", "oh 3"
    if re.fullmatch(r"\d{1,2}|(?:19|20)\d\d", t):
        return int(t), 1, False
    return None


def record_dates(text: str) -> list[tuple[int, int]]:
    """Spans of dates read off a record (the rule in the module's docstring): day, month, year as figures, the day or
    the month said with its zero, nothing of a longer number."""
    toks = heard_tokens(text)
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        parts, j = [], k
        while len(parts) < 3 and j < len(toks):
            if parts and not _GROUP_JOINER.fullmatch(text[toks[j - 1].end:toks[j].start]):
                break
            g = _date_group(toks, j, text)
            if g is None:
                break
            parts.append(g)
            j += g[1]
        if len(parts) == 3:
            (day, _, dz), (month, _, mz), (year, _, yz) = parts
            ylen = len(re.sub(r"\D", "", toks[j - 1].text)) if not yz else 2
            before = k > 0 and (_figures(toks[k - 1]) or toks[k - 1].text.lower() in ZERO_WORDS) \
                and re.fullmatch(r"[\s,\-./]*", text[toks[k - 1].end:toks[k].start])
            after = j < len(toks) and _figures(toks[j]) and re.fullmatch(r"[\s,\-./]*", text[toks[j - 1].end:toks[j].start])
            if (dz or mz) and 1 <= day <= 31 and 1 <= month <= 12 and (ylen == 2 or 1900 <= year <= 2099) \
                    and not before and not after and not _CURRENCY.search(text[max(0, toks[k].start - 2):toks[k].start]):
                out.append((toks[k].start, toks[j - 1].end))
                k = j
                continue
        k += 1
    return out


_CURRENCY = re.compile(r"[£$€]\s*$")
# "D O B" said as letters and written as one word or two: a word starting with d (or one of up to three letters starting
# with d, then one starting with b), the Metaphone key of "dob" (TB) and at most one sound more
_HEARD_DOB_KEY = re.compile(r"TB[A-Z0]?")


def heard_dob_cues(text: str, english: frozenset[str] = frozenset()) -> list[int]:
    """Where each "D O B" heard as other words ends (the rule in the module's docstring)."""
    toks = list(_WORD.finditer(text))
    ends = []
    for i, m in enumerate(toks):
        w = m.group()
        if w[0] not in "dD" or any(c.isdigit() for c in w):
            continue
        said = [(w, m.end())]
        if len(w) <= 3 and i + 1 < len(toks) and toks[i + 1].group()[0] in "bB" \
                and re.fullmatch(r"[\s\-]", text[m.end():toks[i + 1].start()]) and not any(c.isdigit() for c in toks[i + 1].group()):
            said.append((w + toks[i + 1].group(), toks[i + 1].end()))
        for word, end in said:
            low = word.lower().replace("'", "").replace("’", "")
            if low in english or sounds_like_repeat(low) or not low.isalpha():
                continue
            if _HEARD_DOB_KEY.fullmatch(jellyfish.metaphone(low)):
                ends.append(end)
    return ends


def _adult_year(year: str) -> bool:
    return 1900 <= int(re.sub(r"\D", "", year)) <= date.today().year - ADULT_YEARS


def _said_as_month(word: str) -> bool:
    """A month's name, or a word heard as a number (a month said as "the sixth" heard "the Seaks")."""
    return word.lower() in MONTHS or any(h.chars.isdigit() for h in heard_characters(word))


class BirthCueDateRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str = "en", heard: bool = False, english: frozenset[str] = frozenset()):
        self.heard = heard  # a per-note instance for a transcript: the HEARD readings only
        self.english = english  # ordinary English words: no "D O B" heard as one
        super().__init__(supported_entities=[DATE_OF_BIRTH], supported_language=supported_language,
                         name="HeardBirthDateRecognizer" if heard else "BirthCueDateRecognizer")

    def load(self) -> None:
        pass

    def _heard_dates(self, text: str) -> list[RecognizerResult]:
        results = []
        for m in _HEARD_OF_MONTH_YEAR.finditer(text):
            if _adult_year(m.group("year")) and _said_as_month(m.group("month")):
                results.append(make_result(self, DATE_OF_BIRTH, m.start(), m.end(), 0.8,
                                           "a month and a year long past after \"of\": a date of birth, its day heard as a word"))
        for m in _HEARD_ORDINAL_OF_THE_WORD_YEAR.finditer(text):
            if _long_past(int(re.sub(r"\D", "", m.group("year")))) and m.group("month").lower() not in TIME_NOUNS:
                results.append(make_result(self, DATE_OF_BIRTH, m.start(), m.end(), 0.8,
                                           "a day as an ordinal, its month heard as a word, a year long past"))
        for m in _HEARD_ORDINAL_YEAR.finditer(text):
            if _adult_year(m.group("year")):
                results.append(make_result(self, DATE_OF_BIRTH, m.start("part"), m.end(), 0.8,
                                           "an ordinal and a year long past: a date of birth, a part lost"))
        for m in _HEARD_PART_GLUED_YEAR.finditer(text):
            if _adult_year(m.group("year")) and 1 <= int(m.group("part")) <= 31:
                results.append(make_result(self, DATE_OF_BIRTH, m.start(), m.end(), 0.8,
                                           "a day or month run into a year long past: a date of birth, a part lost"))
        for m in _HEARD_WORD_DAY_YEAR.finditer(text):
            if _adult_year(m.group("year")) and 1 <= int(m.group("month")) <= 12:
                results.append(make_result(self, DATE_OF_BIRTH, m.start("day"), m.end(), 0.8,
                                           "a word heard for a digit, a month's number and a year long past: a date of birth"))
        for m in _HEARD_NO_DAY_MONTH_YEAR.finditer(text):
            if _adult_year(m.group("year")) and int(m.group("day")) > 31:
                results.append(make_result(self, DATE_OF_BIRTH, m.start(), m.end(), 0.8,
                                           "figures that are no day, a month and a year long past: a date of birth"))
        for m in _HEARD_ON_MONTH_YEAR.finditer(text):
            if _adult_year(m.group("year")):
                results.append(make_result(self, DATE_OF_BIRTH, m.start("month"), m.end(), 0.8,
                                           "\"on\", a month and a year long past: a date of birth, its day lost"))
        return results

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.heard:
            results = self._heard_dates(text)
            results += [make_result(self, DATE_OF_BIRTH, a, b, 0.8, "a date read off a record: figures, a zero said")
                        for a, b in record_dates(text)]
            garbled = [(end, CUE_WORDS) for end in heard_dob_cues(text, self.english)]
            garbled += [(m.end(), CUE_WORDS) for m in _BORN_HEARD.finditer(text)]
            if garbled:
                results += self._dates_after(text, garbled, cued_only=True)
            return results
        cues = [(m.end(), CUE_WORDS) for m in HEARD_BIRTH_CUE.finditer(text)]
        cues += [(m.end(), CUE_WORDS) for m in _WORD.finditer(text)
                 if m.group()[0] in "dD" and jellyfish.metaphone(m.group().replace("'", "")) in _DOB_SOUNDS]
        if not cues and not _A_YEAR.search(text) and not _TWO_FIGURE_YEAR.search(text):
            return []  # no cue and no year written: no date of birth this reading could take
        return self._dates_after(text, cues) + self._festival_dates(text)

    def _festival_dates(self, text: str) -> list[RecognizerResult]:
        """A fixed-date festival and a year long past ("Boxing Day, 2022", "Christmas Day 2016"): a whole date, its
        day and month the festival's, read as ``_dates_after`` reads one with no cue (not after a preposition that
        dates an event: "on Boxing Day 2022 the police came")."""
        out = []
        for m in _FESTIVAL_YEAR.finditer(text):
            if _long_past(int(m["year"])) and not _EVENT_PREPOSITION_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                out.append(make_result(self, DATE_OF_BIRTH, m.start(), m.end(), 0.8,
                                       "a festival's date years past, no cue: a date of birth"))
        return out

    def _dates_after(self, text: str, cues: list, cued_only: bool = False) -> list[RecognizerResult]:
        """Date-shaped runs after a cue of ``cues`` (and, unless ``cued_only``, whole dates long past)."""
        results: list[RecognizerResult] = []
        for run in date_part_runs(text):
            k = 0
            while k < len(run) - 1:
                if (lost := self._day_lost(text, run, k, cues)) is not None:
                    results.append(make_result(self, DATE_OF_BIRTH, run[k].start, lost[0], 0.8,
                                               "a month and a year after \"on\" after a birth cue: a date whose day was lost"))
                    cues.append((lost[0], LIST_WORDS))
                    k += lost[1]
                    continue
                if k >= len(run) - 2:
                    break
                if (first := self._year_first_after_age(text, run, k, cues)) is not None:
                    results.append(make_result(self, DATE_OF_BIRTH, run[k].start, first[0], 0.8,
                                               "a whole date, its year first, after a birth cue or an age that gives it"))
                    k += first[1]
                    continue
                day, month, year = run[k:k + 3]
                named_first = day.month_word and _day(month) and not month.month_word  # "April 15, 2013"
                # after a birth cue, a year a recogniser wrote as no year ("15, 8, 9103" for "ninety three"): the
                # date's third number, four figures at most
                misheard_year = (not _year(year) and not year.month_word and not year.ordinal and year.value <= 9999
                                 and any(self._cued(text, c, day.start, reach) for c, reach in cues))
                if not ((_day(day) and _month(month)) or named_first) \
                        or not (_year(year) or misheard_year or ordinal_year(text, day, month, year)) \
                        or AGE_UNIT_AFTER.match(text, year.end):
                    k += 1  # "born 14 July, 4 months": a number before a unit of age is no year
                    continue
                # a year in two parts: "2000, and 13", "two thousand and twelve", "nineteen ninety one"
                said, end, taken = year_at(run, k + 2, text)
                if taken == 1:
                    said = _written_year(text, day, month, year)
                    if said == year.value and (day.ordinal or day.month_word or month.month_word or month.ordinal) \
                            and not _EVENT_PREPOSITION_BEFORE.search(text, max(0, day.start - 16), day.start):
                        said = _said_year(text, year)  # "the 19th of the 6th, 97": a date said, its year in two figures
                if any(self._cued(text, c, day.start, reach) for c, reach in cues):
                    why = "a date's shape after a birth cue, its small words misheard"
                elif taken == 1 and _age_fits(text, day.start, year) and not _in_a_time(text, day.start, end):
                    why = "a whole date straight after an age, its year the one that age gives: a date of birth"
                elif _long_past(said) and not cued_only and not _in_a_time(text, day.start, end):
                    why = "a whole date years past, no cue: a date of birth"
                else:
                    k += 1  # "at four, on 1st, 14-06-82": a later part may start the date
                    continue
                if _inside_a_read_out_run(text, day.start, end):
                    k += 1
                    continue
                results.append(make_result(self, DATE_OF_BIRTH, day.start, end, 0.8, why))
                cues.append((end, LIST_WORDS))  # the next in a list of dates of birth
                k += 2 + taken  # a run may hold more than one ("9th on the 4th, 2008, 8th on the 6th, 2008")
        return results

    def _year_first_after_age(self, text: str, run: list[DatePart], k: int, cues: list) -> tuple[int, int] | None:
        """A date said year first ("Evie's 5, 2000, and 21, fourth of March": the year, then the day and the month)
        straight after an age that gives that year (``_age_fits``) or after a birth cue ("Kieran's is, erm, 1999, 28
        October"): its end and the parts it takes, or None."""
        if run[k].month_word or run[k].ordinal or not (1900 <= run[k].value <= 2099):
            return None
        said, _end, taken = year_at(run, k, text)
        if k + taken + 1 >= len(run):
            return None
        day, month = run[k + taken], run[k + taken + 1]
        if not ((_day(day) and _month(month)) or (day.month_word and _day(month))):
            return None
        if not (_age_fits(text, run[k].start, run[k], said) or any(self._cued(text, c, run[k].start, reach)
                                                                    for c, reach in cues)):
            return None
        return month.end, taken + 2

    def _day_lost(self, text: str, run: list[DatePart], k: int, cues: list) -> tuple[int, int] | None:
        """A month named after "on" and a year of four digits ("on July 2000, and 10"): "on" takes a day, so a
        day was said and lost ("the eighth of July" heard "Vates on July"); taken as a date of birth only after a
        birth cue or another date of birth (typed text may say "moved in on May 2015"). The end and the parts it
        holds, or None."""
        month, year = run[k], run[k + 1]
        if not (month.month_word and _ON_BEFORE.search(text, max(0, month.start - 8), month.start)
                and not year.month_word and not year.ordinal and 1900 <= year.value <= 2099):
            return None
        small = year.value == 2000 and k + 2 < len(run) and not run[k + 2].month_word and run[k + 2].value <= 99
        end, value = (run[k + 2].end, 2000 + run[k + 2].value) if small else (year.end, year.value)
        if any(self._cued(text, c, month.start, reach) for c, reach in cues) and 1900 <= value <= date.today().year:
            return end, 3 if small else 2
        return None

    @staticmethod
    def _cued(text: str, cue_end: int, start: int, reach: int = CUE_WORDS) -> bool:
        between = text[cue_end:start]
        if cue_end > start:
            return False
        if not _BREAK.search(between):
            return not CUE_BREAK.search(between) and len(_WORD.findall(between)) <= reach
        # the cue's sentence holds no value and the date opens the next one ("Chloe's date of birth for the front
        # sheet. Three, six, oh six"): a speaker says what the date is for, stops, and reads it out; after a date of
        # birth, the next sentence may give another's by ellipsis ("... 9th of the 3rd, 04. Kieran's is, erm, ...")
        stop = _BREAK.search(between)
        said, rest = between[:stop.start()], between[stop.end():]
        if reach == LIST_WORDS and not said.strip() and _ANOTHERS_IS.fullmatch(rest):
            return True
        return (not rest.strip() and not CUE_BREAK.search(said) and not re.search(r"\d", said)
                and len(_WORD.findall(said)) <= CARRIED_WORDS)
