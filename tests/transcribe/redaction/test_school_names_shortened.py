"""The case's school named as a note shortens it: without its kind words, a middle school's "Middle" among them
("Duchess Meadow" of "Duchess Meadow Middle School"), and without its town after the kind word ("New College" of "New
College Durham"). A street of the same words stays a street's."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import is_kept, is_redacted


@pytest.mark.parametrize("school, text, said", [
    ("Duchess Meadow Middle School", "Mrs Dodd at Duchess Meadow said Ebony is a different girl.", "Duchess Meadow"),
    ("New College Durham", "She is keen to keep her place at New College, so I will email her tutor.", "New College"),
])
def test_the_case_school_shortened_is_redacted(redactor, school, text, said):
    context = parse_context({"child": {"name": "Ebony Dodd", "dob": "2010-03-04"}, "school": school})
    assert is_redacted(redact_text(text, context, redactor), said)


def test_a_college_word_with_no_town_of_the_school_stays(redactor):
    context = parse_context({"child": {"name": "Ebony Dodd", "dob": "2008-03-04"}, "school": "New College Durham"})
    assert is_kept(redact_text("She wants a new college course next year.", context, redactor), "new college course")
