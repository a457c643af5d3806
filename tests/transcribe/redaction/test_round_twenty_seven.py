"""Round twenty-seven, in what a recogniser writes. An NI number's suffix letter said by its spelling word alone after
the digits ("..., 12, 04, Alpha."), or by its letter and word ("four eight, C for Charlie"), and corrected after an editing
term ("C for Charlie, no, sorry, B for Bravo"); a date of birth after "birthed" or "gave birth". The sentences are
written for the rules, not copied from a note.
"""

from __future__ import annotations

import pytest

from .conftest import heard, is_kept, is_redacted


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
