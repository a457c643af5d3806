"""Names, school, address, postcode and date of birth the case context already knows, found as dictated.

Built per note (an ad-hoc recognizer) from the ``CaseContext``. Each token of the
spaCy doc Presidio already made is compared with every name part: exactly, via
known short forms (Christopher / Chris), by prefix (Kay for Kayleigh), and by
spelling and sound (Kaylee / Kayleigh / Caleigh) with Jaro-Winkler plus Metaphone and
NYSIIS. Ordinary words that are also names (Hope, Will, Grace) count only when
capitalised and used as a proper noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jellyfish
from presidio_analyzer import LocalRecognizer, RecognizerResult
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from ...context import CaseContext, name_words
from ...language.kinship import KIN_WORDS, role_has_sex
from ...language.dates import MONTH_NAMES, WEEKDAYS
from ...language.roles import HOUSEHOLD_NOUNS, PERSON_NOUNS
from ...language.titles import NAME_TITLES, RANK_TITLES, TITLE_SEX, UNNAMED_CHILD_WORDS
from .known_value_finder import (find_known_date, find_known_value, find_postcode_by_its_inward_code,
                                 find_postcode_by_its_outward_code, find_postcode_where_due, postcode_of)
from .result import make_result
from ..entities import DATE_OF_BIRTH, INSTITUTION, PERSON, POSTCODE, STREET_ADDRESS
from ..lexicon import CUE_WORDS, NAME_LIKE_WORDS, TIME_WORDS, is_place, is_protected_word
from ..nicknames import short_forms
from ..text_reads import heard_tokens
from ..nlp_engine import is_lower_case_style, is_sentence_start
from ..uncased import used_as_word
from .person_name_recognizer import first_names

PERSON_INDEX_KEY = "case_person_index"
# a family named by its surname in the plural after "the", capitalised ("the Herons")
_FAMILY_BY_SURNAME = re.compile(r"(?<=\bthe\s)(?P<name>[A-Z][a-z'’\-]+?)(?:e?s)\b")
# a full name's apposition between commas: one capitalised word (a hyphenated one too) and then a comma
_APPOSED_NICKNAME = re.compile(r",\s(?P<nick>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),")
_POSSESSIVE_S = re.compile(r"['’]s$")  # a token's possessive ending, dropped before it is compared with the names
# initials a recogniser ran a name on to ("C.Nottavia"): capitals each with its dot, then the name's capital
_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.)+(?=[A-Z][a-z]{2,}(?:['’]s)?$)")
# a person's initials written as a note writes them: two or three capitals, each perhaps with its dot, or joined by
# hyphens ("KB", "K.B.", "T-R"), standing alone (not before a digit: "NE65" is a postcode's)
_INITIALS = re.compile(r"(?<![\w.\-])[A-Z](?:\.?[A-Z]|-[A-Z]){1,2}\.?(?![\w\-])")
# one capital standing alone where a subject or an owner stands: before a possessive, before "to" and a verb ("F to
# bring her bank card"), or before a finite verb; what follows is read by ``_subject_initials``
_LONE_CAPITAL = re.compile(r"(?<![\w.\-'’])(?P<letter>[A-Z])(?P<owner>['’]s)?(?![\w.\-'’])(?:\s+(?P<next>[a-z][a-z'’]*))?")


# the days' and months' names, capitalised, and their short forms ("Friday", "Fri", "November", "Nov")
_CALENDAR_NAMES = "|".join(sorted({w.capitalize() for w in (*WEEKDAYS, *MONTH_NAMES)} | {w.capitalize()[:3] for w in (*WEEKDAYS, *MONTH_NAMES)}, key=len, reverse=True))


# the two-letter initialisms of everyday British English and school (TV, PE, RE, IT, DT, UK, EU, OK, ID, HR, PA, MP,
# PS, AM, PM, BC, AD, PC) and of social work (SW, DV, CP, GP, CIN's and LAC's are longer): never a person's initials
_NOT_INITIALS = frozenset("tv pe re it dt uk eu ok id hr pa mp ps am pm bc ad pc sw dv cp gp".split())


def _subject_initials(text: str, letter: str, verbs: frozenset[str]) -> list[int]:
    """Where ``letter`` stands alone for a person: before a possessive, "to" and a verb, or a finite verb (one of
    ``_AFTER_NAME``, a form of "do" or a modal, or a verb's -s or -ed form of ``verbs``); only where the note writes it
    so at least twice, since a capital once before a verb is as often a plan's or a grade's letter ("Plan B is ...")."""
    found: list[int] = []
    for m in _LONE_CAPITAL.finditer(text):
        if m.group("letter") != letter:
            continue
        nxt = (m.group("next") or "").replace("’", "'")
        after = text[m.end():m.end() + 40].split()
        if (m.group("owner") or nxt in _AFTER_NAME or nxt in _FINITE_FUNCTION_VERBS or nxt in _NEGATED_AUXILIARIES
                or (nxt == "to" and after and after[0].lower().strip(".,;") in verbs)
                or (nxt.endswith(("s", "ed")) and (nxt[:-1] in verbs or nxt[:-2] in verbs or nxt[:-1] + "e" in verbs))):
            found.append(m.start("letter"))
    return found if len(found) >= 2 else []


def initials_of(name: str) -> set[str]:
    """The initials ``name`` may be written with: its words' first letters (first and last name, and every word where
    it has three), a hyphenated surname's either part or both ("Kayden Armstrong-Bell" -> "KA", "KB", "KAB"), and a
    hyphenated first name's own ("Tyler-Ray" -> "TR")."""
    words = name_words(name)
    out = set()
    if len(words) >= 2:
        out.add(words[0][0] + words[-1][0])
        if len(words) == 3:
            out.add("".join(w[0] for w in words))
        surname = [part for part in words[-1].split("-") if part]
        if len(surname) >= 2:
            out.update(words[0][0] + part[0] for part in surname)
            out.add(words[0][0] + "".join(part[0] for part in surname))
    parts = words[0].split("-") if words else []
    if len(parts) >= 2 and all(parts):
        out.add("".join(p[0] for p in parts))
    return {i.upper() for i in out if len(i) >= 2}
# the verbs a person written small is the subject of, reporting or doing ("lennon said", "lennon showed me"), and the
# words that open a clause before one ("and", "but", "then", "when")
_REPORTING_AFTER_A_NAME = frozenset("""
said says told showed asked explained answered cried talked spoke drew wants wanted likes loves misses seemed
appeared looked went came goes comes ran walked smiled laughed shouted""".split())
_CLAUSE_OPENERS = frozenset("and but then so when because while as though although if".split())
_BEFORE_A_PERSON = frozenset("to with for".split())  # "a visit to lennon", "spoke with lennon"
_AFTER_NAME = {
    "said", "says", "told", "is", "was", "has", "had", "wants", "wanted", "attends", "goes", "went",
    "took", "showed", "and", "likes", "loves", "misses", "put", "seemed", "appeared", "looked",
    "reported", "answered", "gave", "asked", "drew", "talked", "spoke", "explained", "cried",
    "herself", "himself",  # a reflexive after it stands for a person only ("Summer herself", "Will himself")
    "who", "who's", "who’s", "whose",  # so does a relative "who" ("Joy who's seven and ...")
}
# the negated auxiliaries, which need a subject before them too ("F doesn't know where it is")
_NEGATED_AUXILIARIES = frozenset("doesn't didn't isn't wasn't hasn't hadn't can't won't wouldn't couldn't shouldn't".split())
# forms of "do" and the modals, which need a subject before them ("Chase did sit", "Hope can walk")
_FINITE_FUNCTION_VERBS = frozenset("do does did can could will would shall should may might must".split())
# the colour terms a rating is said in: Berlin and Kay's eleven basic colour terms of English and the amber of a
# red-amber-green rating ("moved from red to amber")
_COLOUR_TERMS = frozenset("black white red green yellow blue brown orange pink purple grey gray amber".split())
# the words for a person a name may follow ("the boy robin", "her pal grace")
_PEOPLE_WORDS = frozenset("boy girl child son daughter pal buddy student pupil teacher worker lad lass".split())
_ARTICLES_AND_QUANTIFIERS = frozenset("a an the some any no every each much more".split())
_BE_FORMS = frozenset("is was are were be been".split())
_DESCRIBED_AFTER = _ARTICLES_AND_QUANTIFIERS | frozenset("his her their my our your its".split())
_STREET_TYPES = "(?:Lane|Road|Street|Terrace|Avenue|Close|Drive|Crescent|Gardens|Way|View|Court|Place|Grove|Walk)"
_GENERIC_INSTITUTION_WORDS = {  # the kind words of England's and Wales's school, college and surgery names
    "school", "primary", "academy", "nursery", "infant", "infants", "junior", "juniors", "first", "middle", "upper",
    "lower", "grammar", "prep", "preparatory",
    "high", "secondary", "college", "surgery", "medical", "centre", "practice", "health", "group",
    "the", "of", "and", "&", "rc", "ce", "c", "e", "church", "catholic", "community", "day",
    "learning", "pupil", "referral", "unit", "special", "specialist", "sixth", "form", "studio", "free",
}


def _address_places(address: str) -> list[str]:
    """The words of an address's parts after its street, its postcode left out ("Eaton", "Norwich"), lower case."""
    parts = [p.strip() for p in address.split(",") if p.strip()]
    street = next((k for k, p in enumerate(parts) if re.match(r"\d", p)), None)
    if street is None:
        return []
    out = []
    for part in parts[street + 1:]:
        words = [w.lower() for w in part.split() if w[:1].isalpha() and not any(ch.isdigit() for ch in w)
                 and not (w.isupper() and len(w) <= 2)]
        out += words + [" ".join(words)]  # "Bishop Auckland" whole, and each word
    return out


@dataclass(frozen=True)
class NamePart:
    text: str  # lower case
    person: int  # index into the context's named_people()
    is_surname: bool
    phon: tuple[str, str]


def _phonetic(word: str) -> tuple[str, str]:
    return jellyfish.metaphone(word), jellyfish.nysiis(word)


_ARTICLES = frozenset(("the", "a", "an"))  # a name heard as a short form follows none ("at the Nick's panel": CIN's)


def _sounds_its_start(low: str, part: NamePart) -> bool:
    """``low`` is how the first name ``part`` starts, by sound: shorter, its first two letters the name's, its
    Metaphone key (two sounds at least) where the name's begins ("Jazz" and "Jaz" for Jasmine, "Harry" for Harrison,
    "Bernie" for Bernadette): how a short form is said, whichever way a recogniser spells it."""
    if part.is_surname or len(low) >= len(part.text) or low[:2] != part.text[:2]:
        return False
    key = jellyfish.metaphone(low)
    return len(key) >= 2 and part.phon[0].startswith(key) and key != part.phon[0]


class CaseContextRecognizer(LocalRecognizer):
    """Case-aware names (PERSON, tagged with the person's index), school and street."""

    def __init__(
        self,
        context: CaseContext,
        stop_words: frozenset[str] = frozenset(),
        fuzzy_threshold: float = 85.0,
        english: frozenset[str] = frozenset(),
        verbs: frozenset[str] = frozenset(),
        heard: bool = False,
        irregular: frozenset[str] = frozenset(),
        nouns: frozenset[str] = frozenset(),
    ):
        self.verbs = verbs
        self.irregular = irregular  # irregular verb forms ("got", "made", "did"): a finite verb after a name
        self.nouns = nouns  # noun bases: "lights" may be a plural noun, "reckons" only a verb
        self.heard = heard  # a transcript: its capitals are the recogniser's guesses, not the writer's
        self.people = context.named_people()
        self.stop_words = stop_words
        self.english = english
        self._cache: dict[tuple[str, bool], dict[int, float]] = {}
        self.fuzzy_threshold = fuzzy_threshold
        self.parts: list[NamePart] = []
        for idx, (name, _role) in enumerate(self.people):
            words = name_words(name)
            for pos, w in enumerate(words):
                surname = len(words) > 1 and pos == len(words) - 1
                forms = {w} | (set(w.split("-")) if "-" in w else set())
                for form in forms:
                    low = form.lower().strip(".,'")
                    if len(low) >= 2:
                        self.parts.append(NamePart(low, idx, surname, _phonetic(low)))
        # every part and each of its short forms: a word none of them is, too short or English, matches only as a prefix
        self._part_forms = frozenset(p.text for p in self.parts).union(*(short_forms(p.text) for p in self.parts))
        self.phrases: list[tuple[re.Pattern, str]] = []
        self.lower_school: re.Pattern | None = None
        # the towns and districts of the family's address ("22 Bluebell Road, Eaton, Norwich NR4 7LG": "eaton",
        # "norwich"), never a person's name unless it is a case name too
        self.places = frozenset(_address_places(context.address or "")) - {p.text for p in self.parts}
        # tokens that match a case name but modify a noun ("the Brooke behind the flats", "a Jade plant"): (start, end)
        self.words_not_names: set[tuple[int, int]] = set()
        if context.school:
            self._add_institution(context.school)
        if context.address:
            self._add_address(context.address)
        # each person's initials, where no other person's are the same and they are no word, role or never-redact term
        # ("GP", "SW", "IT"): "KB said ..." for Kayden Brown
        owners: dict[str, set[int]] = {}
        for idx, (name, _role) in enumerate(self.people):
            for initials in initials_of(name):
                owners.setdefault(initials, set()).add(idx)
        self.initials = {i: next(iter(o)) for i, o in owners.items() if len(o) == 1 and i.lower() not in stop_words
                         and i.lower() not in _NOT_INITIALS and not is_protected_word(i) and i.lower() not in CUE_WORDS
                         and i.lower() not in TIME_WORDS and i.lower() not in NAME_TITLES and i.lower() not in RANK_TITLES
                         and not (len(i) > 2 and i.lower() in english)}
        # the child by the first letter of their first name alone, as leaving-care and residential records write a
        # young person ("F said ...", "F to bring ...", "C's bed"); never "I" or "A", which are words
        # (no initial for a child not yet born or named: "Unborn Baby Ashworth" has no first name yet)
        given = (context.child.name or "").split() if context.child else []
        first = re.sub(r"[^A-Za-z]", "", given[0]) if given and given[0].lower() not in UNNAMED_CHILD_WORDS else ""
        self.child_initial = first[0].upper() if first and first[0].upper() not in "IA" else None
        self.postcode = postcode_of(context.address or "")
        self.dob = context.child.dob if context.child else None
        super().__init__(
            supported_entities=[PERSON, INSTITUTION, STREET_ADDRESS, POSTCODE, DATE_OF_BIRTH],
            supported_language="en",
            name="CaseContextRecognizer",
        )

    def load(self) -> None:
        pass

    def name_words(self) -> frozenset[str]:
        """Every part of every case name, lower case ("ruby", "mae", "gilbert")."""
        return frozenset(p.text for p in self.parts)

    # -- context phrases ---------------------------------------------------
    def _add_institution(self, school: str) -> None:
        self.phrases.append((re.compile(rf"\b{re.escape(school)}\b", re.IGNORECASE), INSTITUTION))
        words = school.split()
        if len(words) >= 3 and is_place(words[-1]) and words[-2].lower().strip(".,'") in _GENERIC_INSTITUTION_WORDS:
            # its town said after its kind word, which a note leaves out: "New College" of "New College Durham"
            self.phrases.append((re.compile(rf"\b{re.escape(' '.join(words[:-1]))}\b"), INSTITUTION))
        # the name without the kind words at its ends; small words inside it stay ("Our Lady of the Tyne" of "Our
        # Lady of the Tyne Catholic Primary School")
        core = school.split()
        while core and core[-1].lower().strip(".,'") in _GENERIC_INSTITUTION_WORDS:
            core.pop()
        while core and core[0].lower().strip(".,'") in _GENERIC_INSTITUTION_WORDS:
            core.pop(0)
        if len(core) >= 3 and core[1].rstrip(".").lower() in ("st", "saint"):
            # its town said before a saint's name, which a note leaves out: "St Hilda's" of "Grangetown St Hilda's
            # Primary School"
            self.phrases.append((re.compile(rf"(?-i:\b{re.escape(' '.join(core[1:]))})(?!\w)"), INSTITUTION))
        if core and len(" ".join(core)) >= 4:
            # "Bede" from "Bede Primary School", capitalised as a name; in any case where no
            # word of it is an English word ("brierdene", "bondgate bairns"); a town never alone
            # ("Ponteland High", but "Ponteland" is where the family lives)
            # ... nor the family's own town or district, which the address names ("Ludlow Junior School", 17 Corve
            # Street, Ludlow)
            town = is_place(" ".join(core)) or " ".join(core).lower() in self.places
            plain = not any(w.lower() in self.english for w in core) and not town
            flags = re.IGNORECASE if plain else 0
            # "Harton Primary", not "Harton Lane"
            # ... and never over a day's or a month's name after it ("Penistone Road Academy Friday 27 Nov")
            more = rf"(?-i:(?:\s(?!(?:{_STREET_TYPES}|{_CALENDAR_NAMES})\b)[A-Z][a-z]+){'+' if town else '*'})"
            not_a_street = rf"(?!(?-i:\s{_STREET_TYPES})\b)"  # "Harton Lane" is a street, whatever school shares its name
            said = re.escape(" ".join(core))
            if len(core) >= 3 and said[:1].isalpha():
                # a name of three words or more, its first in lower case as a recogniser may write it ("our Lady of
                # the Tyne")
                said = f"[{said[0].upper()}{said[0].lower()}]{said[1:]}"
            self.phrases.append((re.compile(rf"\b{said}{more}\b{not_a_street}", flags), INSTITUTION))
            if not plain:
                # all-lower-case text: the same words after "at", "to" or "attends" ("frankie at harrowby lane")
                self.lower_school = re.compile(
                    rf"\b(?:at|to|attends|attended|attending|from)\s(?P<name>{re.escape(' '.join(core).lower())})\b")

    def _add_address(self, address: str) -> None:
        parts = [p.strip() for p in address.split(",") if p.strip()]
        parts = [p for p in parts if not re.fullmatch(r"(?:flat|apartment|unit)\s\w+", p, re.IGNORECASE)]
        street = next((p for p in parts if re.match(r"\d", p)), parts[0] if parts else "")
        for part in parts[: parts.index(street)] if street in parts else []:
            # a building named before the street: "Coble House, 31 Capstan Street"
            self.phrases.append((re.compile(rf"\b{re.escape(part)}\b", re.IGNORECASE), STREET_ADDRESS))
            core = [w for w in part.split() if w.lower() not in ("house", "court", "lodge", "flats", "the")]
            if core and len(core) < len(part.split()) and not any(w.lower() in self.english for w in core):
                self.phrases.append((re.compile(rf"\b{re.escape(' '.join(core))}\b", re.IGNORECASE), STREET_ADDRESS))
        if street:
            self.phrases.append((re.compile(rf"\b{re.escape(street)}\b", re.IGNORECASE), STREET_ADDRESS))
            without_number = re.sub(r"^(?:flat\s\w+\s)?\d+[a-z]?\s", "", street, flags=re.IGNORECASE)
            if without_number != street and len(without_number.split()) >= 2:
                self.phrases.append((re.compile(rf"\b{re.escape(without_number)}\b", re.IGNORECASE), STREET_ADDRESS))

    # -- matching ---------------------------------------------------------------
    def _token_candidates(self, token) -> dict[int, float]:
        """Persons this token may name, with a score."""
        raw = token.text
        word = _POSSESSIVE_S.sub("", raw)
        low = word.lower()
        if len(low) < 2 or not low.replace("-", "").replace("'", "").isalpha():
            return {}
        capital = word[0].isupper()
        key = (word, capital)
        if key not in self._cache:
            self._cache[key] = self._word_candidates(low, capital)
        cands = self._cache[key]
        if not cands and capital and self.heard and len(low) >= 3 and not is_sentence_start(token) and not (
                token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isupper()) and not (
                token.i > 0 and token.doc[token.i - 1].lower_ in _ARTICLES):
            cands = self._short_form_heard(low)
        if cands and not self._used_as_name(token, capital, low):
            if self._modifies_a_noun(token) or (
                    not capital and is_lower_case_style(token.doc) and used_as_word(token, self.english, self.verbs)):
                self.words_not_names.add((token.idx, token.idx + len(word)))  # "a Jade plant", "the bell"
            return {}
        return cands

    def _short_form_heard(self, low: str) -> dict[int, float]:
        """In a transcript, a capitalised word inside a sentence, not the start of a longer name, that says how a case
        first name starts, whichever way the recogniser spelt it (:func:`_sounds_its_start`: "Jazz" for Jaz, Jasmine's
        short form): that person. Not a word the lists call ordinary ("Hope", "she"), nor one after an article."""
        key = ("short form heard", low)
        if key not in self._cache:
            ordinary = low in NAME_LIKE_WORDS or low in self.stop_words or is_protected_word(low)
            self._cache[key] = {} if ordinary else {
                part.person: 0.7 for part in self.parts if len(part.text) >= 5 and _sounds_its_start(low, part)}
        return self._cache[key]

    def _word_candidates(self, low: str, capital: bool) -> dict[int, float]:
        english = low in self.english or low.rstrip("s") in self.english
        by_sound = len(low) >= 4 and not english  # the last test below, by spelling and sound
        prefix = capital and len(low) >= 3 and any(part.text.startswith(low) for part in self.parts)
        if not by_sound and not prefix and low not in self._part_forms:
            return {}  # no part's test below can hold
        # whether the word is an ordinary one, asked only where a part's test below reads it
        ordinary = (by_sound or prefix) and (low in NAME_LIKE_WORDS or low in self.stop_words or is_protected_word(low))
        out: dict[int, float] = {}
        phon = None  # the word's sounds, worked out at the first part it is compared with by sound
        for part in self.parts:
            score = 0.0
            if low == part.text:
                score = 0.95
            elif low in short_forms(part.text):
                score = 0.9
            elif (
                capital and len(low) >= 3 and len(part.text) >= 5 and part.text.startswith(low)
                and not part.is_surname and not ordinary
            ):
                score = 0.7
            elif len(low) >= 4 and not ordinary and not english:
                jw = JaroWinkler.similarity(low, part.text)
                ratio = fuzz.ratio(low, part.text)
                phon = phon or _phonetic(low)
                same_sound = phon[0] == part.phon[0] or phon[1] == part.phon[1]
                if (
                    ratio >= max(self.fuzzy_threshold, 90)
                    or (jw >= 0.88 and (same_sound or ratio >= self.fuzzy_threshold))
                    or (same_sound and jw >= 0.8 and (low[0] == part.text[0] or phon[0][:1] == part.phon[0][:1]))
                ):
                    score = 0.85 if capital else (0.75 if jw >= 0.9 else 0.0)
            if score > out.get(part.person, 0.0):
                out[part.person] = score
        return out

    def _used_as_name(self, token, capital: bool, low: str) -> bool:
        """Names that are also words (Hope, Will, Grace) count only when capitalised,
        mid-sentence or as the subject at the start of one ("Will said", "Hope is nine").
        A lower-case English word that is not a listed first name ("a little while", "his PE kit")
        counts only beside another part of a case name ("lacey short"); a listed one written small where English
        grammar makes it the word ("cut some holly", "works as a mason") does not count; an acronym ("MACE") never
        does.
        In all-lower-case text, where no capital tells, any case name counts unless English grammar makes
        it the word (``uncased.used_as_word``: "the bell", "he will stop", "she has hope").
        Whatever the words around it, a case person's first name straight before that person's own surname is the
        person: the full name said ("the child in summer Nowak", where "in summer" alone is the season)."""
        if self._before_own_surname(token, low):
            return True
        if token.text.isupper() and len(low) >= 3 and not any(p.text == low and p.text.isupper() for p in self.parts):
            # an acronym ("MACE") is no name; a case surname written whole in capitals, or another case name that is
            # no English word, is that name (a surname typed in capitals, "Jane REID", or spelt out and written so by
            # a recogniser), unless the lists call it an ordinary word
            return len(low) >= 4 and any(p.text == low and (p.is_surname or low not in self.english) for p in self.parts) \
                and not (low in NAME_LIKE_WORDS or low in self.stop_words or is_protected_word(low))
        if not capital and low not in TIME_WORDS and is_lower_case_style(token.doc):
            # no capital tells: a name unless English grammar makes it the word ("the bell", "he will stop")
            return not used_as_word(token, self.english, self.verbs)
        if not capital and self.heard and low not in TIME_WORDS and any(p.text == low for p in self.parts):
            # in a transcript the recogniser chose the capitals: a case name written small ("obadiah 30 May 2017") is
            # read as in lower-case text, a name unless English grammar makes it the word
            return not used_as_word(token, self.english, self.verbs)
        if self._modifies_a_noun(token):
            return False
        ordinary = low in NAME_LIKE_WORDS or low in self.stop_words or is_protected_word(low)
        if not ordinary and not capital and low not in first_names() and (low in self.english or low.rstrip("s") in self.english):
            return is_lower_case_style(token.doc) or self._beside_name_part(token) or self._small_name_doing(token, low)
        if not ordinary and not capital and self._small_word(token, low):
            return False  # cased text, the name written small where grammar makes it the word: "some holly", "a mason"
        if not ordinary:
            return True
        if not capital:
            return False
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        subject = nxt is not None and (nxt.lower_ in _AFTER_NAME or nxt.text in ("'s", "’s"))
        if low in TIME_WORDS:  # June, May, April: a month unless plainly someone's name
            prev = token.nbor(-1) if token.i > 0 else None
            after_date = prev is not None and (prev.like_num or prev.lower_ in ("of", "in", "on", "since", "until", "by") or prev.text[:1].isdigit())
            return subject and nxt.lower_ != "and" and not after_date
        if not is_sentence_start(token):
            return True
        # in a transcript, a name said before the cue of its identifier ("River state of birth, 21 June 2000" for
        # "River's date of birth"): the cue's word after it, or a word heard for "<'s> date" before "of birth"
        cued = self.heard and nxt is not None and (nxt.lower_ in CUE_WORDS or bool(re.match(
            r"[A-Za-z]{0,2}ate\s+o[fn]\s+birth\b", token.doc.text[nxt.idx:nxt.idx + 20], re.I)))
        return subject or cued or (nxt is not None and (nxt.text == "," or self._finite_verb(nxt)))

    def _finite_verb(self, token) -> bool:
        """A verb that needs a subject before it: a past form ("got", "made", "lit", "shouted"), a form of "do" or a
        modal, or a third-person "-s" form of a verb that is no noun ("reckons", "sits"). After a name's word at a
        sentence's start, that word is its subject, not an imperative: "Chase got back at four", "Chase did sit
        with me" (the imperative takes no such verb: "Chase him up"). A plural noun may look like a "-s" form
        ("Summer holidays", "Amber lights"), so a base that is also a noun does not count; a lower-case word only."""
        low = token.lower_
        if not token.text.isalpha() or not token.text.islower():
            return False
        if low in _FINITE_FUNCTION_VERBS or low in self.irregular:
            return True
        if low.endswith("ed") and len(low) >= 5:
            stem = low[:-2]
            return stem in self.verbs or stem + "e" in self.verbs or (stem.endswith("i") and stem[:-1] + "y" in self.verbs) \
                or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in self.verbs)
        for end, base in (("ies", "y"), ("es", ""), ("s", "")):
            if low.endswith(end) and len(low) >= len(end) + 3:
                stem = low[: -len(end)] + base
                if stem in self.verbs:
                    return stem not in self.nouns
        return False

    def _small_word(self, token, low: str) -> bool:
        """Cased text, a case name written in lower case after an article or quantifier ("some holly", "a mason"), or
        after a form of "be" and before a lower-case word ("there was crystal meth"): the English word. Not after a
        demonstrative or a verb alone ("that marian will", "present were riley, mum ...")."""
        doc = token.doc
        if token.i == 0 or low not in self.english:
            return False
        prev = doc[token.i - 1].lower_
        if prev in _ARTICLES_AND_QUANTIFIERS:
            return True
        # ... or after an article or quantifier and one lower-case describing word ("a weeping willow", "his
        # football kit", "a little robin"); never after a word for a person ("her friend grace", "the boy robin")
        before = doc[token.i - 1]
        if (token.i >= 2 and doc[token.i - 2].lower_ in _DESCRIBED_AFTER and before.is_alpha
                and before.text.islower() and before.lower_ not in self.stop_words and before.lower_ in self.english
                and not is_protected_word(before.lower_) and before.lower_ not in _PEOPLE_WORDS
                and before.lower_ not in first_names()):
            return True
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if self._coordinated_with_a_word(token):
            return True
        return (prev in _BE_FORMS and nxt is not None and nxt.text.isalpha() and nxt.text.islower()
                and nxt.lower_ not in self.stop_words)

    def _coordinated_with_a_word(self, token) -> bool:
        """Cased text, a case name written small in a pair, list or range with a colour's word: a rating ("from red to
        amber", "amber or green", "red, amber and green"), never a person ("mum and amber", "amber and grace")."""
        doc, i = token.doc, token.i

        def colour(k: int) -> bool:
            return 0 <= k < len(doc) and doc[k].text.islower() and doc[k].lower_ in _COLOUR_TERMS

        joined_before = i >= 2 and doc[i - 1].lower_ in ("and", "or", "&", "to", ",") and colour(i - 2)
        joined_after = i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "or", "&", "to", ",") and colour(i + 2)
        return joined_before or joined_after

    def _modifies_a_noun(self, token) -> bool:
        """A name's word after an article and before a lower-case word is that word's modifier, not a
        person: "the Pearl necklace", "the Lambton worm", "the Rose Bush" (a recogniser capitalises such words
        when the case context names someone so, and the word after them too); never "the Lauder family", a word for
        one of a family ("the Hutchinson lad": roles.PERSON_NOUNS) or a full name ("the Lacey Short report")."""
        doc = token.doc
        if token.i == 0 or token.i + 1 >= len(doc):
            return False
        prev, nxt = doc[token.i - 1], doc[token.i + 1]
        # the article a word of its own, not the last letter of something read out ("B-1-5-7-284-A Jodie email")
        alone = prev.i == 0 or bool(doc[prev.i - 1].whitespace_)
        return (
            prev.lower_ in ("the", "a", "an") and alone and nxt.text.isalpha()
            # the noun lower case, or capitalised by the recogniser beside the name ("the Rose Bush")
            and (nxt.text.islower() or (nxt.lower_ in self.english and nxt.lower_ not in first_names()))
            and nxt.lower_ not in HOUSEHOLD_NOUNS and nxt.lower_ not in PERSON_NOUNS and nxt.lower_ not in _AFTER_NAME and not self._beside_name_part(token)
            # a personal identifier's word names whose it is ("for a Jodie email is ...", "the Kacey date of birth"):
            # the name before it is its owner's, said without the possessive the recogniser lost
            and nxt.lower_ not in CUE_WORDS
        )

    def _before_own_surname(self, token, low: str) -> bool:
        """``token`` is a case person's first name (no title) and the word after it that same person's surname."""
        doc = token.doc
        if (token.i + 1 >= len(doc) or not token.whitespace_
                or low in NAME_TITLES or low in RANK_TITLES or low in KIN_WORDS):
            return False  # a title or a family word the context wrote with the name ("Sister Okoye") is no first name
        after = _POSSESSIVE_S.sub("", doc[token.i + 1].lower_)
        people = {p.person for p in self.parts if p.text == low and not p.is_surname}
        return any(p.person in people and p.is_surname and p.text == after for p in self.parts)

    def _small_name_doing(self, token, low: str) -> bool:
        """Cased text, a case person's given name written small where the lemma index also knows the word (it holds
        people's surnames, "lennon"), standing as a person: the subject of a reporting or doing verb with nothing to
        make it a noun before it ("... the football". lennon said"), or joined by "and" to another of the case's
        given names ("visit to lennon and tilly-mae")."""
        if not any(p.text == low and not p.is_surname for p in self.parts):
            return False
        doc, i = token.doc, token.i
        if i > 0 and doc[i - 1].is_alpha and doc[i - 1].lower_ not in _CLAUSE_OPENERS | _BEFORE_A_PERSON:
            return False  # "the lennon", "his lennon records", "john lennon": a word, or someone else's name
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in _REPORTING_AFTER_A_NAME:
            return True
        given = {p.text for p in self.parts if not p.is_surname}
        return (nxt is not None and nxt.lower_ == "and" and i + 2 < len(doc) and doc[i + 2].lower_ in given
                and doc[i + 2].lower_ != low)

    def _beside_name_part(self, token) -> bool:
        texts = {p.text for p in self.parts}
        doc = token.doc
        return any(
            0 <= j < len(doc) and re.sub(r"['’]s$", "", doc[j].lower_) in texts and doc[j].lower_ != token.lower_
            for j in (token.i - 1, token.i + 1)
        )

    def analyze(self, text, entities, nlp_artifacts=None):
        results: list[RecognizerResult] = []
        if self.parts and nlp_artifacts is not None and nlp_artifacts.tokens is not None:
            results.extend(self._names(text, nlp_artifacts.tokens))
        for pattern, entity in self.phrases:
            for m in pattern.finditer(text):
                results.append(self._result(entity, m.start(), m.end(), 0.9))
        for m in _FAMILY_BY_SURNAME.finditer(text):
            if any(p.is_surname and p.text == m.group("name").lower() for p in self.parts):
                # "the Herons", "the Mahmoods": the family by its surname in the plural (no one person of it)
                results.append(self._result(PERSON, m.start("name"), m.end(), 0.85))
        if self.initials:
            for m in _INITIALS.finditer(text):
                person = self.initials.get(re.sub(r"[.\-]", "", m.group()))
                if person is not None and not re.match(r"\s[A-Z][a-z]", text[m.end():]):  # "DC Sandhu": a title
                    r = self._result(PERSON, m.start(), m.end() - m.group().endswith("."), 0.85)
                    r.recognition_metadata[PERSON_INDEX_KEY] = person
                    results.append(r)
        if self.child_initial and not self.heard:
            for start in _subject_initials(text, self.child_initial, self.verbs | self.irregular):
                r = self._result(PERSON, start, start + 1, 0.8)
                r.recognition_metadata[PERSON_INDEX_KEY] = 0
                results.append(r)
        if self.lower_school and nlp_artifacts is not None and nlp_artifacts.tokens is not None and is_lower_case_style(nlp_artifacts.tokens):
            for m in self.lower_school.finditer(text):
                results.append(self._result(INSTITUTION, m.start("name"), m.end("name"), 0.8))
        if self.postcode or self.dob:
            heard = heard_tokens(text)
            # the family's postcode and the child's date of birth however they were heard, cue or no cue
            for start, end in find_known_value(heard, self.postcode) if self.postcode else ():
                results.append(self._result(POSTCODE, start, end, 0.9))
            names = self.name_words()
            for start, end in find_postcode_where_due(heard, text, self.places, self.postcode, names) if self.postcode else ():
                results.append(self._result(POSTCODE, start, end, 0.6))
            if self.postcode and self.heard:  # by the outward code or the inward code heard exactly
                for start, end in (find_postcode_by_its_outward_code(heard, text, self.postcode, self.english,
                                                                     self.stop_words, names, self.irregular)
                                   + find_postcode_by_its_inward_code(heard, text, self.postcode, self.english)):
                    results.append(self._result(POSTCODE, start, end, 0.85))
            for start, end in find_known_date(heard, self.dob.day, self.dob.month, self.dob.year) if self.dob else ():
                results.append(self._result(DATE_OF_BIRTH, start, end, 0.9))
        return results

    def _names(self, text: str, doc) -> list[RecognizerResult]:
        matches = []  # (start, end, candidates, token_index)
        for tok in doc:
            cands = self._token_candidates(tok)
            if cands:
                end = tok.idx + len(tok.text)
                m = re.search(r"['’]s$", tok.text)
                if m:
                    end -= 2
                elif (tok.text.islower() and tok.text.endswith("s") and tok.text[:-1] in self._part_forms
                        and tok.text not in self._part_forms):
                    end -= 1  # a possessive written without its apostrophe ("kais phone", "eilidhs date of birth"):
                    # the name is the part before the "s", as before "'s"
                matches.append([tok.idx, end, cands, tok.i])
        matches = matches + self._split_words(text, doc, matches) + self._after_initials(doc)
        if self.heard:
            matches += self._heard_beside(doc, matches)
        matches = sorted(matches, key=lambda m: m[0])
        # join adjacent name tokens ("Kayleigh Robson") into one mention
        merged: list[list] = []
        for m in matches:
            if merged and m[3] == merged[-1][3] + 1 and text[merged[-1][1]:m[0]].strip() == "":
                prev = merged[-1]
                common = {k: prev[2][k] + m[2][k] for k in prev[2].keys() & m[2].keys()}
                if common:
                    prev[1], prev[2], prev[3] = m[1], common, m[3]
                    continue
            merged.append(list(m))
        out = []
        for start, end, cands, last_i in merged:
            person = self._choose(cands, text, start)
            score = min(0.95, max(cands.values()))
            r = self._result(PERSON, start, end, score)
            r.recognition_metadata[PERSON_INDEX_KEY] = person
            out.append(r)
            nick = self._nickname_after(text, end, doc) if len(text[start:end].split()) >= 2 else None
            if nick is not None:
                r = self._result(PERSON, *nick, 0.75)  # over the NER's 0.7 for the same word
                r.recognition_metadata[PERSON_INDEX_KEY] = person
                out.append(r)
        return out

    def _nickname_after(self, text: str, end: int, doc) -> tuple[int, int] | None:
        """A person's full name, then between commas one capitalised word: the name the family calls them ("visit to
        Harjot Sandhu, Jotty, he's fourteen"; ``_APPOSED_NICKNAME``). Never a day, a month, a family word or a title,
        a place, a stop word, a cue or a never-redact word ("Ethan Cheung, Tuesday, ...", "Amy Bell, Mum, ..."), nor
        a listed first name or a list's next item: another person; and the note says it again, capitalised."""
        m = _APPOSED_NICKNAME.match(text, end)
        if not m:
            return None
        low = m.group("nick").lower()
        if (low in self.stop_words or low in TIME_WORDS or low in KIN_WORDS or low in NAME_TITLES or low in RANK_TITLES
                or is_protected_word(low) or is_place(m.group("nick")) or low in CUE_WORDS
                or low in first_names() or re.match(r"\s(?:and|or|&)\b", text[m.end():])):
            return None  # a first name, or a list: another person ("Amy Bell, Kyle, and Sam"), found as one
        tok = next((t for t in doc if t.idx == m.start("nick")), None)
        nick = re.escape(m.group("nick"))
        if tok is not None and (tok.ent_type_ in ("FAC", "ORG", "NORP") or (
                tok.ent_type_ in ("GPE", "LOC") and re.search(
                    rf"(?:\b(?i:in|at|from|to|near|round)|\b[A-Z][\w'’\-]*)\s{nick}\b", text))):
            # "Tom Gallagher, Leeds, joint home visit": a place the lexicon does not hold, said elsewhere as a place
            # ("in Leeds") or as the end of a longer name ("Co-op Academy Leeds"); the NER's place tag alone is no
            # veto ("Craig Ritson, Titch, a call him ... said Titch slept over")
            return None
        # a name given is used: said once only, it is as often a word misheard ("care leaver" heard "Caliver", "erm"
        # heard "Urm"); said again after an article or a possessive, it is a word ("the Kinship allowance")
        # (in any case where it is no English word: a recogniser writes a name it knows not in lower case, "jotty")
        said = [k for k in re.finditer(rf"\b{re.escape(m.group('nick'))}\b", text, 0 if low in self.english else re.I)
                if not re.search(r"\b(?i:the|a|an|his|her|their|my|our|your|this|that)\s+$", text[max(0, k.start() - 8):k.start()])]
        return m.span("nick") if len(said) >= 2 else None

    def _split_words(self, text: str, doc, matches: list[list]) -> list[list]:
        """A capitalised case name the tokenizer cut in two as if it were a contraction ("Youll" read as
        "You" + "ll"): the whole word, where it is a case name's part or its short form (never fuzzily)."""
        out = []
        taken = {m[0] for m in matches}
        i = 0
        while i < len(doc) - 1:
            j = i
            while j + 1 < len(doc) and doc[j].whitespace_ == "" and doc[j + 1].text.isalpha() and doc[j].text.isalpha():
                j += 1
            if j > i and doc[i].text[:1].isupper() and doc[i].idx not in taken:
                word = text[doc[i].idx:doc[j].idx + len(doc[j].text)]
                cands = {k: v for k, v in self._word_candidates(word.lower(), True).items() if v >= 0.9}
                if cands and word.lower() not in self.english:
                    out.append([doc[i].idx, doc[j].idx + len(doc[j].text), cands, doc[j].i])
            i = j + 1
        return out

    def _heard_beside(self, doc, matches: list[list]) -> list[list]:
        """In a transcript, two case names a recogniser wrote as words, by what stands beside them: after a kinship
        word ("mam Honour" for Honor), a capitalised word spelt closely as a case name's part (rapidfuzz ratio >= 85)
        with its sounds (Metaphone), English or not; and straight after a person's first name, a capitalised word
        their surname starts with ("Edgiva Lethe Vedic" for "Edgiva Letheby dictating"), three letters or more."""
        taken = {m[3] for m in matches}
        first_of = {m[3]: m[2] for m in matches}
        out = []
        for tok in doc:
            word = re.sub(r"['’]s$", "", tok.text)
            low = word.lower()
            if tok.i in taken or tok.i == 0 or not word[:1].isupper() or len(low) < 3 or not low.isalpha():
                continue
            prev = doc[tok.i - 1]
            cands: dict[int, float] = {}
            if prev.lower_ in KIN_WORDS and prev.whitespace_:
                phon = _phonetic(low)
                for part in self.parts:
                    if phon[0] == part.phon[0] and fuzz.ratio(low, part.text) >= 85:
                        cands[part.person] = 0.85
            elif tok.i - 1 in first_of and prev.whitespace_:
                for part in self.parts:
                    if part.is_surname and part.person in first_of[tok.i - 1] and part.text.startswith(low) and low != part.text:
                        cands[part.person] = 0.85
            if cands:
                out.append([tok.idx, tok.idx + len(word), cands, tok.i])
        return out

    def _after_initials(self, doc) -> list[list]:
        """A capitalised case name run on to the initials before it in one token ("C.Nottavia", "S.Y.Kenver"): the
        name after the last dot, as any capitalised word is matched."""
        out = []
        for tok in doc:
            m = _GLUED_INITIALS.match(tok.text)
            if m:
                rest = tok.text[m.end():]
                cands = self._word_candidates(re.sub(r"['’]s$", "", rest).lower(), True)
                if cands and rest.lower() not in self.english:
                    out.append([tok.idx + m.end(), tok.idx + len(re.sub(r"['’]s$", "", tok.text)), cands, tok.i])
        return out

    def _choose(self, cands: dict[int, float], text: str, start: int) -> int:
        if len(cands) == 1:
            return next(iter(cands))
        best = max(cands.values())
        top = [p for p, s in cands.items() if s == best]
        if len(top) == 1:
            return top[0]
        title = re.search(r"\b(mr|mister|mrs|ms|miss)\.?\s+$", text[max(0, start - 8):start], re.IGNORECASE)
        if title:
            sex = TITLE_SEX[title.group(1).lower()]
            gendered = [p for p in top if role_has_sex(self.people[p][1], "f" if sex == "f" else "m")]
            if gendered:
                return gendered[0]
            adults = [p for p in top if self.people[p][1] != "child"]
            if adults:
                return adults[0]
        return top[0]

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return make_result(self, entity, start, end, score)
