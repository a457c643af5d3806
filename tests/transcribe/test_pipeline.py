"""The whole pipeline on real audio with the real tiny model, checked against the note contract."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.errors import CorruptAudioError, EmptyAudioError, NotAudioError

CONTEXT = parse_context(
    {
        "case_ref": "T-1",
        "child": {"name": "Kayleigh Robson", "pronouns": "she"},
        "people": [{"name": "Maureen Robson", "role": "nan"}],
    }
)


@pytest.fixture(scope="module")
def child_note(tiny_pipeline, data_dir):
    return tiny_pipeline.process(data_dir / "child_voice.m4a", CONTEXT)


def test_note_contract_offsets_and_redacted_text_derive_from_spans(child_note):
    text = child_note.transcript.text
    assert child_note.schema_version == "1" and child_note.case_ref == "T-1"
    # redacted text is exactly the transcript with each span replaced, right to left
    rebuilt = text
    spans = sorted(child_note.redactions, key=lambda r: r.start)
    assert spans and child_note.tags and child_note.transcript.segments  # the clip names the child and speaks
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start, "redaction spans overlap"
    for r in reversed(spans):
        assert 0 <= r.start < r.end <= len(text)
        rebuilt = rebuilt[: r.start] + r.replacement + rebuilt[r.end :]
    assert rebuilt == child_note.redacted_text
    for t in child_note.tags:
        assert text[t.start : t.end] == t.text
    for s in child_note.transcript.segments:
        assert text[s.char_start : s.char_end] == s.text


def test_child_name_is_transcribed_then_redacted(child_note):
    assert "Kayleigh" in child_note.transcript.text or "Kaylee" in child_note.transcript.text
    assert "Kayleigh" not in child_note.redacted_text and "Kaylee" not in child_note.redacted_text
    assert "[CHILD]" in child_note.redacted_text


def test_identifiers_heard_unsurely_are_flagged_where_they_are_redacted(tiny_pipeline, data_dir, child_note):
    from dataclasses import replace

    from transcribe.doubt import DoubtOptions
    from transcribe.pipeline import Pipeline

    spans = {(r.start, r.end) for r in child_note.redactions}
    assert {(d.start, d.end) for d in child_note.doubts if d.reason == "identifier_unclear"} <= spans
    # every word below the threshold (whatever this CPU's probabilities): every redaction is flagged, in its place
    p = tiny_pipeline
    options = replace(p.options, doubt=DoubtOptions(min_word_probability=1.01))
    note = Pipeline(p.asr, p.redactor, p.tagger, options, p.lexicon).process(data_dir / "child_voice.m4a", CONTEXT)
    flags = [d for d in note.doubts if d.reason == "identifier_unclear"]
    assert note.redactions and sorted((d.start, d.end) for d in flags) == sorted((r.start, r.end) for r in note.redactions)
    for d in flags:
        assert d.text == note.transcript.text[d.start:d.end] and 0 <= d.start_s < d.end_s <= note.transcript.duration_s + 1


def test_childs_own_words_are_tagged_with_audio_times(child_note):
    voice = [t for t in child_note.tags if t.label == "child_voice"]
    assert voice, child_note.tags
    assert any("school" in t.text for t in voice)
    for t in voice:
        assert t.start_s is not None and t.end_s is not None and t.start_s < t.end_s
    assert any(t.label == "wishes_feelings" for t in child_note.tags)


def test_no_speech_gives_a_note_that_says_so(tiny_pipeline, data_dir):
    from transcribe.render import render_text

    note = tiny_pipeline.process(data_dir / "silence.wav", CONTEXT)
    assert note.transcript.speech_detected is False
    assert note.transcript.text == "" and note.tags == [] and note.redactions == []
    assert "no speech" in render_text(note).lower()


@pytest.mark.parametrize(
    "name, error",
    [("not_audio.pdf", NotAudioError), ("truncated.m4a", CorruptAudioError), ("empty.wav", EmptyAudioError)],
)
def test_bad_audio_is_refused_with_a_named_error(tiny_pipeline, data_dir, name, error):
    with pytest.raises(error):
        tiny_pipeline.process(data_dir / name, CONTEXT)


def test_progress_walks_through_every_stage(tiny_pipeline, data_dir):
    stages = []
    tiny_pipeline.process(data_dir / "hello.m4a", None, progress=lambda s, f: stages.append(s))
    order = [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s]
    assert order == ["transcribing", "redacting", "tagging", "structuring", "done"]


def test_text_stages_still_loading_are_waited_for_and_their_failure_is_raised(tiny_pipeline):
    from concurrent.futures import Future
    from threading import Timer

    from transcribe.errors import ModelNotFoundError
    from transcribe.pipeline import Pipeline

    loading: Future = Future()
    p = Pipeline(tiny_pipeline.asr, None, None, tiny_pipeline.options, tiny_pipeline.lexicon)
    p._text = loading
    Timer(0.2, loading.set_result, [(tiny_pipeline.redactor, tiny_pipeline.tagger)]).start()
    assert p.tagger is tiny_pipeline.tagger and p.redactor is tiny_pipeline.redactor

    failed: Future = Future()
    failed.set_exception(ModelNotFoundError("The spaCy English model is not installed."))
    p._text = failed
    with pytest.raises(ModelNotFoundError):
        p.redactor
