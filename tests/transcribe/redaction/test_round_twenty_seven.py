"""Round twenty-seven, in what a recogniser writes. An NI number's suffix letter said by its spelling word alone after
the digits ("..., 12, 04, Alpha."), or by its letter and word ("four eight, C for Charlie"), and corrected after an editing
term ("C for Charlie, no, sorry, B for Bravo"); a date of birth after "birthed" or "gave birth". The sentences are
written for the rules, not copied from a note.
"""

from __future__ import annotations

import pytest

from .conftest import assert_kept, assert_redacted, heard, is_kept, is_redacted


@pytest.mark.parametrize("sentence, value", [
    ("For the college bursary form, double Q, 90, 12, 04, 04, Alpha. The dentist took out two teeth.",
     "90, 12, 04, 04, Alpha"),
    ("Numbers. 2-9, 5-8, Alpha. Next steps, ring the rehab.", "2-9, 5-8, Alpha"),
])
def test_an_ni_suffix_said_by_its_word_after_the_digits_is_redacted(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


def test_an_ni_suffix_corrected_after_an_editing_term_is_redacted(redactor):
    sentence = ("Had that I number for the free school meals form, QQ, I'd squib back, quib back, for seven, two one, "
                "four eight, C for Charlie, no, sorry, B for Bravo on the end, not C.")
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, "C for Charlie, no, sorry, B for Bravo"), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("We met at 10, 12, Charlie said he would come too.", "10, 12"),  # a name that goes on into its clause
    ("Mum's phone is 07700 900123, Delta.", "Delta"),  # more digits than an NI number has
])
def test_a_spelling_word_that_ends_no_ni_number_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


@pytest.mark.parametrize("sentence, value", [
    ("Connor was there, he's 22, birthed his new year's eve.", "new year's eve"),
    ("She gave birth on Boxing Day 2022 at the Royal.", "Boxing Day 2022"),
])
def test_a_birth_said_as_birthed_or_gave_birth_dates_a_birth(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


# -- typed notes -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("Staff rang her mobile, 07700 900417, at 20.05, 20.20 and 20.35, it rang out twice.", "20.05, 20.20"),
    ("CIN visit, 14 Beaumont Walk, TS3 6LQ, 9.30-10.40, unannounced.", "9.30-10.40"),  # no date of 1940
    ("Ring DSL Mrs Agar at school re the mark.", "DSL"),
    ("speak to SENCO Mrs Laverick at Coatham Sands re lateness", "SENCO"),
    ("Dad Connor Lax in HMP Holme House, out March, no contact since spring.", "HMP Holme House"),
    ("Another girl told staff her boyfriend picks her up in a car from the Market Place.", "Market Place"),
])
def test_times_roles_and_public_places_in_a_typed_note_stay(redactor, text, kept):
    assert_kept(redactor, None, text, kept)


@pytest.mark.parametrize("text, value", [
    ("Dad Connor Lax in HMP Holme House, out March, no contact since spring.", "Connor Lax"),
    ("She lives at 12 Market Place, Bishop Auckland.", "12 Market Place"),
    ("Says he was at a mate's, chilling with JT and KM, both open to MACE.", "KM"),
    ("Another girl, TB, told staff her boyfriend picks her up.", "TB"),
    ("On Saturday police brought him and JT, 15, back from the station.", "JT"),
    ("Ask the foster carers, the Duffields, about an afternoon at theirs.", "Duffields"),
    ("Staff rang her mobile, 07700 900417, at 20.05, 20.20 and 20.35, it rang out twice.", "07700 900417"),
])
def test_people_and_homes_beside_them_in_a_typed_note_are_redacted(redactor, text, value):
    assert_redacted(redactor, None, text, value)


@pytest.mark.parametrize("text, kept", [
    ("Mum's UC stopped and the PE kit and the IT lesson are at school.", "PE"),
    ("We walked past the shops, the Bridges, and on to the park.", "Bridges"),
])
def test_abbreviations_and_plural_words_that_are_no_people_stay(redactor, text, kept):
    assert_kept(redactor, None, text, kept)


@pytest.mark.parametrize("text, value, kept", [
    ("The baby, born at 3.40am on 3rd Feb 2026, is on the neonatal unit.", "3rd Feb 2026", "3.40am"),
    ("Baby born 14 July, 4 months, weighed today.", "14 July", "4 months"),
])
def test_a_date_of_birth_leaves_the_time_and_the_age_said_beside_it(redactor, text, value, kept):
    assert_redacted(redactor, None, text, value)
    assert_kept(redactor, None, text, kept)


@pytest.mark.parametrize("sentence, value", [
    ("Dad Marcus Bennett, the 19th of the 6th, 97, not meant to be there.", "19th of the 6th, 97"),
    ("Daddy Gareth Lewis, the 30th of the 10th, 90, lives at 29 Old Road.", "30th of the 10th, 90"),
])
def test_a_date_said_with_its_year_in_two_figures_long_past_is_a_date_of_birth(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("Review, 4th of the 7th, 19 people came, and it went well.", "4th of the 7th"),
    ("Next review, the 3rd of the 4th, 27, at the school.", "3rd of the 4th, 27"),  # a year to come
])
def test_a_date_with_a_count_or_a_year_to_come_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


def test_a_date_inside_a_phone_read_out_is_the_phones(redactor):
    sentence = "Mum's mobile, 0-7-7-00, 9-00, 6-02, dad No-7-7-00, 9-00, 7-1-9, email after."
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, "7-7-00, 9-00, 7-1-9"), result.redacted_text
    assert all(r.entity != "DATE_OF_BIRTH" for r in result.redactions)


@pytest.mark.parametrize("sentence, value", [
    ("Police have since told me his date, 1-9-06, 2006, so he's 20.", "1-9-06, 2006"),  # its year said again whole
    ("Return interview for Kayleigh Bell, 23rd of the tin, 2010, at the library.", "23rd of the tin, 2010"),
    ("Contact for mam, or email Morag.galbraith, 8-8-hotmail.co.uk. The bank statement was there.",
     "Morag.galbraith, 8-8-hotmail.co.uk"),
])
def test_identifiers_heard_in_parts_are_redacted_whole(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


def test_a_day_of_the_month_with_a_year_stays(redactor):
    assert is_kept(heard(redactor, {}, "Rent is paid on the 3rd of the month, 2019 onwards."), "3rd of the month")


def test_an_hour_with_am_or_pm_after_an_address_is_a_time(redactor):
    text = "return home interview seen at home 5 Marden Road South Sat 11am mam Jodie in the kitchen"
    assert_kept(redactor, None, text, "11am")


def test_a_date_dated_by_a_preposition_keeps_its_last_figures(redactor):
    assert is_kept(heard(redactor, {}, "Next, go through it from the third of March 10."), "third of March 10")


def test_an_ni_number_with_a_digit_lost_and_its_suffix_spelt_is_found_by_its_shape(redactor):
    result = heard(redactor, {}, "At his mum's on the board form, there's QQ88, 41, 2, B4 Delta, then her mobile.")
    assert is_redacted(result, "QQ88, 41, 2, B4 Delta"), result.redacted_text
    postcode = heard(redactor, {}, "His postcode, TS14, 7, B for Bravo, X for Xray.")
    assert all(r.entity != "NI_NUMBER" for r in postcode.redactions)


@pytest.mark.parametrize("text, value", [
    ("Ewa has taken Oskar to Chatterbox every Saturday since September.", "Chatterbox"),
    ("Goes to Bumps and Beyond at Owton Manor Family Hub Tuesdays.", "Bumps and Beyond"),
    ("The refuge worker has got Mason into The Lantern, a youth group at the Baptist church.", "Lantern"),
    ("Shannon has been offered a place on Step Forward, the freedom programme run by the refuge.", "Step Forward"),
])
def test_a_local_provider_named_by_what_the_note_says_of_it_is_redacted(redactor, text, value):
    assert_redacted(redactor, None, text, value)


@pytest.mark.parametrize("text, kept", [
    ("Dad takes him to Football every Saturday.", "Football"),
    ("He goes to Asda every Saturday with his dad.", "Asda"),
    ("She goes to Newcastle every weekend.", "Newcastle"),
    ("However, a group of lads followed him home.", "However"),
    ("And they go to the Polish Mass at Stanton in every Sunday, where a lady helps out.", "Polish Mass"),
])
def test_a_pastime_a_chain_a_town_or_a_first_word_attended_stays(redactor, text, kept):
    assert_kept(redactor, None, text, kept)


def test_a_nickname_of_size_and_a_first_name_is_redacted_whole(redactor):
    assert_redacted(redactor, None, "The lads call him Big Dave, he runs the door at the club.", "Big Dave")
    assert_kept(redactor, None, "It was a Big Day for all of them.", "Big Day")


def test_a_meeting_held_on_a_date_after_a_date_of_birth_keeps_its_date(redactor):
    text = ("Second Looked After Review for Oakley Barrass, date of birth 29.05.2025, held on 26 November 2026 at the "
            "foster carers' home.")
    assert_redacted(redactor, None, text, "29.05.2025")
    assert_kept(redactor, None, text, "26 November 2026")


def test_a_day_heard_as_figures_before_on_is_no_time():
    from transcribe.redaction.detection import Detection, without_time_of_birth

    text = "Her sister is 19, she's 1.30 on the 8th, 07, and at college."
    start = text.index("1.30")
    (d,) = without_time_of_birth(text, [Detection(start, text.index(", and"), "DATE_OF_BIRTH", 0.8, "test")])
    assert text[d.start:d.end] == "1.30 on the 8th, 07"
    text = "The baby, born at 3.40am on 3rd Feb 2026, is on the unit."
    (d,) = without_time_of_birth(text, [Detection(text.index("at 3.40"), text.index(", is"), "DATE_OF_BIRTH", 0.8, "test")])
    assert text[d.start:d.end] == "3rd Feb 2026"
