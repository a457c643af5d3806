"""Issue 25, fourth round: general readings of what the recogniser wrote, not patterns for one garble.
The context's postcode found by the digits and letters a stretch may stand for, whatever its cue; a long
run of digits read out is an identifier whatever its cue, misheard digits beside it included."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text
from transcribe.redaction.recognizers.known_value_finder import date_forms, find_known_date, find_known_value, postcode_of
from transcribe.redaction.spoken_numbers import heard_characters

from .conftest import found
from .test_unsure_words import spans

# the case fixture's address is 14 Elm Terrace, Gateshead, NE8 4RT


def test_heard_characters_reads_numbers_letters_and_misheard_digits():
    heard = heard_characters("N.E. Forty, free Ad Live, thirty two, 5RW, bee")
    assert [h.chars for h in heard] == ["N", "E", "40", "3", "AD", "", "3", "2", "5RW", "B"]


def test_postcode_of_an_address_line():
    assert postcode_of("14 Elm Terrace, Gateshead, NE8 4RT") == "NE84RT"
    assert postcode_of("14 Elm Terrace, Gateshead") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mam moved back, N.E. ate, for R T, last week.", "N.E. ate, for R T"),
        ("They are back at any 8, 4RT now, since the summer.", "8, 4RT"),
    ],
    ids=["letters-and-misheard-digits", "cue-lost"],
)
def test_the_context_postcode_is_found_however_heard(redactor, case, text, expected):
    assert any(expected in s for s in found(redact_text(text, case, redactor), "UK_POSTCODE"))


@pytest.mark.parametrize("text", ["We met at 8, 4 pm and again at eight.", "Room 84 at the RT centre, NE eleven."])
def test_other_numbers_are_not_the_context_postcode(text):
    assert find_known_value(heard_characters(text), "NE84RT") == []


def test_a_long_digit_run_with_its_cue_lost_is_redacted(redactor, empty_case):
    # "mobile, oh seven three nine eight, four one seven, six six two": cue and two digits misheard
    result = redact_text("Her NOMO Bio-07, 398, 417, seeks to, she says.", empty_case, redactor)
    assert any("07, 398, 417, seeks to" in s for s in spans(result))


def test_a_full_number_does_not_take_the_word_after_it(redactor, empty_case):
    result = redact_text("Dad is on 07700 900484 I think.", empty_case, redactor)
    assert "I think" in result.redacted_text


@pytest.mark.parametrize(
    "text",
    ["She paid 1,250 on 12 03 2016 at 10.30 and 11.45.", "There were 20 30 40 people, to 50 at most."],
    ids=["money-date-times", "counts"],
)
def test_short_numbers_are_no_digit_run(redactor, empty_case, text):
    result = redact_text(text, empty_case, redactor)
    assert found(result, "PHONE_NUMBER") == [] and found(result, "UK_NHS") == []


def test_a_word_that_sounds_like_a_digit_word_is_read_as_that_digit():
    assert [h.chars for h in heard_characters("not, sex, hello")] == ["0", "6", ""]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mam's is in FH, not free 7-1-22 and she works.", "FH, not free 7-1-22"),
        ("He gave it as S H, nought three, seven one, two two, D, on the form.", "S H, nought three, seven one, two two, D"),
    ],
    ids=["letter-misheard-digits-as-words-cue-lost", "read-out-no-cue"],
)
def test_an_ni_number_heard_loosely_is_found_by_its_shape(redactor, empty_case, text, expected):
    assert any(expected in s for s in found(redact_text(text, empty_case, redactor), "UK_NINO"))


@pytest.mark.parametrize("text", ["We met AT 12 03 19 in town.", "In PE 12 34 56 7 laps were run."])
def test_letters_before_a_date_or_a_longer_run_are_no_ni_number(redactor, empty_case, text):
    assert found(redact_text(text, empty_case, redactor), "UK_NINO") == []


def test_date_forms_of_a_known_date():
    assert {"22082019", "2282019", "220819"} <= date_forms(22, 8, 2019)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("D O B for the referral, 20 seconds on the 8th. 2000, and 19. NHS next.", "20 seconds on the 8th. 2000, and 19"),
        ("It is twenty second of the eighth, two thousand and nineteen, I think.", "twenty second of the eighth, two thousand and nineteen"),
    ],
    ids=["ordinal-misheard-year-split", "spoken-no-cue"],
)
def test_the_known_date_of_birth_is_found_by_its_digits(text, expected):
    assert [text[a:b] for a, b in find_known_date(heard_characters(text), 22, 8, 2019)] == [expected]


@pytest.mark.parametrize("text", ["We met on the 22nd and 8 others came in 2019.", "Call 07700 900 123, 2 or 8."])
def test_the_known_date_needs_its_digits_together(text):
    assert find_known_date(heard_characters(text), 22, 8, 2019) == []


def test_the_child_date_of_birth_is_redacted_without_a_cue(redactor, case):
    # the fixture child's date of birth is 2015-04-03
    result = redact_text("Kayleigh, third of the fourth, twenty fifteen, is well.", case, redactor)
    assert any("third of the fourth, twenty fifteen" in s for s in found(result, "DATE_OF_BIRTH"))
