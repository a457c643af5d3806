"""Issue 25, twentieth spoken round: the numbers a sentence says after an identifier's cue are that identifier, whatever
shape the recogniser gave them (a year-first date, a second date of birth in a list, an email's digits), unless English
marks them a quantity; a date of birth's digits run together into one number straight after a name; an outward code
with its inward code heard as capitals. Keeps beside each: a time, money, an event's date after a visit named for a
birth, a clock time after a name, roads. The sentences are written for the rules, in the shapes recognisers give, not
copied from a transcript.
"""

from __future__ import annotations

import pytest

from .conftest import heard, is_kept, is_redacted


@pytest.mark.parametrize("sentence, value", [
    # the second person's date, year first, in the same sentence as the cue
    ("Carol's date of birth is 6th September 1964, and Geoff 1961, 20 October, for the renewal.", "1961, 20 October"),
    # the cue heard as other words, the date year first
    ("Nan's date on birth, 1958, 3 March, she wants it on the form.", "1958, 3 March"),
    # an email's digits, heard as a year and a misheard word
    ("Her email, Jodie Lamb 2000, and free at Outlook.com, is the best way.", "2000"),
])
def test_numbers_after_a_cue_in_its_sentence_are_its_value(redactor, sentence, value):
    assert is_redacted(heard(redactor, None, sentence), value)


@pytest.mark.parametrize("sentence, kept", [
    ("Pre-birth visit on Monday 7 December, 1 o'clock till half 2 at the flat.", "7 December"),  # "birth" names a visit
    ("Her mobile broke so she paid £200 for a new one on Friday.", "£200"),                        # money after a cue
    ("Rang her mobile at 1015 and again at 1130, no answer.", "1015"),                              # a time after a cue
    ("Her date of birth is on the file, and the review is on 12 March 2027.", "the file"),          # words after a cue
])
def test_quantities_and_other_words_after_a_cue_stay(redactor, sentence, kept):
    assert is_kept(heard(redactor, None, sentence), kept)


def test_a_date_read_out_run_together_after_a_name_is_a_date_of_birth(redactor):
    # "four seven oh seven" after the name, written as one number
    result = heard(redactor, None, "Then spoke to mam Chantelle, 4707, she's 19 and pregnant.")
    assert is_redacted(result, "4707")
    assert is_kept(result, "she's 19")


@pytest.mark.parametrize("sentence, kept", [
    ("Met Kyle, 1430, in the park by the school.", "1430"),         # a clock time
    ("Spoke to Chantelle, 2007, was the year she moved.", "2007"),   # a year alone
])
def test_a_time_or_a_year_after_a_name_is_no_date_of_birth(redactor, sentence, kept):
    assert is_kept(heard(redactor, None, sentence), kept)


def test_an_outward_code_and_its_inward_code_heard_as_capitals_are_a_postcode(redactor):
    result = heard(redactor, None, "Rose Cottage, Front, treat Longhorsley, NE65, ATUD, Morpeth, is the carers' home.")
    assert is_redacted(result, "NE65")
    assert is_redacted(result, "ATUD")
    assert is_kept(result, "Morpeth")


def test_roads_read_out_one_after_another_stay(redactor):
    assert is_kept(heard(redactor, None, "We took the A1, M6, then home for tea."), "A1, M6")


@pytest.mark.parametrize("sentence, letters", [
    # "A as in apple, B as in Bob": the letter's word and its link run together or heard as "&"
    ("His NI is Asin Apple, Buss & Bob, 5, 2, 3, 9, 1, 4, C and he works nights.", "Asin Apple, Buss & Bob"),
    # "W as in water, X as in X-ray": "as in" heard "and", the second spelling word starting the digits' stretch
    ("He said W and water, X and X-ray, 1, 2, 3, 4, 5, 6, B for the form.", "W and water"),
])
def test_an_ni_numbers_letters_spelt_by_words_heard_loosely_are_part_of_it(redactor, sentence, letters):
    assert is_redacted(heard(redactor, None, sentence), letters)


@pytest.mark.parametrize("sentence, kept", [
    ("We went to the park then, 5, 2, 3, 9, 1, 4, C is what he gave.", "went to the park then"),
    ("His number I is B for Bravo, E for Echo, 22, 51, 06, A on the letter.", "His number I is"),  # "is" spells no I
])
def test_words_before_an_ni_number_that_do_not_spell_its_letters_stay(redactor, sentence, kept):
    assert is_kept(heard(redactor, None, sentence), kept)


def test_a_phone_numbers_country_code_said_before_it_is_part_of_it(redactor):
    result = heard(redactor, None, "Her mobile is plus four for seven seven double o, nine six two, one three eight, and she answers.")
    assert is_redacted(result, "plus four for")
    assert is_kept(result, "and she answers")


def test_an_address_at_an_organisations_mail_domain_given_after_is_is_redacted_whatever_its_name_was_heard_as(redactor):
    result = heard(redactor, None, "Social worker's email is be not therefore at NHS.net. Outcome, the manager rings back.")
    assert is_redacted(result, "be not therefore")
    assert is_kept(result, "the manager rings back")


@pytest.mark.parametrize("sentence, kept", [
    ("I sent it to the team at NHS.net last week.", "the team"),   # not given as an address
    ("We met at Durham.gov.uk offices.", "We met"),
])
def test_words_before_a_mail_domain_not_given_as_an_address_stay(redactor, sentence, kept):
    assert is_kept(heard(redactor, None, sentence), kept)


def test_an_outward_code_and_an_inward_code_with_a_letter_lost_are_a_postcode(redactor):
    # read off fresh28 after it was scored: "D L fourteen, seven A J" heard "DL14, 7J"
    result = heard(redactor, None, "Moved to 44 Wear Chare, Bishop Auckland, DL14, 7J, last month.")
    assert is_redacted(result, "DL14, 7J")
    assert is_kept(result, "last month")


def test_a_form_class_after_a_school_year_stays(redactor):
    assert is_kept(heard(redactor, None, "He is in Year 7, 7J, with the new teacher."), "7J")
