from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from types import SimpleNamespace

from transcribe.asr import (
    AsrOptions, AsrStats, Chunk, check_engine_version, compression_ratio, decode_chunks, echoes, pick_compute_type,
    hear_again, loops, plain_words, recognise_audio, retry_chunks, sparse, token_counter, transcribe_audio, unheard_speech,
    check_kin_words, decode_alone, kin_check_runs, take_unbiased_words, unsure_kin_words,
    copied_words, drop_past_the_end, drop_prompt_said_again, drop_read_back, prompt_entries,
)
from transcribe.doubt import find_doubts
from transcribe.errors import EngineVersionError
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
OPTS = AsrOptions(cpu_threads=2, check_kin_words="on")


def _clip(clip_id: str):
    rows = {r["id"]: r for r in map(json.loads, (DICTATION / "manifest.jsonl").read_text().splitlines())}
    return decode_audio(DICTATION / rows[clip_id]["audio"]), parse_context(rows[clip_id]["context"])


def _three_clips():
    clips = [_clip(c)[0] for c in ("dict_12", "dict_14", "dict_13")]
    gap = np.zeros(8000, dtype=clips[0].samples.dtype)
    samples = np.concatenate([clips[0].samples, gap, clips[1].samples, gap, clips[2].samples])
    return replace(clips[0], samples=samples, duration_s=len(samples) / clips[0].sample_rate)


def test_case_vocabulary_makes_the_names_come_out_right(tiny_model):
    # "Leighton Bell told me...", read by espeak-ng's West Midlands voice; context names Leighton Bell and Chantelle.
    audio, context = _clip("dict_13")
    vocabulary = build_vocabulary(context, load_lexicon(), count_tokens=token_counter(tiny_model))
    biased = transcribe_audio(audio, tiny_model, OPTS, vocabulary=vocabulary)
    assert "Leighton Bell" in biased.text and "Chantelle" in biased.text


def test_case_vocabulary_still_holds_after_the_first_30_second_window(tiny_model):
    audio = _three_clips()
    assert audio.duration_s > 35
    vocabulary = build_vocabulary(_clip("dict_13")[1], load_lexicon(), count_tokens=token_counter(tiny_model))

    t = transcribe_audio(audio, tiny_model, OPTS, vocabulary=vocabulary)
    assert len(t.segments) >= 2 and t.segments[-1].start > 20  # more than one VAD chunk
    assert "Chantelle" in " ".join(s.text for s in t.segments if s.end > 30)
    # nothing is lost where one chunk ends and the next begins, and the text ends where the audio does
    assert all(a.end <= b.start + 0.5 for a, b in zip(t.segments, t.segments[1:]))
    assert t.segments[-1].end > audio.duration_s - 3


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
    from transcribe.settings import PipelineSettings

    opts = pipeline_options(PipelineSettings(_env_file=None, model=str(tiny_model.info.path), device="cpu", cpu_threads=2))
    info = resolve_model(opts.model, opts.model_cache_dir)
    assert info.source == "directory"
    model = load_asr(info, opts.asr)
    assert (model.device, model.compute_type) == ("cpu", "int8")
    t = transcribe_audio(decode_audio(data_dir / "hello.wav"), model, opts.asr)
    assert t.text and t.model == info.name


# -- no case context: the bare engine's decode ---------------------------------------------------------------------


@pytest.mark.parametrize("clip", ["hello.wav", "child_voice.m4a", "hello_amr.3gp"])
def test_without_case_context_the_text_is_the_bare_batched_engines(tiny_model, data_dir, clip):
    # Same model, same CPU, same process: faster-whisper's BatchedInferencePipeline with its defaults.
    audio = decode_audio(data_dir / clip)
    segments, _ = tiny_model.batched.transcribe(audio.samples, language="en")
    bare = " ".join(s.text.strip() for s in segments if s.text.strip())
    assert transcribe_audio(audio, tiny_model, OPTS).text == bare


@pytest.mark.parametrize("clip", ["silence.wav", "noise_car.ogg", "noise_road.ogg", "noise_tv.ogg", "noise_hiss.ogg"])
def test_non_speech_gives_no_text(tiny_model, data_dir, clip):
    # Made with sox (scripts/make_audio.sh): room noise, a car's rumble, road noise, a TV through a wall, hiss.
    vocabulary = build_vocabulary(parse_context({"child": {"name": "Kayleigh Robson"}}), count_tokens=token_counter(tiny_model))
    for v in (None, vocabulary):  # nor with a prompt that could be read back over the noise
        heard = recognise_audio(decode_audio(data_dir / clip), tiny_model, OPTS, vocabulary=v)
        t = heard.transcript
        assert t.text == "" and t.segments == [] and t.speech_detected is False
        assert heard.unheard == []  # and no speech is said to have gone unheard in it


# -- speech with no words ------------------------------------------------------------------------------------------


def _twice_with_a_pause(data_dir, pause_s: float = 3.0):
    """espeak-ng's hello sentence, a pause of silence, and the sentence again (audio the project makes itself)."""
    once = decode_audio(data_dir / "hello.wav")
    gap = np.zeros(int(pause_s * once.sample_rate), dtype=once.samples.dtype)
    samples = np.concatenate([once.samples, gap, once.samples])
    return replace(once, samples=samples, duration_s=len(samples) / once.sample_rate), once.duration_s


def _drop_words(segments, start_s: float, end_s: float):
    """The segments as a decode that skipped the words between ``start_s`` and ``end_s`` would have returned them."""
    out = []
    for s in segments:
        words = [w for w in s.words if not (start_s <= (w.start + w.end) / 2 <= end_s)]
        if words:
            out.append(replace(s, words=words, text="".join(w.word for w in words)))
    return out


def test_a_sentence_the_decoder_wrote_nothing_for_is_found_and_a_pause_is_not(tiny_model, data_dir):
    audio, first_s = _twice_with_a_pause(data_dir)
    segments = [s for c in decode_chunks(audio, tiny_model, OPTS) for s in c.segments]
    assert unheard_speech(audio, segments, OPTS.min_unheard_speech_s) == []  # every sentence has its words; the 3 s pause holds no speech
    # As if the decoder had skipped the second sentence (Whisper can skip a chunk's opening sentence outright).
    ((start, end),) = unheard_speech(audio, _drop_words(segments, first_s + 1.0, audio.duration_s), OPTS.min_unheard_speech_s)
    assert start < first_s + 3.0 + 0.5 and end == pytest.approx(audio.duration_s, abs=0.01)
    # ...or the first: the stretch runs from the recording's start to the first word written.
    ((start, end),) = unheard_speech(audio, _drop_words(segments, 0.0, first_s), OPTS.min_unheard_speech_s)
    assert start == 0.0 and first_s + 1.0 < end < first_s + 3.0 + 1.5
    assert unheard_speech(audio, _drop_words(segments, 0.0, first_s), 0) == []  # 0: off


def test_with_no_speech_unheard_the_recognition_says_so(tiny_model, data_dir):
    heard = recognise_audio(_twice_with_a_pause(data_dir)[0], tiny_model, OPTS)
    assert heard.unheard == [] and heard.reheard == [] and heard.transcript.text.lower().count("children") == 2


def test_a_stretch_the_decoder_skipped_is_decoded_again_on_its_own_and_put_in_its_place(tiny_model, data_dir):
    audio, first_s = _twice_with_a_pause(data_dir)
    segments = [s for c in decode_chunks(audio, tiny_model, OPTS) for s in c.segments]
    skipped = _drop_words(segments, first_s + 1.0, audio.duration_s)  # the second sentence lost
    unheard = unheard_speech(audio, skipped, OPTS.min_unheard_speech_s)
    passes = tiny_model.stats.passes
    filled, reheard = hear_again(audio, tiny_model, OPTS, skipped, unheard, hotwords="Kayleigh Robson")
    assert tiny_model.stats.passes == passes + 1  # one short decode per unheard stretch
    text = " ".join(s.text.strip() for s in filled)
    assert text.lower().count("children") == 2, text  # the second sentence is back, after the first
    ((start, end),) = reheard
    assert unheard[0][0] <= start < end <= audio.duration_s + 0.01
    assert [s.start for s in filled] == sorted(s.start for s in filled)
    assert unheard_speech(audio, filled, OPTS.min_unheard_speech_s) == []


def test_doubt_flags_cover_the_unsure_words_the_batched_decode_returns(tiny_model, data_dir):
    t = transcribe_audio(decode_audio(data_dir / "child_voice.m4a"), tiny_model, OPTS)
    doubts = [d for d in find_doubts(t) if d.reason == "low_word_probability"]
    for d in doubts:
        assert t.text[d.start : d.end] == d.text and d.start_s <= d.end_s
    for seg in t.segments:
        for w, (a, b) in zip(seg.words, t.word_spans(seg)):
            assert seg.start - 0.5 <= w.start <= w.end <= seg.end + 0.5
            if w.probability < 0.4 and w.word.strip() and a >= 0:
                assert any(d.start <= a and b <= d.end for d in doubts), w


# -- the engine version ---------------------------------------------------------------------------------------------


def test_an_untested_faster_whisper_version_is_refused_with_what_to_do(monkeypatch, tiny_model):
    import faster_whisper

    from transcribe.asr import TESTED_FASTER_WHISPER, load_asr

    assert faster_whisper.__version__ in TESTED_FASTER_WHISPER  # the pinned one runs
    with pytest.raises(EngineVersionError, match="requirements.lock.*TESTED_FASTER_WHISPER"):
        check_engine_version("1.3.0")
    monkeypatch.setattr(faster_whisper, "__version__", "1.3.0")
    with pytest.raises(EngineVersionError, match="1.3.0"):
        load_asr(tiny_model.info, OPTS)


# -- retrying a biased chunk that fails: the rules, on constructed decoder results ----------------------------------

PROMPT = plain_words("Demi-Leigh Milburn, mam Michelle Milburn, Whitley Bay High School, Sea View")
SAID = "She told me school is canny but she gets bullied on the bus and she wants to move."  # 18 words
LOOP = "Demi-Leigh Milburn, mam Michelle Milburn, " * 6
ECHO = "Demi-Leigh Milburn, mam Michelle Milburn, Whitley Bay High School, Sea View."


def chunk(text: str, avg_logprob: float = -0.3, no_speech: float = 0.05, start: float = 0.0, end: float = 6.0) -> Chunk:
    """A chunk as decode_chunks returns it: faster-whisper segments (start, end, text) and the chunk's scores."""
    return Chunk([SimpleNamespace(start=start, end=end, text=text)], avg_logprob, no_speech, compression_ratio(text), text)


class Passes:
    """The decodes retry_chunks asks for: fixed results per kind of pass, and a record of which passes it made."""

    def __init__(self, guarded=None, plain=None):
        self.results = {"guarded": guarded, "plain": plain}
        self.made: list[str] = []

    def __call__(self, biased: bool, no_repeat_ngram_size: int = 0):
        kind = "guarded" if biased and no_repeat_ngram_size else "plain" if not biased else "biased"
        self.made.append(kind)
        return self.results[kind]


def test_a_loop_is_what_whispers_compression_check_catches():
    assert chunk(LOOP).looping and chunk(LOOP).compression_ratio > 2.4
    assert not chunk(SAID).looping and not chunk("").looping


@pytest.mark.parametrize(
    "avg_logprob, no_speech, sound, silent",
    [(-0.3, 0.05, True, False), (-1.3, 0.05, False, False), (-1.3, 0.8, True, True), (-0.5, 0.8, True, False)],
)
def test_whispers_own_checks_decide_sound_and_silent(avg_logprob, no_speech, sound, silent):
    c = chunk(SAID, avg_logprob, no_speech)
    assert (c.sound, c.silent) == (sound, silent)


@pytest.mark.parametrize(
    "text, share, fuzzy, echo",
    [
        (ECHO, 0.8, False, True),
        (SAID, 0.8, False, False),
        ("Demi-Leigh said no.", 0.8, False, False),  # under four words: not judged
        ("Demi-Leigh Ramshan, Milburns, Michelle Milbur, Whitley", 0.5, True, True),
        ("Demi-Leigh Ramshan, Milburns, Michelle Milbur, Whitley", 0.8, False, False),
    ],
)
def test_a_decode_that_only_reads_back_the_prompt_is_an_echo(text, share, fuzzy, echo):
    assert echoes(plain_words(text), PROMPT, share=share, fuzzy=fuzzy) is echo


@pytest.mark.parametrize(
    "text, end, is_sparse",
    [("Demi-Leigh Milburn, Whitley Bay.", 11.0, True), (SAID, 11.0, False), ("Demi-Leigh Milburn.", 3.0, False)],
)
def test_a_decode_with_too_few_words_for_its_audio_is_sparse(text, end, is_sparse):
    assert sparse(chunk(text, end=end), 0.5) is is_sparse
    assert not sparse(chunk(text, end=end), 0)


def test_sound_biased_chunks_are_never_decoded_again():
    passes = Passes()
    chunks = [chunk(SAID), chunk("Demi-Leigh Milburn told me so.", start=7, end=9)]
    assert retry_chunks(chunks, PROMPT, AsrOptions(), passes) == chunks and passes.made == []


def test_a_looping_chunk_is_decoded_again_with_the_names_and_no_repeats_first():
    good = chunk("Demi-Leigh Milburn told me " + SAID)
    passes, stats = Passes(guarded=[chunk(SAID), good]), AsrStats()
    out = retry_chunks([chunk(SAID), chunk(LOOP)], PROMPT, AsrOptions(), passes, stats)
    assert out[1] is good and out[0].text == SAID and passes.made == ["guarded"] and stats.guarded == 1


def test_a_loop_guarded_decode_stuffed_with_the_names_falls_back_to_the_decode_without_them():
    stuffed = chunk("Demi-Leigh Milburn, Michelle Milburns, Whitley Bay High School, Sea View, mam Michelle.")
    plain = chunk("Demi Lee told me " + SAID)
    passes, stats = Passes(guarded=[stuffed], plain=[plain]), AsrStats()
    assert retry_chunks([chunk(LOOP)], PROMPT, AsrOptions(), passes, stats) == [plain]
    assert passes.made == ["guarded", "plain"] and (stats.guarded, stats.plain) == (0, 1)


def test_a_loop_never_wins_over_unsure_speech_without_the_names():
    unsure = chunk(SAID, avg_logprob=-1.2)
    assert retry_chunks([chunk(LOOP)], PROMPT, AsrOptions(loop_guard_ngram=0), Passes(plain=[unsure])) == [unsure]


def test_an_unsure_biased_chunk_is_kept_when_the_decode_without_names_is_no_better():
    first, plain = chunk(SAID, avg_logprob=-1.2), chunk("she told me cool", avg_logprob=-1.4)
    passes = Passes(plain=[plain])
    assert retry_chunks([first], PROMPT, AsrOptions(), passes) == [first] and passes.made == ["plain"]


def test_an_echo_of_the_prompt_is_replaced_by_what_was_said():
    plain = chunk(SAID)
    assert retry_chunks([chunk(ECHO)], PROMPT, AsrOptions(), Passes(plain=[plain])) == [plain]
    assert plain.fallback  # post-correction may look there for the names Whisper never had


def test_only_a_decode_without_the_names_kept_in_place_of_a_failed_one_is_marked_a_fallback():
    good = chunk("Demi-Leigh Milburn told me " + SAID)
    out = retry_chunks([chunk(SAID), chunk(LOOP)], PROMPT, AsrOptions(), Passes(guarded=[chunk(SAID), good]))
    assert not any(c.fallback for c in out)
    first, plain = chunk(SAID, avg_logprob=-1.2), chunk("she told me cool", avg_logprob=-1.4)
    assert retry_chunks([first], PROMPT, AsrOptions(), Passes(plain=[plain])) == [first] and not first.fallback


@pytest.mark.parametrize("plain_text, taken", [(SAID, True), ("Demi Lee said hello there.", False)])
def test_names_said_and_the_rest_skipped_is_replaced_only_by_a_decode_that_heard_much_more(plain_text, taken):
    first, plain = chunk("Demi-Leigh Milburn said hello.", end=11.0), chunk(plain_text, end=11.0)
    assert retry_chunks([first], PROMPT, AsrOptions(), Passes(plain=[plain])) == [plain if taken else first]


def test_only_the_failing_chunk_is_replaced_and_passes_that_do_not_line_up_are_ignored():
    first = [chunk(SAID), chunk(ECHO, start=7, end=12)]
    plain = [chunk("different words here"), chunk(SAID, start=7, end=12)]
    assert retry_chunks(first, PROMPT, AsrOptions(), Passes(plain=plain)) == [first[0], plain[1]]
    assert retry_chunks(first, PROMPT, AsrOptions(), Passes(plain=plain[:1])) == first


def test_retries_can_be_turned_off(tiny_model):
    audio, context = _clip("dict_13")
    vocabulary = build_vocabulary(context, load_lexicon(), count_tokens=token_counter(tiny_model))
    before = tiny_model.stats.passes
    transcribe_audio(audio, tiny_model, replace(OPTS, retry_without_hotwords=False), vocabulary=vocabulary)
    assert tiny_model.stats.passes == before + 1


def test_decode_chunks_groups_segments_into_the_vad_chunks_in_order(tiny_model):
    from transcribe.asr import decode_chunks

    audio = _three_clips()
    chunks = decode_chunks(audio, tiny_model, OPTS)
    assert len(chunks) >= 2
    assert all(a.end <= b.start + 0.5 for a, b in zip(chunks, chunks[1:]))
    for c in chunks:
        assert {s.avg_logprob for s in c.segments} == {c.avg_logprob}
        assert c.text == " ".join(s.text.strip() for s in c.segments if s.text.strip())


@pytest.mark.parametrize("biased", [False, True])
def test_each_segment_is_handed_on_in_order_as_the_transcript_has_it(tiny_model, biased):
    """``on_segment`` gets the transcript's segments, in order (what streaming sends); an error it raises stops
    the transcription. Without case context they come as the batched pipeline yields them; with it, once the
    biased chunks have been checked."""

    class Enough(Exception):
        pass

    def first(seg):
        heard.append(seg)
        raise Enough

    audio = _three_clips()
    vocabulary = build_vocabulary(_clip("dict_13")[1], load_lexicon(), count_tokens=token_counter(tiny_model)) if biased else None
    heard = []
    with pytest.raises(Enough):
        transcribe_audio(audio, tiny_model, OPTS, vocabulary=vocabulary, on_segment=first)
    whole = transcribe_audio(audio, tiny_model, OPTS, vocabulary=vocabulary, on_segment=heard.append)
    assert len(whole.segments) > 1 and heard[0] == whole.segments[0]
    assert heard[1:] == whole.segments  # then every segment, in order


def _w(start, end, word):
    return SimpleNamespace(start=start, end=end, word=word, probability=0.9)


def test_a_chunk_is_cut_into_sentences_at_the_words_whisper_ended_with_a_full_stop():
    from transcribe.asr import _cues

    words = [_w(0.2, 0.5, " I"), _w(0.5, 1.0, " saw"), _w(1.0, 1.6, " Kayleigh."), _w(2.0, 2.4, " Was"),
             _w(2.4, 2.9, " she"), _w(2.9, 3.3, " safe?"), _w(3.5, 3.9, " Yes")]
    chunk_seg = SimpleNamespace(start=0.0, end=4.2, text=" I saw Kayleigh. Was she safe? Yes", words=words)
    cues = _cues(chunk_seg)
    assert [c[2] for c in cues] == ["I saw Kayleigh.", "Was she safe?", "Yes"]
    assert [(c[0], c[1]) for c in cues] == [(0.0, 1.6), (2.0, 3.3), (3.5, 4.2)]  # the chunk's own start and end kept
    assert " ".join(c[2] for c in cues) == chunk_seg.text.strip()
    # words that do not spell the text exactly: the chunk stays whole rather than risk changing the text
    odd = SimpleNamespace(start=0.0, end=4.2, text=" I saw Kayleigh, was she safe", words=words)
    assert [c[2] for c in _cues(odd)] == ["I saw Kayleigh, was she safe"]


def test_segments_are_sentences_and_their_words_spell_them(tiny_model, data_dir):
    t = transcribe_audio(decode_audio(data_dir / "child_voice.m4a"), tiny_model, OPTS)
    assert len(t.segments) > 1
    for a, b in zip(t.segments, t.segments[1:]):
        assert a.text.endswith((".", "?", "!")) and a.end <= b.start + 0.01
    for s in t.segments:
        assert "".join(w.word for w in s.words).strip() == s.text


# -- a relation the case's names made Whisper write ----------------------------------------------------------------

from faster_whisper.transcribe import Segment as FwSegment, Word as FwWord

CASE = set(plain_words("Kayleigh Robson, mam Donna Robson, nan Maureen Robson, dad Geoff Robson"))


def decoded(*words: tuple[str, float], start: float = 0.0) -> list[FwWord]:
    """faster-whisper words, (text, probability) each, half a second apart."""
    return [FwWord(start + 0.5 * i, start + 0.5 * i + 0.4, f" {w}", p) for i, (w, p) in enumerate(words)]


def biased(*words: tuple[str, float]) -> Chunk:
    """A biased chunk as decode_chunks returns it: one faster-whisper segment of these words."""
    ws = decoded(*words)
    text = "".join(w.word for w in ws)
    seg = FwSegment(0, 0, ws[0].start, ws[-1].end, text, [], -0.3, compression_ratio(text), 0.05, ws, 0.0)
    return Chunk([seg], -0.3, 0.05, compression_ratio(text), text.strip())


SEE = [("She", 0.99), ("would", 0.99), ("like", 0.99), ("to", 0.99), ("see", 0.98), ("her", 0.99)]


def test_a_prompt_relation_written_over_another_heard_surely_is_replaced_by_the_unbiased_words():
    # The sample dictation's "see her dad more often", written "see her nan Maureen" with the case's names.
    first = biased(*SEE, ("nan", 0.01), ("Maureen.", 0.03))
    assert [w.word for w in unsure_kin_words(first, CASE, 0.9)] == [" nan"]
    out, taken = take_unbiased_words(first, decoded(*SEE, ("dad", 0.16), ("more", 0.99), ("often.", 0.99)), CASE)
    assert out.text == "She would like to see her dad more often." and out.segments[0].text.strip() == out.text
    ((start, end),) = taken
    assert start == pytest.approx(3.0) and end == pytest.approx(4.4)
    # "Her dad lives in Sunderland" written "Her nan lives...", the prompt's relation written with some confidence
    out, taken = take_unbiased_words(biased(("Her", 0.9), ("nan", 0.84), ("lives.", 0.9)),
                                     decoded(("Her", 0.93), ("dad", 0.94), ("lives.", 0.9)), CASE)
    assert out.text == "Her dad lives." and len(taken) == 1


@pytest.mark.parametrize("plain", [
    SEE + [("mom", 0.97), ("Donna.", 0.9)],  # the same relation, spelled otherwise: the case's "mam" is kept
    SEE + [("Donna", 0.97), ("said.", 0.9)],  # no relation heard without the names: nothing to set against it
    SEE + [("nanny", 0.24), ("f.", 0.45)],  # another relation, heard unsurely ("dad Geoff" as "nanny F"): kept
    SEE + [("mam", 0.99), ("Donna.", 0.9)],  # the same words
])
def test_a_relation_the_decode_without_names_does_not_contradict_surely_stays(plain):
    first = biased(*SEE, ("mam", 0.02), ("Donna.", 0.4))
    out, taken = take_unbiased_words(first, decoded(*plain), CASE)
    assert out is first and taken == []


def test_a_relation_not_in_the_prompt_is_not_the_biasings_doing():
    first = biased(*SEE, ("uncle", 0.3), ("more", 0.9), ("often.", 0.9))  # "uncle" is no word of the prompt
    assert unsure_kin_words(first, CASE, 0.9) == []
    out, taken = take_unbiased_words(first, decoded(*SEE, ("dad", 0.9), ("more", 0.99), ("often.", 0.99)), CASE)
    assert out is first and taken == []


def test_the_check_can_be_turned_off(tiny_model, data_dir):
    audio = decode_audio(data_dir / "hello.wav")
    first = biased(("nan", 0.1), ("visited.", 0.9))
    passes = tiny_model.stats.passes
    out, taken = check_kin_words(audio, tiny_model, replace(OPTS, check_kin_below=0), [first], CASE)
    assert out == [first] and taken == [] and tiny_model.stats.passes == passes


def test_a_relative_spoken_of_by_kin_word_only_is_not_written_as_the_prompts_relative(tiny_model, data_dir):
    # espeak-ng's Scottish voice: "Kayleigh told me she would like to see her dad more often. Her dad lives in
    # Sunderland and she misses him." The case's prompt reads "Kayleigh Robson, nan Maureen Robson, mam Donna Robson";
    # with it, and no check, tiny.en wrote "see her nan Maureen Robson, her nan life..." here (2026-11-30, this CPU).
    context = parse_context({"child": {"name": "Kayleigh Robson"},
                             "people": [{"name": "Maureen Robson", "role": "nan"}, {"name": "Donna Robson", "role": "mother"}]})
    # (the prompt with every full name, as it was when this was seen: VocabularyOptions.surname_once off)
    vocabulary = build_vocabulary(context, load_lexicon(), VocabularyOptions(surname_once=False),
                                  count_tokens=token_counter(tiny_model))
    assert "nan Maureen Robson" in vocabulary.hotwords
    heard = recognise_audio(decode_audio(data_dir / "dad_more_often.ogg"), tiny_model, OPTS, vocabulary=vocabulary)
    text = heard.transcript.text
    assert "Maureen" not in text and " nan" not in text.lower(), text
    assert "Kayleigh" in text and "more often" in text  # the name said is still written as the case spells it
    doubts = find_doubts(heard.transcript, unbiased=heard.unbiased)
    assert heard.unbiased and {d.reason for d in doubts} >= {"case_word_taken_back"}  # and the place is flagged


def _with_word(chunk_, old: str, new: str, probability: float) -> Chunk:
    seg = chunk_.segments[0]
    words = [replace(w, word=f" {new}", probability=probability) if old in w.word else w for w in seg.words]
    assert any(w.word == f" {new}" for w in words)
    text = "".join(w.word for w in words)
    return replace(chunk_, segments=[replace(seg, text=text, words=words)], text=text.strip())


def test_a_prompt_relation_written_over_words_heard_surely_without_it_is_taken_back(tiny_model, data_dir):
    # espeak-ng's "I visited the family home today and spoke with the children about school.", decoded with no
    # names; then "children" written as a biased decode writes a prompt relation over other words: "nan", unsure.
    audio = decode_audio(data_dir / "hello.wav")
    (chunk_,) = decode_chunks(audio, tiny_model, OPTS)
    invented = _with_word(chunk_, "children", "nan", 0.2)
    passes = tiny_model.stats.passes
    out, taken = check_kin_words(audio, tiny_model, OPTS, [invented], CASE)
    assert tiny_model.stats.passes == passes + 1  # one short decode of that chunk alone
    assert " nan" not in out[0].text and "children" in out[0].text.lower() and len(taken) == 1
    assert out[0].segments[0].text.strip() == out[0].text
    # a prompt relation written with confidence is never decoded again
    sure = _with_word(chunk_, "children", "nan", 0.95)
    assert check_kin_words(audio, tiny_model, OPTS, [sure], CASE) == ([sure], [])


def test_a_chunk_decoded_alone_has_its_words_at_the_recordings_times(tiny_model):
    # Three dictation clips with pauses between: more than one VAD chunk, each after the first starting past a pause.
    audio = _three_clips()
    chunks = decode_chunks(audio, tiny_model, OPTS)
    assert len(chunks) >= 2
    alone = decode_alone(audio, tiny_model, OPTS, [(c.start, c.end) for c in chunks])
    for c, words in zip(chunks, alone):
        first = [w for s in c.segments for w in s.words]
        # a chunk's first word may start anywhere in the padding before it; the words after it are timed alike
        assert words[1].start == pytest.approx(first[1].start, abs=0.2)
        assert words[-1].end == pytest.approx(first[-1].end, abs=0.2)


def test_the_kin_check_runs_where_the_council_says_and_by_default_on_cuda_only():
    assert kin_check_runs("on", "cpu") and kin_check_runs("auto", "cuda") and kin_check_runs("on", "cuda")
    assert not kin_check_runs("auto", "cpu") and not kin_check_runs("off", "cuda")
    assert AsrOptions().check_kin_words == "auto"



def test_with_the_check_off_no_chunk_is_decoded_again_for_a_kin_word(tiny_model, data_dir):
    context = parse_context({"child": {"name": "Kayleigh Robson"},
                             "people": [{"name": "Maureen Robson", "role": "nan"}, {"name": "Donna Robson", "role": "mother"}]})
    vocabulary = build_vocabulary(context, load_lexicon(), count_tokens=token_counter(tiny_model))
    before = tiny_model.stats.checked
    heard = recognise_audio(decode_audio(data_dir / "dad_more_often.ogg"), tiny_model,
                            replace(OPTS, check_kin_words="off"), vocabulary=vocabulary)
    assert tiny_model.stats.checked == before and heard.unbiased == []


# -- case words copied from the prompt -----------------------------------------------------------------------------

# The prompt of a spoken evaluation note (dev9b e02), as build_vocabulary writes it: child, relatives, worker, school,
# street, town.
E02 = prompt_entries("Keziah Laidlaw, mam Dervla Laidlaw, dad Lorcan Pitcairn, Florentine Kinross, "
                     "Seafield Primary School, High Street, Elgin")
BARS = (AsrOptions().read_back_below, AsrOptions().read_back_own_entry_below, AsrOptions().read_back_own_entry_drop_below)


def _copied(*words: tuple[str, float]) -> list[str]:
    """The words dropped, then "|", then the words kept and flagged."""
    ws = decoded(*words)
    drop, doubt, _ = copied_words(ws, E02, *BARS)
    return [ws[i].word.strip() for i in drop] + (["|"] + [ws[i].word.strip() for i in doubt] if doubt else [])


def test_the_prompts_later_entries_copied_over_the_speech_and_past_its_end_are_found():
    # base, int8, this CPU: "Dad Lorcan Pitcairn, born the thirteenth of June ... Keziah goes to Seafield Primary School
    # nursery." written "dad Lorcan Pitcairn, Florentine Kinross, Seafield Primary School, High Street, Elgin", with
    # the aligner's probabilities (it scores words without the prompt).
    assert _copied(("dad", 0.001), ("Lorcan", 0.296), ("Pitcairn,", 0.116), ("Florentine", 0.214), ("Kinross,", 0.0001),
                   ("Seafield", 0.361), ("Primary", 0.266), ("School,", 0.98), ("High", 0.0002), ("Street,", 0.002),
                   ("Elgin", 0.002)) == ["Florentine", "Kinross,", "High", "Street,", "Elgin"]


@pytest.mark.parametrize("words, copied", [
    # a surname over "goes to"/"attends": kept and flagged, since a surname said can get as little...
    ([("Keziah", 0.4), ("Laidlaw,", 0.0007), ("goes", 0.9)], ["|", "Laidlaw,"]),
    # ...but dropped where the aligner gives it next to nothing, as no surname said got on the seen sets
    ([("Keziah", 0.4), ("Laidlaw,", 0.0002), ("goes", 0.9)], ["Laidlaw,"]),
    ([("Keziah", 0.4), ("Laidlaw,", 0.006), ("goes", 0.9)], []),  # a rare surname said, above the bar: nothing
    ([("with", 0.99), ("mam", 0.01), ("Dervla", 0.0004), ("today.", 0.9)], []),  # a kin word's first name is said
    ([("mam", 0.01), ("Dervla", 0.3), ("Laidlaw", 0.0008)], ["|", "Laidlaw"]),  # ...its surname is judged
    ([("Keziah", 0.4), ("Laidlaw,", 0.3), ("mam", 0.5), ("Dervla", 0.2)], []),  # the prompt's order, heard: kept
    ([("Pitcairn,", 0.3), ("Seafield", 0.0001)], []),  # prompt words, not in the prompt's order: no copy
    # the next entry said after words the decoder skipped ("Keziah Laidlaw [lives with her] mam Dervla"): the kin word
    # after the skip gets almost nothing, the names said do not
    ([("Keziah", 0.35), ("Laidlaw,", 0.13), ("mam", 0.0001), ("Dervla", 0.12), ("Laidlaw,", 0.65)], []),
    ([("Keziah", 0.35), ("Laidlaw,", 0.13), ("mam", 0.0001), ("Dervla", 0.004), ("Laidlaw,", 0.65)],
     ["mam", "Dervla", "Laidlaw,"]),  # ...a name of it heard as nothing: the entry goes whole
    ([("Florentine", 0.0001), ("said.", 0.9)], []),  # a prompt word the decoder chose itself, not copied: never judged
    ([("Lorcan", 0.3), ("Pitcairn,", 0.2), ("Florentine", 0.3), ("Kinr", 0.0001)], ["Florentine", "Kinr"]),  # a name's start
    # both kinds in one run: the surname flagged, the next entry dropped
    ([("Lorcan", 0.3), ("Pitcairn,", 0.0009), ("Florentine", 0.3), ("Kinross", 0.0001)],
     ["Florentine", "Kinross", "|", "Pitcairn,"]),
    ([("Lorcan", 0.3), ("Pitcairn,", 0.0001), ("Florentine", 0.3), ("Kinross", 0.0001)],
     ["Pitcairn,", "Florentine", "Kinross"]),  # the surname next to nothing: dropped with the entry after it
])
def test_only_copies_the_audio_does_not_bear_out_are_found(words, copied):
    assert _copied(*words) == copied


def test_copied_words_are_dropped_from_the_segment_and_listed_with_their_times():
    chunk = biased(("Keziah", 0.4), ("goes", 0.9), ("to", 0.9), ("Seafield", 0.36), ("Primary", 0.27), ("School,", 0.98),
                   ("High", 0.0002), ("Street,", 0.002), ("Elgin", 0.002))
    kept, dropped, flagged, _ = drop_read_back(chunk.segments, E02, *BARS)
    assert [s.text for s in kept] == [" Keziah goes to Seafield Primary School,"]
    assert kept[0].end == pytest.approx(chunk.segments[0].words[5].end)
    assert dropped == [(3.0, 4.4, "High Street, Elgin")] and flagged == []
    assert drop_read_back(chunk.segments, E02, 0, 0) == (chunk.segments, [], [], [])  # 0: off
    assert drop_read_back(chunk.segments, [], *BARS) == (chunk.segments, [], [], [])  # no prompt, no copy
    surname = biased(("Keziah", 0.4), ("Laidlaw", 0.0007), ("goes", 0.9), ("to", 0.9), ("school.", 0.9))
    kept, dropped, flagged, _ = drop_read_back(surname.segments, E02, *BARS)
    assert kept == surname.segments and dropped == [] and flagged == [(0.5, 0.9, "Laidlaw")]  # kept, flagged
    nothing = biased(("Keziah", 0.4), ("Laidlaw", 0.0002), ("goes", 0.9), ("to", 0.9), ("school.", 0.9))
    kept, dropped, flagged, _ = drop_read_back(nothing.segments, E02, *BARS)
    assert [s.text for s in kept] == [" Keziah goes to school."] and dropped == [(0.5, 0.9, "Laidlaw")] and flagged == []
    assert drop_read_back(nothing.segments, E02, *BARS)[3] == [(0.5, 0.9, "Laidlaw")]  # a surname of its own entry
    assert drop_read_back(nothing.segments, E02, *BARS[:2])[2] == [(0.5, 0.9, "Laidlaw")]  # no drop bar: flagged


E02_SAID = {w for e in E02 for w in e}


def _past_the_end(end_s: float, *words: tuple[str, float, float]) -> tuple[list[str], list]:
    """(the texts of the segments kept, the runs dropped) for one biased segment of these (text, start s, end s) words
    in a recording ``end_s`` seconds long."""
    ws = [FwWord(a, b, f" {w}", 0.5) for w, a, b in words]
    text = "".join(w.word for w in ws)
    seg = FwSegment(0, 0, ws[0].start, ws[-1].end, text, [], -0.3, compression_ratio(text), 0.05, ws, 0.0)
    kept, dropped = drop_past_the_end([seg], E02_SAID, end_s)
    return [s.text for s in kept], dropped


def test_prompt_words_placed_past_the_recordings_end_are_dropped():
    # dev9b e02, base, int8: "...Keziah goes to Seafield Primary School nursery." (48.92 s) ended "Seafield Primary
    # School, Laidlaw, dad Lorcan Pitcairn, Florentine Kinross, ...", every word after "School," at 49.77 s
    tail = [(w, 49.77, 49.77) for w in ("Laidlaw,", "dad", "Lorcan", "Pitcairn,", "Florentine", "Kinross,")]
    kept, dropped = _past_the_end(48.92, ("Seafield", 40.91, 41.3), ("Primary", 47.15, 47.5), ("School,", 47.55, 48.0),
                                  *tail)
    assert kept == [" Seafield Primary School,"]
    assert dropped == [(49.77, 49.77, "Laidlaw, dad Lorcan Pitcairn, Florentine Kinross,")]


@pytest.mark.parametrize("words", [
    [("Keziah", 47.0, 47.4), ("Laidlaw", 47.5, 48.9)],  # the case's names said up to the recording's last moment
    [("Keziah", 47.0, 47.4), ("thanks.", 48.95, 48.95)],  # a word of no case name placed at the end: left alone
])
def test_words_within_the_recording_or_not_of_the_prompt_are_kept(words):
    kept, dropped = _past_the_end(48.92, *words)
    assert dropped == [] and kept == ["".join(f" {w}" for w, _, _ in words)]


def test_a_segment_all_past_the_end_goes_whole():
    kept, dropped = _past_the_end(10.0, ("Florentine", 10.5, 10.5), ("Kinross", 10.5, 10.5))
    assert kept == [] and dropped == [(10.5, 10.5, "Florentine Kinross")]


V02 = prompt_entries("Eabha Rintoul, mam Blaithin Rintoul, Ruaraidh Soutar, Hayshead Primary School, Keptie Road, "
                     "Arbroath")


def _said_again(*words: str) -> tuple[list[str], list]:
    """(the texts of the segments kept, the runs dropped) for one biased segment of these words, 0.4 s each."""
    ws = [FwWord(0.4 * k, 0.4 * k + 0.3, f" {w}", 0.9) for k, w in enumerate(words)]
    text = "".join(w.word for w in ws)
    seg = FwSegment(0, 0, ws[0].start, ws[-1].end, text, [], -0.3, compression_ratio(text), 0.05, ws, 0.0)
    kept, dropped = drop_prompt_said_again([seg], V02)
    return [s.text for s in kept], dropped


def test_the_prompt_written_again_in_one_window_is_dropped_after_its_first_writing():
    # fresh9 v02, base, int8 (this CPU): the last 15 s of the note decoded as the prompt over and over
    kept, dropped = _said_again("born", "on", "the", "9th.", "Ruaraidh", "Soutar,", "Hayshead", "Primary", "School,",
                                "Keptie", "Road,", "Arbroathin,", "Ruaraidh", "Soutar,", "Hayshead", "Primary", "School,",
                                "Keptie", "Road,", "God,", "your", "cave,")
    assert kept == [" born on the 9th. Ruaraidh Soutar, Hayshead Primary School, Keptie Road, Arbroathin, God, your cave,"]
    assert [text for _, _, text in dropped] == ["Ruaraidh Soutar, Hayshead Primary School, Keptie Road,"]


@pytest.mark.parametrize("words", [
    ("Eabha", "Rintoul,", "mam", "said", "Eabha", "Rintoul,", "mam", "Blaithin."),  # fewer than four words in a row
    ("Hayshead", "Primary", "School", "is", "near", "Hayshead", "Primary", "School."),  # one entry said twice
    ("Ruaraidh", "Soutar,", "Hayshead", "Primary", "School,", "Keptie", "Road,", "Arbroath."),  # written once
])
def test_a_case_entry_said_twice_or_a_long_run_written_once_is_kept(words):
    kept, dropped = _said_again(*words)
    assert dropped == [] and kept == ["".join(f" {w}" for w in words)]


def _espeak(tmp_path, text: str, voice: str = "en-gb"):
    import shutil
    import subprocess

    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng): this test makes its own audio with it")
    wav = tmp_path / "said.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(wav), text], check=True, capture_output=True)
    return decode_audio(wav)


def test_speech_under_copied_names_is_found_and_heard_again(tiny_model, tmp_path):
    # Audio the test makes: what was said. Its decode is then given, over "was born on the thirteenth of June nineteen
    # ninety", the prompt's next entry as a biased decode copies it ("Florentine Kinross,", the aligner's 0.2 and
    # 0.0001); dropping it leaves that speech with no words, which is found and decoded again on its own.
    audio = _espeak(tmp_path, "Dad Lorcan Pitcairn was born on the thirteenth of June nineteen ninety. The house was cold.")
    (chunk_,) = decode_chunks(audio, tiny_model, OPTS)
    (seg,) = chunk_.segments
    words = list(seg.words)
    born = next(i for i, w in enumerate(words) if "born" in w.word.lower())  # "was born ... ninety." (tiny.en: "2019?")
    end = next(i for i in range(born, len(words)) if words[i].word.rstrip().endswith((".", "?", "!")))
    gap = words[born - 1 : end + 1]
    mid = (gap[0].start + gap[-1].end) / 2
    copy = [FwWord(gap[0].start, mid, " Florentine", 0.2), FwWord(mid, gap[-1].end, " Kinross.", 0.0001)]
    lead = words[: born - 2] + [replace(words[born - 2], word=" Pitcairn,")]  # the entry before the copy, as written
    biased_words = lead + copy + words[end + 1 :]
    invented = replace(seg, words=biased_words, text="".join(w.word for w in biased_words))
    kept, dropped, _, _ = drop_read_back([invented], E02, *BARS)
    assert "Kinross" not in kept[0].text and "Florentine" not in kept[0].text
    assert dropped == [(round(gap[0].start, 2), round(gap[-1].end, 2), "Florentine Kinross.")]
    unheard = unheard_speech(audio, kept, OPTS.min_unheard_speech_s)
    assert len(unheard) == 1 and unheard[0][0] <= gap[0].start + 0.3
    filled, reheard = hear_again(audio, tiny_model, OPTS, kept, unheard, hotwords=", ".join(" ".join(e) for e in E02))
    text = " ".join(s.text.strip() for s in filled).lower()
    # What tiny.en writes for the stretch depends on the CPU's int8 arithmetic (on an AVX2-only EPYC, with the
    # hotwords, "1st, 1st, 1st, ..."): asserted here is what casenote does with it, never a loop and never the copy.
    assert "kinross" not in text and not loops(filled), text
    assert all(not loops([s]) for s in filled)
    for a, b in reheard:  # what was heard again lies where the copy was dropped
        assert gap[0].start - 0.5 <= a and b <= gap[-1].end + 1.0


def test_a_looping_decode_is_told_from_speech():
    """hear_again puts no decode in that repeats itself past Whisper's compression-ratio bar."""
    from types import SimpleNamespace

    loop = [SimpleNamespace(text=" 1st, 1st, 1st, 1st, 1st, 1st, 1st, 1st, 1st, 1st, 1st, 1st, 1st, 1st, 1st")]
    said = [SimpleNamespace(text=" was born on the thirteenth of June nineteen ninety."),
            SimpleNamespace(text=" The house was cold.")]
    assert loops(loop) and not loops(said) and not loops([])
