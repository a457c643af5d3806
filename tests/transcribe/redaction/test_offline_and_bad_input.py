"""Nothing reaches for the network; bad input gets a clear, named error."""

from __future__ import annotations

import socket

import pytest

from transcribe.errors import ContextError, TextInputError
from transcribe.redaction import RedactionOptions, build_redactor, redact_text
from transcribe.redaction.recognizers import OfflineEmailRecognizer


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(args)
        raise OSError("network blocked by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, *a))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(None, *a))
    return attempts


def test_build_and_redact_with_sockets_blocked(nlp, case, no_network, caplog):
    redactor = build_redactor(nlp)  # a fresh analyzer: building must not fetch anything either
    text = "Email sarah.robson@hotmail.co.uk or kay@example.org.uk, NHS 943 476 5919, NE8 4RT."
    result = redact_text(text, case, redactor)
    assert {r.entity for r in result.redactions} >= {"EMAIL_ADDRESS", "UK_NHS", "UK_POSTCODE"}
    assert no_network == []
    assert "Traceback" not in caplog.text and "ConnectionError" not in caplog.text


def test_no_stock_recognizer_that_uses_tldextract(redactor):
    names = {type(r).__name__ for r in redactor.analyzer.registry.recognizers}
    assert "EmailRecognizer" not in names
    assert "OfflineEmailRecognizer" in names
    assert not OfflineEmailRecognizer.validate_result.__code__.co_names.count("tldextract")


def test_engine_was_handed_the_loaded_model(nlp, redactor):
    assert redactor.analyzer.nlp_engine.get_nlp("en") is nlp


@pytest.mark.parametrize("text", ["", "   \n\t "], ids=["empty", "whitespace"])
def test_empty_text(redactor, case, text):
    with pytest.raises(TextInputError, match="empty"):
        redact_text(text, case, redactor)


def test_huge_text_is_refused_with_the_limit(nlp, case):
    small = build_redactor(nlp, RedactionOptions(max_chars=1_000))
    with pytest.raises(TextInputError, match="over the 1,000 limit"):
        redact_text("word " * 1_000, case, small)


def test_default_limit_is_100k(redactor, case):
    with pytest.raises(TextInputError, match="100,000"):
        redact_text("a" * 100_001, case, redactor)


@pytest.mark.parametrize(
    "text",
    [b"Kayleigh \xff\xfe said", "Kayleigh \udcff said"],
    ids=["bad-bytes", "surrogate-escaped"],
)
def test_non_utf8_text(redactor, case, text):
    with pytest.raises(TextInputError, match="UTF-8"):
        redact_text(text, case, redactor)


def test_utf8_bytes_are_accepted(redactor, case):
    result = redact_text("Kayleigh’s café".encode(), case, redactor)
    assert result.redacted_text == "[CHILD]’s café"


@pytest.mark.parametrize(
    "context, message",
    [
        ('{"child": {"name": "Kay"', "not valid JSON"),
        (b"\xff\xfe{}", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ({"child": {"dob": "not a date"}}, "invalid fields"),
        ({"people": [{"role": "mother"}]}, "invalid fields"),
        ({"unknown": 1}, "invalid fields"),
        (42, "CaseContext, a dict or JSON"),
    ],
    ids=["truncated-json", "bad-bytes", "not-object", "bad-dob", "person-without-name", "unknown-field", "wrong-type"],
)
def test_malformed_context(redactor, context, message):
    with pytest.raises(ContextError, match=message):
        redact_text("Kayleigh is fine.", context, redactor)


def test_a_blank_date_of_birth_is_none_as_for_an_unborn_child(redactor):
    # "Baby" is the record's word where the first name will stand, not a name, and stays as a title does ("Mrs [MOTHER]")
    result = redact_text("Baby Lungu is due in March.", {"child": {"name": "Baby Lungu", "dob": " "}}, redactor)
    assert result.redacted_text == "Baby [CHILD] is due in March."


def test_context_as_json_text_is_accepted(redactor):
    result = redact_text("Kayleigh is fine.", '{"child": {"name": "Kayleigh"}}', redactor)
    assert result.redacted_text == "[CHILD] is fine."


def test_no_context_still_redacts_identifiers(redactor):
    result = redact_text("Call 07700 900123.", None, redactor)
    assert result.redacted_text == "Call [PHONE]."
