"""Issue 25, twelfth round: number density. In a transcript a stretch of digits, misheard digit words and
letters read out, joined only by commas, hyphens and short glued words, is an identifier whatever cue it had
or lost (the rule at the top of ``recognizers/digit_run_recognizer.py``); what a note says briefly (times,
money, dates of visits, ages, years) stays. The density reading is for transcripts only (``words=``)."""

from __future__ import annotations

from transcribe.redaction.recognizers.digit_run_recognizer import DigitRunRecognizer, find_dense_stretches

from .test_heard_round_eleven import heard_redaction, is_kept, is_redacted


def dense(text: str) -> list[str]:
    return [text[d.start:d.end] for d in find_dense_stretches(text)]


# -- the reading itself ---------------------------------------------------------------------------------------
def test_a_short_word_glued_by_hyphens_inside_digits_is_a_misheard_digit():
    text = "and the landline-55320, six-in-one, four-four-nine. Then tea."
    assert dense(text) == ["55320, six-in-one, four-four-nine"]


def test_the_strict_run_misses_what_the_density_reading_finds():
    text = "and the landline-55320, six-in-one, four-four-nine. Then tea."
    assert DigitRunRecognizer().analyze(text, None) == []


def test_digits_split_across_a_mixed_token_and_groups_then_a_letter_is_one_identifier():
    text = "Dad Kestrel Bloom, 41, Ownlist 00K, 5820, 913, c after that he left."
    assert dense(text) == ["00K, 5820, 913, c"]


def test_six_digits_after_letters_read_out_as_words_is_an_ni_number_with_its_letters():
    text = "gave the insurance as in orange, hat in Hotel-27-40. 5-8, C. The phone"
    found = find_dense_stretches(text)
    assert [text[d.start:d.end] for d in found] == ["as in orange, hat in Hotel-27-40. 5-8, C"]
    assert found[0].entity == "UK_NINO"


def test_a_full_number_ends_before_a_misheard_word_after_it():
    assert dense("her mobile 07700 900 812 to ring later") == ["07700 900 812"]


def test_ten_digits_with_a_valid_check_digit_are_an_nhs_number():
    found = find_dense_stretches("number 943-476-59-in-10 today")  # 943 476 5910 without its "in"
    assert [f.entity for f in found] and found[0].entity in ("UK_NHS", "PHONE_NUMBER")
    assert find_dense_stretches("ref 401, 023, 7-in-44 ok")[0].heard_digits == 10


# -- what must stay ---------------------------------------------------------------------------------------------
def test_times_money_dates_ages_and_years_are_not_dense_stretches():
    text = ("Visit on 14 March 2025 at 3.30, left at 4.50. Rent is £1,250.00, a month and £65.50 on gas. "
            "Tegan is 9, her brother 15, attendance 91% up from 84%. Moved in 2019, 2020 and 2021. "
            "Bus 16 and 42. She was late 4 times in 20 days; dob 02.09.14, 12 now.")
    assert dense(text) == []


def test_a_currency_sign_before_a_long_amount_keeps_it():
    assert dense("the debt is £12,450.75, a lot") == []


# -- end to end, a transcript's redaction ---------------------------------------------------------------------------
def test_a_landline_with_a_misheard_joiner_is_redacted_in_a_transcript(redactor, empty_case):
    sentence = "Her house-55320, six-in-one, four-four-nine and we spoke at 3.30 about £40 for the bus."
    result = heard_redaction(redactor, empty_case, sentence)
    assert is_redacted(result, "55320, six-in-one, four-four-nine")
    assert is_kept(result, "3.30")
    assert is_kept(result, "£40")


def test_an_ni_number_whose_cue_was_lost_is_redacted_in_a_transcript(redactor, empty_case):
    sentence = "Mam said Ownlist 00K, 5820, 913, c and she is 34, the visit was on 2 May at 10.15."
    result = heard_redaction(redactor, empty_case, sentence)
    assert is_redacted(result, "00K, 5820, 913, c")
    assert is_kept(result, "she is 34")
    assert is_kept(result, "2 May")
    assert is_kept(result, "10.15")


def test_letters_read_out_before_an_ni_number_go_with_it_in_a_transcript(redactor, empty_case):
    sentence = "Her insurance is as in orange, hat in Hotel-27-40. 5-8, C. The next visit is in 2026."
    result = heard_redaction(redactor, empty_case, sentence)
    assert is_redacted(result, "orange, hat in Hotel-27-40. 5-8, C")
    assert is_kept(result, "2026")


def test_a_word_glued_before_the_digits_is_left_out_of_the_stretch():
    assert dense("then Mobilo7 seeks 4, 812, 930 later") == ["7 seeks 4, 812, 930"]
