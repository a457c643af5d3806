"""Tag a transcript: one Signs of Safety heading per sentence, plus child_voice / wishes_feelings.

    nlp = load_spacy()
    tagger = build_tagger(nlp)              # once per process
    tags = tag_text(text, context, tagger)  # offsets index into ``text``
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..context import CaseContext
from ..errors import TaggerSetupError, TextInputError
from ..note import Tag
from .boundaries import BoundaryModel, load_boundary_model
from .features import (RecordReading, name_genders, position_features, read_record, record_only, record_tail,
                       role_classes, template_heading,
                       sentence_features, speaker_marks, voice_evidence, worker_only)
from .model import OBSERVED_KEY, SentenceModel, decide_probabilities, load_sentence_model
from .textcat import role_text
from .options import TaggingOptions
from .referents import resolve_referents
from .segment import parse, parsed_text
from .signs import NEXT_STEP, OBSERVATION, WORKING_WELL, WORRY, SignsFinding, classify_sentence
from .voice import VoiceFinding, find_voice

CHILD_VOICE = "child_voice"
WISHES_FEELINGS = "wishes_feelings"
LABELS = (CHILD_VOICE, WISHES_FEELINGS, "worry", "working_well", NEXT_STEP, OBSERVATION)

_SOS_MODEL = (WORRY, WORKING_WELL, NEXT_STEP)
# A spoken heading of these places each sentence after it until the next heading, over the model. A
# spoken "Next steps" does not: a dictation closes with remarks after its list of actions (the
# rules end that list at its first non-action), so the model decides there.
_SPOKEN_PLACES = (WORRY, WORKING_WELL)
# child_voice on a sentence with no act of communication, feeling, quotation or rule finding
# needs at least this probability (a fixed choice; 0.5 and "never" were compared on casework-dev).
UNSUPPORTED_VOICE_MIN = 0.5
_RELAY_WORDS = frozenset("interpreter translator advocate signer intermediary".split())
# The learned model reads and tags the written sentence: the parser's pieces between one full stop,
# question or exclamation mark (closing quotes and brackets after it allowed) or line break and the
# next, joined while the written sentence is at most this long (an unpunctuated dictation stays in
# the parser's pieces). A fixed choice, made before it was measured; not tuned on casework-dev.
WRITTEN_MAX_CHARS = 350
_WRITTEN_END = re.compile(r"[.!?][\"'”’)\]]*$")
# direct work recorded as questions and answers on one line ("Q: What goes in your house of worries? A: ..."): a
# question and the answer after it are one written sentence, the answer's
_QUESTION, _ANSWER = re.compile(r"Q\s?:\s"), re.compile(r"A\s?:\s")
# With the model: a sentence's last clause that only records an identifier, run on without punctuation
# (``SentenceAnalysis.record_from``), is an observation of its own; the model's Signs of Safety labels stop before it.
RECORD_TAIL = True


@dataclass
class SentenceAnalysis:
    """One sentence: where it is, what the rules found and the features the model reads."""

    start: int
    end: int
    voice: VoiceFinding
    sos: SignsFinding
    features: list[str]
    section: str | None = None  # the spoken heading it sits under ("Worries." before it, or its own opening)
    role_text: str = ""  # its words with each named person replaced by who they are (the text classifier's input)
    # whether it names an identifier and does anything else, per parser piece (``features.read_record``)
    record: tuple[RecordReading, ...] = ()
    # a recording template's heading said on its own ("Presentation.", "Health."): ``features.template_heading``
    template_heading: bool = False
    # the same with each speaking pronoun given by the chain through earlier subject pronouns (the voice labels'
    # text classifier's input: ``features.speaker_marks(follow=True)``)
    voice_role_text: str = ""
    # where its last clause only records an identifier, run on without punctuation (``features.record_tail``): that
    # clause's start, an offset into the text; the model's Signs of Safety labels stop there and it is an observation
    record_from: int | None = None


@dataclass
class Tagger:
    nlp: Language
    options: TaggingOptions = field(default_factory=TaggingOptions)
    model: SentenceModel | None = None  # None: the rules decide alone
    boundaries: BoundaryModel | None = None  # None: unpunctuated text is split by the rule alone

    def tag(self, text: str, context: CaseContext) -> list[Tag]:
        return tag_text(text, context, self)


def build_tagger(nlp: Language, options: TaggingOptions | None = None, model: SentenceModel | None = None) -> Tagger:
    """Check the spaCy pipeline can parse and wrap it with the options and the sentence model
    (the committed one unless given; none when ``options.use_model`` is off) and the sentence-start model for
    unpunctuated text (none when ``options.learned_boundaries`` is off). Call once per process."""
    missing = [p for p in ("parser", "tagger") if p not in nlp.pipe_names]
    if "lemmatizer" not in nlp.pipe_names:
        missing.append("lemmatizer")
    if missing:
        raise TaggerSetupError(
            f"The spaCy pipeline lacks {', '.join(missing)}; tagging needs a dependency parse. "
            "Pass the pipeline from transcribe.models.spacy_model.load_spacy()."
        )
    options = options or TaggingOptions()
    if options.use_model and model is None:
        model = load_sentence_model()
    return Tagger(nlp=nlp, options=options, model=model if options.use_model else None,
                  boundaries=load_boundary_model() if options.learned_boundaries else None)


def tag_text(text: str, context: CaseContext, tagger: Tagger, *, doc: Doc | None = None) -> list[Tag]:
    """Tags for every sentence of ``text``. Offsets index into ``text`` exactly.

    ``doc``: a parse of exactly ``text`` by the same pipeline (e.g. from redaction), reused
    instead of parsing again. Uncased ASR text is parsed from a recased copy (same offsets), so
    a parse of the raw text is not reused for it.
    """
    return decide_tags(text, analyse_sentences(text, context, tagger, doc=doc), tagger.model)


def parse_shared(text: str, context: CaseContext, tagger: Tagger) -> Doc | None:
    """One spaCy pass for redaction and tagging: the parse tagging reads plus the NER's entities
    (run first, as redaction's own pass runs it), for ``tag_text(doc=...)`` and
    ``redact_text(doc=...)``. None for uncased ASR text, which tagging parses from a recased copy
    that redaction must not read: each stage then parses on its own."""
    if not isinstance(text, str) or not text.strip() or parsed_text(text, context or CaseContext()) != text:
        return None
    return parse(tagger.nlp, text, context or CaseContext(), boundaries=tagger.boundaries)


def analyse_sentences(text: str, context: CaseContext, tagger: Tagger, *,
                      doc: Doc | None = None) -> list[SentenceAnalysis]:
    """Split ``text`` into sentences and give each the rules' findings and the model's features."""
    if not isinstance(text, str):
        raise TextInputError("Tagging needs the transcript as a str; decode bytes as UTF-8 first.")
    opts = tagger.options
    if len(text) > opts.max_chars:
        raise TextInputError(
            f"Text is {len(text)} characters, over the tagging limit of {opts.max_chars}. "
            "Split the dictation or raise TaggingOptions.max_chars."
        )
    if not text.strip():
        return []
    context = context or CaseContext()
    parsed = parsed_text(text, context)  # doc.text, from here on
    if doc is None or doc.text != parsed or not doc.has_annotation("DEP"):
        doc = parse(tagger.nlp, text, context, disable=() if opts.use_ner else ("ner",), boundaries=tagger.boundaries)
    sents = list(doc.sents)
    refs = resolve_referents(doc, context, sents, use_entities=opts.use_ner, text=parsed)
    relay_names = {
        w.lower() for p in context.people if p.role and any(r in p.role.lower() for r in _RELAY_WORDS)
        for w in p.name.split()
    }
    relay = {t.i for t in doc if t.lower_ in _RELAY_WORDS or (t.lower_ in relay_names and t.pos_ == "PROPN")}
    extra_worry = frozenset(w.lower() for w in opts.extra_worry_words)
    extra_well = frozenset(w.lower() for w in opts.extra_working_well_words)
    roles = role_classes(context)
    genders = name_genders(context, refs.child_gender)

    out: list[SentenceAnalysis] = []
    section: str | None = None  # for the rules: a spoken list of actions ends at its first non-action
    spoken: str | None = None  # the last spoken heading: it places what follows until the next one
    quote_carry = False
    previous: list[str] = []
    for sent in sents:
        start, end = _trim(text, sent.start_char, sent.end_char)
        if start >= end:
            continue
        voice = find_voice(sent, refs, relay, quote_carry)
        quote_carry = voice.opens_quote if voice.child_voice else (quote_carry and _inside_open_quote(sent))
        sos = classify_sentence(
            sent, refs, child_voice=voice.child_voice, section=section if opts.use_headings else None,
            extra_worry=extra_worry, extra_well=extra_well,
        )
        feats = sentence_features(sent, refs, roles, relay, voice, sos, section if opts.use_headings else None, previous,
                                  genders)
        if sos.heading is not None:
            spoken = sos.heading
        marks = {i - start: who for i, who in speaker_marks(sent, refs, roles, genders).items()}
        chain = {i - start: who for i, who in speaker_marks(sent, refs, roles, genders, follow=True).items()}
        out.append(SentenceAnalysis(start, end, voice, sos, feats, spoken if opts.use_headings else None,
                                    role_text(text[start:end], roles, marks), (read_record(sent),),
                                    template_heading(sent) and sos.heading is None,
                                    voice_role_text=role_text(text[start:end], roles, chain),
                                    record_from=record_tail(sent) if RECORD_TAIL else None))
        previous = feats
        if sos.heading is not None:
            section = sos.heading
        elif section == NEXT_STEP and sos.label != NEXT_STEP:
            section = None  # the spoken list of actions has ended
    for k, a in enumerate(out):
        a.features = sorted({*a.features, *position_features(k, len(out), a.start, len(text))})
    return out


def written_sentences(text: str, analyses: list[SentenceAnalysis],
                      max_chars: int = WRITTEN_MAX_CHARS) -> list[SentenceAnalysis]:
    """The parser's pieces joined into the written sentences of ``text`` (``WRITTEN_MAX_CHARS``).

    A joined sentence has the union of its pieces' features, their ``role_text`` in order, the first
    piece's Signs of Safety finding and section and the first child's-voice finding among them. A
    spoken heading on its own ("Worries.") stays its own sentence; the pieces of a written sentence
    longer than ``max_chars``, and those after the last written end (an unpunctuated dictation has
    none), are kept as they are.
    """
    groups: list[list[SentenceAnalysis]] = []
    current: list[SentenceAnalysis] = []
    for k, a in enumerate(analyses):
        if a.sos.heading_only:
            groups += [current, [a]] if current else [[a]]
            current = []
            continue
        current.append(a)
        following = analyses[k + 1] if k + 1 < len(analyses) else None
        answered = following is not None and _QUESTION.match(text, current[0].start) and _ANSWER.match(text, following.start)
        if (_WRITTEN_END.search(text[a.start:a.end]) and not answered) or (
                following is not None and "\n" in text[a.end:following.start]):
            groups.append(current)
            current = []
    groups += [[a] for a in current]  # after the last written end: left in pieces
    out: list[SentenceAnalysis] = []
    for group in groups:
        if len(group) == 1 or group[-1].end - group[0].start > max_chars:
            out += group
            continue
        voice = next((a.voice for a in group if a.voice.child_voice), group[0].voice)
        out.append(replace(group[0], end=group[-1].end, voice=voice,
                           features=sorted(set().union(*(a.features for a in group))),
                           role_text=" ".join(a.role_text for a in group),
                           voice_role_text=" ".join(a.voice_role_text for a in group),
                           record=tuple(r for a in group for r in a.record), template_heading=False,
                           record_from=group[-1].record_from))
    return out


def decide_tags(text: str, analyses: list[SentenceAnalysis], model: SentenceModel | None) -> list[Tag]:
    """Tags from each sentence's analysis: the learned model's labels, else the rules' decisions.

    The model decides each written sentence (``written_sentences``: the parser's pieces joined);
    the rules decide each piece.

    A spoken heading ("Worries.") always takes its own heading. With a model a sentence may carry
    more than one Signs of Safety heading (a worry and a strength in one breath). A sentence the
    model gives none goes under the spoken heading it follows ("Worries." ... "Next steps."), else
    observation.
    """
    tags: list[Tag] = []
    if model is not None:
        analyses = written_sentences(text, analyses)
    scores = model.text_scores([a.role_text for a in analyses], [a.voice_role_text for a in analyses]) if model else []
    for k, a in enumerate(analyses):
        # the model's Signs of Safety labels end where a run-on clause only records an identifier (an observation)
        run_on = model is not None and a.record_from is not None and a.start < a.record_from < a.end
        sos_end = a.record_from if run_on else a.end

        def add(label: str, score: float, end: int | None = None) -> None:
            s, e = (a.start, a.end) if end is None else _trim(text, a.start, end)
            tags.append(Tag(start=s, end=e, label=label, text=text[s:e], score=round(score, 3)))

        if model is None:
            add(a.sos.label, a.sos.score)
            if a.voice.child_voice:
                add(CHILD_VOICE, a.voice.voice_score)
            if a.voice.wishes_feelings:
                add(WISHES_FEELINGS, a.voice.feeling_score)
            continue
        probs = model.probabilities(a.features, scores[k])
        chosen = decide_probabilities(probs, model.thresholds)  # model.decide, with probs kept for below
        if chosen.get(CHILD_VOICE, 1.0) < UNSUPPORTED_VOICE_MIN and not voice_evidence(a.features):
            del chosen[CHILD_VOICE]  # nobody says, shows or feels anything: the words alone must be sure
        if CHILD_VOICE in chosen and worker_only(a.features):
            del chosen[CHILD_VOICE]  # only the worker speaks: a question put to the child is not the child's answer
        if a.sos.heading_only:
            add(a.sos.heading, a.sos.score)
        else:
            sos = [(label, p) for label, p in chosen.items() if label in _SOS_MODEL]
            if a.section in _SPOKEN_PLACES:
                # Under "Worries." or "What's working well." the worker has placed what follows.
                sos = [(a.section, chosen.get(a.section, 0.5))]
            if a.template_heading:
                # A heading of the recording's own template ("Presentation.", "Health."): it opens no Signs of
                # Safety column, whatever the model reads in one word (the rules' spoken headings are read above).
                add(OBSERVATION, 1.0)
            elif record_only(list(a.record)):
                # Only an identifier recorded ("Mam's mobile is 07700 900417", "Present were ..."): an observation,
                # not a next step, however near the note's end or under whichever spoken heading it sits.
                add(OBSERVATION, 1.0)
            else:
                for label, p in sos:
                    add(label, p, sos_end)
                if not sos and a.section in _SPOKEN_PLACES:
                    add(a.section, 0.5, sos_end)  # under "Worries." or "What's working well.": the heading places it (not "Next steps", _SPOKEN_PLACES)
                elif not sos:
                    add(OBSERVATION, 1.0 - max(probs[label] for label in _SOS_MODEL), sos_end)
                if sos_end < a.end:
                    tags.append(Tag(start=sos_end, end=a.end, label=OBSERVATION, text=text[sos_end:a.end], score=1.0))
        # "Worries." is nobody's voice; a wish or feeling is tagged as part of the child's voice, or where the
        # sentence puts a word of feeling on a child of the case (``model.OBSERVED_FEELING``); the model's
        # wishes_feelings threshold is chosen under that gate
        observed = probs.get(OBSERVED_KEY, 0.0) >= 0.5
        for label in (CHILD_VOICE, WISHES_FEELINGS):
            if label in chosen and not a.sos.heading_only and (label == CHILD_VOICE or CHILD_VOICE in chosen
                                                                or observed):
                add(label, chosen[label])
    return tags


def _inside_open_quote(sent) -> bool:
    t = sent.text
    return t.count('"') % 2 == 0 and not t.rstrip().endswith(('"', "”"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
