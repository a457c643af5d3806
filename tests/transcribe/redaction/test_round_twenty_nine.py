"""Round twenty-nine. A date said with its day of the week straight after a name is when something happened, not the
person's date of birth. The sentences are written for the rules, not copied from a note.
"""

from __future__ import annotations

import re

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import heard, is_kept, is_redacted

JASMINE = parse_context({"child": {"name": "Jasmine Okafor"}})


@pytest.mark.parametrize("text, kept", [
    ("Looked after review (third), Jasmine Okafor, Friday 20 November 2026, at the foster home.", "20 November 2026"),
    ("Jasmine Okafor (Tuesday 3rd March 2026) was seen at school.", "3rd March 2026"),
])
def test_a_date_said_with_its_weekday_after_a_name_is_an_event_date(redactor, text, kept):
    result = redact_text(text, JASMINE, redactor)
    assert is_kept(result, kept), result.redacted_text
    assert is_redacted(result, "Jasmine Okafor")


def test_a_date_between_commas_after_a_name_without_a_weekday_is_still_a_date_of_birth(redactor):
    result = redact_text("Jasmine Okafor, 20 March 2011, lives with her carers.", JASMINE, redactor)
    assert is_redacted(result, "20 March 2011"), result.redacted_text


def test_initials_given_as_the_last_item_of_a_persons_role_bracket_are_that_person_wherever_written(redactor):
    text = ("Present: Mo Bashir (CAMHS eating disorders nurse, MB), Jennifer Ashcroft (IRO). - MB: weight is stable. "
            "Actions: MB to see her weekly.")
    result = redact_text(text, JASMINE, redactor)
    spans = {(r.start, r.end) for r in result.redactions}
    for m in re.finditer(r"\bMB\b", text):
        assert any(a <= m.start() and m.end() <= b for a, b in spans), result.redacted_text
    assert is_kept(result, "IRO")


def test_a_services_initials_after_its_name_in_a_bracket_stay(redactor):
    result = redact_text("Ann Lee (Virtual School Head, VSH) came to the review.", JASMINE, redactor)
    assert is_kept(result, "VSH"), result.redacted_text


@pytest.mark.parametrize("text, kept", [
    ("She spoke to the Virtual School about a tutor for Jasmine.", "Virtual School"),
    ("The Virtual School Head, Ann Lee, came to the review.", "Virtual School Head"),
])
def test_a_term_of_the_social_care_lexicon_is_never_redacted_however_capitalised(redactor, text, kept):
    result = redact_text(text, JASMINE, redactor)
    assert is_kept(result, kept), result.redacted_text


@pytest.mark.parametrize("sentence, name", [
    ("Mam's fine. Mam Centre Friend Hope sometimes minds him.", "Hope"),  # a recogniser's capital on "friend"
    ("He was with Brother Will all day, they play out.", "Will"),
])
def test_a_name_after_a_relation_word_the_recogniser_capitalised_is_redacted(redactor, sentence, name):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, name), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("She goes to the Carer Support Group on Fridays.", "Support"),
    ("It was Friend Ship Day at school.", "Ship"),
])
def test_a_capitalised_relation_word_before_an_ordinary_word_is_a_title_not_a_name(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


@pytest.mark.parametrize("sentence, value", [
    ("I'll send the minutes to the chair, lit up, b.garside at idkoast.com.uk, today.", "b.garside at idkoast.com.uk"),
    ("The chair is on leigh_b07 at tynecoast.net, ring first.", "leigh_b07 at tynecoast.net"),
    ("Send the plan to p.nolan at ridgeway-trust.org before Friday.", "p.nolan at ridgeway-trust.org"),
])
def test_an_email_read_out_with_its_at_and_its_cue_lost_is_redacted(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("Have a look at bbc.co.uk for the school closures.", "look at bbc.co.uk"),  # a website after a plain word
    ("We met at 10 at the office.", "10 at the office"),
])
def test_a_website_or_a_time_after_at_is_no_email(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


def test_date_of_birth_heard_as_data_worth_is_a_cue(redactor):
    result = heard(redactor, {}, "Child in need visit to Yusuf, data worth 4.86, 22, he's 4, in reception.")
    assert is_redacted(result, "4.86, 22"), result.redacted_text
    assert is_kept(result, "he's 4")


def test_an_ni_numbers_last_letter_repaired_and_spelt_after_it_is_the_numbers(redactor):
    sentence = ("National insurance, QQ, 18, 44, 20, B, no, sorry, the last letter D, D for Delta. He's registered "
                "with the surgery now.")
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, "QQ, 18, 44, 20, B, no, sorry, the last letter D, D for Delta"), result.redacted_text
    assert is_kept(result, "He's registered")


def test_an_emails_name_part_joined_by_a_joiner_the_recogniser_wrote_in_the_plural_is_the_emails(redactor):
    sentence = "Mum's email for the letter, Shelley underscores on 772 at hotmail.co.uk, for the school form."
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, "Shelley underscores on 772 at hotmail.co.uk"), result.redacted_text
    assert is_kept(result, "for the letter")


def test_the_first_of_a_list_of_people_opening_its_sentence_is_a_person(redactor):
    sentence = ("He used to go to a boxing club with the coach. Mickey Dunn, Wayne Kimber, and his big brother "
                "Jordan have all asked after him.")
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, "Mickey Dunn"), result.redacted_text


def test_a_public_place_opening_a_list_of_people_stays(redactor):
    result = heard(redactor, {}, "It rained all day. Sunderland Royal, Wayne Kimber, and Jordan were mentioned.")
    assert is_kept(result, "Sunderland Royal"), result.redacted_text


def test_a_word_after_a_capitalised_role_and_a_comma_is_the_lists_next_item_not_a_name(redactor):
    result = heard(redactor, {}, "Petronella Cresswell, Social Worker, Dictating, Visitor, Cliff Street, Whitby.")
    assert is_kept(result, "Dictating"), result.redacted_text


SUNNY = parse_context({"child": {"name": "Sunny Kaur"}})


@pytest.mark.parametrize("text, kept", [
    ("Dadi told me that Sunny asked her whether the baby would stay.", "Dadi"),  # a father's mother (Panjabi, Urdu)
    ("Maame came in from work and said Sunny was tired.", "Maame"),  # mother (Akan, Twi)
    ("Sunny was at Mama Agba's on Saturday.", "Mama Agba"),  # grandmother (Yoruba)
    ("Sunny said Nne makes jollof on Sundays.", "Nne"),  # mother (Igbo)
])
def test_a_family_word_of_the_familys_language_is_never_redacted(redactor, text, kept):
    result = redact_text(text, SUNNY, redactor)
    assert is_kept(result, kept), result.redacted_text
    assert is_redacted(result, "Sunny")
