"""A value's edges as a recogniser writes them (``redaction.nearby_numbers`` and the email passes of ``redactor``):
the last digits of a number after a hesitation, before the next item's capitalised word where no stop was written; a
date of birth's year put right straight after it; an email's name part joined by an "underscore" heard as one word
with the letter after it."""

from __future__ import annotations

from .conftest import heard, is_kept, is_redacted


def test_a_numbers_last_digit_after_a_hesitation_runs_to_the_next_items_capital(redactor):
    result = heard(redactor, None, "Numbers Kerimobile 07700900316 Grandad Zandine 0191498066 Herm, 1 Jaxon NHS999378781, and that.")
    assert is_redacted(result, "0191498066 Herm, 1")


def test_a_word_after_a_hesitation_is_not_taken_into_a_number(redactor):
    result = heard(redactor, None, "Nan's landline is 0191498066 erm, Tuesdays are best for her.")
    assert is_kept(result, "Tuesdays are best")


def test_a_date_of_births_year_put_right_after_it_is_the_dates(redactor):
    result = heard(redactor, None, "Date of birth the third of March 2011, 2012, no, he is not sure of it.")
    assert is_redacted(result, "March 2011, 2012")


def test_a_year_that_goes_on_into_its_own_clause_is_not_the_date_of_births(redactor):
    result = heard(redactor, None, "Date of birth the third of March 2011, 2019 was when they moved here.")
    assert is_kept(result, "2019 was")


def test_an_underscore_heard_with_the_letter_after_it_joins_the_name_part_to_the_address(redactor):
    result = heard(redactor, None, "Her email, she spells it, Tanya underscored the 07 at signfellmail.co.uk and that is it.")
    assert is_redacted(result, "Tanya underscored the 07 at signfellmail.co.uk")
