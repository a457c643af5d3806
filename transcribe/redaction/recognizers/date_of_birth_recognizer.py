"""Dates of birth, told apart from visit and meeting dates by what precedes them.

Where the case context gives the child's date of birth, that date is also found as a recogniser
writes it, whatever became of its cue and its grammar ("Kady is the third on the 5th, 2014",
"said on 25. 7, 18", "Diobie's 5-9-26", "all nine, eleven, two thousand"): a run of numbers, ordinals
and months (:func:`find_date_parts`) holding the day and the month of a known date of birth side by
side (day first, or the month said as a month first) and then a third number (the year, however
misheard; never another year written in full) is that date, with up to three of the year's fragments;
so is the month of birth said as a month and followed by the year of birth ("on Sep. September 2013"), the
day lost. A misheard digit ("Seeks" for six) is a number inside such a run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .result import make_result
from presidio_analyzer import LocalRecognizer, RecognizerResult

from ...language.dates import MONTH_NAME, MONTHS, ORDINAL_WORDS, WEEKDAYS, number_value
from ..entities import DATE_OF_BIRTH
from ..spoken_numbers import MISHEARD_DIGITS
from ..text_reads import date_mentions, reading

# A birth cue must come shortly before the date with no other date in between:
# "DOB 03/04/2015", "born on the third of April", "her birthday is 3rd April 2015"; in the plural too, before a
# list of them ("Dates of birth: ...", "DOBs", "their birthdays are ...").
# the words that say when someone was born: "born", "birthed" and "gave birth" (a birth's date is the child's date of
# birth), "date of birth" and its short forms, "birthday"
BIRTH_CUE = re.compile(
    r"\b(?:born|birthed|gave birth|dobs?|d\.\s?o\.\s?b\.?|d o b|dates? of birth|birth ?dates?|birthdays?|b\.)(?=\W|$)",
    re.IGNORECASE,
)
CUE_WINDOW = 45  # characters between the end of the cue and the date
# What may not stand between cue and date: a sentence or clause break, or another event.
# A report writes a person's date of birth in brackets or between commas straight after the name: "Dale Smith
# (14 August 2013)", "Dale, 14/08/2013, lives with ...". A full date so placed is a date of birth unless the
# capitalised word before it names a meeting or a document ("Core Group (14 August 2024)").
_NAME_THEN = r"(?-i:\b(?P<word>[A-Z][a-z'’\-]+))\s?(?:\(|,)\s?"
_AFTER_NAME = re.compile(_NAME_THEN + "$")
_CLOSES_AFTER_NAME = re.compile(r"\s?[),]")
_CLOSES_AFTER_NAME_AND_AGE = re.compile(r"\s?(?:[),;]|\.(?:\s|$))")
# ... and with "the" before a day said as an ordinal ("dad Marcus Bennett, the nineteenth of the sixth ninety seven,")
_AFTER_NAME_THE = re.compile(_NAME_THEN + r"the\s$")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
# ... or with the child's age between them, as a list of children is read ("the baby, Noor, 7 months, 14 February 2025,")
_AFTER_NAME_AND_AGE = re.compile(
    r"(?-i:\b(?P<word>[A-Z][a-z'’\-]+)),\s(?:\d{1,2}|[a-z]+)\s(?:months?|years?|weeks?)(?:\sold)?,\s?$", re.IGNORECASE)
_NOT_A_PERSON_BEFORE = frozenset(
    """
    meeting meetings conference review reviews group visit visits plan plans hearing panel court report assessment
    referral strategy discussion session call letter minutes update note notes date dated on from until since by
    """.split()
)
# After a birth cue, a date of birth given without its day ("DOB: March 2012", "born in June 2019") or by the
# fixed-date festival it fell on ("born on Christmas Day 2016"): the fixed-date UK festivals and days, with the year
FIXED_DAYS = (
    r"Christmas\s(?:Day|Eve)|Boxing\sDay|New\sYear'?s\s(?:Day|Eve)|Valentine'?s\sDay|Hallowe'?en|Bonfire\sNight|"
    r"Guy\sFawkes\sNight|Burns\sNight|St\.?\s(?:Patrick|David|Andrew|George)'?s\sDay"
)
_MONTH_OR_DAY_AND_YEAR = re.compile(
    rf"\b(?:(?:in|on)\s)?(?P<date>(?:{MONTH_NAME}|{FIXED_DAYS}),?\s(?:of\s)?(?:19|20)\d{{2}})\b", re.IGNORECASE
)
# ... or by the festival alone, its day and month of birth ("birthday's Halloween", "born on Christmas Day"), and a
# festival named just before the date of birth it falls on is the date's ("birthday's Halloween, 31 October 2011")
_FIXED_DAY_ALONE = re.compile(rf"\b(?:on\s)?(?P<date>{FIXED_DAYS})\b", re.IGNORECASE)
_FIXED_DAY_BEFORE = re.compile(rf"\b(?P<date>{FIXED_DAYS})\s?,?\s?(?:the\s)?$", re.IGNORECASE)
# a meeting held for or about the person named after it, the name's first words before the one the date follows
_MEETING_FOR = re.compile(
    r"\b(?:" + "|".join(sorted(_NOT_A_PERSON_BEFORE - {"on", "from", "until", "since", "by", "date", "dated"})) + r")\s"
    r"(?:for|of|with|about|re:?)\s(?:[A-Z][\w'’\-]*\s){0,3}$", re.IGNORECASE)
CUE_BREAK = re.compile(
    r"[.;!?]\s|\b(?:visit|visited|meeting|seen|conference|review|appointment|next|file|today|moved|started|held|"
    r"happened|took\splace)\b",
    re.IGNORECASE,
)


# the known date of birth with its month misheard as one word ("thirtieth July eleven" heard "30th to 11"): its day as
# an ordinal in figures, one word, then its year (two figures or four); the day and the year both the known date's
_DAY_WORD_YEAR = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)[\s,]+(?:of\s|the\s)?[A-Za-z]+\.?,?\s(?P<year>\d{2}|\d{4})\b")


class DateOfBirthRecognizer(LocalRecognizer):
    """Full or partial dates with a birth cue, and any date equal to a known DOB.

    ``known_dobs`` is set on per-note instances built from the case context, so the
    child's date of birth is found even where nobody says "born".
    """

    def __init__(self, known_dobs: tuple[date, ...] = (), supported_language: str = "en", name: str | None = None):
        self.known_dobs = tuple(known_dobs)
        super().__init__(
            supported_entities=[DATE_OF_BIRTH],
            supported_language=supported_language,
            name=name or "DateOfBirthRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results: list[RecognizerResult] = []
        mentions = date_mentions(text)
        cues = [m.end() for m in BIRTH_CUE.finditer(text)]
        prev_end = -1
        for mention in mentions:
            score = 0.0
            if mention.value is not None and mention.value in self.known_dobs:
                score = 0.95
            elif not self.known_dobs:
                cue = max((c for c in cues if c <= mention.start), default=None)
                if (
                    cue is not None
                    and mention.start - cue <= CUE_WINDOW
                    and cue > prev_end
                    and not CUE_BREAK.search(text, cue, mention.start)
                ):
                    score = 0.85 if mention.has_year else 0.6
            if not score and mention.value is not None and self._after_a_name(text, mention):
                score = 0.85
            prev_end = mention.end
            if score:
                results.append(
                    make_result(self, DATE_OF_BIRTH, mention.start, mention.end, score)
                )
        taken = [(r.start, r.end) for r in results]
        for cue in BIRTH_CUE.finditer(text):
            m = _MONTH_OR_DAY_AND_YEAR.search(text, cue.end(), min(len(text), cue.end() + CUE_WINDOW))
            if m and not CUE_BREAK.search(text, cue.end(), m.start()) and not any(a < m.end() and m.start() < b for a, b in taken):
                if not any(d.start <= m.start("date") < d.end for d in mentions):
                    results.append(make_result(self, DATE_OF_BIRTH, m.start("date"), m.end(), 0.7,
                                               "month or festival and year of birth"))
            day = _FIXED_DAY_ALONE.search(text, cue.end(), min(len(text), cue.end() + CUE_WINDOW))
            if day and not CUE_BREAK.search(text, cue.end(), day.start()) and not any(
                    a < day.end() and day.start() < b for a, b in taken) and not (m and m.start("date") < day.end()):
                results.append(make_result(self, DATE_OF_BIRTH, day.start("date"), day.end("date"), 0.7,
                                           "the festival a birth fell on"))
        for r in results:
            before = _FIXED_DAY_BEFORE.search(text, max(0, r.start - 30), r.start)
            if before:
                r.start = before.start("date")
        taken = [(r.start, r.end) for r in results]
        for a, b in numbers_after_a_name(text):
            if not any(x < b and a < y for x, y in taken):
                results.append(make_result(self, DATE_OF_BIRTH, a, b, 0.8, "a date read out as numbers after a name"))
        if self.known_dobs:
            results += self._garbled_known(text)
        return results

    @staticmethod
    def _after_a_name(text: str, mention) -> bool:
        """A full date in brackets or between commas straight after a capitalised word that names no meeting, or
        after it and an age ("Kwame, 14 months, 2 August 2024,"); never where a meeting for that person stands before
        the name ("Looked After Review for Kiera Maddison, 18 November 2026": the review's date), nor a date said with
        its day of the week ("Jasmine Okafor, Friday 20 November 2026,": when something happened; nobody gives a
        date of birth so)."""
        if mention.said_start < mention.start and _WEEKDAY.search(text, mention.said_start, mention.start):
            return False
        with_age = None
        before = _AFTER_NAME.search(text, max(0, mention.said_start - 40), mention.said_start) or (
            with_age := _AFTER_NAME_AND_AGE.search(text, max(0, mention.said_start - 60), mention.said_start))
        # a list entry's date after a name and an age may end its sentence ("Ivy, 9 months, 27 February 2026.")
        closes = _CLOSES_AFTER_NAME_AND_AGE if with_age is not None else _CLOSES_AFTER_NAME
        return (
            before is not None
            and before.group("word").lower() not in _NOT_A_PERSON_BEFORE
            and not _MEETING_FOR.search(text, max(0, before.start("word") - 60), before.start("word"))
            and closes.match(text, mention.end) is not None
            and (text[before.end("word"):mention.said_start].strip() == "(") == (text[mention.end:].lstrip()[:1] == ")")
        )

    def _garbled_known(self, text: str) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for run in date_part_runs(text):
            for dob in self.known_dobs:
                span = _known_in_run(run, dob, text)
                if span:
                    results.append(make_result(self, DATE_OF_BIRTH, span[0], span[1], 0.9,
                                               "the known date of birth, as the recogniser wrote it"))
        for m in _DAY_WORD_YEAR.finditer(text):
            if any(int(m.group("day")) == dob.day and int(m.group("year")) in (dob.year, dob.year % 100)
                   for dob in self.known_dobs):
                results.append(make_result(self, DATE_OF_BIRTH, m.start(), m.end(), 0.85,
                                           "the known date of birth, its month misheard"))
        return results


@dataclass(frozen=True)
class DatePart:
    start: int
    end: int
    value: int
    month_word: bool = False  # "June", "Feb."
    ordinal: bool = False  # "3rd", "third", "twenty-fifth"


_OF_THE = re.compile(r"[\s,]*\bo[fn]\s+the\s+", re.I)


def ordinal_year(text: str, day: DatePart, month: DatePart, year: DatePart) -> bool:
    """A year of two figures a recogniser wrote as an ordinal, going on from the day and the month said as ordinals
    ("first on the 10th, 22th", "2nd on the 4th 16th" for "the second of the fourth, sixteen"): the day and the month
    ordinals joined by "of the" (or "on the", as it is misheard), the month 1-12. Three ordinals in a list of days
    ("the 3rd, the 10th and the 17th") have no "of the" between the first two."""
    return (day.ordinal and month.ordinal and not month.month_word and 1 <= day.value <= 31 and 1 <= month.value <= 12
            and year.ordinal and not year.month_word and 0 <= year.value <= 99
            and _OF_THE.fullmatch(text, day.end, month.start) is not None)


# between the parts of a date as a recogniser writes it: "the third on the 5th, 2014", "25. 7, 18"
_PART_JOINER = re.compile(r"(?:[\s,./\-]|\b(?:of|the|on|and|slash)\b)*", re.I)
# words a recogniser writes for a spoken "oh" before a digit ("all nine, eleven"): no value, no break
_ZERO_WORDS = frozenset("oh o all nought zero".split())
_JOINER_WORDS = frozenset("of the on and slash".split())
# misheard digits that stand for a date's number inside a run of them; never the little words a date is
# said with ("to", "for", "I", "all": a range, a purpose, a pronoun, a spoken "oh")
_MISHEARD_PARTS = frozenset(w for w in MISHEARD_DIGITS if len(w) > 3 or w in ("won", "ate"))
_PART_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+(?:st|nd|rd|th)?", re.I)
_DIGITS_PART = re.compile(r"(\d+)(st|nd|rd|th)?")
_BEFORE_UNIT = re.compile(r"[\s,]*")  # what may stand between "twenty" and "five" in one part


@lru_cache(maxsize=4096)
def _word_value(low: str) -> int | None:
    """:func:`number_value` of a lower-case word, remembered (asked of every word of every note)."""
    return number_value(low)


def find_date_parts(text: str) -> list[list[DatePart]]:
    """Runs of date parts (numbers in digits or words, ordinals, months) joined only by what may
    stand between a date's parts; "two thousand" is one part (2000), "twenty five" one (25)."""
    runs: list[list[DatePart]] = []
    run: list[DatePart] = []
    last_end = None
    toks = _part_tokens(text)
    i = 0
    while i < len(toks):
        m = toks[i]
        low = m.group().lower()
        part, used = _part_at(toks, i, text)
        if part is None and low in _JOINER_WORDS:
            i += 1  # judged with the joiner between the parts on either side
            continue
        if part is None and low in ("to", "too") and i + 1 < len(toks) and toks[i + 1].group().startswith("0"):
            part, used = None, 1  # "12 October to 008": "two thousand and eight" as a recogniser wrote it
            if last_end is not None and _PART_JOINER.fullmatch(text[last_end:m.start()]):
                last_end = m.end()
                i += 1
                continue
        if part is None and low in _ZERO_WORDS:
            part, used = None, 1
            if last_end is None or _PART_JOINER.fullmatch(text[last_end:m.start()]):
                last_end = m.end() if run else None
                i += 1
                continue
        if part is None:
            if run:
                runs.append(run)
            run, last_end = [], None
            i += max(used, 1)
            continue
        if run and last_end is not None and not _PART_JOINER.fullmatch(text[last_end:part.start]):
            runs.append(run)
            run = []
        run.append(part)
        last_end = part.end
        i += used
    if run:
        runs.append(run)
    return runs


@reading
def date_part_runs(text: str) -> tuple[tuple[DatePart, ...], ...]:
    """:func:`find_date_parts` of a whole note, made once per note (``text_reads.reading``): the two date-of-birth
    recognisers and the birth-cue one all read it."""
    return tuple(tuple(run) for run in find_date_parts(text))


_LETTERS = re.compile(r"[A-Za-z]+")


def _part_tokens(text: str) -> list[re.Match]:
    """``_PART_TOKEN``'s tokens of ``text``, two words joined by a hyphen that make no number ("bond-six" for "born
    sixth", a recogniser's join) taken apart, so the second may start a date; "twenty-five", "twenty-first" stay one."""
    toks: list[re.Match] = []
    for m in _PART_TOKEN.finditer(text):
        if "-" in m.group() and m.group()[0].isalpha() and _word_value(m.group().lower()) is None:
            toks.extend(_LETTERS.finditer(text, m.start(), m.end()))
        else:
            toks.append(m)
    return toks


# A month said as an ordinal after "of the", its vowel heard otherwise ("the 30th of the tin, 90" for "the thirtieth of
# the tenth, ninety"): in that slot, after "of the" and a day, no English word stands.
_MISHEARD_MONTH_NUMBERS = {"tin": 10}
_MONTH_SLOT = re.compile(r"\d(?:st|nd|rd|th)\s+of\s+the\s+$", re.I)


def _part_at(toks: list[re.Match], i: int, text: str) -> tuple[DatePart | None, int]:
    """The date part starting at token ``i`` and how many tokens it took."""
    m = toks[i]
    low = m.group().lower()
    if low.rstrip(".") in MONTHS:
        return DatePart(m.start(), m.end(), MONTHS[low.rstrip(".")], month_word=True), 1
    digits = _DIGITS_PART.fullmatch(low) if low[:1].isdigit() else None
    if digits:
        return DatePart(m.start(), m.end(), int(digits.group(1)), ordinal=bool(digits.group(2))), 1
    value = _word_value(low)
    if value is None and low in _MISHEARD_PARTS:
        return DatePart(m.start(), m.end(), int(MISHEARD_DIGITS[low])), 1  # "17, Seeks. 2016"
    if value is None and low in _MISHEARD_MONTH_NUMBERS and _MONTH_SLOT.search(text, max(0, m.start() - 12), m.start()):
        return DatePart(m.start(), m.end(), _MISHEARD_MONTH_NUMBERS[low], ordinal=True), 1  # "23rd of the tin, 20"
    if value is None:
        return None, 1
    ordinal = low.split("-")[-1] in ORDINAL_WORDS
    nxt = toks[i + 1] if i + 1 < len(toks) and _BEFORE_UNIT.fullmatch(text, m.end(), toks[i + 1].start()) else None
    nxt_low = nxt.group().lower() if nxt else ""
    if low == "two" and nxt_low == "thousand":
        return DatePart(m.start(), nxt.end(), 2000), 2
    if value in (20, 30, 40, 50, 60, 70, 80, 90) and not ordinal and nxt is not None:
        unit = _word_value(nxt_low)
        if unit is not None and 1 <= unit <= 9:
            return DatePart(m.start(), nxt.end(), value + unit, ordinal=nxt_low in ORDINAL_WORDS), 2
    return DatePart(m.start(), m.end(), value, ordinal=ordinal), 1


# a spoken "oh" before a date's part; not "all", an English word before numbers too ("all three")
_ZERO_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_ZERO_WORDS - {'all'}))})\s+$", re.I)


# ... and its numbers run together into one token of four to eight digits ("Chantelle, 4707, she's 19": "four seven oh
# seven", the recogniser joining the digits read out)
_RUN_TOGETHER_AFTER_NAME = re.compile(r"(?-i:\b(?P<word>[A-Z][a-z'’\-]+)),\s?(?P<date>\d{4,8})\b")


def _reads_as_day_month_year(digits: str) -> bool:
    """``digits`` split into a day (1-9 or 01-31), a month (1-9 or 01-12) and a year of two digits or 19xx/20xx, in
    that order; a year alone (19xx, 20xx) or a clock's time (hours 00-23, minutes 00-59: "1430") is not one."""
    if re.fullmatch(r"(?:19|20)\d\d|(?:[01]\d|2[0-3])[0-5]\d", digits):
        return False
    for d in (1, 2):
        for m in (1, 2):
            day, month, year = digits[:d], digits[d:d + m], digits[d + m:]
            if (1 <= int(day) <= 31 and 1 <= int(month) <= 12
                    and (len(year) == 2 or (len(year) == 4 and year[:2] in ("19", "20")))):
                return True
    return False


@reading
def numbers_after_a_name(text: str) -> tuple[tuple[int, int], ...]:
    """A date read out as three numbers, day, month and year ("Ava, oh four, oh nine, eighteen, is under ...",
    "Kai, 14, 6, 2016, lives ..."), between commas straight after a capitalised word that names no meeting: the
    place a report gives a person's date of birth (``_AFTER_NAME``), said as numbers. A day of 1-31, a month of
    1-12 (or the month's name between them, joined as a recogniser may join them: "30th on January 92") and a year of
    two digits ("eighteen", "oh seven", "07") or 19xx/20xx; one number or two ("Maisie, 12, year 8": an age), or a
    last number of one digit ("Mam, 5, 6, 7": scores), are no date."""
    out = [m.span("date") for m in _RUN_TOGETHER_AFTER_NAME.finditer(text)
           if _reads_as_day_month_year(m.group("date")) and m.group("word").lower() not in _NOT_A_PERSON_BEFORE
           and _CLOSES_AFTER_NAME.match(text, m.end("date"))]
    for run in date_part_runs(text):
        if len(run) > 3 and (year_heard := _year_heard_in_pieces(text, run)) is not None:
            out.append(year_heard)
            continue
        if len(run) != 3 or run[0].month_word or run[2].month_word:
            continue  # a month word in the middle is the date's month: "Shannon Hedley, 30th on January 92,"
        day, month, year = run
        zero = _ZERO_BEFORE.search(text, max(0, day.start - 8), day.start)
        start = zero.start() if zero else day.start
        year_said = text[year.start:year.end]
        two_digits = 10 <= year.value <= 99 or year_said.startswith("0") or bool(
            _ZERO_BEFORE.search(text, max(0, year.start - 8), year.start))
        if not (1 <= day.value <= 31 and 1 <= month.value <= 12
                and (not year.ordinal or ordinal_year(text, day, month, year))
                and (two_digits or 1900 <= year.value <= 2099)):
            continue
        before = _AFTER_NAME.search(text, max(0, start - 40), start) or (
            _AFTER_NAME_THE.search(text, max(0, start - 40), start) if day.ordinal else None)
        if (before is not None and before.group("word").lower() not in _NOT_A_PERSON_BEFORE
                and not text[before.end("word"):start].strip().startswith("(")
                and _CLOSES_AFTER_NAME.match(text, year.end) is not None
                and not (month.month_word and _MEETING_FOR.search(text, max(0, before.start("word") - 60),
                                                                  before.start("word")))):
            out.append((start, year.end))  # (a month named: never a meeting's date, "Review for Kiera Maddison, ...")
    return tuple(out)


_REST_OF_YEAR = re.compile(r"[\s\-]*(?:[A-Za-z0-9]+[\s\-]+){0,2}?[A-Za-z0-9]+(?=\s?[),])")


def _year_heard_in_pieces(text: str, run) -> tuple[int, int] | None:
    """A day and month said as ordinals ("9th of the 5th"), then a year begun by its century (19, 20) and heard in
    pieces to the comma that closes it ("19-9th at one" for "nineteen ninety one"), straight after a name between
    commas (``_AFTER_NAME``, as :func:`numbers_after_a_name`): the span of the whole date, or None."""
    day, month, century = run[0], run[1], run[2]
    if not (day.ordinal and month.ordinal and 1 <= day.value <= 31 and 1 <= month.value <= 12
            and century.value in (19, 20) and not century.ordinal):
        return None
    rest = _REST_OF_YEAR.match(text, run[-1].end)
    end = rest.end() if rest else run[-1].end
    if not _CLOSES_AFTER_NAME.match(text, end):
        return None
    before = _AFTER_NAME.search(text, max(0, day.start - 40), day.start)
    if before is None or before.group("word").lower() in _NOT_A_PERSON_BEFORE:
        return None
    return day.start, end


# between a spoken year's century and the rest ("nineteen ninety one", "twenty oh five"): a space or a spoken "oh"
_CENTURY_JOINER = re.compile(r"(?:[\s-]|\b(?:oh|o|nought|zero)\b)+", re.I)


def year_at(run: list[DatePart], k: int, text: str) -> tuple[int, int, int]:
    """The year whose first part is ``run[k]``, as it was said: its value, where it ends and how many parts it
    takes. A year said in words is two parts of a run ("nineteen" and "ninety one", "twenty" and "fourteen",
    "two thousand" and "and twelve"): its century then the rest, 1 to 99 ("oh five" after the century only);
    "19.90" or "19-90" written so by a recogniser is 1990; any other part is a year as it stands (2014, 91)."""
    first = run[k]
    nxt = run[k + 1] if k + 1 < len(run) else None
    if nxt is None or nxt.month_word or nxt.ordinal or not 1 <= nxt.value <= 99:
        return first.value, first.end, 1
    if first.value == 2000:
        return 2000 + nxt.value, nxt.end, 2  # "two thousand and twelve", "2000, and 13"
    between = text[first.end:nxt.start]
    century_word = text[first.start:first.end].isalpha() and first.value in (19, 20)
    if century_word and _CENTURY_JOINER.fullmatch(between) and (nxt.value >= 10 or between.strip()):
        return first.value * 100 + nxt.value, nxt.end, 2
    # the century and the rest in figures with a dot between, as a recogniser may write "nineteen ninety" ("19.90")
    if text[first.start:first.end] in ("19", "20") and between in (".", "-") and re.fullmatch(r"\d\d", text[nxt.start:nxt.end]):
        return first.value * 100 + nxt.value, nxt.end, 2
    return first.value, first.end, 1


MAX_PARTS_AFTER = 3  # a year's fragments after the month ("June, 2000, and 20th")


def _known_in_run(run: list[DatePart], dob: date, text: str = "") -> tuple[int, int] | None:
    """The span of ``run`` that is ``dob``: its day and month side by side (day first, or a month word
    first), then what follows of the year."""
    for k in range(len(run) - 1):
        a, b = run[k], run[k + 1]
        if re.search(r"\band\b", text[a.end:b.start], re.I):
            continue  # "the 3rd and 5th": two days, not a day and its month
        day_first = a.value == dob.day and b.value == dob.month and not a.month_word
        if not day_first and not (a.month_word and a.value == dob.month and b.value == dob.day):
            continue
        after = run[k + 2:k + 2 + MAX_PARTS_AFTER]
        if not after:
            continue  # a day and a month alone may be a visit on the birthday ("on the third of April at four")
        if after[0].month_word and not b.month_word:
            continue  # "the 3rd, the 5th of June": b is a day of its own
        year = next((n for n, p in enumerate(after) if p.value >= 1900), None)
        if year is not None and after[year].value != dob.year and after[year].value % 100:
            # "2000, and 20th" or "two thousand, under eleven": a year's first part, the rest misheard
            continue  # "turns nine on 3 April 2024": the birthday in another year, not the date of birth
        said, said_end, _ = year_at(run, k + 2, text)
        if said in (dob.year, dob.year % 100):
            return a.start, said_end  # the year of birth said whole ends the date: "dob 02.09.14, 12." (an age)
        end = after[-1].end if after else b.end
        return a.start, end
    for k in range(len(run) - 1):
        # the month and the year of birth side by side, the day lost ("made on Murghate on Sep. September 2013"):
        # from the first part of the run that is the date's day or month
        a, b = run[k], run[k + 1]
        if a.month_word and a.value == dob.month and b.value == dob.year:
            first = k
            while first > 0 and (run[first - 1].value in (dob.day, dob.month)):
                first -= 1
            return run[first].start, b.end
    return None
