"""The child's voice and the child's wishes and feelings, read from the dependency parse.

A sentence is ``child_voice`` when it reports something the child communicated: a verb of saying
or a non-verbal act (pointing, drawing, nodding, choosing a face) whose subject refers to the
child, happened (not negated, not future, not merely asked for), and is not hearsay (embedded
under someone else's "said"/"told me"). Interpreters and advocates relay, they do not replace, the
child's voice.

``wishes_feelings`` marks a wish or feeling predicate (wants, would like, misses, scared, happy)
whose experiencer is the child. A parent's own feelings are the parent's.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import lexicon as lx
from .referents import CHILD, GROUP, OTHER, SPEAKER, WORKER, Referents

RELAY = "relay"  # interpreter / advocate: passes the child's words on
_OBJECT_CONTROL = frozenset("ask encourage invite help allow let get tell support persuade prompt enable want need".split())
_QUESTION_VERBS = frozenset("ask explore discuss find check understand gather seek obtain establish wonder consider".split())
_BLOCK_MODALS = frozenset("will 'll shall should might may must would 'd wo".split())
_WEAK_FEELING = frozenset("fine okay ok alright down low".split())
_DEMEANOUR = frozenset("relaxed calm content settled chatty happy comfortable fine okay ok alright quiet".split())
_LINKING = frozenset("be feel seem look appear sound get become remain stay go make keep leave".split())


@dataclass
class VoiceFinding:
    child_voice: bool = False
    voice_score: float = 0.0
    voice_reason: str = ""
    wishes_feelings: bool = False
    feeling_score: float = 0.0
    feeling_reason: str = ""
    opens_quote: bool = False  # the child's quotation runs on into the next sentence


def _ref_of_np(tok: Token, refs: Referents) -> str | None:
    """Referent of a noun phrase headed by ``tok`` (names split over compounds, conjoined subjects)."""
    ref = refs.get(tok)
    if ref is None:
        for c in tok.children:
            if c.dep_ in {"compound", "flat", "appos", "nmod"} and refs.get(c):
                ref = refs.get(c)
                break
    if ref is None and tok.dep_ == "relcl":
        return None
    if ref not in (CHILD, SPEAKER):
        for c in tok.children:
            if c.dep_ == "conj" and _ref_of_np(c, refs) == CHILD:
                return CHILD
    return ref


def subject_of(v: Token, depth: int = 0) -> Token | None:
    """The token doing ``v``: its nsubj, a by-agent, or the controller of an xcomp / shared conj subject."""
    if depth > 6:
        return None
    for c in v.children:
        if c.dep_ in {"nsubj", "csubj", "expl"} and c.dep_ != "expl":
            return c
    for c in v.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    for c in v.children:
        if c.dep_ == "nsubjpass":
            return None if v.lemma_.lower() in lx.SPEECH_VERBS else c
    head = v.head
    if head.i == v.i:
        return None
    if v.dep_ in {"xcomp", "acomp", "oprd"}:
        if head.lemma_.lower() in _OBJECT_CONTROL:
            for c in head.children:
                if c.dep_ == "dobj":
                    return c
        return subject_of(head, depth + 1)
    if v.dep_ == "conj":
        return subject_of(head, depth + 1)
    if v.dep_ == "advcl" and not any(c.dep_ == "mark" for c in v.children):
        return subject_of(head, depth + 1)
    if v.dep_ == "relcl":
        return head
    if v.dep_ == "amod":
        return head
    return None


def _ref_of_subject(v: Token, refs: Referents) -> str | None:
    s = subject_of(v)
    return _ref_of_np(s, refs) if s is not None else None


def _blocked_locally(v: Token) -> bool:
    for c in v.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "aux" and c.lower_ in _BLOCK_MODALS:
            return True
        if c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"}:
            return True
    return False


def act_blocked(v: Token, refs: Referents, relay: set[int]) -> bool:
    """Whether an act of communicating did not happen as told: negated, a plan, a request, hearsay."""
    return _blocked_locally(v) or _hearsay_or_irrealis(v, refs, relay)


def _embedders(v: Token):
    """Yield (relation, ancestor) for each embedding step above ``v`` (conjunction is not embedding)."""
    h = v
    seen = 0
    while h.head.i != h.i and seen < 12:
        rel, p = h.dep_, h.head
        seen += 1
        if rel != "conj":
            yield rel, h, p
        h = p


def lemma(tok: Token) -> str:
    """Lemma, mending the small model's misses on wish verbs tagged AUX ("loves" -> "love")."""
    lem = tok.lemma_.lower()
    if lem == tok.lower_ and tok.pos_ == "AUX" and lem.endswith("s") and lem[:-1] in lx.WISH_VERBS | lx.FEELING_VERBS:
        return lem[:-1]
    return lem


def communication_kind(tok: Token) -> str | None:
    """Whether ``tok`` is an act of saying ("speech"), showing ("nonverbal") or expressing ("expressive"), or None.
    Worked out once per token of a doc (the voice, the features and the speaker marks each ask it of every token)."""
    kinds = tok.doc.user_data.setdefault("communication_kind", {})
    if tok.i not in kinds:
        kinds[tok.i] = _communication_kind(tok)
    return kinds[tok.i]


def _communication_kind(tok: Token) -> str | None:
    if tok.pos_ not in {"VERB", "AUX"} and not tok.tag_.startswith("VB"):
        return None
    lem = lemma(tok)
    if lem == "agree" and any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "agreed to meet": taking on an action, not giving a view
    if lem in {"use", "communicate"} and tok.tag_ in {"VBZ", "VBP", "VBG"}:
        return None  # "she uses PECS", "he communicates using Makaton": how, not what, they communicate
    if lem in lx.SPEECH_VERBS or lem in {"translate", "interpret", "relay"}:
        return "speech"
    if lem in lx.NONVERBAL_VERBS:
        if lem in {"choose", "pick", "select"} and not any(c.dep_ == "dobj" for c in tok.children):
            return None  # "chose not to take part" is a decision, not a choice shown
        return "nonverbal"
    objects = lx.OBJECT_NONVERBAL.get(lem)
    if objects:
        near = {t.lemma_.lower() for t in tok.subtree if abs(t.i - tok.i) <= 5} | {t.lower_ for t in tok.subtree if abs(t.i - tok.i) <= 5}
        if near & objects:
            return "nonverbal"
    if lem in lx.EXPRESSIVE_VERBS:
        return "expressive"
    return None


def _prompted(sent: Span, refs: Referents) -> bool:
    """Whether the worker prompts in this sentence ("when I showed her", "when asked")."""
    for t in sent:
        if t.pos_ == "VERB" and t.lemma_.lower() in lx.PROMPT_VERBS:
            r = _ref_of_subject(t, refs)
            if r in (WORKER, GROUP) or (r is None and t.tag_ == "VBN"):
                return True
    low = sent.text.lower()
    return "in response" in low or "when asked" in low


def find_voice(sent: Span, refs: Referents, relay: set[int], quote_carry: bool) -> VoiceFinding:
    """Decide child_voice and wishes_feelings for one sentence."""
    f = VoiceFinding()
    events: list[Token] = []
    prompted: bool | None = None

    for tok in sent:
        kind = communication_kind(tok)
        if kind is None:
            continue
        subj = subject_of(tok)
        ref = _ref_of_np(subj, refs) if subj is not None else None
        if subj is not None and subj.i in relay:
            ref = RELAY
        if ref == RELAY:
            # the interpreter/advocate said that the child ...: child's voice if the content is the child's
            if _content_has_child(tok, refs):
                events.append(tok)
                f.voice_reason = f"relayed: {tok.text}"
            continue
        if ref != CHILD:
            continue
        if kind == "expressive":
            if prompted is None:
                prompted = _prompted(sent, refs)
            if not prompted:
                continue
        if _blocked_locally(tok) or _hearsay_or_irrealis(tok, refs, relay):
            continue
        events.append(tok)
        f.voice_reason = f"{kind}: {subj.text} {tok.text}" if subj is not None else f"{kind}: {tok.text}"

    if not events:
        # Possessed voice nouns / elicitation tools: "Jayden's words were", "her house of worries had ..."
        for tok in sent:
            lem = tok.lemma_.lower()
            low = tok.lower_
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None or _ref_of_np(owner, refs) != CHILD:
                if lem == "accord" or low == "according":
                    pobj = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
                    if any(_ref_of_np(p, refs) == CHILD for p in pobj):
                        events.append(tok)
                        f.voice_reason = "according to the child"
                continue
            verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is not None and (_blocked_locally(verb) or _hearsay_or_irrealis(verb, refs, relay)):
                continue  # "I asked Liam to draw his house of worries": not done yet
            if low in lx.VOICE_NOUNS or lem in lx.VOICE_NOUNS:
                events.append(tok)
                f.voice_reason = f"child's {tok.text}"
            elif (low in lx.ELICITATION_NOUNS or lem in lx.ELICITATION_NOUNS) and _is_tool(tok):
                events.append(tok)
                f.voice_reason = f"child's {tok.text}"

    if not events and quote_carry and _starts_in_quote(sent, refs):
        events.append(sent[0])
        f.voice_reason = "continues the child's quotation"

    if events:
        f.child_voice = True
        f.voice_score = 0.9 if any(communication_kind(e) in {"speech", "nonverbal"} for e in events) else 0.7
        last = sent[-1]
        text = sent.text.rstrip()
        f.opens_quote = text.endswith(":") or (_unbalanced_quote(text))
        if last.text == ":":
            f.opens_quote = True

    _find_feelings(sent, refs, f, events)
    return f


def _is_tool(tok: Token) -> bool:
    """'house' counts only as the three-houses tool: 'house of worries', 'three houses'."""
    if tok.lemma_.lower() != "house":
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return True
        if c.dep_ in {"nummod", "amod"} and c.lower_ in {"three", "worry", "dream", "good"}:
            return True
    return False


def _unbalanced_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _starts_in_quote(sent: Span, refs: Referents) -> bool:
    first = sent[0]
    return first.text in {'"', "“", "'", "‘"} or first.i in refs.quoted


def _content_has_child(v: Token, refs: Referents) -> bool:
    for c in v.children:
        if c.dep_ in {"ccomp", "xcomp", "dobj"}:
            for t in c.subtree:
                if t.dep_ in {"nsubj", "poss"} and _ref_of_np(t, refs) in (CHILD, SPEAKER):
                    return True
    return False


def _hearsay_or_irrealis(v: Token, refs: Referents, relay: set[int]) -> bool:
    for rel, child_side, p in _embedders(v):
        plem = p.lemma_.lower()
        if rel == "xcomp" and any(c.dep_ == "neg" for c in p.children):
            return True  # "does not use words to communicate"
        if rel == "xcomp" and plem in lx.REQUEST_VERBS:
            # "I asked him to draw", "he wanted to tell me": not (yet) done; "was able to" is fine
            return True
        if any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in child_side.children):
            return True
        if plem in lx.REPORT_VERBS and p.pos_ in {"VERB", "AUX"}:
            s = subject_of(p)
            r = _ref_of_np(s, refs) if s is not None else None
            if s is not None and s.i in relay:
                continue
            if r in (OTHER, GROUP):
                return True
            if r == WORKER and plem in _QUESTION_VERBS:
                return True
        if plem in _QUESTION_VERBS and p.pos_ == "VERB" and _ref_of_subject(p, refs) in (WORKER, GROUP):
            return True
    return False


def _feeling_blocked(v: Token, refs: Referents) -> bool:
    """A feeling clause that is someone else's wish or an open question, not the child's."""
    for rel, child_side, p in _embedders(v):
        plem = p.lemma_.lower()
        r = _ref_of_subject(p, refs) if p.pos_ in {"VERB", "AUX"} else None
        if plem in lx.WISH_VERBS | lx.REQUEST_VERBS and r not in (CHILD, SPEAKER, None) and p.pos_ == "VERB":
            return True
        if plem in _QUESTION_VERBS and r in (WORKER, GROUP, OTHER):
            return True
        if any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall"} for c in p.children) and r in (WORKER, GROUP):
            return True
    return False


def _experiencer(tok: Token, refs: Referents) -> str | None:
    lem = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lem in {"scare", "frighten", "upset", "worry", "hurt"}:
        for c in tok.children:
            if c.dep_ == "dobj":
                return _ref_of_np(c, refs)
        for c in tok.children:
            if c.dep_ == "nsubjpass":
                return _ref_of_np(c, refs)
    if tok.pos_ in {"ADJ"} or tok.tag_ in {"VBN", "JJ"}:
        for c in tok.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                return _ref_of_np(c, refs)
        if tok.dep_ == "amod":
            return _ref_of_np(tok.head, refs)
        if tok.dep_ == "conj":
            return _experiencer(tok.head, refs)
        if tok.dep_ in {"acomp", "attr", "oprd", "xcomp", "ccomp", "advcl", "ROOT"}:
            s = subject_of(tok) if tok.dep_ in {"xcomp", "acomp", "oprd"} else None
            if s is None:
                s = subject_of(tok.head) if tok.head.i != tok.i else None
            return _ref_of_np(s, refs) if s is not None else None
    s = subject_of(tok)
    return _ref_of_np(s, refs) if s is not None else None


def _under(tok: Token, events: list[Token]) -> bool:
    anc = set(a.i for a in tok.ancestors) | {tok.i}
    return any(e.i in anc for e in events)


def _find_feelings(sent: Span, refs: Referents, f: VoiceFinding, events: list[Token]) -> None:
    child_speech = [e for e in events if communication_kind(e) is not None]
    for tok in sent:
        lem = lemma(tok)
        low = tok.lower_
        reason = ""
        is_verb = tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lem in lx.WISH_VERBS)
        if is_verb and (lem in lx.WISH_VERBS or lem in lx.FEELING_VERBS):
            if lem == "miss" and any(c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in lx.ABSENCE_OBJECTS for c in tok.children):
                continue
            if lem == "like" and tok.head.lemma_.lower() in {"look", "seem", "sound"}:
                continue
            if lem in {"scare", "frighten", "upset", "worry"} and tok.tag_ == "VBN" and tok.dep_ in {"acomp", "amod", "conj", "xcomp", "ccomp"}:
                pass
            reason = f"{lem}"
        elif (low in lx.FEELING_ADJ or lem in lx.FEELING_ADJ) and (tok.pos_ in {"ADJ", "VERB", "ADV"} or tok.tag_ in {"VBN", "JJ"}):
            if low in _WEAK_FEELING or lem in _WEAK_FEELING:
                if tok.head.lemma_.lower() not in {"feel", "seem", "look", "appear", "sound"}:
                    continue
            if low == "safe" and tok.dep_ == "amod" and _ref_of_np(tok.head, refs) is None:
                continue
            if (low in _DEMEANOUR or lem in _DEMEANOUR) and not child_speech and _observed(tok):
                continue  # "Liam was chatty and relaxed": the worker's view of his presentation
            reason = low
        elif (low in lx.FEELING_NOUNS or lem in lx.FEELING_NOUNS) and tok.pos_ == "NOUN":
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and _ref_of_np(owner, refs) in (CHILD, SPEAKER):
                f.wishes_feelings, f.feeling_score, f.feeling_reason = True, 0.85, f"child's {low}"
                return
            if child_speech and (_under(tok, child_speech) or any(t.i == tok.head.i for t in child_speech) or _in_tool(tok)):
                f.wishes_feelings, f.feeling_score, f.feeling_reason = True, 0.8, f"{low} in the child's account"
                return
            continue
        elif (low in lx.EVALUATIVE_ADJ or lem in lx.EVALUATIVE_ADJ) and child_speech and _under(tok, child_speech):
            if tok.pos_ in {"ADJ"}:
                f.wishes_feelings, f.feeling_score, f.feeling_reason = True, 0.7, f"child says {low}"
                return
            continue
        else:
            continue
        exp = _experiencer(tok, refs)
        if exp == SPEAKER and f.child_voice:
            exp = CHILD
        if exp is None and child_speech and _under(tok, child_speech):
            exp = CHILD
        if exp != CHILD:
            continue
        if _feeling_blocked(tok, refs):
            continue
        f.wishes_feelings, f.feeling_score, f.feeling_reason = True, 0.9, reason
        return


def _observed(tok: Token) -> bool:
    """A demeanour word the worker observed: 'was/seemed/looked relaxed' with no one reporting it."""
    head = tok
    while head.dep_ in {"conj", "acomp", "attr", "oprd"} and head.head.i != head.i:
        head = head.head
    if head.lemma_.lower() not in {"be", "seem", "appear", "look", "present", "settle"}:
        return False
    return not any(a.lemma_.lower() in lx.REPORT_VERBS for a in head.ancestors)


def _in_tool(tok: Token) -> bool:
    return any(a.lemma_.lower() in lx.ELICITATION_NOUNS for a in tok.ancestors)
