"""Round twenty-nine. A date said with its day of the week straight after a name is when something happened, not the
person's date of birth. The sentences are written for the rules, not copied from a note.
"""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import is_kept, is_redacted

JASMINE = parse_context({"child": {"name": "Jasmine Okafor"}})


@pytest.mark.parametrize("text, kept", [
    ("Looked after review (third), Jasmine Okafor, Friday 20 November 2026, at the foster home.", "20 November 2026"),
    ("Jasmine Okafor (Tuesday 3rd March 2026) was seen at school.", "3rd March 2026"),
])
def test_a_date_said_with_its_weekday_after_a_name_is_an_event_date(redactor, text, kept):
    result = redact_text(text, JASMINE, redactor)
    assert is_kept(result, kept), result.redacted_text
    assert is_redacted(result, "Jasmine Okafor")


def test_a_date_between_commas_after_a_name_without_a_weekday_is_still_a_date_of_birth(redactor):
    result = redact_text("Jasmine Okafor, 20 March 2011, lives with her carers.", JASMINE, redactor)
    assert is_redacted(result, "20 March 2011"), result.redacted_text
