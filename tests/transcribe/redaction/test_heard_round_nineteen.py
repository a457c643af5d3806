"""Issue 25, nineteenth spoken round: a postcode read out letter by letter, which the recogniser writes as hyphen-joined
letters and digits, is a postcode with no cue, its area's letter or an inward letter lost; after a street, an inward
code read out so ends the postcode whose outward code was heard as words. Keeps beside each: roads and buses read
out, an agency's letters, a time. The sentences are written for the rule, in the shapes recognisers give, not copied
from a transcript.
"""

from __future__ import annotations

import pytest

from .conftest import heard, is_kept, is_redacted


@pytest.mark.parametrize("sentence, code", [
    ("The family are at flat 4, 12 Harland TS-21-3-P, and mam speaks Tigrinya.", "TS-21-3-P"),  # no street kind word, one inward letter lost
    ("The address is Kestrel Way, the S-62P. Next visit in four weeks.", "S-62P"),  # the area's first letter heard as "the"
    ("Mam wrote hers down as N-E-12, 7-H-Q for the form.", "N-E-12, 7-H-Q"),  # whole, no street
])
def test_a_postcode_read_out_and_hyphen_joined_is_redacted(redactor, sentence, code):
    result = heard(redactor, None, sentence)
    assert is_redacted(result, code)


def test_an_inward_code_read_out_after_a_street_ends_the_postcode(redactor):
    result = heard(redactor, None, "Visit to Jo at 9 Ferry Close, Hebburn and each went on 4-G-T, then we talked about school.")
    assert is_redacted(result, "4-G-T")
    assert is_kept(result, "then we talked about school")


def test_an_inward_code_shape_far_from_any_street_is_not_a_postcode(redactor):
    result = heard(redactor, None, "She said the quiz was on 4-G-T, and she laughed about it.")
    assert is_kept(result, "4-G-T")


@pytest.mark.parametrize("sentence, kept", [
    ("We drove up the A-19 and then the A-1-M to get there.", "A-19"),   # a road read out
    ("He gets the X-14 bus to college every day.", "X-14"),              # a bus
    ("She has been referred to C-A-M-H-S again.", "C-A-M-H-S"),          # an agency's letters
    ("Contact is at 10-4 on a Tuesday at the family centre.", "10-4"),   # a time
    ("He is in year 7 and does P-E on a Friday.", "P-E"),                # a subject's letters
])
def test_other_things_read_out_stay(redactor, sentence, kept):
    assert is_kept(heard(redactor, None, sentence), kept)


def test_a_function_word_after_a_postcode_read_out_spells_no_letter(redactor):
    # "W" then "With": the postcode's last letter and the next sentence's first word, not "W for With"
    result = heard(redactor, None, "She lives at flat 2 Emerson House, Washington, N-E-3-7-1-D-W With her partner Kyle.")
    assert is_redacted(result, "N-E-3-7-1-D-W")
    assert is_kept(result, "With her partner")


@pytest.mark.parametrize("sentence, first_try", [
    ("Maisie's date of birth, 31st, no, sorry, 30 December 2013, she's 12, year 8.", "31st, no, sorry,"),
    ("Her date of birth is the 4th, sorry, the 5th of June 2012 and she is at school.", "the 4th, sorry,"),
])
def test_a_date_of_birth_repaired_as_it_was_said_is_redacted_whole(redactor, sentence, first_try):
    assert is_redacted(heard(redactor, None, sentence), first_try)


def test_a_repaired_date_that_is_no_date_of_birth_stays(redactor):
    result = heard(redactor, None, "Visit on the 4th, sorry, the 5th of June, and her date of birth is 3 March 2012.")
    assert is_redacted(result, "3 March 2012")
    assert is_kept(result, "the 4th, sorry, the 5th of June")


def test_an_address_whose_uk_domain_was_heard_as_ok_is_redacted_with_its_name_part(redactor):
    result = heard(redactor, None, "Minutes to go out to mark underscore Elliott at Middlesbrough.gov.ok Review in three months.")
    assert is_redacted(result, "mark underscore Elliott at Middlesbrough.gov.ok")
    assert is_kept(result, "Review in three months")


def test_a_website_after_at_with_no_address_said_stays(redactor):
    assert is_kept(heard(redactor, None, "We met the team at Durham.gov.uk and at the town hall."), "Durham.gov.uk")


def test_a_meeting_by_phone_with_its_day_and_times_is_no_phone_number(redactor):
    # "by phone" heard "iPhone": the cue's value reading stops at a day's or month's name, and "started"/"finished"
    # before a clock time mark it as the meeting's times
    sentence = "Strategy discussion iPhone, Tuesday 1 December, started 1015, finished 1050. Child is seven."
    assert is_kept(heard(redactor, None, sentence), "Tuesday 1 December, started 1015, finished 1050")


def test_a_phone_number_before_a_day_is_still_redacted(redactor):
    result = heard(redactor, None, "Her mobile is 07700 900 412 and she is free on Monday.")
    assert is_redacted(result, "07700 900 412")
    assert is_kept(result, "free on Monday")
