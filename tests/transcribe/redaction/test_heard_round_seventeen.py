"""Issue 25, seventeenth spoken round: readings stated from how identifiers are said, not from one set's shapes.

A date of birth read off a record (day, month and year as figures, the day or month said with its zero: "7, O3, 19",
"14, 0-2, 2013"); "D O B" heard as one or two other words ("Deo Beto", "Diobato") before a whole date; an NI
number's last letter (one of A-D) read out after its digits with its "as in" heard as short words ("at the Apple");
a cue that reaches its value across an aside ("national insurance number, for the free school meals form, is ...");
an NI number's six digits with one in five unclear, a digit heard as a letter between its digit groups. Keeps beside
each: times, ages, counts, a list of numbers, dates said with a month's name, an "is" that ends no aside.
The first sentences are this CPU's transcripts of the project's seen set fresh18; the rest written for the rules."""

from __future__ import annotations

from .conftest import found, heard, is_kept, is_redacted


# -- a date read off a record --------------------------------------------------------------------------------
def test_a_date_of_birth_said_as_figures_with_its_zero_is_redacted_without_a_cue(redactor):
    result = heard(redactor, None, "Priya Nandakumar, home visit on Monday 23 November at 11. Amelia, Deo Beto 7, O3, "
                                   "19, one off with a cold, she's 7, and in year 3.")
    assert is_redacted(result, "7, O3, 19")
    assert is_kept(result, "one off with a cold, she's 7")


def test_a_zero_said_as_a_word_or_hyphenated_leads_a_record_date(redactor):
    result = heard(redactor, None, "Kian's brother Jo, 14, 0-2, 2013, is at the school and or 6, 11, 09 was the other.")
    assert is_redacted(result, "14, 0-2, 2013")
    assert is_redacted(result, "or 6, 11, 09")


def test_times_ages_counts_and_a_longer_number_are_no_record_date(redactor):
    result = heard(redactor, None, "The children are 7, 9 and 12, the visit began at 10.05, she scored 6, 8, 10 "
                                   "on the three tests, visits 2 or 3, 4, 12 weeks apart, and the bus is the 07, 12 route.")
    for kept in ("7, 9 and 12", "10.05", "6, 8, 10", "2 or 3, 4, 12", "07, 12 route"):
        assert is_kept(result, kept), kept


# -- "D O B" heard as other words -----------------------------------------------------------------------------
def test_dob_heard_as_one_word_is_a_birth_cue_for_a_whole_date(redactor):
    result = heard(redactor, None, "Amelia, Diobato 27, 3, 19, goes to nursery three mornings.")
    assert is_redacted(result, "27, 3, 19")
    assert is_kept(result, "goes to nursery three mornings")


def test_a_word_sounding_like_dob_that_is_english_is_no_cue(redactor):
    result = heard(redactor, None, "The debate 27, 3, 19 was about the rota.")
    assert is_kept(result, "27, 3, 19")


# -- an NI number's last letter after its digits --------------------------------------------------------------
def test_an_ni_numbers_last_letter_read_out_after_its_digits_joins_it(redactor):
    result = heard(redactor, None, "The national insurance number for the First Code mail form is in K-24, C-1, 999 "
                                   "at the Apple, the TAD corner, moved to Leeds.")
    assert is_redacted(result, "K-24, C-1, 999 at the Apple")
    assert is_kept(result, "the TAD corner, moved to Leeds")


def test_a_word_after_an_ni_number_that_spells_no_suffix_letter_stays(redactor):
    result = heard(redactor, None, "Her NI is QQ 12 34 56 at the Market on Fridays.")
    assert is_kept(result, "Market on Fridays")


# -- a cue across an aside ----------------------------------------------------------------------------------------
def test_a_cue_reaches_its_value_across_an_aside(redactor):
    result = heard(redactor, None, "Her date of birth, which the school has wrong, is 3, 7, 14, and she is 12.")
    assert is_redacted(result, "3, 7, 14")
    assert is_kept(result, "which the school has wrong")
    assert is_kept(result, "she is 12")


def test_an_aside_with_a_sentence_end_or_too_long_reaches_no_value(redactor):
    result = heard(redactor, None, "We talked about her date of birth. It is 3, 7, 14 in the old file. Her birthday "
                                   "party for the family and her friends from the college down the road is 3, 7 and 14 "
                                   "people.")
    assert is_kept(result, "3, 7, 14 in the old file")
    assert is_kept(result, "3, 7 and 14 people")


# -- one unclear digit in five --------------------------------------------------------------------------------------
def test_ni_digits_with_one_heard_as_a_letter_between_groups(redactor):
    result = heard(redactor, None, "Mum said NK, 24, C 1, 9 9, and she is at college.")
    assert is_redacted(result, "NK, 24, C 1, 9 9")
    assert is_kept(result, "and she is at college")


# -- a letter spelt by a word is one unit -------------------------------------------------------------------------
def test_a_value_that_starts_inside_a_spelt_letter_takes_its_link(redactor):
    result = heard(redactor, None, "Mum Kirsty gave her the OBS 14th on the 2nd, 94, and her eye number is for Sugar, "
                                   "C4 Charlie, 55126, Bmarnock Road.")
    assert is_redacted(result, "is for Sugar, C4 Charlie, 55126")


def test_a_letter_named_with_a_vowel_heard_as_a_short_word_is_spelt():
    from transcribe.redaction.spoken_numbers import spelt_letters

    text = "is for Sugar, 55, 12, 60, and in as in November"
    assert [(text[a:b], letter) for a, b, letter in spelt_letters(text)] == [
        ("is for Sugar", "S"), ("in as in November", "N")]
    text = "it is for Tom, and all for Nancy"  # the short word's consonants are no name of the word's letter
    assert spelt_letters(text) == []


# -- a day heard as figures that are no day -------------------------------------------------------------------------
def test_figures_that_are_no_day_before_a_month_and_an_adult_year(redactor):
    result = heard(redactor, None, "which matches the red book Dad Anselm 1, 48 November 1984 His national insurance "
                                   "number is below. She has lived here since 48 weeks, and in November 2025 she moved.")
    assert is_redacted(result, "48 November 1984")
    assert is_kept(result, "November 2025")


# -- an NI number framed by its letters, one digit lost ---------------------------------------------------------------
def test_an_ni_number_framed_by_its_letters_may_lose_one_digit(redactor):
    result = heard(redactor, None, "Mum's is Emerson Mary, 14, 77, 2, D and she works in a shop.")
    assert is_redacted(result, "Emerson Mary, 14, 77, 2, D")
    assert is_kept(result, "she works in a shop")


def test_five_digits_with_letters_on_one_side_only_stay(redactor):
    result = heard(redactor, None, "Emerson Mary, 14, 77, 2 and the rest came later.")
    assert is_kept(result, "14, 77, 2")
