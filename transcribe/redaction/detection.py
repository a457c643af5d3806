"""From Presidio's raw results to one clean, non-overlapping list of detections."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from presidio_analyzer import RecognizerResult

from ..language.dates import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, TIMES_OF_DAY
from ..language.kinship import KIN_WORDS, KIN_WORDS_ALSO_NAMES, KIN_WORDS_OTHER_LANGUAGES
from .entities import DATE_OF_BIRTH, EMAIL, INSTITUTION, NHS_NUMBER, NI_NUMBER, PERSON, PHONE, POSTCODE, PRIORITY, STREET_ADDRESS
from .spoken_numbers import DIGIT_WORDS, EDITING_TERM_WORDS, MISHEARD_DIGITS, REPEAT_WORDS
from .lexicon import NAME_LIKE_WORDS, PUBLIC_PLACE_KINDS, is_place, is_protected_word
from .text_reads import heard_starts, heard_tokens, protected_spans
from .recognizers import PERSON_INDEX_KEY
from .recognizers.person_name_recognizer import first_names, names_a_pet, nicknames_given, pet_names, world_names


@dataclass
class Detection:
    """One identifier found in the text (before anything is replaced)."""

    start: int
    end: int
    entity: str
    score: float
    source: str
    person_index: int | None = None  # index into CaseContext.named_people() when known


def _source(r: RecognizerResult) -> str:
    return (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")


def _only_protected_words(text: str) -> bool:
    words = re.findall(r"[\w'’&-]+", text)
    return bool(words) and all(is_protected_word(w) for w in words)


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# A capitalised part joined to a name by a hyphen, with no space: "Pattinson-Reed", "Lacey-Mae".
_JOINED_AFTER = re.compile(r"[-\u2010](?:[A-Z][a-z'\u2019]+)")
_JOINED_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z'\u2019]+[-\u2010]$")
# A first name's initial with its full stop straight before a surname ("J. Ellison"; not "I." or "A.", which may be a
# word or a list's letter)
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[B-HJ-Z]\.\s$")
# In a name written in lower case (uncased dictation), the joined part is in lower case too: "ava-grace".
_JOINED_AFTER_UNCASED = re.compile(r"[-\u2010][a-z'\u2019]{2,}")


def _with_joined_parts(text: str, start: int, end: int) -> tuple[int, int]:
    """A name with the hyphen-joined parts a recogniser left outside it ("Lacey-Mae Pattinson" + "-Reed") and the
    initial before it ("J. Ellison")."""
    after = _JOINED_AFTER_UNCASED if text[start:end].islower() else _JOINED_AFTER
    grown = end
    while m := after.match(text, end):
        end = m.end()
    if end > grown and text[end - 2:end] in ("'s", "’s"):
        end -= 2  # "Lily-Mae's teacher": the possessive ending is no part of the name, as after any other name
    while m := _JOINED_BEFORE.search(text, max(0, start - 40), start):
        start = m.start()
    words = text[start:end].split()
    first = words[0].lower() if words else ""
    if (m := _INITIAL_BEFORE.search(text, max(0, start - 4), start)) and first not in first_names() \
            and first not in NAME_LIKE_WORDS:
        start = m.start()  # "Mgr: J. Ellison": a first name's initial is the surname's, never before a first name
    return start, end


# After a name, in any case: the kinds of public place no sentence puts straight after a person ("Preston bus
# station", "Kirkcaldy hospital", "Meadowbank shopping centre", lower-case "victoria park"), and the two-word kinds whose first word is a
# mode of transport or a use of the place. A single "park", "pool", "shopping" or "square" after a name in lower
# case may be a verb or another phrase ("took Amy shopping") and still needs its capital.
_PUBLIC_AFTER_ANY_CASE = re.compile(
    r"[ \t]+(?:(?:bus|coach|train|railway|rail|tube|underground|tram|ferry)\s+(?:station|terminal|interchange)"
    r"|(?:shopping|retail|leisure|sports|outlet)\s+(?:centre|center|park|mall|village|precinct|arcade)"
    r"|(?:country|skate|water|theme|trampoline)\s+park|swimming\s+(?:pool|baths)"
    r"|(?:station|hospital|infirmary|hospice|airport|stadium|museum|cathedral|zoo|pier|marina|park|square|beach|library|"
    r"castle|abbey|harbour|gallery|lido|baths)"
    # a single kind only where the phrase ends there: "Kyle hospital appt Weds" is Kyle's appointment
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|at|and|or|for|with|to|by|from|after|before|where|when|last|this|"
    r"yesterday|today|tonight)\b))\b",
    re.IGNORECASE,
)


# the senior side a child or parent supports or watches, by its name's last word ("supports Leeds United", "a Hibs
# fan" is left to the lists): a professional club is public, the side one plays for is local
_SUPPORTS_BEFORE = re.compile(
    r"\b(?:supports?|supporting|supporter\sof|fan\sof|fans\sof|season\sticket\s(?:for|at)|watch(?:es|ed|ing)?)\s+(?:the\s)?$",
    re.IGNORECASE,
)
_SENIOR_SIDE_LAST = frozenset(
    "united city rovers athletic wanderers albion county town fc afc villa hotspur rangers celtic thistle hearts "
    "wednesday argyle orient vale".split()
)


def names_supported_club(text: str, start: int, end: int) -> bool:
    """A club's name after "supports", "a fan of" or "watches" whose last word names a side ("Leeds United")."""
    words = text[start:end].split()
    return (len(words) >= 2 and words[-1].lower() in _SENIOR_SIDE_LAST
            and _SUPPORTS_BEFORE.search(text, max(0, start - 30), start) is not None)


# the words public bodies name themselves with, after a place or a name: "Western Health and Social Care Trust",
# "Northumbria Healthcare NHS Foundation Trust", "NHS Highland Health Board", "Cleveland Police", "Fife Council"
_PUBLIC_BODY_AFTER = re.compile(
    r"[ \t]+(?:(?:Health\s)?and\sSocial\sCare\sTrust|(?:[A-Z][a-z]+\s)?(?:NHS\s)?(?:Foundation\s)?Trust|Health\sBoard|"
    r"(?:County\s|City\s|Borough\s|District\s)?Council|Police|Constabulary|Fire\sand\sRescue)\b"
)


# a token as a recogniser joins what it heard in one breath: letters and digits joined by hyphens or dots
_JOINED_TOKEN_REST = re.compile(r"[A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
_JOINED_TOKEN_START = re.compile(r"[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*[-.]?$")


def _whole_joined_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """A structured identifier's span grown to the whole of each token it cuts, where that token is letters and
    digits a recogniser joined with hyphens or dots and holds a digit ("...-5-5-P-R-3-8-5-7-1-Asant": the phone
    number and the NI number run together in one token; what the phone reading left is the NI number's)."""
    if end < len(text) and (text[end].isalnum() or (text[end] in "-." and end + 1 < len(text) and text[end + 1].isalnum())) \
            and end > start and text[end - 1].isalnum():
        m = _JOINED_TOKEN_REST.match(text, end)
        if m and re.search(r"\d", m.group()):
            end = m.end()
    if start > 0 and start < end and text[start].isalnum() and (text[start - 1].isalnum() or (
            text[start - 1] in "-." and start > 1 and text[start - 2].isalnum())):
        m = _JOINED_TOKEN_START.search(text, max(0, start - 60), start)
        if m and re.search(r"\d", m.group()):
            start = m.start()
    return start, end


# The street names every British town gives its centre (its market, its high or main street, and the north-east's
# "Front Street"), said after "the" with no house number: the town's centre, no home ("from the Market Place", "on
# the High Street"). With a number ("12 Market Place") it is an address as any street is.
_THE_TOWN_CENTRE = re.compile(r"(?:Market|High|Main|Front)\s(?:Place|Square|Street|Cross)|Bigg\sMarket|Market", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s$", re.IGNORECASE)


def names_public_place(text: str, start: int, end: int, entity: str) -> bool:
    """A name, organisation or street without a house number followed by the kind of a public place
    (``lexicon.PUBLIC_PLACE_KINDS``: "Arrowe Park Hospital", "Sky Sports", "Lime Street station"), or a
    name or street ending in one ("Chester Zoo", "George Square"): a public place, never redacted."""
    if entity == STREET_ADDRESS and any(ch.isdigit() for ch in text[start:end]):
        return False  # "3 George Square": where someone lives
    if entity == STREET_ADDRESS and _THE_TOWN_CENTRE.fullmatch(text[start:end]) and _THE_BEFORE.search(text, 0, start):
        return True  # "picks her up from the Market Place": the town's centre, no one's address
    if _PUBLIC_AFTER_ANY_CASE.match(text, end) or (entity != STREET_ADDRESS and _PUBLIC_BODY_AFTER.match(text, end)):
        # ... or a public body by the words it names itself with after the name ("Western Health and Social Care
        # Trust", "Durham Constabulary", "Fife Council")
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).lower() in PUBLIC_PLACE_KINDS and (nxt.group(1)[0].isupper() or entity == STREET_ADDRESS):
        return True
    last = text[start:end].split()[-1].lower() if text[start:end].split() else ""
    return entity in (PERSON, STREET_ADDRESS) and len(text[start:end].split()) > 1 and last in PUBLIC_PLACE_KINDS


# The nouns English names a procedure or a written plan with ("the Philomena Protocol", "the Solihull Approach", "a
# Kinship Pathway"): no person's name ends in one, though a procedure is often named after a person or a place. And
# the nouns for a body of people working together, which are no person's name said alone (the NER's "Partnership"
# out of "the Family Nurse Partnership"). Complete by that rule over the words social care uses for them; "Law",
# "Act", "Plan" and "Form" are left out, being surnames too.
_PROCEDURE_LAST = frozenset("protocol protocols procedure procedures pathway pathways framework policy strategy "
                            "approach toolkit programme programmes program".split())
_BODY_ALONE = frozenset("partnership partnerships trust foundation network alliance association project service "
                        "services team unit board panel consortium collective initiative".split())


def names_a_procedure_or_body(span: str) -> bool:
    """A name the NER read as a person that ends in a procedure's noun, or is a body's noun alone."""
    words = re.findall(r"[A-Za-z]+", span)
    if not words:
        return False
    last = words[-1].lower()
    return last in _PROCEDURE_LAST or (len(words) == 1 and last in _BODY_ALONE)


def resolve(text: str, results: list[RecognizerResult], threshold: float) -> list[Detection]:
    """Drop weak and never-redact hits, merge overlapping same-type hits, and let the
    more specific entity win where types overlap (a postcode inside a NER "person")."""
    guarded = protected_spans(text)
    pets = pet_names(text)
    given = nicknames_given(text)  # a name given as one ("Pip's real name is Philippa") is a name, whatever else it means
    dets: list[Detection] = []
    for r in results:
        if r.score < threshold or r.end <= r.start:
            continue
        from_context = _source(r) == "CaseContextRecognizer"  # it applies its own word-or-name test
        if r.entity_type in (PERSON, INSTITUTION) and not from_context:
            span = text[r.start:r.end]
            if (_only_protected_words(span) or any(s <= r.start and r.end <= e for s, e in guarded)) and (
                    r.start, r.end) not in given:
                continue
        if r.entity_type == PERSON and from_context and any(
                s <= r.start and r.end <= e and " " in text[s:e] for s, e in guarded):
            continue  # a never-redact phrase said whole is the phrase, whoever in the case shares a word of it: "Merry
            # Christmas" called by Merry the carer, "his Duke of Edinburgh walk" with a Duke in the family
        if r.entity_type == STREET_ADDRESS and not any(ch.isdigit() for ch in text[r.start:r.end]) and any(
                s <= r.start and r.end <= e for s, e in guarded):
            continue  # a never-redact place named like a street, with no house number: "Great Ormond Street"
        if r.entity_type in (PERSON, INSTITUTION, STREET_ADDRESS) and names_public_place(text, r.start, r.end, r.entity_type):
            continue
        if r.entity_type in (PERSON, INSTITUTION) and names_supported_club(text, r.start, r.end):
            continue
        if r.entity_type == PERSON and not from_context and names_a_procedure_or_body(text[r.start:r.end]):
            continue
        if r.entity_type == PERSON and not from_context and names_a_pet(text, r.start, r.end, pets):
            continue  # "dog Tyson", "a puppy called Bella", "Tyson's new lead": a pet's name
        meta = r.recognition_metadata or {}
        start, end = r.start, r.end
        if r.entity_type == PERSON:
            start, end = _with_joined_parts(text, start, end)
        elif r.entity_type not in (INSTITUTION, STREET_ADDRESS):  # a structured identifier
            if r.entity_type in _NUMBER_VALUES:  # before a joined token is taken whole: its rest is another number's
                end = _value_end(text, start, end, r.entity_type)
                if r.entity_type == DATE_OF_BIRTH:
                    start = _day_said_before(text, start)
            elif r.entity_type == EMAIL:
                start = _email_start(text, start, end)
            elif r.entity_type == POSTCODE:
                start = _postcode_start(text, start, end)
                start, end = _area_letters_before(text, start), _spelt_letters_after(text, end)
            start, end = _whole_joined_tokens(text, start, end)
        dets.append(Detection(start, end, r.entity_type, r.score, _source(r), meta.get(PERSON_INDEX_KEY)))

    # merge overlapping or touching hits of one type
    dets.sort(key=lambda d: (d.entity, d.start, -d.end))
    merged: list[Detection] = []
    for d in dets:
        last = merged[-1] if merged else None
        if last and last.entity == d.entity and d.start < last.end:
            if d.person_index is not None and (last.person_index is None or d.score > last.score):
                last.person_index = d.person_index
            last.end = max(last.end, d.end)
            last.score = max(last.score, d.score)
            if d.source and d.source not in last.source.split("+"):
                last.source += "+" + d.source
            continue
        merged.append(d)

    # across types: specific beats general, then longer, then surer
    merged.sort(key=lambda d: (-PRIORITY.get(d.entity, 0), -(d.end - d.start), -d.score))
    kept: list[Detection] = []
    for d in merged:
        if any(d.start < k.end and k.start < d.end for k in kept):
            _grow_over_said_digits(text, d, kept)
            # what beat it covers only part: the rest keeps its own type ("3 LP Kady": the postcode
            # wins "3 LP", "Kady" is still a name; "19-5-2000, and 11-1-3-4-5-6-1": a number wins
            # the digits read out, "19-5-2000" is still the date of birth)
            kept.extend(_left_over(text, d, kept))
            continue
        kept.append(d)
    kept.sort(key=lambda d: d.start)
    return kept


# A date of birth, an NHS number and a phone number are said in digits, number words, ordinals and month names
# only; the word a recogniser ran on into after the last of them ("the second of February 1985, brother", "and
# ten, Mum", "688, dad", "Fifty-and") is the sentence's, not the value's. Complete by that rule: the number,
# ordinal and month words of language.dates, the digit words said and misheard (spoken_numbers), "hundred" and
# "thousand" and the repeat words. A number short of its digits keeps the word after it (a word heard unsurely
# there may be its last digits, CueValueRecognizer): only one with all its digits ends at its last value word.
_NUMBER_VALUES = (DATE_OF_BIRTH, NHS_NUMBER, PHONE)
_FULL_DIGITS = {NHS_NUMBER: 10, PHONE: 10}
_VALUE_WORDS = (frozenset(DIGIT_WORDS) | frozenset(MISHEARD_DIGITS) | frozenset(REPEAT_WORDS) | frozenset(NUMBER_WORDS)
                | frozenset(ORDINAL_WORDS) | frozenset(MONTHS) | frozenset({"hundred", "thousand"}))
_LAST_WORD = re.compile(r"\b([A-Za-z]+)(?:['’][A-Za-z]+)?[^A-Za-z0-9]*$")
_TWO_DIGIT_WORDS = frozenset(NUMBER_WORDS) - frozenset(DIGIT_WORDS)  # "twelve", "eighty": two digits said


def _digits_said(value: str) -> int:
    count = 0
    for tok in re.findall(r"\d+|[A-Za-z]+", value):
        low = tok.lower()
        count += len(tok) if tok.isdigit() else 1 if low in DIGIT_WORDS else 2 if low in _TWO_DIGIT_WORDS \
            else REPEAT_WORDS.get(low, 1) - 1 if low in REPEAT_WORDS else 0
    return count


def _value_end(text: str, start: int, end: int, entity: str) -> int:
    """``end`` brought back to the value's last digit or value word, past words that are no part of it."""
    cut = end
    while (m := _LAST_WORD.search(text, start, cut)) and m.group(1).lower() not in _VALUE_WORDS:
        cut = m.start()
    while cut > start and not text[cut - 1].isalnum():
        cut -= 1
    if cut == end or not text[start:cut].strip():
        return end
    if entity in _FULL_DIGITS and _digits_said(text[start:cut]) < _FULL_DIGITS[entity]:
        return end  # short of its digits: what follows may be the rest, heard as a word
    return cut


# The day of a date said before it, which a date's grammar did not take in because a recogniser made it no day
# ("21st of 11 May 1987", "411th of January, 2020"): an ordinal, in digits or words, then "of", maybe "the" and
# maybe a month, directly before the date, is the date's own. Complete by that rule: the ordinal words of language.dates.
_DAY_BEFORE = re.compile(r"(?i)(?:\b\d+(?:st|nd|rd|th)|\b(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
                         + r"))\s+of\s+(?:the\s+)?(?:(?:" + "|".join(MONTHS) + r")[\s,]+)?$")


def _day_said_before(text: str, start: int) -> int:
    """``start`` moved back over an ordinal and "of" said directly before a date of birth."""
    m = _DAY_BEFORE.search(text, max(0, start - 40), start)
    return m.start() if m else start


# The cue an email address is said after, however a recogniser joined it to what came before ("E-mail",
# "B-E-Mail", "3-mail"): a word ending in "mail" before the address's own words.
_MAIL_CUE = re.compile(r"(?i)(?:^|[^a-z])e?-?mail[,:.]?$")
_AT = re.compile(r"(?i)^(?:at|@)$|@")


def _email_start(text: str, start: int, end: int) -> int:
    """``start`` moved past the email cue (and what came before it) where a spoken address took it in: the
    address is the words after its cue, up to its "at" and its domain, so one word at least must lie between."""
    chunks = [(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"\S+", text[start:end])]
    at = next((i for i, c in enumerate(chunks) if _AT.search(c[2])), None)
    if at is None:
        return start
    cues = [i for i in range(at - 1) if _MAIL_CUE.search(chunks[i][2]) or chunks[i][2].lower().strip(",:.") == "mail"]
    return chunks[cues[-1] + 1][0] if cues else start


# A postcode's cue said as two words ("Post code LS13"): "code" is the cue's, never a postcode's first word.
_POSTCODE_CUE = re.compile(r"(?i)(?:post[\s-]*)?code[,:.]?\s+(?=\S)")


def _postcode_start(text: str, start: int, end: int) -> int:
    """``start`` moved past the postcode cue a recogniser's reading took in."""
    m = _POSTCODE_CUE.match(text, start, end)
    return m.end() if m and re.search(r"\d", text[m.end():end]) else start


# A postcode's area letters written as initials before the part a reading took ("I.V.15" with "V.15" found), and
# its unit letters spelt by words after it ("V.15, I.N" then ".J. for Gillette, and for November"): a postcode is
# two letters, digits, a digit and two letters, so at most two letters spelt after it are its own.
_INITIALS_BEFORE = re.compile(r"(?<![A-Za-z0-9.\-])(?:[A-Z][.\-]){1,2}$")
MAX_SPELT_AFTER = 2


def _area_letters_before(text: str, start: int) -> int:
    m = _INITIALS_BEFORE.search(text, max(0, start - 4), start)
    return m.start() if m and start < len(text) and text[start].isalnum() else start


def _spelt_letters_after(text: str, end: int) -> int:
    """``end`` moved past up to MAX_SPELT_AFTER letters spelt by words that follow a postcode straight after
    (a comma, a dot or a space between)."""
    heard = heard_tokens(text)
    starts = heard_starts(text)
    for _ in range(MAX_SPELT_AFTER):
        k = bisect_left(starts, end)
        # the spelling may start inside the token the postcode ends in ("I.N.J. for Gillette": the J)
        k = max(0, k - 1) if k > 0 and heard[k - 1].spelt and heard[k - 1].start < end < heard[k - 1].end else k
        if k + 1 < len(heard) and not heard[k].spelt and re.fullmatch(r"[a-z]{1,2}", heard[k].text) and heard[k + 1].spelt:
            k += 1  # a short word the recogniser put before the spelling ("A-Tech or Foxtrot")
        if k >= len(heard) or not heard[k].spelt or heard[k].start < end and not heard[k].end > end:
            break
        if heard[k].start >= end and not re.fullmatch(r"[.,]?\s?(?:[a-z]{1,2}\s)?|[.,]\s", text[end:heard[k].start]) \
                and not re.fullmatch(r"(?:[.,]?\s?[A-Z]\.)+\s?", text[end:heard[k].start]):
            break
        end = heard[k].end
    return end


# The spelling word of X, "X-ray", split by a recogniser after a postcode's last letter ("1px Ray", "1PX-ray" for "one
# Papa X-ray"): its "ray" is the postcode's.
_RAY_AFTER_X = re.compile(r"[\s-]?ray\b", re.I)


def with_x_ray_after(text: str, dets: list[Detection]) -> list[Detection]:
    """``dets`` with each postcode whose last token ends in X ("1px", the unit's letters joined to its digit, taken
    whole) taking in the "ray" after it."""
    for d in dets:
        if d.entity == POSTCODE:
            end = d.end
            if text[end - 1].isalnum() and (rest := re.match(r"[A-Za-z]{1,2}\b", text[end:end + 3])):
                end += rest.end()
            m = _RAY_AFTER_X.match(text, end) if text[end - 1] in "xX" else None
            if m and not any(o is not d and o.start < m.end() and d.start < o.end and o.end > d.end for o in dets):
                d.end = m.end()
    return dets


MIN_LEFT_DIGIT_WORDS = 3
_DIGIT_OR_WORD = re.compile(r"\d|(?i:\b(?:" + "|".join(w for w in DIGIT_WORDS if len(w) > 1) + r")\b)")


# numbers said one digit at a time, which two readings of the same value may start or end in different places
_READ_OUT_NUMBERS = frozenset((NHS_NUMBER, PHONE, NI_NUMBER))


def _grow_over_said_digits(text: str, d: Detection, kept: list[Detection]) -> None:
    """Where ``d`` and the number that beat it read out the same digits, the winner grows over what ``d`` read before
    or after it that is only digit words, their repeats and mishearings (NHS "triple I'm, 4-6-1-027-5": the digit
    run read "triple I'm" with the digits, the cue's reader the digits alone)."""
    if d.entity not in _READ_OUT_NUMBERS:
        return
    for k in kept:
        if k.entity not in _READ_OUT_NUMBERS or not (d.start < k.end and k.start < d.end):
            continue
        if d.start < k.start and _only_words_of(text[d.start:k.start], REPEAT_WORDS):
            k.start = d.start
        if d.end > k.end and _only_words_of(text[k.end:d.end], REPEAT_WORDS):
            k.end = d.end


def _only_words_of(piece: str, others) -> bool:
    """``piece`` has words, and each is a digit word, a digit word misheard, or one of ``others`` (repeat words before
    or after a number's digits; a speaker's editing terms in a repair's tail)."""
    words = re.findall(r"[A-Za-z'’]+", piece)
    return bool(words) and all(w.lower() in DIGIT_WORDS or w.lower() in MISHEARD_DIGITS or w.lower() in others
                               for w in words)


def _left_over(text: str, d: Detection, kept: list[Detection]) -> list[Detection]:
    """The pieces of ``d`` no kept detection covers: a name's capitalised words, another entity's
    stretches that hold a digit (from their first letter or digit to their last digit)."""
    covered = sorted((k.start, k.end) for k in kept if d.start < k.end and k.start < d.end)
    gaps, pos = [], d.start
    for cs, ce in covered:
        if cs > pos:
            gaps.append((pos, cs))
        pos = max(pos, ce)
    if pos < d.end:
        gaps.append((pos, d.end))
    out = []
    for gs, ge in gaps:
        piece = text[gs:ge]
        if d.entity == PERSON:
            found = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][a-z'’\-]+", piece)
                     if not _only_protected_words(m.group())]
        elif d.entity == STREET_ADDRESS:
            # every word of an address identifies the home: "Flat 7, [Ennersdale House], 40 Ladywell Road" keeps
            # the flat and the street beside the building a recogniser took as a place
            words = list(re.finditer(r"[A-Za-z0-9][\w'’\-/.]*", piece))
            found = [(words[0].start(), words[-1].end())] if words else []
        else:
            # to its last digit, written or said ("4-5-0-7-0-7. Double-two-three, eight-five-nine")
            first = re.search(r"[A-Za-z0-9]", piece)
            last = list(_DIGIT_OR_WORD.finditer(piece))
            # digits, or digit words read out ("Double-two-three, eight-five-nine", the rest of a number whose
            # numerals a joined token took)
            said = re.search(r"\d", piece) or len(last) >= MIN_LEFT_DIGIT_WORDS
            found = [(first.start(), last[-1].end())] if said and first else []
            if found and ge < d.end:
                # the piece runs on into what beat it through digit words and a speaker's repair only ("O-7-7-1,
                # no, O-[7-8-1, 46, ...]": the "no" and the "O-" glued to the winner's digits are the value's)
                if _only_words_of(piece[found[0][1]:], EDITING_TERM_WORDS):
                    found = [(found[0][0], len(piece.rstrip(" ,;:")))]
        out.extend(Detection(gs + a, gs + b, d.entity, d.score, d.source, d.person_index) for a, b in found)
    return out


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|near|into)|(?:Road|Street|Lane|Avenue|Grove|Close|Drive|Crescent|Gardens|Way|View|"
    r"Court|Place|Terrace|Walk|Row|Square|Rise|Mews),)\s+$"
)
_PROPER_AFTER = re.compile(r"[ \t]+[A-Z]")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _an_english_form(low: str, english: frozenset[str]) -> bool:
    """``low`` is an English word or its regular plural, past or -ing form ("miles", "woods", "hunted", "sterling")."""
    return low in english or any(low.endswith(suffix) and low[:-len(suffix)] in english
                                 for suffix in ("s", "es", "ed", "d", "ing"))


_FULL_NAME = re.compile(r"[A-Z][a-z'\u2019\-]+(?:\s[A-Z][a-z'\u2019\-]+)?\s(?P<last>[A-Z][a-z]{2,}(?:[-'\u2019][A-Z][a-z]+)?)")


def with_names_said_again(text: str, dets: list[Detection], english: frozenset[str]) -> list[Detection]:
    """A one-word name found once is that name wherever else the note says it the same way ("Visit to Kaydee ...
    Kaydee said"): a capitalised word of two letters or more ("Mo"), no English word, never-redact word or known place,
    each other occurrence not already inside a detection, not after a preposition of place ("in Heworth") and not
    before another capitalised word ("Heworth Walk"); one that is no English word in lower case too. A nickname given
    as one ("known as Smiley", "call him Tank") is a name though an English word, and so wherever the note writes it
    capitalised again ("Tank said ...")."""
    given = nicknames_given(text)
    names = {
        text[d.start:d.end] for d in dets
        if d.entity == PERSON and re.fullmatch(r"[A-Z][a-z'\u2019\-]{1,}", text[d.start:d.end])
        and (text[d.start:d.end].lower() not in english or (d.start, d.end) in given)
        and (not is_protected_word(text[d.start:d.end]) or (d.start, d.end) in given) and not is_place(text[d.start:d.end])
    }
    # a family name found after a given name is that person's wherever the note says it alone ("Rona Capstick ...
    # not Capstick"): the last of two or three capitalised words found as one person, on the same terms, and never
    # after an article (a word the recogniser wrote as the name's end: "Carol Heifern Walker ... it's a Heifern")
    families = {
        last for d in dets if d.entity == PERSON
        and (m := _FULL_NAME.fullmatch(text, d.start, d.end)) is not None
        and (last := m.group("last")).lower() not in english
        and not is_protected_word(last) and not is_place(last)
    } - names
    given_names = {text[s:e] for s, e in given}

    def standing_alone(m: re.Match) -> bool:  # not "living in Heworth", "Heworth Walk": a place, or part of a longer name
        # (a nickname given as one names a person, never a place: "changes in Cherry's behaviour")
        return not ((_PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and m.group() not in given_names)
                    or _PROPER_AFTER.match(text, m.end()))

    dets = _said_again(text, dets, names, PERSON, "NameSaidAgain", standing_alone)
    dets = _said_again(text, dets, families, PERSON, "FamilyNameSaidAgain", lambda m: standing_alone(m)
                       and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()))
    # a person's initials found once are that person wherever else the note writes them alone ("JT is fourteen ... fed
    # up with JT going in his room": a record names another young person so throughout)
    initials = {text[d.start:d.end] for d in dets if d.entity == PERSON and re.fullmatch(r"[A-Z]{2}", text[d.start:d.end])
                and not is_protected_word(text[d.start:d.end])}
    dets = _said_again(text, dets, initials, PERSON, "InitialsSaidAgain", lambda m: not _PROPER_AFTER.match(text, m.end()))
    # a name that is no English word is the name in lower case too ("Jotty ... jotty's been missing"): a recogniser
    # or a hurried typist writes it so; a word that is English is a word in lower case ("Tank ... the tank"), and so is
    # a kinship word of any language that is also a name ("Dadi said ... dadi does mornings")
    lower = {n.lower() for n in names} - KIN_WORDS - KIN_WORDS_OTHER_LANGUAGES - KIN_WORDS_ALSO_NAMES
    return _said_again(text, dets, {n for n in lower if not _an_english_form(n, english)}, PERSON, "NameSaidAgain",
                       lambda m: m.group()[0].islower()
                       and not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()))


# A record names a person in full, then their initials in brackets, and by the initials from then on ("Tiffany Osei,
# key worker (TO) ... TO reported that ..."): the capitals in brackets, within INITIALS_REACH characters after a
# name found and in the same sentence, whose words' first letters they are (a hyphenated word's parts each give one:
# "Mary-Jo Reid (MJR)"), are that person's wherever the note writes them, whatever else the capitals spell ("TO",
# "AM"). A role's or a service's initials ("Virtual School Head (VSH)") follow no name found, and stay. Minutes give
# them as the last item of the bracket that says the person's role ("Mo Rahman (CAMHS eating disorders nurse, MR)",
# "Darren Pounder (SW, DP)"): the same, the role words before them in the bracket.
INITIALS_REACH = 60
_INITIALS_GIVEN = re.compile(r"\((?:[^()\n]{1,50},\s)?([A-Z]{2,4})\)")


def with_initials_given(text: str, dets: list[Detection]) -> list[Detection]:
    """``dets`` with each person's initials given in brackets after their name (the rule above INITIALS_REACH), there
    and wherever else the note writes them."""
    given: dict[str, Detection] = {}
    people = [d for d in dets if d.entity == PERSON]
    for m in _INITIALS_GIVEN.finditer(text):
        before = [d for d in people if m.start() - INITIALS_REACH <= d.end <= m.start()
                  and not re.search(r"[.!?;]\s", text[d.end:m.start()])]
        if before and "".join(w[0] for w in re.split(r"[\s\-]+", text[before[-1].start:before[-1].end]) if w) == m.group(1):
            given.setdefault(m.group(1), before[-1])
    return _said_again(text, dets, set(given), PERSON, "InitialsGiven", score=0.7,
                       person_of={initials: d.person_index for initials, d in given.items()})


def _said_again(text: str, dets: list[Detection], names: set[str], entity: str, source: str,
                keep=lambda m: True, score: float = 0.6,
                person_of: dict[str, int | None] | None = None) -> list[Detection]:
    """``dets`` with each other place ``text`` writes one of ``names`` (longest first), outside every detection and
    every never-redact phrase of more than one word ("Duke ... his Duke of Edinburgh walk"), and where ``keep`` allows,
    as ``entity`` (a person's, ``person_of`` the name's, where known)."""
    if not names:
        return dets
    covered = sorted([(d.start, d.end) for d in dets] + [(s, e) for s, e in protected_spans(text) if " " in text[s:e]])
    added = [Detection(m.start(), m.end(), entity, score, source, (person_of or {}).get(m.group()))
             for m in re.finditer(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b", text)
             if keep(m) and not any(s < m.end() and m.start() < e for s, e in covered)]
    return sorted(dets + added, key=lambda d: d.start) if added else dets


# A short form said straight after the name it shortens ("Jordan Hutchinson, Hutch", "Angelo Santos-Walker, Gelo", "coach
# Tony Rafferty, Raff"): a capitalised word after a person found and a comma that is the start or the end of one of the
# name's words, three letters or more and shorter than the word, or a pet form of one (``_pet_form_of``), is that person's,
# whatever else the word is ("hutch")
_APPOSED_WORD = re.compile(r",\s([A-Z][a-z]{2,})\b")


# English pet forms: the name's first syllable, its last consonant maybe doubled, and -y, -ie, -ey, -o or -s ("Simran,
# Simmy", "Jonathan, Jonno", "Robert, Robbie", "Charlotte, Charlie")
_PET_ENDINGS = ("ie", "ey", "y", "o", "s")


def _pet_form_of(short: str, word: str) -> bool:
    for ending in _PET_ENDINGS:
        if short.endswith(ending) and len(short) > len(ending) + 2:
            stem = short[:-len(ending)]
            stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
            if len(stem) >= 3 and len(stem) < len(word) and word.startswith(stem):
                return True
    return False


def with_short_forms_apposed(text: str, dets: list[Detection]) -> list[Detection]:
    """``dets`` with each short form said straight after the name it shortens (the rule above ``_APPOSED_WORD``), there
    and, through ``with_names_said_again``, wherever else the note says it."""
    taken = sorted((d.start, d.end) for d in dets)
    added = []
    for d in dets:
        m = _APPOSED_WORD.match(text, d.end)
        if d.entity != PERSON or not m or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        short = m.group(1).lower()
        words = [w.lower() for w in re.split(r"[\s\-]+", text[d.start:d.end]) if w]
        if any(len(short) < len(w) and (w.startswith(short) or w.endswith(short)) or _pet_form_of(short, w) for w in words):
            added.append(Detection(m.start(1), m.end(1), PERSON, d.score, "ShortFormApposed", d.person_index))
    return sorted(dets + added, key=lambda d: d.start) if added else dets


def without_overlaps(dets: list[Detection]) -> list[Detection]:
    """``dets`` with no two overlapping, as the anonymizer writes each replacement over its own span: a detection
    inside another is dropped, and two that overlap become one over both, the longer one's (a pass that grows one
    identifier over another's words, "S-S-4 Sierra" a postcode's letters over the name "Sierra", would otherwise leave
    the grown one's replacement cut where the other's was written first)."""
    out: list[Detection] = []
    for d in sorted(dets, key=lambda d: (d.start, -d.end)):
        if out and d.start < out[-1].end:
            last = out[-1]
            if d.end > last.end:
                if d.end - d.start > last.end - last.start:
                    last.entity, last.score, last.source, last.person_index = d.entity, d.score, d.source, d.person_index
                last.end = d.end
            continue
        out.append(d)
    return out


# A name in a list of people: one capitalised word between commas (or before ", and") with a person found straight
# before it and straight after it ("Charles, Moo, Arthur, and Carl's dad"): whatever the word, it is one of them
_LIST_ITEM = re.compile(r",\s([A-Z][a-z'’\-]+)(?=(?P<sep>,\s(?:and\s)?))")


def with_names_listed(text: str, dets: list[Detection], english: frozenset[str] = frozenset()) -> list[Detection]:
    """``dets`` with each word of ``_LIST_ITEM`` between two people found, as a person; never a kinship word, a
    never-redact word or a place. And the first of a list of people opening its sentence (``_FIRST_LIST_ITEM``), a
    first name on the name lists or two words the last of which is no English word ("Mickey Dunn", never "Dictating
    Visit")."""
    people = [d for d in dets if d.entity == PERSON]
    added = []
    for m in _LIST_ITEM.finditer(text):
        low = m.group(1).lower()
        if low in KIN_WORDS or is_protected_word(m.group(1)) or is_place(m.group(1)):
            continue
        before = any(d.end == m.start() for d in people)
        nxt = any(d.start == m.end("sep") for d in people)
        if before and nxt and not any(d.start < m.end(1) and m.start(1) < d.end for d in dets):
            added.append(Detection(m.start(1), m.end(1), PERSON, 0.6, "NameListed"))
    # the first of a list of people, opening its sentence: one or two capitalised words, then a person found, then
    # ", and" ("Mickey Dunn, Wayne Kimber, and his big brother Jordan")
    guarded = protected_spans(text)  # a reading of this text, made once for every recogniser
    for m in _FIRST_LIST_ITEM.finditer(text):
        words = m.group(1).split()
        if any(w.lower() in KIN_WORDS or is_protected_word(w) for w in words) or is_place(m.group(1)) or any(
                s <= m.start(1) and m.end(1) <= e for s, e in guarded):
            continue
        if not (words[0].lower() in first_names() or words[0].lower() in world_names()) and (
                len(words) < 2 or _an_english_form(words[-1].lower(), english)):
            continue
        nxt = next((d for d in people if d.start == m.end()), None)
        if nxt is not None and _LIST_GOES_ON.match(text, nxt.end) and not any(
                d.start < m.end(1) and m.start(1) < d.end for d in dets):
            added.append(Detection(m.start(1), m.end(1), PERSON, 0.6, "NameListed"))
    return sorted(dets + added, key=lambda d: d.start) if added else dets


_FIRST_LIST_ITEM = re.compile(r"(?:^|(?<=[.!?])\s+)((?-i:[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+)?)),\s")
_LIST_GOES_ON = re.compile(r",\s(?:and\s)")


def with_places_said_again(text: str, dets: list[Detection]) -> list[Detection]:
    """A local organisation found once is that organisation wherever else the note names it the same way ("goes to
    Summer Stars every morning ... the Summer Stars forms"): its name of two words or more, each capitalised but its
    small linking words, written again to the letter, not inside another detection; never a public place or a
    never-redact phrase."""
    names = {
        text[d.start:d.end] for d in dets
        if d.entity == INSTITUTION and _SEVERAL_CAPITALISED.fullmatch(text[d.start:d.end])
        and not is_protected_word(text[d.start:d.end]) and not is_place(text[d.start:d.end])
    }
    return _said_again(text, dets, names, INSTITUTION, "PlaceSaidAgain")


# two capitalised words or more, the small words of a name between them ("Summer Stars", "Rise and Shine")
_SEVERAL_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*(?:\s(?:(?:and|of|the|&|on|in)\s)?[A-Z][\w'’\-]*)+")


# the time of day someone was born, said before the date ("born at 3.40am on 3rd Feb 2026"): a time, kept as times are
# (after "at", or with "am" or "pm": "1.26, 1.17" is a date read out and "1.30 on the 8th" a day heard as figures)
_TIME_BEFORE_DATE = re.compile(rf"(?:at\s{TIMES_OF_DAY.pattern}|(?<![\d.:])\d{{1,2}}(?:[.:][0-5]\d)?\s?(?:am|pm)\b)"
                               rf"(?:,?\s(?:on|the)\b)?[\s,]*", re.IGNORECASE)


def without_time_of_birth(text: str, dets: list[Detection]) -> list[Detection]:
    """Each date of birth without the time of day said before its date."""
    for d in dets:
        if d.entity == DATE_OF_BIRTH and (m := _TIME_BEFORE_DATE.match(text, d.start)) and m.end() < d.end:
            d.start = m.end()
    return dets

