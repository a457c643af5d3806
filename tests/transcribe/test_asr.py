from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from transcribe.asr import AsrOptions, pick_compute_type, token_counter, transcribe_audio
from transcribe.audio import decode_audio
from transcribe.context import parse_context
from transcribe.vocabulary import VocabularyOptions, build_vocabulary, load_lexicon


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def test_tiny_model_transcribes_the_reference_clip(tiny_model, data_dir):
    ref = _words((data_dir / "hello.txt").read_text())
    t = transcribe_audio(decode_audio(data_dir / "hello.wav"), tiny_model)
    hyp = _words(t.text)
    matched = sum(1 for w in ref if w in hyp)
    assert matched / len(ref) >= 0.8, t.text
    assert t.language == "en" and t.model == "tiny.en"
    assert t.compute_type == "int8" and t.device == "cpu"


def test_amr_narrowband_phone_recording_is_transcribed(tiny_model, data_dir):
    t = transcribe_audio(decode_audio(data_dir / "hello_amr.3gp"), tiny_model)
    assert "school" in t.text.lower() and "family" in t.text.lower(), t.text


def test_segments_carry_offsets_timestamps_and_word_probabilities(tiny_model, data_dir):
    t = transcribe_audio(decode_audio(data_dir / "child_voice.m4a"), tiny_model)
    assert t.segments
    for s in t.segments:
        assert t.text[s.char_start : s.char_end] == s.text
        assert 0 <= s.start < s.end <= t.duration_s + 0.5
        assert 0 < s.confidence <= 1
        assert s.words and all(0 <= w.probability <= 1 for w in s.words)


def test_no_speech_gives_no_invented_text(tiny_model, data_dir):
    t = transcribe_audio(decode_audio(data_dir / "silence.wav"), tiny_model)
    assert t.text == "" and t.segments == [] and t.speech_detected is False


def test_progress_reaches_one(tiny_model, data_dir):
    seen = []
    transcribe_audio(decode_audio(data_dir / "hello.wav"), tiny_model, progress=seen.append)
    assert seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)


@pytest.mark.parametrize(
    "device, requested, expected",
    [("cpu", "auto", "int8"), ("cuda", "auto", "float16"), ("cuda", "int8_float16", "int8_float16")],
)
def test_compute_type_follows_the_device(device, requested, expected):
    assert pick_compute_type(device, requested) == expected


# -- vocabulary biasing on real audio (generated dictation clips from evaluation/data/asr) ---------------

DICTATION = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "asr"
OPTS = AsrOptions(cpu_threads=2)


def _clip(clip_id: str):
    rows = {r["id"]: r for r in map(json.loads, (DICTATION / "manifest.jsonl").read_text().splitlines())}
    return decode_audio(DICTATION / rows[clip_id]["audio"]), parse_context(rows[clip_id]["context"])


def test_case_vocabulary_makes_the_names_come_out_right(tiny_model):
    # "Leighton Bell told me...", read by espeak-ng's West Midlands voice; context names Leighton Bell and Chantelle.
    audio, context = _clip("dict_13")
    bare = transcribe_audio(audio, tiny_model, OPTS)
    vocabulary = build_vocabulary(context, load_lexicon(), count_tokens=token_counter(tiny_model))
    biased = transcribe_audio(audio, tiny_model, OPTS, vocabulary=vocabulary)
    assert "Leighton" not in bare.text and "Chantelle" not in bare.text
    assert "Leighton Bell" in biased.text and "Chantelle" in biased.text


def test_case_vocabulary_still_holds_after_the_first_30_second_window(tiny_model):
    clips = [_clip(c)[0] for c in ("dict_12", "dict_14", "dict_13")]
    gap = np.zeros(8000, dtype=clips[0].samples.dtype)
    samples = np.concatenate([clips[0].samples, gap, clips[1].samples, gap, clips[2].samples])
    audio = replace(clips[0], samples=samples, duration_s=len(samples) / clips[0].sample_rate)
    assert audio.duration_s > 35
    vocabulary = build_vocabulary(_clip("dict_13")[1], load_lexicon(), count_tokens=token_counter(tiny_model))

    def after_30s(t):
        return " ".join(s.text for s in t.segments if s.end > 30)

    assert "Chantelle" not in after_30s(transcribe_audio(audio, tiny_model, OPTS))
    assert "Chantelle" in after_30s(transcribe_audio(audio, tiny_model, OPTS, vocabulary=vocabulary))


def test_explicit_hotwords_win_over_the_vocabulary(tiny_model, data_dir):
    vocabulary = build_vocabulary(parse_context({"child": {"name": "Zebedee Quinlan"}}))
    t = transcribe_audio(decode_audio(data_dir / "hello.wav"), tiny_model, OPTS, hotwords="", vocabulary=vocabulary)
    assert "Zebedee" not in t.text


def test_token_counter_uses_the_model_tokenizer(tiny_model):
    count = token_counter(tiny_model)
    assert count("Kayleigh") >= 2  # not one word, one token
    assert count("the") == 1


def test_a_local_model_directory_loads_through_the_same_settings(tiny_model, data_dir):
    from transcribe.asr import load_asr
    from transcribe.models import resolve_model
    from transcribe.pipeline import pipeline_options
    from transcribe.settings import Settings

    opts = pipeline_options(Settings(_env_file=None, model=str(tiny_model.info.path), device="cpu", cpu_threads=2))
    info = resolve_model(opts.model, opts.model_cache_dir)
    assert info.source == "directory"
    model = load_asr(info, opts.asr)
    assert (model.device, model.compute_type) == ("cpu", "int8")
    t = transcribe_audio(decode_audio(data_dir / "hello.wav"), model, opts.asr)
    assert t.text and t.model == info.name


@pytest.mark.parametrize(
    "clip, said",
    [("p226_001", "please call stella"), ("p227_008", "with its path high above and its two ends apparently")],
)
def test_vad_keeps_enough_audio_round_the_words_of_read_speech(base_model, data_dir, clip, said):
    # Real read speech (VCTK). With VAD keeping faster-whisper's 400 ms either side of the speech, base wrote
    # "Please cool Stella" and "and it two ends" on an AVX2 EPYC, where the bare engine (no VAD) wrote both
    # right; with AsrOptions.vad_speech_pad_ms at 1.5 s it writes them as the bare engine does.
    t = transcribe_audio(decode_audio(data_dir / "vctk" / f"{clip}.flac"), base_model, OPTS)
    assert said in " ".join(_words(t.text)), t.text


# -- window decoding: retry without the prompt, continue an early stop --------------------------------------


@pytest.fixture(scope="module")
def tokenizer(tiny_model):
    from faster_whisper.tokenizer import Tokenizer

    return Tokenizer(tiny_model.whisper.hf_tokenizer, False, task="transcribe", language="en")


def _decoded(tokenizer, text: str, avg_logprob: float = -0.3, ratio: float = 1.2, no_speech: float = 0.05):
    from transcribe.asr import _Decoded

    return _Decoded([tokenizer.encode(text)], [avg_logprob], no_speech), avg_logprob, 0.0, ratio


HOTWORDS = " Demi-Leigh Milburn, Michelle Milburn, Whitley Bay High School, Sea View, Early Help, LADO"


@pytest.mark.parametrize(
    "text, echo",
    [
        (" Demi-Leigh Milburn, Whitley Bay High School, Sea View, Whitley Bay High School", True),
        (" Demi-Leigh Milburn is twelve. She told me school is canny but she gets bullied.", False),
        (" Demi-Leigh Milburn.", False),  # too short to tell: a name said on its own
    ],
)
def test_a_decode_that_only_reads_back_the_hotwords_is_an_echo(tokenizer, text, echo):
    from transcribe.asr import _echoes

    assert _echoes(tokenizer, _decoded(tokenizer, text), tokenizer.encode(HOTWORDS)) is echo


@pytest.mark.parametrize(
    "tokens, window_s, sparse",
    [
        ([" Ollie Wanless, Ashington"], 10.7, True),  # the names, then 10 s of the account skipped
        ([" Ollie Wanless has a child protection plan under emotional harm."], 10.7, False),
        ([" Ollie Wanless, Ashington", 3.0, 3.0], 10.7, False),  # an early stop at 3 s: continued, not lost
        ([" Ollie Wanless,", 9.0, 9.0], 10.7, True),  # two words for 9 s of audio
        ([" Hello."], 2.0, False),  # too short a window to judge
    ],
)
def test_a_decode_with_too_few_words_for_the_audio_it_uses_up_is_sparse(tokenizer, tokens, window_s, sparse):
    from transcribe.asr import _CALL, _Decoded, _sparse

    ids = [t for piece in tokens for t in (tokenizer.encode(piece) if isinstance(piece, str) else [tokenizer.timestamp_begin + round(piece / 0.02)])]
    _CALL.window_s = window_s
    try:
        assert _sparse((_Decoded([ids], [-0.3], 0.05), -0.3, 0.0, 1.2), tokenizer, 0.02, 0.5) is sparse
    finally:
        _CALL.window_s = None


@pytest.mark.parametrize(
    "ending, window_s, closed_at",
    [
        ("word", 10.7, 10.7),  # the last window, text ending on a word: closed at the end of its audio
        ("stamp", 10.7, None),  # already ends with a timestamp
        ("early", 10.7, None),  # an early stop ("<|6.00|><|6.00|>"): left for the continuation
        ("word", 30.0, None),  # a full window: the speech may run on into the next
    ],
)
def test_the_last_windows_text_is_closed_at_the_end_of_its_audio(tokenizer, ending, window_s, closed_at):
    from transcribe.asr import _CALL, _close_last_window, _Decoded

    stamp = lambda s: tokenizer.timestamp_begin + round(s / 0.02)  # noqa: E731
    ids = [stamp(0.0), *tokenizer.encode(" The house was tidy.")]
    ids += {"word": [], "stamp": [stamp(9.0)], "early": [stamp(6.0), stamp(6.0)]}[ending]
    _CALL.window_s = window_s
    try:
        out = _close_last_window((_Decoded([ids], [-0.3], 0.05), -0.3, 0.0, 1.2), tokenizer, 0.02)
    finally:
        _CALL.window_s = None
    tokens = out[0].sequences_ids[0]
    if closed_at is None:
        assert tokens == ids
    else:
        assert tokens == ids + [stamp(closed_at)] and out[1:] == (-0.3, 0.0, 1.2)


@pytest.mark.parametrize(
    "extra, loop",
    [
        (" Callum Tait was excluded from school again this week.", True),  # the window read from its start
        (" he gets angry when people wind him up. Callum Tait was excluded from school again.", True),
        (" His mum Kerry asked for an EHCP assessment.", False),  # more speech
    ],
)
def test_a_continuation_that_reads_the_window_again_is_a_loop(tokenizer, extra, loop):
    from transcribe.asr import _repeats

    said = tokenizer.encode(" Callum Tait was excluded from school again this week. Callum said he gets angry when people wind him up.")
    assert _repeats(tokenizer, said, tokenizer.encode(extra)) is loop


@pytest.mark.parametrize(
    "said, extra, joined",
    [
        (" He wants to stay with his foster", " foster carers in Blyth.", " carers in Blyth."),  # the last word again
        (" Gary shouts at her mum", " at her mum at night.", " at night."),  # the last three words again
        (" He wants to stay with his foster", " fosters in Blyth.", " fosters in Blyth."),  # another word
        (" She said she had", " had a fall.", " had a fall."),  # "had had" is English
        (" Gary shouts at her", " mum at night.", " mum at night."),  # no overlap
    ],
)
def test_a_continuation_does_not_say_again_the_words_it_joins_on(tokenizer, said, extra, joined):
    from transcribe.asr import _drop_overlap

    stamp = tokenizer.timestamp_begin + 300
    out = _drop_overlap(tokenizer, tokenizer.encode(said), tokenizer.encode(extra) + [stamp, tokenizer.eot])
    assert tokenizer.decode([t for t in out if t < tokenizer.eot]) == joined
    assert out[-2:] == [stamp, tokenizer.eot]  # timestamps and the end of text are kept


@pytest.mark.parametrize(
    "avg_logprob, ratio, no_speech, kept",
    [
        (-0.3, 1.2, 0.05, True),
        (-1.5, 1.2, 0.05, False),  # unsure: Whisper would try a higher temperature
        (-0.3, 3.0, 0.05, False),  # a repetition loop
        (-1.5, 1.2, 0.9, True),  # silence: kept, then skipped by the no-speech check
    ],
)
def test_whispers_own_checks_decide_what_is_retried(tokenizer, avg_logprob, ratio, no_speech, kept):
    from transcribe.asr import _passes

    class Checks:
        log_prob_threshold, compression_ratio_threshold, no_speech_threshold = -1.0, 2.4, 0.6

    assert _passes(_decoded(tokenizer, " words", avg_logprob, ratio, no_speech), Checks) is kept


class _Checks:
    log_prob_threshold, compression_ratio_threshold, no_speech_threshold = -1.0, 2.4, 0.6


LOOP = " Kyla Ramshon, Paul Ramshon, Paul Ramshon, Paul Ramshon, Paul Ramshon, Paul Ramshon"


@pytest.mark.parametrize(
    "first, plain, echo, within, take",
    [
        ((LOOP, -0.17, 9.8), (" Child in need review for Kyler in Washington.", -1.05, 1.3), False, True, True),
        ((LOOP, -0.17, 9.8), (" Child in need review for Kyler in Washington.", -1.05, 1.3), False, False, False),
        ((LOOP, -0.17, 9.8), (" Kyla Kyla Kyla Kyla Kyla Kyla Kyla Kyla", -1.05, 3.1), False, True, False),
        ((" Kyla said things are canny.", -1.2, 1.3), (" Child in need review.", -1.05, 1.3), False, True, False),
        ((" Kyla said things are canny.", -1.2, 1.3), (" Child in need review.", -0.4, 1.3), False, True, True),
        ((" Kyla Ramshaw, Washington", -0.2, 1.3), (" Child in need review.", -1.05, 1.3), True, True, True),
    ],
    ids=["loop-then-unsure", "unsure-but-past-the-window", "loop-then-loop", "unsure-then-unsure",
         "unsure-then-sound", "echo-then-unsure"],
)
def test_after_a_failed_decode_with_hotwords_a_loop_never_wins_over_unsure_speech(tokenizer, first, plain, echo, within, take):
    # held_19 on a Zen 5 machine: the decode with the names looped over the child's account, the one without
    # them failed only the log-probability check; keeping the loop left "Kyla Ramshaw, Paul Ram" and nothing
    # of "Kyla said things are canny at home now".
    from transcribe.asr import _take_plain

    a, b = _decoded(tokenizer, first[0], first[1], first[2]), _decoded(tokenizer, plain[0], plain[1], plain[2])
    assert _take_plain(a, b, echo, within, _Checks, tokenizer) is take


@pytest.mark.parametrize(
    "text, stuffed",
    [
        # A loop-guarded decode of held_19 that could not repeat itself exactly, so varied the names instead.
        (" Kyla Ramshaw and Paul Ramshaw, Paul Ramshaw and Washington. Kyla Ramshaw, Paul Ramshan and Paul"
         " Ramshans, Paul Ramshaw, Paul R. Ramshan and Paul RamShans.", True),
        # held_09's guarded decode: names it heard (and one it may not have), in an account of the visit.
        (" Ollie Wanless, dad Stuart Wanless, child protection plan and emotional harm. Ollie said this mam,"
         " and dad are you all the time. The dad Stuart, dad agreed to start the domestic abuse programme.", False),
    ],
)
def test_a_guarded_decode_stuffed_with_the_prompts_names_is_not_taken(tokenizer, text, stuffed):
    from transcribe.asr import _echoes

    hotwords = tokenizer.encode(" Kyla Ramshaw, dad Paul Ramshaw, Washington, Ollie Wanless, dad Stuart Wanless, mam Gemma Wanless")
    decoded = _decoded(tokenizer, text)
    assert _echoes(tokenizer, decoded, hotwords, share=0.5, fuzzy=True) is stuffed
    assert _echoes(tokenizer, decoded, hotwords) is False  # not a plain echo: four in five words are not the prompt's


def test_a_decode_is_capped_by_its_windows_audio_only_while_our_options_are_in_force(tiny_model):
    from transcribe.asr import _CALL

    whisper = tiny_model.whisper
    assert whisper.max_length == 448  # faster-whisper's own limit, outside a call
    _CALL.max_length = 60
    try:
        assert whisper.max_length == 60
    finally:
        _CALL.max_length = None
    assert whisper.max_length == 448


def _biased(model, clip_id, vocabulary_options=None, **overrides):
    audio, context = _clip(clip_id)
    vocabulary = build_vocabulary(context, load_lexicon(), vocabulary_options, count_tokens=token_counter(model))
    before = model.whisper.encoder_passes
    t = transcribe_audio(audio, model, replace(OPTS, **overrides), vocabulary=vocabulary)
    return t, model.whisper.encoder_passes - before


def test_an_early_stop_is_continued_in_the_same_window(base_model):
    # dict_02 (15 s): with hotwords, base ends its first decode at 12.9 s with an opened, empty segment
    # ("...a strategy discussion<|12.92|><|12.92|>"). Continued in place, the clip is one encoder pass
    # and the last words come out right; without continuing, faster-whisper encodes a second window
    # from the stop and mishears them ("and one hell with the police").
    # (The prompt as it was measured then: names without the kin words, which change where base stops.)
    names_only = VocabularyOptions(kin_in_prompt=False)
    t, passes = _biased(base_model, "dict_02", names_only)
    t0, passes0 = _biased(base_model, "dict_02", names_only, max_continuations=0)
    assert (passes, passes0) == (1, 2)
    assert "discussion was held with the police" in t.text, t.text
    assert t.segments[-1].end > 13.5


def test_a_continuation_that_closes_the_recordings_last_window_is_kept(base_model):
    # dict_08 (13.7 s) with VAD's old 0.4 s padding, where this was measured: with hotwords, base stops early
    # at 6.4 s; the continuation decodes the rest to "...raise this at the cordrow.<|12.40|>" and ends with
    # one timestamp, 1.1 s before the audio's end. That tail is what VAD keeps after the last word, so the
    # continuation stands: one encoder pass, and the dictation's last words are in the note. (Dropping it
    # encoded a second window from 6.4 s, which ended "...raise this at the" and lost them.) Left unheard
    # beyond the tail, a new window is encoded. (With the 1.5 s padding the same continuation leaves less
    # than min_continuation_s unheard here, and stands either way.)
    t, passes = _biased(base_model, "dict_08", vad_speech_pad_ms=400)
    assert passes == 1, t.text
    assert t.segments[-1].end > 12.5, t.segments[-1]
    _, strict = _biased(base_model, "dict_08", vad_speech_pad_ms=400, last_window_tail_s=0.0)
    _, uncontinued = _biased(base_model, "dict_08", vad_speech_pad_ms=400, max_continuations=0)
    if uncontinued == 2:  # base stopped early, as on the CPUs this was written on
        assert strict == 2


@pytest.mark.parametrize(
    "window_s, last",
    [(13.5, True), (28.9, True), (29.0, False), (30.0, False), (None, False)],
)
def test_the_recordings_last_window_is_one_with_less_than_30_seconds_of_audio(window_s, last):
    from transcribe.asr import _last_window

    assert _last_window(window_s) is last


def test_a_window_whose_biased_decode_loops_is_decoded_again_without_the_hotwords(tiny_model):
    # dict_13 ("Leighton Bell told me he does not want to go to his dad's at the weekend...") with another
    # case's name, written over and over, as hotwords: tiny.en's temperature-0 decode copies the loop
    # ("Demi-Leigh Milburn, Demi-Leigh Milburn, ..."). A mixed list of names and places looped like this on
    # a Zen 4 machine and not on a Zen 5 one (CTranslate2's int8 kernels differ); the repeated name loops on
    # both. That first decode is all the retry logic looks at.
    audio, _ = _clip("dict_13")
    wrong_case = ", ".join(["Demi-Leigh Milburn"] * 12)
    looped = transcribe_audio(audio, tiny_model, replace(OPTS, retry_without_hotwords=False, temperatures=(0.0,)), hotwords=wrong_case)
    assert looped.text.count("Demi-Leigh") >= 5, looped.text
    before = tiny_model.whisper.hotword_retries
    t = transcribe_audio(audio, tiny_model, OPTS, hotwords=wrong_case)
    assert tiny_model.whisper.hotword_retries - before == 1
    assert "Demi-Leigh" not in t.text and "speak to both parents" in t.text, t.text


def test_a_looping_decode_with_the_names_is_decoded_again_with_them_and_no_repeats(base_model):
    # dict_15 on base with its case's names ("Maddison Laidler, mam Lisa Laidler, nana Brenda Laidler, North
    # Shields"): on the Zen 4 and Zen 5 machines this was written on, the first decode looped ("Maddison
    # Laidler, nana Brenda Laidler, nana Brenda Laidler, ..."), the decode without the names wrote "Madison"
    # (3 times) and the loop-guarded one "Maddison". Whether it loops depends on the CPU; the account and the
    # spelling must come out either way.
    audio, context = _clip("dict_15")
    vocabulary = build_vocabulary(context, load_lexicon(), count_tokens=token_counter(base_model))
    first = transcribe_audio(audio, base_model, replace(OPTS, retry_without_hotwords=False, temperatures=(0.0,)), vocabulary=vocabulary)
    guards = base_model.whisper.loop_guards
    t = transcribe_audio(audio, base_model, OPTS, vocabulary=vocabulary)
    assert "worries when her" in t.text and t.text.count("Brenda") == 0, t.text
    assert t.text.count("Maddison") >= 2, t.text
    if first.text.count("Brenda Laidler") >= 3:  # the first decode looped here, as it did where this was written
        assert base_model.whisper.loop_guards - guards == 1


def test_no_window_is_encoded_for_the_fraction_of_a_second_after_the_last_word(tiny_model):
    # tiny.en with the case's names ends these clips' text on a word; faster-whisper then seeks to the last
    # word's end and encodes the rest as a window of its own, where it wrote "Live." after "14 March 2025".
    counts = {}
    for close in (False, True):
        for clip_id in ("dict_01", "dict_14"):
            t, passes = _biased(tiny_model, clip_id, close_last_window=close)
            counts[close, clip_id] = passes
            if close:
                assert passes == 1
                assert t.segments[-1].end <= t.duration_s + 0.5
    assert counts[False, "dict_01"] + counts[False, "dict_14"] > 2, counts


def test_a_window_that_reads_the_case_back_still_gives_the_account(base_model):
    # dict_04 on base read the names back ("Demi-Leigh Milburn, Whitley Bay High School, Sea View, ...") on
    # the machine the retry was written on; whether it does depends on the CPU's int8 kernels and on the
    # sampling state. The account must come out either way.
    t, _ = _biased(base_model, "dict_04")
    assert "bullied" in t.text.lower() and "head of year" in t.text.lower(), t.text
    assert t.text.lower().count("whitley bay") <= 1


_SAMPLED = """
import sys
from transcribe.asr import AsrOptions, load_asr, transcribe_audio
from transcribe.audio import decode_audio
from transcribe.models import resolve_model

model = load_asr(resolve_model("tiny.en"), AsrOptions(cpu_threads=2, seed=int(sys.argv[1])))
audio = decode_audio(sys.argv[2])
print(transcribe_audio(audio, model, AsrOptions(temperatures=(1.0,))).text)  # sampling only
"""


def test_the_seed_makes_sampled_decodes_the_same_in_every_process(data_dir):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]

    def run(seed: int) -> str:
        done = subprocess.run([sys.executable, "-c", _SAMPLED, str(seed), str(data_dir / "child_voice.m4a")],
                              cwd=root, capture_output=True, text=True, timeout=120, check=True)
        return done.stdout.strip()

    first = run(0)
    assert first and run(0) == first
    # at temperature 1.0 another seed samples other words (checked: seeds 0 and 1 differ on this clip)
    assert run(1) != first


def test_each_segment_is_handed_on_before_the_rest_is_heard(tiny_model, data_dir):
    """``on_segment`` gets a segment while the recording is still being transcribed (what streaming sends):
    stopping at the first one leaves the rest unheard."""

    class Enough(Exception):
        pass

    def first(seg):
        heard.append(seg)
        raise Enough

    heard = []
    with pytest.raises(Enough):
        transcribe_audio(decode_audio(data_dir / "child_voice.m4a"), tiny_model, on_segment=first)
    whole = transcribe_audio(decode_audio(data_dir / "child_voice.m4a"), tiny_model, on_segment=heard.append)
    assert len(whole.segments) > 1 and heard[0] == whole.segments[0]
    assert heard[1:] == whole.segments  # then every segment, in order
