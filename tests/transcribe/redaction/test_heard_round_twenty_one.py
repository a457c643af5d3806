"""Issue 25, twenty-first spoken round: the family's postcode found by its outward code, heard exactly or with one
letter slipped before the inward code's digit, and what follows it while it may be the inward code heard garbled
("S.R.4, 7 May" for "S R four, seven A A", "NE49, Nauterage" for "N E forty nine, nought A H", "DS 17, 9th day" for
"T S seventeen, nine D E"); a case name that is also a word, followed by a reflexive or by the person's own surname,
is the person ("Summer herself", "in summer Nowak").
Keeps beside each. The sentences are written for the rules, in the shapes recognisers give, not copied from a
transcript.
"""

from __future__ import annotations

import pytest

from .conftest import heard, is_kept, is_redacted

CASE = {"child": {"name": "Summer Atkinson", "dob": "2018-09-03"},
        "people": [{"name": "Danielle Atkinson", "role": "mother"}],
        "address": "19 Hylton Road, Sunderland SR4 7AA"}


@pytest.mark.parametrize("sentence, value", [
    ("New address is flat one, 19 Hylton Road, Millfield, S.R.4, 7 May, through the housing.", "S.R.4, 7 May"),
    ("She lives in SR4, 7 Bay now.", "SR4, 7 Bay"),
    ("Postcode S R 4 7 Hay.", "S R 4 7 Hay"),
    ("Her flat is in Millfield, SR4, Sevenahay, by the bridge.", "SR4, Sevenahay"),  # no English word after it
    ("Millfield, S.R.4 7, E for echo, Z, and mam was in.", "S.R.4 7, E for echo, Z"),  # its letters spelt
    ("Millfield, SA 4, 7 ay ay, and mam was in.", "SA 4, 7 ay ay"),  # a letter slipped, the digit after it
])
def test_the_familys_postcode_heard_to_its_digit_takes_the_short_word_after_it(redactor, sentence, value):
    assert is_redacted(heard(redactor, CASE, sentence), value)


@pytest.mark.parametrize("sentence, kept", [
    ("She lives in SR4, 7 is the flat number.", "is the flat"),      # a stop word goes on with the sentence
    ("She lives in SR4, 7. Maybe she moves.", "Maybe"),              # a sentence's end
    ("She lives in SR4, 7 minutes from school.", "minutes"),          # a longer word is the sentence's own
    ("The bus is the SR7 to Seaham.", "SR7"),                         # another outward code
    ("She moved from SA4 to Millfield last year.", "SA4"),             # a letter slipped, no inward digit after it
    ("She lives in SR4, where her nana grew up.", "where her nana"),  # a stop word ends it
    ("Millfield, SR4, 7 Alpha, Seen him at school.", "Seen"),          # an irregular form is English
])
def test_what_follows_the_postcode_otherwise_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, CASE, sentence), kept)


@pytest.mark.parametrize("sentence", ["Millfield, SR4, 7AA, mam Danielle was in.", "Millfield, SR4, 7AA Danielle let me in."])
def test_a_family_word_or_a_case_name_ends_the_postcode(redactor, sentence):
    result = heard(redactor, CASE, sentence)
    name = sentence.index("Danielle")
    assert {r.entity for r in result.redactions if r.start <= name < r.end} == {"PERSON"}  # the mother, not the postcode
    assert is_redacted(result, "SR4, 7AA")
    assert "mam" not in sentence or is_kept(result, "mam")


def test_a_case_name_that_is_a_word_before_a_reflexive_is_the_person(redactor):
    result = heard(redactor, CASE, "Summer herself once had a bruise on her arm.")
    assert is_redacted(result, "Summer")


def test_the_word_before_a_reflexive_that_is_no_person_stays(redactor):
    assert is_kept(heard(redactor, CASE, "The summer itself was hard on the family."), "summer")


def test_a_case_first_name_that_is_a_word_before_its_own_surname_is_the_person(redactor):
    result = heard(redactor, {"child": {"name": "Summer Nowak"}}, "Visit to the child in summer Nowak, 6, at home.")
    assert is_redacted(result, "summer Nowak")


def test_the_word_before_another_word_stays(redactor):
    result = heard(redactor, {"child": {"name": "Summer Nowak"}}, "We go to the coast in summer most years.")
    assert is_kept(result, "summer")
