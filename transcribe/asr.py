"""ASR stage: faster-whisper over decoded audio, English forced, VAD on.

The Whisper model is loaded once (:func:`load_asr`) and passed to :func:`transcribe_audio`
for every dictation. Segment timestamps and word-level probabilities are kept so later
stages can show doubt and place the child's words on the recording's timeline.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .audio import Audio
from .models import ModelInfo
from .note import Segment, Transcript, Word
from .vocabulary import Vocabulary


@dataclass
class AsrOptions:
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto -> int8 on CPU, float16 on CUDA
    cpu_threads: int = 0  # 0: let CTranslate2 decide
    beam_size: int = 5
    vad_filter: bool = True
    vad_min_silence_ms: int = 500
    # Audio kept either side of the speech VAD finds. VAD is there to cut the long silences of a dictation
    # (a practitioner thinking in a parked car), where Whisper invents text; trimmed close to the words
    # (faster-whisper's 400 ms), it cost read speech words at their onsets and ends ("Please cool Stella",
    # "it two ends" on VCTK: 2.6% WER against the bare engine's 2.2%). With 1.5 s, a pause is cut only
    # where it is longer than 3.5 s, and then to 3 s.
    vad_speech_pad_ms: int = 1500
    initial_prompt: str | None = None
    hotwords: str | None = None
    condition_on_previous_text: bool = False  # off: a misheard window must not seed the next one
    # Re-decoding a window that fails Whisper's checks, at rising temperatures (faster-whisper's default).
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    # Early stops (see :class:`_WindowDecoder`): when Whisper ends a window's text with an opened,
    # empty segment ("<|6.40|><|6.40|>" then end of text) although the window holds more audio, go on
    # decoding in the same window from that timestamp, up to this many times, instead of encoding a new
    # 30-second window there (an encoder pass, the dearest step on CPU). 0 turns it off.
    max_continuations: int = 2
    min_continuation_s: float = 1.0  # only when at least this much of the window's audio is left
    # A continuation that closes its text with one timestamp tells faster-whisper to move past the rest of
    # the window. In the recording's last window that is taken when no more than this is left unheard
    # (what VAD keeps after the last word); more, and the continuation is dropped, so a new window hears it.
    last_window_tail_s: float = 2.0
    # When the window's first (temperature 0) decode with hotwords fails Whisper's quality checks, or
    # only reads the hotwords back, decode the window without them (temperature 0, then the schedule).
    retry_without_hotwords: bool = True
    # ...and also when it holds fewer words than this per second of the audio it uses up (names said,
    # the rest of the window skipped), if the decode without hotwords hears at least twice as many. 0: off.
    min_words_per_second: float = 0.5
    # ...but when that first decode is a repetition loop ("nana Brenda Laidler, nana Brenda Laidler, ..."),
    # first decode it again with the hotwords and no run of this many tokens said twice, which keeps the
    # names' spelling; only if that fails too, without them. 0: straight to the decode without hotwords.
    loop_guard_ngram: int = 4
    # A recording's last window whose text ends on a word is closed at the end of its audio, so faster-
    # whisper does not encode the fraction of a second after the last word as a new window (see
    # :func:`_close_last_window`). False: faster-whisper's own behaviour with word timestamps.
    close_last_window: bool = True
    # Seed for the sampling done at temperatures above 0, set before the model loads: a process that
    # transcribes the same recordings in the same order then writes the same text (CTranslate2 seeds
    # each of its threads once, so it is a seed per process, not per dictation). None: random.
    seed: int | None = 0


@dataclass
class AsrModel:
    """A loaded Whisper model and what it runs on."""

    whisper: object  # faster_whisper.WhisperModel
    info: ModelInfo
    device: str
    compute_type: str


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


def load_asr(info: ModelInfo, options: AsrOptions | None = None) -> AsrModel:
    """Load the Whisper model once per process. Never contacts a hub: ``info.path`` is a local directory."""
    options = options or AsrOptions()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    device = pick_device(options.device)
    if options.seed is not None:
        import ctranslate2

        ctranslate2.set_random_seed(options.seed)
    compute_type = pick_compute_type(device, options.compute_type)
    whisper = _window_decoder_class()(
        str(info.path),
        device=device,
        compute_type=compute_type,
        cpu_threads=options.cpu_threads,
        local_files_only=True,
    )
    return AsrModel(whisper=whisper, info=info, device=device, compute_type=compute_type)


ProgressFn = Callable[[float], None]


def token_counter(model: AsrModel) -> Callable[[str], int]:
    """Count tokens with the loaded model's own tokenizer (for keeping a prompt within Whisper's budget)."""
    tokenizer = getattr(model.whisper, "hf_tokenizer", None)
    if tokenizer is None:  # pragma: no cover - a faster-whisper without hf_tokenizer
        from .vocabulary import estimate_tokens

        return estimate_tokens
    return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)


def transcribe_audio(
    audio: Audio,
    model: AsrModel,
    options: AsrOptions | None = None,
    *,
    initial_prompt: str | None = None,
    hotwords: str | None = None,
    vocabulary: Vocabulary | None = None,
    progress: ProgressFn | None = None,
    on_segment: Callable[[Segment], None] | None = None,
) -> Transcript:
    """Transcribe decoded audio. ``progress`` receives the fraction of audio done (0..1), ``on_segment``
    each segment as soon as it is decoded (for streaming the text while the rest is still being heard).

    ``vocabulary`` (from :func:`transcribe.vocabulary.build_vocabulary`) biases every 30-second
    window towards the case's names and terms; it is sent as faster-whisper ``hotwords``, which,
    unlike ``initial_prompt``, are re-applied to each window. An explicit ``hotwords`` wins.
    """
    options = options or AsrOptions()
    if hotwords is None and vocabulary is not None:
        hotwords = vocabulary.hotwords
    _CALL.options = options  # read by _WindowDecoder while the segments below are decoded (same thread)
    try:
        return _transcribe(audio, model, options, initial_prompt, hotwords, progress, on_segment)
    finally:
        _CALL.options = None
        _CALL.window_s = None


def _transcribe(audio, model, options, initial_prompt, hotwords, progress, on_segment=None) -> Transcript:
    segments_iter, info = model.whisper.transcribe(
        audio.samples,
        language="en",
        task="transcribe",
        beam_size=options.beam_size,
        vad_filter=options.vad_filter,
        vad_parameters={"min_silence_duration_ms": options.vad_min_silence_ms, "speech_pad_ms": options.vad_speech_pad_ms},
        word_timestamps=True,
        initial_prompt=initial_prompt if initial_prompt is not None else options.initial_prompt,
        hotwords=hotwords if hotwords is not None else options.hotwords,
        condition_on_previous_text=options.condition_on_previous_text,
        temperature=list(options.temperatures),
    )
    segments: list[Segment] = []
    pieces: list[str] = []
    pos = 0
    for s in segments_iter:
        text = s.text.strip()
        if not text:
            continue
        if pieces:
            pos += 1  # the joining space
        seg = Segment(
            start=round(s.start, 2),
            end=round(s.end, 2),
            text=text,
            confidence=round(math.exp(s.avg_logprob), 4),
            avg_logprob=round(s.avg_logprob, 4),
            no_speech_prob=round(s.no_speech_prob, 4),
            compression_ratio=round(s.compression_ratio, 3),
            char_start=pos,
            char_end=pos + len(text),
            words=[Word(round(w.start, 2), round(w.end, 2), w.word, round(w.probability, 4)) for w in (s.words or [])],
        )
        pos = seg.char_end
        pieces.append(text)
        segments.append(seg)
        if on_segment:
            on_segment(seg)
        if progress and audio.duration_s:
            progress(min(1.0, s.end / audio.duration_s))
    if progress:
        progress(1.0)
    return Transcript(
        text=" ".join(pieces),
        language="en",
        duration_s=round(audio.duration_s, 2),
        model=model.info.name,
        segments=segments,
        device=model.device,
        compute_type=model.compute_type,
        speech_detected=bool(segments),
    )


# -- window decoding: continue an early-stopped window, retry a prompt-induced failure without the prompt --------

_CALL = threading.local()  # this thread's AsrOptions, the audio length of the window being decoded, its token cap

# The most tokens a window's audio is taken to hold: speech runs at 3-6 tokens a second (timestamps
# included; 5.9 at most over any clip of the evaluation sets), so this is twice what a fast talker says,
# and below Whisper's own limit of 448 for every window (376 for a full 30 seconds). A
# decode that reaches it ends on a word, and faster-whisper decodes the rest in a new window, so nothing
# is lost. Lowered from 16 when the first decode of a looping window became a trial (the loop runs to
# this cap before it is decoded again): the same text on all 121 evaluation clips, less CPU on loops.
TOKENS_PER_SECOND = 12
MIN_DECODE_TOKENS = 16


@dataclass
class _Decoded:
    """Stands in for CTranslate2's WhisperGenerationResult where faster-whisper reads one."""

    sequences_ids: list[list[int]]
    scores: list[float]
    no_speech_prob: float


_DECODER_CLASS = None


def _window_decoder_class():
    """faster-whisper's WhisperModel with :class:`_WindowDecoder`'s two changes (imported lazily)."""
    global _DECODER_CLASS
    if _DECODER_CLASS is None:
        from faster_whisper import WhisperModel

        _DECODER_CLASS = type("_WindowDecoder", (_WindowDecoderMixin, WhisperModel), {"__doc__": _WindowDecoderMixin.__doc__})
    return _DECODER_CLASS


class _WindowDecoderMixin:
    """Two changes to faster-whisper 1.2.1's per-window decoding, both measured on the dictation set.

    1. **Early stops are continued in the same window.** With a prompt before
       ``<|startoftranscript|>`` (our hotwords), Whisper often ends a window's text with an opened
       segment and no words ("... when people<|6.40|><|6.40|>" then end of text), as it does when an
       utterance runs past the window's end, although here the window holds seconds more speech.
       faster-whisper then seeks to 6.40 s and starts a new 30-second window there: a second encoder
       pass (1.5-2 s of CPU for a 30-second window, whatever audio is in it) plus a decode, and the
       short tail window it decodes is one the prompt often derails (low log-probability, so every
       temperature is tried). Instead, the same window's encoder output is decoded again from that
       timestamp, with the text so far given as previous text after the hotwords and the timestamp
       forced as the first token; the two token runs are joined, so segments, word timestamps and the
       seek that follow are faster-whisper's own. A continuation that fails Whisper's quality checks,
       or makes no progress, or closes its text with seconds of the window left unheard (beyond
       ``last_window_tail_s`` at the recording's end), is dropped and faster-whisper seeks on as
       before. Applied only to windows decoded with hotwords (the retry below may have dropped
       them), and only when at least ``min_continuation_s`` of the window's audio is left after
       the stop.
    2. **A prompt-induced failure is retried without the prompt.** If the window's temperature-0
       decode with hotwords fails the compression-ratio or log-probability checks, or is an echo of
       the hotwords (:func:`_echoes`), it is decoded at temperature 0 without hotwords (and, only if
       that fails too, through the temperature schedule without them), instead of sampling five more
       times with the prompt that derailed it. Names heard without the prompt are left to
       post-correction (:mod:`transcribe.correction`) to snap to the case's spelling. Should the
       retry fail too, or put timestamps past the window's audio (invented text, typically on a
       short tail window), the first decode is kept, failed checks and all, for the doubt stage
       to flag; unless the first is a loop and the retry merely unsure (:func:`_take_plain`).
       A first decode that *loops* ("nana Brenda Laidler, nana Brenda Laidler, ...") is first decoded
       again with the hotwords but no 4-token run said twice (:meth:`_guarded_decode`), which keeps the
       case's spelling of the names the decode without them loses ("Madison laid her"); only if that
       fails, or is stuffed with the prompt's names, is it decoded without them.
    """

    encoder_passes = 0  # windows encoded by this model so far (read by the evaluation and the tests)
    hotword_retries = 0  # windows whose text came from the decode without hotwords (ditto)
    loop_guards = 0  # windows whose looping decode with hotwords was replaced by a loop-guarded one (ditto)

    # 3. **A decode is no longer than its window's audio could hold.** faster-whisper lets every
    #    decode run to 448 tokens; a half-second tail window that loops ("thank you very much for
    #    joining us, ..." or "5.5.5.5...") then costs seconds of CPU. While our options are in force,
    #    ``max_length`` is the prompt plus TOKENS_PER_SECOND per second of the window's audio.
    @property
    def max_length(self) -> int:
        cap = getattr(_CALL, "max_length", None)
        return min(self._max_length, cap) if cap else self._max_length

    @max_length.setter
    def max_length(self, value: int) -> None:
        self._max_length = value

    def encode(self, features):
        import numpy as np

        self.encoder_passes += 1
        if isinstance(features, np.ndarray) and features.ndim == 2:
            # pad_or_trim pads the window's log-mel features with exact zeros; real frames never are.
            filled = np.flatnonzero(np.any(features != 0, axis=0))
            frames = int(filled[-1]) + 1 if filled.size else 0
            _CALL.window_s = frames * self.feature_extractor.time_per_frame
        return super().encode(features)

    def generate_with_fallback(self, encoder_output, prompt, tokenizer, options):
        opts: AsrOptions | None = getattr(_CALL, "options", None)
        if opts is None:
            return super().generate_with_fallback(encoder_output, prompt, tokenizer, options)
        head, sot = _split_prompt(prompt, tokenizer)
        hotwords = head[1:] if head else []
        window_s = getattr(_CALL, "window_s", None)
        budget = MIN_DECODE_TOKENS + int(TOKENS_PER_SECOND * window_s) if window_s is not None else None
        _CALL.max_length = len(prompt) + budget if budget else None  # the longest of the prompts below
        try:
            decoded = self._decode_window(encoder_output, prompt, head, sot, hotwords, tokenizer, options, opts)
        finally:
            _CALL.max_length = None
        if opts.close_last_window and sot == list(tokenizer.sot_sequence):
            decoded = _close_last_window(decoded, tokenizer, self.time_precision)
        return decoded

    def _decode_window(self, encoder_output, prompt, head, sot, hotwords, tokenizer, options, opts):
        decoded = None
        if hotwords and opts.retry_without_hotwords and len(options.temperatures) > 1:
            first = super().generate_with_fallback(encoder_output, prompt, tokenizer, replace(options, temperatures=options.temperatures[:1]))
            sound = self._sound(first, tokenizer, options)
            sparse = sound and _sparse(first, tokenizer, self.time_precision, opts.min_words_per_second)
            echo = _echoes(tokenizer, first, hotwords)
            if sound and not sparse and not echo:
                decoded = first
            elif sparse and not echo:
                # Too few words for the audio the decode consumes ("Ollie Wanless, Ashington" for 11 s
                # of speech): the names were said and the rest skipped. The decode without them is
                # taken only if it heard much more; otherwise the window was quiet and the first stands.
                plain = super().generate_with_fallback(encoder_output, sot, tokenizer, options)
                more = _word_count(plain, tokenizer) >= 2 * max(1, _word_count(first, tokenizer))
                if more and self._sound(plain, tokenizer, options):
                    decoded, hotwords, prompt = plain, [], sot
                    self.hotword_retries += 1
                else:
                    decoded = first
            else:
                # A loop (of the prompt's words or of what was heard) is first decoded again with the
                # hotwords but no 4-token run twice; anything else that failed, without the hotwords.
                guarded = None
                if _repetitive(first[3], options) and opts.loop_guard_ngram:
                    guarded = self._guarded_decode(encoder_output, prompt, hotwords, tokenizer, options, opts)
                if guarded is not None:
                    decoded = guarded
                    self.loop_guards += 1
                else:
                    decoded = self._decode_plain(encoder_output, first, echo, sot, tokenizer, options)
                    if decoded is not first and decoded is not None:
                        hotwords, prompt = [], sot
        if decoded is None:
            decoded = super().generate_with_fallback(encoder_output, prompt, tokenizer, options)
        if sot != list(tokenizer.sot_sequence):  # a prefix or no-timestamps prompt: leave it alone
            return decoded
        if not hotwords:
            # Without a prompt an early stop is Whisper's own judgement (an utterance running past the
            # window); faster-whisper's new window there measured as good or better on read speech.
            return decoded
        for _ in range(opts.max_continuations):
            more = self._continue_window(encoder_output, decoded, hotwords, sot, tokenizer, options, opts)
            if more is None:
                break
            decoded = more
        return decoded

    def _guarded_decode(self, encoder_output, prompt, hotwords, tokenizer, options, opts):
        """The window decoded again with the hotwords, at temperature 0, with no run of
        ``opts.loop_guard_ngram`` tokens said twice (CTranslate2's ``no_repeat_ngram_size``).

        Returns None unless that decode passes Whisper's checks, stays within the window's audio, holds
        enough words for it, and is not stuffed with the prompt's words (:func:`_echoes` at half).
        """
        guarded = super().generate_with_fallback(
            encoder_output, prompt, tokenizer,
            replace(options, temperatures=options.temperatures[:1], no_repeat_ngram_size=opts.loop_guard_ngram),
        )
        if not self._sound(guarded, tokenizer, options):
            return None
        if _sparse(guarded, tokenizer, self.time_precision, opts.min_words_per_second):
            return None
        if _echoes(tokenizer, guarded, hotwords, share=0.5, fuzzy=True):
            return None
        return guarded

    def _sound(self, decoded, tokenizer, options) -> bool:
        """Does the decode pass Whisper's own checks and keep its timestamps within the window's audio?"""
        return _passes(decoded, options) and _within_window(decoded, tokenizer, self.time_precision)

    def _decode_plain(self, encoder_output, first, echo, sot, tokenizer, options):
        """The window decoded without the hotwords after a first decode with them failed or echoed them.

        Returns that decode, or ``first`` where it is no better, or None for faster-whisper's own schedule.
        """
        plain = super().generate_with_fallback(encoder_output, sot, tokenizer, options)
        within = _within_window(plain, tokenizer, self.time_precision) or _silent(plain, options)
        if _take_plain(first, plain, echo, within, options, tokenizer):
            self.hotword_retries += 1
            return plain
        if not echo:
            # No better without the prompt: a loop at every temperature, or timestamps past the window's
            # audio ("Thank you for watching." at 3.00 s in a half-second tail), which is invented text.
            # Keep the first decode: it failed Whisper's checks, so it reaches the note flagged as
            # doubtful (transcribe.doubt).
            return first
        return None

    def _continue_window(self, encoder_output, decoded, hotwords, sot, tokenizer, options, opts):
        result, avg_logprob, temperature, _ratio = decoded
        tokens = list(result.sequences_ids[0])
        begin = tokenizer.timestamp_begin
        if len(tokens) < 3 or tokens[-1] < begin or tokens[-2] < begin:
            return None  # ended with words and a closing timestamp: the window is done
        stop_s = (tokens[-1] - begin) * self.time_precision
        window_s = getattr(_CALL, "window_s", None)
        if window_s is None or window_s - stop_s < opts.min_continuation_s:
            return None
        said = [t for t in tokens if t < tokenizer.eot]
        if not said:
            return None
        # The text so far goes as previous text after the hotwords: without it the model, seeing the
        # window's opening words unaccounted for, tends to stop again (measured: the continuation then
        # fails and a new window is encoded anyway).
        room = self._max_length // 2 - 1 - len(hotwords)
        context = [tokenizer.sot_prev, *hotwords, *said[-room:]] if room > 0 else [tokenizer.sot_prev, *hotwords]
        cont_prompt = context + sot + [tokens[-1]]
        cap = len(cont_prompt) + MIN_DECODE_TOKENS + int(TOKENS_PER_SECOND * (window_s - stop_s))
        out = self.model.generate(
            encoder_output,
            [cont_prompt],
            beam_size=options.beam_size,
            patience=options.patience,
            length_penalty=options.length_penalty,
            repetition_penalty=options.repetition_penalty,
            no_repeat_ngram_size=options.no_repeat_ngram_size,
            max_length=min(self._max_length, cap),
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=options.suppress_blank,
            suppress_tokens=options.suppress_tokens,
            max_initial_timestamp_index=int(round(window_s / self.time_precision)),
        )[0]
        extra = list(out.sequences_ids[0])
        if extra and extra[0] == tokens[-1]:
            extra = extra[1:]
        if not any(t < tokenizer.eot for t in extra):
            return None  # nothing more was heard: let faster-whisper seek on as before
        # faster-whisper's average log-probability, over the continuation's own tokens
        n = len(out.sequences_ids[0])
        extra_logprob = out.scores[0] * (n**options.length_penalty) / (n + 1)
        if options.log_prob_threshold is not None and extra_logprob < options.log_prob_threshold:
            return None
        if _repeats(tokenizer, said, extra):
            return None  # the window read again from its start: a loop, not more speech
        extra = _drop_overlap(tokenizer, said, extra)
        if not any(t < tokenizer.eot for t in extra):
            return None
        ends = [t for t in extra if t >= begin]
        last_s = (ends[-1] - begin) * self.time_precision if ends else stop_s
        if last_s > window_s + 0.5:
            return None  # timestamps past the window's audio: invented
        single_end = len(extra) < 2 or extra[-2] < begin
        if single_end and window_s - last_s >= opts.min_continuation_s:
            # Whisper would take the rest of the window as silence and skip it. At the end of the recording,
            # a tail no longer than what VAD keeps after the last word is that (dict_08: "...at the
            # cordrow.<|12.40|>" with 13.5 s of audio; the new window encoded from the stop lost "core
            # group"). Elsewhere a new window must hear it.
            if not (_last_window(window_s) and window_s - last_s <= opts.last_window_tail_s):
                return None
        joined = tokens + extra
        ratio = _compression_ratio(tokenizer.decode([t for t in joined if t < tokenizer.eot]).strip())
        if _repetitive(ratio, options):
            return None
        n1, n2 = len(tokens), len(extra)
        avg = (avg_logprob * n1 + extra_logprob * n2) / (n1 + n2)
        return _Decoded([joined], [avg], result.no_speech_prob), avg, temperature, ratio


def _repeats(tokenizer, said: list[int], extra: list[int]) -> bool:
    """Does the continuation's text largely say again what the window already said?"""
    before = tokenizer.decode(said).lower().split()
    again = tokenizer.decode([t for t in extra if t < tokenizer.eot]).lower().split()
    if len(again) < 3 or len(before) < 3:
        return False
    head = 4 if len(again) >= 4 and len(before) >= 4 else 3
    if again[:head] == before[:head]:
        return True
    grams = lambda ws: {tuple(ws[i : i + 3]) for i in range(len(ws) - 2)}  # noqa: E731
    seen, new = grams(before), grams(again)
    return len(new & seen) / len(new) >= 0.5


def _drop_overlap(tokenizer, said: list[int], extra: list[int], most: int = 3) -> list[int]:
    """The continuation without the words it opens by saying again from the end of the window's text.

    Given the text so far as previous text, Whisper sometimes starts the continuation with the last
    word or two of it ("... with his foster" + "foster carers in Blyth"). A single word is dropped only
    if it is not a function word ("she had" + "had a fall" is English).
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    before = _plain_words(tokenizer.decode(said))
    text_at = [i for i, t in enumerate(extra) if t < tokenizer.eot]
    for k in range(min(most, len(before)), 0, -1):
        tail = before[-k:]
        if k == 1 and (tail[0] in STOP_WORDS or len(tail[0]) < 3):
            continue
        for n in range(1, len(text_at) + 1):
            words = _plain_words(tokenizer.decode([extra[i] for i in text_at[:n]]))
            if not words:
                continue
            if len(words) > k or words[:-1] != tail[: len(words) - 1] or not tail[len(words) - 1].startswith(words[-1]):
                break
            if words == tail:
                # the word may go on in the next token ("foster" + "s"): only cut at a word's end
                rest = [extra[i] for i in text_at[n:]]
                if not rest or tokenizer.decode(rest[:1]).startswith((" ", ".", ",", "?", "!")):
                    cut = text_at[n - 1] + 1
                    return [t for t in extra[:cut] if t >= tokenizer.eot] + extra[cut:]
    return extra


def _echoes(tokenizer, decoded, hotwords: list[int], share: float = 0.8, fuzzy: bool = False) -> bool:
    """Is the window's text the hotwords read back rather than what was said?

    A prompt can make Whisper write out its names and places in place of the speech it hears
    ("Demi-Leigh Milburn, Whitley Bay High School, Sea View, ..." for a 10-second account that only
    began with the child's name): the decode passes Whisper's checks, yet all it holds is the prompt.
    Taken as an echo when it has at least four words and ``share`` of them are words of the prompt;
    ``fuzzy`` also counts a word that begins as a prompt word of four letters or more does ("Ramshan",
    "Ramshans" for Ramshaw), as a decode kept from looping varies the names it repeats.
    """
    words = _decoded_words(decoded, tokenizer)
    if len(words) < 4:
        return False
    prompt = set(_plain_words(tokenizer.decode(hotwords)))
    stems = {w[:4] for w in prompt if len(w) >= 4} if fuzzy else set()
    return sum(w in prompt or (len(w) >= 4 and w[:4] in stems) for w in words) >= share * len(words)


FULL_WINDOW_S = 29.0  # a window with at least this much audio may be cut from a longer recording


def _last_window(window_s: float | None) -> bool:
    """Does the recording end inside this window (less than a full 30 seconds of audio were encoded)?"""
    return window_s is not None and window_s < FULL_WINDOW_S


def _close_last_window(decoded, tokenizer, time_precision: float):
    """End the recording's last window's text with a timestamp at the end of its audio, if it has none.

    A decode that ends on a word, not a timestamp, makes faster-whisper (with word timestamps) seek to
    the last word's end and encode what is left, often a fraction of a second, as a new window, where
    Whisper invents text ("Thank you for watching, ..."). The decode had heard that audio and chose to
    stop; the bare engine (no word timestamps) moves past it. Closing the text keeps that behaviour.
    """
    window_s = getattr(_CALL, "window_s", None)
    result, avg_logprob, temperature, ratio = decoded
    tokens = list(result.sequences_ids[0])
    if not _last_window(window_s) or not tokens or tokens[-1] >= tokenizer.eot:
        return decoded  # a full window (speech may go on), or already ending with a timestamp
    if not any(t >= tokenizer.timestamp_begin for t in tokens):
        return decoded  # a no-timestamps decode
    close = tokenizer.timestamp_begin + min(1500, round(window_s / time_precision))
    return _Decoded([tokens + [close]], list(result.scores), result.no_speech_prob), avg_logprob, temperature, ratio


def _decoded_words(decoded, tokenizer) -> list[str]:
    """The words of a decode's text, lower-cased, punctuation stripped."""
    return _plain_words(tokenizer.decode([t for t in decoded[0].sequences_ids[0] if t < tokenizer.eot]))


def _word_count(decoded, tokenizer) -> int:
    return len(_decoded_words(decoded, tokenizer))


def _sparse(decoded, tokenizer, time_precision: float, min_words_per_second: float, min_span_s: float = 4.0) -> bool:
    """Does the decode hold far too few words for the audio it uses up?

    faster-whisper moves past the whole window when a decode ends without an opened timestamp, so
    words the decode skipped are lost. The span it accounts for is up to an early stop's timestamp
    (continued later, see :meth:`_WindowDecoderMixin._continue_window`), else the window's audio.
    """
    window_s = getattr(_CALL, "window_s", None)
    if window_s is None or not min_words_per_second:
        return False
    tokens = decoded[0].sequences_ids[0]
    begin = tokenizer.timestamp_begin
    span_s = window_s
    if len(tokens) >= 2 and tokens[-1] >= begin and tokens[-2] >= begin:  # an early stop: "<|6.40|><|6.40|>"
        span_s = min(window_s, (tokens[-1] - begin) * time_precision)
    if span_s < min_span_s:
        return False
    return _word_count(decoded, tokenizer) < min_words_per_second * span_s


def _within_window(decoded, tokenizer, time_precision: float, slack_s: float = 0.5) -> bool:
    """Do the decode's timestamps stay within the window's audio (as :meth:`encode` measured it)?"""
    window_s = getattr(_CALL, "window_s", None)
    stamps = [t for t in decoded[0].sequences_ids[0] if t >= tokenizer.timestamp_begin]
    if window_s is None or not stamps:
        return True
    return (stamps[-1] - tokenizer.timestamp_begin) * time_precision <= window_s + slack_s


def _plain_words(text: str) -> list[str]:
    return [w for w in (w.strip(".,;:!?\"()").lower() for w in text.split()) if w]


def _split_prompt(prompt: list[int], tokenizer) -> tuple[list[int], list[int]]:
    """([sot_prev, hotwords/previous text...] or [], [<|startoftranscript|> ...])"""
    sot = tokenizer.sot_sequence[0]
    i = prompt.index(sot) if sot in prompt else 0
    return list(prompt[:i]), list(prompt[i:])


def _passes(decoded, options) -> bool:
    """Whisper's own checks, as faster-whisper's ``generate_with_fallback`` makes them: is this decode kept?"""
    result, avg_logprob, _t, ratio = decoded
    low = options.log_prob_threshold is not None and avg_logprob < options.log_prob_threshold
    if low and options.no_speech_threshold is not None and result.no_speech_prob > options.no_speech_threshold:
        return True  # silence: kept (and skipped by the no-speech check)
    return not (low or _repetitive(ratio, options))


def _take_plain(first, plain, echo: bool, within: bool, options, tokenizer) -> bool:
    """After a first decode with hotwords that failed (or echoed them), is the decode without them the one to keep?

    Only a decode whose timestamps stay within the window's audio (or that is silence) is taken: then
    one that passes Whisper's checks; one that reads the window as speech where the first read the
    hotwords back; and one that is merely unsure where the first looped ("Paul Ramshon, Paul Ramshon, ..."
    over a child's account): a loop holds nothing of what was said, and faster-whisper itself prefers a
    failed decode below the compression-ratio threshold. Unsure text reaches the note flagged.
    """
    if not within:
        return False
    if echo or _passes(plain, options):
        return True
    return _repetitive(first[3], options) and not _repetitive(plain[3], options) and _word_count(plain, tokenizer) > 0


def _repetitive(compression_ratio: float, options) -> bool:
    """Does a decode with this compression ratio fail Whisper's check for a repetition loop?"""
    threshold = options.compression_ratio_threshold
    return threshold is not None and compression_ratio > threshold


def _silent(decoded, options) -> bool:
    """Will faster-whisper skip this window as silence (no-speech probability high, log-probability low)?"""
    result, avg_logprob, _t, _r = decoded
    return (
        options.no_speech_threshold is not None
        and result.no_speech_prob > options.no_speech_threshold
        and (options.log_prob_threshold is None or avg_logprob <= options.log_prob_threshold)
    )


def _compression_ratio(text: str) -> float:
    from faster_whisper.transcribe import get_compression_ratio

    return get_compression_ratio(text)
