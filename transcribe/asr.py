"""ASR stage: faster-whisper's batched inference over decoded audio, English forced, VAD on.

The Whisper model is loaded once (:func:`load_asr`) and passed to :func:`transcribe_audio` for every
dictation. The decode is faster-whisper's own ``BatchedInferencePipeline`` (VAD cuts the recording into
chunks of at most 30 seconds of speech, decoded ``batch_size`` at a time), called only through its public
``transcribe``. Word timestamps and probabilities are kept so later stages can show doubt and place the
child's words on the recording's timeline.

**No case context, no change.** Without hotwords or a prompt the decode is the bare batched engine's,
call for call (word timestamps are computed after decoding and change no text); only a chunk that Whisper
itself judges silent (no-speech probability above 0.6 *and* average log-probability below -1, its own
rule in sequential decoding, which the batched pipeline does not apply) is left out.

**With case context** the case's names go to every chunk as ``hotwords``. A prompt can derail a chunk,
so each biased chunk is checked, and one that fails is decoded again (:func:`retry_chunks`):

1. a repetition loop ("nana Brenda Laidler, nana Brenda Laidler, ...", compression ratio above Whisper's
   2.4) is decoded again with the hotwords and no run of ``loop_guard_ngram`` tokens said twice, which keeps
   the names' spelling; taken if that passes Whisper's checks and is not the prompt read back;
2. what still fails (a loop, average log-probability below -1, the prompt read back, or far too few words
   for the chunk's audio, "Ollie Wanless, Ashington" for 11 seconds of account) is replaced by the same
   chunk's decode without hotwords, the bare engine's, when that one is better by the rules in
   :func:`_take_plain`;
3. a chunk whose decode wrote a kin word of the prompt unsure ("nan", of "nan Maureen Robson") is decoded again on
   its own without the hotwords, and where that decode, heard surely, does not name that relation ("dad more often"
   against "nan Maureen"), its words are taken for that span (:func:`check_kin_words`): biasing may spell a name as
   the case does, never say a relative was spoken of who was not.

Each retry of steps 1-2 is one more batched pass over the recording (the VAD chunks are the same in every pass, so
chunk *i* of one pass is chunk *i* of another), and it runs only when some chunk failed; step 3 decodes only the
chunks it checks.

**Speech with no words is never lost silently** (:func:`unheard_speech`). A stretch between two written words (or
before the first, or after the last) in which Silero VAD finds at least ``min_unheard_speech_s`` of speech is
speech the decoder wrote nothing for (Whisper can skip a chunk's opening sentence: "Strategy meeting about Rocco
Ferens today." missing before "The police told us..."). With case context each such stretch is decoded again on
its own, with the hotwords (:func:`hear_again`; one short decode, only where speech went unheard), and its words
put in their place; their spans are returned in :attr:`Recognition.reheard`, and what is still unheard in
:attr:`Recognition.unheard`, for the doubt stage to flag. With no case context nothing is decoded again: the text
stays the bare engine's, and the stretch is flagged. (Filling the stretch from the chunk's decode without hotwords
was tried first: that decode garbled one such sentence, "try to get me to know about Rockwell's errands", and
skipped the other outright.)

**Case words copied from the prompt are dropped or flagged** (:func:`drop_read_back`). The hotwords are one list of
the case's names, before every window; having written one of its words the decoder can go on copying the list
instead of the speech: the list's next entries over the speech or past its end ("dad Lorcan Pitcairn, Florentine
Kinross, Seafield Primary School, High Street, Elgin"), or a surname after a first name said ("Obadiah Grimwade" for
"Obadiah attends"). Such a copy the word aligner, which scores words without the prompt, gives almost nothing. A
later entry so copied is dropped, listed in :attr:`Recognition.read_back` for the doubt stage, and the speech it
covered, now with no words, is decoded again on its own *without* the prompt (:func:`hear_again`), since the prompt
is what wrote over it; a surname so copied is kept and flagged (:attr:`Recognition.copied`), since a surname said
gets little too, unless the aligner gives it next to nothing (``read_back_own_entry_drop_below``), when it is dropped. The prompt's words placed at or after the recording's end, where the last window is padded and there
is nothing to hear, are dropped and listed the same way (:func:`drop_past_the_end`).

faster-whisper's chunking, options and result fields are what this module is written against: it is
tested on the versions in :data:`TESTED_FASTER_WHISPER`, and :func:`load_asr` refuses any other
(:class:`~transcribe.errors.EngineVersionError`) rather than decode with rules measured on another.
"""

from __future__ import annotations

import math
import os
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .audio import Audio
from .errors import EngineVersionError
from .models import ModelInfo
from .models.memory import keep_freed_memory
from .language.kinship import ROLE_OF
from .note import Segment, Transcript, Word
from .vocabulary import PROMPT_SEPARATOR, Vocabulary

# faster-whisper versions this module's use of BatchedInferencePipeline was tested on (tests/transcribe/test_asr.py
# and ``python -m evaluation.asr``). Add a version here only after both have been run on it.
TESTED_FASTER_WHISPER = ("1.2.1",)

# Whisper's own quality checks, as faster-whisper applies them in sequential decoding (its defaults).
COMPRESSION_RATIO_THRESHOLD = 2.4
LOG_PROB_THRESHOLD = -1.0
NO_SPEECH_THRESHOLD = 0.6


@dataclass
class AsrOptions:
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto -> int8 on CPU, float16 on CUDA
    cpu_threads: int = 0  # 0: let CTranslate2 decide
    beam_size: int = 5
    batch_size: int = 8  # VAD chunks decoded together (faster-whisper's default)
    initial_prompt: str | None = None
    hotwords: str | None = None
    # Retries of a biased chunk that fails (module docstring). False: the biased decode is kept as it is.
    retry_without_hotwords: bool = True
    # A looping biased chunk is first decoded with the hotwords and no run of this many tokens said twice. 0: off.
    loop_guard_ngram: int = 4
    # A biased chunk with fewer words than this per second of its audio (at least 4 s) skipped speech. 0: off.
    min_words_per_second: float = 0.5
    # A stretch with no word placed in it that holds at least this much speech (Silero VAD, no padding) was not
    # heard (:func:`unheard_speech`). Measured on the biased decodes of the seen dictation sets (accent, accent2,
    # heldout, heldout2, heldout3, long: 88 clips): the two skipped opening sentences held 1.38 and 2.00 s; next
    # came 1.02, 0.88 and 0.80 s beside a year written as digits ("2025" is four spoken words, timed as one); every
    # other wordless stretch held less than 0.8 s. 0: off.
    min_unheard_speech_s: float = 1.2
    # A chunk whose biased decode wrote a kin word of the prompt ("nan" of "nan Maureen Robson") below this probability
    # is decoded again without the hotwords, to check the relation was said (:func:`check_kin_words`). 0: off.
    check_kin_below: float = 0.9
    # When that check runs: "on", "off", or "auto", on where the model runs on CUDA only. On CPU it decodes again 25
    # of 30 chunks of the accent sets (correct kin words are written unsure too) and cost 30% more CPU on the sample
    # (evaluation/asr/README.md, "Round 7"), so there it is the council's choice (CASENOTE_CHECK_KIN_WORDS=on).
    check_kin_words: str = "auto"
    # ...and the unbiased words are taken where they do not name that relation, heard with at least this mean word
    # probability (and more surely than the biased span). Set on seen sets: :func:`check_kin_words`.
    min_unbiased_probability: float = 0.7
    # Case words the biased decode copied from the prompt, where the word aligner, which scores words without the
    # prompt, gives them less than these probabilities (:func:`copied_words`): an entry reached by copying across the
    # prompt's separator ("Pitcairn, Florentine Kinross") is dropped; the rest of the entry a written word began
    # ("Obadiah Grimwade" for "Obadiah attends") is kept and flagged, as speech says full names too. Set on seen sets
    # (evaluation/asr/README.md, round 11). 0: off.
    read_back_below: float = 0.01
    read_back_own_entry_below: float = 0.001
    # ...and where the first of those words the aligner gives less than this, the rest of the entry is dropped, not
    # flagged: on the 24 seen spoken sets it drops 28 surnames not said and 2 said (one inside an email), checked by
    # hand (evaluation/redaction/README.md, "Spoken round eighteen, the lead's part"). 0: flag them all, as before.
    read_back_own_entry_drop_below: float = 0.0005


@dataclass
class AsrStats:
    """What the decoder did, summed over every call with this model (read by the evaluation and the benchmarks)."""

    passes: int = 0  # batched passes over a recording: 1 per call, plus one per retry
    chunks: int = 0  # VAD chunks of the first pass
    guarded: int = 0  # chunks whose looping biased decode was replaced by a loop-guarded one
    plain: int = 0  # chunks whose biased decode was replaced by the one without hotwords
    silent: int = 0  # chunks left out as silence
    reheard: int = 0  # stretches of unheard speech decoded again on their own (:func:`hear_again`)
    checked: int = 0  # chunks decoded again without hotwords for an unsure prompt kin word (:func:`check_kin_words`)
    unbiased: int = 0  # spans whose words were taken from that decode (another relation heard there)
    read_back: int = 0  # runs of case words copied from the prompt and dropped (:func:`drop_read_back`)
    copied: int = 0  # runs of a case surname copied after a first name, kept and flagged (:func:`drop_read_back`)


@dataclass
class AsrModel:
    """A loaded Whisper model, its batched pipeline, and what it runs on."""

    whisper: object  # faster_whisper.WhisperModel
    batched: object  # faster_whisper.BatchedInferencePipeline over ``whisper``
    info: ModelInfo
    device: str
    compute_type: str
    stats: AsrStats = field(default_factory=AsrStats)


def pick_device(requested: str = "auto") -> str:
    if requested != "auto":
        return requested
    try:
        import ctranslate2

        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:  # pragma: no cover - ctranslate2 without CUDA support
        return "cpu"


def pick_compute_type(device: str, requested: str = "auto") -> str:
    if requested != "auto":
        return requested
    return "float16" if device == "cuda" else "int8"


def check_engine_version(version: str) -> None:
    """Refuse a faster-whisper this module was not tested on (see :data:`TESTED_FASTER_WHISPER`)."""
    if version not in TESTED_FASTER_WHISPER:
        raise EngineVersionError(
            f"faster-whisper {version} is installed, but casenote's decoder is tested on "
            f"{', '.join(TESTED_FASTER_WHISPER)} only. Install the pinned version (pip install --require-hashes "
            "-r requirements.lock), or run tests/transcribe/test_asr.py and python -m evaluation.asr on the new "
            "version and add it to transcribe.asr.TESTED_FASTER_WHISPER."
        )


def load_asr(info: ModelInfo, options: AsrOptions | None = None) -> AsrModel:
    """Load the Whisper model once per process. Never contacts a hub: ``info.path`` is a local directory."""
    import faster_whisper

    check_engine_version(faster_whisper.__version__)
    keep_freed_memory()  # before CTranslate2's threads allocate: no page faults per batch (transcribe/models/memory.py)
    options = options or AsrOptions()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    device = pick_device(options.device)
    compute_type = pick_compute_type(device, options.compute_type)
    whisper = faster_whisper.WhisperModel(
        str(info.path),
        device=device,
        compute_type=compute_type,
        cpu_threads=options.cpu_threads,
        local_files_only=True,
    )
    batched = faster_whisper.BatchedInferencePipeline(whisper)
    return AsrModel(whisper=whisper, batched=batched, info=info, device=device, compute_type=compute_type)


ProgressFn = Callable[[float], None]


def token_counter(model: AsrModel) -> Callable[[str], int]:
    """Count tokens with the loaded model's own tokenizer (for keeping a prompt within Whisper's budget)."""
    tokenizer = model.whisper.hf_tokenizer
    return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)


@dataclass
class Recognition:
    """A transcript; ``unprompted``: the (start s, end s) of each chunk whose decode with the case's names
    failed and was replaced by the decode without them, and of each stretch heard again without them after what the
    prompt wrote there was dropped (:func:`drop_read_back`), where Whisper never had the names to write
    (post-correction looks there for a name it heard as ordinary words); ``unheard``: the (start s, end s) of each stretch of speech
    no words were written for (:func:`unheard_speech`); ``reheard``: the (start s, end s) of the words written
    where a first decode wrote none (:func:`hear_again`); ``unbiased``: the (start s, end s) of each span where the
    decode with the case's names wrote one unsure over other words and the decode without them was taken
    (:func:`check_kin_words`); ``read_back``: the (start s, end s, text) of each run of case words the decode copied
    from its prompt and that was dropped, and ``copied``: the (start s, end s) of those kept, to be checked
    (:func:`drop_read_back`). The doubt stage flags the last five."""

    transcript: Transcript
    unprompted: list[tuple[float, float]] = field(default_factory=list)
    unheard: list[tuple[float, float]] = field(default_factory=list)
    reheard: list[tuple[float, float]] = field(default_factory=list)
    unbiased: list[tuple[float, float]] = field(default_factory=list)
    read_back: list[tuple[float, float, str]] = field(default_factory=list)
    copied: list[tuple[float, float]] = field(default_factory=list)


def transcribe_audio(audio: Audio, model: AsrModel, options: AsrOptions | None = None, **kwargs) -> Transcript:
    """Transcribe decoded audio: :func:`recognise_audio`'s transcript (the same arguments)."""
    return recognise_audio(audio, model, options, **kwargs).transcript


def recognise_audio(
    audio: Audio,
    model: AsrModel,
    options: AsrOptions | None = None,
    *,
    initial_prompt: str | None = None,
    hotwords: str | None = None,
    vocabulary: Vocabulary | None = None,
    progress: ProgressFn | None = None,
    on_segment: Callable[[Segment], None] | None = None,
) -> Recognition:
    """Transcribe decoded audio. ``progress`` receives the fraction of audio done (0..1), ``on_segment``
    each segment of the transcript in order: as soon as it is decoded where no retry can replace it (no case
    context), else once the biased chunks have been checked (for streaming the text while the rest is heard).

    ``vocabulary`` (from :func:`transcribe.vocabulary.build_vocabulary`) biases every chunk towards the
    case's names; it is sent as faster-whisper ``hotwords``. An explicit ``hotwords`` wins.
    """
    options = options or AsrOptions()
    if hotwords is None:
        hotwords = vocabulary.hotwords if vocabulary is not None else options.hotwords
    prompt = initial_prompt if initial_prompt is not None else options.initial_prompt
    retrying = bool(hotwords or prompt) and options.retry_without_hotwords
    built = _Builder(on_segment)
    chunks = decode_chunks(audio, model, options, hotwords=hotwords, initial_prompt=prompt, progress=progress,
                           on_segment=None if retrying else built.add)
    model.stats.chunks += len(chunks)
    segments = [s for c in chunks for s in c.segments]
    reheard: list[tuple[float, float]] = []
    unbiased: list[tuple[float, float]] = []
    read_back: list[tuple[float, float, str]] = []
    own_dropped: list[tuple[float, float, str]] = []  # of read_back: surnames dropped after their first name
    copied: list[tuple[float, float, str]] = []
    unprompted_heard: list[tuple[float, float]] = []
    if retrying:

        def decode(biased: bool, no_repeat_ngram_size: int = 0) -> list[Chunk]:
            return decode_chunks(audio, model, options, hotwords=hotwords if biased else None,
                                 initial_prompt=prompt if biased else None, no_repeat_ngram_size=no_repeat_ngram_size)

        said = plain_words(" ".join(x for x in (hotwords, prompt) if x))
        chunks = retry_chunks(chunks, said, options, decode, model.stats)
        chunks, unbiased = check_kin_words(audio, model, options, chunks, set(said))
        entries = prompt_entries(hotwords)
        segments = []
        for c in chunks:  # a decode without the prompt (a fallback) copied nothing from it
            if c.fallback:
                segments.extend(c.segments)
                continue
            kept, dropped, doubted, surnames = drop_read_back(c.segments, entries, options.read_back_below,
                                                              options.read_back_own_entry_below,
                                                              options.read_back_own_entry_drop_below)
            own_dropped.extend(surnames)
            kept, past = drop_past_the_end(kept, set(said), audio.duration_s)
            kept, looped = drop_prompt_said_again(kept, entries)
            segments.extend(kept)
            read_back.extend(sorted(dropped + past + looped))
            copied.extend(doubted)
        skipped = unheard_speech(audio, segments, options.min_unheard_speech_s)
        # speech freed by dropping what the prompt wrote over it is heard again without the prompt; the rest with it (a
        # surname dropped after its first name frees no speech of its own: the stretch around it is heard as before)
        freed = [(a, b) for a, b in skipped
                 if any(x < b and a < y for x, y, text in read_back if (x, y, text) not in own_dropped)]
        if freed:
            segments, plain_heard = hear_again(audio, model, options, segments, freed)
            reheard += plain_heard
            unprompted_heard += plain_heard
        heard: list[tuple[float, float]] = []
        if len(freed) < len(skipped):
            segments, heard = hear_again(audio, model, options, segments, [x for x in skipped if x not in freed],
                                         hotwords=hotwords, initial_prompt=prompt)
            reheard = sorted(reheard + heard)
        if heard:  # heard again with the prompt: it can copy from it there too
            again = [s for s in segments if any(a - 0.05 <= s.start and s.end <= b + 0.05 for a, b in heard)]
            kept, dropped, doubted, _ = drop_read_back(again, entries, options.read_back_below,
                                                       options.read_back_own_entry_below,
                                                       options.read_back_own_entry_drop_below)
            kept, past = drop_past_the_end(kept, set(said), audio.duration_s)
            dropped = sorted(dropped + past)
            copied.extend(doubted)
            if dropped:
                segments = sorted([s for s in segments if not any(s is x for x in again)] + kept, key=lambda s: s.start)
                read_back.extend(dropped)
        model.stats.read_back += len(read_back)
        model.stats.copied += len(copied)
        for s in segments:
            built.add(s)
    model.stats.silent += sum(c.silent for c in chunks)
    if progress:
        progress(1.0)
    unprompted = sorted([(c.start, c.end) for c in chunks if c.fallback and not c.silent] + unprompted_heard)
    unheard = unheard_speech(audio, segments, options.min_unheard_speech_s)
    return Recognition(built.transcript(audio, model), unprompted, unheard, reheard, unbiased, read_back,
                       [(a, b) for a, b, _ in copied])


# -- chunks --------------------------------------------------------------------------------------------------------


@dataclass
class Chunk:
    """One VAD chunk's decode: its segments (faster-whisper's), and the scores Whisper's checks read.

    ``avg_logprob`` and ``no_speech_prob`` are the chunk's (every segment of a chunk carries the same);
    ``compression_ratio`` is of the chunk's whole text.
    """

    segments: list  # faster_whisper.Segment
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float
    text: str
    fallback: bool = False  # the decode without the hotwords and prompt, kept in place of a failed biased one

    @property
    def start(self) -> float:
        return self.segments[0].start

    @property
    def end(self) -> float:
        return self.segments[-1].end

    @property
    def words(self) -> list[str]:
        return plain_words(self.text)

    @property
    def looping(self) -> bool:
        return self.compression_ratio > COMPRESSION_RATIO_THRESHOLD

    @property
    def silent(self) -> bool:
        """Whisper's own no-speech rule: the model thought there was no speech, and the text is unsure."""
        return silent(self.no_speech_prob, self.avg_logprob)

    @property
    def sound(self) -> bool:
        """Does the chunk pass Whisper's own checks (silence passes: it is left out anyway)?"""
        return self.silent or not (self.looping or self.avg_logprob < LOG_PROB_THRESHOLD)


def silent(no_speech_prob: float, avg_logprob: float) -> bool:
    """Whisper's no-speech rule, as faster-whisper's sequential decoder skips a window by it."""
    return no_speech_prob > NO_SPEECH_THRESHOLD and avg_logprob < LOG_PROB_THRESHOLD


def decode_chunks(
    audio: Audio,
    model: AsrModel,
    options: AsrOptions,
    *,
    hotwords: str | None = None,
    initial_prompt: str | None = None,
    no_repeat_ngram_size: int = 0,
    progress: ProgressFn | None = None,
    on_segment: Callable[[object], None] | None = None,
) -> list[Chunk]:
    """One batched pass over the recording, grouped into its VAD chunks, in order.

    Without ``hotwords`` and ``initial_prompt`` this is the bare batched engine's decode (faster-whisper's
    defaults, English forced), with word timestamps added. ``on_segment`` gets each faster-whisper segment as
    the pipeline yields it (a batch of chunks at a time).
    """
    model.stats.passes += 1
    segments, _info = model.batched.transcribe(
        audio.samples,
        language="en",
        task="transcribe",
        beam_size=options.beam_size,
        batch_size=options.batch_size,
        word_timestamps=True,
        hotwords=hotwords or None,
        initial_prompt=initial_prompt or None,
        no_repeat_ngram_size=no_repeat_ngram_size,
    )
    grouped: dict[int, list] = {}
    for s in segments:  # every segment of a chunk carries the chunk's offset as its seek
        grouped.setdefault(s.seek, []).append(s)
        if on_segment:
            on_segment(s)
        if progress and audio.duration_s:
            progress(min(1.0, s.end / audio.duration_s))
    chunks = []
    for segs in grouped.values():
        text = " ".join(s.text.strip() for s in segs if s.text.strip())
        chunks.append(Chunk(segs, segs[0].avg_logprob, segs[0].no_speech_prob, compression_ratio(text), text))
    return chunks


def retry_chunks(
    chunks: list[Chunk], prompt: list[str], options: AsrOptions, decode: Callable[..., list[Chunk]], stats: AsrStats | None = None,
) -> list[Chunk]:
    """Replace the biased chunks that fail (module docstring, steps 1 and 2).

    ``prompt`` is the prompt's words (:func:`plain_words`); ``decode(biased, no_repeat_ngram_size=0)`` makes one
    more pass over the recording, with or without the prompt, and is called at most once each way.
    """
    stats = stats or AsrStats()
    failed = {i for i, c in enumerate(chunks) if _fails(c, prompt, options)}
    if not failed:
        return chunks
    chunks = list(chunks)
    loops = {i for i in failed if chunks[i].looping}
    if loops and options.loop_guard_ngram:
        guarded = decode(True, no_repeat_ngram_size=options.loop_guard_ngram)
        for i in sorted(loops):
            g = guarded[i] if len(guarded) == len(chunks) else None
            if g is not None and not _fails(g, prompt, options) and not echoes(g.words, prompt, share=0.5, fuzzy=True):
                chunks[i] = g
                failed.discard(i)
                stats.guarded += 1
    if failed:
        plain = decode(False)
        if len(plain) == len(chunks):
            for i in sorted(failed):
                if _take_plain(chunks[i], plain[i], prompt, options):
                    chunks[i] = plain[i]
                    chunks[i].fallback = True
                    stats.plain += 1
    return chunks


def _fails(chunk: Chunk, prompt: list[str], options: AsrOptions) -> bool:
    """Is this biased chunk's decode one to try again: Whisper's checks failed, the prompt read back, or speech skipped?"""
    return not chunk.sound or echoes(chunk.words, prompt) or sparse(chunk, options.min_words_per_second)


def _take_plain(first: Chunk, plain: Chunk, prompt: list[str], options: AsrOptions) -> bool:
    """After a biased decode that failed, is the chunk's decode without hotwords the one to keep?

    One that passes Whisper's checks where the first did not, or reads speech where the first read the
    prompt back; one that is merely unsure where the first looped (a loop holds nothing of what was said,
    and faster-whisper itself prefers a failed decode below the compression-ratio threshold); and, where
    the first skipped speech, one that heard at least twice as many words. Otherwise the first stays,
    failed checks and all, and the doubt stage flags it.
    """
    if sparse(first, options.min_words_per_second) and first.sound and not echoes(first.words, prompt):
        return plain.sound and len(plain.words) >= 2 * max(1, len(first.words))
    if plain.sound:
        return True
    return first.looping and not plain.looping and bool(plain.words)


def sparse(chunk: Chunk, min_words_per_second: float, min_span_s: float = 4.0) -> bool:
    """Does the chunk hold far too few words for the audio it spans (names said, the rest skipped)?"""
    span = chunk.end - chunk.start
    if not min_words_per_second or span < min_span_s or chunk.silent:
        return False
    return len(chunk.words) < min_words_per_second * span


def echoes(words: list[str], prompt: list[str], share: float = 0.8, fuzzy: bool = False) -> bool:
    """Is this text the prompt read back rather than what was said?

    A prompt can make Whisper write out its names and places in place of the speech it hears
    ("Demi-Leigh Milburn, Whitley Bay High School, Sea View, ..." for a 10-second account that only
    began with the child's name). Taken as an echo when it has at least four words and ``share`` of them
    are words of the prompt; ``fuzzy`` also counts a word that begins as a prompt word of four letters or
    more does ("Ramshan", "Ramshans" for Ramshaw), as a loop-guarded decode varies the names it repeats.
    """
    if len(words) < 4 or not prompt:
        return False
    vocab = set(prompt)
    stems = {w[:4] for w in vocab if len(w) >= 4} if fuzzy else set()
    return sum(w in vocab or (len(w) >= 4 and w[:4] in stems) for w in words) >= share * len(words)


def plain_word(word: str) -> str:
    """A written word, lower-cased, punctuation stripped ("Ramshaw," -> "ramshaw")."""
    return word.strip().strip(".,;:!?\"()").lower()


def plain_words(text: str) -> list[str]:
    """The words of a text as :func:`plain_word` writes each."""
    return [w for w in (plain_word(w) for w in re.split(r"[\s]+", text)) if w]


def compression_ratio(text: str) -> float:
    """Whisper's repetition measure: the text's length over its zlib-compressed length (0 for no text)."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


# -- a relation the case's names made Whisper write ----------------------------------------------------------------


def _kin_form(word: str) -> str:
    """A written word as a kin word is looked up: plain, without a possessive ("Nan's," -> "nan")."""
    return re.sub(r"['\u2019]s$", "", plain_word(word))


def kin_role(word: str) -> str | None:
    """The relation a written kin word names ("Nan's," -> "grandmother"), else None (``language.kinship``)."""
    return ROLE_OF.get(_kin_form(word))


def unsure_kin_words(chunk: Chunk, said: set[str], below: float) -> list:
    """The words of a biased chunk that are kin words of the prompt (``said``: the hotwords' words, as
    :func:`plain_words` writes them: "nan" of "nan Maureen Robson") written with a probability below ``below``."""
    return [w for s in chunk.segments for w in (s.words or [])
            if w.probability < below and kin_role(w.word) and _kin_form(w.word) in said]


def kin_check_runs(when: str, device: str) -> bool:
    """Does :func:`check_kin_words` run, ``when`` being "on", "off" or "auto" (on CUDA only)?"""
    return when == "on" or (when == "auto" and device == "cuda")


def check_kin_words(
    audio: Audio, model: AsrModel, options: AsrOptions, chunks: list[Chunk], said: set[str],
) -> tuple[list[Chunk], list[tuple[float, float]]]:
    """Take back a relation the hotwords made Whisper write where another was said.

    The prompt puts each relative's name after the word a practitioner calls them by ("nan Maureen Robson"), and
    Whisper can write that entry over other speech: "see her dad more often" came out "see her nan Maureen", "her dad
    lives in Sunderland" "her nan lives...". Biasing is there to spell names as the case spells them, never to say
    a relative was spoken of who was not. So each biased chunk holding a prompt kin word below ``options.check_kin_below`` is decoded again
    on its own without the hotwords (the same VAD chunk, one short decode each, :func:`decode_alone`), and where the
    two decodes differ over a span in which the biased one names a relation of the prompt that the other does not
    ("nan Maureen" against "dad more often" or "not more often"; "mam" against "mom" is the same relation, kept), and
    the unbiased span was heard with a mean word probability of at least ``options.min_unbiased_probability`` and
    above the biased span's, the unbiased words are taken for that span (:func:`take_unbiased_words`). Returns the
    chunks and the (start s, end s) of each span taken, for the doubt stage to flag.

    The bar of 0.7 was set on the seen accent sets and the sample (2026-11-30, base, int8): a decode without names
    that misheard a name said after a kin word ("mumbly and" for "mam Leonie", "hiddler at" for "his dad") had a
    mean of 0.56-0.66 there; the three spans it takes there (all in the sample) 0.72-0.94.
    """
    if not options.check_kin_below or not said or not kin_check_runs(options.check_kin_words, model.device):
        return chunks, []
    todo = [i for i, c in enumerate(chunks)
            if not c.fallback and not c.silent and unsure_kin_words(c, said, options.check_kin_below)]
    if not todo:
        return chunks, []
    plain = decode_alone(audio, model, options, [(chunks[i].start, chunks[i].end) for i in todo])
    out, spans = list(chunks), []
    for i, words in zip(todo, plain):
        model.stats.checked += 1
        if words is None:
            continue
        chunk, taken = take_unbiased_words(chunks[i], words, said, options.min_unbiased_probability)
        out[i] = chunk
        spans.extend(taken)
        model.stats.unbiased += len(taken)
    return out, spans


def decode_alone(audio: Audio, model: AsrModel, options: AsrOptions, spans: list[tuple[float, float]]) -> list:
    """The words of the VAD chunk holding each (start s, end s) span (a chunk's first to last word), decoded again on
    its own without hotwords or prompt; None where no chunk holds it. The chunks are the batched pipeline's own
    (faster-whisper's VAD and ``collect_chunks`` with its defaults), so each is the audio the first pass decoded."""
    from faster_whisper.vad import SpeechTimestampsMap, VadOptions, collect_chunks, get_speech_timestamps

    rate = audio.sample_rate
    chunk_s = model.whisper.feature_extractor.chunk_length
    speech = get_speech_timestamps(audio.samples, VadOptions(max_speech_duration_s=chunk_s, min_silence_duration_ms=160))
    if not speech:
        return [None for _ in spans]
    pieces, meta = collect_chunks(audio.samples, speech, max_duration=chunk_s)
    # Times as the pipeline restores them: a chunk's own time plus its offset in the speech-only timeline, mapped
    # back through every speech stretch (a chunk's ``segments`` in faster-whisper 1.2.1 lack its first stretch).
    ts_map = SpeechTimestampsMap(speech, rate)
    bounds = [(ts_map.get_original_time(m["offset"]), ts_map.get_original_time(m["offset"] + m["duration"], is_end=True))
              for m in meta]
    out = []
    for a, b in spans:
        overlap = [min(b, hi) - max(a, lo) for lo, hi in bounds]
        k = max(range(len(bounds)), key=overlap.__getitem__)
        if overlap[k] < 0 or not len(pieces[k]):
            out.append(None)
            continue
        model.stats.passes += 1
        segments, _ = model.batched.transcribe(
            pieces[k], language="en", task="transcribe", beam_size=options.beam_size, batch_size=options.batch_size,
            word_timestamps=True, clip_timestamps=[{"start": 0.0, "end": len(pieces[k]) / rate}],
        )
        offset = meta[k]["offset"]
        words = []
        for s in segments:
            if not s.text.strip() or silent(s.no_speech_prob, s.avg_logprob):
                continue
            for w in s.words or []:
                at = ts_map.get_chunk_index(offset + (w.start + w.end) / 2)
                words.append(replace(w, start=ts_map.get_original_time(offset + w.start, at),
                                     end=ts_map.get_original_time(offset + w.end, at)))
        out.append(words)
    return out


def take_unbiased_words(chunk: Chunk, plain: list, said: set[str], min_probability: float = 0.7):
    """``chunk`` with the unbiased decode's words (``plain``, faster-whisper words in the recording's time) taken over
    each span where the biased one names a relation of the prompt that the unbiased one does not name, and the
    unbiased one was heard with a mean word probability of at least ``min_probability`` and above the biased span's
    (:func:`check_kin_words`); and the (start s, end s) of each span taken."""
    import difflib

    placed = [(k, w) for k, s in enumerate(chunk.segments) for w in (s.words or [])]
    if any("".join(w.word for w in (s.words or [])).strip() != s.text.strip() for s in chunk.segments):
        return chunk, []  # a segment whose words do not spell its text: left as decoded
    ops = difflib.SequenceMatcher(None, [plain_word(w.word) for _, w in placed], [plain_word(w.word) for w in plain],
                                  autojunk=False).get_opcodes()
    new, taken = [], []
    for op, i1, i2, j1, j2 in ops:
        span, heard = placed[i1:i2], plain[j1:j2]
        if op == "equal" or not _relation_unheard([w for _, w in span], heard, said, min_probability):
            new.extend(span)
            continue
        k = span[0][0] if span else (placed[i1 - 1][0] if i1 else 0)
        new.extend((k, w) for w in heard)
        lo = min([w.start for _, w in span] + [w.start for w in heard])
        hi = max([w.end for _, w in span] + [w.end for w in heard])
        taken.append((round(float(lo), 2), round(float(hi), 2)))
    if not taken:
        return chunk, []
    segments = []
    for k, s in enumerate(chunk.segments):
        words = [w for j, w in new if j == k]
        if not words:
            continue
        if not words[0].word.startswith(" "):
            words[0] = replace(words[0], word=" " + words[0].word.lstrip())
        segments.append(replace(s, text="".join(w.word for w in words), words=words,
                                start=min(s.start, words[0].start), end=max(s.end, words[-1].end)))
    if not segments:
        return chunk, []
    text = " ".join(s.text.strip() for s in segments if s.text.strip())
    return replace(chunk, segments=segments, text=text, compression_ratio=compression_ratio(text)), taken


def _relation_unheard(biased: list, heard: list, said: set[str], min_probability: float) -> bool:
    """Does the biased span name a relation of the prompt that the unbiased span does not name, where the unbiased
    span was heard surely (mean word probability at least ``min_probability``) and more surely than the biased one?"""
    if not biased or not heard:
        return False
    prompted = {kin_role(w.word) for w in biased if _kin_form(w.word) in said} - {None}
    if not prompted - {kin_role(w.word) for w in heard}:
        return False
    mean = lambda ws: sum(w.probability for w in ws) / len(ws)  # noqa: E731
    return mean(heard) >= min_probability and mean(heard) > mean(biased)


# -- case words copied from the prompt -----------------------------------------------------------------------------


def prompt_entries(hotwords: str | None) -> list[list[str]]:
    """The prompt's entries ("Keziah Laidlaw", "mam Dervla Laidlaw", ...: :attr:`Vocabulary.prompt_entries`), each as
    its words (:func:`plain_words`)."""
    return [ws for ws in (plain_words(e) for e in (hotwords or "").split(PROMPT_SEPARATOR)) if ws]


def _prompt_word(written: str, word: str) -> bool:
    """Is a written word this prompt word: the same (a possessive aside), or its start of four letters or more
    ("Wolsten" of Wolstenholme: Whisper's tokens of a name stop where the copying did)?"""
    w = _kin_form(written)
    return w == word or (len(w) >= 4 and word.startswith(w))


def copied_words(
    words: list, entries: list[list[str]], below: float, own_entry_below: float, own_entry_drop_below: float = 0.0,
) -> tuple[list[int], list[int], list[int]]:
    """The indices of the written ``words`` (faster-whisper's, in order) that the decode copied from its prompt and the
    audio does not bear out: those to drop, those to keep and flag for the practitioner, and of those to drop, the ones
    of the entry the run began in (a surname after its first name said, which covers no stretch of speech of its own).

    faster-whisper puts the hotwords before every window's ``<|startoftranscript|>`` as one list ("Keziah Laidlaw,
    mam Dervla Laidlaw, dad Lorcan Pitcairn, Florentine Kinross, Seafield Primary School, High Street, Elgin").
    Once the decoder has written a word of that list it can go on copying the list instead of the speech: an entry's
    surname after a first name said ("Obadiah Grimwade" for "Obadiah attends"), and the entries after it in the
    list's order, over the speech that follows or past its end into the window's padding ("dad Lorcan Pitcairn,
    Florentine Kinross, Seafield Primary School, High Street, Elgin" for "Dad Lorcan Pitcairn, born the thirteenth of
    June ... goes to Seafield Primary School nursery"). A **copy** is a written word that is the prompt word right
    after the one the word before it was (across an entry's end, too). The word aligner scores each word from the
    audio and the text before it *without* the prompt (``align`` is given only ``<|startoftranscript|>``), so a word
    copied where it was not said gets almost nothing. So, in a run of copies after the word it started from:

    - a later entry of the prompt, reached by copying across its separator, is dropped whole where any of its names
      is below ``below`` (its first word carries no sign of its own: "Florentine" 0.21, "Kinross" 0.000). Its kin
      word is not judged: where the decoder skipped the words before an entry said ("Lyla Henzell [is seven and
      lives with her] nana Doreen Henzell", "mam Sophie Teasdale [and her] partner Dwayne Lisle"), the kin word
      after the skip gets almost nothing (0.0001) and the names said after it do not (0.12-0.73);
    - in the entry the run began in, the copied words from the first one below ``own_entry_below`` to the entry's end
      are **kept and flagged**, not dropped (the first name was said, the surname after it perhaps not; where the run
      began at a kin word, its first name is not judged: "mam Honor" is how the mother is spoken of). A full name
      said is a copy of that kind too, and the aligner cannot tell them apart: on the seen sets the copies in place
      of other words got below 0.0005 ("Grimwade" for "attends", "Heslop" for "again at school"), and so did a
      surname said at a recording's start ("Alfie Purvis has autism", blind_04); said surnames also got 0.002-0.008.
      The surname is the case's own for that person, so kept and flagged it misleads less than a said name dropped;
      but where the first of them gets less than ``own_entry_drop_below`` they are dropped: on the 24 seen spoken
      sets 28 surnames written over other words got so little and 2 said ones did (one inside an email), so a copy
      that far below is read as the prompt's, not the speech's.

    A word that starts a run (the decoder's own choice of a prompt word, not a copy) is never judged here."""
    if not entries:
        return [], [], []
    flat = [(e, w) for e, ws in enumerate(entries) for w in ws]
    # runs: [(word index, flat position)], the first the word the copying started from
    runs: list[list[tuple[int, int]]] = []
    states: list[int] = []  # flat positions the previous word can be
    for i, w in enumerate(words):
        nxt = [j + 1 for j in states if j + 1 < len(flat) and _prompt_word(w.word, flat[j + 1][1])]
        if nxt:
            if not runs or runs[-1][-1][0] != i - 1:  # the previous word starts a run
                runs.append([(i - 1, min(states))])
            runs[-1].append((i, min(nxt)))
            states = nxt
        else:
            states = [j for j, (_, p) in enumerate(flat) if _prompt_word(w.word, p)]
    drop: list[int] = []
    doubt: list[int] = []
    own: list[int] = []
    for run in runs:
        anchor = flat[run[0][1]][0]
        pieces: list[list[tuple[int, int]]] = []
        for i, j in run[1:]:
            if pieces and flat[pieces[-1][-1][1]][0] == flat[j][0]:
                pieces[-1].append((i, j))
            else:
                pieces.append([(i, j)])
        for piece in pieces:
            if flat[piece[0][1]][0] == anchor:
                # the words after the entry's first name: a kin word's name ("mam Honor") is how one is spoken of
                skip = 1 if kin_role(words[run[0][0]].word) else 0
                low = [k for k, (i, _) in enumerate(piece) if k >= skip and words[i].probability < own_entry_below]
                rest = [i for i, _ in (piece[low[0]:] if low else [])]
                if rest and words[rest[0]].probability < own_entry_drop_below:
                    drop.extend(rest)
                    own.extend(rest)
                else:
                    doubt.extend(rest)
            elif any(words[i].probability < below for i, _ in piece if not kin_role(words[i].word)):
                drop.extend(i for i, _ in piece)  # a kin word alone is no sign: "her partner Dwayne" said, "her" skipped
    return sorted(drop), sorted(doubt), sorted(own)


def _runs(indices: list[int], words: list) -> list[tuple[float, float, str]]:
    """(start s, end s, text) of each run of adjacent word indices."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [(round(float(words[r[0]].start), 2), round(float(words[r[-1]].end), 2),
             "".join(words[i].word for i in r).strip()) for r in runs]


def drop_read_back(
    segments: list, entries: list[list[str]], below: float, own_entry_below: float, own_entry_drop_below: float = 0.0,
) -> tuple[list, list[tuple[float, float, str]], list[tuple[float, float, str]], list[tuple[float, float, str]]]:
    """``segments`` (faster-whisper's) without the words :func:`copied_words` finds to drop in each; the (start s,
    end s, text) of each run of words dropped; of each run kept to be flagged; and of each run dropped that was a
    surname after its own first name (it frees no speech of its own). A segment whose words do not spell its text is
    left as decoded; one left with no words goes. The stretch a dropped run covered is speech with no
    words again, for :func:`unheard_speech` to find and :func:`hear_again` to decode on its own."""
    if not (below or own_entry_below) or not entries:
        return segments, [], [], []
    out, dropped, doubted, surnames = [], [], [], []
    for s in segments:
        words = list(s.words or [])
        gone, unsure, own = (copied_words(words, entries, below, own_entry_below, own_entry_drop_below) if words
                             else ([], [], []))
        spelled = "".join(w.word for w in words).strip() == s.text.strip()
        if spelled:
            doubted.extend(_runs(unsure, words))
        if not gone or not spelled:
            out.append(s)
            continue
        dropped.extend(_runs(gone, words))
        surnames.extend(_runs(own, words))
        out.extend(_without(s, gone))
    return out, dropped, doubted, surnames


def _without(segment, gone: list[int]) -> list:
    """``segment`` (its words spelling its text) without the words at indices ``gone``: [] where none is left."""
    words = list(segment.words or [])
    kept = [w for i, w in enumerate(words) if i not in set(gone)]
    if not kept:
        return []
    if not kept[0].word.startswith(" "):
        kept[0] = replace(kept[0], word=" " + kept[0].word.lstrip())
    return [replace(segment, text="".join(w.word for w in kept), words=kept,
                    start=segment.start if kept[0] is words[0] else kept[0].start,
                    end=segment.end if kept[-1] is words[-1] else kept[-1].end)]


def drop_past_the_end(segments: list, said: set[str], end_s: float) -> tuple[list, list[tuple[float, float, str]]]:
    """``segments`` (faster-whisper's, of a decode with the prompt) without the prompt's words the aligner placed at
    or after ``end_s``, the recording's end, where there is no audio to have heard them; and the (start s, end s,
    text) of each run dropped (for :attr:`Recognition.read_back`).

    The last chunk's window is padded past the recording, and there the decoder can read its prompt back: "...goes to
    Seafield Primary School, Laidlaw, dad Lorcan Pitcairn, Florentine Kinross, Seafield Primary School", every word
    after "School," placed at 49.77 s in a 48.92 s recording (dev9b e02). That run starts at the word the decoder
    chose ("Laidlaw", the child's surname), not at a copy of the word before it, so :func:`copied_words` does not
    judge it, and the aligner gives its words 0.39-0.99. Only words of the prompt (``said``: the hotwords' words,
    as :func:`plain_words` writes them) are dropped: anything else written there is left for the doubt stage."""
    out, dropped = [], []
    for s in segments:
        words = list(s.words or [])
        if not words or "".join(w.word for w in words).strip() != s.text.strip():
            out.append(s)
            continue
        gone = [i for i, w in enumerate(words) if w.start >= end_s and plain_word(w.word) in said]
        if not gone:
            out.append(s)
            continue
        dropped.extend(_runs(gone, words))
        out.extend(_without(s, gone))
    return out, dropped


MIN_LOOP_WORDS = 4  # prompt words written in a row, again, that make a loop of the prompt


def drop_prompt_said_again(segments: list, entries: list[list[str]]) -> tuple[list, list[tuple[float, float, str]]]:
    """``segments`` (one window's, decoded with the prompt) without each run of the prompt's words that repeats, in
    the same window, MIN_LOOP_WORDS or more of the prompt's words written in a row earlier, across two of its entries
    or more; and the (start s, end s, text) of each run dropped (for :attr:`Recognition.read_back`).

    This is Whisper's repetition failure in small: a window whose decode falls into copying its prompt writes the same
    stretch of the prompt again and again ("Ruaraidh Soutar, Hayshead Primary School, Keptie Road, Arbroathin,
    Ruaraidh Soutar, Hayshead Primary School, Keptie Road, ... Ruaraidh Soutar, Hayshead Primary School, Keptie Road
    Eabha Rintoul", the worker, the school and the street over the last 15 s of a note that said none of them
    there), too little of the window for its compression ratio to pass Whisper's bar. A speaker names one entry
    again often ("Ezra ... Ezra"), but not the same four words or more running over two of the case's entries twice
    in 30 seconds. The first writing is kept (it may have been said); each later one is dropped whole, so the speech
    under it is heard again without the prompt (:func:`hear_again`). A word of no entry breaks a run."""
    if not entries:
        return segments, []
    entry_of: dict[str, set[int]] = {}
    for e, ws in enumerate(entries):
        for w in ws:
            entry_of.setdefault(w, set()).add(e)
    located = [(k, i, w) for k, s in enumerate(segments) if s.words and "".join(x.word for x in s.words).strip() == s.text.strip()
               for i, w in enumerate(s.words)]
    runs: list[list[tuple[int, int, str]]] = []  # (segment, word index, prompt word)
    for k, i, w in located:
        word = next((p for p in entry_of if _prompt_word(w.word, p)), None)
        if word is None:
            runs.append([])
            continue
        if runs and runs[-1]:
            runs[-1].append((k, i, word))
        else:
            runs.append([(k, i, word)])
    runs = [r for r in runs if len(r) >= MIN_LOOP_WORDS]
    seen: set[tuple[str, ...]] = set()
    gone: dict[int, list[int]] = {}
    for run in runs:
        words = [p for _, _, p in run]
        grams = {tuple(words[j:j + MIN_LOOP_WORDS]) for j in range(len(words) - MIN_LOOP_WORDS + 1)}
        grams = {g for g in grams if not set.intersection(*(entry_of[p] for p in g))}  # over two entries or more
        if grams & seen:
            for k, i, _ in run:
                gone.setdefault(k, []).append(i)
        seen |= grams
    out, dropped = [], []
    for k, s in enumerate(segments):
        if k not in gone:
            out.append(s)
            continue
        dropped.extend(_runs(gone[k], list(s.words)))
        out.extend(_without(s, gone[k]))
    return out, dropped


# -- speech with no words ------------------------------------------------------------------------------------------


def _written(segments: list) -> list:
    """The words of the segments the transcript keeps (a silent chunk's are left out), in order of time."""
    return sorted((w for s in segments if s.text.strip() and not silent(s.no_speech_prob, s.avg_logprob)
                   for w in (s.words or []) if w.word.strip()), key=lambda w: w.start)


def unheard_speech(audio: Audio, segments: list, min_speech_s: float) -> list[tuple[float, float]]:
    """The (start s, end s) of each stretch between written words (or before the first, or after the last) in which
    Silero VAD (faster-whisper's, no padding) finds at least ``min_speech_s`` of speech: speech no word was
    written for. Only stretches at least that long are looked at, so VAD runs on the pauses, not the speech."""
    if not min_speech_s or not audio.duration_s:
        return []
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    words = _written(segments)
    edges = [0.0, *(t for w in words for t in (w.start, w.end)), audio.duration_s]
    rate = audio.sample_rate
    out = []
    for a, b in zip(edges[::2], edges[1::2]):
        if b - a < min_speech_s:
            continue
        found = get_speech_timestamps(audio.samples[int(a * rate) : int(b * rate)],
                                      VadOptions(speech_pad_ms=0, min_silence_duration_ms=100), sampling_rate=rate)
        if sum(t["end"] - t["start"] for t in found) / rate >= min_speech_s:
            out.append((round(float(a), 2), round(float(b), 2)))
    return out


def hear_again(
    audio: Audio, model: AsrModel, options: AsrOptions, segments: list, unheard: list[tuple[float, float]], *,
    hotwords: str | None = None, initial_prompt: str | None = None,
) -> tuple[list, list[tuple[float, float]]]:
    """Decode each unheard stretch again on its own (the batched pipeline on that audio alone, VAD off where it fits
    one 30-second window) with the same hotwords and prompt; ``segments`` with the words heard there put in their
    place (a segment the stretch falls inside is cut there), and the (start s, end s) of each stretch that now has
    words. A stretch alone is a short clip that starts where the speech does, with no sentence before it to
    continue, which is what a skipped opening sentence lacked. A decode that loops (:func:`loops`) is not put in: with
    the hotwords or prompt the stretch is decoded once more without them, and if that loops too it stays unheard."""
    out, reheard = list(segments), []
    for a, b in unheard:
        model.stats.reheard += 1
        new = _decode_stretch(audio, model, options, a, b, hotwords, initial_prompt)
        if loops(new) and (hotwords or initial_prompt):
            new = _decode_stretch(audio, model, options, a, b, None, None)  # a loop under the prompt: heard without it
        if not new or loops(new):
            continue  # a loop holds nothing of what was said: the stretch stays unheard, and is flagged so
        out = sorted([piece for s in out for piece in _cut(s, a)] + new, key=lambda s: s.start)
        reheard.append((round(float(new[0].start), 2), round(float(new[-1].end), 2)))
    return out, reheard


def _decode_stretch(audio: Audio, model: AsrModel, options: AsrOptions, a: float, b: float,
                    hotwords: str | None, initial_prompt: str | None) -> list:
    """The stretch from ``a`` to ``b`` s decoded on its own: its segments with speech in them, timed in the recording."""
    model.stats.passes += 1
    rate = audio.sample_rate
    heard, _ = model.batched.transcribe(
        audio.samples[int(a * rate) : int(b * rate)], language="en", task="transcribe", beam_size=options.beam_size,
        batch_size=options.batch_size, word_timestamps=True, hotwords=hotwords or None,
        initial_prompt=initial_prompt or None, vad_filter=b - a > 30,
    )
    return [replace(s, start=s.start + a, end=s.end + a,
                    words=[replace(w, start=w.start + a, end=w.end + a) for w in s.words or []])
            for s in heard if s.text.strip() and not silent(s.no_speech_prob, s.avg_logprob)]


def loops(segments: list) -> bool:
    """Does this decode repeat itself past Whisper's compression-ratio bar ("1st, 1st, 1st, ...")?"""
    return compression_ratio(" ".join(s.text.strip() for s in segments)) > COMPRESSION_RATIO_THRESHOLD


def _cut(segment, at: float) -> list:
    """A segment whose words run across ``at`` s cut there into two (its text must be its words'), else itself."""
    words = list(segment.words or [])
    before = [w for w in words if w.end <= at]
    after = words[len(before) :]
    if not before or not after or "".join(w.word for w in words).strip() != segment.text.strip():
        return [segment]
    return [replace(segment, end=before[-1].end, text="".join(w.word for w in before), words=before),
            replace(segment, start=after[0].start, text="".join(w.word for w in after), words=after)]


# -- the transcript ------------------------------------------------------------------------------------------------


def _cues(s) -> list[tuple[float, float, str, list]]:
    """A batched segment (a whole VAD chunk, up to 30 seconds: the pipeline decodes without timestamp tokens) cut
    after each word Whisper ended with ". ? !", so the transcript's segments are sentences, as the sequential
    decoder's were, for subtitles, streaming and the review page; each keeps its chunk's scores. The text is
    unchanged: a segment whose words do not spell its text exactly is left whole."""
    text, words = s.text.strip(), list(s.words or [])
    if not words or "".join(w.word for w in words).strip() != text:
        return [(s.start, s.end, text, words)]
    out, run = [], []
    for i, w in enumerate(words):
        run.append(w)
        if w.word.rstrip().endswith((".", "?", "!")) or i == len(words) - 1:
            piece = "".join(x.word for x in run).strip()
            if piece:
                start = s.start if not out else run[0].start
                end = s.end if i == len(words) - 1 else run[-1].end
                out.append((start, max(start, end), piece, run))
            elif out:  # a word of only spaces at the end: with the sentence before
                out[-1][3].extend(run)
            run = []
    return out


class _Builder:
    """The transcript, built segment by segment from faster-whisper's (text offsets counted as it grows);
    a silent chunk's segments and empty ones are left out."""

    def __init__(self, on_segment: Callable[[Segment], None] | None = None):
        self.on_segment = on_segment
        self.segments: list[Segment] = []
        self.pos = 0

    def add(self, s) -> None:
        if not s.text.strip() or silent(s.no_speech_prob, s.avg_logprob):
            return
        for start, end, text, words in _cues(s):
            at = self.pos + 1 if self.segments else 0  # after the joining space
            seg = Segment(
                start=round(float(start), 2),
                end=round(float(end), 2),
                text=text,
                confidence=round(math.exp(float(s.avg_logprob)), 4),
                avg_logprob=round(float(s.avg_logprob), 4),
                no_speech_prob=round(float(s.no_speech_prob), 4),
                compression_ratio=round(float(s.compression_ratio), 3),
                char_start=at,
                char_end=at + len(text),
                words=[Word(round(float(w.start), 2), round(float(w.end), 2), w.word, round(float(w.probability), 4))
                       for w in words],
            )
            self.pos = seg.char_end
            self.segments.append(seg)
            if self.on_segment:
                self.on_segment(seg)

    def transcript(self, audio: Audio, model: AsrModel) -> Transcript:
        return Transcript(
            text=" ".join(s.text for s in self.segments),
            language="en",
            duration_s=round(audio.duration_s, 2),
            model=model.info.name,
            segments=self.segments,
            device=model.device,
            compute_type=model.compute_type,
            speech_detected=bool(self.segments),
        )
