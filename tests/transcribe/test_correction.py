from __future__ import annotations

from dataclasses import replace

import pytest

from transcribe.context import parse_context
from transcribe.correction import CorrectionOptions, correct_transcript
from transcribe.note import Segment, Transcript, Word
from transcribe.vocabulary import Lexicon, Term, VocabularyOptions, build_vocabulary, load_lexicon

CONTEXT = parse_context(
    {
        "child": {"name": "Tyler-Jay Charlton"},
        "people": [{"name": "Jayden Robson", "role": "brother"}, {"name": "Kerry Hedley", "role": "mother"}],
        "address": "3 Elm Terrace, Gateshead",
    }
)
VOCAB = build_vocabulary(CONTEXT, load_lexicon())


def make(*segments: list[tuple[str, float]]) -> Transcript:
    """A transcript from segments given as [(word with its leading space, probability), ...]."""
    out, pieces, pos = [], [], 0
    for k, words in enumerate(segments):
        ws = [Word(k * 10 + i * 0.5, k * 10 + i * 0.5 + 0.4, w, p) for i, (w, p) in enumerate(words)]
        text = "".join(w.word for w in ws).strip()
        pos += 1 if pieces else 0
        out.append(Segment(k * 10, k * 10 + 9, text, 0.6, -0.5, 0.1, 1.4, pos, pos + len(text), ws))
        pos += len(text)
        pieces.append(text)
    return Transcript(" ".join(pieces), "en", 10.0 * len(segments), "test", out)


def sentence(text: str, p: float = 0.95) -> list[tuple[str, float]]:
    return [(" " + w, p) for w in text.split()]


def assert_consistent(t: Transcript) -> None:
    pos = 0
    for i, s in enumerate(t.segments):
        assert t.text[s.char_start : s.char_end] == s.text
        if s.words:
            assert "".join(w.word for w in s.words).strip() == s.text
        pos = s.char_end
    assert pos == len(t.text)


ANCHORED = build_vocabulary(
    parse_context(
        {
            "child": {"name": "Demi-Leigh Milburn"},
            "people": [{"name": "Michelle Milburn", "role": "mother"}, {"name": "Lorraine Robinson", "role": "grandmother"}],
        }
    ),
    load_lexicon(),
)


@pytest.mark.parametrize(
    "words, expected",
    [
        ([(" Emily", 0.4), (" Milburn", 0.9)], "Demi-Leigh Milburn"),  # the case surname places a first name
        ([(" Emily", 0.9), (" Milburn", 0.9)], "Emily Milburn"),  # sure of it: perhaps another Emily
        ([(" Emily", 0.4), (" Robson", 0.9)], "Emily Robson"),  # not a case surname: no anchor
        ([(" Michelle", 0.4), (" Milburn", 0.9)], "Michelle Milburn"),  # already a case first name
        ([(" Her", 0.9), (" mammurraine", 0.3)], "Her mam Lorraine"),  # a kin word run into the name
        ([(" Her", 0.9), (" mammoth", 0.3)], "Her mammoth"),  # the rest is no case name
    ],
)
def test_a_first_name_placed_by_the_words_around_it_snaps_on_a_looser_match(words, expected):
    r = correct_transcript(make(words + [(" said", 0.9), (" so.", 0.9)]), ANCHORED)
    assert r.transcript.text == f"{expected} said so."
    assert_consistent(r.transcript)
    changed = expected != "".join(w for w, _ in words).strip()
    assert [c.kind for c in r.corrections] == (["name"] if changed else [])


@pytest.mark.parametrize(
    "heard, probability, expected",
    [
        ("Jaden", 0.3, "Jayden"),  # same sound, unsure: snapped
        ("Headley", 0.5, "Hedley"),
        ("Robinson", 0.4, "Robson"),
        ("Jaden", 0.95, "Jaden"),  # sure of it: left alone (maybe another Jaden)
        ("Jason", 0.2, "Jason"),  # unsure but does not sound like any case name
        ("carry", 0.2, "carry"),  # lower case: Whisper did not take it for a name
        ("Jayden", 0.1, "Jayden"),  # already right
    ],
)
def test_names_snap_only_when_phonetically_close_and_unsure(heard, probability, expected):
    t = make([(" I", 0.9), (" saw", 0.9), (" " + heard, probability), (" today.", 0.9)])
    r = correct_transcript(t, VOCAB)
    assert r.transcript.text == f"I saw {expected} today."
    assert_consistent(r.transcript)


@pytest.mark.parametrize(
    "before, heard, probability, expected",
    [
        ("his mum", "carry", 0.3, "his mum Kerry"),  # in a name's place after a kin word: snapped
        ("his mam", "Kerri", 0.3, "his mam Kerry"),
        ("her brother", "jaden", 0.2, "her brother Jayden"),
        ("his mum", "carry", 0.95, "his mum carry"),  # sure of it: left alone
        ("to", "carry", 0.2, "to carry"),  # lower case, not after a kin word: left alone
        ("his mum", "hebern", 0.2, "his mum hebern"),  # after a kin word only case names, not places
    ],
)
def test_a_lower_case_word_after_a_kin_word_snaps_only_to_a_case_name(before, heard, probability, expected):
    t = make(sentence(before) + [(" " + heard, probability), (" said", 0.9), (" so.", 0.9)])
    r = correct_transcript(t, VOCAB)
    assert r.transcript.text == f"{expected} said so."
    assert_consistent(r.transcript)


def test_a_kin_word_ending_a_sentence_does_not_make_the_next_word_a_name():
    t = make(sentence("I spoke to his mum.") + [(" carry", 0.2), (" on.", 0.9)])
    assert correct_transcript(t, VOCAB).transcript.text == "I spoke to his mum. carry on."


@pytest.mark.parametrize(
    "heard, probability, expected",
    [
        ([" Hebern"], 0.2, "Hebburn"),
        ([" Boyker."], 0.3, "Byker."),
        ([" Wheatley", " Bay."], 0.3, "Whitley Bay."),
        ([" Hebern"], 0.9, "Hebern"),  # sure of it: left alone
    ],
)
def test_unsure_words_snap_to_lexicon_place_names_the_prompt_carries(heard, probability, expected):
    t = make([(" She", 0.9), (" lives", 0.9), (" in", 0.9)] + [(w, probability) for w in heard])
    r = correct_transcript(t, PLACES)
    assert r.transcript.text == f"She lives in {expected}"
    assert_consistent(r.transcript)


# A council that puts lexicon places in the prompt (VocabularyOptions.max_lexicon_terms).
PLACES = build_vocabulary(
    CONTEXT,
    Lexicon(terms=tuple(Term(p, "lexicon", "place") for p in ("Hebburn", "Byker", "Whitley Bay"))),
    VocabularyOptions(max_lexicon_terms=3),
)


def test_places_can_be_left_to_the_case_names_only():
    t = make([(" in", 0.9), (" Hebern", 0.2)])
    assert correct_transcript(t, PLACES, CorrectionOptions(snap_places=False)).transcript.text == "in Hebern"


def test_a_lexicon_place_the_prompt_does_not_carry_is_never_snapped_to():
    # The default prompt holds the case's names only: an unsure "Hebern" is what was heard, and stays.
    assert "Hebburn" in {t.text for t in VOCAB.terms} and "Hebburn" not in VOCAB.prompt
    t = make([(" She", 0.9), (" lives", 0.9), (" in", 0.9), (" Hebern", 0.2)])
    assert correct_transcript(t, VOCAB).transcript.text == "She lives in Hebern"


@pytest.mark.parametrize("heard", ["Jaden", "Hebern", "Robsen", "Gateshed"])
def test_without_case_context_no_word_is_rewritten_to_a_name_or_place(heard):
    # Real speech with no case context: the lexicon is loaded, yet nothing was prompted, so nothing is snapped,
    # however unsure the recogniser was.
    bare = build_vocabulary(None, load_lexicon())
    t = make([(" Then", 0.9), (" " + heard, 0.05), (" said", 0.9), (" so.", 0.9)])
    r = correct_transcript(t, bare)
    assert r.transcript.text == f"Then {heard} said so." and not [c for c in r.corrections if c.kind == "name"]


def test_a_name_heard_as_two_words_is_joined_as_the_record_writes_it():
    t = make([(" Tyler", 0.3), (" Jay", 0.5), (" was", 0.9), (" quiet.", 0.9)])
    r = correct_transcript(t, VOCAB)
    assert r.transcript.text == "Tyler-Jay was quiet."
    (name,) = [c for c in r.corrections if c.kind == "name"]
    assert (name.before, name.after) == ("Tyler Jay", "Tyler-Jay")
    assert r.transcript.text[name.start : name.end] == "Tyler-Jay"
    word = r.transcript.segments[0].words[0]
    assert (word.word, word.start, word.end, word.probability) == (" Tyler-Jay", 0.0, 0.9, 0.3)


def test_snapped_name_keeps_its_low_probability_for_the_doubt_stage():
    t = make([(" Jaden", 0.2), (" said", 0.9), (" no.", 0.9)])
    r = correct_transcript(t, VOCAB)
    assert r.transcript.segments[0].words[0].probability == 0.2


def test_no_vocabulary_means_no_name_snapping():
    t = make([(" Jaden", 0.2), (" said", 0.9), (" no.", 0.9)])
    assert correct_transcript(t, None).transcript.text == "Jaden said no."


@pytest.mark.parametrize(
    "heard, expected",
    [
        ("her mom said", "her mum said"),
        ("Mom said", "Mum said"),
        ("his behavior was good", "his behaviour was good"),
        ("the youth center", "the youth centre"),
        ("her favorite color", "her favourite colour"),
        ("they will organize it", "they will organise it"),
        ("she apologized.", "she apologised."),
        ("a size nine shoe", "a size nine shoe"),
        ("a downsized flat", "a downsized flat"),
        ("the electric meter ran out", "the electric meter ran out"),  # UK spelling of the device
        ("Mrs Gray came", "Mrs Gray came"),  # a surname, not a colour
        ("they analyzed it", "they analysed it"),
        ("a section 47 inquiry", "a Section 47 enquiry"),
        ("Section 47 inquiries will start today.", "Section 47 enquiries will start today."),
        ("her mam said", "her mam said"),  # dialect is what was said: kept
    ],
)
def test_british_spelling_and_uk_usage(heard, expected):
    r = correct_transcript(make(sentence(heard)), None)
    assert r.transcript.text == expected
    assert_consistent(r.transcript)


@pytest.mark.parametrize(
    "heard, expected",
    [
        ("on March 14, 2025 we met", "on 14 March 2025 we met"),
        ("on March 14th, 2025.", "on 14 March 2025."),
        ("on the 14th of March 2025.", "on 14 March 2025."),
        ("on the 21st of May.", "on 21 May."),
        ("on 14th March", "on 14 March"),
        ("on April 2nd", "on 2 April"),
        ("on 14 March 2025", "on 14 March 2025"),
        ("you may 4 times", "you may 4 times"),
    ],
)
def test_dates_as_uk_case_records_write_them(heard, expected):
    r = correct_transcript(make(sentence(heard)), None)
    assert r.transcript.text == expected
    assert_consistent(r.transcript)


def test_date_rewrite_merges_the_words_it_spans():
    r = correct_transcript(make(sentence("on the 14th of March 2025")), None)
    words = r.transcript.segments[0].words
    assert [w.word for w in words] == [" on", " 14 March 2025"]
    assert words[1].start == 0.5 and words[1].end == 2.9  # "the" .. "2025"
    (c,) = r.corrections
    assert c.kind == "date" and r.transcript.text[c.start : c.end] == "14 March 2025"


def test_a_looped_phrase_is_cut_to_one_and_the_cut_is_recorded():
    words = sentence("she said") + sentence("I want to go home.") * 4 + sentence("Then she left.")
    r = correct_transcript(make(words), None)
    assert r.transcript.text == "she said I want to go home. Then she left."
    (c,) = r.corrections
    assert c.kind == "hallucination_removed" and c.start == c.end
    assert c.before == "I want to go home. I want to go home. I want to go home."
    assert "repeated 4 times" in c.detail
    assert_consistent(r.transcript)


@pytest.mark.parametrize("text", ["no, no, no, leave me alone.", "it was very very cold.", "bye bye."])
def test_ordinary_repetition_in_speech_is_kept(text):
    r = correct_transcript(make(sentence(text)), None)
    assert r.transcript.text == text and r.corrections == []


def test_a_segment_repeated_word_for_word_is_removed_and_recorded():
    seg = sentence("The house was clean and warm.")
    r = correct_transcript(make(seg, seg, sentence("Jayden was asleep.")), VOCAB)
    assert r.transcript.text == "The house was clean and warm. Jayden was asleep."
    assert len(r.transcript.segments) == 2
    (c,) = [c for c in r.corrections if c.kind == "hallucination_removed"]
    assert c.start_s == 10 and c.start == c.end == len("The house was clean and warm. ")
    assert_consistent(r.transcript)


def test_prompt_words_echoed_after_the_speech_are_removed_and_recorded():
    vocab = build_vocabulary(CONTEXT, load_lexicon(), VocabularyOptions(max_lexicon_terms=10))
    prompted = {e.casefold() for e in vocab.prompt_entries}
    first, second = [t.text for t in vocab.terms
                     if t.source == "lexicon" and t.kind == "place" and t.text.casefold() in prompted][:2]
    t = make(sentence("The core group meets on Friday.") + [(f" {first},", 0.05), (f" {second}.", 0.1)])
    r = correct_transcript(t, vocab)
    assert r.transcript.text == "The core group meets on Friday."
    (c,) = r.corrections
    assert (c.kind, c.before, c.start, c.end) == ("hallucination_removed", f"{first}, {second}.", len(r.transcript.text), len(r.transcript.text))


def test_an_unsure_prompt_word_inside_a_sentence_is_kept():
    t = make(sentence("We will raise it at the") + [(" core", 0.01), (" group.", 0.1)])
    r = correct_transcript(t, VOCAB)
    assert r.transcript.text == "We will raise it at the core group."


def test_runs_of_bare_punctuation_are_removed_and_recorded():
    t = make(sentence("She went home.") + [(" .", 0.0), (" .", 0.0), (" .", 0.0)])
    r = correct_transcript(t, None)
    assert r.transcript.text == "She went home."
    assert [c.kind for c in r.corrections] == ["hallucination_removed"]


def test_options_switch_each_correction_off():
    t = make([(" Jaden", 0.2), (" mom", 0.9), (" on", 0.9), (" March", 0.9), (" 14th.", 0.9)])
    off = CorrectionOptions(snap_names=False, british_spelling=False, uk_dates=False)
    assert correct_transcript(t, VOCAB, off).transcript.text == t.text
    assert correct_transcript(t, VOCAB).transcript.text == "Jayden mum on 14 March."


def test_offsets_stay_consistent_across_many_segments_and_changes():
    t = make(
        [(" Jaden", 0.2), (" and", 0.9), (" his", 0.9), (" mom", 0.9), (" came.", 0.9)],
        sentence("Meeting on the 4th of April."),
        sentence("go go go go go"),
        [(" Tyler", 0.2), (" Jay", 0.3), (" was", 0.9), (" happy.", 0.9)],
    )
    r = correct_transcript(t, VOCAB)
    assert r.transcript.text == "Jayden and his mum came. Meeting on 4 April. go Tyler-Jay was happy."
    assert_consistent(r.transcript)
    for c in r.corrections:
        assert r.transcript.text[c.start : c.end] == c.after
    assert t.text.startswith("Jaden")  # the input is not modified


def test_segments_without_word_lists_still_get_spelling_and_dates():
    seg = Segment(0, 5, "Her mom came on March 3rd.", 0.7, -0.4, 0.1, 1.2, 0, 26, [])
    t = Transcript(seg.text, "en", 5, "test", [seg])
    r = correct_transcript(t, VOCAB)
    assert r.transcript.text == "Her mum came on 3 March."
    assert r.transcript.segments[0].words == []
    assert_consistent(r.transcript)


def test_empty_transcript_passes_through():
    t = Transcript("", "en", 3.0, "test", [], speech_detected=False)
    r = correct_transcript(t, VOCAB)
    assert r.transcript.text == "" and r.corrections == [] and r.transcript.speech_detected is False


@pytest.mark.parametrize(
    "words, expected",
    [
        ([(" We", 0.3), (" also", 0.3), (" need", 0.9)], "We also need"),  # never "Wallsend need"
        ([(" Robson", 0.9), (" in", 0.3), (" Gateshead.", 0.9)], "Robson in Gateshead."),  # "in" is not swallowed
        ([(" Chauter", 0.3), (" at", 0.3), (" home.", 0.9)], "Chauter at home."),  # not alike enough either
        ([(" Chalton", 0.3), (" at", 0.3), (" home.", 0.9)], "Charlton at home."),
        ([(" Abby", 0.3), (" run", 0.3), (" the", 0.3), (" third", 0.5)], "Abbie run the third"),
    ],
)
def test_a_span_never_swallows_ordinary_words(words, expected):
    vocab = build_vocabulary(parse_context({"child": {"name": "Abbie Rutherford"}, "people": [{"name": "Wayne Charlton"}], "address": "Gateshead"}), load_lexicon())
    r = correct_transcript(make(words), vocab)
    assert r.transcript.text == expected


@pytest.mark.parametrize("heard, expected", [("Fennwick's", "Fenwick's"), ("Headley's", "Hedley's")])
def test_a_possessive_is_kept_when_the_name_is_snapped(heard, expected):
    vocab = build_vocabulary(parse_context({"child": {"name": "Bradley Fenwick"}, "people": [{"name": "Lee Hedley"}]}))
    r = correct_transcript(make([(" " + heard, 0.3), (" foster", 0.9), (" home", 0.9)]), vocab)
    assert r.transcript.text == f"{expected} foster home"


def test_prompt_words_given_no_audio_are_removed_even_when_probable():
    words = sentence("She drew her house.") + [(" North", 0.7), (" Shields,", 0.2)]
    t = make(words)
    t.segments[0].words[-2] = Word(2.5, 2.5, " North", 0.7)  # zero duration: the aligner found no audio
    vocab = build_vocabulary(parse_context({"address": "North Shields"}))
    r = correct_transcript(t, vocab)
    assert r.transcript.text == "She drew her house."
    assert [c.kind for c in r.corrections] == ["hallucination_removed"]


def test_hyphenated_prompt_names_echoed_at_the_end_are_removed():
    vocab = build_vocabulary(parse_context({"child": {"name": "Lacey-Mae Pattinson"}}))
    t = make(sentence("It was fine."), [(" Lacey", 0.001), ("-Mae", 0.005), (" Pattinson,", 0.001)])
    r = correct_transcript(t, vocab)
    assert r.transcript.text == "It was fine." and len(r.transcript.segments) == 1
    (c,) = r.corrections
    assert c.before == "Lacey-Mae Pattinson," and c.start == c.end == len("It was fine.")


def test_a_removal_is_never_lost_when_the_rest_of_its_segment_is_removed_too():
    vocab = build_vocabulary(parse_context({"child": {"name": "Lacey-Mae Pattinson"}}))
    seg = sentence("The house was clean and warm.")
    echo = [(" Lacey", 0.001), ("-Mae", 0.005), (" Pattinson,", 0.001)]
    r = correct_transcript(make(seg, seg, echo), vocab)
    assert r.transcript.text == "The house was clean and warm."
    removed = [c.before for c in r.corrections if c.kind == "hallucination_removed"]
    assert removed == ["The house was clean and warm.", "Lacey-Mae Pattinson,"]
    assert all(c.start == c.end == len(r.transcript.text) for c in r.corrections)


def test_a_segment_of_only_punctuation_is_removed_and_recorded():
    r = correct_transcript(make(sentence("Fine."), [(" .", 0.0), (" .", 0.0)]), None)
    assert r.transcript.text == "Fine." and len(r.transcript.segments) == 1
    assert [c.kind for c in r.corrections] == ["hallucination_removed"]


def _crammed(text: str, start: float, span: float) -> Segment:
    """One segment whose words the aligner placed in ``span`` seconds from ``start``."""
    words = text.split()
    step = span / len(words)
    ws = [Word(start + i * step, start + (i + 1) * step, " " + w, 0.6) for i, w in enumerate(words)]
    return Segment(start, start + span, text, 0.6, -0.9, 0.2, 1.5, 0, len(text), ws)


def test_a_segment_with_more_words_than_its_audio_can_hold_is_removed_and_recorded():
    # As tiny.en wrote over the last 0.4 s of a recording, after word timestamps moved the seek there.
    said = make(sentence("Her mum Shelley was calm and the house was tidy."))
    tail = _crammed("Thank you for watching, I'll see you in the next video", 9.6, 0.42)
    t = Transcript(said.text + " " + tail.text, "en", 10.1, "test",
                   [said.segments[0], replace(tail, char_start=len(said.text) + 1, char_end=len(said.text) + 1 + len(tail.text))])
    r = correct_transcript(t, VOCAB)
    assert r.transcript.text == "Her mum Shelley was calm and the house was tidy."
    (c,) = [c for c in r.corrections if c.kind == "hallucination_removed"]
    assert c.before.startswith("Thank you for watching") and c.start_s == 9.6
    assert "11 words in 0.42 s" in c.detail
    assert_consistent(r.transcript)


@pytest.mark.parametrize("span, removed", [(0.42, True), (1.2, True), (2.5, False), (4.0, False)])
def test_only_a_rate_no_one_speaks_at_counts_as_invented(span, removed):
    # Eleven words: 26 and 9 a second are not speech; 4.4 and 2.8 are fast and ordinary dictation.
    seg = _crammed("Thank you for watching, I'll see you in the next video", 0.0, span)
    r = correct_transcript(Transcript(seg.text, "en", span, "test", [seg]), VOCAB)
    assert (r.transcript.text == "") is removed
    assert correct_transcript(Transcript(seg.text, "en", span, "test", [seg]), VOCAB, CorrectionOptions(max_words_per_second=0)).transcript.text == seg.text


MARCUS = build_vocabulary(parse_context({"child": {"name": "Kenzie Threlkeld"},
                                         "people": [{"name": "Marcus Threlkeld", "role": "father"}]}), load_lexicon())


@pytest.mark.parametrize(
    "words, unprompted, expected",
    [
        # decoded without the names after the decode with them failed: a one-word name heard apart, sound for sound
        ([(" mark", 0.55), (" us", 0.56), (" at", 0.95)], [(0.0, 9.0)], "see Marcus at weekends."),
        ([(" markus", 0.4), (" at", 0.95)], [(0.0, 9.0)], "see Marcus at weekends."),  # not capitalised
        ([(" mark", 0.9), (" us", 0.9), (" at", 0.95)], [(0.0, 9.0)], "see mark us at weekends."),  # sure of it
        ([(" mark", 0.55), (" on", 0.56), (" at", 0.95)], [(0.0, 9.0)], "see mark on at weekends."),  # sounds unlike
        ([(" market", 0.3), (" at", 0.95)], [(0.0, 9.0)], "see market at weekends."),  # near, not sound for sound
        ([(" mark", 0.55), (" us", 0.56), (" at", 0.95)], [], "see mark us at weekends."),  # decoded with the names
        ([(" mark", 0.55), (" us", 0.56), (" at", 0.95)], [(20.0, 29.0)], "see mark us at weekends."),  # another chunk
    ],
)
def test_where_the_decode_without_the_names_was_kept_unsure_words_may_be_a_case_name(words, unprompted, expected):
    t = make([(" see", 0.9)] + words + [(" weekends.", 0.9)])
    r = correct_transcript(t, MARCUS, unprompted=unprompted)
    assert r.transcript.text == expected
    assert_consistent(r.transcript)


def test_without_case_context_spans_decoded_without_a_prompt_change_nothing():
    bare = build_vocabulary(None, load_lexicon())
    t = make([(" see", 0.9), (" mark", 0.3), (" us", 0.3), (" at", 0.95), (" weekends.", 0.9)])
    assert correct_transcript(t, bare, unprompted=[(0.0, 9.0)]).transcript.text == "see mark us at weekends."


# A case written for these rules' tests (names from general knowledge, not from any evaluation set).
KIN_CASE = build_vocabulary(parse_context({
    "child": {"name": "Lily-Mae Ashby"},
    "people": [{"name": "Joan Ashby", "role": "grandmother"}, {"name": "Craig Pell", "role": "father"}],
}), load_lexicon())


@pytest.mark.parametrize(
    "words, expected",
    [
        ([(" Lily", 0.3), (" -Mae", 0.2), (" Ash", 0.1), (" Be", 0.05)], "Lily-Mae Ashby"),  # the surname heard apart
        ([(" Lily-Mae", 0.5), (" Ash", 0.3), (" be", 0.2)], "Lily-Mae Ashby"),
        ([(" Joan", 0.6), (" Ashbee", 0.3)], "Joan Ashby"),  # one word, same sound
        ([(" Craig", 0.6), (" Pel", 0.3)], "Craig Pell"),
        ([(" Joan", 0.6), (" Ash", 0.9), (" be", 0.9)], "Joan Ash be"),  # sure of the words: left alone
        ([(" Joan", 0.6), (" Ash,", 0.3), (" be", 0.2)], "Joan Ash, be"),  # punctuation between: two words
        ([(" Craig", 0.6), (" Ash", 0.3), (" be", 0.2)], "Craig Ash be"),  # not Craig's surname
        ([(" Sandra", 0.6), (" Ash", 0.3), (" be", 0.2)], "Sandra Ash be"),  # not a case first name
    ],
)
def test_unsure_words_after_a_case_first_name_that_spell_its_surname_are_the_surname(words, expected):
    r = correct_transcript(make(words + [(" was", 0.9), (" there.", 0.9)]), KIN_CASE)
    assert r.transcript.text == f"{expected} was there."
    assert_consistent(r.transcript)


@pytest.mark.parametrize(
    "words, expected",
    [
        (sentence("Her") + [(" Lily-Mae", 0.5), (" Ashby", 0.9)], "Her nana Joan Ashby"),  # the prompt's "nana Joan Ashby"
        (sentence("Her") + [(" Lily-Mae", 0.9), (" Ashby", 0.9)], "Her Lily-Mae Ashby"),  # sure of the name: left alone
        (sentence("Then") + [(" Lily-Mae", 0.5), (" Ashby", 0.9)], "Then Lily-Mae Ashby"),  # no possessive before it
        (sentence("Her nana") + [(" Joan", 0.5), (" Ashby", 0.9)], "Her nana Joan Ashby"),  # already so
        (sentence("His") + [(" Dean", 0.5), (" Pell", 0.9)], "His dad Craig Pell"),
    ],
)
def test_a_kin_word_and_name_lost_to_another_case_name_after_a_possessive_are_restored(words, expected):
    assert "nana Joan Ashby" in KIN_CASE.entries  # the prompt itself gives the family's surname once: "nana Joan"
    r = correct_transcript(make(words + [(" lives", 0.9), (" nearby.", 0.9)]), KIN_CASE)
    assert r.transcript.text == f"{expected} lives nearby."
    assert_consistent(r.transcript)
    assert len(r.corrections) == (expected != "".join(w for w, _ in words).strip())


def test_where_two_of_the_prompts_kin_entries_share_the_surname_nothing_is_guessed():
    both = build_vocabulary(parse_context({"child": {"name": "Lily-Mae Ashby"}, "people": [
        {"name": "Joan Ashby", "role": "grandmother"}, {"name": "Craig Ashby", "role": "father"}]}), load_lexicon())
    t = make(sentence("Her") + [(" Lily-Mae", 0.5), (" Ashby", 0.9), (" lives", 0.9), (" nearby.", 0.9)])
    assert correct_transcript(t, both).transcript.text == "Her Lily-Mae Ashby lives nearby."


def test_with_no_case_context_neither_rule_changes_a_word():
    bare = build_vocabulary(None, load_lexicon())
    t = make(sentence("Her") + [(" Lily", 0.3), (" Ash", 0.1), (" be", 0.05), (" lives", 0.9), (" nearby.", 0.9)])
    assert correct_transcript(t, bare).transcript.text == "Her Lily Ash be lives nearby."


def test_a_word_already_a_whole_name_keeps_the_unsure_word_after_it():
    vocab = build_vocabulary(parse_context({"child": {"name": "Lily-Mae"}}), load_lexicon())
    r = correct_transcript(make(sentence("I saw") + [(" Lily-Mae", 0.4), (" Ash", 0.3)] + sentence("today.")), vocab)
    assert r.transcript.text == "I saw Lily-Mae Ash today."
    assert r.corrections == []


def test_a_two_part_name_heard_apart_is_still_joined():
    vocab = build_vocabulary(parse_context({"child": {"name": "Lily-Mae"}}), load_lexicon())
    r = correct_transcript(make(sentence("I saw") + [(" Lily", 0.4), (" Mae", 0.4)] + sentence("today.")), vocab)
    assert r.transcript.text == "I saw Lily-Mae today."
