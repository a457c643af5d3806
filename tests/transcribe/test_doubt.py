from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.correction import correct_transcript
from transcribe.doubt import DoubtOptions, find_doubts, word_spans
from transcribe.note import Segment, Transcript, Word
from transcribe.vocabulary import build_vocabulary


def seg_transcript(avg_logprob=-0.3, compression_ratio=1.5, no_speech_prob=0.05, probs=(0.9, 0.9, 0.9)):
    words = [Word(i * 0.5, i * 0.5 + 0.4, f" w{i}", p) for i, p in enumerate(probs)]
    text = "".join(w.word for w in words).strip()
    seg = Segment(0.0, 2.0, text, 0.7, avg_logprob, no_speech_prob, compression_ratio, 0, len(text), words)
    return Transcript(text, "en", 2.0, "test", [seg])


@pytest.mark.parametrize(
    "kwargs, reasons",
    [
        ({}, []),
        ({"avg_logprob": -1.3}, ["low_confidence"]),
        ({"compression_ratio": 3.1}, ["repetition"]),
        ({"no_speech_prob": 0.9, "avg_logprob": -0.8}, ["no_speech"]),
        ({"no_speech_prob": 0.9, "avg_logprob": -0.2}, []),  # confidently decoded speech over a quiet window
        ({"probs": (0.9, 0.2, 0.9)}, ["low_word_probability"]),
        ({"avg_logprob": -1.5, "compression_ratio": 2.6}, ["low_confidence", "repetition"]),
    ],
)
def test_segment_and_word_reasons(kwargs, reasons):
    doubts = find_doubts(seg_transcript(**kwargs))
    assert sorted(d.reason for d in doubts) == sorted(reasons)


def test_segment_doubt_carries_its_span_times_and_detail():
    t = seg_transcript(avg_logprob=-1.4)
    (d,) = find_doubts(t)
    assert (d.start, d.end, d.start_s, d.end_s) == (0, len(t.text), 0.0, 2.0)
    assert d.text == t.text and "-1.40" in d.detail


def test_adjacent_unsure_words_make_one_doubt():
    t = seg_transcript(probs=(0.9, 0.2, 0.1, 0.9, 0.3))
    doubts = find_doubts(t)
    assert [(d.text, d.start_s, d.end_s) for d in doubts] == [("w1 w2", 0.5, 1.4), ("w4", 2.0, 2.4)]
    assert doubts[0].detail == "word probabilities 0.10-0.20"
    for d in doubts:
        assert t.text[d.start : d.end] == d.text


def test_thresholds_come_from_options():
    t = seg_transcript(probs=(0.9, 0.5, 0.9))
    assert find_doubts(t) == []
    assert [d.reason for d in find_doubts(t, DoubtOptions(min_word_probability=0.6))] == ["low_word_probability"]


def test_word_spans_exclude_the_joining_space():
    t = seg_transcript()
    assert [t.text[a:b] for a, b in word_spans(t, t.segments[0])] == ["w0", "w1", "w2"]


def _loop_and_name_transcript():
    words = [(" Jaden", 0.2), (" said", 0.9)] + [(" I", 0.9), (" want", 0.9), (" my", 0.9), (" mam.", 0.9)] * 4
    ws = [Word(i * 0.5, i * 0.5 + 0.4, w, p) for i, (w, p) in enumerate(words)]
    text = "".join(w.word for w in ws).strip()
    seg = Segment(0.0, 9.0, text, 0.7, -0.4, 0.1, 2.0, 0, len(text), ws)
    return Transcript(text, "en", 9.0, "test", [seg])


def test_removed_hallucination_is_shown_never_hidden():
    context = parse_context({"child": {"name": "Jayden Robson"}})
    corrected = correct_transcript(_loop_and_name_transcript(), build_vocabulary(context))
    assert corrected.transcript.text == "Jayden said I want my mam."
    doubts = find_doubts(corrected.transcript, corrections=corrected.corrections)
    removed = [d for d in doubts if d.reason == "hallucination_removed"]
    assert len(removed) == 1
    (r,) = removed
    assert r.text == "I want my mam. I want my mam. I want my mam."
    assert r.start == r.end == len(corrected.transcript.text)
    assert r.start_s == 3.0 and "repeated 4 times" in r.detail


def test_a_snapped_name_is_flagged_both_as_unsure_and_as_corrected():
    context = parse_context({"child": {"name": "Jayden Robson"}})
    corrected = correct_transcript(_loop_and_name_transcript(), build_vocabulary(context))
    doubts = find_doubts(corrected.transcript, corrections=corrected.corrections)
    on_name = sorted(d.reason for d in doubts if d.start == 0)
    assert on_name == ["low_word_probability", "name_corrected"]
    assert all(d.text == "Jayden" for d in doubts if d.start == 0)
    assert not [d for d in find_doubts(corrected.transcript, DoubtOptions(flag_name_corrections=False), corrected.corrections) if d.reason == "name_corrected"]


def test_doubts_are_sorted_by_position():
    t = seg_transcript(avg_logprob=-1.4, probs=(0.1, 0.9, 0.1))
    doubts = find_doubts(t)
    assert [d.start for d in doubts] == sorted(d.start for d in doubts)


def test_silence_gives_no_doubts(tiny_model, data_dir):
    from transcribe.asr import transcribe_audio
    from transcribe.audio import decode_audio

    t = transcribe_audio(decode_audio(data_dir / "silence.wav"), tiny_model)
    assert find_doubts(t) == []


def words_transcript(*words_and_probs):
    words, t = [], 0.0
    for w, p in words_and_probs:
        words.append(Word(t, t + 0.4, f" {w}", p))
        t += 0.5
    text = "".join(w.word for w in words).strip()
    seg = Segment(0.0, t, text, 0.7, -0.4, 0.05, 1.4, 0, len(text), words)
    return Transcript(text, "en", t, "test", [seg])


def test_words_in_another_script_are_flagged_where_they_are():
    # As base wrote it for a held-out dictation: "Kyla's attendance is up to..." came out half in Chinese.
    t = words_transcript(("Kyla's", 0.8), ("Atende比較", 0.9), ("90%", 0.9), ("and", 0.9), ("Жизнь", 0.9), ("was", 0.9))
    doubts = [d for d in find_doubts(t) if d.reason == "foreign_script"]
    assert [(d.text, d.start_s, d.end_s) for d in doubts] == [("Atende比較", 0.5, 0.9), ("Жизнь", 2.0, 2.4)]
    for d in doubts:
        assert t.text[d.start : d.end] == d.text


def test_accented_latin_names_and_symbols_are_not_another_script():
    t = words_transcript(("Zoë", 0.9), ("Renée", 0.9), ("£20", 0.9), ("Siobhán", 0.9), ("14:30", 0.9))
    assert find_doubts(t) == []
    assert find_doubts(words_transcript(("比較", 0.9)), DoubtOptions(flag_foreign_script=False)) == []


def _vocabulary():
    from transcribe.context import parse_context
    from transcribe.vocabulary import build_vocabulary

    return build_vocabulary(parse_context({
        "child": {"name": "Ollie Wanless"},
        "people": [{"name": "Stuart Wanless", "role": "father"}, {"name": "Gemma Wanless", "role": "mother"}],
        "address": "Ashington",
    }))


def test_case_names_written_back_to_back_as_the_prompt_lists_them_are_flagged():
    # held_09 on base, the decode kept from looping: "Ollie Wanless has a child protection plan" came out with
    # the father's name copied in from the prompt, every word of it confidently. (The prompt now gives the
    # family's surname once, "Ollie Wanless, dad Stuart": the words read back as it lists them are flagged.)
    t = words_transcript(("Ollie", 0.9), ("Wanless,", 0.95), ("dad", 0.9), ("Stuart", 0.9), ("Wanless,", 0.9),
                         ("child", 0.9), ("protection", 0.95), ("plan.", 0.9))
    doubts = find_doubts(t, vocabulary=_vocabulary())
    assert [(d.reason, d.text, d.start_s, d.end_s) for d in doubts] == [
        ("read_from_case", "Ollie Wanless, dad Stuart", 0.0, 1.9)
    ]
    assert t.text[doubts[0].start : doubts[0].end] == doubts[0].text
    assert find_doubts(t, DoubtOptions(flag_read_from_case=False), vocabulary=_vocabulary()) == []
    assert find_doubts(t) == []  # without the vocabulary there is no prompt to compare with


def test_case_names_in_a_sentence_are_not_flagged():
    t = words_transcript(("Ollie", 0.9), ("Wanless", 0.95), ("said", 0.9), ("his", 0.9), ("dad", 0.9), ("Stuart", 0.9),
                         ("and", 0.9), ("mam", 0.9), ("Gemma", 0.9), ("argue", 0.9), ("in", 0.9), ("Ashington.", 0.9))
    assert find_doubts(t, vocabulary=_vocabulary()) == []


def _harrison():
    from transcribe.context import parse_context
    from transcribe.vocabulary import build_vocabulary

    return build_vocabulary(parse_context({
        "child": {"name": "Harrison Coulthard"},
        "people": [{"name": "Paul Coulthard", "role": "father"}, {"name": "Irene Coulthard", "role": "grandmother"},
                   {"name": "Mrs Patterson", "role": "health visitor"}],
        "address": "Hendon, Sunderland", "school": "Southmoor Academy",
    }))


@pytest.mark.parametrize(
    "words, flagged",
    [
        # long_02 on base (whole dictations, AVX2): the surname, never said there, came in as a sentence of its own
        ("we went for a walk to the shop. Coulthard. Harrison said he was with older lads.", ["Coulthard"]),
        ("Harrison Coulthard. Harrison is thirteen.", ["Harrison Coulthard"]),
        ("I saw Paul. Irene.", ["Irene"]),
        ("I saw Harrison. Paul Coulthard said he works nights.", []),  # names in sentences
        ("Harrison said he was with older lads in Sunderland.", []),
        ("It was the summer. Paul agreed.", []),
        ("Mrs. Patterson the health visitor came. Mrs. Patterson said so.", []),  # a title, as Whisper writes it
    ],
)
def test_a_case_name_standing_alone_as_a_sentence_is_flagged(words, flagged):
    t = words_transcript(*[(w, 0.95) for w in words.split()])
    doubts = [d for d in find_doubts(t, vocabulary=_harrison()) if d.reason == "read_from_case"]
    assert [d.text for d in doubts] == flagged
    for d in doubts:
        assert t.text[d.start : d.end] == d.text and "check it was said" in d.detail


def test_a_street_and_its_town_as_the_prompt_lists_them_are_not_flagged():
    # "...lives with her mam Leanne in Owton Manor, Hartlepool." is how a practitioner says an address.
    from transcribe.context import parse_context
    from transcribe.vocabulary import build_vocabulary

    v = build_vocabulary(parse_context({"child": {"name": "Poppy-Mae Gibson"}, "address": "Owton Manor, Hartlepool"}))
    def flagged(text):
        t = words_transcript(*[(w, 0.95) for w in text.split()])
        return [d.text for d in find_doubts(t, vocabulary=v) if d.reason == "read_from_case"]

    assert flagged("Poppy-Mae lives with her mam in Owton Manor, Hartlepool.") == []
    assert flagged("Seen at home in Hartlepool, Poppy-Mae Gibson, was well.") == ["Hartlepool, Poppy-Mae Gibson"]


# -- identifier_unclear: a redaction holding words heard with low probability (issue 25) ---------------
def _identifier_transcript():
    words = [Word(0.0, 0.4, " NHS", 0.9), Word(0.5, 0.9, " number", 0.9), Word(1.0, 1.4, " Tavish", 0.2),
             Word(1.5, 1.9, " Kell.", 0.3), Word(2.0, 2.4, " Mam", 0.9), Word(2.5, 2.9, " Jo.", 0.95)]
    text = "".join(w.word for w in words).strip()
    return Transcript(text, "en", 3.0, "test", [Segment(0.0, 3.0, text, 0.8, -0.2, 0.0, 1.5, 0, len(text), words)])


def test_a_redaction_over_unsure_words_is_flagged_for_the_practitioner():
    from transcribe.doubt import add_identifier_doubts
    from transcribe.note import Redaction

    t = _identifier_transcript()
    nhs = Redaction(t.text.index("Tavish"), t.text.index("Kell") + 4, "UK_NHS", "[NHS NUMBER]")
    name = Redaction(t.text.index("Jo"), t.text.index("Jo") + 2, "PERSON", "[PERSON 1]")  # heard surely
    earlier = find_doubts(t)
    doubts = add_identifier_doubts(earlier, t, [nhs, name])
    (flag,) = [d for d in doubts if d.reason == "identifier_unclear"]
    assert (flag.start, flag.end, flag.text, flag.start_s, flag.end_s) == (nhs.start, nhs.end, "Tavish Kell", 1.0, 1.9)
    assert "NHS number" in flag.detail and "Tavish" not in flag.detail  # the detail never repeats the identifier
    assert [d for d in doubts if d.reason != "identifier_unclear"] == earlier  # the other flags stay as they were
    assert add_identifier_doubts(earlier, t, [nhs], DoubtOptions(flag_unclear_identifiers=False)) == earlier
    assert add_identifier_doubts(earlier, t, [nhs], DoubtOptions(min_word_probability=0.1)) == earlier


def test_speech_with_no_words_is_flagged_where_the_text_resumes():
    t = seg_transcript()  # words at 0.0-0.4, 0.5-0.9, 1.0-1.4
    moved = [Word(w.start + 3.0, w.end + 3.0, w.word, w.probability) for w in t.segments[0].words]
    t.segments[0] = Segment(3.0, 5.0, t.text, 0.7, -0.3, 0.05, 1.5, 0, len(t.text), moved)
    (d,) = find_doubts(t, unheard=[(0.0, 3.0)])
    assert (d.reason, d.start, d.end, d.text, d.start_s, d.end_s) == ("unheard_speech", 0, 0, "", 0.0, 3.0)
    assert "no words" in d.detail
    (end,) = find_doubts(t, unheard=[(5.0, 8.0)])  # after the last word: at the end of the text
    assert end.start == end.end == len(t.text)
    assert find_doubts(t, DoubtOptions(flag_unheard_speech=False), unheard=[(0.0, 3.0)]) == []
    assert find_doubts(t) == []


def test_words_a_skipped_stretch_was_decoded_again_into_are_flagged_for_checking():
    t = seg_transcript()  # words at 0.0-0.4, 0.5-0.9, 1.0-1.4
    (d,) = find_doubts(t, reheard=[(0.5, 1.4)])
    assert (d.reason, d.text, d.start_s, d.end_s) == ("unheard_speech", "w1 w2", 0.5, 1.4)
    assert t.text[d.start : d.end] == d.text and "again" in d.detail


def test_words_taken_from_the_decode_without_the_names_are_flagged_for_checking():
    t = seg_transcript()  # words at 0.0-0.4, 0.5-0.9, 1.0-1.4
    (d,) = find_doubts(t, unbiased=[(0.5, 1.4)])
    assert (d.reason, d.text, d.start_s, d.end_s) == ("case_word_taken_back", "w1 w2", 0.5, 1.4)
    assert t.text[d.start : d.end] == d.text and "without" in d.detail
    (dropped,) = find_doubts(t, unbiased=[(0.45, 0.47)])  # the biased words dropped, none written there
    assert dropped.start == dropped.end == t.text.index("w1")
    assert find_doubts(t, DoubtOptions(flag_case_words_taken_back=False), unbiased=[(0.5, 1.4)]) == []


def test_case_names_copied_from_the_prompt_and_dropped_are_shown_where_they_were():
    t = seg_transcript()  # words at 0.0-0.4, 0.5-0.9, 1.0-1.4
    (d,) = find_doubts(t, read_back=[(0.42, 0.48, "Florentine Kinross,")])  # dropped between w0 and w1
    assert (d.reason, d.start, d.end, d.text, d.start_s, d.end_s) == (
        "hallucination_removed", t.text.index("w1"), t.text.index("w1"), "Florentine Kinross,", 0.42, 0.48)
    assert "Florentine Kinross," in d.detail and "prompt" in d.detail
    (end,) = find_doubts(t, read_back=[(1.5, 3.0, "High Street, Elgin")])  # after the last word: at the text's end
    assert end.start == end.end == len(t.text)
    assert find_doubts(t) == []


def test_a_case_surname_copied_and_kept_is_flagged_over_its_words():
    t = seg_transcript()  # words at 0.0-0.4, 0.5-0.9, 1.0-1.4
    (d,) = find_doubts(t, copied=[(0.5, 0.9)])
    assert (d.reason, d.text, d.start_s, d.end_s) == ("read_from_case", "w1", 0.5, 0.9)
    assert t.text[d.start : d.end] == "w1" and "check it was said" in d.detail
    assert find_doubts(t, DoubtOptions(flag_read_from_case=False), copied=[(0.5, 0.9)]) == []
