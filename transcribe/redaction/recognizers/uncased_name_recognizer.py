"""Names of people in uncased text that no list holds ("his mate jago", "doctor pascoe", "ola and fen").

Runs where the whole transcript is in lower case (``nlp_engine.is_lower_case_style``); cased text has its
capitals and the NER, and here only the one cue the NER misses: a capitalised word that is no English word after a
family, relationship or role word and "is"/"are"/"was" ("her best friend is Oyelola"). Built per note beside the case-context recognizer, whose name parts it reads. A word
is a person where it stands in a name's place:

- after a name cue: a family or relationship word ("mum kerensa", "his mate jago"), "called" or "named", or
  a role in a child's life ("the group leader wenna", "doctor pascoe"), with "is" / "are" between them
  ("her best friend is elain", "his mates are keelan and brodie");
- beside a name with "and" ("ola and fen", "farhiya and nimco"), or before "the" and a role ("dom the youth
  worker"), or right before a verb of telling or doing ("wenna says");
- a case name or listed first name's possessive written without its apostrophe ("poppys date of birth",
  "archies birthday"), and a case name across its hyphen
  ("ruby-mae");

and the word is shaped like a name (``uncased.name_shaped``: no English word, stop word, never-redact word or
known place), or after a cue is a listed first name or a case name not used as a word. A name-shaped word
straight after a name is its surname ("sue blackmore"), and a name-shaped word found once is a name wherever
the note says it again ("called tobi" ... "tobi is at school").
"""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from ...language.kinship import KIN_WORDS
from ...language.roles import ROLE_ABBREVIATIONS, ROLE_WORDS
from ...language.titles import NAME_TITLES_WRITTEN, RANK_TITLES_WRITTEN
from ..entities import PERSON
from ..lexicon import NAME_LIKE_WORDS, RELATIONSHIP_WORDS, is_place, is_protected_word
from ..nlp_engine import is_lower_case_style
from ..uncased import bare, is_english, is_verb_form, name_shaped, used_as_word
from .person_name_recognizer import _NOT_NAMES, _REPORTING_VERBS, first_names, world_names
from .result import make_result

_NAME_CUES = KIN_WORDS | RELATIONSHIP_WORDS | ROLE_WORDS | frozenset(
    "called named friends mates pal pals neighbours".split()
)
# verbs whose object is a person: after them (and "to"/"with"), a listed first name not used as a word is a name
# ("spoke to tariq", "weighed freddie", "asked jade"); a name-shaped word alone is not enough here, since a place
# can follow some of them
_PERSON_OBJECT_VERBS = frozenset(
    """
    spoke speak speaking spoken talked talk talking chatted asked ask asking told tell telling met meet meeting
    saw see seeing seen weighed weigh reassured comforted hugged phoned rang texted messaged emailed
    """.split()
)
_AFTER_PERSON_VERB = frozenset("to with".split())
_TITLES = frozenset(t.lower() for t in NAME_TITLES_WRITTEN + RANK_TITLES_WRITTEN)  # "teacher ms adebayo"
_BETWEEN = frozenset("there here is are was were".split())
# round twelve: the verbs that give a name ("a worker called bev tattersall", "he called himself kaz"): the word
# after them, or after their reflexive pronoun, stands in a name's place by grammar
_NAMING = frozenset(("called", "named", "calls", "calling"))
_REFLEXIVE = frozenset(("himself", "herself", "themselves", "themself"))
# the two-word verbs that give a nickname ("known as bran", "goes by kez"): in lower case only the case name's own
# short form is taken after them, for any word may follow ("known as the quiet one")
_GIVEN_AS = frozenset((("known", "as"), ("goes", "by"), ("go", "by"), ("going", "by"), ("went", "by")))
# the English nouns for a person by age and sex, and the pronouns for someone unnamed: in cased text a capitalised word
# after one of them and a verb that gives a name is that name, whatever English word it also is ("a lad called Trey")
_PERSON_NOUNS = frozenset(
    "someone somebody anyone anybody person lad lads boy boys girl girls man men woman women guy guys bloke blokes "
    "lass lasses kid kids child children lady ladies gentleman fella".split()
)
_CUE_SCORE = 0.6
_PLACE_SCORE = 0.5


class UncasedNameRecognizer(LocalRecognizer):
    """PERSON in all-lower-case text where a word stands in a name's place."""

    def __init__(self, names: frozenset[str] = frozenset(), english: frozenset[str] = frozenset(),
                 verbs: frozenset[str] = frozenset()):
        self.names = names  # the case context's name parts, lower case
        self.english = english
        self.verbs = verbs
        super().__init__(supported_entities=[PERSON], supported_language="en", name="UncasedNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is None or not len(doc):
            return []
        if not is_lower_case_style(doc):
            return self._cased_after_cue(doc)
        found: dict[int, float] = {}
        lows = [t.lower_ for t in doc]  # read once: a Token's strings are made afresh on every access
        n = len(lows)
        listed, world = first_names(), world_names()
        ands = []
        out = []
        given: set[str] = set()  # short forms given as names ("known as bran"), names wherever said again
        for i, low in enumerate(lows):
            if i > 0 and i + 1 < n and (lows[i - 1], low) in _GIVEN_AS and self._shortens_a_case_name(doc[i + 1]):
                found[i + 1] = _CUE_SCORE  # "brandon known as bran": the case name's own short form, given
                given.add(bare(lows[i + 1]))
            if low in _PERSON_OBJECT_VERBS:
                j = i + 2 if i + 2 < n and lows[i + 1] in _AFTER_PERSON_VERB else i + 1
                if j < n and self._listed_object(doc[j]):
                    found.setdefault(j, _PLACE_SCORE)
            if low == "and":
                ands.append(i)
            elif low in _NAME_CUES:
                j = i + 1
                while j < n and j - i <= 2 and lows[j] in _BETWEEN:
                    j += 1
                if j < n and self._after_cue(doc[j]):
                    found[j] = _CUE_SCORE
                elif low in _NAMING and j < n:
                    self._named(doc, j, found)
            elif low in _REPORTING_VERBS:
                if i > 0 and self._shaped(doc[i - 1]):
                    found.setdefault(i - 1, _PLACE_SCORE)
            elif low == "the":
                if i > 0 and any(w in ROLE_WORDS for w in lows[i + 1:i + 4]) and self._shaped(doc[i - 1]):
                    found.setdefault(i - 1, _PLACE_SCORE)
            elif low in listed or low in self.names or low in NAME_LIKE_WORDS or low in world:
                if i + 1 < n and self._surname(doc[i + 1]) and (
                        self._known(doc[i]) or (low in NAME_LIKE_WORDS and not used_as_word(doc[i], self.english, self.verbs))):
                    found.setdefault(i, _PLACE_SCORE)  # "sue blackmore": a first name and a surname
                if low in self.names and i + 2 < n and lows[i + 1] == "-" and lows[i + 2] in self.names:
                    out.append(self._hyphenated(doc, i))
            elif low[-1:] == "s" and low not in STOP_WORDS and not is_protected_word(low) and (
                    low[:-1] in self.names or self._listed_object(doc[i], low[:-1])):
                out.extend(self._possessive(doc[i]))
        self._coordinated(doc, ands, found)
        out.extend(self._titled(doc, lows))
        # a name-shaped word found as a name once is that name wherever else the note says it ("called tobi" ...
        # "tobi is at school")
        again = {bare(lows[i]) for i in found if self._shaped(doc[i])} | given
        for i, low in enumerate(lows):
            if i not in found and low in again:
                found[i] = _PLACE_SCORE
        for i, score in sorted(found.items()):
            start, end = doc[i].idx, doc[i].idx + len(bare(doc[i].text))
            if i + 1 < n and i + 1 not in found and self._surname(doc[i + 1]):
                end = doc[i + 1].idx + len(bare(doc[i + 1].text))  # "sue blackmore": the surname after the name
            out.append(make_result(self, PERSON, start, end, score))
        return [r for r in out if r is not None]

    def _cased_after_cue(self, doc) -> list:
        return (self._cased_after_is(doc) + self._cased_beside_cue(doc) + self._initial_and_surname(doc)
                + self._cased_called(doc))

    def _cased_called(self, doc) -> list:
        """Cased text: a capitalised word after a person noun or a name cue and a verb that gives a name ("a lad
        called Trey", "her friend named Honor"), or after its reflexive ("calls himself Ace"); never a stop,
        never-redact or title word, or a place."""
        out = []
        for i, tok in enumerate(doc[1:-1], start=1):
            before = doc[i - 1].lower_
            if tok.lower_ not in _NAMING or not (before in _PERSON_NOUNS or before in _NAME_CUES
                                                 or doc[i + 1].lower_ in _REFLEXIVE):
                continue
            j = i + 2 if doc[i + 1].lower_ in _REFLEXIVE and i + 2 < len(doc) else i + 1
            name = doc[j]
            low = bare(name.text)
            if (name.text[:1].isupper() and name.text[1:2].islower() and low.isalpha() and len(low) >= 2
                    and low not in STOP_WORDS and not is_protected_word(low) and low not in _TITLES and not is_place(low)):
                out.append(make_result(self, PERSON, name.idx, name.idx + len(low), _CUE_SCORE))
        return out

    def _cased_beside_cue(self, doc) -> list:
        """Cased text: a capitalised word straight after a family or role word or a professional's abbreviation as
        terse notes write them ("Sis Nevaeh", "HV Jacqui", "SW: Okafor"), where it is no English word; the NER
        misses many such in notes without sentences."""
        out = []
        for i, tok in enumerate(doc[:-1]):
            cue = tok.lower_ in _NAME_CUES or tok.text in ROLE_ABBREVIATIONS
            if not cue:
                continue
            j = i + 2 if doc[i + 1].text == ":" and i + 2 < len(doc) else i + 1
            if self._cased_name(doc[j]):
                out.append(make_result(self, PERSON, doc[j].idx, doc[j].idx + len(bare(doc[j].text)), _CUE_SCORE))
        return out

    def _initial_and_surname(self, doc) -> list:
        """Cased text: an initial and a surname that is no English word ("R. Okafor", "J Mbeki")."""
        out = []
        for i, tok in enumerate(doc[:-1]):
            initial = len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."
            if not initial or (i > 0 and len(doc[i - 1].text) == 2 and doc[i - 1].text[1] == "."):
                continue  # "P. S.", "U. K.": letters, not an initial
            if self._cased_name(doc[i + 1]):
                end = doc[i + 1].idx + len(bare(doc[i + 1].text))
                out.append(make_result(self, PERSON, tok.idx, end, _CUE_SCORE))
        return out

    def _cased_after_is(self, doc) -> list:
        """Cased text: a capitalised word after a family, relationship or role word with "is", "are" or "was" between
        ("her best friend is Lena", "his mates are Kez and Dezzy") is a name where its lower-case form is no English
        word ("her friend is Polish" is a nationality); the NER takes the plain "his brother Naveed"."""
        out = []
        for i, tok in enumerate(doc):
            if tok.lower_ not in _NAME_CUES or i + 2 >= len(doc) or doc[i + 1].lower_ not in _BETWEEN:
                continue
            j = i + 2
            while j < len(doc) and self._cased_name(doc[j]):
                out.append(make_result(self, PERSON, doc[j].idx, doc[j].idx + len(bare(doc[j].text)), _CUE_SCORE))
                j += 2 if j + 2 < len(doc) and doc[j + 1].lower_ == "and" else 1
                if doc[j - 1].lower_ != "and":
                    break
        return out

    def _cased_name(self, tok) -> bool:
        low = bare(tok.text)
        return (tok.text[:1].isupper() and tok.text[1:2].islower() and low.isalpha() and len(low) >= 2
                and not is_english(low, self.english) and low not in STOP_WORDS and not is_protected_word(low)
                and low not in _TITLES and not is_place(low))

    def _shaped(self, tok) -> bool:
        low = bare(tok.text)
        # "dob", "nhs": a note's own abbreviations; "senco", "mam": a role or a family word is nobody's name
        return low not in _NOT_NAMES and low not in ROLE_WORDS and low not in RELATIONSHIP_WORDS and name_shaped(low, self.english)

    def _surname(self, tok) -> bool:
        """Name-shaped and not itself someone's first name ("frankie" after "daisy" is the next person)."""
        low = bare(tok.text)
        return self._shaped(tok) and low not in self.names and low not in first_names() and low not in world_names()

    def _known(self, tok) -> bool:
        low = bare(tok.text)
        return low in self.names or ((low in first_names() or low in world_names()) and not used_as_word(tok, self.english, self.verbs))

    def _after_cue(self, tok) -> bool:
        low = bare(tok.text)
        if self._shaped(tok):
            return True
        if len(low) == 2 and low.isalpha() and low not in STOP_WORDS and low not in _TITLES and not is_protected_word(low):
            # "health visitor jo ellis": a two-letter first name, where a surname follows
            return tok.i + 1 < len(tok.doc) and self._surname(tok.doc[tok.i + 1])
        listed = low in self.names or low in first_names() or low in world_names() or low in NAME_LIKE_WORDS
        return (listed and len(low) >= 2 and not is_protected_word(low) and low not in _NAME_CUES
                and not used_as_word(tok, self.english, self.verbs))

    def _listed_object(self, tok, low: str | None = None) -> bool:
        """A case name or listed first name of three letters or more (``low``, or the token's own word), no
        English, stop or never-redact word, not used as a word."""
        low = low or bare(tok.text)
        listed = low in self.names or low in first_names() or low in world_names()
        return (listed and len(low) >= 3 and low not in STOP_WORDS and not is_protected_word(low)
                and low not in _NAME_CUES and low not in self.english and not used_as_word(tok, self.english, self.verbs))

    def _free_word(self, tok) -> bool:
        """A word that can stand in a name's place: letters, and no stop, never-redact, title or name-cue word."""
        low = bare(tok.text)
        return (low.isalpha() and low not in STOP_WORDS and not is_protected_word(low) and low not in _TITLES
                and low not in _NAME_CUES and low not in _REPORTING_VERBS)

    def _shortens_a_case_name(self, tok) -> bool:
        """A word of three letters or more that a case first name begins with, and shorter than it ("bran" for
        Brandon): a short form of that name, whatever English word it also is."""
        low = bare(tok.text)
        return len(low) >= 3 and low.isalpha() and any(n.startswith(low) and n != low for n in self.names)

    def _named(self, doc, j: int, found: dict[int, float]) -> None:
        """After a verb that gives a name: the word after its reflexive ("called himself kaz"), or a word with a
        surname after it ("a worker called bev tattersall"), whatever English word it also is."""
        if doc[j].lower_ in _REFLEXIVE:
            if j + 1 < len(doc) and self._free_word(doc[j + 1]):
                found[j + 1] = _CUE_SCORE
        elif self._free_word(doc[j]) and j + 1 < len(doc) and self._surname(doc[j + 1]):
            found[j] = _CUE_SCORE

    def _titled(self, doc, lows: list[str]) -> list:
        """A title or rank, a first name, then the surname even where it is an English word ("dc martin hill",
        "dr sarah hill"); never a stop word, a verb of telling, an inflected verb ("miss jane teaches") or another
        first name ("pc graham crystal": the next person)."""
        out = []
        for i in range(len(lows) - 2):
            if lows[i] not in _TITLES or not self._known(doc[i + 1]):
                continue
            last = doc[i + 2]
            low = bare(last.text)
            if (not self._free_word(last) or (is_verb_form(low, self.verbs) and low not in self.verbs)
                    or low in self.names or low in first_names() or low in world_names()):
                continue  # "pc graham crystal said": the next person ("crystal", the mother), not a surname
            out.append(make_result(self, PERSON, doc[i + 1].idx, last.idx + len(low), _CUE_SCORE))
        return out

    def _coordinated(self, doc, ands: list[int], found: dict[int, float]) -> None:
        """Both sides of "and" once one side is a name: "ola and fen" after a cue, "frankie and bryok"."""
        for _ in range(2):  # a list of three: "andrei and sorin and ..."; both directions
            for i in ands:
                if i == 0 or i + 1 >= len(doc):
                    continue
                left, right = doc[i - 1], doc[i + 1]
                if (left.i in found or self._known(left)) and right.i not in found and self._shaped(right):
                    found[right.i] = _PLACE_SCORE
                if (right.i in found or self._known(right)) and left.i not in found and self._shaped(left):
                    found[left.i] = _PLACE_SCORE

    def _possessive(self, tok) -> list:
        """A case name's possessive written without its apostrophe ("poppys"), where the whole is no English
        word and no grammar makes it one."""
        low = tok.lower_
        if len(low) >= 4 and low not in self.english and low[:-1] not in NAME_LIKE_WORDS and not used_as_word(tok, self.english, self.verbs):
            return [make_result(self, PERSON, tok.idx, tok.idx + len(low) - 1, _CUE_SCORE)]
        return []

    def _hyphenated(self, doc, i: int):
        """A hyphenated case name the tokenizer split ("ruby - mae"), where nothing stands between the parts."""
        if doc[i].whitespace_ or doc[i + 1].whitespace_:
            return None
        end = doc[i + 2]
        return make_result(self, PERSON, doc[i].idx, end.idx + len(end.text), _CUE_SCORE)
