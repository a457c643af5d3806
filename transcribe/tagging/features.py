"""Features of one sentence for the learned sentence model (``model.py``).

Three kinds, all strings:

- the words, lemmatised, with every person replaced by who they are in the case (``<child>``,
  ``<sibling>``, ``<family>``, ``<professional>``, ``<worker>``) so that what is learnt about
  "Jayden said" carries to "Lacey-Mae said" in the next council's notes;
- who communicates: for each verb of saying, showing or expressing, the kind of act and who its
  subject is (the child, a sibling, a relative, a professional, the worker, an interpreter);
- what the rules found: their child_voice / wishes_feelings decision and reason, their Signs of
  Safety heading, and the spoken heading the sentence sits under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..context import CaseContext, name_words
from ..redaction.spoken_numbers import DIGIT_WORDS, REPEAT_WORDS
from . import lexicon as lx
from .referents import CHILD, GROUP, OTHER, SPEAKER, WORKER, Referents, role_gender
from .signs import SignsFinding
from .voice import VoiceFinding, act_blocked, communication_kind, subject_of

_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_RELAY_ROLES = frozenset("interpreter translator advocate signer intermediary".split())


def role_classes(context: CaseContext) -> dict[str, str]:
    """Lower-case name word -> ``child`` | ``sibling`` | ``family`` | ``professional`` | ``worker``."""
    out: dict[str, str] = {}
    for name, role in context.named_people():
        cls = _class_of_role(role)
        for w in name_words(name):
            for part in re.findall(r"[A-Za-z][A-Za-z']+", w):
                out.setdefault(part.lower(), cls)
    return out


def name_genders(context: CaseContext, child_gender: str) -> dict[str, str]:
    """Lower-case name word -> ``m`` | ``f`` where the case context says (the child's pronouns,
    a role such as "mother" or "brother"), so a pronoun chain can pass over a name of the other gender."""
    out: dict[str, str] = {}
    for name, role in context.named_people():
        g = child_gender if role == "child" else role_gender(role)
        if g in {"m", "f"}:
            for w in name_words(name):
                for part in re.findall(r"[A-Za-z][A-Za-z']+", w):
                    out.setdefault(part.lower(), g)
    return out


def _class_of_role(role: str) -> str:
    words = set(re.findall(r"[a-z]+", (role or "").lower()))
    if role == "child":
        return "child"
    if role == "worker":
        return "worker"
    if words & lx.SIBLING_ROLES:
        return "sibling"
    if words & _RELAY_ROLES:
        return "relay"
    if words & (lx.FEMININE_ROLES | lx.MASCULINE_ROLES | lx.FAMILY_ROLES):
        return "family"
    return "professional"


def _who(tok: Token | None, refs: Referents, roles: dict[str, str]) -> str:
    """Who a person mention is: a role class, or ``none``."""
    if tok is None:
        return "none"
    low = tok.lower_
    if low in roles:
        return roles[low]
    ref = refs.get(tok)
    if ref == CHILD:
        return "child"
    if low in lx.SIBLING_ROLES:
        return "sibling"
    if low in _RELAY_ROLES:
        return "relay"
    if low in lx.FEMININE_ROLES or low in lx.MASCULINE_ROLES or low in lx.FAMILY_ROLES:
        return "family"
    if low in lx.CHILD_NOUNS:
        return "childnoun"
    for c in tok.children:
        if c.dep_ in {"compound", "flat", "appos"} and (c.lower_ in roles or refs.get(c)):
            return _who(c, refs, roles)
    return {WORKER: "worker", GROUP: "group", SPEAKER: "speaker", OTHER: "other"}.get(ref or "", "none")


# Who, coarsely: the child (or a word for a child), a sibling, an adult in the family or
# professional network, the worker dictating, or not known.
_COARSE = {"child": "child", "childnoun": "child", "sibling": "sibling", "family": "adult",
           "professional": "adult", "relay": "adult", "other": "adult", "worker": "worker", "speaker": "speaker"}

_FEELING = lx.FEELING_ADJ | lx.WISH_VERBS | lx.FEELING_VERBS | lx.EVALUATIVE_ADJ


def _agreement(pronoun: Token, refs: Referents) -> str:
    """Whether a pronoun's gender is the child's ("she" for a girl) or not ("she" for a boy)."""
    g = lx.PRONOUN_GENDER.get(pronoun.lower_)
    if g is None or refs.child_gender not in {"m", "f"} or g == "n":
        return "unknown"
    return "child_gender" if g == refs.child_gender else "other_gender"


# How many subject pronouns a chain that follows them (``_last_mention(follow=True)``) passes through at most.
CHAIN_LINKS = 5


def _last_mention(tok: Token, refs: Referents, roles: dict[str, str], genders: dict[str, str],
                  window: int = 60, *, follow: bool = False, depth: int = 0) -> str:
    """Who the nearest person named before a pronoun is, skipping words and names of the other
    gender ("mam" before "he", a brother's name before "she"): a simple pronoun chain. ``follow``: a
    pronoun of the same gender that is the subject of an earlier clause is met first, so the chain goes on
    from it ("He said he's 'alright at Elaine's', he likes ... He said he's fed up" goes back through the "he"s
    to the child), up to ``CHAIN_LINKS`` links."""
    doc = tok.doc
    g = lx.PRONOUN_GENDER.get(tok.lower_)
    for k in range(tok.i - 1, max(-1, tok.i - window), -1):
        t = doc[k]
        if (follow and depth < CHAIN_LINKS and g in {"m", "f"} and t.pos_ == "PRON"
                and t.dep_ in {"nsubj", "nsubjpass"} and lx.PRONOUN_GENDER.get(t.lower_) == g):
            return _last_mention(t, refs, roles, genders, window, follow=True, depth=depth + 1)
        if g in {"m", "f"} and (t.lower_ in lx.FEMININE_ROLES and g == "m" or t.lower_ in lx.MASCULINE_ROLES and g == "f"
                                or genders.get(t.lower_, g) != g):
            continue
        if t.pos_ in {"PROPN", "NOUN"}:
            who = _who(t, refs, roles)
            if who not in {"none", "other", "group", "speaker"} and not _modifier_only(t, refs, roles):
                return who
    return "none"


def _modifier_only(tok: Token, refs: Referents, roles: dict[str, str]) -> bool:
    """A role word that only modifies a common noun names a kind of thing, not a person a pronoun can
    point back to: "the young carers service", "a carers assessment" (a word before a name, "Nana Jean", stays a
    mention). (The noun after it is still read as who its role word is: "the family hub" is the family's, a reading
    measured no better on casework-dev when taken away, evaluation/tagging/README.md round thirty-two.)"""
    head = tok.head
    return (tok.dep_ == "compound" and tok.pos_ == "NOUN" and head.i != tok.i and head.pos_ == "NOUN"
            and _who(head, refs, roles) in {"none", "other", "group"})


# The reported clause's reading as features (``rep:...``: train.LABELS_OF_PREFIX gives them to the voice labels only).
REPORTED = True


def _quoted_kind(sent: Span, refs: Referents, roles: dict[str, str]) -> str:
    """``reported_kind`` of a sentence's quoted words where no act of the sentence introduces them."""
    found = ""
    for t in sent:
        if t.i not in refs.quoted:
            continue
        lem, low = t.lemma_.lower(), t.lower_
        if (t.pos_ in {"VERB", "AUX"} and lem in lx.REPORTED_FEELING_VERBS) or (
                (low in _REPORTED_ADJ or lem in _REPORTED_ADJ) and (t.pos_ in {"ADJ", "ADV"} or t.tag_ in {"VBN", "JJ"})):
            if _same_person(_experiencer_token(t), None, refs, roles) == "self":
                return "feel"
            found = "feel_other"
    return found or "fact"


_REPORT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
_PERSON_POS = frozenset({"PRON", "PROPN"})
_REPORTED_ADJ = lx.FEELING_ADJ | lx.EVALUATIVE_ADJ


def _reported_span(act: Token, kind: str, refs: Referents) -> list[Token]:
    """The words an act reports: the subtrees of its clausal complement ("she said [she misses mam]"), of
    its object where the act shows ("he drew [a sad face]"), and the quoted words of its sentence."""
    out: dict[int, Token] = {}
    for c in act.children:
        if c.dep_ in _REPORT_DEPS or (kind != "speech" and c.dep_ == "dobj"):
            out.update((t.i, t) for t in c.subtree)
    if act.i not in refs.quoted:
        out.update((t.i, t) for t in act.sent if t.i in refs.quoted and not t.is_punct)
    return [out[i] for i in sorted(out)]


def _experiencer_token(tok: Token) -> Token | None:
    """Who feels what ``tok`` names: a feeling verb's subject, or the subject an adjective is said of."""
    if tok.pos_ in {"VERB", "AUX"} and tok.tag_ not in {"VBN", "JJ"}:
        return subject_of(tok)
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    if tok.dep_ == "amod":
        return tok.head
    if tok.dep_ in {"acomp", "attr", "oprd", "xcomp"} and tok.head.i != tok.i:
        return subject_of(tok.head)
    return subject_of(tok)


def _same_person(exp: Token | None, speaker: Token | None, refs: Referents, roles: dict[str, str]) -> str:
    """``self`` where the one who feels is the one reporting (the same pronoun, "I" in quotation marks, the
    child reporting about the child) or is no person ("school is boring": the reporter's own evaluation);
    ``other`` where it is somebody else."""
    if exp is None:
        return "self"
    low = exp.lower_
    if exp.i in refs.quoted and low in lx.FIRST_PERSON:
        return "self"
    if speaker is not None and (low == speaker.lower_ or exp.i == speaker.i):
        return "self"
    who = _who(exp, refs, roles)
    if who == "none" and exp.pos_ not in _PERSON_POS and low not in roles:
        return "self"
    if speaker is not None and who != "none" and who == _who(speaker, refs, roles) and who in {"child", "childnoun"}:
        return "self"
    return "other"


def reported_kind(act: Token, kind: str, speaker: Token | None, refs: Referents, roles: dict[str, str]) -> str:
    """What an act of communicating reports: ``feel`` (a feeling, wish, preference or evaluation whose
    experiencer is the reporter: "she said she misses her mam", "he said school is boring", "he'd rather stay"),
    ``feel_other`` (somebody else's: "she said mam was upset"), ``fact`` (anything else: "he said his mam got
    them for him"), ``none`` (nothing reported: "she drew a picture"). The words: ``lexicon.REPORTED_FEELING_VERBS``,
    ``FEELING_ADJ``, ``EVALUATIVE_ADJ`` (their rule and source there)."""
    span = _reported_span(act, kind, refs)
    if not span:
        return "none"
    found = ""
    for t in span:
        lem, low = t.lemma_.lower(), t.lower_
        if t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN"} and lem in lx.REPORTED_FEELING_VERBS:
            hit = t
        elif (low in _REPORTED_ADJ or lem in _REPORTED_ADJ) and (t.pos_ in {"ADJ", "ADV"} or t.tag_ in {"VBN", "JJ"}):
            hit = t
        elif low == "rather" and any(c.lower_ in {"would", "'d"} for c in t.head.children):
            hit = t.head
        else:
            continue
        if _same_person(_experiencer_token(hit), speaker, refs, roles) == "self":
            return "feel"
        found = "feel_other"
    return found or "fact"


# The reported clause's mood as features (``mood:...``: train.LABELS_OF_PREFIX gives them to wishes_feelings only).
REPORTED_MOOD = True
# Penn Treebank tags (the parse's fine-grained tags), a grammatical closed class: a modal auxiliary, the past
# tense and participle, the present tense.
_MODAL_TAG, _PAST_TAGS, _PRESENT_TAGS = "MD", frozenset({"VBD"}), frozenset({"VBZ", "VBP"})


def _clause_heads(act: Token, refs: Referents) -> list[Token]:
    """The heads of the clauses an act reports: its clausal complements ("she said [she misses mam]"), else, where the
    act stands outside quotation marks, the verbs of the sentence's quoted words whose head is outside them."""
    heads = [c for c in act.children if c.dep_ in _REPORT_DEPS]
    if not heads and act.i not in refs.quoted:
        heads = [t for t in act.sent if t.i in refs.quoted and t.pos_ in {"VERB", "AUX"}
                 and (t.head.i == t.i or t.head.i not in refs.quoted)]
    return heads


def clause_mood(head: Token) -> str:
    """How a reported clause puts what it says, by its head's and auxiliaries' tags: ``future`` (a modal of
    ``lexicon.FUTURE_AUX``: "he'll go"), ``modal`` (any other modal: "he'd like", "she could stay"), ``past`` ("he
    went", "she was shouting", "he had gone"), ``present`` ("she misses", "he's scared"), ``nonfinite`` (an
    infinitive or participle with no tensed auxiliary: "to go home"); ``:neg`` where the clause is negated."""
    aux = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    tags = [head.tag_] + [c.tag_ for c in aux]
    modal = [c for c in [head, *aux] if c.tag_ == _MODAL_TAG]
    if modal:
        mood = "future" if any(m.lower_ in lx.FUTURE_AUX or m.lemma_.lower() in lx.FUTURE_AUX for m in modal) else "modal"
    elif any(t in _PAST_TAGS for t in tags):
        mood = "past"
    elif any(t in _PRESENT_TAGS for t in tags):
        mood = "present"
    else:
        mood = "nonfinite"
    return mood + (":neg" if any(c.dep_ == "neg" for c in head.children) else "")


def reported_moods(act: Token, refs: Referents) -> list[str]:
    """``clause_mood`` of each clause the act reports (``_clause_heads``), in order."""
    return [clause_mood(h) for h in _clause_heads(act, refs)]


def _rating(sent: Span) -> bool:
    """A rating given: a verb of ``lexicon.RATING_VERBS`` whose object or its own words hold a number ("he gave it
    a four", "she scored it 7")."""
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.RATING_VERBS and subject_of(tok) is not None:
            if any(t.like_num and t.i > tok.i and t.head.i != tok.i or t.like_num and t.dep_ in {"dobj", "attr", "npadvmod"}
                   for t in tok.subtree if t.i != tok.i):
                return True
    return False


def _word(tok: Token, refs: Referents, roles: dict[str, str]) -> str:
    low = tok.lower_
    if low in roles:
        return f"<{roles[low]}>"
    if refs.get(tok) == CHILD and tok.pos_ == "PROPN":
        return "<child>"
    if tok.like_num:
        return "<num>"
    if tok.pos_ == "PROPN" and tok.is_title:
        return "<propn>"
    return tok.lemma_.lower() or low


def sentence_features(sent: Span, refs: Referents, roles: dict[str, str], relay: set[int], voice: VoiceFinding,
                      sos: SignsFinding, section: str | None, previous: list[str],
                      genders: dict[str, str] | None = None) -> list[str]:
    """Feature strings of ``sent``. ``relay``: token indices of interpreters and advocates;
    ``previous``: the features of the sentence before (or []); ``genders``: ``name_genders``."""
    genders = genders or {}
    words = [_word(t, refs, roles) for t in sent if not (t.is_space or (t.is_punct and t.text not in _QUOTES))]
    words = ["<q>" if w in _QUOTES else w for w in words]
    feats = {f"u:{w}" for w in words}
    feats |= {f"b:{a}_{b}" for a, b in zip(["<s>", *words], [*words, "</s>"])}
    outside: list[tuple[int, str]] = []  # (position, who) of each act outside quotation marks
    for tok in sent:
        kind = communication_kind(tok)
        if kind is not None:
            subj = subject_of(tok)
            who = _who(subj, refs, roles)
            if tok.i not in refs.quoted:
                outside.append((tok.i, _COARSE.get(who, "unknown")))
            if act_blocked(tok, refs, relay):
                who += ":blocked"  # "did not say", "will tell", "I asked him to draw"
            feats.add(f"act:{kind}:{who}")
            feats.add(f"actv:{tok.lemma_.lower()}:{who}")
            chain = None
            if subj is not None and subj.lower_ in lx.PRONOUN_GENDER:
                # the nearest person (``last=``, for the Signs of Safety labels) and the chain through earlier
                # subject pronouns (``chain=``, for the voice labels: train.LABELS_OF_PART)
                chain = _last_mention(subj, refs, roles, genders, follow=True)
                feats.add(f"act:{kind}:{subj.lower_}:last={_last_mention(subj, refs, roles, genders)}")
                feats.add(f"act:{kind}:{subj.lower_}:chain={chain}")
                feats.add(f"act:{kind}:pronoun:{_agreement(subj, refs)}")
            if REPORTED:
                rep = reported_kind(tok, kind, subj, refs, roles)
                who_c = who.split(":")[0]
                if chain is not None and who_c in {"none", "other", "speaker", "group"}:
                    who_c = chain
                feats.add(f"rep:{rep}")
                feats.add(f"rep:{rep}:{_COARSE.get(who_c, 'unknown')}")
            if REPORTED_MOOD:
                who_m = who.split(":")[0]
                if chain is not None and who_m in {"none", "other", "speaker", "group"}:
                    who_m = chain
                for mood in reported_moods(tok, refs):
                    feats.add(f"mood:{mood}")
                    feats.add(f"mood:{mood}:{_COARSE.get(who_m, 'unknown')}")
        if tok.lemma_.lower() in _FEELING or tok.lower_ in _FEELING:
            feeler = subject_of(tok) if tok.pos_ in {"VERB", "AUX"} else (
                subject_of(tok.head) if tok.dep_ in {"acomp", "attr", "xcomp", "amod"} else None)
            quoted_self = tok.i in refs.quoted and feeler is not None and feeler.lower_ in lx.FIRST_PERSON
            feats.add(f"feel:{'speaker' if quoted_self else _who(feeler, refs, roles)}")
    quoted = [t.i for t in sent if t.i in refs.quoted and not t.is_punct]
    if quoted:
        # Whose words: the speaker of the nearest act outside the quotation marks ("mam said
        # 'I'm fine'" is not the child's voice); the bare quotation marks carry no weight of their own.
        by = "quote:" + min(outside, key=lambda o: abs(o[0] - quoted[0]), default=(0, "unattributed"))[1]
        feats.discard("u:<q>")
        feats.add(by)
        feats |= {f"{f}@{by}" for f in list(feats) if f.startswith("feel:")}  # whose quoted feeling
        if any(refs.get(t) == SPEAKER for t in sent if t.i in refs.quoted):
            feats.add(by + ":first_person")
    if REPORTED and _rating(sent):
        feats.add("rep:rating")
    if REPORTED and quoted and not outside:
        # quoted words with no act in the sentence: what they say, of the one quoted ("I" in them)
        feats.add(f"rep:{_quoted_kind(sent, refs, roles)}:quote")
    if voice.child_voice:
        feats.add("rule:cv")
        feats.add("rule:cv:" + voice.voice_reason.split(":", 1)[0])
    if voice.wishes_feelings:
        feats.add("rule:wf")
    feats.add("rule:sos:" + sos.label)
    if sos.heading is not None:
        feats.add("heading:" + sos.heading)
    feats.add(f"section:{section or 'none'}")
    n = len(words)
    feats.add("len:" + ("short" if n < 6 else "mid" if n < 20 else "long"))
    feats |= {"prev:" + f for f in previous if f.startswith(("rule:", "act:", "heading:"))}
    return sorted(feats)


def speaker_marks(sent: Span, refs: Referents, roles: dict[str, str],
                  genders: dict[str, str] | None = None, *, follow: bool = False) -> dict[int, str]:
    """For the text classifier: character offset of a word -> the role class that replaces it.
    Each pronoun that is the subject of an act of saying, showing or expressing is replaced by who it
    is (the referents, else the pronoun chain: "she said" -> "xfamily said" after "Mam told me"), so
    the bag of words sees who speaks as it sees a named speaker (``textcat.role_text``). ``follow``: the chain
    goes on through earlier subject pronouns (``_last_mention``; the voice labels' text classifier reads that)."""
    genders = genders or {}
    out: dict[int, str] = {}
    for tok in sent:
        if communication_kind(tok) is None:
            continue
        subj = subject_of(tok)
        if subj is None or subj.lower_ not in lx.PRONOUN_GENDER:
            continue
        who = _who(subj, refs, roles)
        if who in {"none", "other", "speaker", "group"}:
            who = _last_mention(subj, refs, roles, genders, follow=follow)
        if who not in {"none", "other", "speaker", "group"}:
            out[subj.idx] = who
    return out


POSITION_PARTS = 5  # where in the note a sentence starts, in fifths of its characters


def position_features(index: int, count: int, start: int, length: int) -> list[str]:
    """Where a sentence sits in its note: a recording opens with who, when and where (observation) and
    closes with what happens next, whoever dictates it. ``index`` of ``count`` sentences; ``start``
    offset in a text of ``length`` characters."""
    out = [f"pos:part{min(POSITION_PARTS - 1, POSITION_PARTS * start // max(1, length))}"]
    if index == 0:
        out.append("pos:first")
    if index == count - 1:
        out.append("pos:last")
    return out


_EVIDENCE = ("act:", "feel:", "quote:", "rule:cv", "rule:wf")


def worker_only(features: list[str]) -> bool:
    """Whether the only one who says, shows, feels or is quoted in a sentence is the worker ("I asked Kayleigh how
    school was going"): the child may be its object, but nothing in it is the child's own."""
    evidence = [f for f in features if f.startswith(_EVIDENCE)]
    return bool(evidence) and all(f.startswith(("act:", "feel:", "quote:")) and f.endswith(":worker") for f in evidence)


def voice_evidence(features: list[str]) -> bool:
    """Whether a sentence's features show anyone communicating or feeling (or the rules found the
    child's voice): without it, child_voice rests on the words alone."""
    return any(f.startswith(_EVIDENCE) for f in features)


_IDENTIFIER_CUE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in lx.IDENTIFIER_CUES) + r")\b", re.IGNORECASE)
_EMAIL_READ = re.compile(r"@|\b\w+ at \w+(?: \w+)? dot (?:com|co|org|net|uk|gov)\b", re.IGNORECASE)


def _digits_of(tok: Token) -> int:
    """How many digits a word holds when a number is written or read out ("07700" 5, "oh" 1, "double" 1: the
    word it doubles counts the other)."""
    if tok.is_digit:
        return len(tok.text)
    low = tok.lower_
    return 1 if low in DIGIT_WORDS or low in REPEAT_WORDS else 0


@dataclass(frozen=True)
class RecordReading:
    """Whether a sentence names an identifier (a run of digits, an email read out, "NHS number", "present
    were": ``lexicon.IDENTIFIER_CUES``) and whether it does anything else (a verb not in
    ``lexicon.RECORD_VERBS``)."""

    identifier: bool = False
    action: bool = False


def read_record(sent: Span) -> RecordReading:
    """``RecordReading`` of ``sent``: "Mam's number is oh seven seven double oh nine ..." names an identifier
    and does nothing else; "I'll ring nana on 07700 900481" names one and acts."""
    text = sent.text
    identifier = bool(_IDENTIFIER_CUE.search(text) or _EMAIL_READ.search(text))
    run = 0
    action = False
    for tok in sent:
        n = _digits_of(tok)
        if n:
            run += n
            identifier = identifier or run >= lx.DIGIT_RUN_MIN
            continue
        if not (tok.is_punct or tok.is_space):
            run = 0
        if tok.pos_ == "VERB" and tok.lemma_.lower() not in lx.RECORD_VERBS:
            action = True
    return RecordReading(identifier, action)


# A run-on record clause: at most this many words after its last digit or e-mail address ("... is 07700 900 271").
RECORD_TAIL_AFTER = 3
# The words of the subject kept with it at the clause's start: its possessor, determiner and compound nouns
# ("Donna's number", "his NHS number"); an adverb or adjective before them the parser took in stays before.
_SUBJECT_START_DEPS = frozenset({"poss", "det", "compound"})


def record_tail(sent: Span) -> int | None:
    """Where a sentence ends with a clause that only records an identifier, run on to the words before it with no
    punctuation or connective (a sentence end the recogniser did not write: "... and I'll see the kids again before
    then unannounced Donna's number is 07700 900 271"): the character offset of that clause's first word (its
    subject's, the subject of "be", with the subject's possessor, determiner and compounds), from which ``read_record``
    names an identifier and no action, and after whose last digit or e-mail address at most ``RECORD_TAIL_AFTER``
    words follow; else None (no such clause, one that follows punctuation or a conjunction, or one that opens the
    sentence, where ``record_only`` reads the whole)."""
    doc = sent.doc
    for verb in sent:
        if verb.pos_ not in {"AUX", "VERB"} or verb.lemma_.lower() != "be":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > verb.i:
            continue
        first = min([subject.i] + [c.i for c in subject.children if c.dep_ in _SUBJECT_START_DEPS])
        before = doc[first - 1] if first > sent.start else None
        if before is None or before.is_punct or before.pos_ in {"CCONJ", "SCONJ"}:
            continue
        tail = doc[first:sent.end]
        reading = read_record(tail)
        if not reading.identifier or reading.action:
            continue
        email = _EMAIL_READ.search(tail.text)
        ends = [t.i for t in tail if _digits_of(t)]
        if email:
            end = tail.start_char + email.end()  # the token that holds the e-mail's last character
            ends += [t.i for t in tail if t.idx < end <= t.idx + len(t)]
        last = max(ends, default=None)
        if last is not None and sum(1 for t in doc[last + 1:sent.end] if t.is_alpha) <= RECORD_TAIL_AFTER:
            return doc[first].idx
    return None


TEMPLATE_HEADING_MAX_WORDS = 3  # "Presentation.", "Education and work.", "During the session."


_HEADING_POS = frozenset({"NOUN", "PROPN", "ADP", "DET", "CCONJ", "PUNCT", "SPACE"})


def template_heading(sent: Span) -> bool:
    """Whether a parser piece is a neutral heading said or written on its own ("Presentation.", "Health.",
    "Education and work."): at most ``TEMPLATE_HEADING_MAX_WORDS`` words, nothing but nouns and their
    prepositions, determiners and "and" (no verb, adjective or number), no negation and no word of the rules'
    worry or working-well lists ("Bruise on arm." and "No food." say something), closed by a full stop or colon.
    The caller excludes the spoken headings the rules read (``signs.heading_of``)."""
    if len(sent) > 2 * TEMPLATE_HEADING_MAX_WORDS + 2:
        return False  # more tokens than a heading's words and its punctuation (most sentences: no walk)
    words = [t for t in sent if t.is_alpha]
    return (1 <= len(words) <= TEMPLATE_HEADING_MAX_WORDS and all(t.pos_ in _HEADING_POS for t in sent)
            and not any(t.lower_ in lx.NEGATORS or t.lemma_.lower() in lx.WORRY_WORDS
                        or t.lemma_.lower() in lx.WORKING_WELL_WORDS for t in words)
            and sent.text.rstrip().endswith((".", ":")))


def record_only(readings: list[RecordReading]) -> bool:
    """Whether the pieces of a written sentence, together, only record an identifier."""
    return any(r.identifier for r in readings) and not any(r.action for r in readings)
