"""Issue 25, eleventh round: cues as a recogniser writes them ("number" however heard, a phone's cue glued to
a word or to its digits), digits glued to a digit word, "N.H.S." with its dot, "Plus for" before a country code,
a year written "19.82", a misheard year after a birth cue, and an adult's date of birth whose day was lost.
The readings of cues and dates that would take prose in typed text are for transcripts only (``words=``)."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import found, is_kept, is_redacted, said



def heard_redaction(redactor, case, sentence: str):
    t = said(sentence)
    return redact_text(t.text, case, redactor, words=t)


# -- "number" however heard, its value read by its shape -------------------------------------------------------
def test_number_heard_as_a_word_then_letters_digits_and_suffix_is_an_ni_number(redactor, empty_case):
    sentence = "Dad Nye Numbaris Why Eye Wren, Kay Nee Kay, O7, 415 Seeks, C and he works nights."
    result = heard_redaction(redactor, empty_case, sentence)
    assert is_redacted(result, "Why Eye Wren, Kay Nee Kay, O7, 415 Seeks, C")
    assert is_kept(result, "he works nights")


def test_number_then_letters_heard_as_words_and_about_six_digits_is_an_ni_number(redactor, empty_case):
    sentence = "Mum's Ivor number is Ivor Tom, Ivor Bell, 213, 44, 09. Then we talked about school."
    result = heard_redaction(redactor, empty_case, sentence)
    assert any("Tom, Ivor Bell, 213, 44, 09" in v for v in found(result, "UK_NINO"))
    assert is_kept(result, "Then we talked about school")


def test_number_heard_then_ten_digits_is_an_nhs_number_and_eleven_a_phone(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "His Numbri 623, 118, 4407 and the mum's Umbra 07700, 900, 461 today.")
    assert found(result, "UK_NHS") == ["623, 118, 4407"]
    assert "07700, 900, 461" in found(result, "PHONE_NUMBER")


def test_a_number_of_things_is_no_cue(redactor, empty_case):
    sentence = "A number of visits were missed, and the numbers 3, 4 and 5 were on the door."
    assert heard_redaction(redactor, empty_case, sentence).redactions == []


def test_a_phone_cue_glued_to_a_word_or_to_its_digits(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Nanahomephone 01632, 960, 455 after six, or Phono7 seeks 4, 812, 930 later.")
    values = found(result, "PHONE_NUMBER")
    assert "01632, 960, 455" in values
    assert "7 seeks 4, 812, 930" in values
    assert is_kept(result, "after six")


# -- numbers, years ------------------------------------------------------------------------------------------
def test_digits_glued_to_a_digit_word_are_digits_of_a_number_read_out_in_groups(redactor, empty_case):
    text = "Reuben's is 4O Seeks, 913, 2277 on the red book."
    result = redact_text(text, empty_case, redactor)
    assert is_redacted(result, "4O Seeks, 913, 2277")


def test_o2_and_a_short_number_are_no_number_read_out(redactor, empty_case):
    text = "She has an O2 phone and 3 children, 2 dogs."
    assert redact_text(text, empty_case, redactor).redactions == []


def test_nhs_said_as_initials_keeps_its_dot_inside_the_cue(redactor, empty_case):
    text = "Mum gave it, N.H.S. 512, treble 6, 0471, and went."
    result = redact_text(text, empty_case, redactor)
    assert found(result, "UK_NHS") == ["512, treble 6, 0471"]


def test_plus_four_heard_as_plus_for_goes_with_the_phone_number(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Dad's mobile is Plus for 47 for 33, 6 or 2, 5, 19, 4 in the evening.")
    assert "Plus for" not in result.redacted_text
    assert is_kept(result, "in the evening")


def test_a_year_written_with_a_dot_is_one_year(redactor, empty_case):
    text = "Present: mum, the fifth of the ninth, 19.82, and her sister."
    result = redact_text(text, empty_case, redactor)
    assert found(result, "DATE_OF_BIRTH") == ["fifth of the ninth, 19.82"]


def test_the_price_19_90_is_no_year(redactor, empty_case):
    text = "The school trip costs 19.90 and mum will pay it."
    assert redact_text(text, empty_case, redactor).redactions == []


def test_a_misheard_year_after_a_birth_cue_ends_the_date(redactor, empty_case):
    text = "Dates of birth: Lowri 3 May 2014, mam Tess 21, 6, 8804, and she is well."
    result = redact_text(text, empty_case, redactor)
    assert "21, 6, 8804" in found(result, "DATE_OF_BIRTH")


# -- an adult's date of birth whose day was lost, in a transcript ------------------------------------------------
@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Dad Rowan, Road of June 1979, came in late.", "Road of June 1979"),
        ("Mum's I of the Seeks, 1981, and she is fine.", "I of the Seeks, 1981"),
        ("Uncle Bryn, on November 1968, lives nearby.", "November 1968"),
    ],
    ids=["day-heard-as-a-word", "month-heard-as-a-digit", "on-a-month"],
)
def test_an_adults_month_and_year_with_the_day_lost_is_a_date_of_birth(redactor, empty_case, sentence, value):
    result = heard_redaction(redactor, empty_case, sentence)
    assert is_redacted(result, value)


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("The family moved at the end of March 2021, and the flat is warm.", "end of March 2021"),
        ("They talked about the end of the war, 1945, at school.", "end of the war, 1945"),
    ],
    ids=["a-recent-year", "no-month"],
)
def test_a_recent_or_monthless_date_is_kept_in_a_transcript(redactor, empty_case, sentence, kept):
    assert is_kept(heard_redaction(redactor, empty_case, sentence), kept)


def test_typed_text_keeps_an_old_month_and_year_after_of(redactor, empty_case):
    text = "Mum left school at the end of June 1979, she said."
    assert is_kept(redact_text(text, empty_case, redactor), "end of June 1979")
    assert is_redacted(heard_redaction(redactor, empty_case, text), "June 1979")


# -- the postcode where the case context says it is due: after the address's town ------------------------------
def test_a_garbled_postcode_right_after_the_familys_town_is_the_postcode(redactor, case):
    text = "Visit to Elm Terrace, Gateshead, NB8, Sore Sale for Ema, T4 Tango, Kayleigh was in."
    result = redact_text(text, case, redactor)
    assert is_redacted(result, "NB8, Sore Sale for Ema, T4 Tango")


def test_what_follows_the_town_that_says_no_postcode_is_kept(redactor, case):
    text = "We drove to Gateshead, for 2 hours with mum, then went home."
    assert is_kept(redact_text(text, case, redactor), "for 2 hours")


def test_the_postcode_after_the_town_ends_when_all_of_it_is_said(redactor, case):
    text = "Visit to 14 Elm Terrace, Gateshead, NE8 4RT, on Thursday 14 May at ten."
    result = redact_text(text, case, redactor)
    assert is_redacted(result, "NE8 4RT")
    assert is_kept(result, "on Thursday")


def test_ni_run_into_the_values_letters_is_its_cue(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Her NIKD, 61-20-33, was on the letter.")
    assert is_redacted(result, "KD, 61-20-33")
    assert is_kept(result, "was on the letter")


def test_a_birth_cue_then_a_stray_word_then_numbers_is_a_date_of_birth(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "His date on birth design, 11, 84, and he works.")
    assert is_redacted(result, "11, 84")
    assert is_kept(result, "he works")


def test_a_birth_cue_then_a_word_and_one_number_takes_nothing(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "He was born early, 3 weeks before the due day.")
    assert is_kept(result, "3 weeks")


# -- a case name the recogniser wrote in lower case ------------------------------------------------------------
def test_a_case_name_written_small_in_a_transcript_is_a_name(redactor):
    from transcribe.context import parse_context

    case = parse_context({"child": {"name": "Obadiah Grimwade", "dob": "2017-05-30"}})
    result = heard_redaction(redactor, case, "Present were mum and obadiah, who was playing, and obadiah 30 May 2017.")
    assert "obadiah" not in result.redacted_text


def test_a_case_name_written_small_where_grammar_makes_it_the_word_is_kept(redactor):
    from transcribe.context import parse_context

    case = parse_context({"child": {"name": "Dotty Oakden", "dob": "2018-01-30"}})
    result = heard_redaction(redactor, case, "Nan got a bit dotty last year, and Dotty misses her.")
    assert is_kept(result, "a bit dotty")
    assert not is_kept(result, "Dotty misses")


# -- an address with its "at" heard as a dot -------------------------------------------------------------------
def test_an_address_with_its_at_heard_as_a_dot_is_an_email_in_a_transcript(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Send it to 7Rhiannon.pryce.hotmail.co.uk and she will reply.")
    assert is_redacted(result, "Rhiannon.pryce.hotmail.co.uk")
    assert is_kept(result, "she will reply")


def test_a_website_is_no_address(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Mum reads www.nhs.uk.com and bbc.co.uk for advice.")
    assert is_kept(result, "www.nhs.uk.com")
    assert is_kept(result, "bbc.co.uk")


def test_an_ordinal_then_an_adults_year_written_with_a_hyphen_is_a_date_of_birth(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Mum Gemma from the 1st, 19-91, and she works.")
    assert is_redacted(result, "1st, 19-91")
    assert is_kept(result, "she works")


def test_an_ordinal_then_a_recent_year_is_kept(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "The review is on the 21st, 2026, at the school.")
    assert is_kept(result, "21st, 2026")


def test_a_case_name_run_on_to_initials_before_it_is_the_name(redactor):
    from transcribe.context import parse_context

    case = parse_context({"child": {"name": "Ottilie Varga", "dob": "2014-06-11"}})
    result = redact_text("Home visit, S.Y.8, C.Ottilie, and her brother were in.", case, redactor)
    assert "Ottilie" not in result.redacted_text
    assert is_kept(result, "her brother were in")


# -- the note's own words beside a value or a name ---------------------------------------------------------------
def test_a_past_tense_heard_with_a_capital_is_no_part_of_a_name(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "He rang me and Answered Kelvin Oduya at the door.")
    assert is_kept(result, "Answered")


def test_addresses_after_an_email_cue_is_no_part_of_the_address(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Mum's email Addresses Tamsin Oakes at outlook.com for now.")
    assert is_kept(result, "Addresses")
    assert is_redacted(result, "Tamsin Oakes at outlook.com")


# -- after the held-out scoring (fresh11 read): a birth cue glued or heard as words, an NI number's spelt shape ----
def test_a_birth_cue_run_into_its_first_digit(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Rhys, D-O-B4, 916, and his sister were home.")
    assert is_redacted(result, "916")


@pytest.mark.parametrize(
    "sentence, value, word",
    [
        ("Mam Kerry, State of Berlin, 472, and the dog.", "472", "Berlin"),
        ("Present were mam and Nate Sondbury, the 4th on June 1990, then dad.", "4th on June 1990", "Nate Sondbury"),
    ],
    ids=["heard-as-a-place", "heard-as-a-name"],
)
def test_date_of_birth_heard_as_other_words_is_its_cue_and_no_name(redactor, empty_case, sentence, value, word):
    result = heard_redaction(redactor, empty_case, sentence)
    assert is_redacted(result, value)
    assert is_kept(result, word)


def test_late_breakfast_is_no_birth_cue(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "They ate a late breakfast, 2 eggs each.")
    assert result.redactions == []


def test_two_spelt_letters_six_digits_and_a_suffix_are_an_ni_number(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Dad Imran, Umeh, N-4 Nebra, H-4 Hotel, 26, 018, C. Mum asked for help.")
    assert is_redacted(result, "N-4 Nebra, H-4 Hotel, 26, 018, C")
    assert is_kept(result, "Mum asked for help")


def test_a_postcode_spelt_with_three_digits_is_no_ni_number(redactor, empty_case):
    result = heard_redaction(redactor, empty_case, "Visit to Fore Street, B for Papa, O for Oscar, 19, 7, B for Papa, T for Tango.")
    assert found(result, "UK_NINO") == []


def test_a_hyphenated_town_after_a_street_is_no_part_of_the_postcode(redactor, empty_case):
    result = redact_text("Visit to 9 Front Street, Chester-le-Street, D.H.3, 3-B.H. Alfie was in.", empty_case, redactor)
    assert is_kept(result, "Chester-le-Street")
    assert is_redacted(result, "D.H.3, 3-B.H")
