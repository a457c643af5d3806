"""Who each person-word refers to: the child, the worker, or someone else.

Uses the case context (child's name and pronouns, people and their roles, the worker), role nouns
in the text ("mum", "wor lass", "the bairn"), spaCy's PERSON entities, and recency for pronouns: a
pronoun refers to the most recently mentioned person it can agree with. First-person words are
the worker (the one dictating) except inside quotation marks, where they are the quoted speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..context import CaseContext
from ..language.titles import NAME_TITLES as TITLES
from . import lexicon as lx

CHILD = "child"
WORKER = "worker"
OTHER = "other"
GROUP = "group"
SPEAKER = "speaker"  # first person inside a quotation: whoever the quote belongs to

# Single quotation marks: the closing mark is one not followed by a letter, so an apostrophe
# inside a word ("'I don't need it'", "'I'm fine'") does not end the quotation.
_QUOTE_RE = re.compile(r"\"[^\"]*\"?|“[^”]*”?|(?<![\w])'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w))*?(?<=[\w.!?,])'(?![\w])|‘[^’]*’?")


@dataclass
class Referents:
    """Referent of each token index that names or points to a person."""

    of: dict[int, str] = field(default_factory=dict)
    quoted: set[int] = field(default_factory=set)  # token indices inside quotation marks
    child_gender: str = "n"
    child_named: bool = False  # whether the child was identified at all in this text

    def get(self, tok: Token | None) -> str | None:
        if tok is None:
            return None
        return self.of.get(tok.i)


def _gender_of(pronouns: str | None) -> str | None:
    if not pronouns:
        return None
    first = re.split(r"[/\s,]+", pronouns.strip().lower())[0]
    return lx.PRONOUN_GENDER.get(first)


def role_gender(role: str | None) -> str | None:
    if not role:
        return None
    words = set(re.findall(r"[a-z]+", role.lower()))
    if words & lx.FEMININE_ROLES:
        return "f"
    if words & lx.MASCULINE_ROLES:
        return "m"
    return None


def _name_tokens(name: str | None) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", name or "")]


_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": None, "mx": None}


def quoted_token_indices(doc: Doc, text: str | None = None) -> set[int]:
    """``text``: ``doc.text``, where the caller has it already."""
    spans = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(doc.text if text is None else text)]
    out: set[int] = set()
    if not spans:
        return out
    for tok in doc:
        for s, e in spans:
            if s < tok.idx < e - 1 or (s <= tok.idx and tok.idx + len(tok) <= e and tok.text not in {'"', "“", "”", "'", "‘", "’"}):
                out.add(tok.i)
                break
    return out


def resolve_referents(doc: Doc, context: CaseContext, sents: list | None = None, *,
                      use_entities: bool = True, text: str | None = None) -> Referents:
    """Map person-words in ``doc`` to CHILD / WORKER / OTHER / GROUP / SPEAKER. ``use_entities``
    off: the NER's entities, if the Doc has them (one shared with redaction), are not read.
    ``text``: ``doc.text``, where the caller has it already."""
    ents = doc.ents if use_entities else ()
    child = context.child
    child_first = _name_tokens(child.name)[:1] if child and child.name else []
    child_gender = _gender_of(child.pronouns if child else None)

    # Known people: first names (and surnames with a title) -> gender.
    others: dict[str, str | None] = {}
    child_surname = _name_tokens(child.name)[-1] if child and child.name and len(_name_tokens(child.name)) > 1 else None
    for p in context.people:
        toks = [t for t in _name_tokens(p.name) if t not in TITLES]
        g = role_gender(p.role)
        if toks:
            if toks[0] not in child_first:
                others[toks[0]] = g
            if len(toks) > 1 and toks[-1] != child_surname:
                others.setdefault(toks[-1], g)
    worker_names = {t for t in _name_tokens(context.worker) if t not in TITLES}

    doc_text = doc.text if text is None else text  # made from the tokens on each ask: once here
    refs = Referents(quoted=quoted_token_indices(doc, doc_text))

    # No child name in the context: the first PERSON entity nobody else accounts for is the child.
    if not child_first:
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            first = ent[0].text.lower()
            if first in others or first in worker_names or first in TITLES:
                continue
            if ent[0].i > 0 and doc[ent[0].i - 1].lower_ in lx.FEMININE_ROLES | lx.MASCULINE_ROLES | lx.OTHER_ROLES:
                continue
            child_first = [first]
            break
    if not child_first and not ents:  # parsed without NER: the first named subject nobody accounts for
        for tok in doc:
            low = tok.lower_
            if (tok.pos_ == "PROPN" and tok.dep_ in {"nsubj", "nsubjpass"} and low not in others
                    and low not in worker_names and low not in TITLES
                    and low not in lx.FEMININE_ROLES | lx.MASCULINE_ROLES | lx.OTHER_ROLES):
                child_first = [low]
                break
    person_ent_tokens = {t.i for ent in ents if ent.label_ == "PERSON" for t in ent}

    # Pass 1: explicit mentions (names, role nouns, child nouns).
    explicit: dict[int, tuple[str, str | None]] = {}
    for tok in doc:
        low = tok.lower_
        if (low in child_first and tok.pos_ in {"PROPN", "NOUN", "X", "ADJ", "VERB"} | {"PROPN"}
                or _short_form(tok, child_first, others, worker_names)):
            explicit[tok.i] = (CHILD, child_gender)
            refs.child_named = True
        elif low in others and (tok.pos_ == "PROPN" or tok.is_title):
            explicit[tok.i] = (OTHER, others[low])
        elif low in worker_names and (tok.pos_ == "PROPN" or tok.is_title):
            explicit[tok.i] = (WORKER, None)
        elif low in lx.CHILD_NOUNS and tok.pos_ in {"NOUN", "PROPN"}:
            # "the baby", "the bairn" are the child unless another child is named (plural "bairns" excluded)
            if not (tok.i > 0 and doc[tok.i - 1].lower_ in {"wor", "our", "my"}):
                explicit[tok.i] = (CHILD, child_gender)
                refs.child_named = True
        elif low in {"lad", "lass", "boy", "girl"} and tok.i > 0 and doc[tok.i - 1].lower_ in {"the", "this"}:
            g = "m" if low in {"lad", "boy"} else "f"
            explicit[tok.i] = (CHILD, child_gender or g) if (child_gender in (None, g)) else (OTHER, g)
        elif low in {"lass", "wife"} and tok.i > 0 and doc[tok.i - 1].lower_ in {"wor", "my", "his"}:
            explicit[tok.i] = (OTHER, "f")
        elif low == "kid" and tok.i > 0 and doc[tok.i - 1].lower_ == "our":
            explicit[tok.i] = (OTHER, None)
        elif low in lx.FEMININE_ROLES and tok.pos_ in {"NOUN", "PROPN"}:
            explicit[tok.i] = (OTHER, "f")
        elif low in lx.MASCULINE_ROLES and tok.pos_ in {"NOUN", "PROPN"}:
            explicit[tok.i] = (OTHER, "m")
        elif low in lx.OTHER_ROLES and tok.pos_ in {"NOUN", "PROPN"}:
            explicit[tok.i] = (GROUP if low in {"parents", "family"} else OTHER, None)
        elif tok.i in person_ent_tokens and tok.pos_ == "PROPN" and low not in TITLES:
            explicit[tok.i] = (OTHER, None)
        elif low in _TITLE_GENDER and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            # "Miss Lowe said she ...": a titled name nobody listed is another adult
            explicit[tok.i + 1] = (OTHER, _TITLE_GENDER[low])
    # Young person phrases.
    low_text = doc_text.lower()
    for phrase in ("young person", "little one", "wee one"):
        for m in re.finditer(re.escape(phrase), low_text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                explicit[span[-1].i] = (CHILD, child_gender)
                refs.child_named = True

    # Infer the child's gender from the first gendered pronoun after the child is mentioned.
    if child_gender is None:
        votes = {"m": 0, "f": 0}
        pending = False
        for tok in doc:
            ref = explicit.get(tok.i)
            if ref:
                pending = ref[0] == CHILD
                continue
            g = lx.PRONOUN_GENDER.get(tok.lower_)
            if pending and g in votes and tok.i not in refs.quoted:
                votes[g] += 1
                pending = False
        if votes["m"] or votes["f"]:
            child_gender = "m" if votes["m"] >= votes["f"] else "f"
        else:
            child_gender = "n"
        explicit = {i: ((r, child_gender) if r == CHILD else (r, g)) for i, (r, g) in explicit.items()}
    refs.child_gender = child_gender

    # Pass 2: walk in order. A subject pronoun prefers an earlier subject of its gender (in this
    # sentence, then the previous ones); other pronouns take the latest agreeing mention.
    history: list[list[list]] = []  # per sentence: [ref, gender, subject rank, explicit, name]
    learnt: dict[str, str] = {}  # gender learnt for a person of unknown gender ("Ann said she ...")
    for sent in sents if sents is not None else doc.sents:
        current: list[tuple] = []
        history.append(current)
        root = sent.root
        for tok in sent:
            low = tok.lower_
            is_subj = 1 if tok.dep_ in {"nsubj", "nsubjpass"} else 0
            if is_subj and tok.head.dep_ == "ROOT":
                is_subj = 2  # subject of the main clause: the sentence's topic
            if tok.i in explicit:
                ref, g = explicit[tok.i]
                if ref == OTHER and g is None:
                    g = learnt.get(low)
                refs.of[tok.i] = ref
                current.append([ref, g, is_subj, True, low if ref == OTHER and tok.tag_ != "NNS" else None])
                continue
            if low in lx.FIRST_PERSON and tok.pos_ == "PRON":
                refs.of[tok.i] = SPEAKER if tok.i in refs.quoted else WORKER
                current.append([refs.of[tok.i], None, is_subj, True, None])
                continue
            if low in lx.FIRST_PLURAL and tok.pos_ == "PRON":
                refs.of[tok.i] = GROUP
                continue
            if low in {"you", "your"} and tok.i in refs.quoted:
                refs.of[tok.i] = OTHER
                continue
            g = lx.PRONOUN_GENDER.get(low)
            if not (g and tok.pos_ == "PRON"):
                continue
            # "In her house of worries she drew": a pronoun before the main verb looks back like a subject
            topical = bool(is_subj) or (tok.dep_ == "poss" and tok.i < root.i)
            mention = _antecedent(history, g, topical)
            ref = mention[0] if mention is not None else None
            if mention is not None and mention[1] is None:
                mention[1] = g  # a carer or teacher of unknown gender, now known
                if mention[4]:
                    learnt[mention[4]] = g
            if ref is None:
                if g == "n":
                    ref = GROUP
                elif g == child_gender or not refs.child_named:
                    ref = CHILD  # a pronoun before anyone is named: the note is about the child
                else:
                    ref = OTHER
            refs.of[tok.i] = ref
            current.append([ref, g, is_subj, False, None])
    return refs


def _short_form(tok: Token, child_first: list[str], others: dict, worker_names: set[str]) -> bool:
    """A capitalised short form of the child's first name nobody else has ("Sami" for Samiullah)."""
    low = tok.lower_
    return (bool(child_first) and tok.pos_ == "PROPN" and tok.is_title and len(low) >= 3
            and len(child_first[0]) > len(low) and child_first[0].startswith(low)
            and low not in others and low not in worker_names and low not in TITLES)


def _agrees(mention: list, g: str, unknown: bool) -> bool:
    """Exact gender agreement; with ``unknown``, also another adult whose gender is not known yet."""
    if mention[1] == g:
        return True
    return unknown and mention[1] is None and mention[0] == OTHER and g in ("m", "f")


def _antecedent(history, g: str, topical: bool, lookback: int = 4) -> list | None:
    """The mention a pronoun of gender ``g`` refers to, or None.

    Adults of unknown gender (a teacher, "Ann, foster carer") agree with "he" and "she" but rank
    after the mentions that agree exactly, except as the subject of this very sentence ("Lacey's
    teacher said she is worried": the teacher, not Lacey).
    """
    window = history[-lookback:]
    if topical:
        for k, sent in enumerate(reversed(window)):
            if k == 0:  # this sentence so far: the nearest subject, then the nearest named mention
                for m in reversed(sent):
                    if _agrees(m, g, True) and m[2]:
                        return m
                for m in reversed(sent):
                    if m[1] == g and m[3]:
                        return m
                continue
            # earlier sentences: the main-clause subject, then the first other subject, then an
            # adult of unknown gender as main subject, then the latest mention
            for m in sent:
                if m[1] == g and m[2] == 2:
                    return m
            for m in sent:
                if m[1] == g and m[2]:
                    return m
            for m in sent:
                if _agrees(m, g, True) and m[2] == 2:
                    return m
            for m in reversed(sent):
                if m[1] == g:
                    return m
        return None
    for sent in reversed(history):
        for m in reversed(sent):
            if m[1] == g:
                return m
    return None
