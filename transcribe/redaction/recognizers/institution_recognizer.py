"""Named local organisations a child attends or lives in: schools, nurseries, GP surgeries,
children's homes, youth groups and clubs.

Found by the word that ends the name (the kinds below, each family complete by its rule) and by
cue ("plays for X", "the coach at X", "goes to X on a Tuesday"). Kinds, by rule:
- schools and early years: the establishment types of the DfE's Get Information about Schools;
- NHS primary care: the words GP practices in England use for themselves (Surgery, Medical
  Centre, Health Centre, Medical Practice, Medical Group);
- where a looked-after child lives: children's homes and supported accommodation as Ofsted
  registers them, named "X House", "X Lodge", "X Children's Home";
- youth groups: every section of The Scout Association (Squirrels, Beavers, Cubs, Scouts,
  Explorers) and of Girlguiding (Rainbows, Brownies, Guides, Rangers), the cadet forces, Young
  Farmers, and youth clubs, hubs, projects and theatres;
- grassroots sport: the words that mark a junior or amateur side (Colts, Juniors, JFC, Youth, FC, ABC, RFC), the
  running clubs' Harriers and Striders, and any named "X Club". Professional clubs (Newcastle United, Sunderland
  AFC) are public, not local;
- community services, by the words they name themselves with: Project, Hub, a Family, Community, Youth,
  Recovery, Wellbeing, Resource, Contact, Learning, Activity or Carers' Centre, Foodbank, Pupil Referral Unit,
  Alternative Provision, toddler, parenting and support groups, Stay and Play, Playgroup;
- where a young person or a parent and baby live: Foyer, Supported Lodgings or Accommodation, Hostel, Mother and
  Baby Unit; places of worship a family attends (Church and Church Hall, Chapel, Mosque, Masjid, Gurdwara,
  Mandir, Temple, Synagogue, Kingdom Hall, Madrassa). A kind's generic words alone ("the Family Hub",
  "Homework Club", "the Catholic Church") name no one place and are left.
Public places (parks, hospitals, stations, shopping centres, beaches) are never local organisations.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from ...language.kinship import KIN_WORDS
from ..entities import INSTITUTION
from ..lexicon import PUBLIC_PLACE_HEADS, is_place, is_protected_word
from ..nlp_engine import is_lower_case_style
from ..text_reads import protected_spans
from .result import make_result
from .street_address_recognizer import NAMED_STREET
from .trimming import trim_leading

_WORD = r"(?-i:(?:St\.?|Saint|RC|CE|C\sof\sE|[A-Z][a-zA-Z'’\-]+))"
_LINK = r"(?:\s(?:of|the|and|&|on|upon|in)\s|\s)"
_KIND = (
    r"(?-i:(?:(?:Primary|Infant|Infants|Junior|First|Middle|High|Secondary|Community|Catholic|"
    r"Church|Special|Grammar|Free|Nursery|Day|Pre)\s)?"
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Children's\sCentre|Childrens\sCentre|Family\sHub|"
    r"Surgery|Medical\sCentre|Medical\sPractice|Health\sCentre|Medical\sGroup|Practice|Primary|"
    r"Infants|Juniors|House|Lodge|Cottage|Children's\sHome|"
    r"Squirrels|Beavers|Cubs|Scouts|Explorers|Rainbows|Brownies|Guides|Rangers|(?:Sea\s|Army\s|Air\s)?Cadets|"
    r"Young\sFarmers|Youth\s(?:Club|Centre|Hub|Project|Theatre|Group)|Youth\sFootball\sClub|"
    r"Colts|JFC|Harriers|Striders|(?:Football|Cricket|Rugby|Boxing|Swimming|Gymnastics|Dance|Athletics|Running)\sClub|"
    r"(?:Dance|Stage|Drama)\sSchool|"
    # community services, by the words they name themselves with
    r"Project|Hub|(?:Family|Community|Youth|Recovery|Wellbeing|Resource|Contact|Learning|Activity|Carers'?)\sCentre|"
    r"Foodbank|Food\sBank|Pupil\sReferral\sUnit|Alternative\sProvision|"
    r"(?:Toddler|Parent\sand\sToddler|Parenting|Parents'?|Support|Youth)\sGroup|Stay\sand\sPlay|Playgroup|"
    # where a young person or a parent and baby live
    r"Foyer|Supported\sLodgings|Supported\sAccommodation|Hostel|Mother\sand\sBaby\sUnit|"
    # places of worship a family attends
    r"Church\sHall|Church|Chapel|Mosque|Masjid|Gurdwara|Mandir|Temple|Synagogue|Kingdom\sHall|Madrassa|Madrasa|"
    # any named club or amateur side
    r"Club|FC|ABC|RFC))"
)
_KIND_WRITTEN_LOWER = (
    r"(?-i:school|nursery|pre-?school|academy|college|surgery|medical\scentre|health\scentre|youth\s(?:club|hub|centre)|"
    r"(?:football|boxing|swimming|rugby|cricket|gymnastics|dance)\sclub|children's\shome|church|mosque|gurdwara)"
)
_POSSESSOR = re.compile(r"^[\w-]+['’]s\s+[a-z]")  # "Tom's school", "Mum's church": someone's, not a name
_LOWER_KIND = r"(?:surgery|medical\scentre|health\scentre|medical\spractice|primary\sschool|first\sschool)"
# all-lower-case dictation: the same kinds, each after the one or two words that name it ("pool youth hub")
_LOWER_STYLE_KIND = re.compile(
    r"\b(?:youth\s(?:club|hub|centre|project)|family\s(?:hub|centre)|children'?s\s(?:centre|home)|project|foodbank|"
    r"(?:football|boxing|swimming|gymnastics|rugby|cricket|sailing|dance|running)\sclub|juniors|colts|fc|abc|"
    r"mosque|masjid|church|gurdwara|foyer|supported\slodgings|recovery\scentre|community\s(?:hub|centre)|"
    r"(?:toddler|parenting)\sgroup|sea\scadets|army\scadets|scouts|brownies|guides|cubs|beavers|rainbows)\b"
)
_LOWER_NAME_WORD = re.compile(r"([a-z][a-z'’\-]+)\s+$")
_NAME = r"(?-i:[A-Z][a-zA-Z'’\-]+)"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# cue-anchored: the name after "plays for", "the coach at", or "goes to X on a Tuesday"
_CUED = [
    re.compile(rf"\b(?:play(?:s|ed|ing)?|sign(?:s|ed)?)\s(?:\w+\s)?for\s(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})"),
    re.compile(rf"\b(?:coach|coaches|manager|leader|leaders|captain)\s(?:at|of|from)\s(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})"),
    # "trains with Tyne Valley Harriers", "swims at Kestrel Bay", "a member of Castle Vale Panthers"
    re.compile(rf"\b(?:trains?|training|swims?|swimming|dances?|dancing|boxes|boxing|rides|riding|sails|sailing|"
               rf"sings|singing|member)\s(?:with|at|of|for)\s(?:the\s)?(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})"),
    re.compile(rf"\b(?:at|to|for)\s(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})\s(?:on\s(?:a\s)?{_DAY}s?|every\s{_DAY})"),
]
# where a child lives or is placed, and the practice a family is registered with, name the place even without its
# kind ("placed at Brambles", "lives at the Beeches", "registered with Riverside"): one to three capitalised words
# after the cue, a single word only where it is not an English word
_PLACED_CUED = re.compile(
    rf"\b(?:(?:lives|living|lived|placed|staying|stays|moved\sin)\sat|registered\s(?:with|at)|"
    rf"(?:home|unit|placement|hostel|club|group|church|mosque|practice|surgery)\s(?:called|named))\s(?:the\s)?"
    rf"(?P<name>{_NAME}(?:\s{_NAME}){{0,2}})"
)
_STREET_TYPES = re.compile(NAMED_STREET.pattern + "$")
_NOT_A_NAME = {
    "the", "a", "an", "at", "to", "her", "his", "their", "my", "our", "your", "this", "that",
    "local", "new", "old", "went", "goes", "go", "from", "primary", "secondary", "high",
    "nursery", "school", "and", "same", "next", "last", "other", "special",
    "in", "on", "after", "before", "breakfast", "forest", "sunday", "she", "he", "they",
    "gp", "gp's", "doctors", "doctor's", "dental", "dentist", "own", "usual", "local", "baby", "weekly", "ring", "rang",
    "with", "for", "is", "was", "about", "called", "of", "by", "into",
    # the generic words before a kind ("the Family Hub", "Homework Club", "the Catholic Church") name no one place
    "family", "community", "youth", "homework", "holiday", "kids", "lunch", "book", "art", "chess", "film", "lego",
    "sports", "toddler", "parent", "parents", "parenting", "support", "catholic", "methodist", "baptist", "anglican",
    "pentecostal", "evangelical", "orthodox", "parish", "football", "cricket", "rugby", "boxing", "swimming",
} | KIN_WORDS  # "mum Bede Primary": a family word, as language.kinship lists them, starts no institution's name


_STOP = _NOT_A_NAME | {"get", "got", "been", "back", "went", "going", "the", "a", "her", "his", "their", "our"}


class InstitutionRecognizer(PatternRecognizer):
    """"Bede Primary School", "St Mary's RC Primary", "Little Acorns Nursery",
    "Elm Road Surgery", "Saltwell Medical Centre". Lower-case "the school" is left alone."""

    PATTERNS = [
        Pattern("Named institution", rf"\b{_WORD}(?:{_LINK}{_WORD}){{0,3}}\s{_KIND}\b", 0.75),
        # a capitalised name with its kind in lower case: "Kingfisher nursery", "St Anne's school"
        Pattern("Named institution (kind in lower case)", rf"\b{_WORD}(?:{_LINK}{_WORD}){{0,2}}\s{_KIND_WRITTEN_LOWER}\b", 0.6),
        # lower-case dictation: "ring hawthorn lea surgery"
        Pattern("Named institution (lower case)", rf"\b(?-i:[a-z]+\s(?:[a-z]+\s)?){_LOWER_KIND}\b", 0.5),
    ]
    CONTEXT = ["school", "nursery", "gp", "surgery", "attends", "teacher", "doctor"]

    def __init__(self, supported_language: str = "en", english: frozenset[str] = frozenset()):
        self.english = english  # English words (nlp_engine.english_words): "lives at Home" names no place
        super().__init__(
            supported_entity=INSTITUTION,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="InstitutionRecognizer",
        )

    def _opening_word(self, text: str, start: int, end: int) -> bool:
        """Before a kind in lower case, a never-redact word ("the Monday school") or an English word capitalised
        only because it opens the sentence ("Good school report"): no name."""
        words = text[start:end].split()
        if len(words) == 2 and words[-1].islower() and is_protected_word(words[0]):
            return True  # "the Monday school", "Nan's church": a day or a family word, never a name
        opens = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:"
        return opens and len(words) == 2 and words[-1].islower() and words[0].lower() in self.english

    @staticmethod
    def _public_or_guarded(text: str, start: int, end: int, name: str, guarded) -> bool:
        """A cued name that is a public place, a town, only never-redact words, or inside a never-redact phrase."""
        words = name.split()
        return (
            words[-1].lower() in PUBLIC_PLACE_HEADS
            or is_place(name)
            or all(is_protected_word(w) or is_place(w) for w in words)
            or any(s <= start and end <= e for s, e in guarded)
        )

    def _lower_style(self, text: str, guarded) -> list:
        """In all-lower-case text, a kind with the one or two words before it that are neither stop nor generic
        words ("went to pool youth hub" -> "pool youth hub"; "the youth club" names no one place)."""
        out = []
        for m in _LOWER_STYLE_KIND.finditer(text):
            start = m.start()
            for _ in range(2):
                w = _LOWER_NAME_WORD.search(text, max(0, start - 30), start)
                if not w or w.group(1) in _STOP or is_protected_word(w.group(1)) or is_place(w.group(1)):
                    break
                start = w.start(1)
            if start == m.start() or any(s <= start and m.end() <= e for s, e in guarded):
                continue
            out.append(make_result(self, INSTITUTION, start, m.end(), 0.5, "local organisation in lower-case text"))
        return out

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        results = [
            r for r in trim_leading(results, text, _NOT_A_NAME, min_words=2)
            if (not text[r.start:r.end].islower() or not _STOP.intersection(text[r.start:r.end].split()))
            and not _POSSESSOR.match(text[r.start:r.end]) and not self._opening_word(text, r.start, r.end)
        ]
        guarded = protected_spans(text)
        if nlp_artifacts is not None and nlp_artifacts.tokens is not None and is_lower_case_style(nlp_artifacts.tokens):
            results.extend(self._lower_style(text, guarded))
        for m in _PLACED_CUED.finditer(text):
            name = m.group("name").rstrip("'’")
            start, end = m.start("name"), m.start("name") + len(name)
            if (" " not in name and name.lower() in self.english) or _STREET_TYPES.search(name):
                continue  # "lives at Home", "lives at Elm Terrace" (the street recognizer's)
            if not self._public_or_guarded(text, start, end, name, guarded):
                results.append(make_result(self, INSTITUTION, start, end, 0.6, "where a child lives, by its cue"))
        for pattern in _CUED:
            for m in pattern.finditer(text):
                start, end = m.span("name")
                name = m.group("name").rstrip("'’")
                end = start + len(name)
                if self._public_or_guarded(text, start, end, name, guarded):
                    continue
                results.append(make_result(self, INSTITUTION, start, end, 0.6, "local organisation after its cue"))
        return results
