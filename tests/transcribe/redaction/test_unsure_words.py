"""The doubt flags and the redaction meet (issue 25): given the recogniser's word probabilities, the
words it was unsure of after an identifier's cue are taken into the value, whatever they look like."""

from __future__ import annotations

import pytest

from transcribe.errors import TextInputError
from transcribe.note import Segment, Transcript, Word
from transcribe.redaction import redact_text

SURE, UNSURE = 0.95, 0.2


def heard(*pairs: tuple[str, float]) -> Transcript:
    """A one-segment transcript of these words as Whisper writes them (" S", ".R"), each with its probability."""
    words, t = [], 0.0
    for word, p in pairs:
        words.append(Word(t, t + 0.3, word, p))
        t += 0.4
    text = "".join(w.word for w in words).strip()
    return Transcript(text, "en", t, "test", [Segment(0.0, t, text, 0.8, -0.2, 0.0, 1.5, 0, len(text), words)])


def said(sentence: str, unsure: set[str] = frozenset()) -> Transcript:
    """``sentence`` word by word, the words in ``unsure`` heard with low probability."""
    return heard(*[(" " + w, UNSURE if w.strip(",.") in unsure else SURE) for w in sentence.split()])


def spans(result, entity: str | None = None) -> list[str]:
    return [result.text[r.start:r.end] for r in result.redactions if entity is None or r.entity == entity]


@pytest.mark.parametrize(
    "sentence, unsure, entity, value",
    [
        # digits the recogniser could not make out, written as a name: without the probabilities the name
        # is a [PERSON] and the phone number starts after it
        ("His landline is Moe Milo 7 for 12, 6, 6, 9, 1, 5.", {"Moe", "Milo"}, "PHONE_NUMBER",
         "Moe Milo 7 for 12, 6, 6, 9, 1, 5"),
        # "forward window doorway" breaks the value in text alone (more words than a value may hold inside it, and
        # English words of five letters or more: the note going on, as the cue window reads it); with its suffix
        # letter heard, text alone takes it too (round nine: an NI number ends at its suffix letter), so not here
        ("Her national insurance number, PR, forward window doorway, 777, 1-2. She is fine.",
         {"forward", "window", "doorway"}, "UK_NINO", "PR, forward window doorway, 777, 1-2"),
        # too few digits for an NHS number in text alone: the recogniser lost some, and was unsure there
        ("The NHS number is Tavish 4 Kell 7, 2, 1. She likes dogs.", {"Tavish", "Kell"}, "UK_NHS",
         "Tavish 4 Kell 7, 2, 1"),
        # (a whole date said, an unsure word after it is no part of it: test_heard_round_eight)
    ],
)
def test_unsure_words_after_a_cue_are_the_value(redactor, empty_case, sentence, unsure, entity, value):
    t = said(sentence, unsure)
    assert value not in spans(redact_text(t.text, empty_case, redactor), entity)  # text alone: not all of it
    result = redact_text(t.text, empty_case, redactor, words=t)
    assert value in spans(result, entity)
    assert not any(w in result.redacted_text for w in unsure)


def test_a_postcode_after_a_street_heard_unsurely(redactor, empty_case):
    # the letters read out, written with dots (Whisper's words " S", ".R", ".6,"), "S" and "A" heard unsurely,
    # the sector digit lost: in text alone the outward code and the unit letters still end as a postcode does
    t = heard(*[(" " + w, SURE) for w in "Ethan lives at Flat Seven, Seaburn Court,".split()],
              (" S", UNSURE), (".R", SURE), (".6,", SURE), (" A", UNSURE), (".B.,", SURE), (" with", SURE), (" mam.", SURE))
    assert "Court, S.R.6, A.B., with" in t.text
    assert spans(redact_text(t.text, empty_case, redactor), "UK_POSTCODE") == ["S.R.6, A.B"]
    assert spans(redact_text(t.text, empty_case, redactor, words=t), "UK_POSTCODE") == ["S.R.6, A.B"]


def test_sure_words_after_a_value_stay(redactor, empty_case):
    t = said("Date of birth is 13 November 2024 gravy and she plays.")
    result = redact_text(t.text, empty_case, redactor, words=t)
    assert spans(result, "DATE_OF_BIRTH") == ["13 November 2024"]
    assert "gravy and she plays" in result.redacted_text


def test_a_complete_value_is_not_extended(redactor, empty_case):
    t = said("NHS number 943 476 5919 tidy, and mam is well.", {"tidy"})
    result = redact_text(t.text, empty_case, redactor, words=t)
    assert spans(result, "UK_NHS") == ["943 476 5919"]


def test_unsure_words_without_a_cue_are_not_redacted(redactor, empty_case):
    t = said("She went to the shop with a bag of cheesy crisps after school.", {"shop", "cheesy", "crisps"})
    assert redact_text(t.text, empty_case, redactor, words=t).redactions == []


def test_unsure_words_alone_are_no_value(redactor, empty_case):
    t = said("The postcode, for the prison visit form, is on its way.", {"prison", "visit"})
    assert redact_text(t.text, empty_case, redactor, words=t).redactions == []


def test_one_unsure_word_ends_a_value_and_only_right_after_it(redactor, empty_case):
    t = said("Her mobile is oh seven seven one two three tolling bells and Sherelle came.", {"tolling", "bells", "Sherelle"})
    result = redact_text(t.text, empty_case, redactor, words=t)
    assert spans(result, "PHONE_NUMBER") == ["oh seven seven one two three tolling"]
    t = said("Date of birth is the 14th of the 8th, 2000, and I and the dog went.", {"I", "the"})
    assert spans(redact_text(t.text, empty_case, redactor, words=t), "DATE_OF_BIRTH") == ["14th of the 8th, 2000"]


def test_unsure_words_stop_at_the_next_cue(redactor, empty_case):
    t = said("Post code in a 3040 E-Mams Mobile 07700900153, dad is well.", {"E-Mams", "Mobile"})
    result = redact_text(t.text, empty_case, redactor, words=t)
    assert spans(result, "PHONE_NUMBER") == ["07700900153"]


def test_text_alone_is_redacted_as_before(redactor, case):
    t = said("His landline is Moe Milo 7 for 12, 6, 6, 9, 1, 5.")  # every word heard surely
    assert spans(redact_text(t.text, case, redactor, words=t)) == spans(redact_text(t.text, case, redactor))


def test_words_of_another_text_are_refused(redactor, empty_case):
    t = said("The NHS number is Tavish Kell.", {"Tavish"})
    with pytest.raises(TextInputError, match="different text"):
        redact_text(t.text + " Edited.", empty_case, redactor, words=t)
