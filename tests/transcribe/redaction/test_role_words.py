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
