"""Issue 25, sixth round: a "4" glued to a spelt letter ("L4-Lima", "8Q4 Queen") and the letter itself
misheard ("key for golf"); an NI number whose letters the recogniser turned into words; a name inside a
number; NI digits run on into the next number; towns after a street and case words used as words."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text
from transcribe.redaction.spoken_numbers import heard_characters

from .conftest import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("AR4, 7-L4-Lima, key for golf.", [("AR4", "AR4"), ("7", "7"), ("L4-Lima", "L"), ("key for golf", "G")]),
        ("SE5, 8Q4 Queen, R4 Robert.", [("SE5", "SE5"), ("8", "8"), ("Q4 Queen", "Q"), ("R4 Robert", "R")]),
        ("N4, the 4 Apple, 610", [("N4", "N4"), ("the 4 Apple", "A"), ("610", "610")]),
        ("E4 Edward, B4 Peter, 9-1", [("E4 Edward", "E"), ("B4 Peter", "B"), ("9", "9"), ("1", "1")]),
    ],
    ids=["hyphen-after-4", "glued-to-digit", "letter-heard-as-a-word", "glued-letter-misheard"],
)
def test_heard_characters_read_spelt_letters_as_recognisers_write_them(text, expected):
    assert [(h.text, h.chars) for h in heard_characters(text) if h.chars] == expected


def test_a_word_for_a_word_is_no_spelt_letter():
    # "for" between ordinary lower-case words spells nothing: the words keep their own reading
    assert [h.chars for h in heard_characters("time for tea and off for walks")] == ["", "4", "T", "", "", "4", ""]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Confirmed as 22 Bluebell Road, post code AR4, 7-L4-Lima, key for golf. Mum gave it.",
         "AR4, 7-L4-Lima, key for golf"),
        ("Mam lives at flat 12, Peckham Road, SE5, 8Q4 Queen, R4 Robert. Amara is well.",
         "SE5, 8Q4 Queen, R4 Robert"),
    ],
    ids=["after-the-cue", "after-a-street"],
)
def test_a_postcode_with_spelt_letters_as_heard_is_redacted_whole(redactor, empty_case, text, value):
    assert value in found(redact_text(text, empty_case, redactor), "UK_POSTCODE")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mum gave her national insurance number as Yara Kilo, 21, 48, 30, B and left.",
         "Yara Kilo, 21, 48, 30, B"),
        ("Mum's National Insurance, N4 ANSI, the 4 Apple, 610-0477, and the rest.",
         "N4 ANSI, the 4 Apple, 610-0477"),
        ("His national insurance number as Jason Duret, he was an echo, five-five, one-two, seven-nine, D. Then tea.",
         "echo, five-five, one-two, seven-nine"),
        ("Dad's national insurance number, he spelled it out, J4 Jack, T4 Tommy, 6-2, 1-9, 4-4, C. Then tea.",
         "J4 Jack, T4 Tommy, 6-2, 1-9, 4-4, C"),
        ("Mam Neh I number Whiskey Keylobe, 7-3-02, I made a note.", "Whiskey Keylobe, 7-3-02"),
        ("Dad's national insurance is H&O Tale, S&S Sugar, 4-1, 2-7, 9-9, and his mobile.",
         "H&O Tale, S&S Sugar, 4-1, 2-7, 9-9"),
    ],
    ids=["letters-misheard-before", "letters-misheard-inside", "far-from-the-cue", "far-from-the-cue-spelt",
         "letter-word-misheard", "ampersand"],
)
def test_an_ni_number_whose_letters_were_heard_as_words_is_redacted_from_its_cue(redactor, empty_case, text, value):
    assert any(value in s for s in found(redact_text(text, empty_case, redactor), "UK_NINO"))


def test_an_nhs_number_with_a_name_heard_inside_it_is_redacted_whole(redactor, empty_case):
    result = redact_text("Her NHS Number 401, Seren's 7.6, 2.387, and school is fine.", empty_case, redactor)
    assert "401, Seren's 7.6, 2.387" in found(result, "UK_NHS")


def test_ni_digits_run_on_into_the_next_number_keep_the_spelt_letters(redactor, empty_case):
    result = redact_text("Got it, Papa Hotel, 7-1-3-3-5, 8-1-1-1-2, 3-4-5-1-8 and that is all.", empty_case, redactor)
    assert "Papa" not in result.redacted_text and "Hotel" not in result.redacted_text
    assert any(s.startswith("Papa Hotel") for s in found(result, "UK_NINO"))


@pytest.mark.parametrize(
    "text, kept",
    [
        ("For the file his new mobile is oh seven seven double oh, nine double oh, six two nine, the old one got lost.",
         "the old one got lost"),
        ("Her NI number is not known yet, her mobile is 07700 900 123.", "not known yet"),
        ("Dad's national insurance number has come through, it's QQ 62 19 84 C.", "has come through"),
    ],
    ids=["phone-ends-at-its-digits", "no-ni-value-past-another-cue", "ni-starts-at-its-letters"],
)
def test_words_beside_a_value_stay(redactor, empty_case, text, kept):
    assert kept in redact_text(text, empty_case, redactor).redacted_text


def test_a_town_after_a_street_is_no_person(redactor, empty_case):
    text = "Address confirmed as 22 Bluebell Road, Norwich, and the flat is warm."
    assert "Norwich" in redact_text(text, empty_case, redactor).redacted_text


def test_the_familys_town_and_district_are_no_person(redactor):
    case = parse_context({"child": {"name": "Seren Pryce"}, "address": "9 Heol Ddu, Treboeth, Swansea SA5 9DX"})
    result = redact_text("Seren was at home in Treboeth with Gethin Pryce, who is new.", case, redactor)
    assert "Treboeth" in result.redacted_text and "Gethin" not in result.redacted_text


def test_a_case_name_used_before_a_noun_is_a_word(redactor):
    case = parse_context({"child": {"name": "Frankie Lovell"}, "people": [{"name": "Jade Lovell", "role": "mother"}]})
    result = redact_text("Mum keeps a Jade plant on the windowsill. Jade said it was a gift.", case, redactor)
    assert "a Jade plant" in result.redacted_text
    assert "Jade said" not in result.redacted_text


def test_a_school_named_like_a_street_leaves_the_street_an_address(redactor):
    case = parse_context({"child": {"name": "Amy Lee"}, "school": "Harton Primary School",
                          "address": "3 Harton Lane, South Shields NE34 0AB"})
    result = redact_text("Visit to 3 Harton Lane today. Amy goes to Harton Primary.", case, redactor)
    assert "3 Harton Lane" in found(result, "STREET_ADDRESS")
    assert "Harton Primary" in found(result, "INSTITUTION")


def test_an_insurance_number_cue_with_its_first_word_misheard(redactor, empty_case):
    result = redact_text("There's Arsenal insurance number in QQ1-2-3-4-5-6-C. The family moved.", empty_case, redactor)
    assert "QQ1-2-3-4-5-6-C" in found(result, "UK_NINO")


def test_a_letter_read_out_before_a_case_name_is_no_article(redactor):
    case = parse_context({"child": {"name": "Saul Oakley"}, "people": [{"name": "Jodie Crane", "role": "mother's partner"}]})
    result = redact_text("Her number is 9-7-9-17 B-1-5-7-284-A Jodie email is off.", case, redactor)
    assert "Jodie" not in result.redacted_text


def test_a_date_of_birth_further_on_in_a_list_of_them(redactor, empty_case):
    text = "Seen Seonaid, date of birth 25th April 2013, and her wee sister Cadi, 11th of the 6th, 2019, at home."
    assert "11th of the 6th, 2019" in found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH")
