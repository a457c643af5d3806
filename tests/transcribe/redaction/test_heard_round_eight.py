"""Issue 25, eighth round: a value said in numbers ends at its last value word. A date of birth, or an NHS or
phone number with all its digits, does not take the word the recogniser wrote after it, however unsurely heard."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .test_unsure_words import said, spans


@pytest.mark.parametrize(
    "sentence, unsure, value",
    [
        ("Her date of birth is the 2nd of March 1984, brother Tomasz is nine.", {"brother"}, "2nd of March 1984"),
        ("Date of birth, the 15th of the 9th, two thousand, and ten, Mum came in.", {"Mum"},
         "15th of the 9th, two thousand, and ten"),
        ("Date of birth 3-11-84 Parents were both in.", {"Parents"}, "3-11-84"),
        ("Date of birth is 13 November 2024 gravy and she plays.", {"gravy"}, "13 November 2024"),
    ],
    ids=["family-word", "and-year-then-mum", "numerals-then-word", "unsure-word"],
)
def test_a_date_of_birth_ends_at_its_last_value_word(redactor, empty_case, sentence, unsure, value):
    t = said(sentence, unsure)
    result = redact_text(t.text, empty_case, redactor, words=t)
    assert spans(result, "DATE_OF_BIRTH") == [value]
    assert all(w in result.redacted_text for w in unsure)


def test_a_number_short_of_its_digits_keeps_the_unsure_word_after_it(redactor, empty_case):
    t = said("Her mobile is oh seven seven one two three tolling bells and Sherelle came.", {"tolling", "bells", "Sherelle"})
    assert spans(redact_text(t.text, empty_case, redactor, words=t), "PHONE_NUMBER") == ["oh seven seven one two three tolling"]


CASE = {"child": {"name": "Ezinne Mottram"}, "people": [{"name": "Ifeyinwa Mottram", "role": "mother"}]}


@pytest.mark.parametrize(
    "sentence, name, word",
    [
        ("Ezinne Mottram Got a new bike.", "Ezinne Mottram", "Got"),
        ("Seen Ezinne. Ifeyinwa Mottram's Got a new job.", "Ezinne", "Seen"),
        ("Present were Ezinne, Ifeyinwa Mottram Said she was tired.", "Ifeyinwa Mottram", "Said"),
    ],
    ids=["irregular-verb-after", "irregular-verb-before", "said-after"],
)
def test_a_heard_name_does_not_take_the_sentences_word_beside_it(redactor, sentence, name, word):
    t = said(sentence)
    result = redact_text(t.text, parse_context(CASE), redactor, words=t)
    assert name in spans(result, "PERSON")
    assert word in result.redacted_text


def test_a_surname_that_is_also_a_verb_stays_in_the_heard_name(redactor):
    t = said("Her teacher Ezinne Hunt came to the meeting and Ifeyinwa Mottram Fell asleep.")
    names = spans(redact_text(t.text, parse_context(CASE), redactor, words=t), "PERSON")
    assert "Ezinne Hunt" in names


@pytest.mark.parametrize(
    "text, value",
    [
        ("And the nursery 3-mail Ronke A9 at gmail.com today.", "Ronke A9 at gmail.com"),
        ("Mum's B-E-Mail Ronke Adeyemi at Yahoo.com. She is fine.", "Ronke Adeyemi at Yahoo.com"),
    ],
    ids=["cue-joined-to-a-digit", "cue-joined-to-letters"],
)
def test_a_spoken_email_starts_after_its_cue_however_joined(redactor, empty_case, text, value):
    result = redact_text(text, empty_case, redactor)
    assert [s for s in spans(result, "EMAIL_ADDRESS")] == [value]
    assert "mail" in result.redacted_text.lower().replace("gmail", "").replace("yahoo", "")


def test_a_postcode_starts_after_its_cue_said_as_two_words(redactor, empty_case):
    text = "Her postcode, code LS13 2BF, is new."
    result = redact_text(text, empty_case, redactor)
    assert spans(result, "UK_POSTCODE") == ["LS13 2BF"]
    assert "code" in result.redacted_text.replace("postcode", "")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Dates of birth, 31-1-2015 for Mirela, and Vates on July 2000, and 10, Kenan.", "July 2000, and 10"),
        ("Her DOB is earn on August 2000, and 12, and she is well.", "August 2000, and 12"),
    ],
    ids=["second-in-a-list", "year-said-with-and"],
)
def test_a_month_and_year_after_on_after_a_birth_cue_is_a_date_whose_day_was_lost(redactor, empty_case, text, value):
    assert value in spans(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", ["He moved in on May 2015 with his dad.", "Seen on July 2011 by the team.",
                                  "She has lived here since March 2012."])
def test_a_month_and_year_with_no_birth_cue_is_kept(redactor, empty_case, text):
    assert not spans(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH")
