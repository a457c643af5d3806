"""Round twenty-five. The child written by the first letter of their first name alone, as leaving-care and residential
records write a young person ("F had no idea ...", "F to bring ...", "C's bed"): redacted as the child where the note
writes the letter so, as a subject or an owner, at least twice; a capital that is a plan's, a grade's or a flat's
letter stays, and so does the child's letter written that way once. The sentences are written for the rule, not
copied from a note.
"""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import found, heard, is_kept, is_redacted

CASE = {"child": {"name": "Faith Armstrong", "dob": "2008-07-02"},
        "people": [{"name": "Lewis Routledge", "role": "ex-partner"}, {"name": "Maureen Irving", "role": "foster carer"}]}


def test_the_childs_initial_used_as_a_subject_is_the_child(redactor):
    text = ("Keys for the flat picked up today, F had no idea where her letter was, "
            "UC claim on Thursday at the Jobcentre, F to bring her bank card, and F's bike is still at Maureen's.")
    result = redact_text(text, CASE, redactor)
    assert found(result, "PERSON").count("F") == 3
    for said in ("[CHILD] had no idea", "[CHILD] to bring", "[CHILD]'s bike"):
        assert said in result.redacted_text


def test_the_childs_initial_once_stays(redactor):
    result = redact_text("Plan agreed, F to bring her bank card on Thursday.", CASE, redactor)
    assert is_kept(result, "F to bring")


def test_another_letter_and_a_plans_letter_stay(redactor):
    text = "F says Plan B is fine and Flat C is empty, F to ring me, M to attend with her."
    result = redact_text(text, CASE, redactor)
    assert "[CHILD] says" in result.redacted_text and "[CHILD] to ring" in result.redacted_text
    for kept in ("Plan B is fine", "Flat C is empty", "M to attend"):
        assert is_kept(result, kept)


def test_a_capital_letter_that_is_not_the_childs_initial_stays(redactor):
    text = "G to bring the form, G says it is fine, F was not there."
    result = redact_text(text, CASE, redactor)
    assert is_kept(result, "G to bring") and is_kept(result, "G says")


@pytest.mark.parametrize("sentence, place", [
    ("Since the summer Steel City Boxing has been his outlet.", "Steel City Boxing"),
    ("The coach from Ironstone Youth Boxing rang me about her.", "Ironstone Youth Boxing"),
    ("Zainab goes to Kirsty Dowd School of Dance on Saturdays.", "Kirsty Dowd School of Dance"),
    ("The family want respite at Cheviot View Children's Hospice again.", "Cheviot View Children's Hospice"),
    ("They travel to school with Aln Valley Taxis, paid by the council.", "Aln Valley Taxis"),
    ("Dad works days at Startforth Joinery and evenings at Westgate Motors.", "Westgate Motors"),
])
def test_a_local_club_hospice_or_firm_by_its_kind(redactor, sentence, place):
    assert is_redacted(redact_text(sentence, CASE, redactor), place)


@pytest.mark.parametrize("sentence, kept", [
    ("He loves watching Olympic Boxing and Thai Boxing on the telly.", "Olympic Boxing and Thai Boxing"),
    ("The car is at the Garage and he did Judo at school.", "the Garage"),
    ("She goes to dance on Tuesdays and Fridays with her friend.", "Tuesdays and Fridays"),
])
def test_a_sports_style_a_generic_firm_and_days_stay(redactor, sentence, kept):
    assert is_kept(redact_text(sentence, CASE, redactor), kept)


# In a transcript: a number read out in three parts or more, seven digits and more, before a word the recogniser ran on
# to it is no count of that word ("18 weeks" is), and it is the identifier whose cue opened its sentence.
@pytest.mark.parametrize("sentence, value, placeholder", [
    ("Her NHS number, he read it off her letter, ninety-nine, ninety-seven, eighty-nine, sixty-four, oh, eight Plan, "
     "voucher today.", "ninety-nine, ninety-seven, eighty-nine, sixty-four, oh, eight", "[NHS NUMBER]"),
    ("Mam's mobile, she read it out slowly, oh seven seven oh oh, nine oh oh, six one two Worries.",
     "oh seven seven oh oh, nine oh oh, six one two", "[PHONE]"),
])
def test_a_number_read_out_before_a_run_on_word(redactor, sentence, value, placeholder):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value)
    assert placeholder in result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("She has 3 children and is 18 weeks pregnant, on the 27 bus.", "18 weeks"),
    ("It was twenty four weeks Scan, then the 27 bus.", "twenty four weeks"),
])
def test_a_count_before_its_noun_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)
