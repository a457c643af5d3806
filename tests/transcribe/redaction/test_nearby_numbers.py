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


def test_a_postcodes_spelling_words_as_the_recogniser_wrote_them_are_the_postcodes(redactor):
    result = heard(redactor, None, "New address 52 Hollin Rise, Dunston, NE11 9QY, Quebec Yankees. Old address was in town.")
    assert is_redacted(result, "NE11 9QY, Quebec Yankees")
    assert is_kept(result, "Old address")


def test_an_email_address_put_right_straight_after_it_is_the_addresss(redactor):
    result = heard(redactor, None, "And a email. Masha.cambel.net, Ferrymail.com, and her phone is off.")
    assert is_redacted(result, "Masha.cambel.net, Ferrymail.com")
    assert is_kept(result, "and her phone")


def test_a_list_entrys_date_after_a_name_and_an_age_may_end_its_sentence(redactor):
    result = heard(redactor, None, "Children, Ivy, 9 months, 27 February 2026. Parents were both in.")
    assert is_redacted(result, "27 February 2026")


def test_a_name_then_a_mail_domain_written_whole_is_an_address_whose_at_was_lost(redactor):
    result = heard(redactor, None, "Her email is k. Elliott, Tynedale-Mail.com, she checks it daily.")
    assert is_redacted(result, "Elliott, Tynedale-Mail.com")
    assert is_kept(result, "she checks it")


def test_a_letter_spelt_after_a_postcode_whose_last_letter_kept_its_dot_is_the_postcodes(redactor):
    # the dot after the value's own last letter ("N.J.") is the recogniser's way of writing letters, no full stop
    result = heard(redactor, None, "Home is fine. T.S. 23, to N.J., in for November, Mum works nights.")
    assert is_redacted(result, "T.S. 23, to N.J., in for November")
    assert is_kept(result, "Mum works")


def test_an_address_spelt_out_straight_after_it_is_the_addresss(redactor):
    result = heard(redactor, None, "Email Kerri-Leigh O7 at hotmail.com It's K.M. Leigh, L.E.I. H. Dash, B, 077, Frankie's school rang.")
    assert is_redacted(result, "K.M. Leigh, L.E.I. H. Dash, B, 077")
    assert is_kept(result, "school rang")


def test_what_follows_an_address_that_reads_no_letter_out_is_not_its_spelling(redactor):
    result = heard(redactor, None, "Email jo.hart at tinymail.com, GP is Doctor Fell, and the NHS number is on file.")
    assert is_kept(result, "GP is")
    result = heard(redactor, None, "Email jo.hart at tinymail.com, 2 children live there.")
    assert is_kept(result, "2 children")


def test_a_name_found_across_an_addresss_name_part_is_the_addresss(redactor):
    result = heard(redactor, None, "His tutor emailed, M. Hyfer Ashworth at Embrough Riverside.ase.uk Boxing is on Fridays.")
    assert is_redacted(result, "M. Hyfer Ashworth at Embrough Riverside.ase.uk")
    assert {r.entity for r in result.redactions if r.start <= result.text.index("Ashworth") < r.end} == {"EMAIL_ADDRESS"}


def test_a_domain_said_word_by_word_with_no_at_heard_is_an_address(redactor):
    result = heard(redactor, None, "His number is on file, and 30 Dobson's attach within dot plus dot com. Karen said yes.")
    assert is_redacted(result, "within dot plus dot com")
    assert is_kept(result, "Karen said yes"[6:])


def test_a_public_site_said_in_passing_stays(redactor):
    result = heard(redactor, None, "She orders his school shoes from amazon dot com every term.")
    assert is_kept(result, "amazon dot com")


def test_a_short_word_heard_as_a_domain_after_a_name_is_no_address(redactor):
    result = heard(redactor, None, "The landline is on file, dad Darren, be.com Jack rose to the young carers group.")
    assert is_kept(result, "be.com")
