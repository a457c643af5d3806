"""Readable, consistent placeholders; the mask and reversible pseudonym operators."""

from __future__ import annotations

import pytest

from transcribe.errors import RedactionConfigError, ReidentificationError
from transcribe.redaction import RedactionOptions, apply_redactions, build_redactor, redact_text, reidentify

NOTE = (
    "Kayleigh told me she wants to live with her nan Jean. Kaylee said Jean has a dog. "
    "Mum Sarah gave her number, 07700 900123, and her new partner Wayne was there. "
    "They live at 14 Elm Terrace, NE8 4RT."
)
KEY = b"0123456789abcdef-test-key"


def test_placeholders_use_roles_and_stay_consistent(redactor, case):
    result = redact_text(NOTE, case, redactor)
    assert result.redacted_text == (
        "[CHILD] told me she wants to live with her nan [NAN]. [CHILD] said [NAN] has a dog. "
        "Mum [MOTHER] gave her number, [PHONE], and her new partner [PERSON 1] was there. "
        "They live at [ADDRESS], [POSTCODE]."
    )


def test_redacted_text_is_derivable_from_spans(redactor, case):
    result = redact_text(NOTE, case, redactor)
    spans = sorted(result.redactions, key=lambda r: r.start)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert apply_redactions(result.text, result.redactions) == result.redacted_text
    assert result.text == NOTE


def test_second_distinct_value_is_numbered(redactor, empty_case):
    result = redact_text("Old postcode NE8 4RT, new postcode SR2 7AB, not NE8 4RT.", empty_case, redactor)
    assert result.redacted_text == "Old postcode [POSTCODE], new postcode [POSTCODE 2], not [POSTCODE]."


def test_duplicate_roles_are_numbered(nlp, redactor):
    from transcribe.context import parse_context

    ctx = parse_context({"child": {"name": "Liam Hall"}, "people": [{"name": "Jack Hall", "role": "brother"}, {"name": "Kian Hall", "role": "brother"}]})
    result = redact_text("Jack and Kian were out.", ctx, redactor)
    assert result.redacted_text == "[BROTHER 1] and [BROTHER 2] were out."


def test_mask_operator_keeps_length(nlp, case):
    masker = build_redactor(nlp, RedactionOptions(operator="mask"))
    result = redact_text("Kayleigh lives at NE8 4RT.", case, masker)
    assert result.redacted_text == "******** lives at *** ***."


def test_pseudonymise_round_trip(nlp, case):
    pseudo = build_redactor(nlp, RedactionOptions(operator="pseudonymise", pseudonym_key=KEY))
    result = redact_text(NOTE, case, pseudo)
    assert "Kayleigh" not in result.redacted_text and "07700" not in result.redacted_text
    assert result.redacted_text.count("[CHILD~") == 2
    assert reidentify(result.redacted_text, KEY, case.case_ref) == NOTE.replace("Kaylee", "Kaylee")


def test_pseudonyms_are_per_case_and_need_the_key(nlp, case):
    pseudo = build_redactor(nlp, RedactionOptions(operator="pseudonymise", pseudonym_key=KEY))
    result = redact_text("Kayleigh is here.", case, pseudo)
    other_case = case.__class__(case_ref="OTHER-1", child=case.child, people=case.people)
    other = redact_text("Kayleigh is here.", other_case, pseudo)
    assert result.redacted_text != other.redacted_text
    with pytest.raises(ReidentificationError, match="key and case"):
        reidentify(result.redacted_text, b"another-key-of-16-bytes", case.case_ref)
    with pytest.raises(ReidentificationError):
        reidentify(result.redacted_text, KEY, "OTHER-1")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"operator": "blur"}, "Unknown redaction operator"),
        ({"operator": "pseudonymise"}, "needs a secret key"),
        ({"operator": "pseudonymise", "pseudonym_key": b"short"}, "too short"),
        ({"max_chars": 0}, "max_chars"),
    ],
)
def test_bad_options_say_what_to_do(kwargs, message):
    with pytest.raises(RedactionConfigError, match=message):
        RedactionOptions(**kwargs)
