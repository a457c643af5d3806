"""The whole pipeline: audio -> transcript -> doubt -> redaction -> tagging -> structured note.

:meth:`Pipeline.load` loads every heavy model once (Whisper, spaCy, the Presidio analyzer);
:meth:`Pipeline.process` runs one dictation and never reloads anything.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .asr import AsrModel, AsrOptions, load_asr, recognise_audio, token_counter
from .audio import Audio, AudioOptions, decode_audio
from .context import CaseContext
from .correction import Correction, CorrectionOptions, correct_transcript
from .doubt import DoubtOptions, add_identifier_doubts, find_doubts
from .models import load_spacy, resolve_model
from .models.memory import keep_freed_memory
from .models.threads import limit_blas_threads
from .note import CaseNote, Doubt, RedactionResult, Transcript
from .redaction import RedactionOptions
from .settings import PipelineSettings
from .structure import build_note
from .tagging import TaggingOptions
from .vocabulary import SPOKEN_ROLES, Lexicon, VocabularyOptions, build_vocabulary, load_lexicon

if TYPE_CHECKING:
    from .redaction import Redactor
    from .tagging import Tagger

log = logging.getLogger(__name__)

# progress(stage, fraction): stage in transcribing | redacting | tagging | structuring | done
ProgressFn = Callable[[str, float], None]


@dataclass
class PipelineOptions:
    model: str = "base"
    model_cache_dir: Path | None = None
    blas_threads: int = 1  # numpy's BLAS pool (models/threads.py); 0 leaves the library's default
    audio: AudioOptions = field(default_factory=AudioOptions)
    asr: AsrOptions = field(default_factory=AsrOptions)
    vocabulary: VocabularyOptions = field(default_factory=VocabularyOptions)
    correction: CorrectionOptions = field(default_factory=CorrectionOptions)
    doubt: DoubtOptions = field(default_factory=DoubtOptions)
    redaction: RedactionOptions = field(default_factory=RedactionOptions)
    tagging: TaggingOptions = field(default_factory=TaggingOptions)


def pipeline_options(settings: PipelineSettings, **overrides) -> PipelineOptions:
    """Build every stage's options once from settings."""
    opts = PipelineOptions(
        model=settings.model,
        model_cache_dir=settings.model_cache_dir,
        blas_threads=settings.blas_threads,
        audio=AudioOptions(max_seconds=settings.max_audio_seconds),
        asr=AsrOptions(
            device=settings.device,
            compute_type=settings.compute_type,
            cpu_threads=settings.cpu_threads,
            beam_size=settings.beam_size,
            check_kin_words=settings.check_kin_words,
        ),
        redaction=RedactionOptions(
            operator=settings.redaction_operator,
            pseudonym_key=settings.pseudonym_key.encode() if settings.pseudonym_key else None,
            max_chars=settings.max_text_chars,
        ),
        vocabulary=VocabularyOptions(
            council_file=settings.vocabulary_file,
            spoken_roles={**SPOKEN_ROLES, **{k.lower(): v for k, v in settings.spoken_roles.items()}},
        ),
    )
    for key, value in overrides.items():
        if value is not None:
            setattr(opts, key, value)
    return opts


@dataclass
class SpeechResult:
    transcript: Transcript
    doubts: list[Doubt]
    corrections: list[Correction]


def transcribe_dictation(
    audio: Audio,
    asr: AsrModel,
    lexicon: Lexicon,
    context: CaseContext,
    options: PipelineOptions,
    progress: Callable[[float], None] | None = None,
) -> SpeechResult:
    """The speech half of the pipeline: case-biased ASR, post-correction, then doubt flags."""
    vocabulary = build_vocabulary(context, lexicon, options.vocabulary, token_counter(asr))
    heard = recognise_audio(audio, asr, options.asr, vocabulary=vocabulary, progress=progress)
    corrected = correct_transcript(heard.transcript, vocabulary, options.correction, heard.unprompted)
    doubts = find_doubts(corrected.transcript, options.doubt, corrected.corrections, vocabulary, heard.unheard,
                         heard.reheard, heard.unbiased, heard.read_back, heard.copied)
    return SpeechResult(corrected.transcript, doubts, corrected.corrections)


def load_text_stages(options: PipelineOptions) -> tuple[Redactor, Tagger]:
    """The text half of the pipeline, loaded once (spaCy shared by the Presidio redactor and the tagger): what a
    practitioner's edit runs through again, in a process that needs no speech model. Presidio and spaCy are imported
    here, not at this module's import, so that :meth:`Pipeline.load` imports them in its thread beside Whisper."""
    from .redaction import build_redactor
    from .tagging import build_tagger

    limit_blas_threads(options.blas_threads)
    nlp = load_spacy()
    return build_redactor(nlp, options.redaction), build_tagger(nlp, options.tagging)


@dataclass
class Timings:
    decode_s: float = 0.0
    asr_s: float = 0.0
    redact_s: float = 0.0
    tag_s: float = 0.0


class Pipeline:
    """Loaded models plus options. Build once per process with :meth:`load`."""

    def __init__(
        self,
        asr: AsrModel,
        redactor: Redactor,
        tagger: Tagger,
        options: PipelineOptions,
        lexicon: Lexicon | None = None,
    ):
        self.asr = asr
        self._text: tuple[Redactor, Tagger] | Future = (redactor, tagger)
        self.options = options
        self.lexicon = lexicon if lexicon is not None else load_lexicon(options.vocabulary)
        self.last_timings = Timings()

    @property
    def redactor(self) -> Redactor:
        return self._text_stages()[0]

    @property
    def tagger(self) -> Tagger:
        return self._text_stages()[1]

    def _text_stages(self) -> tuple[Redactor, Tagger]:
        """The text stages, waiting for them (and raising what their loading raised) if they are still loading."""
        if isinstance(self._text, Future):
            self._text = self._text.result()
        return self._text

    @classmethod
    def load(cls, options: PipelineOptions | None = None, *, wait: bool = True) -> Pipeline:
        """Load every model once. spaCy, Presidio and the tagger load in a thread beside Whisper (whose loading
        and decoding run in CTranslate2, outside Python's lock); ``wait=False`` returns before they are ready,
        so that a one-off ``process`` also decodes while they load (the redactor and tagger wait for them)."""
        options = options or PipelineOptions()
        keep_freed_memory()  # before any thread allocates, so that every thread shares the one kept arena
        limit_blas_threads(options.blas_threads)  # before the text stages and the audio features use numpy's BLAS
        pool = ThreadPoolExecutor(1, thread_name_prefix="casenote-text-stages")
        text = pool.submit(load_text_stages, options)
        pool.shutdown(wait=False)
        info = resolve_model(options.model, options.model_cache_dir)
        asr = load_asr(info, options.asr)
        lexicon = load_lexicon(options.vocabulary)  # read once; a bad council file fails at start
        pipeline = cls(asr, None, None, options, lexicon)
        pipeline._text = text
        if wait:
            pipeline._text_stages()
        return pipeline

    def process(
        self,
        source: str | Path | bytes | BinaryIO,
        context: CaseContext | None = None,
        progress: ProgressFn | None = None,
    ) -> CaseNote:
        """Run one dictation through every stage and return the structured note."""
        context = context or CaseContext()
        report = progress or (lambda stage, fraction: None)
        t = Timings()

        t0 = time.perf_counter()
        audio = decode_audio(source, self.options.audio)
        t.decode_s = time.perf_counter() - t0

        report("transcribing", 0.0)
        t0 = time.perf_counter()
        speech = transcribe_dictation(
            audio, self.asr, self.lexicon, context, self.options, progress=lambda f: report("transcribing", f)
        )
        transcript, doubts = speech.transcript, speech.doubts
        t.asr_s = time.perf_counter() - t0

        report("redacting", 0.0)
        t0 = time.perf_counter()
        redactor, tagger = self._text_stages()  # waits for them if they are still loading
        from .redaction import redact_text  # imported by then, with the text stages
        from .tagging import parse_shared, tag_text

        doc = parse_shared(transcript.text, context, tagger)  # one spaCy pass for both stages (timed here)
        if transcript.text:
            redaction = redact_text(transcript.text, context, redactor, words=transcript, doc=doc)
            doubts = add_identifier_doubts(doubts, transcript, redaction.redactions, self.options.doubt)
        else:  # no speech: nothing to redact, and nothing invented
            redaction = RedactionResult(text="", redacted_text="", redactions=[])
        t.redact_s = time.perf_counter() - t0

        report("tagging", 0.0)
        t0 = time.perf_counter()
        tags = tag_text(transcript.text, context, tagger, doc=doc) if transcript.text else []
        t.tag_s = time.perf_counter() - t0

        report("structuring", 0.0)
        note = build_note(transcript, redaction, tags, doubts, context)
        self.last_timings = t
        report("done", 1.0)
        log.info("processed %.1fs of audio: %s", audio.duration_s, t)
        return note
