"""A date of birth read out as three numbers straight after a person's name, between commas (where a report puts a
person's date of birth, said as numbers): "Ava, oh four, oh nine, eighteen, is under ...". Keeps beside it: an age, a
list of scores, a meeting's date."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import is_kept, is_redacted


@pytest.mark.parametrize("sentence, date", [
    ("She did her three houses. Ava, oh four, oh nine, eighteen, is under the children's hospital.", "oh four, oh nine, eighteen"),
    ("Kai, 14, 6, 2016, lives with his nan in Birtley.", "14, 6, 2016"),
    ("Spoke to mam Chantelle, 04, 07, 07, who is nineteen now.", "04, 07, 07"),
])
def test_a_date_read_out_after_a_name_is_a_date_of_birth(redactor, empty_case, sentence, date):
    assert is_redacted(redact_text(sentence, empty_case, redactor), date)


@pytest.mark.parametrize("sentence, kept", [
    ("Maisie, 12, year 8, came to the review.", "12, year 8"),           # an age and a school year
    ("The scores were mam, 5, 6, 7, and dad a four.", "5, 6, 7"),        # scores, the last of one digit
    ("The Core Group, 14, 6, 2024, agreed the plan.", "14, 6, 2024"),    # a meeting's date
])
def test_numbers_after_a_name_that_are_no_date_of_birth_stay(redactor, empty_case, sentence, kept):
    assert is_kept(redact_text(sentence, empty_case, redactor), kept)
