"""Identifiers the recogniser wrote with their cue and grammar lost (issue 25, second round): the case's
known date of birth however it was written, digits read out in groups with a full stop or a misheard
word between them, cues heard as other words, postcode and email fragments; and the ordinary uses of
a case name's word that must survive."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import found
from .test_unsure_words import said, spans

# the case fixture's child, Kayleigh Robson, was born on 2015-04-03


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For the referral, Kayleigh is the third on the 4th, 2015, and she is fine.", "third on the 4th, 2015"),
        ("For the forms, Kayleigh said on 3. 4, 15, and the GP is next.", "3. 4, 15"),
        ("Kayleigh's Diobie's 3-4-25 team in the letter.", "3-4-25"),
        ("Kayleigh, all three, four, two thousand, under fifteen, goes to school.", "three, four, two thousand"),
        ("Kayleigh's date number 3, April 2, 015 and then.", "3, April 2, 015"),
    ],
    ids=["ordinals-cue-lost", "digits-with-full-stop", "hyphenated-year-misheard", "oh-heard-as-all", "year-split"],
)
def test_known_date_of_birth_is_found_as_the_recogniser_wrote_it(redactor, case, text, expected):
    assert expected in found(redact_text(text, case, redactor), "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "She has 3 brothers and 4 sisters at home.",
        "We met on the 3rd, the 4th of June and the 5th.",
        "The review is on the 3rd and 4th of April, 2026.",
        "Kayleigh turns eleven on 3 April 2026.",
    ],
    ids=["counts", "a-day-then-another-day", "two-days", "birthday-in-another-year"],
)
def test_numbers_that_only_resemble_the_known_date_of_birth_are_kept(redactor, case, text):
    assert found(redact_text(text, case, redactor), "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("Dad and I is 416-42. 573, or 908, and he wants a call.", "PHONE_NUMBER", "416-42. 573, or 908"),
        ("The number in-seek's Free-1-554-806 She's fine.", "PHONE_NUMBER", "Free-1-554-806"),
        ("Mam's mobile numberies 07700, 4W, 562, and the email.", "PHONE_NUMBER", "07700, 4W, 562"),
        ("His n-h's number 721 406 33 is on the form.", "UK_NHS", "721 406 33"),
        ("Her and I number came through, it's JK, I-3, 5-5, I-0, B, and that's it.", "UK_NINO", "JK, I-3, 5-5, I-0, B"),
        ("They moved to Hawthorn Avenue, post-could any 31-6-QT, last month.", "UK_POSTCODE", "any 31-6-QT"),
        ("Post code for the housing letter is dh12-4sewantantan1191, if she asks.", "UK_POSTCODE", "dh12-4sewantantan1191"),
        ("Family address Ryton Terrace, and 4-2-E-N grandad's house.", "UK_POSTCODE", "and 4-2-E-N"),
        ("Harvey at home, twelve fernside drive, L172 Sky, on Tuesday.", "UK_POSTCODE", "L172"),
        ("Send a copy to Marie Hepple at beatinternet.com next week.", "EMAIL_ADDRESS", "Marie Hepple at beatinternet.com"),
        ("Mam email for the contact notes, jo.hepple, dad Ron Hepple.com next week.", "EMAIL_ADDRESS",
         "jo.hepple, dad Ron Hepple.com"),
        ("Her native birth is 9 May 2012, and she is well.", "DATE_OF_BIRTH", "9 May 2012"),
        ("A copy to her nan too, rita bell sixty one at gmail dot com, by Friday.", "EMAIL_ADDRESS",
         "rita bell sixty one at gmail dot com"),
    ],
    ids=["groups-through-full-stop-and-or", "one-hyphenated-token", "number-is-run-together", "nhs-heard-n-h-s",
         "ni-cue-and-i-nine-as-i", "postcode-cue-post-could", "postcode-token-run-on", "district-inward-after-short-word",
         "outward-and-sector-after-lower-case-street", "email-without-cue", "dotted-name-part-after-cue",
         "birth-cue-after-a-misheard-word", "email-without-cue-lower-case-with-a-number"],
)
def test_identifier_with_its_cue_or_shape_garbled_is_redacted(redactor, empty_case, text, entity, expected):
    assert expected in found(redact_text(text, empty_case, redactor), entity)


@pytest.mark.parametrize(
    "text",
    [
        "He goes 3 or 4 times a week, 5 or 6 in the holidays.",
        "She was in Year 6 in 2019, 2020 or 2021.",
        "The meeting is on 2024-11-13 at the office.",
        "She lives on a quiet road, near the shops.",
        "He has had eczema from birth, 3 times worse in winter.",
        "We still need his birth certificate, 2 copies.",
        "She shops at Amazon.com for his clothes.",
    ],
    ids=["counts-with-or", "years-with-or", "iso-date", "lower-case-street-word-with-no-code", "birth-then-a-count",
         "birth-certificate", "a-shop-online"],
)
def test_numbers_and_words_that_are_no_identifier_are_kept(redactor, empty_case, text):
    assert redact_text(text, empty_case, redactor).redactions == []


CASE_WITH_WORDS = {"child": {"name": "Tallis Lauder"}, "people": [{"name": "Pearl Lauder", "role": "nan"},
                                                                   {"name": "Cyril Lambton", "role": "grandad"}]}


def test_a_case_name_that_modifies_a_noun_is_kept(redactor):
    text = "She pawned the Pearl necklace and read about the Lambton worm."
    assert redact_text(text, parse_context(CASE_WITH_WORDS), redactor).redactions == []


@pytest.mark.parametrize("text, name", [("I rang the Lauder family on Monday.", "Lauder"),
                                        ("Tallis went with Pearl to the shop.", "Pearl")])
def test_the_same_words_naming_people_are_redacted(redactor, text, name):
    assert name in spans(redact_text(text, parse_context(CASE_WITH_WORDS), redactor))


def test_an_ordinary_word_heard_unsurely_after_a_value_is_not_taken_into_it(redactor, empty_case):
    t = said("The NHS number is 99, 551, 2, 6, 8, mam's number is next.", {"mam's"})
    result = redact_text(t.text, empty_case, redactor, words=t)
    assert "mam's" in result.redacted_text
