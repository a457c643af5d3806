"""Issue 25, seventh round: readings of what a recogniser wrote that do not depend on the shape of the
garble: a whole date long past with no cue is a date of birth."""

from __future__ import annotations

from datetime import date

import pytest

from transcribe.redaction import redact_text

from .conftest import found

PAST = date.today().year - 10  # a year well before this one, whenever the tests run
THIS = date.today().year


@pytest.mark.parametrize(
    "text, value",
    [
        (f"Present Tobenna and Adaobi. Adaobi is the 23rd of the 3rd, {PAST}, mum said.", f"23rd of the 3rd, {PAST}"),
        (f"Seen Seonaid, 15 April {PAST}, and her sister at home.", f"15 April {PAST}"),
        (f"His son from his first relationship, made on 2nd on the 4th, {PAST}, is staying.", f"2nd on the 4th, {PAST}"),
        (f"Jago Penrose, 8th on the 6th on August {PAST}, was not at home.", f"6th on August {PAST}"),
        (f"The half sister, April 15, {PAST}, lives with her own mum.", f"April 15, {PAST}"),
    ],
    ids=["ordinal-month", "month-named", "small-words-misheard", "day-twice", "month-first"],
)
def test_a_whole_date_years_past_with_no_cue_is_a_date_of_birth(redactor, empty_case, text, value):
    assert any(value in s for s in found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH"))


@pytest.mark.parametrize(
    "text",
    [
        f"The visit on the 3rd of March {THIS} went well and the next is booked.",
        f"The core group met on 12 January {THIS - 1} and agreed the plan.",
        f"She has lived here since March {PAST} and likes the school.",
        f"The family moved in {PAST} and again in {PAST + 3}.",
    ],
    ids=["visit-this-year", "meeting-last-year", "month-and-year", "years-alone"],
)
def test_a_recent_date_or_a_part_date_with_no_cue_is_kept(redactor, empty_case, text):
    assert not found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text, value",
    [
        ("She has moved to her aunt's in Leeds, LS7, 3 D for delta, P for papa, and is settling.",
         "LS7, 3 D for delta, P for papa"),
        ("Dad is staying in Hull, HU9, 4.2 Alpha, Bravo, for now.", "HU9, 4.2 Alpha, Bravo"),
        ("The new flat is in Luton, LU1, EAE, near the station.", "LU1, EAE"),
    ],
    ids=["spelt-inward", "digit-misheard", "sector-heard-as-letters"],
)
def test_an_outward_code_and_its_inward_code_with_no_cue_are_a_postcode(redactor, empty_case, text, value):
    assert any(value in s for s in found(redact_text(text, empty_case, redactor), "UK_POSTCODE"))


@pytest.mark.parametrize(
    "text",
    ["She is in Y6 and her brother in P7, 2 days a week at the club.",
     "He sat his KS2 SATs and his B12 was low, the GP said.",
     "They took the M62, 3 hours in the traffic."],
    ids=["school-years", "key-stage-vitamin", "motorway"],
)
def test_outward_shaped_words_with_nothing_postcode_like_after_them_are_kept(redactor, empty_case, text):
    assert not found(redact_text(text, empty_case, redactor), "UK_POSTCODE")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Dad's national insurance, and in Sierra T. Is Tango, 4-4-1-2-9-0-C, he said.", "Tango, 4-4-1-2-9-0-C"),
        ("Her NI number, P. For Papa, A, 2-6, 1-1, 0-9, B and her phone.", "For Papa, A, 2-6, 1-1, 0-9, B"),
    ],
    ids=["stop-among-spelt-letters", "stop-after-first-letter"],
)
def test_a_full_stop_among_an_ni_numbers_letters_does_not_end_it(redactor, empty_case, text, value):
    assert any(value in s for s in found(redact_text(text, empty_case, redactor), "UK_NINO"))


def test_a_full_stop_after_a_value_that_is_complete_ends_it(redactor, empty_case):
    text = "His NHS number is 401 552 7781. On Monday the 3rd he was seen by the GP."
    assert found(redact_text(text, empty_case, redactor), "UK_NHS") == ["401 552 7781"]


def _heard(sentence: str):
    from .test_unsure_words import said

    return said(sentence)


def _names(text: str, redactor, case, words=None) -> list[str]:
    return found(redact_text(text, case, redactor, words=words), "PERSON")


@pytest.mark.parametrize(
    "text, word",
    [
        ("Seen Kayden at home, Wondrelip upstairs, mum let me in.", "Wondrelip"),
        ("Seen Kayden in the garden, Grumbleton, and Mum was calm.", "Grumbleton"),
        ("Seen Kayden, Grumbleton Garden, and mum was calm.", "Grumbleton Garden"),
    ],
    ids=["before-an-adverb", "between-commas", "with-an-english-word"],
)
def test_in_a_transcript_a_one_word_ner_name_on_no_list_and_doing_nothing_is_no_name(redactor, empty_case, text, word):
    assert word in _names(text, redactor, empty_case)  # typed, it is redacted as a name
    heard = _names(text, redactor, empty_case, _heard(text))
    assert word not in heard and "Kayden" in heard  # heard, it is a word the recogniser half heard


@pytest.mark.parametrize(
    "text, word",
    [
        ("His coach Brennock gives him a lift on Fridays.", "Brennock"),
        ("Mum said Tegwick will call the school on Monday.", "Tegwick"),
        ("Nan Pellowe came round after school.", "Pellowe"),
        ("Spoke to Ifeoma Brackenbury at the school today.", "Ifeoma Brackenbury"),
    ],
    ids=["after-a-role-before-a-verb", "before-a-modal", "after-a-family-word", "two-words-no-english-word"],
)
def test_in_a_transcript_a_one_word_name_where_names_stand_is_kept(redactor, empty_case, text, word):
    assert word in _names(text, redactor, empty_case, _heard(text))


def test_digits_the_recogniser_wrote_as_dollars_are_a_number_read_out(redactor, empty_case):
    text = "Mum's mobile, all $79.61, $4.08, $553, and she will ring me."
    assert any("79.61, $4.08, $553" in s for r in ("PHONE_NUMBER", "UK_NHS") for s in found(redact_text(text, empty_case, redactor), r))


def test_pounds_are_money_not_a_number_read_out(redactor, empty_case):
    text = "She owes £120.50, £340.75 and £212 in rent arrears and is paying it back."
    result = redact_text(text, empty_case, redactor)
    assert not found(result, "PHONE_NUMBER") and not found(result, "UK_NHS")


def test_every_whole_date_long_past_in_one_run_is_a_date_of_birth(redactor, empty_case):
    text = f"Present Albert, 11th on the 4th, {PAST}, 8th on the 6th, {PAST - 1}, Poppy and mum."
    dates = found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH")
    assert any(f"11th on the 4th, {PAST}" in s for s in dates) and any(f"8th on the 6th, {PAST - 1}" in s for s in dates)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Dad's nashnal insurances, H and O, 4-1, 2-7, 9-9, D, he read it out.", "4-1, 2-7, 9-9, D"),
        ("His N I is S T, seven seven, oh one, four two, D and he works nights.", "S T, seven seven, oh one, four two, D"),
    ],
    ids=["insurance-alone", "NI-without-number"],
)
def test_an_ni_number_after_insurance_or_NI_alone(redactor, empty_case, text, value):
    assert any(value in s for s in found(redact_text(text, empty_case, redactor), "UK_NINO"))


def test_a_token_the_recogniser_joined_is_redacted_whole_where_a_number_in_it_is_found(redactor, empty_case):
    # a phone number and an NI number run together: the number found in the token, the rest of it goes too
    text = "Call her, 7-9-3-1-2-8-7-7-5-5-K-L-3-8-5-7-1-Bant today."
    result = redact_text(text, empty_case, redactor)
    covered = [text[r.start:r.end] for r in result.redactions]
    assert any("K-L-3-8-5-7-1-Bant" in s for s in covered)


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("Mum's mobile is 0-7-7-1-8-4 mam Teague, 3-0-2-4-4 and she answers.", "PHONE_NUMBER",
         "0-7-7-1-8-4 mam Teague, 3-0-2-4-4"),
        ("His NHS number is 612 Yarrowby Blinet, 884 3001, and the GP has it.", "UK_NHS", "612 Yarrowby Blinet, 884 3001"),
    ],
    ids=["phone-with-a-name-inside", "nhs-with-garbles-inside"],
)
def test_the_stretch_after_a_cue_is_the_value_whatever_short_or_unknown_words_stand_in_it(redactor, empty_case, text, entity, value):
    assert any(value in s for s in found(redact_text(text, empty_case, redactor), entity))


@pytest.mark.parametrize(
    "text",
    [
        "Her phone number is on the file and she answered when I rang on Monday.",
        "Her mobile was broken, she has 2 phones and 3 children to look after.",
        "Dad's NHS number is 401 552 7781 and he says the surgery has his records from 2019.",
    ],
    ids=["no-digits", "few-digits", "ends-at-english-words"],
)
def test_the_stretch_after_a_cue_ends_where_the_note_goes_on(redactor, empty_case, text):
    result = redact_text(text, empty_case, redactor)
    covered = " ".join(text[r.start:r.end] for r in result.redactions)
    assert "surgery" not in covered and "children" not in covered and "file" not in covered


def test_a_date_written_in_numerals_with_a_two_digit_year_long_past_is_a_date_of_birth(redactor, empty_case):
    yy = f"{(THIS - 30) % 100:02d}"  # thirty years ago, as two digits
    text = f"Dad came in at four, on 1st, 14-06-{yy} mum said, and left."
    assert any(f"14-06-{yy}" in s for s in found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH"))


def test_a_date_written_in_numerals_this_year_is_kept(redactor, empty_case):
    yy = f"{THIS % 100:02d}"
    assert not found(redact_text(f"The review on 14-06-{yy} went well.", empty_case, redactor), "DATE_OF_BIRTH")


def test_the_cue_window_counts_no_digit_for_the_words_that_spell_a_letter(redactor, empty_case):
    text = "He gave his national insurance number B for Papa, for Alpha, mum, one, two, two, six, three, B and left."
    assert any("one, two, two, six, three, B" in s for s in found(redact_text(text, empty_case, redactor), "UK_NINO"))


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mum's mail in Ffraid.penhallow at beatinternet.com, she said.", "Ffraid.penhallow at beatinternet.com"),
        ("Her email address is Ffraid underscore Penhallow, addo.co.co, okay? Then we talked.",
         "Ffraid underscore Penhallow, addo.co.co"),
    ],
    ids=["dotted-name-before-at", "domain-garbled"],
)
def test_an_email_address_is_taken_whole_as_the_recogniser_wrote_it(redactor, empty_case, text, value):
    assert any(value in s for s in found(redact_text(text, empty_case, redactor), "EMAIL_ADDRESS"))


def test_phone_run_together_with_the_oh_of_its_number_is_a_phone_cue(redactor, empty_case):
    text = "Mum's Phono 7 514, 229, TOS 8 1, and the school has it."
    assert any("7 514, 229, TOS 8 1" in s for s in found(redact_text(text, empty_case, redactor), "PHONE_NUMBER"))
