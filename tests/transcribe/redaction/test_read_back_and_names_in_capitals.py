"""A number read back with no cue of its own is the identifier whose cue came before it; "zero" heard with its first
sound changed is a digit inside a number; a family's name before a word for one of them ("the Hutchinson lad") is
the person; a case surname written in capitals ("REID") is the name, an acronym is not; a name between commas
after a family word ("Shanice's mum, Ajoa,") is a person."""

from __future__ import annotations

from transcribe.redaction import redact_text
from transcribe.context import parse_context

from .conftest import heard, is_kept, is_redacted


def test_a_number_read_back_is_the_identifier_whose_cue_came_before_it(redactor):
    # read back with more of its digits misheard than a number with no cue may hold ("zero" heard "Lero")
    result = heard(redactor, None, "Mum's mobile 07700 900164. I'll read that back Lero, 7, 7, Lero, Lero, I'm Lero, "
                                   "Lero, 1, 6, 4. She is in most days.")
    assert is_redacted(result, "Lero, 7, 7, Lero, Lero, I'm Lero, Lero, 1, 6, 4")
    assert is_kept(result, "She is in most days")


def test_read_back_with_no_identifier_cue_before_it_takes_no_number(redactor):
    result = heard(redactor, None, "She said the story twice. I'll read it again, 3 times, 4 pages a night.")
    assert is_kept(result, "3 times, 4 pages")


def test_zero_heard_with_its_first_sound_changed_is_a_digit_of_the_number(redactor):
    result = heard(redactor, None, "Dad's mobile, Lero, 7, 7, Lero, Lero, 9, Lero, Lero, 1, 6, 4, and that is his work phone too.")
    assert is_redacted(result, "Lero, 7, 7, Lero, Lero, 9, Lero, Lero, 1, 6, 4")
    assert is_kept(result, "that is his work phone")


def test_a_word_rhyming_with_zero_outside_a_number_is_kept(redactor):
    result = heard(redactor, None, "He said his hero is his grandad, 7 days a week.")
    assert is_kept(result, "his hero is his grandad")


def test_a_case_surname_before_a_word_for_one_person_is_that_person(redactor):
    result = heard(redactor, {"child": {"name": "Reece Hutchinson"}},
                   "Went out for Reece, that's the Hutchinson lad, who is 13.")
    assert is_redacted(result, "Hutchinson lad"[:len("Hutchinson")])


def test_a_case_name_before_an_object_it_names_stays_a_word(redactor):
    result = heard(redactor, {"child": {"name": "Pearl Dunmore"}}, "Pearl showed me the Pearl necklace nan gave her.")
    assert is_kept(result, "the Pearl necklace")


def test_a_case_surname_written_in_capitals_is_the_name(redactor):
    case = parse_context({"child": {"name": "Precious Adebanjo-Reid"}})
    result = redact_text("Surname Adebanjo, hyphen, REID, she is 17.", case, redactor)
    assert is_redacted(result, "REID")
    result = redact_text("Seen with Precious ADEBANJO-REID at the hub.", case, redactor)
    assert is_redacted(result, "ADEBANJO") and is_redacted(result, "REID at"[:4])


def test_an_acronym_in_capitals_is_no_name_though_a_case_name_is_spelt_so(redactor):
    case = parse_context({"child": {"name": "Mace Dunmore"}})
    result = redact_text("The MACE assessment was done at school.", case, redactor)
    assert is_kept(result, "MACE assessment")


def test_a_name_in_apposition_after_a_possessed_family_word_is_a_person(redactor):
    result = redact_text("Shanice's mum, Ajoa, 07700 900774, said she can stay.", parse_context(None), redactor)
    assert is_redacted(result, "Ajoa")


def test_a_name_only_the_tagger_found_stays_a_name_in_a_transcript_after_a_family_word_and_its_comma(redactor):
    result = heard(redactor, None, "Her mum, Ajoa, said she can stay.")
    assert is_redacted(result, "Ajoa")
