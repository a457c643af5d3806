"""Round thirty. An email address the recogniser ran into one word, its "at" misheard as a letter and its number read
out digit by digit ("6-4-A-Yahoo.co.uk"): a word ending in a mail domain with a piece of digits in it is an address,
whoever it belongs to. And "X for X-ray" heard "X for X Ray" is one letter spelt. The sentences are written for
the rules, not copied from a note.
"""

from __future__ import annotations

import pytest

from .conftest import heard, is_kept, is_redacted


@pytest.mark.parametrize("sentence, address", [
    ("Letters go to Dawson, 6-4-A-Yahoo.co.uk, which she checks daily.", "6-4-A-Yahoo.co.uk"),
    ("Mobile as before, then Ellis-22-E-Outlook.com for the letters.", "Ellis-22-E-Outlook.com"),
])
def test_a_word_ending_in_a_mail_domain_with_a_piece_of_digits_is_an_address(redactor, sentence, address):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, address), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("She found the leaflet on nhs.uk and read it with her mum.", "nhs.uk"),
    ("The school posts its letters on Parent-Mail.com every Friday.", "Parent-Mail.com"),
])
def test_a_web_address_without_digits_is_not_taken_for_an_address(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


def test_x_for_x_ray_written_as_two_words_is_one_spelt_letter_of_the_postcode(redactor):
    result = heard(redactor, {}, "The new flat's postcode is N E four, six A X, A for Alpha, X for X Ray. Then we talked.")
    assert is_redacted(result, "X for X Ray"), result.redacted_text
    assert is_kept(result, "Then we talked")
