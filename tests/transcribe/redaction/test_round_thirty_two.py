"""Round thirty-two. A date of birth takes in the day said before it; a two-figure year a recogniser wrote as an ordinal
after a day and a month said as ordinals; the words a record puts for an unborn child's first name are no name; and a
name that is an English word is the word after a number that counts it. The sentences are written for the rules, not
copied from a note.
"""

from __future__ import annotations

import pytest

from transcribe.context import name_words

from .conftest import heard, is_kept, is_redacted

UNBORN = {"child": {"name": "Unborn Baby Ashworth"},
          "people": [{"name": "Chloe Ashworth", "role": "mother"}, {"name": "Connor Chase", "role": "father"}]}
BENNETT = {"child": {"name": "Jaheim Bennett"},
           "people": [{"name": "Miles Bennett", "role": "father"}, {"name": "Penny Bennett", "role": "mother"}]}


def test_a_date_of_birth_takes_in_the_day_said_before_it(redactor):
    result = heard(redactor, {}, "Dad Ezekiel, 21st of 11 May 1987, works nights at the depot.")
    assert is_redacted(result, "21st of 11 May 1987"), result.redacted_text


@pytest.mark.parametrize("sentence, date", [
    ("The eldest, Brandon, born 14th on June 2012, then Nate, 2nd on the 4th 16th, at Felside Road Primary.",
     "2nd on the 4th 16th"),
    ("Children, Theo 7, 11 June 2019, and Elsie 4th, first on the 10th, 22th, so that's them.",
     "first on the 10th, 22th"),
])
def test_a_year_written_as_an_ordinal_after_a_day_and_month_said_as_ordinals_is_the_date_of_birth(redactor, sentence, date):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, date), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("We will visit on the 3rd, the 10th and the 17th.", "the 3rd, the 10th and the 17th"),
    ("Contact was on the 2nd of the 4th, 16th is the next one.", "2nd of the 4th, 16th"),
])
def test_days_said_as_ordinals_without_a_year_are_kept(redactor, sentence, kept):
    result = heard(redactor, {}, sentence)
    assert is_kept(result, kept), result.redacted_text


@pytest.mark.parametrize("name, words", [
    ("Unborn Baby Ashworth", ["Ashworth"]),
    ("Unborn Ashworth", ["Ashworth"]),
    ("Baby Girl Ashworth", ["Ashworth"]),
    ("Mrs Baby", ["Baby"]),
    ("Kayleigh Robson", ["Kayleigh", "Robson"]),
])
def test_the_words_a_record_puts_for_an_unborn_childs_first_name_are_no_name(name, words):
    assert name_words(name) == words


@pytest.mark.parametrize("sentence", [
    "Chloe is 29 weeks, baby's due on the 12th of February.",
    "Mam and baby are both well, and baby will sleep in a Moses basket.",
])
def test_baby_is_a_word_when_the_child_is_recorded_as_an_unborn_baby(redactor, sentence):
    result = heard(redactor, UNBORN, sentence)
    assert "baby" not in {result.text[r.start:r.end].lower() for r in result.redactions}, result.redacted_text


def test_an_unborn_childs_family_name_is_still_redacted(redactor):
    result = heard(redactor, UNBORN, "Baby Ashworth will be on a plan at birth, Connor Chase agreed.")
    assert is_redacted(result, "Ashworth") and is_kept(result, "Baby"), result.redacted_text


def test_a_name_that_is_an_english_word_is_the_word_after_a_number_that_counts_it(redactor):
    result = heard(redactor, BENNETT, "Jaheim's dad lives about three miles away, and Miles said he would come.")
    assert is_kept(result, "three miles away"), result.redacted_text
    assert result.text.rindex("Miles") in {r.start for r in result.redactions}, result.redacted_text


def test_the_ray_of_x_ray_split_off_after_a_postcode_is_the_postcodes(redactor):
    result = heard(redactor, {}, "Home is still 23 Clayport Bank, November Echo 66, 1px Ray. Who came? Mum.")
    assert is_redacted(result, "1px Ray") and is_kept(result, "Who came"), result.redacted_text


def test_letters_spelt_out_with_the_first_four_run_together_are_a_name(redactor):
    result = heard(redactor, {}, "For the form it is Musgrave, MUSG-R-A-V-E, at the medical practice.")
    assert is_redacted(result, "MUSG-R-A-V-E"), result.redacted_text


@pytest.mark.parametrize("sentence, letters", [
    ("Surname for the form, m.c.a.l.i.s.t.e.r, then the date.", "m.c.a.l.i.s.t.e.r"),
    ("It is spelt cmc.a.l.i.s.t.e.r for the letter.", "cmc.a.l.i.s.t.e.r"),
])
def test_letters_spelt_out_in_lower_case_joined_by_dots_are_a_name(redactor, sentence, letters):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, letters), result.redacted_text


@pytest.mark.parametrize("sentence", ["See www.nhs.uk and e.g. the leaflet, i.e. this one.",
                                      "Use the a.m. slot or the p.m. one."])
def test_abbreviations_with_dots_are_no_spelt_name(redactor, sentence):
    result = heard(redactor, {}, sentence)
    assert not result.redactions, result.redacted_text


@pytest.mark.parametrize("sentence, pet", [
    ("Return home interview with Simran Kaur Sandhu, Simmy, she's 15.", "Simmy"),
    ("I saw Callum Reid, Cally, at the hub and then went to the shop.", "Cally"),
])
def test_a_pet_form_said_straight_after_the_name_is_that_person(redactor, sentence, pet):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, pet), result.redacted_text


def test_a_word_after_a_name_that_is_no_pet_form_of_it_is_kept(redactor):
    result = heard(redactor, {}, "I saw Callum Reid, Monday, and Ms Grant, Tuesday.")
    assert is_kept(result, "Monday") and is_kept(result, "Tuesday"), result.redacted_text


def test_a_name_after_a_number_that_ends_a_time_is_still_the_name_in_lower_case_text(redactor):
    from transcribe.redaction import redact_text

    ctx = {"child": {"name": "Kayla Dunn"}, "people": [{"name": "Donna Dunn", "role": "mother"}]}
    text = "kayla is often in on her own till her brother gets in at ten donna changed the wifi password"
    result = redact_text(text, ctx, redactor)
    assert is_redacted(result, "donna"), result.redacted_text


@pytest.mark.parametrize("date", ["the nineteenth of the sixth ninety seven", "the nineteenth of the six ninety seven"])
def test_a_date_of_birth_between_commas_after_a_name_may_start_with_the(redactor, date):
    result = heard(redactor, {}, f"Dad Marcus Bennett, {date}, was not meant to be there.")
    assert is_redacted(result, date[4:]), result.redacted_text


def test_a_month_said_as_an_ordinal_and_heard_as_tin_is_the_tenth(redactor):
    result = heard(redactor, {}, "Daddy's Gareth Lewis, the 30th of the tin, 90, lives in Caerau.")
    assert is_redacted(result, "30th of the tin, 90"), result.redacted_text


def test_tin_is_a_word_outside_a_dates_month(redactor):
    result = heard(redactor, {}, "We opened a tin of beans on the 3rd, 20 tins in the cupboard.")
    assert is_kept(result, "a tin of beans"), result.redacted_text


@pytest.mark.parametrize("sentence, nickname", [
    ("Gurveer, who is known to everyone in the family as Lucky, was at his nan's. Lucky is 7.", "Lucky"),
    ("He is known by the lads round here as Diesel.", "Diesel"),
])
def test_a_nickname_known_to_whom_before_as_is_a_name(redactor, sentence, nickname):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, nickname), result.redacted_text


def test_known_to_a_service_as_a_kind_of_case_is_kept(redactor):
    result = heard(redactor, {}, "She is known to social care as a child in need since March.")
    assert not result.redactions, result.redacted_text
