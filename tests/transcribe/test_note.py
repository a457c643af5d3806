from __future__ import annotations

from transcribe.note import Segment, Transcript, Word

TEXT = "I saw Amy alone. Amy said she is happy."


def transcript(words: bool = True) -> Transcript:
    ws = [
        Word(0.0, 0.4, " I", 0.9), Word(0.4, 0.8, " saw", 0.9), Word(0.8, 1.2, " Amy", 0.9),
        Word(1.2, 2.0, " alone.", 0.9), Word(6.0, 6.5, " Amy", 0.9), Word(6.5, 7.0, " said", 0.9),
        Word(7.0, 7.3, " she", 0.9), Word(7.3, 7.6, " is", 0.9), Word(7.6, 8.4, " happy.", 0.9),
    ]
    seg = Segment(0.0, 9.0, TEXT, 0.9, char_start=0, char_end=len(TEXT), words=ws if words else [])
    return Transcript(text=TEXT, language="en", duration_s=9.0, model="t", segments=[seg])


def test_a_sentence_inside_a_long_segment_gets_its_own_times_from_the_words():
    t = transcript()
    start = TEXT.index("Amy said")
    assert t.time_of(start, len(TEXT)) == (6.0, 8.4)
    assert t.time_of(0, TEXT.index(".") + 1) == (0.0, 2.0)


def test_without_words_the_segment_bounds_are_used():
    assert transcript(words=False).time_of(20, 30) == (0.0, 9.0)


def test_outside_every_segment_has_no_time():
    t = transcript()
    t.segments[0].char_end = 10
    assert t.time_of(20, 30) is None


def test_word_spans_index_the_text():
    t = transcript()
    assert [TEXT[a:b] for a, b in t.word_spans(t.segments[0])][:4] == ["I", "saw", "Amy", "alone."]


def test_a_transcript_comes_back_whole_from_json():
    import json
    from dataclasses import asdict

    t = transcript()
    assert Transcript.from_dict(json.loads(json.dumps(asdict(t)))) == t
    assert Segment.from_dict(asdict(t.segments[0])).words[3] == Word(1.2, 2.0, " alone.", 0.9)
