"""Issue 25, sixteenth spoken round: readings of what the recogniser wrote, each general. A speaker's repair inside a
number ("oh seven seven one, no, oh seven eight one ...") is one value, repair and all; an email's name part read out
with "underscore" keeps its words across the commas the recogniser wrote for the speaker's pauses; a letter spelt "L as
in London" whose "as in" became one word ("El Amin London") still reads as a letter before an NI number's digits; a
letter joined to its "as" by a hyphen ("L-As in Lima"); "know" for "oh"; a postcode's sector digit heard as any word
a recogniser writes for a half-heard digit ("T-S6, I'm DL"); a name title written in capitals ("MS Fairweather").
The sentences are the project's own spoken sets' transcripts (fresh13, fresh15). Keeps beside each."""

from __future__ import annotations


from .conftest import found, heard, is_kept, is_redacted



# -- a speaker's repair inside a number ------------------------------------------------------------------------
def test_a_phone_number_corrected_in_place_is_redacted_with_its_first_attempt(redactor):
    result = heard(redactor, None, "Mam Shannon is now on O-7-7-1, no, O-7-8-1, 46, treble 9, O2, and she said so.")
    assert is_redacted(result, "O-7-7-1, no, O")  # the hyphen before the next value's digits may stand
    assert is_redacted(result, "7-8-1, 46, treble 9, O2")
    assert is_kept(result, "and she said so")


def test_a_landline_with_sorry_inside_is_one_value(redactor):
    result = heard(redactor, None, "The Grandmother Pauline Heslop and I-3ites at week, I-1-4-3-4, 6-0-2, Sorry, "
                                   "6-o-3, 5-5-1, I-9 reports she has settled in well.")
    assert is_redacted(result, "1-4-3-4, 6-0-2, Sorry, 6-o-3, 5-5-1, I-9")
    assert is_kept(result, "reports she has settled in well")


def test_a_count_corrected_before_a_phone_number_stays(redactor):
    result = heard(redactor, None, "She had 2 visits, no, 3, this month and her mobile is 07781 469902.")
    assert is_kept(result, "2 visits, no, 3, this month")
    assert is_redacted(result, "07781 469902")


def test_the_words_between_a_date_of_birth_and_a_number_are_not_taken_into_the_date(redactor):
    result = heard(redactor, None, "Mum was born on the 4th and the 4th, 8-9, and M-O-7-5-3-4, 7-7-0. 122 Tomasz gave them.")
    assert is_kept(result, "and M")


# -- an email's name part across commas --------------------------------------------------------------------------
def test_an_email_read_out_with_underscore_keeps_its_words_across_commas(redactor):
    result = heard(redactor, None, "Mum E-mail in Shannon, underscore Armstrong, 92 at hotmail.co.uk, and her "
                                   "national insurance number is below.")
    assert found(result, "EMAIL_ADDRESS") == ["Shannon, underscore Armstrong, 92 at hotmail.co.uk"]


def test_an_email_after_a_list_of_names_does_not_take_them_in(redactor):
    result = heard(redactor, None, "I spoke to Shannon, Armstrong, and 92 at hotmail.co.uk was given.")
    assert is_kept(result, "and")
    assert not any(r.entity == "EMAIL_ADDRESS" and "Shannon" in result.text[r.start:r.end] for r in result.redactions)


# -- letters spelt before an NI number ---------------------------------------------------------------------------
def test_ni_letters_whose_as_in_became_one_word_lead_its_digits(redactor):
    result = heard(redactor, None, "Mum Bethan on the phone, The Renoise Wies in Yellow, El Amin London, 4 2, 1 Seeks "
                                   "8 3, Dad Gareth did not pick up.")
    assert is_redacted(result, "Wies in Yellow, El Amin London, 4 2, 1 Seeks 8 3")
    assert is_kept(result, "did not pick up")


def test_five_digits_after_words_that_spell_no_letter_stay(redactor):
    result = heard(redactor, None, "We met at the Quadrant in town, 4 2, 1 and 8 3 were the scores.")
    assert is_kept(result, "4 2, 1 and 8 3")


def test_a_letter_joined_to_its_as_and_digits_heard_as_words_after_the_cue(redactor):
    result = heard(redactor, None, "His national insurance number is W as in Whiskey, L-As in Lima, I know Free free, "
                                   "1-2, and his email comes later.")
    assert is_redacted(result, "W as in Whiskey, L-As in Lima, I know Free free, 1-2")
    assert is_kept(result, "and his email comes later")


# -- a postcode's sector digit misheard --------------------------------------------------------------------------
def test_a_postcode_whose_sector_digit_was_heard_as_a_word(redactor):
    result = heard(redactor, None, "Dad Kieran, no live at T-S6, I'm DL, and can be reached on the phone.")
    assert found(result, "UK_POSTCODE") == ["T-S6, I'm DL"]
    assert is_kept(result, "and can be reached")


# -- a title in capitals -----------------------------------------------------------------------------------------
def test_a_name_after_a_title_written_in_capitals(redactor):
    result = heard(redactor, None, "Kwame said his teacher, MS Fairweather, gained him a gold star.")
    assert is_redacted(result, "Fairweather")


def test_an_abbreviation_in_capitals_before_a_word_is_no_title(redactor):
    result = heard(redactor, None, "The core group met on MS Teams and Mum joined late.")
    assert is_kept(result, "Teams")


# -- a case name before its identifier's word --------------------------------------------------------------------
JODIE = {"child": {"name": "Oakley Lockey", "dob": "2014-04-19"},
         "people": [{"name": "Darren Lockey", "role": "father"}, {"name": "Jodie Crane", "role": "partner of father"}]}


def test_a_case_name_after_an_article_before_its_identifiers_word_is_the_owner(redactor):
    result = heard(redactor, JODIE, "For a Jodie email is Jodie Crane at iim.co.uk and that is all.")
    assert is_redacted(result, "Jodie")


def test_a_case_name_after_an_article_before_another_noun_is_still_the_word(redactor):
    result = heard(redactor, JODIE, "We looked at the Jodie plant in the garden.")
    assert is_kept(result, "Jodie")
