"""Round twenty-nine. A date said with its day of the week straight after a name is when something happened, not the
person's date of birth. The sentences are written for the rules, not copied from a note.
"""

from __future__ import annotations

import re

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


def test_initials_given_as_the_last_item_of_a_persons_role_bracket_are_that_person_wherever_written(redactor):
    text = ("Present: Mo Bashir (CAMHS eating disorders nurse, MB), Jennifer Ashcroft (IRO). - MB: weight is stable. "
            "Actions: MB to see her weekly.")
    result = redact_text(text, JASMINE, redactor)
    spans = {(r.start, r.end) for r in result.redactions}
    for m in re.finditer(r"\bMB\b", text):
        assert any(a <= m.start() and m.end() <= b for a, b in spans), result.redacted_text
    assert is_kept(result, "IRO")


def test_a_services_initials_after_its_name_in_a_bracket_stay(redactor):
    result = redact_text("Ann Lee (Virtual School Head, VSH) came to the review.", JASMINE, redactor)
    assert is_kept(result, "VSH"), result.redacted_text


@pytest.mark.parametrize("text, kept", [
    ("She spoke to the Virtual School about a tutor for Jasmine.", "Virtual School"),
    ("The Virtual School Head, Ann Lee, came to the review.", "Virtual School Head"),
])
def test_a_term_of_the_social_care_lexicon_is_never_redacted_however_capitalised(redactor, text, kept):
    result = redact_text(text, JASMINE, redactor)
    assert is_kept(result, kept), result.redacted_text
