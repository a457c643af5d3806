"""The redaction stage: build the analyzer once, then redact note after note."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..context import CaseContext, parse_context
from ..doubt import unsure_spans
from ..errors import ContextError, TextInputError
from ..note import RedactionResult, Transcript
from .detection import (Detection, resolve, with_initials_given, with_names_listed, with_names_said_again,
                        with_places_said_again, with_short_forms_apposed, with_x_ray_after, without_overlaps,
                        without_time_of_birth)
from .nearby_numbers import (from_its_first_characters, numbers_after_a_cue, phone_endings, read_out_numbers, spelt_out,
                             with_country_code_before, with_digits_after_a_hesitation, with_extension_after,
                             with_first_try_before, with_numbers_nearby, with_repair_after, with_repair_before,
                             with_spelling_word_after, with_spelt_letter_after, with_suffix_word_after,
                             with_tail_checked_back, with_year_said_apart)
from .spoken_numbers import DIGIT_WORDS, MISHEARD_DIGITS
from .entities import ALL_ENTITIES, DATE_OF_BIRTH, EMAIL, INSTITUTION, NHS_NUMBER, NI_NUMBER, PERSON, PHONE, POSTCODE, STREET_ADDRESS
from .nlp_engine import PreloadedSpacyNlpEngine, english_words, inflected_forms, irregular_verb_forms, noun_bases, verb_bases
from .operators import anonymize
from .options import RedactionOptions
from ..language.roles import ROLE_WORDS
from ..language.titles import NAME_TITLES_WRITTEN, RANK_TITLES_WRITTEN
from .lexicon import CUE_WORDS, NAME_LIKE_WORDS, RELATIONSHIP_WORDS, is_protected_word
from .spoken_numbers import SPELLING_ALPHABET
from .uncased import is_verb_form
from .recognizers.person_name_recognizer import NER_SCORE, first_names, nicknames_given, world_names
from .recognizers import (BirthCueDateRecognizer, CaseContextRecognizer, CueValueRecognizer, DateOfBirthRecognizer, DigitRunRecognizer,
                          UncasedNameRecognizer, uk_recognizers)
from .recognizers.cue_value_recognizer import BIRTH_CUE_WORD, HEARD_DATE_OF_BIRTH, WRITTEN_MAIL_END
from ..language.kinship import KIN_WORDS
from .text_reads import forget_readings

BIRTH_CUE_REACH = 24  # characters between a heard "date of birth" and the date it introduces (", in order, the ")


class _Fresh(list):
    """Results the analyzer made for this call alone: the context enhancer's ``copy.deepcopy`` of
    them (about a fifth of a note's redaction time) is a plain list, and it raises their scores in place."""

    def __deepcopy__(self, memo):
        return list(self)


class _InPlaceContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, same scores, without copying every result first."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return super().enhance_using_context(text, _Fresh(raw_results), nlp_artifacts, recognizers, context)

    @staticmethod
    def _find_index_of_match_token(word, start, tokens, tokens_indices):
        """The first token ending after ``start`` (Presidio's own test: starting at it or covering
        it), by bisection over ``TokenStarts.ends``."""
        ends = getattr(tokens_indices, "ends", None)
        if ends is None:
            return LemmaContextAwareEnhancer._find_index_of_match_token(word, start, tokens, tokens_indices)
        i = bisect_right(ends, start)
        if i == len(ends):
            raise ValueError("Did not find word '" + word + "' in the list of tokens although it is expected to be found")
        return i


class _OrderedRegistry(RecognizerRegistry):
    """Presidio's registry, giving its recognizers in the order they were added (the standing ones, then a call's
    own). Presidio gathers them in a set, whose order changes from run to run, and where two recognizers find the same
    span with the same score it keeps the first one's result: so the order decided which recognizer's reading (its
    person, its name) a note got, and a note could be redacted differently from one run to the next."""

    def get_recognizers(self, language, entities=None, all_fields=False, ad_hoc_recognizers=None):
        found = super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        order = {id(r): k for k, r in enumerate([*self.recognizers, *(ad_hoc_recognizers or [])])}
        return sorted(found, key=lambda r: order.get(id(r), len(order)))


class Redactor:
    """Holds the Presidio analyzer (built once per process) and the stage options.

    ``detect`` finds identifiers; ``redact`` also writes the redacted text. Both run the
    spaCy pipeline exactly once per text.
    """

    def __init__(self, analyzer: AnalyzerEngine, options: RedactionOptions, english: frozenset[str] = frozenset(),
                 verbs: frozenset[str] = frozenset()):
        self.analyzer = analyzer
        self.options = options
        nlp = analyzer.nlp_engine.get_nlp("en")
        self._stop_words = frozenset(nlp.Defaults.stop_words)
        self._english = english
        self._verbs = verbs
        self._word_forms = english | inflected_forms(nlp)  # the same words, with their irregular forms
        self._irregular = irregular_verb_forms(nlp)
        self._nouns = noun_bases(nlp)
        self._verb_forms = verbs | self._irregular  # "gives", "loved" are read by their endings
        self._entities = list(options.entities) or ALL_ENTITIES

    def detect(self, text: str, context: CaseContext, unsure: Sequence[tuple[int, int]] = (),
               doc: Doc | None = None, heard: bool = False) -> list[Detection]:
        """``unsure``: character spans of words the recogniser heard with low probability; after an
        identifier's cue they continue its value (:class:`CueValueRecognizer`). ``doc``: a parse of
        exactly ``text`` with this pipeline's NER (``tagging.parse_shared``), read instead of parsing again."""
        case = CaseContextRecognizer(context, self._stop_words, self.options.fuzzy_name_threshold, self._english,
                                     self._verbs, heard=heard, irregular=self._irregular, nouns=self._nouns)
        ad_hoc = [case, UncasedNameRecognizer(case.name_words(), self._word_forms, self._verbs)]
        if context.child and context.child.dob:
            ad_hoc.append(DateOfBirthRecognizer(known_dobs=(context.child.dob,), name="CaseDobRecognizer"))
        if unsure:
            ad_hoc.append(CueValueRecognizer(unsure=unsure))
        if heard:
            ad_hoc += [CueValueRecognizer(english=self._english, heard=True), BirthCueDateRecognizer(heard=True, english=self._english),
                       DigitRunRecognizer(heard=True)]
        if doc is not None and doc.text == text and doc.has_annotation("ENT_IOB"):
            artifacts = self.analyzer.nlp_engine.artifacts_of(doc)
        else:
            artifacts = self.analyzer.nlp_engine.process_text(text, "en")
        try:
            results = self.analyzer.analyze(
                text=text,
                language="en",
                entities=self._entities,
                ad_hoc_recognizers=ad_hoc,
                nlp_artifacts=artifacts,
                score_threshold=0.0,  # resolve() applies the stage threshold after merging
            )
            results = _not_the_case_words(text, results, case)
            if heard:
                results = _not_names_heard(text, results, case, artifacts.tokens, self._verb_forms, self._english)
                results = _not_the_birth_cue(text, results)
            dets = without_time_of_birth(text, resolve(text, results, self.options.score_threshold))
            if heard:
                dets = _names_without_words_heard(text, dets, case.name_words(), self._irregular | self._stop_words,
                                                  self._verbs)
                dets = _names_ended_at_case_surname(text, dets, case, self._word_forms)
                dets = _without_cue_and_kin_words(text, dets, case.name_words())
                dets = _not_the_town(text, dets, case.places)
                dets = _email_heard_without_its_at(text, dets, case.name_words())
                dets = _email_name_part_said(text, dets)
                dets = _email_run_said(text, dets)
                dets = _email_spelt_after(text, dets)
                dets = _address_run_into_one_word(text, dets, case.name_words())
                dets = with_numbers_nearby(text, dets, self._nouns, self._stop_words)
                dets = with_spelling_word_after(text, dets)
                dets = with_repair_before(text, dets)
                dets = with_first_try_before(text, dets)
                dets = read_out_numbers(text, dets, self._nouns, self._stop_words)
                dets = numbers_after_a_cue(text, dets, self._nouns, self._stop_words)
                dets = with_spelt_letter_after(text, dets)  # after the numbers a cue introduces: their letters too
                dets = spelt_out(text, dets)
                dets = with_country_code_before(text, dets)
                dets = with_extension_after(text, dets)
                dets = phone_endings(text, dets)
                dets = with_digits_after_a_hesitation(text, dets)
                dets = with_suffix_word_after(text, dets)  # after every pass that finds digits read out
                dets = with_repair_after(text, dets)  # after every pass that finds a value: any value's repair
                dets = with_tail_checked_back(text, dets)
                dets = with_spelt_letter_after(text, dets)  # the letters after a value spelt out or repaired ("59 and B, D4 Dog")
                dets = with_x_ray_after(text, dets)
                dets = from_its_first_characters(text, dets)
                dets = with_year_said_apart(text, dets)
            dets = with_names_said_again(text, with_short_forms_apposed(text, dets), self._word_forms)
            dets = with_names_listed(text, dets, self._word_forms)
            return without_overlaps(with_places_said_again(text, with_initials_given(text, dets)))
        finally:
            forget_readings()  # the recognisers' shared readings of this text (text_reads) were for it alone

    def redact(self, text: str, context: CaseContext, unsure: Sequence[tuple[int, int]] = (),
               doc: Doc | None = None, heard: bool = False) -> RedactionResult:
        return anonymize(text, self.detect(text, context, unsure, doc, heard), context, self.options)


def _not_the_case_words(text: str, results: list, case: CaseContextRecognizer) -> list:
    """Without the names other recognisers found in what the case context says is no one: a word the case
    context matched as a name but read as a word ("by the Brooke behind the flats", "a Jade plant"), or a
    town or district of the family's address ("Norwich", "Treboeth")."""
    if not case.words_not_names and not case.places:
        return results
    return [r for r in results if not (
        r.entity_type == PERSON and ((r.start, r.end) in case.words_not_names
                                     or text[r.start:r.end].lower() in case.places)
        and (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) != case.name)]


_TITLE_WORDS = frozenset(t.rstrip(".") for t in NAME_TITLES_WRITTEN + RANK_TITLES_WRITTEN)
_ONE_WORD = re.compile(r"[A-Z][a-z]+(?:['’]s)?")


def _not_names_heard(text: str, results: list, case: CaseContextRecognizer, doc: Doc | None,
                     verbs: frozenset[str], english: frozenset[str]) -> list:
    """In a transcript, without a name that only the NER found, of one word that no name list and no case
    context holds (or two, one of them an English word: "Tachotary Visit"), standing where no name stands: not the subject of the verb after it ("his coach Gowens
    gives him a lift"), not after a family or role word ("mum", "his coach") or a title. The recogniser writes
    words it half heard as names ("Wondersleep upstairs", "And Shedra one for me"), and a name that is no
    one's on the case and on no list, doing nothing in its sentence, is most often such a word."""
    if doc is None:
        return results
    names = case.name_words()
    # a nickname given as one is a name though an English word by its capital, which in a transcript is the
    # recogniser's guess ("nobody calls him that" heard "... calls him Hat"): after "calls him" it must be no English
    # word
    given = nicknames_given(text)
    kept = []
    for r in results:
        low = text[r.start:r.end].lower()
        if (r.entity_type == PERSON and (r.start, r.end) in given and low in english and low not in names
                and low not in first_names() and low not in world_names()
                and _CALLED_BEFORE.search(text, max(0, r.start - 30), r.start) and _a_word_said_instead(low)):
            continue  # "Hat", never "Jordan" or "Dodger"; "known as Tank", "goes by Bramble" name someone whatever was heard
        words = text[r.start:r.end].split(" ")
        lows = [re.sub(r"['’]s$", "", w).lower() for w in words]
        if (r.entity_type == PERSON and r.score == NER_SCORE and len(words) <= 2 and all(_ONE_WORD.fullmatch(w) for w in words)
                and (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) == "PersonNameRecognizer"
                and not any(low in first_names() or low in world_names() or low in NAME_LIKE_WORDS or low in names
                            for low in lows)
                and (len(words) == 1 or any(low in english for low in lows))  # "Tachotary Visit", never "Ifeoma Brackenbury"
                and not _in_a_names_place(doc, r.start, r.end, verbs)):
            continue
        kept.append(r)
    return kept


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# what a speaker says after "calls him" that is no name ("nobody calls him that", "he calls her names", "they call him
# anything but Tom"): the demonstratives, pronouns and indefinites English puts there; a word heard one letter from one
# of them of four letters and more ("Hat") is that word misheard, any other English word ("Dodger", "Chip") the
# nickname the family gave
_SAID_INSTEAD_OF_A_NAME = frozenset("that this it what names something anything nothing everything whatever so".split())


def _a_word_said_instead(low: str) -> bool:
    return any(low == w or (len(w) >= 4 and Levenshtein.distance(low, w) <= 1) for w in _SAID_INSTEAD_OF_A_NAME)


# the one naming verb a recogniser makes of something else: "calls him that" heard "calls him Hat"; "known as",
# "goes by", "nicknamed", "a lad called" are said only to give a name
_CALLED_BEFORE = re.compile(r"\b(?:call|calls|called|calling)\s(?:him|her|them|me|himself|herself|themselves|myself)\s['\"‘“]?$",
                            re.IGNORECASE)


def _names_without_words_heard(text: str, dets: list[Detection], names: set[str] | frozenset[str],
                               sentence_words: frozenset[str], verbs: frozenset[str] = frozenset()) -> list[Detection]:
    """In a transcript, a name of two words or more ends where its words stop being a name's: at its possessive
    ("Hollis Quarrie's", never the word after it), and without a first or last word that is the sentence's, joined
    to the name by a recogniser that wrote it with a capital ("Saw ...", "... Got"): a function word (spaCy's stop
    words) or an irregular verb form (the lemmatizer's exceptions; not the regular verbs, whose bases many surnames
    share: Hunt, Page, Fry; but their past tense in "-ed", which no surname list holds: "Answered"), on no name list, in no case-context name and no spelling-alphabet word ("Golf" may be
    a postcode's letter the name ran into). A name after a title is left whole."""
    def words_not_name(words) -> bool:
        return all(not (low := re.sub(r"['’]s$", "", w.lower())) in names and low not in first_names()
                   and low not in world_names() and low not in NAME_LIKE_WORDS and low not in SPELLING_ALPHABET
                   and (low in sentence_words or _regular_past(low, verbs)) for w in words)
    for d in dets:
        if d.entity != PERSON:
            continue
        words = [(d.start + m.start(), d.start + m.end(), m.group()) for m in _NAME_WORD.finditer(text[d.start:d.end])]
        if len(words) < 2 or words[0][2].rstrip(".") in _TITLE_WORDS:
            continue
        own = next((i for i, w in enumerate(words[:-1]) if re.search(r"['’]s$", w[2])), None)
        if own is not None and words_not_name([w[2] for w in words[own + 1:]]):
            words = words[:own + 1]
        while len(words) > 1 and words_not_name([words[-1][2]]):
            words.pop()
        while len(words) > 1 and words_not_name([words[0][2]]):
            words.pop(0)
        d.start, d.end = words[0][0], words[-1][1]
    return dets


def _names_ended_at_case_surname(text: str, dets: list[Detection], case: CaseContextRecognizer,
                                 english: frozenset[str]) -> list[Detection]:
    """In a transcript, a name of three words or more that runs on past a case-context surname ends there, where the
    next word is an English word on no name list and in no case name: the case context says where that person's
    name ends, and the recogniser, dropping a full stop, wrote the sentence's next word with a capital ("Zainab
    Rochester. Visit to Idris" heard "Neymar Rochester Visit Idris", "Jasvinder Blacklock Visit to 12 Wigton Road").
    A two-word name is left as it is ("Ava Bright": the case's Ava need not be this one)."""
    surnames = frozenset(p.text for p in case.parts if p.is_surname)
    names = case.name_words()
    if not surnames:
        return dets
    for d in dets:
        if d.entity != PERSON:
            continue
        words = [(d.start + m.start(), d.start + m.end(), m.group()) for m in _NAME_WORD.finditer(text[d.start:d.end])]
        if len(words) < 3 or words[0][2].rstrip(".") in _TITLE_WORDS:
            continue
        before, last = words[-2][2].lower(), re.sub(r"['’]s$", "", words[-1][2].lower())
        if (before in surnames and last in english and last not in names and last not in first_names()
                and last not in world_names() and last not in NAME_LIKE_WORDS and last not in SPELLING_ALPHABET):
            d.end = words[-2][1]
    return dets


def _not_the_birth_cue(text: str, results: list) -> list:
    """In a transcript, without a name that is "date of birth" heard as words (``HEARD_DATE_OF_BIRTH``: "Nate
    Sombra, the 27th on April 2011") where a date of birth was found straight after it."""
    cues = [m for m in HEARD_DATE_OF_BIRTH.finditer(text)
            if any(r.entity_type == DATE_OF_BIRTH and 0 <= r.start - m.end() <= BIRTH_CUE_REACH for r in results)]
    if not cues:
        return results
    return [r for r in results if not (r.entity_type == PERSON and any(m.start() <= r.start and r.end <= m.end() for m in cues)
                                       and (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) != "CaseContextRecognizer")]


# The words a value's cue and the people it belongs to are said with, never a value's or a name's own
# (``lexicon.CUE_WORDS``, and the English kinship words of ``language.kinship`` of three letters or more: "ex" may be
# the letter X, "da" a garbled letter). A recogniser runs a value on into the next cue or the person it names
# ("B44, 5BT Mum", "719, ..., 2, dad", "TS1, ... NHS number", "mam Leanne Pybus at email.com"), and a name into its
# cue ("Isla Number", "Amara-NHS", "Mums understands").
_EDGE_WORDS = CUE_WORDS | frozenset(w for w in KIN_WORDS if len(w) >= 3 and "-" not in w)
_STRUCTURED = frozenset({DATE_OF_BIRTH, NHS_NUMBER, NI_NUMBER, PHONE, POSTCODE, EMAIL})
_SAID_JOINER = frozenset("dot underscore dash hyphen at".split())  # said between the words of an email address
_EDGE_TOKEN = re.compile(r"[^\s,;:]+")


def _bare_word(token: str) -> str:
    """``token`` in lower case without the punctuation round it and a possessive "'s"."""
    return re.sub(r"['’]s$", "", token.strip(".,;:!?()\"'").lower())


def _one_of(token: str, names: frozenset[str], words: frozenset[str], plurals_of: frozenset[str] | None = None) -> bool:
    """``token`` (punctuation round it aside) is one of ``words``, or the plural of one of ``plurals_of`` (``words``
    unless given), possessive or not, and no case name's word."""
    low = _bare_word(token)
    if not low.isalpha() or low in names:
        return False
    return low in words or (low.endswith("s") and low[:-1] in (words if plurals_of is None else plurals_of))


def _edge_word(token: str, names: frozenset[str]) -> bool:
    """``token`` is a cue or kinship word (``_EDGE_WORDS``), in the singular or plural."""
    return _one_of(token, names, _EDGE_WORDS)


# ... and a name's first word that says what the person is, the recogniser capitalising it into the name
# ("Childminder Margaret Dodds", "KeyWorker Ruth Abernethy", "Children Jaheim"): a role (``language.roles``, one word
# or run together as "KeyWorker") or a word for a child (child, children, kids, baby); at a name's start only, where
# a surname that is also such a word ("Ruth Nurse") never stands
_CHILD_WORDS = frozenset("child children kid kids baby babies".split())


# ... and a role said after a name ("Pauline, health visitor" heard "Pauline Visitor", "Mark Elliott Social Worker",
# "Karen Service"): the roles of ``language.roles`` that are no English surname (not head, friend, mate, nurse, coach,
# leader, key, priest, pastor, vicar, doctor: each a surname in England), and the words a service is named with
_TRAILING_ROLES = (ROLE_WORDS - frozenset("head friend mate nurse coach leader key priest pastor vicar doctor".split())
                   ) | frozenset("social service services team".split())


_LEADING_WORDS = ROLE_WORDS | _CHILD_WORDS


def _without_cue_and_kin_words(text: str, dets: list[Detection], names: frozenset[str]) -> list[Detection]:
    """In a transcript, a structured identifier or a name without the cue and kinship words (``_EDGE_WORDS``) at its
    edges, and a name that is only such words dropped; a word of an email address before a said joiner ("mum dot
    smith at ...") is the address's own. A part joined by a hyphen is a word here ("Amara-NHS", "Z4-0-8-...-6-a-mobile",
    "Mobile-07-8-1-8"), but in an email address; a street address that is only such words is dropped. A "name"
    inside a birth cue ("D.O" of "D.O. B.") is dropped. A structured identifier other than an email address that
    runs on through the next identifier's cue ("... 215 Mums date on 1st, 20, 12, 95", "Alfie in date of birth in O4,
    O4, 2000") is cut there: what stands before and after the cue's words stays redacted, the cue's words do not
    ("of" and "on" between two of them are the cue's)."""
    out = []
    for d in dets:
        if d.entity not in _STRUCTURED and d.entity not in (PERSON, STREET_ADDRESS):
            out.append(d)
            continue
        split = _EDGE_TOKEN.pattern if d.entity == EMAIL else r"[^\s,;:\-]+"
        toks = [(d.start + m.start(), d.start + m.end(), m.group()) for m in re.finditer(split, text[d.start:d.end])]
        if d.entity in (PERSON, STREET_ADDRESS) and toks and (all(_edge_word(t[2], names) for t in toks) or any(
                m.start() <= d.start and d.end <= m.end() for m in BIRTH_CUE_WORD.finditer(text))):
            continue  # "Mums understands why", "Chantelle, D.O. B. 23 May 1990", "NHS number": no one's name or home
        pieces = [toks] if d.entity in (PERSON, EMAIL, STREET_ADDRESS) else _cut_at_cues(toks, names)
        for piece in pieces:
            while len(piece) > 1 and (_edge_word(piece[-1][2], names) or (
                    d.entity == PERSON and _one_of(piece[-1][2], names, _TRAILING_ROLES))):
                piece.pop()
            while len(piece) > 1 and (_edge_word(piece[0][2], names) or (
                    d.entity == PERSON and _one_of(piece[0][2], names, _LEADING_WORDS, plurals_of=ROLE_WORDS))) and not (
                    d.entity == EMAIL and piece[1][2].lower().strip(".,") in _SAID_JOINER):
                piece.pop(0)
            if not piece:
                continue
            if d.entity != PERSON and len(pieces) > 1 and all(_edge_word(t[2], names) for t in piece):
                continue
            start, end = piece[0][0], piece[-1][1]
            while end > start and text[end - 1] in ",;:-":
                end -= 1
            out.append(Detection(start, end, d.entity, d.score, d.source, d.person_index))
    return out


# said between the words of an address's name part, and as a recogniser may write them ("Shelley underscores on 772 at
# hotmail.co.uk" for "shelly underscore robson seventy two at ...")
# (and "underscored": "underscore d" heard as one word)
_ADDRESS_JOINERS = frozenset("dot underscore dash hyphen dots underscores dashes hyphens underscored".split())
_WORD_BEFORE = re.compile(r"[A-Za-z0-9][\w'’.\-]*")
MAX_NAME_PART_WORDS = 6  # words of an address's name part said before its "at" (as CueValueRecognizer reads them)


def _said_digit(word: str) -> bool:
    """A digit group, a digit's word or a word a digit is misheard as (``spoken_numbers``)."""
    return word.isdigit() or word in DIGIT_WORDS or word in MISHEARD_DIGITS


_GLUED_ADDRESS = re.compile(rf"(?<![\w@.-])[\w'’.-]{{6,}}?{WRITTEN_MAIL_END}(?![\w.@-])", re.I)
MIN_NAME_IN_ADDRESS = 4  # letters of a case name that, opening a piece of such a word, make it the person's address


def _address_run_into_one_word(text: str, dets: list[Detection], names: frozenset[str]) -> list[Detection]:
    """In a transcript, a word written with no space that ends in a mail domain, one of whose pieces (between dots,
    hyphens, underscores) begins with a case name ("Fenwick-fosteringatoycloud.com" for "m fenwick dash fostering at
    icloud dot com", "her.oyelaranatk.northumberland.sh.uk" for "a dot oyelaran at ..."): the recogniser ran an
    address read out into one word, its "at" into the name; a word named after a case person is that person's
    address. So is such a word with a piece of digits in it ("7-10-I-Hotmail.co.uk" for "... seventy nine at hotmail
    dot co dot uk"): digits said one by one and joined by hyphens are the recogniser's way with a number read out,
    and a web address said in a visit note has no such piece."""
    added = []
    long_names = [n for n in names if len(n) >= MIN_NAME_IN_ADDRESS]
    for m in _GLUED_ADDRESS.finditer(text):
        pieces = re.split(r"[-_.'’]", m.group().lower())
        if (any(p.startswith(n) for p in pieces for n in long_names) or any(p.isdigit() for p in pieces)) and not any(
                d.start < m.end() and m.start() < d.end and d.entity == EMAIL for d in dets):
            added.append(Detection(m.start(), m.end(), EMAIL, 0.6, "AddressRunIntoOneWord"))
    if not added:
        return dets
    kept = [d for d in dets if not any(a.start <= d.start and d.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda d: d.start)


# An email address the recogniser wrote without its "at" or with its name part apart: a person's name joined by a dot to
# what follows ("Stephen.org. Cleveland.BNN.Belice.uk", "Carys.mellanby, Stockton.com.uk"), or a person's name and
# then "at" and a domain ("Joy Adeyemi, at NHS.net"); a mail domain's end (``WRITTEN_MAIL_END``) closes it either way
_DOMAIN = rf"[A-Za-z][\w\-]*(?:\.[A-Za-z0-9][\w\-]*)*{WRITTEN_MAIL_END}\b"
_NAME_DOTTED = re.compile(rf"\b(?P<first>[A-Z][a-z]+)\.[A-Za-z][\w\-]*(?:\.[A-Za-z][\w\-]*)*(?:[.,]?\s{_DOMAIN})?")
# ... or its domain's first words written apart after the "at" ("dsl at Hellesdon Vale. Norfolk-dot.uk"): one to three
# capitalised words, then a mail domain's end, the name part the words said straight before the "at" (no cue, no
# function word, no comma between)
_AT_WORDS_THEN_DOMAIN = re.compile(rf"\bat\s(?:[A-Z][\w\-]*[.,]?\s){{1,3}}{_DOMAIN}")
# ... or every "dot" of it heard "not", its "at" lost ("Aisha, not Mamoo, not Doncaster, not Doncaster, not UK"): three
# words or more joined by "not" and the last a mail domain's end, a "not" said so between words joining no clause
_SAID_DOMAIN_END = r"(?i:uk|com|net|org)"  # a mail domain's end said as a word
_DOTS_HEARD_AS_NOT = re.compile(rf"\b[A-Za-z][\w\-]*(?:,?\snot\s[A-Za-z][\w\-]*){{1,5}},?\snot\s{_SAID_DOMAIN_END}\b")
# ... or its "at" written onto the name part's end, the domain after a space ("mecky.chalton88at iCloud.com"): a name part
# with a dot or a digit in it, so no word that merely ends in "at" ("chat", "flat")
_AT_GLUED_THEN_DOMAIN = re.compile(rf"\b[A-Za-z][\w\-]*(?:\.[\w\-]+|\d)at\s{_DOMAIN}")
_NAME_PART_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")
_NOT_A_NAME_PART = STOP_WORDS | CUE_WORDS | frozenset("email e-mail mail address".split())
# (its "at" lost too: a name, then a domain written whole straight after it, its first part of four letters or more, "k.
# Elliott, Tynedale-Mail.com"; never a word or two heard as one, "Darren, be.com")
_AT_DOMAIN_AFTER = re.compile(rf"[\s,]*(?:\bat\s|(?=[A-Za-z][\w\-]{{3,}}\.)){_DOMAIN}")
_ENDS_AS_A_DOMAIN = re.compile(rf"{WRITTEN_MAIL_END}$")
# ... or its domain said word by word with no "at" heard, and no cue ("Dobson's attach within dot plus dot com"): words
# joined by a said "dot" ending in a domain's end said as a word, two dots at least or a mail word first ("tynedalemail
# dot com"), so no public site said in passing ("amazon dot com")
_DOMAIN_SAID = re.compile(
    rf"\b(?:[A-Za-z][\w\-]*\s(?i:dot)\s){{2,3}}{_SAID_DOMAIN_END}\b"
    rf"|\b[A-Za-z][\w\-]*(?i:mail)\s(?i:dot)\s(?:[A-Za-z][\w\-]*\s(?i:dot)\s)?{_SAID_DOMAIN_END}\b")


def _email_heard_without_its_at(text: str, dets: list[Detection], names: frozenset[str]) -> list[Detection]:
    """The email addresses of the rule above ``_DOMAIN``: the name is a case-context name's word, a person's found or
    a listed first name."""
    people = [d for d in dets if d.entity == PERSON]
    known = set(names) | {w.lower() for d in people for w in text[d.start:d.end].split()}
    for d in people:
        at = _AT_DOMAIN_AFTER.match(text, d.end)
        if at:
            d.entity, d.end, d.source = EMAIL, at.end(), "EmailHeardWithoutAt"
    added = [Detection(m.start(), m.end(), EMAIL, 0.8, "EmailHeardWithoutAt") for m in _NAME_DOTTED.finditer(text)
             if (m.group("first").lower() in known or m.group("first").lower() in first_names())
             and _ENDS_AS_A_DOMAIN.search(m.group())]
    added += [Detection(m.start(), m.end(), EMAIL, 0.8, "EmailHeardWithoutAt") for m in _DOTS_HEARD_AS_NOT.finditer(text)]
    added += [Detection(m.start(), m.end(), EMAIL, 0.8, "EmailHeardWithoutAt") for m in _DOMAIN_SAID.finditer(text)]
    added += [Detection(m.start(), m.end(), EMAIL, 0.8, "EmailHeardWithoutAt") for m in _AT_GLUED_THEN_DOMAIN.finditer(text)]
    for m in _AT_WORDS_THEN_DOMAIN.finditer(text):
        words = list(_NAME_PART_WORD.finditer(text, max(0, m.start() - 60), m.start()))
        start = m.start()
        for w in reversed(words[-MAX_NAME_PART_WORDS:]):
            if (w.end() != start and not re.fullmatch(r"\s", text[w.end():start])) or w.group().lower() in _NOT_A_NAME_PART:
                break
            start = w.start()
        if start < m.start():
            added.append(Detection(start, m.end(), EMAIL, 0.8, "EmailHeardWithoutAt"))
    if not added:
        return dets
    for a in added:  # a name found across the address's start is its name part ("M. Hyfer Ashworth at ..."): one
        for d in dets:
            if d.entity == PERSON and d.start < a.start < d.end <= a.end:
                a.start = d.start
    kept = [d for d in dets if not any(a.start <= d.start and d.end <= a.end for a in added)]
    return sorted(kept + [a for a in added if not any(d.start < a.end and a.start < d.end for d in kept)],
                  key=lambda d: d.start)


# An address said after its cue ("email", "e-mail", "Raymail" for "her email", a word ending "mail") or after an
# address found, read as the recogniser wrote it: stretches of words joined by a written dot or by a said joiner ("dot",
# "at", "underscore", "dash"), one after another where a comma or a full stop stands between them ("Lauren dot Tait,
# Durham dot ok", "Carys.Mellanby. Stockton.Dong.Yukk", "Pastoral.D Matt Hilton Bridge.Chot UK"). Only an address is
# said with a dot between words, so a stretch holding one is the address's, up to its last joined word (and a domain's
# end said after it: "UK", "com"); a stretch with no dot ends it.
_MAIL_CUE = re.compile(r"\b(?:e-?mail(?:s|ed)?(?:\saddress)?|[A-Za-z]+mail)\b(?:\s(?:is|was|address))?[\s,:]*", re.I)
_RUN_WORD = r"[A-Za-z0-9][A-Za-z0-9\-]*"
_RUN_JOIN = r"(?:\.(?=[A-Za-z0-9])|\s(?:dot|at|underscore|dash)\s|\s)"
_MAIL_STRETCH = re.compile(rf"{_RUN_WORD}(?:{_RUN_JOIN}{_RUN_WORD}){{0,7}}")
_JOINED = re.compile(rf"(?i:{_RUN_WORD}(?:\.|\sdot\s|\s(?:underscore|dash)\s){_RUN_WORD})")
_JOINED_WORD_END = re.compile(rf"(?i:\.|\s(?:dot|at|underscore|dash)\s){_RUN_WORD}|{_RUN_WORD}(?=(?i:\.[A-Za-z0-9]|\s(?:dot|at|underscore|dash)\s))")
_DOMAIN_END_WORD = re.compile(rf"\s{_SAID_DOMAIN_END}\b")
_STRETCH_BREAK = re.compile(r"[,.]\s")
_MAIL_END_WRITTEN = re.compile(rf"(?i:{WRITTEN_MAIL_END})\b")
_SAID_AT = re.compile(r"\s(?i:at)\s")
MAIL_STRETCHES = 3  # stretches of one address said one after another


def _joined_stretch(text: str, start: int) -> tuple[int, int, int] | None:
    """The stretch of ``_MAIL_STRETCH`` at ``start`` that holds a dot or a joiner between two words: its start, the
    end of its last joined word (and a domain's end after it) and its own end, or None."""
    m = _MAIL_STRETCH.match(text, start)
    first = _JOINED.search(text, m.start(), m.end()) if m else None
    if first is None:
        return None
    own_end = m.end()
    # an address ends at its domain's end, and says "at" once: a second "at" is the sentence's ("... .com Jago is at")
    if (domain := _MAIL_END_WRITTEN.search(text, first.start(), own_end)) is not None:
        own_end = domain.end()
    ats = list(_SAID_AT.finditer(text, first.start(), own_end))
    if len(ats) > 1 or (ats and "@" in text[first.start():ats[0].start()]):
        own_end = ats[-1].start() if len(ats) > 1 else ats[0].start()
    joined = [j.end() for j in _JOINED_WORD_END.finditer(text, first.start(), own_end)]
    if not joined:
        return None
    end = max(joined)
    if domain is None and (tld := _DOMAIN_END_WORD.match(text, end)):
        end = tld.end()
    return first.start(), end, own_end if domain is None else end


def _email_run_said(text: str, dets: list[Detection]) -> list[Detection]:
    """In a transcript, the address of the rule above ``_MAIL_CUE`` after its cue or an address found: a new address
    where none was found, or the found one grown over it; the names and places found inside it are the address's. It
    stops before any other identifier found (a number's, a postcode's, an address's)."""
    numbers = [d for d in dets if d.entity not in (EMAIL, PERSON, INSTITUTION)]
    starts = [(m.end(), None) for m in _MAIL_CUE.finditer(text)]
    starts += [(d.end, d) for d in dets if d.entity == EMAIL]
    added: list[Detection] = []
    for pos, found in starts:
        if found is not None and _MAIL_END_WRITTEN.search(text, found.start, found.end):
            # an address found to its domain's end is whole, but for the address or its domain written again straight
            # after it, put right ("Masha.camberlady.net, Blackcountrymail.com"): a stretch that ends as a domain does
            for _ in range(MAIL_STRETCHES):
                brk = _STRETCH_BREAK.match(text, found.end)
                again = _joined_stretch(text, brk.end()) if brk else None
                if again is None or not _MAIL_END_WRITTEN.search(text, again[0], again[1]) or any(
                        d.start < again[1] and again[0] < d.end for d in numbers):
                    break
                found.end = again[1]
            continue
        start = end = None
        p = pos
        if found is not None:  # after an address found, past the comma or full stop (or the space) after it
            p = brk.end() if (brk := _STRETCH_BREAK.match(text, pos)) else pos + (text[pos:pos + 1] == " ")
        for _ in range(MAIL_STRETCHES):
            stretch = _joined_stretch(text, p)
            if stretch is None:
                break
            start = stretch[0] if start is None else start
            end = stretch[1]
            brk = _STRETCH_BREAK.match(text, stretch[2])
            if not brk or _MAIL_END_WRITTEN.search(text, stretch[0], stretch[2]) or _joined_stretch(text, brk.end()) is None:
                break
            end, p = stretch[2], brk.end()  # the next stretch is the address's too: this one's words all are
        if end is None:
            continue
        end = min([end] + [d.start for d in numbers if start < d.start < end])
        if found is not None:
            found.end = max(found.end, end)
        else:
            added.append(Detection(start, end, EMAIL, 0.6, "EmailRunSaid"))
    grown = [d for d in dets if d.entity == EMAIL] + added
    if not grown:
        return dets
    kept = [d for d in dets if d.entity == EMAIL or not any(g.start <= d.start and d.end <= g.end for g in grown)]
    for d in kept:
        if d.entity != EMAIL:
            for g in grown:
                if d.start < g.start < d.end <= g.end:
                    d.end = g.start  # a name that runs into the address ends where it starts
                    while d.end > d.start and text[d.end - 1] in " ,":
                        d.end -= 1
    kept = [d for d in kept if d.end > d.start]
    out: list[Detection] = []
    for d in sorted(kept + added, key=lambda d: d.start):
        if d.entity == EMAIL and out and out[-1].entity == EMAIL and d.start < out[-1].end:
            out[-1].end = max(out[-1].end, d.end)  # one address read twice: one
            continue
        out.append(d)
    return out


# An address found, then spelt out straight after it, as a speaker spells the part a listener may get wrong ("...
# hotmail.com. It's D.M. Leigh, L.I.D. H. Dash, B, 077", "tinymail.com, Osei S.E.I"): the letters read out as the
# recogniser wrote them (initials with their dots, a capital alone, a run of capitals), its joiners and digits, and the
# address's own words, after "it's" or "spelt" at most; anything else ends the spelling. Only a spelling that reads a
# letter out is taken.
_SPELT_PIECE = re.compile(r"[\s,]*(?P<tok>[A-Za-z](?:\.[A-Za-z])+\.?|[A-Z]\.?(?![\w'’])|[A-Z]{2,6}(?![\w'’])|\d[\d\-]*|[A-Za-z][\w'’]*)")
_LETTERS_READ = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Z]\.?|[A-Z]{2,6}")
_SPELLING_LEAD = frozenset("it's it’s its that's that’s spelt spelled spelling".split())
_SPELLING_JOINERS = frozenset("dash hyphen underscore dot at".split())
SPELT_AFTER_ADDRESS = 10  # pieces of an address's spelling after it


def _email_spelt_after(text: str, dets: list[Detection]) -> list[Detection]:
    """Each address's spelling said straight after it (the rule above ``_SPELT_PIECE``) as an address of its own; the
    names found inside it are the spelling's."""
    spelt: list[Detection] = []
    for d in dets:
        if d.entity != EMAIL:
            continue
        own = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text[d.start:d.end])}
        pos, start, end, read = d.end, None, None, False
        for k in range(SPELT_AFTER_ADDRESS):
            m = _SPELT_PIECE.match(text, pos)
            if m is None:
                break
            tok, low = m.group("tok"), m.group("tok").lower()
            if k == 0 and low in _SPELLING_LEAD:
                pos = m.end()  # "it's", "spelt": said, not the address's
                continue
            start = m.start("tok") if start is None else start
            letters = bool(_LETTERS_READ.fullmatch(tok)) and tok not in ("I", "A") and not is_protected_word(
                tok.rstrip(".")) and low.rstrip(".") not in CUE_WORDS
            if not (letters or tok[0].isdigit() or low in _SPELLING_JOINERS or low in own):
                break
            if any(o is not d and o.start < m.end() and m.start("tok") < o.end and o.entity != PERSON for o in dets):
                break
            read = read or letters
            pos = end = m.end()
        if end is not None and read:
            spelt.append(Detection(start, end, EMAIL, d.score, "EmailSpeltAfter"))
    return _without_names_inside_emails(sorted(dets + spelt, key=lambda d: d.start)) if spelt else dets


def _without_names_inside_emails(dets: list[Detection]) -> list[Detection]:
    emails = [d for d in dets if d.entity == EMAIL]
    return [d for d in dets if d.entity == EMAIL or not any(e.start <= d.start and d.end <= e.end for e in emails)]


_DOTTED_NAME_BEFORE = re.compile(r"\b[A-Za-z]{2,}\.[A-Za-z]{2,}\d*[\s,]*$")


def _email_name_part_said(text: str, dets: list[Detection]) -> list[Detection]:
    """In a transcript, an email address begins where the words joined by its said joiners ("underscore", "dot",
    "dash", "hyphen") begin: a joiner is said only inside an address, so the word before it and the word after it
    are the address's own, whatever the recogniser wrote them as (a name it capitalised, a possessive "Wood's").
    A name found inside the grown address is the address's."""
    emails = [d for d in dets if d.entity == EMAIL]
    if not emails:
        return dets
    for d in emails:
        toks = list(_WORD_BEFORE.finditer(text, max(0, d.start - 120), d.start))
        toks = [t for t in toks if t.end() <= d.start]
        bare = [_bare_word(t.group()) for t in toks]
        i, taken = len(toks) - 1, 0

        def next_to(k: int) -> bool:  # only spaces or commas between word k and the next word or the address
            return bool(re.fullmatch(r"[\s,]*", text[toks[k].end():toks[k + 1].start() if k + 1 < len(toks) else d.start]))

        def joined_before(k: int) -> bool:  # word k is a joiner or comes straight after one
            return bare[k] in _ADDRESS_JOINERS or (k > 0 and bare[k - 1] in _ADDRESS_JOINERS)

        # the digits a name part ends with ("hedley four", heard "edley for"), said straight before the address's
        # found start, are its own: up to two number words or misheard ones, then the joined words before them
        digits_end = i
        while i >= 0 and digits_end - i < 2 and _said_digit(bare[i]) and next_to(i):
            i -= 1
        if i < digits_end and (i < 0 or not joined_before(i)):
            i = digits_end  # digits with no joined word before them: no name part of an address, left as they were
        elif i < digits_end:
            d.start, taken = toks[i + 1].start(), digits_end - i
        while i >= 0 and taken < MAX_NAME_PART_WORDS and next_to(i):
            joined = joined_before(i) or (i + 1 < len(toks) and bare[i + 1] in _ADDRESS_JOINERS) or (
                i + 1 == len(toks) and _ADDRESS_JOINERS & set(_bare_word(w) for w in text[d.start:d.end].split()[:1]))
            if not joined or (bare[i] in _ADDRESS_JOINERS and i > 0 and bare[i - 1] in ("a", "an", "the")):
                break  # "it's got an underscore, d underscore hayes ...": a joiner named, not said in the address
            d.start = toks[i].start()
            i, taken = i - 1, taken + 1
        # an address found without its name part (no "at" in it: "Morag.galbraith, 8-8-hotmail.co.uk"): words written
        # joined by a dot straight before it are that part, a written dot between words being the said "dot"
        dotted = _DOTTED_NAME_BEFORE.search(text, max(0, d.start - 60), d.start)
        if dotted and not re.search(r"(?i)@|\bat\b", text[d.start:d.end]):
            d.start = min(d.start, dotted.start())
    out = []
    for o in dets:
        for d in emails:
            if o is not d and d.start <= o.start and o.end <= d.end:
                break
            if o is not d and o.start < d.start < o.end:
                o.end = d.start
                while o.end > o.start and not text[o.end - 1].isalnum():
                    o.end -= 1
        else:
            if o.end > o.start:
                out.append(o)
    return out


def _cut_at_cues(toks: list[tuple[int, int, str]], names: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """A value's words cut at each run of cue words (``CUE_WORDS``; "of" or "on" between two of them) inside it,
    the run left out."""
    spelt = set()  # the birth cue spelt out, its letters apart ("11, D-O-B-1-9, O-2"): never a value's letters (no
    # postcode or NI number holds D, O, B in a row: O is no postcode unit letter and no NI number's second letter)
    for k in range(len(toks) - 2):
        if [_bare_word(toks[k + i][2]) for i in range(3)] == ["d", "o", "b"]:
            spelt |= {k, k + 1, k + 2}

    def cue(k: int) -> bool:
        low = _bare_word(toks[k][2])
        dotted = low.replace(".", "") if "." in low else low  # "D.O.B.", "N.H.S."
        return k in spelt or (dotted in CUE_WORDS and dotted not in names)
    pieces, piece, k = [], [], 0
    while k < len(toks):
        if 0 < k and cue(k):
            j = k + 1
            while j < len(toks) and (cue(j) or (toks[j][2].lower() in ("of", "on") and j + 1 < len(toks) and cue(j + 1))):
                j += 1
            if j < len(toks):  # inside the value, not at its end (the edges are trimmed after)
                pieces.append(piece)
                piece, k = [], j
                continue
        piece.append(toks[k])
        k += 1
    pieces.append(piece)
    return [p for p in pieces if p]


def _not_the_town(text: str, dets: list[Detection], places: frozenset[str]) -> list[Detection]:
    """In a transcript, without a street found right after another (", " between) that is the family's town or
    district as the recogniser wrote it, with a street's last word ("Front Street, Chesterless Street" for
    "Chester-le-Street"; "Regal Road, Truro Road" for "Truro"): its words, or those before their last, match a place
    of the case address (``CaseContextRecognizer.places``) closely (rapidfuzz ratio >= 85, spaces and hyphens
    aside). A street with a house number is someone's address, whatever its name."""
    if not places:
        return dets
    flat = [re.sub(r"[\s\-]", "", p) for p in places]
    kept = []
    for d in dets:
        if d.entity == STREET_ADDRESS and not any(ch.isdigit() for ch in text[d.start:d.end]) and any(
                k.entity == STREET_ADDRESS and k.end <= d.start and re.fullmatch(r",\s+", text[k.end:d.start]) for k in kept):
            words = text[d.start:d.end].lower().split()
            forms = {re.sub(r"[\s\-]", "", " ".join(words))} | ({re.sub(r"[\s\-]", "", " ".join(words[:-1]))} if len(words) > 1 else set())
            if any(fuzz.ratio(f, p) >= 85 for f in forms for p in flat):
                continue
        kept.append(d)
    return kept


def _regular_past(low: str, verbs: frozenset[str]) -> bool:
    """A regular verb's past tense ("answered", "visited", "moved"): the base form and "-ed" or "-d"."""
    return low.endswith("ed") and (low[:-2] in verbs or low[:-1] in verbs)


def _in_a_names_place(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> bool:
    """The word at ``start``-``end`` is followed by its verb, or follows a family or role word or a title, straight
    or in apposition after its comma ("Shanice's mum, Ajoa, ...")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in ("'s", "’s") and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "," and span.start > 1:
        before = doc[span.start - 2] if doc[span.start - 2].lower_ in RELATIONSHIP_WORDS or doc[span.start - 2].lower_ in ROLE_WORDS else before
    return bool((after is not None and is_verb_form(after.lower_, verbs))
                or (before is not None and (before.lower_ in RELATIONSHIP_WORDS or before.lower_ in ROLE_WORDS
                                            or before.text.rstrip(".") in _TITLE_WORDS)))


def build_redactor(nlp, options: RedactionOptions | None = None) -> Redactor:
    """Build the analyzer once over an already-loaded spaCy pipeline (``load_spacy()``)."""
    options = options or RedactionOptions()
    english = english_words(nlp)
    registry = _OrderedRegistry(supported_languages=["en"])
    for recognizer in uk_recognizers(use_ner=options.use_ner, english=english, irregular=inflected_forms(nlp)):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        registry=registry,
        nlp_engine=PreloadedSpacyNlpEngine(nlp),
        supported_languages=["en"],
        default_score_threshold=0.0,
        context_aware_enhancer=_InPlaceContextEnhancer(),
    )
    return Redactor(analyzer, options, english, verb_bases(nlp))


def check_text(text: str | bytes, max_chars: int) -> str:
    """The text as ``str``, or a ``TextInputError`` that says what to send instead."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TextInputError(
                f"The text is not valid UTF-8 (bad byte at position {exc.start}). "
                "Re-encode it as UTF-8 and resend."
            ) from exc
    if not isinstance(text, str):
        raise TextInputError(f"Expected text as a string, got {type(text).__name__}. Pass the note's text.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise TextInputError(
            f"The text holds characters that are not valid UTF-8 (position {exc.start}); "
            "it was probably decoded with errors='surrogateescape'. Decode it as UTF-8 and resend."
        ) from exc
    if not text.strip():
        raise TextInputError("The text is empty: there is nothing to redact. Check the transcript before redacting.")
    if len(text) > max_chars:
        raise TextInputError(
            f"The text is {len(text):,} characters, over the {max_chars:,} limit for one note. "
            "Split it into separate notes or raise RedactionOptions.max_chars."
        )
    return text


def check_context(context) -> CaseContext:
    if context is None:
        return CaseContext()
    if isinstance(context, CaseContext):
        return context
    if isinstance(context, (dict, str, bytes)):
        return parse_context(context)
    raise ContextError(
        f"Case context must be a CaseContext, a dict or JSON text, not {type(context).__name__}."
    )


def redact_text(
    text: str, context: CaseContext | None, redactor: Redactor, words: Transcript | None = None,
    doc: Doc | None = None,
) -> RedactionResult:
    """Redact one note. ``context`` may also be a dict or JSON (validated here). ``words``: the transcript
    ``text`` was recognised as, whose word probabilities let a value the recogniser was unsure of be
    taken whole after its cue (text alone, as typed or edited, is redacted without them). ``doc``: a
    parse of exactly ``text`` with the NER (``tagging.parse_shared``), so spaCy runs once for both stages."""
    text = check_text(text, redactor.options.max_chars)
    context = check_context(context)
    unsure: list[tuple[int, int]] = []
    if words is not None:
        if words.text != text:
            raise TextInputError(
                "The words given are of a different text from the one to redact. Pass the transcript the text "
                "was recognised as, or no words for a text that was edited."
            )
        unsure = unsure_spans(words, redactor.options.unsure_word_probability)
    return redactor.redact(text, context, unsure, doc, heard=words is not None)
