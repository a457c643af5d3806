"""A name straight after the animal it names is a pet's ("dog Tyson", "a puppy called Bella", "the cats, Luna"), never
redacted as a person's; the case school's name never runs on over a day's or month's name after it ("Penistone Road
Academy Friday 27 Nov"). Both keep a person's name beside them."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import is_kept, is_redacted

CASE = parse_context({"child": {"name": "Harley Smith", "dob": "2020-05-04"}, "school": "Penistone Road Academy"})


@pytest.mark.parametrize("text, pet", [
    ("Present mum Stacey, Harley 5, Jack 8, dog Tyson worried about.", "Tyson"),
    ("Her dog called Bella barks at the door.", "Bella"),
    ("The cats, Luna and Max, sleep on his bed.", "Luna"),
])
def test_a_pets_name_stays(redactor, text, pet):
    assert is_kept(redact_text(text, CASE, redactor), pet)


def test_a_pets_name_stays_wherever_the_note_says_it_again(redactor):
    result = redact_text("Dog Tyson was asleep. Harley showed me Tyson's new lead and smiled.", CASE, redactor)
    assert is_kept(result, "Tyson's new lead")


def test_a_person_who_shares_a_pets_name_is_still_redacted(redactor):
    result = redact_text("The cat Max sleeps on the bed. Her brother Max was at school.", CASE, redactor)
    assert is_kept(result, "The cat Max")
    assert "Her brother [" in result.redacted_text and "Max was" not in result.redacted_text


def test_a_persons_name_beside_a_pet_is_redacted(redactor):
    result = redact_text("Her brother Tyson walks the dog, Bella, every morning.", CASE, redactor)
    assert is_redacted(result, "Tyson")
    assert is_kept(result, "Bella")


def test_the_case_school_stops_before_a_day_and_date(redactor):
    result = redact_text("School visit Penistone Road Academy Friday 27 Nov 1.15, seen alone.", CASE, redactor)
    assert is_redacted(result, "Penistone Road Academy")
    assert is_kept(result, "Friday 27 Nov")
