"""Parse a transcript into sentences that survive ASR-style text.

Speech recognisers often return lower case with little or no punctuation ("i seen jayden on his
own he said gary hoyed a cup at the wall"). The parser then runs a whole note into one sentence,
names are not recognised and pronouns cannot be resolved. Two repairs, both keeping character
offsets identical to the input:

- ``recase``: when the text is uncased, a same-length copy with "i" and the case-context names
  capitalised is what the pipeline parses.
- ``mark_run_on_starts``: between the part-of-speech tagger and the parser, a token that opens a
  new main clause with no punctuation before it (a subject followed by a finite verb, after
  something that cannot introduce a clause: "...at his mam | he said...") is marked as a sentence
  start, which the parser then respects.
- ``mark_learned_starts``: text with no punctuation at all (``bare_text``) is split instead where the learned
  sentence-start model (``boundaries``) reads a start, the rule's verdict among what it reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..context import CaseContext
from ..language.titles import NAME_TITLES as TITLES
from ..models.spacy_model import run_component
from . import lexicon as lx
from .boundaries import BoundaryModel, boundary_features
from .signs import heading_starts

_SUBJECT_PRONOUNS = frozenset("i he she they we".split())
_NP_OPENERS = frozenset("the his her my their our".split())
_ADVERBS = frozenset("then also just really never always still only now even actually".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())
# A clause after these is embedded or coordinated, not a new sentence.
_NO_BREAK_AFTER = frozenset(
    "and but or so because cos coz cause when while if that as until till since before after where who "
    "which what how why whether than though although unless once like whilst whenever wherever".split()
)
_NO_BREAK_TAGS = frozenset("IN CC WDT WP WRB TO DT PRP$ POS EX".split())
_CLAUSE_ADJ = lx.FEELING_ADJ | frozenset("sure certain aware convinced".split())
# Verbs that take a clause object: "said she", "told me she", "thinks he".
_CLAUSE_VERBS = frozenset(
    "say tell think know explain admit reckon hope wish believe feel hear realise realize mean claim mention "
    "insist worry suppose guess notice understand remember forget pretend decide agree promise disclose "
    "report confirm state share describe add complain deny".split()
)
_OBJECT_PRONOUNS = frozenset("me him her us them you".split())
_STOPS = frozenset(". ? ! ;".split())  # a start always follows these
_I_FORMS = re.compile(r"(?<![\w'])i(?=$|[\s,.;:!?]|'(?:m|ll|ve|d)\b)")


def context_names(context: CaseContext) -> set[str]:
    """Lower-case first names and surnames the case context knows (at least two letters)."""
    out: set[str] = set()
    for name, _role in context.named_people():
        for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", name or ""):
            if w.lower() not in TITLES:
                out.add(w.lower())
    return out


def looks_uncased(text: str) -> bool:
    """Lower-case ASR output: a bare "i" pronoun, or hardly a capital letter in a longer text."""
    if _I_FORMS.search(text):
        return True
    words = re.findall(r"[A-Za-z]+", text)
    if len(words) < 12:
        return False
    capitals = sum(1 for w in words[1:] if w[0].isupper())
    return capitals / (len(words) - 1) < 0.02


def recase(text: str, names: set[str]) -> str:
    """A same-length copy of uncased ``text`` with "i", known names and the first letter capitalised."""
    chars = list(text)
    for m in _I_FORMS.finditer(text):
        chars[m.start()] = "I"
    if names:
        pattern = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?![\w])", re.I)
        for m in pattern.finditer(text):
            if text[m.start()].islower():
                chars[m.start()] = text[m.start()].upper()
    first = next((k for k, c in enumerate(chars) if c.isalpha()), None)
    if first is not None:
        chars[first] = chars[first].upper()
    out = "".join(chars)
    assert len(out) == len(text)
    return out


_IRREGULAR = {
    "said": "say", "told": "tell", "thought": "think", "knew": "know", "known": "know", "felt": "feel",
    "heard": "hear", "meant": "mean", "understood": "understand", "forgot": "forget", "wrote": "write",
    "written": "write", "showed": "show", "shown": "show", "spoke": "speak", "spoken": "speak",
}


def _verb_lemma(tok: Token) -> str:
    """A lemma good enough for the clause verbs before the lemmatizer has run."""
    return _verb_lemma_of(tok.lower_)


@lru_cache(maxsize=4096)
def _verb_lemma_of(low: str) -> str:
    """:func:`_verb_lemma` of a lower-case word (asked of most words of every note: remembered)."""
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            for cand in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem):
                if cand in _CLAUSE_VERBS:
                    return cand
    return low


def _person_word(tok: Token, names: set[str]) -> bool:
    low = tok.lower_
    return (low in names or low in lx.FEMININE_ROLES or low in lx.MASCULINE_ROLES or low in lx.CHILD_NOUNS
            or (low in lx.OTHER_ROLES and low not in {"family", "parents"}))


def _subject_end(doc: Doc, i: int, names: set[str]) -> int | None:
    """Index of the last token of a subject noun phrase starting at ``i``, if one starts there."""
    t = doc[i]
    low = t.lower_
    if low in _SUBJECT_PRONOUNS and t.tag_ == "PRP":
        return i
    if _person_word(t, names) and t.tag_.startswith("NN"):
        j = i
        while j + 1 < len(doc) and j - i < 2 and _person_word(doc[j + 1], names) and doc[j + 1].tag_.startswith("NN"):
            j += 1
        return j
    if low in _NP_OPENERS:
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].tag_ in {"JJ", "NN", "NNS"}:
            j += 1
        if j - 1 > i and doc[j - 1].tag_.startswith("NN"):
            return j - 1
    return None


def _opens_clause(doc: Doc, i: int, names: set[str]) -> bool:
    prev = doc[i - 1]
    if prev.is_punct or prev.is_space or prev.lower_ in _NO_BREAK_AFTER or prev.tag_ in _NO_BREAK_TAGS:
        return False
    if prev.lower_ in _CLAUSE_ADJ and doc[i].lower_ != "i":
        return False  # "she is scared her mam will ...", but "upset and angry | I will ..."
    if prev.tag_.startswith("VB") and _verb_lemma(prev) in _CLAUSE_VERBS:
        return False  # "said she", "thinks he"
    if i >= 2 and _verb_lemma(doc[i - 2]) in _CLAUSE_VERBS | {"ask", "show"} and (
        prev.lower_ in _OBJECT_PRONOUNS or prev.lower_ in names
    ):
        return False  # "told me she ...", "told kelly she ..."
    end = _subject_end(doc, i, names)
    if end is None:
        return False
    k = end + 1
    while k < len(doc) and doc[k].lower_ in _ADVERBS:
        k += 1
    if k >= len(doc) - 1:
        return False
    v = doc[k]
    return v.tag_ in _FINITE or (v.tag_ == "VBN" and doc[i].lower_ == "i")


def mark_run_on_starts(doc: Doc, names: set[str], *, only_these: bool = False, min_gap: int = 3) -> int:
    """Mark the starts of run-on main clauses as sentence starts (before parsing). Returns how many.

    ``only_these``: also forbid the parser any other break except after . ? ! (for unpunctuated
    ASR text, where the parser's own guesses split "...is canny | and she makes him | his tea").
    """
    return _mark_starts(doc, lambda i, last, has_verb: rule_opens(doc, i, last, has_verb, names, only_these=only_these,
                                                                   min_gap=min_gap), only_these=only_these)


def _mark_starts(doc: Doc, opens, *, only_these: bool) -> int:
    """Read ``doc`` left to right and mark a start after . ? ! ; and where ``opens(i, last, has_verb)`` says one
    starts (``last``: the last start; ``has_verb``: a finite verb came since). ``only_these``: forbid every other."""
    last = 0
    marked = 0
    has_verb = False  # the words since the last sentence start are a clause already
    for tok in doc:
        i = tok.i
        if i > 0 and doc[i - 1].text in _STOPS:
            last, has_verb = i, False
            if only_these:
                tok.is_sent_start = True
        elif opens(i, last, has_verb):
            tok.is_sent_start = True
            last, has_verb = i, False
            marked += 1
        elif only_these and i > 0:
            tok.is_sent_start = False
        if finite(doc, i):
            has_verb = True
    return marked


def finite(doc: Doc, i: int) -> bool:
    """A finite verb (or "i" then a participle, "i seen"): what makes the words since the last start a clause."""
    tok = doc[i]
    return tok.tag_ in _FINITE or (tok.tag_ == "VBN" and i > 0 and doc[i - 1].lower_ == "i")


def rule_opens(doc: Doc, i: int, last: int, has_verb: bool, names: set[str], *, only_these: bool = True,
               min_gap: int = 3) -> bool:
    """The rule's reading of token ``i`` after a start at ``last``: a new main clause with no punctuation before it."""
    return ((has_verb or (only_these and _named_subject(doc[i], names))) and i - last >= min_gap and i + 2 < len(doc)
            and _opens_clause(doc, i, names) and not _after_clause_verb(doc, i, last))


def mark_learned_starts(doc: Doc, names: set[str], model: BoundaryModel) -> int:
    """Mark sentence starts where the learned model (``boundaries``) reads one, reading left to right, and forbid the
    parser any other break except after . ? ! ;: for text with no punctuation to trust. Returns how many."""
    return _mark_starts(doc, lambda i, last, has_verb: i > 0 and not doc[i].is_space and model.probability(
        learned_features(doc, i, last, has_verb, names)) > model.threshold, only_these=True)


def learned_features(doc: Doc, i: int, last: int, has_verb: bool, names: set[str]) -> list[str]:
    """``boundaries.boundary_features`` of token ``i`` with this module's rule readings."""
    return boundary_features(doc, i, gap=i - last, has_verb=has_verb, names=names,
                             rule=rule_opens(doc, i, last, has_verb, names),
                             after_clause_verb=_after_clause_verb(doc, i, last))


def _named_subject(tok: Token, names: set[str]) -> bool:
    """A subject that can follow a verbless opener ("home visit to nathan | nathan is eleven")."""
    return tok.lower_ == "i" or tok.lower_ in names or _person_word(tok, names)


def _after_clause_verb(doc: Doc, i: int, last: int, window: int = 4) -> bool:
    """'said our kid Jordan looks...', 'told me the fella brayed...': what was said, not a new sentence."""
    for k in range(max(last, i - window), i):
        if doc[k].tag_.startswith("VB") and _verb_lemma(doc[k]) in _CLAUSE_VERBS:
            return True
    return False


def parse(nlp: Language, text: str, context: CaseContext, *, disable: tuple[str, ...] = (),
          boundaries: BoundaryModel | None = None) -> Doc:
    """Parse ``text`` (offsets unchanged) with run-on clauses split and, if uncased, names recased. Text with no
    punctuation at all (``bare_text``) is split where ``boundaries`` (the learned sentence-start model) reads a start;
    other text with too little to trust, or all text without the model, where the rule does."""
    names = context_names(context)
    uncased = looks_uncased(text)
    parsed = recase(text, names) if uncased else text
    unpunctuated = uncased or _unpunctuated(text)
    doc = tag_tokens(nlp, parsed, disable=disable)
    rest = _components(nlp, disable)
    rest = rest[next((k for k, (name, _) in enumerate(rest) if name == "parser"), len(rest)):]
    if rest:
        if boundaries is not None and bare_text(text):
            mark_learned_starts(doc, names, boundaries)
        else:
            mark_run_on_starts(doc, names, only_these=unpunctuated)
        for i in heading_starts(doc, parsed):  # "...he sleeps erm what's working well mam is..."
            doc[i].is_sent_start = True
        for i in bullet_starts(doc):  # "...on Thursdays. - Del: Kian recorded ..."
            doc[i].is_sent_start = True
    for _name, proc in rest:
        doc = run_component(proc, doc)
    return doc


def _components(nlp: Language, disable: tuple[str, ...]) -> list:
    # The NER (which has its own tok2vec) runs first, on the bare tokens: its entities are then
    # those of a pass of its own (sentence starts set for the parser would bound them), so
    # redaction can read them from this Doc.
    return [(name, proc) for name, proc in sorted(nlp.pipeline, key=lambda pipe: pipe[0] != "ner") if name not in disable]


def tag_tokens(nlp: Language, parsed: str, *, disable: tuple[str, ...] = ()) -> Doc:
    """``parsed`` through the components before the parser (the NER first, then the tagger): what the sentence
    starts are read from."""
    doc = nlp.make_doc(parsed)
    for name, proc in _components(nlp, disable):
        if name == "parser":
            break
        doc = run_component(proc, doc)
    return doc


_BULLETS = frozenset("- – — • * ·".split())
_SENTENCE_ENDS = frozenset(".?!")
_CLOSING_MARKS = frozenset("\"'”’)]")


def bullet_starts(doc: Doc) -> list[int]:
    """Token indices of list bullets written inline, after a sentence's end, with a space on both sides: minutes
    typed as one paragraph ("... with Del on Thursdays. - Del: Kian recorded ... my mam?" - Beacon Centre: ...").
    The parser reads such a dash as punctuation inside a sentence and runs the items together."""
    out = []
    for tok in doc[1:-1]:
        if tok.text not in _BULLETS or not tok.whitespace_ or not doc[tok.i - 1].whitespace_:
            continue
        k = tok.i - 1
        while k > 0 and doc[k].text in _CLOSING_MARKS:
            k -= 1
        if doc[k].text[-1:] in _SENTENCE_ENDS:
            out.append(tok.i)
    return out


def bare_text(text: str) -> bool:
    """Hardly a mark of punctuation (under one in 40 words): text as the sentence-start model was trained on it
    (``boundaries``), not text whose writer runs clauses on with commas or puts each sentence on a line."""
    words = len(text.split())
    marks = len(re.findall(r"[.,;:!?](?=\s|$)", text))
    return words >= 30 and marks * 40 < words


def _unpunctuated(text: str) -> bool:
    """More than about 30 words per full stop: the punctuation cannot be trusted to split sentences."""
    words = len(text.split())
    stops = len(re.findall(r"[.?!](?=\s|$)", text))
    return words >= 30 and words / max(stops, 1) > 30


def parsed_text(text: str, context: CaseContext) -> str:
    """The exact string ``parse`` hands the pipeline for ``text``."""
    return recase(text, context_names(context)) if looks_uncased(text) else text
