"""Round twenty-eight, in what a recogniser writes. An NI number whose prefix letters were said in the spelling
alphabet and written as near words ("Quibek Quibek"), a hesitation between its digits, an "oh" glued to a digit
("O6C"); a letter spelt after an email address and the digits after it; a whole date said straight after a child's
age, its year the one that age gives. The sentences are written for the rules, not copied from a note.
"""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import assert_kept, assert_redacted, found, heard, is_kept, is_redacted


@pytest.mark.parametrize("sentence, value", [
    ("She went to find the card. Quebek Quebek, 41, 07, 3, erm, 9, B for Bravo, and then the phone rang.",
     "Quebek Quebek, 41, 07, 3, erm, 9, B for Bravo"),
    ("The insurance number off his payslip, Quibec Quibec, 22, 61, 90, D.", "Quibec Quibec, 22, 61, 90, D"),
    ("For the bursary form, QQ7713, O4C for Charlie, and I read it back.", "QQ7713, O4C for Charlie"),
])
def test_an_ni_number_with_its_prefix_or_digits_heard_as_words_is_redacted(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("Papa Mike came round, 12, 14 and 16 are the house numbers on the row.", "12, 14 and 16"),  # no NI number's shape
    ("Mum said her, 12, 30 was the time they left.", "12, 30"),  # "her" is no hesitation
])
def test_words_near_the_spelling_alphabet_without_an_ni_numbers_shape_stay(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


def test_a_letter_spelt_after_an_email_and_its_digits_are_the_email(redactor):
    sentence = "Her email, shona.k77atgmail.com, at k4kilo, 7-7. Then we talked about school."
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, "shona.k77atgmail.com, at k4kilo, 7-7"), result.redacted_text
    assert is_kept(result, "Then we talked about school")


@pytest.mark.parametrize("sentence, value", [
    ("Little brother Kian is 6, on the 14th of the 2nd, 20, and he was asleep.", "14th of the 2nd, 20"),
    ("Her sister is aged nine, the 3rd of March 2017, and goes to the same school.", "3rd of March 2017"),
])
def test_a_whole_date_said_after_an_age_that_gives_its_year_is_a_date_of_birth(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("Kian is 6, on the 14th of the 2nd, 27 we go back to court.", "14th of the 2nd"),  # a year to come
    ("Jodie is 15, on the 4th of May 2026 she sat her mocks.", "4th of May 2026"),  # this year: not her birth
])
def test_a_date_after_an_age_whose_year_the_age_does_not_give_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


# -- typed notes -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Gran has the number for Wansdyke Kinship Carers, who meet at the library on a Thursday.", "Wansdyke Kinship Carers"),
    ("Mum's advocate, Carla Dent of Brackenfield Advocacy, came to the meeting.", "Brackenfield Advocacy"),
    ("He plays football Saturdays with Lowfell Otters and loves it.", "Lowfell Otters"),
    ("She wants to go back to Hebburn Hawks netball after Christmas.", "Hebburn Hawks"),
])
def test_a_local_group_or_side_by_its_kind_or_its_sport_is_redacted(redactor, text, value):
    assert_redacted(redactor, None, text, value)


def test_a_person_of_an_organisation_is_a_person_not_the_organisations_name(redactor):
    result = redact_text("Mum's advocate, Carla Dent of Brackenfield Advocacy, came.", None, redactor)
    assert found(result, "PERSON") == ["Carla Dent"], result.redactions
    assert is_redacted(result, "Brackenfield Advocacy")


@pytest.mark.parametrize("text, kept", [
    ("Nan goes to the Kinship Carers group at the library.", "Kinship Carers"),  # the kind alone names no one place
    ("She asked for an advocate from the Advocacy service.", "Advocacy"),
])
def test_a_kind_alone_stays(redactor, text, kept):
    assert_kept(redactor, None, text, kept)


@pytest.mark.parametrize("text, value", [
    ("Kenzie and RB wind her up at tea, staff say.", "RB"),  # joined by "and" to a person's name
    ("PW, one of the older lads here, keeps asking to borrow her card.", "PW"),  # before "one of" between commas
    ("He is fed up with JT going in his room. JT is fourteen and moved in last month.", "fed up with JT"),  # said again
])
def test_initials_where_only_a_person_stands_are_redacted(redactor, text, value):
    result = redact_text(text, None, redactor)
    start = text.index(value) + len(value) - 2
    assert {i for r in result.redactions for i in range(r.start, r.end)} >= set(range(start, start + 2)), result.redacted_text


@pytest.mark.parametrize("text, kept", [
    ("Kenzie and GP went to the appointment.", "GP"),  # a role's abbreviation after a name stays
    ("Ellie and PE are what she likes best at school.", "PE"),
])
def test_an_abbreviation_after_a_name_stays(redactor, text, kept):
    assert_kept(redactor, None, text, kept)


@pytest.mark.parametrize("text, value", [
    ("It's only Spud, a lad off the estate, about nineteen, who picks her up.", "Spud"),  # an apposition says who
    ("She went quiet when I said Spud's name again.", "Spud"),  # a person's name
    ("There were lads at the flat, and one of them, Gaz, buys them vapes.", "Gaz"),  # one of them, between commas
    ("Precious asked Kemi to take her back early.", "Kemi"),  # asked to do something: a person
])
def test_a_word_where_only_a_person_stands_is_a_name(redactor, text, value):
    assert_redacted(redactor, None, text, value)


@pytest.mark.parametrize("text, kept", [
    ("Kian trains on Wednesdays and Sundays, his coach drives him home.", "Sundays"),  # a day, not a person
    ("Kian trains on Wednesdays and Sundays, his coach Dion drops him home.", "Sundays"),
    ("We drove through Gateshead, a town she knows well.", "Gateshead"),  # a place, and "town" is no person
    ("She asked Social Services to help with the rent.", "Social Services"),
])
def test_a_word_before_an_apposition_that_is_no_persons_stays(redactor, text, kept):
    assert_kept(redactor, None, text, kept)


# -- dates of birth in what a recogniser writes ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, value", [
    ("His cousin, when a bond-nine of March 2019, is staying here for now.", "nine of March 2019"),  # "born ninth", joined
    ("Little sister Aisha, nearly four, one boxing day, 2022, was asleep.", "boxing day, 2022"),  # a festival's date
])
def test_a_whole_date_years_past_that_a_recogniser_joined_or_named_by_its_festival_is_redacted(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("On Boxing Day 2022 the police were called to the house.", "Boxing Day 2022"),  # an event's date
    ("We meet again on Christmas Eve 2026 at the centre.", "Christmas Eve 2026"),
    ("He counted twenty-five cars from the window.", "twenty-five"),
])
def test_an_events_festival_date_and_a_hyphenated_number_stay(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


def test_a_postcode_after_its_cue_heard_as_a_word_joined_to_post_is_redacted(redactor):
    sentence = "Visit out at Low Mill Farm, near Bellingham, post-cognomy 48, 2, 3, 2, 8, cheques, hard frost this morning."
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, "48, 2, 3, 2, 8"), result.redacted_text
    assert is_kept(result, "hard frost this morning")


# -- emails read out -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, value", [
    ("Her support worker is lovely, her email Gemma dot Pattison, Gateshead dot ok, in the diary.",
     "Gemma dot Pattison, Gateshead dot ok"),  # stretches joined by "dot", one after another across a comma
    ("The school's direct e-mail, k.hardy at Oakfield Vale. Durham.sch.uk, for anything.",
     "k.hardy at Oakfield Vale. Durham.sch.uk"),  # across a full stop the recogniser put inside it
    ("Pastoral team, email Pastoral.D Matt Hilton Bridge.Chot UK. Scaling, mam put herself at a 5.",
     "Pastoral.D Matt Hilton Bridge.Chot UK"),  # its "at" heard as a word, a domain's end after it
])
def test_an_email_read_out_in_stretches_joined_by_dots_is_redacted(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("I'll email mum at the weekend about the review.", "at the weekend about the review"),  # no dot: no address
    ("She sent an email, then she rang the school, then she went to bed.", "then she rang the school"),
])
def test_words_after_an_email_cue_with_no_dot_between_them_stay(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


# -- postcodes and names spelt -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, value", [
    ("Old address, 80 West Moor Road, Guisborough, T.S. 14, 7, B, then the new one.", "T.S. 14, 7, B"),
    ("Family at 40 Lane House Road, Thornaby, D.S. 17, et cetera, they were there at 12.", "D.S. 17"),
    ("Family at Lanehouse Road, Thornaby, D.S. 17, et cetera, they were there at 12.", "D.S. 17"),  # no number read
])
def test_a_postcodes_letters_written_as_initials_after_an_address_are_redacted(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


def test_a_full_stop_after_a_letter_that_is_no_initial_ends_the_address(redactor):
    result = heard(redactor, {}, "She lives at 4 Elm Road, Flat B. 14 people came to the party.")
    assert is_kept(result, "14 people"), result.redacted_text


@pytest.mark.parametrize("text, kept", [
    ("Her worker, Tracey, TAC meeting is next week.", "TAC"),  # too few of the name's letters
    ("We went to Newcastle, NCL was busy.", "NCL"),
])
def test_capitals_after_a_name_that_are_not_its_letters_stay(redactor, text, kept):
    assert_kept(redactor, None, text, kept)


def test_a_names_letters_said_together_after_it_are_the_name(redactor):
    assert_redacted(redactor, None, "Mam was in, and Darcy, DRCY, in Year 10, was off school.", "DRCY")


# -- after fresh43 was scored (seen from then) -----------------------------------------------------------------------
def test_a_date_said_year_first_after_an_age_that_gives_it_is_a_date_of_birth(redactor):
    result = heard(redactor, {}, "Mason's 9, and Evie's 5, 2000, and 21, Fourth of March, worries next.")
    assert is_redacted(result, "2000, and 21, Fourth of March"), result.redacted_text


def test_a_year_first_date_whose_year_the_age_does_not_give_stays(redactor):
    result = heard(redactor, {}, "Evie's 5, 2000, and 12, Fourth of March, worries next.")
    assert is_kept(result, "Fourth of March"), result.redacted_text


def test_an_email_with_its_at_written_onto_the_name_part_is_redacted(redactor):
    result = heard(redactor, {}, "Her own is jodie.wark77at iCloud.com. We talked about school.")
    assert is_redacted(result, "jodie.wark77at iCloud.com"), result.redacted_text
    assert is_kept(heard(redactor, {}, "He said it was a flat iCloud.com thing."), "flat")


def test_a_numbers_last_digits_after_a_hesitation_are_the_numbers(redactor):
    result = heard(redactor, {}, "Mum's mobile 07700 900 96, erm, three. Then we left.")
    assert is_redacted(result, "07700 900 96, erm, three"), result.redacted_text
    assert is_kept(heard(redactor, {}, "He is 12, erm, four of them came round."), "four of them")


def test_a_name_spelt_its_first_letters_written_together_is_redacted(redactor):
    assert_redacted(redactor, None, "Surname for the form, VRO-D-H-E-R-O, then the school.", "VRO-D-H-E-R-O")


def test_a_postcode_in_the_spelling_alphabet_one_word_misheard_is_redacted(redactor):
    result = heard(redactor, {}, "Mum is at 26 Fairfield Beck, Stockton, Tungo Sierra 1, 8 N for November, for the checks.")
    assert is_redacted(result, "Tungo Sierra 1, 8 N for November"), result.redacted_text


def test_a_word_between_two_people_in_a_list_is_a_person(redactor):
    assert_redacted(redactor, None, "Charles Newsome, Moo, Arthur, and Carl's dad said she's scared.", "Moo")


def test_kinship_words_in_a_list_stay(redactor):
    assert_kept(redactor, None, "Kai, Dad, Jordan and Nan came to the review.", "Dad")


def test_the_person_a_kinship_word_names_between_commas_is_a_name(redactor):
    assert_redacted(redactor, None, "It was his birth mum, Chantale, who wrote in October.", "Chantale")


def test_a_lower_case_note_with_abbreviations_in_capitals_is_read_as_lower_case(redactor):
    text = ("visit to jodie at home today re CiN plan, she is yr 12 and says she starts at northgate college in "
            "september doing hair and beauty, mam said the CP stuff is all done now and the LAC review went ok, "
            "she is happy and eating well")
    assert_redacted(redactor, None, text, "northgate college")


def test_an_ni_numbers_repair_said_with_and_before_its_letter_and_the_letter_spelt_is_redacted(redactor):
    sentence = "Her National Insurance, QQ 31 41 59 and B, sorry, 59 and D, D4 Dog. Health visitor is coming Monday."
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, "59 and D, D4 Dog"), result.redacted_text
    assert is_kept(result, "Health visitor is coming Monday")
