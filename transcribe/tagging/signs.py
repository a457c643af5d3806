"""Signs of Safety heading for a sentence: worry, working_well, next_step, else observation.

next_step comes from the parse: a future or obligated action ("I will refer", "Mum is to ring",
"referral to be made", "agreed to attend") by someone other than the child speaking, or a sentence
under a spoken "Next steps" heading. worry and working_well weigh harm/danger words against
strength/safety words; a negator flips a word's side ("no marks", "not safe").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import lexicon as lx
from .referents import CHILD, SPEAKER, Referents
from .voice import subject_of, _ref_of_np

WORRY = "worry"
WORKING_WELL = "working_well"
NEXT_STEP = "next_step"
OBSERVATION = "observation"

_HEADINGS = [(re.compile(rf"^\W*(?:{pattern})\W*$", re.I), label) for pattern, label in lx.SPOKEN_HEADINGS]
_LABEL_OF = [(re.compile(rf"(?:{pattern})$", re.I), label) for pattern, label in lx.SPOKEN_HEADINGS]
# A heading opening a longer sentence: followed by punctuation, or (joined by a recogniser) by a
# word that starts a clause.
_LEADING_AT = re.compile(
    rf"\W*(?:(?P<heading>{lx.LEADING_HEADINGS})(?:\s*[.,:;\-–—]+\s*|\s+)|(?P<word>{lx.LEADING_ONE_WORD_HEADINGS})"
    rf"(?:\s*[.,:;\-–—]+\s*|\s+(?=(?:i|i'm|i've|i'll|we|we've|we'll|he|she|they|it|there|mam|mum|dad|nana|the|"
    rf"his|her|their|our|school|um|erm|so|[A-Z])\b)))", re.I)
_LEADING = re.compile(rf"^{_LEADING_AT.pattern}", re.I)
# Words before a heading phrase that make it part of the sentence ("his worries", "about the
# plan"); a filler or "so" before it does not ("so next steps I'll ring").
_NOT_BEFORE_HEADING_TAGS = frozenset("DT PRP$ POS IN TO".split())
_BEFORE_HEADING_OK = frozenset("so and then right ok okay erm um".split())


def heading_starts(doc, text: str | None = None) -> list[int]:
    """Token indices where a spoken heading opens mid-text, joined to what came before by a
    recogniser ("...he sleeps erm what's working well mam is walking him..."). Needs POS tags.
    ``text``: ``doc.text``, where the caller has it already (spaCy joins the tokens again on each ask)."""
    out = []
    text = doc.text if text is None else text
    for tok in doc[1:]:
        if tok.lower_ not in _HEADING_FIRST_WORDS:
            continue
        prev = doc[tok.i - 1]
        if prev.tag_ in _NOT_BEFORE_HEADING_TAGS and prev.lower_ not in _BEFORE_HEADING_OK:
            continue
        if _LEADING_AT.match(text, tok.idx) and not (prev.is_punct and prev.text in ".?!"):
            out.append(tok.i)
    return out


_HEADING_FIRST_WORDS = frozenset(w for w in re.findall(r"(?:^|\|)([a-z]+)", lx.LEADING_HEADINGS + "|" + lx.LEADING_ONE_WORD_HEADINGS) if len(w) > 2)


_PLAN_SUBJECTS = frozenset(
    "visit meeting review conference group referral assessment appointment plan session contact "
    "strategy discussion check call".split()
)
_OBLIGATION = frozenset("need have agree plan arrange aim intend promise undertake commit".split())
_NON_ACTION = frozenset("be feel seem like want love hate know think happen get look".split())


@dataclass
class SignsFinding:
    label: str
    score: float
    heading: str | None = None  # the section a spoken heading in the sentence opens
    heading_only: bool = False  # the sentence is nothing but the heading ("Worries.")


def heading_of(text: str) -> str | None:
    """The section a sentence that is only a spoken heading opens ("What's working well." -> working_well)."""
    text = text.strip()
    if len(text) > 60:
        return None
    for pattern, label in _HEADINGS:
        if pattern.match(text):
            return label
    return None


def leading_heading(text: str) -> tuple[str, int] | None:
    """(section, end offset of the heading) when ``text`` opens with a spoken heading and goes on
    ("Worries, mam told us...", "next steps I'll ring..."); else None."""
    m = _LEADING.match(text)
    if m is None:
        return None
    group = "heading" if m.group("heading") else "word"
    label = next((label for pattern, label in _LABEL_OF if pattern.match(m.group(group))), None)
    return (label, m.end(group)) if label else None


def _negated(tok: Token, sent: Span) -> bool:
    if any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in tok.head.children if tok.dep_ in {"acomp", "dobj", "attr", "xcomp"}):
        return True
    lo = max(sent.start, tok.i - 3)
    for t in tok.doc[lo:tok.i]:
        if t.lower_ in lx.NEGATORS:
            return True
    return False


def _future_action(sent: Span, refs: Referents, child_voice_events: bool) -> float:
    """Strength of the evidence that the sentence states a planned action."""
    best = 0.0
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        lem = tok.lemma_.lower()
        auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
        aux_low = {a.lower_ for a in auxes}
        future = bool(aux_low & lx.FUTURE_AUX) or ("going" in aux_low) or any(
            a.lower_ == "going" for a in tok.head.children
        ) and tok.dep_ == "xcomp"
        obliged = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _OBLIGATION
        should = bool(aux_low & {"should", "must"})
        to_be_done = "to" in aux_low and tok.tag_ == "VBN" and any(a.lower_ == "be" for a in auxes)
        is_to = tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be" and "to" in aux_low
        if not (future or obliged or should or to_be_done or is_to):
            continue
        subj = subject_of(tok)
        ref = _ref_of_np(subj, refs) if subj is not None else None
        if ref in (CHILD, SPEAKER) and child_voice_events and _inside_speech(tok):
            continue
        if _feared(tok):
            continue  # "scared the police will send them back": what is feared is not a plan
        if lem in _NON_ACTION and not (subj is not None and subj.lemma_.lower() in _PLAN_SUBJECTS):
            if not (lem == "be" and (to_be_done or is_to)):
                continue
        if tok.head.lemma_.lower() == "agree" or obliged and tok.head.lemma_.lower() in {"agree", "plan", "arrange"}:
            best = max(best, 1.0)
        elif lem in lx.NEXT_STEP_VERBS or to_be_done or is_to:
            best = max(best, 1.0)
        elif ref == CHILD:
            best = max(best, 0.4)
        else:
            best = max(best, 0.8)
    return best


def _feared(tok: Token) -> bool:
    """Whether ``tok`` is the content of a fear or worry ("worried he will", "scared that she'll")."""
    for a in tok.ancestors:
        if a.lower_ in lx.FEELING_ADJ or a.lemma_.lower() in lx.FEELING_VERBS:
            return True
        if a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() != "be":
            return False
    return False


def _agreed_to_plan(sent: Span) -> bool:
    """'agreed to a referral', 'agreed to an assessment': consent to a planned action."""
    for tok in sent:
        if tok.lemma_.lower() == "agree":
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    if any(o.dep_ == "pobj" and o.lemma_.lower() in _PLAN_SUBJECTS for o in prep.children):
                        return True
    return False


def _names_help(tok: Token, sent: Span) -> bool:
    """Whether ``tok`` sits inside a noun phrase whose head names a service or programme."""
    h = tok
    for _ in range(4):
        if h.lemma_.lower() in lx.HELP_NOUNS and h.i != tok.i:
            return True
        if h.dep_ not in {"compound", "amod", "nmod", "pobj", "prep", "poss"} or h.head.i == h.i:
            break
        h = h.head
    return h.lemma_.lower() in lx.HELP_NOUNS and h.i != tok.i


def _ceased(tok: Token) -> bool:
    """'has stopped drinking', 'quit smoking': the worry word is what ended."""
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return False
        if h.dep_ in {"xcomp", "dobj", "pcomp", "pobj", "prep"} and h.head.lemma_.lower() in lx.CESSATION:
            return True
        h = h.head
    return False


def _attends_care(tok: Token) -> bool:
    objs = [t for t in tok.subtree if t.dep_ in {"dobj", "pobj"}] + [t for t in tok.children if t.dep_ == "nsubj"]
    return any(t.lemma_.lower() in lx.ATTEND_OBJECTS for t in objs) or tok.lower_ in {"attendance"}


def _inside_speech(tok: Token) -> bool:
    for a in tok.ancestors:
        if a.lemma_.lower() in lx.SPEECH_VERBS:
            return True
    return False


def classify_sentence(sent: Span, refs: Referents, *, child_voice: bool, section: str | None,
                      extra_worry: frozenset[str] = frozenset(), extra_well: frozenset[str] = frozenset()) -> SignsFinding:
    heading = heading_of(sent.text)
    if heading is not None:
        return SignsFinding(heading, 0.95, heading=heading, heading_only=True)
    lead = leading_heading(sent.text)
    finding = _classify(sent, refs, child_voice=child_voice, section=lead[0] if lead else section,
                        extra_worry=extra_worry, extra_well=extra_well)
    finding.heading = lead[0] if lead else None
    return finding


def _classify(sent: Span, refs: Referents, *, child_voice: bool, section: str | None,
              extra_worry: frozenset[str], extra_well: frozenset[str]) -> SignsFinding:
    low = sent.text.lower()

    plan = _future_action(sent, refs, child_voice)
    if any(p in low for p in ("next step", "next visit", "follow up", "follow-up", "review date", "action:",
                              "the plan is", "plan is for", "plan is to", "it was agreed", "agreed that")):
        plan = max(plan, 0.8)
    if _agreed_to_plan(sent):
        plan = max(plan, 1.0)
    if plan >= 0.8 and not (child_voice and plan < 1.0):
        return SignsFinding(NEXT_STEP, min(0.95, 0.6 + plan * 0.3))

    if section == NEXT_STEP and not any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return SignsFinding(NEXT_STEP, 0.6)  # "Referral to early help." in a spoken list of actions

    worry = well = 0.0
    worry_words = lx.WORRY_WORDS | extra_worry  # once per sentence, not per word
    well_words = lx.WORKING_WELL_WORDS | extra_well
    for tok in sent:
        low_word, lem = tok.lower_, tok.lemma_.lower()
        is_worry = low_word in worry_words or lem in worry_words or (low_word == "mark" and tok.pos_ == "NOUN")
        is_well = low_word in well_words or lem in well_words
        if tok.lower_ == "well" and tok.i > sent.start and tok.doc[tok.i - 1].lower_ == "as":
            is_well = False
        if not (is_worry or is_well):
            continue
        if is_worry and _names_help(tok, sent):
            continue  # "referral to the domestic abuse service", "engaged with the drugs team"
        if tok.lemma_.lower() == "attend" and not _attends_care(tok):
            continue  # "the interpreter attended the visit" is neither
        if tok.lemma_.lower() == "miss" and tok.pos_ == "VERB":
            if any(c.lemma_.lower() in lx.ABSENCE_OBJECTS for c in tok.subtree if c.dep_ in {"dobj", "pobj"}):
                worry += 1.0
            continue
        if tok.lower_ == "mark" and not any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
            continue
        neg = _negated(tok, sent) or _ceased(tok)
        if is_worry:
            if neg:
                well += 1.0
            else:
                worry += 1.0
        if is_well and not is_worry:
            if neg:
                worry += 1.0
            else:
                well += 1.0
    for p in lx.WORRY_PHRASES:
        if p in low:
            worry += 1.5
    for p in lx.WORKING_WELL_PHRASES:
        if p in low:
            if p in ("no concerns", "no concern"):
                worry = max(0.0, worry - 1.0)
            well += 1.5

    if worry == 0 and well == 0:
        if section == NEXT_STEP and (plan >= 0.4 or not any(t.pos_ in {"VERB", "AUX"} for t in sent)):
            return SignsFinding(NEXT_STEP, 0.6)
        if section in (WORRY, WORKING_WELL):
            return SignsFinding(section, 0.6)
        if plan >= 0.4 and not child_voice:
            return SignsFinding(NEXT_STEP, 0.55)
        return SignsFinding(OBSERVATION, 0.6)
    if section == NEXT_STEP and plan >= 0.4:
        return SignsFinding(NEXT_STEP, 0.7)
    total = worry + well
    if worry >= well:
        return SignsFinding(WORRY, round(0.5 + 0.45 * worry / total, 3))
    return SignsFinding(WORKING_WELL, round(0.5 + 0.45 * well / total, 3))
