"""Issue 25, fifth round: letters spelt by a word ("J for Juliet", "Kilo") read as the letter inside an
identifier, and a date of birth after a birth cue whose small words were misheard ("first on April 2010")."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text
from transcribe.redaction.spoken_numbers import heard_characters

from .conftest import found


def test_heard_characters_reads_a_letter_spelt_by_a_word_as_that_letter():
    heard = heard_characters("J for Juliet, K as in kilo, Sierra, X for x-ray, A for apple, J4 Juliet, five")
    assert [(h.text, h.chars) for h in heard] == [
        ("J for Juliet", "J"), ("K as in kilo", "K"), ("Sierra", "S"), ("X for x-ray", "X"),
        ("A for apple", "A"), ("J4 Juliet", "J"), ("five", "5")]


@pytest.mark.parametrize(
    "text",
    ["I went for a walk with Mike for an hour.", "She was born in November and went to the park."],
    ids=["for-between-words", "month-not-a-letter"],
)
def test_words_that_do_not_spell_a_letter_keep_their_reading(text):
    assert not any(h.chars in "JKN" and len(h.text) > 2 for h in heard_characters(text) if h.chars)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mum's national insurance is J for Juliet, K for kilo, four six, one nine, two eight, C. Thanks.",
         "J for Juliet, K for kilo, four six, one nine, two eight, C"),
        ("Mum's national insurance is J4 Juliet, K4 kilo, 4.6, 1.9, 2.8, C. Thanks.",
         "J4 Juliet, K4 kilo, 4.6, 1.9, 2.8, C"),
        ("His NI is Sierra Kilo, two one, four eight, three oh, B, he said.",
         "Sierra Kilo, two one, four eight, three oh, B"),
        ("His NI is N as in Nancy, A as in apple, six one, nought four, seven seven, B, he said.",
         "N as in Nancy, A as in apple, six one, nought four, seven seven, B"),
    ],
    ids=["for-nato", "heard-J4", "bare-nato", "as-in-common-words"],
)
def test_an_ni_number_with_letters_spelt_by_words_is_redacted(redactor, empty_case, text, value):
    assert value in found(redact_text(text, empty_case, redactor), "UK_NINO")


def test_the_context_postcode_spelt_with_words_is_redacted(redactor, case):
    # the case fixture's postcode is NE8 4RT
    result = redact_text("Mum has moved back, N E eight, four Romeo Tango, last week.", case, redactor)
    assert any("four Romeo Tango" in s for s in found(result, "UK_POSTCODE"))


def test_an_email_with_a_letter_spelt_by_a_word_is_redacted_whole(redactor, empty_case):
    result = redact_text("Email is m for mike fenwick at icloud dot com, she said.", empty_case, redactor)
    assert "m for mike fenwick at icloud dot com" in found(result, "EMAIL_ADDRESS")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Her brother, date of birth first on April 2010, was there.", "first on April 2010"),
        ("His sister Ruby was born the 5th on November, 2012.", "5th on November, 2012"),
        ("Nan's date of birth 11th of the 12th 49, she told me.", "11th of the 12th 49"),
        ("Her cousin, date on birth 3 slash 11 slash 2017, stays over.", "3 slash 11 slash 2017"),
        ("Her sister Grace, D'Obi first on April 2010, was at school.", "first on April 2010"),
        ("Tyler's date of birth is the 21st of March 2014, and Brook's is the 5th on November, 2012. Mum",
         "5th on November, 2012"),
    ],
    ids=["of-heard-on", "the-dropped-on", "numbers-only", "cue-misheard", "dob-heard-as-a-word", "a-list"],
)
def test_a_date_after_a_birth_cue_is_redacted_whatever_joins_its_parts(redactor, case, text, value):
    assert value in found(redact_text(text, case, redactor), "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text, date",
    [("She was born in Leeds. We visited on 3 April 2024 to review.", "3 April 2024"),
     ("Date of birth to follow from the school; the meeting is on the 5th of May 2025.", "5th of May 2025"),
     ("Her DOB is 3 April 2015, and the review is on 5 May 2025.", "5 May 2025"),
     ("The tabby cat was fed on 3 May 2024.", "3 May 2024")],
    ids=["sentence-between", "too-far-after-the-cue", "another-event-after-a-dob", "tabby-no-cue"],
)
def test_a_date_away_from_a_birth_cue_is_not_a_date_of_birth(redactor, case, text, date):
    assert not any(date in s for s in found(redact_text(text, case, redactor), "DATE_OF_BIRTH"))


@pytest.mark.parametrize(
    "text, kept, name",
    [("Seen Tyler at home with mum.", "Seen", "Tyler"), ("Visited Chloe Smith at home.", "Visited", "Chloe Smith"),
     ("Hannah Pelling, Seen Tyler, and his brother in the garden.", "Seen", "Tyler")],
    ids=["seen", "visited", "after-a-comma"],
)
def test_a_sentence_opening_word_before_a_first_name_is_not_redacted(redactor, empty_case, text, kept, name):
    result = redact_text(text, empty_case, redactor)
    assert kept in result.redacted_text and name in found(result, "PERSON")


def test_a_first_name_that_is_also_a_word_still_opens_a_name(redactor, empty_case):
    assert "Dean Hepworth" in found(redact_text("Dean Hepworth came to the meeting.", empty_case, redactor), "PERSON")


def test_a_context_name_that_modifies_a_capitalised_word_is_that_word(redactor, case):
    # the case fixture's sister is Hope Robson; a recogniser capitalises "hope chest" beside the hotword
    result = redact_text("She showed me the Hope Chest in her room. Hope Robson was there.", case, redactor)
    assert "the Hope Chest" in result.redacted_text and "Hope Robson" in found(result, "PERSON")
