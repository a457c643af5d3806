"""Identifiers the recogniser wrote garbled, third round of issue 25: a whole postcode with a digit misheard,
a nine heard as "I" or "N" inside digits read out, a cue heard as another word ("Iumber", "Umbra", "HS
number"), a digit lost from an NI number, "plus" before a country code, the date of birth's month and year
with its day lost; and, on the other side, headings and towns the name finder must leave."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import found
from .test_unsure_words import spans

# the case fixture's child, Kayleigh Robson, was born on 2015-04-03


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("Marnie lives at 14 Hollin Crescent, Stanley, post-code DHI-7QT Marnie was in.", "UK_POSTCODE", "DHI-7QT"),
        ("His national insurance in HD, N-8, 7-6, N-4, A on the form.", "UK_NINO", "HD, N-8, 7-6, N-4, A"),
        ("He's at Iumber in SB, North 7, 9-8, 1-2, 8 for the college.", "UK_NINO", "SB, North 7, 9-8, 1-2"),
        ("It came through last month, J-R-7-0-1-86 B and he is pleased.", "UK_NINO", "J-R-7-0-1-86 B"),
        ("Lyla is well, NHS Umbra Double-I-1, 728, 626-I-N, mam says.", "UK_NHS", "Double-I-1, 728, 626-I-N"),
        ("Wren was born in May, in HS Number 447, Free Seeks 2, 2 3 1 2 and that is all.", "UK_NHS", "447, Free Seeks 2, 2 3 1 2"),
        ("Dad is on plus 444, 728, 340, 561, I will share the plan.", "PHONE_NUMBER", "plus 444, 728, 340, 561"),
        ("His number finally came through, T Y, forty five, twelve, eighty eight, C, so he can work.", "UK_NINO",
         "T Y, forty five, twelve, eighty eight, C"),
        ("Dad's is J C, twenty-one, forty three, oh five, B for the form.", "UK_NINO", "J C, twenty-one, forty three, oh five, B"),
        ("Her N I is BW-6-2-0-0-1-I'm D, and her mobile next.", "UK_NINO", "BW-6-2-0-0-1-I'm D"),
        ("NHS number four-four-one, two-nine-ore, six-three-seven-seven. Next visit Friday.", "UK_NHS",
         "four-four-one, two-nine-ore, six-three-seven-seven"),
        ("Post code for the housing letter is ds10, 1s egrant, if mam's for this off.", "UK_POSTCODE", "ds10, 1s"),
    ],
    ids=["postcode-nine-as-i", "ni-nine-as-n", "ni-cue-heard-as-iumber", "ni-digit-lost", "nhs-cue-umbra",
         "nhs-cue-hs-number-six-as-seeks", "plus-country-code", "ni-pairs-as-numbers", "ni-pairs-mixed", "ni-nine-as-im", "nhs-oh-as-ore",
         "postcode-lower-case"],
)
def test_garbled_identifier_is_redacted(redactor, empty_case, text, entity, expected):
    assert expected in found(redact_text(text, empty_case, redactor), entity)


def test_digits_read_out_in_hyphenated_groups_with_a_misheard_word_between(redactor, empty_case):
    # "oh one nine one, four nine six, oh seven seven four" as the recogniser wrote it, its cue lost
    result = redact_text("Grandad's is 999-1. Ford I-6, O-7-7-4, mam too.", empty_case, redactor)
    assert "999-1. Ford I-6, O-7-7-4" in spans(result)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For the bundle, Kayleigh Diobase 3, Ford. 2015, NHS to follow.", "3, Ford. 2015"),
        ("Kayleigh made on Murghate on Apr. April 2015, and she is well.", "Apr. April 2015"),
    ],
    ids=["four-heard-as-ford", "day-lost-month-and-year"],
)
def test_known_date_of_birth_garbled_again(redactor, case, text, expected):
    assert expected in found(redact_text(text, case, redactor), "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "She has lived here since April 2016 and likes it.",
        "We went to the park on the 3rd, to 05 the shop and back.",
    ],
    ids=["another-month-and-year", "to-between-other-numbers"],
)
def test_other_dates_stay(redactor, case, text):
    assert found(redact_text(text, case, redactor), "DATE_OF_BIRTH") == []


def test_a_case_name_the_tokenizer_split_is_redacted(redactor):
    case = parse_context({"child": {"name": "Zennor Laing", "dob": "2014-04-26"}, "worker": "Perrin Youll"})
    result = redact_text("Right, Perrin Youll, visit to Zennor at home.", case, redactor)
    assert "Youll" not in result.redacted_text and "Perrin" not in result.redacted_text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Case Note, by Lachlan Embleton, contact session at the family centre.", "Case Note"),
        ("Sonny Weddle, Family Support, Wren showed me a nest.", "Family Support"),
        ("Bryony Aynsley, social worker Visit on Wednesday to Marnie at home.", "Visit"),
        ("They moved to 2 Meadow Rise, Spennymoor, after the eviction.", "Spennymoor"),
        ("Marnie is at 14 Hollin Crescent, Stanley, with mam.", "Stanley"),
        ("Mam said She did not want to name him.", "She"),
    ],
    ids=["heading", "role-after-a-name", "heading-run-into-role", "town-after-street", "town-that-is-a-name", "pronoun"],
)
def test_headings_towns_and_pronouns_are_not_names(redactor, empty_case, text, kept):
    assert kept in redact_text(text, empty_case, redactor).redacted_text


def test_a_name_after_a_comma_is_still_a_name(redactor, empty_case):
    result = redact_text("I saw the boy, Jayden Armstrong, at school.", empty_case, redactor)
    assert "Jayden" not in result.redacted_text


def test_what_is_left_of_a_number_runs_to_its_last_digit_word(redactor, empty_case):
    # the NI number takes the "D" of the recogniser's one token "D-4-5-0-7-0-7"; the phone's rest keeps its
    # digits said as words after the full stop
    text = "Her N I is BW-6-2-0-0-1-I'm D-4-5-0-7-0-7. Double-two-three, eight-five-nine, email to follow."
    result = redact_text(text, empty_case, redactor)
    assert "eight-five-nine" not in result.redacted_text and "4-5-0-7" not in result.redacted_text
    assert "email to follow" in result.redacted_text
