"""Identifiers found by what introduces them, whatever shape the recogniser left them in.

After a cue ("date of birth", "NHS number", "postcode", "mobile", "email", ...) and a few
filler words ("for the health form is"), everything that looks like part of a value is
taken as that identifier up to where the value ends: digits, number and ordinal words,
months, letters read out, "slash", "dot", "at", and the words a recogniser mishears digits
as ("free" for three, "for" for four, "to" for two). So "NHS number is I-199 for I-181-2207"
and "mate on birth free slash 11 slash 2017" are redacted although no checksum or date
grammar would accept them. The tail of a street address ("14 Elm Terrace, near 8 to 10",
"27 Ox Road, Sunderland, SR 27 QP") is taken as a postcode the same way.

A cue-anchored hit never depends on a checksum; a valid one raises the score elsewhere
(see NhsNumberRecognizer).

Given the words the recogniser was unsure of (a per-note instance, ``unsure=``), unsure words after a
cue or a street are part of the value whatever they are ("NHS number is Moe Milo 7 for 12, 6, 6": the
recogniser's guess at digits it could not make out): up to MAX_UNSURE_RUN in a row before or inside
the value, one right after it; the value still needs a value word, but not all its digits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from presidio_analyzer import LocalRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from ...language.dates import MONTH_NAMES, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, TIMES_OF_DAY, WEEKDAYS
from ...language.kinship import KIN_WORDS, ROLE_OF
from ..entities import DATE_OF_BIRTH, EMAIL, NHS_NUMBER, NI_NUMBER, PHONE, POSTCODE
from .birth_cue_date_recognizer import AGE_UNIT_AFTER as _AGE_UNIT_AFTER
from ..spoken_numbers import DIGIT_WORDS, MISHEARD_DIGITS, REPEAT_WORDS, sounds_like_repeat, spelt_letters
from ..text_reads import digit_runs, heard_starts, heard_tokens
from .ni_number_recognizer import unissued_prefix
from .result import make_result
from .street_address_recognizer import NAMED_STREET, NUMBERED_STREET

# a child's parents, every word language.kinship has for them ("birth mam" is no date's cue; "ring mam on" is a phone's)
_PARENT_WORDS = "|".join(sorted((w for w, role in ROLE_OF.items() if role in ("mother", "father", "parent")), key=len, reverse=True))
CUES: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\b(?:birth\b(?!\s(?:certificate|{_PARENT_WORDS}|family|weight)(?:s|['’]s)?\b)|d[.\-\s]{{0,2}}o[.\-\s]{{0,2}}b\b\.?|born(?:\son)?|birthday|birth\sdate)", re.I), DATE_OF_BIRTH),
    # "N.H.S." takes its last initial's dot, which ends no sentence ("N.H.S. 412, Tribal 8, 0369");
    # ... and "NHS" with its N lost and run into the number's first digits ("in HS412, ...")
    (re.compile(r"\bnhs(?:\snumber|\sno\b\.?)?|\bn[.\-\s]h['’]?[.\-\s]?s\b(?:(?<=[.\-\s]s)\.)?(?:\snumber)?|\bhealth\snumber|\bh\.?s\.?\snumber|\bHS(?=\d{3})", re.I), NHS_NUMBER),
    (re.compile(r"\b(?:national\sinsurance(?:\snumber)?|insurance\snumber|[a-z]{1,3}\.?\s?i\.?\snumber|nino|i-?umber)\b", re.I), NI_NUMBER),
    # "insurance" however the words round it were heard ("...ational insurances H&O ..."), and "NI" / "N.I." said
    # without "number" ("his N I is S T, ..."): the value still needs its digits, as every NI value does
    (re.compile(r"(?i:insurances?)\b(?!\s(?i:number))|\bN\.?\s?I\b\.?(?!\s?number)"), NI_NUMBER),
    # (and "postcode" heard as a word joined to "post" by a hyphen that starts "cog", "post-cognomy")
    (re.compile(r"\bpost[\s-]?(?:coded?|could|cod|covid)\b|\bpost-cog[a-z]*\b", re.I), POSTCODE),
    (re.compile(
        r"\b(?:(?:mobile|phone|telephone|landline)(?:\sphone)?(?:\snumber|\sno\b\.?)?|(?:contact|home)\s(?:phone\s)?number|number\sis"
        r"|pho\s?no"  # "phone" run together with the "oh" its number starts with ("Phono 7 381, 544", "pho no one")
        rf"|(?:ring|call|text)\s(?:her|him|them|me|us|{_PARENT_WORDS})\son)\b", re.I), PHONE),
    (re.compile(r"\be-?mail(?:ed|s)?(?:\saddress)?\b", re.I), EMAIL),
]
# In a transcript (CueValueRecognizer(heard=True)), cues as the recogniser may have written them, whatever
# identifier they were: "number" heard as "Numbari's", "umbra" (the words before it, "N I", "NHS", "mobile",
# lost or heard as a name: "Mum Nai Numbari's ...", "Mum's Aneirin number is ..."), its value read as an NI
# number where letters and an NI number's digits are said, else as an NHS number (ten digits) or a phone;
# "N I" glued to the value's letters, a birth cue one word before its date, and a phone's cue glued to the word
# before it or to its digits ("Homephono 1495", "Phono12 seeks 9"). The value readers
# are those of the exact cues; only the cue is heard loosely.
HEARD_NUMBER_CUE = re.compile(r"\b(?:numb(?:er|ar|ra|re)[a-z]{0,3}|umb(?:er|ra))(?:['’]s)?\b", re.I)
# "N I" run together with the value's two letters ("his NISD, 77-41-42": "N I, S T, seven seven, ...")
HEARD_GLUED_NI_CUE = re.compile(r"\bNI(?=[A-Z]{2}\b)")  # its letters as heard, a T heard "D"
# a date of birth's cue with one word between it and the value, its day heard as another word ("date on birth
# design, 12, 87": "nine, twelve, eighty seven"): the cue's one word, wherever it stands (not the exact
# ``date_of_birth_recognizer.BIRTH_CUE`` nor ``birth_cue_date_recognizer.HEARD_BIRTH_CUE``, which read a date after
# the whole cue)
BIRTH_CUE_WORD = re.compile(r"\b(?:born|birth|d\.?\s?o\.?\s?b)\b\.?", re.I)
# ... a date of birth's cue run into its first digit ("D-O-B7, 718")
HEARD_GLUED_BIRTH_CUE = re.compile(r"\bd[.\-\s]{0,2}o[.\-\s]{0,2}b[.\-]?(?=\d)", re.I)
# ... and "date of birth" heard as a name or other words: a word rhyming with "date", perhaps "of" or "on", then a
# word with the "b(i)r" of "birth" ("Nate Sombra", "State of Berlin", "Nate Omberth", "mate on birth"), or "birth"
# heard as the words that rhyme with it, "worth" and "earth" ("data worth 4.86, 22"); a cue only where a date's
# numbers follow it
HEARD_DATE_OF_BIRTH = re.compile(r"\b[A-Za-z]{0,2}at[ea]\s+(?:o[fn]\s+)?(?:[A-Za-z]*b[aeiou]?r[a-z]*|worth|earth)\b", re.I)
# A domain written by the recogniser after the address's said "at", its cue lost: a UK second-level domain (Nominet's
# and JANET's: co, org, gov, ac, nhs, sch, police, ltd, plc, me, net) and its last word "uk", or "ok" as a recogniser
# hears "uk" ("mark underscore Elliott at Middlesbrough.gov.ok"); the name part before "at" is found by the run-back
# over its said joiners (redactor._email_name_part_said)
HEARD_AT_UK_DOMAIN = re.compile(
    r"(?<![\w.@])at\s+[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*\.(?:co|com|org|gov|ac|nhs|sch|police|ltd|plc|me|net)\.(?:uk|ok)\b", re.I)
# an email address with its "at" heard as a dot, the cue lost: one token of three parts or more before a domain
# ending ("3Malions.peverell.gmail.com"), not a website's "www."
HEARD_DOTTED_ADDRESS = re.compile(r"(?<![\w.@])(?!www\.)[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)+\.(?:co\.uk|org\.uk|com|net|org)\b", re.I)
# an email address read out with its "at" said as a word, its cue lost: a local part that is no plain word (dotted or
# joined by "_", or holding a digit: "b.garside", "leigh_b07") before "at" and a domain with a mail ending
# ("b.garside at idkoast.com.uk"); a website said after "at" has no such local part before it ("look at bbc.co.uk")
HEARD_LOCAL_AT_DOMAIN = re.compile(
    r"(?<![\w.@])(?:[A-Za-z0-9][\w\-]*(?:[._][A-Za-z0-9\-]+)+|[A-Za-z]*\d[\w\-]*)\s+at\s+[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*"
    r"\.(?:com|net|org|uk)\b", re.I)
# a number read back: the speaker says it again after saying so ("I'll read that back", "saying it again"), with no
# cue of its own; it is the identifier whose cue came last before it (within READ_BACK_REACH characters)
READ_BACK = re.compile(r"\b(?:read(?:ing)?|say(?:ing)?|repeat(?:ing)?)\s(?:that|it|them|those|this)\s(?:back|again)\b", re.I)
READ_BACK_REACH = 250
HEARD_GLUED_PHONE_CUE = re.compile(r"(?<=[a-z])(?:mobile|phone|phono|landline)\b|\bpho\s?no(?=\d)", re.I)  # "Phono12 seeks 9"
# may stand between a cue and its value
FILLER = frozenset("""
is was are it's its it number numbers no for the a record file form forms that this of her his their him them
me us health assessment referral letter letters new now still as on at given gave spelled spelt out says said
address addresses mobile phone date birth which just being will be so and to in plus
""".split()) | frozenset(f"{w}'s" for w in KIN_WORDS)  # "mam's", "nana's": the family's possessives
# what a recogniser writes for a digit it mishears: "free" (three), "for" (four), "to" (two),
# "ate" (eight), "won" (one), "I'm"/"I" (nine), "seeks" (six), "north" (nought): spoken_numbers' table
_MISHEARD_DIGITS = frozenset(MISHEARD_DIGITS)
# value words that say nothing alone: allowed inside a value, never at its end
_WEAK = _MISHEARD_DIGITS | frozenset("""
slash dot at dash hyphen underscore and of the on double treble triple point stroke zed
""".split())
# how many digits (or digit words) a value needs before it is taken as this entity
# a date written whole in figures, one "/", "." or "-" between day, month and year: "02.09.14", "1/12/1983"
_WRITTEN_DATE = re.compile(r"\d{1,2}([./\-])(?:\d{1,2}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec))\1(?:\d{2}|\d{4})")
MIN_DIGITS = {PHONE: 6, NHS_NUMBER: 6, NI_NUMBER: 4, POSTCODE: 2, DATE_OF_BIRTH: 1, EMAIL: 0}
# and where a value is complete: an NHS number has 10 digits, a UK phone number 11 (+44 ones: UkPhoneRecognizer)
MAX_DIGITS = {PHONE: 11, NHS_NUMBER: 10, NI_NUMBER: 6}
# after an address, a weekday's or a month's full name starts the date of the visit, and a day's ordinal ("23rd") is a
# date's where a month or "of" follows it ("23rd November", "the 3rd of"): no postcode is written so. (A town named as
# a month, March in the Fens, loses only this guess at a garbled tail; a postcode written whole after it is still the
# postcode recogniser's.) An ordinal followed by more numbers is no date: a recogniser writes the numbers of a postcode
# read out as ordinals ("48 Murray Street, 10th, 26th, 8th, 8b" for "TS26 8HB").
_DATE_WORD = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in (*WEEKDAYS, *MONTH_NAMES)) + r")\b")
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)\b(?=[\s,]*(?:of\b|(?i:" + "|".join(MONTHS) + r")\b))")
_NOT_A_TAIL_START = frozenset("on at in by from for to and with since until about the a".split())
_STRONG_WORDS = (
    frozenset(DIGIT_WORDS) - {"oh", "o"}
) | frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS) | frozenset(MONTHS) | frozenset({"hundred", "thousand", "nought", "zero"})
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*|@|/")
_BREAK = re.compile(r"[.!?;:]\s|\n|[.!?]$")
# an address's end: a UK or generic domain ending, read out or written, or any country's two-letter domain (ISO 3166's
# codes, as the DNS uses them) written in lower case straight after a word ("WB.pl", "wp.pl")
WRITTEN_MAIL_END = r"\.(?:co\.uk|org\.uk|com|org|net|uk)"  # a UK or generic mail domain's end, as written
_EMAIL_END = re.compile(
    r"(?:\bdot\s(?:co\sdot\suk|org\sdot\suk|ac\sdot\suk|gov\sdot\suk|nhs\sdot\snet|com|org|net|uk)"
    rf"|{WRITTEN_MAIL_END}|(?<=[A-Za-z0-9])\.(?-i:[a-z]{{2}})(?![.@\w-]))\b", re.I)
# the mail domains of the public bodies a case note writes to, after "at": the NHS's (nhs.net, nhs.uk), and the UK
# second-level domains of government, schools, police and universities (gov.uk, sch.uk, police.uk, ac.uk), each as
# written or read out
_MAIL_DOMAIN = re.compile(
    r"\s+(?:nhs(?:\.|\sdot\s)(?:net|uk)|[\w\-]+(?:(?:\.|\sdot\s)[\w\-]+)*(?:\.|\sdot\s)(?:gov|sch|police|ac|nhs)(?:\.|\sdot\s)uk)\b", re.I)
MAX_GAP = 6  # filler words between cue and value
# In a transcript, an aside between an identifier's cue and its value: the cue is the subject of "is" or "was", and
# a speaker may put a phrase between them ("her national insurance number, for the free school meals form, is N K,
# ..."; "his NHS number, the one on the red book, is ..."). Up to ASIDE_WORDS words of any kind, none a sentence's
# end, another cue or a digit, then "is"/"was" and the value, read as right after the cue. The bound: an aside a
# listener holds before the verb is a phrase, not a clause of its own (eight words: "for the free school meals form"
# is six).
ASIDE_WORDS = 8
_COPULA = frozenset({"is", "was"})
_EMAIL_CUE = re.compile(r"e-?mail(?:ed|s)?", re.I)
# an address's name part as a recogniser writes it, run together with dots or underscores ("ailsa.lambton")
_DOTTED_LOCAL = re.compile(r"\b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b(?!\.(?:com|co|org|net|uk)\b)")
# the same after an email's cue, where a name the recogniser capitalised may start it ("email Sorley.orgilvie-90")
_DOTTED_LOCAL_CUED = re.compile(r"\b[A-Za-z][a-z0-9]*(?:[._][a-z0-9]+)+\b(?!\.(?:com|co|org|net|uk)\b)")

# Read out in full, an identifier's shape is enough without its cue. Letters must be capitals
# (single letters or run together, with dots or hyphens between); digits are numerals or digit words.
_SAID = r"[\s.,\-]{0,3}"  # what stands between the parts of something read out
_DIGIT_WORD = "|".join(sorted(set(DIGIT_WORDS) - {"o"}, key=len, reverse=True))
_NUMBER_WORD = "|".join(sorted(set(NUMBER_WORDS) | set(DIGIT_WORDS) - {"o"}, key=len, reverse=True))
# A postcode: area letters, district, sector digit, two unit letters ("T S twenty five, three L P",
# "S-R-8-5-N-L", "TS1, 5QL", "DH-3, Free-T-S"); the letter classes are Royal Mail's, as in
# UkPostcodeRecognizer; the sector digit may be any word a recogniser writes for a digit it half-heard
# (``spoken_numbers.MISHEARD_DIGITS``: "free", "I'm" for nine in "T-S6, I'm DL"): the grammar pins that slot to a
# digit between the district and the two unit letters.
_SECTOR_MISHEARD = "|".join(sorted((re.escape(w) for w in MISHEARD_DIGITS if len(w) > 1), key=len, reverse=True))
SAID_POSTCODE = re.compile(
    rf"\b[A-PR-UWYZ](?:[.\-\s]{{0,2}}[A-HK-Y])?\.?{_SAID}"
    rf"(?:\d{{1,2}}[A-HJKPSTUW]?|(?i:{_NUMBER_WORD})(?:[\s\-](?i:{_NUMBER_WORD}))?){_SAID}"
    rf"(?:\d|(?i:{_DIGIT_WORD}|{_SECTOR_MISHEARD})(?![\w'’])){_SAID}[ABD-HJLNP-UW-Z][.\-\s]{{0,2}}[ABD-HJLNP-UW-Z]\b"
)
# A National Insurance number: two prefix letters, six digits in any grouping (five where the recogniser
# lost one: "J-R-7-0-1-86 B"), the suffix letter A-D ("C.E. 1-2-3-4-5-6-B", "TW 9-8, 7-6, 5-4, A"; a nine
# heard as "I" or "N" in a hyphenated group, "HD, N-8, 7-6, N-4, A"); prefix letters as NiNumberRecognizer allows them.
_NI_DIGIT = rf"(?:\d|(?i:{_DIGIT_WORD})|[IN](?=-\d)|(?<=\d-)(?:[IN]|I['’]m)\b)"
SAID_NI_NUMBER = re.compile(
    rf"\b{unissued_prefix(_SAID)}[A-CEGHJ-PR-TW-Z]\.?[\s\-,]{{0,2}}[A-CEGHJ-NPR-TW-Z]\.?{_SAID}{_NI_DIGIT}(?:{_SAID}{_NI_DIGIT}){{4,5}}{_SAID}[A-D]\b"
)
# the same with its digits said in pairs, each pair as a number ("T Y, forty five, twelve, eighty eight, C") or
# as two digits ("oh three", "double one")
_TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
_NI_PAIR = (rf"(?i:(?:{_TENS_WORD})(?:[\s\-](?:{_UNIT_WORD}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            rf"|seventeen|eighteen|nineteen|(?:double|{_DIGIT_WORD})[\s\-,]{{1,2}}(?:{_DIGIT_WORD})|\d\d)")
SAID_NI_PAIRS = re.compile(
    rf"\b{unissued_prefix(_SAID)}[A-CEGHJ-PR-TW-Z]\.?[\s\-,]{{0,2}}[A-CEGHJ-NPR-TW-Z]\.?(?:{_SAID}{_NI_PAIR}){{3}}{_SAID}[A-D]\b"
)
# An outward code written as one token in capitals ("IP3", "SF5", "M15"; Royal Mail's letter classes), with no
# cue: what follows it as a postcode's value (:meth:`CueValueRecognizer._run`) is its inward code when the whole
# says a postcode: the sector digit (one or two, a spelt letter's "4" may join it) and two letters, or three
# capitals where the digit was heard as letters ("IP3, ATB": "three, eight E B")
_OUTWARD_CODE = re.compile(r"\b[A-PR-UWYZ][A-HK-Y]?\d[\dA-HJKPSTUW]?\b")
# Royal Mail's postcode areas of one letter (Birmingham, London's E, N and W, Glasgow, Liverpool, Manchester, Sheffield)
_ONE_LETTER_AREAS = frozenset("BEGLMNSW")


def _outward_code_alone(token: str) -> bool:
    """``token`` is an outward code written whole ("LS8", "NE6", "B12"), its area one Royal Mail has: a road ("A19")
    is none."""
    area = re.match(r"[A-Z]+", token)
    return bool(_OUTWARD_CODE.fullmatch(token) and area and (len(area.group()) == 2 or area.group() in _ONE_LETTER_AREAS))


_WHOLE_POSTCODE_SAID = re.compile(r"[A-Z]{1,2}\d[\dA-Z]?(?:\d{1,2}[A-Z]{2}|[A-Z]{3})")
# A postcode's cue may stand further from its value than filler words allow ("The postcode, for the
# prison visit form, is SR7, 7WOP"): within the sentence, a token shaped as an outward code starts it.
_OUTWARD = re.compile(r"[A-Z]{1,2}[-.]?\d[\dA-Z]?")
# a token that begins as an outward code and runs on, as a recogniser may join a postcode to what follows
# ("ds10-1segrant..."), in any case
_OUTWARD_START = re.compile(r"(?i)[a-z]{1,2}\d{1,2}-\d")
# an outward code in lower case ("is ds10, 1s ..."), only where the postcode's cue went before in the sentence
_OUTWARD_LOWER = re.compile(r"[a-z]{1,2}\d{1,2}")
# a district and inward code read out with hyphens ("8-1-E-B"): after a street, with the area letters
# heard as a short word ("and 8-1-E-B"), a postcode
_DISTRICT_INWARD = re.compile(r"\d{1,2}[-.]\d[-.]?[A-Z][-.]?[A-Z]")
# what follows digits read out in groups: one misheard word at most between two groups ("496, or 821")
_BETWEEN_GROUPS = frozenset({"or"}) | (_MISHEARD_DIGITS - {"i", "i'm"})
MIN_GROUPED_DIGITS = 9
_READ_OUT = re.compile(r"\d(?:-\d){2,}")  # digits read out one by one and hyphen-joined by the recogniser: "6-0-4"
MIN_ONE_TOKEN_DIGITS = 7
READ_OUT_GROUPS = 5  # digits read out in this many groups or more are a number ("2, 4, 7, 1, 3, 3, 8")
MAX_VALUE_TOKENS = 16
# the names of months and days (language.dates), which no phone, NHS or NI number said aloud holds
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(w.lower() for w in WEEKDAYS)
_NO_CALENDAR_WORDS = (PHONE, NHS_NUMBER, NI_NUMBER)
_LOWER_STREET = re.compile(r"\b[a-z]+\s(?:street|road|avenue|close|crescent|drive|gardens|grove|lane|terrace|court|view|way|rise)\b")
_SAID_JOINERS = frozenset("underscore dot dash hyphen".split())  # said between the words of an address
_JOINER_OR_EMAIL = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_SAID_JOINERS))}|e-?mail)\b")  # an address said before
MAX_LOCAL_WORDS = 6  # words of an email address said before its "at" ("gary dot laidlaw seventy two")
MAX_UNSURE_RUN = 3  # unsure words a value may hold one after another
# Words that are no part of a value, allowed inside a value still short of its digits when value words
# follow: a name the recogniser wrote in the middle of a number ("401, Seren's 7.6, 2.387"), the prefix
# letters of an NI number heard as words ("N4 ANSI, the 4 Apple, 610-0477"). Also before the value's first
# word, right after the cue ("national insurance number as Yara Kilo, 21, 48, 30, B").
MAX_GAP_WORDS = {NHS_NUMBER: 1, PHONE: 1, NI_NUMBER: 2}
# After an NI number's cue, the digits may come this many words on in the same sentence, the words
# before them its letters heard as other words ("as Jason Duret, he was an echo, five-five, one-two, ...")
MAX_NI_LEAD_WORDS = 8
# After a cue, a value may be this many words long however the recogniser wrote it (CueValueRecognizer._cue_window)
CUE_WINDOW_WORDS = 14
CUE_WINDOW_GAP = 2  # words no part of a value it may hold in a row once it has its digits ("mam Nola")
_SUBJECT_PRONOUNS = frozenset("i he she they we you it".split())
MIN_FAR_NI_DIGITS = 5
# An NI number's six digits in three pairs (each two numerals, perhaps split by a dot or hyphen: "2.4", "6-0", "09")
# and its suffix letter, the letter alone or joined by a hyphen to the next word ("B-Mobile")
_NI_PAIR_DIGITS = r"\d[.\-]?\d"
_NI_PAIRS_SUFFIX = re.compile(
    rf"(?<![\w.\-]){_NI_PAIR_DIGITS}(?:,?\s{_NI_PAIR_DIGITS}){{2}},?\s(?P<suffix>[A-D])(?![\w.]|-\d|\s+[a-z])")  # "A good": the article
MAX_NI_PREFIX_WORDS = 4
# An NI number's suffix letter ends its value (CueValueRecognizer._to_suffix_letter) after this many of its digits
SUFFIX_MIN_DIGITS = 3
SUFFIX_MAX_VALUE_WORDS = 10  # tokens its digits and the words among them may take


def _joined_across(toks: list[re.Match], first: int) -> bool:
    """The comma before ``toks[first]`` stands inside an address's name part: a joiner said ("underscore",
    "dot", "dash", "hyphen") on either side of it, or joining the word before it to the word before that
    ("shannon, underscore armstrong, 92 at ..."). A speaker pauses between the parts of an address read out,
    and a recogniser writes the pause as a comma; the joiners are said only inside an address, so the words
    they join are the address's own, whatever punctuation the recogniser put between them."""
    near = [toks[k].group().lower() for k in (first - 2, first - 1, first) if 0 <= k < len(toks)]
    return any(w in _SAID_JOINERS for w in near)


def _filler(tok: str) -> bool:
    """A word that may stand between a cue and its value, a possessive included ("is Kieran's ...")."""
    # "number" as a recogniser may write it after the cue: "numberies", "Umbra", "umber"
    return tok.lower() in FILLER or bool(re.fullmatch(r"[A-Za-z]+['’]s|n?umb(?:er|ra|re)[a-z]*", tok, re.I))


def _digit_count(tok: str, kind: str) -> int:
    """How many digits a token stands for: "999" 3, "nine-double-o" 3, "6-2-7-315" 6, "S.R.6" 1."""
    parts = [p for p in re.split(r"[-.]", tok.lower()) if p]
    count = 0
    for i, part in enumerate(parts):
        if part.isdigit() or any(ch.isdigit() for ch in part):
            count += sum(ch.isdigit() for ch in part)
        elif part in DIGIT_WORDS or part in _MISHEARD_DIGITS:
            count += 2 if i > 0 and parts[i - 1] in REPEAT_WORDS else 1
    if count == 0 and kind == "strong" and not (tok.isalpha() and (len(tok) == 1 or tok.isupper())):
        count = 1  # a number word or month: one step of a date
    return count


# an outward code's letters written as initials, each with its dot, then its district ("D.S. 17", "T.S 14")
_INITIALS_OUTWARD = re.compile(r"[A-Z]\.[A-Z]\.?\s?\d{1,2}\b")


def _kind(tok: str, entity: str) -> str:
    """'strong', 'weak' or '' (not part of a value) for one token."""
    low = tok.lower().strip("'’")
    if low in ("@", "/"):
        return "weak"
    if any(ch.isdigit() for ch in low):
        return "strong"  # 999, I-199, NE8, 2XN, 13th
    if entity == POSTCODE and low in DIGIT_WORDS and low not in ("oh", "o"):
        return "strong"
    if entity != POSTCODE and (low in _STRONG_WORDS or low.rstrip("-") in _STRONG_WORDS):
        return "strong"
    if "-" in low or "." in low:
        parts = [p for p in re.split(r"[-.]", low) if p]
        said = [p in DIGIT_WORDS or p in REPEAT_WORDS or p in _MISHEARD_DIGITS or (len(p) == 1 and p.isalpha()) for p in parts]
        if parts and all(p in _STRONG_WORDS for p in parts) and entity != POSTCODE:
            return "strong"  # twenty-one
        if parts and all(said) and any(p in DIGIT_WORDS for p in parts):
            return "strong"  # zero-seven-seven, nine-double-o, S.R.6 read out
    if low in _WEAK or low in REPEAT_WORDS or (entity in (NHS_NUMBER, PHONE) and sounds_like_repeat(low)):  # "Tribal"
        return "weak"
    if len(tok) == 1 and tok.isalpha():
        return "strong" if tok.isupper() else "weak"
    if entity in (NI_NUMBER, POSTCODE) and tok.isupper() and len(tok) <= 3:
        return "strong"  # QQ, NE, SR
    return ""


def _last_cue_before(text: str, pos: int) -> str | None:
    """The identifier whose cue (CUES, or a phone's cue glued to a word) ends last before ``pos``, within
    READ_BACK_REACH characters, or None."""
    window = text[max(0, pos - READ_BACK_REACH):pos]
    found = [(m.end(), entity) for pattern, entity in CUES for m in pattern.finditer(window)]
    found += [(m.end(), PHONE) for m in HEARD_GLUED_PHONE_CUE.finditer(window)]
    return max(found)[1] if found else None


def _a_cue_at(text: str, pos: int) -> bool:
    return any(p.match(text, pos) for p, _e in CUES)


def _heard_in(tok: re.Match) -> list:
    """The heard tokens (:func:`spoken_numbers.heard_characters`) that start inside ``tok``."""
    starts = heard_starts(tok.string)
    return list(heard_tokens(tok.string)[bisect_left(starts, tok.start()):bisect_left(starts, tok.end())])


def _spelt_at(tok: re.Match) -> bool:
    """``tok`` is a word of a letter spelt by a word ("key for golf", "Q4 Queen", "Kilo")."""
    return bool(_spelt_end(tok))


def _spelt_end(tok: re.Match) -> list[int]:
    """Where the letter spelt by a word that ``tok`` is part of ends (none if it is no such part)."""
    k = bisect_right(heard_starts(tok.string), tok.start()) - 1
    h = heard_tokens(tok.string)[k] if k >= 0 else None
    return [h.end] if h is not None and h.spelt and h.start <= tok.start() < h.end else []


def _said(toks: list[re.Match], entity: str, ordinals_as_digits: bool = False) -> str:
    """The letters and digits a stretch of value tokens says, a spelt letter as its letter ("7-L4-Lima, key
    for golf" says "7LG"); with ``ordinals_as_digits``, a number written as an ordinal says its digits ("10th"
    says "10": no letters of a postcode's inward code)."""
    out = []
    for t in toks:
        heard = _heard_in(t)
        if _spelt_at(t) or any(h.spelt for h in heard):
            out.append("".join(h.chars for h in heard))
        elif _kind(t.group(), entity) == "strong":
            said = re.sub(r"[^A-Za-z0-9]", "", t.group())
            out.append(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", said) if ordinals_as_digits else said)
    return "".join(out)


class CueValueRecognizer(LocalRecognizer):
    """DOB, NHS and NI numbers, postcodes, phones and emails found after their cue."""

    def __init__(self, supported_language: str = "en", unsure: Sequence[tuple[int, int]] = (),
                 english: frozenset[str] = frozenset(), heard: bool = False):
        self.english = english  # ordinary English words: the cue window ends at one (CUE_WINDOW)
        self.heard = heard  # a per-note instance for a transcript: reads the values after HEARD cues only
        super().__init__(
            supported_entities=[DATE_OF_BIRTH, NHS_NUMBER, NI_NUMBER, POSTCODE, PHONE, EMAIL],
            supported_language=supported_language,
            name="HeardCueValueRecognizer" if heard else "UnsureCueValueRecognizer" if unsure else "CueValueRecognizer",
        )
        self.unsure = sorted(unsure)  # character spans of words the recogniser was unsure of

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.heard:
            return self._after_heard_cues(text)
        results: list[RecognizerResult] = []
        for pattern, entity in CUES:
            for cue in pattern.finditer(text):
                span = self._value_after(text, cue.end(), entity)
                if span:
                    start = _with_plus(text, span[0]) if entity == PHONE else span[0]
                    results.append(make_result(self, entity, start, span[1], 0.6, "value after its cue"))
                window = self._cue_window(text, cue.end(), entity) if self.english and not self.unsure else None
                if window and not (span and span[0] <= window[0] and window[1] <= span[1]):
                    results.append(make_result(self, entity, window[0], window[1], 0.5, "the stretch after a cue, heard"))
                suffixed = self._to_suffix_letter(text, cue.end()) if entity == NI_NUMBER and not self.unsure else None
                if suffixed:
                    results.append(make_result(self, NI_NUMBER, suffixed[0], suffixed[1], 0.5, "an NI number to its suffix letter"))
        if not self.unsure:  # the per-note instance reads only what follows a cue or a street; the standing one the rest
            results += self._shaped(text, nlp_artifacts)
        for street in NUMBERED_STREET.finditer(text):
            span = self._address_tail(text, street.end())
            if span:
                results.append(make_result(self, POSTCODE, span[0], span[1], 0.5, "postcode-like tail of an address"))
        for street in list(NAMED_STREET.finditer(text)) + list(_LOWER_STREET.finditer(text)):
            # a street without its number (the recogniser may have lost it): only a tail that mixes
            # letters and digits as an outward code does ("N-8-1-E-P", "DS-104GH", "L166")
            span = self._address_tail(text, street.end(), outward_only=True)
            if span:
                results.append(make_result(self, POSTCODE, span[0], span[1], 0.5, "postcode-like tail of a street"))
        return results

    def _after_heard_cues(self, text: str) -> list[RecognizerResult]:
        """The values after the cues a transcript may hold in other shapes (HEARD_NUMBER_CUE,
        HEARD_GLUED_PHONE_CUE), read as after the exact cues."""
        results: list[RecognizerResult] = []
        for cue in HEARD_NUMBER_CUE.finditer(text):
            suffixed = self._to_suffix_letter(text, cue.end())
            if suffixed:
                results.append(make_result(self, NI_NUMBER, suffixed[0], suffixed[1], 0.5, "an NI number to its suffix letter, after \"number\" heard"))
                continue
            span = self._value_after(text, cue.end(), NI_NUMBER)
            digits = "".join(h.chars for h in heard_tokens(text) if span and span[0] <= h.start < span[1] and h.chars.isdigit())
            # its letters said before its digits (heard as words or letters), and about its six digits (one more
            # where a recogniser split a pair: "103, 55, 01")
            if span and len(digits) <= MAX_DIGITS[NI_NUMBER] + 1 and re.match(r"[A-Za-z]+\b", text[span[0]:span[1]]):
                results.append(make_result(self, NI_NUMBER, span[0], span[1], 0.5, "letters and digits after \"number\" heard"))
                continue
            span = self._value_after(text, cue.end(), PHONE)
            if span:
                digits = "".join(h.chars for h in heard_tokens(text) if span[0] <= h.start < span[1] and h.chars.isdigit())
                entity = NHS_NUMBER if len(digits) == 10 and not digits.startswith("0") else PHONE
                start = _with_plus(text, span[0]) if entity == PHONE else span[0]
                results.append(make_result(self, entity, start, span[1], 0.5, "a number after \"number\" heard"))
        for pattern, entity in CUES:
            if entity == EMAIL:
                continue
            for cue in pattern.finditer(text):
                span = self._value_across_aside(text, cue.end(), entity)
                if span:
                    start = _with_plus(text, span[0]) if entity == PHONE else span[0]
                    results.append(make_result(self, entity, start, span[1], 0.5, "a value after its cue and an aside"))
        for cue in HEARD_GLUED_NI_CUE.finditer(text):
            span = self._value_after(text, cue.end(), NI_NUMBER)
            if span:
                results.append(make_result(self, NI_NUMBER, span[0], span[1], 0.5, "an NI number after \"NI\" run into its letters"))
        for cue in BIRTH_CUE_WORD.finditer(text):
            if self._value_after(text, cue.end(), DATE_OF_BIRTH) is None:
                span = self._date_one_word_on(text, cue.end())
                if span:
                    results.append(make_result(self, DATE_OF_BIRTH, span[0], span[1], 0.5, "a date of birth one word after its cue"))
        for cue in list(HEARD_GLUED_BIRTH_CUE.finditer(text)) + list(HEARD_DATE_OF_BIRTH.finditer(text)):
            span = self._value_after(text, cue.end(), DATE_OF_BIRTH) or self._date_one_word_on(text, cue.end())
            said = text[span[0]:span[1]] if span else ""
            first_year = re.search(r"\b(?:19|20)\d\d\b", said)
            if first_year and re.search(r"\b(?:19|20)\d\d\b", said[first_year.end():]):
                span, said = (span[0], span[0] + first_year.end()), said[:first_year.end()]  # a list of dates: the first
            if span and (len(re.findall(r"\d+", said)) >= 2 or re.search(r"\d{3,}", said)):  # "586": five, eighty six
                results.append(make_result(self, DATE_OF_BIRTH, span[0], span[1], 0.5, "a date of birth after its cue, heard"))
        # an NI number by its shape: two letters spelt by words, then its digits and its suffix letter ("N-4 Nebra,
        # H-4 Hotel, 26, 018, C"), its cue lost
        spelt = spelt_letters(text)
        for a, b in zip(spelt, spelt[1:]):
            if re.fullmatch(r"[\s,.\-]*", text[a[1]:b[0]]):
                suffixed = self._to_suffix_letter(text, a[0])
                # five of its six digits at least (a postcode spelt so has three: "B for Papar, O for Losca, 19, 7, B")
                if suffixed and sum(ch.isdigit() for h in heard_tokens(text) if suffixed[0] <= h.start < suffixed[1]
                                    and not h.spelt for ch in h.chars) >= MAX_DIGITS[NI_NUMBER] - 1:
                    results.append(make_result(self, NI_NUMBER, suffixed[0], suffixed[1], 0.5, "two spelt letters, digits and a suffix letter"))
        for a, b in read_out_postcodes(text):
            results.append(make_result(self, POSTCODE, a, b, 0.5, "a postcode read out letter by letter, its cue lost"))
        for m in HEARD_AT_UK_DOMAIN.finditer(text):
            before = re.split(r"[.!?]\s", text[max(0, m.start() - 60):m.start()])[-1]  # this sentence's words only
            if not _JOINER_OR_EMAIL.search(before):
                continue  # no name part said with a joiner, no email named: a website ("at durham.gov.uk")
            results.append(make_result(self, EMAIL, m.start(), m.end(), 0.5, "an address's UK domain after its said \"at\""))
        for m in HEARD_DOTTED_ADDRESS.finditer(text):
            results.append(make_result(self, EMAIL, m.start(), m.end(), 0.5, "an address, its \"at\" heard as a dot"))
        for m in HEARD_LOCAL_AT_DOMAIN.finditer(text):
            results.append(make_result(self, EMAIL, m.start(), m.end(), 0.5, "an address read out with its \"at\", its cue lost"))
        for cue in HEARD_GLUED_PHONE_CUE.finditer(text):
            span = self._value_after(text, cue.end(), PHONE)
            if span:
                results.append(make_result(self, PHONE, _with_plus(text, span[0]), span[1], 0.5, "a phone after its cue, glued to a word"))
        for back in READ_BACK.finditer(text):
            entity = _last_cue_before(text, back.start())
            span = self._value_after(text, back.end(), entity) if entity and entity != EMAIL else None
            if span:
                start = _with_plus(text, span[0]) if entity == PHONE else span[0]
                results.append(make_result(self, entity, start, span[1], 0.5, "a number read back, its cue said before"))
        return results

    def _value_across_aside(self, text: str, pos: int, entity: str) -> tuple[int, int] | None:
        """The value after "is"/"was" where an aside of up to ASIDE_WORDS words stands between the cue ending at
        ``pos`` and that verb (the rule at ASIDE_WORDS), or None; only where the value is not read right after it."""
        toks = self._tokens(text, pos)
        if self._value_after(text, pos, entity):
            return None  # read already
        for k in range(1, min(len(toks), ASIDE_WORDS + 1)):  # the verb straight after the cue is the plain reading's
            if _BREAK.search(text, pos, toks[k].start()):
                return None
            if any(c.isdigit() for c in toks[k - 1].group()) or _a_cue_at(text, toks[k - 1].start()):
                return None  # a number or another cue inside: no aside
            if toks[k].group().lower() in _COPULA and (span := self._value_after(text, toks[k].end(), entity)):
                return span
        return None

    def _date_one_word_on(self, text: str, pos: int) -> tuple[int, int] | None:
        """After a birth cue and its filler words, one word that is no part of a date (its day, heard as another
        word), then two numbers at least in the same sentence: the rest of the date."""
        toks = self._tokens(text, pos)
        i = 0
        while i < len(toks) and i < MAX_GAP and _filler(toks[i].group()) and _kind(toks[i].group(), DATE_OF_BIRTH) != "strong":
            i += 1
        if i + 1 >= len(toks) or _BREAK.search(text, pos, toks[i + 1].start()) or _a_cue_at(text, toks[i].start()):
            return None
        k = i + 1
        while k < len(toks) and k < i + 1 + MAX_GAP and _filler(toks[k].group()) and _kind(toks[k].group(), DATE_OF_BIRTH) != "strong":
            k += 1  # "born late on the 3rd": the date's own small words after the stray word
        if k >= len(toks) or _BREAK.search(text, toks[i].end(), toks[k].start()):
            return None
        span = self._run(text, toks, k, DATE_OF_BIRTH)
        if not span or len(re.findall(r"\d+", text[span[0]:span[1]])) < 2:
            return None
        return span

    def _shaped(self, text: str, nlp_artifacts=None) -> list[RecognizerResult]:
        """Identifiers known by their shape alone: long runs of digits, postcodes and NI numbers read out."""
        results: list[RecognizerResult] = []
        for run in digit_runs(text, 7):
            # nine digits or more read out together are someone's number, whatever it is; seven or
            # eight are when read out in small groups (a phone whose first digits the recogniser lost)
            if len(run.digits) < 9 and len(set(run.token_spans)) < READ_OUT_GROUPS:
                continue
            date = _WRITTEN_DATE.match(text, run.start)
            if date and _a_day_and_month(date.group()) and len(run.digits) - sum(c.isdigit() for c in date.group()) < 7:
                continue  # "30.11.26, 1130": a date written whole, then a time (too few digits left for a number)
            entity = NHS_NUMBER if len(run.digits) == 10 and run.digits[0] != "0" else PHONE
            results.append(make_result(self, entity, _with_plus(text, run.start), run.end, 0.45, "a long run of digits"))
        for start, end, digits in _grouped_numbers(_dollars_as_digits(text)):
            entity = NHS_NUMBER if len(digits) == 10 and digits[0] != "0" else PHONE
            results.append(make_result(self, entity, _with_plus(text, start), end, 0.45, "digits read out in groups"))
        results += self._emails_by_shape(text, nlp_artifacts)
        for m in SAID_POSTCODE.finditer(text):
            results.append(make_result(self, POSTCODE, m.start(), m.end(), 0.5, "a postcode read out"))
        for m in _OUTWARD_CODE.finditer(text):
            toks = self._tokens(text, m.start(), 80)
            span = self._run(text, toks, 0, POSTCODE)
            if span and _WHOLE_POSTCODE_SAID.fullmatch(_said([t for t in toks if t.start() < span[1]], POSTCODE).upper()):
                results.append(make_result(self, POSTCODE, span[0], span[1], 0.5, "an outward code and what follows it"))
            elif len(toks) > 1 and re.fullmatch(r"[A-Z]{3,4}|\d[A-Z]", toks[1].group()) and re.fullmatch(
                    r",?\s", text[toks[0].end():toks[1].start()]):
                # "IP3, ATB", "NE65, ATUD": too few digits for a value, the whole said, its sector digit heard as a
                # letter or two ("eight" as "A" or "AT"); or its sector digit and one letter, the other lost ("DL14, 7J")
                results.append(make_result(self, POSTCODE, toks[0].start(), toks[1].end(), 0.5,
                                           "an outward code and an inward code heard as capitals"))
        for start, end in self._ni_digits_and_suffix(text):
            results.append(make_result(self, NI_NUMBER, start, end, 0.5, "an NI number's digits in pairs and its suffix"))
        for start, end in _spelt_inward_codes(text):
            results.append(make_result(self, POSTCODE, start, end, 0.5, "an inward code, its letters spelt"))
        for start, end in _written_inward_codes(text):
            results.append(make_result(self, POSTCODE, start, end, 0.5, "an inward code written whole after its district"))
        for m in list(SAID_NI_NUMBER.finditer(text)) + list(SAID_NI_PAIRS.finditer(text)):
            results.append(make_result(self, NI_NUMBER, m.start(), m.end(), 0.5, "an NI number read out"))
        return results

    @staticmethod
    def _tokens(text: str, start: int, limit: int = 160) -> list[re.Match]:
        """Tokens from ``start`` on (a value may run on past a recogniser's full stop; the gap may not)."""
        return list(_TOKEN.finditer(text, start, min(len(text), start + limit)))

    def _value_after(self, text: str, pos: int, entity: str) -> tuple[int, int] | None:
        toks = self._tokens(text, pos)
        i = 0
        while (i < len(toks) and i < MAX_GAP and _filler(toks[i].group()) and not _kind(toks[i].group(), entity) == "strong"
               and not (entity == POSTCODE and toks[i].group().lower() == "in")):  # "Post Code in a 3040 E": "in a" is N E
            i += 1
        if i >= len(toks) or _BREAK.search(text, pos, toks[i].start()):
            return None
        if entity == POSTCODE and _kind(toks[i].group(), entity) != "strong":
            far = next((k for k in range(i, min(len(toks), i + MAX_GAP))
                        if (_OUTWARD.fullmatch(toks[k].group()) or _OUTWARD_START.match(toks[k].group())
                            or _OUTWARD_LOWER.fullmatch(toks[k].group()))
                        and not _BREAK.search(text, pos, toks[k].start())), None)
            if far is not None and far > i + 1:
                span = self._run(text, toks, far, entity)
                if span:
                    return span
        if entity == POSTCODE:
            # "Post Code in a 3040 E": up to two short words a recogniser made of the outward letters
            k = i
            while k < min(i + 2, len(toks) - 1) and _kind(toks[k].group(), entity) != "strong" and len(toks[k].group()) <= 4:
                k += 1
            if k > i and _digit_count(toks[k].group(), _kind(toks[k].group(), entity)):
                span = self._run(text, toks, k, entity)
                return (toks[i].start(), span[1]) if span else None
        if entity == EMAIL:
            return self._email(text, toks, i)
        first = toks[i].group()
        misheard_start = (
            first.lower() in _MISHEARD_DIGITS and i + 1 < len(toks) and _kind(toks[i + 1].group(), entity) != ""
        )  # "free slash 11 slash 2017"
        if self._kind_at(toks[i], entity) not in ("strong", "unsure") and not misheard_start:
            return self._value_further_on(text, toks, i, entity)
        return self._run(text, toks, i, entity)

    def _cue_window(self, text: str, pos: int, entity: str) -> tuple[int, int] | None:
        """After an identifier's cue, the stretch of words that can be its value however the recogniser wrote
        them (CUE_WINDOW), from its first value word to its last value word: every word in it a value word
        (:func:`_kind`), a letter spelt by a word, a word of four letters or fewer, or a word that is no
        English word (a recogniser's garble); it ends at an English word of five letters or more, a subject
        pronoun before such a word or a short English word ("he was", "and she"), another cue, or
        CUE_WINDOW_WORDS words. It is the value when it holds the digits the identifier needs (MIN_DIGITS)."""
        if entity in (EMAIL, DATE_OF_BIRTH):
            return None  # an address and a date have readings of their own, by shape
        toks = self._tokens(text, pos)
        i = 0
        while i < len(toks) and i < MAX_GAP and _filler(toks[i].group()) and _kind(toks[i].group(), entity) != "strong":
            i += 1
        if i >= len(toks) or _BREAK.search(text, pos, toks[i].start()):
            return None  # the cue's sentence ended before any value
        first = last = None
        digits = gap = 0
        stops = 0
        for j in range(i, min(len(toks), i + CUE_WINDOW_WORDS)):
            tok = toks[j].group()
            low = tok.lower().strip("'’")
            if j > i and _a_cue_at(text, toks[j].start()):
                break
            if j > i and re.search(r"[.!?;:]\s", text[toks[j - 1].end():toks[j].start()]):
                # a recogniser's full stop inside a value still short of its digits, a value word within the
                # words a value may hold after it ("H. Allen Hare, Forfar, 19, 6 to 6"): once only
                stops += 1
                if stops > 1 or digits >= MIN_DIGITS[entity] or not self._value_word_ahead(text, toks, j, entity):
                    break
            nxt = toks[j + 1].group() if j + 1 < len(toks) else ""
            if low in _SUBJECT_PRONOUNS and nxt.lower() in self.english and not _digit_count(nxt, _kind(nxt, entity)):
                break  # "I will see", "he was": a clause of its own
            kind = self._kind_at(toks[j], entity)
            zero = low in ("oh", "o", "nought", "zero") and entity != POSTCODE  # a zero said, a digit of the value
            if zero or (kind == "strong" and not (low in MONTHS and not _spelt_at(toks[j]))):  # "Mum may": no month
                if digits >= MIN_DIGITS[entity] and gap > CUE_WINDOW_GAP:
                    break  # words with no part in it after a value with its digits: the next identifier's
                first = j if first is None else first
                last, gap = j, 0
                spelt = _spelt_at(toks[j]) or any(h.spelt for h in _heard_in(toks[j]))
                # a token that joins digits to a spelt letter ("7-Alpha") counts its digits, not the spelling
                digits += sum(ch.isdigit() for h in _heard_in(toks[j]) if not h.spelt for ch in h.chars) if spelt \
                    else (2 if j > 0 and toks[j - 1].group().lower() in REPEAT_WORDS else 1) if zero else _digit_count(tok, kind)
                if entity == NI_NUMBER and digits >= MAX_DIGITS[NI_NUMBER] and re.fullmatch(r"[A-Da-d]", nxt):
                    last = j + 1  # the suffix letter
                if digits >= MAX_DIGITS.get(entity, 99) or (
                        entity == POSTCODE and re.search(r"\d[A-Za-z]{2}", _said(toks[first:j + 1], POSTCODE, ordinals_as_digits=True))):
                    break  # all its digits, or a postcode's inward code ("4RT", "5-N-L")
                continue
            if low == "plus" and digits >= MIN_DIGITS[entity]:
                break  # "plus 44": the next number starts
            if kind:
                spells = _spelt_at(toks[j]) or (j + 1 < len(toks) and _spelt_at(toks[j + 1]))  # "for Alpha"
                if first is not None and low in _MISHEARD_DIGITS and not spells:
                    digits += 1  # "North" for nought: a digit of it, never its end ("for" in "B for Papa" spells)
                continue  # "dot", "slash", "double", a misheard digit: inside a value, never its end
            if self._ends_window(toks[j], entity, digits):
                break  # an English word of five letters or more: the note goes on
            gap += 1
        if first is None or digits < MIN_DIGITS[entity]:
            return None
        # (not where the value starts with its own two letters: "for June Sykes: JZ 20 85 09 B", "tk582845 b")
        own_letters = entity == NI_NUMBER and re.match(r"[A-Za-z][.\-\s]?[A-Za-z](?:[.\-\s]?\d|$)", toks[first].group())
        if first > i and not own_letters and self._letters_heard_as_words(toks[i:first], entity):
            first = i  # the value's first letters, heard as words ("Jason John, H. ...", "Limadilter 3, 7-Alpha")
        end = max([toks[last].end()] + [h.end for h in _heard_in(toks[last]) if h.spelt] + _spelt_end(toks[last]))
        if entity == POSTCODE and last + 1 < len(toks) and re.search(r"\d[A-Za-z]$", _said(toks[first:last + 1], POSTCODE, ordinals_as_digits=True)) and self._garble(toks[last + 1]) \
                and re.fullmatch(r"[\s,\-]*", text[end:toks[last + 1].start()]):
            end = toks[last + 1].end()  # its last letter's spelling, garbled ("7-Alpha Roteel"): no English word
        return toks[first].start(), end

    def _value_word_ahead(self, text: str, toks: list[re.Match], j: int, entity: str) -> bool:
        """From token ``j`` on, a value word comes before anything that would end a cue window (an English word
        of five letters or more, another break or cue) within CUE_WINDOW_WORDS."""
        for k in range(j, min(len(toks), j + CUE_WINDOW_WORDS)):
            if k > j and (_a_cue_at(text, toks[k].start()) or _BREAK.search(text, toks[k - 1].end(), toks[k].start())):
                return False
            if self._kind_at(toks[k], entity) == "strong":
                return True
            if self._ends_window(toks[k], entity, 0):
                return False
        return False

    def _ends_window(self, tok: re.Match, entity: str, digits: int) -> bool:
        """An English word of five letters or more ends a cue window; before an NI number's digits, a capitalised
        one may be its letters spelt with words, heard as other words ("Jason John" for "J as in John")."""
        word = tok.group()
        low = word.lower().strip("'’")
        if not (len(low) > 4 and all(p in self.english for p in re.split(r"[-'’]", low) if p)):
            return False
        return not (entity == NI_NUMBER and not digits and word[:1].isupper())

    def _garble(self, tok: re.Match, english_too: bool = False) -> bool:
        """A capitalised word of three letters or more that is no English word (or, ``english_too``, any): what a
        recogniser wrote for sounds it did not know (a letter's spelling, a letter name run into the next)."""
        word = tok.group()
        parts = [p for p in re.split(r"[-'’]", word.lower()) if p]
        return (word[:1].isupper() and word.isalpha() and len(word) >= 3
                and (english_too or not all(p in self.english for p in parts))
                and not _a_cue_at(tok.string, tok.start()))

    def _letters_heard_as_words(self, toks: list[re.Match], entity: str) -> bool:
        """Words between a postcode's or an NI number's cue and its first value word that are its letters heard as
        words: capitalised, at most one for a postcode's area letters (no English word), four for an NI number's
        two letters spelt with words ("Jason John" for "J as in John": names and words too)."""
        most = {POSTCODE: 1, NI_NUMBER: 4}.get(entity, 0)
        return 0 < len(toks) <= most and all(self._garble(t, entity == NI_NUMBER) or _spelt_at(t) for t in toks)

    def _to_suffix_letter(self, text: str, pos: int) -> tuple[int, int] | None:
        """After an NI number's cue, the words up to its suffix letter: a lone capital A-D after digits read out
        (SUFFIX_MIN_DIGITS of them at least, with at most CUE_WINDOW_GAP other words among them), its prefix
        letters before the digits heard as any words (at most MAX_NI_LEAD_WORDS: "as in" spellings heard as
        "Waizin Yellow, Bayonin Bertie"), and one full stop among those letters ("the Amin Peter. Arran in Robert,
        41, 77, 2, O, B"). The suffix letter is what says the value ends there, whatever the words before it are;
        another cue, a second full stop or one after the digits have begun, or words that are no value after
        them end the search with nothing."""
        toks = self._tokens(text, pos, 240)
        i = 0
        while i < len(toks) and i < MAX_GAP and _filler(toks[i].group()) and _kind(toks[i].group(), NI_NUMBER) != "strong":
            i += 1
        if i >= len(toks) or _BREAK.search(text, pos, toks[i].start()):
            return None
        if i >= 2 and toks[i - 1].group().lower() in ("for", "in") and not _BREAK.search(text, toks[i - 2].start(), toks[i].start()):
            i -= 2  # the first letter's spelling, its letter heard as a filler word ("is this for sugar": S for sugar)
        breaks = digits = gap = 0
        lead = 0
        first_digit = None
        for j in range(i, min(len(toks), i + MAX_NI_LEAD_WORDS + SUFFIX_MAX_VALUE_WORDS)):
            tok = toks[j].group()
            if j > i:
                if _a_cue_at(text, toks[j].start()):
                    return None
                # a dot after an initial or a short capitalised word among the letters is no sentence's end
                # ("J.S. in Jam, K.S. Inc. 444"): it is the recogniser's way of writing letters
                initial = not digits and re.fullmatch(r"[A-Z][A-Za-z]{0,2}", toks[j - 1].group())
                if _BREAK.search(text, toks[j - 1].end(), toks[j].start()) and not initial:
                    breaks += 1
                    if breaks > 1 or digits:
                        return None
            count = _digit_count(tok, _kind(tok, NI_NUMBER)) if not _spelt_at(toks[j]) else 0
            if not digits and not re.search(r"\d", tok) and tok.lower() not in DIGIT_WORDS:
                count = 0  # among the letters, "for" links a spelling ("this for sugar"): no digit yet
            if digits >= SUFFIX_MIN_DIGITS and re.fullmatch(r"[A-D]", tok):
                return self._prefix_start(toks, i, first_digit), toks[j].end()
            glued = re.fullmatch(r"(?:\d+[-.]?)+[-.]?([A-D])", tok)  # the suffix run on to the last digits: "97-D"
            if glued and digits + count >= SUFFIX_MIN_DIGITS:
                return self._prefix_start(toks, i, j if first_digit is None else first_digit), toks[j].end()
            if count:
                first_digit = j if first_digit is None else first_digit
                digits += count
                gap = 0
                if digits > MAX_DIGITS[NI_NUMBER]:
                    return None
            elif digits:
                if _kind(tok, NI_NUMBER) != "strong":  # "O", a letter among the digits, is no gap
                    gap += 1
                    if gap > CUE_WINDOW_GAP:
                        return None
            else:
                lead += 1
                if lead > MAX_NI_LEAD_WORDS:
                    return None
        return None

    def _ni_digits_and_suffix(self, text: str) -> list[tuple[int, int]]:
        """An NI number with no cue left, by its shape: its six digits said in three pairs ("2.4, 6.0, 0.9", "24 60
        09") and its suffix letter A-D, and before them its prefix letters however heard: up to
        MAX_NI_PREFIX_WORDS capitalised words or capitals (letters spelt with words: "Keton King, LN Lemon."),
        one full stop at most between them and the digits."""
        out = []
        for m in _NI_PAIRS_SUFFIX.finditer(text):
            start = m.start()
            toks = [t for t in _TOKEN.finditer(text, max(0, m.start() - 80), m.start())]
            taken = letters = 0
            for k in range(len(toks) - 1, -1, -1):
                word = toks[k].group()
                between = text[toks[k].end():start]
                lettered = _spelt_at(toks[k]) or (word.isupper() and len(word) <= 2)
                if taken >= MAX_NI_PREFIX_WORDS or not (word[:1].isupper() and word.isalpha()) or _a_cue_at(text, toks[k].start()) \
                        or (letters >= 2 and not lettered):
                    break  # ... or its two letters heard as letters already ("Tango Charlie"): the word before is the note's
                letters += len(word) if lettered and not _spelt_at(toks[k]) else 1 if lettered and (
                    k == len(toks) - 1 or _spelt_end(toks[k]) != _spelt_end(toks[k + 1])) else 0
                if _BREAK.search(between) and (start != m.start() or re.search(r"[.!?;:]\s.*[.!?;:]\s", text[toks[k].end():m.start()])):
                    break  # one full stop, between the letters and the digits only
                start, taken = toks[k].start(), taken + 1
            out.append((start, m.end("suffix")))
        return out

    def _prefix_start(self, toks: list[re.Match], i: int, d: int) -> int:
        """Where an NI number found by its suffix letter starts: at its prefix letters where they were heard as
        letters just before its digits ("has come through, it's QQ 62 19 84 C", "J for Juliet, T, 4-6 ...") or
        run into them ("JT40-2167"), else at the first word after the cue (the letters heard as other words), but
        after the last word of the sentence's own there: an English word of five letters or more in lower case
        that spells nothing ("She radiates off a letter, ...", "finally came through T-Y-45"; "for sugar" spells)."""
        if re.match(r"[A-Z][-.]?[A-Z](?![a-z])", toks[d].group()):
            return toks[d].start()
        for k in range(d - 1, i - 1, -1):
            word = toks[k].group()
            if (word.islower() and len(word) > 4 and word in self.english
                    and not (k > 0 and toks[k - 1].group().lower() in ("for", "in", "as"))):
                i = k + 1
                break
        k, letters = d, ""
        while k > i:
            tok = toks[k - 1]
            word = tok.group()
            spelt = _spelt_at(tok)
            if not (spelt or (word.isalpha() and word.isupper() and len(word) <= 2)
                    or (k < d and word.lower() in ("for", "as", "in") and _spelt_at(toks[k]))):
                break
            if spelt and k - 1 > i and _spelt_at(toks[k - 2]) and _spelt_end(toks[k - 2]) == _spelt_end(tok):
                k -= 1  # a word inside the spelling ("Kilo" of "K for Kilo")
                continue
            letters += "".join(h.chars for h in _heard_in(tok)) if spelt else word
            k -= 1
        return toks[k].start() if len(letters) >= 2 else toks[i].start()

    def _value_further_on(self, text: str, toks: list[re.Match], i: int, entity: str) -> tuple[int, int] | None:
        """A value whose first words the recogniser turned into other words (MAX_GAP_WORDS of them: "as Yara
        Kilo, 21, 48, 30, B"); after an NI number's cue, digits up to MAX_NI_LEAD_WORDS words on in the
        sentence ("as Jason Duret, he was an echo, five-five, one-two, seven-nine, D"), never past another
        identifier's cue. An NI number is taken from the first word after the cue (its letters, misheard);
        a phone or NHS number from its first value word."""
        reach = MAX_NI_LEAD_WORDS if entity == NI_NUMBER else MAX_GAP_WORDS.get(entity, 0)
        for k in range(i + 1, min(len(toks), i + 1 + reach)):
            if _BREAK.search(text, toks[i].start(), toks[k].start()) or _a_cue_at(text, toks[k].start()):
                return None
            if self._kind_at(toks[k], entity) != "strong":
                continue
            span = self._run(text, toks, k, entity)
            if span is None:
                continue
            if k - i > MAX_GAP_WORDS[entity]:
                said = sum(_digit_count(t.group(), "strong") for t in toks[k:] if t.start() < span[1])
                if said < MIN_FAR_NI_DIGITS:
                    continue
            # an NI number's letters heard as words: from the first word after the cue, unless the value
            # starts with its letters ("has come through, it's QQ 62 19 84 C")
            # or with a letter spelt by a word ("he spelt it out, J4 Jack, T4 Tommy, ...")
            lettered = toks[k].group()[:2].isupper() and not _spelt_at(toks[k]) or (_spelt_at(toks[k]) and k - i > MAX_GAP_WORDS[entity])
            return (toks[i].start() if entity == NI_NUMBER and not lettered else span[0]), span[1]
        return None

    def _gap_word(self, text: str, toks: list[re.Match], j: int, entity: str, digits: int, gap_run: int,
                  begun: bool = False) -> bool:
        """Token ``j``, no part of a value, stands inside one still short of its digits (MAX_GAP_WORDS); an NI
        number's may stand among its letters ("Whiskey Keylobe, 7-3-02")."""
        allowed = MAX_GAP_WORDS.get(entity, 0) - gap_run
        started = digits or (begun and entity == NI_NUMBER)
        if (allowed <= 0 or not started or digits >= MAX_DIGITS[entity] or "-" in toks[j].group()
                or _a_cue_at(text, toks[j].start())):
            return False  # one word, not a stretch the recogniser hyphenated ("She's-weep-munk-seton-medical-center")
        before = toks[j - 1].group()
        if not gap_run and self._kind_at(toks[j - 1], entity) != "strong" and before.lower() not in _MISHEARD_DIGITS:
            return False  # right after a digit ("six two nine, the old one": no number goes on past "the")
        for k in range(j + 1, min(len(toks), j + 1 + allowed)):
            if _BREAK.search(text, toks[j].end(), toks[k].start()):
                return False
            if self._kind_at(toks[k], entity) == "strong":
                return not _a_cue_at(text, toks[k].start())  # "Post-code-in-826" is the next identifier
        return False

    def _value_goes_on(self, text: str, toks: list[re.Match], j: int, entity: str) -> bool:
        """After a recogniser's full stop inside a value still short of its digits, a value word comes within
        the words a value may hold (MAX_GAP_WORDS) and before another break or cue ("N in November W. In
        Whiskey, 3-7-1-1-9-2-B": the stop fell among the letters)."""
        for k in range(j, min(len(toks), j + 1 + MAX_GAP_WORDS.get(entity, 0))):
            if k > j and _BREAK.search(text, toks[j].end(), toks[k].start()) or _a_cue_at(text, toks[k].start()):
                return False
            if self._kind_at(toks[k], entity) == "strong":
                return True
        return False

    def _kind_at(self, tok: re.Match, entity: str) -> str:
        """:func:`_kind`, or 'unsure' for a word that is no part of a value but that the recogniser was
        unsure of (only in the per-note instance given ``unsure`` spans)."""
        kind = _kind(tok.group(), entity)
        if kind != "strong" and entity in (POSTCODE, NI_NUMBER) and _spelt_at(tok):
            return "strong"  # "key for golf", "Kilo": a letter spelt by a word
        return "unsure" if not kind and self._heard_unsurely(tok) else kind

    def _heard_unsurely(self, tok: re.Match) -> bool:
        return any(a < tok.end() and tok.start() < b for a, b in self.unsure)

    def _run(self, text: str, toks: list[re.Match], i: int, entity: str) -> tuple[int, int] | None:
        """The value starting at token ``i``: value tokens joined by spaces, commas, hyphens or slashes.
        Unsure words (up to MAX_UNSURE_RUN in a row) may start it and stand inside it, and one may end it
        right after its last value token; a value with a word heard unsurely is taken with fewer digits
        than MIN_DIGITS (the recogniser lost some), but never without a value token at all."""
        j, last_strong, unsure_run, digits, gap_run = i, None, 0, 0, 0
        while j < len(toks) and j - i < MAX_VALUE_TOKENS:
            joiner = text[toks[j - 1].end():toks[j].start()] if j > i else ""
            if j > i and not re.fullmatch(r"[\s,\-/()&]*|\.", joiner):  # "S.R.6": a dot inside a word joins; "H&O Tale"
                # a recogniser's full stop inside a number ("77700. Nine-double-o ...")
                incomplete = digits < MAX_DIGITS.get(entity, 0)
                # letters written as initials, each with its dot ("T.S. 14, 7, B"): the last one's dot is no full stop
                initials = (re.fullmatch(r"\.\s", joiner) and j - 1 > i and re.fullmatch(r"[A-Z]", toks[j - 1].group())
                            and text[toks[j - 2].end():toks[j - 1].start()] == "." and _kind(toks[j].group(), entity) == "strong")
                if not initials and not (incomplete and re.fullmatch(r"\.\s", joiner) and (
                        _digit_count(toks[j].group(), _kind(toks[j].group(), entity))
                        or self._value_goes_on(text, toks, j, entity))):
                    break
            if entity in _NO_CALENDAR_WORDS and toks[j].group().lower().rstrip(".") in _CALENDAR_WORDS:
                break  # a phone, NHS or NI number holds no month's or day's name: "by phone, Tuesday 1 December, ..."
            if entity == DATE_OF_BIRTH and j > i and _AGE_UNIT_AFTER.match(text, toks[j].end()):
                break  # "born 14 July, 4 months": a number before a unit of age is the age, no part of the date
            kind = self._kind_at(toks[j], entity)
            if not kind:
                if self._gap_word(text, toks, j, entity, digits, gap_run, last_strong is not None):
                    gap_run += 1
                    j += 1
                    continue
                break
            tok = toks[j].group()
            if kind == "unsure":
                unsure_run += 1
                if unsure_run > MAX_UNSURE_RUN or _a_cue_at(text, toks[j].start()):
                    break  # "Post code in a 3040 E-Mams Mobile ...": another identifier's cue starts here
            elif kind == "strong":
                unsure_run = gap_run = 0
                last_strong = j
            digits += _digit_count(tok, kind)
            j += 1
            if entity == DATE_OF_BIRTH and kind == "strong" and _WRITTEN_DATE.fullmatch(text, toks[i].start(), toks[j - 1].end()):
                break  # a date written whole ends there: "dob 02.09.14, 12" (an age after it)
            if (entity == DATE_OF_BIRTH and re.fullmatch(r"\d{4}", tok)
                    and any(t.group().lower() in MONTHS for t in toks[i:j - 1])):
                break  # a month's name, then the year in four digits: the date is whole ("born 21 November 2026 at
                # thirty four weeks": what comes after is the pregnancy's length, or a time, never the date)
            if digits >= MAX_DIGITS.get(entity, 99):
                if entity == NI_NUMBER and j < len(toks) and re.fullmatch(r"[A-Da-d]", toks[j].group()):
                    last_strong = j  # the suffix letter
                break
            if entity == POSTCODE:
                if re.search(r"\d[A-Za-z]{2}", _said(toks[i:j], POSTCODE, ordinals_as_digits=True)):
                    break  # the inward code ("3PQ", "3 P Q", "2-D-F", "5-N-L-Handphone") ends a postcode
        if last_strong is None:
            return None
        end = last_strong + 1 if (
            last_strong + 1 < j and self._kind_at(toks[last_strong + 1], entity) == "unsure"
            and not _filler(toks[last_strong + 1].group())
        ) else last_strong
        doubted = any(self._heard_unsurely(t) for t in toks[i:end + 1])
        inward = entity == POSTCODE and re.search(r"[A-Za-z]\w*\d[A-Za-z]{2}$", _said(toks[i:end + 1], POSTCODE))  # "DHI-7QT": a whole postcode, digits misheard
        if digits < MIN_DIGITS[entity] and not doubted and not inward:
            return None
        value = text[toks[i].start():toks[end].end()]
        one_number = sum(_kind(t.group(), entity) == "strong" for t in toks[i:end + 1]) < 2
        if entity == DATE_OF_BIRTH and not doubted and one_number and not re.search(r"\d{3,}|\d[/.\-]\d", value):
            return None  # "from birth, 3 times a day": one number alone is no date
        # a value ends on a value token, or one unsure word after it, or the word that spells its last letter
        stop = max([toks[end].end()] + [h.end for h in _heard_in(toks[end]) if h.spelt] + _spelt_end(toks[end]))
        if entity == POSTCODE:
            stop = _last_letter_spelt(text, toks, i, end, stop)
        # a value that starts inside a letter spelt by a word starts with it: the letter and its "for" or "as in" are
        # the value's, though the filler reading passed over them ("is for Sugar, C4 Charlie, ..."); only a value that
        # holds letters (an NI number, a postcode): a date, a phone or an NHS number spells none ("is 4 November
        # 2013" is a day and a month)
        k = bisect_right(heard_starts(text), toks[i].start()) - 1
        h = heard_tokens(text)[k] if k >= 0 and entity in (NI_NUMBER, POSTCODE) else None
        first = h.start if h is not None and h.spelt and h.start < toks[i].start() < h.end else toks[i].start()
        return first, stop

    def _emails_by_shape(self, text: str, nlp_artifacts=None) -> list[RecognizerResult]:
        """A spoken address with no cue ("a copy to Dawn Feather at beatinternet.com"): an "at" within the
        last three words before a domain ending, and the words before it as :meth:`_email` takes them, up to a
        stop word; the domain read out ("dot co dot uk") or one of the words capitalised or a number, as a name
        or a number said in an address is ("she shops at Amazon.com" is no address)."""
        results = []
        for end in _EMAIL_END.finditer(text):
            toks = self._tokens(text, max(0, end.start() - 120), min(120, end.start()))
            toks = [t for t in toks if t.end() <= end.start()]
            ats = [k for k in range(max(0, len(toks) - 3), len(toks)) if toks[k].group().lower() in ("at", "@")]
            joined = self._glued_at(text, toks, end)
            if joined is not None:
                ats = [joined]
            if not ats or ats[-1] == 0:
                continue
            first = ats[-1]
            while first > 0 and ats[-1] - first < MAX_LOCAL_WORDS:
                before = toks[first - 1]
                word = before.group()
                stop = word.lower() in STOP_WORDS and _kind(word, EMAIL) != "strong"  # "two" is a stop word too
                if _filler(word) or stop or _EMAIL_CUE.fullmatch(word) or (re.search(
                        r"[,;:!?]|\.\s", text[before.end():toks[first].start()]) and not _joined_across(toks, first)):
                    break  # a dot with no space is the address's own ("kirsteen.linklater at ...")
                first -= 1
            first = min(first, self._first_joined(text, toks, ats[-1]))
            # an organisation's mail domain (the NHS's, a council's, a school's, a police force's) is only an
            # address's: where it is given as an address is, after "is"/"was" or the cue, the words said between are
            # the address's name part whatever they were heard as ("p dot nair four at nhs dot net" heard "... email
            # is be not therefore at NHS.net")
            given = self._given_back_to(text, toks, ats[-1]) if _MAIL_DOMAIN.match(text, toks[ats[-1]].end()) else None
            if given is not None:
                first = given
            local = [t.group() for t in toks[first:ats[-1]]]
            said = end.group().lower().startswith("dot")  # "... at hotmail dot co dot uk": read out as an address
            if local and (said or given is not None or any(w[:1].isupper() or _digit_count(w, _kind(w, EMAIL)) for w in local)):
                results.append(make_result(self, EMAIL, toks[first].start(), end.end(), 0.5, "an address read out"))
        return results

    @staticmethod
    def _glued_at(text: str, toks: list[re.Match], end: re.Match) -> int | None:
        """The index of the word the recogniser wrote the address's "at" into, glued to the domain's first word
        ("... underscore, and titoo, atyahoo.co.uk"), where a joiner said before it shows an address is being
        read out; None where there is none."""
        if not toks or toks[-1].end() != end.start() or not re.fullmatch(r"(?i)at[a-z][a-z0-9\-]*", toks[-1].group()):
            return None
        before = toks[max(0, len(toks) - 1 - MAX_LOCAL_WORDS):-1]
        return len(toks) - 1 if any(t.group().lower() in _SAID_JOINERS for t in before) else None

    @staticmethod
    def _first_joined(text: str, toks: list[re.Match], at: int) -> int:
        """The first word of an address's name part read out with joiners: the word before the earliest joiner
        said within MAX_LOCAL_WORDS words before the "at", in the same sentence ("Jodie, underscore, wall,
        underscore, and titoo, at ..."); the joiners are said only inside an address (``_joined_across``), so
        every word from there to the "at" is the address's, whatever the recogniser heard them as. ``at``
        where no joiner was said."""
        first = at
        for k in range(at - 1, max(0, at - MAX_LOCAL_WORDS) - 1, -1):
            if _BREAK.search(text, toks[k].end(), toks[k + 1].start() + 1):
                break
            if toks[k].group().lower() in _SAID_JOINERS and k > 0 and not _BREAK.search(text, toks[k - 1].end(), toks[k].start() + 1):
                first = k - 1
        return first

    @staticmethod
    def _given_back_to(text: str, toks: list[re.Match], at: int) -> int | None:
        """The first word after "is"/"was" or an email cue within MAX_LOCAL_WORDS before ``toks[at]`` (the "at"),
        with no punctuation between, or None."""
        for k in range(at - 1, max(-1, at - MAX_LOCAL_WORDS - 1), -1):
            if k < at - 1 and re.search(r"[,;:!?]|\.\s", text[toks[k].end():toks[k + 1].start()]):
                return None
            word = toks[k].group()
            if word.lower() in _COPULA or _EMAIL_CUE.fullmatch(word):
                return k + 1 if k + 1 < at else None
        return None

    @staticmethod
    def _email(text: str, toks: list[re.Match], i: int) -> tuple[int, int] | None:
        """From the first word after the cue to the end of the domain ("... dot co dot uk"), within
        one sentence; after the cue the "at" may be lost ("Kerry Charlton-8-4-R-T-Mail.com")."""
        start = toks[i].start()
        window_end = toks[min(len(toks), i + 14) - 1].end()
        brk = _BREAK.search(text, start, window_end)
        end = _EMAIL_END.search(text, start, brk.start() + 1 if brk else window_end)
        dotted = _DOTTED_LOCAL.search(text, start, brk.start() + 1 if brk else window_end)
        if not end and not dotted:
            dotted = _DOTTED_LOCAL_CUED.match(text, start)  # the first word after the cue, capitalised
        if not end:
            if not dotted:
                return None
            # its name said with "underscore", "dot" or "dash" from the cue on ("Tegwen underscore Prydderch,
            # addo.co.co": the domain garbled, the words before it the address's own)
            before = [t for t in toks[i:] if t.end() <= dotted.start()]
            if 0 < len(before) <= MAX_LOCAL_WORDS and any(t.group().lower() in _SAID_JOINERS for t in before):
                return toks[i].start(), dotted.end()
            return dotted.start(), dotted.end()
        # the address starts at most MAX_LOCAL_WORDS words before its "at" (or, where the recogniser
        # lost the "at", before the word the domain ends in), after any comma or filler word
        # ("email for the minutes, and she gave me rheanne dot g 89 at ..." is "rheanne dot g 89 at ...")
        inside = [t for t in toks[i:] if t.start() < end.end()]
        ats = [k for k, t in enumerate(inside) if t.group().lower() in ("at", "@") or "@" in t.group()]
        k = ats[-1] - 1 if ats and ats[-1] > 0 else next(
            (k for k, t in enumerate(inside) if t.end() >= end.start()), len(inside) - 1)
        first = k
        while first > 0 and k - first < MAX_LOCAL_WORDS - 1:
            before = inside[first - 1]
            if _filler(before.group()) or ("," in text[before.end():inside[first].start()] and not _joined_across(inside, first)):
                break
            first -= 1
        # "email for the notes, ailsa.lambton, dad Otis Gillender.com": the dotted name part is the address's
        # own, wherever the recogniser's commas left the rest
        return min(inside[first].start(), dotted.start() if dotted else len(text)), end.end()

    def _address_tail(self, text: str, pos: int, outward_only: bool = False) -> tuple[int, int] | None:
        """After "14 Elm Terrace": skip ", Town," (capitalised words), then a postcode-like run."""
        sep = "[,.]" if outward_only else ","  # a full stop ends an address unless an outward code follows
        # a town's name of one word or several, hyphenated or not ("Chester-le-Street", "Newcastle upon Tyne")
        m = re.compile(rf"(?:{sep}?\s(?:[A-Z][a-z'’]+(?:[\s\-](?:le|upon|on|in|by|under)[\s\-][A-Z][a-z]+)?)){{0,3}}{sep}?\s").match(text, pos)
        if not m:
            return None
        if _DATE_WORD.search(text, pos, m.end()) or _ORDINAL_DAY.match(text, m.end()) or TIMES_OF_DAY.match(text, m.end()):
            return None  # "6 Brightman Road, Felling, Monday 23rd November" or ", 3.30pm": the visit's date or time
        toks = self._tokens(text, m.end(), 80)
        if not toks:
            return None
        return self._shaped_tail(text, toks, outward_only) or self._unsure_tail(text, toks)

    def _unsure_tail(self, text: str, toks: list[re.Match]) -> tuple[int, int] | None:
        """Where the recogniser was unsure of the word after a street, whatever it wrote from there is the
        postcode if it holds a digit ("Seaburn Court, S.R.6, A.B" with "S" and "A" unsure)."""
        if not self._heard_unsurely(toks[0]) or toks[0].group().lower() in _NOT_A_TAIL_START:
            return None
        span = self._run(text, toks, 0, POSTCODE)
        strong = [t.group() for t in toks if span and t.start() < span[1] and _kind(t.group(), POSTCODE) == "strong"]
        return span if span and sum(_digit_count(t, "strong") for t in strong) else None

    def _shaped_tail(self, text: str, toks: list[re.Match], outward_only: bool) -> tuple[int, int] | None:
        first = toks[0].group()
        if outward_only:
            if len(toks) > 1 and len(first) <= 4 and first.isalpha() and _DISTRICT_INWARD.fullmatch(toks[1].group()):
                return toks[0].start(), toks[1].end()  # "Ravensworth Terrace, and 8-1-E-B"
            if not re.fullmatch(r"[A-Z]{1,2}[-.]?\d[\dA-Z]?(?:[-.\s]?\d?[-.]?[A-Z](?:[-.]?[A-Z])?)?|[A-Z]{1,2}\d{3}|[A-Z](?:[-.]\w+)+", first) \
                    and not _INITIALS_OUTWARD.match(text, toks[0].start()):
                return None
            span = self._run(text, toks, 0, POSTCODE)
            return span
        i = 0
        # "near 8 to 10": a recogniser's word for the letters of the outward code
        if (
            _kind(first, POSTCODE) != "strong" and len(first) <= 4 and first.lower() not in _NOT_A_TAIL_START
            and len(toks) > 1 and toks[1].group()[:1].isdigit()
        ):
            i = 1
        if _kind(toks[i].group(), POSTCODE) != "strong":
            return None
        span = self._run(text, toks, i, POSTCODE)
        if not span:
            # an outward code alone after a street ("58 Thornlea Terrace, LS8, no, ..."): its district, the rest
            # lost or corrected
            return (toks[0].start(), toks[0].end()) if i == 0 and _outward_code_alone(first) else None
        return toks[0].start(), span[1]


# A recogniser joins what was read out character by character with hyphens ("DS-18-2-U", "L-14E", "I-8 R-W"): a
# token of such pieces, each one or two letters or digits (or a digit run with one letter: "14E"), one hyphen at
# least. A run of them, read out as a postcode (the shape of Royal Mail's postcodes, its area's or district's
# letter or one inward letter lost, as a recogniser loses a letter read out: "L14E" for "DL1 4NE", "DS182U" for
# "TS18 2EW"), is one, with no cue: nothing else in a note is letters, then digits, then a letter, read out so (a
# road, "the A-19", and a bus, "the X-14", end in a digit). After a street in the same sentence, an inward code
# alone (a digit, then its two letters: "I-8 R-W") is the postcode's end, its outward code heard as words.
_READ_OUT_PIECE = r"(?:[A-Za-z]{1,2}|\d{1,2}[A-Za-z]?|[A-Za-z]\d{1,2})"
_READ_OUT_TOKEN = re.compile(rf"\b{_READ_OUT_PIECE}(?:-{_READ_OUT_PIECE})+\b")
_READ_OUT_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{1,2}|[A-Z]\d{1,2}\d?[A-Z]")
_INWARD_CODE_END = re.compile(r"\d[A-Z]{2}")
MAX_WORDS_STREET_TO_INWARD = 8  # words between a street and an inward code read out that ends its postcode


def read_out_postcodes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each postcode read out letter by letter and hyphen-joined by the recogniser (the rule above
    ``_READ_OUT_PIECE``): a run of read-out tokens joined by spaces or commas, alone or after a street."""
    toks = list(_TOKEN.finditer(text))
    streets = [m.end() for m in list(NAMED_STREET.finditer(text)) + list(NUMBERED_STREET.finditer(text))]
    out, k = [], 0
    while k < len(toks):
        if not _READ_OUT_TOKEN.fullmatch(toks[k].group()):
            k += 1
            continue
        j = k + 1  # a read-out token may be followed by more ("I-8 R-W")
        while j < len(toks) and re.fullmatch(r"[\s,]*", text[toks[j - 1].end():toks[j].start()]) and (
                _READ_OUT_TOKEN.fullmatch(toks[j].group())):
            j += 1
        said = re.sub(r"[^A-Za-z0-9]", "", text[toks[k].start():toks[j - 1].end()]).upper()
        if said.isalpha() or said.isdigit():
            k = j
            continue
        if _READ_OUT_POSTCODE.fullmatch(said):
            out.append((toks[k].start(), toks[j - 1].end()))
        elif _INWARD_CODE_END.search(said) and any(
                end <= toks[k].start() and not _BREAK.search(text, end, toks[k].start())
                and len(_TOKEN.findall(text, end, toks[k].start())) <= MAX_WORDS_STREET_TO_INWARD for end in streets):
            out.append((toks[k].start(), toks[j - 1].end()))
        k = j
    return out


_SPELLING_LINK = re.compile(r"(?i)[\s,\-]*[a-z]{1,3}\s+(?:for|as\s+in|as)\s+[A-Z][a-z]+\b")


def _last_letter_spelt(text: str, toks: list[re.Match], i: int, end: int, stop: int) -> int:
    """A postcode that has its sector digit and one letter only ("O'L1, For a For Apple"), followed by a letter
    spelt with a word whose letter was heard as another short word ("Med for Nebra" for "Z for zebra"): the
    spelling is its last letter."""
    said = _said(toks[i:end + 1], POSTCODE, ordinals_as_digits=True)
    if not re.search(r"\d[A-Za-z]$", said):
        return stop
    m = _SPELLING_LINK.match(text, stop)
    return m.end() if m else stop


def _spelt_inward_codes(text: str) -> list[tuple[int, int]]:
    """A postcode's inward code with its two letters spelt by words ("31 Delta Sierra", "3 H for Hotel, H for
    Hotel"), whatever came before it: one or two digits, then two spelt letters straight after, a space between
    (a comma may follow a letter spelt with "for"). Nothing else is a digit followed by two spelling words."""
    out = []
    heard = heard_tokens(text)
    for k in range(len(heard) - 2):
        h, a, b = heard[k], heard[k + 1], heard[k + 2]
        if not (re.fullmatch(r"\d{1,2}", h.text) and a.spelt and b.spelt):
            continue
        if re.fullmatch(r"\s+", text[h.end:a.start]) and re.fullmatch(r"\s+" if " " not in a.text else r",?\s+", text[a.end:b.start]):
            out.append((h.start, b.end))
    return out


# A postcode's inward code as the recogniser wrote it, whole, after a number said just before it: the sector digit
# and the two unit letters in capitals, glued ("Archie 2, 7NF" for "R G two, seven N S"). Royal Mail never uses C,
# I, K, M, O or V in an inward code's letters (its Postcode Address File's rule), so "3PM" or "4K" is none. The number
# before it (the outward code's district, its letters heard as a word) is the postcode's.
_WRITTEN_INWARD = re.compile(r"\b\d[ABD-HJLNP-UW-Z]{2}\b")
_DISTRICT_BEFORE = re.compile(r"(?:\b\d{1,2}|\b(?:" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True)) + r"))[\s,\-]{1,3}$", re.I)


def _written_inward_codes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each inward code written whole with its district's number said just before it (the rule
    above ``_WRITTEN_INWARD``)."""
    out = []
    for m in _WRITTEN_INWARD.finditer(text):
        before = _DISTRICT_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if before:
            out.append((before.start(), m.end()))
    return out


def _a_day_and_month(written: str) -> bool:
    """A date written with "/", "." or "-" (``_WRITTEN_DATE``) starts with a day of 1-31 and a month of 1-12."""
    day, month = re.split(r"[./\-]", written)[:2]
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _grouped_numbers(text: str) -> list[tuple[int, int, str]]:
    """Digits read out in three or more groups, MIN_GROUPED_DIGITS or more in all, where a recogniser
    put a full stop or one misheard word between two groups ("416-42. 496, or 821", "Free-1-442-907"
    as one hyphenated token): (start, end, digits). A date written with hyphens ("2024-11-13") is not one."""
    out = []
    toks = list(_TOKEN.finditer(text))
    k = 0
    while k < len(toks):
        if not _is_group(toks[k].group()):
            k += 1
            continue
        groups, digits, j, last, prev_end = [toks[k]], _group_digits(toks[k].group()), k + 1, k, toks[k].end()
        while j < len(toks):
            joiner = text[prev_end:toks[j].start()]
            if _is_group(toks[j].group()) and re.fullmatch(r"[\s,\-]*|\.\s", joiner):
                groups.append(toks[j])
                digits += _group_digits(toks[j].group())
                last, prev_end = j, toks[j].end()
                j += 1
            elif ((toks[j].group().lower() in _BETWEEN_GROUPS or (  # or any one word between two groups read
                    _READ_OUT.fullmatch(toks[last].group()) and j + 1 < len(toks)  # out digit by digit ("6-0-4, Freew1,
                    and _READ_OUT.fullmatch(toks[j + 1].group()) and not toks[j].group().isalpha()))  # 8-7-2-5")
                  and prev_end == toks[last].end()
                  and j + 1 < len(toks) and _is_group(toks[j + 1].group()) and re.fullmatch(r"[\s,]*|\.\s", joiner)):
                prev_end = toks[j].end()
                j += 1
            else:
                break
        parts = sum(len(re.findall(r"\d+", g.group())) for g in groups)
        # "Free-1-442-907", or "4-2, 7-Seeks O, 3-9-1": read out digit by digit and joined by the recogniser
        one_token = (len(groups) == 1 and parts >= 3) or (len(groups) >= 3 and all("-" in g.group() for g in groups)) \
            or (len(groups) >= 2 and all(_READ_OUT.fullmatch(g.group()) for g in groups))
        years = all(re.fullmatch(r"(?:19|20)\d\d", g.group()) for g in groups)  # "2019, 2020 or 2021"
        if parts >= 3 and not years and len(digits) >= (MIN_ONE_TOKEN_DIGITS if one_token else MIN_GROUPED_DIGITS):
            out.append((groups[0].start(), groups[-1].end(), digits))
        k = last + 1
    return out


def _is_group(tok: str) -> bool:
    """Digits, perhaps hyphen-joined to digit words or misheard digits ("416-42", "Free-1-442-907"),
    never a hyphenated date."""
    if tok.isalpha():
        return False  # a plain word has no digit (most of a note's tokens: answered without the checks below)
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}", tok):
        return False
    parts = _group_parts(tok)
    read_out = sum(len(p) for p in parts if p.isdigit()) >= 3  # then a letter of a misheard digit may stand in it ("626-I-N")
    return any(p.isdigit() for p in parts) and all(
        p.isdigit() or p in DIGIT_WORDS or p in _MISHEARD_DIGITS or p in REPEAT_WORDS or (read_out and len(p) == 1)
        for p in parts)


def _dollars_as_digits(text: str) -> str:
    """``text`` with each dollar amount read as the digits it was ("$79.56, $3.14, $282" as "79-56, 3-14, 282"),
    the same length: no one dictating a British case note says dollars, so a recogniser that writes them heard a
    number read out in groups. Pounds are left as money."""
    if "$" not in text:
        return text
    return re.sub(r"\$(\d+)(?:\.(\d+))?", lambda m: " " + m.group(1) + ("-" + m.group(2) if m.group(2) else ""), text)


def _with_plus(text: str, start: int) -> int:
    """A number's start, moved back over the "plus" said before a country code ("plus 44, 71812 ...")."""
    # "Plus, 44, 74, ...", "plus-44" (a recogniser joins what was said in one breath with hyphens), and "plus four
    # four ..." with its first four heard "for" ("Plus for 47 for 21")
    m = re.search(r"(?:\bplus[,.\-]?|\+)\s?(?:(?<=\s)for[,.]?\s)?$", text[max(0, start - 12):start], re.I)
    return start - len(m.group()) if m else start


def _group_parts(tok: str) -> list[str]:
    """A group's parts: split at its hyphens and where digits meet letters, as a recogniser glues a digit word to
    the digits before it ("7O" for "seven oh", "7Seeks" for "seven six", "Free-1-442")."""
    return re.findall(r"\d+|[^\d\-]+", tok.lower())


def _group_digits(tok: str) -> str:
    return "".join(p if p.isdigit() else "d" for p in _group_parts(tok))
