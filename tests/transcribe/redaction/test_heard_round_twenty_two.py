"""Issue 25, twenty-second spoken round: the family's postcode found by its inward code heard exactly, with a garbled
outward code before it ("LSIm, 6BJ" for "L S nine, six B J"); a postcode or NI number grown over a letter spelt by its
word said just after it ("TS17, seek safe for echo" for "T S one seven, six E for echo"); an NI number's "oh" heard as
"or" between its digits; a day and month said as ordinals after a name, then a year begun by its century and heard in
pieces ("9th of the 5th, 19-9th at one"); an address ending in a country's two-letter domain ("at WB.pl"); a case first
name's start said as a short form and spelt by sound ("Jazz" for Jaz, Jasmine's); each letter spelt after a postcode in
turn; the postcode cue heard "Post-coded"; an address run into one word with a case name in it; a date of birth's year
said apart from its day and month ("the second of August last year, 2025").
Keeps beside each. The sentences are written for the rules, in the shapes recognisers give, not copied from a
transcript.
"""

from __future__ import annotations

import pytest

from .conftest import heard, is_kept, is_redacted

CASE = {"child": {"name": "Kacper Zielinski", "dob": "2014-02-11"},
        "people": [{"name": "Marta Zielinska", "role": "mother"}, {"name": "Donna Price", "role": "grandmother"}],
        "address": "Flat 7, Ashdown Court, Bradford BD3 8QW"}


@pytest.mark.parametrize("sentence, value", [
    ("They moved to flat 7, Ashdown Court, BDe, 8QW, last month.", "BDe, 8QW"),
    ("The letter came to 8 Q W at the flat.", "8 Q W"),
])
def test_the_familys_inward_code_heard_exactly_is_the_postcode(redactor, sentence, value):
    assert is_redacted(heard(redactor, CASE, sentence), value)


@pytest.mark.parametrize("sentence, kept", [
    ("The letter came at 8 and we went to Bradford.", "8 and"),   # the inward code's digit alone
    ("The flat is number 8 Q on the door, she said.", "8 Q on"),   # "8 Q" is not all of "8QW"
    ("Bob, 8QX, was the code for the bike lock.", "Bob"),          # another inward code
])
def test_what_is_not_the_familys_inward_code_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, CASE, sentence), kept)


def test_a_postcode_grows_over_a_letter_spelt_by_its_word_just_after_it(redactor):
    result = heard(redactor, CASE, "They live in Bradford, BD3, seek safe for echo in, and mam was there.")
    assert is_redacted(result, "safe for echo")
    assert is_kept(result, "mam was there")


def test_a_letter_spelt_further_on_is_not_the_postcodes(redactor):
    result = heard(redactor, CASE, "They live in Bradford, BD3. Her name starts with K for kilo, she said.")
    assert is_kept(result, "K for kilo")


def test_an_ni_numbers_oh_heard_as_or_between_its_digits(redactor):
    assert is_redacted(heard(redactor, CASE, "He read it out to me, QQ 41-27 or 3-C, and laughed."), "QQ 41-27 or 3-C")


def test_or_between_numbers_of_prose_stays(redactor):
    assert is_kept(heard(redactor, CASE, "He goes there 3 or 4 times a week, maybe 10 or 12."), "3 or 4")


@pytest.mark.parametrize("sentence, value", [
    ("Nan, Donna Price, 4th of the 7th, 19-6th at two, came in later.", "4th of the 7th, 19-6th at two"),
    ("Mum, Marta, 12th of the 3rd, 20 oh 1, was tired.", "12th of the 3rd, 20 oh 1"),
])
def test_a_date_after_a_name_with_its_year_heard_in_pieces_is_a_date_of_birth(redactor, sentence, value):
    assert is_redacted(heard(redactor, CASE, sentence), value)


@pytest.mark.parametrize("sentence, kept", [
    ("Review, 4th of the 7th, 19 people came, and it went well.", "4th of the 7th"),   # no name before it
    ("Marta, 4th of the 7th, is the review, she said.", "4th of the 7th"),             # no year's century after it
])
def test_a_date_after_a_word_or_without_a_year_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, CASE, sentence), kept)


def test_an_address_at_a_countrys_domain_is_an_email(redactor):
    result = heard(redactor, CASE, "Her email, or not Zielinska 1985 at WP.pl, she checks it daily.")
    assert is_redacted(result, "Zielinska 1985 at WP.pl")
    assert is_kept(result, "she checks it daily")


def test_abbreviations_with_dots_are_no_domain(redactor):
    assert is_kept(heard(redactor, CASE, "We met at 3 p.m and went to St.Helens after."), "St.Helens")


SHORT = {"child": {"name": "Jasmine Hartley", "dob": "2011-07-30"},
         "people": [{"name": "Harrison Hartley", "role": "brother"}, {"name": "Chantelle Hartley", "role": "mother"}]}


@pytest.mark.parametrize("sentence, name", [
    ("Jasmine Hartley, known by Jazz, 15, year 11 at school.", "Jazz"),   # "Jaz", as a recogniser spells it
    ("Safety plan with Jazz and mam, referral to the team.", "Jazz"),
])
def test_a_case_first_names_start_said_as_a_short_form_is_that_person(redactor, sentence, name):
    result = heard(redactor, SHORT, sentence)
    start = sentence.index(name)
    assert [r.replacement for r in result.redactions if r.start == start] == ["[CHILD]"]


@pytest.mark.parametrize("sentence, kept", [
    ("Hair was brushed and she was dressed.", "Hair"),                      # a sentence's first word
    ("She is engaging with Change Grow Live now.", "Change Grow Live"),     # the start of a longer name
])
def test_a_word_that_starts_like_a_case_name_stays_where_no_name_stands(redactor, sentence, kept):
    assert is_kept(heard(redactor, SHORT, sentence), kept)


def test_a_word_after_an_article_is_no_short_form(redactor):
    case = {"child": {"name": "Finlay Ridley", "dob": "2013-05-09"},
            "people": [{"name": "Nicola Ridley", "role": "mother"}]}
    assert is_kept(heard(redactor, case, "I'll take it to the Nick's panel next month."), "Nick's")


def test_a_postcode_grows_over_each_letter_spelt_after_it_in_turn(redactor):
    result = heard(redactor, CASE, "They live in Bradford, BD3, 8.4, Quebec, W4, Whiskey, and mam was in.")
    assert is_redacted(result, "Quebec, W4, Whiskey")
    assert is_kept(result, "mam was in")


def test_the_postcode_cue_heard_as_post_coded(redactor):
    assert is_redacted(heard(redactor, None, "Post-coded in any 31, 2-D and mam was in."), "31, 2-D")


@pytest.mark.parametrize("sentence, address", [
    ("Her mail is Zielinska-homeatgmail.com and that is it. We use Amazon.com too.", "Zielinska-homeatgmail.com"),
    ("Her mail is m.zielinskaatk.bradford.sh.uk and that is it. We use Amazon.com too.",
     "m.zielinskaatk.bradford.sh.uk"),
])
def test_an_address_read_out_and_run_into_one_word_with_a_case_name_is_an_email(redactor, sentence, address):
    result = heard(redactor, CASE, sentence)
    assert is_redacted(result, address)
    assert is_kept(result, "Amazon.com")


@pytest.mark.parametrize("sentence, value", [
    ("The baby was born the second of August last year, 2025, and is well.", "second of August last year, 2025"),
    ("Her date of birth is 14th of March, I think, 2016, and she is nine.", "14th of March, I think, 2016"),
])
def test_a_date_of_births_year_said_apart_from_its_day_and_month_is_one_date(redactor, sentence, value):
    result = heard(redactor, None, sentence)
    start = sentence.index(value)
    assert is_redacted(result, value)
    assert [r.replacement for r in result.redactions if r.start >= start and r.end <= start + len(value)] == ["[DOB]"]
