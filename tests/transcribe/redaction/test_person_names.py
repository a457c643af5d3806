"""Names of people the case context does not know, where a name is also an English word."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import found


@pytest.mark.parametrize(
    "text, name",
    [("Rose Smith came to the door.", "Rose Smith"), ("Grace Smith came in with the baby.", "Grace Smith")],
    ids=["rose", "grace"],
)
def test_a_word_that_is_a_first_name_opening_the_text_is_redacted_with_the_surname(redactor, empty_case, text, name):
    result = redact_text(text, empty_case, redactor)
    assert name in found(result, "PERSON")
    assert name.split()[0] not in result.redacted_text


def test_a_first_name_before_a_surname_the_ner_took_alone_is_redacted_with_it(redactor, empty_case):
    result = redact_text("Then Hope Smith came to the door.", empty_case, redactor)
    assert "Hope Smith" in found(result, "PERSON")
    assert "Hope" not in result.redacted_text and "Smith" not in result.redacted_text


def test_a_name_like_word_opening_the_text_alone_stays_a_word(redactor, empty_case):
    result = redact_text("Hope is what mum said she has now.", empty_case, redactor)
    assert result.redacted_text.startswith("Hope is")


@pytest.mark.parametrize(
    "text, kept",
    [("Lacey-Mae Pattinson-Reed is doing well at school.", " is doing well at school."),
     ("his little sister ava-grace was asleep and mam was making tea for everyone in the house", " was asleep and mam was making tea for everyone in the house"),
     ("She went to the Sunderland-based service.", "She went to the Sunderland-based service.")],
    ids=["double-barrelled", "lower-case", "not-a-name"],
)
def test_a_hyphen_joined_part_goes_with_the_name(redactor, empty_case, text, kept):
    result = redact_text(text, empty_case, redactor)
    assert result.redacted_text.endswith(kept) and "Reed" not in result.redacted_text and "-grace" not in result.redacted_text


@pytest.mark.parametrize(
    "text, names",
    [("I saw Fatima and Ibrahim at home.", ["Fatima", "Ibrahim"]),
     ("Brooklyn told me she likes her school.", ["Brooklyn"]),
     ("Muhammad said he was fine.", ["Muhammad"])],
    ids=["fatima-ibrahim", "brooklyn", "muhammad"],
)
def test_the_most_given_names_in_england_and_wales_are_names(redactor, empty_case, text, names):
    result = redact_text(text, empty_case, redactor)
    assert not any(n in result.redacted_text for n in names), result.redacted_text


@pytest.mark.parametrize(
    "text, name",
    [("I spoke to Crispian Lomax on the phone.", "Crispian Lomax"),
     ("Dad Crispian Lomax, born in Leeds, gave his number.", "Crispian Lomax"),
     ("Met with Ottoline Vasquez at the office.", "Ottoline Vasquez")],
    ids=["spoke-to", "after-dad", "met-with"],
)
def test_a_name_the_ner_took_for_an_organisation_is_a_name(redactor, empty_case, text, name):
    # the small spaCy model labels these ORG; two capitalised words that are neither English words nor places
    result = redact_text(text, empty_case, redactor)
    assert not any(part in result.redacted_text for part in name.split()), result.redacted_text


@pytest.mark.parametrize(
    "text, kept",
    [("She goes to Sure Start on Tuesdays.", "Start"),
     ("The flat is let by Tyne Housing.", "Housing"),
     ("He supports Newcastle United.", "United")],
    ids=["sure-start", "tyne-housing", "newcastle-united"],
)
def test_an_organisation_with_an_english_word_in_its_name_is_no_person(redactor, empty_case, text, kept):
    result = redact_text(text, empty_case, redactor)
    assert "PERSON" not in " ".join(r.entity for r in result.redactions if kept in text[r.start:r.end])
