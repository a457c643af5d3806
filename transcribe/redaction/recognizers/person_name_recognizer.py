"""Names of people the case context does not know (a neighbour, a new partner).

spaCy's PERSON entities from the doc Presidio already made, cleaned of titles,
relationship words and social-care terms, plus patterns for "Mr Jones", "called Jordan",
"her new partner Wayne".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .result import make_result
from presidio_analyzer import LocalRecognizer

from ...language.kinship import KIN_WORDS, KIN_WORDS_OTHER_LANGUAGES, NAMED_AFTER, WRITTEN_TITLE_WORDS
from ...language.dates import MONTHS, WEEKDAYS
from ...language.roles import HOUSEHOLD_NOUNS, PERSON_NOUNS, ROLE_ABBREVIATIONS, ROLE_WORDS, ROLE_WORDS_WRITTEN
from ...language.titles import NAME_TITLES, NAME_TITLES_WRITTEN, RANK_TITLES, RANK_TITLES_WRITTEN
from ..entities import PERSON
from ..nlp_engine import is_lower_case_style, is_sentence_start
from ..lexicon import NAME_LIKE_WORDS, PUBLIC_PLACE_HEADS, is_place, is_protected_word
from ..text_reads import protected_spans, reading
from ..uncased import is_english, used_as_word
from .street_address_recognizer import NAMED_STREET, NUMBERED_STREET
from spacy.lang.en.stop_words import STOP_WORDS

_DATA = Path(__file__).resolve().parents[1] / "data"


def _read_names(name: str) -> frozenset[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first-name gazetteer (lower case), matched in either case; see data/first_names.txt."""
    return _read_names("first_names.txt")


@lru_cache(maxsize=1)
def world_names() -> frozenset[str]:
    """First names matched only capitalised (lower case here); see data/first_names_world.txt."""
    return _read_names("first_names_world.txt")

# A title before a name: Mr Jones, PC Hall, Auntie Shaz (language.titles; kinship's title words)
_TITLE = "(?:" + "|".join(NAME_TITLES_WRITTEN + RANK_TITLES_WRITTEN + tuple(sorted(w.capitalize() for w in WRITTEN_TITLE_WORDS))) + ")"
# a name's word, with a surname's prefix written with its own capital ("MacLeod", "McArdle", "O'Hare", "FitzGerald",
# "DeSouza", "LeBlanc", "VanDyke"): the Gaelic, Norman and Dutch prefixes of surnames in the UK
_NAME = r"(?:Mac|Mc|O['’]|Fitz|De|Di|Da|Le|La|Van)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
# a family or role word before a name: "her cousin Jade", "his coach Gowens" (kinship.NAMED_AFTER, language.roles),
# and a family word of the families' other languages ("her masi, Rani": kinship.KIN_WORDS_OTHER_LANGUAGES)
_KIN = "|".join(re.escape(w) for w in sorted(NAMED_AFTER | KIN_WORDS_OTHER_LANGUAGES, key=len, reverse=True))
_ROLE = "|".join(re.escape(w) for w in sorted(ROLE_WORDS_WRITTEN, key=len, reverse=True))
# the same words capitalised, as a recogniser writes them mid-sentence ("Mam Centre Friend Hope sometimes ...")
_CAPITALISED_CUES = "|".join(sorted({re.escape(w[:1].upper() + w[1:]) for w in NAMED_AFTER | set(ROLE_WORDS_WRITTEN)
                                     if w[:1].islower()}, key=len, reverse=True))
PATTERNS = [
    # Mr Jones, Dr Patel, Auntie Shaz; an officer's collar number between rank and name (PC 1234 Anderson)
    re.compile(rf"\b{_TITLE}\.?\s(?:\d{{2,6}}\s)?(?P<name>{_NAME}(?:\s{_NAME})?)"),
    # called Jordan, named Tyler, her new partner Wayne, neighbour Brian
    re.compile(
        rf"\b(?:called|named|name's|name is|known as|{_KIN}|{_ROLE}|(?P<capital>{_CAPITALISED_CUES}))"
        rf",?\s(?P<name>{_NAME}(?:\s{_NAME})?)"
    ),
    # his key worker is Tamsin, the worker there is Jessamine: a role, then who holds it
    re.compile(rf"\b(?:{_ROLE})(?:\s(?:there|here|now|then))?\s(?:is|was)\s(?P<name>{_NAME}(?:\s{_NAME})?)"),
    # a name title written in capitals, as recognisers write "Ms" ("his teacher, MS Fairweather"): the title
    # only before a word that is no English word ("MS Teams", "DR Congo", "MR scan" are not people)
    re.compile(r"\b(?:" + "|".join(t.upper() for t in NAME_TITLES_WRITTEN) + rf")\.?\s(?P<name>{_NAME})"),
    # a nickname given as one ("known as Smiley", "his mates call him Tank", "nicknamed 'Diesel'", "goes by Jax",
    # "prefers to be called Tee", "who everyone calls Pops", 'the night worker he calls "Sunny"'): the verbs English
    # names a person with, active, passive or in a relative clause (one or two words of subject between "who" and the
    # verb; a pronoun and the verb before a quotation mark), then a capitalised word, a name whatever else the word means
    # (the verb capitalised at a sentence's start too, "Goes by Nikabee"; "known" with where or to whom before "as", up
    # to four words after its preposition: "known on the site as Tinbox", "known round here as", "known to everyone in
    # the family as Lucky")
    re.compile(r"\b(?:(?i:known)(?:\s(?:on|at|in|round|around|to|by)(?:\s[a-z]+){1,4})?\sas|(?i:nicknamed)|"
               r"(?i:nickname)\sis|(?i:goes)\sby|aka|a\.k\.a\.?|(?:to\sbe|being)\scalled|"
               r"who(?:m)?\s(?:[a-z]+\s){1,2}(?:call|calls|called)|"
               r"(?:he|she|they|we|I)\s(?:call|calls|called)(?=\s['\"‘“])|"
               r"(?:call|calls|called|calling)\s(?:him|her|them|me|himself|herself|themselves|myself))"
               rf"\s['\"‘“]?(?P<name>{_NAME}|[A-Z]{{2,3}}\b)"),
    # a name in apposition with the role or family place it holds, no punctuation needed ("Sue his key worker at
    # Little Acorns told us", "Gary, her dad, was in"): a capitalised word that is no English word, then a possessive
    # and the role
    re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}),?\s(?:his|her|their|my|our)\s(?:new\s|old\s)?(?:{_KIN}|{_ROLE})\b"),
    # ... and with the role after "the" between commas ("Kiran, the youth worker who runs the girls' group")
    re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}),\sthe\s(?:[a-z]+\s)?(?:{_ROLE})\b"),
    # a nickname given after it: said with who calls the person so ("Yusuf, Bablu, they call him"), or as what the
    # person is to everyone ("Katarzyna, who's Kasia to everybody")
    re.compile(rf"(?<![\w'’-])['\"‘“]?(?P<name>{_NAME})['\"’”]?,?\s(?:they|we|everyone|everybody)\s(?:call|calls)\s"
               r"(?:him|her|them)\b"),
    re.compile(rf"\bwho(?:['’]s|\sis|\swas)\s['\"‘“]?(?P<name>{_NAME})['\"’”]?\sto\s(?:everyone|everybody|all|us|"
               r"the\s(?:family|kids|lads|girls)|(?:his|her|their)\s(?:mates|friends|family))\b"),
    # ... or as what the person's name really is ("Pip's real name is Philippa", "Tink's proper name is Tia"): the word
    # before is what everyone calls them
    re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})['’]s\s(?:real|proper|full|actual|given)\sname\s(?:is|was)\b"),
]
# the nickname patterns' names are names though English words; a family word ("they call her Nana") or a word no name
# is stays
_NICKNAME_PATTERNS = (4, 7, 8, 9)


@reading
def nicknames_given(text: str) -> frozenset[tuple[int, int]]:
    """The spans of the nicknames ``text`` gives as names (``PATTERNS`` of ``_NICKNAME_PATTERNS``), read once per note
    (``text_reads.reading``: this recogniser, the resolution step and the names said again each ask)."""
    return frozenset(m.span("name") for k in _NICKNAME_PATTERNS for m in PATTERNS[k].finditer(text)
                     if not text[m.end("name"):m.end("name") + 1].isalnum())  # a whole word: never "Year" of "Year6"
# the animals a family keeps (and a child's teddy), one and more: a name after one is a pet's ("a fish called Nemo")
_ANIMALS = (r"fish|dogs?|cats?|pets?|hamsters?|rabbits?|puppy|puppies|kittens?|budgies?|birds?|guinea\spigs?|snakes?"
            r"|pony|ponies|horses?|teddy|teddies")
_PET = re.compile(rf"\b(?:{_ANIMALS})\b", re.IGNORECASE)
# a name straight after the animal it names ("dog Tyson", "the cat, Luna", "a puppy called Bella"): a pet's
_PET_WORDS = rf"\b(?:{_ANIMALS})(?:,?\s(?:called|named))?,?\s"
_PET_BEFORE = re.compile(_PET_WORDS + "$", re.IGNORECASE)
_PET_NAMED = re.compile(r"(?i:" + _PET_WORDS + r")(?P<name>[A-Z][a-z]+)\b")
_KIN_OR_ROLE_BEFORE = re.compile(rf"\b(?:{_KIN}|{_ROLE}),?\s$", re.IGNORECASE)


def pet_names(text: str) -> frozenset[str]:
    """The names ``text`` gives its animals (``_PET_NAMED``: "dog Tyson", "a puppy called Bella")."""
    return frozenset(m.group("name") for m in _PET_NAMED.finditer(text))


def names_a_pet(text: str, start: int, end: int, pets: frozenset[str]) -> bool:
    """The name at ``start``..``end`` follows the animal it names (``_PET_BEFORE``), or is one of ``pets``
    (:func:`pet_names`), the names the note gives its animals ("dog Tyson ... Tyson's new lead")."""
    if _PET_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _KIN_OR_ROLE_BEFORE.search(text, max(0, start - 30), start):
        return False  # "her brother Max": a person, whatever the cat is called
    return re.sub(r"['’]s$", "", text[start:end]) in pets
# the second word of senior clubs named after their town (Football League and National League sides)
_TOWN_CLUB_WORDS = {"united", "city", "town", "rovers", "athletic", "albion", "wanderers", "county", "spartans", "fc", "afc"}
_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "into", "towards", "around", "round", "via"}
_TITLE_WORDS = NAME_TITLES | RANK_TITLES | {"st", "saint"}
_LOWER_TITLES = frozenset(t.lower() for t in NAME_TITLES_WRITTEN)
# verbs whose subject, right before them, is a person: telling, asking, feeling, wanting, coming and going
_REPORTING_VERBS = frozenset(
    """
    said says told tells asked asks explained explains replied replies answered shared shares added adds agreed
    agrees disclosed discloses showed shows cried cries laughed laughs smiled smiles shouted shouts whispered
    wants wanted likes liked loves loved hates hated feels felt thinks thought went goes came comes ran runs
    rang rings texted texts visited visits stays stayed lives lived misses missed enjoys enjoyed worries worried
    """.split()
)
# the forms of "be" and "have" a subject stands before ("JT is fourteen", "MJ has been ...")
_BE_OR_HAVE = frozenset("is was has had will would".split())
# two capitals that stand for a role, a subject, a body or a time, never a person, complete by this rule: the
# two-letter abbreviations children's social care, schools, health and the police write for people by their role
# (SW social worker, YP young person, PA personal adviser, HV health visitor, GP, OT occupational therapist, SN school
# nurse, MW midwife, TA teaching assistant, KW key worker, FC foster carer, CW contact worker, RM registered manager,
# TM team manager, PO probation officer, PC, DC, DS, DI police ranks, MP), for harms and plans (DV, DA, CP, MH), school
# subjects (PE, RE, IT, DT), and the everyday ones (TV, UK, EU, OK, ID, HR, PS, AM, PM, BC, AD, MS Teams)
_ABBREVIATIONS_NOT_PEOPLE = frozenset(
    "sw yp pa hv gp ot sn mw ta kw fc cw rm tm po pc dc ds di mp dv da cp mh pe re it dt tv uk eu ok id hr ps am pm "
    "bc ad ms".split())
# before a word used as a word: "the will said", "my hope is"
_DETERMINERS = frozenset("the a an my his her their our your its this that these those no every each some any".split())
_NOT_NAMES = {
    "section", "child", "early", "signs", "safety", "mash", "iro", "core", "group", "help", "need",
    "metro", "i", "ok", "okay", "yeah", "aye", "no", "yes", "bless", "god", "jesus", "christ",
    "lol", "xbox", "christmas", "easter", "eid", "diwali", "ramadan", "english", "british",
    "polish", "asian", "white", "black", "plan", "conference", "review", "meeting", "police",
    "postcode", "address", "email", "mobile", "dob", "nhs", "ni", "right", "recorded", "actions", "plan",
}


# what stands between a street and the town named at ``start``: a comma, perhaps a district before it
# ("22 Bluebell Road, Eaton, Norwich")
_PLACES_BETWEEN = re.compile(r"(?:,\s*[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+)?){0,2},\s*")
MAX_BEFORE_TOWN = 80  # characters searched back for the street


def _after_street(text: str, start: int) -> bool:
    """A street (numbered or named) ends before ``start`` with only commas and places between."""
    window = max(0, start - MAX_BEFORE_TOWN)
    if "," not in text[window:start]:
        return False
    return any(_PLACES_BETWEEN.fullmatch(text, m.end(), start)
               for pattern in (NUMBERED_STREET, NAMED_STREET) for m in pattern.finditer(text, window, start))


# the irregular plurals for people, whose possessive names a body or a service ("Children's", "Women's")
_PEOPLE_PLURALS = frozenset("children women men people folk".split())
# going to, being at or coming from someone's ("Children's Services", a capitalised word after it, is a body's name): "chill at Deano's", "stays round Kez's", "back from Jax's"
_SOMEONES_PLACE = re.compile(r"\b(?:at|round|to|from|over)\s(?P<name>[A-Z][a-z]+)(?=['’]s\b(?!\s+[A-Z]))")
NER_SCORE = 0.7  # a name the NER found (patterns and lists score otherwise)
ORG_AS_PERSON_SCORE = 0.6  # a name of people's names the NER took for an organisation


# a month name that is also a given name (Jan, June, April, May) standing in a date: after a day ("the 1st Jan",
# "3rd of June") or before a year ("Jan 2020")
_DAY_BEFORE = re.compile(r"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:\sof)?\s$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\.?,?\s(?:19|20)?\d\d\b")


def _dated_month(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a month's name or short form written as part of a date?"""
    if text[start:end].lower().rstrip(".") not in MONTHS:
        return False
    return bool(_DAY_BEFORE.search(text[max(0, start - 12):start]) or _YEAR_AFTER.match(text, end))


class PersonNameRecognizer(LocalRecognizer):
    """PERSON from spaCy NER (the run Presidio already did) and from name patterns."""

    def __init__(self, supported_language: str = "en", use_ner: bool = True, english: frozenset[str] = frozenset()):
        self.use_ner = use_ner
        self.english = english
        super().__init__(
            supported_entities=[PERSON],
            supported_language=supported_language,
            name="PersonNameRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        spans: list[tuple[int, int, float]] = []
        if self.use_ner and nlp_artifacts is not None:
            for ent in nlp_artifacts.entities:
                if ent.label_ == PERSON and not any(ch.isdigit() for ch in ent.text):
                    if len(ent) == 1 and self._first_name_before(ent):
                        # "Hope Smith", "Then Summer Hill came": the NER took only the surname, itself a word
                        spans.extend(self._clean(text, ent.doc[ent.start - 1].idx, ent.end_char, 0.7))
                        continue
                    if len(ent) == 1 and ent.start > 0 and ent[0].lower_ not in first_names():
                        if ent.doc[ent.start - 1].lower_ in _PLACE_PREPOSITIONS:
                            continue  # "in Jarrow", "from Heworth": a place the NER took for a name
                        if self._word(ent[0].lower_) and ent[0].lower_ not in NAME_LIKE_WORDS:
                            continue  # "a big Frozen poster", "Down's", "fits Kitchens": an ordinary word, capitalised
                    if len(ent) == 1 and ent.text.isupper() and len(ent.text) >= 3 and self._word(ent.text.lower()):
                        continue  # "STEM", "MACE": an acronym that is also a word
                    if self._heading(ent):
                        continue  # "Case Note, by ...", "Family Support, Wren showed me": a heading, not a name
                    if ent[-1].lower_ in PUBLIC_PLACE_HEADS:
                        continue  # "Preston Park", "Saltwell Park": a public place
                    start, end = self._without_words_beside(ent)
                    spans.extend(self._clean(text, start, end, NER_SCORE))
                elif ent.label_ in ("ORG", "ORGANIZATION") and (shaped := self._person_shaped(ent)) is not None:
                    spans.extend(self._clean(text, shaped[0], shaped[1], ORG_AS_PERSON_SCORE))
        if nlp_artifacts is not None and nlp_artifacts.tokens is not None:
            spans.extend(self._gazetteer(text, nlp_artifacts.tokens))
            spans.extend(self._after_lower_title(nlp_artifacts.tokens))
            spans.extend(self._reporting_subject(nlp_artifacts.tokens))
            spans.extend(self._unlisted_subject(nlp_artifacts.tokens))
            spans.extend(self._initials_subject(nlp_artifacts.tokens))
            spans.extend(_family_by_surname_apposed(text))
            if not is_lower_case_style(nlp_artifacts.tokens):
                spans.extend(self._someones_place(text))
                spans.extend(self._in_a_persons_place(nlp_artifacts.tokens))
        for k, pattern in enumerate(PATTERNS):
            for m in pattern.finditer(text):
                if _PET.search(text, max(0, m.start() - 25), m.start() + 1):
                    continue  # "a fish called Nemo" is not a person
                name = m.group("name")
                if k in _NICKNAME_PATTERNS and (name.lower() in KIN_WORDS or name.lower() in _NOT_NAMES):
                    continue
                if k == 1 and m.group("capital"):
                    first = name.split()[0].lower()
                    if "," in text[m.end("capital"):m.start("name")] or (self._word(first) and first not in NAME_LIKE_WORDS):
                        continue  # "Carer Support", "Friend Request": a capitalised cue before a word, a title; and
                        # a list's next item after a comma ("Social Worker, Dictating, Visitor")
                if k == 1 and " " not in name and self._word(name.lower()) and re.match(r"\s(?:on|at|to|in|with|for)\b", text[m.end("name"):]):
                    continue  # "social worker Visit on Wednesday": a heading run into the role, not a name
                if k == 2 and " " not in name and self._word(name.lower()) and not re.match(
                        r"\s*(?:[,.;:!?)]|$|\swho\b)", text[m.end("name"):]):
                    continue  # "the social worker is Off today", "her friend is Kurdish and ...": an English word
                    # capitalised, the sentence going on; a name ends the clause ("the worker there is Wren, and")
                if k == 6 and (is_english(name.lower(), self.english) or is_protected_word(name)):
                    continue  # "Hope, the teacher said, ...": a word that is also a name, before an aside
                if k == 5 and ((self._word(name.lower()) and name.lower() not in NAME_LIKE_WORDS) or is_protected_word(name)):
                    continue  # "Today his mum said", "Mum her partner": a word, not a name ("Sue" is both: a name)
                if k == 3 and self._word(name.lower()):
                    continue  # "MS Teams", "DR Congo": an abbreviation before a word
                spans.extend(self._clean(text, m.start("name"), m.end("name"), 0.75, given=k in _NICKNAME_PATTERNS))
        guarded = protected_spans(text)
        given = nicknames_given(text)  # a nickname given as one is a name, whatever else the word means ("Pip", "PIP")
        out = []
        for start, end, score in spans:
            start = _after_role_abbreviation(text, start, end)
            if (big := _SIZE_BEFORE_A_NAME.search(text, max(0, start - 8), start)) and \
                    text[start:end].split()[0].lower() in first_names():
                start = big.start()  # "Big Dave", "Wee Jimmy": the nickname is both words
            if start >= end:
                continue
            if (any(s <= start and end <= e for s, e in guarded) and (start, end) not in given) or self._place(
                    text, start, end) or _dated_month(text, start, end):
                continue
            out.append(
                make_result(self, PERSON, start, end, score)
            )
        return out

    @staticmethod
    def _first_name_before(ent) -> bool:
        """Is the word before this one-word entity a capitalised first name, or a word that is also one ("Hope")?"""
        if ent.start == 0:
            return False
        prev = ent.doc[ent.start - 1]
        low = prev.lower_
        return (prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()
                and (low in first_names() or low in world_names() or low in NAME_LIKE_WORDS))

    def _word(self, low: str) -> bool:
        """An English word (or its plural) that no list holds as a first name."""
        plural = len(low) > 4 and low.endswith("s") and low[:-1] in self.english  # "Kitchens", never "Ros"
        return (low in self.english or plural) and low not in first_names() and low not in world_names()

    def _person_shaped(self, ent) -> tuple[int, int] | None:
        """The span of a name the small NER model labelled an organisation ("I spoke to Crispian Lomax": ORG): after
        any opening English word, title or family word ("Dad"), two or three capitalised words, none an English word,
        a stop word, a place or a never-redact word. An organisation's name has a kind or an English word in it
        ("Sure Start", "Tyne Housing", "Kidz Club"); a name of people's names has neither."""
        words = [t for t in ent]
        while words and (self._word(words[0].lower_) or words[0].lower_ in STOP_WORDS):
            words = words[1:]
        if not 2 <= len(words) <= 3:
            return None
        for tok in words:
            low = tok.lower_
            if not (tok.is_alpha and tok.text[0].isupper() and not tok.text.isupper()):
                return None
            if self._word(low) or low in STOP_WORDS or is_protected_word(low) or is_place(tok.text):
                return None
        return words[0].idx, words[-1].idx + len(words[-1].text)

    def _without_words_beside(self, ent) -> tuple[int, int]:
        """The NER name without the English word that opens its sentence or clause (after a comma) before a first
        name ("Seen Tyler", "Hannah Pelling, Seen Tyler,"). Words after a name are kept: a surname may be a word ("Oliver Bright", "Mary Jane
        Smith")."""
        words = [t for t in ent if t.is_alpha]
        start, end = ent.start_char, ent.end_char
        doc = ent.doc
        opens = is_sentence_start(words[0]) or (words[0].i > 0 and doc[words[0].i - 1].text == ",") if words else False
        if (len(words) >= 2 and words[0].i == ent.start and opens
                and any(self._word(words[0].lower_[:len(words[0].lower_) - len(end)])  # "Seen", "Visited", "Met"
                        for end in ("", "n", "d", "ed", "ing") if words[0].lower_.endswith(end))
                and words[0].lower_ not in first_names() and words[0].lower_ not in NAME_LIKE_WORDS
                and words[1].lower_ in first_names()):
            start = words[1].idx
            words = words[1:]
        return start, end

    def _heading(self, ent) -> bool:
        """Words the NER took for a name that open a sentence (or follow a comma) and stand alone before a comma or
        full stop, every one of them an English word and none a first name: a dictated heading or role ("Case
        Note,", "Sonny Weddle, Family Support,")."""
        doc = ent.doc
        opens = is_sentence_start(ent[0]) or (ent.start > 0 and doc[ent.start - 1].text == ",")
        if not opens or ent.end >= len(doc) or doc[ent.end].text not in (",", "."):
            return False
        return all(self._word(t.lower_) and t.lower_ not in NAME_LIKE_WORDS for t in ent)

    def _after_lower_title(self, doc) -> list[tuple[int, int, float]]:
        """In all-lower-case text, the word after a name title ("mrs okafor", "dr nwosu") or a written family
        title ("nana pat", "uncle dez"): a name unless it is a stop word or a never-redact word; after "miss"
        (also a verb) and the family titles, only where it is not an English word or is a listed first name."""
        if not is_lower_case_style(doc):
            return []
        out = []
        for tok in doc[:-1]:
            low = tok.lower_
            if low not in _LOWER_TITLES and low not in WRITTEN_TITLE_WORDS:
                continue
            nxt = doc[tok.i + 1]
            word = nxt.lower_
            if not nxt.is_alpha or len(word) < 2 or word in STOP_WORDS or is_protected_word(word) or word in _NOT_NAMES:
                continue
            if (low == "miss" or low in WRITTEN_TITLE_WORDS) and self._word(word) and word not in NAME_LIKE_WORDS:
                continue
            out.append((nxt.idx, nxt.idx + len(nxt.text), 0.6))
        return out

    def _reporting_subject(self, doc) -> list[tuple[int, int, float]]:
        """A word that is also a first name (``NAME_LIKE_WORDS``, or either first-name list), capitalised (any case
        in all-lower-case text) and not after a determiner, right before a verb of telling or doing
        (``_REPORTING_VERBS``): the one who said or did it ("Will said", "Hope told me", "mark asked"), not the word
        ("the will said", "I hope")."""
        lower_doc = is_lower_case_style(doc)
        out = []
        for tok in doc[:-1]:
            low = tok.lower_
            if not tok.is_alpha or len(low) < 3 or doc[tok.i + 1].lower_ not in _REPORTING_VERBS:
                continue
            if not (tok.text[0].isupper() and not tok.text.isupper()) and not (lower_doc and tok.text.islower()):
                continue
            if low in STOP_WORDS and low not in NAME_LIKE_WORDS or is_protected_word(low) or low in _NOT_NAMES:
                continue
            if low not in NAME_LIKE_WORDS and low not in first_names() and low not in world_names():
                continue
            if tok.i > 0 and doc[tok.i - 1].lower_ in _DETERMINERS:
                continue
            out.append((tok.idx, tok.idx + len(tok.text), 0.6))
        return out

    def _unlisted_subject(self, doc) -> list[tuple[int, int, float]]:
        """Cased text: a capitalised word in no name list, mid-sentence and after no determiner or capitalised
        word, right before a verb of telling or doing (``_REPORTING_VERBS``) or a regular past form ("because
        Trey started it", "and Jessamine rang"): mid-sentence, English capitalises such a word only as a name, and
        before a verb of doing it is someone (a place, brand or body is guarded, listed or has its kind after it)."""
        if is_lower_case_style(doc):
            return []
        # a word the note also writes small is that word, capitalised where a sentence ran on ("at the factory
        # School referred")
        written_small = {t.text for t in doc if t.is_alpha and t.text.islower()}
        out = []
        for tok in doc[1:-1]:
            low, nxt, prev = tok.lower_, doc[tok.i + 1], doc[tok.i - 1]
            if (not tok.is_alpha or len(low) < 3 or not tok.text[0].isupper() or not tok.text[1:].islower()
                    or is_sentence_start(tok) or prev.lower_ in _DETERMINERS or prev.text[:1].isupper()
                    or prev.text in ("'s", "’s")):
                continue
            verb = nxt.lower_
            if not nxt.text.islower() or not (verb in _REPORTING_VERBS or (
                    verb.endswith("ed") and len(verb) >= 5 and is_english(verb, self.english))):
                continue
            if (low in STOP_WORDS or is_protected_word(low) or low in _NOT_NAMES or low in KIN_WORDS or is_place(low)
                    or low in MONTHS or low in WEEKDAYS or low in first_names() or low in world_names()
                    or low in ROLE_WORDS or low in NAME_LIKE_WORDS or low in written_small):
                continue
            out.append((tok.idx, tok.idx + len(tok.text), 0.6))
        return out

    def _initials_subject(self, doc) -> list[tuple[int, int, float]]:
        """Cased text: two capitals standing for someone (a record's way of naming another young person in a home,
        or a child: "JT is fourteen and moved in last month", "MJ and Deano", "AR to DSL: ..."): before a verb of
        telling or doing (``_REPORTING_VERBS``), a form of "be" or "have", "and" and a capitalised word, or "to" and
        a capital, or after a role's abbreviation (``roles.ROLE_ABBREVIATIONS``: "OT MR assessed", "HV LM joined");
        never the abbreviation of a role, a subject or a body (``_ABBREVIATIONS_NOT_PEOPLE``), nor a never-redact
        word."""
        if is_lower_case_style(doc):
            return []
        out = []
        for tok in doc[:-1]:
            if not _initials_shaped(tok) or is_protected_word(tok.lower_) or is_protected_word(tok.text):
                continue
            if tok.i > 0 and doc[tok.i - 1].lower_ in _DETERMINERS:
                continue  # "my GC says" (GCSEs heard), "the PA said": a thing or a role, after a determiner
            nxt = doc[tok.i + 1]
            after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            role_before = tok.i > 0 and (doc[tok.i - 1].text in ROLE_ABBREVIATIONS or doc[tok.i - 1].lower_ in ROLE_ABBREVIATIONS)
            if (role_before or nxt.lower_ in _REPORTING_VERBS or nxt.lower_ in _BE_OR_HAVE
                    or (nxt.lower_ in ("and", "to") and after is not None and after.text[:1].isupper() and after.is_alpha)
                    or self._initials_in_a_persons_place(doc, tok)):
                out.append((tok.idx, tok.idx + 2, 0.6))
        return out

    @staticmethod
    def _initials_in_a_persons_place(doc, tok) -> bool:
        """Two capitals where only a person stands: joined by "and" to a person said before them ("with JT and KM",
        "brought him and JT", "Kenzie and RB"), before "one of" between commas ("RJ, one of the older lads"), between
        commas after a noun for a person ("Another girl, TB, told staff"), before their age between commas ("JT, 15,
        back from"), or owning a person ("JT's social worker", "KB's mam")."""
        before = doc[tok.i - 1] if tok.i > 0 else None
        before2 = doc[tok.i - 2] if tok.i > 1 else None
        nxt = doc[tok.i + 1]
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if before is not None and before2 is not None and before.lower_ == "and" and (
                before2.lower_ in _OBJECT_PRONOUNS or _initials_shaped(before2)
                or (before2.text.istitle() and (before2.ent_type_ == "PERSON" or before2.lower_ in first_names()
                                                or before2.lower_ in world_names()))):
            return True  # "brought him and JT", "Kenzie and RB wind her up"
        if nxt.text == "," and after is not None and after.lower_ == "one" and tok.i + 3 < len(doc) \
                and doc[tok.i + 3].lower_ == "of":
            return True  # "RJ, one of the older lads here": one of a group of people
        if (before is not None and before2 is not None and before.text == "," and nxt.text == ","
                and before2.lower_ in PERSON_NOUNS):
            return True
        if nxt.text == "," and after is not None and after.like_num and after.text.isdigit() and int(after.text) <= 25 \
                and tok.i + 3 < len(doc) and doc[tok.i + 3].text in (",", ")"):
            return True
        return nxt.text in ("'s", "’s") and after is not None and (after.lower_ in PERSON_NOUNS or after.lower_ in ROLE_WORDS
                                                                  or after.lower_ in KIN_WORDS)

    def _gazetteer(self, text: str, doc) -> list[tuple[int, int, float]]:
        """Known first names (capitalised, or lower case where the name is not also an
        English word), with a following capitalised word taken as the surname."""
        names = first_names()
        lower_doc = is_lower_case_style(doc)
        out = []
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            word = tok.text
            low = word.lower()
            capitalised = word[0].isupper() and not word.isupper()
            hit = len(low) >= 3 and (
                (low in names and (capitalised or (word.islower() and (
                    (low not in self.english and low.rstrip("s") not in self.english)
                    # all-lower-case text: a listed name even where it is also a word ("bradley", "robin")
                    or (lower_doc and len(low) >= 4 and low not in NAME_LIKE_WORDS)
                ))))
                or (capitalised and low in world_names())
            )
            if not hit or is_protected_word(low) or (lower_doc and word.islower() and self._after_article(tok)):
                i += 1
                continue
            start, end = tok.idx, tok.idx + len(word)
            j = i + 1
            # Lacey-Mae, Ellie-Mae: the tokenizer splits on the hyphen
            while j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and doc[j + 1].text[:1].isupper():
                end = doc[j + 1].idx + len(doc[j + 1].text)
                j += 2
            if j < n and doc[j].text[:1].isupper() and doc[j].is_alpha and not is_sentence_start(doc[j]):
                nxt = doc[j].text.lower()
                if nxt in PUBLIC_PLACE_HEADS:
                    i = j + 1
                    continue  # "Preston Park": a public place, not Preston the person
                if not is_protected_word(nxt) and nxt not in _NOT_NAMES and nxt not in _TITLE_WORDS:
                    end = doc[j].idx + len(doc[j].text)
                    j += 1
            if self._saint_or_place(doc, i, j):
                i = j
                continue
            out.append((start, end, 0.6 if word[0].isupper() else 0.45))
            i = j
        return out

    def _someones_place(self, text: str) -> list[tuple[int, int, float]]:
        """Cased text: a capitalised word with a possessive after going to, being at or coming from it ("to chill
        at Deano's", "stayed round Kez's"): someone's home, so someone's name, where the word is no English word,
        no kinship word, place or never-redact name (a brand: "at Nando's"; a charity: "to Barnardo's", both
        guarded)."""
        out = []
        for m in _SOMEONES_PLACE.finditer(text):
            low = m.group("name").lower()
            if (self._word(low) or is_english(low, self.english) or low in _PEOPLE_PLURALS or low in KIN_WORDS or is_place(low) or is_protected_word(low)
                    or is_protected_word(low + "'s") or low in STOP_WORDS):
                continue
            out.append((m.start("name"), m.end("name"), 0.6))
        return out

    def _in_a_persons_place(self, doc) -> list[tuple[int, int, float]]:
        """Cased text: one capitalised word, mid-sentence, where English puts only a person, whatever the word (a
        nickname is often an English word: "Cash", "Tank"): before an apposition that says what person it is ("Cash, a
        lad off the estate", "Tank, her older cousin,": a determiner, at most two other words, then a noun for a person,
        a kinship or a role word), before "'s name", after "one of them" between commas ("one of them, Mo, buys"), or
        the object of asking or telling someone to do something ("asked Ade to take her back"), or between commas after a
        kinship, role or person word with its determiner or a possessive ("his birth mum, Chantale, came", "Shanice's
        mum, Ajoa, said"). Never a never-redact
        word, a place, a month or a day."""
        out = []
        n = len(doc)
        for tok in doc:
            if not (tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and tok.i > 0
                    and not is_sentence_start(tok)):
                continue
            low = tok.lower_
            if (is_protected_word(tok.text) or is_protected_word(low) or is_place(tok.text) or low in MONTHS
                    or low in WEEKDAYS or low.removesuffix("s") in WEEKDAYS or low in STOP_WORDS or low in KIN_WORDS
                    or low in ROLE_WORDS):
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < n else None
            prev, prev2 = doc[tok.i - 1], doc[tok.i - 2] if tok.i > 1 else None
            if nxt is None:
                continue
            if nxt.text == "," and tok.i + 2 < n and doc[tok.i + 2].lower_ in _APPOSITION_DETERMINERS:
                nouns = [t for t in doc[tok.i + 3:min(n, tok.i + 6)] if t.is_alpha][:3]
                said = next((t for t in nouns if t.lower_ in PERSON_NOUNS or t.lower_ in KIN_WORDS or t.lower_ in ROLE_WORDS), None)
                # (not where a name follows the noun: "on Sundays, his coach Dion drops him": a new clause's subject)
                named = said is not None and said.i + 1 < n and doc[said.i + 1].text[:1].isupper()
                if said is not None and not named:
                    out.append((tok.idx, tok.idx + len(tok.text), 0.6))
                    continue
            if nxt.text in ("'s", "’s") and tok.i + 2 < n and doc[tok.i + 2].lower_ == "name":
                out.append((tok.idx, tok.idx + len(tok.text), 0.6))
                continue
            if (prev.text == "," and nxt.text == "," and prev2 is not None and prev2.lower_ in ("them", "those", "these")
                    and tok.i > 3 and doc[tok.i - 3].lower_ == "of"):
                out.append((tok.idx, tok.idx + len(tok.text), 0.6))
                continue
            if (prev.text == "," and nxt.text == "," and prev2 is not None
                    and (prev2.lower_ in KIN_WORDS or prev2.lower_ in ROLE_WORDS or prev2.lower_ in PERSON_NOUNS)
                    and tok.i > 2 and doc[tok.i - 3].lower_ in _APPOSITION_DETERMINERS | {"birth", "foster", "step", "'s", "’s"}):
                out.append((tok.idx, tok.idx + len(tok.text), 0.6))
                continue  # "his birth mum, Chantale, came", "Shanice's mum, Ajoa, said": the person a kinship or role
                # word names, between commas, the word owned by a determiner or a possessive
            if (prev.lower_ in _ASKING_VERBS and nxt.lower_ == "to" and tok.i + 2 < n and doc[tok.i + 2].is_alpha
                    and doc[tok.i + 2].text.islower() and doc[tok.i + 2].lower_ not in _DETERMINERS):
                out.append((tok.idx, tok.idx + len(tok.text), 0.6))
        return out

    @staticmethod
    def _saint_or_place(doc, i: int, j: int) -> bool:
        """A listed first name that is not someone here: a saint's, after "St" or "Saint", where the place is a
        town, district or public place ("in St David's", "lives in St Ives"; no one is called so; after "at", "to"
        or "from" it may be a local church or school, "at St Peter's", which the name's reading still covers), or
        one alone after "in" and before a stop or comma, where English puts a place ("the family centre in Ely,
        and"; "confided in Kerry" has no comma, "in Kyle's room" is whose)."""
        prev = doc[i - 1].text if i > 0 else ""
        if prev in ("St", "St.", "Saint", "st", "st.", "saint"):
            return not (i > 1 and doc[i - 2].lower_ in ("at", "to", "from"))
        nxt = doc[j].text if j < len(doc) else ""
        return (j == i + 1 and doc[i].text[:1].isupper() and i > 0 and prev == "in" and nxt in (",", ".", ";", ":")
                and not is_sentence_start(doc[i]))

    def _after_article(self, tok) -> bool:
        """In all-lower-case text, a listed name after an article, or an English one used as the word ("the
        amber crayon", "a daisy bed", "the isaac newton centre"): no capital says it is the person."""
        return (tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("the", "a", "an")) or used_as_word(tok, self.english)

    @staticmethod
    def _place(text: str, start: int, end: int) -> bool:
        """A north-east town (or its senior club), not a person: always, or where the town is also
        a first name ("Brandon", "Stanley"), only after "in", "from", "to" ...; and any town or district
        named after a street, before a comma, full stop or the end, where no word of it is a first name
        ("22 Bluebell Road, Norwich, post code ...", "14 Sandholme Grove, Bramley, ...")."""
        span = text[start:end]
        words = span.split()
        if len(words) == 2 and is_place(words[0]) and words[1].lower() in _TOWN_CLUB_WORDS:
            return True  # "Newcastle United", "Blyth Spartans": a club named after its town is public
        after_street = _after_street(text, start)
        if not is_place(span):
            return (after_street and re.match(r"\s*(?:[,.]|$)", text[end:]) is not None
                    and not any(w.lower().strip("'’") in first_names() or w.lower() in world_names() for w in words))
        before = text[max(0, start - 12):start].split()
        return span.lower() not in first_names() or after_street or bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS

    @staticmethod
    def _clean(text: str, start: int, end: int, score: float, given: bool = False) -> list[tuple[int, int, float]]:
        """Split an entity into runs of name-like words, dropping titles, relationship
        words, lower-case words and possessive endings; never-redact words too, but in a nickname ``given`` as one
        ("Pip's real name is Philippa": a name, though PIP is a benefit)."""
        out = []
        run_start = run_end = None
        words = list(re.finditer(r"[^\s,;:()]+", text[start:end]))
        for m in words:
            w = m.group()
            ws, we = start + m.start(), start + m.end()
            poss = re.search(r"['’]s$", w)
            core = w[: poss.start()] if poss else w
            core = core.strip(".\"'")
            low = core.lower()
            if run_start is not None and "," in text[run_end:ws]:
                out.append((run_start, run_end, score))  # "Meadow Rise, Spennymoor": a name does not run on past a comma
                run_start = None
            ok = (
                core[:1].isupper()
                and not (low in STOP_WORDS and low not in first_names() and low not in NAME_LIKE_WORDS)  # "She", "Every"
                and low not in _TITLE_WORDS
                and low not in _NOT_NAMES
                and (given or not is_protected_word(low))
                # a name-like word opening the text is a word ("Hope you...") unless a name follows it ("Rose Smith")
                and not (low in NAME_LIKE_WORDS and ws == 0 and len(words) == 1)
                and not any(ch.isdigit() for ch in core)
                and len(core) >= 2
            )
            if ok:
                if run_start is None:
                    run_start = ws
                run_end = ws + (len(w) - (2 if poss else 0)) if poss else we
                run_end = ws + w.index(core) + len(core)
            else:
                if run_start is not None:
                    out.append((run_start, run_end, score))
                run_start = None
        if run_start is not None:
            out.append((run_start, run_end, score))
        return out


# A role's abbreviation (``roles.ROLE_ABBREVIATIONS``) written before a title or a name ("Ring DSL Mrs Agar", "speak to
# SENCO Mrs Laverick", "SENCO Rachel Hume"): the role, not the name or its start. Alone, or before a lower-case word, it
# may be someone's initials ("TA told staff"): left as found.
_ROLE_ABBREVIATION_BEFORE_A_NAME = re.compile(
    r"(?P<role>" + "|".join(sorted((re.escape(w) for w in ROLE_ABBREVIATIONS if w.isupper() or w[:1].isupper()),
                                   key=len, reverse=True)) + r")\s+(?=[A-Z][a-z])")


def _after_role_abbreviation(text: str, start: int, end: int) -> int:
    """``start`` moved past a role's abbreviation the span opens with, where a title or a name follows it."""
    m = _ROLE_ABBREVIATION_BEFORE_A_NAME.match(text, start)
    return m.end() if m and m.end() <= end or (m and m.end("role") == end) else start


_OBJECT_PRONOUNS = frozenset("him her them me us".split())
# the words that open an apposition saying what a person is ("Cash, a lad off the estate", "Tank, her older cousin")
_APPOSITION_DETERMINERS = frozenset("a an the his her their my our one".split())
# verbs whose object is then told to do something: only a person is asked or told to ("asked Ade to take her back")
_ASKING_VERBS = frozenset("asked asks asking told tells telling begged begs persuaded wanted wants allowed allows "
                          "let lets helped helps encouraged encourages reminded reminds".split())


def _initials_shaped(tok) -> bool:
    """Two capitals, no abbreviation of a role, subject or body (``_ABBREVIATIONS_NOT_PEOPLE``)."""
    return len(tok.text) == 2 and tok.text.isalpha() and tok.text.isupper() and tok.lower_ not in _ABBREVIATIONS_NOT_PEOPLE


# A family named by its surname in the plural, between commas after the word for what they are to the child ("ask the
# foster carers, the Duffields, about", "her grandparents, the Olufemis."): the people, by their name
_FAMILY_APPOSED = re.compile(r"\b(?P<noun>[a-z]+),\s+the\s+(?P<name>[A-Z][a-z'’\-]+s)(?=\s*[,.;:)])")


def _family_by_surname_apposed(text: str) -> list[tuple[int, int, float]]:
    """The surnames in the plural of ``_FAMILY_APPOSED`` after a household noun or a kin or role word (in the plural)."""
    out = []
    for m in _FAMILY_APPOSED.finditer(text):
        noun = m.group("noun")
        one = noun[:-1] if noun.endswith("s") else noun
        if noun in HOUSEHOLD_NOUNS or noun in KIN_WORDS or one in KIN_WORDS or one in ROLE_WORDS:
            out.append((m.start("name"), m.end("name"), 0.6))
    return out


# the words of size or age a nickname puts before a first name, written with a capital ("Big Dave", "Little Mo", "Wee
# Jimmy", "Young Kev", "Auld Tam")
_SIZE_BEFORE_A_NAME = re.compile(r"\b(?:Big|Little|Lil|Wee|Young|Old|Auld)\s$")

