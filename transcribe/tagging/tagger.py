"""Tag a transcript: one Signs of Safety heading per sentence, plus child_voice / wishes_feelings.

    nlp = load_spacy()
    tagger = build_tagger(nlp)              # once per process
    tags = tag_text(text, context, tagger)  # offsets index into ``text``
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..context import CaseContext
from ..errors import TaggerSetupError, TextInputError
from ..note import Tag
from .referents import resolve_referents
from .segment import parse, parsed_text
from .signs import NEXT_STEP, OBSERVATION, classify_sentence
from .voice import find_voice

CHILD_VOICE = "child_voice"
WISHES_FEELINGS = "wishes_feelings"
LABELS = (CHILD_VOICE, WISHES_FEELINGS, "worry", "working_well", NEXT_STEP, OBSERVATION)

_RELAY_WORDS = frozenset("interpreter translator advocate signer intermediary".split())


@dataclass(frozen=True)
class TaggingOptions:
    """Knobs for the tagger; build once from settings."""

    max_chars: int = 200_000
    use_ner: bool = False  # spaCy NER only adds unnamed people; off, tagging runs about a third faster
    use_headings: bool = True  # a spoken "Next steps." heading carries to the sentences after it
    extra_worry_words: tuple[str, ...] = ()
    extra_working_well_words: tuple[str, ...] = ()


@dataclass
class Tagger:
    nlp: Language
    options: TaggingOptions = field(default_factory=TaggingOptions)

    def tag(self, text: str, context: CaseContext) -> list[Tag]:
        return tag_text(text, context, self)


def build_tagger(nlp: Language, options: TaggingOptions | None = None) -> Tagger:
    """Check the spaCy pipeline can parse and wrap it with the options. Call once per process."""
    missing = [p for p in ("parser", "tagger") if p not in nlp.pipe_names]
    if "lemmatizer" not in nlp.pipe_names:
        missing.append("lemmatizer")
    if missing:
        raise TaggerSetupError(
            f"The spaCy pipeline lacks {', '.join(missing)}; tagging needs a dependency parse. "
            "Pass the pipeline from transcribe.models.spacy_model.load_spacy()."
        )
    return Tagger(nlp=nlp, options=options or TaggingOptions())


def tag_text(text: str, context: CaseContext, tagger: Tagger, *, doc: Doc | None = None) -> list[Tag]:
    """Tags for every sentence of ``text``. Offsets index into ``text`` exactly.

    ``doc``: a parse of exactly ``text`` by the same pipeline (e.g. from redaction), reused
    instead of parsing again. Uncased ASR text is parsed from a recased copy (same offsets), so
    a parse of the raw text is not reused for it.
    """
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
    if doc is None or doc.text != parsed_text(text, context) or not doc.has_annotation("DEP"):
        doc = parse(tagger.nlp, text, context, disable=() if opts.use_ner else ("ner",))
    sents = list(doc.sents)
    refs = resolve_referents(doc, context, sents)
    relay_names = {
        w.lower() for p in context.people if p.role and any(r in p.role.lower() for r in _RELAY_WORDS)
        for w in p.name.split()
    }
    relay = {t.i for t in doc if t.lower_ in _RELAY_WORDS or (t.lower_ in relay_names and t.pos_ == "PROPN")}
    extra_worry = frozenset(w.lower() for w in opts.extra_worry_words)
    extra_well = frozenset(w.lower() for w in opts.extra_working_well_words)

    tags: list[Tag] = []
    section: str | None = None
    quote_carry = False
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
        if sos.heading is not None:
            section = sos.heading
        elif section == NEXT_STEP and sos.label != NEXT_STEP:
            section = None  # the spoken list of actions has ended
        snippet = text[start:end]
        tags.append(Tag(start=start, end=end, label=sos.label, text=snippet, score=sos.score))
        if voice.child_voice:
            tags.append(Tag(start=start, end=end, label=CHILD_VOICE, text=snippet, score=voice.voice_score))
        if voice.wishes_feelings:
            tags.append(Tag(start=start, end=end, label=WISHES_FEELINGS, text=snippet, score=voice.feeling_score))
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
