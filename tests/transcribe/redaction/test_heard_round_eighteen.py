"""Issue 25, eighteenth spoken round: readings that do not depend on the garble's shape.

A group of digits read out within a few words of an identifier said in digits is the identifier's, across an aside,
an editing term or a full stop, unless English marks it as a quantity (money, a time, an age, a school year, a score,
a count of something, a year, a day of a date); digits read out as two groups or more, or beside other such digits,
are an identifier with no identifier beside them, unless they are such a quantity; an email address's name part
runs back over the words its said joiners join. Keeps beside each. The sentences are written for the rules, in the
shapes recognisers give (commas for pauses, hyphens between digits, misheard digit words), not copied from a
transcript.
"""

from __future__ import annotations

import pytest

from .conftest import heard, is_kept, is_redacted


# -- a number beside an identifier is the identifier's ---------------------------------------------------------
def test_the_part_of_an_nhs_number_after_an_aside_is_redacted(redactor):
    result = heard(redactor, None, "His NHS number is 943 412, sorry, I can't read it, 6630, and he sees the dentist in March.")
    assert is_redacted(result, "943 412")
    assert is_redacted(result, "6630")
    assert is_kept(result, "sees the dentist in March")


def test_the_part_of_a_phone_after_a_full_stop_and_a_repair_is_redacted(redactor):
    result = heard(redactor, None, "Dad's mobile is 0-7-7-0-0, 9-0-0. I know, sorry, I know, 3-8-1. He works nights.")
    assert is_redacted(result, "3-8-1")
    assert is_kept(result, "He works nights")


def test_digits_said_before_an_identifier_join_it(redactor):
    result = heard(redactor, None, "She gave it as 5-5-1, no wait, 07700 900 412, then she went out to the shop.")
    assert is_redacted(result, "5-5-1")
    assert is_kept(result, "she went out to the shop")


@pytest.mark.parametrize("after", [
    "she owes 300 and six pounds in rent",   # money said in parts
    "and she owes £120 on the gas",          # money by its sign
    "the visit ended at 4.15 today",         # a time of day
    "and he is 14 this year",                # an age
    "she is in year 9 at school",            # a school year
    "she scored 8 out of 10",                # a score
    "and she takes the 143 bus",             # a count of something
    "and they moved in 2024",                # the year of an event
    "review on the 23rd of November",        # a date of an event
    "seen in room 214 at the hospital",      # a thing's number after the noun that names it
    "appointment on 12/12 at ten",           # a date written with a slash
    "in 2019, 2020 they moved twice",        # years
])
def test_a_quantity_beside_an_identifier_stays(redactor, after):
    # (no "number is" before it: that cue's own reading runs on over the words after a value)
    result = heard(redactor, None, f"Kenzie's NHS, 943 476 5919, {after}.")
    assert is_redacted(result, "943 476 5919")
    assert is_kept(result, after)


def test_a_number_far_from_an_identifier_does_not_join_it(redactor):
    result = heard(redactor, None, "Her phone is 07700 900 412 and the family had a really awful week with a lot on, then 555 came.")
    assert is_kept(result, "555 came")


def test_a_number_after_the_next_identifiers_cue_is_not_the_first_ones(redactor):
    result = heard(redactor, None, "Her phone is 07700 900 412, her number at the post office 22 Kings Road.")
    assert is_redacted(result, "07700 900 412")
    assert is_kept(result, "number at the post office")


# -- digits read out in a number-dense stretch -----------------------------------------------------------------
def test_digits_read_out_as_groups_with_no_cue_are_redacted(redactor):
    result = heard(redactor, None, "Jack stays with grandad at the gardens, morbid, 8-6-1, 2, behave, at weekends, "
                                   "and the other one is 0191 4, 98.")
    assert is_redacted(result, "8-6-1, 2")
    assert is_redacted(result, "0191 4, 98")
    assert is_kept(result, "at weekends")


def test_numbers_said_whole_in_a_list_are_no_digits_read_out(redactor):
    result = heard(redactor, None, "Jack stays with grandad at the gardens, morbid, 86, 1, 2 were his scores, 14, 77, 2 the others.")
    assert is_kept(result, "86, 1, 2")
    assert is_kept(result, "14, 77, 2")


def test_a_record_date_with_its_day_half_heard_is_redacted(redactor):
    result = heard(redactor, None, "Archie, Dio Vio free, O2, 19, is in year 3 there.")
    assert is_redacted(result, "free, O2, 19")
    assert is_kept(result, "is in year 3 there")


@pytest.mark.parametrize("sentence,kept", [
    ("The pantry is open Thursdays 10-0-1 for families.", "10-0-1"),
    ("Home visit on Tuesday 3 November at 10 to 4, Kayden answered the door.", "10 to 4"),
    ("Home visit Tuesday 17 November, 930-1040, Harley was in.", "930-1040"),
    ("The team won 3-1 on Saturday and 4, 2 the week before.", "3-1"),
    ("The children are 7, 9 and 12 and all at the same school.", "7, 9 and 12"),
    ("Her mood went from 4 to 7 since September.", "4 to 7"),
    ("She spent 40, 50 pounds on shoes.", "40, 50 pounds"),
])
def test_numbers_that_are_quantities_stay_when_read_out(redactor, sentence, kept):
    result = heard(redactor, None, sentence)
    assert is_kept(result, kept)


# -- an email address's name part ------------------------------------------------------------------------------
def test_an_email_name_part_runs_back_over_its_said_joiners(redactor):
    result = heard(redactor, None, "Her mobile is on file and the e-mail is Sandra underscore Wood's 6-1 at btinternet.com, she said.")
    assert is_redacted(result, "Sandra underscore Wood's 6-1 at btinternet.com")
    assert is_kept(result, "the e-mail is")


@pytest.mark.parametrize("text, address", [
    # the digits a name part ends with, heard as a misheard digit word, and its "at" lost into the domain
    ("The health visitor's e-mail, Ruth dot Hedley for Latin H s dot net, is the one to use.",
     "Ruth dot Hedley for Latin H s dot net"),
    ("Mam's email is Kayla underscore Reed 2 7 at gmail.com if school need her.", "Kayla underscore Reed 2 7 at gmail.com"),
])
def test_an_email_name_parts_digits_before_its_found_start_join_it(redactor, text, address):
    result = heard(redactor, None, text)
    assert is_redacted(result, address)


@pytest.mark.parametrize("text, kept", [
    ("She is 14 at school and her e-mail is kaylareed at gmail.com.", "She is 14"),  # no joined word before the digits
    ("Mum said she was 4 for a long time at gmail.com before she moved.", "she was 4 for"),
])
def test_digits_before_an_email_with_no_joined_word_stay(redactor, text, kept):
    assert is_kept(heard(redactor, None, text), kept)


def test_words_before_an_email_with_no_joiner_stay(redactor):
    result = heard(redactor, None, "Mum said to write to wood61 at btinternet.com about the meeting.")
    assert is_kept(result, "Mum said to write to")


# -- a letter's spelling word after a value that ends in that letter --------------------------------------------
def test_the_word_spelling_an_ni_numbers_last_letter_joins_it(redactor):
    result = heard(redactor, None, "Her national insurance number is N K, 24, 6 I, 99, ASI Apple, and she moved to Leeds.")
    assert is_redacted(result, "ASI Apple")
    assert is_kept(result, "and she moved to Leeds")


def test_a_capitalised_word_after_a_value_that_spells_another_letter_stays(redactor):
    result = heard(redactor, None, "Her national insurance number is N K, 24, 61, 99, A, Before that she rang, postcode NE8 2XN Newcastle.")
    assert is_kept(result, "Before that she rang")
    assert is_kept(result, "Newcastle")


def test_a_dollar_amount_is_digits_read_out_and_pounds_are_money(redactor):
    result = heard(redactor, None, "The form gives it as $3.817 and she spent £3.80 and £12.50 on lunch.")
    assert is_redacted(result, "3.817")
    assert is_kept(result, "£3.80 and £12.50 on lunch")


def test_plus_joined_to_a_country_code_by_a_hyphen_is_the_phones(redactor):
    result = heard(redactor, None, "Dad can be rung on-plus-44, 7700, 900, 461, most days.")
    assert is_redacted(result, "plus-44")
    assert is_redacted(result, "7700, 900, 461")
    assert is_kept(result, "most days")
