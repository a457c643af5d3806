"""Names from the case context are found however the recogniser wrote them; names the
context does not know are still caught."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import found, is_kept, is_redacted


@pytest.mark.parametrize(
    "text, name, placeholder",
    [
        ("Kayleigh told me she is happy.", "Kayleigh", "[CHILD]"),
        ("Kaylee told me she is happy.", "Kaylee", "[CHILD]"),
        ("Kayley was in her room.", "Kayley", "[CHILD]"),
        ("Caleigh was in her room.", "Caleigh", "[CHILD]"),
        ("I spoke to kayleigh alone.", "kayleigh", "[CHILD]"),
        ("Kay said she misses school.", "Kay", "[CHILD]"),
        ("Chris was on the Xbox.", "Chris", "[BROTHER]"),
        ("christopher was on the Xbox.", "christopher", "[BROTHER]"),
        ("Daren was not there.", "Daren", "[STEPFATHER]"),
        ("Ms Robson said it has been hard.", "Robson", "[MOTHER]"),
        ("Mr Dodds was at work.", "Dodds", "[STEPFATHER]"),
        ("Kayleigh Robson is nine.", "Kayleigh Robson", "[CHILD]"),
        ("Jean said she can help.", "Jean", "[NAN]"),
        ("Alex Kirby visited.", "Alex Kirby", "[SOCIAL WORKER]"),
    ],
    ids=["exact", "misspelt-ee", "misspelt-ey", "misspelt-c", "lower-case", "short-form", "nickname",
         "lower-full", "misspelt-surname-context", "title-surname-f", "title-surname-m", "full-name", "nan", "worker"],
)
def test_context_names_found_as_dictated(redactor, case, text, name, placeholder):
    result = redact_text(text, case, redactor)
    assert found(result, "PERSON") == [name]
    assert result.redactions[0].replacement == placeholder


@pytest.mark.parametrize(
    "text, name",
    [
        ("Her new partner Wayne has moved in.", "Wayne"),
        ("A neighbour called Brian Hetherington rang the police.", "Brian Hetherington"),
        ("Kayleigh was playing out with Tyler from next door.", "Tyler"),
        ("Mrs Featherstone, her teacher, is worried.", "Featherstone"),
        ("Dr Okonkwo at the practice saw her.", "Okonkwo"),
    ],
    ids=["partner", "neighbour-full", "friend-gazetteer", "teacher-title", "doctor-title"],
)
def test_names_not_in_context_are_caught(redactor, case, text, name):
    result = redact_text(text, case, redactor)
    assert name in found(result, "PERSON")


def test_unknown_people_get_numbered_placeholders(redactor, case):
    text = "Wayne said he knows Brian. Later Wayne left."
    result = redact_text(text, case, redactor)
    assert result.redacted_text == "[PERSON 1] said he knows [PERSON 2]. Later [PERSON 1] left."


@pytest.mark.parametrize(
    "text",
    ["I hope she settles.", "She will ring me.", "She took it with good grace.", "Will you ring me, she asked."],
    ids=["hope", "will", "grace", "will-question"],
)
def test_name_that_is_a_word_is_kept_as_a_word(redactor, case, text):
    # the context has a sister called Hope; the child's words stay
    assert redact_text(text, case, redactor).redactions == []


@pytest.mark.parametrize(
    "text, name",
    [("Hope said she shares a room.", "Hope"), ("I saw Kayleigh and Hope at home.", "Hope")],
    ids=["sentence-start-subject", "mid-sentence"],
)
def test_name_that_is_a_word_is_redacted_as_a_name(redactor, case, text, name):
    result = redact_text(text, case, redactor)
    assert name in found(result, "PERSON")
    assert "[SISTER]" in result.redacted_text


def test_context_school_and_street_found_in_short_form(redactor, case):
    result = redact_text("She likes Bede and walks home to Elm Terrace.", case, redactor)
    assert found(result, "INSTITUTION") == ["Bede"]
    assert found(result, "STREET_ADDRESS") == ["Elm Terrace"]


MONTH_NAMES = {"child": {"name": "Liam Hall"}, "people": [{"name": "June Hall", "role": "nan"}, {"name": "May Hall", "role": "aunt"}]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I visited on the 3rd of June and again on 14 May.", "I visited on the 3rd of June and again on 14 May."),
        ("June said she visits in June.", "[NAN] said she visits in June."),
        ("Next visit Tuesday 4th June 2024.", "Next visit Tuesday 4th June 2024."),
    ],
    ids=["dates", "name-then-month", "visit-date"],
)
def test_relatives_named_after_months_do_not_eat_dates(redactor, text, expected):
    assert redact_text(text, MONTH_NAMES, redactor).redacted_text == expected


def test_pet_names_and_hyphenated_names(redactor, empty_case):
    result = redact_text("Lacey-Mae Smith has a fish called Nemo.", empty_case, redactor)
    assert found(result, "PERSON")[0] == "Lacey-Mae Smith"


# a given name the lemma index also holds as a word (it lists people's surnames: "lennon", "marley"), written small in
# cased text: the person where it stands as one, the subject of a reporting or doing verb or joined by "and" to
# another of the case's given names; the word after an article or a describing word
MARLEY = {"child": {"name": "Marley Quinn", "dob": "2014-06-01"},
          "people": [{"name": "Rhys Quinn", "role": "brother"}, {"name": "Dawn Quinn", "role": "mother"}]}


@pytest.mark.parametrize("text, small", [
    ("Visit to marley and rhys at mum's flat.", "marley"),
    ('He said it was "boring". marley said the best bit was swimming.', "marley"),
])
def test_a_case_given_name_written_small_where_it_stands_as_a_person_is_the_person(redactor, text, small):
    from transcribe.context import parse_context

    assert is_redacted(redact_text(text, parse_context(MARLEY), redactor), small)


@pytest.mark.parametrize("text, small", [
    ("He played an old marley record on the stereo.", "marley"),
    ("Mum had a marley floor laid in the kitchen.", "marley"),
])
def test_a_case_given_name_written_small_as_a_word_stays(redactor, text, small):
    from transcribe.context import parse_context

    assert is_kept(redact_text(text, parse_context(MARLEY), redactor), small)
