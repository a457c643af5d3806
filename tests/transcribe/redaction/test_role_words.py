"""A name after any role word of ``language.roles`` is found: the lower-case reading, the typed pattern and the
transcript's name checks read the one list. Sentences written for these tests."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

PAD = " and after that we talked about the week at home and what happens next and it all seemed fine to me today"


@pytest.mark.parametrize("role", ["befriender", "imam", "advocate", "volunteer"])
def test_a_name_after_any_role_word_is_found_in_lower_case_dictation(role, redactor):
    # these roles were once missing from the lower-case reading's own copy of the list
    text = f"then i rang the {role} wenlock about the weekend plans" + PAD
    result = redact_text(text, parse_context(None), redactor)
    assert [text[r.start:r.end] for r in result.redactions if r.entity == "PERSON"] == ["wenlock"]


@pytest.mark.parametrize("text, name", [
    ("Rang nursery. Sue his key worker at the nursery told us he is settling.", "Sue"),
    ("We met at home. Gary, her dad, was in and made tea.", "Gary"),
])
def test_a_name_in_apposition_with_its_role_is_found_without_punctuation(redactor, text, name):
    result = redact_text(text, parse_context(None), redactor)
    assert name in [text[r.start:r.end] for r in result.redactions if r.entity == "PERSON"]


@pytest.mark.parametrize("text", ["We went out. Today his mum said no to the trip.", "It was late. Durham his social worker said."])
def test_a_word_before_a_possessive_and_a_role_stays(redactor, text):
    result = redact_text(text, parse_context(None), redactor)
    assert [r for r in result.redactions if r.entity == "PERSON"] == []
