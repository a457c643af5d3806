"""Names in uncased text: a transcript all in lower case (``nlp_engine.is_lower_case_style``), where no
capital tells "will" the brother from "will" the verb, or "bryok" the friend from a word.

Two readings every name recogniser can share, on spaCy tokens only (no tagger runs for redaction):

- ``used_as_word``: an English word that is also someone's name is the word where English grammar says so:
  after an article, a possessive or a quantifier ("the bell", "a daisy bed", "her hope"), after a subject
  pronoun or a form of *be* or *have* ("he will stop", "i hope", "it was sunny", "she has hope"), after an
  existential "there is" or a possessive "'s" ("there's still hope", "mum's hope"), and a
  modal ("will", "may", "can", "must", "shall") before a verb's base form ("will ring the school");
- ``name_shaped``: a word that can only be a name: not an English word (the model's WordNet index), not a
  stop word, not a never-redact word, not a place the lexicon knows.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import NAME_LIKE_WORDS, is_place, is_protected_word
from ..language.roles import HOUSEHOLD_NOUNS

# before a word used as a word: articles, possessives, demonstratives and quantifiers (complete as English's
# determiners), subject pronouns (complete), the forms of "be" and "have", and degree words that take an adjective
# (English's degree adverbs, with British "a bit": "got a bit dotty"); and a cardinal number before a plural, a
# determiner that counts ("three miles": ``_cardinal``, ``_plural``)
_DETERMINERS = frozenset("the a an my his her their our your its this that these those no every each some any".split())
_SUBJECT_PRONOUNS = frozenset("i he she we they you it who".split())
_BE_HAVE = frozenset("is was are were be been being am has have had having".split())
_DEGREE = frozenset("so very too really quite more most rather fairly pretty slightly extremely less least somewhat bit".split())
_WORD_BEFORE = _DETERMINERS | _SUBJECT_PRONOUNS | _BE_HAVE | _DEGREE
# the adverbs of time that stand between "there is" and its noun ("there's still hope", "there was always joy")
_STILL = frozenset("still always also never even just".split())
# English's modal auxiliaries, and the adverbs that stand between a modal and its verb
MODALS = frozenset("will may can must shall".split())
_AFTER_MODAL = frozenset("not never be have also just still probably definitely always only".split())


def bare(word: str) -> str:
    """The word in lower case without a possessive ending written with an apostrophe."""
    low = word.lower()
    return low[:-2] if low.endswith(("'s", "’s")) else low


_PLURAL_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))
_ENDINGS = _PLURAL_ENDINGS + (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def is_english(low: str, english: frozenset[str]) -> bool:
    """An English word, a regular inflection of one ("kitchens", "called", "sneaks", "carries"), or a name-like
    word ("hope", "will"). ``english`` may hold irregular forms too (``nlp_engine.inflected_forms``)."""
    if low in english or low in NAME_LIKE_WORDS:
        return True
    for end, base in _ENDINGS:
        if len(low) >= len(end) + 2 and low.endswith(end):
            stem = low[: -len(end)]
            if stem + base in english or (end in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in english):
                return True
    return False


def is_verb_form(low: str, verbs: frozenset[str]) -> bool:
    """A form of *be* or *have*, a modal, or a verb of ``verbs`` (base forms) as it is or regularly inflected
    ("gives", "loved", "coming"); irregular past forms ("said", "told", "went") are in ``verbs`` only if given."""
    if low in _BE_HAVE or low in MODALS or low in verbs:
        return True
    return any(len(low) >= len(end) + 2 and low.endswith(end) and low[: -len(end)] + base in verbs
               for end, base in _ENDINGS)


# the nouns for a time of day and the seasons, which a preposition of time puts as the word ("at dawn on sunday",
# "by summer", "until autumn"); "from dawn" or "with summer" may be the person, and so is read as before
_TIMES_OF_DAY = frozenset("dawn dusk daybreak sunrise sunset nightfall noon midnight".split())
_SEASONS = frozenset("spring summer autumn winter".split())
_TIME_PREPOSITIONS = frozenset("by before until till since during".split())


def _time_after(prev: str, low: str) -> bool:
    if low in _TIMES_OF_DAY:
        return prev in _TIME_PREPOSITIONS or prev == "at"
    return low in _SEASONS and (prev in _TIME_PREPOSITIONS or prev == "in")


def _plural(low: str, english: frozenset[str]) -> bool:
    """A regular plural of an English noun ("miles", "pennies", "crosses"): what a number before it counts; a name
    after a number is no plural ("at ten donna changed the wifi": a time, then the next clause)."""
    return any(low.endswith(end) and low[:-len(end)] + base in english for end, base in _PLURAL_ENDINGS)


def _cardinal(token) -> bool:
    """A number said as a determiner, counting the plural after it ("three miles", "2 pennies"): digits, or a number
    word, never an ordinal ("the 3rd", "third")."""
    low = token.lower_
    return low.isdigit() or (token.like_num and low.isalpha() and not low.endswith(("st", "nd", "rd", "th")))


def used_as_word(token, english: frozenset[str], verbs: frozenset[str] = frozenset()) -> bool:
    """Is this lower-case English word, which is also someone's name, used as the word here? Never for a word
    that is not English ("kerensa"), nor before a plural noun for a family ("the bell family")."""
    low = bare(token.text)
    if not is_english(low, english):
        return False
    doc = token.doc
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if nxt in HOUSEHOLD_NOUNS:  # "the dunmore family": a name after an article all the same
        return False
    if token.i > 0 and (doc[token.i - 1].lower_ in _WORD_BEFORE or (_cardinal(doc[token.i - 1]) and _plural(low, english))):
        return True
    # the noun of "there's (still) hope", "there was (always) hope": after an existential "there" and its verb (an
    # adverb of time between them), or a possessive "'s" ("mum's hope")
    k = token.i - 1 - (token.i > 1 and doc[token.i - 1].lower_ in _STILL)
    if k >= 0 and (doc[k].lower_ in ("'s", "’s") or (doc[k].lower_ in _BE_HAVE and k > 0 and doc[k - 1].lower_ == "there")):
        return True
    if token.i > 0 and token.text == low and _time_after(doc[token.i - 1].lower_, low):
        return True
    return low in MODALS and (nxt in _AFTER_MODAL or nxt in verbs)


def name_shaped(low: str, english: frozenset[str]) -> bool:
    """A word that can only be a name: letters (a hyphen or apostrophe inside), three or more, and none of an
    English word, a stop word, a never-redact word or a known place."""
    letters = low.replace("-", "").replace("'", "")
    return (
        len(letters) >= 3 and letters.isalpha() and low not in STOP_WORDS
        and not is_english(low, english) and not is_protected_word(low) and not is_place(low)
    )
